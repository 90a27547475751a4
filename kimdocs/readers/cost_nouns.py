"""The cost noun that names an amount from after it: "60 T€ Personalkostenzuschuss und 18 T€
Sachkosten", "15.000,00 € Personal- und 5.000,00 € Sachkosten", and after "auf"/"für":
"entfallen 60.000 EUR auf Personal- und 20.000 EUR auf Sachausgaben" (issue 19, probe: the
label stands after the amount, not before the next one)."""

from __future__ import annotations

import re

_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:(?:auf|für)\s+(?:die\s+|den\s+|das\s+)?)?"
                         r"([A-ZÄÖÜ][\w\-]*)(?=[\s,.;:)]|$)")
_COST_NOUN = re.compile(r"personal|sach|eigen|gemeinkost|overhead|zuschuss|zuwendung|zuweisung|"
                        r"kosten|ausgaben|mittel", re.IGNORECASE)


def noun_after(text: str, end: int) -> tuple[str, int]:
    """The cost noun directly after a money figure ending at `end` and where it ends, or
    ("", end)."""
    m = _NOUN_AFTER.match(text, end)
    return (m.group(1), m.end()) if m and _COST_NOUN.search(m.group(1)) else ("", end)
