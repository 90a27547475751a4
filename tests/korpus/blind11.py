"""Contents of the eleventh held-out ("blind") corpus (issue 19, item 4): manifest_blind11.yaml.

How it was written: from the guideline alone – the rule page kim-rlp-2025.md and its data file,
the list of eligible Kommunen, /work/shared/fachwissen.md and the build script bauen.py. The
author had not seen the checker's fact layer, readers, rules or checks, no earlier corpus, no
test of the checker and no checker output; the expectations in the manifest were fixed, with
their arithmetic, before the corpus was built or checked for the first time.

What is new: five document shapes whose every habit is a parameter of the manifest entry, so
that one shape carries many writers –
  * Anträge as a Kreis or city letter (letterhead in the page header, "Unser Zeichen" line,
    place-and-date line, "Seite # " footer) or as a label/value form with ☒/☐ boxes; staff as a
    table (name / function / extent / from / until) or in prose, the extent written as
    "Std./Woche", bare "Std.", "Wochenstunden", "v. H.", "%", "VZÄ", "Stellenanteil", "halbe
    Stelle"; parental leave covered, vacant shares "N. N." with a planned start;
  * Finanzierungspläne with years as columns, as rows or as two tables (expenses / financing),
    Sachkosten items with a subtotal, Eigenmittel, totals, amounts as "60.000,00 €",
    "60.000 EUR", "EUR 60.000,-", "60.000,--", "60 T€", "60 Tsd. EUR" or bare under "in EUR";
  * Jahresberichte whose parts are named in the writer's own words (from the alternatives the
    rule page lists), a staff table with changes during the year, an account of the funds with
    "davon aus KIM-Mitteln", an Anlagen list naming (or not naming) the Fragebogen;
  * ministry Bescheide with the parts under alternative names, a grant table per year, "gez."
    or "Im Auftrag" signatures, a Rechtsbehelfsbelehrung pointing to the Verwaltungsgericht;
  * council Vorlagen (Mitteilungs-, Informations-, Beschlussvorlagen) with a Vorlage head,
    "Betreff" or "Gegenstand", a Beratungsfolge table, Beschlussvorschlag and Anlagen.
Defects are written the way a writer makes them (a pro-rata cap exceeded, a late date, a part
left out, an unticked declaration, overhead in other words, a share below 0.5 VZÄ …).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

MFFKI = ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
         "Referat Integration", "Kaiser-Friedrich-Straße 5a", "55116 Mainz"]


# --- amounts ----------------------------------------------------------------------------------

def _de(value: Decimal, places: int) -> str:
    text = f"{value:,.{places}f}"
    return text.replace(",", "X").replace(".", ",").replace("X", ".")


def geld(x, stil: str = "eur2") -> str:
    """An amount in one writer's notation."""
    v = Decimal(str(x)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    ganz = v == v.to_integral_value()
    if stil == "eur2":
        return _de(v, 2) + " €"
    if stil == "eur":
        return _de(v, 0 if ganz else 2) + " EUR"
    if stil == "eurstrich":
        return "EUR " + (_de(v, 0) + ",-" if ganz else _de(v, 2))
    if stil == "strich2":
        return _de(v, 0) + ",--" if ganz else _de(v, 2)
    if stil in ("teur", "tsd"):
        if v % 10:
            raise ValueError(f"{v} ist in Tausend nicht genau darstellbar")
        t = _de(v / 1000, 2).rstrip("0").rstrip(",")
        return t + (" T€" if stil == "teur" else " Tsd. EUR")
    if stil == "nackt":
        return _de(v, 2)
    raise ValueError(stil)


def _kopf_geld(stil: str) -> str:
    return " (in EUR)" if stil == "nackt" else ""


# --- shared pieces ------------------------------------------------------------------------------

def _personal(p: dict) -> list[dict]:
    rows = p.get("personal", [])
    if p.get("personal_stil", "tabelle") == "prosa":
        return [{"p": r["satz"]} for r in rows]
    head = p.get("personal_kopf", ["Name", "Funktion", "Stellenumfang", "ab", "bis"])
    body = [[r["name"], r.get("funktion", "Integrationsmanagerin"), r["umfang"], r["von"],
             r.get("bis", "")] for r in rows]
    out = [{"tabelle": [head, *body]}]
    out += [{"p": s} for s in p.get("personal_zusatz", [])]
    return out


def _plan(p: dict) -> list[dict]:
    """The Finanzierungsplan (Antrag) in one of three layouts."""
    plan = p["plan"]
    stil = plan.get("geld", "eur2")
    g = lambda x: geld(x, stil)  # noqa: E731
    jahre = plan["jahre"]
    posten = plan.get("sach_posten")  # [[label, [amount per year]], …]
    for j in jahre:
        j.setdefault("eigen", j["pk"] + j["sk"] - j["zp"] - j["zs"])
    out: list[dict] = []
    if plan.get("einleitung"):
        out.append({"p": plan["einleitung"]})
    fehler = plan.get("gesamt_fehler", 0)  # a writer's slip in the first year's total
    ohne_eigen = plan.get("eigen_weglassen", False)
    if plan.get("layout", "spalten") == "zeilen":
        head = ["Haushaltsjahr", "Personalkosten", "Sachkosten", "Gesamtausgaben",
                "beantragte Zuwendung", "Eigenmittel"]
        if ohne_eigen:
            head = head[:5]
        rows = [head]
        for n, j in enumerate(jahre):
            z = j["zp"] + j["zs"]
            row = [str(j["jahr"]), g(j["pk"]), g(j["sk"]), g(j["pk"] + j["sk"] + (fehler if n == 0 else 0)),
                   g(z), g(j["eigen"])]
            rows.append(row[:5] if ohne_eigen else row)
        if len(jahre) > 1:
            tot = ["Gesamt", g(sum(j["pk"] for j in jahre)), g(sum(j["sk"] for j in jahre)),
                   g(sum(j["pk"] + j["sk"] for j in jahre) + fehler),
                   g(sum(j["zp"] + j["zs"] for j in jahre)), g(sum(j["eigen"] for j in jahre))]
            rows.append(tot[:5] if ohne_eigen else tot)
        out.append({"tabelle": rows})
        zp = "; ".join(f"{j['jahr']}: Personalkosten {g(j['zp'])}, Sachkosten {g(j['zs'])}"
                       for j in jahre)
        out.append({"p": f"Die beantragte Zuwendung teilt sich auf in {zp}."})
        return out
    years = [str(j["jahr"]) for j in jahre]
    ausgaben = [["Ausgaben" + _kopf_geld(stil), *years]]
    ausgaben.append(["Personalkosten Integrationsmanagement", *[g(j["pk"]) for j in jahre]])
    if posten:
        for label, werte in posten:
            ausgaben.append([f"Sachkosten: {label}", *[g(w) for w in werte]])
        ausgaben.append(["Zwischensumme Sachkosten", *[g(j["sk"]) for j in jahre]])
    else:
        ausgaben.append(["Sachkosten", *[g(j["sk"]) for j in jahre]])
    ausgaben.append(["Gesamtausgaben", *[g(j["pk"] + j["sk"] + (fehler if n == 0 else 0))
                                         for n, j in enumerate(jahre)]])
    fin = [["Finanzierung" + _kopf_geld(stil), *years],
           ["beantragte Zuwendung Personalkosten", *[g(j["zp"]) for j in jahre]],
           ["beantragte Zuwendung Sachkosten", *[g(j["zs"]) for j in jahre]]]
    if not ohne_eigen:
        fin.append([plan.get("eigen_label", "Eigenmittel"), *[g(j["eigen"]) for j in jahre]])
    fin.append(["Gesamtfinanzierung", *[g(j["zp"] + j["zs"] + (0 if ohne_eigen else j["eigen"]))
                                        for j in jahre]])
    if plan.get("layout", "spalten") == "getrennt":
        out += [{"fett": "a) Ausgaben"}, {"tabelle": ausgaben}, {"fett": "b) Finanzierung"},
                {"tabelle": fin}]
    else:
        out.append({"tabelle": ausgaben + fin})
    out += [{"p": s} for s in plan.get("nachsatz", [])]
    return out


def _ansprech(p: dict) -> str:
    name = (p.get("personal") or [{}])[0].get("name", "")
    wer = "" if not name or name.startswith(("N. N.", "N.N.")) else name.split(" (")[0] + ", "
    return f"{wer}Sachgebiet Integration, Durchwahl -210, integration@verwaltung.example"


def _box(ja: bool) -> str:
    return "☒" if ja else "☐"


# --- Antrag ---------------------------------------------------------------------------------------

UE_ANTRAG = {"antragsteller": "1. Antragsteller", "ansprech": "2. Ansprechperson",
             "zeitraum": "3. Förderzeitraum", "stelle": "4. Angaben zur Stelle",
             "anbindung": "5. Organisatorische Anbindung", "aufgaben": "6. Aufgaben und Schwerpunkte",
             "konzept": "7. Integrationskonzept", "plan": "8. Finanzierungsplan",
             "erklaerungen": "9. Erklärungen", "unterschrift": "10. Ort, Datum, Unterschrift"}


def antrag(p: dict) -> list[dict]:
    k = p["kommune"]
    form = p.get("stil") == "formular"
    ue = {**UE_ANTRAG, **p.get("ueberschriften", {})}
    weg = set(p.get("weglassen", []))
    out: list[dict] = []
    if p.get("briefkopf"):
        out.append({"briefkopf": p["briefkopf"]})
    if not form:
        out.append({"p": ", ".join(MFFKI)})
        if p.get("zeichen"):
            out.append({"p": p["zeichen"]})
        out.append({"rechts": f"{p['ort']}, {p['datum']}"})
    out.append({"titel": p.get("titel", "Antrag auf Gewährung einer Zuweisung im Programm "
                                         "„Kommunales Integrationsmanagement Rheinland-Pfalz“ (KIM)")})
    if p.get("einleitung"):
        out.append({"p": p["einleitung"]})
    if form:
        out.append({"formular": [["Eingang beim MFFKI", "(wird vom Ministerium ausgefüllt)"],
                                 ["Antragsdatum", p["datum"]]]})
    sections = {
        "antragsteller": [{"formular": [["Name", k["name"]], ["Anschrift", k["anschrift"]],
                                        [k.get("schluessel_label", "Kreisschlüssel"), k["schluessel"]]]
                           + ([["Art der Gebietskörperschaft",
                                "\n".join(f"{_box(a == k['art'])} {a}" for a in
                                          ("Landkreis", "kreisfreie Stadt", "sonstige"))]] if form else [])}],
        "ansprech": [{"p": p.get("ansprech", _ansprech(p))}],
        "zeitraum": [{"p": p["zeitraum"]}],
        "stelle": _personal(p),
        "anbindung": [{"p": p["anbindung"]}],
        "aufgaben": [{"liste": p.get("aufgaben", [
            "Bestandsaufnahme der Integrationsangebote und Aufbau einer Steuerungsgruppe",
            "Vernetzung der Ämter, Jobcenter, Migrationsberatung und Ehrenamtsinitiativen",
            "Koordinierung im Einzelfall, z. B. bei der Aufnahme großer Familien",
            "Fortschreibung des Integrationskonzepts und Öffentlichkeitsarbeit"])}],
        "konzept": [{"p": p.get("konzept", "Ein Integrationskonzept wurde 2019 von der "
                                          "Vertretungskörperschaft beschlossen; es soll bis 2027 "
                                          "fortgeschrieben werden.")}],
        "plan": _plan(p),
        "erklaerungen": _erklaerungen(p, form),
        "unterschrift": _unterschrift(p, form),
    }
    for key in UE_ANTRAG:
        if key in weg:
            continue
        out.append({"h1": ue[key]})
        out += sections[key]
    if p.get("anlagen"):
        out += [{"fett": "Anlagen"}, {"liste": p["anlagen"]}]
    if p.get("fusszeile"):
        out.append({"fusszeile": p["fusszeile"]})
    return out


ERKLAERUNGEN = [
    "Für die beantragte Stelle werden keine weiteren Fördermittel des Landes, des Bundes oder "
    "der EU in Anspruch genommen (keine Doppelförderung).",
    "Mit der Maßnahme wurde vor Bekanntgabe des Bewilligungsbescheids nicht begonnen; ein "
    "Arbeitsvertrag zulasten der Zuwendung wurde noch nicht geschlossen.",
    "Die Angaben in diesem Antrag sind vollständig und richtig.",
]


def _erklaerungen(p: dict, form: bool) -> list[dict]:
    saetze = p.get("erklaerungen", ERKLAERUNGEN)
    angekreuzt = p.get("angekreuzt", [True] * len(saetze))
    if form:
        return [{"p": f"{_box(a)} {s}"} for s, a in zip(saetze, angekreuzt)]
    return [{"p": "Der Antragsteller erklärt:"}, {"liste": saetze}]


def _unterschrift(p: dict, form: bool) -> list[dict]:
    zeilen = p.get("zeichnung", ["gez. Dr. Michael Berger", "Landrat"])
    if form:
        return [{"formular": [["Ort, Datum", f"{p['ort']}, {p['datum']}"],
                              ["Unterschrift", "\n".join(zeilen)]]}]
    return [{"p": f"{p['ort']}, {p['datum']}"}, *[{"p": z} for z in zeilen]]


# --- Jahresbericht ---------------------------------------------------------------------------

TEXTE_BERICHT = {
    "infrastruktur": "Die Bestandsaufnahme der Angebote in den Bereichen Wohnen, Sprache und Bildung, "
                     "Migrationsberatung und Arbeitsmarkt ist abgeschlossen. Lücken bestehen bei "
                     "Sprachkursen mit Kinderbetreuung und bei der Wohnraumvermittlung.",
    "vernetzung": "Das Integrationsmanagement nimmt an den Dienstbesprechungen von Sozialamt, "
                  "Jugendamt und Ausländerbehörde teil. Im Sozialausschuss wurde zweimal berichtet; "
                  "mit Jobcenter, Wohlfahrtsverbänden und Ehrenamtsinitiativen gibt es eine "
                  "vierteljährliche Netzwerkrunde.",
    "interkommunal": "Mit den Integrationsmanagerinnen der Nachbarkommunen findet ein regelmäßiger "
                     "Austausch statt, zuletzt im Oktober zu gemeinsamen Sprachkursangeboten.",
    "oeffentlichkeit": "Eine Seite im Internetauftritt, zwei Pressemitteilungen und ein Stand bei der "
                       "Interkulturellen Woche im September informierten über das Programm.",
    "land": "Die Integrationsmanagerin nahm an den Jour-fixe-Terminen des MFFKI und an zwei "
            "Fachtagen der Dialog- und Beratungsstelle Kommunale Integration (DBKI) teil.",
    "konzept": "Die Fortschreibung des Integrationskonzepts hat begonnen; ein Entwurf soll im "
               "Frühjahr des Folgejahres in die Gremien gehen.",
    "steuerung": "Eine verwaltungsinterne Steuerungsgruppe tagt alle zwei Monate.",
    "ausblick": "Im kommenden Jahr stehen die Fortschreibung des Konzepts und ein "
                "Willkommensleitfaden für Neuzugewanderte im Vordergrund.",
}


def jahresbericht(p: dict) -> list[dict]:
    k = p["kommune"]
    stil = p.get("geld", "eur2")
    out: list[dict] = []
    if p.get("briefkopf"):
        out.append({"briefkopf": p["briefkopf"]})
    out.append({"titel": p.get("titel", f"Jahresbericht {p['jahr']} – Kommunales "
                                        "Integrationsmanagement (KIM)")})
    out.append({"formular": [["Kommune", k["name"]], ["Berichtsjahr", str(p["jahr"])],
                             ["Berichtszeitraum", p["zeitraum"]], ["Stand", p["datum"]]]})
    texte = {**TEXTE_BERICHT, **p.get("texte", {})}
    for key, ueberschrift in p["teile"]:
        out.append({"h1": ueberschrift})
        if key == "personal":
            out += _personal(p)
        elif key == "mittel":
            out += _mittel(p, stil)
        else:
            out.append({"p": texte[key]})
    out.append({"fett": "Anlagen"})
    out.append({"liste": p.get("anlagen", ["Ausgefüllter Fragebogen des MFFKI zur Evaluierung des KIM"])})
    out.append({"rechts": f"{p['ort']}, {p['datum']}"})
    out += [{"p": z} for z in p.get("zeichnung", ["i. A. Sandra Keller", "Integrationsmanagerin"])]
    if p.get("fusszeile"):
        out.append({"fusszeile": p["fusszeile"]})
    return out


def _mittel(p: dict, stil: str) -> list[dict]:
    g = lambda x: geld(x, stil)  # noqa: E731
    m = p["mittel"]  # {bew_p, bew_s, ist_p, ist_s, zuw_p, zuw_s, posten?: [[label, ist, zuw]]}
    head = ["Kostenart" + _kopf_geld(stil), "bewilligt", "Ausgaben (Ist)", "davon aus KIM-Mitteln"]
    rows = [head, ["Personalkosten", g(m["bew_p"]), g(m["ist_p"]), g(m["zuw_p"])]]
    posten = m.get("posten")
    if posten:
        rows.append(["Sachkosten", g(m["bew_s"]), "", ""])
        rows += [[f"– {label}", "", g(ist), g(zuw)] for label, ist, zuw in posten]
    else:
        rows.append(["Sachkosten", g(m["bew_s"]), g(m["ist_s"]), g(m["zuw_s"])])
    rows.append(["Summe", g(m["bew_p"] + m["bew_s"]), g(m["ist_p"] + m["ist_s"]),
                 g(m["zuw_p"] + m["zuw_s"])])
    out = [{"p": m.get("einleitung", "Die Mittel wurden wie folgt verwendet:")}, {"tabelle": rows}]
    out += [{"p": s} for s in m.get("nachsatz", [])]
    return out


# --- Bescheid -------------------------------------------------------------------------------------

def bescheid(p: dict) -> list[dict]:
    k = p["kommune"]
    stil = p.get("geld", "eur2")
    g = lambda x: geld(x, stil)  # noqa: E731
    out: list[dict] = [{"briefkopf": [MFFKI[0], "Postfach 3220 · 55022 Mainz"]},
                       {"p": k["empfaenger"]}, {"p": k["anschrift"]},
                       {"p": f"Aktenzeichen: {p['az']}"},
                       {"rechts": f"Mainz, {p['datum']}"},
                       {"titel": p.get("titel", "Zuwendungsbescheid")},
                       {"p": p.get("betreff", "Kommunales Integrationsmanagement Rheinland-Pfalz "
                                              f"(KIM); Ihr Antrag vom {p['antrag_vom']}")}]
    jahre = p["jahre"]  # [{jahr, p, s}]
    tabelle = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Summe"]]
    tabelle += [[str(j["jahr"]), g(j["p"]), g(j["s"]), g(j["p"] + j["s"] + j.get("fehler", 0))]
                for j in jahre]
    if len(jahre) > 1:
        tabelle.append(["Gesamt", g(sum(j["p"] for j in jahre)), g(sum(j["s"] for j in jahre)),
                        g(sum(j["p"] + j["s"] for j in jahre))])
    gesamt = sum(j["p"] + j["s"] for j in jahre)
    texte = {
        "tenor": [{"p": f"Auf Ihren Antrag vom {p['antrag_vom']} bewillige ich {k['dativ']} für die "
                        f"Stelle des Integrationsmanagements im Umfang von {p['vzae']} für den "
                        f"Bewilligungszeitraum {p['zeitraum']} eine Zuwendung als Festbetrag in Höhe "
                        f"von insgesamt {g(gesamt)}. Sie verteilt sich wie folgt:"},
                  {"tabelle": tabelle}],
        "finanzierung": [{"p": "Die Zuwendung wird im Wege der Festbetragsfinanzierung als Zuweisung "
                               "gewährt. Zuwendungsfähig sind die Personalausgaben der "
                               "Integrationsmanagerin bzw. des Integrationsmanagers bis zu "
                               f"{g(60000)} je VZÄ und Jahr sowie Sachausgaben für Vernetzung, "
                               f"Veranstaltungen und Fortbildung bis zu {g(20000)} je Jahr, jeweils "
                               "anteilig nach vollen Kalendermonaten. Overheadkosten sind nicht "
                               "zuwendungsfähig."}],
        "auszahlung": [{"p": "Die Zuwendung wird auf Anforderung in Teilbeträgen ausgezahlt, soweit "
                             "sie innerhalb von zwei Monaten nach der Auszahlung für fällige Zahlungen "
                             "benötigt wird."}],
        "bericht": [{"p": "Bis zum 15. Dezember eines jeden Jahres ist ein Jahresbericht mit dem "
                          "ausgefüllten Fragebogen des MFFKI vorzulegen. Der Verwendungsnachweis ist "
                          "innerhalb von sechs Monaten nach Ablauf des Bewilligungszeitraums "
                          "vorzulegen."}],
        "nebenbestimmungen": [{"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur "
                                    "Projektförderung an kommunale Körperschaften (ANBest-K) in der "
                                    "am Tag dieses Bescheids geltenden Fassung sind Bestandteil dieses "
                                    "Bescheids. Zu Unrecht erhaltene Beträge sind nach § 49a VwVfG zu "
                                    "erstatten und zu verzinsen."}],
        "begruendung": [{"p": "Die Voraussetzungen des § 44 LHO und des Konzepts KIM liegen vor. Im "
                              "Rahmen des pflichtgemäßen Ermessens wird die Zuwendung in der "
                              "beantragten Höhe gewährt; Haushaltsmittel stehen zur Verfügung."}],
        "rbb": [{"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage "
                      f"beim {k['gericht']} schriftlich oder zur Niederschrift der Urkundsbeamtin "
                      "oder des Urkundsbeamten der Geschäftsstelle erhoben werden."}],
    }
    for key, ueberschrift in p["teile"]:
        if ueberschrift:
            out.append({"h1": ueberschrift})
        out += texte[key]
    if p.get("zeichnung"):
        out += [{"p": z} for z in p["zeichnung"]]
    if p.get("anlagen"):
        out += [{"fett": "Anlagen"}, {"liste": p["anlagen"]}]
    if p.get("fusszeile"):
        out.append({"fusszeile": p["fusszeile"]})
    return out


# --- Vorlage ---------------------------------------------------------------------------------------

TEXTE_VORLAGE = {
    "hintergrund": "Das Land Rheinland-Pfalz fördert seit August 2025 mit dem Programm „Kommunales "
                   "Integrationsmanagement“ (KIM) je Landkreis und kreisfreier Stadt eine Stelle mit "
                   "bis zu einem Vollzeitäquivalent. Die Antragstellung ist bis Ende 2026 möglich.",
    "umsetzung": "Die Stelle ist in der Verwaltung angesiedelt und koordiniert die Angebote der "
                 "Ämter, des Jobcenters und der freien Träger. Eine Steuerungsgruppe wurde gebildet.",
    "sachstand": "Der Antrag wurde gestellt; der Bewilligungsbescheid des MFFKI liegt vor. Die Stelle "
                 "ist besetzt, der erste Jahresbericht wird zum 15. Dezember vorgelegt.",
    "finanzen": "Das Land trägt die Personalkosten bis 60.000 Euro je Jahr und Sachkosten bis 20.000 "
                "Euro je Jahr; darüber hinausgehende Kosten trägt die Kommune.",
}


def vorlage(p: dict) -> list[dict]:
    out: list[dict] = []
    if p.get("briefkopf"):
        out.append({"briefkopf": p["briefkopf"]})
    out.append({"titel": p.get("titel", "Mitteilungsvorlage")})
    out.append({"formular": p["kopf"]})
    if p.get("beratung"):
        out.append({"fett": p.get("beratung_label", "Beratungsfolge")})
        out.append({"tabelle": [["Datum", "Gremium", "Zuständigkeit", "Ergebnis"], *p["beratung"]]})
    texte = {**TEXTE_VORLAGE, **p.get("texte", {})}
    for key, ueberschrift in p["teile"]:
        out.append({"h1": ueberschrift})
        if key == "beschluss":
            out.append({"p": p["beschlussvorschlag"]})
        else:
            out.append({"p": texte[key]})
    if p.get("anlagen"):
        out += [{"h1": "Anlagen"}, {"liste": p["anlagen"]}]
    out += [{"p": z} for z in p.get("zeichnung", [])]
    return out


def kopfzeile(e) -> str:
    """The running line of the browser print: a council system for Vorlagen, else the file."""
    k = e.parameter.get("kommune", {})
    if e.art == "vorlage":
        return f"Ratsinformationssystem {k.get('name', '')} · Druckansicht"
    return f"{k.get('name', 'KIM')} – {e.name} – Druckansicht"


BUILDERS = {"antrag11": antrag, "jahresbericht11": jahresbericht, "bescheid11": bescheid,
            "vorlage11": vorlage}
