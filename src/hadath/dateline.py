"""The dateline at the head of an article: outlet(s), place and publication date.

Shapes read (each line among the first three that starts within :data:`HEAD_CHARS`):
``(پاکستان پوائنٹ نیوز / سبوتنيك - 13 كانون الثاني 2022ء)``, ``القاهرة - 5 فبراير/شباط 2023``,
``الرباط في 3 جانفي 2021``, ``دبي - سكاي نيوز عربية``, ``(رويترز) -``, ``مدريد (رويترز) –``,
``واس -``, ``سبق- الرياض:``, ``بغداد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس``,
``الأحد 05/نوفمبر/2023 - 07:56 م``. A dateline is a run of short pieces split by dashes, colons
and parentheses, and counts only when it holds a date, a parenthesised source or an outlet of
``outlets.tsv``; a lone "place -" is not enough (it cannot be told from a sentence start).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from hadath.dates import find_times
from hadath.lang import load_pack
from hadath.normalise import norm
from hadath.records import TimeMention
from hadath.segment import analyse
from hadath.timewords import entries

HEAD_CHARS = 300
MAX_WORDS = 4  # words in one place, author or outlet piece

_SEP_RE = re.compile(r"\s*(?:--?|–|—|(?<=\s)ـ+|(?<!\d):(?!\d))\s*")
_SEP_CHAR_RE = re.compile(r"[-–—ـ:]")
_INNER_SEP_RE = re.compile(r"\s*(?:/|--?|–|—|،|,)\s*")
_LATIN_RE = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9 .&'’]+$")
_TIME_RE = re.compile(r"^\d{1,2}:\d{2}(?:\s*(?:[صم]|[AaPp][Mm]))?$")
_WORD_RE = re.compile(r"[^\W_]+")
_DIGIT_RE = re.compile(r"\d")
_YEAR_RE = re.compile(r"\d{4}")


@dataclass(frozen=True, slots=True)
class Dateline:
    """What an article's dateline says; ``start``/``end`` are its original offsets."""

    outlet: str | None
    place: str | None
    published: date | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Piece:
    kind: str  # date, outlet, paren (a source in parentheses), place (or author), time
    text: str
    published: date | None = None


_norm = lru_cache(maxsize=8192)(norm)  # the short pieces of datelines recur: places, outlets


@cache
def _outlets(lang: str = "ar") -> frozenset[str]:
    return frozenset(row["form"] for row in load_pack(lang).rows("outlets.tsv"))


@lru_cache(maxsize=256)  # readers and the pipeline both ask, for the same text
def parse_dateline(text: str, lang: str = "ar") -> Dateline | None:
    """The dateline opening ``text`` (or its second or third line), or ``None``."""
    offset = 0
    tried = 0
    for line in text[: HEAD_CHARS + 200].split("\n"):
        if offset >= HEAD_CHARS or tried == 3:
            break
        if line.strip():
            tried += 1
            got = _parse_line(line, lang, "\n" in text[offset + len(line) : offset + len(line) + 1])
            if got is not None:
                return Dateline(
                    got.outlet, got.place, got.published, got.start + offset, got.end + offset
                )
        offset += len(line) + 1
    return None


def _parse_line(line: str, lang: str, has_next: bool) -> Dateline | None:
    times = _times(line, lang)
    dates = [m for m in times if m.date is not None and m.precision == "day"]
    others = [m for m in times if m not in dates]
    best: Dateline | None = None
    pieces: list[_Piece] = []
    pos = len(line) - len(line.lstrip())
    start = pos
    while pos < len(line) and len(pieces) < 8:
        got = _next_piece(line, pos, dates, others, lang)
        if got is None:
            break
        new, after, can_end = got
        if pieces and pieces[-1].kind in ("date", "paren") and any(p.kind == "place" for p in new):
            break  # the body follows a date or a (source)
        if can_end and after >= len(line.rstrip()) and new[-1].kind == "place" and not has_next:
            break  # a short last line ending in unknown words is body text
        pieces.extend(new)
        if can_end and (dl := _assemble(pieces, start, after, line)) is not None:
            best = dl
        if line[pos:after].rstrip().endswith(":"):
            break  # "سبق- الرياض:" the colon closes a dateline
        pos = after
    return best


def _times(line: str, lang: str) -> tuple[TimeMention, ...]:
    """The time expressions of a line, read without a publication date. Only a date with its
    day counts, and without a publication date that takes a year of four digits (13 يناير
    2022); other times matter only inside parentheses. A line with neither (most) needs no
    reading."""
    if "(" not in line and not (_DIGIT_RE.search(line) and _YEAR_RE.search(norm(line))):
        return ()
    return find_times(analyse(line, lang), None, lang)


def _next_piece(
    line: str, pos: int, dates: list[TimeMention], others: list[TimeMention], lang: str
) -> tuple[list[_Piece], int, bool] | None:
    """The pieces at ``pos``, the position after them and their separator, and whether a
    dateline may end there."""
    if line[pos] == "(":
        close = line.find(")", pos)
        if close < 0 or close - pos > 90 or any(pos < m.start < close for m in others):
            return None  # too long, or "(الأربعاء)" after اليوم: a time word, not a source
        inner = _paren_pieces(line, pos + 1, close, dates, lang)
        if inner is None:
            return None
        m = _SEP_RE.match(line, close + 1)
        dash = m is not None and m.end() > close + 1 and ":" not in m.group()
        after = m.end() if dash and m else close + 1
        # "(رويترز) قالت" may open a line; after other words only "(رويترز) -" ends a dateline
        can_end = after > close + 1 or not line[:pos].strip()
        return inner, after + len(line[after:]) - len(line[after:].lstrip()), can_end
    end, after = _chunk_end(line, pos, dates)
    piece = _plain_pieces(line, pos, end, dates, lang)
    if piece is None:
        return None
    if piece[-1].kind in ("body", "place") and len(piece) > 1 and piece[-2].kind == "date":
        # "القاهرة - 5 فبراير 2023 أعلنت ...": the body starts right after the date
        date_end = max(d.end for d in _in(dates, pos, end))
        return piece[:-1], date_end, True
    can_end = after > end or after >= len(line.rstrip())
    return piece, after, can_end


def _chunk_end(line: str, pos: int, dates: list[TimeMention]) -> tuple[int, int]:
    """End of the plain chunk at ``pos`` and the position after its separator."""
    first = _SEP_CHAR_RE.search(line, pos)  # a separator holds one of these characters
    scan_from = len(line[: first.start()].rstrip()) if first else len(line)
    for m in _SEP_RE.finditer(line, max(pos, scan_from)):  # none starts before its blanks
        if (
            m.end() > m.start()
            and not any(d.start <= m.start() < d.end for d in dates)
            and m.start() > pos
        ):
            paren = line.find("(", pos, m.start())
            return (paren, paren) if paren >= 0 else (m.start(), m.end())
    paren = line.find("(", pos)
    return (paren, paren) if paren > pos else (len(line.rstrip()), len(line))


def _in(dates: list[TimeMention], start: int, end: int) -> list[TimeMention]:
    return [d for d in dates if d.start >= start and d.end <= end]


def _plain_pieces(
    line: str, start: int, end: int, dates: list[TimeMention], lang: str
) -> list[_Piece] | None:
    chunk = line[start:end].strip(" ،,")
    if not chunk:
        return None
    inside = _in(dates, start, end)
    if not inside:
        kind = _classify(chunk, lang)
        return None if kind is None else [_Piece(kind, chunk)]
    out: list[_Piece] = []
    cursor = start
    for i, d in enumerate(inside):
        gap = line[cursor : d.start].strip(" ،,")
        if gap and not _connector(gap):
            kind = _classify(gap.removesuffix(" في").strip(), lang)
            if kind is None or (kind == "place" and (i > 0 or len(_WORD_RE.findall(gap)) > 3)):
                return None
            out.append(_Piece(kind, gap.removesuffix(" في").strip()))
        out.append(_Piece("date", d.text, d.date))
        cursor = d.end
    tail = line[cursor:end].strip(" ،,")
    if tail:
        kind = _classify(tail, lang)
        if kind == "place" and len(_WORD_RE.findall(tail)) <= 2:
            kind = "outlet"  # بغداد 25 شوال 1436 هـ ... واس
        out.append(_Piece(kind or "body", tail))
    return out


def _paren_pieces(
    line: str, start: int, end: int, dates: list[TimeMention], lang: str
) -> list[_Piece] | None:
    out: list[_Piece] = []
    cursor = start
    inside = _in(dates, start, end)
    for m in list(_INNER_SEP_RE.finditer(line, start, end)) + [None]:
        stop = m.start() if m else end
        if m and any(d.start <= m.start() < d.end for d in inside):
            continue
        part_start, cursor = cursor, (m.end() if m else end)
        if not line[part_start:stop].strip():
            continue
        got = _plain_pieces(line, part_start, stop, dates, lang)
        if got is None and _LATIN_RE.match(line[part_start:stop].strip()):
            got = [_Piece("paren", line[part_start:stop].strip())]  # (CNN), (AFP)
        if got is None or any(p.kind == "body" for p in got):
            return None
        out.extend(p if p.kind in ("date", "time") else _Piece("paren", p.text) for p in got)
    return out or None


def _connector(gap: str) -> bool:
    return all(_norm(w) in ("الموافق", "في", "بتاريخ") for w in gap.split())


def _classify(piece: str, lang: str) -> str | None:
    """outlet, place (or author), time, or ``None`` when the piece is too long to be either."""
    if _TIME_RE.match(piece):
        return "time"
    if _norm(piece) in _outlets(lang):
        return "outlet"
    words = _WORD_RE.findall(piece)
    if not words or len(words) > MAX_WORDS or any(w[0].isdigit() for w in words):
        return None
    if any(_norm(w) in _time_words(lang) for w in words):
        return None  # "وفي صباح 22 مايو": a sentence about a time, not a place
    return "place"


@cache
def _time_words(lang: str) -> frozenset[str]:
    kinds = {"part", "relative", "weekday", "vague", "unit", "anchor"}
    return frozenset(form for form, w in entries(lang) if w.kind in kinds and " " not in form)


def _assemble(pieces: list[_Piece], start: int, end: int, line: str) -> Dateline | None:
    """A dateline from the pieces read so far, when they hold evidence of being one."""
    if not any(p.kind in ("date", "outlet", "paren") for p in pieces):
        return None
    outlets = [p.text for p in pieces if p.kind in ("outlet", "paren")]
    places = [p.text for p in pieces if p.kind == "place"]
    days = [p.published for p in pieces if p.kind == "date" and p.published]
    stop = start + len(line[start:end].rstrip())
    return Dateline(
        " / ".join(outlets) or None,
        places[-1] if places else None,
        days[-1] if days else None,
        start,
        stop,
    )
