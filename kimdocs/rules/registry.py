"""The registry every rule implementation registers in, keyed by the rule name of the
guideline data, with the guideline settings the rule reads.

A rule is registered with `implements(name, liest=…)`, as sqlfluff's rules declare their
`config_keywords`: the settings it reads are named where it is implemented, and it can read no
other (its Richtlinie's `parameter` then holds just those). A setting is a field of the
guideline's `parameter:` or one of the rule's OWN settings, in the `parameter:` mapping of its
entry in the guideline. Two kinds of implementation:

- a judge `(fakten, regel, richtlinie) -> Befund`;
- a limit `(fakten, regel, richtlinie, jahr, zeile) -> Decimal | None` (`begrenzt=` names the
  line, "personalkosten" or "sachkosten"): the most that may be granted on that line in that
  Haushaltsjahr; its Befund is the line's amounts judged against it (kimdocs.rules.limits).
  The calculator grants the least of request, spending and every rule's limit.

A judge may also give a limit (`limit(name, grund=…)`, e.g. KIM-107: the Sachkosten without
the overhead items). A setting the guideline leaves empty (null) makes the rule *nicht
prüfbar* with the one message built here, `unset`; a setting it does not name at all refuses
the guideline when it is bound (kimdocs.rules.bind). This module knows no rule: the rule
modules import it, and kimdocs.rules imports the rule modules, so the registry is full once
kimdocs.rules is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from kimdocs.findings import Befund
from kimdocs.guideline import Parameter, Regel, Richtlinie
from kimdocs.rules.limits import judge_limit

LINES = ("personalkosten", "sachkosten")
GUIDELINE_SETTINGS = frozenset(Parameter.model_fields)

# A setting in `liest` may be a tuple of alternatives: at least one of them must be set.
Setting = str | tuple[str, ...]


class UndeclaredSetting(LookupError):
    """A rule read a setting it does not declare: a programming error, not user input."""


@dataclass(frozen=True)
class Pruefung:
    """One rule implementation: what it reads and how it judges (and limits)."""

    name: str
    judge: Callable[..., Befund]
    liest: tuple[Setting, ...] = ()
    wenn_gesetzt: tuple[str, ...] = ()  # read where the guideline sets them; null is fine
    grenze: Callable[..., Decimal | None] | None = None
    grund: str = "hoechstbetrag"  # Kuerzung.grund when this rule's limit cuts a line

    @property
    def settings(self) -> frozenset[str]:
        names = [n for s in self.liest for n in ((s,) if isinstance(s, str) else s)]
        return frozenset((*names, *self.wenn_gesetzt))

    def __call__(self, fakten: Any, regel: Regel, r: Richtlinie) -> Befund:
        why, seen = _bound(self, regel, r)
        if why:
            return Befund.of(regel, "nicht_pruefbar", f"{why}; die Regel kann nicht geprüft werden.")
        return doubtful(self.judge(fakten, regel, seen))

    def limit(self, fakten: Any, regel: Regel, r: Richtlinie, jahr: int,
              zeile: str) -> Decimal | None:
        """This rule's limit of one line in one Haushaltsjahr (unrounded); None: it sets
        none. The caller asks `unset` first (a limit needs its settings)."""
        if self.grenze is None:
            return None
        return self.grenze(fakten, regel, _bound(self, regel, r)[1], jahr, zeile)


REGISTRY: dict[str, Pruefung] = {}

UNSICHER = ("{zweifel} – so gelesen wäre die Regel verletzt ({meldung}), doch die "
            "Texterkennung ist sich an dieser Stelle nicht sicher; bitte die Zahl am Original "
            "prüfen.")


def doubtful(befund: Befund) -> Befund:
    """A rule never calls a document defective on a figure that OCR read without certainty
    (Fundstelle.unsicher, kimdocs.facts.context): *verletzt* becomes *nicht prüfbar*, with
    the reading quoted. The one place for every rule (issue 18)."""
    if befund.status != "verletzt":
        return befund
    doubts = list(dict.fromkeys(f.unsicher for f in befund.fundstellen if f.unsicher))
    if not doubts:
        return befund
    meldung = befund.meldung.rstrip(".")
    return replace(befund, status="nicht_pruefbar",
                   meldung=UNSICHER.format(zweifel="; ".join(doubts), meldung=meldung))


def implements(*names: str, liest: Iterable[Setting] = (), wenn_gesetzt: Iterable[str] = (),
               begrenzt: str | None = None):
    """Register a judge, or with `begrenzt` a limit of that line (its Befund then judges the
    line's amounts against it)."""
    if begrenzt is not None and begrenzt not in LINES:
        raise ValueError(f"begrenzt={begrenzt!r}: erlaubt sind {', '.join(LINES)}")

    def register(function: Callable) -> Callable:
        for name in names:
            if begrenzt is None:
                REGISTRY[name] = Pruefung(name, function, tuple(liest), tuple(wenn_gesetzt))
            else:
                REGISTRY[name] = Pruefung(
                    name, _judge_line(function, begrenzt), tuple(liest), tuple(wenn_gesetzt),
                    _only_line(function, begrenzt))
        return function
    return register


def limit(name: str, *, grund: str):
    """Give an implemented judge a limit as well (`grund`: why it cuts, for Kuerzung)."""
    def register(function: Callable) -> Callable:
        p = REGISTRY[name]
        REGISTRY[name] = Pruefung(p.name, p.judge, p.liest, p.wenn_gesetzt, function, grund)
        return function
    return register


def _judge_line(grenze: Callable, zeile: str) -> Callable[..., Befund]:
    def judge(fakten, regel: Regel, r: Richtlinie) -> Befund:
        return judge_limit(fakten, regel, r, zeile, grenze)
    return judge


def _only_line(grenze: Callable, zeile: str) -> Callable[..., Decimal | None]:
    def of_line(fakten, regel: Regel, r: Richtlinie, jahr: int, asked: str) -> Decimal | None:
        return grenze(fakten, regel, r, jahr, asked) if asked == zeile else None
    return of_line


# --- the settings a rule reads ------------------------------------------------------------

def value(name: str, regel: Regel, r: Richtlinie) -> Any:
    """A setting: the rule's own (its entry's `parameter:`), else the guideline's."""
    if name in regel.parameter:
        return regel.parameter[name]
    return getattr(r.parameter, name)


def unknown(p: Pruefung, regel: Regel) -> list[str]:
    """Settings the implementation reads that the guideline has no place for: neither a
    guideline parameter nor in the rule's own `parameter:`."""
    return sorted(n for n in p.settings
                  if n not in GUIDELINE_SETTINGS and n not in regel.parameter)


def unset(p: Pruefung, regel: Regel, r: Richtlinie) -> str | None:
    """Why the rule cannot be judged (or limit) under this guideline: the settings it needs
    that the guideline leaves empty (null), with the guideline's note on them — „Die
    Richtlinie … legt … nicht fest (…)“, the one place this is said; None when it can."""
    def empty(n: str) -> bool:
        known = n in GUIDELINE_SETTINGS or n in regel.parameter
        return not known or value(n, regel, r) is None

    singles, groups, notes = [], [], []
    for setting in p.liest:
        group = (setting,) if isinstance(setting, str) else setting
        if all(empty(n) for n in group):
            names = [f"„{n}“" for n in group]
            if len(names) == 1:
                singles += names
            else:
                groups.append("weder " + ", ".join(names[:-1]) + " noch " + names[-1])
            notes += [r.parameter.hinweise[n] for n in group if n in r.parameter.hinweise]
    singles += [f"„{n}“" for n in unknown(p, regel) if n in p.wenn_gesetzt]
    if not singles and not groups:
        return None
    return not_set(r, singles, groups, notes)


def not_set(r: Richtlinie, names: list[str], alternatives: list[str] = (),
            notes: list[str] = ()) -> str:
    """„Die Richtlinie … legt … nicht fest“: the words for settings a guideline lacks."""
    what = " und ".join(([f"{' und '.join(names)} nicht"] if names else []) + list(alternatives))
    note = f" ({' '.join(notes)})" if notes else ""
    return f"Die Richtlinie {r.id} legt {what} fest{note}"


class _Settings:
    """The guideline's `parameter` as one rule sees it: the settings it declares (its own
    first), and the notes (`hinweise`); any other name is an UndeclaredSetting."""

    __slots__ = ("_allowed", "_name", "_own", "_parameter")

    def __init__(self, p: Pruefung, regel: Regel, parameter: Parameter):
        self._name, self._allowed = p.name, p.settings
        self._own, self._parameter = regel.parameter, parameter

    def __getattr__(self, name: str) -> Any:
        if name == "hinweise":
            return self._parameter.hinweise
        if name not in self._allowed:
            raise UndeclaredSetting(
                f"Prüfung „{self._name}“ liest „{name}“, ohne es zu erklären "
                f"(implements(…, liest=…): {', '.join(sorted(self._allowed)) or 'nichts'})")
        if name in self._own:
            return self._own[name]
        return getattr(self._parameter, name)


# (rule, entry, guideline) -> (them, why unset, the view): a check of many documents asks
# the same rules of the same guideline; the objects are held, so their ids stay their own
_BOUND: dict[tuple[int, int, int], tuple[tuple, str | None, Richtlinie]] = {}


def _bound(p: Pruefung, regel: Regel, r: Richtlinie) -> tuple[str | None, Richtlinie]:
    key = (id(p), id(regel), id(r))
    hit = _BOUND.get(key)
    if hit is None or any(a is not b for a, b in zip(hit[0], (p, regel, r), strict=True)):
        if len(_BOUND) > 1024:
            _BOUND.clear()
        hit = _BOUND[key] = ((p, regel, r), unset(p, regel, r), view(p, regel, r))
    return hit[1], hit[2]


def view(p: Pruefung, regel: Regel, r: Richtlinie) -> Richtlinie:
    """The guideline as this rule may read it (update values are not validated: the view
    stands where the Parameter stood)."""
    return r.model_copy(update={"parameter": _Settings(p, regel, r.parameter)})
