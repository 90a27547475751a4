"""The rules: every number, deadline and eligibility rule is one function of the facts
(kimdocs.facts), found by its rule name in one registry, with the guideline settings it reads
(kimdocs.rules.registry). Importing this package registers them all; `load_guideline` reads a
guideline and binds it to them: every rule of the data has its implementation, and every
setting an implementation reads has its place in the guideline — the one place a guideline
is refused for a rule."""

from __future__ import annotations

from pathlib import Path

from kimdocs.errors import GuidelineError
from kimdocs.guideline import DEFAULT_GUIDELINE, Richtlinie, read_guideline

# the rule groups register themselves on import (kimdocs.rules.registry.implements)
from kimdocs.rules import (  # noqa: F401
    belehrung,
    budget,
    cross,
    deadlines,
    eligibility,
    erklaerungen,
    money,
    staff,
    verwendung,
)
from kimdocs.rules.registry import REGISTRY, Pruefung, not_set, unknown, unset

__all__ = ["CONTENT", "REGISTRY", "bind", "load_guideline", "rule", "unset"]

# Section rules whose content is judged too, once the part is found:
# (document, block of the part, richtlinie) -> why the part says the wrong thing, or None.
CONTENT = {
    "bescheid-rechtsbehelfsbelehrung": belehrung.problem,
    "antrag-erklaerungen": erklaerungen.unticked,  # a declaration's box left empty
    "verwendungsnachweis-bestaetigung-teil": erklaerungen.unticked,
}


def rule(name: str) -> Pruefung | None:
    """The implementation of a rule name: call it with (fakten, regel, richtlinie) for the
    Befund; a setting the guideline leaves empty makes it *nicht prüfbar* with the reason."""
    return REGISTRY.get(name)


def bind(richtlinie: Richtlinie, path: str | Path | None = None) -> Richtlinie:
    """The guideline, checked against the implementations: every rule that is not a section
    rule needs one; every setting it reads must have a place in the guideline (a parameter
    of the guideline, or in the rule's own `parameter:`), and every own setting of a rule must
    be read by its implementation (a misspelt name would otherwise be silently ignored)."""
    missing = [f"{r.code} „{r.name}“" for r in richtlinie.regeln
               if r.art != "abschnitt" and r.name not in REGISTRY]
    if missing:
        raise GuidelineError(
            f"Richtlinie {richtlinie.id}: für die Regel {', '.join(missing)} gibt es keine "
            f"Prüfung (Regelname falsch geschrieben? bekannt: {', '.join(sorted(REGISTRY))})",
            path=path)
    problems = []
    for regel in richtlinie.regeln:
        p = REGISTRY.get(regel.name)
        if p is None:
            if regel.parameter:
                problems.append(f"Richtlinie {richtlinie.id}, Regel {regel.code}: eine "
                                "Abschnittsregel hat keine eigenen Parameter "
                                f"({', '.join(regel.parameter)})")
            continue
        names = unknown(p, regel)
        if names:  # not even null: the entry lacks the setting (the guideline's own are
            # Pflichtfelder of its schema, so this is a rule's own setting)
            problems.append(not_set(richtlinie, [f"„{n}“" for n in names]) + (
                f", den die Regel {regel.code} „{regel.name}“ liest (in ihrem Eintrag unter "
                "parameter: angeben)"))
        unread = sorted(set(regel.parameter) - p.settings)
        if unread:
            problems.append(f"Richtlinie {richtlinie.id}, Regel {regel.code}: parameter "
                            f"{', '.join(unread)} liest ihre Prüfung nicht (sie liest: "
                            f"{', '.join(sorted(p.settings)) or 'nichts'})")
    if problems:
        raise GuidelineError("; ".join(problems), path=path)
    return richtlinie


def load_guideline(name_or_path: str | Path = DEFAULT_GUIDELINE) -> Richtlinie:
    """Load a guideline by shipped id (`kim-rlp-2025`) or by file path, bound to the rules."""
    return bind(read_guideline(name_or_path), name_or_path)
