"""Near-duplicate articles (syndicated copies of one wire story) by MinHash over word shingles.

Signatures come from ``datasketch.MinHash`` over 5-word shingles of the normalised text. The LSH
bands are kept in the store (``minhash_bands``) so that detection survives restarts and scales to
millions of articles without holding an index in memory; candidates sharing a band are confirmed
by their estimated Jaccard similarity (at least :data:`THRESHOLD`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

import numpy as np

from hadath.normalise import norm

NUM_PERM = 64
BANDS, ROWS = 16, 4  # 16 bands of 4 rows: pairs above ~0.5 Jaccard become candidates
SHINGLE = 5
MIN_SHINGLES = 8  # shorter texts are too short to call near-duplicates
THRESHOLD = 0.8
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Signature:
    """The MinHash of one article and its LSH band hashes."""

    values: np.ndarray  # NUM_PERM uint64
    bands: tuple[int, ...]  # signed 64-bit, one per band

    def to_bytes(self) -> bytes:
        return self.values.astype("<u8").tobytes()


def shingles(text: str) -> set[bytes]:
    """5-word shingles of the normalised text (punctuation and digits count as words)."""
    words = _WORD.findall(norm(text))
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> Signature | None:
    """The text's signature, or ``None`` when it has too few shingles to compare."""
    from datasketch import MinHash

    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    permutations, scheme = _permutations()
    mh = MinHash(num_perm=NUM_PERM, seed=1, permutations=permutations, scheme=scheme)
    mh.update_batch(list(grams))
    values = np.asarray(mh.hashvalues, dtype=np.uint64)
    return Signature(values, band_hashes(values))


@cache
def _permutations() -> tuple[object, str]:
    """The MinHash permutations and scheme, drawn once (drawing them costs more than hashing a
    short article)."""
    from datasketch import MinHash

    template = MinHash(num_perm=NUM_PERM, seed=1)
    return template.permutations, template.scheme


def band_hashes(values: np.ndarray) -> tuple[int, ...]:
    """One signed 64-bit hash per band, the band number folded in."""
    out = []
    for b in range(BANDS):
        chunk = values[b * ROWS:(b + 1) * ROWS].astype("<u8").tobytes()
        digest = hashlib.blake2b(bytes([b]) + chunk, digest_size=8).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return tuple(out)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


class NearIndex:
    """Band hashes -> original articles: the stored ones plus those added during a batch."""

    def __init__(self, stored_bands: Mapping[int, Iterable[str]],
                 stored_signatures: Mapping[str, np.ndarray]) -> None:
        self._bands: dict[int, list[str]] = {h: list(ids) for h, ids in stored_bands.items()}
        self._sigs: dict[str, np.ndarray] = dict(stored_signatures)

    def match(self, sig: Signature) -> tuple[str, float] | None:
        """The most similar original above the threshold, if any (ties: the earliest)."""
        seen: list[str] = []
        for h in sig.bands:
            for doc_id in self._bands.get(h, ()):
                if doc_id not in seen:
                    seen.append(doc_id)
        best: tuple[str, float] | None = None
        for doc_id in seen:
            other = self._sigs.get(doc_id)
            if other is None:
                continue
            sim = similarity(sig.values, other)
            if sim >= THRESHOLD and (best is None or sim > best[1]):
                best = (doc_id, sim)
        return best

    def add(self, doc_id: str, sig: Signature) -> None:
        for h in sig.bands:
            self._bands.setdefault(h, []).append(doc_id)
        self._sigs[doc_id] = sig.values
