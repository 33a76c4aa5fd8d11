"""Read web inputs: ``.html``/``.htm`` pages and ``.warc``/``.warc.gz`` crawls (Common Crawl News).

Main text, title, date and outlet come from trafilatura; WARC ``response`` records carrying HTML
are read one at a time with warcio, so memory stays bounded however large the file. A damaged
record or a truncated archive becomes a :class:`~hadath.readers.Problem` naming the file and the
record; the records before it are still read.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from configparser import ConfigParser
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from hadath.readers import MAX_TEXT_BYTES, Item, Problem, decode, make_document

MAX_TREE_SIZE = 200_000  # elements; deeper or larger pages are refused by trafilatura


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura found in one HTML page."""

    text: str
    title: str | None
    published: date | None
    outlet: str | None
    url: str | None


def read_web_file(path: Path) -> Iterator[Item]:
    """Documents and problems from one ``.html``/``.htm`` or ``.warc``/``.warc.gz`` file."""
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        yield from read_warc(path)
    else:
        yield from read_html_file(path)


def read_html_file(path: Path) -> Iterator[Item]:
    """One document from an HTML page, or the problem with it."""
    where = str(path)
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        yield Problem(where, f"file too large for one page ({size // 1_048_576} MB > "
                             f"{MAX_TEXT_BYTES // 1_048_576} MB)")
        return
    html = decode(path.read_bytes(), where)
    if isinstance(html, Problem):
        yield html
        return
    yield _document(html, where, doc_id=None, url=None, fallback_date=None)


def read_warc(path: Path) -> Iterator[Item]:
    """Documents from the HTML ``response`` records of a WARC file, one problem per bad record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    where = str(path)
    n, at = 0, 1  # records seen; the record being read
    try:
        with path.open("rb") as raw:
            fh = _GzipMembers(raw) if path.name.lower().endswith(".gz") else raw
            for n, record in enumerate(ArchiveIterator(fh), 1):
                at = n
                if record.rec_type == "response" and _is_html(record):
                    yield _warc_document(record, f"{where}#{n}")
                at = n + 1
    except TruncatedGzip:
        yield Problem(f"{where}#{at}", "truncated gzip: the file ends inside this record; "
                                          "the records before it were read")
        return
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        yield Problem(f"{where}#{at}", f"damaged WARC record ({exc.__class__.__name__}: "
                                          f"{exc}); the records before it were read")
        return
    if n == 0:
        yield Problem(where, "empty file")


class TruncatedGzip(OSError):
    """The compressed file ends inside a gzip member."""


class _GzipMembers(io.RawIOBase):
    """Multi-member gzip decompressed as a stream that raises :class:`TruncatedGzip` at a cut
    (warcio's own reader, and ``gzip`` before it hands over the data read, both end quietly)."""

    def __init__(self, raw: io.BufferedIOBase, chunk: int = 1 << 16) -> None:
        self._raw, self._chunk = raw, chunk
        self._z = zlib.decompressobj(wbits=31)
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def,override]
        while not self._buf:
            data = self._z.unused_data or self._raw.read(self._chunk)
            if self._z.eof:
                if not data.strip(b"\0"):
                    return 0
                self._z = zlib.decompressobj(wbits=31)  # the next member
            elif not data:
                raise TruncatedGzip("compressed file ended inside a gzip member")
            self._buf = self._z.decompress(data)
        n = min(len(b), len(self._buf))
        b[:n], self._buf = self._buf[:n], self._buf[n:]
        return n


def _is_html(record) -> bool:  # type: ignore[no-untyped-def]
    headers = record.http_headers
    kind = headers.get_header("Content-Type", "") if headers is not None else ""
    return "html" in kind.lower()


def _warc_document(record, where: str) -> Item:  # type: ignore[no-untyped-def]
    headers = record.rec_headers
    record_id = (headers.get_header("WARC-Record-ID") or "").strip("<>") or None
    url = headers.get_header("WARC-Target-URI")
    crawled = _iso_date(headers.get_header("WARC-Date"))
    data = record.content_stream().read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        return Problem(where, f"record too large for one page (> {MAX_TEXT_BYTES // 1_048_576} MB)")
    if getattr(record.raw_stream, "limit", 0) > 0:  # the file ended inside the record
        return Problem(where, "truncated WARC record (the file ends inside it)")
    charset = _charset(record.http_headers.get_header("Content-Type", ""))
    try:
        html = data.decode(charset or "utf-8")
    except (UnicodeDecodeError, LookupError):
        decoded = decode(data, where)
        if isinstance(decoded, Problem):
            return decoded
        html = decoded
    return _document(html, where, doc_id=record_id, url=url, fallback_date=crawled)


def _document(
    html: str, where: str, *, doc_id: str | None, url: str | None, fallback_date: date | None
) -> Item:
    page = extract_page(html, url)
    if isinstance(page, str):
        return Problem(where, page)
    return make_document(
        page.text,
        doc_id=doc_id,
        published=page.published or fallback_date,
        title=page.title,
        outlet=page.outlet,
        url=page.url or url,
        origin=where,
    )


def extract_page(html: str, url: str | None = None) -> Page | str:
    """Main text and metadata of a page, or the reason there is none."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False}, config=_config(),
        )
    except (RecursionError, ValueError, TypeError, AttributeError) as exc:
        return f"cannot parse HTML ({exc.__class__.__name__})"
    if found is None:
        return "no main text found in the HTML page"
    meta = found if isinstance(found, dict) else found.as_dict()
    text = (meta.get("text") or "").strip()
    if not text:
        return "no main text found in the HTML page"
    page_url = meta.get("url") or url
    outlet = meta.get("sitename") or (urlsplit(page_url).hostname if page_url else None)
    return Page(text, meta.get("title") or None, _iso_date(meta.get("date")), outlet, page_url)


@cache
def _config() -> ConfigParser:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signals: safe in threads and Spark
    return config


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ").lower()
    return None
