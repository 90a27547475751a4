"""The guideline's limits as plain comparisons.

The calculator judges an Antrag's data, the checker the figures it read from a document:
both hand their values to these functions, so the same rule is decided and worded alike
wherever it is applied. Each returns (status, German message).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from .formatting import format_date, format_vzae
from .guideline import Richtlinie

Outcome = tuple[str, str]  # (erfuellt | verletzt | nicht_pruefbar, Meldung)


def vzae_total(total: Decimal, r: Richtlinie) -> Outcome:
    """KIM-103: all funded parts together at most the guideline's maximum."""
    maximum = r.parameter.vzae_hoechstens
    if maximum is None:
        return "nicht_pruefbar", "Die Richtlinie legt keinen Höchstwert fest."
    if total <= maximum:
        return "erfuellt", f"Zusammen {format_vzae(total)} (höchstens {format_vzae(maximum)})."
    return "verletzt", (f"Zusammen {format_vzae(total)}; gefördert werden höchstens "
                        f"{format_vzae(maximum)} je Kommune.")


def vzae_parts(parts: list[tuple[str, Decimal]], r: Richtlinie) -> tuple[str, str, list[int]]:
    """KIM-104: no part below the minimum. `parts` are (what, VZÄ); also returns the
    indexes of the parts that are too small."""
    minimum = r.parameter.vzae_mindestanteil
    if minimum is None:
        return "nicht_pruefbar", "Die Richtlinie legt keinen Mindestanteil fest.", []
    small = [i for i, (_, value) in enumerate(parts) if value < minimum]
    if not small:
        return "erfuellt", f"Jeder Stellenanteil beträgt mindestens {format_vzae(minimum)}.", []
    names = ", ".join(f"{parts[i][0]} mit {format_vzae(parts[i][1])}" for i in small)
    text = f"Stellenanteil unter dem Mindestanteil von {format_vzae(minimum)}: {names}."
    return "verletzt", text, small


def application_date(datum: date, r: Richtlinie) -> Outcome:
    """KIM-111: the Antrag is dated between programme start and the end of the deadline."""
    start, end = r.parameter.programm_beginn, r.parameter.antragsfrist_ende
    if start is None and end is None:
        return "nicht_pruefbar", "Die Richtlinie legt keine Antragsfrist fest."
    if start and datum < start:
        return "verletzt", (f"Antrag vom {format_date(datum)} liegt vor dem Programmbeginn "
                            f"({format_date(start)}).")
    if end and datum > end:
        return "verletzt", (f"Antrag vom {format_date(datum)} liegt nach dem Ende der "
                            f"Antragsfrist ({format_date(end)}).")
    return "erfuellt", f"Antrag vom {format_date(datum)} innerhalb der Antragsfrist."
