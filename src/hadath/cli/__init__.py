"""The ``hadath`` command line: thin Typer layers over library calls."""

from hadath.cli.main import app

__all__ = ["app"]
