"""Status of an event (occurred, announced, negated, ...) and who reported it."""

from __future__ import annotations

from collections.abc import Sequence

from hadath.matcher import Match
from hadath.records import ActorMention, Token
from hadath.triggers import StatusCue, TriggerHit

FUTURE_CLITICS = ("س", "وس", "فس")


def event_status(hit: TriggerHit, tokens: Sequence[Token], cues: Sequence[Match[StatusCue]]) -> str:
    """The status set by the nearest cue within its scope (words before the trigger, or after
    it for a negative scope), or by a future prefix on the trigger; ``occurred`` otherwise."""
    if hit.clitic and tokens[hit.start].norm[: hit.clitic] in FUTURE_CLITICS:
        return "announced_future"
    sent = tokens[hit.start].sentence
    best: tuple[int, str] | None = None
    for m in cues:
        if tokens[m.start].sentence != sent:
            continue
        if m.value.scope < 0:  # a cue after the trigger: الهجوم المزعوم
            if m.start < hit.end:
                continue
            words = sum(1 for t in tokens[hit.end : m.start] if t.is_word)
            reach = -m.value.scope
        else:
            if m.end > hit.start:
                continue
            words = sum(1 for t in tokens[m.end : hit.start] if t.is_word)
            reach = m.value.scope
        if words < reach and (best is None or words < best[0]):
            best = (words, m.value.status)
    return best[1] if best else "occurred"


def attribution(
    hit: TriggerHit,
    tokens: Sequence[Token],
    speech: Sequence[Match[str]],
    actors: Sequence[ActorMention],
) -> ActorMention | None:
    """The speaker of a reporting verb before the trigger in its sentence (قال، أعلن، أكد...):
    the actor right after the verb, else the nearest before it."""
    sent = tokens[hit.start].sentence
    verbs = [m for m in speech if m.end <= hit.start and tokens[m.start].sentence == sent]
    if not verbs:
        return None
    verb = verbs[-1]
    after = [a for a in actors if verb.end <= a.first_token < hit.start]
    if after and sum(1 for t in tokens[verb.end : after[0].first_token] if t.is_word) <= 3:
        return after[0]
    before = [a for a in actors if a.last_token <= verb.start]
    return before[-1] if before else None
