"""Contents of the seventeenth held-out corpus (manifest_blind17.yaml), issue 19, item 4.

How it was written: from the guideline alone (kim-rlp-2025.yaml and its rule page, the list of
Kommunen, the domain notes and the Koblenz Unterrichtungsvorlage) and from bauen.py's contract,
by an author who had not seen the fact layer, the readers, the rules code, the checker's tests
or any earlier corpus. Every expectation in the manifest was fixed before the first build and
before any run of the checker; the checker was never run on these documents.

What is new: documents as external service providers and Träger write them for the Kommune –
polished reports with a cover page, a table of contents, numbered chapters with long descriptive
titles, footnotes, info boxes, table captions („Tabelle 3: Personalausgaben 2026“), a summary at
the start („Das Wichtigste in Kürze“) that restates staff and money, plans split into a Personal
and a Sachkosten table with notes under them („* anteilig ab 01.04.“); Anträge as a covering
letter plus an attached form with ☒/☐ boxes; Bescheide with an Anlage „Zuwendungsfähige
Ausgaben“; Vorlagen with „Sachdarstellung“ and „Finanzielle Auswirkungen“.

Builders: antrag_mappe (letter + form), antrag_konzept (polished application paper),
jahresbericht (provider's report), bescheid (ministry), vorlage (council paper).
"""

from __future__ import annotations

from decimal import Decimal

MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
MON_KURZ = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
            "Nov.", "Dez."]
JA, NEIN = "☒", "☐"


def kopfzeile(e) -> str:
    k = e.parameter.get("kommune", {})
    if e.art == "vorlage":
        return f"Ratsinformationssystem {k.get('kurz', 'Kommune')} · Vorlage drucken"
    if e.art == "bescheid":
        return "MFFKI Rheinland-Pfalz · E-Akte · Druckansicht"
    return f"{k.get('behoerde', 'Kommune')} · Dokumentenportal · Druckansicht"


# --- notation ------------------------------------------------------------------------------

def _de(x: Decimal, stellen: int = 2) -> str:
    s = f"{x:,.{stellen}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def geld(betrag, stil: str = "eur2") -> str:
    x = Decimal(str(betrag))
    ganz = x == x.to_integral_value()
    if stil == "eur2":
        return f"{_de(x)} €"
    if stil == "eur":
        return f"{_de(x, 0 if ganz else 2)} EUR"
    if stil == "eurstrich":
        return f"EUR {_de(x, 0)},-" if ganz else f"EUR {_de(x)}"
    if stil == "strich":
        return f"{_de(x, 0)},--" if ganz else _de(x)
    if stil in ("teur", "tsd"):
        t = x / 1000
        t_s = _de(t, 0) if t == t.to_integral_value() else _de(t.normalize(), len(
            str(t.normalize()).split(".")[1]))
        return f"{t_s} T€" if stil == "teur" else f"{t_s} Tsd. EUR"
    if stil == "nackt":
        return _de(x)
    raise ValueError(stil)


def datum(iso: str, stil: str = "std") -> str:
    j, m, t = (int(p) for p in iso.split("-"))
    if stil == "std":
        return f"{t:02d}.{m:02d}.{j}"
    if stil == "lang":
        return f"{t}. {MONATE[m - 1]} {j}"
    if stil == "kurz":
        return f"{t:02d}.{m:02d}.{j % 100:02d}"
    if stil == "iso":
        return iso
    if stil == "monat":
        return f"{MON_KURZ[m - 1]} {j}"
    raise ValueError(stil)


def umfang(vzae: str, stil: str, vollzeit: str = "39") -> str:
    v = Decimal(vzae)
    if stil == "vzae":
        return f"{_de(v, 2 if v * 100 % 10 else 1)} VZÄ"
    if stil == "prozent":
        return f"{_de(v * 100, 0)} %"
    if stil == "vh":
        return f"{_de(v * 100, 0)} v. H."
    if stil in ("std", "std_ohne"):
        h = (v * Decimal(vollzeit)).normalize()
        h_s = _de(h, 0) if h == h.to_integral_value() else _de(h, len(str(h).split(".")[1]))
        return f"{h_s} Std./Woche" if stil == "std" else f"{h_s} Std."
    if stil == "anteil":
        return f"Stellenanteil {_de(v, 2 if v * 100 % 10 else 1)}"
    if stil == "halb":
        return {"1.0": "volle Stelle", "0.5": "halbe Stelle"}[str(v)]
    raise ValueError(stil)


def _summe(werte) -> Decimal:
    return sum((Decimal(str(w)) for w in werte), Decimal(0))


# --- shared parts ----------------------------------------------------------------------------

def _briefkopf(p: dict) -> list[dict]:
    k = p["kommune"]
    zeilen = [k["behoerde"], *k["anschrift"]]
    if p.get("verfasser"):
        zeilen.append(f"bearbeitet durch: {p['verfasser']}")
    return [{"briefkopf": zeilen}]


def _stellen(p: dict, ueberschrift: str, nr: str = "") -> list[dict]:
    stil = p.get("stellen_stil", "tabelle")
    us = p.get("umfang_stil", "vzae")
    vz = p.get("vollzeit", "39")
    ds = p.get("datum_stil", "std")
    out: list[dict] = [{"h1": f"{nr}{ueberschrift}"}]
    if p.get("vollzeit_satz"):
        out.append({"p": p["vollzeit_satz"]})
    if stil == "tabelle":
        rows = [["Name", "Funktion", "Stellenumfang", "von", "bis", "Entgeltgruppe"]]
        for s in p["stellen"]:
            rows.append([s["name"], s.get("funktion", "Integrationsmanagerin"),
                         s.get("umfang_text") or umfang(s["vzae"], us, vz), datum(s["von"], ds),
                         datum(s["bis"], ds) if s.get("bis") else "laufend",
                         s.get("eg", "E 11 TVöD")])
        if p.get("tabellen_titel"):
            out.append({"fett": p["tabellen_titel"]})
        out.append({"tabelle": rows})
        for s in p["stellen"]:
            if s.get("hinweis"):
                out.append({"p": f"* {s['name']}: {s['hinweis']}"})
    else:
        for s in p["stellen"]:
            bis = f" bis {datum(s['bis'], ds)}" if s.get("bis") else ""
            satz = (f"{s['name']} ist seit dem {datum(s['von'], ds)}{bis} als "
                    f"{s.get('funktion', 'Integrationsmanagerin')} mit "
                    f"{s.get('umfang_text') or umfang(s['vzae'], us, vz)}"
                    f" beschäftigt (Entgeltgruppe {s.get('eg', 'E 11 TVöD')}).")
            if s.get("hinweis"):
                satz += " " + s["hinweis"]
            out.append({"p": satz})
    if p.get("stellen_zusatz"):
        out.append({"p": p["stellen_zusatz"]})
    return out


def _plan(p: dict, nr: str, titel: str, n_tab: int = 1) -> list[dict]:
    """Personal table, Sachkosten table (items, subtotal), overview with Gesamtausgaben and
    Gesamtfinanzierung, per year; notes under the tables."""
    bs = p.get("betrag_stil", "eur2")
    kopf_betrag = "Betrag in EUR" if bs == "nackt" else "Betrag"
    out: list[dict] = [{"h1": f"{nr}{titel}"}]
    if p.get("plan_einleitung"):
        out.append({"p": p["plan_einleitung"]})
    jahre = p["jahre"]
    for jahr, j in jahre.items():
        out.append({"fett": f"Tabelle {n_tab}: Personalausgaben {jahr}"})
        n_tab += 1
        pk, pz = Decimal(str(j["pk"])), Decimal(str(j["pz"]))
        out.append({"tabelle": [["Position", kopf_betrag],
                                ["Personalausgaben gesamt (Entgelt, AG-Anteile)", geld(pk, bs)],
                                ["davon beantragte Landeszuwendung", geld(pz, bs)],
                                ["davon Eigenmittel der Kommune", geld(pk - pz, bs)]]})
        if j.get("p_notiz"):
            out.append({"p": j["p_notiz"]})
        out.append({"fett": f"Tabelle {n_tab}: Sachausgaben {jahr}"})
        n_tab += 1
        rows = [["Sachkostenposition", kopf_betrag]]
        rows += [[a, geld(b, bs)] for a, b in j["sach"]]
        ss = _summe(b for _, b in j["sach"]) + Decimal(str(j.get("sach_fehler", 0)))
        rows.append(["Summe Sachausgaben", geld(ss, bs)])
        out.append({"tabelle": rows})
        if j.get("s_notiz"):
            out.append({"p": j["s_notiz"]})
        sz = Decimal(str(j.get("sz", _summe(b for _, b in j["sach"]))))
        ges = pk + _summe(b for _, b in j["sach"])
        eigen = ges - pz - sz + Decimal(str(j.get("eigen_fehler", 0)))
        out.append({"fett": f"Tabelle {n_tab}: Finanzierungsübersicht {jahr}"})
        n_tab += 1
        out.append({"tabelle": [["", kopf_betrag],
                                ["Gesamtausgaben", geld(ges, bs)],
                                ["beantragte Zuwendung Personalkosten", geld(pz, bs)],
                                ["beantragte Zuwendung Sachkosten", geld(sz, bs)],
                                ["Eigenanteil der Kommune", geld(eigen, bs)],
                                ["Gesamtfinanzierung", geld(pz + sz + eigen, bs)]]})
    if p.get("plan_fussnote"):
        out.append({"fussnote": p["plan_fussnote"]})
    return out


def _zeitraum_text(p: dict) -> str:
    ds = p.get("zeitraum_stil", p.get("datum_stil", "std"))
    von, bis = p["zeitraum"]
    if ds == "monat":
        return f"{datum(von, 'monat')} – {datum(bis, 'monat')}"
    return f"vom {datum(von, ds)} bis {datum(bis, ds)}"


def _erklaerungen(p: dict, nr: str) -> list[dict]:
    offen = p.get("erklaerung_offen")
    boxes = [("doppel", ("Für die beantragte Maßnahme werden keine weiteren Fördermittel von "
                         "Bund, Land oder Dritten in Anspruch genommen (keine Doppelförderung).")),
             ("beginn", ("Mit der Maßnahme wurde vor Bekanntgabe des Bewilligungsbescheids "
                         "nicht begonnen.")),
             ("anbest", "Die Allgemeinen Nebenbestimmungen (ANBest-K) werden anerkannt.")]
    return [{"h1": f"{nr}Erklärungen"},
            {"liste": [f"{NEIN if k == offen else JA} {t}" for k, t in boxes]}]


# --- Antrag: covering letter + form ----------------------------------------------------------

def antrag_mappe(p: dict) -> list[dict]:
    k = p["kommune"]
    fehlt = set(p.get("fehlt", ()))
    ds = p.get("datum_stil", "std")
    out = _briefkopf(p)
    if "anschreiben" not in fehlt:
        out += [{"rechts": f"{k['ort']}, {datum(p['datum'], ds)}"},
                {"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz"},
                {"p": "Referat Integration – Kaiser-Friedrich-Straße 5a – 55116 Mainz"},
                {"p": f"Unser Zeichen: {p.get('az', '50.3-KIM')}"},
                {"fett": "Antrag auf Gewährung einer Zuwendung im Rahmen des Kommunalen "
                         "Integrationsmanagements (KIM)"},
                {"p": "Sehr geehrte Damen und Herren,"},
                {"p": f"{p.get('anrede_text', 'anbei übersenden wir Ihnen den ausgefüllten Antrag')}"
                      f" {k['genitiv']} nebst Finanzierungsplan. Der Antrag wurde mit "
                      f"fachlicher Unterstützung {p.get('dienstleister', 'unseres Beratungspartners')}"
                      " vorbereitet; Antragstellerin ist die Kommune."},
                {"p": "Für Rückfragen steht Ihnen die unten genannte Ansprechperson gern zur "
                      "Verfügung."},
                {"p": "Mit freundlichen Grüßen"}]
        if "unterschrift" not in fehlt:
            out += [{"p": p.get("zeichnung", "gez. Dr. Anna Kessler")},
                    {"p": p.get("zeichnung_funktion", "Landrätin")}]
        out += [{"p": "Anlage: Antragsformular mit Finanzierungsplan"}]
    out += [{"titel": "Anlage – Antragsformular Kommunales Integrationsmanagement"}]
    if "anschreiben" in fehlt:
        out.append({"p": f"Stand: {datum(p['datum'], ds)}"})
    a = p.get("antragsteller", {})
    out += [{"h1": "1. Angaben zum Antragsteller"},
            {"formular": [["Antragstellende Kommune", a.get("name", k["name_lang"])],
                          ["Anschrift", ", ".join(k["anschrift"])],
                          [a.get("schluessel_label", "Kreisschlüssel"),
                           a.get("schluessel", k["ks"])],
                          ["Gebietskörperschaft",
                           a.get("typ", f"{JA} Landkreis  {NEIN} kreisfreie Stadt"
                                 if k["typ"] == "landkreis"
                                 else f"{NEIN} Landkreis  {JA} kreisfreie Stadt")]]}]
    if "ansprechperson" not in fehlt:
        out += [{"h1": "2. Ansprechperson"},
                {"formular": [["Name", p.get("kontakt", "Frau Lea Brandt")],
                              ["Telefon", "0261 1234-567"],
                              ["E-Mail", p.get("mail", "integration@kommune.example")]]}]
    out += _stellen(p, "Angaben zur Stelle", "3. ")
    if "anbindung" not in fehlt:
        out += [{"h1": "4. Organisatorische Anbindung"},
                {"p": p.get("anbindung", "Die Stelle ist in der Kreisverwaltung, Abteilung 4 "
                                         "(Soziales und Integration), Referat 41, angesiedelt.")}]
    if "aufgaben" not in fehlt:
        out += [{"h1": "5. Aufgaben und Schwerpunkte"},
                {"liste": ["Bestandsaufnahme der Integrationsangebote und Handlungsfelder",
                           "Aufbau und Pflege des Netzwerks Integration im Kreisgebiet",
                           "Steuerungsgruppe Integration und Fortschreibung des Konzepts",
                           "Öffentlichkeitsarbeit und Kooperation mit MFFKI und DBKI"]}]
    if "konzept" not in fehlt:
        out += [{"h1": "6. Integrationskonzept"},
                {"p": p.get("konzept_text", f"{JA} vorhanden (Beschluss 2022)   {NEIN} in "
                                            f"Erarbeitung   {NEIN} nicht vorhanden")}]
    if "zeitraum" not in fehlt:
        out += [{"h1": "7. Förderzeitraum"},
                {"p": f"Beantragt wird die Förderung {_zeitraum_text(p)}."}]
    out += _plan(p, "8. ", "Kosten- und Finanzierungsplan")
    if "erklaerungen" not in fehlt:
        out += _erklaerungen(p, "9. ")
    if "unterschrift" not in fehlt and "formular_unterschrift" not in fehlt:
        out += [{"h1": "10. Ort, Datum, Unterschrift"},
                {"p": f"{k['ort']}, {datum(p['datum'], ds)}"},
                {"p": p.get("zeichnung", "gez. Dr. Anna Kessler")}]
    out.append({"fusszeile": [f"{k['name_lang']} – Antrag KIM – Seite #"]})
    return out


# --- Antrag: polished application paper -----------------------------------------------------

def antrag_konzept(p: dict) -> list[dict]:
    k = p["kommune"]
    fehlt = set(p.get("fehlt", ()))
    ds = p.get("datum_stil", "lang")
    stellen = p["stellen"]
    vz = _summe(s["vzae"] for s in stellen)
    j0 = next(iter(p["jahre"]))
    kap = ["Das Wichtigste in Kürze", "1. Antragstellerin und Ansprechperson",
           "2. Personelle Ausstattung: Stelle und Personal des Integrationsmanagements",
           "3. Organisatorische Anbindung in der Verwaltung",
           "4. Aufgaben und Schwerpunkte im Förderzeitraum", "5. Örtliches Integrationskonzept",
           "6. Förderzeitraum", "7. Kosten- und Finanzierungsplan", "8. Erklärungen",
           "9. Unterschrift"]
    bs = p.get("betrag_stil", "eur2")
    j = p["jahre"][j0]
    zuwendung = Decimal(str(j["pz"])) + Decimal(str(j.get("sz", _summe(b for _, b in j["sach"]))))
    gesamt = umfang(str(vz), p.get("umfang_stil", "vzae"), p.get("vollzeit", "39"))
    blick = (f"Stellenumfang gesamt: {gesamt}"
             f"\nFörderzeitraum: {_zeitraum_text(p)}"
             f"\nBeantragte Zuwendung {j0}: {geld(zuwendung, bs)}")
    out = [
        *_briefkopf(p),
        {"titel": f"Antrag auf Förderung des Kommunalen Integrationsmanagements – {k['name_lang']}"},
        {"p": f"Antragsunterlage, vorgelegt am {datum(p['datum'], ds)}"},
        {"p": f"Erstellt im Auftrag {k['genitiv']} unter Mitwirkung "
              f"{p.get('dienstleister', 'einer Beratungsagentur')}"},
        {"h1": "Inhaltsverzeichnis"},
        {"liste": kap},
        {"h1": "Das Wichtigste in Kürze"},
        {"formular": [["Auf einen Blick", blick]]},
        {"p": p.get("kurz_text", "Die Kommune beantragt die Förderung einer Stelle für das "
                                 "Kommunale Integrationsmanagement nach dem Konzept des MFFKI.")},
        {"h1": "1. Antragstellerin und Ansprechperson"},
        {"formular": [["Antragstellerin", p.get("antragsteller", {}).get("name", k["name_lang"])],
                      ["Anschrift", ", ".join(k["anschrift"])],
                      ["Kreisschlüssel", p.get("antragsteller", {}).get("schluessel", k["ks"])],
                      ["Ansprechperson", p.get("kontakt", "Herr Jonas Weber")],
                      ["Telefon / E-Mail", "06131 555-20 / kim@kommune.example"]]},
    ]
    out += _stellen(p, "2. Personelle Ausstattung: Stelle und Personal des "
                       "Integrationsmanagements", "")
    if "anbindung" not in fehlt:
        out += [{"h1": "3. Organisatorische Anbindung in der Verwaltung"},
                {"p": p.get("anbindung", "Die Stelle wird im Amt für Soziales, Abteilung "
                                         "Migration und Teilhabe, angesiedelt.")}]
    if "aufgaben" not in fehlt:
        out += [{"h1": "4. Aufgaben und Schwerpunkte im Förderzeitraum"},
                {"p": "Schwerpunkte sind die Bestandsaufnahme der Angebote, die Vernetzung der "
                      "Akteure, die Steuerungsgruppe und die Öffentlichkeitsarbeit."}]
    if "konzept" not in fehlt:
        out += [{"h1": "5. Örtliches Integrationskonzept"},
                {"fussnote": [p.get("konzept_text", "Ein Integrationskonzept liegt seit 2021 vor "
                                                    "und wird fortgeschrieben."),
                              ("Beschluss der Vertretungskörperschaft; die Fortschreibung "
                               "ist für 2027 vorgesehen.")]}]
    if "zeitraum" not in fehlt:
        out += [{"h1": "6. Förderzeitraum"},
                {"p": f"Die Förderung wird für den Zeitraum {_zeitraum_text(p)} beantragt."}]
    out += _plan(p, "7. ", "Kosten- und Finanzierungsplan", 1)
    if "erklaerungen" not in fehlt:
        out += _erklaerungen(p, "8. ")
    if "unterschrift" not in fehlt:
        out += [{"h1": "9. Unterschrift"},
                {"p": f"{k['ort']}, den {datum(p['datum'], ds)}"},
                {"p": p.get("zeichnung", "gez. Thomas Reuter, Oberbürgermeister")}]
    return out


# --- Jahresbericht ----------------------------------------------------------------------------

TEILE = {
    "personal": "Personal: Stellenbesetzung und personelle Entwicklung im Berichtsjahr",
    "infrastruktur": "Integrationsinfrastruktur: Bestandsaufnahme der Angebote und Handlungsfelder",
    "vernetzung": "Vernetzung in der Kommune: Netzwerkarbeit mit Verwaltung, Politik und Trägern",
    "interkommunal": "Interkommunale Vernetzung: Austausch mit anderen Kommunen",
    "oeffentlichkeit": "Öffentlichkeitsarbeit: Information und Sensibilisierung",
    "land": "Kooperation mit dem Land: Zusammenarbeit mit MFFKI und DBKI",
    "konzept": "Stand des Integrationskonzepts",
    "mittel": "Mittelverwendung: bewilligte und verausgabte Mittel",
    "ausblick": "Ausblick auf das kommende Jahr",
}
TEXTE = {
    "infrastruktur": "Die Bestandsaufnahme umfasst 64 Angebote in den Handlungsfeldern Sprache, "
                     "Wohnen, Arbeit und Beratung. Lücken bestehen bei Kinderbetreuung während "
                     "der Sprachkurse.",
    "vernetzung": "Das Netzwerk Integration tagte viermal; die Steuerungsgruppe unter Leitung "
                  "des Dezernenten zweimal. Die Ausländerbehörde und das Jobcenter sind "
                  "eingebunden.",
    "interkommunal": "Mit den Integrationsmanagerinnen der Nachbarkommunen fand ein "
                     "regelmäßiger Austausch statt, u. a. zu Wohnraum und Arbeitsmarkt.",
    "oeffentlichkeit": "Zwei Pressemitteilungen, eine Broschüre in fünf Sprachen und die "
                       "Interkulturelle Woche mit 800 Gästen.",
    "land": "Teilnahme an den Jour-fixe-Terminen des MFFKI und an zwei Fachtagen der DBKI; "
            "Berichterstattung an das Fachreferat.",
    "konzept": "Das Integrationskonzept wird 2027 fortgeschrieben; die Beteiligung der "
               "Migrantenorganisationen hat begonnen.",
    "ausblick": "Für das Folgejahr sind ein Integrationsmonitoring und eine Fachtagung geplant.",
}


def jahresbericht(p: dict) -> list[dict]:
    k = p["kommune"]
    fehlt = set(p.get("fehlt", ()))
    ds = p.get("datum_stil", "std")
    bs = p.get("betrag_stil", "eur2")
    jahr = p["jahr"]
    teile = [t for t in TEILE if t not in fehlt]
    out = [
        *_briefkopf(p),
        {"titel": f"Jahresbericht {jahr} – Kommunales Integrationsmanagement {k['name_lang']}"},
        {"p": f"vorgelegt von {p.get('dienstleister', 'der Koordinierungsstelle Integration')} "
              f"im Auftrag {k['genitiv']}"},
        {"p": f"Stand: {datum(p['datum'], ds)}"},
        {"h1": "Inhalt"},
        {"liste": ["Das Wichtigste in Kürze"] + [f"{n}. {TEILE[t]}" for n, t in
                                                  enumerate(teile, 1)] + ["Anlagen"]},
        {"h1": "Das Wichtigste in Kürze"},
        {"p": p["kurz"]},
    ]
    m = p["mittel"]
    for n, t in enumerate(teile, 1):
        nr = f"{n}. "
        if t == "personal":
            out += _stellen(p, TEILE[t], nr)
        elif t == "mittel":
            out += [{"h1": nr + TEILE[t]},
                    {"p": p.get("mittel_text", "Die folgende Übersicht stellt die bewilligten "
                                               "und die verausgabten Mittel gegenüber.")},
                    {"fett": f"Tabelle 1: Mittelverwendung {jahr}"}]
            rows = [["Ausgabeart", "bewilligt", "verausgabt gesamt",
                     "davon aus der Zuwendung"]]
            for label, key in (("Personalausgaben", "p"), ("Sachausgaben", "s")):
                b, g, z = (Decimal(str(x)) for x in m[key])
                rows.append([label, geld(b, bs), geld(g, bs), geld(z, bs)])
            summe = [sum(Decimal(str(m[key][i])) for key in ("p", "s")) for i in range(3)]
            summe[2] += Decimal(str(m.get("summe_fehler", 0)))
            rows.append(["Summe"] + [geld(x, bs) for x in summe])
            out.append({"tabelle": rows})
            if m.get("items"):
                out.append({"fett": f"Tabelle 2: Sachausgaben {jahr} im Einzelnen"})
                out.append({"tabelle": [["Position", "Betrag"]] +
                            [[a, geld(b, bs)] for a, b in m["items"]]})
            if m.get("notiz"):
                out.append({"p": m["notiz"]})
        elif t == "infrastruktur":
            out += [{"h1": nr + TEILE[t]},
                    {"fussnote": [TEXTE[t], ("Stand der Erhebung: September des Berichtsjahres; "
                                             "Angebote ohne festen Standort sind nicht erfasst.")]}]
        else:
            out += [{"h1": nr + TEILE[t]}, {"p": TEXTE[t]}]
    anl = ["Teilnehmendenstatistik"]
    if p.get("fragebogen", True):
        anl.insert(0, "ausgefüllter Fragebogen des MFFKI zur Evaluierung des KIM")
    out += [{"h1": "Anlagen"}, {"liste": anl},
            {"p": f"{k['ort']}, {datum(p['datum'], ds)}"},
            {"p": p.get("zeichnung", "gez. Miriam Hofmann, Integrationsmanagerin")},
            {"fusszeile": [f"Jahresbericht {jahr} KIM – Seite #"]}]
    return out


# --- Bescheid ----------------------------------------------------------------------------------

def bescheid(p: dict) -> list[dict]:
    k = p["kommune"]
    fehlt = set(p.get("fehlt", ()))
    ds = p.get("datum_stil", "std")
    bs = p.get("betrag_stil", "eur2")
    von, bis = p["zeitraum"]
    jahre = p["jahre"]
    out = [{"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration",
                          "Rheinland-Pfalz", "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]},
           {"p": k["behoerde"]}, {"p": ", ".join(k["anschrift"])},
           {"formular": [["Mein Aktenzeichen", p.get("az", "725-0003#2026/0114-0701")],
                         ["Ihr Schreiben vom", datum(p["antrag_datum"], ds)],
                         ["Ansprechpartner/-in", "Frau Petra Lenz"],
                         ["Datum", datum(p["datum"], ds)]]},
           {"titel": p.get("titel", "Zuwendungsbescheid")},
           {"p": "Kommunales Integrationsmanagement Rheinland-Pfalz (KIM)"},
           {"p": "Anlagen: Zuwendungsfähige Ausgaben; ANBest-K"}]
    satz = "; ".join(f"{geld(Decimal(str(v[0])) + Decimal(str(v[1])), bs)} für das Haushaltsjahr {j}"
                     for j, v in jahre.items())
    out += [{"h1": "1. Bewilligung"},
            {"p": f"Auf Ihren Antrag bewillige ich {k['dativ']} für den Zuwendungszweck "
                  "„Kommunales Integrationsmanagement“ (Stelle einer Integrationsmanagerin bzw. "
                  f"eines Integrationsmanagers mit {umfang(p['vzae'], 'vzae')}) für den "
                  f"Bewilligungszeitraum vom {datum(von, ds)} bis {datum(bis, ds)} eine Zuweisung "
                  f"in Höhe von {satz}."}]
    if "finanzierung" not in fehlt:
        out += [{"h1": "2. Finanzierungsart und zuwendungsfähige Ausgaben"},
                {"p": "Die Zuwendung wird als Festbetragsfinanzierung gewährt. Jeder Festbetrag "
                      "ist zugleich Höchstbetrag seiner Zeile im jeweiligen Haushaltsjahr. Die "
                      "zuwendungsfähigen Ausgaben ergeben sich aus der Anlage."}]
    out += [{"h1": "3. Auszahlung"},
            {"p": "Die Zuwendung wird auf Anforderung ausgezahlt, soweit sie innerhalb von zwei "
                  "Monaten für fällige Zahlungen benötigt wird."}]
    if "jahresbericht" not in fehlt:
        out += [{"h1": "4. Jahresbericht und Verwendungsnachweis"},
                {"p": "Bis zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem "
                      "ausgefüllten Fragebogen vorzulegen. Der Verwendungsnachweis ist binnen "
                      "sechs Monaten nach Ablauf des Bewilligungszeitraums vorzulegen."}]
    if "nebenbestimmungen" not in fehlt:
        out += [{"h1": "5. Nebenbestimmungen"},
                {"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
                      "kommunale Körperschaften (ANBest-K) sind Bestandteil dieses Bescheids. "
                      "Nicht zweckentsprechend verwendete Beträge sind nach § 49a VwVfG zu "
                      "erstatten und zu verzinsen."}]
    if "begruendung" not in fehlt:
        out += [{"h1": "6. Begründung"},
                {"p": "Rechtsgrundlage sind § 44 LHO und die Förderrichtlinie KIM. Ein "
                      "Rechtsanspruch besteht nicht; ich habe nach pflichtgemäßem Ermessen im "
                      "Rahmen der verfügbaren Haushaltsmittel entschieden."}]
    if "rbb" not in fehlt:
        vg = p.get("gericht", k["vg"])
        if p.get("widerspruch"):
            rbb = ("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                   "Widerspruch beim Ministerium für Familie, Frauen, Kultur und Integration, "
                   "Kaiser-Friedrich-Straße 5a, 55116 Mainz, erhoben werden.")
        else:
            rbb = ("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage "
                   f"beim {vg} erhoben werden. Ein Widerspruchsverfahren findet nicht statt.")
        out += [{"h1": "7. Rechtsbehelfsbelehrung"}, {"p": rbb}]
    if "zeichnung" not in fehlt:
        out += [{"p": p.get("zeichnung", "Im Auftrag")}, {"p": "gez. Dr. Markus Olbrich"}]
    out += [{"h1": "Anlage: Zuwendungsfähige Ausgaben"},
            {"fett": "Tabelle: Festbeträge je Haushaltsjahr"}]
    rows = [["Haushaltsjahr", "Personalausgaben", "Sachausgaben", "Summe"]]
    for j, (pers, sach) in jahre.items():
        s = Decimal(str(pers)) + Decimal(str(sach)) + Decimal(str(p.get("summe_fehler", 0)))
        rows.append([str(j), geld(pers, bs), geld(sach, bs), geld(s, bs)])
    out.append({"tabelle": rows})
    if p.get("anlage_notiz"):
        out.append({"p": p["anlage_notiz"]})
    out.append({"fusszeile": ["MFFKI – Zuwendungsbescheid KIM – Seite #"]})
    return out


# --- Vorlage ----------------------------------------------------------------------------------

def vorlage(p: dict) -> list[dict]:
    k = p["kommune"]
    fehlt = set(p.get("fehlt", ()))
    ds = p.get("datum_stil", "std")
    out = [{"briefkopf": [k["behoerde"], p.get("amt", "Amt für Soziales und Integration")]},
           {"titel": p.get("art_titel", "Informationsvorlage")},
           {"formular": [["Vorlage-Nr.", p["nummer"]], ["Datum", datum(p["datum"], ds)],
                         ["Federführung", p.get("amt", "Amt für Soziales und Integration")],
                         ["Aktenzeichen", p.get("az", "50-KIM")]]}]
    if "betreff" not in fehlt:
        out.append({"p": f"{p.get('betreff_label', 'Betreff')}: {p['betreff']}"})
    else:
        out.append({"fett": p["betreff"]})
    if "gremien" not in fehlt:
        out += [{"fett": p.get("gremien_label", "Beratungsfolge")},
                {"tabelle": [["Datum", "Gremium", "Zuständigkeit", "Status"]] +
                 [[datum(d, ds), g, z, "öffentlich"] for d, g, z in p["gremien"]]}]
    if p.get("beschluss"):
        out += [{"h1": "Beschlussvorschlag"}, {"p": p["beschluss"]}]
    out += [{"h1": "1. Sachdarstellung"},
            {"p": "Das Land fördert seit dem 11.08.2025 das Kommunale Integrationsmanagement; "
                  "antragsberechtigt sind die Landkreise und kreisfreien Städte."}]
    if "umsetzung" not in fehlt:
        out += [{"h1": "2. Umsetzung des Programms"},
                {"p": p.get("umsetzung", "Die Verwaltung hat mit Unterstützung eines externen "
                                         "Beratungsbüros den Antrag erarbeitet; die Stelle ist im "
                                         "Sozialamt angesiedelt.")}]
    if "sachstand" not in fehlt:
        out += [{"h1": "3. Aktueller Sachstand"}, {"p": p["sachstand"]}]
    out += [{"h1": "4. Finanzielle Auswirkungen"},
            {"p": p.get("finanzen", f"{JA} ja  {NEIN} nein – Personalausgaben werden bis zu "
                                    "60.000 € je VZÄ und Jahr, Sachausgaben bis zu 20.000 € "
                                    "jährlich vom Land erstattet.")}]
    if "anlagen" not in fehlt:
        out += [{"h1": "Anlagen"}, {"liste": p.get("anlagen", ["Förderrichtlinie KIM",
                                                               "Präsentation der Stelle"])}]
    out += [{"p": p.get("zeichnung", "gez. Oberbürgermeister/in" if k["typ"] == "stadt"
                        else "gez. Landrat/Landrätin")}]
    return out


BUILDERS = {"antrag_mappe": antrag_mappe, "antrag_konzept": antrag_konzept,
            "jahresbericht": jahresbericht, "bescheid": bescheid, "vorlage": vorlage}
