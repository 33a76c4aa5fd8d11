"""The actor lexicons (countries, organisations, groups, agents, people) as one phrase matcher.

Files live in the language pack (``countries.tsv``, ``organisations.tsv``, ``groups.tsv``,
``agents.tsv``, ``actor_exclusions.tsv``, ``coreference.tsv``, and, when present,
``people.tsv`` with ``people_names.tsv``). Users' own files in the same formats are added with
``extra``; their kind is told by their header row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from hadath.errors import ResourceError
from hadath.lang import load_pack, read_tsv, shared_data
from hadath.matcher import PhraseMatcher
from hadath.normalise import norm

# Priority of entry kinds when several entries cover the same span (first wins).
PRIORITY = ("exclusion", "person", "group", "organisation", "country", "coreference", "agent")
COUNTRY_KIND_ORDER = ("name", "seat", "capital", "adjective")

_HEADERS: dict[frozenset[str], str] = {
    frozenset({"iso3", "form", "kind"}): "countries",
    frozenset({"code", "form"}): "organisations",
    frozenset({"code", "form", "start", "end"}): "groups",
    frozenset({"form", "sector"}): "agents",
    frozenset({"form", "sector", "alone"}): "agents",
    frozenset({"form", "sector", "alone", "place"}): "agents",
    frozenset({"form"}): "exclusions",
    frozenset({"form", "kind"}): "coreference",
    frozenset({"person", "code", "start", "end", "role"}): "people",
    frozenset({"person", "form"}): "people_names",
}
_PACK_FILES = (
    ("countries.tsv", "countries"),
    ("organisations.tsv", "organisations"),
    ("groups.tsv", "groups"),
    ("agents.tsv", "agents"),
    ("actor_exclusions.tsv", "exclusions"),
    ("coreference.tsv", "coreference"),
    ("people_names.tsv", "people_names"),
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon row as the matcher sees it."""

    kind: str  # see PRIORITY
    code: str  # ISO3, full actor code, sector (agents) or "" (exclusions)
    form: str
    source: str  # file name
    sub: str = ""  # country kind, agent 'alone' flag, coreference kind
    start: date | None = None
    end: date | None = None
    name: str | None = None  # person id or organisation form

    @property
    def rank(self) -> tuple[int, int]:
        sub = COUNTRY_KIND_ORDER.index(self.sub) if self.sub in COUNTRY_KIND_ORDER else 0
        return PRIORITY.index(self.kind), sub


@dataclass(frozen=True, slots=True)
class Role:
    """A period in which a person holds an actor code."""

    code: str
    start: date | None
    end: date | None
    role: str


@dataclass(frozen=True)
class Lexicon:
    matcher: PhraseMatcher[Entry]
    roles: dict[str, tuple[Role, ...]]
    article_prefixes: frozenset[str]  # proclitic chains that end in the article
    stopwords: frozenset[str]  # words that never belong to a name (coreference.tsv kind stop)
    polities: dict[str, frozenset[str]] = field(default_factory=dict)  # المملكه -> its countries


def parse_date(value: str, where: str) -> date | None:
    """A ``YYYY-MM-DD`` cell, or ``None`` when empty."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ResourceError(f"{where}: bad date {value!r} (want YYYY-MM-DD)") from exc


def file_kind(path: Path) -> str:
    """Which actor file format ``path`` has, told by its header row."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                cols = frozenset(c.strip() for c in line.rstrip("\n").split("\t")) - {"note"}
                if cols in _HEADERS:
                    return _HEADERS[cols]
                raise ResourceError(
                    f"{path}: unknown actor file header {line.strip()!r}; see docs/actors.md"
                )
    raise ResourceError(f"{path}: empty actor file")


def _entries(kind: str, rows: Iterable[dict[str, str]], source: str) -> Iterator[Entry]:
    for r in rows:
        form = norm(r.get("form", ""))
        if kind == "countries":
            yield Entry("country", r["iso3"], form, source, r["kind"])
        elif kind == "organisations":
            yield Entry("organisation", r["code"], form, source, name=form)
        elif kind == "groups":
            where = f"{source}: {form}"
            start, end = parse_date(r["start"], where), parse_date(r["end"], where)
            yield Entry("group", r["code"], form, source, start=start, end=end, name=form)
        elif kind == "agents":
            yield Entry("agent", r["sector"], form, source, r.get("alone") or "yes")
        elif kind == "exclusions":
            yield Entry("exclusion", "", form, source)
        elif kind == "coreference":
            yield Entry("coreference", "", form, source, r["kind"])
        elif kind == "people_names":
            yield Entry("person", "", form, source, name=r["person"])


def _roles(rows: Iterable[dict[str, str]], source: str) -> Iterator[tuple[str, Role]]:
    for r in rows:
        where = f"{source}: {r['person']}"
        start, end = parse_date(r["start"], where), parse_date(r["end"], where)
        yield r["person"], Role(r["code"], start, end, r["role"])


def _article_prefixes(lang: str) -> frozenset[str]:
    """Proclitic chains that strip the definite article (their note says 'article', no restore)."""
    rows = load_pack(lang).rows("clitics.tsv")
    return frozenset(
        r["form"]
        for r in rows
        if r["kind"] == "prefix" and "article" in r.get("note", "").split() and not r.get("restore")
    )


@cache
def load_lexicon(extra: tuple[Path, ...] = (), lang: str = "ar") -> Lexicon:
    """Build the actor matcher once per set of extra files."""
    pack = load_pack(lang)
    # Offices held are language-neutral facts; each pack only says how names are written.
    sources: list[tuple[Path, str]] = [(shared_data("people.tsv"), "people")]
    sources += [(pack.path(n), kind) for n, kind in _PACK_FILES if pack.path(n).exists()]
    sources += [(Path(p), file_kind(Path(p))) for p in extra]
    entries: list[Entry] = []
    roles: dict[str, list[Role]] = {}
    for path, kind in sources:
        rows = read_tsv(path)
        if kind == "people":
            for person, role in _roles(rows, path.name):
                roles.setdefault(person, []).append(role)
        else:
            entries.extend(e for e in _entries(kind, rows, path.name) if e.form)
    stop = frozenset(e.form for e in entries if e.kind == "coreference" and e.sub == "stop")
    matcher = PhraseMatcher(((e.form, e) for e in entries if e.form not in stop), lang)
    frozen = {p: tuple(sorted(r, key=lambda x: x.start or date.min)) for p, r in roles.items()}
    prefixes = _article_prefixes(lang)
    return Lexicon(matcher, frozen, prefixes, stop, _polities(entries, prefixes))


def _polities(entries: list[Entry], prefixes: frozenset[str]) -> dict[str, frozenset[str]]:
    """For each polity word (المملكه), the countries whose names contain it (المملكه المغربيه,
    مملكه البحرين): the ones "the kingdom" may refer back to."""
    words = [e.form for e in entries if e.kind == "coreference" and e.sub == "polity"]
    out: dict[str, frozenset[str]] = {}
    for w in words:
        bare = next((w[len(p) :] for p in sorted(prefixes, key=len) if w.startswith(p)), w)
        out[w] = frozenset(
            e.code
            for e in entries
            if e.kind == "country" and e.sub == "name" and {w, bare} & set(e.form.split())
        )
    return out
