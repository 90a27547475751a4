"""Contents of the twenty-seventh held-out corpus (manifest_blind27.yaml), issue 19, item 4.

How it was written: from the guideline's data file and rule page (kim-rlp-2025.yaml/.md), the
list of Kommunen, fachwissen.md, the Koblenz Unterrichtungsvorlage (quellen/003) and the build
script bauen.py alone. The author had not seen the fact layer (kimdocs/facts, readers, rules,
check), no earlier corpus and no checker output; every expectation in the manifest was fixed
before the first run, and the checker was not run on these documents by their author.

What is new (the angle of this round): Kommunen with a TEAM instead of one post – the 1,0 VZÄ
(or less) shared by two or three part-time people, as a Personalamt or Sozialamt writes it:
staff tables with columns of the office's own choosing, one sentence per person, weekly hours
of a 39- or 40-hour week (with and without "/Woche"), percentages, "v. H.", "halbe Stelle";
a post split between the Kreis and a Träger; people who start late, reduce or raise their hours,
leave and are replaced, or are on parental leave and covered – in tables, sentences and
footnote-like remarks; Bescheide, Vorlagen and Jahresberichte of such teams.

Contract: BUILDERS maps the manifest's `inhalt` to a function of the entry's parameters that
returns the outline items bauen.py understands; every figure an expectation depends on is a
parameter in the manifest (staff lines are given there as the office wrote them).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MON_KURZ = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
            "Nov.", "Dez.")

# key: (name, Behörde, Straße, PLZ Ort, Schlüssel, Verwaltungsgericht, Amt, Ort, Spitze)
KOMMUNEN = {
    "kusel": ("Landkreis Kusel", "Kreisverwaltung Kusel", "Trierer Straße 49-51", "66869 Kusel",
              "07336", "Neustadt an der Weinstraße", "Abteilung 4 – Soziales, Referat 42 Migration",
              "Kusel", "Landrat"),
    "speyer": ("Stadt Speyer", "Stadtverwaltung Speyer", "Maximilianstraße 100", "67346 Speyer",
               "07318000", "Neustadt an der Weinstraße", "Fachbereich 4 – Jugend, Familie, Senioren "
               "und Soziales", "Speyer", "Oberbürgermeisterin"),
    "neustadt": ("Stadt Neustadt an der Weinstraße", "Stadtverwaltung Neustadt an der Weinstraße",
                 "Marktplatz 1", "67433 Neustadt an der Weinstraße", "07316000",
                 "Neustadt an der Weinstraße", "Sozialamt, Abteilung Integration",
                 "Neustadt an der Weinstraße", "Oberbürgermeister"),
    "myk": ("Landkreis Mayen-Koblenz", "Kreisverwaltung Mayen-Koblenz", "Bahnhofstraße 9",
            "56068 Koblenz", "07137", "Koblenz", "Abteilung 5 – Soziales, Referat Integration",
            "Koblenz", "Landrat"),
    "trsaar": ("Landkreis Trier-Saarburg", "Kreisverwaltung Trier-Saarburg", "Willy-Brandt-Platz 1",
               "54290 Trier", "07235", "Trier", "Abteilung 9 – Soziales und Integration",
               "Trier", "Landrat"),
    "andernach": ("Stadt Andernach", "Stadtverwaltung Andernach", "Läufstraße 11", "56626 Andernach",
                  "07137003", "Koblenz", "Amt für Soziales und Integration", "Andernach",
                  "Oberbürgermeister"),
    "lu": ("Stadt Ludwigshafen am Rhein", "Stadtverwaltung Ludwigshafen am Rhein", "Rathausplatz 20",
           "67059 Ludwigshafen am Rhein", "07314000", "Neustadt an der Weinstraße",
           "Bereich Soziales, Abteilung Migration und Integration", "Ludwigshafen am Rhein",
           "Oberbürgermeisterin"),
    "ger": ("Landkreis Germersheim", "Kreisverwaltung Germersheim", "Luitpoldplatz 1",
            "76726 Germersheim", "07334", "Neustadt an der Weinstraße",
            "Abteilung 3 – Soziales, Referat 32 Integration", "Germersheim", "Landrat"),
    "duew": ("Landkreis Bad Dürkheim", "Kreisverwaltung Bad Dürkheim", "Philipp-Fauth-Straße 11",
             "67098 Bad Dürkheim", "07332", "Neustadt an der Weinstraße",
             "Abteilung 2 – Soziales, Referat Migration", "Bad Dürkheim", "Landrat"),
    "nr": ("Landkreis Neuwied", "Kreisverwaltung Neuwied", "Wilhelm-Leuschner-Straße 9",
           "56564 Neuwied", "07138", "Koblenz", "Abteilung 5 – Soziales, Sachgebiet Integration",
           "Neuwied", "Landrat"),
    "ko": ("Stadt Koblenz", "Stadtverwaltung Koblenz", "Willi-Hörter-Platz 1", "56068 Koblenz",
           "07111000", "Koblenz", "50-Sozialamt, Abteilung Migration und Integration", "Koblenz",
           "Oberbürgermeister"),
    "azw": ("Landkreis Alzey-Worms", "Kreisverwaltung Alzey-Worms", "Ernst-Ludwig-Straße 36",
            "55232 Alzey", "07331", "Mainz", "Abteilung 3 – Soziales, Integration", "Alzey",
            "Landrat"),
    "ps": ("Stadt Pirmasens", "Stadtverwaltung Pirmasens", "Exerzierplatzstraße 17",
           "66953 Pirmasens", "07317000", "Neustadt an der Weinstraße", "Sozialamt, Integrationsbüro",
           "Pirmasens", "Oberbürgermeister"),
    "daun": ("Landkreis Vulkaneifel", "Kreisverwaltung Vulkaneifel", "Mainzer Straße 25",
             "54550 Daun", "07233", "Trier", "Abteilung 3 – Soziales, Migration und Integration",
             "Daun", "Landrätin"),
    "mz": ("Landeshauptstadt Mainz", "Stadtverwaltung Mainz", "Jockel-Fuchs-Platz 1", "55116 Mainz",
           "07315000", "Mainz", "Amt für Soziale Leistungen, Integrationsbüro", "Mainz",
           "Oberbürgermeister"),
    "rlk": ("Rhein-Lahn-Kreis", "Kreisverwaltung des Rhein-Lahn-Kreises", "Insel Silberau 1",
            "56130 Bad Ems", "07141", "Koblenz", "Abteilung 2 – Soziales, Referat Integration",
            "Bad Ems", "Landrat"),
    "ww": ("Westerwaldkreis", "Kreisverwaltung des Westerwaldkreises", "Peter-Altmeier-Platz 1",
           "56410 Montabaur", "07143", "Koblenz", "Referat 43 – Integration und Migration",
           "Montabaur", "Landrat"),
    "coc": ("Landkreis Cochem-Zell", "Kreisverwaltung Cochem-Zell", "Endertplatz 2", "56812 Cochem",
            "07135", "Koblenz", "Abteilung 4 – Soziales und Integration", "Cochem", "Landrätin"),
    "kl": ("Stadt Kaiserslautern", "Stadtverwaltung Kaiserslautern", "Willy-Brandt-Platz 1",
           "67657 Kaiserslautern", "07312000", "Neustadt an der Weinstraße",
           "Referat Soziales, Abteilung Integration", "Kaiserslautern", "Oberbürgermeisterin"),
    "mzbi": ("Landkreis Mainz-Bingen", "Kreisverwaltung Mainz-Bingen", "Georg-Rückert-Straße 11",
             "55218 Ingelheim am Rhein", "07339", "Mainz", "Abteilung 4 – Soziales, Integration",
             "Ingelheim am Rhein", "Landrätin"),
    "tr": ("Stadt Trier", "Stadtverwaltung Trier", "Am Augustinerhof", "54290 Trier", "07211000",
           "Trier", "Amt für Soziales und Wohnen, Integrationsbüro", "Trier", "Oberbürgermeister"),
    "swp": ("Landkreis Südwestpfalz", "Kreisverwaltung Südwestpfalz", "Unterer Sommerwaldweg 40-42",
            "66953 Pirmasens", "07340", "Neustadt an der Weinstraße",
            "Abteilung 3 – Soziales, Integration", "Pirmasens", "Landrätin"),
    "bit": ("Eifelkreis Bitburg-Prüm", "Kreisverwaltung Eifelkreis Bitburg-Prüm", "Trierer Straße 1",
            "54634 Bitburg", "07232", "Trier", "Abteilung 13 – Soziales, Integration", "Bitburg",
            "Landrat"),
    "rpk": ("Rhein-Pfalz-Kreis", "Kreisverwaltung Rhein-Pfalz-Kreis", "Europaplatz 5",
            "67063 Ludwigshafen am Rhein", "07338", "Neustadt an der Weinstraße",
            "Abteilung 4 – Soziales, Migration", "Ludwigshafen am Rhein", "Landrat"),
    "wo": ("Stadt Worms", "Stadtverwaltung Worms", "Marktplatz 2", "67547 Worms", "07319000",
           "Mainz", "Bereich 5 – Soziales, Abteilung Integration", "Worms", "Oberbürgermeister"),
    "bir": ("Landkreis Birkenfeld", "Kreisverwaltung Birkenfeld", "Schneewiesenstraße 25",
            "55765 Birkenfeld", "07134", "Koblenz", "Fachbereich 2 – Soziales, Integration",
            "Birkenfeld", "Landrat"),
    "aw": ("Landkreis Ahrweiler", "Kreisverwaltung Ahrweiler", "Wilhelmstraße 24-30",
           "53474 Bad Neuenahr-Ahrweiler", "07131", "Koblenz", "Abteilung 3 – Soziales, Integration",
           "Bad Neuenahr-Ahrweiler", "Landrätin"),
}


def _k(p):
    return KOMMUNEN[p["kommune"]]


def geld(x, stil="eur2"):
    """An amount in the notation the office uses."""
    v = Decimal(str(x)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    ganz = v == v.to_integral()

    def de(w, nk=2):
        return f"{w:,.{nk}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if stil == "eur2":
        return de(v) + " €"
    if stil == "eur":
        return (de(v, 0) if ganz else de(v)) + " EUR"
    if stil == "eurvorn":
        return "EUR " + (de(v, 0) + ",-" if ganz else de(v))
    if stil in ("teur", "tsd"):
        t = (v / 1000).normalize()
        s = f"{t:f}".replace(".", ",")
        return s + (" T€" if stil == "teur" else " Tsd. EUR")
    if stil == "strich":
        return de(v, 0) + ",--" if ganz else de(v)
    return de(v)  # "nackt": bare figure under a header "in EUR"


def datum(iso, stil="kurz"):
    j, m, t = (int(x) for x in iso.split("-"))
    if stil == "lang":
        return f"{t}. {MONATE[m - 1]} {j}"
    if stil == "kurz2":
        return f"{t:02d}.{m:02d}.{j % 100:02d}"
    if stil == "iso":
        return iso
    if stil == "monat":
        return f"{MON_KURZ[m - 1]} {j}"
    return f"{t:02d}.{m:02d}.{j}"


def _personal(p):
    """Staff as the office wrote it: a table (rows given), sentences, remarks."""
    out = []
    for s in p.get("personal_vor", []):
        out.append({"p": s})
    if p.get("personal_tabelle"):
        out.append({"tabelle": p["personal_tabelle"]})
    for s in p.get("personal_saetze", []):
        out.append({"p": s})
    for s in p.get("personal_anmerkungen", []):
        out.append({"p": s})
    return out


def _summen(reihe):
    return [sum(Decimal(str(x)) for x in spalte) for spalte in zip(*reihe)]


def _plan(p):
    """The Finanzierungsplan: years as columns (spalten), as rows (zeilen), or items (posten)."""
    st, jahre = p.get("geld", "eur2"), p["jahre"]
    pk, sk = p["pk_zuw"], p["sk"]
    pkk = p.get("pk_kosten", pk)
    eig = [Decimal(str(a)) - Decimal(str(b)) for a, b in zip(pkk, pk)]
    hat_eig = any(eig)
    f = (lambda x: geld(x, st))
    out = []
    if p.get("plan_vor"):
        out.append({"p": p["plan_vor"]})
    if p.get("plan", "spalten") == "zeilen":
        kopf = ["Haushaltsjahr", "Personalkosten gesamt", "davon Zuwendung KIM",
                "Sachkosten (Zuwendung KIM)", "beantragte Zuwendung"] + (
            ["Eigenmittel"] if hat_eig else [])
        rows = [kopf]
        for i, j in enumerate(jahre):
            z = Decimal(str(pk[i])) + Decimal(str(sk[i]))
            rows.append([str(j), f(pkk[i]), f(pk[i]), f(sk[i]), f(z)] + ([f(eig[i])] if hat_eig else []))
        cols = _summen([[pkk[i], pk[i], sk[i], Decimal(str(pk[i])) + Decimal(str(sk[i]))]
                        + ([eig[i]] if hat_eig else []) for i in range(len(jahre))])
        rows.append(["Gesamt"] + [f(c) for c in cols])
        out.append({"tabelle": rows})
        return out
    kopf = ["Position" if st != "nackt" else "Position (in EUR)"] + [str(j) for j in jahre]
    rows = [kopf, ["Personalkosten (Arbeitgeberaufwand)"] + [f(x) for x in pkk]]
    if p.get("sk_posten"):
        for label, werte in p["sk_posten"]:
            rows.append([label] + [f(x) for x in werte])
        rows.append(["Zwischensumme Sachkosten"] + [f(x) for x in sk])
    else:
        rows.append(["Sachkosten"] + [f(x) for x in sk])
    ges = [Decimal(str(a)) + Decimal(str(b)) for a, b in zip(pkk, sk)]
    rows.append(["Gesamtausgaben"] + [f(x) for x in ges])
    out.append({"tabelle": rows})
    fin = [[("Finanzierung" if st != "nackt" else "Finanzierung (in EUR)")] + [str(j) for j in jahre],
           ["Zuwendung KIM – Personalkostenzuschuss"] + [f(x) for x in pk],
           ["Zuwendung KIM – Sachkosten"] + [f(x) for x in sk]]
    if hat_eig:
        fin.append([p.get("eigen_label", "Eigenmittel")] + [f(x) for x in eig])
    fin.append(["Gesamtfinanzierung"] + [f(x) for x in ges])
    out.append({"tabelle": fin})
    return out


def _erklaerungen_text(p):
    if p.get("erklaerung_boxen"):
        return [{"formular": [[b, t] for b, t in p["erklaerung_boxen"]]}]
    return [{"p": "Wir erklären, dass für die beantragten Stellenanteile und Sachkosten keine "
                  "weiteren Fördermittel des Landes, des Bundes oder der EU beantragt oder "
                  "bewilligt sind (keine Doppelförderung), und dass mit dem Vorhaben vor der "
                  "Bewilligung nicht begonnen wird. Die Stellenanteile werden ausschließlich für "
                  "Aufgaben des Kommunalen Integrationsmanagements eingesetzt."}]


AUFGABEN = ["Bestandsaufnahme der Integrationsangebote (Wohnen, Sprache und Bildung, "
            "Migrationsberatung, Arbeitsmarkt) und Benennung von Lücken",
            "Aufbau und Pflege der Netzwerke in der Verwaltung, mit der Politik und den Trägern",
            "Fortschreibung der Integrationsstrategie und Maßnahmenplanung",
            "Öffentlichkeitsarbeit und Berichterstattung an das MFFKI, Teilnahme am Jour fixe"]


def _antrag_teile(p, h):
    """The parts of an Antrag; `h` maps part keys to the office's headings."""
    k = _k(p)
    o = [{"h1": h["antragsteller"]},
         {"formular": [["Kommune", k[0]], ["Anschrift", f"{k[1]}, {k[2]}, {k[3]}"],
                       ["Kreis-/Gemeindeschlüssel", p.get("schluessel", k[4])]]}]
    if p.get("antragsteller_zusatz"):
        o.append({"p": p["antragsteller_zusatz"]})
    o += [{"h1": h["kontakt"]},
          {"p": f"{p['kontakt']}, {k[6]}, Telefon {p.get('telefon', '0631 365-2214')}, "
                f"E-Mail: {p['mail']}"},
          {"h1": h["personal"]}] + _personal(p)
    o += [{"h1": h["anbindung"]}, {"p": p.get("anbindung", f"Die Stellenanteile sind in der "
                                                   f"{k[1]}, {k[6]}, angesiedelt.")}]
    o += [{"h1": h["aufgaben"]}, {"liste": p.get("aufgaben", AUFGABEN)}]
    o += [{"h1": h["konzept"]}, {"p": p.get("konzept", "Ein örtliches Integrationskonzept liegt "
                                           "vor (Beschluss von 2022); es wird durch das Team "
                                           "fortgeschrieben.")}]
    o += [{"h1": h["zeitraum"]}, {"p": p["zeitraum"]}]
    o += [{"h1": h["plan"]}] + _plan(p)
    for s in p.get("plan_nach", []):
        o.append({"p": s})
    o += [{"h1": h["erklaerungen"]}] + _erklaerungen_text(p)
    return o


STD_H = {"antragsteller": "1. Antragsteller", "kontakt": "2. Ansprechperson",
         "personal": "3. Stelle und Personal", "anbindung": "4. Organisatorische Anbindung",
         "aufgaben": "5. Aufgaben und Schwerpunkte", "konzept": "6. Integrationskonzept",
         "zeitraum": "7. Förderzeitraum", "plan": "8. Finanzierungsplan",
         "erklaerungen": "9. Erklärungen", "unterschrift": "10. Ort, Datum, Unterschrift"}


def antrag_brief(p):
    """A Kreis or city letter: letterhead in the page header, Aktenzeichen line, numbered parts."""
    k = _k(p)
    h = {**STD_H, **p.get("ueberschriften", {})}
    o = [{"briefkopf": [k[1], k[6], f"{k[2]} · {k[3]}"]},
         {"p": f"{k[1]} · {k[2]} · {k[3]}"},
         {"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz"},
         {"p": "Referat 765 – Kommunale Integration"},
         {"p": "Kaiser-Friedrich-Straße 5a, 55116 Mainz"},
         {"p": f"Unser Zeichen: {p.get('az', '42-KIM')}    Auskunft: {p['kontakt']}    "
               f"Datum: {datum(p['datum'], p.get('datum_stil', 'kurz'))}"},
         {"fett": p.get("betreff", "Antrag auf Förderung im Programm „Kommunales "
                                  "Integrationsmanagement“ (KIM)")},
         {"p": "Sehr geehrte Damen und Herren,"},
         {"p": p.get("einleitung", "hiermit beantragen wir die Förderung unseres Teams im "
                                   "Kommunalen Integrationsmanagement. Die Angaben im Einzelnen:")}]
    o += _antrag_teile(p, h)
    o += [{"h1": h["unterschrift"]},
          {"p": f"{k[7]}, {datum(p['datum'], p.get('datum_stil', 'kurz'))}"},
          {"p": p.get("gruss", "Mit freundlichen Grüßen")},
          {"p": p.get("zeichnung_zusatz", "Im Auftrag")},
          {"p": p["unterzeichner"]}]
    if p.get("anlagen"):
        o += [{"fett": "Anlagen"}, {"liste": p["anlagen"]}]
    o.append({"fusszeile": [f"{k[1]} · KIM-Antrag · Seite # von {p.get('seiten', 3)}"]})
    return o


def antrag_formular(p):
    """A Vordruck: label/value tables, ☒/☐ boxes, parts as letters A–J."""
    k = _k(p)
    h = {"antragsteller": "A. Antragsteller", "kontakt": "B. Ansprechpartner/-in",
         "personal": "C. Angaben zur Stelle", "anbindung": "D. Organisatorische Anbindung",
         "aufgaben": "E. Aufgaben", "konzept": "F. Integrationskonzept",
         "zeitraum": "G. Bewilligungszeitraum", "plan": "H. Kosten- und Finanzierungsplan",
         "erklaerungen": "I. Erklärungen des Antragstellers", **p.get("ueberschriften", {})}
    o = [{"titel": "Antrag auf Gewährung einer Zuweisung – Kommunales Integrationsmanagement "
                   "(KIM) Rheinland-Pfalz"},
         {"formular": [["Eingangsvermerk MFFKI", "(wird vom Ministerium ausgefüllt)"],
                       ["Antragsdatum", datum(p["datum"], p.get("datum_stil", "kurz"))],
                       ["Aktenzeichen der Kommune", p.get("az", "50-KIM")]]}]
    o += _antrag_teile(p, h)
    o += [{"h1": p.get("unterschrift_h", "J. Ort, Datum, Unterschrift")},
          {"formular": [["Ort, Datum", f"{k[7]}, {datum(p['datum'], p.get('datum_stil', 'kurz'))}"],
                        ["Unterschrift", p["unterzeichner"]]]}]
    return o


def antrag_sozialamt(p):
    """A city's Sozialamt writes in sentences: staff one sentence per person, plan as items."""
    k = _k(p)
    h = {"antragsteller": "Antragstellende Kommune", "kontakt": "Kontakt",
         "personal": "Personal", "anbindung": "Anbindung in der Verwaltung",
         "aufgaben": "Arbeitsschwerpunkte", "konzept": "Örtliches Integrationskonzept",
         "zeitraum": "Beantragter Zeitraum", "plan": "Ausgaben- und Finanzierungsplan",
         "erklaerungen": "Erklärungen", **p.get("ueberschriften", {})}
    o = [{"briefkopf": [f"{k[1]} – {k[6]}", f"{k[2]}, {k[3]}"]},
         {"rechts": f"{k[7]}, den {datum(p['datum'], p.get('datum_stil', 'lang'))}"},
         {"p": f"Az.: {p.get('az', '50/KIM')}"},
         {"titel": p.get("betreff", "Förderantrag Kommunales Integrationsmanagement")}]
    o += _antrag_teile(p, h)
    o += [{"h1": "Unterschrift"},
          {"p": f"{k[7]}, {datum(p['datum'], p.get('datum_stil', 'lang'))}"},
          {"p": p.get("zeichnung_zusatz", "gez.")}, {"p": p["unterzeichner"]}]
    return o


# --- Jahresbericht ---------------------------------------------------------------------------

JB_TEXT = {
    "infra": "Die Bestandsaufnahme der Angebote in den Handlungsfeldern Wohnen, Sprache und "
             "Bildung, Migrationsberatung und Arbeitsmarkt ist abgeschlossen. Lücken bestehen bei "
             "Sprachkursen mit Kinderbetreuung und bei der Wohnraumvermittlung.",
    "vernetzung": "Das Team hat eine Netzwerkrunde Integration mit Jobcenter, Ausländerbehörde, "
                  "Migrationsberatung und Ehrenamt eingerichtet (vier Sitzungen im Jahr). In der "
                  "Verwaltung besteht eine ämterübergreifende Arbeitsgruppe.",
    "interkommunal": "Regelmäßiger Austausch mit den Integrationsmanagerinnen und -managern der "
                     "Nachbarkommunen, gemeinsamer Fachtag im Herbst.",
    "oeffentlichkeit": "Pressemitteilungen, ein Flyer in sechs Sprachen und die Interkulturelle "
                       "Woche im September.",
    "land": "Teilnahme an allen Jour-fixe-Terminen des MFFKI und an den Workshops der DBKI; "
            "Berichterstattung an das Fachreferat.",
    "konzept": "Die Fortschreibung des Integrationskonzepts ist begonnen; der Entwurf soll im "
               "Frühjahr den Gremien vorgelegt werden.",
    "ausblick": "Im kommenden Jahr stehen die Verabschiedung des Konzepts und der Ausbau der "
                "Sprachkursangebote an.",
    "steuerung": "Eine Steuerungsgruppe unter Vorsitz der Dezernentin tagt halbjährlich.",
}
JB_H = {"personal": "1. Personal", "infra": "2. Integrationsinfrastruktur",
        "vernetzung": "3. Vernetzung in der Kommune", "interkommunal": "4. Interkommunale Vernetzung",
        "oeffentlichkeit": "5. Öffentlichkeitsarbeit", "land": "6. Kooperation mit dem Land",
        "konzept": "7. Stand des Integrationskonzepts", "mittel": "8. Mittelverwendung",
        "ausblick": "9. Ausblick"}


def _mittel(p):
    """Granted against spent, per year; Sachkosten optionally item by item."""
    st = p.get("geld", "eur2")
    f = (lambda x: geld(x, st))
    o = []
    for s in p.get("mittel_vor", []):
        o.append({"p": s})
    kopf = ["Haushaltsjahr / Kostenart", "bewilligt", "verausgabt (aus der Zuwendung)"]
    rows = [kopf]
    for m in p["mittel"]:
        rows.append([f"{m['jahr']} Personalkosten", f(m["bew_pk"]), f(m["pk"])])
        rows.append([f"{m['jahr']} Sachkosten", f(m["bew_sk"]), f(m["sk"])])
    bew = sum(Decimal(str(m["bew_pk"])) + Decimal(str(m["bew_sk"])) for m in p["mittel"])
    ist = sum(Decimal(str(m["pk"])) + Decimal(str(m["sk"])) for m in p["mittel"])
    rows.append(["Gesamt", f(bew), f(ist)])
    o.append({"tabelle": rows})
    if p.get("sk_posten"):
        rows = [["Sachkosten " + str(p["mittel"][-1]["jahr"]) + " nach Posten", "Betrag"]]
        rows += [[a, f(b)] for a, b in p["sk_posten"]]
        summe = p.get("sk_posten_summe", sum(Decimal(str(b)) for _, b in p["sk_posten"]))
        rows.append(["Summe Sachkosten", f(summe)])
        o.append({"tabelle": rows})
    for s in p.get("mittel_nach", []):
        o.append({"p": s})
    return o


def jahresbericht(p):
    k = _k(p)
    h = {**JB_H, **p.get("ueberschriften", {})}
    ohne = set(p.get("ohne", []))
    o = []
    if p.get("briefkopf", True):
        o.append({"briefkopf": [k[1], k[6]]})
    o += [{"titel": p.get("titel", f"Jahresbericht {p['jahr']} – Kommunales Integrationsmanagement")},
          {"p": f"{k[0]} · Berichtsjahr {p['jahr']} · Stand: "
                f"{datum(p['datum'], p.get('datum_stil', 'kurz'))}"}]
    if p.get("vorwort"):
        o.append({"p": p["vorwort"]})
    order = p.get("reihenfolge", ["personal", "infra", "steuerung", "vernetzung", "interkommunal",
                                  "oeffentlichkeit", "land", "konzept", "mittel", "ausblick"])
    for key in order:
        if key in ohne or (key == "steuerung" and "steuerung" not in h):
            continue
        o.append({"h1": h[key]})
        if key == "personal":
            o += _personal(p)
        elif key == "mittel":
            o += _mittel(p)
        else:
            o.append({"p": p.get("texte", {}).get(key, JB_TEXT[key])})
    o += [{"fett": "Anlagen"}, {"liste": p.get("anlagen", [
        "Ausgefüllter Fragebogen des MFFKI zur Evaluation des KIM", "Teilnehmerlisten der "
        "Netzwerkrunden"])}]
    o += [{"rechts": f"{k[7]}, {datum(p['datum'], p.get('datum_stil', 'kurz'))}"},
          {"p": p.get("zeichnung_zusatz", "Im Auftrag")}, {"p": p["unterzeichner"]}]
    return o


# --- Bescheid --------------------------------------------------------------------------------

B_H = {"roemisch": ["I. Bewilligung", "II. Finanzierungsart und zuwendungsfähige Ausgaben",
                    "III. Auszahlung", "IV. Jahresbericht und Verwendungsnachweis",
                    "V. Nebenbestimmungen", "VI. Begründung", "Rechtsbehelfsbelehrung"],
       "arabisch": ["1. Zuwendung", "2. Art und Umfang der Zuwendung", "3. Auszahlungsverfahren",
                    "4. Berichtspflicht", "5. Allgemeine Nebenbestimmungen", "Gründe",
                    "Rechtsbehelfsbelehrung"]}


def bescheid(p):
    k = _k(p)
    st = p.get("geld", "eur2")
    f = (lambda x: geld(x, st))
    h = B_H[p.get("variante", "roemisch")]
    ohne = set(p.get("ohne", []))
    o = [{"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
                        "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]},
         {"p": f"{k[1]} · {k[6]} · {k[2]} · {k[3]}"},
         {"formular": [["Mein Aktenzeichen", p.get("az", "765-0042#2026/0017-0701")],
                       ["Ihr Schreiben vom", datum(p["antrag_vom"])],
                       ["Ansprechpartner/-in / E-Mail", "Frau Sommer / kim@mffki.rlp.de"],
                       ["Datum", datum(p["datum"], p.get("datum_stil", "kurz"))]]},
         {"fett": "Zuwendungsbescheid – Kommunales Integrationsmanagement (KIM)"},
         {"p": "Sehr geehrte Damen und Herren,"},
         {"p": "auf Ihren Antrag ergeht folgender Bescheid:"}]
    rows = [["Haushaltsjahr", "Personalkostenzuschuss", "Sachkosten", "Summe"]]
    for j, a, b in zip(p["jahre"], p["pk"], p["sk"]):
        rows.append([str(j), f(a), f(b), f(Decimal(str(a)) + Decimal(str(b)))])
    rows.append(["Gesamt", f(sum(Decimal(str(x)) for x in p["pk"])),
                 f(sum(Decimal(str(x)) for x in p["sk"])),
                 f(sum(Decimal(str(x)) for x in p["pk"] + p["sk"]))])
    o += [{"h1": h[0]},
          {"p": f"{'Der' if 'stadt' in k[0].split()[0].lower() else 'Dem'} {k[0]} wird für die Stellenanteile des Kommunalen Integrationsmanagements "
                f"für den Bewilligungszeitraum {p['zeitraum']} eine Zuwendung als Zuweisung in "
                f"folgender Höhe bewilligt:"},
          {"tabelle": rows}]
    for s in p.get("personal_saetze", []):
        o.append({"p": s})
    o += [{"h1": h[1]},
          {"p": "Die Zuwendung wird als Festbetragsfinanzierung gewährt: bis zu 60.000 Euro je "
                "Vollzeitäquivalent und Jahr als Personalkostenzuschuss, anteilig für volle "
                "Monate, und bis zu 20.000 Euro Sachkosten je Jahr. Overheadkosten sind nicht "
                "zuwendungsfähig."},
          {"h1": h[2]},
          {"p": "Die Mittel werden auf Anforderung ausgezahlt, soweit sie innerhalb von zwei "
                "Monaten nach der Auszahlung benötigt werden."}]
    if p.get("raten"):
        o.append({"tabelle": [["Rate", "fällig", "Betrag"]] + [[r[0], r[1], f(r[2])]
                                                               for r in p["raten"]]})
    o += [{"h1": h[3]},
          {"p": "Bis zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem ausgefüllten "
                "Fragebogen des MFFKI vorzulegen. Der Verwendungsnachweis ist innerhalb von sechs "
                "Monaten nach Ende des Bewilligungszeitraums vorzulegen."},
          {"h1": h[4]},
          {"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
                "kommunale Körperschaften (ANBest-K) in der am Tag dieses Bescheids geltenden "
                "Fassung sind Bestandteil dieses Bescheids. Nicht verwendete Mittel sind nach "
                "§ 49a VwVfG zu erstatten und zu verzinsen."}]
    for s in p.get("auflagen", []):
        o.append({"p": s})
    if "begruendung" not in ohne:
        o += [{"h1": h[5]},
              {"p": "Rechtsgrundlage sind § 44 LHO und die Verwaltungsvorschriften dazu sowie das "
                    "Konzept Kommunales Integrationsmanagement. Auf die Zuwendung besteht kein "
                    "Rechtsanspruch; das Ministerium entscheidet nach pflichtgemäßem Ermessen im "
                    "Rahmen der verfügbaren Haushaltsmittel. Der Antrag erfüllt die "
                    "Fördervoraussetzungen."}]
    gericht = p.get("gericht", k[5])
    rb = p.get("rechtsbehelf", "klage")
    if rb == "klage":
        text = (f"Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
                f"Verwaltungsgericht {gericht} erhoben werden. "
                + ("Ein Widerspruchsverfahren findet nicht statt (§ 68 Abs. 1 Satz 2 Nr. 1 VwGO)."
                   if p.get("kein_widerspruch_satz") else ""))
    else:
        text = ("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
                "beim Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz, "
                "Kaiser-Friedrich-Straße 5a, 55116 Mainz, schriftlich oder zur Niederschrift "
                "erhoben werden.")
    o += [{"h1": h[6]}, {"p": text.strip()}]
    if "zeichnung" not in ohne:
        o += [{"p": "Mit freundlichen Grüßen"}, {"p": p.get("zeichnung_zusatz", "Im Auftrag")},
              {"p": p.get("zeichner", "gez. Dr. Helene Sommer")}]
    o += [{"fett": "Anlage"}, {"liste": ["ANBest-K"]}]
    return o


# --- Vorlage ---------------------------------------------------------------------------------

V_TEXT = {
    "hintergrund": ["Das Land Rheinland-Pfalz fördert seit dem 11.08.2025 das Kommunale "
                    "Integrationsmanagement (KIM). Gefördert werden die Landkreise und kreisfreien "
                    "Städte mit bis zu 60.000 € Personalkostenzuschuss je Vollzeitäquivalent und "
                    "Jahr sowie bis zu 20.000 € Sachkosten; die Stelle darf auf Teilzeitkräfte mit "
                    "mindestens 0,5 VZÄ aufgeteilt werden."],
    "umsetzung": ["Die Stelle wird von zwei Teilzeitkräften gemeinsam wahrgenommen, die in der "
                  "Sozialverwaltung angesiedelt sind. Sie bauen die Netzwerke auf, schreiben die "
                  "Integrationsstrategie fort und nehmen an den Jour-fixe-Terminen des MFFKI und "
                  "den Angeboten der DBKI teil."],
    "sachstand": ["Der Förderantrag ist gestellt; beide Stellenanteile sind besetzt."],
}


def vorlage(p):
    k = _k(p)
    ohne = set(p.get("ohne", []))
    h = {"hintergrund": "Hintergrund", "umsetzung": "Umsetzung", "sachstand": "Sachstand",
         **p.get("ueberschriften", {})}
    o = [{"titel": p.get("titel", "Unterrichtungsvorlage")}]
    kopf = [["Vorlage", p["nummer"]], ["Datum", datum(p["datum"], p.get("datum_stil", "kurz"))],
            ["Dezernat", p.get("dezernat", "Dezernat 2")], ["Verfasser", k[6]],
            ["Az.", p.get("az", "50 30 01")]]
    if "betreff" not in ohne:
        kopf.append([p.get("betreff_label", "Betreff"), p["betreff"]])
    o.append({"formular": kopf})
    if "gremien" not in ohne:
        o.append({"fett": p.get("gremien_label", "Beratungsfolge")})
        o.append({"tabelle": [["Datum", "Gremium", "Zuständigkeit", "Status"]]
                  + [[datum(d), g, z, "öffentlich"] for d, g, z in p["gremien"]]})
    for key in ("hintergrund", "umsetzung", "sachstand"):
        if key in ohne:
            continue
        o.append({"h1": h[key]})
        for s in p.get("texte", {}).get(key, V_TEXT[key]):
            o.append({"p": s})
        if key == "sachstand" and p.get("personal_tabelle"):
            o.append({"tabelle": p["personal_tabelle"]})
    if p.get("beschlussvorschlag"):
        o += [{"h1": "Beschlussvorschlag"}, {"p": p["beschlussvorschlag"]}]
    if p.get("anlagen"):
        o += [{"h1": "Anlagen"}, {"liste": p["anlagen"]}]
    o.append({"p": p.get("unterzeichner", "gez. Die Dezernentin")})
    return o


def kopfzeile(e) -> str:
    """The running line a council system or a portal prints above the page."""
    k = KOMMUNEN[e.parameter["kommune"]]
    if e.art == "vorlage":
        return f"Ratsinformationssystem {k[0]} · Druckansicht"
    if e.art == "bescheid":
        return "MFFKI Rheinland-Pfalz · Zuwendungsverfahren KIM · Ausdruck"
    return f"{k[1]} · Dokumentenablage · Ausdruck"


BUILDERS = {
    "antrag_brief": antrag_brief,
    "antrag_formular": antrag_formular,
    "antrag_sozialamt": antrag_sozialamt,
    "jahresbericht": jahresbericht,
    "bescheid": bescheid,
    "vorlage": vorlage,
}
