"""Contents of the thirtieth held-out corpus (issue 19, item 4): documents full of figures that
are not the programme's facts.

How it was written: from the guideline's rule page and parameters, the list of Kommunen, the
domain notes, the Koblenz Unterrichtungsvorlage and the build contract of bauen.py only – the
author did not read the fact layer, readers, rules code, checks, rule-case tests or any earlier
corpus, and fixed every expectation in manifest_blind30.yaml before the checker first ran.

What is new: many numbers beside the KIM facts, as real files have them – the Kreis' statistics
(Schutzsuchende, Beratungskontakte, Quoten in %) with the previous year, the other posts of the
same office (Migrationsberatung, Ehrenamtskoordination, AsylbLG, IQ) with their own VZÄ or weekly
hours, Haushaltsstellen, Produkte, Sachkonten, Aktenzeichen, telephone numbers, the whole Haushalt,
other Landesmittel, the programme budget in a Bescheid. The KIM facts stand once, clearly, among
them; amounts as "€", "EUR", "EUR …,-", "…,--", "T€", "Tsd. EUR" or bare under "in EUR"; shares
as VZÄ, %, "v. H.", weekly hours with and without "/Woche", half/full posts; dates in four styles.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")


# --- notations ----------------------------------------------------------------------------

def de(x, nk: int = 2) -> str:
    s = f"{Decimal(str(x)):,.{nk}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def zahl(x) -> str:
    """A figure with as few decimals as it needs (0,5 / 19,5 / 0,75)."""
    d = Decimal(str(x)).normalize()
    return de(d, max(0, -d.as_tuple().exponent))


def eur(x, stil: str = "eur") -> str:
    d = Decimal(str(x))
    ganz = d == d.to_integral_value()
    if stil == "eur":
        return f"{de(d)} €"
    if stil == "EUR":
        return f"{de(d, 0 if ganz else 2)} EUR"
    if stil == "vor":
        return f"EUR {de(d, 0)},-" if ganz else f"EUR {de(d)}"
    if stil == "strich":
        return f"{de(d, 0)},--" if ganz else de(d)
    if stil in ("teur", "tsd"):
        einheit = "T€" if stil == "teur" else "Tsd. EUR"
        return f"{zahl(d / 1000)} {einheit}"
    if stil == "nackt":
        return de(d)
    raise ValueError(stil)


def anteil(v, stil: str = "vzae", woche: float = 39) -> str:
    v = Decimal(str(v))
    std = zahl(v * Decimal(str(woche)))
    vz = zahl(v) if v != v.to_integral_value() else f"{int(v)},0"
    return {"vzae": f"{vz} VZÄ", "prozent": f"{zahl(v * 100)} %",
            "vh": f"{zahl(v * 100)} v. H.", "std": f"{std} Std./Woche",
            "wstd": f"{std} Wochenstunden", "std_ohne": f"{std} Std.",
            "stellenanteil": f"Stellenanteil {zahl(v)}",
            "halb": {Decimal("0.5"): "halbe Stelle", Decimal("1"): "volle Stelle"}.get(
                v, f"{zahl(v)} VZÄ")}[stil]


def datum(iso: str, stil: str = "kurz") -> str:
    y, m, d = (int(p) for p in iso.split("-"))
    return {"kurz": f"{d:02d}.{m:02d}.{y}", "kurz2": f"{d:02d}.{m:02d}.{y % 100:02d}",
            "iso": iso, "lang": f"{d}. {MONATE[m - 1]} {y}"}[stil]


def mail(name: str) -> str:
    """A mail domain part from a name (no umlauts, no spaces)."""
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": "-", "(": "", ")": ""})
    return name.lower().translate(table)[:16].strip("-")


def _zufall(name: str, n: int, lo: int, hi: int) -> list[int]:
    """Deterministic figures of a Kommune (statistics that no rule depends on)."""
    h = hashlib.sha256(name.encode()).digest()
    return [lo + int.from_bytes(h[2 * i:2 * i + 2], "big") % (hi - lo) for i in range(n)]


def _statistik(p: dict, jahre=("2024", "2025")) -> list[list[str]]:
    a, b, c, d, e, f = _zufall(p["kommune"], 6, 180, 2400)
    return [["Kennzahl", f"{jahre[0]}", f"{jahre[1]}", "Veränderung"],
            ["Schutzsuchende im Leistungsbezug (Stichtag 30.06.)", de(a + 900, 0),
             de(b + 900, 0), f"{de((b - a) * 100 / (a + 900), 1)} %"],
            ["davon aus der Ukraine", de(a // 2, 0), de(b // 2, 0), "–"],
            ["Zuweisungen nach dem Landesaufnahmegesetz", de(c // 4, 0), de(d // 4, 0), "–"],
            ["Beratungskontakte Migrationsberatung", de(e + 600, 0), de(f + 600, 0), "–"],
            ["Quote Teilnahme an Integrationskursen", f"{de(a % 40 + 41, 1)} %",
             f"{de(b % 40 + 41, 1)} %", "–"]]


def _fremdstellen(p: dict, stil: str) -> list[list[str]]:
    """Posts of the same office that KIM does not fund."""
    stil = stil if stil in ("std", "wstd", "vzae") else "vzae"
    return [["Migrationsberatung für erwachsene Zugewanderte (MBE, Bundesmittel BAMF)",
             "Fr. Kaya / Hr. Lenz", anteil("1.5", stil), "Bund 80 %, Kreis 20 %"],
            ["Ehrenamtskoordination Flüchtlingshilfe", "Fr. Weyand", anteil("0.25", stil),
             "Landesmittel Ehrenamt"],
            ["Sachbearbeitung AsylbLG (Abt. 5)", "3 Beschäftigte", anteil("2.6", stil),
             "Kreishaushalt"]]


# --- shared parts ----------------------------------------------------------------------------

def _planzeilen(p: dict, stil: str) -> list[dict]:
    """The Finanzierungsplan: years as columns, as rows, or item by item."""
    plan = p["plan"]  # {year: {personal, sach[, eigen, sachposten]}}
    jahre = sorted(plan)
    form = p.get("planform", "spalten")
    out: list[dict] = []
    if form == "spalten":
        kopf = ["Position" + (" (in EUR)" if stil == "nackt" else "")] + [f"HJ {j}" for j in jahre]
        rows = [kopf, ["Personalkosten Integrationsmanagement"]
                + [eur(plan[j]["personal"], stil) for j in jahre]]
        for label, werte in p.get("zusatzposten", []):
            rows.append([label] + [eur(werte.get(j, 0), stil) for j in jahre])
        rows.append(["Sachkosten (Netzwerk, Veranstaltungen, Dolmetschen)"]
                    + [eur(plan[j]["sach"], stil) for j in jahre])
        rows.append(["Summe = beantragte Zuwendung"] + [eur(
            plan[j]["personal"] + plan[j]["sach"]
            + sum(w.get(j, 0) for _, w in p.get("zusatzposten", [])), stil) for j in jahre])
        out.append({"tabelle": rows})
    elif form == "zeilen":
        rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Zuwendung gesamt"]]
        for j in jahre:
            rows.append([j, eur(plan[j]["personal"], stil), eur(plan[j]["sach"], stil),
                         eur(plan[j]["personal"] + plan[j]["sach"], stil)])
        out.append({"tabelle": rows})
    else:  # posten: one table per year, Sachkosten item by item, Eigenmittel
        for j in jahre:
            y, posten = plan[j], plan[j]["sachposten"]
            zs = y.get("zwischensumme", sum(b for _, b in posten))
            rows = [["Ausgaben " + j, "Betrag in EUR" if stil == "nackt" else "Betrag"],
                    ["Personalkosten Integrationsmanagerin (E 11 TVöD, AG-Brutto)",
                     eur(y["personal_gesamt"], stil)]]
            rows += [[f"– {label}", eur(b, stil)] for label, b in posten]
            rows.append(["Zwischensumme Sachkosten", eur(zs, stil)])
            ges = y["personal_gesamt"] + zs
            rows.append(["Gesamtausgaben", eur(ges, stil)])
            out.append({"fett": f"Ausgaben- und Finanzierungsplan Haushaltsjahr {j}"})
            out.append({"tabelle": rows})
            zuw = y["personal"] + y["sach"]
            out.append({"tabelle": [
                ["Finanzierung " + j, "Betrag in EUR" if stil == "nackt" else "Betrag"],
                ["beantragte Zuwendung KIM – Personalkosten", eur(y["personal"], stil)],
                ["beantragte Zuwendung KIM – Sachkosten", eur(y["sach"], stil)],
                ["Eigenmittel der Stadt", eur(ges - zuw, stil)],
                ["Gesamtfinanzierung", eur(ges, stil)]]})
    return out


ANBINDUNG = ("Die Stelle ist in der Kreisverwaltung, Abteilung 5 „Soziales, Jugend und "
             "Integration“, Referat 5.3 Integrationsbüro, angesiedelt und untersteht fachlich der "
             "Abteilungsleitung.")
AUFGABEN = ["Bestandsaufnahme der Integrationsangebote (Sprache, Wohnen, Arbeit, Beratung)",
            "Aufbau und Leitung einer Steuerungsgruppe Integration mit Jobcenter, Ausländerbehörde "
            "und Trägern", "Fortschreibung des Integrationskonzepts und Maßnahmenplanung",
            "Vernetzung mit den Nachbarkommunen, dem MFFKI und der DBKI",
            "Öffentlichkeitsarbeit und interkulturelle Öffnung der Verwaltung"]


def _erklaerungen(p: dict, kaestchen: bool) -> list[dict]:
    texte = ["Für die beantragte Stelle werden keine weiteren Fördermittel des Bundes, des "
             "Landes oder Dritter in Anspruch genommen (keine Doppelförderung).",
             "Mit der Maßnahme wurde vor Bekanntgabe des Bewilligungsbescheids nicht begonnen.",
             "Die Angaben in diesem Antrag sind vollständig und richtig."]
    if not kaestchen:
        return [{"liste": texte}]
    offen = set(p.get("offen", []))
    return [{"formular": [["☐" if i in offen else "☒", t] for i, t in enumerate(texte)]}]


def _zeichnung(p: dict, ort: str, stil: str) -> list[dict]:
    if p.get("ohne_unterschrift"):
        return []
    return [{"h1": p.get("h_unterschrift", "Ort, Datum, Unterschrift")},
            {"p": f"{ort}, {datum(p['datum'], stil)}"}] + [
        {"p": line} for line in p.get("zeichnung", ["gez. Dr. Anke Reuter", "Landrätin"])]


def _rolle(p: dict) -> str:
    return {"Landrätin": "die Landrätin"}.get(r := p.get("zeichnung", ["Landrätin"])[-1], f"den {r}")


# --- Antrag as a Kreis letter ---------------------------------------------------------------

def antrag_kreisbrief(p: dict) -> list[dict]:
    k, ds, es, vs = p["kommune"], p.get("datumstil", "kurz"), p.get("eurstil", "eur"), \
        p.get("anteilstil", "vzae")
    ort, traeger = p.get("ort", k), p.get("traeger", f"Kreisverwaltung {k}")
    out = [{"briefkopf": [traeger, "Abteilung 5 – Soziales, Jugend und Integration",
                          f"Aktenzeichen 5.3-221-14/{p['datum'][2:4]} · Telefon 0{_zufall(k, 1, 2600, 6900)[0]} "
                          "/ 81-535 · integration@" + mail(k) + ".de"]},
           {"fusszeile": ["Seite # von 3"]},
           {"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz"},
           {"p": "Referat Integration – Kaiser-Friedrich-Straße 5a – 55116 Mainz"},
           {"rechts": f"{ort}, {datum(p['datum'], ds)}"},
           {"titel": "Antrag auf Förderung im Programm Kommunales Integrationsmanagement (KIM)"},
           {"p": "Sehr geehrte Damen und Herren, hiermit beantragen wir die Förderung einer Stelle "
                 "für das Kommunale Integrationsmanagement. Der "
                 f"{p.get('gremium_antrag', 'Kreisausschuss')} hat der Antragstellung "
                 f"in seiner Sitzung am {datum(p.get('ausschuss', '2025-09-22'), 'kurz')} mit 11 "
                 "Ja-Stimmen bei 2 Enthaltungen zugestimmt (Drucksache 2025/318)."},
           {"h1": "1. Antragsteller"},
           {"formular": [["Kommune", p.get("bezeichnung", f"Landkreis {k}")],
                         ["Anschrift", p.get("anschrift", f"Kreishaus, Postfach 1160, {k}")],
                         ["Kreisschlüssel", p.get("kreisschluessel", "–")],
                         ["vertreten durch", p.get("vertreten", _rolle(p))]]},
           {"h1": "2. Ansprechperson"},
           {"p": f"{p.get('kontakt', 'Frau Svenja Marx')}, Referat 5.3, Telefon "
                 f"0{_zufall(k, 1, 2600, 6900)[0]} / 81-537, Zimmer 2.14"},
           {"h1": f"3. Ausgangslage im {p.get('gebiet', 'Kreis')}gebiet"},
           {"p": "Die folgenden Zahlen beschreiben den Bedarf; sie sind nicht Gegenstand der "
                 "Förderung."},
           {"tabelle": _statistik(p)},
           {"h1": "4. Stelle und Personal"}]
    kim = p["stellen"]  # [name, vzae, ab]
    if p.get("personal_prosa"):
        for name, v, ab in kim:
            out.append({"p": (f"{name} übernimmt ab dem {datum(ab, ds)} das Integrations"
                              f"management mit {anteil(v, vs)} (Entgeltgruppe E 11 TVöD).")})
        out.append({"p": "Im Integrationsbüro arbeiten daneben, ohne KIM-Förderung: "
                         + "; ".join(f"{r[0]} ({r[2]}, {r[3]})" for r in _fremdstellen(p, vs))
                         + "."})
    else:
        rows = [["Aufgabe", "Person", "Umfang", "Finanzierung / ab"]]
        rows += [["Kommunales Integrationsmanagement (E 11 TVöD)", n, anteil(v, vs),
                  f"KIM – beantragt, ab {datum(ab, ds)}"] for n, v, ab in kim]
        rows += _fremdstellen(p, vs)
        out += [{"p": "Personal des Integrationsbüros (nur die als „KIM – beantragt“ "
                      "gekennzeichneten Anteile sind Gegenstand dieses Antrags):"},
                {"tabelle": rows}]
    out += [{"h1": "5. Organisatorische Anbindung"}, {"p": p.get("anbindung", ANBINDUNG)},
            {"h1": "6. Aufgaben und Schwerpunkte"}, {"liste": AUFGABEN},
            {"h1": "7. Integrationskonzept"},
            {"p": "Der Kreistag hat das Integrationskonzept „Miteinander im Kreis“ am 14.03.2022 "
                  "beschlossen; es wird 2026 fortgeschrieben (Handlungsfelder 1 bis 7)."},
            {"h1": "8. Förderzeitraum"},
            {"p": f"Beantragt wird die Förderung für den Zeitraum vom {datum(p['von'], ds)} bis "
                  f"{datum(p['bis'], ds)}."},
            {"h1": "9. Finanzierungsplan"}]
    out += _planzeilen(p, es)
    haushalt = eur(p.get("haushalt", 318650000), "EUR")
    out.append({"p": "Haushaltsstelle: Produkt 3.1.3.1 „Integration“, Sachkonto 4011000 "
                     "(Personal) und 4431000 (Sachaufwand). Zum Vergleich: Ergebnishaushalt "
                     f"{p.get('gebiet_gen', 'des Kreises')} 2026 gesamt {haushalt}, davon Produkt "
                     f"3.1.3.1 {eur(p.get('produkt', 942300), 'EUR')}; für die Sprachförderung "
                     f"fließen außerdem Landesmittel von {eur(38500, 'EUR')} (nicht "
                     "Gegenstand dieses Antrags)."})
    if not p.get("ohne_erklaerungen"):
        out.append({"h1": "10. Erklärungen"})
        out += _erklaerungen(p, False)
    out += _zeichnung(p, ort, ds)
    out += [{"h2": "Anlagen"}, {"liste": ["Stellenbeschreibung", "Organigramm Abteilung 5",
                                           "Beschluss über die Antragstellung"]}]
    return out


# --- Antrag as a form with ☒/☐ --------------------------------------------------------------

def antrag_formular(p: dict) -> list[dict]:
    k, ds, es, vs = p["kommune"], p.get("datumstil", "iso"), p.get("eurstil", "EUR"), \
        p.get("anteilstil", "std")
    ort = p.get("ort", k)
    art = p.get("bezeichnung", f"Landkreis {k}")
    out = [{"briefkopf": [f"{art} – Antragsvordruck KIM (Fassung 09/2025)"]},
           {"titel": "Antrag auf Gewährung einer Zuweisung – Kommunales Integrationsmanagement"},
           {"p": "Bitte vollständig ausfüllen; Zutreffendes ankreuzen."},
           {"h1": "1. Antragstellerin"},
           {"formular": [["1.1 Gebietskörperschaft", art],
                         ["1.2 Anschrift", p.get("anschrift", f"Verwaltungsgebäude, {k}")],
                         ["1.3 Kreisschlüssel / AGS", p.get("kreisschluessel", "–")],
                         ["1.4 Einwohnerzahl (31.12.2024)", de(_zufall(k, 1, 52000, 210000)[0], 0)],
                         ["1.5 Bankverbindung", "IBAN DE12 5505 0120 0000 " +
                          str(_zufall(k, 1, 1000, 9999)[0]) + " 00"]]},
           {"h1": "2. Ansprechpartner/-in"},
           {"formular": [["Name", p.get("kontakt", "Herr Tobias Brandt")],
                         ["Telefon", f"0{_zufall(k, 1, 2600, 6900)[0]} 709-{_zufall(k, 2, 100, 999)[1]}"],
                         ["E-Mail", "kim@" + mail(k) + ".de"]]},
           {"h1": "3. Angaben zur Stelle"}]
    rows = [["Person", "Stellenumfang", "Entgeltgruppe", "Beginn"]]
    rows += [[n, anteil(v, vs, p.get("woche", 39)), "E 11", datum(ab, ds)]
             for n, v, ab in p["stellen"]]
    out.append({"tabelle": rows})
    out += [{"p": p["woche_text"]}] if p.get("woche_text") else []
    out.append({"p": "Nachrichtlich (nicht beantragt): Im Sachgebiet Migration und Integration "
                     f"sind außerdem {anteil('2.5', 'vzae')} Migrationsberatung (Bundesprogramm) "
                     f"und eine Ehrenamtskoordination mit {anteil('0.3', 'vzae')} tätig; die "
                     "Beratungsstelle zählte 2024 insgesamt "
                     f"{de(_zufall(k, 1, 1400, 4800)[0], 0)} Kontakte (+12,4 % ggü. 2023)."})
    out += [{"h1": "4. Organisatorische Anbindung"},
            {"p": p.get("anbindung", f"Verwaltung der Gebietskörperschaft {art}, Fachbereich "
                                     "Soziales, Sachgebiet Migration und Integration.")},
            {"h1": "5. Aufgaben und Schwerpunkte"}, {"liste": AUFGABEN[:4]},
            {"h1": "6. Integrationskonzept"},
            {"formular": [["☒", "Ein Integrationskonzept liegt vor (Beschluss vom 05.07.2021)."],
                          ["☐", "Ein Integrationskonzept ist in Erarbeitung."]]},
            {"h1": "7. Förderzeitraum"},
            {"formular": [["von", datum(p["von"], ds)], ["bis", datum(p["bis"], ds)]]},
            {"h1": "8. Finanzierungsplan"}]
    out += _planzeilen(p, es)
    out += [{"h1": "9. Erklärungen"}] + _erklaerungen(p, True)
    out += _zeichnung(p, ort, ds)
    return out


# --- Antrag of a city, in prose with items and Eigenmittel ----------------------------------

def antrag_stadt(p: dict) -> list[dict]:
    k, ds, es, vs = p["kommune"], p.get("datumstil", "lang"), p.get("eurstil", "eur"), \
        p.get("anteilstil", "prozent")
    ort = p.get("ort", k)
    out = [{"briefkopf": [f"Stadtverwaltung {k}", "Amt 50 – Soziales und Wohnen · "
                          "Koordinierungsstelle Integration",
                          f"Unser Zeichen: 50.3/KIM · Datum: {datum(p['datum'], 'kurz')}"]},
           {"titel": f"Stadt {k}: Antrag auf Förderung des Kommunalen Integrationsmanagements"},
           {"h1": "Antragstellerin"},
           {"p": f"Stadt {k} (kreisfreie Stadt, Kreisschlüssel {p.get('kreisschluessel', '–')}), "
                 f"vertreten durch den Oberbürgermeister, {p.get('anschrift', 'Rathaus')}."},
           {"h1": "Ansprechpartnerin"},
           {"p": f"{p.get('kontakt', 'Frau Lea Hoffmann')}, Koordinierungsstelle Integration, "
                 f"Telefon 0{_zufall(k, 1, 600, 6900)[0]} 86-4412."},
           {"h1": "Ausgangslage"},
           {"p": f"In der Stadt leben {de(_zufall(k, 1, 9000, 31000)[0], 0)} Menschen ohne deutsche "
                 f"Staatsangehörigkeit ({de(_zufall(k, 1, 90, 240)[0] / 10, 1)} % der Bevölkerung, "
                 f"Vorjahr {de(_zufall(k, 2, 80, 200)[1] / 10, 1)} %). Das Amt 50 hat einen "
                 f"Gesamtaufwand von {eur(p.get('amt', 48200000), 'tsd')}; die "
                 "Koordinierungsstelle Integration verfügt über 3,5 Planstellen, davon 2,0 für die "
                 "Migrationsberatung (Bundesmittel) und 1,5 für das Quartiersmanagement „Soziale "
                 f"Stadt“ (Städtebauförderung, {eur(126000, 'tsd')} jährlich)."},
           {"h1": "Stellenanteile"}]
    out += [{"p": satz} for satz in p["personal_saetze"]]
    out += [{"h1": "Organisatorische Einbindung"},
            {"p": p.get("anbindung", "Die Stelle ist Teil der Stadtverwaltung und der "
                                     "Koordinierungsstelle Integration im Amt 50 zugeordnet.")},
            {"h1": "Aufgaben"}, {"liste": AUFGABEN[1:]},
            {"h1": "Integrationskonzept"},
            {"p": "Das Integrationskonzept der Stadt (Stadtratsbeschluss vom 27.09.2023) ist "
                  "Grundlage der Arbeit."},
            {"h1": "Laufzeit"},
            {"p": f"{datum(p['von'], ds)} – {datum(p['bis'], ds)}"},
            {"h1": "Kosten- und Finanzierungsplan"}]
    out += _planzeilen(p, es)
    out += [{"h1": "Erklärungen"}] + _erklaerungen(p, False)
    if p.get("ohne_unterschrift"):
        out += [{"h2": "Anlagen"}, {"liste": ["Stellenbeschreibung", "Integrationskonzept"]}]
    else:
        out += _zeichnung(p, ort, ds)
    return out


# --- Jahresberichte ---------------------------------------------------------------------------

def _mittel(p: dict, es: str) -> list[dict]:
    m = p["mittel"]  # {bewilligt_p, bewilligt_s, ist_p, ist_s}
    vp, vs_ = p.get("vorjahr_p"), p.get("vorjahr_s")
    vor = (lambda x: "–" if x is None else eur(x, es))
    rows = [["Position" + (" (in EUR)" if es == "nackt" else ""), "Ist Vorjahr",
             f"Bewilligt {p['jahr']}", f"Ausgaben {p['jahr']}"],
            ["Personalkosten KIM", vor(vp), eur(m["bewilligt_p"], es), eur(m["ist_p"], es)],
            ["Sachkosten KIM", vor(vs_), eur(m["bewilligt_s"], es), eur(m["ist_s"], es)],
            ["Summe", vor(None if vp is None else vp + vs_),
             eur(m["bewilligt_p"] + m["bewilligt_s"], es), eur(m["ist_p"] + m["ist_s"], es)]]
    return [{"tabelle": rows},
            {"p": p.get("mittel_text", "Die Ausgaben wurden über Produkt 3.1.3.1, Kostenstelle "
                                       "53100 gebucht. Nicht enthalten sind die Ausgaben der "
                                       f"Migrationsberatung ({eur(94750, 'EUR')}, Bundesmittel) und "
                                       f"des Dolmetscherpools ({eur(23400, 'EUR')}, Landesmittel).")}]


TEILE_KREIS = {"personal": "Personelle Besetzung", "infra": "Bestandsaufnahme",
               "vernetzung": "Netzwerkarbeit", "interkommunal": "Austausch mit anderen Kommunen",
               "oeff": "Presse- und Öffentlichkeitsarbeit", "land": "Zusammenarbeit mit dem Land",
               "konzept": "Integrationsstrategie", "mittel": "Verwendung der Mittel",
               "ausblick": "Ausblick und Planung"}
TEILE_STADT = {"personal": "Personal", "infra": "Integrationsinfrastruktur",
               "vernetzung": "Vernetzung in der Kommune",
               "interkommunal": "Interkommunale Vernetzung", "oeff": "Öffentlichkeitsarbeit",
               "land": "Kooperation mit MFFKI und DBKI", "konzept": "Stand des Integrationskonzepts",
               "mittel": "Mittelverwendung", "ausblick": "Ausblick"}


def _berichtsteile(p: dict, teile: dict, es: str, vs: str, nummern: bool) -> list[dict]:
    k, j = p["kommune"], p["jahr"]
    a, b, c = _zufall(k + j, 3, 120, 980)
    text = {
        "infra": f"Erfasst wurden {a // 4} Angebote (Vorjahr {a // 5}) in den Handlungsfeldern "
                 f"Sprache, Wohnen, Arbeit und Beratung; Lücken bestehen bei Kita-Plätzen "
                 f"(Versorgungsquote U3 {de(b % 30 + 30, 1)} %) und bei Sprachkursen für "
                 "Eltern. Die Steuerungsgruppe tagte viermal.",
        "vernetzung": f"Netzwerktreffen: 9 (Vorjahr 6), Arbeitskreis Migration mit {c // 20} "
                      "Trägern, Runder Tisch Ehrenamt; Abstimmung mit Jobcenter und "
                      "Ausländerbehörde im monatlichen Jour fixe der Verwaltung.",
        "interkommunal": "Regelmäßiger Austausch mit den Integrationsmanagerinnen der "
                         "benachbarten Landkreise, gemeinsamer Fachtag im Oktober.",
        "oeff": f"Internetseite mit {de(a * 13, 0)} Aufrufen, 6 Pressemitteilungen, Infostand "
                "beim Familienfest, Flyer in 7 Sprachen.",
        "land": "Teilnahme an den Jour-fixe-Terminen des MFFKI (4) und an zwei Fachtagen der "
                "DBKI; Rückmeldung zur Evaluation des ism.",
        "konzept": "Die Fortschreibung des Integrationskonzepts ist zu 60 % abgeschlossen; "
                   "Beschluss im 2. Quartal des Folgejahres geplant.",
        "ausblick": f"Für {int(j) + 1} sind ein Integrationsmonitoring und eine "
                    "Bürgerbefragung vorgesehen.",
    }
    out, n = [], 0
    for key in ("personal", "infra", "vernetzung", "interkommunal", "oeff", "land", "konzept",
                "mittel", "ausblick"):
        if key in p.get("ohne", []):
            continue
        n += 1
        out.append({"h1": f"{n}. {teile[key]}" if nummern else teile[key]})
        if key == "personal":
            rows = [["Name", "Funktion", "Stellenumfang", "von", "bis"]]
            rows += [[nm, fk, anteil(v, vs), datum(a_, "kurz"), datum(b_, "kurz") if b_ else "laufend"]
                     for nm, fk, v, a_, b_ in p["personal"]]
            out.append({"tabelle": rows})
            if p.get("personal_text"):
                out.append({"p": p["personal_text"]})
            out.append({"p": "Nicht über KIM gefördert und hier nur nachrichtlich: "
                             f"Migrationsberatung {anteil('1.5', 'vzae')}, Ehrenamtskoordination "
                             f"{anteil('0.25', 'vzae')} (9,75 Std.), Bundesprogramm "
                             f"„Integration durch Qualifizierung“ {anteil('0.4', 'vzae')}."})
        elif key == "mittel":
            out += _mittel(p, es)
        else:
            out.append({"p": text[key]})
    return out


def jahresbericht_kreis(p: dict) -> list[dict]:
    k, j, ds = p["kommune"], p["jahr"], p.get("datumstil", "lang")
    out = [{"briefkopf": [f"Kreisverwaltung {k} · Integrationsbüro",
                          f"Az. 5.3-KIM/{j} · Tel. 0{_zufall(k, 1, 2600, 6900)[0]} 10-2210"]},
           {"fusszeile": ["Jahresbericht KIM " + j + " – Seite #"]},
           {"titel": f"Jahresbericht {j} – Kommunales Integrationsmanagement im "
                     f"{k if k.endswith('kreis') else 'Landkreis ' + k}"},
           {"p": f"Berichtszeitraum: {datum(p['von'], 'kurz')} bis {datum(p['bis'], 'kurz')}"},
           {"h2": "Zahlen im Überblick"},
           {"tabelle": _statistik(p, (str(int(j) - 1), j))}]
    out += _berichtsteile(p, TEILE_KREIS, p.get("eurstil", "eur"), p.get("anteilstil", "vzae"),
                          p.get("nummern", True))
    out += [{"h2": "Anlagen"}, {"liste": p.get("anlagen", [
        "Ausgefüllter Fragebogen des MFFKI zur Evaluation", "Pressespiegel",
        "Statistik der Beratungsstelle"])},
        {"rechts": f"{k}, {datum(p['datum'], ds)}"},
        {"p": "gez. " + p.get("unterzeichner", "Martin Schädler, Abteilungsleiter")}]
    return out


def jahresbericht_stadt(p: dict) -> list[dict]:
    k, j, ds = p["kommune"], p["jahr"], p.get("datumstil", "kurz2")
    out = [{"p": f"Stadtverwaltung {k} – Amt für Soziales, Integration und Senioren"},
           {"p": f"Datum: {datum(p['datum'], ds)} · Aktenzeichen 50/KIM/{j}"},
           {"titel": f"Sachbericht zum Kommunalen Integrationsmanagement – Jahresbericht {j}"},
           {"p": f"Die Stadt {k} nimmt seit {datum(p['von'], 'lang')} am Programm teil. "
                 f"Zum Vergleich: Die Ausländerbehörde bearbeitete {j} "
                 f"{de(_zufall(k, 1, 3000, 9000)[0], 0)} Vorgänge (Vorjahr "
                 f"{de(_zufall(k, 2, 2500, 8000)[1], 0)}), die Einbürgerungen stiegen um 31 %."}]
    out += _berichtsteile(p, TEILE_STADT, p.get("eurstil", "EUR"), p.get("anteilstil", "prozent"),
                          p.get("nummern", False))
    out += [{"p": "Der ausgefüllte Fragebogen des MFFKI ist beigefügt."},
            {"p": "i. A. " + p.get("unterzeichner", "Julia Petri")}]
    return out


# --- ministry Bescheid -----------------------------------------------------------------------

def bescheid(p: dict) -> list[dict]:
    k, es = p["kommune"], p.get("eurstil", "eur")
    art = p.get("empfaenger", f"Landkreis {k}")
    ds = p.get("datumstil", "kurz")
    rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Zuwendung"]] + [
        [j, eur(b["personal"], es), eur(b["sach"], es), eur(b["personal"] + b["sach"], es)]
        for j, b in sorted(p["betraege"].items())]
    gesamt = sum(b["personal"] + b["sach"] for b in p["betraege"].values())
    roem = ("I", "II", "III", "IV", "V", "VI", "VII") if p.get("roemisch") else range(1, 8)
    h = (lambda n, t: f"{roem[n - 1]}. {t}")
    out = [{"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration",
                          "Rheinland-Pfalz", "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]},
           {"formular": [["Mein Aktenzeichen", f"745-0123#2026/00{_zufall(k, 1, 10, 99)[0]}-0701"],
                         ["Ihr Schreiben vom", datum(p["antrag_vom"], "kurz")],
                         ["Ansprechpartnerin / E-Mail", "Katrin Moll / katrin.moll@mffki.rlp.de"],
                         ["Telefon / Fax", "06131 16-5521 / 06131 16-175521"]]},
           {"p": f"{art}, {p.get('anschrift', 'Kreisverwaltung')}"},
           {"rechts": f"Mainz, {datum(p['datum'], ds)}"},
           {"titel": "Zuwendungsbescheid – Kommunales Integrationsmanagement (KIM)"},
           {"p": "Sehr geehrte Damen und Herren, auf Ihren Antrag ergeht folgender Bescheid:"},
           {"h1": h(1, "Bewilligung")},
           {"p": f"Zuwendungsempfänger: {art}. Für die Stelle einer Integrationsmanagerin mit "
                 f"{anteil(p['vzae'], 'vzae')} für den Bewilligungszeitraum vom "
                 f"{datum(p['von'], ds)} bis {datum(p['bis'], ds)} wird eine Zuweisung in Höhe von "
                 f"insgesamt {eur(gesamt, es)} bewilligt, aufgeteilt wie folgt:"},
           {"tabelle": rows},
           {"h1": h(2, "Finanzierungsart und zuwendungsfähige Ausgaben")},
           {"p": "Festbetragsfinanzierung je VZÄ mit Höchstbetrag; zuwendungsfähig sind die "
                 "Personalausgaben der Stelle und Sachausgaben für Netzwerkarbeit und "
                 "Veranstaltungen. Overheadkosten sind nicht zuwendungsfähig."},
           {"h1": h(3, "Auszahlung")},
           {"p": "Die Mittel werden auf Abruf ausgezahlt, soweit sie innerhalb von zwei Monaten "
                 "benötigt werden. Haushaltsstelle: Kapitel 07 02, Titel 633 76 (Zuweisungen an "
                 "Gemeinden und Gemeindeverbände)."},
           {"h1": h(4, "Jahresbericht und Verwendungsnachweis")},
           {"p": "Bis zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem ausgefüllten "
                 "Fragebogen vorzulegen; der Verwendungsnachweis ist binnen sechs Monaten nach "
                 "Ablauf des Bewilligungszeitraums vorzulegen."},
           {"h1": h(5, "Nebenbestimmungen")},
           {"p": "Die ANBest-K in der am Tag dieses Bescheids geltenden Fassung sind Bestandteil "
                 "dieses Bescheids. Nicht verwendete Beträge sind nach § 49a VwVfG zu erstatten "
                 "und zu verzinsen."}]
    n = 6
    if not p.get("ohne_begruendung"):
        out += [{"h1": h(n, "Begründung")},
                {"p": "Die Zuwendung ist eine freiwillige Leistung des Landes ohne Rechtsanspruch; "
                      "sie wird nach pflichtgemäßem Ermessen im Rahmen der verfügbaren "
                      "Haushaltsmittel gewährt (§ 44 LHO). Für das Programm stehen 2025 "
                      f"{eur(1500000, 'EUR')} und 2026 {eur(3000000, 'EUR')} zur Verfügung; "
                      f"bisher nehmen {p.get('teilnehmer', 14)} der 36 Kommunen teil. "
                      "Der Antrag erfüllt die Fördervoraussetzungen."}]
        n += 1
    rbb = p["rbb"] if "rbb" in p else (
        "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
        f"{p['gericht']} schriftlich oder zur Niederschrift des Urkundsbeamten der "
        "Geschäftsstelle erhoben werden.")
    out += [{"h1": h(n, "Rechtsbehelfsbelehrung")}, {"p": rbb},
        {"p": "Mit freundlichen Grüßen"}, {"p": "Im Auftrag"},
        {"p": p.get("zeichner", "gez. Dr. Henrik Albers")},
        {"fusszeile": ["Seite # – MFFKI Referat 745"]}]
    return out


# --- council Vorlagen -------------------------------------------------------------------------

def vorlage(p: dict) -> list[dict]:
    k = p["kommune"]
    gremium = p.get("gremium", "Ausschuss für Soziales und Integration")
    kopf = [["Vorlage-Nr.", p["nummer"]], ["Datum", datum(p["datum"], p.get("datumstil", "kurz"))],
            ["Federführung", p.get("amt", "Amt 50 – Soziales")], ["Aktenzeichen", "50.3-KIM"],
            ["Betreff", p.get("betreff", "Kommunales Integrationsmanagement (KIM) – Information")]]
    out = [{"titel": p.get("vorlagenart", "Informationsvorlage")}, {"formular": kopf}]
    if not p.get("ohne_beratungsfolge"):
        out += [{"fett": "Beratungsfolge"},
                {"tabelle": [["Datum", "Gremium", "Zuständigkeit", "Status"],
                             [datum(p["sitzung"], "kurz"), gremium, "Kenntnisnahme", "öffentlich"],
                             [datum(p["sitzung2"], "kurz") if "sitzung2" in p else "noch offen",
                              p.get("gremium2", "Kreisausschuss" if p.get("kreis") else "Stadtrat"),
                              "Kenntnisnahme", "öffentlich"]]}]
    if p.get("beschluss"):
        out += [{"h1": "Beschlussvorschlag"},
                {"p": f"Der {gremium} nimmt den Bericht zum Kommunalen Integrationsmanagement "
                      "zur Kenntnis."}]
    a, b = _zufall(k, 2, 400, 2600)
    out += [{"h1": p.get("h_hintergrund", "Sachverhalt")},
            {"p": "Das Land fördert seit dem 11.08.2025 im Programm KIM je Kommune eine Stelle mit "
                  "bis zu 1,0 VZÄ (bis zu 60.000 Euro Personalkosten und 20.000 Euro Sachkosten je "
                  f"Jahr). Die Zahl der Schutzsuchenden im {'Kreis' if p.get('kreis') else 'Stadt'}"
                  f"gebiet lag am 30.06. bei {de(a + 1000, 0)} (Vorjahr {de(b + 1000, 0)}); "
                  f"{de(a % 50 + 20, 1)} % davon sind unter 18 Jahre alt."}]
    if not p.get("ohne_umsetzung"):
        out += [{"h1": "Umsetzung"},
                {"p": p.get("umsetzung", "Die Verwaltung hat am 12.11.2025 den Antrag gestellt; "
                            "die Stelle (1,0 VZÄ, E 11) ist seit 01.02.2026 besetzt und im Amt 50 "
                            "angesiedelt. Eine Steuerungsgruppe mit 14 Mitgliedern wurde gebildet.")}]
    if not p.get("ohne_sachstand"):
        out += [{"h1": p.get("h_sachstand", "Sachstand")},
                {"p": p.get("sachstand", f"Bewilligt wurden für 2026 {eur(55000, 'EUR')} "
                            f"Personal- und {eur(18333, 'EUR')} Sachkosten. Bisher wurden "
                            "38 Netzwerkpartner erfasst; die Quote der abgeschlossenen "
                            "Integrationskurse stieg von 51 % auf 58 %.")}]
    out += [{"h2": "Finanzielle Auswirkungen"},
            {"tabelle": [["", "Betrag in EUR"],
                         ["Ergebnishaushalt gesamt 2026 (Aufwand)", de(p.get("haushalt", 286400000))],
                         ["Produkt 3.1.3.1 Integration (Aufwand)", de(1210500)],
                         ["davon Landeszuweisung KIM", de(73333)],
                         ["davon Bundesmittel Migrationsberatung", de(187200)]]},
            {"h2": "Anlagen"}, {"liste": ["Förderrichtlinie KIM", "Zuwendungsbescheid des MFFKI"]},
            {"p": p.get("zeichner", "gez. Bürgermeisterin Sabine Kuhn")}]
    return out


def kopfzeile(e) -> str:
    k = e.parameter.get("kommune", "Kommune")
    return (f"Ratsinformationssystem {k} · Vorlage" if e.art == "vorlage"
            else f"{k} – Dokumentenablage · Druckansicht")


BUILDERS = {f.__name__: f for f in (antrag_kreisbrief, antrag_formular, antrag_stadt,
                                    jahresbericht_kreis, jahresbericht_stadt, bescheid, vorlage)}
