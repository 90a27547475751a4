"""One registry of rule implementations, keyed by the rule name of the guideline data.

A rule function takes the facts, its Regel and the Richtlinie and returns a Befund. The
calculator (data) and the checker (documents) both dispatch through `REGISTRY`; a guideline
whose rule has no implementation fails to load (`validate`).
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import GuidelineError

REGISTRY: dict[str, Callable] = {}


def implements(*names: str):
    def register(function: Callable) -> Callable:
        for name in names:
            REGISTRY[name] = function
        return function
    return register


def _load_modules() -> None:
    from . import budget, cross, deadlines, eligibility, money, staff  # noqa: F401


def rule(name: str) -> Callable | None:
    _load_modules()
    return REGISTRY.get(name)


def validate(richtlinie, path=None) -> None:
    """Every rule that is not a section rule needs an implementation."""
    _load_modules()
    missing = [f"{r.code} „{r.name}“" for r in richtlinie.regeln
               if r.art != "abschnitt" and r.name not in REGISTRY]
    if missing:
        raise GuidelineError(
            f"Richtlinie {richtlinie.id}: für die Regel {', '.join(missing)} gibt es keine "
            f"Prüfung (Regelname falsch geschrieben? bekannt: {', '.join(sorted(REGISTRY))})",
            path=path)
