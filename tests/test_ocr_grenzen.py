"""OCR on the command line and its bounds (issue 18): `--ocr auto|immer|nie`, the progress
"Texterkennung Seite n von m" on stderr, the time limit that grows with each page recognised
(and says so), the pages beyond the limit of pages recognised left unread and named, images
in a checked folder."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_ocr import LINES, as_pdf, page_image

import kimdocs
from kimdocs.check import collect, verdict
from kimdocs.cli import main
from kimdocs.errors import ReadError
from kimdocs.limits import OCR_SECONDS_PER_PAGE, Limits
from kimdocs.readers import read_document
from kimdocs.readers.sandbox import Task, run_each

SECOND = [("Sachbericht", True, 14), ("Die Stelle hat im Jahr 2026 gearbeitet.", False, 12)]


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    """A two-page scanned Jahresbericht (no text layer)."""
    return as_pdf([page_image(turn=0.6), page_image(SECOND)],
                  tmp_path_factory.mktemp("grenzen") / "bericht.pdf")


def _run(args: list[str]):
    return CliRunner().invoke(main, args, catch_exceptions=False)


def test_pruefen_shows_each_page_and_the_ocr_pages_in_the_report(scan):
    result = _run(["pruefen", str(scan), "--art", "jahresbericht", "--ocr", "Immer"])
    assert result.exit_code == 1, result.output  # Mängel: too much for 0,5 VZÄ, late
    assert "Texterkennung Seite 1 von 2\nTexterkennung Seite 2 von 2\n" in result.stderr
    assert "Texterkennung (OCR) auf 2 Seiten, Sicherheit je Seite: S. 1 (" in result.stdout
    as_json = _run(["pruefen", str(scan), "--art", "jahresbericht", "--format", "json"])
    (report,) = json.loads(as_json.stdout)["berichte"]
    pages = report["texterkennung"]["seiten"]
    assert [p["seite"] for p in pages] == [1, 2] and all(p["sicherheit"] > 70 for p in pages)


def test_ocr_nie_refuses_the_scan_and_a_wrong_choice_is_a_usage_error(scan):
    result = _run(["pruefen", str(scan), "--ocr", "NIE"])
    assert result.exit_code == 2 and "bitte mit Texterkennung (OCR) speichern" in result.stdout
    assert "Texterkennung Seite" not in result.stderr
    wrong = _run(["pruefen", str(scan), "--ocr", "manchmal"])
    assert wrong.exit_code == 2 and "manchmal" in wrong.output and "Traceback" not in wrong.output


def test_lesen_takes_ocr_too(scan):
    result = _run(["lesen", str(scan), "--ocr", "auto"])
    assert result.exit_code == 0, result.output
    assert "Texterkennung (Tesseract), mittlere Sicherheit je Seite: S. 1" in result.stdout
    assert "Texterkennung Seite 2 von 2" in result.stderr
    assert _run(["lesen", str(scan), "--ocr", "nie"]).exit_code == 2


def test_pages_beyond_the_limit_are_unread_and_never_einreichungsfaehig(scan):
    document = read_document(scan, limits=Limits(max_ocr_pages=1))
    assert [p.page for p in document.ocr_pages] == [1] and document.unread_pages == [2]
    report = kimdocs.check_file(scan, art="jahresbericht",
                                limits=Limits(max_ocr_pages=1))
    assert report.nicht_gelesen == [2] and report.urteil != "einreichungsfaehig"
    assert report.nicht_gelesen_grund == ("Seite 2 nicht gelesen: die Texterkennung liest "
                                          "höchstens 1 Seiten je Datei; was dort steht, ist "
                                          "nicht geprüft.")
    assert report.to_dict()["nicht_gelesen"]["seiten"] == [2]
    # a report that would be fine is not, with pages unread
    assert verdict([], unread=True) == "nicht_pruefbar"


def test_a_folder_checks_its_images_and_skips_other_pictures(tmp_path):
    page_image(LINES).save(tmp_path / "seite.png")
    (tmp_path / "bild.gif").write_bytes(b"GIF89a" + b"\x00" * 20)
    files = collect([tmp_path])
    assert [p.name for p in files] == ["seite.png"]
    assert [(p.name, why) for p, why in files.uebersprungen] == [
        ("bild.gif", "Bild im GIF-Format; gelesen werden JPEG, PNG und TIFF")]


# --- the time limit grows by the pages recognised -----------------------------------------------

def _slow_scan(path: Path, *, pages: int, seconds: float, progress=None) -> str:
    """Stands for a reader: announces its pages, then takes `seconds`."""
    for n in range(1, pages + 1):
        progress(n, pages)
    time.sleep(seconds)
    return "gelesen"


def test_each_page_recognised_adds_its_time_and_the_limit_message_says_so(tmp_path):
    seen = []
    started = time.monotonic()
    (done,) = run_each([Task(_slow_scan, tmp_path, {"pages": 2, "seconds": 1.5}, progress=True)],
                       timeout=0.5, on_progress=lambda i, n, total: seen.append((n, total)))
    assert done == "gelesen" and seen == [(1, 2), (2, 2)]  # 0,5 s + 2 × 4 s: in time
    assert time.monotonic() - started < 0.5 + 2 * OCR_SECONDS_PER_PAGE
    (late,) = run_each([Task(_slow_scan, tmp_path, {"pages": 1, "seconds": 30}, progress=True)],
                       timeout=0.2)
    assert isinstance(late, ReadError)
    assert "innerhalb von 4,2 s" in late.message
    assert "Zeitlimit je Datei: 0,2 s, dazu 4 s je Seite mit Texterkennung, 1 Seite" in late.message


def test_markieren_passes_over_an_image_without_failing(tmp_path):
    page_image(LINES).save(tmp_path / "seite.png")
    out = tmp_path / "markiert"
    result = _run(["pruefen", str(tmp_path / "seite.png"), "--art", "jahresbericht",
                   "--markieren", str(out)])
    assert result.exit_code == 1, result.output  # the verdict's code (Mängel), not 2
    assert "seite.png: keine markierte Kopie – ein Bild wird nicht markiert" in result.stderr
    assert not any(out.iterdir())
