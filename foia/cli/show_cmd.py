"""`foia show fact|message|document ID`: the evidence, with the quote highlighted in its page text.

foia.show, foia.facts and SQLAlchemy are imported inside the commands: they bring the models and the
extractors' vocabulary (through foia.review), which `foia --help` and every other command need not load."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console

from foia.cli.common import database

if TYPE_CHECKING:
    from rich.table import Table

    from foia.show import FactEvidence

app = typer.Typer(help="Show a fact, message or document with its evidence.", no_args_is_help=True)
out = Console(highlight=False, soft_wrap=False)


def _fields(rows: list[tuple[str, Any]]) -> Table:
    from rich.table import Table
    from rich.text import Text

    from foia.csv_cells import csv_value

    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    for label, value in rows:
        if value not in (None, ""):
            table.add_row(label, Text(csv_value(value).lstrip("'")))
    return table


def render_fact(evidence: FactEvidence, console: Console = out) -> None:
    from rich.panel import Panel
    from rich.text import Text

    status = evidence.status + (" (needs another look after re-extraction)" if evidence.needs_rereview else "")
    console.print(Text(f"{evidence.ref}  {evidence.kind}  [{status}]", style="bold"))
    console.print(_fields([*evidence.values.items(), ("confidence", f"{evidence.confidence:.2f}"),
                           ("extractor", evidence.extractor)]))
    page = f"page {evidence.page}" + (f", Bates {evidence.bates}" if evidence.bates else "")
    context = Text(evidence.before)
    context.append(evidence.quote, style="bold black on yellow")
    context.append(evidence.after)
    console.print(Panel(context, title=Text(f"{evidence.document} (document {evidence.document_id}), {page}"),
                        title_align="left"))
    ori = f", ORI {evidence.agency_ori}" if evidence.agency_ori else ""
    console.print(_fields([
        ("agency", f"{evidence.agency} (from the {evidence.agency_source}{ori})" if evidence.agency else "(empty)"),
        ("vendor", f"{evidence.vendor} (from the {evidence.vendor_source})" if evidence.vendor else "(empty)"),
        ("product", evidence.product),
        ("evidence", evidence.attribution_note),
        ("copy of", f"{evidence.duplicate_of} (left out of sums and default listings)" if evidence.duplicate_of else None),
    ]))
    if evidence.message:
        message = evidence.message
        console.print(Text(f"message {message['id']}", style="bold"))
        console.print(_fields([("From", message["from"]), ("Sent", message["sent"]), ("To", message["to"]),
                               ("Cc", message["cc"]), ("Subject", message["subject"])]))
    for decision in evidence.history:
        line = f"{decision.decided_at:%Y-%m-%d %H:%M} {decision.reviewer}: {decision.action}"
        if decision.corrected:
            line += f" {decision.corrected} (was {decision.original})"
        if decision.note:
            line += f" - {decision.note}"
        console.print(Text(line, style="dim"))


@app.command("fact")
def show_fact(ctx: typer.Context, ref: str = typer.Argument(..., help="Fact id, e.g. C12, U5 or P3.")) -> None:
    """A fact with the page text around its quote, the quote highlighted, and its review history."""
    from sqlalchemy.orm import Session

    from foia.facts import parse_fact_ref
    from foia.show import fact_evidence

    kind, fact_id = parse_fact_ref(ref)
    with database(ctx) as engine, Session(engine) as session:
        render_fact(fact_evidence(session, kind, fact_id))


@app.command("message")
def show_message(ctx: typer.Context, message_id: int = typer.Argument(..., help="Message id.")) -> None:
    """A message's headers, where it is, its copies and attachments, and its body."""
    from rich.panel import Panel
    from rich.text import Text
    from sqlalchemy.orm import Session

    from foia.show import message_evidence

    with database(ctx) as engine, Session(engine) as session:
        message = message_evidence(session, message_id)
    start, end = message["pages"]
    out.print(_fields([
        ("From", message["from"]), ("Sent", message["sent"]), ("To", message["to"]), ("Cc", message["cc"]),
        ("Subject", message["subject"]),
        ("Document", f"{message['document']} (document {message['document_id']}), pages {start}-{end}"),
        ("Duplicate of", message["duplicate_of"]),
        ("Copies", ", ".join(map(str, message["copies"]))),
        ("Attachments", ", ".join(f"{name} (document {doc})" for name, doc in message["attachments"])),
    ]))
    out.print(Panel(Text(message["body"]), title="body", title_align="left"))


@app.command("document")
def show_document(
    ctx: typer.Context,
    document_id: int = typer.Argument(..., help="Document id."),
    save: Path = typer.Option(None, "--save", help="Write the document's original (from the archive, checked) to this file."),
) -> None:
    """A document's identity, import status, counts, and its pages with Bates numbers and text source."""
    from rich.table import Table
    from rich.text import Text
    from sqlalchemy.orm import Session

    from foia.show import document_evidence

    with database(ctx) as engine, Session(engine) as session:
        document = document_evidence(session, document_id)
        if save is not None:
            from foia.archive import archive_for
            from foia.originals import save_original

            save_original(engine, archive_for(engine), document_id, save)
    facts = ", ".join(f"{count} {kind}" for kind, count in document["facts"].items())
    out.print(_fields([
        ("Document", f"{document['document']} (document {document['id']})"), ("Source", document["source"]),
        ("SHA-256", document["sha256"]), ("Type", document["media_type"]), ("Size", f"{document['size_bytes']:,} bytes"),
        ("Status", document["status"]), ("Error", document["error"]), ("Imported", document["imported_at"]),
        ("Request", document["request"]), ("Agency", document["agency"]), ("Attached to", document["parent"]),
        ("Messages", document["messages"]), ("Facts", facts), ("Redactions", document["redactions"]),
    ]))
    if document["pages"]:
        table = Table(header_style="bold")
        for column in ("page", "bates", "text", "ocr confidence", "chars"):
            table.add_column(column)
        for page in document["pages"]:
            source = page["source"] + (" (needs OCR)" if page["needs_ocr"] else "")
            confidence = f"{page['ocr_confidence']:.0f}" if page["ocr_confidence"] is not None else ""
            table.add_row(str(page["number"]), Text(page["bates"] or ""), source, confidence, str(page["chars"]))
        out.print(table)
    if save is not None:
        out.print(Text(f"original saved to {save} ({document['size_bytes']:,} bytes, SHA-256 checked)"))
