"""Builds the development corpus from manifest.yaml (contents: inhalte.py) and the held-out
("blind") corpus from manifest_blind.yaml (contents: blind.py), deterministically, into a
cache folder each.

    python tests/korpus/bauen.py [--blind | --blind2 | --blind3 | --blind4 | --blind5 | --blind6
        | --blind7 | --blind8 | --blind9 | --blind10 | --blind11 | --blind12 | --blind13
        | --blind14 | --blind15 | --blind16 | --blind17 | --blind18 | --blind19 | --blind20
        | --blind21 | --blind22 | --blind23 | --blind24 | --blind25 | --blind26
        | --blind27 | --blind28 | --blind29 | --blind30 | --blind31 | --blind32 | --blind33
        | --blind34 | --blind35 | --blind36 | --blind37]
        [ZIELORDNER]

Producers (the field `erzeuger` of a manifest entry):
  docx-formatvorlagen  python-docx, headings as Word heading styles
  docx-fett            python-docx, headings only as bold lines (no heading styles)
  docx-nummeriert      python-docx, headings as Word automatic numbering (w:numPr), the
                       number is not part of the text
  lo-pdf / lo-odt      the DOCX (heading mode from `kopf`, default formatvorlagen) converted
                       by LibreOffice, one soffice call for all PDFs and one for all ODTs
  chromium-pdf         HTML in the look of a council information system, printed to PDF by
                       headless Chromium, one browser for all files (a long table breaks
                       across the page without repeating its header)
Outline items (lists of one-key dicts from the content module): titel, h1, h2, fett, p,
liste, tabelle (first row header; optional "verbunden"), formular (first column labels),
rechts (a right-aligned line, e.g. place and date), briefkopf (lines of a letterhead: the
Word page header of a DOCX, a block at the top of the HTML).
The cache key is a hash of this script, the content module and the manifest: a corpus is
rebuilt only when one of them changes.
"""

from __future__ import annotations

import base64
import fcntl
import hashlib
import html
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.yaml"
ABWEICHUNGEN = HERE / "abweichungen.yaml"
CACHE = HERE / ".gebaut"
CHROMIUM = os.environ.get("KIMDOCS_CHROMIUM", "/usr/bin/chromium")
ERZEUGER = ("docx-formatvorlagen", "docx-fett", "docx-nummeriert", "lo-pdf", "lo-odt",
            "chromium-pdf")
ARTEN = ("antrag", "bescheid", "vorlage", "jahresbericht")
URTEILE = ("einreichungsfaehig", "maengel")
KOPF = ("formatvorlagen", "fett", "nummeriert")  # heading modes of a DOCX


@dataclass(frozen=True)
class Korpus:
    """One corpus: its manifest, its list of known deviations, the module in tests/korpus
    that holds its contents (BUILDERS) and its cache folder."""
    name: str
    manifest: Path
    abweichungen: Path
    inhalte: str
    cache: Path


ENTWICKLUNG = Korpus("entwicklung", MANIFEST, ABWEICHUNGEN, "inhalte", CACHE)
# further content modules of the development corpus, wired into inhalte.BUILDERS (their entries'
# `inhalt` starts with "p-"): part of its cache key
INHALTE_ZUSATZ = (HERE / "inhalte2.py", HERE / "inhalte3.py", HERE / "inhalte4.py",
                  HERE / "inhalte5.py", HERE / "inhalte6.py", HERE / "inhalte7.py",
                  HERE / "inhalte8.py")
# held out: written without looking at the checker's fact layer, scored before any fix
BLIND = Korpus("blind", HERE / "manifest_blind.yaml", HERE / "abweichungen_blind.yaml", "blind",
               HERE / ".gebaut-blind")
# second round: Word forms, tracked changes, comments, footnotes, text boxes, turned pages,
# two columns, browser print headers (contents: blind2.py)
BLIND2 = Korpus("blind2", HERE / "manifest_blind2.yaml", HERE / "abweichungen_blind2.yaml",
                "blind2", HERE / ".gebaut-blind2")
# third round: text as odd PDF producers and OCR deliver it (NFD umlauts, ligatures, soft
# hyphens, dashes and thin spaces in amounts), narrated staff changes, two-year plans with an
# Eigenanteil, Teilablehnung, abbreviated applicants (contents: blind3.py)
BLIND3 = Korpus("blind3", HERE / "manifest_blind3.yaml", HERE / "abweichungen_blind3.yaml",
                "blind3", HERE / ".gebaut-blind3")
# fourth round (issue 19): the shapes of the ten classes still misread – weekly hours without
# "/Woche", shares counted twice or once, percentages that are no shares, item lists in one
# amount column, a Bescheid's grant per year, overhead in other words, the document's own date,
# names ending in "-straße", placement as a check box, a report part named by its partners
# (contents: blind4.py)
BLIND4 = Korpus("blind4", HERE / "manifest_blind4.yaml", HERE / "abweichungen_blind4.yaml",
                "blind4", HERE / ".gebaut-blind4")
# fifth round (issue 19, item 4): written again from the guideline alone by someone who had not
# seen the fact layer – letters with a place-and-date line, Word forms with legacy fields or
# content controls and ☒/☐ boxes, item lists on a page of their own, merged year headers on a
# turned landscape page, two-column reports, colophon lines, a receipt stamp as text, and new
# notations of amounts, shares and dates (contents: blind5.py)
BLIND5 = Korpus("blind5", HERE / "manifest_blind5.yaml", HERE / "abweichungen_blind5.yaml",
                "blind5", HERE / ".gebaut-blind5")
# sixth round (issue 19, item 4): written again from the guideline alone, before any run, by
# someone who had not seen the fact layer – district and city letters with Aktenzeichen lines
# and "Seite x von y" footers, label/value forms with ☒/☐ boxes, staff as weekly hours,
# "v. H.", "Stellenanteil" and half positions with changes, parental leave and vacancies,
# amounts as "T€", "Tsd. EUR", "EUR …,-" and bare figures under "in EUR", Beschlussvorlagen
# with a Beschlussvorschlag (contents: blind6.py)
BLIND6 = Korpus("blind6", HERE / "manifest_blind6.yaml", HERE / "abweichungen_blind6.yaml",
                "blind6", HERE / ".gebaut-blind6")
# seventh round (issue 19, item 4): written again from the guideline alone, expectations fixed
# before any run, by someone who had not seen the fact layer – Kreis letters with the letterhead
# in the page header, prose applications with weekly hours and "v. H.", label/value forms with an
# unticked box, plans with years as rows, "Tsd. EUR", "T€", "EUR …,-" and "…,--", staff changes
# with parental leave and a vacant month, ministry Bescheide with alternative part names, council
# Vorlagen with "Gegenstand" and "Beratungsweg" (contents: blind7.py)
BLIND7 = Korpus("blind7", HERE / "manifest_blind7.yaml", HERE / "abweichungen_blind7.yaml",
                "blind7", HERE / ".gebaut-blind7")
# eighth round (issue 19, item 4): written again from the guideline alone, expectations fixed
# before any run, by someone who had not seen the fact layer – five shapes (Kreis/city letters,
# ☒/☐ forms, annual reports, ministry Bescheide, council Vorlagen) with the habits varied per
# entry: "60 T€", "Tsd. EUR", "EUR …,-", "…,--", bare figures under "in EUR", plans with years
# as rows and Eigenmittel, staff as "v. H.", "%", weekly hours, "Stellenanteil", half and full
# positions, parental leave and vacant months, dates as "01.12.25", "2025-12-01" (blind8.py)
BLIND8 = Korpus("blind8", HERE / "manifest_blind8.yaml", HERE / "abweichungen_blind8.yaml",
                "blind8", HERE / ".gebaut-blind8")
# ninth round (issue 19, item 4): written again from the guideline alone, expectations fixed
# before any run, by someone who had not seen the fact layer – Kreis and city letters with the
# staff as tables with from/until, prose, "Wochenstunden", "v. H." and "Stellenanteil", ☒/☐
# forms with an unticked declaration, plans with Sachkosten items and subtotals and Eigenmittel
# (years as columns or rows), annual reports with parts in other words, ministry Bescheide
# with "Gründe" and "Rechtsbehelfsbelehrung", council Vorlagen with "Beratungsfolge" and a
# Beschlussvorschlag (contents: blind9.py)
BLIND9 = Korpus("blind9", HERE / "manifest_blind9.yaml", HERE / "abweichungen_blind9.yaml",
                "blind9", HERE / ".gebaut-blind9")
# tenth round (issue 19, item 4): written again from the guideline alone, expectations fixed
# before any run, by someone who had not seen the fact layer – Kreis and city letters with the
# letterhead in the page header, label/value forms with ☒/☐ declarations, Sachkosten item by
# item with a subtotal, Eigenmittel, a document's own full time ("Vollzeit 40 Std."), halbe
# Stellen, staff changes with a vacant month and parental leave, ministry Bescheide with roman
# or arabic part numbers, council Vorlagen with "Gegenstand", "Beratungsweg" and a
# Beschlussvorschlag (contents: blind10.py)
BLIND10 = Korpus("blind10", HERE / "manifest_blind10.yaml", HERE / "abweichungen_blind10.yaml",
                 "blind10", HERE / ".gebaut-blind10")
# eleventh round (issue 19, item 4): written again from the guideline alone, expectations fixed
# before any run, by someone who had not seen the fact layer – Anträge as letters or ☒/☐ forms,
# plans with years as columns, rows or in two tables, vacant shares "N. N." counted from their
# planned start, parental leave covered, overhead as a flat management share or an Umlage,
# Jahresbericht parts in the writer's words, ministry Bescheide with alternative part names and
# without Rechtsbehelfsbelehrung or Zeichnung, council Vorlagen with "Gegenstand",
# "Beratungsweg" or "Beratungsreihenfolge" (contents: blind11.py)
BLIND11 = Korpus("blind11", HERE / "manifest_blind11.yaml", HERE / "abweichungen_blind11.yaml",
                 "blind11", HERE / ".gebaut-blind11")
# twelfth round (issue 19, item 4): written again from the guideline alone, expectations fixed
# before any run, by someone who had not seen the fact layer – four shapes (Kreis/city letters
# with Aktenzeichen and "Seite #" footers, annual reports with parts in other words, ministry
# Bescheide, council Vorlagen) with staff as tables, prose or ☒/☐ forms, shares as "v. H.", "%",
# weekly hours with an own full time, "Stellenanteil", half positions, vacancies and parental
# leave, amounts as "T€", "Tsd. EUR", "EUR …,-", "…,--" and bare figures (blind12.py)
BLIND12 = Korpus("blind12", HERE / "manifest_blind12.yaml", HERE / "abweichungen_blind12.yaml",
                 "blind12", HERE / ".gebaut-blind12")
# thirteenth round (issue 19, item 4): written again from the guideline alone, expectations fixed
# before any run, by someone who had not seen the fact layer – Kreis and city letters and ☒/☐
# forms with staff as tables with from/until or prose, weekly hours with and without "/Woche" and
# an own full time, "v. H.", "%", "Stellenanteil", parental leave and vacancies; plans with years
# as columns or rows, Eigenmittel and total costs above the grant; annual reports with the grant
# share of higher total costs; ministry Bescheide with a wrong court or a Widerspruch; council
# Vorlagen with "Gegenstand", "Sitzungsdaten", "Beratungsreihenfolge" (contents: blind13.py)
BLIND13 = Korpus("blind13", HERE / "manifest_blind13.yaml", HERE / "abweichungen_blind13.yaml",
                 "blind13", HERE / ".gebaut-blind13")
# fourteenth round (issue 19, item 4): written again from the guideline alone, expectations fixed
# before any run, by someone who had not seen the fact layer – mostly Landkreise: long forms with
# numbered sections, label/value tables and ☒/☐ declarations, staff lists with several part-time
# people, Nachbesetzung, Elternzeitvertretung, a planned N. N. share and a vacant month, cost plans
# with many items, a Zwischensumme, Eigenmittel and separate Ausgaben/Finanzierung tables; Kreis
# letters in Verwaltungsdeutsch; annual reports written by the managers themselves; ministry
# Bescheide with long numbered Nebenbestimmungen; Kreis Vorlagen (contents: blind14.py)
BLIND14 = Korpus("blind14", HERE / "manifest_blind14.yaml", HERE / "abweichungen_blind14.yaml",
                 "blind14", HERE / ".gebaut-blind14")
# fifteenth round (issue 19, item 4): written again from the guideline alone, expectations fixed
# before any run, by someone who had not seen the fact layer – mostly cities and ineligible
# verbandsfreie Gemeinden or große kreisangehörige Städte: short covering letters with the plan as
# an attachment, council-system Vorlagen with a Beratungsfolge table and "Finanzielle
# Auswirkungen: ja ☒ nein ☐", Jahresberichte partly as tables of measures, amounts in "T€" and
# "Tsd. €", staff as "1/2 Stelle", "Vollzeitäquivalent 0,75", "75 %-Stelle", weekly hours with
# and without "/Woche", Änderungsbescheide besides first grants (contents: blind15.py)
BLIND15 = Korpus("blind15", HERE / "manifest_blind15.yaml", HERE / "abweichungen_blind15.yaml",
                 "blind15", HERE / ".gebaut-blind15")
# sixteenth round (issue 19, item 4): written again from the guideline alone, expectations fixed
# before any run, by someone who had not seen the fact layer – small, busy offices: terse letters
# and e-mails turned into letters ("anbei …"), plans as two-column lists or tables with headers
# such as "Pos.", "Bez.", "Betrag (€)", abbreviations ("PK", "SK", "VZÄ", "TZ", "Std./Wo."),
# staff changes in one line, Jahresberichte as short bullet lists, one-page Vorlagen, compact
# ministry Bescheide with numbered paragraphs (contents: blind16.py)
BLIND16 = Korpus("blind16", HERE / "manifest_blind16.yaml", HERE / "abweichungen_blind16.yaml",
                 "blind16", HERE / ".gebaut-blind16")
# seventeenth round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – documents as external
# service providers and Träger write them for the Kommune: cover pages, tables of contents,
# numbered chapters with long titles, "Das Wichtigste in Kürze", info boxes, table captions,
# Personal and Sachkosten tables with notes, Anträge as covering letter plus ☒/☐ form,
# Bescheide with an Anlage "Zuwendungsfähige Ausgaben", Vorlagen with "Sachdarstellung" and
# "Finanzielle Auswirkungen" (contents: blind17.py)
BLIND17 = Korpus("blind17", HERE / "manifest_blind17.yaml", HERE / "abweichungen_blind17.yaml",
                 "blind17", HERE / ".gebaut-blind17")
# eighteenth round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – documents typed in Word
# without its structure tools: headings as plain capital lines or with typed numbers ("1.)",
# "II."), cost plans aligned with tabs or runs of spaces or told in running text, facts in long
# paragraphs, signature blocks as short typed lines, ☒/☐ forms; a few ministry Bescheide and
# council Vorlagen written the usual way (contents: blind18.py)
BLIND18 = Korpus("blind18", HERE / "manifest_blind18.yaml", HERE / "abweichungen_blind18.yaml",
                 "blind18", HERE / ".gebaut-blind18")
# nineteenth round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – documents filled into forms
# and Vordrucke: numbered form fields ("3.2 Stellenumfang"), label/value tables, check boxes as
# ☒/☐, [X]/[ ], (x)/( ), ■/□ or an "X" in a ja/nein column, declarations as a list of boxes,
# Jahresberichte as questionnaires with the answers under the questions, ministry Bescheide
# printed from a Fachverfahren (Kassenzeichen, Haushaltsstelle, instalment tables), council
# Vorlagen with a Beratungsfolge table, a few plain letters (contents: blind19.py)
BLIND19 = Korpus("blind19", HERE / "manifest_blind19.yaml", HERE / "abweichungen_blind19.yaml",
                 "blind19", HERE / ".gebaut-blind19")
# twentieth round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – documents full of figures
# that are not the facts being checked: previous-year and plan columns, other programmes of the
# department and its budget, case statistics, the Abteilung's other posts, Änderungsanträge and
# Änderungsbescheide ("statt … nunmehr …"), Eigenanteil and Kofinanzierung (blind20.py)
BLIND20 = Korpus("blind20", HERE / "manifest_blind20.yaml", HERE / "abweichungen_blind20.yaml",
                 "blind20", HERE / ".gebaut-blind20")
# twenty-first round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – long, complete files as they
# go to the ministry: Anträge of several pages with a table of contents, sub-sections ("3.1"),
# footnotes and attachments in the same file (Stellenbeschreibung with time shares per task,
# Kooperationsvereinbarung, organisation chart, council decision with its own date and figures);
# Jahresberichte with case examples, a statistics annex and plan/actual comparison; Bescheide with
# all Nebenbestimmungen, an instalment plan and a long Begründung; Vorlagen with a history of
# earlier decisions and Anlagen; a few short documents (contents: blind21.py)
BLIND21 = Korpus("blind21", HERE / "manifest_blind21.yaml", HERE / "abweichungen_blind21.yaml",
                 "blind21", HERE / ".gebaut-blind21")
# twenty-second round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – edge cases of time and
# eligibility: periods crossing years or starting and ending inside a month, plans over two or
# three Haushaltsjahre with the caps pro rata per year, posts filled late or left early, staff
# changing extent, Anträge and Jahresberichte dated just before or after their deadline,
# Verbandsgemeinden, verbandsfreie Gemeinden and große kreisangehörige Städte beside Landkreise
# and kreisfreie Städte, two-year Bescheide and Vorlagen on a multi-year grant (blind22.py)
BLIND22 = Korpus("blind22", HERE / "manifest_blind22.yaml", HERE / "abweichungen_blind22.yaml",
                 "blind22", HERE / ".gebaut-blind22")
# twenty-third round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – everyday files by busy
# clerks: short plain letters and ☒/☐ forms in officialese ("i. H. v.", "lt.", "gem.", "o. g."),
# facts inside long sentences, short tables, annual reports of a few lines per part, ministry
# Bescheide with roman part numbers, one-page council Vorlagen; the common defects (a cap
# exceeded pro rata, a deadline missed, a part, declaration or signature missing, an unticked
# box, a wrong court, a share below the minimum) (contents: blind23.py)
BLIND23 = Korpus("blind23", HERE / "manifest_blind23.yaml", HERE / "abweichungen_blind23.yaml",
                 "blind23", HERE / ".gebaut-blind23")
# twenty-fourth round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – facts in tables of every
# shape: years as columns (with a totals column) or as rows (with a totals row), two header rows
# (year over "Ausgaben | Zuwendung" or "beantragt | bewilligt"), units only in the header ("in €",
# "T€", "VZÄ", "Std./Woche", "Stellenanteil in %"), footnote marks in cells ("59.100,00¹"), staff
# tables with several rows per person, label/value tables with ☒/☐ boxes, Sachkosten items with a
# Zwischensumme, cells with "–" (contents: blind24.py)
BLIND24 = Korpus("blind24", HERE / "manifest_blind24.yaml", HERE / "abweichungen_blind24.yaml",
                 "blind24", HERE / ".gebaut-blind24")
# twenty-fifth round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – one month of intake at the
# ministry from many Kommunen, each office in its own house style: Kreis letters with
# Aktenzeichen and "Seite # von 3" footers, ☒/☐ forms with years as rows, city applications
# with Sachkosten items, Zwischensumme and Eigenmittel, annual reports with parts in other
# words, ministry Bescheide in three template generations, Vorlagen close to the Koblenz
# Unterrichtungsvorlage, from a council system and from a small Kreis (contents: blind25.py)
BLIND25 = Korpus("blind25", HERE / "manifest_blind25.yaml", HERE / "abweichungen_blind25.yaml",
                 "blind25", HERE / ".gebaut-blind25")
# twenty-sixth round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – documents of the second and
# third funding year: Folge- and Verlängerungsanträge citing the earlier Bescheid (date,
# Aktenzeichen, amounts granted then), Jahresberichte with the previous year beside the report
# year, Änderungs- and Folgebescheide, council Vorlagen on the programme so far and its
# continuation (contents: blind26.py)
BLIND26 = Korpus("blind26", HERE / "manifest_blind26.yaml", HERE / "abweichungen_blind26.yaml",
                 "blind26", HERE / ".gebaut-blind26")
# twenty-seventh round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – Kommunen with a team instead
# of one post: the 1,0 VZÄ (or less) shared by two or three part-time people, as staff tables
# with columns of the office's own choosing, one sentence per person, weekly hours of a 39- or
# 40-hour week, "%", "v. H.", "halbe Stelle"; a post split with a Träger, late starts, reduced
# or raised hours, leavers replaced seamlessly or after a vacant month, parental leave covered;
# Bescheide, Vorlagen and Jahresberichte of such teams (contents: blind27.py)
BLIND27 = Korpus("blind27", HERE / "manifest_blind27.yaml", HERE / "abweichungen_blind27.yaml",
                 "blind27", HERE / ".gebaut-blind27")
# twenty-eighth round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – documents in the voice of
# the people who do the work: Anträge and Jahresberichte written by the integration managers
# themselves (first person, headings of their own making, meetings and partners as lists,
# quotes, short tables dropped into the story), Sachberichte with numbered paragraphs, ☒/☐
# forms, a Fachbereich's Vorlage telling the council what the managers did, and the
# ministry's Bescheide answering them (contents: blind28.py)
BLIND28 = Korpus("blind28", HERE / "manifest_blind28.yaml", HERE / "abweichungen_blind28.yaml",
                 "blind28", HERE / ".gebaut-blind28")
# twenty-ninth round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – documents as other software
# and offices put them out: printouts of an online application portal (field numbers, label:
# value lines, "Ja"/"Nein", "—" for empty fields), Anträge pasted into an e-mail and printed with
# the mail header, letters of Kreisverwaltungen, kreisangehörige Städte and a Verbandsgemeinde,
# ministry Bescheide in an older and a newer template, council-system exports with a metadata
# block (Vorlage-Nr., Status, Beratungsfolge), Kreis report templates with their own part names
# (contents: blind29.py)
BLIND29 = Korpus("blind29", HERE / "manifest_blind29.yaml", HERE / "abweichungen_blind29.yaml",
                 "blind29", HERE / ".gebaut-blind29")
# thirtieth round (issue 19, item 4): written again from the guideline alone, expectations fixed
# before any run, by someone who had not seen the fact layer – documents full of figures that are
# not the programme's facts: the Kreis' statistics (Schutzsuchende, Beratungskontakte, Quoten in
# %), the other posts of the same Integrationsbüro (Migrationsberatung, Ehrenamtskoordination,
# AsylbLG) with their own VZÄ or weekly hours, Haushaltsstellen, Produkte and the whole Haushalt,
# other Landesmittel, previous-year columns, total costs above the grant, the programme budget in
# a Bescheid; the KIM facts stated once among them (contents: blind30.py)
BLIND30 = Korpus("blind30", HERE / "manifest_blind30.yaml", HERE / "abweichungen_blind30.yaml",
                 "blind30", HERE / ".gebaut-blind30")
# thirty-first round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – documents of the second and
# third funding year and of changes: Folgeanträge for 2026 and 2027, staff changing during the
# year (Nachbesetzung after a vacant month, Elternzeitvertretung, hours raised or cut from a given
# month), amounts per Haushaltsjahr that differ by year, Jahresberichte comparing Bescheid and
# Ist, Bescheide over two Haushaltsjahre and an Änderungsbescheid, Vorlagen on continuing the
# programme (contents: blind31.py)
BLIND31 = Korpus("blind31", HERE / "manifest_blind31.yaml", HERE / "abweichungen_blind31.yaml",
                 "blind31", HERE / ".gebaut-blind31")
# thirty-second round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – terse, abbreviated papers
# of a single clerk in a hurry: one-page Anträge in Stichpunkten, "Bezug:"/"Az.:" lines, PK/SK,
# EM, TEUR, T€, "mtl." beside "p. a.", Wo.-Std., VZÄ, lfd. Nr., Ziff., short e-mail-like
# Jahresberichte, brief but complete Bescheide and Vorlagen (contents: blind32.py)
BLIND32 = Korpus("blind32", HERE / "manifest_blind32.yaml", HERE / "abweichungen_blind32.yaml",
                 "blind32", HERE / ".gebaut-blind32")
# thirty-third round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – documents from lawyers and
# council offices: ministry Bescheide in full legal form (Tenor I./II./III., Nebenbestimmungen,
# Begründung, Hinweise, Rechtsbehelfsbelehrung, ANBest-K, VV zu § 44 LHO, numbered clauses),
# Beschluss- and Unterrichtungsvorlagen with Sachverhalt, Beschlussvorschlag, a table of
# finanzielle Auswirkungen, Beratungsfolge and Anlagen, Anträge of legal-minded Kreise quoting
# the concept's clause numbers beside their own figures (contents: blind33.py)
BLIND33 = Korpus("blind33", HERE / "manifest_blind33.yaml", HERE / "abweichungen_blind33.yaml",
                 "blind33", HERE / ".gebaut-blind33")
# thirty-fourth round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – a typical month's inbox of
# the ministry from about forty Kommunen, each office in its own style: Kreis letters with Az.
# line and "Seite # von 3" footer, city applications in prose with weekly hours and "EUR …,-",
# ☒/☐ Vordrucke, online-portal printouts, Jahresberichte long and short with parts in the
# writer's words, ministry Bescheide as letter and compact form, council Vorlagen from a
# Ratsinformationssystem and a Kreistag office (contents: blind34.py)
BLIND34 = Korpus("blind34", HERE / "manifest_blind34.yaml", HERE / "abweichungen_blind34.yaml",
                 "blind34", HERE / ".gebaut-blind34")
# thirty-fifth round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – mostly Jahresberichte on the
# first funding year 2026 from many Kommunen, each in its own structure (own chapter names and
# numbers, tables of activities and case numbers, staff told with their months, the financial
# part as a table or in prose, the Fragebogen as Anlage, promised later or missing, dated in
# time or too late), besides Anträge, ministry Bescheide and council Vorlagen (blind35.py)
BLIND35 = Korpus("blind35", HERE / "manifest_blind35.yaml", HERE / "abweichungen_blind35.yaml",
                 "blind35", HERE / ".gebaut-blind35")
# thirty-sixth round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – documents of the kreisfreie
# Städte: Dezernate and numbered Ämter ("50 – Amt für Soziales und Wohnen"), city letterheads,
# Oberbürgermeister/Bürgermeisterin signatures, Teilhaushalte, staff in the city's own job
# titles, Stadtrat and Hauptausschuss Vorlagen, the ministry's Bescheide to cities, and
# ineligible große kreisangehörige Städte and verbandsfreie Gemeinden (contents: blind36.py)
BLIND36 = Korpus("blind36", HERE / "manifest_blind36.yaml", HERE / "abweichungen_blind36.yaml",
                 "blind36", HERE / ".gebaut-blind36")
# thirty-seventh round (issue 19, item 4): written again from the guideline alone, expectations
# fixed before any run, by someone who had not seen the fact layer – rural Landkreise with small
# posts: 0,5 to 0,75 VZÄ or weekly hours, posts filled only from some month, caps pro rata by the
# months funded, small Sachkosten budgets itemised in detail, a Kreis sharing the work with its
# Verbandsgemeinden (who applies, where the post sits), the ministry's Bescheide and the
# Kreistag's Vorlagen for them (contents: blind37.py)
BLIND37 = Korpus("blind37", HERE / "manifest_blind37.yaml", HERE / "abweichungen_blind37.yaml",
                 "blind37", HERE / ".gebaut-blind37")
# every held-out corpus, in the order they were written; each has its own list of deviations
ZURUECKGEHALTEN = (BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9, BLIND10,
                   BLIND11, BLIND12, BLIND13, BLIND14, BLIND15, BLIND16, BLIND17, BLIND18,
                   BLIND19, BLIND20, BLIND21, BLIND22, BLIND23, BLIND24, BLIND25, BLIND26,
                   BLIND27, BLIND28, BLIND29, BLIND30, BLIND31, BLIND32, BLIND33,
                   BLIND34, BLIND35, BLIND36, BLIND37)


@dataclass
class Eintrag:
    name: str
    art: str
    inhalt: str
    erzeuger: str
    erwartet: str
    verletzt: frozenset[str]
    parameter: dict = field(default_factory=dict)
    kopf: str = "formatvorlagen"
    art_angeben: bool = False
    notiz: str = ""
    bescheid: str | None = None  # name of a corpus Bescheid for the cross-document rules

    @property
    def endung(self) -> str:
        return {"lo-odt": ".odt", "lo-pdf": ".pdf", "chromium-pdf": ".pdf"}.get(self.erzeuger, ".docx")

    @property
    def korrekt(self) -> bool:
        return self.erwartet == "einreichungsfaehig"


def manifest(path: Path = MANIFEST) -> list[Eintrag]:
    from kimdocs.rules import load_guideline

    schwere = {r.code: r.schwere for r in load_guideline().regeln}
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    out, seen = [], set()
    for item in raw["dokumente"]:
        e = Eintrag(name=item["name"], art=item["art"], inhalt=item.get("inhalt", item["art"]),
                    erzeuger=item["erzeuger"], erwartet=item["erwartet"],
                    verletzt=frozenset(item.get("verletzt") or ()),
                    parameter=item.get("parameter") or {}, kopf=item.get("kopf", "formatvorlagen"),
                    art_angeben=item.get("art_angeben", False), notiz=item.get("notiz", ""),
                    bescheid=item.get("bescheid"))
        # a broken manifest must fail loudly, not silently shrink the corpus
        _muss(e.name not in seen, f"doppelter Name im Manifest: {e.name}", path)
        _muss(e.art in ARTEN and e.erzeuger in ERZEUGER and e.erwartet in URTEILE
              and e.kopf in KOPF, f"{e.name}: unbekannte Art, Erzeuger, Kopf oder Urteil", path)
        unbekannt = sorted(c for c in e.verletzt if schwere.get(c) not in ("fehler", "warnung"))
        _muss(not unbekannt, f"{e.name}: kein Fehler- oder Warnungs-Code: {unbekannt}", path)
        fehler = {c for c in e.verletzt if schwere[c] == "fehler"}
        _muss((e.erwartet == "maengel") == bool(fehler),
              f"{e.name}: Urteil {e.erwartet} passt nicht zu den Fehlern {sorted(fehler)}",
              path)
        seen.add(e.name)
        out.append(e)
    arten = {e.name: e.art for e in out}
    for e in out:
        _muss(e.bescheid is None or arten.get(e.bescheid) == "bescheid",
              f"{e.name}: bescheid {e.bescheid} ist kein Bescheid des Korpus", path)
    return out


def _muss(condition: bool, message: str, path: Path = MANIFEST) -> None:
    if not condition:
        raise ValueError(f"{path.name}: {message}")


def pruefen(e: Eintrag, files: dict[str, Path]):
    """The checker's report on one corpus document, as a user would call it: the type only
    where the entry says it is given (--art), the Bescheid where one belongs to it."""
    import kimdocs

    return kimdocs.check_file(files[e.name], art=e.art if e.art_angeben else None,
                              bescheid=files[e.bescheid] if e.bescheid else None)


def verletzt(report) -> frozenset[str]:
    """The Fehler and Warnung codes the report gives as violated."""
    return frozenset(b.code for b in report.ergebnisse
                     if b.status == "verletzt" and b.schwere in ("fehler", "warnung"))


def abweichungen(path: Path = ABWEICHUNGEN) -> dict[str, str]:
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def schluessel(korpus: Korpus = ENTWICKLUNG) -> str:
    h = hashlib.sha256()
    for path in (HERE / "bauen.py", HERE / f"{korpus.inhalte}.py", korpus.manifest,
                 *(INHALTE_ZUSATZ if korpus.name == "entwicklung" else ())):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


# --- DOCX -----------------------------------------------------------------------------------

_NUMBER = re.compile(r"^\s*\d{1,2}\.\s+")


def _numbering_id(doc) -> int:
    """A decimal list definition ("1.", "2.", …) for Word automatic numbering."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = doc.part.numbering_part.element
    abstract_id = 90
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl></w:abstractNum>'))
    num_id = 90
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
        '</w:num>'))
    return num_id


def _set_numbering(paragraph, num_id: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
                            f'<w:numId w:val="{num_id}"/></w:numPr>'))


# --- Word features of forms and reviewed files (blind corpus 2) -----------------------------
# In any text of a DOCX outline: "{-alt-}" is a tracked deletion (w:del), "{+neu+}" a tracked
# insertion (w:ins), "[[wert]]" a content control (w:sdt), "<<wert>>" a legacy form field
# (FORMTEXT). The HTML and what LibreOffice prints show the text as accepted.

_MARKUP = re.compile(r"(\{-.*?-\}|\{\+.*?\+\}|\[\[.*?\]\]|<<.*?>>)", re.S)
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_REVISION = "w:author=\"M. Becker\" w:date=\"2026-03-02T10:15:00Z\""


def accepted(text: str) -> str:
    """The text as a reader sees it with all changes accepted and fields filled."""
    out = []
    for part in _MARKUP.split(text):
        if part.startswith("{-"):
            continue
        if part.startswith(("{+", "[[", "<<")):
            part = part[2:-2]
        out.append(part)
    return "".join(out)


def _xml(text: str) -> str:
    return html.escape(text, quote=False)


def _run_xml(text: str, rpr: str = "", deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    tab = f'</{tag}><w:tab/><{tag} xml:space="preserve">'  # Word writes a tab as <w:tab/>
    return (f'<w:r {_W}>{rpr}<{tag} xml:space="preserve">'
            f'{tab.join(map(_xml, text.split(chr(9))))}</{tag}></w:r>')


_REV_ID = [100]


def add_text(paragraph, text: str, bold: bool = False, size=None) -> None:
    """Append `text` (with the markup above) to a python-docx paragraph."""
    from docx.oxml import parse_xml

    rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (
        f'<w:sz w:val="{int(size * 2)}"/>' if size else "") + "</w:rPr>"
    for part in _MARKUP.split(text):
        if not part:
            continue
        _REV_ID[0] += 1
        rid = _REV_ID[0]
        if part.startswith("{-"):
            xml = (f'<w:del {_W} w:id="{rid}" {_REVISION}>'
                   f'{_run_xml(part[2:-2], rpr, deleted=True)}</w:del>')
        elif part.startswith("{+"):
            xml = f'<w:ins {_W} w:id="{rid}" {_REVISION}>{_run_xml(part[2:-2], rpr)}</w:ins>'
        elif part.startswith("[["):
            xml = (f'<w:sdt {_W}><w:sdtPr><w:alias w:val="Feld {rid}"/><w:tag w:val="f{rid}"/>'
                   f'<w:id w:val="{rid}"/><w:text/></w:sdtPr><w:sdtContent>'
                   f'{_run_xml(part[2:-2], rpr)}</w:sdtContent></w:sdt>')
        elif part.startswith("<<"):
            xml = (f'<w:r {_W}><w:fldChar w:fldCharType="begin"><w:ffData>'
                   f'<w:name w:val="Text{rid}"/><w:enabled/><w:calcOnExit w:val="0"/>'
                   f'<w:textInput/></w:ffData></w:fldChar></w:r>'
                   f'<w:r {_W}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                   f'<w:r {_W}><w:fldChar w:fldCharType="separate"/></w:r>'
                   f'{_run_xml(part[2:-2], rpr)}'
                   f'<w:r {_W}><w:fldChar w:fldCharType="end"/></w:r>')
        else:
            xml = _run_xml(part, rpr)
        for element in parse_xml(f"<w:x {_W}>{xml}</w:x>"):
            paragraph._p.append(element)


def _text_box(doc, lines: list[str]) -> None:
    """Lines in a floating text box (VML, as Word writes it besides DrawingML)."""
    from docx.oxml import parse_xml

    inner = "".join(f"<w:p>{_run_xml(line)}</w:p>" for line in lines)
    pict = (f'<w:r {_W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
            '<v:shape id="Textfeld1" type="#_x0000_t202" style="width:220pt;height:'
            f'{14 * len(lines) + 10}pt;mso-position-horizontal:right"><v:textbox>'
            f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    para = doc.add_paragraph()
    para._p.append(parse_xml(pict))


def _footnotes_part(doc, notes: list[str]) -> None:
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = [('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
             '<w:continuationSeparator/></w:r></w:p></w:footnote>')]
    for n, note in enumerate(notes, 1):
        body.append(f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                    f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {_xml(note)}'
                    '</w:t></w:r></w:p></w:footnote>')
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {_W}>'
            + "".join(body) + "</w:footnotes>").encode()
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def _footnote_ref(paragraph, number: int) -> None:
    from docx.oxml import parse_xml

    paragraph._p.append(parse_xml(
        f'<w:r {_W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{number}"/></w:r>'))


def _new_section(doc, *, landscape: bool | None = None, columns: int | None = None,
                 new_page: bool = True):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.oxml import parse_xml

    section = doc.add_section(WD_SECTION.NEW_PAGE if new_page else WD_SECTION.CONTINUOUS)
    if landscape is not None:
        width, height = sorted((section.page_width, section.page_height))
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (height, width) if landscape else (width, height)
    if columns is not None:
        sect = section._sectPr
        for old in sect.findall(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cols"):
            sect.remove(old)
        sect.append(parse_xml(f'<w:cols {_W} w:num="{columns}" w:space="567"/>'))
    return section


def _no_borders(table) -> None:
    from docx.oxml import parse_xml

    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(
        f'<w:tblBorders {_W}>' + "".join(f'<w:{b} w:val="nil"/>' for b in (
            "top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def _tab_rows(doc, rows: list[list[str]]) -> None:
    """A table written with tab stops, no Word table (as many old templates do)."""
    from docx.shared import Cm

    for r, row in enumerate(rows):
        para = doc.add_paragraph()
        stops = para.paragraph_format.tab_stops
        first = 10.5 if len(row) <= 3 else 5  # a long label column, or a short one
        for c in range(1, len(row)):
            stops.add_tab_stop(Cm(first + 3.2 * (c - 1)))
        add_text(para, "\t".join(row), bold=r == 0)


def write_docx(outline: list[dict], path: Path, kopf: str) -> Path:
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    num_id = _numbering_id(doc) if kopf == "nummeriert" else None

    footnotes: list[str] = []

    def bold_line(text: str, size: float = 11):
        add_text(doc.add_paragraph(), text, bold=True, size=size)

    for item in outline:
        kind, value = next(iter(item.items()))
        if kind == "titel":
            if kopf == "formatvorlagen":
                doc.add_heading(value, level=0)
            else:
                bold_line(value, 15)
        elif kind in ("h1", "h2"):
            if kopf == "formatvorlagen":
                doc.add_heading(value, level=int(kind[1]))
            elif kopf == "fett":
                bold_line(value, 12 if kind == "h1" else 11)
            elif _NUMBER.match(value):  # Word numbers it; the text holds no number
                para = doc.add_paragraph(style="List Paragraph")
                _set_numbering(para, num_id)
                add_text(para, _NUMBER.sub("", value), bold=True, size=12)
            else:
                bold_line(value, 12)
        elif kind == "fett":
            bold_line(value, 10.5)
        elif kind == "p":
            add_text(doc.add_paragraph(), value)
        elif kind == "rechts":
            from docx.enum.text import WD_ALIGN_PARAGRAPH

            para = doc.add_paragraph()
            add_text(para, value)
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "fussnote":  # [text, note]: the note is a Word footnote of the paragraph
            para = doc.add_paragraph()
            add_text(para, value[0])
            footnotes.append(value[1])
            _footnote_ref(para, len(footnotes))
        elif kind == "kommentar":  # [text, comment]: a reviewer's Word comment on the paragraph
            para = doc.add_paragraph()
            add_text(para, value[0])
            doc.add_comment(para.runs, text=value[1], author="M. Becker", initials="MB")
        elif kind == "textfeld":
            _text_box(doc, value)
        elif kind == "rahmen":  # Word's positioned frame (w:framePr): an ODT text frame
            from docx.oxml import parse_xml

            for line in value:
                para = doc.add_paragraph()
                para._p.get_or_add_pPr().append(parse_xml(
                    f'<w:framePr {_W} w:w="4800" w:hSpace="180" w:wrap="around" '
                    'w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/>'))
                add_text(para, line)
        elif kind == "tabs":
            _tab_rows(doc, value)
        elif kind == "querformat":  # true: a landscape section begins; false: portrait again
            _new_section(doc, landscape=bool(value))
        elif kind == "spalten":  # n: a continuous section with n columns begins
            _new_section(doc, columns=int(value), new_page=False)
        elif kind == "fusszeile":  # lines of the page footer; "#" becomes the page number
            footer = section.footer
            for n, line in enumerate(value):
                para = footer.paragraphs[0] if n == 0 else footer.add_paragraph()
                before, _, after = line.partition("#")
                add_text(para, before)
                if _:
                    _page_field(para)
                    add_text(para, after)
        elif kind == "briefkopf":  # the letterhead lives in the page header, as in Word
            header = section.header
            add_text(header.paragraphs[0], value[0])
            for line in value[1:]:
                add_text(header.add_paragraph(), line)
        elif kind == "liste":
            for entry in value:
                add_text(doc.add_paragraph(style="List Bullet"), entry)
        elif kind in ("tabelle", "formular"):
            cols = max(len(r) for r in value)
            table = doc.add_table(rows=len(value), cols=cols)
            table.style = "Table Grid"
            if item.get("rahmenlos"):
                _no_borders(table)
            for r, row in enumerate(value):
                for c, text in enumerate(row):
                    cell = table.cell(r, c)
                    bold = (kind == "tabelle" and r == 0) or (kind == "formular" and c == 0)
                    for n, line in enumerate(text.split("\n")):
                        add_text(cell.paragraphs[0] if n == 0 else cell.add_paragraph(), line,
                                 bold=bold and n == 0)
            for r, first, last in item.get("verbunden", ()):
                table.cell(r, first).merge(table.cell(r, last))
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    if footnotes:
        _footnotes_part(doc, footnotes)
    doc.core_properties.author = "Korpus"
    doc.save(path)
    return path


def _page_field(paragraph) -> None:
    from docx.oxml import parse_xml

    for xml in ('<w:fldChar w:fldCharType="begin"/>',
                '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar w:fldCharType="separate"/>', '<w:t>1</w:t>',
                '<w:fldChar w:fldCharType="end"/>'):
        paragraph._p.append(parse_xml(f"<w:r {_W}>{xml}</w:r>"))


# --- HTML (council information system) -------------------------------------------------------

_CSS = """
@page { size: A4; margin: 18mm 16mm 18mm 20mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
.ris { border-bottom: 2px solid #2a5d8f; color: #2a5d8f; font-size: 8.5pt; padding-bottom: 3pt;
       margin-bottom: 10pt; }
h1.titel { font-size: 16pt; margin: 6pt 0 10pt; }
h2 { font-size: 12pt; margin: 12pt 0 4pt; color: #2a5d8f; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; }
p { margin: 0 0 6pt; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; }
td, th { border: 1px solid #888; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #e8eef5; }
td.label { background: #f3f3f3; font-weight: bold; width: 32%; }
"""


def write_html(outline: list[dict], path: Path, kopfzeile: str) -> Path:
    def e(text: str) -> str:
        return html.escape(accepted(text))

    notes: list[str] = []
    parts = [(f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{e(kopfzeile)}'
             f"</title><style>{_CSS}</style></head><body>"),
             f'<div class="ris">{e(kopfzeile)}</div>']
    for item in outline:
        kind, value = next(iter(item.items()))
        if kind == "titel":
            parts.append(f'<h1 class="titel">{e(value)}</h1>')
        elif kind == "h1":
            parts.append(f"<h2>{e(value)}</h2>")
        elif kind == "h2":
            parts.append(f"<h3>{e(value)}</h3>")
        elif kind == "fett":
            parts.append(f"<p><b>{e(value)}</b></p>")
        elif kind == "p":
            parts.append(f"<p>{e(value)}</p>")
        elif kind == "rechts":
            parts.append(f'<p style="text-align:right">{e(value)}</p>')
        elif kind == "briefkopf":
            parts.append('<div style="font-size:8.5pt;margin-bottom:10pt">'
                         + "<br>".join(map(e, value)) + "</div>")
        elif kind == "liste":
            parts.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in value) + "</ul>")
        elif kind == "navigation":  # the council system's menu and breadcrumbs, printed along
            parts.append('<div style="font-size:8pt;color:#555;border-bottom:1px solid #ccc;'
                         'margin-bottom:8pt">' + " | ".join(map(e, value)) + "</div>")
        elif kind == "fussnote":
            notes.append(value[1])
            parts.append(f"<p>{e(value[0])}<sup>{len(notes)}</sup></p>")
        elif kind == "kommentar":  # a browser print carries no Word comments
            parts.append(f"<p>{e(value[0])}</p>")
        elif kind in ("textfeld", "rahmen"):
            parts.append('<div style="float:right;width:45%;border:1px solid #999;'
                         'padding:4pt;font-size:9pt">' + "<br>".join(map(e, value)) + "</div>")
        elif kind == "tabs":
            rows = "".join("<tr>" + "".join(f'<td style="border:none">{e(c)}</td>' for c in row)
                           + "</tr>" for row in value)
            parts.append(f"<table>{rows}</table>")
        elif kind in ("querformat", "spalten", "fusszeile"):
            pass  # Word page layout; the browser print has its own (druckkopf)
        elif kind == "tabelle":
            # no <thead>: Chromium would repeat it on every page, a council system's export
            # usually does not
            spans = {(r, first): last - first + 1 for r, first, last in item.get("verbunden", ())}
            rows = []
            for r, row in enumerate(value):
                tag = "th" if r == 0 else "td"
                cells, c = [], 0
                while c < len(row):
                    span = spans.get((r, c), 1)
                    attr = f' colspan="{span}"' if span > 1 else ""
                    cells.append(f"<{tag}{attr}>{e(row[c])}</{tag}>")
                    c += span
                rows.append(f"<tr>{''.join(cells)}</tr>")
            parts.append(f"<table>{''.join(rows)}</table>")
        elif kind == "formular":
            rows = [f'<tr><td class="label">{e(a)}</td><td>{"<br>".join(map(e, b.split(chr(10))))}'
                    "</td></tr>" for a, b in value]
            parts.append(f"<table>{''.join(rows)}</table>")
        else:
            raise ValueError(kind)
    if notes:
        parts.append('<hr style="width:30%;margin-left:0">' + "".join(
            f'<p style="font-size:8pt">{n} {e(t)}</p>' for n, t in enumerate(notes, 1)))
    parts.append("</body></html>")
    path.write_text("".join(parts), encoding="utf-8")
    return path


class _Chromium:
    """One headless Chromium for all HTML files, driven over the DevTools protocol on a pipe
    (--remote-debugging-pipe: JSON messages ending in NUL, Chromium reads fd 3 and writes
    fd 4). Measured here: 16 pages in 4 s and 1.7 s CPU, against 33 s and 10 s CPU for one
    `--print-to-pdf` start per file. No network: the pipe is not a port."""

    def __init__(self, profile: str):
        to_read, self._to = os.pipe()
        self._from, from_write = os.pipe()
        # above 9, so that moving them to 3 and 4 in the child cannot overwrite one another
        to_read, from_write = (_above_nine(fd) for fd in (to_read, from_write))
        # bash (dash takes only one-digit fds) moves the pipe ends to the fd numbers
        # Chromium expects, then becomes it
        cmd = ["bash", "-c", f'exec "$0" "$@" 3<&{to_read} 4>&{from_write}', CHROMIUM,
               "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", f"--user-data-dir={profile}", "--remote-debugging-pipe",
               "about:blank"]
        self.proc = subprocess.Popen(cmd, pass_fds=(to_read, from_write),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        os.close(to_read)
        os.close(from_write)
        self._buffer, self._id = b"", 0

    def call(self, method: str, params: dict | None = None, session: str | None = None,
             until: str | None = None, timeout: float = 60) -> dict:
        """Send one command; return its result once it (and the event `until`) arrived."""
        self._id += 1
        message = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        try:
            os.write(self._to, json.dumps(message).encode() + b"\0")
        except BrokenPipeError:
            raise RuntimeError(f"Chromium ({CHROMIUM}) läuft nicht") from None
        deadline = time.monotonic() + timeout
        result, seen = None, until is None
        while result is None or not seen:
            answer = self._receive(deadline)
            if answer.get("id") == self._id:
                if "error" in answer:
                    raise RuntimeError(f"Chromium: {method}: {answer['error']}")
                result = answer["result"]
            elif answer.get("method") == until and answer.get("sessionId") == session:
                seen = True
        return result

    def _receive(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from], [], [], left)[0]:
                raise RuntimeError("Chromium antwortet nicht (Zeitlimit)")
            chunk = os.read(self._from, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium hat sich beendet")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self) -> None:
        for fd in (self._to, self._from):
            os.close(fd)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


def _above_nine(fd: int) -> int:
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


def _druckkopf(e: Eintrag) -> dict:
    """Chromium's own running header and footer (title, URL, print date, "Seite x von y"),
    as a browser prints a council system's page, when the entry asks for them."""
    kopf = e.parameter.get("druckkopf")
    if not kopf:
        return {}
    style = ('<span style="font-size:7pt;width:100%;margin:0 12mm;display:flex;'
             'justify-content:space-between">')
    return {"displayHeaderFooter": True,
            "headerTemplate": f"{style}<span>{html.escape(kopf['datum'])}</span>"
                              f"<span>{html.escape(kopf['titel'])}</span></span>",
            "footerTemplate": f"{style}<span>{html.escape(kopf['url'])}</span>"
                              '<span>Seite <span class="pageNumber"></span> von '
                              '<span class="totalPages"></span></span></span>',
            "marginTop": 0.7, "marginBottom": 0.7}


def _print_html(jobs: list[tuple[Path, Path]], optionen: dict | None = None) -> None:
    """Print each HTML file (first) to its PDF (second) in one browser."""
    with tempfile.TemporaryDirectory(prefix="korpus-chromium-") as profile:
        browser = _Chromium(profile)
        try:
            target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            session = browser.call("Target.attachToTarget",
                                   {"targetId": target, "flatten": True})["sessionId"]
            browser.call("Page.enable", session=session)
            for html_path, pdf_path in jobs:
                browser.call("Page.navigate", {"url": html_path.as_uri()}, session=session,
                             until="Page.loadEventFired")
                pdf = browser.call("Page.printToPDF", {"printBackground": True,
                                                       "preferCSSPageSize": True,
                                                       **(optionen or {}).get(pdf_path.name, {})},
                                   session=session)
                pdf_path.write_bytes(base64.b64decode(pdf["data"]))
            browser.call("Browser.close")
        finally:
            browser.close()
    missing = [pdf.name for _, pdf in jobs if not pdf.is_file() or pdf.stat().st_size == 0]
    if missing:
        raise RuntimeError(f"Chromium hat kein PDF erzeugt: {', '.join(missing)}")


def _querseiten_drehen(pdf: Path, rotation: int) -> None:
    """Store every landscape page of `pdf` turned (content on a portrait page, /Rotate set),
    as Word and scanners store a landscape Finanzierungsplan; portrait pages stay."""
    from pypdf import PdfWriter, Transformation
    from pypdf.generic import NameObject, NumberObject, RectangleObject

    writer = PdfWriter(clone_from=str(pdf))
    for page in writer.pages:
        box = page.mediabox
        width, height = float(box.width), float(box.height)
        if width <= height:
            continue
        back = Transformation().translate(-float(box.left), -float(box.bottom)).rotate(rotation)
        back = back.translate(height, 0) if rotation == 90 else back.translate(0, width)
        page.add_transformation(back)
        page.mediabox = page.cropbox = RectangleObject([0, 0, height, width])
        page[NameObject("/Rotate")] = NumberObject(rotation)
    with open(pdf, "wb") as fh:
        writer.write(fh)


def _lo_pdf(docx: list[Path], out_dir: Path) -> None:
    from kimdocs.generate.libreoffice import convert_to_pdf

    result = convert_to_pdf(docx, out_dir)
    if result.failed:
        raise RuntimeError(f"LibreOffice hat kein PDF erzeugt: {result.failed}")


def _soffice_odt(docx: list[Path], out_dir: Path) -> None:
    """One soffice call for all ODTs (the project's converter only writes PDF)."""
    from kimdocs.generate.libreoffice import find_soffice

    with tempfile.TemporaryDirectory(prefix="korpus-lo-") as profile:
        cmd = [find_soffice(), f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
               "--norestore", "--convert-to", "odt", "--outdir", str(out_dir), *map(str, docx)]
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
                       check=False, start_new_session=True)
    missing = [p.name for p in docx if not (out_dir / f"{p.stem}.odt").is_file()]
    if missing:
        raise RuntimeError(f"LibreOffice hat keine ODT erzeugt für: {', '.join(missing)}")


def _inhalte(korpus: Korpus):
    import importlib

    sys.path.insert(0, str(HERE.parent))
    return importlib.import_module(f"korpus.{korpus.inhalte}")


def outline_of(e: Eintrag, korpus: Korpus = ENTWICKLUNG) -> list[dict]:
    return _inhalte(korpus).BUILDERS[e.inhalt](e.parameter)


def _kopfzeile(e: Eintrag, korpus: Korpus = ENTWICKLUNG) -> str:
    module = _inhalte(korpus)
    if hasattr(module, "kopfzeile"):
        return module.kopfzeile(e)
    k = module.KOMMUNEN.get(e.parameter.get("kommune", "speyer" if e.art == "vorlage" else "worms"),
                            {"name": "Kommune"})
    return f"Ratsinformationssystem {k['name']} · Druckansicht"


def build(target: Path, korpus: Korpus = ENTWICKLUNG) -> dict[str, Path]:
    """Write every document of the manifest into `target` (which must be empty)."""
    entries = manifest(korpus.manifest)
    target.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="korpus-zwischen-"))
    try:
        out: dict[str, Path] = {}
        to_pdf, to_odt, to_print = [], [], []
        for e in entries:
            outline = outline_of(e, korpus)
            if e.erzeuger.startswith("docx-"):
                out[e.name] = write_docx(outline, target / f"{e.name}.docx", e.erzeuger[5:])
            elif e.erzeuger.startswith("lo-"):
                docx = write_docx(outline, work / f"{e.name}.docx", e.kopf)
                (to_pdf if e.erzeuger == "lo-pdf" else to_odt).append((e, docx))
            else:
                to_print.append((e, write_html(outline, work / f"{e.name}.html",
                                               _kopfzeile(e, korpus))))
        # the converters wait on their own start-up more than on the CPU: run them side by
        # side (one soffice for all PDFs, one for all ODTs, one Chromium for all HTML)
        with ThreadPoolExecutor(max_workers=3) as pool:
            jobs = []
            if to_pdf:
                jobs.append(pool.submit(_lo_pdf, [d for _, d in to_pdf], target))
            if to_odt:
                jobs.append(pool.submit(_soffice_odt, [d for _, d in to_odt], target))
            if to_print:
                jobs.append(pool.submit(_print_html, [(h, target / f"{e.name}.pdf")
                                                      for e, h in to_print],
                                        {f"{e.name}.pdf": _druckkopf(e) for e, _ in to_print}))
            for job in jobs:
                job.result()  # re-raises a converter's error
        for e, _ in to_pdf:
            if e.parameter.get("gedreht"):
                _querseiten_drehen(target / f"{e.name}.pdf", int(e.parameter["gedreht"]))
        out.update({e.name: target / f"{e.name}.pdf" for e, _ in to_pdf})
        out.update({e.name: target / f"{e.name}.odt" for e, _ in to_odt})
        out.update({e.name: target / f"{e.name}.pdf" for e, _ in to_print})
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def gebaut(cache: Path | None = None,
           korpus: Korpus = ENTWICKLUNG) -> tuple[dict[str, Path], float]:
    """The built corpus (from the cache when script and manifest are unchanged) and the
    seconds its build took now (0 when it came from the cache)."""
    cache = cache or korpus.cache
    ziel = cache / schluessel(korpus)
    entries = manifest(korpus.manifest)
    if (ziel / "fertig").is_file():
        return {e.name: ziel / f"{e.name}{e.endung}" for e in entries}, 0.0
    start = time.perf_counter()
    cache.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="neu-", dir=cache))
    try:
        build(staging, korpus)
        (staging / "fertig").write_text("ok\n")
        for old in cache.iterdir():  # keep only the current corpus
            finished = (old / "fertig").is_file() and old != staging
            abandoned = old.name.startswith("neu-") and time.time() - old.stat().st_mtime > 3600
            if old.is_dir() and (finished or abandoned):  # never another run's build under way
                shutil.rmtree(old, ignore_errors=True)
        try:
            staging.rename(ziel)
        except OSError:  # another process was faster
            shutil.rmtree(staging, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return {e.name: ziel / f"{e.name}{e.endung}" for e in entries}, time.perf_counter() - start


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    args = sys.argv[1:]
    gewaehlt = next((k for k in ZURUECKGEHALTEN if f"--{k.name}" in args), ENTWICKLUNG)
    args = [a for a in args if not a.startswith("--")]
    if args:
        t0 = time.perf_counter()
        files = build(Path(args[0]), gewaehlt)
        print(f"{len(files)} Dokumente in {time.perf_counter() - t0:.1f} s nach {args[0]}")
    else:
        files, seconds = gebaut(korpus=gewaehlt)
        print(f"{len(files)} Dokumente, Bauzeit {seconds:.1f} s (0 = aus dem Zwischenspeicher)")
