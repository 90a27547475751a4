"""Check reports as text, JSON, HTML and JUnit XML.

JSON is the contract for pipelines (schema: kimdocs/schemas/pruefbericht.schema.json): always
ONE object, `{"kimdocs_version", "richtlinie", "richtlinie_version", "berichte": [...],
"uebersprungen": [...]}`, however many files; `jsonl` gives one report object per line for
streams (the skipped files as objects with `uebersprungen: true`). Every report carries the
kimdocs and guideline versions and the file's sha256 and size. Text is for people: Fehler first, each with the
clause, the quoted passage and its page, and what to do. HTML is one self-contained page a
clerk can send back to the municipality. JUnit XML lets CI systems show each rule as a test.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree as ET

from kimdocs.check import VERDICT_TEXT, Pruefbericht
from kimdocs.check.files import file_facts
from kimdocs.findings import SEVERITY_TEXT, STATUS_TEXT, Befund
from kimdocs.model import DOCUMENT_TITLES
from kimdocs.version import __version__

if TYPE_CHECKING:
    from kimdocs.calculator import Berechnung
    from kimdocs.guideline import Richtlinie

# (path, reason) of a file a folder check did not open
Uebersprungen = tuple[str, str]

def calculation_dict(result: Berechnung, richtlinie: Richtlinie,
                     path: Path | str | None = None) -> dict[str, Any]:
    """`berechnen --format json` and the answer of `POST /api/berechnen` (schema:
    kimdocs/schemas/berechnung.schema.json): the amounts per year as strings with the year's
    full months, the total and every finding, with versions (and the file's hash)."""
    out: dict[str, Any] = {"kimdocs_version": __version__, "richtlinie": richtlinie.id,
                           "richtlinie_version": richtlinie.version}
    if path is not None:
        out["datei"] = str(path)
        facts = file_facts(path)
        if facts:
            out["sha256"], out["groesse"] = facts
    out["jahre"] = {str(j.jahr): {**j.to_dict(), "monate": j.monate} for j in result.jahre}
    out["gesamt"] = str(result.gesamt)
    out["befunde"] = [b.to_dict() for b in result.befunde]
    return out

_SEVERITY_ORDER = {"fehler": 0, "warnung": 1, "hinweis": 2}
_STATUS_ORDER = {"verletzt": 0, "nicht_pruefbar": 1, "erfuellt": 2}


def ordered(befunde: list[Befund]) -> list[Befund]:
    """Problems first (Fehler before Warnung before Hinweis), then what is fine."""
    return sorted(befunde, key=lambda b: (_STATUS_ORDER[b.status], _SEVERITY_ORDER[b.schwere]))


def _kind_text(report: Pruefbericht) -> str:
    if report.art is None:
        return "unbekannt"
    title = DOCUMENT_TITLES[report.art]
    return f"{title} (am Inhalt erkannt)" if report.art_erkannt else title


def _where(befund: Befund) -> list[str]:
    out = []
    for f in befund.fundstellen[:3]:
        page = f"S. {f.seite}" if f.seite else "Fundstelle"
        out.append(f"{page}: „{f.text}“")
    return out


def as_dict(reports: list[Pruefbericht],
            skipped: Sequence[Uebersprungen] = ()) -> dict[str, Any]:
    """The one JSON shape of `pruefen --format json`, for one file or many."""
    return {"kimdocs_version": __version__,
            "richtlinie": reports[0].richtlinie if reports else None,
            "richtlinie_version": reports[0].richtlinie_version if reports else None,
            "berichte": [r.to_dict() for r in reports],
            "uebersprungen": [{"datei": p, "grund": why} for p, why in skipped]}


def as_json(reports: list[Pruefbericht], *, skipped: Sequence[Uebersprungen] = ()) -> str:
    return json.dumps(as_dict(reports, skipped), ensure_ascii=False, indent=2) + "\n"


def as_jsonl(reports: list[Pruefbericht], *, skipped: Sequence[Uebersprungen] = ()) -> str:
    """One report per line (JSON Lines) for streams; skipped files as their own lines."""
    lines = [json.dumps(r.to_dict(), ensure_ascii=False) for r in reports]
    lines += [json.dumps({"datei": p, "uebersprungen": True, "grund": why}, ensure_ascii=False)
              for p, why in skipped]
    return "\n".join(lines) + "\n"


def _changed(b: Befund) -> str:
    return (f"      Schwere geändert durch {b.schwere_geaendert_durch}"
            if b.schwere_geaendert_durch else "")


def as_text(reports: list[Pruefbericht], *, verbose: bool = False,
            skipped: Sequence[Uebersprungen] = ()) -> str:
    lines: list[str] = []
    for report in reports:
        lines.append(f"Prüfbericht: {report.datei}")
        lines.append(f"  Dokumentart: {_kind_text(report)}   Richtlinie: {report.richtlinie}")
        lines.append(f"  Ergebnis: {VERDICT_TEXT[report.urteil].upper()}")
        if report.fehler:
            lines.append(f"  Nicht lesbar: {report.fehler}")
        if report.texterkennung:
            lines.append(f"  {report.ocr_text()}")
        if report.nicht_gelesen_grund:
            lines.append(f"  {report.nicht_gelesen_grund}")
        for b in ordered(report.ergebnisse):
            if b.status == "erfuellt" and not verbose:
                continue
            lines.append(f"  [{SEVERITY_TEXT[b.schwere]}, {STATUS_TEXT[b.status]}] "
                         f"{b.code} {b.name} – {b.klausel}")
            lines.append(f"      {b.meldung}")
            lines.extend(f"      {w}" for w in _where(b))
            if b.schwere_geaendert_durch:
                lines.append(_changed(b))
        fine = sum(b.status == "erfuellt" for b in report.ergebnisse)
        if report.ergebnisse:
            lines.append(f"  {fine} von {len(report.ergebnisse)} Regeln erfüllt"
                         + ("" if verbose else " (Einzelheiten mit --ausfuehrlich)"))
        lines.append("")
    if len(reports) > 1:
        lines.append(summary(reports))
    if skipped:
        lines.append(f"Übersprungen ({len(skipped)}):")
        lines.extend(f"  {p}: {why}" for p, why in skipped)
    return "\n".join(lines).rstrip() + "\n"


def summary(reports: list[Pruefbericht]) -> str:
    counts = {k: sum(r.urteil == k for r in reports) for k in VERDICT_TEXT}
    unreadable = [r for r in reports if r.fehler]
    text = (f"Zusammenfassung: {len(reports)} Dateien – {counts['einreichungsfaehig']} "
            f"einreichungsfähig, {counts['maengel']} mit Mängeln, {counts['nicht_pruefbar']} "
            "nicht prüfbar")
    if unreadable:
        text += "\nNicht lesbar: " + "; ".join(r.datei for r in unreadable)
    return text


_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Prüfbericht KIM</title>
<style>
body{font-family:"Liberation Sans",Arial,sans-serif;margin:2em;max-width:60em;color:#222}
h1{font-size:1.4em} h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;margin:.5em 0} td,th{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}
.verletzt{background:#fde2e1} .nicht_pruefbar{background:#fff4d6} .erfuellt{background:#e6f4e6}
.urteil{font-weight:bold;padding:.2em .6em} .klein{font-size:.85em;color:#555}
</style></head><body>
<h1>Prüfbericht nach {{ richtlinie }}</h1>
<p class="klein">Erstellt am {{ datum }} mit kimdocs. Geprüft werden die Pflichtabschnitte und Zahlen der Förderrichtlinie; die Fundstellen nennen Seite und Textstelle.</p>
{% for r in berichte %}
<h2>{{ r.datei }}</h2>
<p>Dokumentart: {{ r.art_text }} – Ergebnis: <span class="urteil {{ r.urteil }}">{{ r.urteil_text }}</span></p>
{% if r.fehler %}<p class="nicht_pruefbar">{{ r.fehler }}</p>{% endif %}
{% if r.texterkennung %}<p class="klein">{{ r.texterkennung }}</p>{% endif %}
{% if r.nicht_gelesen %}<p class="nicht_pruefbar">{{ r.nicht_gelesen }}</p>{% endif %}
{% if r.ergebnisse %}<table><tr><th>Regel</th><th>Schwere</th><th>Status</th><th>Befund und Fundstelle</th><th>Richtlinie</th></tr>
{% for b in r.ergebnisse %}<tr class="{{ b.status }}"><td>{{ b.code }}<br><span class="klein">{{ b.name }}</span></td><td>{{ b.schwere_text }}</td><td>{{ b.status_text }}</td><td>{{ b.meldung }}{% for w in b.wo %}<br><span class="klein">{{ w }}</span>{% endfor %}{% if b.schwere_geaendert_durch %}<br><span class="klein">Schwere geändert durch {{ b.schwere_geaendert_durch }}</span>{% endif %}</td><td>{{ b.klausel }}</td></tr>
{% endfor %}</table>{% endif %}
{% endfor %}
{% if zusammenfassung %}<p><strong>{{ zusammenfassung }}</strong></p>{% endif %}
{% if uebersprungen %}<h2>Übersprungen</h2><ul>{% for p, why in uebersprungen %}<li>{{ p }}: {{ why }}</li>{% endfor %}</ul>{% endif %}
</body></html>
"""


def as_html(reports: list[Pruefbericht], *, now: datetime | None = None,
            skipped: Sequence[Uebersprungen] = ()) -> str:
    import jinja2  # only the HTML report needs it; `kimdocs` starts without it

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    berichte = [{
        "datei": r.datei, "art_text": _kind_text(r), "urteil": r.urteil,
        "urteil_text": VERDICT_TEXT[r.urteil], "fehler": r.fehler,
        "texterkennung": r.ocr_text(), "nicht_gelesen": r.nicht_gelesen_grund,
        "ergebnisse": [{**b.to_dict(), "schwere_text": SEVERITY_TEXT[b.schwere],
                        "schwere_geaendert_durch": b.schwere_geaendert_durch,
                        "status_text": STATUS_TEXT[b.status], "wo": _where(b)}
                       for b in ordered(r.ergebnisse)],
    } for r in reports]
    return env.from_string(_HTML).render(
        richtlinie=reports[0].richtlinie if reports else "", berichte=berichte,
        datum=(now or datetime.now()).strftime("%d.%m.%Y %H:%M"),
        zusammenfassung=summary(reports) if len(reports) > 1 else "", uebersprungen=skipped)


def as_junit(reports: list[Pruefbericht], *, skipped: Sequence[Uebersprungen] = ()) -> str:
    """One testsuite per file, one testcase per rule: verletzt = failure,
    nicht_pruefbar = skipped (with the reason), an unreadable file = error."""
    suites = ET.Element("testsuites", name="kimdocs pruefen")
    for r in reports:
        suite = ET.SubElement(suites, "testsuite", name=r.datei,
                              tests=str(max(1, len(r.ergebnisse))))
        failures = n_skipped = errors = 0
        if r.fehler:
            case = ET.SubElement(suite, "testcase", classname=r.datei, name="lesen")
            ET.SubElement(case, "error", message=r.fehler)
            errors += 1
        for b in r.ergebnisse:
            case = ET.SubElement(suite, "testcase", classname=r.datei, name=f"{b.code} {b.name}")
            detail = "\n".join([b.meldung, *(_where(b))])
            if b.status == "verletzt":
                ET.SubElement(case, "failure", message=f"{b.code}: {b.meldung}",
                              type=b.schwere).text = f"{detail}\n{b.klausel}"
                failures += 1
            elif b.status == "nicht_pruefbar":
                ET.SubElement(case, "skipped", message=b.meldung)
                n_skipped += 1
        suite.set("failures", str(failures))
        suite.set("skipped", str(n_skipped))
        suite.set("errors", str(errors))
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


FORMATS = {"text": as_text, "json": as_json, "jsonl": as_jsonl, "html": as_html,
           "junit": as_junit}
