"""Contents of the sixth held-out ("blind") corpus (manifest_blind6.yaml), issue 19, item 4.

How it was written: from the guideline's rule page and data file (kim-rlp-2025.md/.yaml), the
list of Kommunen, fachwissen.md, the Koblenz Unterrichtungsvorlage in quellen/003 and the build
script bauen.py only. The author had not seen the fact layer, the readers, the rules' code, the
checker's output on these documents, the earlier rounds' contents or manifests. Every
expectation in the manifest was fixed, with its arithmetic, before the checker first ran.

New in this round (the author did not see the earlier rounds, so overlap is possible):
- a Kreisverwaltung form: label/value tables, ☒/☐ boxes for declarations and the Art der
  Gebietskörperschaft, staff table Funktion / Stellenumfang / ab / bis, a plan with employer
  costs above the requested grant and the Eigenanteil between;
- a Stadtverwaltung letter: "Unser Zeichen" line, "Seite n" footer, place and date at the top
  right, staff in prose, the plan with bare figures under "(in EUR)", closing "gez.";
- staff as "19,5 Std./Woche", "19,5 Std.", "Wochenstunden", "50 %", "50 v. H.", "Stellenanteil
  0,50", "halbe Stelle", with the Kommune's own full-time hours where it names them;
  vacancies filled during the year, a retirement with a month's gap, parental leave covered;
- amounts as "60.000,00 €", "60.000 EUR", "EUR 60.000,-", "60.000,--", "60 T€", "60 Tsd. EUR",
  "60.000 Euro", bare figures; dates as "1. Dezember 2025", "01.12.25", "2025-12-01", "Jan. 2026";
- Bescheide in two shapes (numbered parts I.–VII. with a year table; a Tenor in prose with the
  amounts per year in sentences), a Bedingung for a vacant share;
- Vorlagen from a council information system and Kreistag Beschlussvorlagen with
  "Gegenstand", "Beratungsweg" and a Beschlussvorschlag.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

# key: (name, Anschrift, Kreis- bzw. Gemeindeschlüssel, Unterzeichner – fictitious); the
# Verwaltung, the place and the title follow (a five-digit key is a Landkreis, eight digits a city)
_K = {
    "germersheim": ("Landkreis Germersheim", "Luitpoldplatz 1, 76726 Germersheim",
              "07334", "Hartmann"),
    "worms": ("Stadt Worms", "Marktplatz 2, 67547 Worms", "07319000", "Kessler-Brandt"),
    "andernach": ("Stadt Andernach", "Läufstraße 11, 56626 Andernach", "07137003", "Maurer"),
    "kl-land": ("Landkreis Kaiserslautern", "Lauterstraße 8, 67657 Kaiserslautern",
              "07335", "Seibert"),
    "suedwestpfalz": ("Landkreis Südwestpfalz", "Unterer Sommerwaldweg 40-42, 66953 Pirmasens",
              "07340", "Grimm"),
    "rhein-lahn": ("Rhein-Lahn-Kreis", "Insel Silberau 1, 56130 Bad Ems", "07141", "Doll"),
    "bad-duerkheim": ("Landkreis Bad Dürkheim", "Philipp-Fauth-Straße 11, 67098 Bad Dürkheim",
              "07332", "Ihlow"),
    "mainz": ("Landeshauptstadt Mainz", "Jockel-Fuchs-Platz 1, 55116 Mainz",
              "07315000", "Reinhardt"),
    "koblenz": ("Stadt Koblenz", "Willi-Hörter-Platz 1, 56068 Koblenz", "07111000", "Lenz"),
    "vulkaneifel": ("Landkreis Vulkaneifel", "Mainzer Straße 25, 54550 Daun", "07233", "Gerhards"),
    "ludwigshafen": ("Stadt Ludwigshafen am Rhein", "Rathausplatz 20, 67059 Ludwigshafen am Rhein",
              "07314000", "Steinbach"),
    "westerwald": ("Westerwaldkreis", "Peter-Altmeier-Platz 1, 56410 Montabaur", "07143", "Schwab"),
    "trier-saarburg": ("Landkreis Trier-Saarburg", "Willy-Brandt-Platz 1, 54290 Trier",
              "07235", "Metzler"),
    "trier": ("Stadt Trier", "Am Augustinerhof, 54290 Trier", "07211000", "Leibrock"),
    "cochem-zell": ("Landkreis Cochem-Zell", "Endertplatz 2, 56812 Cochem", "07135", "Beilharz"),
    "rhein-pfalz": ("Rhein-Pfalz-Kreis", "Europaplatz 5, 67063 Ludwigshafen am Rhein",
              "07338", "Körber"),
    "ahrweiler": ("Landkreis Ahrweiler", "Wilhelmstraße 24-30, 53474 Bad Neuenahr-Ahrweiler",
              "07131", "Weidner"),
    "speyer": ("Stadt Speyer", "Maximilianstraße 100, 67346 Speyer", "07318000", "Seidel"),
    "landau": ("Stadt Landau in der Pfalz", "Marktstraße 50, 76829 Landau in der Pfalz",
              "07313000", "Gerlach"),
    "mayen-koblenz": ("Landkreis Mayen-Koblenz", "Bahnhofstraße 9, 56068 Koblenz",
              "07137", "Bosch"),
    "neustadt": ("Stadt Neustadt an der Weinstraße", "Marktplatz 1, 67433 Neustadt an der Weinstraße",
              "07316000", "Weinmann"),
    "alzey-worms": ("Landkreis Alzey-Worms", "Ernst-Ludwig-Straße 36, 55232 Alzey",
              "07331", "Siebert"),
}


def _kommune(name: str, anschrift: str, schluessel: str, chef: str) -> dict:
    ort = anschrift.split(", ", 1)[1].split(" ", 1)[1]
    art = "landkreis" if len(schluessel) == 5 else "stadt"
    verw = (f"Kreisverwaltung {name.removeprefix('Landkreis ')}" if art == "landkreis"
            else f"Stadtverwaltung {ort}")
    titel = "Landrat" if art == "landkreis" else "Oberbürgermeister"
    return {"name": name, "verw": verw, "anschrift": anschrift, "schluessel": schluessel,
            "ort": ort, "art": art, "chef": f"{chef}, {titel}"}


KOMMUNEN = {key: _kommune(*v) for key, v in _K.items()}
MONATE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
KURZMONATE = "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split()
VG = {"VG Koblenz": "Verwaltungsgericht Koblenz, Deinhardpassage 1, 56068 Koblenz",
      "VG Mainz": "Verwaltungsgericht Mainz, Ernst-Ludwig-Straße 9, 55116 Mainz",
      "VG Neustadt": "Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, "
                     "67433 Neustadt an der Weinstraße",
      "VG Trier": "Verwaltungsgericht Trier, Egbertstraße 20a, 54295 Trier"}


# --- notations ---------------------------------------------------------------------------------

def datum(iso: str, stil: str = "de") -> str:
    d = date.fromisoformat(str(iso))
    return {"de": f"{d:%d.%m.%Y}", "lang": f"{d.day}. {MONATE[d.month - 1]} {d.year}",
            "kurz": f"{d:%d.%m.%y}", "iso": d.isoformat(),
            "monat": f"{KURZMONATE[d.month - 1]} {d.year}"}[stil]


def eur(x, stil: str = "de2") -> str:
    x = Decimal(str(x))
    ganz = x == x.to_integral_value()
    zwei = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    kurz = zwei[:-3] if ganz else zwei
    if stil in ("teur", "tsd"):
        t = x / 1000
        if t != t.quantize(Decimal("0.01")):
            raise ValueError(f"{x} lässt sich nicht verlustfrei in Tausend schreiben")
        t = t.quantize(Decimal("0.01")).normalize()
        ts = f"{t:f}".replace(".", ",")
        return f"{ts} T€" if stil == "teur" else f"{ts} Tsd. EUR"
    return {"de2": f"{zwei} €", "eur": f"{kurz} EUR", "eur2": f"{zwei} EUR",
            "pre": f"EUR {kurz},-" if ganz else f"EUR {zwei}", "strich": f"{kurz},--" if ganz
            else zwei, "nackt": kurz if ganz else zwei, "euro": f"{kurz} Euro"}[stil]


def _komma(x: Decimal, stellen: int = 2) -> str:
    s = f"{x.quantize(Decimal(1).scaleb(-stellen)):f}".replace(".", ",")
    return s.rstrip("0").rstrip(",") if "," in s else s


def umfang(s: dict, stil: str, vollzeit: int = 39) -> str:
    v = Decimal(str(s["vzae"]))
    std = _komma(v * vollzeit, 2)
    pct = _komma(v * 100, 1)
    vzae = _komma(v) if "," in _komma(v) else f"{_komma(v)},0"
    return {"vzae": f"{vzae} VZÄ", "std": f"{std} Std./Woche", "stdo": f"{std} Std.",
            "wstd": f"{std} Wochenstunden", "prozent": f"{pct} %", "vh": f"{pct} v. H.",
            "anteil": f"Stellenanteil {v.quantize(Decimal('0.01'))}".replace(".", ","),
            "stelle": {"0.5": "halbe Stelle", "1.0": "volle Stelle", "1": "volle Stelle"}
            .get(str(s["vzae"]), f"{_komma(v)} Stelle")}[stil]


BOX = {True: "☒", False: "☐"}


def _sach_summe(jahr: dict) -> Decimal:
    return sum((Decimal(str(v)) for v in jahr.get("sach", {}).values()), Decimal(0))


# --- Antrag -----------------------------------------------------------------------------------

AUFGABEN = [("Bestandsaufnahme der Integrationsangebote (Wohnen, Sprache und Bildung, "
            "Migrationsberatung, Arbeitsmarkt) und Benennen von Lücken"),
            ("Aufbau einer Steuerungsgruppe Integration mit Ausländerbehörde, Jobcenter und "
            "Sozialamt"),
            ("Vernetzung mit Politik, Migrantenorganisationen und Ehrenamt; Austausch mit "
            "Nachbarkommunen und der DBKI"),
            "Öffentlichkeitsarbeit und Berichterstattung an das MFFKI"]


def _plan_tabelle(p: dict, stil: str) -> list[list[str]]:
    """Rows = positions, columns = years; personnel costs above the requested grant."""
    jahre = sorted(p["plan"], key=str)
    kopf = ["Position" + (" (in EUR)" if stil == "nackt" else "")] + [f"HJ {j}" for j in jahre]
    rows = [kopf]
    pl = {j: p["plan"][j] for j in jahre}
    fmt = lambda x: eur(x, stil)  # noqa: E731
    rows.append(["Personalausgaben (Arbeitgeberbrutto)"] + [fmt(pl[j]["personal"]) for j in jahre])
    items = list(dict.fromkeys(n for j in jahre for n in pl[j].get("sach", {})))
    for n in items:
        rows.append([f"Sachausgaben: {n}"] + [fmt(pl[j]["sach"][n]) if n in pl[j]["sach"]
                                              else "–" for j in jahre])
    rows.append(["Summe Sachausgaben"] + [fmt(pl[j].get("summe_sach", _sach_summe(pl[j])))
                                          for j in jahre])
    ges = {j: Decimal(str(pl[j]["personal"])) + _sach_summe(pl[j]) for j in jahre}
    rows.append(["Gesamtausgaben"] + [fmt(ges[j]) for j in jahre])
    zp = {j: Decimal(str(pl[j].get("zuschuss_personal", pl[j]["personal"]))) for j in jahre}
    rows.append(["beantragte Zuwendung Personalkosten"] + [fmt(zp[j]) for j in jahre])
    rows.append(["beantragte Zuwendung Sachkosten"] + [fmt(_sach_summe(pl[j])) for j in jahre])
    eigen = {j: Decimal(str(pl[j].get("eigen", ges[j] - zp[j] - _sach_summe(pl[j]))))
             for j in jahre}
    rows.append(["Eigenanteil Kommune"] + [fmt(eigen[j]) for j in jahre])
    rows.append(["Gesamtfinanzierung"] + [fmt(zp[j] + _sach_summe(pl[j]) + eigen[j])
                                          for j in jahre])
    return rows


def _erklaerungen(p: dict) -> list[str]:
    e = {"doppel": True, "beginn": True, "richtig": True, **p.get("erklaerungen", {})}
    return [(f"{BOX[e['doppel']]} Für die beantragte Stelle werden keine weiteren Fördermittel "
            "des Landes, des Bundes oder der EU in Anspruch genommen (keine Doppelförderung)."),
            f"{BOX[e['beginn']]} Mit der Maßnahme wurde vor der Bewilligung nicht begonnen.",
            f"{BOX[e['richtig']]} Die Angaben in diesem Antrag sind vollständig und richtig."]


def antrag_formular(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    ds = p.get("datum_stil", "de")
    bs = p.get("betrag_stil", "de2")
    ohne = set(p.get("ohne", ()))
    out: list[dict] = [
        {"briefkopf": [f"{k['verw']} · {k['anschrift']}",
                       f"Az.: {p.get('az', '51/KIM-2025')} · Bearbeitung: {p['kontakt'][0]}"]},
        {"titel": "Antrag auf Gewährung einer Zuweisung"},
        {"p": "Förderprogramm Kommunales Integrationsmanagement Rheinland-Pfalz (KIM) – an das "
              "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz, "
              "Kaiser-Friedrich-Straße 5a, 55116 Mainz"},
        {"h1": "1. Antragsteller"},
        {"formular": [["Gebietskörperschaft", p.get("name", k["name"])],
                      ["Art", f"{BOX[k['art'] == 'landkreis']} Landkreis   "
                              f"{BOX[k['art'] == 'stadt']} kreisfreie Stadt"
                       if not p.get("art_text") else p["art_text"]],
                      ["Anschrift", k["anschrift"]],
                      ["Kreis-/Gemeindeschlüssel", k["schluessel"]]]}]
    if "ansprechperson" not in ohne:
        out += [{"h1": "2. Ansprechperson"},
                {"formular": [["Name", p["kontakt"][0]], ["Telefon", p["kontakt"][1]],
                              ["E-Mail", p["kontakt"][2]]]}]
    us = p.get("umfang_stil", "vzae")
    vz = p.get("vollzeit", 39)
    rows = [["Name", "Funktion", "Stellenumfang", "Entgeltgruppe", "ab", "bis"]]
    for s in p["stellen"]:
        rows.append([s["name"], s.get("funktion", "Integrationsmanager/in"), umfang(s, us, vz),
                     s.get("eg", "E 11 TVöD"), datum(s["von"], s.get("von_stil", ds)),
                     datum(s["bis"], ds) if s.get("bis") else "unbefristet"])
    out += [{"h1": "3. Stelle und Personal"}, {"tabelle": rows}]
    if p.get("vollzeit_satz"):
        out.append({"p": p["vollzeit_satz"]})
    for satz in p.get("stellen_saetze", ()):
        out.append({"p": satz})
    out += [{"h1": "4. Organisatorische Anbindung"},
            {"p": p.get("anbindung", f"Die Stelle ist in der {k['verw']}, Abteilung 5 – Soziales, "
                                      "Referat Migration und Integration, angesiedelt und dem "
                                      "Abteilungsleiter unmittelbar zugeordnet.")},
            {"h1": "5. Aufgaben und Schwerpunkte"}, {"liste": AUFGABEN},
            {"h1": "6. Integrationskonzept"},
            {"p": p.get("konzept", "☒ Ein Integrationskonzept liegt vor (Kreistagsbeschluss vom "
                                   "12.05.2022).   ☐ Ein Integrationskonzept ist in Planung.")},
            {"h1": "7. Förderzeitraum"},
            {"p": f"vom {datum(p['von'], ds)} bis {datum(p['bis'], ds)}"},
            {"h1": "8. Finanzierungsplan"}, {"tabelle": _plan_tabelle(p, bs)}]
    for satz in p.get("plan_saetze", ()):
        out.append({"p": satz})
    out += [{"h1": "9. Erklärungen"}]
    out += [{"p": z} for z in _erklaerungen(p)]
    if "unterschrift" not in ohne:
        out += [{"h1": "10. Ort, Datum, Unterschrift"},
                {"p": f"{k['ort']}, {datum(p['datum'], ds)}"},
                {"p": f"gez. {k['chef']}"}]
    return out


def antrag_brief(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    ds = p.get("datum_stil", "lang")
    bs = p.get("betrag_stil", "nackt")
    us = p.get("umfang_stil", "std")
    vz = p.get("vollzeit", 39)
    ohne = set(p.get("ohne", ()))
    amt = p.get("amt", "Amt für Soziales und Integration")
    out: list[dict] = [
        {"briefkopf": [k["verw"], amt, k["anschrift"]]},
        {"fusszeile": [f"{k['verw']} · Seite #"]},
        {"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz"},
        {"p": "Referat Integration – Kaiser-Friedrich-Straße 5a – 55116 Mainz"},
        {"p": f"Unser Zeichen: {p.get('az', '50.2-KIM')}" + (
            "" if "ansprechperson" in ohne else f"    Auskunft: {p['kontakt'][0]}")},
        {"rechts": f"{k['ort']}, {datum(p['datum'], ds)}"},
        {"fett": "Kommunales Integrationsmanagement Rheinland-Pfalz – Antrag auf Förderung"},
        {"p": "Sehr geehrte Damen und Herren,"},
        {"p": f"hiermit beantragt die {k['verw']} eine Zuweisung aus dem Förderprogramm "
              "Kommunales Integrationsmanagement (KIM). Wir machen dazu folgende Angaben."},
        {"h2": "Antragstellende Kommune"},
        {"p": f"{p.get('name', k['name'])}, {k['anschrift']}, "
              f"{'Kreis' if k['art'] == 'landkreis' else 'Gemeinde'}schlüssel {k['schluessel']}."}]
    if "ansprechperson" not in ohne:
        out += [{"h2": "Kontakt"},
                {"p": f"{p['kontakt'][0]}, Telefon {p['kontakt'][1]}, E-Mail {p['kontakt'][2]}"}]
    out.append({"h2": "Personal"})
    for s in p["stellen"]:
        bis = f" bis {datum(s['bis'], ds)}" if s.get("bis") else ""
        out.append({"p": f"{s['name']} wird ab {datum(s['von'], s.get('von_stil', ds))}{bis} mit "
                         f"{umfang(s, us, vz)} als {s.get('funktion', 'Integrationsmanagerin')} "
                         f"beschäftigt (Entgeltgruppe {s.get('eg', 'E 11 TVöD')})."})
    for satz in p.get("stellen_saetze", ()):
        out.append({"p": satz})
    out += [{"h2": "Ansiedlung in der Verwaltung"},
            {"p": p.get("anbindung", f"Die Stelle wird im {amt}, Abteilung Integration, "
                                     "eingerichtet.")},
            {"h2": "Arbeitsschwerpunkte"}, {"liste": AUFGABEN[:3]},
            {"h2": "Örtliches Integrationskonzept"},
            {"p": p.get("konzept", f"{'Der Kreistag' if k['art'] == 'landkreis' else 'Der Stadtrat'}"
                                   " hat 2019 ein Integrationskonzept beschlossen; die "
                                   "Fortschreibung ist für 2026 vorgesehen.")},
            {"h2": "Laufzeit"},
            {"p": f"Beantragt wird die Förderung für die Zeit vom {datum(p['von'], ds)} bis "
                  f"{datum(p['bis'], ds)}."},
            {"h2": "Kosten- und Finanzierungsplan"}, {"tabelle": _plan_tabelle(p, bs)}]
    for satz in p.get("plan_saetze", ()):
        out.append({"p": satz})
    out += [{"h2": "Erklärungen des Antragstellers"}, {"liste": _erklaerungen(p)},
            {"p": "Mit freundlichen Grüßen"}]
    if "unterschrift" not in ohne:
        out.append({"p": f"gez. {k['chef']}"})
    return out


# --- Jahresbericht ----------------------------------------------------------------------------

TEILE = {
    "infrastruktur": "Die Bestandsaufnahme der Angebote in den Handlungsfeldern Wohnen, Sprache "
                     "und Bildung, Migrationsberatung und Arbeitsmarkt ist abgeschlossen. Lücken "
                     "bestehen bei der Kinderbetreuung während der Sprachkurse.",
    "vernetzung": "Die Netzwerkrunde Integration tagt vierteljährlich mit Jobcenter, "
                  "Ausländerbehörde, Schulen und Migrantenorganisationen; im Sozialausschuss "
                  "wurde zweimal berichtet.",
    "interkommunal": "Regelmäßiger Austausch mit den Integrationsmanagerinnen der "
                     "Nachbarkommunen in der regionalen Arbeitsgruppe Süd.",
    "oeffentlichkeit": "Pressemitteilungen zur Interkulturellen Woche, eine Broschüre in sechs "
                       "Sprachen und ein Beitrag im Amtsblatt.",
    "land": "Teilnahme am Jour fixe des MFFKI und an den Fachtagen der DBKI; Berichterstattung "
            "an das Fachreferat.",
    "konzept": "Die Fortschreibung des Integrationskonzepts wurde begonnen; der Entwurf soll im "
               "Herbst des kommenden Jahres dem {rat} vorgelegt werden.",
    "ausblick": "Im kommenden Jahr stehen die Fortschreibung des Konzepts und der Aufbau eines "
                "Ehrenamtsnetzwerks im Vordergrund.",
}
UEBERSCHRIFTEN = {
    "kreis": {"personal": "Personal", "infrastruktur": "Integrationsinfrastruktur",
              "vernetzung": "Vernetzung in der Kommune", "interkommunal":
              "Interkommunale Vernetzung", "oeffentlichkeit": "Öffentlichkeitsarbeit",
              "land": "Kooperation mit dem Land", "konzept": "Integrationskonzept",
              "mittel": "Mittelverwendung", "ausblick": "Ausblick"},
    "stadt": {"personal": "Das Integrationsmanagement vor Ort", "infrastruktur":
              "Bestandsaufnahme und Handlungsfelder", "vernetzung": "Netzwerkarbeit vor Ort",
              "interkommunal": "Interkommunaler Austausch", "oeffentlichkeit":
              "Presse- und Öffentlichkeitsarbeit", "land": "Zusammenarbeit mit MFFKI und DBKI",
              "konzept": "Stand der Integrationsstrategie", "mittel": "Verwendung der Mittel",
              "ausblick": "Ausblick und Planung"},
}


def _mittel_tabelle(p: dict, bs: str) -> list[list[str]]:
    m = p["mittel"]
    kopf = ["Position" + (" (in EUR)" if bs == "nackt" else ""), f"bewilligt {p['jahr']}",
            f"verausgabt {p['jahr']}"]
    rows = [kopf, ["Personalkosten (Zuschuss)", eur(m["personal"][0], bs),
                   eur(m["personal"][1], bs)]]
    for n, v in m["sach"].items():
        rows.append([f"Sachkosten: {n}", "", eur(v, bs)])
    sach = sum((Decimal(str(v)) for v in m["sach"].values()), Decimal(0))
    rows.append(["Sachkosten zusammen", eur(m["sach_bewilligt"], bs),
                 eur(m.get("summe_sach", sach), bs)])
    ges_b = Decimal(str(m["personal"][0])) + Decimal(str(m["sach_bewilligt"]))
    ges_v = Decimal(str(m["personal"][1])) + sach
    rows.append(["Gesamt", eur(ges_b, bs), eur(m.get("summe", ges_v), bs)])
    return rows


def jahresbericht(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    form = p.get("form", "kreis")
    u = UEBERSCHRIFTEN[form]
    ds = p.get("datum_stil", "de")
    bs = p.get("betrag_stil", "de2")
    us = p.get("umfang_stil", "vzae")
    vz = p.get("vollzeit", 39)
    ohne = set(p.get("ohne", ()))
    nr = iter(range(1, 20))
    out: list[dict] = [{"briefkopf": [k["verw"], p.get("amt", "Referat Migration und "
                                                             "Integration")]}]
    if form == "kreis":
        out += [{"titel": f"Jahresbericht {p['jahr']} – Kommunales Integrationsmanagement"},
                {"formular": [["Kommune", k["name"]], ["Berichtsjahr", str(p["jahr"])],
                              ["Berichtszeitraum", (f"{datum(p['von'], ds)} – "
                                                   f"{datum(p['bis'], ds)}")],
                              ["Stand", datum(p["datum"], ds)]]}]
    else:
        out += [{"titel": f"Kommunales Integrationsmanagement in {k['ort']}"},
                {"p": f"Bericht über das Jahr {p['jahr']} an das Ministerium für Familie, "
                      "Frauen, Kultur und Integration Rheinland-Pfalz"}]

    def h(key):
        return {"h1": f"{next(nr)}. {u[key]}" if p.get("nummern", True) else u[key]}

    out.append(h("personal"))
    if form == "kreis":
        rows = [["Name", "Funktion", "Stellenumfang", "von", "bis", "Bemerkung"]]
        for s in p["stellen"]:
            rows.append([s["name"], s.get("funktion", "Integrationsmanagerin"), umfang(s, us, vz),
                         datum(s["von"], ds), datum(s["bis"], ds) if s.get("bis") else "–",
                         s.get("bemerkung", "")])
        out.append({"tabelle": rows})
    else:
        for s in p["stellen"]:
            zeit = (f"war vom {datum(s['von'], ds)} bis zum {datum(s['bis'], ds)}" if s.get("bis")
                    else f"ist seit dem {datum(s['von'], ds)}")
            out.append({"p": f"{s['name']} {zeit} mit {umfang(s, us, vz)} als "
                             f"{s.get('funktion', 'Integrationsmanagerin')} tätig. "
                             f"{s.get('bemerkung', '')}".strip()})
    for satz in p.get("stellen_saetze", ()):
        out.append({"p": satz})
    for key in ("infrastruktur", "vernetzung", "interkommunal", "oeffentlichkeit", "land",
                "konzept"):
        if key not in ohne:
            rat = "Kreistag" if k["art"] == "landkreis" else "Stadtrat"
            out += [h(key), {"p": p.get("texte", {}).get(key, TEILE[key]).format(rat=rat)}]
    out += [h("mittel"), {"p": f"Bewilligt und verausgabt wurden im Berichtsjahr {p['jahr']} "
                               "(Stand der Buchungen zum Berichtsdatum):"},
            {"tabelle": _mittel_tabelle(p, bs)}]
    for satz in p.get("mittel_saetze", ()):
        out.append({"p": satz})
    if "ausblick" not in ohne:
        out += [h("ausblick"), {"p": TEILE["ausblick"]}]
    out.append({"fett": "Anlagen"})
    anlagen = list(p.get("anlagen", ["Ausgefüllter Fragebogen des MFFKI zur Evaluierung des KIM",
                                     "Teilnehmerlisten der Netzwerkrunden"]))
    out.append({"liste": anlagen})
    for satz in p.get("schluss_saetze", ()):
        out.append({"p": satz})
    out += [{"rechts": f"{k['ort']}, {datum(p['datum'], ds)}"},
            {"p": f"i. A. {p.get('verfasser', p['stellen'][0]['name'])}"}]
    return out


# --- Bescheid ---------------------------------------------------------------------------------

def _jahre(p: dict):
    return sorted(p["bewilligt"], key=str)


def _tenor_tabelle(p: dict, bs: str) -> list[list[str]]:
    rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Summe"]]
    ges = Decimal(0)
    for j in _jahre(p):
        pe, sa = (Decimal(str(x)) for x in p["bewilligt"][j])
        rows.append([str(j), eur(pe, bs), eur(sa, bs), eur(pe + sa, bs)])
        ges += pe + sa
    rows.append(["Gesamt", "", "", eur(p.get("gesamt", ges), bs)])
    return rows


def bescheid(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    form = p.get("form", "teile")
    ds = p.get("datum_stil", "de")
    bs = p.get("betrag_stil", "de2")
    ohne = set(p.get("ohne", ()))
    ges = sum(Decimal(str(x)) for j in _jahre(p) for x in p["bewilligt"][j])
    zeitraum = f"vom {datum(p['von'], ds)} bis {datum(p['bis'], ds)}"
    out: list[dict] = [
        {"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration",
                       "Rheinland-Pfalz", "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]},
        {"formular": [["Mein Aktenzeichen", p.get("az", "753-0051#2026/0012-0701")],
                      ["Ihr Schreiben vom", datum(p["antrag_vom"], ds)],
                      ["Ansprechpartner/-in / E-Mail", "Tobias Rauch / kim@mffki.rlp.de"],
                      ["Telefon / Fax", "06131 16-5547 / 06131 16-175547"],
                      ["Datum", datum(p["datum"], ds)]], "rahmenlos": True},
        {"p": f"{k['verw']}, {k['anschrift']}"}]
    if form == "teile":
        h = [("I. Bewilligung"), ("II. Finanzierungsart und zuwendungsfähige Ausgaben"),
             ("III. Auszahlung"), ("IV. Jahresbericht und Verwendungsnachweis"),
             ("V. Nebenbestimmungen"), ("VI. Begründung"), ("VII. Rechtsbehelfsbelehrung")]
        out += [{"titel": "Zuwendungsbescheid"},
                {"fett": "Kommunales Integrationsmanagement Rheinland-Pfalz (KIM)"},
                {"p": "Sehr geehrte Damen und Herren,"},
                {"h1": h[0]},
                {"p": f"auf Ihren Antrag vom {datum(p['antrag_vom'], ds)} bewillige ich Ihnen für "
                      f"den Bewilligungszeitraum {zeitraum} eine Zuwendung in Form einer Zuweisung "
                      f"in Höhe von insgesamt {eur(p.get('gesamt', ges), bs)}. Zuwendungszweck ist "
                      "die Förderung der Stelle des Kommunalen Integrationsmanagements. Die "
                      "Zuwendung verteilt sich wie folgt:"},
                {"tabelle": _tenor_tabelle(p, bs)}]
    else:
        h = [("1. Entscheidung"), ("2. Art und Umfang der Zuwendung"), ("3. Mittelabruf"),
             ("4. Berichtspflicht"), ("5. Nebenbestimmungen und Auflagen"), ("Gründe"),
             ("Rechtsbehelfsbelehrung")]
        satz = "; ".join(f"für das Haushaltsjahr {j} {eur(p['bewilligt'][j][0], bs)} "
                         f"Personalkosten und {eur(p['bewilligt'][j][1], bs)} Sachkosten"
                         for j in _jahre(p))
        out += [{"titel": "Bescheid über die Gewährung einer Zuweisung"},
                {"p": f"Betreff: Kommunales Integrationsmanagement; Ihr Antrag vom "
                      f"{datum(p['antrag_vom'], ds)}"},
                {"h1": h[0]},
                {"p": f"{'Der' if k['art'] == 'stadt' else 'Dem'} {k['name']} wird für die Zeit {zeitraum} zum Zweck der Förderung "
                      "einer Stelle im Kommunalen Integrationsmanagement (Zuwendungszweck) eine "
                      f"Zuweisung bewilligt, und zwar {satz}."}]
    for satz in p.get("tenor_saetze", ()):
        out.append({"p": satz})
    out += [{"h1": h[1]},
            {"p": "Die Zuwendung wird im Wege der Festbetragsfinanzierung gewährt. Der "
                  "Personalkostenzuschuss beträgt höchstens 60.000 Euro je Vollzeitäquivalent und "
                  "Jahr (Höchstbetrag), die Sachkosten höchstens 20.000 Euro je Jahr, jeweils "
                  "anteilig nach vollen Kalendermonaten. Zuwendungsfähig sind die Personalausgaben "
                  "der Integrationsmanagerin bzw. des Integrationsmanagers und Sachausgaben für "
                  "Vernetzung, Veranstaltungen und Öffentlichkeitsarbeit; Overheadkosten sind "
                  "nicht zuwendungsfähig."},
            {"h1": h[2]},
            {"p": "Die Mittel werden auf Anforderung ausgezahlt, soweit sie innerhalb von zwei "
                  "Monaten nach der Auszahlung für fällige Zahlungen benötigt werden."},
            {"h1": h[3]},
            {"p": "Zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem ausgefüllten "
                  "Fragebogen des MFFKI vorzulegen. Der Verwendungsnachweis ist innerhalb von "
                  "sechs Monaten nach Ablauf des Bewilligungszeitraums vorzulegen."},
            {"h1": h[4]},
            {"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
                  "kommunale Körperschaften (ANBest-K) in der am Tag dieses Bescheids geltenden "
                  "Fassung sind Bestandteil dieses Bescheids. Nicht zweckentsprechend verwendete "
                  "Mittel sind nach § 49a VwVfG zu erstatten und zu verzinsen."}]
    for satz in p.get("auflagen", ()):
        out.append({"p": satz})
    out += [{"h1": h[5]},
            {"p": "Rechtsgrundlage sind § 44 LHO und die Verwaltungsvorschriften dazu sowie das "
                  "Konzept Kommunales Integrationsmanagement in Rheinland-Pfalz. Die Förderung ist "
                  "eine freiwillige Leistung; ein Rechtsanspruch besteht nicht. Nach "
                  "pflichtgemäßem Ermessen und im Rahmen der verfügbaren Haushaltsmittel wird dem "
                  "Antrag wie beantragt entsprochen."}]
    if "rechtsbehelf" not in ohne:
        out += [{"h1": h[6]},
                {"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage "
                      f"beim {VG[p['vg']]} erhoben werden."}]
    if "zeichnung" not in ohne:
        out += [{"p": "Mit freundlichen Grüßen"}, {"p": "Im Auftrag"},
                {"p": p.get("zeichnung", "gez. Dr. Katrin Hessler")}]
    out += [{"fett": "Anlagen"}, {"liste": ["ANBest-K", "Muster Mittelanforderung"]}]
    return out


# --- Vorlage ----------------------------------------------------------------------------------

def vorlage(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    form = p.get("form", "ris")
    ds = p.get("datum_stil", "de")
    ohne = set(p.get("ohne", ()))
    gremien = [["Datum", "Gremium", "Zuständigkeit", "Ergebnis"]] + [
        [datum(d, ds), g, z, "☐ Kenntnis ☐ vertagt" if z == "Kenntnisnahme" else
         "☐ einstimmig ☐ mehrheitlich ☐ abgelehnt"] for d, g, z in p.get("gremien", ())]
    s = p["stellen"]
    namen = " und ".join(f"{x['name']} ({umfang(x, p.get('umfang_stil', 'prozent'))})" for x in s)
    texte = {
        "hintergrund": "Mit der Kooperationsstrategie „Kommunen und Land gemeinsam für "
                       "Integration“ fördert das MFFKI seit dem 11.08.2025 je Landkreis und "
                       "kreisfreier Stadt eine Stelle im Kommunalen Integrationsmanagement mit "
                       "bis zu einem Vollzeitäquivalent.",
        "umsetzung": "Das Land fördert die Stelle über eine Zuweisung; die Dialog- und "
                     "Beratungsstelle Kommunale Integration (DBKI) begleitet die Kommunen. "
                     "Vorgesehen sind eine Steuerungsgruppe, eine Bestandsaufnahme der Angebote "
                     "und ein jährlicher Bericht an das Land.",
        "sachstand": f"Der Förderantrag wurde am {datum(p['antrag_vom'], ds)} gestellt und "
                     f"bewilligt. Die Stelle ist mit {namen} besetzt.",
    }
    if form == "ris":
        kopf = [["Vorlage-Nr.", p["nummer"]], ["Vorlageart", "Unterrichtungsvorlage"],
                ["Datum", datum(p["datum"], ds)], ["Dezernat", "Dezernat II"],
                ["Verfasser", "50 – Amt für Soziales und Wohnen"], ["Aktenzeichen", "50.3-KIM"]]
        if "betreff" not in ohne:
            kopf.append(["Betreff", p["betreff"]])
        out = [{"formular": kopf}]
        if "gremien" not in ohne:
            out += [{"fett": "Beratungsfolge"}, {"tabelle": gremien}]
        out.append({"fett": "Unterrichtung:"})
        namen_h = {"hintergrund": "Hintergrund", "umsetzung": "Umsetzung",
                   "sachstand": "Sachstand"}
    else:
        out = [{"briefkopf": [k["verw"], f"Kreistag – Drucksache {p['nummer']}"]},
               {"titel": "Beschlussvorlage"},
               {"p": f"Datum: {datum(p['datum'], ds)}    Fachbereich 2 – Jugend und Soziales"}]
        if "betreff" not in ohne:
            out.append({"p": f"Gegenstand: {p['betreff']}"})
        if "gremien" not in ohne:
            out += [{"h2": "Beratungsweg"}, {"tabelle": gremien}]
        out += [{"h2": "Beschlussvorschlag"},
                {"p": f"Der {(p.get('gremien') or [['', 'Kreistag']])[-1][1]} nimmt den Bericht "
                      "zur Kenntnis und beauftragt die Verwaltung, das Integrationskonzept "
                      "fortzuschreiben."},
                {"h2": "Begründung"}]
        namen_h = {"hintergrund": "Ausgangslage", "umsetzung": "Durchführung",
                   "sachstand": "Aktueller Stand"}
    for key in ("hintergrund", "umsetzung", "sachstand"):
        if key not in ohne:
            out += [{"h1" if form == "ris" else "h2": namen_h[key]},
                    {"p": p.get("texte", {}).get(key, texte[key])}]
    if form != "ris":
        out += [{"h2": "Finanzielle Auswirkungen"},
                {"p": p.get("finanzen", "Das Land fördert die Personalkosten mit bis zu 60.000 "
                                        "EUR und die Sachkosten mit bis zu 20.000 EUR im Jahr; "
                                        "der Eigenanteil ist im Haushalt veranschlagt.")}]
    out += [{"fett": "Anlagen:"}, {"liste": p.get("anlagen", [("Konzept Kommunales "
                                                             "Integrationsmanagement"),
                                                             "Bewilligungsbescheid"])}]
    if form != "ris":
        out.append({"p": f"gez. {k['chef']}"})
    return out


BUILDERS = {"antrag_formular": antrag_formular, "antrag_brief": antrag_brief,
            "jahresbericht": jahresbericht, "bescheid": bescheid, "vorlage": vorlage}


def kopfzeile(e) -> str:
    k = KOMMUNEN[e.parameter["kommune"]]
    if e.art == "vorlage":
        return f"Ratsinformationssystem {k['ort']} · Vorlage {e.parameter.get('nummer', '')}"
    if e.art == "bescheid":
        return "MFFKI Rheinland-Pfalz · e-Akte · Ausfertigung"
    return f"{k['verw']} · Förderportal · Druckansicht"
