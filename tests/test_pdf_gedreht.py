"""A landscape page stored turned (/Rotate 90, 180, 270: scanners and Word exports store a
Finanzierungsplan so) is read exactly like the page as the user sees it: the same blocks,
the same table rows, the same boxes (in the displayed page), the same findings."""

from __future__ import annotations

import docx
import pytest
from docx.enum.section import WD_ORIENT
from dokumente import stored_turned, to_pdf

import kimdocs
from kimdocs.rules import load_guideline
from kimdocs.model import load_data
from kimdocs.readers import read_document
from kimdocs.readers.document import Table
from kimdocs.readers.pdf import PageFrame

ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def landscape(tmp_path_factory):
    """The negative example (a table-heavy Antrag with known defects) on landscape pages."""
    base = tmp_path_factory.mktemp("gedreht")
    antrag = load_data(ROOT / "beispiele" / "negativ-kaiserslautern" / "antrag.yaml")
    path = base / "quer.docx"
    path.write_bytes(kimdocs.render_document(antrag, load_guideline()))
    word = docx.Document(str(path))
    for section in word.sections:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    word.save(str(path))
    return to_pdf([path], base)[0]


def _shape(document):
    return [(type(b).__name__, b.rows if isinstance(b, Table) else b.text, b.location.page)
            for b in document.blocks]


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_turned_page_reads_like_the_page_as_seen(landscape, tmp_path, rotation):
    seen = read_document(landscape)
    assert any(isinstance(b, Table) for b in seen.blocks)
    turned = read_document(stored_turned(landscape, tmp_path / f"quer{rotation}.pdf", rotation))
    assert _shape(turned) == _shape(seen)
    for a, b in zip(seen.blocks, turned.blocks):
        if a.location.bbox is not None:
            assert b.location.bbox is not None
            assert max(abs(x - y) for x, y in zip(a.location.bbox, b.location.bbox)) < 1.0, (
                a.text if not isinstance(a, Table) else a.rows[0], a.location.bbox,
                b.location.bbox)
    assert [(f.kind, f.value, f.label) for f in turned.figures] == \
        [(f.kind, f.value, f.label) for f in seen.figures]


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_turned_page_gets_the_same_findings(landscape, tmp_path, rotation):
    def verdict(path):
        report = kimdocs.check_file(path)
        return report.urteil, sorted((b.code, b.status) for b in report.ergebnisse)

    expected = verdict(landscape)
    assert expected[0] == "maengel"
    assert verdict(stored_turned(landscape, tmp_path / f"q{rotation}.pdf", rotation)) == expected


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_frame_turns_points_back_and_forth(rotation):
    frame = PageFrame(rotation, (10.0, 20.0, 852.0, 615.0))
    width, height = frame.size
    assert (width, height) == ((842.0, 595.0) if rotation in (0, 180) else (595.0, 842.0))
    for x, y in ((10.0, 20.0), (852.0, 615.0), (100.5, 300.25)):
        sx, top = frame.seen(x, y)
        assert 0 <= sx <= width and 0 <= top <= height
        assert frame.stored(sx, top) == pytest.approx((x, y))
    # the stored page's top left corner is where /Rotate turns it (clockwise)
    corner = {0: (0, 0), 90: (width, 0), 180: (width, height), 270: (0, height)}[rotation]
    assert frame.seen(10.0, 615.0) == pytest.approx(corner)


def test_turned_page_findings_point_to_the_same_place(landscape, tmp_path):
    """The web page draws each Fundstelle's box over the page as displayed, and the marked
    copy turns it back: both rely on the boxes being those of the page as seen."""
    def places(path):
        return [(b.code, f.seite, f.bbox) for b in kimdocs.check_file(path).ergebnisse
                for f in b.fundstellen if f.bbox]

    expected = places(landscape)
    assert expected
    got = places(stored_turned(landscape, tmp_path / "q90.pdf", 90))
    assert [(c, s) for c, s, _ in got] == [(c, s) for c, s, _ in expected]
    for (_, _, a), (_, _, b) in zip(got, expected):
        assert max(abs(x - y) for x, y in zip(a, b)) < 1.0
