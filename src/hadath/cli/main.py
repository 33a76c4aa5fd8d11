"""Builds the ``hadath`` Typer app from the command modules listed in ``COMMANDS``."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="hadath",
    help="Arabic-first political event coding: news articles in, event records out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each module exposes register(app); order is the order of `hadath --help`.
COMMANDS = (
    "code",
    "explain",
    "evaluate",
    "actors",
    "dates",
    "places",
    "ingest",
    "events",
    "stats",
    "export",
    "serve",
    "spark",
)

for _name in COMMANDS:
    importlib.import_module(f"hadath.cli.{_name}").register(app)
