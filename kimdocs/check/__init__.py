"""Checking documents against the guideline: the read document's facts, every applicable
rule, a verdict (checker); several files in bounded child processes (files); the Bescheid
for the cross-checks (bescheid); the parts a guideline requires (sections)."""

from kimdocs.check.bescheid import Bewilligung, load_bescheid
from kimdocs.check.checker import (
    VERDICT_EXIT,
    VERDICT_TEXT,
    Pruefbericht,
    check_document,
    recognise,
    verdict,
)
from kimdocs.check.files import (
    OCR_CHOICES,
    SUFFIXES,
    Sammlung,
    check_bytes,
    check_file,
    check_files,
    check_ocr,
    collect,
    file_facts,
    skip_reason,
    stamp,
)

__all__ = [
    "OCR_CHOICES",
    "SUFFIXES",
    "VERDICT_EXIT",
    "VERDICT_TEXT",
    "Bewilligung",
    "Pruefbericht",
    "Sammlung",
    "check_bytes",
    "check_document",
    "check_file",
    "check_files",
    "check_ocr",
    "collect",
    "file_facts",
    "load_bescheid",
    "recognise",
    "skip_reason",
    "stamp",
    "verdict",
]
