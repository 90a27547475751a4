"""Contents of the thirteenth held-out corpus (manifest_blind13.yaml, issue 19 item 4).

How it was written: from the guideline's rule page and data file (kim-rlp-2025.md/.yaml), the
list of Kommunen, /work/shared/fachwissen.md, the real Koblenz Unterrichtungsvorlage
(quellen/003) and the build contract of bauen.py alone. The author had not seen the checker's
fact layer (kimdocs/facts, readers, rules, check), its rule-case tests, the generator, any
earlier corpus or its manifest, deviation list or score, and did not run the checker on these
documents. Every expectation in the manifest was fixed before the first run, by hand, with the
arithmetic in the entry's `notiz`.

What is new here (the author's own picture of how the documents arrive):
- Kreis and city letters with the letterhead in the page header, an "Unser Zeichen / Ihr
  Schreiben" line, a subject line without the word "Betreff", a "Seite # von N" footer, "gez."
  and "i. A." signatures, an Anlagen list after the signature;
- ☒/☐ label/value forms whose section titles carry a form number ("A 3 Angaben zur Stelle");
- staff as tables with name / Funktion / Stellenumfang / ab / bis, or in prose; shares as
  "19,5 Std./Woche", "19,5 Std." (without "/Woche"), a document's own full time (40 Std.),
  "v. H.", "%", "Stellenanteil 0,5", "VZÄ", "Vollzeitstelle"; parental leave covered by a
  substitute, a vacant month between two holders, a vacant share "N. N." with a planned start;
- plans with years as columns or rows, Sachkosten item by item with a subtotal, total personnel
  costs above the requested grant with Eigenmittel, rows "Gesamtausgaben"/"Gesamtfinanzierung";
- amounts as "60.000,00 €", "60.000 EUR", "EUR 60.000,-", "60 T€", "60 Tsd. EUR", "60.000,--"
  and bare figures under a header "in EUR"; dates as "1. Dezember 2025", "01.12.25",
  "2025-12-01", "Dez. 2025" and "01.12.2025";
- annual reports with the grant share of higher total costs, parts named in the writer's words;
- ministry Bescheide with "Gründe", roman part numbers, a wrong court or a Widerspruch;
- council Vorlagen (Unterrichtungs-, Beschluss-, Informationsvorlage) with "Gegenstand",
  "Sitzungsdaten", "Beratungsreihenfolge" and a Beschlussvorschlag.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MONATE_KURZ = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
               "Nov.", "Dez.")


BETREFF_ANTRAG = ("Antrag auf Gewährung einer Zuwendung nach dem Förderprogramm „Kommunales "
                  "Integrationsmanagement“")
TRAEGER = "☒ Kommunalverwaltung   ☐ Dritter (freier Träger)"


def kopfzeile(e) -> str:
    return e.parameter.get("ris", "Bürgerinformationssystem · Druckansicht")


# --- notations -------------------------------------------------------------------------------

def datum(iso: str, stil: str = "std") -> str:
    y, m, d = (int(x) for x in str(iso).split("-"))
    return {"std": f"{d:02d}.{m:02d}.{y}", "lang": f"{d}. {MONATE[m - 1]} {y}",
            "kurz2": f"{d:02d}.{m:02d}.{y % 100:02d}", "iso": f"{y}-{m:02d}-{d:02d}",
            "monat": f"{MONATE_KURZ[m - 1]} {y}"}[stil]


def _tsd(x: Decimal) -> str:
    s = f"{x.quantize(Decimal('0.01'), ROUND_HALF_UP):,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def betrag(x, stil: str = "eur2") -> str:
    x = Decimal(str(x))
    voll = _tsd(x)
    ganz = voll[:-3] if voll.endswith(",00") else voll
    if stil == "eur2":
        return f"{voll} €"
    if stil == "eur":
        return f"{ganz} EUR"
    if stil == "eurvor":
        return f"EUR {ganz},-" if voll.endswith(",00") else f"EUR {voll}"
    if stil == "strich":
        return f"{ganz},--" if voll.endswith(",00") else voll
    if stil == "nackt":
        return voll
    t = (x / 1000).normalize()
    t_txt = f"{t:f}".replace(".", ",")
    if stil == "teur":
        return f"{t_txt} T€"
    if stil == "tsd":
        return f"{t_txt} Tsd. EUR"
    raise ValueError(stil)


def umfang(st: dict, vollzeit: int = 39) -> str:
    """A share of a position the way the writer puts it."""
    a = Decimal(str(st["anteil"]))
    stil = st.get("stil", "vzae")
    std = Decimal(str(st["stunden"])) if "stunden" in st else (a * vollzeit).normalize()
    std_txt = f"{std:f}".replace(".", ",")
    pct = f"{(a * 100).normalize():f}".replace(".", ",")
    vz = f"{a:f}".replace(".", ",")
    return {"vzae": f"{vz} VZÄ", "prozent": f"{pct} %", "vh": f"{pct} v. H.",
            "std": f"{std_txt} Std./Woche", "std_ohne": f"{std_txt} Std.",
            "wochenstunden": f"{std_txt} Wochenstunden", "stellenanteil": f"Stellenanteil {vz}",
            "halb": "halbe Stelle", "voll": "Vollzeitstelle"}[stil]


# --- Antrag ----------------------------------------------------------------------------------

def _stellen_tabelle(p: dict) -> list[dict]:
    vz = p.get("vollzeit", 39)
    ds = p.get("datumsstil_tabelle", "std")
    rows = [["Name / Funktion", "Stellenumfang", "ab", "bis"]]
    for st in p["stellen"]:
        wer = (f"{st['name']},\n{st.get('funktion', 'Integrationsmanager/in')}\n"
               f"({st.get('eg', 'E 11 TVöD')})")
        rows.append([wer, umfang(st, vz), datum(st["von"], ds),
                     datum(st["bis"], ds) if st.get("bis") else "unbefristet"])
    out = [{"tabelle": rows}]
    out += [{"p": st["hinweis"]} for st in p["stellen"] if st.get("hinweis")]
    return out


def _stellen_prosa(p: dict) -> list[dict]:
    vz = p.get("vollzeit", 39)
    out = []
    for st in p["stellen"]:
        bis = f" bis zum {datum(st['bis'], 'lang')}" if st.get("bis") else ""
        wer = ("Die Stelle ist noch nicht besetzt (N. N.); die Besetzung ist "
               f"zum {datum(st['von'], 'lang')} vorgesehen" if st["name"].startswith("N. N.")
               else f"{st['name']} ist ab dem {datum(st['von'], 'lang')}{bis} als "
                    f"{st.get('funktion', 'Integrationsmanagerin')} tätig")
        out.append({"p": f"{wer}, Stellenumfang {umfang(st, vz)}, Eingruppierung "
                         f"{st.get('eg', 'E 11 TVöD')}." + (f" {st['hinweis']}" if st.get("hinweis")
                                                           else "")})
    return out


def _jahre(plan: dict) -> list[str]:
    return [str(j) for j in plan["jahre"]]


def _s(d: dict) -> dict:
    """Year keys as strings (YAML reads 2026 as a number)."""
    return {str(k): v for k, v in d.items()}


def _plan(plan: dict) -> list[dict]:
    st = plan.get("betrag", "eur2")
    jahre = _jahre(plan)
    pers = {j: Decimal(str(_s(plan["personal"])[j])) for j in jahre}
    zp = {j: Decimal(str(_s(plan.get("zuschuss_personal", plan["personal"]))[j])) for j in jahre}
    sach = [(lbl, {j: Decimal(str(_s(v).get(j, 0))) for j in jahre}) for lbl, v in plan["sach"]]
    s_sum = {j: sum((v[j] for _, v in sach), Decimal(0)) for j in jahre}
    s_sum_txt = {j: Decimal(str(_s(plan.get("sach_summe", {})).get(j, s_sum[j]))) for j in jahre}
    eigen = {j: Decimal(str(_s(plan.get("eigen", {})).get(j, 0))) for j in jahre}
    ausg = {j: pers[j] + s_sum_txt[j] for j in jahre}
    zuw = {j: zp[j] + s_sum_txt[j] for j in jahre}
    fin = {j: zuw[j] + eigen[j] for j in jahre}
    f = (lambda x: betrag(x, "nackt")) if st == "nackt" else (lambda x: betrag(x, st))
    mehr = len(jahre) > 1
    out = []
    if st == "nackt":
        out.append({"p": "Alle Beträge in EUR."})
    if plan.get("layout", "spalten") == "spalten":
        def row(label, d):
            r = [label, *(f(d[j]) for j in jahre)]
            return [*r, f(sum(d.values(), Decimal(0)))] if mehr else r
        rows = [["Ausgaben" + (" (in EUR)" if st == "nackt" else "")] + jahre
                + (["Gesamt"] if mehr else [])]
        rows.append(row(plan.get("personal_label", "Personalkosten Integrationsmanagement"), pers))
        rows += [row(lbl, v) for lbl, v in sach]
        rows.append(row("Summe Sachkosten", s_sum_txt))
        rows.append(row("Gesamtausgaben", ausg))
        out.append({"tabelle": rows})
        rows = [["Finanzierung"] + jahre + (["Gesamt"] if mehr else [])]
        rows.append(row("Beantragte Zuwendung Personalkosten", zp))
        rows.append(row("Beantragte Zuwendung Sachkosten", s_sum_txt))
        if any(eigen.values()):
            rows.append(row("Eigenmittel der Kommune", eigen))
        rows.append(row("Gesamtfinanzierung", fin))
        out.append({"tabelle": rows})
    else:  # one row per year, Sachkosten item by item in a table of their own
        mit_eigen = any(eigen.values())
        rows = [["Jahr", "Personal", "Sachkosten", "Ausgaben gesamt", "Zuwendung Personal",
                 "Zuwendung Sachkosten"] + (["Eigenmittel"] if mit_eigen else [])]
        for j in jahre:
            rows.append([j, f(pers[j]), f(s_sum_txt[j]), f(ausg[j]), f(zp[j]), f(s_sum_txt[j])]
                        + ([f(eigen[j])] if mit_eigen else []))
        out.append({"tabelle": rows})
        items = [["Sachkosten im Einzelnen", *jahre]]
        items += [[lbl] + [f(v[j]) for j in jahre] for lbl, v in sach]
        items.append(["Summe"] + [f(s_sum_txt[j]) for j in jahre])
        out.append({"tabelle": items})
    tot = " und ".join(f"{f(zuw[j])} für {j}" for j in jahre)
    out.append({"p": f"Beantragt wird eine Zuwendung von {tot}."})
    return out


def _gross(text: str) -> str:
    return text[:1].upper() + text[1:]


def _kopf_antrag(p: dict) -> list[dict]:
    out = [{"briefkopf": p["briefkopf"]}]
    if p.get("fusszeile"):
        out.append({"fusszeile": [p["fusszeile"]]})
    return out


def antrag(p: dict) -> list[dict]:
    h = {"antragsteller": "Antragsteller", "ansprech": "Ansprechpartner/-in",
         "stelle": "Angaben zur Stelle", "organisation": "Organisatorische Anbindung",
         "aufgaben": "Aufgaben und Schwerpunkte", "konzept": "Integrationskonzept",
         "plan": "Kosten- und Finanzierungsplan", "zeitraum": "Förderzeitraum",
         "erklaerungen": "Erklärungen", "unterschrift": "Ort, Datum, Unterschrift"}
    h.update(p.get("titel_teile", {}))
    nr = p.get("nummern")  # e.g. "A" -> "A 1 …"
    teile = [k for k in ("antragsteller", "ansprech", "stelle", "organisation", "aufgaben",
                         "konzept", "zeitraum", "plan", "erklaerungen")
             if k not in p.get("weglassen", ())]

    def head(i, k):
        return f"{nr} {i} {h[k]}" if nr else (f"{i}. {h[k]}" if p.get("zahlen", True) else h[k])

    ds = p.get("datumsstil", "std")
    form = p.get("form") == "formular"
    out = _kopf_antrag(p)
    if not form:
        out.append({"rechts": f"{p['ort']}, {datum(p['datum'], ds)}"})
        out += [{"p": line} for line in p.get("anschrift_mffki", [
            "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz",
            "Referat Integration", "Kaiser-Friedrich-Straße 5a", "55116 Mainz"])]
        if p.get("zeichen"):
            out.append({"p": p["zeichen"]})
        out.append({"fett": p.get("betreff", BETREFF_ANTRAG)})
        out.append({"p": "Sehr geehrte Damen und Herren,"})
        out.append({"p": p.get("einleitung", f"hiermit beantragt {p['kommune']} eine Zuwendung "
                                             "aus dem Förderprogramm Kommunales "
                                             "Integrationsmanagement (KIM) des Landes.")})
    else:
        out.append({"titel": p.get("formtitel", "Antrag auf Förderung – Kommunales "
                                                "Integrationsmanagement (KIM)")})
        out.append({"p": "Bitte füllen Sie das Formular vollständig aus; Zutreffendes ankreuzen."})
    box = p.get("boxen", {})
    for i, k in enumerate(teile, 1):
        out.append({"h1": head(i, k)})
        if k == "antragsteller":
            if form:
                out.append({"formular": [["Kommune", p["kommune"]],
                                         ["Anschrift", ", ".join(p["anschrift"])],
                                         ["Kreisschlüssel / AGS", p["ags"]],
                                         ["Art", p.get("art_kommune",
                                                       "☒ Landkreis   ☐ kreisfreie Stadt")]]})
            else:
                out.append({"p": f"{_gross(p['kommune'])}, {', '.join(p['anschrift'])}; "
                                  f"Amtlicher Gemeindeschlüssel {p['ags']}."})
        elif k == "ansprech":
            a = p["ansprech"]
            if form:
                out.append({"formular": [["Name", a[0]], ["Dienststelle", a[1]], ["Telefon", a[2]],
                                         ["E-Mail", a[3]]]})
            else:
                out.append({"p": f"{a[0]}, {a[1]}, Tel. {a[2]}, {a[3]}"})
        elif k == "stelle":
            if p.get("vollzeit", 39) != 39:
                out.append({"p": f"Eine Vollzeitstelle entspricht bei uns {p['vollzeit']} "
                                 "Wochenstunden."})
            out += (_stellen_prosa(p) if p.get("stellen_prosa") else _stellen_tabelle(p))
        elif k == "organisation":
            if form and p.get("anbindung_box", True):
                out.append({"formular": [["Die Stelle ist angesiedelt in", p["anbindung"]],
                                         ["Träger der Stelle", p.get("traeger_box", TRAEGER)]]})
            else:
                out.append({"p": p["anbindung"]})
        elif k == "aufgaben":
            out.append({"p": p.get("aufgaben_text", "Die Integrationsmanagerin bzw. der "
                                   "Integrationsmanager soll die bestehenden Integrationsangebote "
                                   "erfassen, Lücken benennen und die Akteure vernetzen:")})
            out.append({"liste": p.get("aufgaben", [
                "Bestandsaufnahme der Integrationsangebote (Sprache, Bildung, Wohnen, Arbeit)",
                "Aufbau einer Steuerungsgruppe Integration in der Verwaltung",
                "Vernetzung mit Migrationsberatung, Jobcenter und Ehrenamt",
                "Öffentlichkeitsarbeit und Berichterstattung an das Land"])})
        elif k == "konzept":
            out.append({"p": p.get("konzept", "Ein Integrationskonzept liegt nicht vor; es soll "
                                              "im Rahmen des KIM erarbeitet werden.")})
        elif k == "zeitraum":
            von, bis = p["zeitraum"]
            zs = p.get("zeitraum_stil", ds)
            sep = p.get("zeitraum_sep", "bis")
            txt = (f"vom {datum(von, zs)} bis {datum(bis, zs)}" if sep == "bis"
                   else f"{datum(von, zs)} – {datum(bis, zs)}")
            if form:
                out.append({"formular": [["Beantragter Zeitraum", txt]]})
            else:
                out.append({"p": f"Die Förderung wird für den Zeitraum {txt} beantragt."})
        elif k == "plan":
            out += _plan(p["plan"])
            out += [{"p": x} for x in p["plan"].get("erlaeuterung", [])]
        elif k == "erklaerungen":
            e1 = box.get("doppel", "☒")
            e2 = box.get("beginn", "☒")
            e3 = box.get("richtig", "☒")
            if form or p.get("erklaerung_boxen"):
                out.append({"p": f"{e1} Für die beantragte Maßnahme werden keine weiteren "
                                 "Fördermittel in Anspruch genommen; eine Doppelförderung besteht "
                                 "nicht."})
                out.append({"p": f"{e2} Mit der Maßnahme wurde noch nicht begonnen; vor Zugang des "
                                 "Bewilligungsbescheids werden keine Verträge geschlossen."})
                out.append({"p": f"{e3} Die Angaben in diesem Antrag sind vollständig und "
                                 "richtig."})
            else:
                out.append({"p": f"{_gross(p['kommune'])} erklärt, dass für die Stelle keine "
                                 "weiteren öffentlichen Fördermittel beantragt oder bewilligt sind "
                                 "(keine Doppelförderung) und dass mit der Maßnahme vor der "
                                 "Bewilligung nicht begonnen wird. Die Angaben sind vollständig "
                                 "und richtig."})
    u = p.get("unterschrift")
    if u:
        if form:
            out.append({"h1": head(len(teile) + 1, "unterschrift")})
            out.append({"formular": [["Ort, Datum", f"{p['ort']}, {datum(p['datum'], ds)}"],
                                     ["Unterschrift", u[0]], ["Name, Funktion", u[1]]]})
        else:
            out.append({"p": "Mit freundlichen Grüßen"})
            out += [{"p": line} for line in u]
    if p.get("anlagen"):
        out.append({"fett": "Anlagen"})
        out.append({"liste": p["anlagen"]})
    return out


# --- Jahresbericht ---------------------------------------------------------------------------

_JB_TEXT = {
    "infrastruktur": (
        ("Die Bestandsaufnahme der Integrationsangebote wurde abgeschlossen. Erfasst wurden 64 "
         "Angebote in den Handlungsfeldern Sprache und Bildung, Arbeit, Wohnen, Gesundheit und "
         "Migrationsberatung. Lücken bestehen vor allem bei berufsbegleitenden Sprachkursen und in "
         "der Kinderbetreuung während der Kurse."),
        ("Gemeinsam mit den Trägern wurde eine Übersicht der Angebote erstellt (Sprachkurse, "
         "Beratung, Ausbildung und Arbeit, Wohnen, Freizeit). Als Handlungsfelder mit dem größten "
         "Bedarf wurden die Wohnraumversorgung und der Übergang von der Schule in den Beruf "
         "benannt; im ländlichen Raum fehlen erreichbare Sprachkurse.")),
    "vernetzung": (
        ("Innerhalb der Verwaltung trifft sich eine Runde aus Ausländerbehörde, Jugendamt, "
         "Sozialamt und Jobcenter alle sechs Wochen. Mit den Trägern der Migrationsberatung und "
         "dem Ehrenamt fanden drei Netzwerktreffen statt; der Sozialausschuss wurde zweimal "
         "unterrichtet."),
        ("Das Integrationsmanagement hat einen Runden Tisch Integration mit Wohlfahrtsverbänden, "
         "Migrantenorganisationen, Schulen und Ehrenamtsinitiativen eingerichtet, der viermal "
         "tagte. In der Verwaltung wurden feste Ansprechpersonen in Ausländerbehörde, "
         "Jobcenter und Jugendamt benannt.")),
    "interkommunal": (
        ("Mit den Integrationsmanagerinnen und -managern der Nachbarkommunen besteht ein Austausch "
         "im Quartal, u. a. zu gemeinsamen Fortbildungen und zur Anerkennung ausländischer "
         "Berufsabschlüsse."),
        ("Mit zwei Nachbarkreisen wurde eine gemeinsame Fortbildungsreihe für Ehrenamtliche "
         "organisiert; an den regionalen KIM-Treffen hat das Integrationsmanagement regelmäßig "
         "teilgenommen.")),
    "oeffentlichkeit": (
        ("Pressemitteilungen zum Start des Integrationsmanagements und zur Interkulturellen Woche; "
         "ein mehrsprachiger Wegweiser erschien im Herbst."),
        ("Berichte im Amtsblatt, ein Informationsstand beim Stadtfest und eine eigene Seite auf "
         "der Internetseite der Verwaltung informieren über das Integrationsmanagement.")),
    "land": (
        ("Das Integrationsmanagement nahm an allen Jour-fixe-Terminen des MFFKI und an zwei "
         "Fachtagen der DBKI teil."),
        ("Mit dem Fachreferat des MFFKI und der Dialog- und Beratungsstelle (DBKI) fand ein "
         "regelmäßiger Austausch statt, u. a. bei den landesweiten Jours fixes und einer "
         "Vor-Ort-Beratung durch die DBKI.")),
    "konzept": (
        ("Das Integrationskonzept aus dem Jahr 2019 wird fortgeschrieben; ein Entwurf soll dem "
         "Kreistag im zweiten Quartal des Folgejahres vorgelegt werden."),
        ("Ein Integrationskonzept besteht noch nicht. Die Eckpunkte wurden mit der "
         "Steuerungsgruppe erarbeitet; die Beteiligung der Akteure beginnt im Frühjahr.")),
    "ausblick": (
        ("Im kommenden Jahr stehen die Fortschreibung des Konzepts, ein Fachtag Integration und "
         "der Aufbau einer digitalen Angebotsübersicht an."),
        ("Für das nächste Jahr sind eine Befragung der Träger, der Ausbau der Sprachmittlung und "
         "eine Veranstaltungsreihe zur Anerkennung ausländischer Abschlüsse geplant.")),
    "steuerung": (
        ("Die Steuerungsgruppe Integration unter Leitung des Dezernenten tagt halbjährlich."),
        ("Eine verwaltungsinterne Lenkungsgruppe unter Leitung der Sozialdezernentin stimmt "
         "Prioritäten und Aufgaben ab; sie tagte dreimal.")),
}


def _variante(p: dict) -> int:
    """Which of the two wordings a writer uses: fixed by the Kommune's name."""
    return sum(map(ord, p.get("kommune", ""))) % 2


def _mittel(p: dict) -> list[dict]:
    m = p["mittel"]
    st = m.get("betrag", "eur2")
    f = (lambda x: betrag(x, "nackt")) if st == "nackt" else (lambda x: betrag(x, st))
    D = lambda x: Decimal(str(x))  # noqa: E731
    items = [(lbl, D(v)) for lbl, v in m["sach"]]
    sach = sum((v for _, v in items), Decimal(0))
    out = []
    if m.get("gesamt_personal"):
        out.append({"p": f"Die Personalausgaben für das Integrationsmanagement betrugen "
                         f"{p['jahr']} insgesamt {f(m['gesamt_personal'])}. Davon wurden "
                         f"{f(m['personal_ist'])} aus der KIM-Zuwendung gedeckt, der Rest aus "
                         "Eigenmitteln."})
    head = ["Position" + (" (in EUR)" if st == "nackt" else ""), "bewilligt", "verausgabt"]
    bew_s = D(m["sach_bewilligt"])
    rows = [head, ["Personalkosten (Zuwendung)", f(m["personal_bewilligt"]), f(m["personal_ist"])],
            ["Sachkosten", f(bew_s), f(sach)],
            ["Summe", f(D(m["personal_bewilligt"]) + bew_s),
             f(D(m.get("summe_ist", D(m["personal_ist"]) + sach)))]]
    out.append({"tabelle": rows})
    out.append({"p": "Die Sachkosten verteilen sich wie folgt:"})
    out.append({"tabelle": [["Sachkosten " + str(p["jahr"]), "verausgabt"]]
                + [[lbl, f(v)] for lbl, v in items] + [["Summe Sachkosten", f(sach)]]})
    return out


def jahresbericht(p: dict) -> list[dict]:
    h = {"personal": "Personal", "infrastruktur": "Integrationsinfrastruktur",
         "vernetzung": "Vernetzung in der Kommune", "interkommunal": "Interkommunale Vernetzung",
         "oeffentlichkeit": "Öffentlichkeitsarbeit", "land": "Kooperation mit dem Land",
         "konzept": "Stand des Integrationskonzepts", "mittel": "Mittelverwendung",
         "ausblick": "Ausblick", "steuerung": "Steuerungsgremien"}
    h.update(p.get("titel_teile", {}))
    reihe = p.get("reihe", ["personal", "infrastruktur", "steuerung", "vernetzung",
                            "interkommunal", "oeffentlichkeit", "land", "konzept", "mittel",
                            "ausblick"])
    reihe = [k for k in reihe if k not in p.get("weglassen", ())]
    ds = p.get("datumsstil", "std")
    out = [{"briefkopf": p["briefkopf"]}]
    if p.get("fusszeile"):
        out.append({"fusszeile": [p["fusszeile"]]})
    out.append({"titel": p.get("titel", f"Jahresbericht {p['jahr']} – Kommunales "
                                        "Integrationsmanagement")})
    out.append({"p": f"{p['kommune']} · Berichtsjahr {p['jahr']} · Stand: {datum(p['datum'], ds)}"})
    if p.get("bewilligung"):
        out.append({"p": p["bewilligung"]})
    for i, k in enumerate(reihe, 1):
        out.append({"h1": f"{i}. {h[k]}" if p.get("zahlen", True) else h[k]})
        if k == "personal":
            out += (_stellen_prosa(p) if p.get("stellen_prosa") else _stellen_tabelle(p))
        elif k == "mittel":
            out += _mittel(p)
        else:
            out.append({"p": p.get("texte", {}).get(k, _JB_TEXT[k][_variante(p)])})
    out.append({"rechts": f"{p['ort']}, {datum(p['datum'], ds)}"})
    out += [{"p": line} for line in p["unterschrift"]]
    if p.get("anlagen"):
        out.append({"fett": "Anlagen"})
        out.append({"liste": p["anlagen"]})
    return out


# --- Bescheid --------------------------------------------------------------------------------

def bescheid(p: dict) -> list[dict]:
    st = p.get("betrag", "eur2")
    f = lambda x: betrag(x, st)  # noqa: E731
    ds = p.get("datumsstil", "std")
    von, bis = p["zeitraum"]
    jahre = [str(j) for j in p["jahre"]]
    T = {"bewilligung": "Bewilligung", "finanzierung": "Finanzierungsart und zuwendungsfähige "
         "Ausgaben", "auszahlung": "Auszahlung", "bericht": "Jahresbericht und "
         "Verwendungsnachweis", "neben": "Nebenbestimmungen", "begruendung": "Begründung",
         "rbb": "Rechtsbehelfsbelehrung"}
    T.update(p.get("titel_teile", {}))
    num = p.get("nummern", "arabisch")
    roem = ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII."]
    out = [{"briefkopf": ["Ministerium für Familie, Frauen, Kultur und Integration",
                          "Rheinland-Pfalz", "Kaiser-Friedrich-Straße 5a · 55116 Mainz"]}]
    out.append({"fusszeile": ["Seite # – Dienstgebäude Kaiser-Friedrich-Straße 5a, 55116 Mainz"]})
    out += [{"p": line} for line in p["empfaenger"]]
    out.append({"formular": [["Mein Aktenzeichen", p["az"]],
                             ["Ihr Schreiben vom", datum(p["antrag_vom"], ds)],
                             ["Ansprechpartner/-in", p.get("sachbearbeitung", "Frau Lenz")],
                             ["Datum", datum(p["datum"], ds)]], "rahmenlos": True})
    out.append({"fett": p.get("betreff", "Zuwendung aus dem Programm „Kommunales "
                                         "Integrationsmanagement“ (KIM); Zuwendungsbescheid")})
    out.append({"p": "Sehr geehrte Damen und Herren,"})
    out.append({"p": "auf Ihren Antrag ergeht folgender Bescheid:"})
    teile = [k for k in ("bewilligung", "finanzierung", "auszahlung", "bericht", "neben",
                         "begruendung", "rbb") if k not in p.get("weglassen", ())]
    D = lambda x: Decimal(str(x))  # noqa: E731
    for i, k in enumerate(teile):
        n = roem[i] if num == "roemisch" else f"{i + 1}."
        out.append({"h1": f"{n} {T[k]}"})
        if k == "bewilligung":
            out.append({"p": f"Das Ministerium bewilligt {p['kommune_dativ']} für die Stelle des "
                             f"Kommunalen Integrationsmanagements ({p['vzae_text']}) für den "
                             f"Bewilligungszeitraum vom {datum(von, ds)} bis {datum(bis, ds)} "
                             "eine Zuwendung als Zuweisung in folgender Höhe:"})
            rows = [["Haushaltsjahr", "Personalkosten", "Sachkosten", "Summe"]]
            for j in jahre:
                a, b = D(_s(p["jahre"])[j]["personal"]), D(_s(p["jahre"])[j]["sach"])
                rows.append([j, f(a), f(b), f(a + b)])
            out.append({"tabelle": rows})
            if p.get("bedingung"):
                out.append({"p": p["bedingung"]})
        elif k == "finanzierung":
            out.append({"p": "Die Zuwendung wird im Wege der Festbetragsfinanzierung gewährt. "
                             "Zuwendungsfähig sind die Personalausgaben der Integrationsmanagerin "
                             "bzw. des Integrationsmanagers bis zu 60.000 € je Vollzeitäquivalent "
                             "und Jahr sowie Sachausgaben bis zu 20.000 € je Jahr, jeweils "
                             "anteilig nach vollen Kalendermonaten. Overheadkosten sind nicht "
                             "zuwendungsfähig."})
        elif k == "auszahlung":
            out.append({"p": "Die Mittel werden auf Anforderung ausgezahlt, soweit sie "
                             "innerhalb von zwei Monaten nach der Auszahlung benötigt werden."})
        elif k == "bericht":
            out.append({"p": "Bis zum 15. Dezember eines jeden Jahres ist ein Jahresbericht mit "
                             "dem ausgefüllten Fragebogen des Fachreferats vorzulegen. Der "
                             "Verwendungsnachweis ist innerhalb von sechs Monaten nach Ablauf "
                             "des Bewilligungszeitraums vorzulegen."})
        elif k == "neben":
            out.append({"p": "Die Allgemeinen Nebenbestimmungen für Zuwendungen zur "
                             "Projektförderung an kommunale Körperschaften (ANBest-K) in der am "
                             "Tag dieses Bescheids geltenden Fassung sind Bestandteil dieses "
                             "Bescheids. Nicht verwendete Mittel sind zu erstatten und nach "
                             "§ 49a VwVfG zu verzinsen."})
        elif k == "begruendung":
            out.append({"p": "Rechtsgrundlage sind § 44 LHO und die Verwaltungsvorschriften dazu "
                             "sowie das Konzept Kommunales Integrationsmanagement. Die Zuwendung "
                             "ist eine freiwillige Leistung des Landes; ein Rechtsanspruch "
                             "besteht nicht. Das Ministerium entscheidet nach pflichtgemäßem "
                             "Ermessen im Rahmen der verfügbaren Haushaltsmittel. Der Antrag "
                             "erfüllt die Fördervoraussetzungen."})
        elif k == "rbb":
            if p.get("rbb") == "widerspruch":
                out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach "
                                 "Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist "
                                 "schriftlich oder zur Niederschrift beim Ministerium für Familie, "
                                 "Frauen, Kultur und Integration Rheinland-Pfalz, "
                                 "Kaiser-Friedrich-Straße 5a, 55116 Mainz, einzulegen."})
            else:
                out.append({"p": "Gegen diesen Bescheid kann innerhalb eines Monats nach "
                                 f"Bekanntgabe Klage beim {p['gericht']} erhoben werden. Die "
                                 "Klage ist elektronisch nach Maßgabe des § 55d VwGO "
                                 "einzureichen."})
    out.append({"p": "Mit freundlichen Grüßen"})
    out += [{"p": line} for line in p.get("zeichnung", ["Im Auftrag", "gez. Dr. Weiland"])]
    out.append({"fett": "Anlage"})
    out.append({"liste": p.get("anlagen", ["ANBest-K", "Muster Mittelabruf"])})
    return out


# --- Vorlage ---------------------------------------------------------------------------------

_V_TEXT = {
    "hintergrund": "Das Land fördert seit dem 11.08.2025 mit dem Programm „Kommunales "
                   "Integrationsmanagement“ (KIM) je Landkreis und kreisfreier Stadt eine Stelle "
                   "mit bis zu einem Vollzeitäquivalent (bis zu 60.000 € Personalkosten je Jahr) "
                   "und Sachkosten bis zu 20.000 € jährlich. Anträge sind bis Ende 2026 möglich.",
    "umsetzung": "Die Verwaltung hat den Antrag gestellt; die Stelle ist dem Bereich „{amt}“ "
                 "zugeordnet. Die Dialog- und "
                 "Beratungsstelle Kommunale Integration (DBKI) begleitet die Kommunen; "
                 "regelmäßige Jours fixes mit dem Ministerium sind eingerichtet.",
    "sachstand": "Die Bewilligung liegt vor. Die Integrationsmanagerin hat ihre Arbeit "
                 "aufgenommen, die Bestandsaufnahme der Angebote hat begonnen; eine "
                 "Steuerungsgruppe soll im nächsten Quartal erstmals tagen.",
}


def vorlage(p: dict) -> list[dict]:
    ds = p.get("datumsstil", "std")
    T = {"hintergrund": "Hintergrund", "umsetzung": "Umsetzung", "sachstand": "Sachstand"}
    T.update(p.get("titel_teile", {}))
    out = [{"briefkopf": p["briefkopf"]}] if p.get("briefkopf") else []
    out.append({"titel": p.get("typ", "Unterrichtungsvorlage")})
    kopf = [["Vorlage-Nr.", p["nummer"]], ["Datum", datum(p["datum"], ds)],
            ["Dezernat / Amt", p["amt"]], ["Aktenzeichen", p["az"]]]
    if "betreff" in p:
        kopf.append([p.get("betreff_label", "Betreff"), p["betreff"]])
    out.append({"formular": kopf})
    if p.get("gremien"):
        out.append({"fett": p.get("gremien_label", "Beratungsfolge")})
        rows = [["Datum", "Gremium", "Zuständigkeit", "Status"]]
        rows += [[datum(d, ds), g, z, s] for d, g, z, s in p["gremien"]]
        out.append({"tabelle": rows})
    if p.get("beschlussvorschlag"):
        out.append({"h1": "Beschlussvorschlag"})
        out.append({"p": p["beschlussvorschlag"]})
    for k in ("hintergrund", "umsetzung", "sachstand"):
        if k in p.get("weglassen", ()):
            continue
        n = p.get("zahlen", {}).get(k)
        out.append({"h1": f"{n} {T[k]}" if n else T[k]})
        out.append({"p": p.get("texte", {}).get(k, _V_TEXT[k].replace("{amt}", p["amt"]))})
    for extra, text in p.get("zusatz", []):
        out.append({"h1": extra})
        out.append({"p": text})
    if p.get("anlagen"):
        out.append({"h1": "Anlagen"})
        out.append({"liste": p["anlagen"]})
    out += [{"p": line} for line in p.get("unterschrift", [])]
    return out


BUILDERS = {"b13-antrag": antrag, "b13-jahresbericht": jahresbericht, "b13-bescheid": bescheid,
            "b13-vorlage": vorlage}
