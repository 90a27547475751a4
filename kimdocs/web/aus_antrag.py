"""A Bescheid starts from the received Antrag, on the web (issue 21): the uploaded Antrag
(PDF, DOCX, ODT read in the sandbox under the server's limits, or a YAML/JSON data file) as
the Bescheid's data with the source of every value, for the form to fill and mark."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, BinaryIO

from kimdocs import errors
from kimdocs.generate.aus_antrag import bescheid_aus_antrag
from kimdocs.guideline import Richtlinie
from kimdocs.limits import Limits
from kimdocs.web import work

ARTEN = ["gelesen", "antragsdatei", "liste", "konfiguration", "nicht_gelesen", "eintragen",
         "pruefen"]

# the answer of POST /api/v1/bescheid-aus-antrag (kimdocs.generate.aus_antrag.Uebernahme)
SCHEMA: dict[str, Any] = {
    "type": "object", "required": ["datei", "daten", "quellen", "offen"],
    "properties": {
        "datei": {"type": "string", "description": "Name der hochgeladenen Antragsdatei"},
        "daten": {"type": "object", "description": "die Daten des Bescheids (wie "
                  "GET /api/v1/schema/bescheid), leere Werte als null"},
        "quellen": {"type": "array", "items": {
            "type": "object", "required": ["pfad", "art", "offen", "pflicht", "text"],
            "properties": {
                "pfad": {"type": "string", "description": "Feld, z. B. antrag.stellen[0].vzae"},
                "art": {"type": "string", "enum": ARTEN},
                "offen": {"type": "boolean", "description": "bitte eintragen oder prüfen"},
                "pflicht": {"type": "boolean"},
                "text": {"type": "string", "description": "z. B. „aus dem Antrag, Seite 2: "
                         "…“ oder „nicht gelesen – bitte eintragen“"},
                "seite": {"type": ["integer", "null"]},
                "zitat": {"type": ["string", "null"]},
                "grund": {"type": ["string", "null"]}}}},
        "offen": {"type": "integer", "description": "Pflichtangaben, die noch fehlen"}}}


def from_upload(upload: BinaryIO, name: str, folder: Path, r: Richtlinie,
                limits: Limits) -> dict[str, Any]:
    """The Bescheid data from an uploaded Antrag: a document is stored by its content and
    read in the sandbox; anything else is taken as a YAML/JSON data file."""
    data = upload.read()
    if not data.strip():
        raise errors.ReadError("Die Antragsdatei ist leer.")
    if not _text(data):  # a document (or an image, a binary): its reason from the sniffer
        path = work.store(io.BytesIO(data), folder, "antrag")[0]
    else:
        work._refuse_aliases(data, "Antrag")  # no YAML aliases from a browser
        path = folder / ("antrag.json" if data.lstrip().startswith(b"{") else "antrag.yaml")
        path.write_bytes(data)
    out = bescheid_aus_antrag(path, r, limits=limits, name=name)
    return out.to_dict()


def _text(data: bytes) -> bool:
    """A YAML/JSON data file: UTF-8 text without NUL bytes (no PDF, no ZIP container)."""
    if data.startswith((b"%PDF-", b"PK\x03\x04")) or b"\0" in data[:4096]:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
