"""`kimdocs lesen`: what a user sees of a read document, and bad input through the CLI."""

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from dokumente import JAHRESBERICHT, write_docx

from kimdocs.cli.commands import main

BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"


def lesen(*args):
    return CliRunner().invoke(main, ["lesen", *map(str, args)])


@pytest.fixture(scope="module")
def bescheid(tmp_path_factory):
    out = tmp_path_factory.mktemp("bescheid")
    result = CliRunner().invoke(main, ["erstellen", "bescheid",
                                       str(BEISPIELE / "koblenz" / "bescheid.yaml"),
                                       "-o", str(out), "--format", "beide"])
    assert result.exit_code == 0, result.output
    return out / "Bewilligungsbescheid_Koblenz_2025"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_generated_bescheid_shows_headings_and_labelled_amounts(bescheid, suffix):
    result = lesen(bescheid.with_suffix(suffix))
    assert result.exit_code == 0, result.output
    assert "Rechtsbehelfsbelehrung" in result.output
    assert "2025 / Sachkosten: 1.666,67\u00a0EUR" in result.output.replace(" EUR", "\u00a0EUR")
    assert "2026 / Personalkosten: 60.000,00" in result.output


def test_bold_headings_give_the_same_outline_as_styles(tmp_path):
    styled = write_docx(JAHRESBERICHT, tmp_path / "formatvorlagen.docx")
    bold = write_docx(JAHRESBERICHT, tmp_path / "fett.docx", headings="bold")

    def outline(path):
        data = json.loads(lesen(path, "--format", "json").output)
        return [(b["text"], b["level"]) for b in data["blocks"] if b["type"] == "heading"]

    # the same headings at the same levels; only the document title may count as level 0
    # in the bold version (a styled "Heading 1" title stays level 1)
    assert [t for t, _ in outline(styled)] == [t for t, _ in outline(bold)]
    assert outline(styled)[1:] == outline(bold)[1:]
    assert ("5. Öffentlichkeitsarbeit", 1) in outline(bold)


@pytest.mark.parametrize("name,content,fragment", [
    ("leer.pdf", b"", "leer"),
    ("text.pdf", b"Nur ein Text, kein PDF.", "Textdatei"),
    ("kaputt.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "beschädigt"),
])
def test_bad_input_german_message_exit_2_bounded_time(tmp_path, name, content, fragment):
    path = tmp_path / name
    path.write_bytes(content)
    start = time.monotonic()
    result = lesen(path, "--zeitlimit", "20")
    assert result.exit_code == 2
    assert fragment in result.output and name in result.output
    assert "Traceback" not in result.output
    assert time.monotonic() - start < 20
