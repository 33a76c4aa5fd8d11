"""When and where an event happened: the time and place mentions of its clause, carried
from the sentences before, or the publication date (see docs/coder.md)."""

from __future__ import annotations

from bisect import bisect_right
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta

from hadath.arguments import function_words
from hadath.codes import country_of
from hadath.datecalc import safe_date, shift_month
from hadath.dates import is_day, resolve_future
from hadath.records import ActorMention, Document, PlaceMention, TimeMention, Token
from hadath.segment import Text
from hadath.triggers import TriggerHit

VAGUE_REACH = 8  # tokens between a trigger and a month/year expression that dates it
BACKGROUND_REACH = 6  # tokens before a trigger where كان، سبق mark its clause as background
DAY_REACH = 15  # tokens beyond which a day named in a long sentence belongs to another clause


@dataclass(frozen=True, slots=True)
class EventContext:
    """A document's layers, as the event stage reads them."""

    doc: Document
    text: Text
    actors: tuple[ActorMention, ...]
    times: tuple[TimeMention, ...]
    places: tuple[PlaceMention, ...]
    starts: list[int]  # token start offsets, for mapping offsets to tokens
    clauses: tuple[int, ...] = ()  # tokens that open a clause: other verbs, subordinators
    subordinate: tuple[int, ...] = ()  # subordinators and reporting verbs alone
    reporters: dict[int, int] = field(default_factory=dict)  # speaker's first token -> its verb
    visits: frozenset[int] = frozenset()  # tokens right after a visit trigger (زار موسكو)


def token_at(ctx: EventContext, offset: int) -> int:
    """Index of the token that holds original offset ``offset``."""
    return max(bisect_right(ctx.starts, offset) - 1, 0)


def event_date(ctx: EventContext, hit: TriggerHit, status: str) -> tuple[TimeMention | None, str]:
    """The time expression of the trigger's clause, else the publication date for news of the
    day, else nothing."""
    interval = _interval(ctx, hit) if status != "negated" else None
    if interval is not None:
        return interval, "date:interval"
    when, rule = _clause_date(ctx, hit, status)
    shift = _day_shift(ctx, hit) if when is not None and is_day(when) else 0
    if shift and when is not None and when.date is not None:
        # غداة اشتباكات: the clashes were the day before the date of غداة's clause
        return replace(when, date=when.date + timedelta(days=shift)), rule + "+shift"
    return when, rule


def _clause_date(ctx: EventContext, hit: TriggerHit, status: str) -> tuple[TimeMention | None, str]:
    if status == "negated":
        return None, "date:negated"
    sent = ctx.text.tokens[hit.start].sentence
    best, best_gap = None, 10**9
    far: TimeMention | None = None  # a day of the sentence beyond reach, before the trigger
    for t in ctx.times:
        if t.sentence != sent or t.date is None:
            continue
        if status == "announced_future" and ctx.doc.published:
            t = resolve_future(t, ctx.doc.published)
        elif ctx.doc.published and t.date > ctx.doc.published and is_day(t):
            continue  # a day after publication dates a planned act, not one that took place
        ti = token_at(ctx, t.start)
        gap = hit.start - ti if ti < hit.start else ti - hit.end + 1
        if not is_day(t) and gap > VAGUE_REACH:
            continue  # a month or year far off in the sentence dates something else
        if gap > DAY_REACH:
            if is_day(t) and ti < hit.start and far is None:
                far = t
            continue
        if gap < best_gap and not _other_clause(ctx, hit, ti):
            best, best_gap = t, gap
    if best is not None:
        if status == "announced_future" and ctx.doc.published and best.date < ctx.doc.published:
            return None, "date:future-unknown"
        best = _pair_start(ctx, best)
        return best, "date:clause" if is_day(best) else "date:clause-vague"
    if status != "occurred" or ctx.doc.published is None:
        return None, "date:none"
    s = ctx.text.sentences[sent]
    first = max(s.first_token, hit.start - BACKGROUND_REACH)
    if any(_background(ctx, i) for i in range(first, hit.start)):
        return None, "date:background"
    if far is not None and 0 <= (ctx.doc.published - far.date).days <= 7:
        return far, "date:sentence"
    earlier = _recent_day(ctx, sent)
    if earlier is not None:
        return earlier, "date:carried"
    return None, "date:publication"


def _pair_start(ctx: EventContext, t: TimeMention) -> TimeMention:
    """The first day of a pair (في 30 و31 يوليو: the act began on the 30th)."""
    at = token_at(ctx, t.start)
    for x in ctx.times:
        if x.rule.endswith(":pair") and x.sentence == t.sentence and x.date is not None:
            if 0 < at - token_at(ctx, x.end - 1) <= 2 and x.date < t.date:
                return x
    return t


def _background(ctx: EventContext, i: int) -> bool:
    """Token ``i`` marks its clause as told in the past perfect (كان قد، سبق أن): not the
    outlet's name before a dash (سبق- الرياض) nor a circumstance (عندما كانت القوات تقوم)."""
    tokens = ctx.text.tokens
    fw = function_words(ctx.doc.lang or "ar")
    word = tokens[i].norm
    if word not in fw.background and not (word[:1] in fw.coords and word[1:] in fw.background):
        return False  # وكان: the conjunction aside
    if i + 1 < len(tokens) and tokens[i + 1].norm in _DATELINE_MARKS:
        return False
    return not (i > 0 and tokens[i - 1].norm in fw.while_)


_DATELINE_MARKS = frozenset("-–—:")


def _day_shift(ctx: EventContext, hit: TriggerHit) -> int:
    """-1 after غداة ("the day after" the event named next), +1 after عشية ("the eve of")."""
    for t in ctx.times:
        if t.date is None and t.rule in _SHIFTS and token_at(ctx, t.end - 1) + 1 == hit.start:
            return _SHIFTS[t.rule]
    return 0


_SHIFTS = {"vague:day_after": -1, "vague:day_before": 1}
_UNIT_DAYS = {"day": 1, "week": 7}


def _interval(ctx: EventContext, hit: TriggerHit) -> TimeMention | None:
    """``بعد شهر من التظاهرات``: the act named after من took place that long before the day of
    its clause: the first day named earlier in the sentence, else the day carried from the
    sentences before (وجاء ذلك بعد يوم من), else publication."""
    t = next(
        (
            t
            for t in ctx.times
            if t.offset and t.rule.endswith(":event") and token_at(ctx, t.end - 1) + 2 == hit.start
        ),
        None,
    )
    if t is None:
        return None
    sent = ctx.text.tokens[hit.start].sentence
    told = [x for x in ctx.times if x.sentence == sent and x.start < t.start and x.date]
    if told and not is_day(told[0]):
        return None  # في ديسمبر 2017 بعد شهرين من: a month back from a month names no day
    carried = _recent_day(ctx, sent) if not told else None  # وجاء ذلك بعد يوم من ...
    base = told[0].date if told else carried.date if carried else ctx.doc.published
    if base is None or ctx.doc.published is None or base > ctx.doc.published:
        return None
    unit = t.rule.split(":")[1]
    if unit in _UNIT_DAYS:
        day = base + timedelta(days=t.offset * _UNIT_DAYS[unit])
    elif unit == "month":
        year, month = shift_month(base.year, base.month, t.offset)
        day = safe_date(year, month, min(base.day, monthrange(year, month)[1]))
    else:
        return None  # بعد عام من: a year back names no day worth a record
    return replace(t, date=day, precision="day") if day is not None else None


def _other_clause(ctx: EventContext, hit: TriggerHit, ti: int) -> bool:
    """A clause opens between the trigger and a time word after it (صوتت ... بعدما ... الجمعة)."""
    return ti >= hit.end and any(hit.end <= c < ti for c in ctx.clauses)


def _subordinate_clause(ctx: EventContext, hit: TriggerHit, ti: int) -> bool:
    """A subordinator or reporting verb stands between the trigger and a word after it."""
    return ti >= hit.end and any(hit.end <= c < ti for c in ctx.subordinate)


def _recent_day(ctx: EventContext, sent: int) -> TimeMention | None:
    """The last day-precision date of the two sentences before, when it is recent news (the
    lead says أمس and the next sentences go on telling the same day)."""
    published = ctx.doc.published
    found: TimeMention | None = None
    for t in reversed(ctx.times):
        if found is not None and t.sentence != found.sentence:
            break
        if sent - 2 <= t.sentence < sent and is_day(t) and published is not None:
            if 0 <= (published - t.date).days <= 7 and not _anothers_report(ctx, t, sent):
                found = t
    return found


def _anothers_report(ctx: EventContext, t: TimeMention, sent: int) -> bool:
    """The time word dates an act told in someone's reported words (نوه ترودو إلى أن فريلاند
    أجرت محادثات الثلاثاء) and sentence ``sent`` is someone else's statement (وقال الجبير
    إن ...): the day of one speaker's story is not the day of another's."""
    told = _speaker(ctx, t.sentence)
    if told is None or not told[1] < token_at(ctx, t.start):
        return False
    speaker = _speaker(ctx, sent)
    return speaker is not None and speaker[0] != told[0]


def _speaker(ctx: EventContext, sent: int) -> tuple[str, int] | None:
    """The code of the sentence's first speaker (وقال الجبير إن) and the subordinator that opens
    the words reported."""
    fw = function_words(ctx.doc.lang or "ar")
    tokens = ctx.text.tokens
    last = ctx.text.sentences[sent].last_token
    for a in ctx.actors:
        if a.sentence != sent or a.first_token not in ctx.reporters:
            continue
        verb = ctx.reporters[a.first_token]
        opener = next(
            (i for i in range(verb, last) if tokens[i].norm in fw.subordinators), last
        )
        if a.first_token < opener:
            return a.code, opener
    return None


def event_place(
    ctx: EventContext,
    hit: TriggerHit,
    source: ActorMention | None,
    target: ActorMention | None = None,
) -> PlaceMention | None:
    """The nearest toponym of the trigger's sentence, else of the two sentences before; a
    capital standing for the source's government is not a place. With none, an act between
    two actors of one country took place there: the nearest mention of that country, even as
    someone's nationality (حكومة نيكاراغوا ... التظاهرات ضد السلطات)."""
    tokens: Sequence[Token] = ctx.text.tokens
    sent = tokens[hit.start].sentence
    best, best_key = None, (10**9, True, 0)
    for p in ctx.places:
        if not sent - 2 <= p.sentence <= sent:
            continue
        if source is not None and source.start <= p.start < source.end:
            continue
        if _names_someone(ctx, p):
            continue
        if _stands_for_government(ctx, p):
            continue
        at = token_at(ctx, p.start)
        if at in ctx.visits and at > hit.end:
            continue  # وجه الدعوة ... لزيارة موسكو: the place of a visit told after the act
        if p.sentence == sent and _subordinate_clause(ctx, hit, token_at(ctx, p.start)):
            continue  # ... الذي قدم مبادرات إلى بكين: another clause's place
        # "the country" (البلاد) only where its sentence names no other place
        home = p.rule.startswith("home:")
        key = (sent - p.sentence, home, abs(token_at(ctx, p.start) - hit.start))
        if key < best_key:
            best, best_key = p, key
    if best is None:  # the place the article's lead (or dateline) is about
        best = next(
            (
                p
                for p in ctx.places
                if p.sentence <= 1 and (p.sentence < sent or sent == 0)  # a headline: its lead
                and not _names_someone(ctx, p)
                and not _stands_for_government(ctx, p)
                and (source is None or not source.start <= p.start < source.end)
            ),
            None,
        )
    if best is None and source is not None and target is not None:
        best = _domestic_place(ctx, hit, source, target)
    return best


def _domestic_place(
    ctx: EventContext, hit: TriggerHit, source: ActorMention, target: ActorMention
) -> PlaceMention | None:
    home = country_of(source.code)
    if not home or home != country_of(target.code):
        return None
    sent = ctx.text.tokens[hit.start].sentence
    near = [
        p
        for p in ctx.places
        if sent - 2 <= p.sentence <= sent and p.feature == "country" and p.country == home
    ]
    at = ctx.text.tokens[hit.start].start
    return min(near, key=lambda p: (sent - p.sentence, abs(p.start - at)), default=None)


def _stands_for_government(ctx: EventContext, p: PlaceMention) -> bool:
    """A capital read as an actor and not introduced as a location (كمحاولة من قبل موسكو);
    the object of a visit (زار موسكو) stays a place."""
    return (
        p.feature == "city"
        and not p.rule.endswith(" cue")
        and token_at(ctx, p.start) not in ctx.visits
        and any(
            a.start <= p.start and p.end <= a.end and a.kind == "country" and len(a.code) == 3
            for a in ctx.actors
            if a.sentence == p.sentence
        )
    )


def _names_someone(ctx: EventContext, p: PlaceMention) -> bool:
    """A country inside a longer actor mention gives someone's nationality, not a location
    (مبعوث إسرائيل، دبلوماسيا بريطانيا، متمردين موالين لروسيا)."""
    return p.feature == "country" and any(
        a.start <= p.start and p.end <= a.end and a.end - a.start > p.end - p.start + a.clitic + 1
        for a in ctx.actors
        if a.sentence == p.sentence
    )


def coordinated_places(ctx: EventContext, place: PlaceMention) -> list[PlaceMention]:
    """Places joined to ``place`` by و or a comma (في البصرة وذي قار والحلة): the same kind of
    act in each of them is one record per place."""
    tokens = ctx.text.tokens
    coords = function_words(ctx.doc.lang or "ar").coords | {"،", ","}
    out: list[PlaceMention] = []
    last_end = token_at(ctx, max(place.end - 1, place.start)) + 1
    for p in ctx.places:
        if p.start < place.end or p.sentence != place.sentence:
            continue
        first = token_at(ctx, p.start)
        gap = tokens[last_end:first]
        # والحلة: a conjunction proclitic (the name starts after it; واشنطن starts with its و)
        joined = p.start > tokens[first].start and tokens[first].norm[:1] in coords
        unknown = len(gap) <= 3 and bool(gap) and gap[0].norm[:1] in coords  # وذي قار والحلة
        if not (joined and (not gap or unknown)) and not (len(gap) == 1 and gap[0].norm in coords):
            break
        if p.feature == "country":
            break
        out.append(p)
        last_end = token_at(ctx, max(p.end - 1, p.start)) + 1
    return out

