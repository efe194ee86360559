"""Help as a reporter reads it: `--agency NAME`, `--since DATE`, `--format table|csv|json`, and nothing
after a flag, instead of Typer's `<str>`, `<bool>` and `<list[Path]>` type labels; each command listed
with the whole first paragraph of its help. Plain Click formatting (`rich_markup_mode=None`): Rich's
help panels cost a third of the start-up time of `foia --help`. Applied once to the
whole command tree when it is built (foia.cli._Commands), so commands added later get it too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from typer.core import TyperArgument, TyperOption

# What a value is, by option: what a reporter would type there.
METAVARS = {
    "--db": "URL", "--agency": "NAME", "--vendor": "NAME", "--product": "NAME", "--reviewer": "NAME", "--name": "NAME",
    "--since": "DATE", "--until": "DATE", "--request": "REF", "--out": "FILE", "--sort": "COLUMN", "--note": "TEXT",
    "--status": "STATUS", "--limit": "N", "--workers": "N", "--timeout": "SECONDS", "--max-file-size": "MB",
    "--min-confidence": "0-1", "--max-confidence": "0-1", "--host": "ADDRESS", "--port": "PORT", "--cache": "DIR",
    "--cert": "FILE", "--key": "FILE", "--trusted-proxy": "ADDRESS", "--kind": "KIND", "--format": "FORMAT",
}
BY_TYPE = {int: "N", float: "NUMBER", Path: "PATH", str: "TEXT"}
BY_CLICK_TYPE = {"int": "N", "integer": "N", "int range": "N", "integer range": "N", "float": "NUMBER",
                 "float range": "NUMBER", "path": "PATH"}


class _Argument(TyperArgument):
    """An argument shown by its name alone ("paths..."), without a type label beside it."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


def _metavar(option: TyperOption) -> str:
    if option.is_flag:
        return ""
    for name in option.opts:
        if name in METAVARS:
            return METAVARS[name]
    # Typer 0.2x describes a parameter's type in `type_descriptor`; older ones kept click's `type`.
    descriptor = getattr(option, "type_descriptor", None)
    choices = (descriptor.choices if descriptor is not None and descriptor.is_choice
               else getattr(getattr(option, "type", None), "choices", None))
    if choices:
        return "|".join(str(getattr(choice, "value", choice)) for choice in choices)
    annotation = getattr(descriptor, "annotation", None)
    if isinstance(annotation, type):
        return BY_TYPE.get(annotation, "TEXT")
    return BY_CLICK_TYPE.get(getattr(getattr(option, "type", None), "name", ""), "TEXT")


def tidy(command: Any) -> None:
    """Give every option of `command` and its sub-commands a plain metavar, flags none, and arguments
    no type label."""
    for param in command.params:
        if isinstance(param, TyperOption) and param.metavar is None:
            param.metavar = _metavar(param)
        elif isinstance(param, TyperArgument) and type(param) is TyperArgument:
            param.__class__ = _Argument
    help_option = command.get_help_option(typer.Context(command))
    if help_option is not None:
        help_option.metavar = ""
    for sub in getattr(command, "commands", {}).values():
        if sub.short_help is None and sub.help:  # listed whole, not cut at 45 characters with "..."
            sub.short_help = " ".join(sub.help.split("\n\n", 1)[0].split())
        tidy(sub)
