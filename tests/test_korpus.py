"""The development corpus (issue 8): documents written the way other authorities write them,
each with the verdict and the violated codes a careful human reviewer would give.

One test per document (id = its name). A document listed in tests/korpus/abweichungen.yaml is
one the checker gets wrong today: its test asserts that it STILL deviates, so a fix makes the
test fail until the entry is removed — the list can only shrink. Every other document must
match its expectation exactly (verdict and the set of violated Fehler/Warnung codes).

The corpus is built once per session into tests/korpus/.gebaut/ (cached by a hash of the
builder and the manifest; `python tests/korpus/bauen.py` builds it by hand).
"""

from __future__ import annotations

import os
import zipfile
from concurrent.futures import ThreadPoolExecutor

import pytest
from korpus import bauen

EINTRAEGE = bauen.manifest()
ABWEICHUNGEN = bauen.abweichungen()


def befund(eintrag: bauen.Eintrag, files: dict) -> tuple[str, frozenset[str]]:
    """The checker's verdict and its violated Fehler/Warnung codes for one document."""
    report = bauen.pruefen(eintrag, files)
    return report.urteil, bauen.verletzt(report)


@pytest.fixture(scope="session")
def korpus() -> dict:
    files, _seconds = bauen.gebaut()
    return files


@pytest.fixture(scope="session")
def befunde(korpus) -> dict:
    # each check runs in its own child process: threads keep both cores busy
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = pool.map(lambda e: (e.name, befund(e, korpus)), EINTRAEGE)
        return dict(results)


@pytest.mark.parametrize("eintrag", EINTRAEGE, ids=[e.name for e in EINTRAEGE])
def test_dokument(eintrag, befunde):
    urteil, verletzt = befunde[eintrag.name]
    erwartet = (eintrag.erwartet, eintrag.verletzt)
    detail = (f"erwartet {eintrag.erwartet} {sorted(eintrag.verletzt)}, "
              f"Prüfer sagt {urteil} {sorted(verletzt)}")
    if eintrag.name in ABWEICHUNGEN:
        assert (urteil, verletzt) != erwartet, (
            f"{eintrag.name} wird jetzt richtig geprüft ({detail}): bitte aus "
            "tests/korpus/abweichungen.yaml streichen")
    else:
        assert (urteil, verletzt) == erwartet, detail


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


def test_erzeuger_liefern_ihr_format(korpus):
    for e in EINTRAEGE:
        head = korpus[e.name].read_bytes()[:5]
        if e.endung == ".pdf":
            assert head == b"%PDF-", e.name
        else:
            assert head[:2] == b"PK", e.name
            with zipfile.ZipFile(korpus[e.name]) as z:
                if e.endung == ".odt":
                    assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
                elif e.erzeuger == "docx-nummeriert" and e.inhalt != "koblenz_uv":
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
