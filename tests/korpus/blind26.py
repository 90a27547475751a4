"""Twenty-sixth held-out corpus (issue 19, item 4): documents of the second and third funding
year, written from the guideline's rule page alone by an author who had not seen the fact layer,
the checker's readers or rules, or any earlier corpus; every expectation in
manifest_blind26.yaml was fixed before the checker ever ran on these documents.

New here: Folgeanträge and Verlängerungsanträge that cite the earlier Bescheid (its date,
Aktenzeichen and the amounts granted then, which are not the amounts applied for now);
Jahresberichte that put the report year beside the year before (the earlier year marked
"Vorjahr" / "zum Vergleich"); Änderungs- and Folgebescheide that name the first grant before
the new one; council Vorlagen that report on the programme so far and decide on its
continuation. Amounts as "60.000,00 €", "60.000 EUR", "EUR 60.000,-", "60 T€", "60,0 Tsd. EUR",
"60.000,--" and bare figures under "in EUR"; staff as tables with from/until, prose, weekly
hours with and without "/Woche", "v. H.", "VZÄ", "Stellenanteil" and half positions.
"""

from __future__ import annotations

from decimal import Decimal as D


def betrag(x, stil: str = "eur") -> str:
    x = D(str(x))
    ganz = f"{int(x):,}".replace(",", ".")
    voll = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return {"eur": f"{voll} €", "EUR": f"{ganz} EUR", "EUR-": f"EUR {ganz},-",
            "tsd": f"{(x / 1000):.1f}".replace(".", ",") + " Tsd. EUR",
            "te": f"{(x / 1000):g}".replace(".", ",") + " T€", "strich": f"{ganz},--",
            "nackt": voll}[stil]


def _b(p, x):
    return betrag(x, p.get("stil", "eur"))


def kopfzeile(e) -> str:
    """The line a browser print carries at the top: the council system for Vorlagen, the
    ministry's grant procedure for Bescheide, the Kommune's document system otherwise."""
    kommune = e.parameter.get("kommune", "Kommune")
    if e.art == "vorlage":
        return f"Ratsinformationssystem {kommune} · Druckansicht"
    if e.art == "bescheid":
        return "MFFKI Rheinland-Pfalz · Zuwendungsverfahren KIM · Ausdruck"
    return f"{kommune} · Dokumentenablage Integration · Druckansicht"


def _personal(p, titel: str) -> list[dict]:
    out = [{"h1": titel}]
    form = p.get("personalform", "tabelle")
    leute = p["personal"]
    if form == "tabelle":
        rows = [["Name", "Funktion", "Stellenumfang", "von", "bis"]]
        for m in leute:
            rows.append([m["name"], m.get("funktion", "Integrationsmanagerin"), m["umfang"],
                         m.get("von", ""), m.get("bis", "")])
        out.append({"tabelle": rows})
    else:
        for m in leute:
            out.append({"p": m["satz"]})
    if p.get("personal_zusatz"):
        out.append({"p": p["personal_zusatz"]})
    return out


def _plan(p, jahre, titel_zuw="Zuwendung des Landes (beantragt)") -> list[dict]:
    kopf = ["Position" + (" (in EUR)" if p.get("stil") == "nackt" else "")]
    kopf += [str(j["jahr"]) for j in jahre]
    rows = [kopf, ["Personalkosten"] + [_b(p, j["pk_aus"]) for j in jahre]]
    for name, wert in p.get("sk_posten", []):
        rows.append([name] + [_b(p, wert[i]) for i in range(len(jahre))])
    if not p.get("sk_posten"):
        rows.append(["Sachkosten"] + [_b(p, j["sk"]) for j in jahre])
    ges = [D(str(j["pk_aus"])) + D(str(j["sk_aus"] if "sk_aus" in j else j["sk"])) for j in jahre]
    rows.append(["Gesamtausgaben"] + [_b(p, g) for g in ges])
    zuw = [D(str(j["pk"])) + D(str(j["sk"])) for j in jahre]
    rows.append([titel_zuw] + [_b(p, z) for z in zuw])
    rows.append(["Eigenmittel"] + [_b(p, g - z) for g, z in zip(ges, zuw)])
    fin = [g if p.get("fin_stimmt", True) else z for g, z in zip(ges, zuw)]
    rows.append(["Gesamtfinanzierung"] + [_b(p, f) for f in fin])
    return [{"tabelle": rows}]


def antrag(p: dict) -> list[dict]:
    fehlt = set(p.get("fehlt", []))
    out: list[dict] = []
    out.append({"briefkopf": p["briefkopf"]})
    if p.get("az"):
        out.append({"p": p["az"]})
    out.append({"rechts": p["ort_datum"]})
    out.append({"titel": p["titel"]})
    out.append({"p": p["einleitung"]})
    if "antragsteller" not in fehlt:
        out.append({"h1": "1. Antragsteller"})
        out.append({"formular": p["antragsteller"]})
    if "ansprechperson" not in fehlt:
        out.append({"h1": "2. Ansprechperson"})
        out.append({"p": p["ansprechperson"]})
    if "stelle" not in fehlt:
        out += _personal(p, "3. Angaben zur Stelle")
    if "organisation" not in fehlt:
        out.append({"h1": "4. Organisatorische Anbindung"})
        out.append({"p": p["organisation"]})
    if "aufgaben" not in fehlt:
        out.append({"h1": "5. Aufgaben und Schwerpunkte"})
        out.append({"liste": p.get("aufgaben", [
            "Fortschreibung der Bestandsaufnahme der Integrationsangebote",
            "Geschäftsführung der Steuerungsgruppe Integration",
            "Koordinierung der Einzelfallarbeit mit Jobcenter, Ausländerbehörde und Schulen"])})
    if "konzept" not in fehlt:
        out.append({"h1": "6. Integrationskonzept"})
        out.append({"p": p.get("konzept", "Das örtliche Integrationskonzept wurde 2019 "
                                          "beschlossen; die Fortschreibung läuft seit 2026.")})
    if "zeitraum" not in fehlt:
        out.append({"h1": "7. Förderzeitraum"})
        out.append({"p": p["zeitraum"]})
    if "plan" not in fehlt:
        out.append({"h1": "8. Finanzierungsplan"})
        if p.get("plan_satz"):
            out.append({"p": p["plan_satz"]})
        out += _plan(p, p["jahre"])
        if p.get("plan_nachsatz"):
            out.append({"p": p["plan_nachsatz"]})
    if "erklaerungen" not in fehlt:
        out.append({"h1": "9. Erklärungen"})
        box = p.get("boxen", ["☒", "☒"])
        out.append({"formular": [
            [box[0], "Für die beantragten Ausgaben werden keine weiteren Fördermittel in "
                     "Anspruch genommen (keine Doppelförderung)."],
            [box[1], "Mit dem Vorhaben des beantragten Förderzeitraums wurde noch nicht "
                     "begonnen; die Bewilligung wird abgewartet."]]})
    if "unterschrift" not in fehlt:
        out.append({"h1": "10. Ort, Datum, Unterschrift"})
        out.append({"p": p["unterschrift_ort"]})
        out += [{"p": z} for z in p["zeichnung"]]
    if p.get("anlagen"):
        out.append({"fett": "Anlagen"})
        out.append({"liste": p["anlagen"]})
    if p.get("fuss"):
        out.append({"fusszeile": [p["fuss"]]})
    return out


JB_TEILE = {
    "personal": "Personal", "infra": "Integrationsinfrastruktur",
    "vernetzung": "Vernetzung in der Kommune", "interkommunal": "Interkommunale Vernetzung",
    "oeffentlichkeit": "Öffentlichkeitsarbeit", "land": "Kooperation mit dem Land",
    "konzept": "Stand des Integrationskonzepts", "mittel": "Mittelverwendung",
    "ausblick": "Ausblick",
}

JB_TEXT = {
    "infra": "Die Bestandsaufnahme aus dem Vorjahr wurde um die Angebote der Sprachkurs"
             "träger und Migrationsberatungen ergänzt; Lücken bestehen weiter bei Kinder"
             "betreuung während der Kurse.",
    "vernetzung": "Die Steuerungsgruppe tagte viermal (Vorjahr: einmal). Mit Jobcenter, "
                  "Ausländerbehörde und Jugendamt finden monatliche Fallkonferenzen statt.",
    "interkommunal": "Regelmäßiger Austausch mit den Integrationsmanagerinnen der "
                     "Nachbarkommunen im regionalen Arbeitskreis (drei Treffen).",
    "oeffentlichkeit": "Zwei Pressemitteilungen, eine Seite im Internetauftritt, Woche der "
                       "Vielfalt im September.",
    "land": "Teilnahme an allen Jour-fixe-Terminen des MFFKI und an zwei Fachtagen der "
            "DBKI.",
    "konzept": "Die Fortschreibung des Integrationskonzepts wurde im Juni begonnen; der "
               "Entwurf soll 2027 in den Gremien beraten werden.",
    "ausblick": "Für das kommende Jahr sind ein Integrationsforum und die Beschlussfassung "
                "über das fortgeschriebene Konzept geplant.",
}


def jahresbericht(p: dict) -> list[dict]:
    fehlt = set(p.get("fehlt", []))
    namen = {**JB_TEILE, **p.get("namen", {})}
    out: list[dict] = [{"briefkopf": p["briefkopf"]}]
    out.append({"titel": p["titel"]})
    out.append({"p": p["einleitung"]})
    n = 0
    for key in ("personal", "infra", "vernetzung", "interkommunal", "oeffentlichkeit", "land",
                "konzept", "mittel", "ausblick"):
        if key in fehlt:
            continue
        n += 1
        if key == "personal":
            out += _personal(p, f"{n}. {namen['personal']}")
            continue
        out.append({"h1": f"{n}. {namen[key]}"})
        if key == "mittel":
            vj, bj = p["vorjahr"], p["berichtsjahr"]
            if p.get("mittel_satz"):
                out.append({"p": p["mittel_satz"]})
            rows = [["" + (" in EUR" if p.get("stil") == "nackt" else ""),
                     f"Vorjahr {vj['jahr']} (zum Vergleich)",
                     f"Berichtsjahr {bj['jahr']} (bewilligt)",
                     f"Berichtsjahr {bj['jahr']} (verausgabt)"],
                    ["Personalkosten", _b(p, vj["pk"]), _b(p, bj["pk_bew"]), _b(p, bj["pk"])],
                    ["Sachkosten", _b(p, vj["sk"]), _b(p, bj["sk_bew"]), _b(p, bj["sk"])]]
            for extra in p.get("mittel_extra", []):
                rows.append([extra[0], _b(p, extra[1]), "–", _b(p, extra[2])])
            summe = lambda k, ex: D(str(k["pk"])) + D(str(k["sk"])) + sum(D(str(e[ex])) for e in p.get("mittel_extra", []))
            rows.append(["Summe", _b(p, summe(vj, 1)),
                         _b(p, D(str(bj["pk_bew"])) + D(str(bj["sk_bew"]))),
                         _b(p, D(str(bj.get("summe_falsch", summe(bj, 2)))))])
            out.append({"tabelle": rows})
            continue
        out.append({"p": p.get("texte", {}).get(key, JB_TEXT[key])})
    if p.get("fragebogen", True):
        out.append({"fett": "Anlagen"})
        out.append({"liste": ["Ausgefüllter Fragebogen des MFFKI zur Evaluierung des KIM",
                              "Teilnehmerlisten der Netzwerktreffen"]})
    else:
        out.append({"fett": "Anlagen"})
        out.append({"liste": ["Teilnehmerlisten der Netzwerktreffen", "Pressespiegel"]})
    out.append({"p": p["schluss"]})
    return out


def bescheid(p: dict) -> list[dict]:
    fehlt = set(p.get("fehlt", []))
    out: list[dict] = [{"briefkopf": [
        "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
        "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]}]
    out += [{"p": zeile} for zeile in p["anschrift"].split("\n")]
    out.append({"p": f"Aktenzeichen: {p['az']}"})
    out.append({"rechts": p["ort_datum"]})
    out.append({"titel": p["titel"]})
    out.append({"p": p["bezug"]})
    out.append({"p": p["vorbescheid"]})
    if "bewilligung" not in fehlt:
        out.append({"h1": "I. Bewilligung"})
        out.append({"p": p["tenor"]})
        rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Gesamt"]]
        for j in p["jahre"]:
            rows.append([str(j["jahr"]), _b(p, j["pk"]), _b(p, j["sk"]),
                         _b(p, j.get("ges", D(str(j["pk"])) + D(str(j["sk"]))))])
        out.append({"tabelle": rows})
    if "finanzierung" not in fehlt:
        out.append({"h1": "II. Finanzierungsart und zuwendungsfähige Ausgaben"})
        out.append({"p": "Die Zuwendung wird als Festbetragsfinanzierung gewährt. "
                         "Zuwendungsfähig sind die Personalausgaben der Integrations"
                         "managerin bzw. des Integrationsmanagers und die Sachausgaben "
                         "nach dem Finanzierungsplan des Antrags."})
    if "auszahlung" not in fehlt:
        out.append({"h1": "III. Auszahlung"})
        out.append({"p": "Die Mittel werden auf Abruf in Teilbeträgen ausgezahlt, soweit sie "
                         "innerhalb von zwei Monaten benötigt werden."})
    if "bericht" not in fehlt:
        out.append({"h1": "IV. Jahresbericht und Verwendungsnachweis"})
        out.append({"p": "Bis zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem "
                         "ausgefüllten Fragebogen vorzulegen; der Verwendungsnachweis ist "
                         "binnen sechs Monaten nach Ende des Bewilligungszeitraums "
                         "vorzulegen."})
    if "nebenbestimmungen" not in fehlt:
        out.append({"h1": "V. Nebenbestimmungen"})
        out.append({"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projekt"
                         "förderung an kommunale Körperschaften (ANBest-K) in der am Tag "
                         "dieses Bescheids geltenden Fassung sind Bestandteil dieses "
                         "Bescheids. Für Erstattung und Verzinsung gilt § 49a VwVfG."})
    if "begruendung" not in fehlt:
        out.append({"h1": "VI. Begründung"})
        out.append({"p": p.get("begruendung", "Der Antrag erfüllt die Fördervoraussetzungen. "
                   "Das Ministerium hat von seinem Ermessen nach § 44 LHO Gebrauch gemacht; "
                   "die Fortführung der Stelle liegt im Landesinteresse.")})
    if "rbb" not in fehlt:
        out.append({"h1": "VII. Rechtsbehelfsbelehrung"})
        if p.get("widerspruch"):
            out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach "
                             "Bekanntgabe Widerspruch beim Ministerium für Familie, Frauen, "
                             "Kultur und Integration Rheinland-Pfalz, Kaiser-Friedrich-Straße "
                             "5a, 55116 Mainz, schriftlich oder zur Niederschrift erhoben "
                             "werden."})
        else:
            out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach "
                             f"Bekanntgabe Klage beim {p['gericht']} schriftlich, nach "
                             "Maßgabe des § 55a VwGO als elektronisches Dokument oder zur "
                             "Niederschrift des Urkundsbeamten der Geschäftsstelle erhoben "
                             "werden."})
    if "zeichnung" not in fehlt:
        out += [{"p": z} for z in p.get("zeichnung", ["Im Auftrag", "gez. Dr. Annette Roos"])]
    else:
        out.append({"p": "Dieses Schreiben wurde maschinell erstellt."})
    return out


def vorlage(p: dict) -> list[dict]:
    fehlt = set(p.get("fehlt", []))
    out: list[dict] = []
    out.append({"formular": [["Vorlage Nr.", p["nr"]], ["Datum", p["datum"]],
                             ["Fachbereich", p["fachbereich"]]]
                + ([] if "betreff" in fehlt else [["Betreff", p["betreff"]]])})
    if "gremien" not in fehlt:
        out.append({"fett": "Beratungsfolge"})
        out.append({"tabelle": [["Datum", "Gremium", "Zuständigkeit"]] + p["beratung"]})
    out.append({"h1": "Beschlussvorschlag"})
    out.append({"p": p["beschluss"]})
    if "hintergrund" not in fehlt:
        out.append({"h1": "Sachverhalt"})
        out.append({"p": p["sachverhalt"]})
    if "umsetzung" not in fehlt:
        out.append({"h1": "Umsetzung"})
        out.append({"p": p["umsetzung"]})
    if "sachstand" not in fehlt:
        out.append({"h1": "Sachstand"})
        out.append({"p": p["sachstand"]})
        if p.get("tabelle"):
            out.append({"tabelle": p["tabelle"]})
    out.append({"h1": "Finanzielle Auswirkungen"})
    out.append({"p": p["finanzen"]})
    out.append({"h1": "Anlagen"})
    out.append({"liste": p.get("anlagen", ["Jahresbericht KIM 2025", "Bewilligungsbescheid"])})
    return out


BUILDERS = {"b26-antrag": antrag, "b26-jahresbericht": jahresbericht, "b26-bescheid": bescheid,
            "b26-vorlage": vorlage}
