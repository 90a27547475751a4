"""Every subcommand with the mistakes a newcomer makes (issue 11): each ends with its
documented exit code (2 for usage and input errors, never a document verdict), a German
message that names the argument or file, and no traceback; nothing click or the operating
system says reaches the user in English."""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import kimdocs
from kimdocs import errors
from kimdocs.cli.commands import main

BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"
VORLAGEN = Path(__file__).resolve().parent.parent / "vorlagen"
ENGLISH = ("Usage:", "Error:", "Try '", "Did you mean", "No such", "Show this message",
           "default:", "Aborted", "Invalid value", "Missing argument", "does not exist",
           "is a directory", "Traceback", "Decimal(", "datetime.date(")


def run(*args: object, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], **kwargs)


def german_failure(result, code: int, *fragments: str) -> str:
    """The result failed with `code`, in German, naming what `fragments` name."""
    text = result.stdout + result.stderr
    assert result.exit_code == code, text
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    for word in ENGLISH:
        assert word not in text, f"{word!r} in {text!r}"
    assert "Fehler" in result.stderr, text
    for fragment in fragments:
        assert fragment in text, f"{fragment!r} not in {text!r}"
    return text


@pytest.fixture
def antrag(tmp_path):
    return shutil.copy(BEISPIELE / "koblenz" / "antrag.yaml", tmp_path / "antrag.yaml")


# --- usage: missing arguments, unknown options, bad values ---------------------------------

@pytest.mark.parametrize("args, fragment", [
    (["berechnen"], "Fehlendes Argument 'ANTRAG'"),
    (["erstellen"], "Fehlendes Argument 'ART'"),
    (["lesen"], "Fehlendes Argument 'DATEI'"),
    (["pruefen"], "Fehlendes Argument 'DATEIEN...'"),
    (["schema"], "Fehlendes Argument 'ART'"),
    (["validieren"], "Fehlendes Argument 'DATEN...'"),
    (["berechnen", "a.yaml", "--fromat", "json"], "Meinten Sie '--format'?"),
    # --speicher is near enough to be offered too; the intended option comes first
    (["pruefen", "x.pdf", "--ausfuerlich"], "Meinten Sie eines von: '--ausfuehrlich', "),
    (["berechnen", "a.yaml", "--format", "xml"], "'xml' ist keiner von 'text', 'json'"),
    (["schema", "foo"], "Ungültiger Wert für 'ART'"),
    (["regeln", "--format", "pdf"], "'--format'"),
    (["pruefen", "x.pdf", "--eingang", "31.02.2025"], "'--eingang'"),
    (["lesen", "x.pdf", "--zeitlimit", "schnell"], "'schnell' ist keine gültige Zahl"),
    (["erstellen", "antrag", "a.yaml", "b.yaml"], "Unerwartetes zusätzliches Argument"),
    (["gibtsnicht"], "Unbekannter Befehl 'gibtsnicht'"),
    (["pruefn", "x.pdf"], "Meinten Sie 'pruefen'?"),
])
def test_usage_errors_exit_2_in_german(args, fragment):
    text = german_failure(run(*args), 2, fragment)
    assert "Aufruf: kimdocs" in text and "Hilfe mit 'kimdocs" in text


def test_help_and_defaults_are_german():
    text = run("pruefen", "--help").output
    assert "Aufruf: kimdocs pruefen [OPTIONEN] DATEIEN..." in text
    assert "Diese Hilfe anzeigen und beenden." in text and "[Standard: text]" in text
    assert "Optionen:" in text and "ZAHL" in text
    for word in ("Usage", "Options", "default:", "FLOAT", "Show this"):
        assert word not in text
    top = run("--help").output
    assert "Befehle:" in top and "BEFEHL [ARGUMENTE]..." in top


def test_choices_are_case_insensitive(antrag):
    result = run("berechnen", antrag, "--format", "JSON")
    assert result.exit_code == 0 and json.loads(result.output)["gesamt"] == "86666.67"
    assert run("schema", "Antrag").exit_code == 0


# --- paths: missing files, folders, output paths -------------------------------------------

def test_pruefen_missing_folder_is_a_usage_error_not_a_verdict(tmp_path):
    result = run("pruefen", tmp_path / "eingang", "--format", "json")
    text = german_failure(result, 2, "eingang", "nicht gefunden")
    # stdout holds the failure as JSON with its code (issue 21), never a report with a verdict
    failure = json.loads(result.stdout)
    assert failure["code"] == "aufruf_ungueltig" and failure["feld"] == "DATEIEN"
    assert "nicht_pruefbar" not in text and "berichte" not in failure


@pytest.mark.parametrize("target, fragment", [
    ("gibtsnicht/bericht.html", "existiert nicht"),
    ("datei/bericht.html", "ist eine Datei, kein Ordner"),
    (".", "ist ein Ordner"),
])
def test_pruefen_output_checked_before_work(tmp_path, monkeypatch, target, fragment):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "datei").write_text("x")
    document = tmp_path / "entwurf.docx"
    document.write_bytes(b"PK\x03\x04")
    called = []
    monkeypatch.setattr("kimdocs.cli.commands.check_files", lambda *a, **k: called.append(a))
    result = run("pruefen", document, "--format", "html", "-o", target)
    german_failure(result, 2, fragment, "-o")
    assert called == [], "no check may start before the output path is known to work"


def test_erstellen_output_below_a_file(tmp_path, antrag):
    (tmp_path / "datei").write_text("x")
    german_failure(run("erstellen", "antrag", antrag, "-o", tmp_path / "datei" / "aus"), 2,
                   "ist eine Datei, kein Ordner")


def test_erstellen_twice_needs_force(tmp_path, antrag):
    out = tmp_path / "aus"
    assert run("erstellen", "antrag", antrag, "-o", out).exit_code == 0
    german_failure(run("erstellen", "antrag", antrag, "-o", out), 2, "existiert bereits")
    assert run("erstellen", "antrag", antrag, "-o", out, "--force").exit_code == 0


@pytest.mark.parametrize("command", [["berechnen"], ["validieren"], ["erstellen", "antrag"],
                                     ["lesen"]])
def test_missing_file_named_in_german(tmp_path, command):
    missing = tmp_path / "fehlt.yaml"
    text = german_failure(run(*command, missing), 2, "fehlt.yaml")
    assert "nicht gefunden" in text or "existiert nicht" in text


# --- wrong kind of input -------------------------------------------------------------------

@pytest.mark.parametrize("command", [["berechnen"], ["validieren"], ["erstellen", "antrag"]])
def test_word_file_where_data_is_expected(command):
    german_failure(run(*command, VORLAGEN / "antrag.docx"), 2,
                   "Die Datei ist ein Word-Dokument (DOCX), keine Datendatei",
                   "kimdocs pruefen")


def test_bescheid_data_given_to_erstellen_antrag():
    german_failure(run("erstellen", "antrag", BEISPIELE / "koblenz" / "bescheid.yaml"), 2,
                   "Die Datei enthält einen Bewilligungsbescheid, keinen Antrag",
                   "kimdocs erstellen bescheid")


def test_antrag_data_given_to_berechnen_as_jahresbericht_is_named():
    german_failure(run("berechnen", BEISPIELE / "koblenz" / "jahresbericht.yaml"), 2,
                   "enthält einen Jahresbericht, keinen Antrag")


def test_table_given_to_validieren_points_to_tabelle():
    german_failure(run("validieren", BEISPIELE / "antraege.csv"), 2, "Tabelle",
                   "kimdocs erstellen bescheid --tabelle")


def test_antrag_given_as_bescheid(tmp_path, antrag):
    document = tmp_path / "bericht.docx"
    document.write_bytes(b"PK\x03\x04")
    text = german_failure(run("pruefen", document, "--bescheid", antrag), 2,
                          "enthält einen Antrag, keinen Bewilligungsbescheid")
    assert "Decimal" not in text and "datetime" not in text


def test_german_numbers_and_dates_in_yaml(tmp_path, antrag):
    text = antrag.read_text(encoding="utf-8")
    text = text.replace("vzae: 0.5", 'vzae: "0,5"').replace("beginn: 2025-12-01",
                                                             "beginn: 01.12.2025")
    text = text.replace("personalausgaben: 81600.00", 'personalausgaben: "81.600,00"')
    antrag.write_text(text, encoding="utf-8")
    result = run("berechnen", antrag, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["gesamt"] == "86666.67"


def test_misspelt_body_gets_meinten_sie(tmp_path, antrag):
    antrag.write_text(antrag.read_text(encoding="utf-8").replace("name: Koblenz",
                                                                 "name: Koblentz"),
                      encoding="utf-8")
    german_failure(run("validieren", antrag), 2, "Koblentz", "Meinten Sie Koblenz?")
    german_failure(run("erstellen", "antrag", antrag, "-o", tmp_path / "aus"), 2,
                   "Meinten Sie Koblenz?")
    assert not (tmp_path / "aus").exists()


def test_validieren_does_not_echo_a_huge_value(tmp_path, antrag):
    antrag.write_text(antrag.read_text(encoding="utf-8").replace(
        "name: Beate Oster", "name: " + "x" * 1_000_000, 1), encoding="utf-8")
    text = german_failure(run("validieren", antrag), 2, "ist zu lang", "1000000 Zeichen")
    assert len(text) < 2000


def test_folder_check_lists_skipped_files(tmp_path):
    from dokumente import JAHRESBERICHT, write_docx

    folder = tmp_path / "eingang"
    folder.mkdir()
    write_docx(JAHRESBERICHT, folder / "bericht.docx")
    (folder / "alt.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "foto.gif").write_bytes(b"GIF89a")  # JPEG, PNG, TIFF are read (OCR), GIF not
    result = run("pruefen", folder)
    assert "alt.doc: altes Word-Format, bitte als DOCX speichern" in result.output
    assert "foto.gif: Bild im GIF-Format; gelesen werden JPEG, PNG und TIFF" in result.output
    data = json.loads(run("pruefen", folder, "--format", "json").output)
    assert {Path(u["datei"]).name: u["grund"] for u in data["uebersprungen"]} == {
        "alt.doc": "altes Word-Format, bitte als DOCX speichern",
        "foto.gif": "Bild im GIF-Format; gelesen werden JPEG, PNG und TIFF"}
    lines = [json.loads(line) for line in
             run("pruefen", folder, "--format", "jsonl").output.splitlines()]
    schema = json.loads((Path(kimdocs.__file__).parent / "schemas" /
                         "pruefbericht.schema.json").read_text(encoding="utf-8"))
    for line in [data, *lines]:
        jsonschema.validate(line, schema)
    assert [Path(x["datei"]).name for x in lines] == ["bericht.docx", "alt.doc", "foto.gif"]
    assert lines[0]["sha256"] == hashlib.sha256((folder / "bericht.docx").read_bytes()) \
        .hexdigest() and lines[0]["kimdocs_version"] == kimdocs.__version__


# --- the last resort: Ctrl-C and the unexpected ---------------------------------------------

def test_ctrl_c_says_abgebrochen_exit_130(monkeypatch, antrag):
    def interrupted(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr("kimdocs.cli.commands.load_data", interrupted)
    result = run("berechnen", antrag)
    assert result.exit_code == errors.EXIT_INTERRUPTED == 130
    assert "Abgebrochen." in result.stderr and "Aborted" not in result.output


def test_unexpected_exception_names_the_file_exit_2(monkeypatch, antrag):
    def broken(*_a, **_k):
        raise ZeroDivisionError("intern")

    monkeypatch.setattr("kimdocs.calculator.calculate_grant", broken)
    text = german_failure(run("berechnen", antrag), 2, str(antrag), "unerwarteter interner Fehler")
    assert "ZeroDivisionError" in text  # the type helps support; no traceback


def test_os_errors_are_german():
    assert errors.os_reason(OSError(errno.ENOENT, "No such file or directory")) == \
        "nicht gefunden"
    assert errors.os_reason(OSError(errno.ENOSPC, "No space left")) == \
        "kein Platz mehr auf dem Datenträger"
    assert "No" not in errors.os_reason(OSError(12345, "Something"))


def test_error_keeps_message_path_and_field_apart():
    exc = errors.InputError("ist zu groß", path="a.yaml", field="stellen[0].vzae")
    assert str(exc) == "a.yaml: stellen[0].vzae: ist zu groß"
    assert exc.to_dict() == {"code": "daten_ungueltig",
                             "meldung": "ist zu groß",
                             "datei": "a.yaml", "feld": "stellen[0].vzae", "exit_code": 2}


def test_unwritable_output_folder_refused_first(tmp_path, monkeypatch, antrag):
    """(As root every folder is writable, so the permission answer is simulated.)"""
    import os

    real = os.access
    monkeypatch.setattr("kimdocs.cli.commands.os.access",
                        lambda p, mode: False if Path(p) == tmp_path else real(p, mode))
    german_failure(run("erstellen", "antrag", antrag, "-o", tmp_path / "neu"), 2,
                   "nicht beschreibbar (keine Berechtigung)")
    german_failure(run("pruefen", antrag, "-o", tmp_path / "bericht.txt"), 2,
                   "nicht beschreibbar")
    assert not (tmp_path / "neu").exists()


def test_validieren_json_keeps_message_path_and_field_apart(tmp_path, antrag):
    antrag.write_text(antrag.read_text(encoding="utf-8").replace("vzae: 0.5", "vzae: 3", 1),
                      encoding="utf-8")
    result = run("validieren", BEISPIELE / "koblenz" / "vorlage.yaml", antrag, "--format",
                 "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    good, bad = data["dateien"]
    assert good == {"datei": str(BEISPIELE / "koblenz" / "vorlage.yaml"), "gueltig": True,
                    "art": "vorlage"}
    assert bad["gueltig"] is False and bad["fehler"]["datei"] == str(antrag)
    assert str(antrag) not in bad["fehler"]["meldung"]  # the path is not baked in
    assert bad["fehler"]["probleme"] == [
        {"feld": "stellen[0].vzae", "meldung": "ist zu groß (Grenze: 2)", "wert": "3"}]
