"""The archive of originals on both databases: every imported original (files, attachments, failed
files) kept once under its SHA-256 and checked on every read; `show document --save`, `export all
--with-originals`, `doctor`, `archive backfill` and `reextract --reread` working from it after the
download folder is gone."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from foia.archive import ChangedWhileArchived, DirectoryArchive, OriginalCorrupt, OriginalMissing, archive_for, open_archive
from foia.models import Cost, Document, Page
from tests.cli import run
from tests.pdfs import write_text_pdf
from tests.web_fixtures import email_with_pdf

HOSTILE_NAME = "$(rm -rf ~); ..\\..\\<b>bill<b> .pdf"  # as a released file might be called (not a path to us)
QUOTE = "Lee, the face search module comes to $2,400 per month for the Pinal County Sheriff's Office."


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def release(root: Path) -> dict[str, Path]:
    """A PDF, an email carrying a PDF, a PDF cut short (fails), and the PDF again under another name."""
    root.mkdir(parents=True)
    pdf = write_text_pdf(root / "quote.pdf", [QUOTE])
    email = email_with_pdf(root)
    broken = root / "cut-short.pdf"
    broken.write_bytes(pdf.read_bytes()[: pdf.stat().st_size // 3])
    (root / "later").mkdir()
    shutil.copy(pdf, root / "later" / "copy-of-quote.pdf")  # a folder's files come before its folders
    return {"pdf": pdf, "email": email, "broken": broken}


def damage(archive: DirectoryArchive, digest: str) -> None:
    path = archive.path(digest)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit, as a failing disk flips it
    path.chmod(0o644)
    path.write_bytes(bytes(data))


def documents(engine: Engine) -> dict[str, Document]:
    with Session(engine) as session:
        return {d.file_name: d for d in session.scalars(select(Document))}


def test_every_original_is_archived_once_by_content(db_url: str, engine: Engine, tmp_path: Path) -> None:
    files = release(tmp_path / "release")
    result = run(db_url, "import", str(tmp_path / "release"), "--workers", "2")
    assert result.exit_code == 1 and "cut-short.pdf" in result.stderr  # the batch went on past it
    archive = archive_for(engine)
    assert isinstance(archive, DirectoryArchive) and archive.root == tmp_path / "foia-archive"
    stored = documents(engine)
    assert set(stored) == {"quote.pdf", "invoice.eml", "invoice.pdf", "cut-short.pdf"}
    assert stored["cut-short.pdf"].status == "failed"  # failed files are kept too, to be read again later
    for document in stored.values():
        assert archive.verify(document.sha256) is None
        assert archive.path(document.sha256).relative_to(archive.root).parts == (
            document.sha256[:2], document.sha256[2:4], document.sha256)
        assert not archive.path(document.sha256).stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    objects = sorted(p for p in archive.root.rglob("*") if p.is_file())
    assert len(objects) == 4 and not list((archive.root / "tmp").iterdir())  # the copy shares its object
    assert archive.read(stored["quote.pdf"].sha256) == files["pdf"].read_bytes()
    # A second import of everything writes nothing new.
    before = {p: p.stat().st_mtime_ns for p in objects}
    assert run(db_url, "import", str(tmp_path / "release"), "--workers", "1").exit_code == 1
    assert {p: p.stat().st_mtime_ns for p in archive.root.rglob("*") if p.is_file()} == before


def test_archive_writes_are_checked_and_reads_are_verified(tmp_path: Path) -> None:
    archive = open_archive(str(tmp_path / "archive"))
    assert isinstance(archive, DirectoryArchive)
    source = tmp_path / "growing.pdf"
    source.write_bytes(b"%PDF-1.4 first half")
    claimed = sha256(b"%PDF-1.4 first half and the rest")  # identified, then the download went on
    with pytest.raises(ChangedWhileArchived):
        archive.put_file(source, claimed)
    assert not archive.has(claimed) and not list((archive.root / "tmp").iterdir())
    digest = archive.put_bytes(b"attachment bytes")
    assert archive.put_file(source, sha256(source.read_bytes())) is True
    assert archive.put_file(source, sha256(source.read_bytes())) is False
    damage(archive, digest)
    assert archive.verify(digest) == "damaged"
    with pytest.raises(OriginalCorrupt):
        archive.read(digest)
    with pytest.raises(OriginalCorrupt), archive.local_file(digest):
        pass
    with pytest.raises(OriginalMissing):
        archive.read("0" * 64)
    with pytest.raises(ValueError):
        archive.read("../../etc/passwd")


def test_show_save_export_and_doctor_work_from_the_archive(db_url: str, engine: Engine, tmp_path: Path) -> None:
    hostile = write_text_pdf(tmp_path / "release" / "plain.pdf", [QUOTE + " Released under another name."])
    hostile = hostile.rename(tmp_path / "release" / HOSTILE_NAME)
    files = release(tmp_path / "release2")
    assert run(db_url, "import", str(tmp_path / "release"), str(tmp_path / "release2")).exit_code == 1
    originals = {name: path.read_bytes() for name, path in (("quote.pdf", files["pdf"]), ("hostile", hostile))}
    shutil.rmtree(tmp_path / "release")
    shutil.rmtree(tmp_path / "release2")  # the downloads are gone; the archive is not
    stored = documents(engine)

    saved = run(db_url, "show", "document", str(stored["quote.pdf"].id), "--save", str(tmp_path / "out" / "q.pdf"))
    assert saved.exit_code == 0, saved.output
    assert (tmp_path / "out" / "q.pdf").read_bytes() == originals["quote.pdf"]
    assert "SHA-256 checked" in saved.stdout

    exported = run(db_url, "export", "all", "--out", str(tmp_path / "package"), "--with-originals")
    assert exported.exit_code == 0, exported.output
    folder = tmp_path / "package" / "originals"
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 5 and all(name[0].isdigit() and "/" not in name and "\\" not in name for name in names)
    hostile_id = stored[HOSTILE_NAME].id
    hostile_file = next(p for p in folder.iterdir() if p.name.startswith(f"{hostile_id}-"))
    assert hostile_file.read_bytes() == originals["hostile"] and set(hostile_file.name) <= set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
    package = json.loads((tmp_path / "package" / "datapackage.json").read_text())
    listed = {r["path"]: r for r in package["resources"] if r["name"].startswith("original-")}
    assert set(listed) == {f"originals/{name}" for name in names}
    entry = listed[f"originals/{hostile_file.name}"]
    assert entry["hash"] == f"sha256:{sha256(originals['hostile'])}" and entry["bytes"] == len(originals["hostile"])
    assert "originals/" in (tmp_path / "package" / "README.md").read_text()

    archive = archive_for(engine)
    assert isinstance(archive, DirectoryArchive)
    doctor = run(db_url, "doctor")
    assert doctor.exit_code == 0 and "5 originals present and intact, 0 missing, 0 damaged" in doctor.stdout
    damage(archive, stored["quote.pdf"].sha256)
    archive.path(stored["invoice.pdf"].sha256).unlink()
    doctor = run(db_url, "doctor")
    assert doctor.exit_code == 1
    assert "3 originals present and intact, 1 missing, 1 damaged" in doctor.stdout
    assert f"damaged: document {stored['quote.pdf'].id} (quote.pdf, imported)" in doctor.stdout
    assert f"missing: document {stored['invoice.pdf'].id} (invoice.pdf, imported)" in doctor.stdout
    assert "4 originals present, 1 missing" in run(db_url, "doctor", "--quick").stdout

    damaged = run(db_url, "show", "document", str(stored["quote.pdf"].id), "--save", str(tmp_path / "q2.pdf"))
    assert damaged.exit_code == 2 and not (tmp_path / "q2.pdf").exists()
    assert damaged.stderr.strip().splitlines() == [
        f"error: document {stored['quote.pdf'].id} (quote.pdf): its original in the archive {archive.location} is "
        "damaged (the bytes no longer have the SHA-256 recorded at import)"]


def test_backfill_fills_the_archive_of_a_database_imported_before_it(db_url: str, engine: Engine, tmp_path: Path) -> None:
    files = release(tmp_path / "release")
    assert run(db_url, "import", str(tmp_path / "release"), "--workers", "1").exit_code == 1
    archive = archive_for(engine)
    assert isinstance(archive, DirectoryArchive)
    shutil.rmtree(archive.root)  # as a database imported by an older foia has no archive
    elsewhere = tmp_path / "moved"  # the files still on disk, under other names
    elsewhere.mkdir()
    shutil.copy(files["email"], elsewhere / "renamed.eml")
    shutil.copy(files["broken"], elsewhere / "b.pdf")

    result = run(db_url, "archive", "backfill", str(elsewhere))
    assert result.exit_code == 1  # quote.pdf is not among the files given
    stored = documents(engine)
    assert f"missing: document {stored['quote.pdf'].id} (quote.pdf)" in result.stderr
    assert "added 3 originals" in result.stderr and "1 documents still have none" in result.stderr
    assert archive.verify(stored["invoice.pdf"].sha256) is None  # taken out of the email, matched by SHA-256

    damage(archive, stored["invoice.eml"].sha256)
    result = run(db_url, "archive", "backfill", str(elsewhere), str(files["pdf"]))
    assert result.exit_code == 0, result.output
    assert "0 documents still have none" in result.stderr
    assert all(archive.verify(d.sha256) is None for d in stored.values())  # the damaged object replaced


def test_reread_reads_every_document_again_from_the_archive(db_url: str, engine: Engine, tmp_path: Path) -> None:
    release(tmp_path / "release")
    write_text_pdf(tmp_path / "release" / "second.pdf", [QUOTE.replace("2,400", "3,100")])
    assert run(db_url, "import", str(tmp_path / "release"), "--workers", "1").exit_code == 1
    shutil.rmtree(tmp_path / "release")
    with Session(engine) as session, session.begin():
        quote = session.scalars(select(Document).where(Document.file_name == "quote.pdf")).one()
        (page,) = quote.pages
        cost = session.scalars(select(Cost).where(Cost.page_id == page.id)).one()
        cost.review_status = "verified"  # a person checked it against the page
        page.text = page.text.replace("$2,400", "$2.4OO")  # as an older reader misread it
        page_id, quote_id = page.id, quote.id
        # and as if an older foia could not read this one at all:
        second = session.scalars(select(Document).where(Document.file_name == "second.pdf")).one()
        session.execute(update(Document).where(Document.id == second.id).values(status="failed", error="old reader gave up"))
        session.query(Page).filter(Page.document_id == second.id).delete()
    result = run(db_url, "reextract", "--reread")
    assert result.exit_code == 1  # the file cut short still cannot be read
    assert "cut-short.pdf" in result.stderr and "failed 1" in result.stderr
    with Session(engine) as session:
        page = session.get_one(Page, page_id)
        assert "$2,400" in page.text
        (kept,) = session.scalars(select(Cost).where(Cost.page_id == page_id)).all()
        assert (kept.review_status, kept.needs_rereview) == ("verified", False)  # its quote is back in place
        assert session.get_one(Document, quote_id).status == "imported"
    stored = documents(engine)
    assert (stored["second.pdf"].status, stored["second.pdf"].error, stored["second.pdf"].page_count) == ("imported", None, 1)


def test_default_archive_sits_beside_a_sqlite_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOIA_ARCHIVE")
    (tmp_path / "data").mkdir()
    url = f"sqlite:///{tmp_path / 'data' / 'newsroom.db'}"
    pdf = write_text_pdf(tmp_path / "quote.pdf", [QUOTE])
    assert run(url, "import", str(pdf)).exit_code == 0
    expected = tmp_path / "data" / "foia-archive" / sha256(pdf.read_bytes())[:2]
    assert expected.is_dir()
    monkeypatch.setenv("FOIA_ARCHIVE", "ftp://example.org/archive")
    result = run(url, "show", "document", "1", "--save", str(tmp_path / "x.pdf"))
    assert result.exit_code == 2 and "the archive is a directory or an s3://bucket/prefix URL" in result.stderr
    assert os.environ["FOIA_ARCHIVE"] == "ftp://example.org/archive"
