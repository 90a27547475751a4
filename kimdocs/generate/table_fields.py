"""Batch input for every document type besides the Bescheid: one document per table row,
its columns named by the data file's field paths.

A column is the path of a field as the JSON Schema of the type (`kimdocs schema ART`) and the
German error messages name it: `kommune.name`, `bewilligungszeitraum.beginn`, and for a list
the item's number from 1: `jahre.1.personalkosten.festbetrag`, `gremienweg.2.datum`. A list of
texts may also be one cell with the items separated by ';' (`anlagen`). Names are
case-insensitive; an empty cell leaves the field out (its default applies). Numbers and dates
as a clerk types them (60.000,00; 01.12.2025), "ja"/"nein" for a yes/no field. A column that
names no field stops the table (a typo would otherwise drop a value on every row); a row that
does not fit the model is its own error with its row number, the others are still made.

The Bescheid keeps its own columns (kimdocs.generate.tables: one row says what a notice and its
Antrag say, in the words of the ministry's list).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from kimdocs.errors import InputError, KimdocsError
from kimdocs.model import json_schema, validate

_INDEX = re.compile(r"^\d{1,3}$")
_YES = {"ja", "j", "x", "wahr", "true"}
_NO = {"nein", "n", "falsch", "false"}


def _resolve(schema: dict, root: dict) -> dict:
    """The schema of a field, past $ref and a nullable anyOf."""
    while True:
        if "$ref" in schema:
            schema = root["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
            continue
        options = [s for s in schema.get("anyOf", ()) if s.get("type") != "null"]
        objects = [s for s in options if "$ref" in s or s.get("type") in ("object", "array")]
        if objects:
            schema = objects[0]
            continue
        return schema


def field_types(kind: str) -> dict[str, str]:
    """Every column a table of `kind` may have, as a pattern ('#' for a list index) with its
    type: 'string', 'number', 'integer', 'boolean', 'date', 'list' (texts, ';'-separated)."""
    root = json_schema(kind)
    out: dict[str, str] = {}

    def walk(schema: dict, prefix: str) -> None:
        schema = _resolve(schema, root)
        if schema.get("type") == "object" or "properties" in schema:
            for name, sub in schema.get("properties", {}).items():
                if not prefix and name == "art":
                    continue  # the table is of one type, given once for all rows
                walk(sub, f"{prefix}.{name}" if prefix else name)
            return
        if schema.get("type") == "array":
            items = _resolve(schema.get("items", {}), root)
            if items.get("type") == "string":
                out[prefix] = "list"
            walk(items, f"{prefix}.#")
            return
        types = {schema.get("type")} | {s.get("type") for s in schema.get("anyOf", ())}
        if schema.get("format") == "date" or any(
                s.get("format") == "date" for s in schema.get("anyOf", ())):
            out[prefix] = "date"
        elif "boolean" in types:
            out[prefix] = "boolean"
        elif "number" in types:
            out[prefix] = "number"
        elif "integer" in types:
            out[prefix] = "integer"
        else:
            out[prefix] = "string"

    walk(root, "")
    return out


def columns(kind: str) -> list[str]:
    """The column names of a table of `kind`, for the help text and the web page ('1' for the
    first item of a list)."""
    return [c.replace("#", "1") for c in field_types(kind)]


def pattern_of(column: str) -> str:
    return ".".join("#" if _INDEX.match(p) else p for p in column.split("."))


def check_header(kind: str, header: list[str]) -> dict[str, str]:
    """{column: type} for the table's columns; unknown columns stop the table."""
    types = field_types(kind)
    unknown = [c for c in header if c and pattern_of(c) not in types]
    if unknown:
        shown = ", ".join(unknown[:8]) + (" …" if len(unknown) > 8 else "")
        raise InputError(f"Spalten passen zu keinem Feld der Dokumentart {kind!r}: {shown} "
                         f"(Spaltennamen wie in `kimdocs schema {kind}`, Listen mit Nummer: "
                         f"z. B. jahre.1.jahr)")
    if not [c for c in header if c]:
        raise InputError("Tabelle hat keine Spaltennamen")
    return {c: types[pattern_of(c)] for c in header if c}


def _cell(value: Any, kind: str, column: str) -> Any:
    if isinstance(value, datetime):
        value = value.date()
    if kind == "boolean" and isinstance(value, str):
        word = value.strip().lower()
        if word in _YES:
            return True
        if word in _NO:
            return False
        raise ValueError(f"Spalte {column!r}: „{value.strip()[:40]}“ ist weder ja noch nein")
    if kind == "list" and isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    if kind in ("string",) and not isinstance(value, str):
        return value.isoformat() if isinstance(value, date) else str(value)
    return value


def _put(tree: dict, path: list[str], value: Any) -> None:
    """Set `value` at `path`; a list is a dict of item numbers until `_lists` makes it one."""
    node = tree
    for part in path[:-1]:
        node = node.setdefault(part, {})
    node[path[-1]] = value


def _lists(node: Any) -> Any:
    if not isinstance(node, dict):
        return node
    if node and all(_INDEX.match(k) for k in node):
        return [_lists(node[k]) for k in sorted(node, key=int)]
    return {k: _lists(v) for k, v in node.items()}


def row_to_document(kind: str, types: dict[str, str], values: dict[str, Any]):
    """The validated document of one row (InputError/ValueError with the German reason)."""
    tree: dict = {}
    for column, value in values.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        _put(tree, column.split("."), _cell(value, types[column], column))
    return validate(kind, _lists(tree))


def body_name(values: dict[str, Any]) -> str:
    """The Kommune a row is about, for messages and progress."""
    for column in ("kommune.name", "antragsteller.name", "kommune"):
        if values.get(column):
            return str(values[column]).strip()[:80]
    return ""


def read_row(kind: str, types: dict[str, str], values: dict[str, Any]) -> tuple[Any, str | None]:
    """(document, None) or (None, German reason) for one row; one bad row never stops the
    others."""
    try:
        return row_to_document(kind, types, values), None
    except ValueError as exc:
        return None, str(exc)
    except KimdocsError as exc:
        return None, exc.message
    except Exception as exc:
        return None, f"Zeile nicht verarbeitbar ({type(exc).__name__})"
