"""`foia review`: walk unreviewed facts at a prompt, or decide by id from a script.

foia.review, the models and SQLAlchemy are imported inside the commands: foia.review brings the cost
extractor's vocabulary, which `foia --help` and every other command need not load."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

import typer

from foia.cli.common import console, database, fail
from foia.cli.show_cmd import out, render_fact
from foia.wording import plural

if TYPE_CHECKING:
    from sqlalchemy import Engine

app = typer.Typer(
    help="Verify, reject or correct extracted facts. Without a subcommand, walks unreviewed facts at a prompt, least "
    "confident first. Keys at the prompt: v verify, r reject, c correct (then field=value pairs), n note (then the "
    "note), s or Enter skip, q quit, ? the keys; a note can follow v, r or c on the same line (r wrong agency).",
    invoke_without_command=True,
)
REVIEWER = typer.Option(None, "--reviewer", help="Who decides (default: your user name).")
NOTE = typer.Option(None, "--note", help="Why, in a few words.")
PROMPT = "[v]erify, [r]eject, [c]orrect, [n]ote, [s]kip, [q]uit, [?] keys"
KEYS = """keys:
  v [note]   verify: the fact is right as read from the page
  r [note]   reject: the fact is wrong (exports leave it out)
  c [note]   correct: then type the right values as field=value pairs
  n          note: then type a note; the fact stays on screen
  s, Enter   skip to the next fact
  q          quit
A note can follow v, r or c on the same line: r wrong agency"""
ACTIONS = {"v": "verify", "r": "reject", "c": "correct"}


@app.callback()
def review_walk(
    ctx: typer.Context,
    kind: list[str] = typer.Option(None, "--kind", help="costs, usage or policies (repeatable; default all)."),
    agency: str = typer.Option(None, "--agency", help="Only facts about this agency (name or alias)."),
    vendor: str = typer.Option(None, "--vendor", help="Only facts naming this vendor (name or alias)."),
    min_confidence: float = typer.Option(None, "--min-confidence", help="Only facts at or above this confidence (0 to 1)."),
    max_confidence: float = typer.Option(None, "--max-confidence", help="Only facts at or below this confidence (0 to 1)."),
    reviewer: str = REVIEWER,
) -> None:
    """Walk unreviewed facts one by one (least confident first) and take a decision for each.

    Keys at the prompt: v verify, r reject, c correct (then field=value pairs), n note (then the note),
    s or Enter skip, q quit, ? these keys. A note can follow v, r or c on the same line: r wrong agency."""
    if ctx.invoked_subcommand is not None:
        return
    from rich.text import Text
    from sqlalchemy.orm import Session

    from foia.models import Agency, AgencyAlias, Vendor, VendorAlias
    from foia.names import resolve
    from foia.review import CORRECTABLE, Queue, default_reviewer, pending
    from foia.show import fact_evidence

    kinds = tuple(kind or ("costs", "usage", "policies"))
    if bad := [k for k in kinds if k not in CORRECTABLE]:
        fail(f"--kind {bad[0]!r}: expected costs, usage or policies")
    who = reviewer or default_reviewer()
    with database(ctx) as engine:
        with Session(engine) as session:
            queue = Queue(
                kinds=kinds,
                agency_ids=resolve(session, Agency, AgencyAlias, agency) if agency else None,
                vendor_ids=resolve(session, Vendor, VendorAlias, vendor) if vendor else None,
                min_confidence=min_confidence,
                max_confidence=max_confidence,
            )
            todo = list(pending(session, queue))
        decided = 0
        for position, (fact_kind, fact_id) in enumerate(todo, start=1):
            with Session(engine) as session:
                out.rule(Text(f"{position} of {len(todo)}"))
                render_fact(fact_evidence(session, fact_kind, fact_id))
            recorded, quit_now = _decisions_on(engine, fact_kind, fact_id, who)
            decided += recorded
            if quit_now:
                console.print(f"{plural(decided, 'decision')} recorded")
                return
        console.print(f"{plural(decided, 'decision')} recorded; nothing left to review" if todo else "nothing to review")


def _decisions_on(engine: Engine, fact_kind: str, fact_id: int, who: str) -> tuple[int, bool]:
    """Prompt for one fact until it is decided or skipped: (decisions recorded, whether to quit). Only
    `n` asks for a note; v, r and c take one on the same line, so a key typed next is never a note."""
    decided = 0
    while True:
        answer = typer.prompt(PROMPT, default="s", show_default=False).strip()
        key, _, inline_note = answer.partition(" ")
        key = key.lower()
        if key in ("q", "quit", "s", "skip", ""):
            return decided, key.startswith("q")
        if key in ("?", "h", "help"):
            console.print(KEYS)
            continue
        if key in ("n", "note"):
            note = typer.prompt("note", default="", show_default=False).strip()
            if note and _record(engine, fact_kind, fact_id, "note", who, note):
                decided += 1
            continue
        action = ACTIONS.get(key[:1]) if key in ACTIONS or key in ACTIONS.values() else None
        if action is None:
            console.print(f"please answer one of: {PROMPT}")
        elif _record(engine, fact_kind, fact_id, action, who, inline_note.strip() or None):
            return decided + 1, False


def _record(engine: Engine, fact_kind: str, fact_id: int, action: str, who: str, note: str | None) -> bool:
    """Ask for the correction an action needs and record it with its note; False (and why) when it cannot be."""
    from foia.db import transaction
    from foia.review import CORRECTABLE, ReviewError, decide, parse_corrections

    try:
        corrections = None
        if action == "correct":
            fields = ", ".join(CORRECTABLE[fact_kind])
            typed = typer.prompt(f"corrected values as field=value ({fields})")
            corrections = parse_corrections(fact_kind, _pairs(typed))
        with transaction(engine) as session:
            decide(session, fact_kind, fact_id, action, reviewer=who, note=note, corrections=corrections)
    except ReviewError as exc:
        console.print(f"[red]not recorded:[/] {exc}")
        return False
    return True


def _pairs(typed: str) -> dict[str, str]:
    from foia.review import ReviewError

    try:
        parts = shlex.split(typed)
    except ValueError as exc:
        raise ReviewError(f"cannot read {typed!r} ({exc})") from None
    pairs = {}
    for part in parts:
        field, sep, value = part.partition("=")
        if not sep:
            raise ReviewError(f"{part!r} is not field=value")
        pairs[field.strip().replace("-", "_")] = value
    return pairs


def _decide_many(ctx: typer.Context, refs: list[str], action: str, reviewer: str | None, note: str | None) -> None:
    from foia.db import transaction
    from foia.facts import parse_fact_ref
    from foia.review import decide, default_reviewer

    parsed = [parse_fact_ref(ref) for ref in refs]
    with database(ctx) as engine, transaction(engine) as session:  # all or nothing: one bad id records none
        for kind, fact_id in parsed:
            decide(session, kind, fact_id, action, reviewer=reviewer or default_reviewer(), note=note)
    console.print(f"{action} recorded for {', '.join(refs)}")


@app.command("verify")
def verify(ctx: typer.Context, refs: list[str] = typer.Argument(..., help="Fact ids, e.g. C12 U5."),
           reviewer: str = REVIEWER, note: str = NOTE) -> None:
    """Mark facts as checked against the page and correct."""
    _decide_many(ctx, refs, "verify", reviewer, note)


@app.command("reject")
def reject(ctx: typer.Context, refs: list[str] = typer.Argument(..., help="Fact ids, e.g. C12 U5."),
           reviewer: str = REVIEWER, note: str = NOTE) -> None:
    """Mark facts as wrong; exports leave them out unless --include-rejected."""
    _decide_many(ctx, refs, "reject", reviewer, note)


@app.command("correct")
def correct(
    ctx: typer.Context,
    ref: str = typer.Argument(..., help="Fact id, e.g. C12."),
    amount_min: str = typer.Option(None, "--amount-min", help="Cost: low end of the amount."),
    amount_max: str = typer.Option(None, "--amount-max", help="Cost: high end of the amount."),
    qualifier: str = typer.Option(None, "--qualifier",
                                  help="exact, range, approximately, at least or at most (counts: also up to)."),
    currency: str = typer.Option(None, "--currency", help="Cost: ISO currency code (USD, CAD, EUR ...)."),
    period: str = typer.Option(None, "--period", help="one-time, day, week, month, quarter or year ('none' clears)."),
    billing: str = typer.Option(None, "--billing", help="Cost: how it is invoiced, e.g. annually."),
    term: str = typer.Option(None, "--term", help="Cost: what the price covers, e.g. '2 years'."),
    unit: str = typer.Option(None, "--unit", help="Cost: what a per-unit price counts (image, user ...)."),
    unit_quantity: str = typer.Option(None, "--unit-quantity", help="Cost: how many units the price covers."),
    kind: str = typer.Option(None, "--kind", help="Cost kind (setup, license ...) or policy kind."),
    count: str = typer.Option(None, "--count", help="Usage: the number (the low end of a range)."),
    count_max: str = typer.Option(None, "--count-max", help="Usage: the top of a range."),
    measure: str = typer.Option(None, "--measure", help="Usage: what is counted (images, searches ...)."),
    per: str = typer.Option(None, "--per", help="Usage: the period of a rate (day, month ...)."),
    category: str = typer.Option(None, "--category", help="Usage: usage, outcome or equipment."),
    statement: str = typer.Option(None, "--statement", help="Policy: the sentence stating it."),
    reviewer: str = REVIEWER,
    note: str = NOTE,
) -> None:
    """Correct a fact's values; the extracted values are kept beside the correction."""
    from foia.db import transaction
    from foia.facts import parse_fact_ref
    from foia.review import ReviewError, decide, default_reviewer, parse_corrections

    fact_kind, fact_id = parse_fact_ref(ref)
    given = {name: value for name, value in dict(
        amount_min=amount_min, amount_max=amount_max, qualifier=qualifier, currency=currency, period=period,
        billing=billing, term=term, unit=unit, unit_quantity=unit_quantity, kind=kind, count=count, count_max=count_max,
        measure=measure, per=per, category=category, statement=statement,
    ).items() if value is not None}
    with database(ctx) as engine:
        try:
            corrections = parse_corrections(fact_kind, given)
            with transaction(engine) as session:
                decide(session, fact_kind, fact_id, "correct", reviewer=reviewer or default_reviewer(), note=note,
                       corrections=corrections)
        except ReviewError as exc:
            fail(f"{ref}: {exc}")
    console.print(f"correction recorded for {ref}")
