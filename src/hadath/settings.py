"""One frozen settings object, passed explicitly to the stages that need it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Settings:
    """Knobs of the coder and the store."""

    lang: str = "ar"
    actor_files: tuple[Path, ...] = ()  # users' own actor entries (see docs/actors.md)
    min_confidence: float = 0.0  # events below are dropped
    cluster_window_days: int = 2  # store: mentions this many days apart may be one event
    batch_size: int = 200  # store: documents per transaction


DEFAULT = Settings()
