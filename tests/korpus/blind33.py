"""Contents of the 33rd held-out corpus (manifest_blind33.yaml), issue 19 item 4.

How it was written: from the guideline's rule page (kim-rlp-2025.md/.yaml), the list of
Kommunen, fachwissen.md, the Koblenz Unterrichtungsvorlage in quellen/003 and the build contract
of bauen.py alone. The author did not read the checker's fact layer, readers, rules or checks,
no earlier corpus, no deviation list and no checker output; every expectation in the manifest
was fixed (with its arithmetic in `notiz`) before the checker ever ran on these documents.

What is new (the angle of this round: lawyers and council offices):
- ministry Bescheide in full legal form: Tenor numbered I./II./III. with the amounts per
  Haushaltsjahr, Nebenbestimmungen as numbered clauses citing ANBest-K, VV zu § 44 LHO and the
  concept's clause numbers, Begründung with Ermessen, Hinweise, Rechtsbehelfsbelehrung, "gez."
  or "Im Auftrag" signatures, Verteiler and Anlagen;
- council Vorlagen (Beschluss- and Unterrichtungsvorlagen) with a Kopf as label/value table,
  Sachverhalt, Beschlussvorschlag, finanzielle Auswirkungen as a table (Produkt, Jahr, Aufwand,
  Landeszuweisung, Eigenanteil), a Beratungsfolge table with Zuständigkeit and result columns,
  Anlagen;
- Anträge of legal-minded Kreise quoting "Nr. 5 Abs. 1 des Konzepts", "Ziff. 5.4" beside their
  own figures (which are not the applied-for figures), with a Kosten- und Finanzierungsplan of
  Ausgaben and Finanzierung, Eigenmittel, Sachkosten item by item and a Zwischensumme;
- amounts as "60.000,00 €", "EUR 60.000,-", "60 T€", "60.000,--", bare figures under "in EUR".
"""

from __future__ import annotations

from decimal import Decimal

KOMMUNEN = {
    "myk": dict(name="Landkreis Mayen-Koblenz", kurz="Mayen-Koblenz", ks="07137",
                behoerde="Kreisverwaltung Mayen-Koblenz", str="Bahnhofstraße 9",
                ort="56068 Koblenz", sitz="Koblenz", vg="Koblenz", chef="Landrat"),
    "rlk": dict(name="Rhein-Lahn-Kreis", kurz="Rhein-Lahn-Kreis", ks="07141",
                behoerde="Kreisverwaltung des Rhein-Lahn-Kreises", str="Insel Silberau 1",
                ort="56130 Bad Ems", sitz="Bad Ems", vg="Koblenz", chef="Landrat"),
    "kus": dict(name="Landkreis Kusel", kurz="Kusel", ks="07336", behoerde="Kreisverwaltung Kusel",
                str="Trierer Straße 49-51", ort="66869 Kusel", sitz="Kusel", vg="Neustadt an der "
                "Weinstraße", chef="Landrat"),
    "tr-sab": dict(name="Landkreis Trier-Saarburg", kurz="Trier-Saarburg", ks="07235",
                   behoerde="Kreisverwaltung Trier-Saarburg", str="Willy-Brandt-Platz 1",
                   ort="54290 Trier", sitz="Trier", vg="Trier", chef="Landrat"),
    "ps": dict(name="Stadt Pirmasens", kurz="Pirmasens", ks="07317", behoerde="Stadtverwaltung "
               "Pirmasens", str="Exerzierplatzstraße 17", ort="66953 Pirmasens", sitz="Pirmasens",
               vg="Neustadt an der Weinstraße", chef="Oberbürgermeister"),
    "wo": dict(name="Stadt Worms", kurz="Worms", ks="07319", behoerde="Stadtverwaltung Worms",
               str="Marktplatz 2", ort="67547 Worms", sitz="Worms", vg="Mainz",
               chef="Oberbürgermeister"),
    "azw": dict(name="Landkreis Alzey-Worms", kurz="Alzey-Worms", ks="07331",
                behoerde="Kreisverwaltung Alzey-Worms", str="Ernst-Ludwig-Straße 36",
                ort="55232 Alzey", sitz="Alzey", vg="Mainz", chef="Landrat"),
    "dbk": dict(name="Donnersbergkreis", kurz="Donnersbergkreis", ks="07333",
                behoerde="Kreisverwaltung Donnersbergkreis", str="Uhlandstraße 2",
                ort="67292 Kirchheimbolanden", sitz="Kirchheimbolanden",
                vg="Neustadt an der Weinstraße", chef="Landrat"),
    "ww": dict(name="Westerwaldkreis", kurz="Westerwaldkreis", ks="07143",
               behoerde="Kreisverwaltung des Westerwaldkreises", str="Peter-Altmeier-Platz 1",
               ort="56410 Montabaur", sitz="Montabaur", vg="Koblenz", chef="Landrat"),
    "bit": dict(name="Eifelkreis Bitburg-Prüm", kurz="Bitburg-Prüm", ks="07232",
                behoerde="Kreisverwaltung Eifelkreis Bitburg-Prüm", str="Trierer Straße 1",
                ort="54634 Bitburg", sitz="Bitburg", vg="Trier", chef="Landrat"),
    "zw": dict(name="Stadt Zweibrücken", kurz="Zweibrücken", ks="07320",
               behoerde="Stadtverwaltung Zweibrücken", str="Herzogstraße 1",
               ort="66482 Zweibrücken", sitz="Zweibrücken", vg="Neustadt an der Weinstraße",
               chef="Oberbürgermeister"),
    "kh": dict(name="Landkreis Bad Kreuznach", kurz="Bad Kreuznach", ks="07133",
               behoerde="Kreisverwaltung Bad Kreuznach", str="Salinenstraße 47",
               ort="55543 Bad Kreuznach", sitz="Bad Kreuznach", vg="Koblenz", chef="Landrätin"),
    "bir": dict(name="Landkreis Birkenfeld", kurz="Birkenfeld", ks="07134",
                behoerde="Kreisverwaltung Birkenfeld", str="Schneewiesenstraße 25",
                ort="55765 Birkenfeld", sitz="Birkenfeld", vg="Koblenz", chef="Landrat"),
    "ld": dict(name="Stadt Landau in der Pfalz", kurz="Landau", ks="07313",
               behoerde="Stadtverwaltung Landau in der Pfalz", str="Marktstraße 50",
               ort="76829 Landau in der Pfalz", sitz="Landau", vg="Neustadt an der Weinstraße",
               chef="Oberbürgermeister"),
    "coc": dict(name="Landkreis Cochem-Zell", kurz="Cochem-Zell", ks="07135",
                behoerde="Kreisverwaltung Cochem-Zell", str="Endertplatz 2", ort="56812 Cochem",
                sitz="Cochem", vg="Koblenz", chef="Landrätin"),
    "ger": dict(name="Landkreis Germersheim", kurz="Germersheim", ks="07334",
                behoerde="Kreisverwaltung Germersheim", str="Luitpoldplatz 1",
                ort="76726 Germersheim", sitz="Germersheim", vg="Neustadt an der Weinstraße",
                chef="Landrat"),
    "ft": dict(name="Stadt Frankenthal (Pfalz)", kurz="Frankenthal", ks="07311",
               behoerde="Stadtverwaltung Frankenthal (Pfalz)", str="Rathausplatz 2-7",
               ort="67227 Frankenthal (Pfalz)", sitz="Frankenthal", vg="Neustadt an der "
               "Weinstraße", chef="Oberbürgermeister"),
    "daun": dict(name="Landkreis Vulkaneifel", kurz="Vulkaneifel", ks="07233",
                 behoerde="Kreisverwaltung Vulkaneifel", str="Mainzer Straße 25",
                 ort="54550 Daun", sitz="Daun", vg="Trier", chef="Landrätin"),
    # not eligible (große kreisangehörige Stadt / Verbandsgemeinde)
    "andernach": dict(name="Stadt Andernach", kurz="Andernach", ks="07137003",
                      behoerde="Stadtverwaltung Andernach", str="Läufstraße 11",
                      ort="56626 Andernach", sitz="Andernach", vg="Koblenz",
                      chef="Oberbürgermeister"),
    "vg-wl": dict(name="Verbandsgemeinde Wittlich-Land", kurz="Wittlich-Land", ks="07231",
                  behoerde="Verbandsgemeindeverwaltung Wittlich-Land", str="Kurfürstenstraße 1",
                  ort="54516 Wittlich", sitz="Wittlich", vg="Trier", chef="Bürgermeister"),
}
MFFKI = ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
         "Referat 755 – Kommunale Integration", "Kaiser-Friedrich-Straße 5a, 55116 Mainz"]


def geld(x, stil: str = "eur2") -> str:
    """An amount as the writer types it."""
    d = Decimal(str(x)).quantize(Decimal("0.01"))
    ganz, _, cent = f"{d:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".").partition(",")
    if stil == "eur2":
        return f"{ganz},{cent} €"
    if stil == "eur":
        return f"{ganz},{cent} EUR" if cent != "00" else f"{ganz} EUR"
    if stil == "eurvor":
        return f"EUR {ganz},-" if cent == "00" else f"EUR {ganz},{cent}"
    if stil == "strich":
        return f"{ganz},--" if cent == "00" else f"{ganz},{cent}"
    if stil == "teur":
        t = (d / 1000).normalize()
        return f"{str(t).replace('.', ',')} T€"
    if stil == "tsd":
        t = (d / 1000).normalize()
        return f"{str(t).replace('.', ',')} Tsd. EUR"
    return f"{ganz},{cent}"  # bare, under a header "in EUR"


def k(p) -> dict:
    km = dict(KOMMUNEN[p["kommune"]])
    stadt = km["name"].startswith(("Stadt", "Verbandsgemeinde"))
    km["der"], km["rat"] = ("die", "Stadtrat") if stadt else ("der", "Kreistag")
    return km


def kopfzeile(e) -> str:
    p = e.parameter
    if e.art == "bescheid":
        return "MFFKI Rheinland-Pfalz · e-Akte · Druckansicht"
    if e.art != "vorlage":
        return f"{KOMMUNEN[p['kommune']]['behoerde']} · Dokumentenmanagement · Druckansicht"
    return f"Ratsinformationssystem {KOMMUNEN[p['kommune']]['kurz']} · Vorlage · Druckansicht"


# --- Kosten- und Finanzierungsplan ----------------------------------------------------------

def _plan(p) -> list[dict]:
    """Years as columns: Ausgaben (personnel, Sachkosten items, Zwischensumme), Finanzierung."""
    stil, jahre = p.get("geldstil", "eur2"), p["plan"]
    g = (lambda x: geld(x, stil)) if p.get("plan_einheit") != "bare" else (lambda x: geld(x, "x"))
    kopf = ["Position"] + [str(j["jahr"]) for j in jahre]
    if p.get("plan_einheit") == "bare":
        kopf = ["Position (Beträge in EUR)"] + kopf[1:]
    eg = p.get("eg") or f"{p['personal'][0].get('eg', 'EG 11')} TVöD"
    ausg = [kopf, [f"Personalausgaben Integrationsmanagement ({eg})"]
            + [g(j["pk"]) for j in jahre]]
    items = [name for name, _ in jahre[0]["sk"]]
    for i, name in enumerate(items):
        ausg.append([f"Sachausgaben: {name}"] + [g(j["sk"][i][1]) for j in jahre])
    skz = [sum(Decimal(str(b)) for _, b in j["sk"]) for j in jahre]
    ausg.append(["Zwischensumme Sachausgaben"] + [g(s) for s in skz])
    ges = [Decimal(str(j["pk"])) + s for j, s in zip(jahre, skz)]
    falsch = p.get("summe_falsch", {})
    ausg.append(["Gesamtausgaben"] + [g(falsch.get(j["jahr"], x)) for j, x in zip(jahre, ges)])
    fin = [["Finanzierung"] + kopf[1:],
           ["Zuweisung Land – Personalkosten (Nr. 5 Abs. 1 Konzept)"]
           + [g(j["zpk"]) for j in jahre],
           ["Zuweisung Land – Sachkosten (Nr. 5 Abs. 4 Konzept)"] + [g(j["zsk"]) for j in jahre]]
    if any(j.get("eigen") for j in jahre):
        fin.append([p.get("eigen_label", "Eigenmittel des Kreises")]
                   + [g(j.get("eigen", 0)) for j in jahre])
    fin.append(["Gesamtfinanzierung"] + [g(Decimal(str(j["zpk"])) + Decimal(str(j["zsk"]))
                                           + Decimal(str(j.get("eigen", 0)))) for j in jahre])
    out = [{"tabelle": ausg}]
    if p.get("plan_getrennt"):
        out += [{"p": "Finanzierung:"}, {"tabelle": fin}]
    else:
        out = [{"tabelle": ausg + fin}]
    return out


def _personal(p) -> list[dict]:
    leute = p["personal"]
    if p.get("personal_form") == "prosa":
        return [{"p": x["satz"]} for x in leute]
    rows = [["Name", "Funktion", "Stellenumfang", "Entgeltgruppe", "von", "bis"]]
    rows += [[x["name"], x.get("funktion", "Integrationsmanagerin"), x["umfang"],
              x.get("eg", "EG 11"), x["von"], x.get("bis", "")] for x in leute]
    return [{"tabelle": rows}]


def _h(p, n: int, text: str) -> dict:
    stil = p.get("nummern", "arabisch")
    if stil == "ziffer":
        return {"h1": f"Ziff. {n} {text}"}
    if stil == "keine":
        return {"h1": text}
    return {"h1": f"{n}. {text}"}


# --- Antrag (Kreis letter quoting clauses) --------------------------------------------------

def antrag_brief(p) -> list[dict]:
    km, ohne = k(p), set(p.get("ohne", ()))
    out = [{"briefkopf": [km["behoerde"], f"{km['str']} · {km['ort']}",
                          f"Aktenzeichen: {p.get('az', '51/0-KIM')}"]},
           {"fusszeile": [f"{km['behoerde']} · Seite #"]},
           {"p": "\n".join(MFFKI[:2])}, {"p": "Kaiser-Friedrich-Straße 5a\n55116 Mainz"},
           {"rechts": f"{km['sitz']}, {p['datum']}"},
           {"titel": p.get("titel", "Antrag auf Gewährung einer Zuweisung im Rahmen des "
                                    "Kommunalen Integrationsmanagements (KIM)")},
           {"p": p.get("einleitung", "Sehr geehrte Damen und Herren,\nauf der Grundlage des "
                       "Förderkonzepts „Kommunales Integrationsmanagement“ des MFFKI vom "
                       f"11. August 2025 (im Folgenden: Konzept) beantragt {km['der']} "
                       f"{km['name']} die Gewährung einer Zuweisung. Die Antragsberechtigung "
                       "folgt aus Nr. 1 Fußnote 1 des Konzepts.")}]
    n = 0

    def h(text):
        nonlocal n
        n += 1
        out.append(_h(p, n, text))

    h(p.get("t_antragsteller", "Antragsteller"))
    out.append({"formular": [["Gebietskörperschaft", km["name"]],
                             ["Anschrift", f"{km['str']}, {km['ort']}"],
                             ["Kreisschlüssel", km["ks"]],
                             ["Vertreten durch", f"den {km['chef']}"]]})
    if "ansprech" not in ohne:
        h("Ansprechperson")
        out.append({"p": p.get("ansprech", "Frau Dr. Lena Hartung, Rechtsamt/Integration, "
                                           f"{km['behoerde']}, Durchwahl -412, "
                                           "integration@verwaltung.example")})
    h(p.get("t_zeitraum", "Förderzeitraum"))
    out.append({"p": p["zeitraum"]})
    h(p.get("t_stelle", "Angaben zur Stelle"))
    out += _personal(p)
    if p.get("stelle_satz"):
        out.append({"p": p["stelle_satz"]})
    h("Organisatorische Anbindung")
    out.append({"p": p.get("anbindung", "Die Stelle ist in der Kreisverwaltung, Abteilung 5 – "
                                        "Jugend, Familie und Soziales, Referat Integration, "
                                        "angesiedelt (Nr. 5 Abs. 2 des Konzepts).")})
    if "aufgaben" not in ohne:
        h("Aufgaben und Schwerpunkte")
        out.append({"liste": p.get("aufgaben", [
            "Bestandsaufnahme der Integrationsinfrastruktur (Nr. 2 des Konzepts)",
            "Aufbau einer Steuerungsgruppe Integration mit Jobcenter, Ausländerbehörde, Trägern",
            "Fortschreibung des Integrationskonzepts und Berichterstattung an das MFFKI"])})
    h(p.get("t_konzept", "Integrationskonzept"))
    out.append({"p": p.get("konzept", f"Ein Integrationskonzept wurde vom {km['rat']} am "
                                      "14.03.2022 beschlossen; die Fortschreibung ist für 2026 "
                                      "vorgesehen.")})
    h(p.get("t_plan", "Kosten- und Finanzierungsplan"))
    out.append({"p": p.get("plan_text", "Die Förderhöchstbeträge nach Nr. 5 Abs. 1 (60.000 Euro "
                                        "je VZÄ und Jahr) und Nr. 5 Abs. 4 (20.000 Euro je Jahr) "
                                        "des Konzepts werden beachtet; Overheadkosten (Nr. 5 "
                                        "Abs. 3) werden nicht geltend gemacht.")})
    out += _plan(p)
    if p.get("plan_nach"):
        out.append({"p": p["plan_nach"]})
    if "erklaerungen" not in ohne:
        h(p.get("t_erkl", "Erklärungen"))
        out.append({"liste": p.get("erklaerungen", [
            "☒ Für die beantragten Ausgaben werden keine weiteren Fördermittel des Landes, des "
            "Bundes oder der EU in Anspruch genommen (keine Doppelförderung).",
            "☒ Mit der Maßnahme wurde vor Bekanntgabe des Bewilligungsbescheids nicht begonnen "
            "(VV Nr. 1.3 zu § 44 LHO).",
            "☒ Die Angaben sind vollständig und richtig; Änderungen werden unverzüglich "
            "mitgeteilt."])})
    if "unterschrift" not in ohne:
        h("Ort, Datum, Unterschrift")
        out.append({"p": f"{km['sitz']}, {p['datum']}"})
        out.append({"p": p.get("zeichnung", f"gez. Dr. Alexander Saftig\n{km['chef']}")})
    else:
        out.append({"p": "Für Rückfragen steht Ihnen die oben genannte Ansprechperson gern zur "
                         "Verfügung."})
    out.append({"fett": "Anlagen"})
    out.append({"liste": p.get("anlagen", ["Stellenbeschreibung", "Organigramm der "
                                           "Verwaltung", "Auszug aus dem Haushaltsplan"])})
    return out


# --- Antrag (form with label/value tables and boxes) ---------------------------------------

def antrag_formular(p) -> list[dict]:
    km, ohne = k(p), set(p.get("ohne", ()))
    out = [{"titel": "Antrag auf Zuweisung – Kommunales Integrationsmanagement (KIM) "
                     "Rheinland-Pfalz"},
           {"p": "Antragsvordruck der Kommune nach Nr. 5 des Förderkonzepts; Eingangsstempel "
                 "des MFFKI: ______"},
           {"h1": "A. Antragstellende Kommune"},
           {"formular": [["Name", km["name"]], ["Anschrift", f"{km['str']}, {km['ort']}"],
                         ["Amtlicher Kreisschlüssel", km["ks"]],
                         ["Art", p.get("art_text", "☒ Landkreis  ☐ kreisfreie Stadt")]]}]
    if "ansprech" not in ohne:
        out += [{"h1": "B. Kontakt"},
                {"formular": [["Name", p.get("kontakt", "Herr Jonas Weyrich")],
                              ["Telefon", "06381 424-0"], ["E-Mail", "integration@kv.example"]]}]
    out += [{"h1": "C. Stellenanteile"}] + _personal(p)
    out += [{"h1": "D. Organisatorische Anbindung"},
            {"formular": [["Ansiedlung", p.get("anbindung_box", "☒ Kommunalverwaltung   "
                                                                "☐ Dritter (Träger)")],
                          ["Organisationseinheit", p.get("org", "Fachbereich 3 – Soziales, "
                                                                "Sachgebiet Migration")]]}]
    out += [{"h1": "E. Aufgabenbeschreibung"},
            {"p": "Koordination der Integrationsarbeit im Kreisgebiet nach Nr. 2 des Konzepts: "
                  "Bestandsaufnahme, Vernetzung, Öffentlichkeitsarbeit, Kooperation mit dem "
                  "Land."},
            {"h1": "F. Integrationskonzept"},
            {"formular": [["Liegt ein Integrationskonzept vor?",
                           p.get("konzept_box", "☒ ja, Beschluss vom 09.11.2023   ☐ nein")]]},
            {"h1": "G. Bewilligungszeitraum"}, {"p": p["zeitraum"]},
            {"h1": "H. Kosten- und Finanzierungsplan"}]
    out += _plan(p)
    out += [{"h1": "I. Erklärungen"}, {"liste": p.get("erklaerungen", [
        "☒ Eine Doppelförderung derselben Ausgaben aus anderen öffentlichen Mitteln liegt nicht "
        "vor.",
        "☒ Mit dem Vorhaben wurde noch nicht begonnen.",
        "☒ Die Allgemeinen Nebenbestimmungen (ANBest-K) werden anerkannt."])}]
    if "unterschrift" not in ohne:
        out += [{"h1": "J. Unterschrift"},
                {"formular": [["Ort, Datum", f"{km['sitz']}, {p['datum']}"],
                              ["Unterschrift", p.get("zeichnung", "gez. Otto Rubly, Landrat")]]}]
    else:
        out += [{"p": f"Stand des Vordrucks: {p['datum']}"}]
    return out


# --- Bescheid in full legal form ------------------------------------------------------------

def _rbb(p, km) -> list[dict]:
    art = p.get("rbb", "klage")
    if art == "fehlt":
        return []
    vg = km["vg"] if art != "falsches_vg" else p.get("vg_falsch", "Mainz")
    if art == "widerspruch":
        text = ("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
                "erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim "
                "Ministerium für Familie, Frauen, Kultur und Integration, Kaiser-Friedrich-Straße "
                "5a, 55116 Mainz, einzulegen.")
    else:
        text = ("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage "
                f"beim Verwaltungsgericht {vg} schriftlich, nach Maßgabe des § 55a VwGO als "
                "elektronisches Dokument oder zu Protokoll der Urkundsbeamtin oder des "
                "Urkundsbeamten der Geschäftsstelle erhoben werden. Ein Vorverfahren findet "
                "nicht statt (§ 68 Abs. 1 Satz 2 Nr. 1 VwGO).")
    return [{"h1": p.get("t_rbb", "Rechtsbehelfsbelehrung")}, {"p": text}]


def bescheid_voll(p) -> list[dict]:
    km, ohne = k(p), set(p.get("ohne", ()))
    stil = p.get("geldstil", "eur2")
    jahre = p["jahre"]  # [{jahr, pk, sk, monate}]
    rom = iter(["I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII."])
    out = [{"briefkopf": MFFKI + [f"Mein Aktenzeichen: {p.get('az', '755-0124#2026/0017-0701')}",
                                  f"Ihr Schreiben vom: {p['antrag_vom']}"]},
           {"fusszeile": [f"Seite # von 3 · Az. {p.get('az', '755-0124#2026/0017-0701')}"]},
           {"p": f"{km['behoerde']}\nz. Hd. {km['chef']}\n{km['str']}\n{km['ort']}"},
           {"rechts": f"Mainz, {p['datum']}"},
           {"titel": p.get("titel", "Zuwendungsbescheid (Zuweisung)")},
           {"p": "Kommunales Integrationsmanagement Rheinland-Pfalz (KIM); Ihr Antrag vom "
                 f"{p['antrag_vom']}"},
           {"p": "Sehr geehrte Damen und Herren,\nauf Ihren o. g. Antrag ergeht folgender"},
           {"fett": "B e s c h e i d :"}]
    out.append({"h1": f"{next(rom)} {p.get('t_tenor', 'Bewilligung')}"})
    out.append({"p": f"1. Dem {km['name']} (Zuwendungsempfänger) wird für den Zeitraum "
                     f"{p['zeitraum']} (Bewilligungszeitraum) eine Zuweisung nach § 44 LHO in "
                     "Verbindung mit dem Förderkonzept KIM zur Finanzierung der Stelle einer "
                     f"Integrationsmanagerin bzw. eines Integrationsmanagers im Umfang von "
                     f"{p['vzae_text']} bewilligt."})
    rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Zusammen"]]
    tot = [Decimal(0)] * 3
    for j in jahre:
        z = [Decimal(str(j["pk"])), Decimal(str(j["sk"]))]
        z.append(z[0] + z[1])
        tot = [a + b for a, b in zip(tot, z)]
        rows.append([str(j["jahr"])] + [geld(x, stil) for x in z])
    if len(jahre) > 1:
        if p.get("summe_falsch"):
            tot[2] = Decimal(str(p["summe_falsch"]))
        rows.append(["Gesamt"] + [geld(x, stil) for x in tot])
    out.append({"p": "2. Die Zuweisung beträgt je Haushaltsjahr höchstens:"})
    out.append({"tabelle": rows})
    out.append({"p": "3. Zuwendungszweck ist die Umsetzung der Aufgaben nach Nr. 2 des "
                     "Konzepts (Integrationsinfrastruktur, Vernetzung, Öffentlichkeitsarbeit, "
                     "Kooperation mit dem Land)."})
    if "finanzierung" not in ohne:
        titel = p.get("t_fin", "Finanzierungsart und zuwendungsfähige Ausgaben")
        out.append({"h1": f"{next(rom)} {titel}"})
        out.append({"p": "1. Die Zuweisung wird als Festbetragsfinanzierung gewährt. Die "
                         "Festbeträge unter I. Nr. 2 sind zugleich Höchstbeträge ihrer Zeile "
                         "und ihres Haushaltsjahres."})
        out.append({"p": "2. Zuwendungsfähig sind die Personalausgaben der Stelle bis zu 60.000 "
                         "Euro je VZÄ und Jahr (Nr. 5 Abs. 1 des Konzepts) und Sachausgaben bis "
                         "zu 20.000 Euro je Jahr (Nr. 5 Abs. 4), für Teiljahre anteilig nach "
                         "vollen Kalendermonaten. Overheadkosten sind nicht zuwendungsfähig "
                         "(Nr. 5 Abs. 3)." + (" " + p["fin_zusatz"] if p.get("fin_zusatz")
                                               else "")})
    if "auszahlung" not in ohne:
        out.append({"h1": f"{next(rom)} {p.get('t_ausz', 'Auszahlung')}"})
        out.append({"p": "Die Zuweisung wird auf Anforderung (Mittelabruf) ausgezahlt, soweit "
                         "sie innerhalb von zwei Monaten nach der Auszahlung für fällige Zahlungen "
                         "benötigt wird (ANBest-K Nr. 1.4). Für 2026 wird sie in Teilbeträgen zum "
                         "15.02., 15.05., 15.08. und 15.11. bereitgestellt."})
    out.append({"h1": f"{next(rom)} Jahresbericht und Verwendungsnachweis"})
    out.append({"p": "1. Bis zum 15. Dezember eines jeden Jahres ist ein Jahresbericht mit dem "
                     "ausgefüllten Fragebogen des Fachreferats vorzulegen (Nr. 5 Abs. 5 des "
                     "Konzepts).\n2. Der Verwendungsnachweis ist innerhalb von sechs Monaten "
                     "nach Ablauf des Bewilligungszeitraums vorzulegen (ANBest-K Nr. 6.1); für "
                     "jedes abgeschlossene Haushaltsjahr ist bis zum 30.04. des Folgejahres ein "
                     "Zwischennachweis zu führen."})
    if "nebenbestimmungen" not in ohne:
        out.append({"h1": f"{next(rom)} Nebenbestimmungen"})
        out.append({"liste": [
            "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
            "kommunale Körperschaften (ANBest-K) in der am Tag dieses Bescheids geltenden "
            "Fassung sind Bestandteil dieses Bescheids.",
            "Die Zuweisung steht unter der auflösenden Bedingung, dass die Stelle besetzt ist; "
            "unbesetzte Monate werden nicht gefördert (§ 36 Abs. 2 Nr. 2 VwVfG).",
            "Wird der Bescheid mit Wirkung für die Vergangenheit zurückgenommen oder widerrufen, "
            "ist die Zuweisung nach § 49a VwVfG zu erstatten und zu verzinsen."]})
    if "begruendung" not in ohne:
        out.append({"h1": p.get("t_begr", "Begründung")})
        out.append({"p": "Rechtsgrundlage sind § 44 der Landeshaushaltsordnung (LHO) mit den "
                         "Verwaltungsvorschriften hierzu sowie das Förderkonzept KIM. Die "
                         "Zuweisung ist eine freiwillige Leistung des Landes; ein Rechtsanspruch "
                         "besteht nicht. Nach pflichtgemäßem Ermessen und im Rahmen der "
                         "verfügbaren Haushaltsmittel wird dem Antrag "
                         + p.get("begr_umfang", "in vollem Umfang") + " entsprochen. "
                         + p.get("begr_zusatz", "")})
    out.append({"h1": "Hinweise"})
    out.append({"p": "Bitte teilen Sie Änderungen bei der Besetzung der Stelle unverzüglich "
                     "mit (ANBest-K Nr. 5). Die Anlage „Zuwendungsfähige Ausgaben“ ist "
                     "Bestandteil dieses Bescheids."})
    out += _rbb(p, km)
    if p.get("zeichnung", "iA") == "iA":
        out += [{"p": "Mit freundlichen Grüßen\nIm Auftrag"}, {"p": "Dr. Miriam Kessler"}]
    elif p["zeichnung"] == "gez":
        out += [{"p": "gez. Dr. Miriam Kessler\nMinisterialrätin"}]
    out += [{"fett": "Anlagen"}, {"liste": ["ANBest-K", "Zuwendungsfähige Ausgaben",
                                            "Vordruck Mittelabruf"]}]
    return out


# --- Vorlagen -------------------------------------------------------------------------------

def vorlage(p) -> list[dict]:
    km, ohne = k(p), set(p.get("ohne", ()))
    beschluss = p.get("typ", "beschluss") == "beschluss"
    kopf = [["Vorlage-Nr.", p["nr"]], ["Datum", p["datum"]],
            ["Dezernat / Amt", p.get("amt", "Dezernat III – Amt 50 Soziales")],
            ["Verfasser/in", p.get("verfasser", "Herr Bernd Stauder, Rechtsamt")],
            ["Aktenzeichen", p.get("az", "50.12-KIM")]]
    if "betreff" not in ohne:
        kopf.append([p.get("t_betreff", "Betreff"), p.get("betreff", "Kommunales "
                     "Integrationsmanagement Rheinland-Pfalz (KIM) – Teilnahme am Förderprogramm")])
    out = [{"briefkopf": [km["behoerde"], p.get("vorlagenart", "Beschlussvorlage" if beschluss
                                               else "Unterrichtungsvorlage")]},
           {"titel": p.get("vorlagenart", "Beschlussvorlage" if beschluss
                           else "Unterrichtungsvorlage")},
           {"formular": kopf}]
    if "beratungsfolge" not in ohne:
        out.append({"h1": p.get("t_bf", "Beratungsfolge")})
        rows = [["Datum", "Gremium", "Zuständigkeit", "Status", "Ergebnis"]]
        rows += [[d, g, z, "öffentlich", ""] for d, g, z in p["gremien"]]
        out.append({"tabelle": rows})
    if beschluss and "beschlussvorschlag" not in ohne:
        out += [{"h1": "Beschlussvorschlag"}, {"p": p.get("bv", (
            f"Der {p.get('gremium_bv', 'Kreisausschuss')} beschließt, am Programm "
            "„Kommunales Integrationsmanagement“ teilzunehmen, und beauftragt die "
            "Verwaltung, beim MFFKI eine Zuweisung für eine Stelle im Umfang von 1,0 VZÄ "
            "zu beantragen."))}]
    n = 0
    teile = p.get("teile", [("Sachverhalt", "hg"), ("Umsetzung", "um"), ("Sachstand", "st")])
    texte = {
        "hg": ("Das MFFKI fördert seit dem 11.08.2025 die Stelle einer Integrationsmanagerin "
               "bzw. eines Integrationsmanagers in den 36 Landkreisen und kreisfreien Städten mit "
               "bis zu 60.000 Euro je Vollzeitäquivalent und Jahr sowie Sachkosten bis 20.000 "
               "Euro (Nr. 5 des Konzepts). Anträge sind bis Ende 2026 möglich. "
               + p.get("hg_zusatz", "")),
        "um": ("Die Stelle wird im Amt für Soziales angesiedelt (Nr. 5 Abs. 2 des Konzepts). "
               "Die Integrationsmanagerin baut eine Steuerungsgruppe auf, erhebt die "
               "Integrationsinfrastruktur und schreibt das Integrationskonzept fort. "
               + p.get("um_zusatz", "")),
        "st": p.get("sachstand", "Der Antrag wurde am 20.10.2025 gestellt; der "
                                 "Zuwendungsbescheid vom 24.11.2025 liegt vor. Die Stelle ist "
                                 "seit dem 01.12.2025 besetzt."),
    }
    for titel, key in teile:
        if key in ohne:
            continue
        n += 1
        out += [{"h1": f"{n}. {titel}" if p.get("nummern", True) else titel},
                {"p": texte[key]}]
    if "finanzen" not in ohne:
        out.append({"h1": p.get("t_fin", "Finanzielle Auswirkungen")})
        rows = [["Haushaltsjahr", "Produkt", "Aufwand", "Landeszuweisung", "Eigenanteil"]]
        for jahr, aufw, zuw in p.get("finanzen", [(2026, 86000, 80000)]):
            rows.append([str(jahr), p.get("produkt", "3.1.5.01 Integration"),
                         geld(aufw, p.get("geldstil", "eur2")), geld(zuw, p.get("geldstil",
                                                                                  "eur2")),
                         geld(aufw - zuw, p.get("geldstil", "eur2"))])
        out.append({"tabelle": rows})
        out.append({"p": "Die Mittel sind im Haushaltsplan veranschlagt. ☒ ja ☐ nein"})
    if p.get("zeichnung", True):
        out.append({"p": p.get("gez", "gez. Kerstin Hoffmann\nKreisbeigeordnete")})
    if "anlagen" not in ohne:
        out += [{"h1": "Anlagen"}, {"liste": p.get("anlagen", ["Förderkonzept KIM des MFFKI",
                                                               "Zuwendungsbescheid"])}]
    return out


# --- Jahresbericht --------------------------------------------------------------------------

def jahresbericht(p) -> list[dict]:
    km, ohne = k(p), set(p.get("ohne", ()))
    stil = p.get("geldstil", "eur2")
    out = [{"briefkopf": [km["behoerde"], "Integrationsmanagement"]},
           {"titel": f"Jahresbericht {p['jahr']} – Kommunales Integrationsmanagement"},
           {"p": f"{km['name']} · Berichtszeitraum {p['zeitraum']} · Bericht an das MFFKI "
                 "nach Nr. 5 Abs. 5 des Förderkonzepts"}]
    teile = [("personal", p.get("t_personal", "Personal")),
             ("infra", p.get("t_infra", "Integrationsinfrastruktur")),
             ("vernetzung", p.get("t_vern", "Vernetzung in der Kommune")),
             ("steuerung", "Steuerungsgremien"),
             ("inter", p.get("t_inter", "Interkommunale Vernetzung")),
             ("oeff", p.get("t_oeff", "Öffentlichkeitsarbeit")),
             ("land", p.get("t_land", "Kooperation mit dem Land")),
             ("konzept", p.get("t_konzept", "Integrationskonzept")),
             ("mittel", p.get("t_mittel", "Mittelverwendung")),
             ("ausblick", p.get("t_ausblick", "Ausblick"))]
    texte = {
        "infra": "Die Bestandsaufnahme der Angebote in Sprache, Bildung, Wohnen und "
                 "Arbeitsmarkt ist abgeschlossen; Lücken bestehen bei Sprachkursen mit "
                 "Kinderbetreuung im ländlichen Raum.",
        "vernetzung": "Die Integrationsmanagerin arbeitet mit Ausländerbehörde, Jobcenter, "
                      "Schulamt und den Trägern der Migrationsberatung zusammen; sie berichtet "
                      "zweimal jährlich im Sozialausschuss.",
        "steuerung": "Die Steuerungsgruppe Integration tagte im Berichtsjahr viermal.",
        "inter": "Regelmäßiger Austausch mit den Integrationsmanagerinnen der Nachbarkreise in "
                 "einer gemeinsamen Regionalrunde.",
        "oeff": "Pressemitteilungen, ein Infostand bei der Interkulturellen Woche und eine "
                "Seite auf der Homepage der Verwaltung.",
        "land": "Teilnahme an den Jour-fixe-Terminen des MFFKI und am Fachtag der DBKI; "
                "Berichterstattung an das Fachreferat.",
        "konzept": "Die Fortschreibung des Integrationskonzepts ist begonnen; der Entwurf soll "
                   f"dem {km['rat']} im Frühjahr vorgelegt werden.",
        "ausblick": "Im kommenden Jahr sind ein Integrationsmonitoring und eine "
                    "Fortbildungsreihe zur interkulturellen Öffnung geplant.",
    }
    n = 0
    for key, titel in teile:
        if key in ohne:
            continue
        n += 1
        out.append({"h1": f"{n}. {titel}" if p.get("nummern") else titel})
        if key == "personal":
            out += _personal(p)
        elif key == "mittel":
            rows = [["Position", "bewilligt", "verausgabt"]]
            for name, bew, ist in p["mittel"]:
                rows.append([name, geld(bew, stil), geld(ist, stil)])
            sb = sum(Decimal(str(b)) for _, b, _ in p["mittel"])
            si = sum(Decimal(str(i)) for _, _, i in p["mittel"])
            if p.get("summe_falsch"):
                si = Decimal(str(p["summe_falsch"]))
            rows.append(["Summe", geld(sb, stil), geld(si, stil)])
            out.append({"tabelle": rows})
            if p.get("mittel_text"):
                out.append({"p": p["mittel_text"]})
        else:
            out.append({"p": p.get(f"text_{key}", texte[key])})
    anl = p.get("anlagen", ["Ausgefüllter Fragebogen des MFFKI-Fachreferats (Evaluation KIM)",
                            "Teilnehmerliste der Steuerungsgruppe"])
    out += [{"fett": "Anlagen"}, {"liste": anl},
            {"p": f"{km['sitz']}, {p['datum']}"},
            {"p": p.get("zeichnung", "i. A. Sabine Morgenstern\nIntegrationsmanagerin")}]
    return out


BUILDERS = {"antrag_brief": antrag_brief, "antrag_formular": antrag_formular,
            "bescheid_voll": bescheid_voll, "vorlage": vorlage, "jahresbericht": jahresbericht}
