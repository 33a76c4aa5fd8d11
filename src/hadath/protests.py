"""Protests: who protests (civilians, opposition, workers, students), against whom, and when
clashes between protesters and police are violent protest (CAMEO 145)."""

from __future__ import annotations

from dataclasses import replace

from hadath.arguments import STATE_SECTORS, Arguments
from hadath.records import ActorMention
from hadath.triggers import TriggerHit

PROTESTERS = frozenset({"CVL", "OPP", "LAB", "EDU"})
PROTEST_TARGET_RULES = ("target:between",)  # besides the entry's own markers


def protester(a: ActorMention | None) -> bool:
    """Who protests: civilians, opposition, workers, students (a bare people counts)."""
    return a is not None and (len(a.code) == 3 or a.code[3:6] not in STATE_SECTORS)


def protest_source(
    args: Arguments, by_sentence: dict[int, list[ActorMention]], sent: int
) -> Arguments:
    """A protest whose found source is the state: the protesters named nearest before it (this
    sentence, then the two before), else no record."""
    for s in range(sent, sent - 3, -1):
        people = [a for a in by_sentence.get(s, ()) if protester(a) and a.code[3:6]]
        if people:
            return replace(args, source=people[-1], rules=(*args.rules, "source:protesters"))
    return replace(args, source=None)


def protest_target(hit: TriggerHit, args: Arguments, against: frozenset[str]) -> Arguments:
    """A protest is against whom its words say (احتجاجا على، ضد); a bare actor after it is
    what it carries or where it happens, no target."""
    if hit.entry.cameo[:2] != "14" or args.target is None:
        return args
    preps = {m for m in hit.entry.targets if m != "obj"} | against
    if hit.entry.form.split()[-1] in against:
        preps.add("obj")  # احتجاجا علي + its object
    marked = {f"target:{m}" for m in preps} | {f"target:after-{m}" for m in preps}
    if any(r in marked or r in PROTEST_TARGET_RULES for r in args.rules):
        return args
    return replace(args, target=None, co_targets=(), rules=(*args.rules, "target:dropped"))


REPRESSION = "175"  # security forces firing on protesters (GUIDELINES §5)


def protest_clash(hit: TriggerHit, args: Arguments) -> tuple[TriggerHit, Arguments]:
    """Protesters are the source of a protest; clashes between protesters and police are
    violent protest (CAMEO 145), the protesters its source."""
    if hit.entry.cameo[:2] == "14" and args.source is not None and args.target is not None:
        if args.target.code[3:] in PROTESTERS and args.source.code[3:] not in PROTESTERS:
            # the protesters protest (against the authorities named with them)
            args = replace(
                args, source=args.target, target=args.source, rules=(*args.rules, "swap:protesters")
            )
        return hit, args
    if hit.entry.cameo[:2] != "19" or args.source is None or args.target is None:
        return hit, args
    sides = (args.source.code[3:], args.target.code[3:])
    if sides == ("COP", "CVL") and "source:by" in args.rules:
        # تعرض المتظاهرون لإطلاق نار من قبل قوات الأمن: one side fired, repression (175)
        args = replace(args, rules=(*args.rules, "recode:175"))
        return replace(hit, entry=replace(hit.entry, cameo=REPRESSION)), args
    if sides == ("COP", "CVL"):
        args = replace(args, source=args.target, target=args.source)
    elif sides != ("CVL", "COP"):
        return hit, args
    args = replace(args, rules=(*args.rules, "recode:145"))
    return replace(hit, entry=replace(hit.entry, cameo="145")), args
