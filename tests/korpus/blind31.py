"""Contents of the thirty-first held-out corpus (manifest_blind31.yaml), issue 19, item 4.

How it was written: from the guideline's rule page (kim-rlp-2025.md/.yaml), the list of
Kommunen, the shared domain notes and the Koblenz Unterrichtungsvorlage only, by someone who had
not seen the checker's fact layer, readers, rules or any earlier corpus. Every expectation in the
manifest was fixed, with its arithmetic in `notiz`, before the checker ran on a single document.

What is new (the angle of this round): documents of the second and third funding year and of
changes – Folgeanträge for 2026 and 2027 citing the earlier Bescheid, staff that changes during
the year (Nachbesetzung after a vacant month, Elternzeitvertretung, hours raised or cut from a
given month, a planned N. N. share), amounts per Haushaltsjahr that differ by year, Jahresberichte
that set the Ist beside the Bescheid, Bescheide over two Haushaltsjahre and an Änderungsbescheid,
council Vorlagen about continuing the programme.

The builders take every figure from the entry's parameters; amounts are given as numbers and
written in the entry's own notation (`format`), sums are added up here unless an entry states
a wrong one on purpose (`summe_falsch`).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

KOMMUNEN = {
    "rhein-lahn": ("Rhein-Lahn-Kreis", "Kreisverwaltung des Rhein-Lahn-Kreises",
                   "Insel Silberau 1, 56130 Bad Ems", "07141", "Bad Ems", "Koblenz", "Landrat"),
    "westerwald": ("Westerwaldkreis", "Kreisverwaltung des Westerwaldkreises",
                   "Peter-Altmeier-Platz 1, 56410 Montabaur", "07143", "Montabaur", "Koblenz",
                   "Landrat"),
    "kusel": ("Landkreis Kusel", "Kreisverwaltung Kusel", "Trierer Straße 49-51, 66869 Kusel",
              "07336", "Kusel", "Neustadt an der Weinstraße", "Landrat"),
    "germersheim": ("Landkreis Germersheim", "Kreisverwaltung Germersheim",
                    "Luitpoldplatz 1, 76726 Germersheim", "07334", "Germersheim",
                    "Neustadt an der Weinstraße", "Landrat"),
    "trier-saarburg": ("Landkreis Trier-Saarburg", "Kreisverwaltung Trier-Saarburg",
                       "Willy-Brandt-Platz 1, 54290 Trier", "07235", "Trier", "Trier",
                       "Landrat"),
    "alzey-worms": ("Landkreis Alzey-Worms", "Kreisverwaltung Alzey-Worms",
                    "Ernst-Ludwig-Straße 36, 55232 Alzey", "07331", "Alzey", "Mainz", "Landrat"),
    "donnersberg": ("Donnersbergkreis", "Kreisverwaltung Donnersbergkreis",
                    "Uhlandstraße 2, 67292 Kirchheimbolanden", "07333", "Kirchheimbolanden",
                    "Neustadt an der Weinstraße", "Landrat"),
    "vulkaneifel": ("Landkreis Vulkaneifel", "Kreisverwaltung Vulkaneifel",
                    "Mainzer Straße 25, 54550 Daun", "07233", "Daun", "Trier", "Landrätin"),
    "cochem-zell": ("Landkreis Cochem-Zell", "Kreisverwaltung Cochem-Zell",
                    "Endertplatz 2, 56812 Cochem", "07135", "Cochem", "Koblenz", "Landrätin"),
    "neuwied": ("Landkreis Neuwied", "Kreisverwaltung Neuwied", "Wilhelm-Leuschner-Straße 9, "
                "56564 Neuwied", "07138", "Neuwied", "Koblenz", "Landrat"),
    "ahrweiler": ("Landkreis Ahrweiler", "Kreisverwaltung Ahrweiler",
                  "Wilhelmstraße 24-30, 53474 Bad Neuenahr-Ahrweiler", "07131",
                  "Bad Neuenahr-Ahrweiler", "Koblenz", "Landrätin"),
    "suedwestpfalz": ("Landkreis Südwestpfalz", "Kreisverwaltung Südwestpfalz",
                      "Unterer Sommerwaldweg 40-42, 66953 Pirmasens", "07340", "Pirmasens",
                      "Neustadt an der Weinstraße", "Landrätin"),
    "bad-duerkheim": ("Landkreis Bad Dürkheim", "Kreisverwaltung Bad Dürkheim",
                      "Philipp-Fauth-Straße 11, 67098 Bad Dürkheim", "07332", "Bad Dürkheim",
                      "Neustadt an der Weinstraße", "Landrat"),
    "mainz-bingen": ("Landkreis Mainz-Bingen", "Kreisverwaltung Mainz-Bingen",
                     "Georg-Rückert-Straße 11, 55218 Ingelheim am Rhein", "07339", "Ingelheim",
                     "Mainz", "Landrätin"),
    "altenkirchen": ("Landkreis Altenkirchen (Westerwald)", "Kreisverwaltung Altenkirchen",
                     "Parkstraße 1, 57610 Altenkirchen", "07132", "Altenkirchen", "Koblenz",
                     "Landrat"),
    "zweibruecken": ("Stadt Zweibrücken", "Stadtverwaltung Zweibrücken",
                     "Herzogstraße 1, 66482 Zweibrücken", "07320", "Zweibrücken",
                     "Neustadt an der Weinstraße", "Oberbürgermeister"),
    "pirmasens": ("Stadt Pirmasens", "Stadtverwaltung Pirmasens", "Exerzierplatzstraße 17, "
                  "66953 Pirmasens", "07317", "Pirmasens", "Neustadt an der Weinstraße",
                  "Oberbürgermeister"),
    "landau": ("Stadt Landau in der Pfalz", "Stadtverwaltung Landau in der Pfalz",
               "Marktstraße 50, 76829 Landau in der Pfalz", "07313", "Landau",
               "Neustadt an der Weinstraße", "Oberbürgermeister"),
    "frankenthal": ("Stadt Frankenthal (Pfalz)", "Stadtverwaltung Frankenthal (Pfalz)",
                    "Rathausplatz 2-7, 67227 Frankenthal (Pfalz)", "07311", "Frankenthal",
                    "Neustadt an der Weinstraße", "Oberbürgermeister"),
    "trier": ("Stadt Trier", "Stadtverwaltung Trier", "Am Augustinerhof, 54290 Trier", "07211",
              "Trier", "Trier", "Oberbürgermeister"),
    "kaiserslautern": ("Stadt Kaiserslautern", "Stadtverwaltung Kaiserslautern",
                       "Willy-Brandt-Platz 1, 67657 Kaiserslautern", "07312", "Kaiserslautern",
                       "Neustadt an der Weinstraße", "Oberbürgermeisterin"),
    "speyer": ("Stadt Speyer", "Stadtverwaltung Speyer", "Maximilianstraße 100, 67346 Speyer",
               "07318", "Speyer", "Neustadt an der Weinstraße", "Oberbürgermeisterin"),
    "worms": ("Stadt Worms", "Stadtverwaltung Worms", "Marktplatz 2, 67547 Worms", "07319",
              "Worms", "Mainz", "Oberbürgermeister"),
    "koblenz": ("Stadt Koblenz", "Stadtverwaltung Koblenz", "Willi-Hörter-Platz 1, 56068 Koblenz",
                "07111", "Koblenz", "Koblenz", "Oberbürgermeister"),
    "mainz": ("Landeshauptstadt Mainz", "Stadtverwaltung Mainz", "Jockel-Fuchs-Platz 1, "
              "55116 Mainz", "07315", "Mainz", "Mainz", "Oberbürgermeister"),
    "neustadt": ("Stadt Neustadt an der Weinstraße", "Stadtverwaltung Neustadt an der Weinstraße",
                 "Marktplatz 1, 67433 Neustadt an der Weinstraße", "07316", "Neustadt",
                 "Neustadt an der Weinstraße", "Oberbürgermeister"),
    "bernkastel": ("Landkreis Bernkastel-Wittlich", "Kreisverwaltung Bernkastel-Wittlich",
                   "Kurfürstenstraße 16, 54516 Wittlich", "07231", "Wittlich", "Trier",
                   "Landrat"),
    "birkenfeld": ("Landkreis Birkenfeld", "Kreisverwaltung Birkenfeld",
                   "Schneewiesenstraße 25, 55765 Birkenfeld", "07134", "Birkenfeld", "Koblenz",
                   "Landrat"),
    "vg-westerburg": ("Verbandsgemeinde Westerburg", "Verbandsgemeindeverwaltung Westerburg",
                      "Neustraße 40, 56457 Westerburg", "07143", "Westerburg", "Koblenz",
                      "Bürgermeister"),
}

MFFKI = ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
         "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]


def _k(p: dict) -> tuple:
    return KOMMUNEN[p["kommune"]]


def betrag(wert, stil: str = "eur") -> str:
    """An amount in the writer's own notation."""
    d = Decimal(str(wert)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    ganz, cent = f"{d:.2f}".split(".")
    tsd = f"{int(ganz):,}".replace(",", ".")
    if stil == "eur":
        return f"{tsd},{cent} €"
    if stil == "EUR":
        return f"{tsd},{cent} EUR" if cent != "00" else f"{tsd} EUR"
    if stil == "vor":
        return f"EUR {tsd},-" if cent == "00" else f"EUR {tsd},{cent}"
    if stil == "strich":
        return f"{tsd},--" if cent == "00" else f"{tsd},{cent}"
    if stil == "teur":
        return f"{(d / 1000).normalize():f}".replace(".", ",") + " T€"
    if stil == "tsd":
        return f"{(d / 1000).normalize():f}".replace(".", ",") + " Tsd. EUR"
    return f"{tsd},{cent}"  # "bar": bare figure under a header "in EUR"


def _summe(werte) -> Decimal:
    return sum((Decimal(str(w)) for w in werte), Decimal("0"))


def _kosten_tabelle(p: dict) -> list[dict]:
    """Plan or Ist per Haushaltsjahr. p['jahre']: {jahr: {'pk': …, 'sk': {item: …} or …}}.
    Layout 'spalten' (years as columns) or 'zeilen' (years as rows)."""
    stil = p.get("format", "eur")
    jahre = p["jahre"]
    kopf = "in EUR" if stil == "bar" else "Betrag"
    falsch = p.get("summe_falsch", {})
    out = []
    if p.get("layout", "spalten") == "zeilen":
        einheit = " (in EUR)" if stil == "bar" else ""
        rows = [["Haushaltsjahr", f"Personalkosten{einheit}", f"Sachkosten{einheit}",
                 f"Zuwendung gesamt{einheit}"]]
        for j, v in jahre.items():
            sk = _summe(v["sk"].values()) if isinstance(v["sk"], dict) else Decimal(str(v["sk"]))
            s = falsch.get(str(j), _summe([v["pk"], sk]))
            rows.append([str(j), betrag(v["pk"], stil), betrag(sk, stil), betrag(s, stil)])
        out.append({"tabelle": rows})
        return out
    header = ["Position"] + [f"{j} ({kopf})" if stil == "bar" else str(j) for j in jahre]
    rows = [header, ["Personalkosten Integrationsmanagement"]
            + [betrag(v["pk"], stil) for v in jahre.values()]]
    items = {}
    for v in jahre.values():
        if isinstance(v["sk"], dict):
            for name in v["sk"]:
                items.setdefault(name, None)
    if items:
        for name in items:
            rows.append([f"Sachkosten: {name}"] + [
                betrag(v["sk"].get(name, 0), stil) for v in jahre.values()])
        rows.append(["Zwischensumme Sachkosten"] + [betrag(_summe(v["sk"].values()), stil)
                                                    for v in jahre.values()])
    else:
        rows.append(["Sachkosten"] + [betrag(v["sk"], stil) for v in jahre.values()])
    summen = []
    for j, v in jahre.items():
        sk = _summe(v["sk"].values()) if isinstance(v["sk"], dict) else Decimal(str(v["sk"]))
        summen.append(betrag(falsch.get(str(j), _summe([v["pk"], sk])), stil))
    rows.append([p.get("summe_wort", "Summe beantragte Zuwendung")] + summen)
    out.append({"tabelle": rows})
    return out


def _personal(p: dict) -> list[dict]:
    out = [{"p": t} for t in p.get("personal_text", [])]
    if p.get("personal_tabelle"):
        out.append({"tabelle": p["personal_tabelle"]})
    return out


def _kopf_brief(p: dict, titel: str) -> list[dict]:
    name, behoerde, anschrift, ks, ort, _, _ = _k(p)
    out = [{"briefkopf": [behoerde, anschrift, p.get("amt", "Abteilung Soziales und Integration")]}]
    out += [{"p": f"{behoerde} · {anschrift}"},
            {"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz"},
            {"p": "Referat Kommunale Integration"}, {"p": "Kaiser-Friedrich-Straße 5a"},
            {"p": "55116 Mainz"}]
    out.append({"rechts": f"{ort}, {p['datum']}"})
    if p.get("az"):
        out.append({"p": f"Unser Zeichen: {p['az']}"})
    if p.get("fusszeile"):
        out.append({"fusszeile": [p["fusszeile"]]})
    out.append({"titel": titel})
    return out


ERKLAERUNG_TEXT = [
    "Für die beantragten Personal- und Sachkosten werden keine weiteren Fördermittel des Landes, "
    "des Bundes oder der EU in Anspruch genommen (keine Doppelförderung).",
    "Mit der Maßnahme für den beantragten Zeitraum wurde vor Bekanntgabe des Bescheids nicht "
    "begonnen; ein vorzeitiger Maßnahmebeginn wurde nicht beantragt.",
    "Die Angaben in diesem Antrag sind vollständig und richtig.",
]


def antrag(p: dict) -> list[dict]:
    name, behoerde, anschrift, ks, ort, _, leitung = _k(p)
    h = {"antragsteller": "1. Antragsteller", "ansprech": "2. Ansprechpartnerin",
         "zeitraum": "3. Förderzeitraum", "stelle": "4. Stelle und Personal",
         "anbindung": "5. Organisatorische Anbindung", "aufgaben": "6. Aufgaben und Schwerpunkte",
         "konzept": "7. Integrationskonzept", "finanz": "8. Finanzierungsplan",
         "erkl": "9. Erklärungen", "unterschrift": "10. Ort, Datum, Unterschrift"}
    h.update(p.get("ueberschriften", {}))
    ohne = set(p.get("ohne", ()))
    out = _kopf_brief(p, p.get("titel", "Antrag auf Weiterförderung des Kommunalen "
                                         "Integrationsmanagements (KIM)"))
    out.append({"p": p.get("einleitung", "Sehr geehrte Damen und Herren, mit Bescheid vom "
                           f"{p.get('vorbescheid', '11.12.2025')} haben Sie uns eine Zuwendung "
                           "für das Kommunale Integrationsmanagement bewilligt. Wir beantragen "
                           "hiermit die Förderung für den folgenden Zeitraum.")})
    if "antragsteller" not in ohne:
        out += [{"h1": h["antragsteller"]}]
        gs = p.get("gemeindeschluessel", ks + "000")
        vertreten = f"{p.get('leitung_name', 'N. Berg')}, {leitung}"
        if p.get("form") == "formular":
            out.append({"formular": [["Antragstellende Kommune", name], ["Anschrift", anschrift],
                                     ["Gemeindeschlüssel", gs], ["Vertreten durch", vertreten]]})
        else:
            out.append({"p": f"{name}, vertreten durch {leitung} {p.get('leitung_name', '')}, "
                             f"{anschrift}; Gemeindeschlüssel {gs}."})
    if "ansprech" not in ohne:
        mail = ort.lower().replace(" ", "-")
        out += [{"h1": h["ansprech"]},
                {"p": p.get("ansprech", f"Frau Lisa Ahrens, {behoerde}, Durchwahl -{len(ort) * 7}, "
                                         f"integration@{mail}.example")}]
    if "zeitraum" not in ohne:
        out += [{"h1": h["zeitraum"]}, {"p": p["zeitraum"]}]
    if "stelle" not in ohne:
        out += [{"h1": h["stelle"]}] + _personal(p)
    if "anbindung" not in ohne:
        amt = p.get("amt", "Abteilung Soziales und Integration")
        out += [{"h1": h["anbindung"]}, {"p": p.get(
            "anbindung", f"Die Stelle ist in der {behoerde}, {amt}, angesiedelt und der "
                         "Abteilungsleitung unmittelbar zugeordnet.")}]
    if "aufgaben" not in ohne:
        out += [{"h1": h["aufgaben"]}, {"liste": p.get("aufgaben", [
            "Bestandsaufnahme der Integrationsangebote und Fortschreibung der Angebotslandkarte",
            "Koordination der Akteure im Einzelfall und Steuerung von Fallkonferenzen",
            "Vernetzung innerhalb der Verwaltung, mit der Politik und den Trägern vor Ort",
            "Austausch mit dem MFFKI und der DBKI, Berichterstattung"])}]
    if "konzept" not in ohne:
        out += [{"h1": h["konzept"]}, {"p": p.get(
            "konzept", "Ein Integrationskonzept wurde 2024 vom "
                       + ("Stadtrat" if "Stadt" in name else "Kreistag")
                       + " beschlossen; es wird 2027 fortgeschrieben.")}]
    if "finanz" not in ohne:
        out += [{"h1": h["finanz"]}]
        out += [{"p": t} for t in p.get("finanz_vor", [])]
        if p.get("finanz_tabelle"):
            out.append({"tabelle": p["finanz_tabelle"]})
        else:
            out += _kosten_tabelle(p)
        out += [{"p": t} for t in p.get("finanz_nach", [])]
    if "erkl" not in ohne:
        out += [{"h1": h["erkl"]}]
        if p.get("kaestchen"):
            out.append({"formular": [[box, text] for box, text in p["kaestchen"]]})
        else:
            out.append({"p": "Der Antragsteller erklärt:"})
            out.append({"liste": ERKLAERUNG_TEXT})
    if "unterschrift" not in ohne:
        out += [{"h1": h["unterschrift"]}] + [{"p": z} for z in p.get("zeichnung", [
            f"{ort}, {p['datum']}", f"gez. {p.get('leitung_name', 'N. Berg')}", leitung])]
    if p.get("anlagen"):
        out += [{"fett": "Anlagen"}, {"liste": p["anlagen"]}]
    return out


BERICHT_TEXTE = {
    "infra": "Die Angebotslandkarte wurde im Berichtsjahr aktualisiert: 64 Angebote "
             "(Sprachkurse, Beratungsstellen, Ehrenamtsinitiativen) sind erfasst. Als Lücke "
             "bleiben Kinderbetreuung während der Integrationskurse und Angebote im ländlichen "
             "Raum.",
    "vernetz": "Die Integrationsmanagerinnen nehmen an der Dezernentenrunde Soziales teil, "
               "berichten zweimal im Jahr im Sozialausschuss und leiten den Runden Tisch "
               "Integration mit 23 Trägern.",
    "interkom": "Mit den Nachbarkreisen besteht ein vierteljährlicher Austausch der "
                "Integrationsmanagerinnen und -manager; ein gemeinsamer Fachtag fand im "
                "Oktober statt.",
    "oeff": "Pressemitteilungen zu den Interkulturellen Wochen, ein Flyer in sechs Sprachen und "
            "eine eigene Seite auf der Homepage der Verwaltung.",
    "land": "Teilnahme an allen Jour-fixe-Terminen der DBKI, Rückmeldung zu zwei Abfragen des "
            "MFFKI, Teilnahme am Landesfachtag in Mainz.",
    "konzept": "Die Fortschreibung des Integrationskonzepts wurde begonnen; ein Entwurf liegt "
               "der Steuerungsgruppe vor.",
    "ausblick": "Im kommenden Jahr sind die Fortschreibung des Integrationskonzepts und ein "
                "Qualifizierungsangebot für Ehrenamtliche geplant.",
    "steuer": "Die Steuerungsgruppe Integration tagte dreimal unter Vorsitz des Dezernenten.",
    "einzel": "In 41 Fällen wurden Fallkonferenzen zwischen Jobcenter, Ausländerbehörde, Schule "
              "und Beratungsdiensten organisiert.",
    "ikoe": "Zwei Schulungen zur interkulturellen Kompetenz für Beschäftigte der "
            "Ausländerbehörde und des Jugendamts.",
    "massn": "Von den zehn Zielen des Maßnahmenplans sind sieben erreicht, drei in Arbeit.",
}

BERICHT_UEBERSCHRIFTEN = {
    "personal": "Personal", "infra": "Integrationsinfrastruktur",
    "vernetz": "Vernetzung in der Kommune", "interkom": "Interkommunale Vernetzung",
    "oeff": "Öffentlichkeitsarbeit", "land": "Kooperation mit dem Land",
    "konzept": "Stand des Integrationskonzepts", "mittel": "Mittelverwendung",
    "ausblick": "Ausblick", "steuer": "Steuerungsgremien", "einzel": "Koordinierung im Einzelfall",
    "ikoe": "Interkulturelle Öffnung", "massn": "Maßnahmenplanung und Zielerreichung",
}

TEILE = ("personal", "infra", "vernetz", "interkom", "oeff", "land", "konzept", "steuer",
         "einzel", "ikoe", "massn", "mittel", "ausblick")


def _mittel(p: dict) -> list[dict]:
    stil = p.get("format", "eur")
    rows = [["Position", f"bewilligt lt. Bescheid vom {p['bescheid_datum']}",
             f"verausgabt {p['jahr']}", "Abweichung"]]
    b, i = p["bewilligt"], p["ist"]
    for key, label in (("pk", "Personalkosten"), ("sk", "Sachkosten")):
        rows.append([label, betrag(b[key], stil), betrag(i[key], stil),
                     betrag(Decimal(str(i[key])) - Decimal(str(b[key])), stil)])
    for label, wert in p.get("ist_zusatz", []):
        rows.append([label, "–", betrag(wert, stil), "–"])
    bs = _summe([b["pk"], b["sk"]])
    ist = _summe([i["pk"], i["sk"]] + [w for _, w in p.get("ist_zusatz", [])])
    rows.append(["Summe", betrag(bs, stil), betrag(ist, stil), betrag(ist - bs, stil)])
    return [{"p": t} for t in p.get("mittel_text", [])] + [{"tabelle": rows}] + [
        {"p": t} for t in p.get("mittel_nach", [])]


def bericht(p: dict) -> list[dict]:
    name, behoerde, anschrift, ks, ort, _, leitung = _k(p)
    h = dict(BERICHT_UEBERSCHRIFTEN)
    h.update(p.get("ueberschriften", {}))
    texte = dict(BERICHT_TEXTE)
    texte.update(p.get("texte", {}))
    out = [{"briefkopf": [behoerde, p.get("amt", "Integrationsmanagement")]}]
    if p.get("fusszeile"):
        out.append({"fusszeile": [p["fusszeile"]]})
    out += [{"titel": p.get("titel", f"Jahresbericht {p['jahr']} – Kommunales "
                                     "Integrationsmanagement")},
            {"p": f"{name} · Berichtsjahr {p['jahr']} · Bewilligungsbescheid des MFFKI vom "
                  f"{p['bescheid_datum']}" + (f" (Az. {p['bescheid_az']})"
                                              if p.get("bescheid_az") else "")}]
    nummer = p.get("nummern", True)
    n = 0
    for teil in p.get("teile", TEILE):
        if teil in p.get("ohne", ()):
            continue
        n += 1
        out.append({"h1": f"{n}. {h[teil]}" if nummer else h[teil]})
        if teil == "personal":
            out += _personal(p)
        elif teil == "mittel":
            out += _mittel(p)
        else:
            out.append({"p": texte[teil]})
    if p.get("anlagen") is not None:
        out += [{"h1": "Anlagen"}, {"liste": p["anlagen"]}]
    out += [{"p": f"{ort}, {p['datum']}"}] + [{"p": z} for z in p.get("zeichnung", [
        "Im Auftrag", f"gez. {p.get('verfasser', 'S. Kraus')}", "Integrationsmanagement"])]
    return out


def bescheid(p: dict) -> list[dict]:
    name, behoerde, anschrift, ks, ort, vg, _ = _k(p)
    ohne = set(p.get("ohne", ()))
    stil = p.get("format", "eur")
    h = {"tenor": "I. Bewilligung", "fin": "II. Finanzierungsart und zuwendungsfähige Ausgaben",
         "ausz": "III. Auszahlung", "bericht": "IV. Jahresbericht und Verwendungsnachweis",
         "nb": "V. Nebenbestimmungen", "begr": "VI. Begründung",
         "rbb": "Rechtsbehelfsbelehrung"}
    h.update(p.get("ueberschriften", {}))
    out = [{"briefkopf": MFFKI}, {"p": "MFFKI · Postfach 3180 · 55021 Mainz"},
           {"p": behoerde}, {"p": anschrift},
           {"rechts": f"Mainz, {p['datum']}"}, {"p": f"Aktenzeichen: {p['az']}"}]
    if p.get("fusszeile"):
        out.append({"fusszeile": [p["fusszeile"]]})
    out.append({"titel": p.get("titel", "Zuwendungsbescheid")})
    out.append({"p": p.get("betreff", "Förderung des Kommunalen Integrationsmanagements (KIM); "
                                      f"Ihr Antrag vom {p['antrag_datum']}")})
    out += [{"p": t} for t in p.get("vorspann", [])]
    if "tenor" not in ohne:
        rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Zuwendung"]]
        for j, v in p["jahre"].items():
            rows.append([str(j), betrag(v["pk"], stil), betrag(v["sk"], stil),
                         betrag(_summe([v["pk"], v["sk"]]), stil)])
        gesamt = _summe(_summe([v["pk"], v["sk"]]) for v in p["jahre"].values())
        rows.append(["Gesamt", betrag(_summe(v["pk"] for v in p["jahre"].values()), stil),
                     betrag(_summe(v["sk"] for v in p["jahre"].values()), stil),
                     betrag(gesamt, stil)])
        out += [{"h1": h["tenor"]}, {"p": p.get("tenor", (
            f"{'Der' if name.startswith(('Stadt', 'Landeshauptstadt', 'Verbands')) else 'Dem'} "
            f"{name} wird für das Kommunale Integrationsmanagement für den "
            f"Bewilligungszeitraum {p['zeitraum']} eine Zuwendung als Festbetrag in Höhe von "
            f"insgesamt {betrag(gesamt, stil)} bewilligt, die sich wie folgt auf die "
            "Haushaltsjahre verteilt:"))}, {"tabelle": rows}]
        out += [{"p": t} for t in p.get("tenor_nach", [])]
    if "fin" not in ohne:
        out += [{"h1": h["fin"]}, {"p": "Die Zuwendung wird als Festbetragsfinanzierung in Form "
                "einer Zuweisung gewährt. Zuwendungsfähig sind die Personalausgaben der "
                "Integrationsmanagerinnen und -manager bis zu 60.000 Euro je Vollzeitäquivalent "
                "und Jahr sowie Sachausgaben bis zu 20.000 Euro je Jahr, jeweils anteilig nach "
                "vollen Monaten. Overheadkosten sind nicht zuwendungsfähig."}]
    if "ausz" not in ohne:
        out += [{"h1": h["ausz"]}, {"p": "Die Zuwendung wird auf Abruf in zwei Raten je "
                "Haushaltsjahr ausgezahlt, jeweils zum 1. März und 1. September, erstmals "
                "nach Bestandskraft dieses Bescheids."}]
    if "bericht" not in ohne:
        out += [{"h1": h["bericht"]}, {"p": "Bis zum 15.12. eines jeden Jahres ist ein "
                "Jahresbericht mit dem ausgefüllten Fragebogen des MFFKI vorzulegen. Der "
                "Verwendungsnachweis ist binnen sechs Monaten nach Ende des "
                "Bewilligungszeitraums vorzulegen."}]
    if "nb" not in ohne:
        out += [{"h1": h["nb"]}, {"liste": [
            "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
            "kommunale Körperschaften (ANBest-K) in der am Tag dieses Bescheids geltenden Fassung "
            "sind Bestandteil dieses Bescheids.",
            "Wird der Bescheid ganz oder teilweise zurückgenommen oder widerrufen, ist die "
            "Zuwendung nach § 49a VwVfG zu erstatten und zu verzinsen."] + p.get("nb_zusatz", [])}]
    if "begr" not in ohne:
        out += [{"h1": h["begr"]}, {"p": p.get("begruendung", "Die Zuwendung beruht auf § 44 LHO "
                "und dem Konzept Kommunales Integrationsmanagement. Der Antrag erfüllt die "
                "Fördervoraussetzungen; im Rahmen des pflichtgemäßen Ermessens und der "
                "verfügbaren Haushaltsmittel wird die Zuwendung in der beantragten Höhe "
                "bewilligt.")}]
    if "rbb" not in ohne:
        gericht = p.get("gericht", vg)
        text = p.get("rbb_text", (
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
            f"Verwaltungsgericht {gericht} schriftlich, zur Niederschrift des Urkundsbeamten "
            "der Geschäftsstelle oder in elektronischer Form erhoben werden."))
        out += [{"h1": h["rbb"]}, {"p": text}]
    if "zeichnung" not in ohne:
        out += [{"p": z} for z in p.get("zeichnung", ["Mit freundlichen Grüßen", "Im Auftrag",
                                                       "gez. Dr. Weidmann"])]
    out += [{"fett": "Anlage"}, {"liste": ["ANBest-K"]}]
    return out


def vorlage(p: dict) -> list[dict]:
    name, behoerde, anschrift, ks, ort, _, _ = _k(p)
    ohne = set(p.get("ohne", ()))
    h = {"betreff": "Betreff", "gremien": "Beratungsfolge", "beschluss": "Beschlussvorschlag",
         "hinter": "Sachverhalt", "umsetz": "Umsetzung", "sach": "Sachstand",
         "fin": "Finanzielle Auswirkungen", "anl": "Anlagen"}
    h.update(p.get("ueberschriften", {}))
    out = [{"p": f"{name} – {p.get('ris', 'Ratsinformationssystem')}"},
           {"titel": p.get("titel", "Beschlussvorlage")}]
    kopf = [["Vorlage-Nr.", p["nr"]], ["Datum", p["datum"]],
            ["Dezernat / Amt", p.get("amt", "Dezernat III / 50 – Soziales")],
            ["Verfasser", p.get("verfasser", "Koordinierungsstelle Integration")],
            ["Aktenzeichen", p.get("az", "50/2-KIM")]]
    if "betreff" not in ohne:
        kopf.append([h["betreff"], p["betreff"]])
    out.append({"formular": kopf})
    if "betreff" in ohne:
        out.append({"fett": p["betreff"]})
    if "gremien" not in ohne:
        out += [{"fett": h["gremien"]}, {"tabelle": [["Datum", "Gremium", "Zuständigkeit",
                                                     "Status"]] + p["gremien"]}]
    if p.get("beschlussvorschlag"):
        out += [{"h1": h["beschluss"]}, {"p": p["beschlussvorschlag"]}]
    for key, default in (("hinter", None), ("umsetz", None), ("sach", None)):
        if key in ohne:
            continue
        out += [{"h1": h[key]}] + [{"p": t} for t in p[key]]
        if key == "sach" and p.get("tabelle"):
            out.append({"tabelle": p["tabelle"]})
    if p.get("finanz"):
        out += [{"h1": h["fin"]}, {"p": p["finanz"]}]
    if "anl" not in ohne:
        out += [{"h1": h["anl"]}, {"liste": p.get("anlagen", ["Bewilligungsbescheid des MFFKI"])}]
    return out


def kopfzeile(e) -> str:
    if e.art == "bescheid":
        return "MFFKI · Förderverfahren KIM · Bescheid drucken"
    k = KOMMUNEN.get(e.parameter.get("kommune", ""), ("Kommune",))
    return f"{k[0]} · Bürgerinfo · Druckansicht"


BUILDERS = {"antrag": antrag, "bericht": bericht, "bescheid": bescheid, "vorlage": vorlage}
