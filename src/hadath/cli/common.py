"""Helpers shared by command modules: inputs given as text or path, output formats."""

from __future__ import annotations

import sys
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
    if len(arg) < 4096 and "\n" not in arg:
        p = Path(arg)
        if p.is_file():
            return p.read_text(encoding="utf-8"), str(p)
    return arg, None


def is_jsonl(arg: str) -> bool:
    return arg.endswith((".jsonl", ".jsonl.gz")) and Path(arg).is_file()


def use_table(fmt: Format | None) -> bool:
    """Default to a table on a terminal and JSON Lines in a pipe."""
    return fmt == Format.table or (fmt is None and sys.stdout.isatty())
