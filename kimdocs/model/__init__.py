"""The domain model: the documents of the programme as validated data (pydantic v2).

Input comes as YAML or JSON through one guarded loader (`read_mapping`, model/loader.py);
validation errors become one German message naming the file, the field path and the bad value
(model/documents.py). The types: common parts and value types (model/common.py), the Antrag,
the Bewilligungsbescheid, the Kommune's reports (Vorlage, Jahresbericht) and the
Verwendungsnachweis.

Whether an applicant is eligible or a figure is within the caps is *not* decided here: that
is the guideline's business (kimdocs.guideline, kimdocs.rules, kimdocs.calculator), so that a
rule break is reported by its code instead of being refused as malformed input.
"""

from __future__ import annotations

from kimdocs.model.antrag import (
    Antrag,
    Bankverbindung,
    Erklaerungen,
    Integrationskonzept,
    Jahresplan,
    Organisation,
    Sachkostenposten,
    Stelle,
    VorzeitigerBeginnAntrag,
)
from kimdocs.model.berichte import (
    Aufgabenbereiche,
    Beratung,
    Jahresbericht,
    Mittelverwendung,
    Personalstand,
    Unterrichtungsvorlage,
)
from kimdocs.model.bescheid import (
    Bewilligungsbescheid,
    NichtGefoerdert,
    VorzeitigerBeginn,
)
from kimdocs.model.common import (
    MAX_ALIASES,
    MAX_DATA_BYTES,
    MAX_DEPTH,
    MAX_DIGITS,
    MAX_MAGNITUDE,
    MAX_NAME,
    MAX_TEXT,
    VZAE,
    YEARS,
    Anschrift,
    Iban,
    Kommune,
    Kreisschluessel,
    Money,
    Person,
    Unterschrift,
    Zeichnende,
    Zeichnungszusatz,
    Zeitraum,
    _Base,
    check_iban,
    clean_text,
    date_from_input,
    group_iban,
    number_from_input,
)
from kimdocs.model.documents import (
    DOCUMENT_TITLES,
    DOCUMENT_TYPES,
    Dokument,
    german_validation_message,
    guess_kind,
    json_schema,
    load_data,
    show_value,
    validate,
    validation_problems,
)
from kimdocs.model.loader import (
    _PACKAGE,
    _GuardedLoader,
    _loader_for,
    _TrustedLoader,
    check_regular_file,
    read_bytes_guarded,
    read_mapping,
)
from kimdocs.model.verwendung import (
    Bestaetigung,
    Nachweisjahr,
    Nachweiszeile,
    Verwendungsnachweis,
)

# every name `kimdocs.model` exported before it was split into modules (the private ones
# for tests of the loader and for subclasses)
__all__ = [
    "DOCUMENT_TITLES",
    "DOCUMENT_TYPES",
    "MAX_ALIASES",
    "MAX_DATA_BYTES",
    "MAX_DEPTH",
    "MAX_DIGITS",
    "MAX_MAGNITUDE",
    "MAX_NAME",
    "MAX_TEXT",
    "VZAE",
    "YEARS",
    "_PACKAGE",
    "Anschrift",
    "Antrag",
    "Aufgabenbereiche",
    "Bankverbindung",
    "Beratung",
    "Bestaetigung",
    "Bewilligungsbescheid",
    "Dokument",
    "Erklaerungen",
    "Iban",
    "Integrationskonzept",
    "Jahresbericht",
    "Jahresplan",
    "Kommune",
    "Kreisschluessel",
    "Mittelverwendung",
    "Money",
    "Nachweisjahr",
    "Nachweiszeile",
    "NichtGefoerdert",
    "Organisation",
    "Person",
    "Personalstand",
    "Sachkostenposten",
    "Stelle",
    "Unterrichtungsvorlage",
    "Unterschrift",
    "Verwendungsnachweis",
    "VorzeitigerBeginn",
    "VorzeitigerBeginnAntrag",
    "Zeichnende",
    "Zeichnungszusatz",
    "Zeitraum",
    "_Base",
    "_GuardedLoader",
    "_TrustedLoader",
    "_loader_for",
    "check_iban",
    "check_regular_file",
    "clean_text",
    "date_from_input",
    "german_validation_message",
    "group_iban",
    "guess_kind",
    "json_schema",
    "load_data",
    "number_from_input",
    "read_bytes_guarded",
    "read_mapping",
    "show_value",
    "validate",
    "validation_problems",
]
