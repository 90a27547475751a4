"""The rules: every number, deadline and eligibility rule is one function of the facts
(kimdocs.facts), found by its rule name in one registry. Importing this package registers
them all; `load_guideline` reads a guideline and binds it to them (every rule of the data
has its implementation), the one place a guideline is refused for a rule."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kimdocs.errors import GuidelineError
from kimdocs.guideline import DEFAULT_GUIDELINE, Richtlinie, read_guideline

# the rule groups register themselves on import (kimdocs.rules.registry.implements)
from kimdocs.rules import belehrung, budget, cross, deadlines, eligibility, money, staff  # noqa: F401
from kimdocs.rules.registry import REGISTRY

__all__ = ["REGISTRY", "bind", "load_guideline", "rule"]


def rule(name: str) -> Callable | None:
    return REGISTRY.get(name)


def bind(richtlinie: Richtlinie, path: str | Path | None = None) -> Richtlinie:
    """The guideline, checked against the implementations: every rule that is not a section
    rule needs one."""
    missing = [f"{r.code} „{r.name}“" for r in richtlinie.regeln
               if r.art != "abschnitt" and r.name not in REGISTRY]
    if missing:
        raise GuidelineError(
            f"Richtlinie {richtlinie.id}: für die Regel {', '.join(missing)} gibt es keine "
            f"Prüfung (Regelname falsch geschrieben? bekannt: {', '.join(sorted(REGISTRY))})",
            path=path)
    return richtlinie


def load_guideline(name_or_path: str | Path = DEFAULT_GUIDELINE) -> Richtlinie:
    """Load a guideline by shipped id (`kim-rlp-2025`) or by file path, bound to the rules."""
    return bind(read_guideline(name_or_path), name_or_path)
