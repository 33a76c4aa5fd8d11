"""The HTTP API and dashboard over the event store (``hadath serve``); needs the ``web`` extra."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any


def create_app(db_path: str | Path, allowed_hosts: Sequence[str] | None = None) -> Any:
    """The FastAPI app (see :func:`hadath.web.app.create_app`); imported lazily."""
    from hadath.web.app import create_app as make

    return make(db_path, allowed_hosts)
