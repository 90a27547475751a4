"""Contents of the thirty-sixth held-out corpus (manifest_blind36.yaml, issue 19, item 4).

How it was written: from the guideline data and its rule page (kim-rlp-2025.yaml/.md), the list
of Kommunen, /work/shared/fachwissen.md, the Koblenz Unterrichtungsvorlage in /work/shared/quellen
and the build script bauen.py alone. The author had not seen the checker's fact layer, readers,
rules, tests or any earlier corpus, and fixed every expectation in the manifest before the
checker ever ran on these documents (it was never run by the author).

What is new (the angle of this round): documents of the kreisfreie Städte and their
administrations – city letterheads with Dezernat and numbered Amt ("50 – Amt für Soziales und
Wohnen"), Oberbürgermeister/Bürgermeisterin signatures with "gez." or "i. A.", Teilhaushalte and
Produktkonten in the cost plan, staff in the city's own job titles ("Sachbearbeiterin
Integrationsmanagement", "Koordinator Integration"), Stadtrat and Hauptausschuss Vorlagen from a
council information system or from Word, the ministry's Bescheide to cities, and applications of
cities that are NOT eligible (große kreisangehörige Stadt, verbandsfreie Gemeinde) written just as
convincingly as those of kreisfreie Städte.

Every figure the expectation depends on comes from the manifest entry's parameters.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

KOMMUNEN = {
    "ludwigshafen": dict(name="Stadt Ludwigshafen am Rhein", kurz="Ludwigshafen am Rhein",
                         anschrift="Rathausplatz 20, 67059 Ludwigshafen am Rhein", gs="07314000",
                         dezernat="Dezernat 4 – Soziales, Integration und Wohnen",
                         amt="50 – Bereich Soziales und Integration", ort="Ludwigshafen am Rhein",
                         vg="Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, 67433 Neustadt an der Weinstraße",
                         spitze="Oberbürgermeisterin", chef="Dr. Katrin Haberl"),
    "mainz": dict(name="Landeshauptstadt Mainz", kurz="Mainz", anschrift="Jockel-Fuchs-Platz 1, 55116 Mainz",
                  gs="07315000", dezernat="Dezernat III – Soziales, Kinder, Jugend, Schule und Gesundheit",
                  amt="50 – Amt für Soziale Leistungen", ort="Mainz",
                  vg="Verwaltungsgericht Mainz, Ernst-Ludwig-Straße 9, 55116 Mainz",
                  spitze="Oberbürgermeister", chef="Bernd Velten"),
    "trier": dict(name="Stadt Trier", kurz="Trier", anschrift="Am Augustinerhof, 54290 Trier", gs="07211000",
                  dezernat="Dezernat II", amt="50 – Amt für Soziales und Wohnen", ort="Trier",
                  vg="Verwaltungsgericht Trier, Egbertstraße 20a, 54295 Trier",
                  spitze="Oberbürgermeister", chef="Wolfram Leis"),
    "kaiserslautern": dict(name="Stadt Kaiserslautern", kurz="Kaiserslautern",
                           anschrift="Willy-Brandt-Platz 1, 67657 Kaiserslautern", gs="07312000",
                           dezernat="Dezernat III", amt="Referat Soziales (50)", ort="Kaiserslautern",
                           vg="Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, 67433 Neustadt an der Weinstraße",
                           spitze="Oberbürgermeisterin", chef="Sabine Kettering"),
    "koblenz": dict(name="Stadt Koblenz", kurz="Koblenz", anschrift="Willi-Hörter-Platz 1, 56068 Koblenz",
                    gs="07111000", dezernat="Dezernat 2", amt="50 – Amt für Jugend, Familie, Senioren und Soziales",
                    ort="Koblenz", vg="Verwaltungsgericht Koblenz, Deinhardpassage 1, 56068 Koblenz",
                    spitze="Oberbürgermeister", chef="Thomas Reimer"),
    "worms": dict(name="Stadt Worms", kurz="Worms", anschrift="Marktplatz 2, 67547 Worms", gs="07319000",
                  dezernat="Dezernat IV", amt="Bereich 5 – Soziales, Jugend und Wohnen", ort="Worms",
                  vg="Verwaltungsgericht Mainz, Ernst-Ludwig-Straße 9, 55116 Mainz",
                  spitze="Oberbürgermeister", chef="Jens Adler"),
    "speyer": dict(name="Stadt Speyer", kurz="Speyer", anschrift="Maximilianstraße 100, 67346 Speyer",
                   gs="07318000", dezernat="Dezernat II", amt="FB 4 – Jugend, Familie, Senioren und Soziales",
                   ort="Speyer", vg="Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, 67433 Neustadt an der Weinstraße",
                   spitze="Oberbürgermeisterin", chef="Martina Seilheimer"),
    "landau": dict(name="Stadt Landau in der Pfalz", kurz="Landau in der Pfalz",
                   anschrift="Marktstraße 50, 76829 Landau in der Pfalz", gs="07313000",
                   dezernat="Dezernat II", amt="Amt 50 – Soziales und Integration", ort="Landau in der Pfalz",
                   vg="Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, 67433 Neustadt an der Weinstraße",
                   spitze="Oberbürgermeister", chef="Dominik Gerhardt"),
    "neustadt": dict(name="Stadt Neustadt an der Weinstraße", kurz="Neustadt an der Weinstraße",
                     anschrift="Marktplatz 1, 67433 Neustadt an der Weinstraße", gs="07316000",
                     dezernat="Dezernat I", amt="Abteilung 510 – Soziales und Integration",
                     ort="Neustadt an der Weinstraße",
                     vg="Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, 67433 Neustadt an der Weinstraße",
                     spitze="Oberbürgermeister", chef="Markus Wendling"),
    "pirmasens": dict(name="Stadt Pirmasens", kurz="Pirmasens", anschrift="Exerzierplatzstraße 17, 66953 Pirmasens",
                      gs="07317000", dezernat="Geschäftsbereich 3", amt="Amt 50 – Soziales",
                      ort="Pirmasens", vg="Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, 67433 Neustadt an der Weinstraße",
                      spitze="Oberbürgermeister", chef="Frank Zimmer"),
    "frankenthal": dict(name="Stadt Frankenthal (Pfalz)", kurz="Frankenthal (Pfalz)",
                        anschrift="Rathausplatz 2-7, 67227 Frankenthal (Pfalz)", gs="07311000",
                        dezernat="Dezernat II", amt="Bereich 5 – Soziales und Integration", ort="Frankenthal (Pfalz)",
                        vg="Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, 67433 Neustadt an der Weinstraße",
                        spitze="Oberbürgermeisterin", chef="Nicole Brenner"),
    "zweibruecken": dict(name="Stadt Zweibrücken", kurz="Zweibrücken", anschrift="Herzogstraße 1, 66482 Zweibrücken",
                         gs="07320000", dezernat="Dezernat 2", amt="Amt 50 – Amt für Soziales und Senioren",
                         ort="Zweibrücken", vg="Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, 67433 Neustadt an der Weinstraße",
                         spitze="Oberbürgermeister", chef="Marold Wosnitza"),
    # not eligible: große kreisangehörige Stadt and verbandsfreie Gemeinde
    "andernach": dict(name="Stadt Andernach (große kreisangehörige Stadt, Landkreis Mayen-Koblenz)",
                      kurz="Andernach", anschrift="Läufstraße 11, 56626 Andernach", gs="07137003",
                      dezernat="Dezernat II", amt="Amt 50 – Soziales, Jugend und Integration", ort="Andernach",
                      vg="", spitze="Oberbürgermeister", chef="Christian Greiner"),
    "hassloch": dict(name="Gemeinde Haßloch (verbandsfreie Gemeinde, Landkreis Bad Dürkheim)",
                     kurz="Haßloch", anschrift="Rathausplatz 1, 67454 Haßloch", gs="07332024",
                     dezernat="Fachbereich 2 – Bürgerdienste und Soziales", amt="Abteilung Soziales und Integration",
                     ort="Haßloch", vg="", spitze="Bürgermeister", chef="Tobias Meyer"),
}

MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
MON_KURZ = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]


def _datum(text: str, stil: str = "punkt") -> str:
    d = date.fromisoformat(str(text))
    return {"punkt": f"{d:%d.%m.%Y}", "kurz": f"{d:%d.%m.%y}", "iso": d.isoformat(),
            "lang": f"{d.day}. {MONATE[d.month - 1]} {d.year}",
            "monat": f"{MON_KURZ[d.month - 1]} {d.year}"}[stil]


def _zahl(x: Decimal, nachkomma: bool) -> str:
    q = x.quantize(Decimal("0.01"), ROUND_HALF_UP)
    ganz, _, rest = f"{q:.2f}".partition(".")
    ganz = f"{int(ganz):,}".replace(",", ".")
    return f"{ganz},{rest}" if nachkomma or rest != "00" else ganz


def geld(wert, stil: str) -> str:
    x = Decimal(str(wert))
    if stil == "eur2":
        return f"{_zahl(x, True)} €"
    if stil == "eur":
        return f"{_zahl(x, False)} EUR"
    if stil == "eurstrich":
        z = _zahl(x, False)
        return f"EUR {z}" + ("" if "," in z else ",-")
    if stil == "strich":
        z = _zahl(x, False)
        return z if "," in z else f"{z},--"
    if stil in ("teur", "tsd"):
        t = (x / 1000).quantize(Decimal("0.01"), ROUND_HALF_UP).normalize()
        z = f"{t:f}".replace(".", ",")
        return f"{z} T€" if stil == "teur" else f"{z} Tsd. EUR"
    return _zahl(x, False)  # bare, under a header "in EUR"


def _kopf(k: dict, zeilen: list[str]) -> list[dict]:
    return [{"briefkopf": [k["name"].split(" (")[0] + " · " + k["dezernat"], k["amt"],
                           k["anschrift"], *zeilen]}]


def _stellen(p: dict) -> list[dict]:
    st = p["stellen"]
    if p.get("stellen_form") == "prosa":
        return [{"p": s["text"]} for s in st]
    kopf = p.get("stellen_kopf", ["Name / Funktion (Entgeltgruppe)", "Stellenumfang", "von", "bis"])
    rows = [kopf] + [[s.get("name", "N. N.") + ", " + s.get("titel", "")
                      + (f" ({s['eg']})" if s.get("eg") else ""), s["umfang"],
                      s.get("von", ""), s.get("bis", "")] for s in st]
    out = [{"tabelle": rows}]
    if p.get("stellen_hinweis"):
        out.append({"p": p["stellen_hinweis"]})
    return out


def _plan(p: dict) -> list[dict]:
    pl, g = p["plan"], p.get("geld", "eur2")
    jahre = pl["jahre"]
    n = len(jahre)
    pk, sk = pl["pk"], pl["sk"]
    pk_kosten = pl.get("pk_kosten", pk)
    sk_posten = pl.get("sk_posten")  # per year: list of [label, amount]
    sk_kosten = [sum(Decimal(str(a)) for _, a in sk_posten[i]) for i in range(n)] if sk_posten \
        else pl.get("sk_kosten", sk)
    f = (lambda v: geld(v, g))
    D = (lambda v: Decimal(str(v)))
    if pl.get("layout") == "zeilen":
        rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Summe"]]
        for i, j in enumerate(jahre):
            rows.append([str(j), f(pk[i]), f(sk[i]), f(D(pk[i]) + D(sk[i]))])
        rows.append(["Gesamt", f(sum(map(D, pk))), f(sum(map(D, sk))),
                     f(pl.get("summe_falsch", sum(map(D, pk)) + sum(map(D, sk))))])
        out = [{"p": pl.get("vorspann", "Beantragte Zuwendung je Haushaltsjahr"
                            + (" (Beträge in EUR):" if g == "bare" else ":"))}, {"tabelle": rows}]
        return out
    kopf = ["Ausgaben" + (" (in EUR)" if g == "bare" else "")] + [str(j) for j in jahre]
    if n > 1:
        kopf.append("Gesamt")

    def zeile(label, werte):
        werte = [D(w) for w in werte]
        return [label] + [f(w) for w in werte] + ([f(sum(werte))] if n > 1 else [])

    rows = [kopf, zeile(pl.get("pk_label", "Personalkosten Integrationsmanagement"), pk_kosten)]
    if sk_posten:
        for k, (label, _) in enumerate(sk_posten[0]):
            rows.append(zeile(label, [sk_posten[i][k][1] for i in range(n)]))
        rows.append(zeile("Zwischensumme Sachkosten", sk_kosten))
    else:
        rows.append(zeile(pl.get("sk_label", "Sachkosten"), sk_kosten))
    ges = [D(a) + D(b) for a, b in zip(pk_kosten, sk_kosten)]
    rows.append(zeile("Gesamtausgaben", ges))
    fin = [["Finanzierung" + (" (in EUR)" if g == "bare" else "")] + rows[0][1:],
           zeile("beantragte Zuwendung Land – Personalkosten", pk),
           zeile("beantragte Zuwendung Land – Sachkosten", sk)]
    eigen = [g_ - D(a) - D(b) for g_, a, b in zip(ges, pk, sk)]
    if any(eigen):
        fin.append(zeile(pl.get("eigen_label", "Eigenmittel der Stadt"), eigen))
    fin.append(zeile("Gesamtfinanzierung", ges))
    if "summe_falsch" in pl:  # a typed total that does not add up: [row, column, amount]
        r, c, v = pl["summe_falsch"]
        rows[r][c] = f(v)
    out = [{"tabelle": rows}, {"tabelle": fin}]
    if pl.get("nachsatz"):
        out.append({"p": pl["nachsatz"]})
    return out


def _h(p: dict, text: str, nummer: int) -> dict:
    return {"h1": f"{nummer}. {text}" if p.get("nummern") else text}


def antrag(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    ds = p.get("datum_stil", "punkt")
    von, bis = p["zeitraum"]
    zs = p.get("zeitraum_stil", ds)
    out = _kopf(k, [f"Aktenzeichen: {p.get('az', '50.3-KIM')}", p.get("kontaktzeile", "")])
    if p.get("empfaenger", True):
        out += [{"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz"},
                {"p": "Referat Integration – Kommunales Integrationsmanagement"},
                {"p": "Kaiser-Friedrich-Straße 5a, 55116 Mainz"}]
    out.append({"rechts": f"{k['ort']}, {_datum(p['datum'], ds)}"})
    out.append({"titel": p.get("titel", "Antrag auf Gewährung einer Zuwendung nach dem Förderprogramm "
                                        "„Kommunales Integrationsmanagement“ (KIM)")})
    if p.get("einleitung"):
        out.append({"p": p["einleitung"]})
    h = p.get("ueberschriften", {})
    n = 0

    def sec(key, default):
        nonlocal n
        n += 1
        return _h(p, h.get(key, default), n)

    if p.get("stil") == "formular":
        out += [sec("antragsteller", "Antragsteller"),
                {"formular": [["Antragstellende Gebietskörperschaft", k["name"]],
                              ["Anschrift", k["anschrift"]], ["Gemeindeschlüssel", k["gs"]],
                              ["Art der Gebietskörperschaft", p.get("art_text", "☒ kreisfreie Stadt   ☐ Landkreis")],
                              ["Vertreten durch", f"{k['spitze']} {k['chef']}"]]}]
    else:
        out += [sec("antragsteller", "Antragsteller"),
                {"p": f"{k['name']}, {k['anschrift']}, Gemeindeschlüssel {k['gs']}, vertreten durch "
                      f"{'die' if k['spitze'].endswith('in') else 'den'} {k['spitze']} {k['chef']}."}]
        if p.get("antragsteller_zusatz"):
            out.append({"p": p["antragsteller_zusatz"]})
    slug = k["kurz"].split(" ")[0].lower().replace("ü", "ue").replace("ß", "ss")
    ap = p.get("ansprechperson", ["Frau Lea Brandstätter", f"Sachgebietsleitung Integration, {k['amt']}",
                                  "Durchwahl -3391", f"integration@{slug}.example"])
    out += [sec("ansprechperson", "Ansprechperson"),
            {"formular": [["Name", ap[0]], ["Funktion", ap[1]], ["Telefon", ap[2]], ["E-Mail", ap[3]]]}]
    out += [sec("stellen", "Stelle und Personal")] + _stellen(p)
    out += [sec("anbindung", "Organisatorische Anbindung"),
            {"p": p.get("anbindung", f"Die Stelle ist in der Stadtverwaltung angesiedelt: {k['dezernat']}, "
                                     f"{k['amt']}, Sachgebiet Integration. Dienst- und Fachaufsicht liegen "
                                     "bei der Amtsleitung.")}]
    out += [sec("aufgaben", "Aufgaben und Schwerpunkte"),
            {"liste": p.get("aufgaben", [
                "Bestandsaufnahme der Integrationsangebote im Stadtgebiet und Identifikation von Lücken",
                "Aufbau und Moderation einer ämterübergreifenden Steuerungsgruppe Integration",
                "Vernetzung mit Migrantenorganisationen, Trägern und Jobcenter",
                "Koordinierung der Zusammenarbeit im Einzelfall (Fallkonferenzen)",
                "Berichterstattung an das MFFKI und Mitwirkung an der Evaluation"])}]
    out += [sec("konzept", "Integrationskonzept"),
            {"p": p.get("konzept", "Der Stadtrat hat das Integrationskonzept der Stadt 2019 beschlossen; die "
                                   "Fortschreibung ist für 2026/2027 vorgesehen.")}]
    out += [sec("plan", "Finanzierungsplan")]
    if p.get("plan_vorspann"):
        out.append({"p": p["plan_vorspann"]})
    out += _plan(p)
    out += [sec("zeitraum", "Förderzeitraum"),
            {"p": p.get("zeitraum_text", "Die Förderung wird beantragt für den Zeitraum vom {von} bis {bis}.")
             .format(von=_datum(von, zs), bis=_datum(bis, zs))}]
    erk = p.get("erklaerungen", [
        [True, "Für die beantragte Maßnahme wurden keine weiteren Fördermittel beantragt oder bewilligt "
               "(keine Doppelförderung)."],
        [True, "Mit der Maßnahme wurde vor Bekanntgabe des Bewilligungsbescheids nicht begonnen."],
        [True, "Die Angaben in diesem Antrag sind vollständig und richtig."]])
    out.append(sec("erklaerungen", "Erklärungen"))
    if p.get("stil") == "formular":
        out.append({"formular": [["☒" if t else "☐", text] for t, text in erk]})
    else:
        out.append({"p": "Die Stadt erklärt:"})
        out.append({"liste": [text for _, text in erk]})
    if p.get("anlagen"):
        out += [{"fett": "Anlagen"}, {"liste": p["anlagen"]}]
    if p.get("unterschrift", True):
        out.append(sec("unterschrift", "Ort, Datum, Unterschrift"))
        out.append({"p": f"{k['ort']}, {_datum(p['datum'], ds)}"})
        u = p.get("unterzeichnung", ["gez.", k["chef"], k["spitze"]])
        out += [{"p": line} for line in u]
    out.append({"fusszeile": [f"{k['name'].split(' (')[0]} – KIM-Antrag – Seite #"]})
    return out


DEFAULT_TEILE = {
    "personal": "Personelle Besetzung",
    "infrastruktur": "Bestandsaufnahme der Integrationsinfrastruktur",
    "vernetzung": "Vernetzung in der Kommune",
    "interkommunal": "Interkommunaler Austausch",
    "oeffentlichkeit": "Öffentlichkeitsarbeit",
    "land": "Kooperation mit dem Land",
    "konzept": "Stand des Integrationskonzepts",
    "mittel": "Mittelverwendung",
    "ausblick": "Ausblick",
}

TEXTE = {
    "infrastruktur": "Die Bestandsaufnahme der Integrationsangebote im Stadtgebiet wurde abgeschlossen: "
                     "{n} Sprachkursangebote, vier Migrationsberatungsstellen und zwölf Angebote der "
                     "Jugendmigrationsarbeit. Als Lücken wurden Kinderbetreuung während der Sprachkurse und "
                     "aufsuchende Beratung in zwei Stadtteilen erkannt; daraus ergeben sich die Handlungsfelder "
                     "Sprache, Arbeit und Wohnen.",
    "vernetzung": "Die ämterübergreifende Steuerungsgruppe Integration (Sozialamt, Jugendamt, "
                  "Ausländerbehörde, Jobcenter) tagte viermal. Das Netzwerk der Träger trifft sich im "
                  "Arbeitskreis Migration jeden zweiten Monat; der Beirat für Migration und Integration wurde "
                  "zweimal unterrichtet.",
    "interkommunal": "Mit den Integrationsmanagerinnen und -managern der Nachbarkommunen findet ein "
                     "vierteljährlicher Austausch statt; gemeinsame Fortbildungen wurden mit zwei anderen "
                     "kreisfreien Städten organisiert.",
    "oeffentlichkeit": "Das Integrationsmanagement wurde in der Tageszeitung, auf der Internetseite der Stadt "
                       "und mit einem mehrsprachigen Flyer vorgestellt; zur Interkulturellen Woche gab es einen "
                       "Infostand auf dem Wochenmarkt.",
    "land": "Das Integrationsmanagement nahm an den Jour-fixe-Terminen des MFFKI und an zwei Fachtagen "
            "der DBKI teil; der Fragebogen des Fachreferats wurde ausgefüllt.",
    "konzept": "Das Integrationskonzept der Stadt aus dem Jahr 2019 wird fortgeschrieben; die Entwurfsfassung "
               "soll dem Stadtrat im kommenden Jahr vorgelegt werden.",
    "ausblick": "Im kommenden Jahr sind die Fortschreibung des Integrationskonzepts, ein Fachtag mit den Trägern "
                "und der Ausbau der Fallkonferenzen geplant.",
}


def jahresbericht(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    ds, g, j = p.get("datum_stil", "punkt"), p.get("geld", "eur2"), p["jahr"]
    teile = {**DEFAULT_TEILE, **p.get("ueberschriften", {})}
    texte = {**TEXTE, **p.get("texte", {})}
    out = _kopf(k, [f"Az.: {p.get('az', '50/KIM')}"])
    out.append({"rechts": f"{k['ort']}, {_datum(p['datum'], ds)}"})
    out.append({"titel": p.get("titel", f"Jahresbericht {j} – Kommunales Integrationsmanagement {k['kurz']}")})
    out.append({"p": p.get("einleitung", f"Berichtszeitraum: 01.01.{j} bis 31.12.{j}. Der Bericht wird dem "
                                         "Ministerium für Familie, Frauen, Kultur und Integration (MFFKI) "
                                         "nach Nr. 5 des Konzepts vorgelegt.")})
    n = 0
    for key in p.get("reihenfolge", list(DEFAULT_TEILE)):
        if teile.get(key) is None:
            continue
        n += 1
        out.append(_h(p, teile[key], n))
        if key == "personal":
            out += _stellen(p)
        elif key == "mittel":
            out += _mittel(p, g, j)
        else:
            out.append({"p": texte[key].format(n=p.get("sprachkurse", 9))})
    anl = p.get("anlagen", ["Ausgefüllter Fragebogen des MFFKI zur Evaluierung des KIM",
                            "Übersicht der Netzwerktermine"])
    if anl:
        out += [{"fett": "Anlagen"}, {"liste": anl}]
    if p.get("nachsatz"):
        out.append({"p": p["nachsatz"]})
    u = p.get("unterzeichnung", ["Im Auftrag", "gez. " + p.get("verfasser", "Miriam Okafor"),
                                 p.get("verfasser_funktion", f"Amtsleitung {k['amt']}")])
    out += [{"p": line} for line in u]
    out.append({"fusszeile": [f"Jahresbericht KIM {j} – Seite #"]})
    return out


def _mittel(p: dict, g: str, j: int) -> list[dict]:
    m = p["mittel"]
    f = (lambda v: geld(v, g))
    rows = [["Kostenart" + (" (in EUR)" if g == "bare" else ""), f"bewilligt {j}", f"verausgabt {j}"]]
    posten = m.get("sk_posten")
    rows.append([m.get("pk_label", "Personalkosten"), f(m["pk_bew"]), f(m["pk_ist"])])
    if posten:
        rows.append(["Sachkosten, davon:", "", ""])
        rows += [[f"– {label}", "", f(v)] for label, v in posten]
        sk_ist = sum(Decimal(str(v)) for _, v in posten)
        rows.append(["Zwischensumme Sachkosten", f(m["sk_bew"]), f(sk_ist)])
    else:
        sk_ist = Decimal(str(m["sk_ist"]))
        rows.append(["Sachkosten", f(m["sk_bew"]), f(sk_ist)])
    summe = m.get("summe_ist", Decimal(str(m["pk_ist"])) + sk_ist)
    rows.append(["Summe", f(Decimal(str(m["pk_bew"])) + Decimal(str(m["sk_bew"]))), f(summe)])
    out = [{"p": m.get("vorspann", f"Mit Bescheid des MFFKI wurden für {j} Mittel bewilligt; verausgabt "
                                  "wurden bis zum Berichtsdatum (Hochrechnung zum 31.12.):")},
           {"tabelle": rows}]
    if m.get("nachsatz"):
        out.append({"p": m["nachsatz"]})
    return out


def bescheid(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    ds, g = p.get("datum_stil", "punkt"), p.get("geld", "eur2")
    von, bis = p["zeitraum"]
    f = (lambda v: geld(v, g))
    out = [{"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
                          "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]},
           {"p": f"{k['name']}"}, {"p": f"{'Frau Oberbürgermeisterin' if k['spitze'].endswith('in') else 'Herrn Oberbürgermeister'} {k['chef']}"},
           {"p": k["anschrift"]},
           {"formular": [["Mein Aktenzeichen", p.get("az", "725-0012#2026/0031-0701")],
                         ["Ihr Antrag vom", _datum(p["antrag_datum"], ds)],
                         ["Datum", _datum(p["datum"], ds)]]},
           {"titel": p.get("titel", "Zuwendungsbescheid – Kommunales Integrationsmanagement (KIM)")},
           {"p": f"Sehr geehrte{' Frau Oberbürgermeisterin' if k['spitze'].endswith('in') else 'r Herr Oberbürgermeister'},"}]
    h = p.get("ueberschriften", {})
    jahre = p["jahre"]
    n = 0

    def sec(key, default):
        nonlocal n
        n += 1
        return _h(p, h.get(key, default), n)

    rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Zuwendung gesamt"]]
    for row in jahre:
        rows.append([str(row[0]), f(row[1]), f(row[2]), f(Decimal(str(row[1])) + Decimal(str(row[2])))])
    if len(jahre) > 1:
        tp = sum(Decimal(str(r[1])) for r in jahre)
        ts = sum(Decimal(str(r[2])) for r in jahre)
        rows.append(["Summe", f(tp), f(ts), f(p.get("summe_falsch", tp + ts))])
    out += [sec("bewilligung", "Bewilligung"),
            {"p": f"auf Ihren Antrag vom {_datum(p['antrag_datum'], ds)} bewillige ich der {k['name']} für das "
                  f"Kommunale Integrationsmanagement ({p['vzae_text']}) für den Bewilligungszeitraum vom "
                  f"{_datum(von, ds)} bis {_datum(bis, ds)} eine Zuwendung in folgender Höhe:"},
            {"tabelle": rows}]
    out += [sec("finanzierung", "Finanzierungsart und zuwendungsfähige Ausgaben"),
            {"p": "Die Zuwendung wird als Festbetragsfinanzierung in Form einer Zuweisung gewährt. Die Beträge je "
                  "Haushaltsjahr und Kostenart sind zugleich Höchstbeträge. Zuwendungsfähig sind die "
                  "Personalausgaben der Integrationsmanagerin bzw. des Integrationsmanagers und Sachausgaben; "
                  "Overheadkosten sind nicht zuwendungsfähig."}]
    out += [sec("auszahlung", "Auszahlung"),
            {"p": "Die Zuwendung wird auf Anforderung (Mittelabruf) in Teilbeträgen ausgezahlt, soweit sie "
                  "innerhalb von zwei Monaten nach der Auszahlung für fällige Zahlungen benötigt wird."}]
    out += [sec("bericht", "Jahresbericht und Verwendungsnachweis"),
            {"p": "Bis zum 15. Dezember eines jeden Jahres ist ein Jahresbericht mit dem ausgefüllten Fragebogen "
                  "des Fachreferats vorzulegen. Der Verwendungsnachweis ist innerhalb von sechs Monaten nach "
                  "Ablauf des Bewilligungszeitraums vorzulegen."}]
    out += [sec("nebenbestimmungen", "Nebenbestimmungen"),
            {"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an kommunale "
                  "Körperschaften (ANBest-K) in der am Tag dieses Bescheids geltenden Fassung sind Bestandteil "
                  "dieses Bescheids. Auf die Erstattung und Verzinsung nach § 49a VwVfG wird hingewiesen."}]
    if p.get("bedingung"):
        out.append({"p": p["bedingung"]})
    if p.get("begruendung", True):
        out += [sec("begruendung", "Begründung"),
                {"p": "Die Zuwendung beruht auf § 44 LHO und dem Konzept Kommunales Integrationsmanagement. Die "
                      "Stadt ist als kreisfreie Stadt antragsberechtigt; die Voraussetzungen liegen vor. Im "
                      "Rahmen des pflichtgemäßen Ermessens und der verfügbaren Haushaltsmittel wird die "
                      "Zuwendung in der beantragten Höhe gewährt."}]
    rbb = p.get("rbb", "richtig")
    out.append(sec("rbb", "Rechtsbehelfsbelehrung"))
    if rbb == "widerspruch":
        out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben "
                         "werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Ministerium für "
                         "Familie, Frauen, Kultur und Integration, Kaiser-Friedrich-Straße 5a, 55116 Mainz, "
                         "einzulegen."})
    else:
        gericht = p.get("gericht", k["vg"])
        out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage bei dem "
                         f"{gericht}, schriftlich, in elektronischer Form oder zur Niederschrift des "
                         "Urkundsbeamten der Geschäftsstelle erhoben werden."})
    z = p.get("zeichnung", ["Mit freundlichen Grüßen", "Im Auftrag", "Dr. Henrike Vollrath"])
    out += [{"p": line} for line in z]
    out.append({"fusszeile": ["MFFKI Rheinland-Pfalz · Seite #"]})
    return out


VTEXTE = dict({
    "hintergrund": "Das Land Rheinland-Pfalz fördert seit dem 11.08.2025 mit dem Programm „Kommunales "
                   "Integrationsmanagement“ (KIM) in den 36 Landkreisen und kreisfreien Städten je eine Stelle "
                   "mit bis zu einem Vollzeitäquivalent (bis zu 60.000 Euro Personalkosten und 20.000 Euro "
                   "Sachkosten im Jahr). Grundlage ist die Kooperationsstrategie „Kommunen und Land gemeinsam für "
                   "Integration“.",
    "umsetzung": "Die Dialog- und Beratungsstelle Kommunale Integration (DBKI) begleitet die Kommunen; das "
                 "Ministerium lädt regelmäßig zu einem Jour fixe ein. Die Integrationsmanagerinnen und -manager "
                 "erstellen eine Bestandsaufnahme, bauen Steuerungsgremien auf und berichten jährlich bis zum 15.12.",
    "sachstand": "Antragstellung der Stadt {stadt}: {antrag}; {bewilligung}. {stelle}",
})


def vorlage(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    ds = p.get("datum_stil", "punkt")
    out = [{"briefkopf": [k["name"], p.get("vorlagenart", "Unterrichtungsvorlage")]}]
    kopf = [["Vorlage-Nr.", p["nummer"]], ["Datum", _datum(p["datum"], ds)], ["Dezernat", k["dezernat"]],
            ["Federführung", k["amt"]], ["Aktenzeichen", p.get("az", "50-13/KIM")]]
    if p.get("betreff", True):
        kopf.append([p.get("betreff_label", "Betreff"), p.get("betreff_text",
                     "Kommunales Integrationsmanagement (KIM) – Sachstand und weiteres Vorgehen")])
    out.append({"formular": kopf})
    if p.get("gremien"):
        out.append({"fett": p.get("gremien_label", "Beratungsfolge")})
        out.append({"tabelle": [["Datum", "Gremium", "Zuständigkeit", "Status"]]
                    + [[_datum(d, ds), gr, z, "öffentlich"] for d, gr, z in p["gremien"]]})
    if p.get("beschlussvorschlag"):
        out += [{"h1": "Beschlussvorschlag"}, {"p": p["beschlussvorschlag"]}]
    teile = p["teile"]  # list of [heading, text]
    for heading, text in teile:
        out.append({"h1": heading})
        out.append({"p": VTEXTE.get(text, text).format(stadt=k["kurz"], **p.get("fakten", {}))})
    if p.get("finanzen"):
        out += [{"h2": "Finanzielle Auswirkungen"}, {"p": p["finanzen"]}]
    if p.get("anlagen"):
        out += [{"h2": "Anlagen"}, {"liste": p["anlagen"]}]
    u = p.get("unterzeichnung", [k["chef"], k["spitze"]])
    out += [{"p": line} for line in u]
    return out


BUILDERS = {"antrag": antrag, "jahresbericht": jahresbericht, "bescheid": bescheid, "vorlage": vorlage}


def kopfzeile(e) -> str:
    k = KOMMUNEN.get(e.parameter.get("kommune", ""), {"kurz": "Rheinland-Pfalz"})
    if e.art == "bescheid":
        return "MFFKI Rheinland-Pfalz · Zuwendungsbescheid · Druckansicht"
    if e.art != "vorlage":
        return f"{k['kurz']} · E-Akte · Druckansicht"
    return f"Bürgerinformationssystem {k['kurz']} · {e.parameter.get('nummer', 'Dokument')}"
