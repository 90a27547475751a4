"""The Bescheid data taken from an Antrag as a YAML file for review: every value with a German
comment saying where it came from („aus dem Antrag, Seite 2: „…““) or that it must be entered
(„nicht gelesen – bitte eintragen“). `kimdocs erstellen bescheid DATEI.yaml` reads it as any
other data file once it is complete; the comments do not matter to it."""

from __future__ import annotations

import re
from typing import Any

import yaml

from kimdocs.generate.aus_antrag import Uebernahme

# values written as numbers (the loader reads them as Decimal): money and shares
NUMBERS = {"vzae", "personalausgaben", "betrag", "beantragt_personalkosten",
           "beantragt_sachkosten", "beantragt_gesamt", "eigenanteil", "entgelt_jahr",
           "arbeitgeberanteile_jahr"}
_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def as_yaml(u: Uebernahme, *, command: str = "kimdocs erstellen bescheid") -> str:
    """The data as YAML with a comment on each value's source, and a head that says what is
    still to do."""
    offen = [q for q in u.offen if q.pflicht]
    pruefen = [q for q in u.offen if not q.pflicht]
    head = [
        f"# Bewilligungsbescheid aus dem Antrag „{u.datei}“ – Daten zur Prüfung.",
        "# Jeder Wert nennt, woher er kommt. Bitte mit dem Antrag vergleichen, die leeren Werte",
        "# („bitte eintragen“) ausfüllen und erst dann den Bescheid erstellen:",
        f"#   {command} DIESE-DATEI.yaml",
    ]
    if offen:
        head.append(f"# Noch einzutragen: {len(offen)} "
                    + ("Angabe" if len(offen) == 1 else "Angaben")
                    + " (" + ", ".join(q.pfad for q in offen) + ").")
    if pruefen:
        head.append(f"# Freiwillige Angaben, bitte prüfen: {len(pruefen)} ("
                    + ", ".join(q.pfad for q in pruefen) + ").")
    lines = [*head, ""]
    notes = {q.pfad: q.text() for q in u.quellen}
    _mapping(u.daten, "", 0, notes, lines)
    return "\n".join(lines) + "\n"


def _child(path: str, key: Any) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else (f"{path}.{key}" if path else key)


def _mapping(data: dict, path: str, indent: int, notes: dict[str, str],
             lines: list[str], first_prefix: str | None = None) -> None:
    pad = " " * indent
    for n, (key, value) in enumerate(data.items()):
        lead = first_prefix if (first_prefix is not None and n == 0) else pad
        _entry(f"{lead}{key}:", key, value, _child(path, key), indent, notes, lines)


def _entry(label: str, key: Any, value: Any, path: str, indent: int,
           notes: dict[str, str], lines: list[str]) -> None:
    if isinstance(value, dict) and value:
        lines.append(label + _note(notes.get(path)))
        _mapping(value, path, indent + 2, notes, lines)
    elif isinstance(value, list) and value:
        lines.append(label + _note(notes.get(path)))
        for i, item in enumerate(value):
            item_path = _child(path, i)
            dash = " " * (indent + 2) + "- "
            if isinstance(item, dict) and item:
                _mapping(item, item_path, indent + 4, notes, lines, first_prefix=dash)
            else:
                lines.append(dash + _scalar(key, item) + _note(notes.get(item_path)))
    else:
        shown = _scalar(key, value)
        # an empty group ("anschrift:") carries the note of its first part
        note = notes.get(path) or next((text for p, text in notes.items()
                                        if p.startswith(f"{path}.")), None)
        lines.append(f"{label} {shown}".rstrip() + _note(note))


def _note(text: str | None) -> str:
    return f"  # {text}" if text else ""


def _scalar(key: Any, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if (key in NUMBERS and _DECIMAL.match(text)) or _ISO_DATE.match(text):
        return text
    dumped = yaml.safe_dump(text, allow_unicode=True, default_flow_style=True, width=10_000)
    return dumped.removesuffix("\n...\n").removesuffix("\n")
