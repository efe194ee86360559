"""Team-mode accounts: names, roles and Argon2 password hashes (argon2-cffi's PasswordHasher with its
RFC 9106 low-memory defaults). `foia user add|list|remove` and the login form both come here."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from foia.db import transaction
from foia.models import USER_ROLES, User

MIN_PASSWORD_LENGTH = 10
MAX_NAME_LENGTH = 200
_hasher = PasswordHasher()
# Verified against when the name is unknown, so a login takes as long for a wrong name as for a wrong
# password and response times do not tell which names exist.
_DUMMY_HASH = _hasher.hash("not a password anyone has")


class UserError(ValueError):
    """An account change that cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    role: str
    created_at: dt.datetime | None
    last_login_at: dt.datetime | None
    # Changes whenever the password does: a session cookie carries it, so changing a password (or
    # removing and re-adding the account) ends every session made with the old one.
    session_key: str

    @property
    def may_review(self) -> bool:
        return self.role in ("reviewer", "admin")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _account(user: User) -> Account:
    key = hashlib.sha256(f"{user.id}:{user.password_hash}".encode()).hexdigest()[:16]
    return Account(user.id, user.name, user.role, user.created_at, user.last_login_at, key)


def _check_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned or len(cleaned) > MAX_NAME_LENGTH or any(ch.isspace() or not ch.isprintable() for ch in cleaned):
        raise UserError(f"user name {name!r} must be 1-{MAX_NAME_LENGTH} printable characters without spaces")
    return cleaned


def _check_role(role: str) -> str:
    if role not in USER_ROLES:
        raise UserError(f"role {role!r} must be one of {', '.join(USER_ROLES)}")
    return role


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    return password


def add_user(engine: Engine, name: str, role: str, password: str) -> Account:
    name, role = _check_name(name), _check_role(role)
    hashed = _hasher.hash(_check_password(password))
    with transaction(engine) as session:
        if session.scalar(select(User.id).where(User.name == name)) is not None:
            raise UserError(f"user {name!r} exists already (foia user remove {name} first)")
        user = User(name=name, role=role, password_hash=hashed, created_at=dt.datetime.now(dt.UTC))
        session.add(user)
        session.flush()
        return _account(user)


def set_password(engine: Engine, name: str, password: str) -> None:
    hashed = _hasher.hash(_check_password(password))
    with transaction(engine) as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            raise UserError(f"no user {name!r}")
        user.password_hash = hashed


def remove_user(engine: Engine, name: str) -> None:
    with transaction(engine) as session:
        if session.execute(delete(User).where(User.name == name)).rowcount == 0:  # type: ignore[attr-defined]
            raise UserError(f"no user {name!r}")


def list_users(engine: Engine) -> list[Account]:
    with Session(engine) as session:
        return [_account(user) for user in session.scalars(select(User).order_by(User.name))]


def team_mode(engine: Engine) -> bool:
    """Team mode is on as soon as one account exists: from then on everyone logs in."""
    with Session(engine) as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def account(engine: Engine, user_id: int) -> Account | None:
    with Session(engine) as session:
        user = session.get(User, user_id)
        return _account(user) if user else None


def authenticate(engine: Engine, name: str, password: str) -> Account | None:
    """The account when the password is right, else None (same work either way)."""
    with Session(engine) as session:
        user = session.scalar(select(User).where(User.name == name.strip()))
        stored = user.password_hash if user else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None:
        return None
    with transaction(engine) as session:
        fresh = session.get(User, user.id)
        if fresh is None:
            return None
        fresh.last_login_at = dt.datetime.now(dt.UTC)
        if _hasher.check_needs_rehash(fresh.password_hash):
            fresh.password_hash = _hasher.hash(password)
        session.flush()
        return _account(fresh)
