"""Contents of the twenty-ninth held-out corpus (manifest_blind29.yaml), issue 19, item 4.

How it was written: from the guideline alone (kim-rlp-2025.yaml and its rule page), the list of
Kommunen, /work/shared/fachwissen.md, the Koblenz Unterrichtungsvorlage (quellen/003) and the
build script bauen.py. The author had not seen the checker's fact layer, its readers, rules or
checks, nor any earlier corpus; every expectation in the manifest was written down (with the
arithmetic in its `notiz`) before the checker ever ran on these documents.

What is new in this round: documents as other software and offices put them out –
- printouts of an online application portal: field numbers ("3.2 Stellenumfang"), label/value
  tables, "Ja"/"Nein" answers instead of boxes, "—" for an empty field, ISO dates, a portal
  header line with a Vorgangsnummer;
- Anträge pasted into an e-mail and printed with the mail header (Von/Gesendet/An/Betreff);
- letters of Kreisverwaltungen, of a große kreisangehörige Stadt and of a Verbandsgemeinde
  (not eligible), and of Kreise whose seat is in such a town (eligible);
- ministry Bescheide in an older template (arabic numbers, "Gründe", "Rechtsmittelbelehrung",
  "In Vertretung") and a newer one (roman numbers, "Im Auftrag", e-Akte Aktenzeichen);
- council-system exports of Vorlagen with a metadata block (Vorlage-Nr., Vorlageart, Status,
  Federführung) and a Beratungsfolge table;
- Jahresberichte on a Kreis' fixed reporting template ("Teil A – Personelle Besetzung" …) or
  on a city template with numbered parts in its own words.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

# --- Kommunen (fictitious people, real places) ------------------------------------------------

_VG = {
    "Koblenz": "Verwaltungsgericht Koblenz, Deinhardpassage 1, 56068 Koblenz",
    "Mainz": "Verwaltungsgericht Mainz, Ernst-Ludwig-Straße 9, 55116 Mainz",
    "Neustadt": "Verwaltungsgericht Neustadt an der Weinstraße, Robert-Stolz-Straße 20, "
                "67433 Neustadt an der Weinstraße",
    "Trier": "Verwaltungsgericht Trier, Egbertstraße 20a, 54295 Trier",
}


def _k(name, art, verwaltung, strasse, ort, schluessel, vg, chef, amt, ansprech, tel, mail,
       gremium="Kreisausschuss"):
    return dict(name=name, art=art, verwaltung=verwaltung, strasse=strasse, ort=ort,
                schluessel=schluessel, vg=vg, chef=chef, amt=amt, ansprech=ansprech, tel=tel,
                mail=mail, gremium=gremium, stadt=ort.split(" ", 1)[1])


KOMMUNEN = {
    "kusel": _k("Landkreis Kusel", "Landkreis", "Kreisverwaltung Kusel", "Trierer Straße 49-51",
                "66869 Kusel", "07336", "Neustadt", "Landrat Markus Dehlinger",
                "Abteilung 4 – Jugend, Familie und Soziales, Referat Migration",
                "Frau Carina Stoll", "06381 424-318", "carina.stoll@kv-kus.de"),
    "vulkaneifel": _k("Landkreis Vulkaneifel", "Landkreis", "Kreisverwaltung Vulkaneifel",
                      "Mainzer Straße 25", "54550 Daun", "07233", "Trier",
                      "Landrätin Dr. Sabine Bläser",
                      "Abteilung 5 – Soziales, Sachgebiet Integration", "Herr Tobias Merten",
                      "06592 933-450", "t.merten@vulkaneifel.de"),
    "wirges": _k("Verbandsgemeinde Wirges", "Verbandsgemeinde", "Verbandsgemeindeverwaltung Wirges",
                 "Bahnhofstraße 10", "56422 Wirges", "", "Koblenz",
                 "Bürgermeister Frank Lehnert", "Fachbereich 2 – Bürgerdienste und Soziales",
                 "Frau Melanie Kraus", "02602 689-221", "m.kraus@vg-wirges.de",
                 gremium="Verbandsgemeinderat"),
    "altenkirchen": _k("Landkreis Altenkirchen (Westerwald)", "Landkreis",
                       "Kreisverwaltung Altenkirchen", "Parkstraße 1", "57610 Altenkirchen",
                       "07132", "Koblenz", "Landrat Dr. Peter Enders",
                       "Referat 2.4 – Migration und Integration", "Frau Petra Klein",
                       "02681 81-2471", "petra.klein@kreis-ak.de"),
    "rheinlahn": _k("Rhein-Lahn-Kreis", "Landkreis", "Kreisverwaltung des Rhein-Lahn-Kreises",
                    "Insel Silberau 1", "56130 Bad Ems", "07141", "Koblenz",
                    "Landrat Jörg Denninghoff", "Fachbereich 3 – Soziales, Integration",
                    "Herr Daniel Roos", "02603 972-315", "daniel.roos@rhein-lahn.rlp.de"),
    "suew": _k("Landkreis Südliche Weinstraße", "Landkreis",
               "Kreisverwaltung Südliche Weinstraße", "Arzheimer Straße 1", "76829 Landau",
               "07337", "Neustadt", "Landrat Dietmar Seefeldt",
               "Abteilung 3 – Soziales, Integrationsbüro", "Frau Aylin Demir",
               "06341 940-372", "aylin.demir@suedliche-weinstrasse.de"),
    "neuwied_kreis": _k("Landkreis Neuwied", "Landkreis", "Kreisverwaltung Neuwied",
                        "Wilhelm-Leuschner-Straße 9", "56564 Neuwied", "07138", "Koblenz",
                        "Landrat Achim Hallerbach", "Abteilung 5 – Soziales, Integrationsstelle",
                        "Frau Julia Brenner", "02631 803-544", "julia.brenner@kreis-neuwied.de"),
    "neuwied_stadt": _k("Stadt Neuwied", "große kreisangehörige Stadt", "Stadtverwaltung Neuwied",
                        "Engerser Landstraße 17", "56564 Neuwied", "", "Koblenz",
                        "Oberbürgermeister Jan Einig", "Amt 50 – Soziales, Sachgebiet Integration",
                        "Herr Markus Vogt", "02631 802-350", "markus.vogt@neuwied.de",
                        gremium="Sozialausschuss"),
    "badkreuznach": _k("Landkreis Bad Kreuznach", "Landkreis", "Kreisverwaltung Bad Kreuznach",
                       "Salinenstraße 47", "55543 Bad Kreuznach", "07133", "Koblenz",
                       "Landrätin Bettina Dickes", "Amt 50 – Soziales, Stabsstelle Integration",
                       "Herr Jonas Wendel", "0671 803-1540", "jonas.wendel@kreis-kh.de"),
    "cochem": _k("Landkreis Cochem-Zell", "Landkreis", "Kreisverwaltung Cochem-Zell",
                 "Endertplatz 2", "56812 Cochem", "07135", "Koblenz", "Landrätin Anke Beilstein",
                 "Abteilung 2 – Soziales und Jugend", "Frau Lena Thelen", "02671 61-426",
                 "lena.thelen@cochem-zell.de"),
    "donnersberg": _k("Donnersbergkreis", "Landkreis", "Kreisverwaltung Donnersbergkreis",
                      "Uhlandstraße 2", "67292 Kirchheimbolanden", "07333", "Neustadt",
                      "Landrat Rainer Guth", "Abteilung 3 – Soziales, Fachbereich Migration",
                      "Herr Kai Jung", "06352 710-293", "kjung@donnersberg.de"),
    "bitburg": _k("Eifelkreis Bitburg-Prüm", "Landkreis", "Kreisverwaltung Eifelkreis Bitburg-Prüm",
                  "Trierer Straße 1", "54634 Bitburg", "07232", "Trier", "Landrat Andreas Kruppert",
                  "Abteilung 12 – Soziales, Migration und Integration", "Frau Sarah Hoffmann",
                  "06561 15-3310", "sarah.hoffmann@bitburg-pruem.de"),
    "birkenfeld": _k("Landkreis Birkenfeld", "Landkreis", "Kreisverwaltung Birkenfeld",
                     "Schneewiesenstraße 25", "55765 Birkenfeld", "07134", "Koblenz",
                     "Landrat Miroslaw Kowalski", "Fachbereich 2 – Soziales, Integration",
                     "Herr Patrick Schäfer", "06782 15-240", "p.schaefer@landkreis-birkenfeld.de"),
    "zweibruecken": _k("Stadt Zweibrücken", "kreisfreie Stadt", "Stadtverwaltung Zweibrücken",
                       "Herzogstraße 1", "66482 Zweibrücken", "07320", "Neustadt",
                       "Oberbürgermeister Marold Wosnitza", "Amt 50 – Soziales und Integration",
                       "Frau Nina Becker", "06332 871-502", "nina.becker@zweibruecken.de",
                       gremium="Haupt- und Finanzausschuss"),
    "pirmasens": _k("Stadt Pirmasens", "kreisfreie Stadt", "Stadtverwaltung Pirmasens",
                    "Exerzierplatzstraße 17", "66953 Pirmasens", "07317", "Neustadt",
                    "Oberbürgermeister Markus Zwick", "Bereich 5 – Soziales, Integrationsbüro",
                    "Herr Ali Kaya", "06331 84-2215", "alikaya@pirmasens.de",
                    gremium="Sozialausschuss"),
    "frankenthal": _k("Stadt Frankenthal (Pfalz)", "kreisfreie Stadt", "Stadtverwaltung Frankenthal",
                      "Rathausplatz 2-7", "67227 Frankenthal (Pfalz)", "07311", "Neustadt",
                      "Oberbürgermeister Dr. Nicolas Meyer", "Bereich 5 – Familie, Jugend und Soziales",
                      "Frau Marie Schuster", "06233 89-5120", "marie.schuster@frankenthal.de",
                      gremium="Ausschuss für Soziales und Integration"),
    "mainzbingen": _k("Landkreis Mainz-Bingen", "Landkreis", "Kreisverwaltung Mainz-Bingen",
                      "Georg-Rückert-Straße 11", "55218 Ingelheim am Rhein", "07339", "Mainz",
                      "Landrätin Dorothea Schäfer", "Abteilung 4 – Soziales, Referat Integration",
                      "Frau Hanna Seibel", "06132 787-4120", "seibel.hanna@mainz-bingen.de"),
    "landau": _k("Stadt Landau in der Pfalz", "kreisfreie Stadt", "Stadtverwaltung Landau in der Pfalz",
                 "Marktstraße 50", "76829 Landau in der Pfalz", "07313", "Neustadt",
                 "Oberbürgermeister Dominik Geißler", "Amt 50 – Soziales, Büro für Integration",
                 "Herr Felix Gärtner", "06341 13-5020", "felix.gaertner@landau.de",
                 gremium="Ausschuss für Soziales"),
    "trier": _k("Stadt Trier", "kreisfreie Stadt", "Stadtverwaltung Trier", "Am Augustinerhof",
                "54290 Trier", "07211", "Trier", "Oberbürgermeister Wolfram Leibe",
                "Amt für Soziales und Wohnen, Integrationsbüro", "Frau Eva Mertes",
                "0651 718-3512", "eva.mertes@trier.de", gremium="Dezernatsausschuss II"),
    "mainz": _k("Landeshauptstadt Mainz", "kreisfreie Stadt", "Stadtverwaltung Mainz",
                "Jockel-Fuchs-Platz 1", "55116 Mainz", "07315", "Mainz", "Oberbürgermeister Nino Haase",
                "Amt für soziale Leistungen, Büro für Migration und Integration", "Frau Selin Arslan",
                "06131 12-3390", "selin.arslan@stadt.mainz.de", gremium="Sozialausschuss"),
    "westerwald": _k("Westerwaldkreis", "Landkreis", "Kreisverwaltung des Westerwaldkreises",
                     "Peter-Altmeier-Platz 1", "56410 Montabaur", "07143", "Koblenz",
                     "Landrat Achim Schwickert", "Referat 2.1 – Soziales und Integration",
                     "Frau Kathrin Weller", "02602 124-512", "kathrin.weller@westerwaldkreis.de"),
    "bernkastel": _k("Landkreis Bernkastel-Wittlich", "Landkreis",
                     "Kreisverwaltung Bernkastel-Wittlich", "Kurfürstenstraße 16", "54516 Wittlich",
                     "07231", "Trier", "Landrat Gregor Eibes", "Abteilung 3 – Soziales, Integration",
                     "Herr Lukas Thiel", "06571 14-2260", "lukas.thiel@bernkastel-wittlich.de"),
    "ludwigshafen": _k("Stadt Ludwigshafen am Rhein", "kreisfreie Stadt",
                       "Stadtverwaltung Ludwigshafen am Rhein", "Rathausplatz 20",
                       "67059 Ludwigshafen am Rhein", "07314", "Neustadt",
                       "Oberbürgermeister Klaus Blettner", "Bereich Integration und Migration",
                       "Frau Deniz Aydın", "0621 504-3310", "deniz.aydin@ludwigshafen.de",
                       gremium="Ausschuss für Integration"),
    "kaiserslautern": _k("Stadt Kaiserslautern", "kreisfreie Stadt", "Stadtverwaltung Kaiserslautern",
                         "Willy-Brandt-Platz 1", "67657 Kaiserslautern", "07312", "Neustadt",
                         "Oberbürgermeisterin Beate Kimmel", "Referat Soziales, Integrationsbüro",
                         "Herr Stefan Roth", "0631 365-2180", "stefan.roth@kaiserslautern.de",
                         gremium="Sozialausschuss"),
}

_MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"]
_TAGE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def _d(iso: str, stil: str = "kurz") -> str:
    """A date in the writer's style."""
    t = date.fromisoformat(str(iso))
    if stil == "lang":
        return f"{t.day}. {_MONATE[t.month - 1]} {t.year}"
    if stil == "kurz2":
        return t.strftime("%d.%m.%y")
    if stil == "iso":
        return t.isoformat()
    if stil == "mail":
        return f"{_TAGE[t.weekday()]}, {t.day}. {_MONATE[t.month - 1]} {t.year}"
    return t.strftime("%d.%m.%Y")


def _tausender(n: Decimal, stellen: int) -> str:
    q = n.quantize(Decimal(1) / (10 ** stellen) if stellen else Decimal(1), ROUND_HALF_UP)
    text = f"{q:,.{stellen}f}"
    return text.replace(",", "X").replace(".", ",").replace("X", ".")


def _eur(x, stil: str = "eur2") -> str:
    """An amount as the writer types it."""
    n = Decimal(str(x))
    if stil == "eur2":
        return f"{_tausender(n, 2)} €"
    if stil == "eur":
        return f"{_tausender(n, 0)} EUR" if n == n.to_integral() else f"{_tausender(n, 2)} EUR"
    if stil == "vorn":
        return f"EUR {_tausender(n, 0)},-" if n == n.to_integral() else f"EUR {_tausender(n, 2)}"
    if stil == "strich":
        return f"{_tausender(n, 0)},--" if n == n.to_integral() else _tausender(n, 2)
    if stil == "teur":
        t = n / 1000
        return f"{_tausender(t, 0 if t == t.to_integral() else 1)} T€"
    if stil == "tsd":
        t = n / 1000
        return f"{_tausender(t, 0 if t == t.to_integral() else 1)} Tsd. EUR"
    if stil == "nackt":
        return _tausender(n, 2)
    raise ValueError(stil)


def _umfang(s: dict, vollzeit: int = 39) -> str:
    """A staff share as the writer types it (the manifest gives vzae and the style)."""
    v = Decimal(str(s["vzae"]))
    stil = s.get("stil", "vzae")
    if s.get("stunden"):  # the writer gave the hours; vzae in the manifest is the share
        return f"{s['stunden']} {'Std./Woche' if stil == 'stunden' else 'Wochenstunden'}"
    if stil == "vzae":
        return f"{_tausender(v, 2)} VZÄ"
    if stil == "stunden":
        return f"{_tausender(v * vollzeit, 2).rstrip('0').rstrip(',')} Std./Woche"
    if stil == "stunden_ohne":
        return f"{_tausender(v * vollzeit, 2).rstrip('0').rstrip(',')} Wochenstunden"
    if stil == "prozent":
        return f"{_tausender(v * 100, 0)} %"
    if stil == "vh":
        return f"{_tausender(v * 100, 0)} v. H."
    if stil == "anteil":
        return f"Stellenanteil {_tausender(v, 2)}"
    if stil == "halb":
        return "halbe Stelle" if v == Decimal("0.5") else "volle Stelle"
    raise ValueError(stil)


def _mit_artikel(k: dict, fall: str) -> str:
    """The Kommune's name with its article: "der Landkreis Kusel", "dem …", "die Stadt …"."""
    weiblich = k["name"].split(" ", 1)[0] in ("Stadt", "Landeshauptstadt", "Verbandsgemeinde")
    artikel = {"nom": ("der", "die"), "dat": ("dem", "der"), "akk": ("den", "die")}[fall]
    return f"{artikel[1] if weiblich else artikel[0]} {k['name']}"


def _zeile_summe(werte) -> Decimal:
    return sum((Decimal(str(w)) for w in werte), Decimal(0))


def _sk_posten(jahr: dict) -> list[list]:
    return jahr.get("posten") or [["Sachkosten (Netzwerkarbeit, Veranstaltungen, Fortbildung)",
                                   jahr["sk"]]]


# --- Antrag: printout of the online application portal -----------------------------------------

def portal(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    st = p.get("betrag_stil", "eur2")
    ds = p.get("datum_stil", "kurz")
    jahre = p["jahre"]
    leer = "—"
    out = [
        {"p": f"KIM-Förderportal Rheinland-Pfalz · Antragsdruck · Vorgangsnummer "
              f"{p['vorgang']} · Status: eingereicht"},
        {"titel": "Antrag auf Gewährung einer Zuweisung – Kommunales Integrationsmanagement (KIM)"},
        {"formular": [["Eingereicht am", _d(p["datum"], ds)],
                      ["Förderprogramm", "Kommunales Integrationsmanagement Rheinland-Pfalz"],
                      ["Bewilligungsbehörde", "Ministerium für Familie, Frauen, Kultur und "
                                              "Integration Rheinland-Pfalz (MFFKI)"]]},
        {"h1": "1. Angaben zum Antragsteller"},
        {"formular": [["1.1 Gebietskörperschaft", k["name"]],
                      ["1.2 Art der Gebietskörperschaft", k["art"]],
                      ["1.3 Verwaltung", k["verwaltung"]],
                      ["1.4 Anschrift", f"{k['strasse']}, {k['ort']}"],
                      ["1.5 Kreisschlüssel", k["schluessel"] or leer],
                      ["1.6 Vertretungsberechtigt", k["chef"]]]},
        {"h1": "2. Ansprechperson"},
        {"formular": [["2.1 Name", k["ansprech"]], ["2.2 Telefon", k["tel"]],
                      ["2.3 E-Mail", k["mail"]]]},
        {"h1": "3. Angaben zur Stelle"},
    ]
    rows = [["Nr.", "Name", "Funktion", "Entgeltgruppe", "Stellenumfang", "Beginn", "Ende"]]
    for n, s in enumerate(p["stellen"], 1):
        rows.append([f"3.{n}", s["name"], s.get("funktion", "Integrationsmanager/in"),
                     s.get("eg", "E 11 TVöD"), _umfang(s), _d(s["von"], ds),
                     _d(s["bis"], ds) if s.get("bis") else leer])
    out.append({"tabelle": rows})
    out.append({"p": f"Regelmäßige wöchentliche Arbeitszeit einer Vollzeitkraft: 39 Stunden."})
    out += [
        {"h1": "4. Organisatorische Anbindung"},
        {"formular": [["4.1 Ansiedlung in der Kommunalverwaltung", p.get("in_verwaltung", "Ja")],
                      ["4.2 Organisationseinheit", p.get("anbindung", k["amt"])],
                      ["4.3 Dienstvorgesetzte/r", p.get("vorgesetzt", "Abteilungsleitung")]]},
        {"h1": "5. Aufgaben und Schwerpunkte"},
        {"p": "5.1 Kurzbeschreibung (max. 1.000 Zeichen):"},
        {"p": p.get("aufgaben", "Aufbau einer kreisweiten Steuerungsgruppe Integration, "
                                "Bestandsaufnahme der Angebote (Sprache, Arbeit, Wohnen), "
                                "Vernetzung der Träger und Migrantenorganisationen, Mitarbeit in "
                                "den Jour-fixe-Runden mit MFFKI und DBKI, Fortschreibung des "
                                "Integrationskonzepts.")},
        {"h1": "6. Integrationskonzept"},
        {"formular": [["6.1 Liegt ein örtliches Integrationskonzept vor?",
                       p.get("konzept", "Ja")],
                      ["6.2 Beschluss des Gremiums vom",
                       p.get("konzept_datum", leer if p.get("konzept", "Ja") != "Ja"
                             else _d("2021-07-12", ds))]]},
        {"h1": "7. Finanzierungsplan"},
    ]
    kopf = ["Pos.", "Bezeichnung"] + [str(j["jahr"]) for j in jahre]

    def reihe(pos, name, werte):
        return [pos, name] + [_eur(w, st) if w is not None else leer for w in werte]

    pk_k = [j.get("pk_kosten", j["pk"]) for j in jahre]
    sk_k = [j.get("sk_kosten", j["sk"]) for j in jahre]
    eigen = [Decimal(str(a)) + Decimal(str(b)) - Decimal(str(j["pk"])) - Decimal(str(j["sk"]))
             for a, b, j in zip(pk_k, sk_k, jahre)]
    if p.get("eigen_fehlt"):
        fin = [Decimal(str(j["pk"])) + Decimal(str(j["sk"])) for j in jahre]
        eig = [None for _ in jahre]
    else:
        fin = [Decimal(str(a)) + Decimal(str(b)) for a, b in zip(pk_k, sk_k)]
        eig = [e if e else None for e in eigen]
    plan = [kopf,
            reihe("7.1", "Personalausgaben (Arbeitgeberbrutto)", pk_k),
            reihe("7.2", "Sachausgaben", sk_k),
            reihe("7.3", "Gesamtausgaben", [Decimal(str(a)) + Decimal(str(b))
                                            for a, b in zip(pk_k, sk_k)]),
            reihe("7.4", "beantragte Zuweisung Personalkosten", [j["pk"] for j in jahre]),
            reihe("7.5", "beantragte Zuweisung Sachkosten", [j["sk"] for j in jahre]),
            reihe("7.6", "Eigenanteil der Kommune", eig),
            reihe("7.7", "Drittmittel", [None for _ in jahre]),
            reihe("7.8", "Gesamtfinanzierung", fin)]
    out.append({"tabelle": plan})
    out.append({"p": "Angaben in Euro. Die Sachausgaben umfassen Netzwerktreffen, "
                     "Veranstaltungen, Fortbildung, Dolmetschleistungen und Öffentlichkeitsarbeit."})
    out += [
        {"h1": "8. Förderzeitraum"},
        {"formular": [["8.1 Beginn", _d(p["zeitraum"][0], ds)],
                      ["8.2 Ende", _d(p["zeitraum"][1], ds)]]},
        {"h1": "9. Erklärungen"},
        {"formular": [
            ["9.1 Mit der Maßnahme wurde vor Bekanntgabe des Bescheids nicht begonnen.",
             p.get("erkl_beginn", "Ja")],
            ["9.2 Für die Stelle werden keine weiteren Fördermittel des Landes, des Bundes oder "
             "der EU beantragt (keine Doppelförderung).", p.get("erkl_doppel", "Ja")],
            ["9.3 Overhead- und Verwaltungsgemeinkosten werden nicht geltend gemacht.", "Ja"],
            ["9.4 Die Angaben sind vollständig und richtig.", "Ja"]]},
        {"h1": "10. Ort, Datum, Unterschrift"},
        {"formular": [["10.1 Ort, Datum", f"{k['stadt']}, {_d(p['datum'], 'kurz')}"],
                      ["10.2 Name, Funktion", k["chef"]],
                      ["10.3 Unterschrift", f"gez. {k['chef'].split(' ', 1)[1]}"]]},
        {"p": f"Ausdruck aus dem KIM-Förderportal, Vorgang {p['vorgang']}. Felder ohne Eintrag "
              "sind mit „—“ gekennzeichnet."},
    ]
    return out


# --- Antrag: pasted into an e-mail and printed with its header ---------------------------------

def mail(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    st = p.get("betrag_stil", "vorn")
    jahre = p["jahre"]
    ansprech = k["ansprech"].split(" ", 1)[1]
    out = [
        {"p": f"Von: {ansprech} <{k['mail']}>"},
        {"p": f"Gesendet: {_d(p['datum'], 'mail')} {p.get('uhrzeit', '09:41')}"},
        {"p": "An: KIM-Postfach MFFKI <kim@mffki.rlp.de>"},
        {"p": f"Cc: {p.get('cc', 'Vorzimmer Landrat')}"},
        {"p": f"Betreff: Antrag auf Förderung KIM – {k['name']}"},
        {"p": "Anlagen: Stellenbeschreibung_IM.pdf; Organigramm.pdf"},
        {"p": "________________________________"},
        {"p": "Sehr geehrte Damen und Herren,"},
        {"p": p.get("einleitung",
                    f"hiermit beantragt {_mit_artikel(k, 'nom')} eine Zuweisung aus dem Programm "
                    "„Kommunales Integrationsmanagement“ (KIM). Unsere Angaben im Einzelnen:")},
        {"h1": "1. Antragsteller"},
        {"p": f"{k['name']}, vertreten durch {k['chef']}, {k['verwaltung']}, {k['strasse']}, "
              f"{k['ort']}; Kreisschlüssel {k['schluessel']}."},
        {"h1": "2. Ansprechpartnerin" if k["ansprech"].startswith("Frau") else
         "2. Ansprechpartner"},
        {"p": f"{k['ansprech']}, {k['amt']}, Telefon {k['tel']}, E-Mail {k['mail']}"},
        {"h1": "3. Stelle und Personal"},
    ]
    for s in p["stellen"]:
        bis = f" bis {_d(s['bis'])}" if s.get("bis") else ""
        out.append({"p": f"{s['name']} ({s.get('eg', 'Entgeltgruppe E 11 TVöD')}), "
                         f"{s.get('funktion', 'Integrationsmanagerin')}, Umfang: {_umfang(s)}, "
                         f"ab {_d(s['von'])}{bis}."})
    out += [
        {"h1": "4. Organisatorische Anbindung"},
        {"p": f"Die Stelle ist in der Kreisverwaltung angesiedelt: {k['amt']}."
         if k["art"] == "Landkreis" else
         f"Die Stelle ist in der Stadtverwaltung angesiedelt: {k['amt']}."},
        {"h1": "5. Aufgaben und Schwerpunkte"},
        {"liste": ["Bestandsaufnahme der Integrationsangebote und Identifizierung von Lücken",
                   "Aufbau und Moderation einer Steuerungsgruppe Integration",
                   "Vernetzung von Verwaltung, Jobcenter, Trägern und Ehrenamt",
                   "Zusammenarbeit mit MFFKI und DBKI, Teilnahme am Jour fixe"]},
        {"h1": "6. Integrationskonzept"},
        {"p": p.get("konzept", "Ein Integrationskonzept liegt seit 2019 vor und soll mit dem "
                               "Integrationsmanagement fortgeschrieben werden.")},
        {"h1": "7. Finanzierungsplan"},
        {"p": "(aus unserer Excel-Kalkulation kopiert)"},
    ]
    rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Zuwendung gesamt"]]
    for j in jahre:
        rows.append([str(j["jahr"]), _eur(j["pk"], st), _eur(j["sk"], st),
                     _eur(Decimal(str(j["pk"])) + Decimal(str(j["sk"])), st)])
    rows.append(["Summe", _eur(_zeile_summe(j["pk"] for j in jahre), st),
                 _eur(_zeile_summe(j["sk"] for j in jahre), st),
                 _eur(_zeile_summe(Decimal(str(j["pk"])) + Decimal(str(j["sk"]))
                                   for j in jahre), st)])
    out.append({"tabelle": rows})
    out.append({"p": "Die beantragten Beträge decken die Ausgaben vollständig; Eigen- oder "
                     "Drittmittel sind nicht eingeplant."})
    out += [{"h1": "8. Förderzeitraum"},
            {"p": f"vom {_d(p['zeitraum'][0])} bis {_d(p['zeitraum'][1])}"}]
    if p.get("ohne_erklaerungen"):
        out.append({"p": "Das unterschriebene Formblatt mit den Erklärungen reichen wir nach, "
                         "sobald es aus dem Umlaufverfahren zurück ist."})
    else:
        out += [{"h1": "9. Erklärungen"},
                {"p": "Wir erklären, dass mit der Maßnahme nicht vor der Bewilligung begonnen "
                      "wurde und keine Doppelförderung besteht: für die Stelle werden keine "
                      "weiteren öffentlichen Mittel beantragt oder bezogen."}]
    out += [
        {"p": p.get("schluss", "Für Rückfragen stehe ich gerne zur Verfügung.")},
        {"rechts": f"{k['stadt']}, den {_d(p['datum'])}"},
        {"p": "Mit freundlichen Grüßen"},
        {"p": "Im Auftrag"},
        {"p": ansprech},
        {"p": f"{k['verwaltung']} | {k['amt']}"},
        {"p": f"{k['strasse']} | {k['ort']} | Tel. {k['tel']}"},
        {"p": "Bitte prüfen Sie, ob der Ausdruck dieser E-Mail wirklich erforderlich ist."},
    ]
    return out


# --- Antrag: letter of a Kreis, a city or a Verbandsgemeinde -----------------------------------

def brief(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    st = p.get("betrag_stil", "eur2")
    ds = p.get("datum_stil", "kurz")
    jahre = p["jahre"]
    t = p.get("titel", {})
    out = [
        {"briefkopf": [k["verwaltung"], k["amt"], f"{k['strasse']} · {k['ort']}"]},
        {"p": "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz"},
        {"p": "Referat Integration – KIM"},
        {"p": "Kaiser-Friedrich-Straße 5a"},
        {"p": "55116 Mainz"},
        {"formular": [["Unser Zeichen", p.get("az", "50/5130-KIM")],
                      ["Auskunft erteilt", k["ansprech"]],
                      ["Datum", _d(p["datum"], ds)]], "rahmenlos": True},
        {"fett": "Antrag auf Gewährung einer Zuweisung für das Kommunale Integrationsmanagement "
                 "(KIM)"},
        {"p": "Sehr geehrte Damen und Herren,"},
        {"p": p.get("einleitung", f"die {k['verwaltung']} beantragt hiermit für "
                                  f"{_mit_artikel(k, 'akk')} eine Förderung aus dem Programm "
                                  "„Kommunales Integrationsmanagement“.")},
        {"h1": t.get("antragsteller", "1. Antragstellende Kommune")},
        {"formular": [["Kommune", k["name"]], ["Art", k["art"]],
                      ["Anschrift", f"{k['strasse']}, {k['ort']}"],
                      ["Kreisschlüssel" if k["schluessel"] else "Gemeindeschlüssel",
                       k["schluessel"] or p.get("gemeindeschluessel", "—")],
                      ["Vertreten durch", k["chef"]]]},
        {"h1": t.get("ansprech", "2. Ansprechperson")},
        {"p": f"{k['ansprech']}, Telefon {k['tel']}, E-Mail {k['mail']}"},
        {"h1": t.get("stellen", "3. Personal")},
    ]
    rows = [["Name", "Funktion", "EG", "Stellenumfang", "von", "bis"]]
    for s in p["stellen"]:
        rows.append([s["name"], s.get("funktion", "Integrationsmanagerin"),
                     s.get("eg", "E 11"), _umfang(s, p.get("vollzeit", 39)),
                     _d(s["von"], ds), _d(s["bis"], ds) if s.get("bis") else "offen"])
    out.append({"tabelle": rows})
    if p.get("stellen_text"):
        out.append({"p": p["stellen_text"]})
    out += [
        {"h1": t.get("anbindung", "4. Ansiedlung in der Verwaltung")},
        {"p": p.get("anbindung_text", f"Die Stelle ist in der {k['verwaltung']} angesiedelt, "
                                      f"{k['amt']}, und dem Fachbereichsleiter unmittelbar "
                                      "unterstellt.")},
        {"h1": t.get("aufgaben", "5. Aufgabenbeschreibung")},
        {"p": "Die Integrationsmanagerin erhebt die Integrationsangebote (Bestandsaufnahme), "
              "baut eine Steuerungsgruppe auf, vernetzt Verwaltung, Jobcenter, Schulen und "
              "freie Träger und arbeitet mit dem MFFKI und der DBKI zusammen."},
        {"h1": t.get("konzept", "6. Örtliches Integrationskonzept")},
        {"p": p.get("konzept", f"Der {'Kreistag' if k['art'] == 'Landkreis' else 'Stadtrat'} "
                               "hat 2021 ein Integrationskonzept beschlossen; die "
                               "Fortschreibung ist für 2027 geplant.")},
        {"h1": t.get("plan", "7. Kosten- und Finanzierungsplan")},
    ]
    if p.get("posten"):  # Sachkosten item by item, per year as columns
        kopf = ["Sachkosten (Position)"] + [str(j["jahr"]) for j in jahre]
        rows = [kopf]
        names = [n for n, _ in jahre[0]["posten"]]
        for i, name in enumerate(names):
            rows.append([name] + [_eur(j["posten"][i][1], st) for j in jahre])
        summen = [j.get("sk_summe_angegeben", j["sk"]) for j in jahre]
        rows.append(["Summe Sachkosten"] + [_eur(x, st) for x in summen])
        out.append({"p": "a) Sachkosten im Einzelnen"})
        out.append({"tabelle": rows})
        out.append({"p": "b) Übersicht"})
    rows = [["", *[str(j["jahr"]) for j in jahre]],
            ["Personalkosten (Zuschuss)", *[_eur(j["pk"], st) for j in jahre]],
            ["Sachkosten", *[_eur(j.get("sk_summe_angegeben", j["sk"]), st) for j in jahre]],
            ["Beantragte Zuwendung gesamt",
             *[_eur(Decimal(str(j["pk"])) + Decimal(str(j.get("sk_summe_angegeben", j["sk"]))),
                    st) for j in jahre]]]
    out.append({"tabelle": rows})
    out.append({"p": p.get("plan_text", "Die Ausgaben werden vollständig durch die beantragte "
                                        "Zuwendung gedeckt.")})
    out += [{"h1": t.get("zeitraum", "8. Laufzeit")},
            {"p": f"{_d(p['zeitraum'][0], ds)} – {_d(p['zeitraum'][1], ds)}"},
            {"h1": t.get("erklaerungen", "9. Erklärungen des Antragstellers")},
            {"liste": ["Mit der Maßnahme wurde vor Bekanntgabe des Zuwendungsbescheids nicht "
                       "begonnen.",
                       "Eine Doppelförderung besteht nicht; weitere Fördermittel für die Stelle "
                       "sind weder beantragt noch bewilligt.",
                       "Der Antragsteller ist zum Vorsteuerabzug nicht berechtigt."]}]
    out += [{"p": "Anlagen"},
            {"liste": ["Stellenbeschreibung", "Organigramm der Verwaltung"]}]
    if not p.get("ohne_unterschrift"):
        out += [{"rechts": f"{k['stadt']}, {_d(p['datum'], ds)}"},
                {"p": "Mit freundlichen Grüßen"}]
        if p.get("zeichnung", "In Vertretung"):
            out.append({"p": p.get("zeichnung", "In Vertretung")})
        out.append({"p": p.get("unterzeichner", "gez. Hans-Jürgen Albers, Erster Beigeordneter")})
    out.append({"fusszeile": [f"{k['verwaltung']} · Seite # von 3"]})
    return out


# --- Jahresbericht: Kreis report template or city template -------------------------------------

_TEILE = {
    "kreis": {"personal": "Teil A – Personelle Besetzung",
              "infra": "Teil B – Bestandsaufnahme und Handlungsfelder",
              "vernetzung": "Teil C – Netzwerkarbeit vor Ort",
              "interkommunal": "Teil D – Interkommunale Zusammenarbeit",
              "oeffentlichkeit": "Teil E – Presse- und Öffentlichkeitsarbeit",
              "land": "Teil F – Zusammenarbeit mit dem Land (MFFKI und DBKI)",
              "konzept": "Teil G – Stand des Integrationskonzepts",
              "mittel": "Teil H – Verwendung der Mittel",
              "ausblick": "Teil I – Ausblick und Planung"},
    "stadt": {"personal": "1. Personalsituation",
              "infra": "2. Integrationsangebote",
              "vernetzung": "3. Vernetzung innerhalb der Kommune",
              "interkommunal": "4. Austausch mit anderen Kommunen",
              "oeffentlichkeit": "5. Information der Öffentlichkeit",
              "land": "6. Kooperation mit dem MFFKI",
              "konzept": "7. Integrationsstrategie",
              "mittel": "8. Finanzielle Übersicht",
              "ausblick": "9. Vorhaben im kommenden Jahr"},
    "vorort": {"personal": "1. Das Integrationsmanagement vor Ort",
               "infra": "2. Integrationsinfrastruktur",
               "vernetzung": "3. Vernetzung",
               "interkommunal": "4. Zusammenarbeit mit Nachbarkommunen",
               "oeffentlichkeit": "5. Öffentlichkeitsarbeit",
               "land": "6. Austausch mit dem Land",
               "konzept": "7. Integrationskonzept",
               "mittel": "8. Mittelverwendung",
               "ausblick": "9. Ausblick"},
}


def bericht(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    st = p.get("betrag_stil", "eur2")
    ds = p.get("datum_stil", "kurz")
    teile = _TEILE[p.get("vorlage", "kreis")]
    ohne = set(p.get("ohne", ()))
    jahr = p["jahr"]
    out = []
    if p.get("vorlage", "kreis") == "kreis":
        out.append({"briefkopf": [k["verwaltung"], f"Berichtsvorlage Förderprogramme "
                                                   f"(Stand 03/2025) · {k['amt']}"]})
        out.append({"formular": [["Förderprogramm", "Kommunales Integrationsmanagement (KIM)"],
                                 ["Zuwendungsempfänger", k["name"]],
                                 ["Berichtszeitraum", f"01.01.{jahr} – 31.12.{jahr}"
                                  if not p.get("beginn") else
                                  f"{_d(p['beginn'])} – 31.12.{jahr}"],
                                 ["Aktenzeichen Bescheid", p.get("az_bescheid", "—")],
                                 ["Berichtsart", "Jahresbericht"]]})
    else:
        out.append({"briefkopf": [k["verwaltung"], k["amt"]]})
    out.append({"titel": f"Jahresbericht {jahr} – Kommunales Integrationsmanagement"})
    out.append({"p": f"{k['name']}, Berichtsjahr {jahr}"})
    out.append({"h1": teile["personal"]})
    rows = [["Name", "Funktion", "Umfang", "von", "bis", "Bemerkung"]]
    for s in p["stellen"]:
        rows.append([s["name"], s.get("funktion", "Integrationsmanager/in"),
                     _umfang(s, p.get("vollzeit", 39)), _d(s["von"], ds),
                     _d(s["bis"], ds) if s.get("bis") else "—", s.get("bemerkung", "")])
    out.append({"tabelle": rows})
    out.append({"p": p.get("personal_text", "Die Stelle war im Berichtsjahr durchgehend besetzt.")})
    texte = {
        "infra": "Die Bestandsaufnahme der Angebote in den Handlungsfeldern Sprache, Arbeit, "
                 "Wohnen und Gesundheit ist abgeschlossen. Lücken bestehen vor allem bei "
                 "Sprachkursen mit Kinderbetreuung im ländlichen Raum. Eine Steuerungsgruppe "
                 "mit Jobcenter, Ausländerbehörde und Trägern tagt vierteljährlich.",
        "vernetzung": "Das Netzwerk Integration traf sich viermal; in der Verwaltung arbeiten "
                      "Sozialamt, Ausländerbehörde und Bildungsbüro in einer festen Runde "
                      "zusammen. Der Ausschuss wurde zweimal unterrichtet.",
        "interkommunal": "Mit den Integrationsmanagerinnen der Nachbarkreise findet ein "
                         "halbjährlicher Austausch statt; ein gemeinsamer Fachtag ist geplant.",
        "oeffentlichkeit": "Pressemitteilungen zum Start, ein Flyer in fünf Sprachen, die "
                           "Interkulturelle Woche im September und eine Internetseite.",
        "land": "Teilnahme an allen Jour-fixe-Terminen des MFFKI und an zwei Workshops der "
                "DBKI; die Berichterstattung an das Fachreferat erfolgte fristgerecht.",
        "konzept": "Das Integrationskonzept wird derzeit fortgeschrieben; ein Entwurf liegt "
                   "der Steuerungsgruppe vor.",
    }
    for key in ("infra", "vernetzung", "interkommunal", "oeffentlichkeit", "land", "konzept"):
        if key in ohne:
            continue
        out.append({"h1": teile[key]})
        out.append({"p": texte[key]})
    out.append({"h1": teile["mittel"]})
    m = p["mittel"]
    rows = [["Kostenart", "bewilligt", "verausgabt (aus der Zuwendung)"],
            ["Personalkosten", _eur(m["pk_bewilligt"], st), _eur(m["pk_verausgabt"], st)],
            ["Sachkosten", _eur(m["sk_bewilligt"], st), _eur(m["sk_verausgabt"], st)],
            ["Summe", _eur(Decimal(str(m["pk_bewilligt"])) + Decimal(str(m["sk_bewilligt"])), st),
             _eur(Decimal(str(m["pk_verausgabt"])) + Decimal(str(m["sk_verausgabt"])), st)]]
    out.append({"tabelle": rows})
    if m.get("pk_gesamt"):
        out.append({"p": f"Die Personalkosten insgesamt betrugen {_eur(m['pk_gesamt'], st)}; "
                         "der Anteil über der Zuwendung wurde aus Eigenmitteln getragen."})
    if m.get("text"):
        out.append({"p": m["text"]})
    if "ausblick" not in ohne:
        out.append({"h1": teile["ausblick"]})
        out.append({"p": "Schwerpunkte des kommenden Jahres: Abschluss der Fortschreibung des "
                         "Integrationskonzepts, Aufbau eines Ehrenamtsnetzwerks, Fachtag."})
    anlagen = p.get("anlagen", ["ausgefüllter Fragebogen des MFFKI (Evaluation KIM)",
                                "Presseartikel"])
    out.append({"fett": "Anlagen"})
    out.append({"liste": anlagen})
    if p.get("fragebogen_text"):
        out.append({"p": p["fragebogen_text"]})
    out += [{"rechts": f"{k['stadt']}, {_d(p['datum'], ds)}"},
            {"p": "Im Auftrag"},
            {"p": k["ansprech"].split(" ", 1)[1]}]
    return out


# --- Bescheid: older and newer ministry template ------------------------------------------------

def bescheid(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    alt = p.get("fassung") == "alt"
    st = p.get("betrag_stil", "eur2")
    jahre = p["jahre"]
    von, bis = p["zeitraum"]
    ohne = set(p.get("ohne", ()))
    gesamt = _zeile_summe(Decimal(str(j["pk"])) + Decimal(str(j["sk"])) for j in jahre)
    out = [{"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration",
                          "Rheinland-Pfalz",
                          "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]}]
    out += [{"p": k["verwaltung"]}, {"p": k["strasse"]}, {"p": k["ort"]}]
    if alt:
        out += [{"tabs": [["Mein Aktenzeichen", "Ihr Schreiben vom", "Datum"],
                          [p["az"], _d(p["antrag_datum"]), _d(p["datum"])]]},
                {"fett": "Zuwendung des Landes Rheinland-Pfalz; hier: Kommunales "
                         "Integrationsmanagement (KIM)"},
                {"fett": "Zuwendungsbescheid"}]
    else:
        out += [{"formular": [["Mein Aktenzeichen", p["az"]],
                              ["Ihr Schreiben vom", _d(p["antrag_datum"])],
                              ["Ansprechpartner/-in / E-Mail",
                               "Jana Kessler / kim@mffki.rlp.de"],
                              ["Telefon / Fax", "06131 16-5731 / 06131 16-175731"],
                              ["Datum", _d(p["datum"], "lang")]], "rahmenlos": True},
                {"titel": "Bewilligungsbescheid"},
                {"p": "Kommunales Integrationsmanagement Rheinland-Pfalz (KIM)"}]
    out.append({"p": "Sehr geehrte Damen und Herren,"})
    out.append({"p": f"auf Ihren Antrag vom {_d(p['antrag_datum'])} ergeht folgender Bescheid:"})
    h = (lambda n, a, b: {"h1": a}) if alt else (lambda n, a, b: {"h1": b})
    out.append(h(1, "1. Zuwendung", "I. Bewilligung"))
    out.append({"p": f"Ich bewillige {_mit_artikel(k, 'dat')} für die Zeit vom {_d(von)} bis {_d(bis)} "
                     f"(Bewilligungszeitraum) eine Zuwendung als Zuweisung in Höhe von "
                     f"insgesamt {_eur(gesamt, st)}. Zuwendungszweck ist die Förderung einer "
                     f"Stelle für das Kommunale Integrationsmanagement mit "
                     f"{_tausender(Decimal(str(p['vzae'])), 2)} VZÄ."})
    rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Gesamt"]]
    for j in jahre:
        rows.append([str(j["jahr"]), _eur(j["pk"], st), _eur(j["sk"], st),
                     _eur(Decimal(str(j["pk"])) + Decimal(str(j["sk"])), st)])
    rows.append(["Summe", _eur(_zeile_summe(j["pk"] for j in jahre), st),
                 _eur(_zeile_summe(j["sk"] for j in jahre), st), _eur(gesamt, st)])
    out.append({"tabelle": rows})
    if p.get("bedingung"):
        out.append({"p": p["bedingung"]})
    out.append(h(2, "2. Art und Umfang der Zuwendung",
                 "II. Finanzierungsart und zuwendungsfähige Ausgaben"))
    out.append({"p": "Die Zuwendung wird im Wege der Festbetragsfinanzierung gewährt. "
                     "Zuwendungsfähig sind die Personalausgaben der Integrationsmanagerin bzw. "
                     "des Integrationsmanagers bis zum Höchstbetrag von 60.000 Euro je VZÄ und "
                     "Jahr sowie Sachausgaben bis 20.000 Euro je Jahr, jeweils anteilig für "
                     "volle Kalendermonate. Overheadkosten sind nicht zuwendungsfähig."})
    out.append(h(3, "3. Mittelabruf", "III. Auszahlung"))
    out.append({"p": "Die Mittel werden auf Anforderung ausgezahlt, soweit sie innerhalb von "
                     "zwei Monaten nach der Auszahlung für fällige Zahlungen benötigt werden."})
    out.append(h(4, "4. Berichtspflicht", "IV. Jahresbericht und Verwendungsnachweis"))
    out.append({"p": "Zum 15.12. eines jeden Jahres ist ein Jahresbericht mit dem ausgefüllten "
                     "Fragebogen des Fachreferats vorzulegen. Der Verwendungsnachweis ist "
                     "innerhalb von sechs Monaten nach Ablauf des Bewilligungszeitraums "
                     "vorzulegen."})
    out.append(h(5, "5. Auflagen", "V. Nebenbestimmungen"))
    out.append({"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung an "
                     "kommunale Körperschaften (ANBest-K) in der am Tag dieses Bescheids "
                     "geltenden Fassung sind Bestandteil dieses Bescheids. Nicht verwendete "
                     "Mittel sind zu erstatten und nach § 49a VwVfG zu verzinsen."})
    if "begruendung" not in ohne:
        out.append(h(6, "Gründe", "VI. Begründung"))
        out.append({"p": "Rechtsgrundlage sind § 44 LHO und die Verwaltungsvorschriften dazu "
                         "sowie das Konzept Kommunales Integrationsmanagement. Ein "
                         "Rechtsanspruch auf die Zuwendung besteht nicht; ich habe nach "
                         "pflichtgemäßem Ermessen im Rahmen der verfügbaren Haushaltsmittel "
                         "entschieden. Der Antrag erfüllt die Fördervoraussetzungen."})
    out.append(h(7, "Rechtsmittelbelehrung", "VII. Rechtsbehelfsbelehrung"))
    if p.get("widerspruch"):
        out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                         "Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur "
                         "Niederschrift beim Ministerium für Familie, Frauen, Kultur und "
                         "Integration, Kaiser-Friedrich-Straße 5a, 55116 Mainz, einzulegen."})
    else:
        gericht = _VG[p.get("gericht", k["vg"])]
        satz = ("Ein Widerspruchsverfahren findet nicht statt (§ 68 Abs. 1 Satz 2 Nr. 1 VwGO). "
                if not alt else "")
        out.append({"p": f"{satz}Gegen diesen Bescheid kann innerhalb eines Monats nach "
                         f"Bekanntgabe Klage beim {gericht}, schriftlich oder zur Niederschrift "
                         "des Urkundsbeamten der Geschäftsstelle erhoben werden."})
    out.append({"p": "Mit freundlichen Grüßen"})
    if alt:
        out += [{"p": "In Vertretung"}, {"p": "gez. Dr. Martin Ebling"}, {"p": "Staatssekretär"}]
    else:
        out += [{"p": "Im Auftrag"}, {"p": "Jana Kessler"},
                {"p": "Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift "
                      "gültig."}]
    out.append({"fusszeile": [f"Az. {p['az']} · Seite # "]})
    return out


# --- Vorlage: export from a council information system -----------------------------------------

def ris(p: dict) -> list[dict]:
    k = KOMMUNEN[p["kommune"]]
    t = p.get("titel", {})
    ohne = set(p.get("ohne", ()))
    out = []
    if p.get("navigation"):
        out.append({"navigation": ["Startseite", "Sitzungen", "Vorlagen", p["nr"]]})
    out.append({"titel": p.get("art", "Mitteilungsvorlage")})
    meta = [["Vorlage-Nr.", p["nr"]], ["Vorlageart", p.get("art", "Mitteilungsvorlage")],
            ["Status", p.get("status", "öffentlich")],
            ["Federführend", k["amt"]], ["Verfasser/in", k["ansprech"]],
            ["Aktenzeichen", p.get("az", "50-5130")], ["Datum", _d(p["datum"])],
            [t.get("betreff", "Betreff"), p.get("betreff", "Kommunales Integrationsmanagement "
                                                           "(KIM) – Sachstand")]]
    out.append({"formular": meta})
    if "beratungsfolge" not in ohne:
        out.append({"fett": t.get("beratungsfolge", "Beratungsfolge")})
        rows = [["Datum", "Gremium", "Zuständigkeit", "Status"]]
        for datum, gremium, zust in p["gremien"]:
            rows.append([_d(datum), gremium, zust, "öffentlich"])
        out.append({"tabelle": rows})
    if p.get("beschluss"):
        out.append({"h1": "Beschlussvorschlag"})
        out.append({"p": p["beschluss"]})
    out.append({"h1": t.get("hintergrund", "Sachverhalt")})
    out.append({"p": "Das Land fördert seit August 2025 mit dem Programm „Kommunales "
                     "Integrationsmanagement“ in den 36 Landkreisen und kreisfreien Städten je "
                     "eine Stelle mit bis zu einem Vollzeitäquivalent (bis zu 60.000 Euro "
                     "Personalkosten und 20.000 Euro Sachkosten im Jahr). Anträge sind bis Ende "
                     "2026 möglich."})
    if "umsetzung" not in ohne:
        out.append({"h1": t.get("umsetzung", "Umsetzung")})
        out.append({"p": "Das MFFKI hat eine Dialog- und Beratungsstelle Kommunale Integration "
                         "(DBKI) eingerichtet, die die Integrationsmanagerinnen und -manager "
                         "berät und regelmäßige Jour-fixe-Termine anbietet. Vor Ort baut die "
                         "Stelle eine Steuerungsgruppe auf und erhebt die Angebote."})
    if "sachstand" not in ohne:
        out.append({"h1": t.get("sachstand", "Sachstand")})
        out.append({"p": p.get("sachstand", "Der Förderantrag wurde bewilligt. Die Stelle ist "
                                            "seit dem 01.01.2026 mit einer Vollzeitkraft "
                                            "besetzt.")})
    out.append({"h1": "Finanzielle Auswirkungen"})
    out.append({"p": p.get("finanzen", "Die Personal- und Sachkosten werden bis zu den "
                                       "Höchstbeträgen durch das Land gefördert; darüber "
                                       "hinausgehende Kosten trägt die Kommune.")})
    out.append({"fett": "Anlagen"})
    out.append({"liste": p.get("anlagen", ["Bewilligungsbescheid des MFFKI",
                                           "Präsentation Integrationsmanagement"])})
    out.append({"p": f"gez. {k['chef']}"})
    return out


def kopfzeile(e) -> str:
    k = KOMMUNEN.get(e.parameter.get("kommune"), {"name": "Kommune", "stadt": ""})
    if e.art == "vorlage":
        return f"Ratsinformationssystem {k['name']} · Vorlage {e.parameter.get('nr', '')}"
    if e.inhalt == "portal":
        return "KIM-Förderportal RLP · Antragsdruck"
    if e.art == "bescheid":
        return "MFFKI Rheinland-Pfalz · e-Akte · Druckansicht"
    return f"{k['name']} · Druckansicht"


BUILDERS = {"portal": portal, "mail": mail, "brief": brief, "bericht": bericht,
            "bescheid": bescheid, "ris": ris}
