"""Every command has help text and is documented in the README (the sqlite-utils habit)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import typer.main

from foia.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def commands(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    found = []
    for name, command in group.commands.items():
        path = (*prefix, name)
        found.append((path, command))
        if hasattr(command, "commands"):  # a group (Typer ships its own click)
            found += commands(command, path)
    return found


def test_every_command_has_help_and_is_in_the_readme() -> None:
    every = commands(typer.main.get_command(app))
    assert len(every) > 30
    for path, command in every:
        assert (command.help or "").strip(), f"foia {' '.join(path)} has no help text"
        # "foia costs|usage|policies ..." documents all three; "foia review verify|reject ..." both.
        head = re.compile(rf"foia (?:[\w-]+\|)*{re.escape(path[0])}\b(?P<rest>.*)")
        lines = [m["rest"] for m in map(head.search, README.splitlines()) if m]
        documented = bool(lines) and (len(path) == 1 or any(re.search(rf"\b{path[-1]}\b", rest) for rest in lines))
        assert documented, f"foia {' '.join(path)} is not in the README"


def test_every_option_of_import_is_in_the_readme() -> None:
    import_command = typer.main.get_command(app).commands["import"]  # type: ignore[attr-defined]
    for parameter in import_command.params:
        for option in parameter.opts:
            if option.startswith("--") and option != "--help":
                assert option in README, f"foia import {option} is not in the README"


def test_every_option_and_argument_has_help() -> None:
    missing = [f"foia {' '.join(path)} {parameter.name}" for path, command in commands(typer.main.get_command(app))
               for parameter in command.params if not (getattr(parameter, "help", None) or "").strip()]
    assert missing == []


def test_help_has_no_type_labels_and_no_sentence_broken_across_lines() -> None:
    """`--agency NAME`, not `--agency <str>`; on a wide terminal each paragraph of a command's help is
    one line (a docstring's line breaks are not the reader's)."""
    for path, command in commands(typer.main.get_command(app)):
        # Help as a 1000-column terminal shows it (CliRunner would force 80 columns).
        shown = command.get_help(typer.Context(command, info_name=" ".join(["foia", *path]), terminal_width=1000))
        assert shown.strip(), path
        assert not re.search(r"<(?:bool|str|int|float|Path|list\[[^\]]*\]|int range|float range)>|"
                             r"\b(?:INTEGER|FLOAT|BOOLEAN|(?:INTEGER|FLOAT) RANGE)\b", shown), (path, shown)
        lines = [" ".join(line.strip(" │").split()) for line in shown.splitlines()]
        for paragraph in (command.help or "").split("\n\n"):
            assert " ".join(paragraph.split()) in lines, (path, paragraph)


def test_the_readme_lists_every_export_column_in_order() -> None:
    from foia.query import KINDS

    listed = dict(re.findall(r"^\| (\w+) \| ((?:\w+, )*\w+) \|$", README, re.MULTILINE))
    for kind, spec in KINDS.items():
        assert listed.get(kind) == ", ".join(column.name for column in spec.columns), kind
