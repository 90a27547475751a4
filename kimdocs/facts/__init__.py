"""The facts the guideline speaks of, read once from a document (one linear pass).

A rule never digs in the raw text: it judges `Fakten`, which come either from a read
Document (`from_document`, kimdocs.facts.reading) or from YAML data (kimdocs.facts.from_data).
Each fact keeps its Fundstelle. Where two readings of a fact conflict, the fact carries the
reason in `unklar`, and a rule that needs it is *nicht prüfbar* — never a guessed Fehler.

One module per kind of fact, each with its own words and patterns: applicant (Antragsteller,
Schlüssel, kind of body), placement (Ansiedlung), staff (Stellenanteile), periods (Zeiträume),
dates (Datum, Berichtsjahr, Aktenzeichen), amounts (Beträge, lines, roles, Summen), overhead
(the one overhead test, and the overhead a document claims), attachments (Anlagen,
Fragebogen), signature (Zeichnung). The dataclasses are in model; the indexes they share
(figures per block, section and caption of each block, the header of each table column) are
built once per document in context.
"""

from kimdocs.facts.amounts import classify_line, classify_role
from kimdocs.facts.applicant import body_kind
from kimdocs.facts.model import (
    Ansiedlung,
    Antragsteller,
    Betrag,
    Datum,
    Erwaehnung,
    Fakten,
    Stellenanteil,
    Summe,
    Zeitraum,
)
from kimdocs.facts.overhead import is_overhead_text
from kimdocs.facts.reading import from_document
from kimdocs.facts.staff import MELDUNG_UNLESBAR
from kimdocs.facts.text import PROSE_CELL, TOTAL

__all__ = [
    "MELDUNG_UNLESBAR", "PROSE_CELL", "TOTAL", "Ansiedlung", "Antragsteller", "Betrag", "Datum",
    "Erwaehnung", "Fakten", "Stellenanteil", "Summe", "Zeitraum", "body_kind", "classify_line",
    "classify_role", "from_document", "is_overhead_text",
]
