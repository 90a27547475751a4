"""Findings: the outcome of one rule for one document or data set.

Findings are data, not exceptions. The calculator reports the rules an Antrag breaks as
findings, and the checker reports every rule it evaluates the same way, so one JSON shape
serves both (`to_dict()` is the public contract).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kimdocs.guideline import Regel

Status = Literal["erfuellt", "verletzt", "nicht_pruefbar"]
STATUS_TEXT = {"erfuellt": "erfüllt", "verletzt": "verletzt", "nicht_pruefbar": "nicht prüfbar"}
SEVERITY_TEXT = {"fehler": "Fehler", "warnung": "Warnung", "hinweis": "Hinweis"}


@dataclass(frozen=True)
class Fundstelle:
    """Where in a document a finding stands: page (if known) and the quoted passage; where the
    reader knows it, the block (index in `Document.blocks`), the table cell (row, column) and
    the bounding box on the page (PDF points, origin top left), so a finding can be marked
    in the document itself."""

    seite: int | None
    text: str
    block: int | None = None
    zelle: tuple[int, int] | None = None
    bbox: tuple[float, float, float, float] | None = None
    # read by OCR and not sure (kimdocs.readers.trust): why, with the reading as recognised –
    # „Betrag auf Seite 2 unsicher erkannt: „6O.000,00 €““; a rule is then never *verletzt*
    # on it alone (kimdocs.rules.registry.doubtful)
    unsicher: str | None = None

    @classmethod
    def at(cls, location, text: str) -> Fundstelle:
        """A Fundstelle at a reader's Location (kimdocs.readers.document.Location) or None."""
        if location is None:
            return cls(None, text)
        return cls(location.page, text, location.block_index, location.cell, location.bbox)

    def to_dict(self) -> dict:
        out: dict = {"seite": self.seite, "text": self.text}
        if self.block is not None:
            out["block"] = self.block
        if self.zelle is not None:
            out["zelle"] = list(self.zelle)
        if self.bbox is not None:
            out["bbox"] = [round(v, 1) for v in self.bbox]
        if self.unsicher is not None:
            out["unsicher"] = self.unsicher
        return out


@dataclass(frozen=True)
class Befund:
    code: str
    name: str
    status: Status
    schwere: str
    meldung: str
    klausel: str
    fundstellen: tuple[Fundstelle, ...] = field(default_factory=tuple)
    # the configuration file that changed `schwere` (kimdocs.config), None if unchanged
    schwere_geaendert_durch: str | None = None
    # the figures of a broken rule, one mapping per item, for a fix hint that names them
    # ("Sachkosten 2026 von 23.000,00 EUR auf höchstens 20.000,00 EUR senken") without
    # reading them back out of `meldung`: {"art": "hoechstbetrag", "posten": "Sachkosten",
    # "jahr": 2026, "ist": Decimal, "grenze": Decimal}, {"art": "vzae_summe", ...}, …
    werte: tuple[dict, ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, regel: Regel, status: Status, meldung: str,
           fundstellen: tuple[Fundstelle, ...] | list[Fundstelle] = (),
           werte: tuple[dict, ...] | list[dict] = ()) -> Befund:
        return cls(regel.code, regel.name, status, regel.schwere, meldung, regel.klausel,
                   tuple(fundstellen), werte=tuple(werte))

    @property
    def verletzt(self) -> bool:
        return self.status == "verletzt"

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "status": self.status,
            "schwere": self.schwere,
            "meldung": self.meldung,
            "klausel": self.klausel,
            "fundstellen": [f.to_dict() for f in self.fundstellen],
        } | ({"schwere_geaendert_durch": self.schwere_geaendert_durch}
             if self.schwere_geaendert_durch else {})

    def zeile(self) -> str:
        """One German line for text output."""
        return (f"{self.code} {SEVERITY_TEXT.get(self.schwere, self.schwere)} "
                f"({STATUS_TEXT[self.status]}): {self.meldung} [{self.klausel}]"
                + (f" (Schwere geändert durch {self.schwere_geaendert_durch})"
                   if self.schwere_geaendert_durch else ""))
