"""KIM-105 on a share read once from the lines of two persons (issue 19, blind32): "Fr. N.
Haddad – 0,5 VZÄ" and "Hr. P. Wirtz – 0,5 VZÄ" gave one part of 0,5 VZÄ. The cap with the
share once is sure, once per person the most it can be: between the two the rule is nicht
prüfbar, above the higher one verletzt, at or below the lower one erfüllt – never a Fehler
from the reading that counts the share once. (Facts built by hand: the staff reading may
learn to read both persons, and this rule must hold either way.)"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kimdocs.facts import Betrag, Fakten, Stellenanteil
from kimdocs.facts.model import Zeitraum
from kimdocs.findings import Fundstelle
from kimdocs.guideline import read_guideline
from kimdocs.rules.limits import judge_limit
from kimdocs.rules.money import personnel

RICHTLINIE = read_guideline("kim-rlp-2025")
REGEL = next(r for r in RICHTLINIE.regeln if r.code == "KIM-105")
LINES = ["Fr. N. Haddad – 0,5 VZÄ – ab 01.01.26", "Hr. P. Wirtz – 0,5 VZÄ – ab 01.01.26"]


def facts(pk: str, lines: list[str]) -> Fakten:
    share = Stellenanteil("Stelle", Decimal("0.5"), fundstellen=[
        Fundstelle(1, text, block=k + 3) for k, text in enumerate(lines)])
    return Fakten("antrag", stellen=[share],
                  zeitraeume=[Zeitraum("foerder", date(2026, 1, 1), date(2026, 12, 31))],
                  betraege=[Betrag(Decimal(pk), "personal", "beantragt", 2026, "PK")])


@pytest.mark.parametrize(("pk", "lines", "status"), [
    ("60000", LINES, "nicht_pruefbar"),    # within the cap of 1,0, over the cap of 0,5
    ("70000", LINES, "verletzt"),          # over the cap in either reading
    ("30000", LINES, "erfuellt"),          # within the cap in either reading
    ("60000", LINES[:1] * 2, "verletzt"),  # one person's line said twice: the share once
])
def test_share_of_two_persons_read_once(pk, lines, status):
    befund = judge_limit(facts(pk, lines), REGEL, RICHTLINIE, "personalkosten", personnel)
    assert befund.status == status, befund.meldung
    if status == "nicht_pruefbar":
        assert "N. Haddad, P. Wirtz" in befund.meldung
