"""Split Outlook-style printed threads (From: / Sent: / To: / Cc: / Subject:) into messages."""

from __future__ import annotations

import re
from collections.abc import Iterator

from foia.messages import SplitMessage
from foia.messages.dates import parse_sent

_FIELD = re.compile(r"^[ \t]*(From|Sent|Date|To|Cc|CC|Subject|Attachments|Importance)[ \t]*:[ \t]*(.*)$")
_ORIGINAL = re.compile(r"^[ \t]*-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}[ \t]*$", re.I)
_NAME_ADDRESS = re.compile(r"^\s*\"?(?P<name>[^\"<]*?)\"?\s*[<\[](?:mailto:)?(?P<address>[^>\]\s]+@[^>\]\s]+)[>\]]\s*$")
_BARE_ADDRESS = re.compile(r"^\s*<?(?P<address>[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>?\s*$")
# A header block must show these within its first lines, or a "From:" in running text is not a message.
_MAX_HEADER_LINES = 8


def split_sender(value: str) -> tuple[str | None, str | None]:
    value = value.strip()
    if not value:
        return None, None
    if match := _NAME_ADDRESS.match(value):
        name = match["name"].strip().strip(",") or None
        return name, match["address"].lower()
    if match := _BARE_ADDRESS.match(value):
        return None, match["address"].lower()
    return value, None


def _header_blocks(lines: list[str]) -> Iterator[tuple[int, int, dict[str, str]]]:
    """Yield (first line, line after the block, fields) for every header block that starts with From:."""
    index = 0
    while index < len(lines):
        match = _FIELD.match(lines[index])
        if not match or match[1] != "From":
            index += 1
            continue
        fields: dict[str, str] = {"from": match[2].strip()}
        cursor, last = index + 1, None
        while cursor < len(lines) and cursor - index <= _MAX_HEADER_LINES:
            line = lines[cursor]
            field = _FIELD.match(line)
            if field and field[1] != "From":
                last = field[1].lower()
                fields[last] = (fields.get(last, "") + " " + field[2]).strip()
            elif line.strip() and last in ("to", "cc") and not _FIELD.match(line):
                fields[last] += " " + line.strip()  # wrapped recipient list
            else:
                break
            cursor += 1
        if ("sent" in fields or "date" in fields) and ("to" in fields or "subject" in fields):
            yield index, cursor, fields
            index = cursor
        else:
            index += 1


def split_printed_thread(text: str) -> list[SplitMessage]:
    lines = text.split("\n")
    line_starts, offset = [], 0
    for line in lines:
        line_starts.append(offset)
        offset += len(line) + 1
    blocks = list(_header_blocks(lines))
    messages = []
    for position, (first, after, fields) in enumerate(blocks):
        body_end_line = blocks[position + 1][0] if position + 1 < len(blocks) else len(lines)
        body_lines = lines[after:body_end_line]
        while body_lines and (not body_lines[-1].strip() or _ORIGINAL.match(body_lines[-1])):
            body_lines.pop()
        sent_text = fields.get("sent") or fields.get("date")
        sent_at, sent_local = parse_sent(sent_text) if sent_text else (None, None)
        name, address = split_sender(fields["from"])
        messages.append(
            SplitMessage(
                position=position,
                char_start=line_starts[first],
                char_end=line_starts[body_end_line] - 1 if body_end_line < len(lines) else len(text),
                sender_name=name,
                sender_address=address,
                recipients=fields.get("to") or None,
                cc=fields.get("cc") or None,
                sent_at=sent_at,
                sent_at_local=sent_local,
                sent_at_text=sent_text or None,
                subject=fields.get("subject") or None,
                body="\n".join(body_lines).strip(),
            )
        )
    return messages
