"""Helpers shared by command modules: inputs given as text or path, output formats."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path

import typer


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def err(message: str) -> None:
    """One line on stderr."""
    typer.echo(message, err=True)


def text_or_file(arg: str) -> tuple[str, str | None]:
    """``(text, path)``: the argument read as a file when it names one, else taken as text."""
    if arg == "-":
        return sys.stdin.read(), "<stdin>"
    if len(arg) < 4096 and "\n" not in arg and _is_file(arg):
        return Path(arg).read_text(encoding="utf-8"), arg
    return arg, None


def _is_file(arg: str) -> bool:
    """True when ``arg`` names a file; a sentence too long for a file name is text."""
    try:
        return Path(arg).is_file()
    except OSError:  # ENAMETOOLONG: a file name has at most 255 bytes, Arabic letters take 2
        return False


def is_jsonl(arg: str) -> bool:
    return arg.endswith((".jsonl", ".jsonl.gz")) and _is_file(arg)


def use_table(fmt: Format | None) -> bool:
    """Default to a table on a terminal and JSON Lines in a pipe."""
    return fmt == Format.table or (fmt is None and sys.stdout.isatty())


def jsonl_texts(
    path: Path, date_key: str | None, default: date | None = None
) -> Iterator[tuple[str, str, date | None]]:
    """``(id, text, date)`` of each line of a JSON Lines file, the line's ``date_key`` winning
    over ``default``; a bad line is reported on stderr as ``FILE:LINE: ...`` and skipped."""
    shape = "{id, text" + (f", {date_key}?" if date_key else "") + "}"
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                text = doc["text"]
                if not isinstance(text, str):
                    raise TypeError("text is not a string")
                value = doc.get(date_key) if date_key else None
                day = date.fromisoformat(str(value)[:10]) if value else default
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                err(f"{path}:{n}: skipped, not a {shape} object ({exc})")
                continue
            yield str(doc.get("id", n)), text, day


def print_mentions(doc_id: str, mentions: list[dict]) -> None:
    """One ``{"id","mentions"}`` line."""
    typer.echo(json.dumps({"id": doc_id, "mentions": mentions}, ensure_ascii=False))


def pack_of(text: str, lang: str | None) -> str:
    """The language pack a stage command reads ``text`` with: the one asked for, else the
    detected language when a pack exists for it, else Arabic."""
    from hadath.lang import available
    from hadath.langid import detect_language

    if lang:
        if lang not in available():
            err(f"--lang: no language pack {lang!r} (have: {', '.join(sorted(available()))})")
            raise typer.Exit(2)
        return lang
    found = detect_language(text)
    return found if found in available() else "ar"
