"""Contents of the thirty-fourth held-out corpus (manifest_blind34.yaml), issue 19, item 4.

How it was written: from the guideline's rule page (kim-rlp-2025.md/.yaml), the list of
Kommunen, /work/shared/fachwissen.md, the Koblenz Unterrichtungsvorlage (quellen/003) and the
build script bauen.py alone. The author had not seen the checker's fact layer, its readers,
rules or tests, nor any earlier corpus; every expectation in the manifest was fixed before the
first build and the checker was never run on these documents.

What is new (angle: "a typical month's inbox of the ministry"): documents from about forty
different Kommunen, each in its own office style – a Kreisverwaltung letter with an Az. line,
numbered parts and a "Seite # von 3" footer, a Stadtverwaltung application told in prose with
weekly hours and "EUR …,-", a label/value Vordruck with ☒/☐ boxes, the printout of an online
application portal, long-winded and terse Jahresberichte with their parts named in the writer's
own words, ministry Bescheide in a letter and in a compact numbered form, and council Vorlagen
from a Ratsinformationssystem and from a Kreistag office. Figures come as "60.000,00 €",
"60.000 EUR", "EUR 60.000,-", "60 T€", "60 Tsd. EUR", "60.000,--" and bare figures under
"in EUR"; dates as "1. Dezember 2026", "01.12.26", "2026-12-01" and "Dez. 2026".
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

KOMMUNEN: dict = {}


def kopfzeile(e) -> str:
    return e.parameter.get("kopfzeile", "Ratsinformationssystem · Druckansicht")


# --- notation ---------------------------------------------------------------------------------

def _tsd(d: Decimal, places: int) -> str:
    q = d.quantize(Decimal(1) / (10 ** places) if places else Decimal(1), ROUND_HALF_UP)
    whole, _, frac = f"{q:.{places}f}".partition(".")
    neg = whole.startswith("-")
    whole = whole.lstrip("-")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    out = ("-" if neg else "") + ".".join(groups)
    return out + ("," + frac if places else "")


def eur(x, stil: str = "eur2") -> str:
    """An amount as the writing office puts it."""
    d = Decimal(str(x))
    if stil == "eur2":
        return f"{_tsd(d, 2)} €"
    if stil == "eur0":
        return f"{_tsd(d, 0)} EUR"
    if stil == "euro":
        return f"{_tsd(d, 2)} Euro"
    if stil == "vorn":
        return f"EUR {_tsd(d, 0)},-"
    if stil == "strich":
        return f"{_tsd(d, 0)},--"
    if stil == "teur":
        return f"{_tsd(d / 1000, 1)} T€"
    if stil == "tsd":
        return f"{_tsd(d / 1000, 1)} Tsd. EUR"
    if stil == "nackt":
        return _tsd(d, 2)
    raise ValueError(stil)


def _sum(values) -> Decimal:
    return sum((Decimal(str(v)) for v in values), Decimal(0))


# --- cost plans -------------------------------------------------------------------------------

def plan_spalten(plan: list[dict], stil: str, kopf: str = "Position") -> list[list[str]]:
    """Years as columns: Ausgaben (PK, Sachkosten items, Zwischensumme, Gesamtausgaben), then
    Finanzierung (Zuwendung, Eigenmittel, Gesamtfinanzierung). Each year dict: jahr, pk,
    pk_kosten (optional), sk [[item, amount]], sk_beantragt (optional), eigen (optional)."""
    jahre = [str(j["jahr"]) for j in plan]
    mehr = len(plan) > 1
    rows = [[kopf, *(f"{j} in EUR" if stil == "nackt" else j for j in jahre)]
            + (["gesamt"] if mehr else [])]

    def line(label, values):
        vals = [Decimal(str(v)) for v in values]
        rows.append([label, *(eur(v, stil) for v in vals)] + ([eur(sum(vals), stil)] if mehr
                                                              else []))

    line("Personalkosten Integrationsmanagement", [j.get("pk_kosten", j["pk"]) for j in plan])
    items = [name for name, _ in plan[0]["sk"]]
    for n, name in enumerate(items):
        line(f"Sachkosten: {name}", [j["sk"][n][1] for j in plan])
    line("Zwischensumme Sachkosten", [_sum(a for _, a in j["sk"]) for j in plan])
    aus = [Decimal(str(j.get("pk_kosten", j["pk"]))) + _sum(a for _, a in j["sk"]) for j in plan]
    line("Gesamtausgaben", aus)
    line("beantragte Zuwendung Personalkosten", [j["pk"] for j in plan])
    line("beantragte Zuwendung Sachkosten",
         [j.get("sk_beantragt", _sum(a for _, a in j["sk"])) for j in plan])
    if any(j.get("eigen") for j in plan):
        line("Eigenmittel der Kommune", [j.get("eigen", 0) for j in plan])
    line("Gesamtfinanzierung", aus)
    return rows


def plan_zeilen(plan: list[dict], stil: str) -> list[list[str]]:
    """Years as rows: Jahr | Personalkosten | Sachkosten | Zuwendung gesamt."""
    rows = [["Haushaltsjahr", "Zuwendung Personalkosten", "Zuwendung Sachkosten",
             "beantragte Zuwendung gesamt"]]
    for j in plan:
        sk = j.get("sk_beantragt", _sum(a for _, a in j["sk"]))
        rows.append([str(j["jahr"]), eur(j["pk"], stil), eur(sk, stil),
                     eur(Decimal(str(j["pk"])) + sk, stil)])
    return rows


# --- Anträge ----------------------------------------------------------------------------------

_AUFGABEN = ["Bestandsaufnahme der Integrationsangebote im {k} und Aufzeigen von Lücken",
             "Aufbau und Pflege einer Steuerungsgruppe Integration mit Jobcenter, "
             "Ausländerbehörde, Migrationsberatung und Ehrenamt",
             "Fortschreibung des Integrationskonzepts und Begleitung der Umsetzung",
             "Information der Öffentlichkeit und der Gremien, Berichterstattung an das MFFKI"]


def _erklaerungen(p: dict) -> list[dict]:
    texte = p.get("erklaerungen") or [
        "Für die beantragte Maßnahme werden keine weiteren Fördermittel des Landes, des Bundes "
        "oder der EU in Anspruch genommen (keine Doppelförderung).",
        "Mit der Maßnahme wurde vor Bekanntgabe des Bewilligungsbescheids nicht begonnen.",
        "Die Angaben in diesem Antrag sind vollständig und richtig."]
    return [{"liste": texte}]


def kreis_antrag(p: dict) -> list[dict]:
    """A Kreisverwaltung's letter: letterhead in the page header, Az. line, numbered parts,
    staff as a table with from/until, cost plan with years as columns, footer."""
    k = p["kommune"]
    h = {"antragsteller": "Antragsteller", "ansprech": "Ansprechpartnerin",
         "stelle": "Angaben zur Stelle", "anbindung": "Organisatorische Anbindung",
         "aufgaben": "Aufgaben und Schwerpunkte", "konzept": "Integrationskonzept",
         "plan": "Kosten- und Finanzierungsplan", "zeitraum": "Förderzeitraum",
         "erkl": "Erklärungen", **p.get("h", {})}
    n = iter(range(1, 20))

    def kopf(key):
        return {"h1": f"{next(n)}. {h[key]}"}

    out = [{"briefkopf": p["absender"]}]
    if p.get("fusszeile"):
        out.append({"fusszeile": [p["fusszeile"]]})
    out += [{"p": line} for line in p["empfaenger"]]
    out += [{"rechts": p["datum_zeile"]}, {"p": f"Az.: {p['az']}"},
            {"fett": p.get("betreff", "Antrag auf Förderung im Programm Kommunales "
                                      "Integrationsmanagement (KIM)")},
            {"p": "Sehr geehrte Damen und Herren,"},
            {"p": p.get("einleitung", f"hiermit beantragt {k} eine Zuwendung zur Förderung "
                                      "einer Stelle für das Kommunale Integrationsmanagement.")},
            kopf("antragsteller"), {"formular": p["antragsteller"]}]
    if p.get("ansprech"):
        out += [kopf("ansprech"), {"p": p["ansprech"]}]
    out += [kopf("stelle"), {"p": p["stelle_text"]}, {"tabelle": p["personal"]}]
    if p.get("stelle_nach"):
        out.append({"p": p["stelle_nach"]})
    out += [kopf("anbindung"), {"p": p["anbindung"]},
            kopf("aufgaben"), {"liste": [a.format(k=p.get("gebiet", "Kreisgebiet"))
                                        for a in _AUFGABEN]}]
    if p.get("konzept"):
        out += [kopf("konzept"), {"p": p["konzept"]}]
    out += [kopf("zeitraum"), {"p": p["zeitraum"]},
            kopf("plan"), {"p": p.get("plan_text", "Alle Beträge in Euro, je Haushaltsjahr.")},
            {"tabelle": plan_spalten(p["plan"], p.get("stil", "eur2"))}]
    if p.get("plan_nach"):
        out.append({"p": p["plan_nach"]})
    if p.get("erkl", True):
        out += [kopf("erkl"), {"p": f"{k[0].upper()}{k[1:]} erklärt:"}, *_erklaerungen(p)]
    if p.get("anlagen"):
        out += [{"fett": "Anlagen"}, {"liste": p["anlagen"]}]
    if p.get("unterschrift"):
        out += [{"p": "Mit freundlichen Grüßen"}, {"p": p["ort_datum"]},
                *({"p": line} for line in p["unterschrift"])]
    return out


def stadt_antrag(p: dict) -> list[dict]:
    """A Stadtverwaltung's application told in prose: headings as questions or short words,
    staff and money in sentences, a small table with years as rows."""
    st = p["stadt"]
    s = p.get("stil", "vorn")
    out = [{"briefkopf": p["absender"]},
           {"titel": p.get("titel", "Antrag auf Gewährung einer Zuweisung – Kommunales "
                                    "Integrationsmanagement")},
           {"rechts": p["ort_datum"]}, {"p": f"Aktenzeichen: {p['az']}"},
           {"h1": p.get("h_antragsteller", "Antragstellerin")},
           {"p": f"{st}, vertreten durch {p['vertreten']}, {p['anschrift']}, "
                 f"Gemeindeschlüssel {p['ags']}."},
           {"h1": "Kontakt"}, {"p": p["kontakt"]},
           {"h1": p.get("h_stelle", "Stelle und Personal")}, *({"p": t} for t in p["personal"]),
           {"h1": p.get("h_anbindung", "Ansiedlung in der Verwaltung")}, {"p": p["anbindung"]},
           {"h1": "Aufgaben"}, {"p": p.get("aufgaben", (
               "Die Integrationsmanagerin koordiniert die Integrationsarbeit in der Stadt, "
               "erhebt die vorhandenen Angebote, führt den Runden Tisch Integration und "
               "schreibt das städtische Integrationskonzept fort."))}]
    if p.get("konzept"):
        out += [{"h1": "Integrationskonzept"}, {"p": p["konzept"]}]
    out += [{"h1": p.get("h_zeitraum", "Bewilligungszeitraum")}, {"p": p["zeitraum"]},
            {"h1": "Finanzierung"}]
    for j in p["plan"]:
        sk = _sum(a for _, a in j["sk"])
        satz = (f"Für {j['jahr']} rechnen wir mit Personalkosten von {eur(j.get('pk_kosten', j['pk']), s)}"
                f" und Sachkosten von {eur(sk, s)} ("
                + ", ".join(f"{name} {eur(a, s)}" for name, a in j["sk"]) + ").")
        if j.get("eigen"):
            satz += (f" Beantragt werden {eur(j['pk'], s)} für Personal und "
                     f"{eur(j.get('sk_beantragt', sk), s)} für Sachkosten; den Rest von "
                     f"{eur(j['eigen'], s)} trägt die Stadt aus Eigenmitteln.")
        out.append({"p": satz})
    out.append({"tabelle": plan_zeilen(p["plan"], s)})
    if p.get("gesamt"):
        out.append({"tabelle": plan_spalten(p["plan"], s, "Gesamtübersicht")})
    out += [{"h1": "Erklärungen"}, *_erklaerungen(p), {"h1": "Unterschrift"},
            {"p": p["ort_datum"]}, *({"p": line} for line in p["unterschrift"])]
    return out


def formular_antrag(p: dict) -> list[dict]:
    """The ministry's Vordruck filled in: numbered parts, label/value tables, ☒/☐ boxes."""
    s = p.get("stil", "eur2")
    boxes = p.get("kaestchen", ["☒", "☒", "☒"])
    out = [{"titel": "Antrag auf Zuweisung – Kommunales Integrationsmanagement RLP"},
           {"p": "Vordruck MFFKI – bitte vollständig ausfüllen und unterschrieben zurücksenden"},
           {"h1": "1. Angaben zum Antragsteller"},
           {"formular": [["Kommune", p["kommune"]], ["Anschrift", p["anschrift"]],
                         ["Amtlicher Gemeindeschlüssel", p["ags"]],
                         ["Art", p.get("art", "☒ Landkreis   ☐ kreisfreie Stadt")]]},
           {"h1": "2. Ansprechperson"},
           {"formular": [["Name", p["ansprech"][0]], ["Telefon / E-Mail", p["ansprech"][1]]]},
           {"h1": "3. Angaben zur Stelle"},
           {"tabelle": p["personal"]},
           {"formular": [["Organisatorische Anbindung", p["anbindung"]],
                         ["Entgeltgruppe", p.get("eg", "E 11 TVöD")]]},
           {"h1": "4. Aufgaben und Schwerpunkte"}, {"p": p["aufgaben"]},
           {"h1": "5. Integrationskonzept"},
           {"formular": [["Liegt ein Integrationskonzept vor?", p.get("konzept",
                                                                     "☒ ja   ☐ nein")]]},
           {"h1": "6. Förderzeitraum"},
           {"formular": [["von", p["von"]], ["bis", p["bis"]]]},
           {"h1": "7. Finanzierungsplan"}]
    if p.get("zeilen"):
        out.append({"tabelle": plan_zeilen(p["plan"], s)})
    else:
        out.append({"tabelle": plan_spalten(p["plan"], s)})
    out += [{"h1": "8. Erklärungen"},
            {"p": f"{boxes[0]} Für die Stelle werden keine weiteren öffentlichen Mittel "
                  "beantragt oder bezogen."},
            {"p": f"{boxes[1]} Mit der Maßnahme wurde noch nicht begonnen; ein vorzeitiger "
                  "Beginn erfolgt nicht ohne Zustimmung des MFFKI."},
            {"p": f"{boxes[2]} Die Angaben sind vollständig und wahrheitsgemäß."},
            {"h1": "9. Ort, Datum, Unterschrift"},
            {"formular": [["Ort, Datum", p["ort_datum"]],
                          ["Unterschrift", p["unterschrift"]]]}]
    return out


def portal_antrag(p: dict) -> list[dict]:
    """The printout of an online application portal: field numbers, "Feld: Wert" rows,
    Ja/Nein answers, a receipt line."""
    s = p.get("stil", "eur0")
    out = [{"navigation": ["Startseite", "Meine Anträge", p["vorgang"], "Druckansicht"]}]
    out += [{"titel": "Antrag KIM – Zusammenfassung Ihrer Eingaben"},
           {"p": f"Vorgangsnummer {p['vorgang']} · übermittelt am {p['gesendet']}"},
           {"h1": "Schritt 1: Antragstellende Kommune"},
           {"formular": [["1.1 Name", p["kommune"]], ["1.2 Anschrift", p["anschrift"]],
                         ["1.3 Gemeindeschlüssel", p["ags"]]]},
           {"h1": "Schritt 2: Kontaktperson"},
           {"formular": [["2.1 Name", p["kontakt"][0]], ["2.2 E-Mail", p["kontakt"][1]]]},
           {"h1": "Schritt 3: Stellenanteile"},
           {"tabelle": p["personal"]},
           {"h1": "Schritt 4: Organisatorische Einbindung"},
           {"formular": [["4.1 Amt / Fachbereich", p["anbindung"]],
                         ["4.2 Teil der Kommunalverwaltung", "Ja"]]},
           {"h1": "Schritt 5: Tätigkeitsschwerpunkte"}, {"p": p["aufgaben"]},
           {"h1": "Schritt 6: Integrationskonzept"},
           {"formular": [["6.1 Konzept vorhanden", p.get("konzept", "Ja, Stand 2024")]]},
           {"h1": "Schritt 7: Laufzeit"},
           {"formular": [["7.1 Beginn", p["von"]], ["7.2 Ende", p["bis"]]]},
           {"h1": "Schritt 8: Finanzierung"}]
    if p.get("sk_liste"):
        rows = [["Sachkostenposition", "Betrag"]] + [[n, eur(a, s)] for n, a in p["sk_liste"]]
        rows.append(["Summe Sachkosten", eur(p["sk_summe"], s)])
        out.append({"tabelle": rows})
    out += [{"tabelle": plan_zeilen(p["plan"], s)},
            {"h1": "Schritt 9: Erklärungen"},
            {"formular": [["9.1 Keine Doppelförderung", "Ja"],
                          ["9.2 Kein vorzeitiger Maßnahmebeginn", "Ja"],
                          ["9.3 Angaben richtig und vollständig", "Ja"]]},
            {"h1": "Schritt 10: Unterschrift"},
            {"formular": [["Ort und Datum", p["ort_datum"]],
                          ["Unterzeichnet (qualifizierte elektronische Signatur)",
                           p["unterschrift"]]]}]
    return out if p.get("html", True) else out[1:]


# --- Jahresberichte ---------------------------------------------------------------------------

_TEILE = {
    "infra": "Die Bestandsaufnahme der Angebote in den Bereichen Sprache, Wohnen, Arbeit und "
             "Migrationsberatung ist abgeschlossen. Lücken zeigen sich bei Sprachkursen mit "
             "Kinderbetreuung und bei der Beratung im ländlichen Raum.",
    "vernetz": "Die Integrationsmanagerin leitet den Arbeitskreis Integration (vier Sitzungen) "
               "und ist in der verwaltungsinternen Lenkungsrunde mit Jobcenter, Ausländerbehörde "
               "und Jugendamt vertreten. Der Sozialausschuss wurde zweimal unterrichtet.",
    "inter": "Regelmäßiger Austausch mit den Integrationsmanagerinnen der Nachbarkreise, "
             "gemeinsamer Fachtag im Oktober.",
    "oeff": "Pressemitteilungen zum Start, eine eigene Seite auf der Homepage, ein Flyer in "
            "sechs Sprachen und ein Infostand bei der Interkulturellen Woche.",
    "land": "Teilnahme an den Jour-fixe-Terminen des MFFKI und an den Austauschtreffen der "
            "DBKI; Berichte an das Fachreferat nach Aufforderung.",
    "konzept": "Das Integrationskonzept aus dem Jahr 2019 wird fortgeschrieben; der Entwurf "
               "soll im Frühjahr den Gremien vorgelegt werden.",
    "ausblick": "Im kommenden Jahr sind die Verabschiedung des fortgeschriebenen Konzepts und "
                "ein Integrationsmonitoring geplant.",
}


def _mittel_tabelle(p: dict) -> list[list[str]]:
    s = p.get("stil", "eur2")
    rows = [["Ausgabeart", "bewilligt", "verausgabt"]]
    for name, bew, ist in p["mittel"]:
        rows.append([name, eur(bew, s), eur(ist, s)])
    bew_sum = p.get("summe_bewilligt", _sum(b for _, b, _ in p["mittel"]))
    ist_sum = p.get("summe_ist", _sum(i for _, _, i in p["mittel"]))
    rows.append(["Summe", eur(bew_sum, s), eur(ist_sum, s)])
    return rows


def jb_kreis(p: dict) -> list[dict]:
    """A Kreis' annual report: cover lines, chapters in the writer's words (parts given as
    [key, heading] pairs in the order the office chose), staff table, money table, Anlagen."""
    out = [{"briefkopf": p["absender"]}, {"titel": p["titel"]},
           {"p": p.get("untertitel", "Berichtszeitraum 01.01.2026 bis 31.12.2026")},
           {"rechts": p["ort_datum"]}]
    for key, heading in p["teile"]:
        out.append({"h1": heading})
        if key == "personal":
            out += [{"p": p["personal_text"]}, {"tabelle": p["personal"]}]
        elif key == "mittel":
            out += [{"p": p.get("mittel_text", "Die Mittel wurden wie folgt verwendet:")},
                    {"tabelle": _mittel_tabelle(p)}]
        else:
            out.append({"p": p.get("texte", {}).get(key, _TEILE[key])})
    out += [{"fett": "Anlagen"}, {"liste": p["anlagen"]}]
    out += [{"p": line} for line in p["unterschrift"]]
    return out


def jb_kurz(p: dict) -> list[dict]:
    """A city's short report: one page, bullet points under short headings, money in a
    sentence and a two-column list."""
    s = p.get("stil", "teur")
    out = [{"titel": p["titel"]}, {"p": p["kopf"]}]
    for key, heading in p["teile"]:
        out.append({"h2": heading})
        if key == "personal":
            out.append({"liste": p["personal"]})
        elif key == "mittel":
            out.append({"p": p.get("mittel_text", "Verausgabt im Berichtsjahr (Ist):")})
            out.append({"tabelle": [["Art", "Betrag"]] + [[n, eur(a, s)] for n, a in p["mittel"]]
                        + [["Gesamt", eur(p.get("summe", _sum(a for _, a in p["mittel"])), s)]]})
        else:
            out.append({"liste": [p.get("texte", {}).get(key, _TEILE[key])]})
    if p.get("anlage"):
        out += [{"fett": "Anlage"}, {"p": p["anlage"]}]
    out += [{"rechts": p["ort_datum"]}, {"p": p["unterschrift"]}]
    return out


# --- Bescheide --------------------------------------------------------------------------------

_VG = {"koblenz": "Verwaltungsgericht Koblenz, Deinhardpassage 1, 56068 Koblenz",
       "mainz": "Verwaltungsgericht Mainz, Ernst-Ludwig-Straße 9, 55116 Mainz",
       "neustadt": "Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, "
                   "67433 Neustadt an der Weinstraße",
       "trier": "Verwaltungsgericht Trier, Egbertstraße 20a, 54295 Trier"}


def _belehrung(p: dict) -> str:
    if p.get("widerspruch"):
        return ("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
                "erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim "
                "Ministerium für Familie, Frauen, Kultur und Integration, Kaiser-Friedrich-Straße "
                "5a, 55116 Mainz, einzulegen.")
    return ("Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage "
            f"beim {_VG[p['vg']]} erhoben werden. Die Klage ist als elektronisches Dokument "
            "nach Maßgabe des § 55a VwGO einzureichen (§ 55d VwGO).")


def _betraege(p: dict) -> list[list[str]]:
    s = p.get("stil", "eur2")
    rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Zuwendung"]]
    for j, pk, sk in p["jahre"]:
        rows.append([str(j), eur(pk, s), eur(sk, s), eur(_sum([pk, sk]), s)])
    return rows


def bescheid_brief(p: dict) -> list[dict]:
    """The ministry's Zuwendungsbescheid as a letter with information fields, a Tenor and
    parts with roman or arabic numbers."""
    nr = p.get("nummern", ["I.", "II.", "III.", "IV.", "V.", "VI."])
    out = [{"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration",
                          "Rheinland-Pfalz", "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]}]
    out += [{"p": line} for line in p["empfaenger"]]
    out += [{"formular": [["Mein Aktenzeichen", p["az"]], ["Ihr Schreiben vom", p["antrag_vom"]],
                          ["Ansprechpartner/-in / E-Mail", p["sachb"]],
                          ["Datum", p["datum"]]]},
            {"fett": "Zuwendungsbescheid – Kommunales Integrationsmanagement (KIM)"},
            {"p": "Sehr geehrte Damen und Herren,"},
            {"h1": f"{nr[0]} Bewilligung"},
            {"p": f"Zuwendungsempfänger: {p['an']}."},
            {"p": f"Auf Ihren Antrag vom {p['antrag_vom']} bewillige ich Ihnen für die "
                  f"Zeit {p['zeitraum']} eine Zuwendung als Zuweisung zur Förderung der Stelle "
                  f"einer Integrationsmanagerin bzw. eines Integrationsmanagers "
                  f"({p['vzae']}) in folgender Höhe:"},
            {"tabelle": _betraege(p)},
            {"h1": f"{nr[1]} Finanzierungsart und zuwendungsfähige Ausgaben"},
            {"p": "Die Zuwendung wird als Festbetragsfinanzierung gewährt. Zuwendungsfähig sind "
                  "die Personalausgaben der Stelle bis zu 60.000 Euro je Vollzeitäquivalent und "
                  "Jahr sowie Sachausgaben bis zu 20.000 Euro je Jahr, jeweils anteilig nach "
                  "vollen Monaten. Overheadkosten sind nicht zuwendungsfähig."},
            {"h1": f"{nr[2]} Auszahlung"},
            {"p": "Die Mittel werden auf Anforderung ausgezahlt, soweit sie innerhalb von zwei "
                  "Monaten nach der Auszahlung für fällige Zahlungen benötigt werden."},
            {"h1": f"{nr[3]} Jahresbericht und Verwendungsnachweis"},
            {"p": "Bis zum 15. Dezember eines jeden Jahres ist ein Jahresbericht mit dem "
                  "ausgefüllten Fragebogen des Fachreferats vorzulegen. Der Verwendungsnachweis "
                  "ist binnen sechs Monaten nach Ende des Bewilligungszeitraums vorzulegen."},
            {"h1": f"{nr[4]} Nebenbestimmungen"},
            {"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
                  "kommunale Körperschaften (ANBest-K) in der am Tag dieses Bescheids geltenden "
                  "Fassung sind Bestandteil dieses Bescheids. Wird die Zuwendung nicht "
                  "zweckentsprechend verwendet, ist sie nach § 49a VwVfG zu erstatten und zu "
                  "verzinsen."}]
    if p.get("begruendung", True):
        out += [{"h1": f"{nr[5]} Begründung"},
                {"p": "Die Zuwendung beruht auf § 44 LHO und den Verwaltungsvorschriften dazu "
                      "sowie dem Konzept Kommunales Integrationsmanagement. Es handelt sich um "
                      "eine freiwillige Leistung des Landes; ein Rechtsanspruch besteht nicht. "
                      "Nach pflichtgemäßem Ermessen und im Rahmen der verfügbaren "
                      "Haushaltsmittel wird dem Antrag entsprochen."}]
    out += [{"h1": "Rechtsbehelfsbelehrung"}, {"p": _belehrung(p)}]
    if p.get("zeichnung", True):
        out += [{"p": "Mit freundlichen Grüßen"}, {"p": "Im Auftrag"}, {"p": p["zeichner"]}]
    out += [{"fett": "Anlage"}, {"p": "ANBest-K"}]
    return out


def bescheid_kompakt(p: dict) -> list[dict]:
    """A compact Bescheid from the ministry's Fachverfahren: Kassenzeichen block, numbered
    paragraphs under short headings, the grant per year in a sentence."""
    s = p.get("stil", "eur0")
    betrag = "; ".join(f"für das Haushaltsjahr {j}: Personalausgaben {eur(pk, s)}, Sachausgaben "
                       f"{eur(sk, s)}" for j, pk, sk in p["jahre"])
    out = [{"briefkopf": ["MFFKI Rheinland-Pfalz · Referat Integration",
                          f"Geschäftszeichen {p['az']} · {p['datum']}"]},
           {"formular": [["Empfänger", p["an"]], ["Kassenzeichen", p["kasse"]],
                         ["Haushaltsstelle", "Kap. 07 02 Titel 633 01"]]},
           {"titel": "Bescheid über die Gewährung einer Zuweisung"},
           {"h1": "1. Entscheidung"},
           {"p": f"(1) Zuwendungsempfänger: {p['an']}. Für den Bewilligungszeitraum "
                 f"{p['zeitraum']} wird eine "
                 f"Zuweisung für das Kommunale Integrationsmanagement ({p['vzae']}) gewährt, "
                 f"und zwar {betrag}."},
           {"p": "(2) Zuwendungszweck ist die Finanzierung der Stelle nach Nr. 5 des Konzepts."},
           {"h1": "2. Art und Umfang der Zuwendung"},
           {"p": "Festbetragsfinanzierung. Jeder Betrag ist zugleich Höchstbetrag seines "
                 "Haushaltsjahres. Gemeinkosten und Verwaltungskosten werden nicht gefördert."},
           {"h1": "3. Mittelabruf"},
           {"p": "Abruf mit Formblatt, frühestens mit Beginn des Bewilligungszeitraums."},
           {"h1": "4. Berichtspflicht"},
           {"p": "Jahresbericht nebst Fragebogen jeweils bis 15.12.; Verwendungsnachweis sechs "
                 "Monate nach Ablauf des Bewilligungszeitraums."},
           {"h1": "5. Nebenbestimmungen und Auflagen"},
           {"p": "Die ANBest-K sind Bestandteil dieses Bescheids. Erstattung und Verzinsung "
                 "richten sich nach § 49a VwVfG."},
           {"h1": "6. Gründe"},
           {"p": "Rechtsgrundlage: § 44 LHO mit VV sowie das Konzept KIM. Die Förderung ist eine "
                 "freiwillige Leistung; nach Ausübung pflichtgemäßen Ermessens wird sie im Rahmen "
                 "der verfügbaren Haushaltsmittel gewährt."},
           {"h1": "7. Rechtsbehelfsbelehrung"}, {"p": _belehrung(p)}]
    if p.get("zeichnung", True):
        out += [{"p": "Im Auftrag"}, {"p": f"gez. {p['zeichner']}"}]
    return out


# --- Vorlagen ---------------------------------------------------------------------------------

def vorlage_ris(p: dict) -> list[dict]:
    """A council information system's Vorlage: metadata table, Beratungsfolge table, parts."""
    out = [{"navigation": ["Sitzungskalender", "Vorlagen", p["nummer"]]}] if p.get("html") else []
    out += [{"formular": [["Vorlage-Nr.", p["nummer"]], ["Vorlageart", p["art"]],
                         ["Status", "öffentlich"], ["Datum", p["datum"]],
                         ["Federführend", p["amt"]], ["Aktenzeichen", p["az"]],
                         ["Betreff", p["betreff"]]]}]
    if p.get("beratung", True):
        out += [{"h1": "Beratungsfolge"},
                {"tabelle": [["Datum", "Gremium", "Rolle", "Ergebnis"]] + p["gremien"]}]
    for heading, text in p["teile"]:
        out += [{"h1": heading}, *({"p": t} for t in (text if isinstance(text, list) else [text]))]
    if p.get("anlagen"):
        out += [{"h1": "Anlagen"}, {"liste": p["anlagen"]}]
    return out


def vorlage_kreis(p: dict) -> list[dict]:
    """A Kreistag office's Vorlage typed in Word: head lines, Gegenstand, Beratungsweg as
    lines, Beschlussvorschlag, Sachverhalt and further parts, signature of the Landrat."""
    out = [{"briefkopf": [p["kreis"], p["amt"]]},
           {"titel": p.get("titel", "Sitzungsvorlage")},
           {"p": f"Vorlage Nr. {p['nummer']} vom {p['datum']}"}]
    if p.get("betreff"):
        out.append({"p": f"Gegenstand: {p['betreff']}"})
    if p.get("beratung", True):
        out += [{"fett": "Beratungsweg:"}, *({"p": g} for g in p["gremien"])]
    for heading, text in p["teile"]:
        out += [{"h1": heading}, *({"p": t} for t in (text if isinstance(text, list) else [text]))]
    if p.get("anlagen"):
        out += [{"fett": "Anlagen:"}, {"liste": p["anlagen"]}]
    out += [{"p": line} for line in p.get("unterschrift", [])]
    return out


BUILDERS = {
    "kreis_antrag": kreis_antrag,
    "stadt_antrag": stadt_antrag,
    "formular_antrag": formular_antrag,
    "portal_antrag": portal_antrag,
    "jb_kreis": jb_kreis,
    "jb_kurz": jb_kurz,
    "bescheid_brief": bescheid_brief,
    "bescheid_kompakt": bescheid_kompakt,
    "vorlage_ris": vorlage_ris,
    "vorlage_kreis": vorlage_kreis,
}
