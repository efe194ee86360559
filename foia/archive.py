"""The archive of originals: every file foia imports (top-level files, attachments, archive members,
failed files too) kept once, under its SHA-256, so a scan can be OCR'd again, a page rendered and the
exact file behind a fact handed over long after the download folder is gone (as Aleph, DocumentCloud
and Datashare keep theirs).

An object's name is its SHA-256 and nothing else (never a path made from a released file's name);
it is written atomically (a temporary object, then a rename or a single PUT) and checked against its
SHA-256 whenever it is read, so a damaged object is an error, never a wrong original.

Where it lives: `FOIA_ARCHIVE` (a directory, or `s3://bucket/prefix` for an S3-compatible bucket
shared by a team, through fsspec/s3fs with the usual AWS variables: AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY, AWS_ENDPOINT_URL for a server other than Amazon's); by default `foia-archive/`
beside a SQLite database, or under the user's data directory for PostgreSQL."""

from __future__ import annotations

import functools
import hashlib
import io
import os
import re
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from foia.errors import DatabaseError, InputError

if TYPE_CHECKING:
    from sqlalchemy import Engine

ARCHIVE_ENV = "FOIA_ARCHIVE"
CHUNK = 1 << 20
_SHA256 = re.compile(r"[0-9a-f]{64}")


class ArchiveError(DatabaseError):
    """The archive cannot be reached or written (no such bucket, no space left, no permission)."""


class OriginalMissing(ArchiveError):
    """The archive holds no object for this SHA-256."""


class OriginalCorrupt(ArchiveError):
    """The archive's object for this SHA-256 holds other bytes: damaged on disk or in the bucket."""


class ChangedWhileArchived(InputError):
    """A file's content changed between being identified and being copied into the archive."""


def _checked(sha256: str) -> str:
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a SHA-256: {sha256!r}")
    return sha256


def _hash_stream(source: IO[bytes], sink: IO[bytes] | None = None) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    for block in iter(lambda: source.read(CHUNK), b""):
        digest.update(block)
        size += len(block)
        if sink is not None:
            sink.write(block)
    return digest.hexdigest(), size


class Archive(ABC):
    """Originals by SHA-256. `put_*` write an object once (a second write of the same content is a
    cheap no-op); every read checks the bytes against the name."""

    location: str

    @abstractmethod
    def has(self, sha256: str) -> bool:
        """Whether an object of this name exists (not whether it is intact: see `verify`)."""

    @abstractmethod
    def _write(self, sha256: str, source: IO[bytes]) -> None:
        """Copy `source` into the object `sha256` atomically; raises ChangedWhileArchived (and writes
        nothing) when the bytes copied are not that content."""

    @abstractmethod
    @contextmanager
    def _open(self, sha256: str) -> Iterator[IO[bytes]]:
        """The object's bytes as stored (OriginalMissing when there is none)."""

    def put_file(self, path: Path, sha256: str, *, repair: bool = False) -> bool:
        """Archive the file whose content is `sha256`; True when it was written now, False when the
        archive had it already. With `repair`, an object already there is read to check it, and
        replaced when damaged."""
        if self.has(_checked(sha256)) and not (repair and self.verify(sha256) == "damaged"):
            return False
        with path.open("rb") as source:
            self._write(sha256, source)
        return True

    def put_bytes(self, data: bytes, sha256: str | None = None) -> str:
        """Archive these bytes (an attachment, an archive member); returns their SHA-256."""
        digest = hashlib.sha256(data).hexdigest()
        if sha256 is not None and sha256 != digest:
            raise ChangedWhileArchived(f"the bytes given are not {sha256}")
        if not self.has(digest):
            self._write(digest, io.BytesIO(data))
        return digest

    def read(self, sha256: str) -> bytes:
        """The object's bytes, checked against its SHA-256."""
        with self._open(_checked(sha256)) as source:
            data = source.read()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise OriginalCorrupt(f"archive object {sha256} in {self.location} is damaged (its content has another SHA-256)")
        return data

    def verify(self, sha256: str) -> str | None:
        """None when the object is there and intact, else what is wrong ("missing", "damaged")."""
        try:
            with self._open(_checked(sha256)) as source:
                found, _ = _hash_stream(source)
        except OriginalMissing:
            return "missing"
        return None if found == sha256 else "damaged"

    @contextmanager
    def local_file(self, sha256: str) -> Iterator[Path]:
        """A file on this machine holding the object, checked, for readers that want a path; removed
        (if it was a copy) when the block ends. The path's name is never a released file's name."""
        with tempfile.TemporaryDirectory(prefix="foia-original-") as folder:
            copy = Path(folder) / "original"
            self.save_as(sha256, copy)
            yield copy

    def save_as(self, sha256: str, destination: Path) -> None:
        """Write the object out to `destination` (replaced atomically, only once checked)."""
        destination.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=destination.parent, prefix=".foia-", suffix=".part")
        temporary = Path(name)
        try:
            with os.fdopen(handle, "wb") as sink, self._open(_checked(sha256)) as source:
                found, _ = _hash_stream(source, sink)
            if found != sha256:
                raise OriginalCorrupt(f"archive object {sha256} in {self.location} is damaged (its content has another SHA-256)")
            temporary.replace(destination)
        finally:
            temporary.unlink(missing_ok=True)


class DirectoryArchive(Archive):
    """A directory (local disk, or a share every machine mounts): objects at `ab/cd/abcd...`, written
    to `tmp/` first, flushed to disk, then renamed into place (a rename within one file system is
    atomic, so a reader sees the whole object or none), and made read-only."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.location = str(root)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / _checked(sha256)

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def _write(self, sha256: str, source: IO[bytes]) -> None:
        final = self.path(sha256)
        try:
            (self.root / "tmp").mkdir(parents=True, exist_ok=True)
            final.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=self.root / "tmp", prefix=sha256[:16] + "-")
        except OSError as exc:
            raise ArchiveError(f"cannot write to the archive {self.root} ({exc.strerror or exc})") from None
        temporary = Path(name)
        try:
            with os.fdopen(handle, "wb") as sink:
                found, _ = _hash_stream(source, sink)
                sink.flush()
                os.fsync(sink.fileno())
            if found != sha256:
                raise ChangedWhileArchived("the file changed while it was being imported (its SHA-256 is no longer "
                                           "the one first read); import it again once it is complete")
            temporary.chmod(0o444)  # an original is never edited in place
            temporary.replace(final)
            _fsync_directory(final.parent)
        except OSError as exc:
            raise ArchiveError(f"cannot write to the archive {self.root} ({exc.strerror or exc})") from None
        finally:
            temporary.unlink(missing_ok=True)

    @contextmanager
    def _open(self, sha256: str) -> Iterator[IO[bytes]]:
        try:
            handle = self.path(sha256).open("rb")
        except FileNotFoundError:
            raise OriginalMissing(f"archive {self.root} has no object {sha256}") from None
        except OSError as exc:
            raise ArchiveError(f"cannot read the archive {self.root} ({exc.strerror or exc})") from None
        with handle:
            yield handle

    @contextmanager
    def local_file(self, sha256: str) -> Iterator[Path]:
        """The object itself (read-only), once checked: no copy is needed on a local disk."""
        if self.verify(sha256) == "damaged":
            raise OriginalCorrupt(f"archive object {sha256} in {self.root} is damaged (its content has another SHA-256)")
        if not self.has(sha256):
            raise OriginalMissing(f"archive {self.root} has no object {sha256}")
        yield self.path(sha256)


def _fsync_directory(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (the directory entry is data too)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on this platform or file system; the rename itself is still atomic
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


class BucketArchive(Archive):
    """An S3-compatible bucket (`s3://bucket/prefix`) through fsspec/s3fs. An object appears whole
    when its upload completes (a PUT, or a multipart upload's completion) and a failed upload leaves
    nothing, so no temporary names are needed."""

    def __init__(self, url: str) -> None:
        self.location = url.rstrip("/")
        self.prefix = self.location.removeprefix("s3://")

    @functools.cached_property
    def fs(self) -> Any:
        try:
            import s3fs
        except ImportError:
            raise ArchiveError(f"{self.location}: an S3 archive needs s3fs: pip install 'foia[s3]'") from None
        endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
        # No listing cache: other machines add objects all the time.
        return s3fs.S3FileSystem(client_kwargs={"endpoint_url": endpoint} if endpoint else {},
                                 use_listings_cache=False, skip_instance_cache=True)

    def key(self, sha256: str) -> str:
        return f"{self.prefix}/{sha256[:2]}/{sha256[2:4]}/{_checked(sha256)}"

    def has(self, sha256: str) -> bool:
        try:
            return bool(self.fs.exists(self.key(sha256)))
        except (OSError, ValueError) as exc:
            raise ArchiveError(f"cannot reach the archive {self.location} ({exc})") from None

    def _write(self, sha256: str, source: IO[bytes]) -> None:
        try:
            sink = self.fs.open(self.key(sha256), "wb")
            digest = hashlib.sha256()
            for block in iter(lambda: source.read(CHUNK), b""):
                digest.update(block)
                sink.write(block)
            if digest.hexdigest() != sha256:
                sink.discard()  # aborts the upload: nothing appears under the name
                raise ChangedWhileArchived("the file changed while it was being imported (its SHA-256 is no longer "
                                           "the one first read); import it again once it is complete")
            sink.close()
        except (OSError, ValueError) as exc:
            raise ArchiveError(f"cannot write to the archive {self.location} ({exc})") from None

    @contextmanager
    def _open(self, sha256: str) -> Iterator[IO[bytes]]:
        try:
            handle = self.fs.open(self.key(sha256), "rb")
        except FileNotFoundError:
            raise OriginalMissing(f"archive {self.location} has no object {sha256}") from None
        except (OSError, ValueError) as exc:
            raise ArchiveError(f"cannot read the archive {self.location} ({exc})") from None
        with handle:
            yield handle


def default_location(engine: Engine) -> str:
    """`foia-archive/` beside a SQLite database file; for PostgreSQL (or an in-memory database) the
    user's data directory, since there is no database file to sit beside. Teams set FOIA_ARCHIVE."""
    from foia.db import sqlite_file

    database = sqlite_file(engine)
    if database is not None:
        return str(Path(database).absolute().parent / "foia-archive")
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(data_home) / "foia" / "archive")


def configured_location() -> str | None:
    """The archive FOIA_ARCHIVE names, if it names one."""
    return os.environ.get(ARCHIVE_ENV) or None


def archive_for(engine: Engine) -> Archive:
    """The archive this database's originals go to (FOIA_ARCHIVE, else the default)."""
    return open_archive(configured_location() or default_location(engine))


@functools.cache
def open_archive(location: str) -> Archive:
    """The archive at a directory path or an `s3://bucket/prefix` URL (one object per process)."""
    if location.startswith("s3://"):
        if not location.removeprefix("s3://").strip("/"):
            raise ArchiveError(f"{location}: name a bucket, as s3://bucket or s3://bucket/prefix")
        return BucketArchive(location)
    if "://" in location:
        raise ArchiveError(f"{location}: the archive is a directory or an s3://bucket/prefix URL")
    return DirectoryArchive(Path(location).expanduser().absolute())
