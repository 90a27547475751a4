"""Contents of the development corpus, probe round 5 (issue 19): manifest.yaml entries whose
`inhalt` starts with "t-" (wired into inhalte.BUILDERS).

Anträge and Bewilligungsbescheide in habits the older contents do not have: an Antrag as a cover
letter of a Dezernat with its Angaben zur Stelle and its Kosten- und Finanzierungsplan as
attachments, each on a page of its own under a heading „Anlage 1 – …“; a staff table with
Stellen-ID, Entgeltgruppe (E 9c, S 12), Stufe and Kostenstelle columns; a Finanzierungsplan on a
landscape page with the months as columns; amounts in thousands with one decimal („41,7 Tsd. €“)
and figures with footnote marks („60.000,00 €¹“); an Antrag of a Verbandsgemeinde for its
Ortsgemeinden; Bescheide that quote the Antrag's figures and grant less (Teilbewilligung), with a
table of Auszahlungsraten per quarter, changing an earlier Bescheid (Änderungsbescheid, „von … auf
…“), or for two Haushaltsjahre with a Verpflichtungsermächtigung. Every figure an expectation
depends on is a parameter of the manifest entry.
"""

from __future__ import annotations

from decimal import Decimal

from korpus.inhalte2 import KOMMUNEN as _K2
from korpus.inhalte2 import _de

KOMMUNEN = {
    "ludwigshafen": ("Stadt Ludwigshafen am Rhein", "Stadtverwaltung Ludwigshafen am Rhein",
                     "Ludwigshafen am Rhein", "Rathausplatz 20, 67059 Ludwigshafen am Rhein",
                     "07314000", "Oberbürgermeisterin", "Jutta Steinruck",
                     "Bereich 4-50 Soziales und Integration", "VG Neustadt",
                     "Dezernat 4 – Soziales, Integration und Gesundheit"),
    "worms": ("Stadt Worms", "Stadtverwaltung Worms", "Worms", "Marktplatz 2, 67547 Worms",
              "07319000", "Oberbürgermeister", "Adolf Kessel",
              "Bereich 5 – Soziales, Jugend und Wohnen, Abteilung 5.3 Integration", "VG Mainz",
              "Dezernat III – Soziales, Jugend, Integration"),
    "speyer": ("Stadt Speyer", "Stadtverwaltung Speyer", "Speyer", "Maximilianstraße 100, 67346 Speyer",
               "07318000", "Oberbürgermeisterin", "Stefanie Seiler",
               "Fachbereich 4 – Jugend, Familie, Senioren und Soziales", "VG Neustadt",
               "Dezernat II"),
    "mayen-koblenz": ("Landkreis Mayen-Koblenz", "Kreisverwaltung Mayen-Koblenz", "Koblenz",
                      "Bahnhofstraße 9, 56068 Koblenz", "07137", "Landrat", "Marko Boos",
                      "Abteilung 6 – Soziales, Referat 6.4 Migration und Teilhabe", "VG Koblenz",
                      "Geschäftsbereich 2 – Jugend und Soziales"),
    "neuwied": ("Landkreis Neuwied", "Kreisverwaltung Neuwied", "Neuwied",
                "Wilhelm-Leuschner-Straße 9, 56564 Neuwied", "07138", "Landrat", "Achim Hallerbach",
                "Referat 4.3 – Integration und Migration", "VG Koblenz",
                "Dezernat 4 – Soziales und Teilhabe"),
    "germersheim": ("Landkreis Germersheim", "Kreisverwaltung Germersheim", "Germersheim",
                    "Luitpoldplatz 1, 76726 Germersheim", "07334", "Landrat", "Martin Brandl",
                    "Abteilung 4 – Soziales, Referat 42 Integration", "VG Neustadt",
                    "Geschäftsbereich 4"),
    "vg-maifeld": ("Verbandsgemeinde Maifeld", "Verbandsgemeindeverwaltung Maifeld", "Polch",
                   "Marktplatz 4–5, 56751 Polch", "07137068", "Bürgermeister", "Maximilian Mumm",
                   "Fachbereich 2 – Bürgerdienste, Soziales", "VG Koblenz", ""),
}
_FELDER = ("name", "verwaltung", "ort", "anschrift", "schluessel", "spitze", "chef", "amt", "gericht",
           "dezernat")
MONATE = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]


def kommune(key: str) -> dict:
    if key in KOMMUNEN:
        return dict(zip(_FELDER, KOMMUNEN[key]))
    return dict(zip(_FELDER, (*_K2[key], "")))


def _d(value) -> Decimal:
    return Decimal(str(value))


def betrag(value, stil: str = "eur", marke: str = "") -> str:
    """An amount as this producer writes it; `marke` a footnote mark after it („€¹“)."""
    v = _d(value)
    if stil == "eur":
        text = f"{_de(v, 2)} €"
    elif stil == "tsd1":  # „41,7 Tsd. €“
        text = f"{_de(v / 1000, 1)} Tsd. €"
    elif stil == "eur-vorne":  # „EUR 60.000,00“
        text = f"EUR {_de(v, 2)}"
    elif stil == "nackt":  # bare figure under a header „in €“
        text = _de(v, 2)
    else:
        raise ValueError(stil)
    return text + marke


# --- an Antrag as a cover letter with attachments ------------------------------------------------

def _kopf_brief(k: dict, p: dict) -> list[dict]:
    kopf = [k["verwaltung"], *([k["dezernat"]] if k["dezernat"] else []), k["amt"], k["anschrift"]]
    return [
        {"briefkopf": kopf},
        {"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz\nReferat 745\n"
              "Kaiser-Friedrich-Straße 5a\n55116 Mainz"},
        {"rechts": f"{k['ort']}, {p['datum']}"},
        {"p": f"Unser Zeichen: {p.get('zeichen', '50.3-KIM/2026')} · Kostenstelle "
              f"{p.get('kostenstelle', '5030.1200')} · Auskunft: {p.get('ansprech', 'Frau Lea Brandt')}"},
    ]


def _stellen_tabelle(p: dict) -> list[dict]:
    kopf = p.get("stellen_kopf", ["Stellen-ID", "Stelleninhaber/in", "Entgeltgruppe", "Stufe",
                                  "Stellenanteil (VZÄ)", "besetzt ab", "Kostenstelle"])
    return [{"tabelle": [kopf, *[list(r) for r in p["stellen"]]]}]


def _plan_jahre(p: dict, stil: str) -> list[dict]:
    """Years as columns: Ausgaben, Summe, Finanzierung; footnote marks where asked."""
    jahre = p["jahre"]
    fn = p.get("fussnoten", {})
    zeilen = [["Ausgabenart", *[str(j["jahr"]) for j in jahre], "Gesamt"]]

    def zeile(label, key):
        werte = [_d(j.get(key) or 0) for j in jahre]
        return [label, *[betrag(w, stil, fn.get(f"{key}-{j['jahr']}", "")) for w, j in zip(werte, jahre)],
                betrag(sum(werte), stil)]
    for label, werte in p.get("personal_zeilen", ()):  # one row per position above the line
        zeilen.append([label, *[betrag(w, stil) for w in werte], betrag(sum(_d(w) for w in werte), stil)])
    zeilen.append(zeile(p.get("personal_label", "Personalausgaben"), "personal"))
    zeilen.append(zeile("Sachausgaben", "sach"))
    summe = [_d(j["personal"]) + _d(j["sach"]) for j in jahre]
    zeilen.append(["Gesamtausgaben", *[betrag(s, stil) for s in summe], betrag(sum(summe), stil)])
    zuw = [s - _d(j.get("eigen") or 0) for s, j in zip(summe, jahre)]
    zeilen.append(["beantragte Zuwendung", *[betrag(z, stil) for z in zuw], betrag(sum(zuw), stil)])
    if any(j.get("eigen") for j in jahre):
        eig = [_d(j.get("eigen") or 0) for j in jahre]
        zeilen.append(["Eigenanteil", *[betrag(e, stil) for e in eig], betrag(sum(eig), stil)])
    zeilen.append(["Gesamtfinanzierung", *[betrag(s, stil) for s in summe], betrag(sum(summe), stil)])
    out: list[dict] = [{"tabelle": zeilen}]
    for text in p.get("fussnote_texte", ()):
        out.append({"p": text})
    return out


def _plan_monate(p: dict, stil: str) -> list[dict]:
    """One table per year, the months as columns, „–“ outside the Förderzeitraum, a Summe column."""
    out: list[dict] = []
    for j in p["jahre"]:
        von, bis = j.get("monate", (1, 12))
        kopf = ["Kostenart", *MONATE, f"Summe {j['jahr']}"]
        rows = [kopf]
        for label, key in (("Personalausgaben", "personal_monat"), ("Sachausgaben", "sach_monat")):
            m = _d(j[key])
            rows.append([label, *[betrag(m, stil) if von <= i + 1 <= bis else "–" for i in range(12)],
                         betrag(m * (bis - von + 1), stil)])
        ges = _d(j["personal_monat"]) + _d(j["sach_monat"])
        rows.append(["Summe", *[betrag(ges, stil) if von <= i + 1 <= bis else "–" for i in range(12)],
                     betrag(ges * (bis - von + 1), stil)])
        out.append({"p": f"Haushaltsjahr {j['jahr']}" + (f" (in {p['einheit']})" if p.get("einheit") else "")})
        out.append({"tabelle": rows})
    out.append({"p": "Die beantragte Zuwendung entspricht den Gesamtausgaben; ein Eigenanteil und "
                     "Drittmittel sind nicht vorgesehen."})
    return out


QUARTALE = ["I. Quartal", "II. Quartal", "III. Quartal", "IV. Quartal"]


def _plan_quartale(p: dict, stil: str) -> list[dict]:
    """One table per year, the quarters as columns, with or without a Summe column."""
    out: list[dict] = []
    summe = p.get("quartal_summe", True)
    for j in p["jahre"]:
        rows = [["Kostenart", *[f"{q} {j['jahr']}" for q in QUARTALE], *([f"Summe {j['jahr']}"] if summe else [])]]
        for label, key in (("Personalausgaben", "personal_quartal"), ("Sachausgaben", "sach_quartal")):
            werte = [_d(v) for v in j[key]]
            rows.append([label, *[betrag(v, stil) if v else "–" for v in werte],
                         *([betrag(sum(werte), stil)] if summe else [])])
        out.append({"tabelle": rows})
    out.append({"p": "Die beantragte Zuwendung entspricht den Gesamtausgaben."})
    return out


def _plan_zeilen(p: dict, stil: str) -> list[dict]:
    """The months (or quarters) as rows: Zeitraum | Personalausgaben | Sachausgaben, with or
    without a Summe row."""
    rows = [["Zeitraum", "Personalausgaben", "Sachausgaben"]]
    total_p = total_s = Decimal(0)
    for label, pers, sach in p["zeilen"]:
        rows.append([label, betrag(pers, stil), betrag(sach, stil)])
        total_p, total_s = total_p + _d(pers), total_s + _d(sach)
    if p.get("zeilen_summe", True):
        rows.append(["Summe", betrag(total_p, stil), betrag(total_s, stil)])
    return [{"tabelle": rows}, {"p": "Die beantragte Zuwendung entspricht den Gesamtausgaben."}]


def _plan_prosa_fussnoten(p: dict, stil: str) -> list[dict]:
    """The plan as lines of text, each amount with a Word footnote."""
    out: list[dict] = []
    for j in p["jahre"]:
        out.append({"fussnote": [f"Personalausgaben {j['jahr']}: {betrag(j['personal'], stil)}",
                                 j.get("fn_personal", "Arbeitgeberbrutto nach TVöD-VKA.")]})
        out.append({"fussnote": [f"Sachausgaben {j['jahr']}: {betrag(j['sach'], stil)}",
                                 j.get("fn_sach", "Fortbildung, Dolmetschkosten, Reisekosten.")]})
        out.append({"p": f"Beantragte Zuwendung {j['jahr']}: "
                         f"{betrag(_d(j['personal']) + _d(j['sach']), stil)}"})
    return out


def antrag_anlagen(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    stil = p.get("betrag_stil", "eur")
    ohne = set(p.get("ohne", ()))
    anl_stelle = p.get("anlage_stelle", "Anlage 1 – Angaben zur Stelle")
    anl_plan = p.get("anlage_plan", "Anlage 2 – Kosten- und Finanzierungsplan")
    out = _kopf_brief(k, p)
    out.append({"titel": p.get("titel", "Antrag auf Gewährung einer Zuwendung für das Kommunale "
                                        "Integrationsmanagement (KIM)")})
    out.append({"p": "Sehr geehrte Damen und Herren,"})
    out.append({"p": p.get("einleitung", f"der {k['name']} beantragt hiermit eine Zuwendung nach dem "
                           "Konzept KIM. Die Angaben zur Stelle und der Kosten- und Finanzierungsplan "
                           "sind diesem Schreiben als Anlagen 1 und 2 beigefügt.")})
    out.append({"h1": "1. Antragsteller"})
    out.append({"p": p.get("antragsteller", f"{k['name']}, {k['anschrift']}, vertreten durch "
                           f"{k['spitze']} {k['chef']}; Gemeindeschlüssel {k['schluessel']}")})
    out.append({"h1": "2. Ansprechperson"})
    out.append({"p": f"{p.get('ansprech', 'Frau Lea Brandt')}, {k['amt']}, Telefon 0621 504-3318, "
                     f"integration@{p['kommune']}.example"})
    out.append({"h1": "3. Organisatorische Anbindung"})
    out.append({"p": p.get("anbindung", f"Die Stelle ist in der {k['verwaltung']}"
                           f"{', ' + k['dezernat'] if k['dezernat'] else ''}, im {k['amt']} angesiedelt "
                           "und dort der Abteilungsleitung unmittelbar zugeordnet.")})
    out.append({"h1": "4. Aufgaben und Schwerpunkte"})
    out.append({"p": p.get("aufgaben", "Aufbau und Steuerung des Netzwerks der Integrationsakteure, "
                           "Koordinierung der Fallarbeit mit Ausländerbehörde, Jobcenter und "
                           "Migrationsberatung, Fortschreibung des Integrationskonzepts.")})
    out.append({"h1": "5. Integrationskonzept"})
    out.append({"p": p.get("konzept", "Ein Integrationskonzept liegt vor (Ratsbeschluss vom 14.11.2022).")})
    out.append({"h1": "6. Förderzeitraum"})
    out.append({"p": f"Beantragt wird die Förderung für den Zeitraum {p['beginn']} bis {p['ende']}."})
    out.append({"h1": "7. Erklärungen"})
    out.append({"liste": ["Mit der Maßnahme wurde vor Antragstellung nicht begonnen.",
                          "Für die Stelle werden keine weiteren Fördermittel beantragt.",
                          "Die Angaben in diesem Antrag und seinen Anlagen sind vollständig und richtig."]})
    out.append({"p": "Anlagen:"})
    out.append({"liste": p.get("anlagen_liste", [anl_stelle.split("–")[-1].strip() + " (Anlage 1)",
                                                 anl_plan.split("–")[-1].strip() + " (Anlage 2)"])})
    out.append({"p": "Mit freundlichen Grüßen"})
    if p.get("odu_zeile"):
        out.append({"formular": [["Ort, Datum", f"{k['ort']}, {p['datum']}"],
                                 ["Unterschrift", p.get("zeichnung", f"{k['chef']}, {k['spitze']}")]]})
    else:
        out.append({"p": p.get("zeichnung_block", f"In Vertretung\n\nDr. Anne Kurz\nBeigeordnete")})
    if "stelle" not in ohne:
        out.append({"querformat": False})  # page break: the attachment on a page of its own
        out.append({"h1": anl_stelle})
        for t in p.get("stelle_vor", ()):
            out.append({"p": t})
        out += _stellen_tabelle(p)
        for t in p.get("stelle_nach", ()):
            out.append({"p": t})
    if "plan" not in ohne:
        out.append({"querformat": bool(p.get("quer", False))})
        out.append({"h1": anl_plan})
        if p.get("anlage_titel"):  # "Anlage 2" on its line, the title on the next
            out.append({"fett": p["anlage_titel"]})
        if p.get("einheit_satz"):
            out.append({"p": p["einheit_satz"]})
        plan = {"monate": _plan_monate, "quartale": _plan_quartale, "prosa": _plan_prosa_fussnoten,
                "zeilen": _plan_zeilen}
        out += plan.get(p.get("plan_form", "monate" if p.get("monate") else ""), _plan_jahre)(p, stil)
    return out


# --- a Bewilligungsbescheid: Teilbewilligung, Raten, Änderung, Verpflichtungsermächtigung ----------

def _jahres_saetze(p: dict, key: str, stil: str) -> list[str]:
    return [f"Haushaltsjahr {j['jahr']}: Personalausgaben {betrag(j['personal'], stil)}, Sachausgaben "
            f"{betrag(j['sach'], stil)}" for j in p[key]]


def _tenor(p: dict, k: dict, stil: str) -> list[dict]:
    form = p.get("form", "teil")
    out: list[dict] = []
    if form == "teil":  # the Antrag's figures quoted, then less granted
        out.append({"p": f"Mit Ihrem Antrag vom {p['antrag_vom']} haben Sie für den Zeitraum "
                         f"{p['antrag_zeitraum']} folgende Ausgaben zur Förderung angemeldet:"})
        out.append({"liste": _jahres_saetze(p, "beantragt", stil)})
        out.append({"p": f"Auf diesen Antrag bewillige ich dem {k['name']} für den Bewilligungszeitraum "
                         f"{p['zeitraum']} eine Zuwendung als Festbetrag in folgender Höhe:"})
        out.append({"liste": _jahres_saetze(p, "bewilligt", stil)})
        out.append({"p": p.get("teil_grund", "Im Übrigen wird der Antrag abgelehnt.")})
    elif form == "teil_tabelle":  # the Antrag's figures as a table under a lead-in, then the grant
        out.append({"p": f"Ihr Antrag vom {p['antrag_vom']} umfasste folgende Ausgaben:"})
        out.append({"tabelle": [["Haushaltsjahr", "Personalausgaben", "Sachausgaben"],
                                *[[str(j["jahr"]), betrag(j["personal"], stil), betrag(j["sach"], stil)]
                                  for j in p["beantragt"]]]})
        out.append({"p": f"Hierauf wird dem {k['name']} für den Bewilligungszeitraum {p['zeitraum']} "
                         "eine Zuwendung als Festbetrag in folgender Höhe bewilligt:"})
        out.append({"tabelle": [["Haushaltsjahr", "Personalausgaben", "Sachausgaben"],
                                *[[str(j["jahr"]), betrag(j["personal"], stil), betrag(j["sach"], stil)]
                                  for j in p["bewilligt"]]]})
        out.append({"p": p.get("teil_grund", "Im Übrigen wird der Antrag abgelehnt.")})
    elif form == "vergleich":  # table beantragt | bewilligt
        out.append({"p": f"Auf Ihren Antrag vom {p['antrag_vom']} bewillige ich dem {k['name']} für den "
                         f"Bewilligungszeitraum {p['zeitraum']} eine Zuwendung als Festbetrag. Die "
                         "beantragten und die bewilligten Beträge:"})
        rows = [p.get("vergleich_kopf", ["Haushaltsjahr", "Ausgabenart", "beantragt", "bewilligt"])]
        for a, b in zip(p["beantragt"], p["bewilligt"]):
            rows.append([str(b["jahr"]), "Personalausgaben", betrag(a["personal"], stil),
                         betrag(b["personal"], stil)])
            rows.append([str(b["jahr"]), "Sachausgaben", betrag(a["sach"], stil), betrag(b["sach"], stil)])
        out.append({"tabelle": rows})
        out.append({"p": p.get("teil_grund", "Soweit die bewilligten Beträge hinter den beantragten "
                                             "zurückbleiben, wird der Antrag abgelehnt.")})
    elif form == "aenderung":
        a = p["aenderung"]
        out.append({"p": f"der Bewilligungsbescheid vom {a['vom']} (Az. {a['az']}) wird auf Ihren "
                         f"Änderungsantrag vom {p['antrag_vom']} wie folgt geändert:"})
        for alt, neu in zip(a["alt"], p["bewilligt"]):
            if a.get("stil") == "bisher":  # "bisher …, künftig …"
                out.append({"p": f"Für das Haushaltsjahr {neu['jahr']} betragen die Personalausgaben bisher "
                                 f"{betrag(alt['personal'], stil)}, künftig {betrag(neu['personal'], stil)}; "
                                 f"die Sachausgaben bisher {betrag(alt['sach'], stil)}, künftig "
                                 f"{betrag(neu['sach'], stil)}."})
                continue
            out.append({"p": f"Die Zuwendung für das Haushaltsjahr {neu['jahr']} wird bei den "
                             f"Personalausgaben von {betrag(alt['personal'], stil)} auf "
                             f"{betrag(neu['personal'], stil)} und bei den Sachausgaben von "
                             f"{betrag(alt['sach'], stil)} auf {betrag(neu['sach'], stil)} "
                             f"{a.get('verb', 'erhöht')}."})
        out.append({"p": f"Der Bewilligungszeitraum lautet nunmehr {p['zeitraum']}. Im Übrigen bleibt "
                         f"der Bescheid vom {a['vom']} unberührt."})
    elif form == "statt":  # the request and the grant in one sentence per year
        out.append({"p": f"Auf Ihren Antrag vom {p['antrag_vom']} bewillige ich dem {k['name']} für den "
                         f"Bewilligungszeitraum {p['zeitraum']} eine Zuwendung als Festbetrag."})
        for a, b in zip(p["beantragt"], p["bewilligt"]):
            out.append({"p": f"Statt der beantragten {betrag(a['personal'], stil)} werden für die "
                             f"Personalausgaben {b['jahr']} {betrag(b['personal'], stil)} bewilligt, für die "
                             f"Sachausgaben {b['jahr']} {betrag(b['sach'], stil)}."})
    elif form == "ve_tabelle":  # years as rows: Haushaltsmittel and Verpflichtungsermächtigung
        out.append({"p": f"auf Ihren Antrag vom {p['antrag_vom']} bewillige ich dem {k['name']} für den "
                         f"Bewilligungszeitraum {p['zeitraum']} eine Zuwendung als Festbetrag:"})
        rows = [["Haushaltsjahr", "Personalausgaben", "Sachausgaben", "Summe", "Finanzierung"]]
        for n, j in enumerate(p["bewilligt"]):
            rows.append([str(j["jahr"]), betrag(j["personal"], stil), betrag(j["sach"], stil),
                         betrag(_d(j["personal"]) + _d(j["sach"]), stil),
                         "Haushaltsmittel" if n == 0 else "Verpflichtungsermächtigung"])
        rows.append(["Summe", *[betrag(sum(_d(j[key]) for j in p["bewilligt"]), stil) for key in ("personal", "sach")],
                     betrag(sum(_d(j["personal"]) + _d(j["sach"]) for j in p["bewilligt"]), stil), ""])
        out.append({"tabelle": rows})
    elif form == "aenderung_tabelle":
        a = p["aenderung"]
        out.append({"p": f"der Bewilligungsbescheid vom {a['vom']} (Az. {a['az']}) wird auf Ihren "
                         f"Änderungsantrag vom {p['antrag_vom']} wie folgt geändert:"})
        rows = [["Haushaltsjahr", "Ausgabenart", "bisher bewilligt", "neu bewilligt", "Veränderung"]]
        for alt, neu in zip(a["alt"], p["bewilligt"]):
            for label, key in (("Personalausgaben", "personal"), ("Sachausgaben", "sach")):
                diff = _d(neu[key]) - _d(alt[key])
                rows.append([str(neu["jahr"]), label, betrag(alt[key], stil), betrag(neu[key], stil),
                             ("+" if diff > 0 else "−" if diff < 0 else "±") + betrag(abs(diff), stil)])
        out.append({"tabelle": rows})
        out.append({"p": f"Der Bewilligungszeitraum lautet nunmehr {p['zeitraum']}. Im Übrigen bleibt "
                         f"der Bescheid vom {a['vom']} unberührt."})
    elif form == "ve":  # two years, the second from a Verpflichtungsermächtigung
        j1, j2 = p["bewilligt"]
        out.append({"p": f"auf Ihren Antrag vom {p['antrag_vom']} bewillige ich dem {k['name']} für den "
                         f"Bewilligungszeitraum {p['zeitraum']} eine Zuwendung als Festbetrag."})
        out.append({"p": f"Aus den Haushaltsmitteln {j1['jahr']} (Kapitel 07 02, Titel 633 21) werden "
                         f"für Personalausgaben {betrag(j1['personal'], stil)} und für Sachausgaben "
                         f"{betrag(j1['sach'], stil)} bewilligt."})
        ve = _d(j2["personal"]) + _d(j2["sach"])
        out.append({"p": f"Zu Lasten der Verpflichtungsermächtigung bei Kapitel 07 02, Titel 633 21 in "
                         f"Höhe von {betrag(p.get('ve_betrag', ve), stil)} werden für das Haushaltsjahr "
                         f"{j2['jahr']} für Personalausgaben {betrag(j2['personal'], stil)} und für "
                         f"Sachausgaben {betrag(j2['sach'], stil)} bewilligt, vorbehaltlich der "
                         f"Bereitstellung der Mittel im Haushaltsplan {j2['jahr']}."})
    return out


def _raten(p: dict, stil: str) -> list[dict]:
    rows = [["Rate", "Zeitraum", "Auszahlung zum", "Betrag"]]
    for r in p["raten"]:
        rows.append([r[0], r[1], r[2], betrag(r[3], stil)])
    summe = p.get("raten_summe", sum(_d(r[3]) for r in p["raten"]))
    rows.append(["Summe", "", "", betrag(summe, stil)])
    return [{"p": "Die Zuwendung wird in Raten je Quartal ausgezahlt, jeweils nach Anforderung:"},
            {"tabelle": rows}]


def bescheid(p: dict) -> list[dict]:
    k = kommune(p["kommune"])
    stil = p.get("betrag_stil", "eur")
    ohne = set(p.get("ohne", ()))
    titel = {"aenderung": "Änderungsbescheid", "aenderung_tabelle": "Änderungsbescheid",
             "teil": "Bewilligungsbescheid (Teilbewilligung)"}
    out: list[dict] = [
        {"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
                       "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]},
        {"p": f"{k['verwaltung']}\n{k['dezernat'] or k['amt']}\n{k['anschrift']}"},
        {"rechts": f"Mainz, {p['datum']}"},
        {"p": f"Aktenzeichen: 745-0003#2026/{p.get('az', '0512')} · Haushaltsstelle: Kapitel 07 02, "
              f"Titel 633 21 · Ihr Antrag vom {p['antrag_vom']}"},
        {"titel": p.get("titel", titel.get(p.get("form", "teil"), "Bewilligungsbescheid"))},
        {"p": "Zuwendung des Landes Rheinland-Pfalz für das Kommunale Integrationsmanagement (KIM)"},
        {"p": "Sehr geehrte Damen und Herren,"},
        {"h1": "1. Bewilligung"},
        *_tenor(p, k, stil),
    ]
    teile = [
        ("Finanzierungsart und zuwendungsfähige Ausgaben",
         [{"p": "Die Zuwendung wird im Wege der Festbetragsfinanzierung als Zuweisung gewährt. "
                "Zuwendungsfähig sind die Personal- und Sachausgaben der Stelle; Gemeinkosten sind "
                "nicht zuwendungsfähig."}]),
        ("Auszahlung", _raten(p, stil) if p.get("raten") else
         [{"p": "Die Mittel werden auf Anforderung zum 15.02. und 15.08. ausgezahlt."}]),
        ("Jahresbericht und Verwendungsnachweis",
         [{"p": "Der Jahresbericht ist bis zum 15.12. eines jeden Jahres vorzulegen, der "
                f"Verwendungsnachweis bis zum {p.get('vn_bis', '30.06.2027')}."}]),
        ("Nebenbestimmungen",
         [{"p": "Die ANBest-K in der am Tag dieses Bescheids geltenden Fassung sind Bestandteil des "
                "Bescheids."}]),
        ("Begründung",
         [{"p": p.get("begruendung", "Rechtsgrundlage sind § 44 LHO und das Konzept KIM. Die "
                                     "Voraussetzungen der Förderung liegen vor.")}]),
    ]
    n = 1
    for name, inhalt in teile:
        if name in ohne:
            continue
        n += 1
        out.append({"h1": f"{n}. {name}"})
        out += inhalt
    if "Rechtsbehelfsbelehrung" not in ohne:
        out.append({"h1": "Rechtsbehelfsbelehrung"})
        out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage "
                         f"beim Verwaltungsgericht {k['gericht'][3:]} erhoben werden."})
    out.append({"p": "Mit freundlichen Grüßen\nIm Auftrag\n\nDr. Miriam Sauer"})
    return out


BUILDERS = {"t-antrag-anlagen": antrag_anlagen, "t-bescheid": bescheid}
