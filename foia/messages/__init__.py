"""Messages: printed email threads split into one record per message."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class SplitMessage:
    position: int
    char_start: int  # offsets in the document's joined text (foia.pages.DocumentText)
    char_end: int
    sender_name: str | None
    sender_address: str | None
    recipients: str | None
    cc: str | None
    sent_at: dt.datetime | None  # aware UTC, only when the text states a zone
    sent_at_local: dt.datetime | None  # the wall-clock time as printed
    sent_at_text: str | None
    subject: str | None
    body: str
    page_start: int | None = None
    page_end: int | None = None
    # printed (split from page text) | quoted (known only from a quote of it in another printed message,
    # "On ... wrote:") | native (.eml, .mbox, .msg)
    kind: str = "printed"
    header_message_id: str | None = None  # the Message-ID header of a native message
    notes: str | None = None  # what was repaired while reading it (bad charset, broken MIME)
    # Where the document prints this message again as a quoted copy (offsets as above): the copies are
    # not messages of their own, and facts read from them would count this message's facts twice.
    copies: list[tuple[int, int]] = field(default_factory=list)
    bcc: str | None = None  # printed by the sender's own copy (Lotus Notes prints the field on every message)
    # Where the header ends and the body begins (offsets as above; None for native email): the header's
    # dates and addresses are no facts.
    body_start: int | None = None
