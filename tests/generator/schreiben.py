"""A case written as an Antrag outline in randomly chosen notations and layouts.

The outline is the corpus builder's format (tests/korpus/bauen.py: titel, h1, p, tabelle,
formular, briefkopf, …), so every producer of the corpus can write it. What was chosen is
returned beside it (`Choices`), so a failure names its notation and layout and can be shrunk
to the plainest choices that still fail.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal

from generator.fall import Case, Part

MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
WEEK = Decimal("39")  # the regular week of TVöD, stated in the document where hours are used
WEEK_40 = Decimal("40")  # a 40-hour week (civil servants), stated in the document ("std_40")


def _num(value: Decimal, places: int = 2) -> str:
    """German number: 60.000,00 (places=2), 60.000 (places=0)."""
    text = f"{value:,.{places}f}"
    return text.replace(",", "§").replace(".", ",").replace("§", ".")


def _share_text(value: Decimal) -> str:
    text = f"{value.normalize():f}".replace(".", ",")
    return text if "," in text else text + ",0"


# --- notations: each turns one fact into text; the first is the plainest ---------------------

def share(style: str, vzae: Decimal) -> str:
    hours = vzae * (WEEK_40 if style == "std_40" else WEEK)
    words = {Decimal("1.0"): "Vollzeit", Decimal("0.5"): "halbe Stelle"}
    return {
        "vzae": f"{_share_text(vzae)} VZÄ",
        "prozent": f"{_num(vzae * 100, 0)} %",
        "v_h": f"{_num(vzae * 100, 0)} v. H.",
        "std_woche": f"{_share_text(hours)} Std./Woche",
        "wochenstunden": f"{_share_text(hours)} Wochenstunden",
        "stellenanteil": f"Stellenanteil {_share_text(vzae)}",
        "worte": words.get(vzae, f"{_share_text(vzae)} VZÄ"),
        # issue 19 class 1: weekly hours without "/Woche", the regular week stated elsewhere
        # (std, std_40: a 40-hour week) or not at all (std_ohne_woche: the guideline's week)
        "std": f"{_share_text(hours)} Std.",
        "std_ohne_woche": f"{_share_text(hours)} Std.",
        "std_40": f"{_share_text(hours)} Std.",
        # class 1: a plain number under a "Wochenstunden" column (or label)
        "wochenstunden_spalte": _share_text(hours),
        # class 2: one share in two notations; a VZÄ figure inside the cost line's label
        "doppelnotation": f"{_share_text(vzae)} VZÄ ({words.get(vzae, _num(vzae * 100, 0) + ' %')}"
                          f", {_share_text(hours)} Std./Woche)",
        "kostenzeile": f"{_share_text(vzae)} VZÄ",
        # class 3: the shares in percent, an attached Stellenbeschreibung with task percentages
        "stellenbeschreibung": f"{_num(vzae * 100, 0)} %",
    }[style]


SHARE_STYLES = ("vzae", "prozent", "v_h", "std_woche", "wochenstunden", "stellenanteil", "worte",
                "std", "std_ohne_woche", "std_40", "wochenstunden_spalte", "doppelnotation",
                "kostenzeile", "stellenbeschreibung")
# the notations of issue 19 classes 1–3 (`lauf.py --schreibweise`)
STAFF_STYLES = ("std", "std_ohne_woche", "std_40", "wochenstunden_spalte", "doppelnotation",
                "kostenzeile", "stellenbeschreibung")


def amount(style: str, value: Decimal) -> str:
    return {
        "euro": f"{_num(value)} €",
        "eur_vorn": f"EUR {_num(value, 0)},-",
        "doppelstrich": f"{_num(value, 0)},-- €",
        "leerzeichen": f"{_num(value, 0).replace('.', ' ')} €",
        "eur_hinten": f"{_num(value)} EUR",
    }[style]


AMOUNT_STYLES = ("euro", "eur_vorn", "doppelstrich", "leerzeichen", "eur_hinten")


def day(style: str, d: date) -> str:
    return {
        "punkt": d.strftime("%d.%m.%Y"),
        "lang": f"{d.day}. {MONATE[d.month - 1]} {d.year}",
        "kurz": d.strftime("%d.%m.%y"),
        "ohne_null": f"{d.day}.{d.month}.{d.year}",
    }[style]


DATE_STYLES = ("punkt", "lang", "kurz", "ohne_null")
LAYOUTS = ("abschnitte", "formular", "prosa")
PRODUCERS = ("docx-formatvorlagen", "docx-fett", "lo-pdf", "lo-odt", "chromium-pdf")


@dataclass(frozen=True)
class Choices:
    layout: str = "abschnitte"
    producer: str = "docx-formatvorlagen"
    share: str = "vzae"
    amount: str = "euro"
    date: str = "punkt"

    def plainer(self):
        """Each choice set back to the plainest, one at a time (for shrinking a failure)."""
        plain = Choices()
        for f in fields(self):
            if getattr(self, f.name) != getattr(plain, f.name):
                yield replace(self, **{f.name: getattr(plain, f.name)})


def choose(rnd: random.Random) -> Choices:
    return Choices(rnd.choice(LAYOUTS), rnd.choice(PRODUCERS), rnd.choice(SHARE_STYLES),
                   rnd.choice(AMOUNT_STYLES), rnd.choice(DATE_STYLES))


# --- layouts --------------------------------------------------------------------------------

DECLARATIONS = ("Die antragstellende Kommune erklärt, dass für die beantragte Stelle keine "
                "weiteren Fördermittel beantragt oder bewilligt wurden (keine Doppelförderung) "
                "und dass mit der Maßnahme nicht vor der Bewilligung begonnen wurde.")
TASKS = ("Bestandsaufnahme der Integrationsangebote, Aufbau einer Steuerungsgruppe, Vernetzung "
         "mit Trägern und Nachbarkommunen, Öffentlichkeitsarbeit, Kooperation mit MFFKI und DBKI.")
CONCEPT = "Ein Integrationskonzept wird im ersten Förderjahr mit dem Beirat erarbeitet."


def _town(c: Case) -> str:
    return c.name.split(" ", 1)[1] if c.name.split(" ", 1)[0] in (
        "Stadt", "Landkreis", "Verbandsgemeinde", "Ortsgemeinde") else c.name


def _office(c: Case) -> str:
    kind = c.name.split(" ", 1)[0]
    return {"Stadt": "Stadtverwaltung", "Landkreis": "Kreisverwaltung",
            "Verbandsgemeinde": "Verbandsgemeindeverwaltung",
            "Ortsgemeinde": "Ortsgemeindeverwaltung"}.get(kind, "Kreisverwaltung") + " " + _town(c)


def _cost_label(c: Case, ch: Choices) -> str:
    """ " (2 × 0,5 VZÄ)" after "Personalkosten" for the style "kostenzeile" (class 2)."""
    if ch.share != "kostenzeile":
        return ""
    values = [share("vzae", p.vzae) for p in c.parts]
    if len(values) > 1 and len(set(values)) == 1:
        return f" ({len(values)} × {values[0]})"
    return f" ({' + '.join(values)})"


def _finance_rows(c: Case, ch: Choices) -> list[list[str]]:
    years = sorted(c.requested)
    rows = [["Position", *map(str, years)],
            [f"Beantragte Zuwendung Personalkosten{_cost_label(c, ch)}",
             *(amount(ch.amount, c.requested[y]["personal"]) for y in years)],
            ["Beantragte Zuwendung Sachkosten",
             *(amount(ch.amount, c.requested[y]["sach"]) for y in years)]]
    if c.overhead:
        first = years[0]
        rows.append([c.overhead[0], *(amount(ch.amount, c.overhead[1]) if y == first else "–"
                                      for y in years)])
    return rows


def _staff_rows(c: Case, ch: Choices) -> list[list[str]]:
    column = "Wochenstunden" if ch.share == "wochenstunden_spalte" else "Stellenumfang"
    return [["Person", column, "Entgeltgruppe", "Beginn"],
            *([p.person, share(ch.share, p.vzae), "E 11 TVöD", day(ch.date, c.beginn)]
              for p in c.parts)]


def _period(c: Case, ch: Choices) -> str:
    return (f"Beantragt wird die Förderung für den Zeitraum vom {day(ch.date, c.beginn)} bis "
            f"zum {day(ch.date, c.ende)}.")


WEEK_NOTES = (("Die regelmäßige wöchentliche Arbeitszeit einer Vollzeitkraft beträgt {h} Stunden "
               "({wer})."),
              "Vollzeit entspricht bei der {amt} {h} Std.",
              "Grundlage ist die tarifliche Wochenarbeitszeit von {h} Stunden.",
              "Die regelmäßige Arbeitszeit einer Vollzeitstelle beträgt {h} Stunden pro Woche.")


def _week_note(c: Case, ch: Choices) -> tuple[list[dict], list[dict]]:
    """The sentence stating the regular week, (next to the staff, at the end): absent for
    "std_ohne_woche" (the guideline's week holds) and where no hours are written."""
    if ch.share not in ("std_woche", "wochenstunden", "wochenstunden_spalte", "std", "std_40"):
        return [], []
    hours, wer = ("40", "Beamtinnen und Beamte") if ch.share == "std_40" else ("39", "TVöD")
    note = [{"p": WEEK_NOTES[c.seed % len(WEEK_NOTES)].format(h=hours, wer=wer,
                                                              amt=_office(c))}]
    return (note, []) if c.seed % 2 or ch.share in ("std_woche", "wochenstunden") else ([], note)


TASK_SHARES = (("Bestandsaufnahme und Analyse der Integrationsangebote", 30),
               ("Koordination der Steuerungsgruppe und der Netzwerke", 25),
               ("Fortschreibung des Integrationskonzepts", 20),
               ("Öffentlichkeitsarbeit", 15), ("Berichtswesen gegenüber dem MFFKI", 5),
               ("Fortbildung", 5))


def _job_description(c: Case, ch: Choices) -> list[dict]:
    """An attached Stellenbeschreibung with each task's share of the working time (class 3):
    a table, or a sentence in the prose layout."""
    if ch.share != "stellenbeschreibung":
        return []
    head = [{"h1": "Anlage: Stellenbeschreibung Integrationsmanagement"}]
    if ch.layout == "prosa":
        tasks = ", ".join(f"{task} {part} %" for task, part in TASK_SHARES)
        return [*head, {"p": f"Zeitanteile der Tätigkeiten: {tasks}."}]
    column = ("Zeitanteil", "Anteil an der Arbeitszeit", "Anteil in %")[c.seed % 3]
    first = ("Tätigkeit", "Aufgabe", "Arbeitsvorgang")[c.seed % 3]
    return [*head, {"tabelle": [["Nr.", first, column], *(
        [str(k + 1), task, f"{part} %"] for k, (task, part) in enumerate(TASK_SHARES))]}]


def _person_share(p: Part, ch: Choices) -> str:
    """A person and their share in a sentence."""
    if ch.share == "wochenstunden_spalte":
        return f"{p.person} (Wochenstunden: {share(ch.share, p.vzae)})"
    return f"{p.person} mit {share(ch.share, p.vzae)}"


def outline(c: Case, ch: Choices) -> list[dict]:
    head = [{"briefkopf": [_office(c), "Abteilung Soziales und Integration"]},
            {"titel": "Antrag auf Gewährung einer Zuweisung für das Kommunale "
                      "Integrationsmanagement (KIM)"}]
    sign = [{"h1": "Ort, Datum, Unterschrift"},
            {"p": f"{_town(c)}, {day(ch.date, c.datum)}"},
            {"p": "gez. Dr. Anja Weber, Bürgermeisterin"}]
    near, far = _week_note(c, ch)
    if ch.layout == "formular":
        body = [
            {"h1": "1. Antragsteller"},
            {"formular": [["Antragstellende Kommune", c.name],
                          *([["Kreisschlüssel", c.key]] if c.key else [])]},
            {"h1": "2. Ansprechperson"},
            {"formular": [["Name", "Herr Jonas Reuter"], ["Telefon", "0261 129-0"]]},
            {"h1": "3. Angaben zur Stelle"},
            ({"tabelle": [["Name", "Wochenstunden"],
                          *([p.person, share(ch.share, p.vzae)] for p in c.parts)]}
             if ch.share == "wochenstunden_spalte" else
             {"formular": [[p.person, share(ch.share, p.vzae)] for p in c.parts]}),
            *near,
            {"h1": "4. Organisatorische Anbindung"},
            {"formular": [["Ansiedlung der Stelle",
                           f"{_office(c)}, Amt für Soziales und Integration"]]},
            {"h1": "5. Aufgaben und Schwerpunkte"}, {"p": TASKS},
            {"h1": "6. Integrationskonzept"}, {"p": CONCEPT},
            {"h1": "7. Förderzeitraum"},
            {"formular": [["Beginn", day(ch.date, c.beginn)], ["Ende", day(ch.date, c.ende)]]},
            {"h1": "8. Finanzierungsplan"}, {"tabelle": _finance_rows(c, ch)},
            {"h1": "9. Erklärungen"}, {"p": DECLARATIONS},
        ]
    elif ch.layout == "prosa":
        staff = " und ".join(_person_share(p, ch) for p in c.parts)
        money = "; ".join(
            f"für {y} Personalkosten{_cost_label(c, ch)} in Höhe von {amount(ch.amount, v['personal'])} und "
            f"Sachkosten in Höhe von {amount(ch.amount, v['sach'])}"
            for y, v in sorted(c.requested.items()))
        extra = (f" Zusätzlich wird eine {c.overhead[0]} von {amount(ch.amount, c.overhead[1])} "
                 "angesetzt." if c.overhead else "")
        body = [
            {"h1": "Antragsteller"},
            {"p": f"Antragstellerin ist die Kommune {c.name}"
                  + (f" (Kreisschlüssel {c.key})." if c.key else ".")},
            {"h1": "Ansprechperson"}, {"p": "Ansprechpartner ist Herr Jonas Reuter, 0261 129-0."},
            {"h1": "Stellen und Personal"},
            {"p": f"Das Integrationsmanagement übernehmen {staff}."},
            *near,
            {"h1": "Organisatorische Anbindung"},
            {"p": f"Die Stelle ist in der {_office(c)}, Amt für Soziales und Integration, "
                  "angesiedelt."},
            {"h1": "Aufgaben"}, {"p": TASKS},
            {"h1": "Integrationskonzept"}, {"p": CONCEPT},
            {"h1": "Förderzeitraum"}, {"p": _period(c, ch)},
            {"h1": "Finanzierungsplan"},
            {"p": f"Beantragt werden {money}.{extra}"},
            {"h1": "Erklärungen"}, {"p": DECLARATIONS},
        ]
    else:
        body = [
            {"h1": "1. Antragsteller"},
            {"formular": [["Kommune", c.name], *([["Kreisschlüssel", c.key]] if c.key else [])]},
            {"h1": "2. Ansprechperson"}, {"p": "Herr Jonas Reuter, Telefon 0261 129-0"},
            {"h1": "3. Stelle und Personal"}, {"tabelle": _staff_rows(c, ch)},
            *near,
            {"h1": "4. Organisatorische Anbindung"},
            {"p": f"Die Stelle ist in der {_office(c)}, Amt für Soziales und Integration, "
                  "angesiedelt."},
            {"h1": "5. Aufgaben und Schwerpunkte"}, {"p": TASKS},
            {"h1": "6. Integrationskonzept"}, {"p": CONCEPT},
            {"h1": "7. Förderzeitraum"}, {"p": _period(c, ch)},
            {"h1": "8. Finanzierungsplan"}, {"tabelle": _finance_rows(c, ch)},
            {"h1": "9. Erklärungen"}, {"p": DECLARATIONS},
        ]
    return head + body + far + sign + _job_description(c, ch)


def staff_total(parts: list[Part]) -> Decimal:
    return sum((p.vzae for p in parts), Decimal(0))
