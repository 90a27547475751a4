"""The rule catalogue of a guideline as text, Markdown and JSON.

The Markdown page beside each guideline file (kimdocs/guideline/richtlinien/<id>.md) is generated from
here, never written by hand; a test keeps it in step with the data.
"""

from __future__ import annotations

from kimdocs.findings import SEVERITY_TEXT
from kimdocs.formatting import format_date
from kimdocs.guideline import Richtlinie
from kimdocs.guideline.textbausteine import load_textbausteine
from kimdocs.model import DOCUMENT_TITLES

KIND_TEXT = {
    "zahl": "Zahlenregel", "frist": "Fristregel", "quer": "dokumentübergreifend",
    "portfolio": "über alle Bewilligungen", "abschnitt": "Abschnittsregel",
}


def rules_as_dict(r: Richtlinie) -> dict:
    return {
        "richtlinie": r.id, "version": r.version, "titel": r.titel, "stand": r.stand.isoformat(),
        "regeln": [regel.model_dump(mode="json", exclude_defaults=False) for regel in r.regeln],
    }


def rules_as_text(r: Richtlinie) -> str:
    lines = [f"{r.titel} ({r.id}, Fassung {r.version}, Stand {format_date(r.stand)})", ""]
    for regel in r.regeln:
        docs = ", ".join(DOCUMENT_TITLES[d] for d in regel.dokumente)
        lines.append(f"{regel.code}  {regel.name}  [{SEVERITY_TEXT[regel.schwere]}; {docs}]")
        lines.append(f"    {regel.titel} – {regel.klausel}")
        if regel.headings:
            lines.append(f"    Überschrift: {' | '.join(regel.headings)}")
        lines.append(f"    Prüfung: {regel.pruefung}")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rules_as_markdown(r: Richtlinie) -> str:
    out = [
        f"# Regeln: {r.titel}",
        "",
        (f"Richtlinie `{r.id}`, Fassung {r.version}, Stand {format_date(r.stand)}. "
         "Diese Seite wird aus der Datendatei erzeugt (`kimdocs regeln --format markdown`); "
         "nicht von Hand bearbeiten."),
        "",
        "## Parameter",
        "",
        "| Parameter | Wert |",
        "|---|---|",
    ]
    for key, value in r.parameter.model_dump(mode="json").items():
        if key in ("hinweise", "bewilligungsbehoerde", "rechtsgrundlagen"):
            continue
        note = r.parameter.hinweise.get(key)
        shown = "–" if value is None else value
        out.append(f"| {key} | {_cell(str(shown))}{' – ' + _cell(note) if note else ''} |")
    out += _textbausteine_section(r)
    out += ["", "## Regeln", ""]
    for regel in r.regeln:
        docs = ", ".join(DOCUMENT_TITLES[d] for d in regel.dokumente)
        out += [
            f"### {regel.code} {regel.name}",
            "",
            (f"**{regel.titel}** – {SEVERITY_TEXT[regel.schwere]}, {KIND_TEXT[regel.art]}, "
             f"gilt für: {docs}. Fundstelle: {regel.klausel}."),
            "",
            f"{regel.beschreibung}",
            "",
            f"*Wie geprüft wird:* {regel.pruefung}",
        ]
        if regel.sperrt_bescheid:
            out += ["", "*Ein Verstoß im Antrag schließt einen Bewilligungsbescheid aus.*"]
        if regel.headings:
            out.append("")
            out.append(f"*Erwartete Überschrift:* „{regel.ueberschrift}“"
                       + (f"; auch: {', '.join('„' + a + '“' for a in regel.alternativen)}"
                          if regel.alternativen else ""))
        if regel.anzeichen:
            out += ["", "*Vielleicht gemeint, wenn unter einer Überschrift in eigenen Worten "
                        "steht:* " + ", ".join(f"„{w}“" for w in regel.anzeichen)
                    + " – dann nicht prüfbar statt „fehlt“."]
        out.append("")
    return "\n".join(out)


def _textbausteine_section(r: Richtlinie) -> list[str]:
    """What the generated documents assume where the legal texts are not published."""
    tb = load_textbausteine(r.id)
    if not tb:
        return []
    nb = tb["nebenbestimmungen"]
    source = f"kimdocs/guideline/richtlinien/{r.id}.textbausteine.yaml"
    out = ["", "## Textbausteine und Annahmen", "",
           f"Die Texte der erzeugten Dokumente stehen in `{source}`.", ""]
    out += [f"- Annahme: {' '.join(a.split())}" for a in tb.get("annahmen", [])]
    out.append(f"- Nebenbestimmungen (konfigurierbar): {nb['name']} ({nb['kurz']}); "
               f"Verwendungsnachweis {tb['verwendungsnachweis_frist_monate']} Monate nach Ende "
               f"des Bewilligungszeitraums (ANBest {nb['verwendungsnachweis_nummer']}: "
               f"{nb['verwendungsnachweis_frist_monate_anbest']} Monate); der Bescheid sagt "
               "„abweichend von“, wo beide auseinanderfallen.")
    return out
