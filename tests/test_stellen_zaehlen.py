"""KIM-103 gives a Fehler only where the parts over the maximum are posts the document shows
as such (issue 19): a share told without a holder, a table row or a count of posts may repeat
another part of its passage or tell a change of its extent – then the sum is *nicht prüfbar*,
never a guessed Fehler. The parts here are as the reader gives them (kimdocs.facts.staff)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kimdocs.facts import Fakten, Stellenanteil
from kimdocs.findings import Fundstelle
from kimdocs.guideline import read_guideline
from kimdocs.rules.staff import concurrent_posts, vzae_max

RICHTLINIE = read_guideline("kim-rlp-2025")
REGEL = next(r for r in RICHTLINIE.regeln if r.code == "KIM-103")


def part(wer: str, vzae: str, text: str, block: int, zelle=None, beginn=None, ende=None):
    return Stellenanteil(wer, Decimal(vzae), beginn, ende,
                         [Fundstelle(1, text, block=block, zelle=zelle)])


CHANGE = "Bis zum 30.06.2026 arbeite mit einer halben Stelle (0,5 VZÄ), seit Juli in Vollzeit."
CASES = {
    # one passage, two shares, no holder: a change of extent (or a repeat) – at most 1,0
    "ein-absatz-ohne-halter": ([part("Stelle", "0.5", CHANGE, 3), part("Stelle", "1", CHANGE, 3)],
                               "nicht_pruefbar", "1,0"),
    # the writer's own post said twice ("in Vollzeit mit 39 Std./Woche (1,0 VZÄ)")
    "ich-zweimal": ([part("Stelle", "1", "Ich arbeite in Vollzeit (1,0 VZÄ).", 2),
                     part("Stelle", "1.0", "Ich arbeite in Vollzeit (1,0 VZÄ).", 2)],
                    "nicht_pruefbar", "1,0"),
    # a share without holder beside a named one in the same passage: maybe hers again
    "neben-genannter": ([part("Frau Eva Roth", "0.5", "Frau Eva Roth arbeitet mit 19,5 Std.; "
                              "seit 01.09. mit 15 Std.", 4),
                         part("Herr Tim Kohl", "0.5", "Herr Tim Kohl ist ganzjährig tätig.", 5),
                         part("Stelle", "0.3846", "Frau Eva Roth arbeitet mit 19,5 Std.; "
                              "seit 01.09. mit 15 Std.", 4)],
                        "nicht_pruefbar", "1,0"),
    # two named holders: posts of their own
    "zwei-namen": ([part("Frau Eva Roth", "1", "Frau Eva Roth (1,0 VZÄ)", 4),
                    part("Herr Tim Kohl", "0.5", "Herr Tim Kohl (0,5 VZÄ)", 5)], "verletzt", "1,5"),
    # two rows of a table
    "zwei-zeilen": ([part("Stelle", "1", "1,0", 6, (1, 2)), part("Stelle", "0.5", "0,5", 6, (2, 2))],
                    "verletzt", "1,5"),
    # a passage that counts its posts
    "gezaehlt": ([part("Stelle", "1", "mit zwei Stellen besetzt: eine mit 1,0 VZÄ und eine mit "
                       "0,5 VZÄ", 7),
                  part("Stelle", "0.5", "mit zwei Stellen besetzt: eine mit 1,0 VZÄ und eine mit "
                       "0,5 VZÄ", 7)], "verletzt", "1,5"),
    # a share in a passage of its own beside a named holder's: a post told in its own words
    "eigener-absatz": ([part("Stelle", "1", "Die Stelle wird mit einer Vollzeitkraft besetzt.", 2),
                        part("Herr Tom Wirth", "0.5", "Zusätzlich Herr Tom Wirth mit 0,5 VZÄ.", 3)],
                       "verletzt", "1,5"),
    # "Frau A. …, Herr B. …": two people named in one passage, two shares
    "initialen": ([part("Stelle", "1", "Frau A. arbeitet mit 39 Std., Herr B. mit 7,8 Std.", 1),
                   part("Stelle", "0.2", "Frau A. arbeitet mit 39 Std., Herr B. mit 7,8 Std.", 1)],
                  "verletzt", "1,2"),
    # the same holder twice at the same time counts once; one after another each in turn
    "dieselbe-person": ([part("Frau Eva Roth", "1", "Frau Eva Roth (1,0 VZÄ)", 1),
                         part("Frau Roth", "0.75", "Frau Roth mit 0,75 VZÄ", 8)],
                        "nicht_pruefbar", "1,0"),
}


@pytest.mark.parametrize("name", CASES)
def test_kim103_counts_only_posts_shown(name):
    parts, status, figure = CASES[name]
    befund = vzae_max(Fakten("jahresbericht", stellen=parts), REGEL, RICHTLINIE)
    assert befund.status == status, befund.meldung
    assert figure in befund.meldung


def test_stated_total_over_the_maximum_confirms_the_sum():
    parts = CASES["ein-absatz-ohne-halter"][0]
    befund = vzae_max(Fakten("antrag", stellen=parts, stellen_gesamt=Decimal("1.5")),
                      REGEL, RICHTLINIE)
    assert befund.status == "verletzt", befund.meldung


def test_a_holder_raised_in_time_counts_at_each_moment():
    parts = [part("Frau Eva Thielen", "0.5", "Frau Eva Thielen 0,5", 1),
             part("Herr Mario Hoffmann", "0.5", "Herr Mario Hoffmann 0,5", 2,
                  beginn=date(2026, 1, 1), ende=date(2026, 8, 31)),
             part("Herr Mario Hoffmann (nach Aufstockung)", "0.75", "ab 01.09. 0,75", 3,
                  beginn=date(2026, 9, 1), ende=date(2026, 12, 31))]
    assert concurrent_posts(parts) == Decimal("1.25")
