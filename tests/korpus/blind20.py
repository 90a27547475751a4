"""Contents of the twentieth held-out corpus (manifest_blind20.yaml), issue 19, item 4.

How it was written: from the guideline alone (kim-rlp-2025.yaml and its rule page, the list of
Kommunen, fachwissen.md, the Koblenz Unterrichtungsvorlage among the sources) and the build
script bauen.py. The author had not seen the checker's fact layer, its readers, rules or checks,
the rule cases, the generator, nor any earlier corpus or its results. Every expectation in the
manifest was written down before the checker ever ran on these documents and was not changed
afterwards; the checker was not run by the author.

What is new in this round: documents full of figures that are not the facts being checked, as
real files are – previous-year columns ("Vorjahr", "Ansatz 2025 / 2026"), other programmes of
the same department with their money (Migrationsberatung, Sprachkurse, Landesprogramme), the
department's whole budget, statistics of clients and cases with percentages, the Abteilung's
whole staff beside the KIM post, Änderungsanträge and Änderungsbescheide ("statt … nunmehr …"),
Eigenanteil and Kofinanzierung, tables with several year columns. In each document a careful
reader sees at once which figures belong to the KIM funding. A few plain, short documents.

Every builder takes the manifest entry's parameters; every figure the expectation depends on
is a parameter (staff, shares, periods, amounts per year, dates, omitted parts).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]

# the writers: Kommunen of the list, plus the ineligible ones an entry names itself
KOMMUNEN = {
    "kusel": {"name": "Kreisverwaltung Kusel", "kurz": "Landkreis Kusel", "ort": "Kusel", "anschrift": "Trierer Straße 49–51, 66869 Kusel", "ks": "07336", "amt": "Abteilung 4 – Jugend, Soziales und Integration", "vg": "Neustadt an der Weinstraße"},
    "koblenz": {"name": "Stadtverwaltung Koblenz", "kurz": "Stadt Koblenz", "ort": "Koblenz", "anschrift": "Willi-Hörter-Platz 1, 56068 Koblenz", "ks": "07111", "amt": "Amt für Jugend, Familie, Senioren und Soziales", "vg": "Koblenz"},
    "mainz_bingen": {"name": "Kreisverwaltung Mainz-Bingen", "kurz": "Landkreis Mainz-Bingen", "ort": "Ingelheim am Rhein", "anschrift": "Georg-Rückert-Straße 11, 55218 Ingelheim am Rhein", "ks": "07339", "amt": "Fachbereich 2 – Soziales, Integration und Migration", "vg": "Mainz"},
    "trier_saarburg": {"name": "Kreisverwaltung Trier-Saarburg", "kurz": "Landkreis Trier-Saarburg", "ort": "Trier", "anschrift": "Willy-Brandt-Platz 1, 54290 Trier", "ks": "07235", "amt": "Referat 13 – Migration und Integration", "vg": "Trier"},
    "ludwigshafen": {"name": "Stadtverwaltung Ludwigshafen am Rhein", "kurz": "Stadt Ludwigshafen am Rhein", "ort": "Ludwigshafen am Rhein", "anschrift": "Rathausplatz 20, 67059 Ludwigshafen am Rhein", "ks": "07314", "amt": "Bereich Integration und Vielfalt", "vg": "Neustadt an der Weinstraße"},
    "westerwald": {"name": "Kreisverwaltung des Westerwaldkreises", "kurz": "Westerwaldkreis", "ort": "Montabaur", "anschrift": "Peter-Altmeier-Platz 1, 56410 Montabaur", "ks": "07143", "amt": "Referat 41 – Soziales und Integration", "vg": "Koblenz"},
    "worms": {"name": "Stadtverwaltung Worms", "kurz": "Stadt Worms", "ort": "Worms", "anschrift": "Marktplatz 2, 67547 Worms", "ks": "07319", "amt": "Bereich 5 – Soziales, Jugend und Wohnen, Abteilung Integration", "vg": "Mainz"},
    "bad_kreuznach": {"name": "Kreisverwaltung Bad Kreuznach", "kurz": "Landkreis Bad Kreuznach", "ort": "Bad Kreuznach", "anschrift": "Salinenstraße 47, 55543 Bad Kreuznach", "ks": "07133", "amt": "Abteilung 5 – Soziales und Integration", "vg": "Koblenz"},
    "germersheim": {"name": "Kreisverwaltung Germersheim", "kurz": "Landkreis Germersheim", "ort": "Germersheim", "anschrift": "Luitpoldplatz 1, 76726 Germersheim", "ks": "07334", "amt": "Referat 21 – Migration und Integration", "vg": "Neustadt an der Weinstraße"},
    "pirmasens": {"name": "Stadtverwaltung Pirmasens", "kurz": "Stadt Pirmasens", "ort": "Pirmasens", "anschrift": "Exerzierplatzstraße 17, 66953 Pirmasens", "ks": "07317", "amt": "Fachbereich Soziales, Integrationsbüro", "vg": "Neustadt an der Weinstraße"},
    "vulkaneifel": {"name": "Kreisverwaltung Vulkaneifel", "kurz": "Landkreis Vulkaneifel", "ort": "Daun", "anschrift": "Mainzer Straße 25, 54550 Daun", "ks": "07233", "amt": "Abteilung 3 – Soziales, Jugend und Integration", "vg": "Trier"},
    "speyer": {"name": "Stadtverwaltung Speyer", "kurz": "Stadt Speyer", "ort": "Speyer", "anschrift": "Maximilianstraße 100, 67346 Speyer", "ks": "07318", "amt": "Fachbereich 4 – Jugend, Familie, Senioren und Soziales", "vg": "Neustadt an der Weinstraße"},
    "alzey_worms": {"name": "Kreisverwaltung Alzey-Worms", "kurz": "Landkreis Alzey-Worms", "ort": "Alzey", "anschrift": "Ernst-Ludwig-Straße 36, 55232 Alzey", "ks": "07331", "amt": "Fachbereich 2 – Soziales und Integration", "vg": "Mainz"},
    # not eligible (Konzept Nr. 1 Fn. 1): a Verbandsgemeinde
    "vg_konz": {"name": "Verbandsgemeindeverwaltung Konz", "kurz": "Verbandsgemeinde Konz", "ort": "Konz", "anschrift": "Am Markt 11, 54329 Konz", "ks": "072355007", "amt": "Fachbereich 2 – Bürgerdienste und Soziales", "vg": "Trier"},
}
MFFKI = ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
         "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]


def kopfzeile(e) -> str:
    k = KOMMUNEN.get(e.parameter.get("kommune", "koblenz"), {"kurz": "Kommune"})
    return f"Bürgerinfoportal {k['kurz']} · Druckansicht"


# --- notations ------------------------------------------------------------------------------

def de(x, dec: int = 2) -> str:
    q = Decimal(str(x)).quantize(Decimal(1) / (10 ** dec)) if dec else Decimal(str(x)).quantize(Decimal(1))
    s = f"{q:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def betrag(x, stil: str = "eur2") -> str:
    x = Decimal(str(x))
    ganz = x == x.to_integral_value()
    if stil == "eur2":
        return f"{de(x)} €"
    if stil == "eur0":
        return f"{de(x, 0)} EUR" if ganz else f"{de(x)} EUR"
    if stil == "eurvor":
        return f"EUR {de(x, 0)},-" if ganz else f"EUR {de(x)}"
    if stil == "strich":
        return f"{de(x, 0)},--" if ganz else de(x)
    if stil == "bare":
        return de(x, 0) if ganz else de(x)
    if stil in ("teur", "tsd"):
        t = x / 1000
        if (x % 100) != 0:
            raise ValueError(f"{x} nicht in T€ darstellbar")
        zahl = de(t, 0) if t == t.to_integral_value() else de(t, 1)
        return f"{zahl} T€" if stil == "teur" else f"{zahl} Tsd. EUR"
    raise ValueError(stil)


def datum(iso: str, stil: str = "std") -> str:
    d = date.fromisoformat(str(iso))
    return {"std": f"{d:%d.%m.%Y}", "kurz": f"{d:%d.%m.%y}", "iso": d.isoformat(),
            "lang": f"{d.day}. {MONATE[d.month - 1]} {d.year}"}[stil]


def anteil(s: dict, stil: str, vollzeit) -> str:
    if "std" in s:
        h = de(s["std"], 1).replace(",0", "")
        return f"{h} Std./Woche" if stil != "std_ohne" else f"{h} Stunden"
    a = Decimal(str(s["vzae"]))
    if stil == "prozent":
        return f"{de(a * 100, 0)} %"
    if stil == "vh":
        return f"{de(a * 100, 0)} v. H."
    if stil == "anteil":
        return f"Stellenanteil {de(a, 2)}"
    if stil == "halb":
        return {Decimal("1"): "Vollzeitstelle", Decimal("0.5"): "halbe Stelle",
                Decimal("0.75"): "Dreiviertelstelle"}.get(a, f"{de(a, 2)} VZÄ")
    if stil in ("std", "std_ohne"):
        h = de(a * Decimal(str(vollzeit)), 1).replace(",0", "")
        return f"{h} Std./Woche" if stil == "std" else f"{h} Stunden"
    return f"{de(a, 2)} VZÄ"


def _k(p) -> dict:
    return KOMMUNEN[p["kommune"]]


def _zeitraum(p, stil) -> str:
    von, bis = p["zeitraum"]
    return f"vom {datum(von, stil)} bis {datum(bis, stil)}" if p.get("zeitraum_vom", True) \
        else f"{datum(von, stil)} – {datum(bis, stil)}"


def _stellentabelle(p) -> list[list[str]]:
    vz = p.get("vollzeit", 39)
    stil = p.get("anteil_stil", "vzae")
    kopf = ["Name", "Funktion", "Stellenumfang", "von", "bis"]
    rows = [kopf]
    for s in p["stellen"]:
        rows.append([s["name"], s.get("funktion", "Integrationsmanagerin"),
                     anteil(s, stil, vz), datum(s["von"], p.get("datum_stil", "std")),
                     datum(s["bis"], p.get("datum_stil", "std")) if s.get("bis") else "unbefristet"])
    return rows


def _stellenprosa(p) -> str:
    vz = p.get("vollzeit", 39)
    stil = p.get("anteil_stil", "vzae")
    teile = []
    for s in p["stellen"]:
        umfang = anteil(s, stil, vz)
        if stil == "halb":
            umfang = "einer " + umfang.replace("halbe", "halben")
        t = (f"{s['name']} ({s.get('funktion', 'Integrationsmanagerin')}) mit "
             f"{umfang} ab dem {datum(s['von'], p.get('datum_stil', 'lang'))}")
        if s.get("bis"):
            t += f" bis zum {datum(s['bis'], p.get('datum_stil', 'lang'))}"
        if s.get("bemerkung"):
            t += f" ({s['bemerkung']})"
        teile.append(t)
    return "; ".join(teile) + "."


def _pj(p, j) -> dict:
    """The plan of year j as Decimals (keys pk_kosten, pk, sk, optional eigen)."""
    raw = p["plan"][j] if j in p["plan"] else p["plan"][int(j)]
    return {key: Decimal(str(v)) for key, v in raw.items()}


def _plan_tabelle(p) -> list[dict]:
    """The Kosten- und Finanzierungsplan with years as columns: Ausgaben (staff costs, the
    Sachkosten as one line or item by item), then Finanzierung with the Eigenanteil."""
    stil = p.get("betrag_stil", "eur2")
    jahre = [str(j) for j in p["plan"]]
    pl = {j: _pj(p, j) for j in jahre}
    kopf = [f"Haushaltsjahr {j}" for j in jahre]
    einheit = " (in EUR)" if stil == "bare" else ""
    zeilen = [["Ausgaben" + einheit, *kopf], ["Personalkosten Integrationsmanagement (AG-Brutto)",
                                               *(betrag(pl[j]["pk_kosten"], stil) for j in jahre)]]
    posten = p.get("sach_posten") or [["Sachkosten (Netzwerk, Veranstaltungen, Dolmetschen)",
                                       [pl[j]["sk"] for j in jahre]]]
    for i, j in enumerate(jahre):  # the items must give the Sachkosten of the manifest
        assert sum(Decimal(str(w[i])) for _, w in posten) == pl[j]["sk"], j
    zeilen += [[label, *(betrag(w, stil) for w in werte)] for label, werte in posten]
    if p.get("zwischensumme"):  # a subtotal of the Sachkosten items
        zeilen.append(["Summe Sachkosten", *(betrag(pl[j]["sk"], stil) for j in jahre)])
    falsch = p.get("summe_falsch", {})
    zeilen.append(["Gesamtausgaben", *(betrag(falsch.get(j, pl[j]["pk_kosten"] + pl[j]["sk"]), stil)
                                       for j in jahre)])
    eig = {j: pl[j].get("eigen", pl[j]["pk_kosten"] - pl[j]["pk"]) for j in jahre}
    fin = [["Finanzierung" + einheit, *kopf],
           ["Beantragte Zuwendung Land – Personalkosten", *(betrag(pl[j]["pk"], stil) for j in jahre)],
           ["Beantragte Zuwendung Land – Sachkosten", *(betrag(pl[j]["sk"], stil) for j in jahre)],
           ["Eigenanteil " + _k(p)["kurz"], *(betrag(eig[j], stil) for j in jahre)],
           ["Gesamtfinanzierung", *(betrag(pl[j]["pk"] + pl[j]["sk"] + eig[j], stil) for j in jahre)]]
    return [{"tabelle": zeilen}, {"tabelle": fin}]


# --- Antrag ---------------------------------------------------------------------------------

def antrag(p: dict) -> list[dict]:
    """An application as a Kreis or city letter with numbered parts, a staff table or prose,
    a plan with years as columns, and a paragraph of other programmes of the department."""
    k = _k(p)
    ohne = set(p.get("ohne", ()))
    ds = p.get("datum_stil", "std")
    stil = p.get("betrag_stil", "eur2")
    prosa_stil = "eur2" if stil == "bare" else stil
    o: list[dict] = [{"briefkopf": [k["name"], k["amt"], k["anschrift"]]}]
    if p.get("fusszeile"):
        o.append({"fusszeile": [f"{k['kurz']} · KIM-Antrag · Seite #"]})
    o += [{"p": f"Aktenzeichen: {p.get('az', '4-51-20/KIM')}"},
          {"p": "An das " + MFFKI[0] + ", Referat Integration, " + MFFKI[1]},
          {"rechts": f"{k['ort']}, {datum(p['datum'], ds)}"}]
    if p.get("aenderung"):
        a = p["aenderung"]
        o.append({"titel": "Änderungsantrag Kommunales Integrationsmanagement (KIM)"})
        o.append({"p": f"– ersetzt den Antrag vom {datum(a['ersetzt'], 'std')} vollständig –"})
        o.append({"p": a["text"]})
    else:
        o.append({"titel": p.get("titel", "Antrag auf Gewährung einer Zuwendung – Kommunales "
                                           "Integrationsmanagement (KIM)")})
    n = 0

    def h(text):
        nonlocal n
        n += 1
        o.append({"h1": f"{n}. {text}"})

    if "antragsteller" not in ohne:
        h("Antragsteller")
        o.append({"formular": [["Kommune", k["kurz"]], ["Anschrift", k["anschrift"]],
                               ["Amtlicher Gemeindeschlüssel / Kreisschlüssel", k["ks"]]]})
    if "ansprechperson" not in ohne:
        h(p.get("h_ansprech", "Ansprechperson"))
        o.append({"p": p.get("ansprech", "Frau Dr. Ulrike Hein, Abteilungsleitung, "
                                         "Durchwahl -310, u.hein@verwaltung.example")})
    if "hintergrund" not in ohne:
        h("Ausgangslage im Fachbereich")
        o.append({"p": p.get("hintergrund_text", (
            f"In unserer Organisationseinheit „{k['amt']}“ werden bereits die Migrationsberatung für Erwachsene (Zuschuss des Bundes "
            f"im Vorjahr {betrag(48500, prosa_stil)}), das Landesprogramm „Sprachförderung in Kitas“ "
            f"({betrag(112000, prosa_stil)} im Ansatz 2026) und die Flüchtlingssozialarbeit umgesetzt. "
            "Der Zuschussbedarf des Fachbereichs lag im Haushalt 2025 bei rund 4,2 Mio. EUR. "
            "Im Jahr 2024 wurden 1.184 Personen beraten, davon 61 % Frauen und 23 % unter 27 Jahren."))})
        if p.get("abteilung"):
            o.append({"p": "Personal der Abteilung (zur Information, nicht Gegenstand des Antrags):"})
            o.append({"tabelle": [["Aufgabe", "Stellen (VZÄ)", "Finanzierung"]] + p["abteilung"]})
    if "stelle" not in ohne:
        h(p.get("h_stelle", "Stelle und Personal"))
        if p.get("stellen_prosa"):
            o.append({"p": "Für das Integrationsmanagement sind vorgesehen: " + _stellenprosa(p)})
        else:
            o.append({"tabelle": _stellentabelle(p)})
        if p.get("vollzeit") and p.get("vollzeit_satz", True):
            o.append({"p": f"Die regelmäßige Arbeitszeit einer Vollzeitkraft beträgt bei uns "
                           f"{p['vollzeit']} Stunden wöchentlich."})
        for s in p["stellen"]:
            if s.get("hinweis"):
                o.append({"p": s["hinweis"]})
        o.append({"p": p.get("eg", "Eingruppierung: Entgeltgruppe S 12 bzw. E 10 TVöD.")})
    if "anbindung" not in ohne:
        h("Organisatorische Anbindung")
        o.append({"p": p.get("anbindung", f"Die Stelle ist in der Kommunalverwaltung angesiedelt "
                                          f"({k['name']}, {k['amt']}) und der Leitung unmittelbar zugeordnet.")})
    if "aufgaben" not in ohne:
        h("Aufgaben und Schwerpunkte")
        o.append({"liste": ["Bestandsaufnahme der Integrationsangebote und Lücken",
                            "Aufbau einer Steuerungsgruppe Integration",
                            "Vernetzung innerhalb der Verwaltung und mit Trägern",
                            "Fortschreibung des Integrationskonzepts"]})
    if "konzept" not in ohne:
        h("Integrationskonzept")
        o.append({"p": p.get("konzept_text", "Ein Integrationskonzept besteht seit 2019 und soll 2026 "
                                             "fortgeschrieben werden.")})
    if "zeitraum" not in ohne:
        h("Förderzeitraum")
        o.append({"p": "Beantragt wird die Förderung für den Zeitraum " + _zeitraum(p, ds) + "."})
    if "plan" not in ohne:
        h("Kosten- und Finanzierungsplan")
        if p.get("plan_vorspann"):
            o.append({"p": p["plan_vorspann"]})
        o += _plan_tabelle(p)
        if p.get("plan_nachsatz"):
            o.append({"p": p["plan_nachsatz"]})
    if "erklaerungen" not in ohne:
        h("Erklärungen")
        boxen = p.get("boxen", {})
        for key, text in (("doppel", ("Für die beantragten Ausgaben werden keine weiteren Fördermittel "
                                     "in Anspruch genommen (keine Doppelförderung).")),
                          ("beginn", ("Mit der Maßnahme wurde vor der Bewilligung noch nicht begonnen; "
                                     "ein Arbeitsvertrag wurde nicht vor Antragstellung geschlossen.")),
                          ("richtig", "Die Angaben in diesem Antrag sind vollständig und richtig.")):
            mark = "☐" if boxen.get(key) is False else "☒"
            o.append({"p": f"{mark} {text}"})
    if "unterschrift" not in ohne:
        h("Ort, Datum, Unterschrift")
        o.append({"p": f"{k['ort']}, {datum(p['datum'], ds)}"})
        o.append({"p": p.get("zeichnung", "gez. Bernd Kästner, Oberbürgermeister" if k["kurz"].startswith("Stadt")
                             else "gez. Otto Rombach, Landrat")})
    if p.get("anlagen"):
        o.append({"fett": "Anlagen"})
        o.append({"liste": p["anlagen"]})
    return o


def antrag_formular(p: dict) -> list[dict]:
    """The application as a label/value form with ☒/☐ boxes, the staff and the plan as
    label/value rows, and an "Ansatz Vorjahr" column for other programmes."""
    k = _k(p)
    ohne = set(p.get("ohne", ()))
    ds = p.get("datum_stil", "std")
    stil = p.get("betrag_stil", "eur2")
    vz = p.get("vollzeit", 39)
    o: list[dict] = [{"titel": "Antragsformular KIM – Kommunales Integrationsmanagement"},
                     {"p": f"Eingangsvermerk MFFKI: __________   Az. {p.get('az', 'KIM-2026')}"}]
    if "antragsteller" not in ohne:
        o += [{"h1": "A. Antragsteller"},
              {"formular": [["Name der Kommune", k["kurz"]], ["Verwaltung", k["name"]],
                            ["Anschrift", k["anschrift"]], ["Kreisschlüssel", k["ks"]],
                            ["Art", p.get("art_kommune", "☒ Landkreis  ☐ kreisfreie Stadt")]]}]
    if "ansprechperson" not in ohne:
        o += [{"h1": "B. Ansprechpartnerin"},
              {"formular": [["Name", p.get("ansprech_name", "Katrin Oberle")],
                            ["Telefon / E-Mail", "0671 803-1522 / k.oberle@kv.example"]]}]
    if "stelle" not in ohne:
        rows = []
        for i, s in enumerate(p["stellen"], 1):
            bis = datum(s["bis"], ds) if s.get("bis") else "offen"
            rows.append([f"Stellenanteil {i}", (f"{s['name']}, {anteil(s, p.get('anteil_stil', 'vzae'), vz)}, "
                                               f"{datum(s['von'], ds)} – {bis}")])
        if p.get("vollzeit"):
            rows.append(["Wochenarbeitszeit Vollzeit", f"{p['vollzeit']} Std."])
        o += [{"h1": "C. Angaben zur Stelle"}, {"formular": rows}]
    if "anbindung" not in ohne:
        o += [{"h1": "D. Organisatorische Anbindung"},
              {"formular": [["Angesiedelt bei", p.get("anbindung", f"{k['name']}, {k['amt']}")],
                            ["Kommunalverwaltung", p.get("verwaltung_box", "☒ ja  ☐ nein")]]}]
    if "aufgaben" not in ohne:
        o += [{"h1": "E. Aufgaben und Schwerpunkte"},
              {"p": "Aufbau der Integrationsinfrastruktur, Netzwerkarbeit im Kreis, Steuerungsgruppe, "
                    "Begleitung des Kreistagsausschusses für Migration."}]
    if "konzept" not in ohne:
        o += [{"h1": "F. Integrationskonzept"},
              {"formular": [["Integrationskonzept vorhanden", "☐ ja  ☒ nein, in Erarbeitung (Beschluss 2024)"]]}]
    if "zeitraum" not in ohne:
        o += [{"h1": "G. Förderzeitraum"},
              {"formular": [["Beginn", datum(p["zeitraum"][0], ds)], ["Ende", datum(p["zeitraum"][1], ds)]]}]
    if "plan" not in ohne:
        o += [{"h1": "H. Finanzierungsplan"}]
        o += _plan_tabelle(p)
        o.append({"p": "Nachrichtlich – weitere Förderungen im Fachbereich (nicht KIM):"})
        ns = "eur2" if stil == "bare" else stil
        o.append({"tabelle": [["Programm", "Ansatz Vorjahr", "Ansatz 2026"],
                              ["Migrationsberatung (MBE, Bund)", betrag(52000, ns), betrag(54000, ns)],
                              ["Landesprogramm Integrationskurse-Kinderbetreuung", betrag(18000, ns),
                               betrag(21000, ns)]]})
    if "erklaerungen" not in ohne:
        boxen = p.get("boxen", {})
        o += [{"h1": "I. Erklärungen"},
              {"formular": [
                  ["Keine Doppelförderung", "☐" if boxen.get("doppel") is False else "☒"],
                  ["Maßnahme noch nicht begonnen", "☐" if boxen.get("beginn") is False else "☒"],
                  ["Angaben vollständig und richtig", "☐" if boxen.get("richtig") is False else "☒"]]}]
    if "unterschrift" not in ohne:
        o += [{"h1": "J. Ort, Datum, Unterschrift"},
              {"formular": [["Ort, Datum", f"{k['ort']}, {datum(p['datum'], ds)}"],
                            ["Unterschrift", p.get("zeichnung", "i. A. Hannah Scherer, Abteilungsleiterin")]]}]
    return o


# --- Jahresbericht --------------------------------------------------------------------------

JB_KOEPFE = [  # the report's parts in three writers' words
    {"personal": "Personalsituation", "infra": "Bestandsaufnahme", "netz": "Netzwerkarbeit", "inter": "Interkommunaler Austausch", "oeff": "Presse- und Öffentlichkeitsarbeit", "land": "Zusammenarbeit mit dem Land", "konzept": "Integrationsstrategie", "mittel": "Verwendung der Mittel", "ausblick": "Ausblick"},
    {"personal": "Personal", "infra": "Integrationsinfrastruktur", "netz": "Vernetzung in der Kommune", "inter": "Zusammenarbeit mit Nachbarkommunen", "oeff": "Öffentlichkeitsarbeit", "land": "Kooperation mit MFFKI und DBKI", "konzept": "Stand des Integrationskonzepts", "mittel": "Mittelverwendung", "ausblick": "Planung"},
    {"personal": "Stellenbesetzung", "infra": "Integrationsangebote", "netz": "Vernetzung", "inter": "Vernetzung mit anderen Kommunen", "oeff": "Information der Öffentlichkeit", "land": "Austausch mit dem Land", "konzept": "Integrationskonzept", "mittel": "Finanzielle Übersicht", "ausblick": "Ausblick und Planung"},
]


def jahresbericht(p: dict) -> list[dict]:
    """An annual report with statistics, other programmes of the department, the Abteilung's
    staff beside the KIM post and a finance table with Vorjahr and plan columns."""
    k = _k(p)
    j = int(p["jahr"])
    ohne = set(p.get("ohne", ()))
    ds = p.get("datum_stil", "std")
    stil = p.get("betrag_stil", "eur2")
    def f(x):
        return (betrag(x, stil))
    kp = JB_KOEPFE[p.get("koepfe", 0)]
    kurz = p.get("kurz", False)
    o: list[dict] = [{"briefkopf": [k["name"], k["amt"]]},
                     {"titel": f"Jahresbericht {j} – Kommunales Integrationsmanagement"},
                     {"p": f"{k['kurz']} · Berichtszeitraum 01.01.{j} – 31.12.{j} · Stand: {datum(p['datum'], ds)}"}]
    if p.get("fusszeile"):
        o.append({"fusszeile": [f"Jahresbericht KIM {j} – Seite #"]})
    if not kurz:
        o += [{"h1": "Das Jahr in Zahlen"},
              {"tabelle": [["Kennzahl", str(j - 1), str(j), "Veränderung"],
                           ["Beratungskontakte Integrationsbüro", "1.412", "1.655", "+17,2 %"],
                           ["Neuzugänge Geflüchtete im Kreisgebiet", "388", "301", "−22,4 %"],
                           ["Teilnehmende Sprachcafés", "214", "259", "+21,0 %"]]},
              {"p": "Die Zahlen betreffen das gesamte Integrationsbüro, nicht allein das KIM."}]
    if "personal" not in ohne:
        o.append({"h1": kp["personal"]})
        if p.get("stellen_prosa"):
            o.append({"p": "Im Integrationsmanagement waren tätig: " + _stellenprosa(p)})
        else:
            o.append({"tabelle": _stellentabelle(p)})
        if p.get("vollzeit"):
            o.append({"p": f"Vollzeit entspricht {p['vollzeit']} Wochenstunden."})
        if p.get("personal_text"):
            o.append({"p": p["personal_text"]})
        if p.get("abteilung"):
            o.append({"p": "Zum Vergleich: übrige Stellen der Abteilung (nicht aus KIM gefördert):"})
            o.append({"tabelle": [["Aufgabe", "VZÄ", "Finanzierung"]] + p["abteilung"]})
    if "infra" not in ohne:
        o += [{"h1": kp["infra"]},
              {"p": "Die Bestandsaufnahme der Angebote in den Handlungsfeldern Sprache, Arbeit, Wohnen "
                    "und Gesundheit wurde abgeschlossen; Lücken bestehen bei der Kinderbetreuung während "
                    "der Sprachkurse. Eine Steuerungsgruppe tagt seit März quartalsweise."}]
    if "netz" not in ohne:
        o += [{"h1": kp["netz"]},
              {"p": "Regelmäßige Netzwerkrunden mit Jobcenter, Ausländerbehörde, Migrationsdiensten und "
                    "Ehrenamt (sechs Treffen, durchschnittlich 23 Teilnehmende)."}]
    if "inter" not in ohne:
        o += [{"h1": kp["inter"]},
              {"p": "Austausch mit den Integrationsmanagerinnen der Nachbarkreise in der Regionalgruppe."}]
    if "oeff" not in ohne:
        o += [{"h1": kp["oeff"]},
              {"p": "Interkulturelle Woche, zwei Pressemitteilungen, Wegweiser Integration in fünf Sprachen."}]
    if "land" not in ohne:
        o += [{"h1": kp["land"]},
              {"p": "Teilnahme an den Jour-fixe-Terminen des MFFKI und an zwei Fachtagen der DBKI."}]
    if "konzept" not in ohne:
        o += [{"h1": kp["konzept"]},
              {"p": p.get("konzept_text", "Die Fortschreibung des Integrationskonzepts wurde begonnen; "
                                          "der Entwurf soll im Frühjahr dem Ausschuss vorgelegt werden.")}]
    if "mittel" not in ohne:
        o.append({"h1": kp["mittel"]})
        m = p["mittel"]
        vj = not kurz and m.get("vj_pk") is not None  # a previous-year column
        rows = [["Position"] + ([f"Ist {j - 1}"] if vj else []) + [f"bewilligt {j}", f"verausgabt {j}"]]
        for label, key in (("Personalkosten (Zuwendung Land)", "pk"), ("Sachkosten (Zuwendung Land)", "sk")):
            rows.append([label] + ([f(m["vj_" + key])] if vj else []) + [f(m["bew_" + key]), f(m["ist_" + key])])
        if m.get("sach_posten"):
            assert sum(Decimal(str(w)) for _, w in m["sach_posten"]) == Decimal(str(m["ist_sk"]))
        summe = ["Summe"] + ([f(Decimal(str(m["vj_pk"])) + Decimal(str(m["vj_sk"])))] if vj else []) \
            + [f(Decimal(str(m["bew_pk"])) + Decimal(str(m["bew_sk"]))),
               f(m.get("summe_ist_falsch", Decimal(str(m["ist_pk"])) + Decimal(str(m["ist_sk"]))))]
        rows.append(summe)
        o.append({"tabelle": rows})
        if m.get("sach_posten"):
            o.append({"p": "Die verausgabten Sachkosten setzen sich zusammen aus: " + "; ".join(
                f"{a} {f(b)}" for a, b in m["sach_posten"]) + "."})
        if m.get("text"):
            o.append({"p": m["text"]})
    if not kurz and p.get("andere_programme", True):
        o += [{"h2": "Nachrichtlich: weitere Programme im Fachbereich"},
              {"tabelle": [["Programm", "Mittelgeber", f"Ansatz {j}", f"Ansatz {j + 1}"],
                           ["Migrationsberatung für Erwachsene", "Bund (BAMF)", f(61000), f(63500)],
                           ["Sprachkurse für Eltern", "Land (Landesprogramm)", f(24000), f(24000)],
                           ["Ehrenamtskoordination", "Kreis", f(18500), f(19000)]]}]
    if "ausblick" not in ohne:
        o += [{"h1": kp["ausblick"]},
              {"p": f"Für {j + 1} sind die Verabschiedung des Integrationskonzepts und ein Fachtag geplant."}]
    o.append({"rechts": f"{k['ort']}, {datum(p['datum'], ds)}"})
    o.append({"p": p.get("zeichnung", "gez. Martina Scholl, Abteilungsleitung")})
    if p.get("anlagen"):
        o += [{"fett": "Anlagen"}, {"liste": p["anlagen"]}]
    return o


# --- Bescheid -------------------------------------------------------------------------------

def bescheid(p: dict) -> list[dict]:
    """A ministry Zuwendungsbescheid or Änderungsbescheid with the grant per year as a table
    (Vorjahr of another programme in the Begründung), Nebenbestimmungen and a Belehrung."""
    k = _k(p)
    ohne = set(p.get("ohne", ()))
    ds = p.get("datum_stil", "std")
    def f(x):
        return (betrag(x, p.get("betrag_stil", "eur2")))
    jahre = [str(j) for j in p["jahre"]]
    g = {j: p["jahre"][j] if j in p["jahre"] else p["jahre"][int(j)] for j in jahre}
    a = p.get("aenderung")
    o: list[dict] = [{"briefkopf": MFFKI},
                     {"p": f"{MFFKI[0]} · Postfach 31 80 · 55021 Mainz"},
                     {"p": f"{k['name']}\n{k['anschrift']}".replace("\n", ", ")},
                     {"rechts": f"Mainz, {datum(p['datum'], ds)}"},
                     {"p": f"Aktenzeichen: {p.get('az', '7231-0003#2026/0014-0701 723')}"},
                     {"titel": "Änderungsbescheid" if a else "Zuwendungsbescheid"},
                     {"p": "Kommunales Integrationsmanagement (KIM) – Ihr Antrag vom "
                           f"{datum(p['antrag_datum'], ds)}"}]
    if a:
        o.append({"p": f"Der Zuwendungsbescheid vom {datum(a['vom'], ds)} wird wie folgt geändert: "
                       + a["text"]})
    if "bewilligung" not in ohne:
        o += [{"h1": "1. Bewilligung"},
              {"p": f"{'Der' if k['kurz'].startswith('Stadt') else 'Dem'} {k['kurz']} wird für das Kommunale Integrationsmanagement mit "
                    f"{de(p['vzae'], 1)} Vollzeitäquivalent(en) für den Bewilligungszeitraum "
                    f"{_zeitraum(p, ds)} eine Zuwendung als Zuweisung in Höhe von insgesamt "
                    f"{f(sum(Decimal(str(g[j]['pk'])) + Decimal(str(g[j]['sk'])) for j in jahre))} bewilligt."}]
        rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Summe"]]
        for j in jahre:
            rows.append([j, f(g[j]["pk"]), f(g[j]["sk"]),
                         f(g[j].get("summe", Decimal(str(g[j]["pk"])) + Decimal(str(g[j]["sk"]))))])
        rows.append(["Gesamt", f(sum(Decimal(str(g[j]["pk"])) for j in jahre)),
                     f(sum(Decimal(str(g[j]["sk"])) for j in jahre)),
                     f(p.get("gesamt_falsch", sum(Decimal(str(g[j]["pk"])) + Decimal(str(g[j]["sk"]))
                                                  for j in jahre)))])
        o.append({"tabelle": rows})
        if a:
            o.append({"p": "Bisher bewilligt waren: " + "; ".join(
                f"{j}: Personalkosten {f(v['pk'])}, Sachkosten {f(v['sk'])}" for j, v in a["alt"].items())
                + ". Diese Beträge werden durch die vorstehenden ersetzt."})
    if "finanzierung" not in ohne:
        o += [{"h1": "2. Finanzierungsart und zuwendungsfähige Ausgaben"},
              {"p": "Die Zuwendung wird als Festbetragsfinanzierung gewährt; zuwendungsfähig sind die "
                    "Personalausgaben der Integrationsmanagerin bzw. des Integrationsmanagers bis 60.000 € "
                    "je VZÄ und Jahr sowie Sachausgaben bis 20.000 € je Jahr, jeweils anteilig nach vollen "
                    "Kalendermonaten. Overheadkosten sind nicht zuwendungsfähig."}]
    if "auszahlung" not in ohne:
        o += [{"h1": "3. Auszahlung"},
              {"p": "Die Mittel werden auf Anforderung halbjährlich ausgezahlt, soweit sie binnen zwei "
                    "Monaten nach Auszahlung für fällige Zahlungen benötigt werden."}]
    if "bericht" not in ohne:
        o += [{"h1": "4. Jahresbericht und Verwendungsnachweis"},
              {"p": "Bis zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem ausgefüllten Fragebogen "
                    "des MFFKI vorzulegen; der Verwendungsnachweis ist binnen sechs Monaten nach Ablauf des "
                    "Bewilligungszeitraums vorzulegen."}]
    if "nebenbestimmungen" not in ohne:
        o += [{"h1": "5. Nebenbestimmungen"},
              {"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an kommunale "
                    "Körperschaften (ANBest-K) in der am Tag dieses Bescheids geltenden Fassung sind "
                    "Bestandteil dieses Bescheids. Zu erstattende Beträge sind nach § 49a VwVfG zu verzinsen."}]
    if "begruendung" not in ohne:
        o += [{"h1": "6. Begründung"},
              {"p": "Die Zuwendung beruht auf § 44 LHO und dem Konzept Kommunales Integrationsmanagement. "
                    "Ein Rechtsanspruch besteht nicht; das Ermessen wurde zugunsten der Kommune ausgeübt. "
                    + p.get("begruendung_zusatz", "")}]
    if "rbb" not in ohne:
        o.append({"h1": "7. Rechtsbehelfsbelehrung"})
        if p.get("rbb") == "widerspruch":
            o.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
                           "beim Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz, "
                           "Kaiser-Friedrich-Straße 5a, 55116 Mainz, erhoben werden."})
        else:
            gericht = p.get("gericht", k["vg"])
            o.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
                           f"Verwaltungsgericht {gericht} schriftlich, in elektronischer Form oder zur "
                           "Niederschrift des Urkundsbeamten der Geschäftsstelle erhoben werden. Ein "
                           "Vorverfahren findet nicht statt."})
    if "zeichnung" not in ohne:
        o.append({"p": p.get("zeichnung", "Im Auftrag\ngez. Dr. Benedikt Faller").replace("\n", " ")})
    o += [{"fett": "Anlagen"}, {"liste": ["ANBest-K", "Vordruck Mittelabruf"]}]
    return o


# --- Vorlage --------------------------------------------------------------------------------

def vorlage(p: dict) -> list[dict]:
    """A council Unterrichtungs- or Beschlussvorlage from a council information system with the
    department's budget, other programmes and case statistics beside the KIM figures."""
    k = _k(p)
    ohne = set(p.get("ohne", ()))
    def f(x):
        return (betrag(x, p.get("betrag_stil", "eur2")))
    o: list[dict] = [{"titel": p.get("art_titel", "Unterrichtungsvorlage")},
                     {"formular": [["Vorlage-Nr.", p.get("nr", "UV/0112/2026")],
                                   ["Datum", datum(p["datum"], p.get("datum_stil", "std"))],
                                   ["Federführung", k["amt"]], ["Aktenzeichen", "50-41/KIM"]]}]
    if "betreff" not in ohne:
        o.append({"p": "Betreff: " + p.get("betreff", "Kommunales Integrationsmanagement (KIM) – Sachstand")})
    if "gremien" not in ohne:
        o += [{"fett": p.get("h_gremien", "Beratungsfolge")},
              {"tabelle": [["Datum", "Gremium", "Zuständigkeit"], *p.get("gremien", [["14.04.2026", "Ausschuss für Soziales und Integration", "Kenntnisnahme"], ["28.04.2026", "Stadtrat", "Kenntnisnahme"]])]}]
    if p.get("beschlussvorschlag"):
        o += [{"h1": "Beschlussvorschlag"}, {"p": p["beschlussvorschlag"]}]
    if "hintergrund" not in ohne:
        o += [{"h1": p.get("h_hintergrund", "Sachverhalt")},
              {"p": "Das Land fördert seit August 2025 das Kommunale Integrationsmanagement mit bis zu "
                    "60.000 € je Vollzeitäquivalent und bis zu 20.000 € Sachkosten jährlich. Die Antragstellung "
                    "ist bis Ende 2026 möglich."}]
    if "umsetzung" not in ohne:
        o += [{"h1": p.get("h_umsetzung", "Umsetzung")},
              {"p": p.get("umsetzung", f"Die Stelle ist in der Verwaltung angesiedelt ({k['amt']}); "
                                       "bewilligt ab 01.12.2025 mit 1,0 VZÄ.")}]
    if "sachstand" not in ohne:
        o += [{"h1": p.get("h_sachstand", "Sachstand")},
              {"p": p.get("sachstand", "Die Bestandsaufnahme ist abgeschlossen, eine Steuerungsgruppe "
                                       "wurde gebildet.")}]
    o += [{"h1": "Finanzielle Auswirkungen"},
          {"tabelle": [["Produkt / Maßnahme", "Ergebnis 2024", "Ansatz 2025", "Ansatz 2026"]] + [
              [r[0]] + [f(x) for x in r[1:]] for r in p.get("haushalt", [
                  ["Integrationsmanagement (KIM) – Aufwand", 0, 6666.67, 80000],
                  ["Integrationsmanagement (KIM) – Landeszuweisung", 0, 6666.67, 80000],
                  ["Migrationsberatung – Aufwand", 71200, 73500, 75000],
                  ["Sprachkurse (Landesprogramm) – Aufwand", 38000, 41000, 41000]])]},
          {"p": p.get("statistik", "Im Jahr 2025 lebten 14.870 Menschen ohne deutsche Staatsangehörigkeit "
                                   "im Gebiet (12,1 % der Bevölkerung); 2.310 davon kamen als Schutzsuchende.")}]
    if p.get("anlagen", True):
        o += [{"fett": "Anlagen"}, {"liste": p.get("anlagen_liste", ["Präsentation KIM", "Zuwendungsbescheid"])}]
    return o


BUILDERS = {"antrag": antrag, "antrag_formular": antrag_formular, "jahresbericht": jahresbericht,
            "bescheid": bescheid, "vorlage": vorlage}
