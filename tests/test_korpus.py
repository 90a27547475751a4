"""The development corpus (issue 8): documents written the way other authorities write them,
each with the verdict and the violated codes a careful human reviewer would give.

One test per document (id = its name). A document listed in tests/korpus/abweichungen.yaml is
one the checker gets wrong today: its test asserts that it STILL deviates, so a fix makes the
test fail until the entry is removed — the list can only shrink. Every other document must
match its expectation exactly (verdict and the set of violated Fehler/Warnung codes).

The corpus is built once per session into tests/korpus/.gebaut/ (cached by a hash of the
builder and the manifest; `python tests/korpus/bauen.py` builds it by hand).

The held-out ("blind") corpus, tests/korpus/manifest_blind.yaml with its contents in blind.py,
was written from the guideline without looking at the checker's fact layer; its documents run
through the same harness (test_blind_dokument) with their own list of known deviations,
tests/korpus/abweichungen_blind.yaml (`python tests/korpus/bauen.py --blind` builds it).
"""

from __future__ import annotations

import os
import zipfile
from concurrent.futures import ThreadPoolExecutor

import pytest
from korpus import bauen

EINTRAEGE = bauen.manifest()
ABWEICHUNGEN = bauen.abweichungen()
BLIND = bauen.BLIND
BLIND_EINTRAEGE = bauen.manifest(BLIND.manifest)
BLIND_ABWEICHUNGEN = bauen.abweichungen(BLIND.abweichungen)


def befund(eintrag: bauen.Eintrag, files: dict) -> tuple[str, frozenset[str]]:
    """The checker's verdict and its violated Fehler/Warnung codes for one document."""
    report = bauen.pruefen(eintrag, files)
    return report.urteil, bauen.verletzt(report)


@pytest.fixture(scope="session")
def korpus() -> dict:
    files, _seconds = bauen.gebaut()
    return files


def _alle_pruefen(eintraege, files) -> dict:
    # each check runs in its own child process: threads keep both cores busy
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(pool.map(lambda e: (e.name, befund(e, files)), eintraege))


@pytest.fixture(scope="session")
def befunde(korpus) -> dict:
    return _alle_pruefen(EINTRAEGE, korpus)


@pytest.fixture(scope="session")
def blind_korpus() -> dict:
    files, _seconds = bauen.gebaut(korpus=BLIND)
    return files


@pytest.fixture(scope="session")
def blind_befunde(blind_korpus) -> dict:
    return _alle_pruefen(BLIND_EINTRAEGE, blind_korpus)


def _vergleiche(eintrag, befunde: dict, abweichungen: dict, liste: str) -> None:
    urteil, verletzt = befunde[eintrag.name]
    erwartet = (eintrag.erwartet, eintrag.verletzt)
    detail = (f"erwartet {eintrag.erwartet} {sorted(eintrag.verletzt)}, "
              f"Prüfer sagt {urteil} {sorted(verletzt)}")
    if eintrag.name in abweichungen:
        assert (urteil, verletzt) != erwartet, (
            f"{eintrag.name} wird jetzt richtig geprüft ({detail}): bitte aus "
            f"tests/korpus/{liste} streichen")
    else:
        assert (urteil, verletzt) == erwartet, detail


@pytest.mark.parametrize("eintrag", EINTRAEGE, ids=[e.name for e in EINTRAEGE])
def test_dokument(eintrag, befunde):
    _vergleiche(eintrag, befunde, ABWEICHUNGEN, bauen.ABWEICHUNGEN.name)


@pytest.mark.parametrize("eintrag", BLIND_EINTRAEGE, ids=[e.name for e in BLIND_EINTRAEGE])
def test_blind_dokument(eintrag, blind_befunde):
    _vergleiche(eintrag, blind_befunde, BLIND_ABWEICHUNGEN, BLIND.abweichungen.name)


def test_manifest_deckt_das_issue_ab():
    names = {e.name for e in EINTRAEGE}
    assert len(EINTRAEGE) >= 60
    assert sum(e.korrekt for e in EINTRAEGE) * 2 >= len(EINTRAEGE)
    assert {e.art for e in EINTRAEGE} == set(bauen.ARTEN)
    assert {e.erzeuger for e in EINTRAEGE} == set(bauen.ERZEUGER)
    for art in bauen.ARTEN:  # every type has correct and defective documents
        assert {e.korrekt for e in EINTRAEGE if e.art == art} == {True, False}, art
    assert {"koblenz-uv-0084-2026-docx", "koblenz-uv-0084-2026-pdf"} <= names
    assert set(ABWEICHUNGEN) <= names, set(ABWEICHUNGEN) - names
    listed = [line.split(":", 1)[0] for line in
              bauen.ABWEICHUNGEN.read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")]
    assert len(listed) == len(set(listed)) == len(ABWEICHUNGEN)  # YAML would hide a duplicate
    assert all(isinstance(v, str) and v.strip() for v in ABWEICHUNGEN.values())


def test_blind_manifest():
    """The held-out set: ≥ 36 documents, every type ≥ 8 times with correct and defective
    documents, at least half correct, every producer; no name shared with the development
    corpus; its deviations list names only its own documents, each once, with a reason."""
    names = {e.name for e in BLIND_EINTRAEGE}
    assert len(BLIND_EINTRAEGE) >= 36
    assert sum(e.korrekt for e in BLIND_EINTRAEGE) * 2 >= len(BLIND_EINTRAEGE)
    assert {e.erzeuger for e in BLIND_EINTRAEGE} == set(bauen.ERZEUGER)
    for art in bauen.ARTEN:
        of_type = [e for e in BLIND_EINTRAEGE if e.art == art]
        assert len(of_type) >= 8, art
        assert {e.korrekt for e in of_type} == {True, False}, art
    assert not names & {e.name for e in EINTRAEGE}
    assert set(BLIND_ABWEICHUNGEN) <= names, set(BLIND_ABWEICHUNGEN) - names
    if BLIND.abweichungen.exists():
        listed = [line.split(":", 1)[0] for line in
                  BLIND.abweichungen.read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#")]
        assert len(listed) == len(set(listed)) == len(BLIND_ABWEICHUNGEN)
    assert all(isinstance(v, str) and v.strip() for v in BLIND_ABWEICHUNGEN.values())


def test_blind_erzeuger_liefern_ihr_format(blind_korpus):
    _formate_pruefen(BLIND_EINTRAEGE, blind_korpus, BLIND)


def test_erzeuger_liefern_ihr_format(korpus):
    _formate_pruefen(EINTRAEGE, korpus, bauen.ENTWICKLUNG)


def _nummeriert(e: bauen.Eintrag, art: bauen.Korpus) -> bool:
    """Whether the document has headings that Word numbers ("1. …"); the Koblenz paper and
    documents lettered A., B., … keep their headings as bold lines."""
    return e.inhalt != "koblenz_uv" and any(
        bauen._NUMBER.match(value) for item in bauen.outline_of(e, art)
        for kind, value in item.items() if kind in ("h1", "h2"))


def _formate_pruefen(eintraege, korpus, art: bauen.Korpus) -> None:
    for e in eintraege:
        head = korpus[e.name].read_bytes()[:5]
        if e.endung == ".pdf":
            assert head == b"%PDF-", e.name
        else:
            assert head[:2] == b"PK", e.name
            with zipfile.ZipFile(korpus[e.name]) as z:
                if e.endung == ".odt":
                    assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
                elif e.erzeuger == "docx-nummeriert" and _nummeriert(e, art):
                    assert b"<w:numPr>" in z.read("word/document.xml"), e.name
                elif e.erzeuger == "docx-fett":
                    assert b'w:val="Heading' not in z.read("word/document.xml"), e.name


@pytest.mark.parametrize("entry, message", [
    (("{name: a, art: antrag, erzeuger: docx-fett, erwartet: einreichungsfaehig, "
     "verletzt: [KIM-105]}"), "passt nicht"),
    ("{name: a, art: antrag, erzeuger: docx-fett, erwartet: maengel, verletzt: [KIM-406]}",
     "kein Fehler- oder Warnungs-Code"),
    ("{name: a, art: antrag, erzeuger: pdf, erwartet: maengel, verletzt: [KIM-101]}",
     "unbekannte"),
    (("{name: a, art: antrag, erzeuger: docx-fett, erwartet: einreichungsfaehig, "
     "bescheid: b}"), "kein Bescheid"),
])
def test_manifest_weist_widersprueche_zurueck(tmp_path, entry, message):
    path = tmp_path / "manifest.yaml"
    path.write_text(f"dokumente:\n- {entry}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        bauen.manifest(path)
