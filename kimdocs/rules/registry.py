"""The registry every rule implementation registers in, keyed by the rule name of the
guideline data. A rule function takes the facts, its Regel and the Richtlinie and returns a
Befund. This module knows no rule: the rule modules import it (`implements`), and
kimdocs.rules imports the rule modules, so the registry is full once kimdocs.rules is."""

from __future__ import annotations

from collections.abc import Callable

REGISTRY: dict[str, Callable] = {}


def implements(*names: str):
    def register(function: Callable) -> Callable:
        for name in names:
            REGISTRY[name] = function
        return function
    return register
