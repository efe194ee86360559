"""Review: a person verifies, rejects or corrects a machine-read fact, and foia keeps that judgement.

Every decision is a row in review_decisions (who, when, note). A correction writes the corrected values
onto the fact, so all queries and exports use them, and keeps the extracted values beside them in the
decision's `original`. Re-extraction leaves reviewed facts as decided (foia.orchestration.reextract)."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from foia.errors import InputError
from foia.extract.costs import monthly_usd
from foia.facts import fact_ref, model_of
from foia.models import Cost, FactMixin, ReviewDecision

ACTIONS = ("verify", "reject", "correct", "note")
STATUS_AFTER = {"verify": "verified", "reject": "rejected", "correct": "corrected"}
PERIODS = ("one-time", "day", "week", "month", "quarter", "year")
QUALIFIERS = ("exact", "approximately", "at least", "at most")  # a cap ("up to") is "at most"
POLICY_KINDS = ("prohibition", "requirement", "permission", "disclaimer", "other")
# What a reviewer may correct per kind, and how the typed text becomes a value.
CORRECTABLE: dict[str, tuple[str, ...]] = {
    "costs": ("amount_min", "amount_max", "qualifier", "currency", "period", "billing", "term", "unit", "unit_quantity",
              "kind"),
    "usage": ("count", "count_max", "qualifier", "measure", "per", "category"),
    "policies": ("statement", "kind"),
}


class ReviewError(InputError):
    """A decision that cannot be recorded as given; the message says why."""


def default_reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


# Corrected fields that cannot be emptied, the numeric ones, and those with a fixed set of values.
_REQUIRED = frozenset({"amount_min", "amount_max", "currency", "count", "qualifier", "measure", "statement"})
_DECIMALS = frozenset({"amount_min", "amount_max", "unit_quantity"})
_CHOICES: dict[str, tuple[str, ...]] = {"period": PERIODS, "per": PERIODS, "qualifier": QUALIFIERS}


def _parse(kind: str, field: str, raw: str) -> Any:
    """One corrected value as typed at the prompt or on the command line, checked like extraction's."""
    text = raw.strip()
    if text.lower() in ("", "none", "null", "-"):
        if field in _REQUIRED:
            raise ReviewError(f"{field} cannot be empty")
        return None
    if field in _DECIMALS:
        return _decimal(field, raw, text)
    if field == "count":
        if not text.replace(",", "").isdigit():
            raise ReviewError(f"count {raw!r} is not a whole number")
        return int(text.replace(",", ""))
    choices = POLICY_KINDS if field == "kind" and kind == "policies" else _CHOICES.get(field)
    if choices is not None and text not in choices:
        raise ReviewError(f"{field} {raw!r} must be one of {', '.join(choices)}")
    if field == "currency":
        if not (len(text) == 3 and text.isalpha()):
            raise ReviewError(f"currency {raw!r} must be a three-letter code such as USD")
        return text.upper()
    return text


def _decimal(field: str, raw: str, text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "").lstrip("$"))
    except InvalidOperation:
        raise ReviewError(f"{field} {raw!r} is not a number") from None
    if not value.is_finite():
        raise ReviewError(f"{field} {raw!r} is not a number")
    return value


def parse_corrections(kind: str, pairs: dict[str, str]) -> dict[str, Any]:
    allowed = CORRECTABLE[kind]
    unknown = sorted(set(pairs) - set(allowed))
    if unknown:
        raise ReviewError(f"cannot correct {', '.join(unknown)} on a {kind} fact (correctable: {', '.join(allowed)})")
    if not pairs:
        raise ReviewError("a correction needs at least one corrected value")
    return {field: _parse(kind, field, raw) for field, raw in pairs.items()}


def _json(values: dict[str, Any]) -> str:
    return json.dumps({k: (format(v, "f") if isinstance(v, Decimal) else v) for k, v in values.items()}, sort_keys=True)


def decide(
    session: Session,
    kind: str,
    fact_id: int,
    action: str,
    *,
    reviewer: str,
    note: str | None = None,
    corrections: dict[str, Any] | None = None,
) -> FactMixin:
    """Record one decision in the caller's transaction and apply it to the fact."""
    if action not in ACTIONS:
        raise ReviewError(f"unknown action {action!r}")
    fact = session.get(model_of(kind), fact_id)
    if fact is None:
        raise ReviewError(f"no fact {fact_ref(kind, fact_id)}")
    decision = ReviewDecision(fact_kind=kind, fact_id=fact_id, action=action, reviewer=reviewer, note=note,
                              decided_at=dt.datetime.now(dt.UTC))
    if action == "note" and not note:
        raise ReviewError("a note needs text")
    if action == "correct":
        corrections = corrections or {}
        if not corrections:
            raise ReviewError("a correction needs at least one corrected value")
        decision.original = _json({field: getattr(fact, field) for field in CORRECTABLE[kind]})
        for field, value in corrections.items():
            setattr(fact, field, value)
        if isinstance(fact, Cost):
            _check_cost(fact)
        decision.corrected = _json(corrections)
    if action in STATUS_AFTER:
        fact.review_status = STATUS_AFTER[action]
        fact.needs_rereview = False
    session.add(decision)
    session.flush()
    return fact


def _check_cost(cost: Cost) -> None:
    if cost.amount_min is not None and cost.amount_min > cost.amount_max:  # empty for a cap: only an upper bound
        low, high = (format(Decimal(v).normalize(), "f") for v in (cost.amount_min, cost.amount_max))
        raise ReviewError(f"amount_min {low} is above amount_max {high}")
    cost.monthly_usd_min = monthly_usd(cost.amount_min, cost.currency, cost.period, cost.unit)
    cost.monthly_usd_max = monthly_usd(cost.amount_max, cost.currency, cost.period, cost.unit)


@dataclass
class Queue:
    """Which facts `foia review` walks: unreviewed ones and those flagged after re-extraction."""

    kinds: tuple[str, ...] = ("costs", "usage", "policies")
    agency_ids: list[int] | None = None
    vendor_ids: list[int] | None = None
    min_confidence: float | None = None
    max_confidence: float | None = None


def pending_statement(kind: str, queue: Queue) -> Select[Any]:
    """Ids of one kind's facts awaiting review, least confident first; `foia serve` takes the first."""
    model = model_of(kind)
    stmt = select(model.id).where(or_(model.review_status == "unreviewed", model.needs_rereview.is_(True)))
    if queue.agency_ids is not None:
        stmt = stmt.where(model.agency_id.in_(queue.agency_ids))
    if queue.vendor_ids is not None:
        stmt = stmt.where(model.vendor_id.in_(queue.vendor_ids))
    if queue.min_confidence is not None:
        stmt = stmt.where(model.confidence >= queue.min_confidence)
    if queue.max_confidence is not None:
        stmt = stmt.where(model.confidence <= queue.max_confidence)
    return stmt.order_by(model.confidence, model.id)


def pending(session: Session, queue: Queue) -> Iterator[tuple[str, int]]:
    """(kind, id) of facts awaiting review, least confident first within each kind."""
    for kind in queue.kinds:
        for fact_id in session.scalars(pending_statement(kind, queue)).all():
            yield kind, fact_id


def decisions(session: Session, kind: str, fact_id: int) -> list[ReviewDecision]:
    return list(
        session.scalars(
            select(ReviewDecision)
            .where(ReviewDecision.fact_kind == kind, ReviewDecision.fact_id == fact_id)
            .order_by(ReviewDecision.id)
        )
    )

