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
from itertools import pairwise

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
        "teur": f"{_share_text(value / 1000).removesuffix(',0')} TEUR",  # 60 TEUR, 23,3 TEUR
        # issue 19 probe round: "60 Tsd. EUR", "16,66667 Tsd. EUR"
        "tsd_eur": f"{_share_text(value / 1000).removesuffix(',0')} Tsd. EUR",
    }[style]


AMOUNT_STYLES = ("euro", "eur_vorn", "doppelstrich", "leerzeichen", "eur_hinten", "teur", "tsd_eur")


def day(style: str, d: date) -> str:
    return {
        "punkt": d.strftime("%d.%m.%Y"),
        "lang": f"{d.day}. {MONATE[d.month - 1]} {d.year}",
        "kurz": d.strftime("%d.%m.%y"),
        "ohne_null": f"{d.day}.{d.month}.{d.year}",
    }[style]


DATE_STYLES = ("punkt", "lang", "kurz", "ohne_null")
# issue 19 class 7: where the Antrag's own date stands – a place-and-date line under the
# signature heading, a "Datum" field in the head (before the period's start), or inside a
# closing line "Kreisverwaltung … · Ort, Datum · Anlage: …"
DATE_PLACES = ("ort_datum", "datumsfeld", "kolophon")
# issue 19 class 8: the applicant's name alone, with its address on the same line (no comma
# before a street: "Landkreis Südliche Weinstraße Marktstraße 12, …"), or over three lines
NAME_FORMS = ("amtlich", "anschrift", "zeilen")
# issue 19 class 9: the placement in a sentence (or a form's row), as a yes/no check box in a
# form table ("Stelle in der Kreisverwaltung angesiedelt | ☒ ja ☐ nein"), or only as a label
# line "Amt / Abteilung: 50-Sozialamt"
PLACEMENTS = ("satz", "kontrollkaestchen", "amt_abteilung")
# postenliste: the plan as an item list in one amount column per year (issue 19 class 4);
# zuwendung_je_jahr: "Beantragte Zuwendung 2026: …" and "davon Personalkosten … und
# Sachkosten …" on the next line (class 5); prosa_hinten: the years after their amounts;
# feldzeilen: an online portal's printout, every field a numbered line "7.1 Personalkosten
# 2026 (EUR): 60.000,00", the unit in the label where the notation allows
LAYOUTS = ("abschnitte", "formular", "prosa", "postenliste", "zuwendung_je_jahr", "prosa_hinten",
           "feldzeilen")
PRODUCERS = ("docx-formatvorlagen", "docx-fett", "lo-pdf", "lo-odt", "chromium-pdf")


@dataclass(frozen=True)
class Choices:
    layout: str = "abschnitte"
    producer: str = "docx-formatvorlagen"
    share: str = "vzae"
    amount: str = "euro"
    date: str = "punkt"
    datum_form: str = "ort_datum"
    name: str = "amtlich"
    anbindung: str = "satz"
    overhead: str = "wort"  # how an overhead item is named (issue 19 class 6)

    def plainer(self):
        """Each choice set back to the plainest, one at a time (for shrinking a failure)."""
        plain = Choices()
        for f in fields(self):
            if getattr(self, f.name) != getattr(plain, f.name):
                yield replace(self, **{f.name: getattr(plain, f.name)})


def choose(rnd: random.Random) -> Choices:
    # (the later choices are drawn after the earlier ones: a seed keeps its earlier choices)
    return Choices(rnd.choice(LAYOUTS), rnd.choice(PRODUCERS), rnd.choice(SHARE_STYLES),
                   rnd.choice(AMOUNT_STYLES), rnd.choice(DATE_STYLES), rnd.choice(DATE_PLACES),
                   rnd.choice(NAME_FORMS), rnd.choice(PLACEMENTS), rnd.choice(OVERHEAD_STYLES))


# --- overhead in other words (issue 19 class 6): the case's own word, or a share of central
# services allocated by a rate -------------------------------------------------------------

OVERHEAD_WORDS = {
    "zentrale_dienste": "Anteilige Leistungen der zentralen Dienste, Verrechnungssatz 7 %",
    "interne_verrechnung": "interne Verrechnung (Personal- und Organisationsamt, IT)",
    "leistungsverrechnung": "Innere Leistungsverrechnung Haupt- und Finanzverwaltung",
    # issue 19 probe round: central units named, their costs charged pauschal
    "zentrale_stellen": "Anteilige Kosten von Personalamt, Kämmerei und IT-Service (pauschal 8 %)",
}
OVERHEAD_STYLES = ("wort", *OVERHEAD_WORDS)


def overhead_label(c: Case, ch: Choices) -> str:
    return OVERHEAD_WORDS.get(ch.overhead, c.overhead[0] if c.overhead else "")


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


def _applicant(c: Case, ch: Choices) -> str:
    """The applicant's name as the form's answer or the line under its heading."""
    # a street with "-straße", and streets without any street word ("An der Kreuzmühle 2")
    street = ("Marktstraße 12", "An der Kreuzmühle 2", "Am Rathausplatz 1")[c.seed % 3]
    address = (street, f"{55000 + (c.seed % 900):05d} {_town(c).split(' (')[0]}")
    if ch.name == "anschrift":
        return f"{c.name} {address[0]}, {address[1]}"
    if ch.name == "zeilen":
        return "\n".join((c.name, *address))
    return c.name


def _employer(c: Case) -> str:
    return f"Caritasverband {_town(c).split(' (')[0]} e. V."


def _placement(c: Case, ch: Choices) -> list[dict]:
    """The part about where the post sits, in the chosen notation (under its heading)."""
    if ch.anbindung == "kontrollkaestchen":
        box = "☐ ja ☒ nein" if c.extern else "☒ ja ☐ nein"
        office = _office(c).split(" ", 1)[0]
        second = (["Falls nein: Träger", _employer(c)] if c.extern
                  else ["Amt / Abteilung", "Amt für Soziales und Integration"])
        return [{"formular": [[f"Stelle in der {office} angesiedelt", box], second]}]
    if ch.anbindung == "amt_abteilung":
        return [{"p": f"Anstellungsträger: {_employer(c)}" if c.extern
                 else "Amt / Abteilung: 50-Sozialamt"}]
    if c.extern:
        text = (f"Die Stelle wird beim {_employer(c)} als Anstellungsträger angesiedelt; die "
                "Zuwendung wird weitergeleitet.")
        return ([{"formular": [["Ansiedlung der Stelle", text]]}] if ch.layout == "formular"
                else [{"p": text}])
    if ch.layout == "formular":
        return [{"formular": [["Ansiedlung der Stelle",
                               f"{_office(c)}, Amt für Soziales und Integration"]]}]
    return [{"p": f"Die Stelle ist in der {_office(c)}, Amt für Soziales und Integration, "
                  "angesiedelt."}]


def _dated(c: Case, ch: Choices) -> tuple[list[dict], list[dict]]:
    """The head's date field (or nothing) and the signature part with its date."""
    signed = "gez. Dr. Anja Weber, Bürgermeisterin"
    when = day(ch.date, c.datum)
    if ch.datum_form == "datumsfeld":
        return ([{"formular": [["Aktenzeichen", "50-KIM/2025"], ["Datum", when]]}],
                [{"h1": "Unterschrift"}, {"p": signed}])
    if ch.datum_form == "kolophon":
        return [], [{"h1": "Unterschrift"}, {"p": signed},
                    {"p": f"{_office(c)} · Abteilung Soziales und Integration · {_town(c)}, "
                          f"{when} · Anlage: Stellenbeschreibung"}]
    return [], [{"h1": "Ort, Datum, Unterschrift"}, {"p": f"{_town(c)}, {when}"}, {"p": signed}]


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
        rows.append([overhead_label(c, ch), *(amount(ch.amount, c.overhead[1]) if y == first
                                              else "–" for y in years)])
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
    field, sign = _dated(c, ch)
    head = [{"briefkopf": [_office(c), "Abteilung Soziales und Integration"]},
            {"titel": "Antrag auf Gewährung einer Zuweisung für das Kommunale "
                      "Integrationsmanagement (KIM)"}, *field]
    near, far = _week_note(c, ch)
    if ch.layout == "formular":
        body = [
            {"h1": "1. Antragsteller"},
            {"formular": [["Antragstellende Kommune", _applicant(c, ch)],
                          *([["Kreisschlüssel", c.key]] if c.key else [])]},
            {"h1": "2. Ansprechperson"},
            {"formular": [["Name", "Herr Jonas Reuter"], ["Telefon", "0261 129-0"]]},
            {"h1": "3. Angaben zur Stelle"},
            ({"tabelle": [["Name", "Wochenstunden"],
                          *([p.person, share(ch.share, p.vzae)] for p in c.parts)]}
             if ch.share == "wochenstunden_spalte" else
             {"formular": [[p.person, share(ch.share, p.vzae)] for p in c.parts]}),
            *near,
            {"h1": "4. Organisatorische Anbindung"}, *_placement(c, ch),
            {"h1": "5. Aufgaben und Schwerpunkte"}, {"p": TASKS},
            {"h1": "6. Integrationskonzept"}, {"p": CONCEPT},
            {"h1": "7. Förderzeitraum"},
            {"formular": [["Beginn", day(ch.date, c.beginn)], ["Ende", day(ch.date, c.ende)]]},
            {"h1": "8. Finanzierungsplan"}, {"tabelle": _finance_rows(c, ch)},
            {"h1": "9. Erklärungen"}, {"p": DECLARATIONS},
        ]
    elif ch.layout == "feldzeilen":
        body = feldzeilen(c, ch, near)
    elif ch.layout in ("prosa", "prosa_hinten"):
        staff = " und ".join(_person_share(p, ch) for p in c.parts)
        money = "; ".join(
            f"für {y} Personalkosten{_cost_label(c, ch)} in Höhe von {amount(ch.amount, v['personal'])} und "
            f"Sachkosten in Höhe von {amount(ch.amount, v['sach'])}"
            for y, v in sorted(c.requested.items())) if ch.layout == "prosa" else " sowie ".join(
            f"Personalkosten in Höhe von {amount(ch.amount, v['personal'])} und Sachkosten in "
            f"Höhe von {amount(ch.amount, v['sach'])} für {y}"
            for y, v in sorted(c.requested.items()))
        extra = _overhead_sentence(c, ch)
        body = [
            {"h1": "Antragsteller"},
            *([{"p": _applicant(c, ch)}] if ch.name != "amtlich" else []),
            {"p": f"Antragstellerin ist die Kommune {c.name}"
                  + (f" (Kreisschlüssel {c.key})." if c.key else ".")},
            {"h1": "Ansprechperson"}, {"p": "Ansprechpartner ist Herr Jonas Reuter, 0261 129-0."},
            {"h1": "Stellen und Personal"},
            {"p": f"Das Integrationsmanagement übernehmen {staff}."},
            *near,
            {"h1": "Organisatorische Anbindung"}, *_placement(c, ch),
            {"h1": "Aufgaben"}, {"p": TASKS},
            {"h1": "Integrationskonzept"}, {"p": CONCEPT},
            {"h1": "Förderzeitraum"}, {"p": _period(c, ch)},
            {"h1": "Finanzierungsplan"},
            {"p": f"Beantragt werden {money}.{extra}"},
            {"h1": "Erklärungen"}, {"p": DECLARATIONS},
        ]
    else:  # abschnitte, postenliste, zuwendung_je_jahr: sections, the plan as its layout says
        plan = (postenliste(c, ch) if ch.layout == "postenliste" else zuwendung_je_jahr(c, ch)
                if ch.layout == "zuwendung_je_jahr" else [{"tabelle": _finance_rows(c, ch)}])
        body = [
            {"h1": "1. Antragsteller"},
            {"formular": [["Kommune", _applicant(c, ch)],
                          *([["Kreisschlüssel", c.key]] if c.key else [])]},
            {"h1": "2. Ansprechperson"}, {"p": "Herr Jonas Reuter, Telefon 0261 129-0"},
            {"h1": "3. Stelle und Personal"}, {"tabelle": _staff_rows(c, ch)},
            *near,
            {"h1": "4. Organisatorische Anbindung"}, *_placement(c, ch),
            {"h1": "5. Aufgaben und Schwerpunkte"}, {"p": TASKS},
            {"h1": "6. Integrationskonzept"}, {"p": CONCEPT},
            {"h1": "7. Förderzeitraum"}, {"p": _period(c, ch)},
            {"h1": "8. Finanzierungsplan"}, *plan,
            {"h1": "9. Erklärungen"}, {"p": DECLARATIONS},
        ]
    return head + body + far + sign + _job_description(c, ch)


def _overhead_sentence(c: Case, ch: Choices) -> str:
    if not c.overhead:
        return ""
    if ch.overhead == "wort":
        return (f" Zusätzlich wird eine {c.overhead[0]} von {amount(ch.amount, c.overhead[1])} "
                "angesetzt.")
    return (f" Zusätzlich wird für {overhead_label(c, ch)} ein Betrag von "
            f"{amount(ch.amount, c.overhead[1])} angesetzt.")


SACH_ITEMS = ("Veranstaltungen und Netzwerktreffen", "Öffentlichkeitsarbeit, Druckkosten",
              "Fahrtkosten", "Dolmetsch- und Übersetzungsleistungen")


def _split(total: Decimal, parts: int, rnd: random.Random) -> list[Decimal]:
    """`total` (whole hundreds) in `parts` items of whole hundreds, each at least 100 €."""
    hundreds = int(total / 100)
    parts = max(1, min(parts, hundreds))
    cuts = sorted(rnd.sample(range(1, hundreds), parts - 1)) if parts > 1 else []
    bounds = [0, *cuts, hundreds]
    return [Decimal((b - a) * 100) for a, b in pairwise(bounds)]


def postenliste(c: Case, ch: Choices) -> list[dict]:
    """Issue 19 class 4: per Haushaltsjahr an item list in one amount column – the
    Personalkosten label wrapped onto a second line, several Sachkosten items (the first with
    the line word, the others without), "Summe Sachkosten" or "Zwischensumme Sachkosten", the
    overhead item (if any) after it, a total, the requested grant; borderless and on its own
    page in some documents."""
    rnd = random.Random(c.seed * 31 + 5)  # the same items for the same case
    out: list[dict] = []
    first = min(c.requested)
    own_page = rnd.random() < 0.5
    for y, v in sorted(c.requested.items()):
        items = _split(v["sach"], rnd.randrange(2, 5), rnd)
        names = ["Sachkosten: Fortbildung und Supervision", *rnd.sample(SACH_ITEMS, len(items) - 1)]
        # the label wraps onto a second line
        personal = (f"Personalkosten Integrationsmanagement (E 11 TVöD,\n{y}, Entgelt und "
                    "Arbeitgeberanteile)")
        rows = [["Position", f"Betrag {y}"] if rnd.random() < 0.5 else [f"Ausgaben {y}", "Betrag"],
                [personal, amount(ch.amount, v["personal"])],
                *([n, amount(ch.amount, a)] for n, a in zip(names, items)),
                [rnd.choice(["Summe Sachkosten", "Zwischensumme Sachkosten"]),
                 amount(ch.amount, v["sach"])]]
        total = v["personal"] + v["sach"]
        if c.overhead and y == first:
            rows.append([overhead_label(c, ch), amount(ch.amount, c.overhead[1])])
            total += c.overhead[1]
        rows += [[rnd.choice(["Gesamtausgaben", "Gesamtsumme der Ausgaben"]),
                  amount(ch.amount, total)],
                 ["beantragte Zuwendung", amount(ch.amount, total)],
                 ["Gesamtfinanzierung", amount(ch.amount, total)]]
        table: dict = {"tabelle": rows}
        if rnd.random() < 0.5:
            table["rahmenlos"] = True
        out += [{"p": f"Ausgaben und Finanzierung im Haushaltsjahr {y}:"}, table]
    return [{"querformat": False}, *out, {"querformat": False}] if own_page else out


def feldzeilen(c: Case, ch: Choices, near: list[dict]) -> list[dict]:
    """An online portal's printout: numbered field lines "Label: value" under numbered
    headings; a bare figure where the label names its unit ("(VZÄ)", "(EUR)")."""
    def staff_line(k: int, p: Part) -> str:
        if ch.share == "vzae":
            return f"3.{k} Stellenumfang {p.person} (VZÄ): {_share_text(p.vzae)}"
        if ch.share == "wochenstunden_spalte":
            return f"3.{k} Wochenstunden {p.person}: {_share_text(p.vzae * WEEK)}"
        return f"3.{k} {p.person}, Stellenumfang: {share(ch.share, p.vzae)}"

    def money_line(n: int, label: str, value: Decimal) -> str:
        if ch.amount in ("euro", "eur_hinten"):
            return f"8.{n} {label} (EUR): {_num(value)}"
        return f"8.{n} {label}: {amount(ch.amount, value)}"

    lines, n = [], 0
    for y, v in sorted(c.requested.items()):
        n += 2
        lines += [money_line(n - 1, f"Personalkosten {y}{_cost_label(c, ch)}", v["personal"]),
                  money_line(n, f"Sachkosten {y}", v["sach"])]
    if c.overhead:
        lines.append(money_line(n + 1, overhead_label(c, ch), c.overhead[1]))
    key = [{"p": f"1.2 Kreisschlüssel: {c.key}"}] if c.key else []
    return [
        {"p": f"Förderportal Rheinland-Pfalz – Vorgangsnummer KIM-2025-{c.seed:06d}"},
        {"h1": "1 Antragstellende Stelle"}, {"p": f"1.1 Name der Körperschaft: {_applicant(c, ch)}"},
        *key,
        {"h1": "2 Ansprechperson"}, {"p": "2.1 Name: Herr Jonas Reuter"},
        {"p": "2.2 Telefon: 0261 129-0"},
        {"h1": "3 Angaben zur Stelle"}, *({"p": staff_line(k, p)} for k, p in enumerate(c.parts, 1)),
        *near,
        {"h1": "4 Organisatorische Anbindung"}, *_placement(c, ch),
        {"h1": "5 Aufgaben"}, {"p": f"5.1 Aufgabenbeschreibung: {TASKS}"},
        {"h1": "6 Integrationskonzept"}, {"p": CONCEPT},
        {"h1": "7 Förderzeitraum"}, {"p": f"7.1 Beginn: {day(ch.date, c.beginn)}"},
        {"p": f"7.2 Ende: {day(ch.date, c.ende)}"},
        {"h1": "8 Finanzierungsplan"}, *({"p": line} for line in lines),
        {"h1": "9 Erklärungen"}, {"p": DECLARATIONS},
    ]


def zuwendung_je_jahr(c: Case, ch: Choices) -> list[dict]:
    """Issue 19 class 5 in an Antrag: the grant per year on one line, its parts on the next."""
    out: list[dict] = []
    for y, v in sorted(c.requested.items()):
        out += [{"p": f"Beantragte Zuwendung {y}: {amount(ch.amount, v['personal'] + v['sach'])}"},
                {"p": f"davon Personalkosten {amount(ch.amount, v['personal'])} und Sachkosten "
                      f"{amount(ch.amount, v['sach'])}."}]
    extra = _overhead_sentence(c, ch).strip()
    return out + ([{"p": extra}] if extra else [])


def staff_total(parts: list[Part]) -> Decimal:
    return sum((p.vzae for p in parts), Decimal(0))
