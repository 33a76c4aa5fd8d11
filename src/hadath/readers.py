"""Read input files into documents; every bad input becomes a one-line problem, never an exception.

Kinds: ``.txt`` (title line, optional dateline line, body), ``.jsonl``/``.jsonl.gz`` (one
``{"id","text","published"?,"title"?,"url"?,"outlet"?,"lang"?}`` a line), ``-`` for stdin (text or
JSON Lines), ``.html``/``.htm`` and ``.warc``/``.warc.gz`` (see :mod:`hadath.readers_web`).
Folders are read recursively.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hadath.normalise import norm
from hadath.records import Document

MAX_TEXT_BYTES = 20 * 1024 * 1024  # one .txt document
MAX_LINE_BYTES = 10 * 1024 * 1024  # one JSON line
DATELINE_CHARS = 400  # a dateline opens the text
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
WEB_SUFFIXES = (".html", ".htm", ".warc", ".warc.gz")


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be read, and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


Item = Document | Problem


def read_paths(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Documents and problems from files, folders (recursively) and ``-`` (stdin)."""
    for p in paths:
        if str(p) == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>")
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(c for c in path.rglob("*") if c.is_file()):
                if _suffix(child) in TEXT_SUFFIXES + JSONL_SUFFIXES + WEB_SUFFIXES:
                    yield from read_path(child)
        else:
            yield from read_path(path)


def read_path(path: Path) -> Iterator[Item]:
    """Documents and problems from one file."""
    where = str(path)
    if not path.exists():
        yield Problem(where, "no such file or folder")
        return
    kind = _suffix(path)
    if kind in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path)
    elif kind in WEB_SUFFIXES:
        from hadath.readers_web import read_web_file

        yield from read_web_file(path)
    elif kind in TEXT_SUFFIXES:
        yield from _read_text_file(path)
    else:
        yield Problem(
            where,
            f"unsupported file type {kind or '(none)'!r}; use .txt, .jsonl, "
            ".jsonl.gz, .html or .warc(.gz)",
        )


def read_stream(stream: io.BufferedIOBase, where: str) -> Iterator[Item]:
    """Stdin: JSON Lines when the first non-blank character is ``{``, else one text document."""
    data = stream.read()
    text = decode(data, where)
    if isinstance(text, Problem):
        yield text
    elif text.lstrip().startswith("{"):
        yield from _jsonl_lines(io.StringIO(text), where)
    else:
        yield from _text_document(text, where, default_id=None)


def decode(data: bytes, where: str) -> str | Problem:
    """UTF-8 text, Windows-1256 text recognised as Arabic, or the problem with it."""
    if not data.strip():
        return Problem(where, "empty file")
    if b"\x00" in data[:8192]:
        return Problem(where, "binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1256")
        except UnicodeDecodeError:
            text = ""
        arabic = sum(1 for c in text if "\u0600" <= c <= "\u06ff")
        if text and arabic >= 0.3 * sum(1 for c in text if c.isalpha()):
            return text
        return Problem(
            where,
            f"not UTF-8 text (invalid byte at offset {exc.start}) and not "
            "Windows-1256 Arabic either",
        )


def _read_text_file(path: Path) -> Iterator[Item]:
    where = str(path)
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        yield Problem(
            where,
            f"file too large for one document ({size // 1_048_576} MB > "
            f"{MAX_TEXT_BYTES // 1_048_576} MB); split it or use JSON Lines",
        )
        return
    text = decode(path.read_bytes(), where)
    if isinstance(text, Problem):
        yield text
    else:
        yield from _text_document(text, where, default_id=path.stem)


def _text_document(text: str, where: str, default_id: str | None) -> Iterator[Item]:
    """A ``.txt`` article: its first line is the title; the text is the whole file, so offsets
    index the file as it stands (title, dateline and body)."""
    text = text.strip()
    title = text.split("\n", 1)[0].strip() if "\n" in text else None
    yield make_document(text, doc_id=default_id, title=title, origin=where)


def make_document(
    text: str,
    *,
    doc_id: str | None = None,
    published: date | str | None = None,
    title: str | None = None,
    lang: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    origin: str | None = None,
) -> Document:
    """A :class:`Document`; the id defaults to a hash of the normalised text, the date and
    outlet to what the dateline says."""
    from hadath.dateline import parse_dateline

    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    if published is None or outlet is None:
        line = parse_dateline(text[:DATELINE_CHARS])
        if line is not None:
            published = published or line.published
            outlet = outlet or line.outlet
    return Document(
        id=doc_id or text_id(text),
        text=text,
        published=published,
        title=title,
        lang=lang,
        outlet=outlet,
        url=url,
        origin=origin,
    )


def text_id(text: str) -> str:
    """Stable id of a text: a hash of its normalised form."""
    return hashlib.sha1(norm(text).encode("utf-8")).hexdigest()[:16]


def _read_jsonl_file(path: Path) -> Iterator[Item]:
    where = str(path)
    try:
        raw = gzip.open(path, "rb") if path.name.endswith(".gz") else path.open("rb")
        with raw:
            yield from _jsonl_bytes(raw, where)
    except (OSError, EOFError, zlib.error) as exc:
        yield Problem(
            where,
            f"cannot read compressed file ({exc.__class__.__name__}: {exc}); "
            "the lines before the damage were read",
        )


def _jsonl_bytes(raw: io.BufferedIOBase, where: str) -> Iterator[Item]:
    seen = False
    for n, line in enumerate(raw, 1):
        if not line.strip():
            continue
        seen = True
        if len(line) > MAX_LINE_BYTES:
            yield Problem(
                f"{where}:{n}",
                f"line too long ({len(line) // 1_048_576} MB > {MAX_LINE_BYTES // 1_048_576} MB)",
            )
            continue
        try:
            text = line.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield Problem(f"{where}:{n}", f"not UTF-8 (invalid byte at offset {exc.start})")
            continue
        yield _json_document(text, f"{where}:{n}")
    if not seen:
        yield Problem(where, "empty file")


def _jsonl_lines(lines: Iterable[str], where: str) -> Iterator[Item]:
    for n, line in enumerate(lines, 1):
        if line.strip():
            yield _json_document(line, f"{where}:{n}")


def _json_document(line: str, where: str) -> Item:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        msg = exc.msg.removesuffix(" at")
        return Problem(where, f"not valid JSON ({msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return Problem(where, "not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Problem(where, 'no "text" field with text in it')
    published = obj.get("published") or obj.get("date")
    try:
        return make_document(
            text,
            doc_id=str(obj["id"]) if obj.get("id") not in (None, "") else None,
            published=published if isinstance(published, str) and published else None,
            title=obj.get("title") if isinstance(obj.get("title"), str) else None,
            lang=obj.get("lang") if isinstance(obj.get("lang"), str) else None,
            outlet=obj.get("outlet") if isinstance(obj.get("outlet"), str) else None,
            url=obj.get("url") if isinstance(obj.get("url"), str) else None,
            origin=where,
        )
    except ValueError:
        return Problem(where, f'"published" is not a YYYY-MM-DD date: {published!r}')


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for double in (".jsonl.gz", ".warc.gz"):
        if name.endswith(double):
            return double
    return path.suffix.lower()
