"""The staff shares (Stellenanteile): who holds how much of a post (VZÄ, weekly hours, percent,
"halbe Stelle", "Vollzeit") from when to when, a stated total, and successive holders of one
post. Read from staff tables and from sentences; a part named in both is one part. Weekly hours
are a share of the regular week the document states ("Vollzeit entspricht 39 Std."), else of the
guideline's (`vollzeit_wochenstunden`); the sentence stating the week names no part. A share in
a cost line's label only confirms the parts named elsewhere; a task's share of the working time
(a Stellenbeschreibung) is no part (kimdocs.facts.staff_notation)."""

from __future__ import annotations

import re
from decimal import Decimal

from kimdocs.facts import staff_scope as scope
from kimdocs.facts.context import Family, Passage
from kimdocs.facts.model import Fakten, Stellenanteil
from kimdocs.facts.staff_changes import (
    CHANGE_STEMS,
    LEAVING,
    SUCCESSION,
    holder_changes,
    holder_without_part,
    restated_by_pair,
    same_extent,
    undated_stand_ins,
    vacancy_elsewhere,
)
from kimdocs.facts.staff_extent import (
    EXTENT_CHANGE,
    extent_changes,
    maybe_restated,
    merge_successive,
    states_total,
    unread_holders,
)
from kimdocs.facts.staff_form import form_persons, label_form, label_headers
from kimdocs.facts.staff_match import UNNAMED as _UNNAMED
from kimdocs.facts.staff_match import same_person as _same_person
from kimdocs.facts.staff_match import same_place as _same_place
from kimdocs.facts.staff_notation import (
    CHANGE_BEFORE,
    COST,
    NO_POST_STELLE,
    PERSON,
    TASK_WORDS,
    WEEK_RANGE,
    Mention,
    bare_fraction,
    bare_hours,
    compared,
    counts_people,
    fill_open,
    full_time_words,
    holder_before,
    holders_in_cell,
    hours_of_week,
    in_cost_label,
    is_week,
    labelled_hours,
    located,
    named_shares,
    names_no_share,
    no_part,
    number,
    part_dates,
    person_before,
    restated_after_week,
    sentence_span,
    staff_clause,
    unbroken,
    week_in_cell,
    whole_post,
    without_mark,
    without_week,
)
from kimdocs.facts.staff_ocr import cost_row_shares, read_by_ocr, reconcile
from kimdocs.facts.staff_partial import only_a_part
from kimdocs.facts.staff_rows import around_leave, leave_in_row, outside_leave, row_dates
from kimdocs.facts.staff_sequence import (
    dates_from,
    in_date_columns,
    inside_period,
    successive_by_sentence,
)
from kimdocs.facts.staff_stacked import stacked_holders, stacked_shares
from kimdocs.facts.staff_unread import unread_share
from kimdocs.facts.text import PROSE_CELL, TOTAL, holds_any, sentence_at
from kimdocs.readers.document import Table

MELDUNG_UNLESBAR = ("Der Stellenumfang ist nicht lesbar angegeben: {teile}. Ohne ihn sind "
                    "Gesamtumfang und Höchstbetrag nicht bestimmbar.")
MELDUNG_WOCHEN = ("Das Dokument nennt verschiedene regelmäßige Wochenarbeitszeiten ({wochen} "
                  "Stunden); die Stellenanteile aus Wochenstunden sind nicht bestimmbar.")
# ("2026-02-01 – offen", "bis offen": an open end, no vacancy; blind20)
_VACANT = re.compile(r"\b(n\.\s?n\.|unbesetzt|vakant|nicht besetzt|(?<![–—-]\s)(?<!bis\s)offen|"
                     r"noch zu besetzen|"
                     r"ausgeschrieben|vakanz)\b", re.IGNORECASE)
_PERSON = PERSON
# the persons of a share "je" or "jeweils", also in the dative ("von Frau Ayse Kaya und Herrn
# Tim Berg mit je einer halben Stelle", blind26 j09: two parts, not one)
_EACH_PERSON = re.compile(PERSON.pattern.replace("Herr|", "Herrn?|", 1))
_HERRN = re.compile(r"^Herrn\b")
_STAFF_HEADER = re.compile(r"vzä|vzae|stellenanteil|stellenumfang|umfang|wochenstunden|"
                           r"arbeitszeit|stunden|\bstd\b|anteil", re.IGNORECASE)
_HOURS_HEADER = re.compile(r"stunden|std|arbeitszeit", re.IGNORECASE)
_VZAE_HEADER = re.compile(r"vzä|vzae|stellenanteil|vollzeitäquivalent", re.IGNORECASE)
_PERCENT_HEADER = re.compile(r"%|prozent|v\.\s?h\.", re.IGNORECASE)
_PLAIN_NUMBER = re.compile(r"\s*\d{1,2}(?:,\d{1,4})?\s*")
_PLAIN_PERCENT = re.compile(r"\s*\d{1,3}(?:,\d+)?\s*(?:%|Prozent|v\.\s?H\.)\s*", re.IGNORECASE)
# a form's label that names the regular week ("Regelmäßige Wochenarbeitszeit (Vollzeit)")
_WEEK_LABEL = re.compile(r"wochenarbeitszeit|regelmäßig|tariflich|regelarbeitszeit|"
                         r"^\s*vollzeit\b", re.IGNORECASE)
_FULL_TIME_CELL = re.compile(r"\s*(?:in\s+)?Vollzeit\b(?!äquivalent)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# a text that may hold a share the figure reader leaves to this family
_SHARE_KINDS = ("vzae", "stunden", "prozent")  # the figures _read may take for a share
# a date cell: "bis 30.06.2026" ends a part, "ab 01.02.2026" begins one
# a percent is a share only in a text about the post (not a Stellenbeschreibung's task list)
_SHARE_WORDS = re.compile(NO_POST_STELLE + r"stelle(?!nbeschreibung)|vzä|teilzeit|"
                          r"beschäftigungsumfang|"
                          r"stellenanteil|integrationsmanager|umfang", re.IGNORECASE)
_POST_WORDS = re.compile(r"stelle|integrationsmanager|beschäftigt|eingestellt|besetz", re.I)
# between two mentions of one share: "0,5 VZÄ (19,5 Std.)", "50 %, d. h. 0,5 VZÄ"
_RESTATED = re.compile(r"[\s(,;=/:]*(?:bzw\.|d\.\s?h\.|entspricht|entsprechend|also|das sind|"
                       r"in Vollzeit|Vollzeit|Teilzeit|mit|je|jeweils|-?Stelle\b|Woche\b|Wo\.|[\s(,;=/:])*")
_TWICE = re.compile(r"\b(zweimal|zwei|2\s?x|2\s?×)\s*(?:je\s*)?$", re.IGNORECASE)
_EACH = re.compile(r"\bje\b|\bjeweils\b|zu je")
_TWO = re.compile(r"\b(beide|zwei|2)\b", re.IGNORECASE)
_CONTINUES = re.compile(r"\s*[a-zäöüß0-9(]")
_SENTENCE_DONE = (".", "!", "?", ":")  # at the end of a text, before white space
# a rate, not a post's share: "Verrechnungssatz 7 %", "Gemeinkostenzuschlag von 15 %"; a change
# or a quota: "Tarifsteigerung von 2,5 %", "Förderquote beträgt 100 %", "Eigenanteil 10 %", "um 3 %"
_RATE_BEFORE = re.compile(r"(?:satz|zuschlag|pauschale|umlage)\w*\s*(?:von|in Höhe von|:)?\s*$|"
                          + CHANGE_BEFORE, re.IGNORECASE)
_REFERENCE = re.compile(r"\b(?:einer|eines|pro|je)\s+$", re.IGNORECASE)
class Staff(Family):
    def __init__(self, ctx):
        super().__init__(ctx)
        self.table_parts: list[Stellenanteil] = []
        self.table_hours: dict[int, Decimal] = {}  # a table part read as weekly hours
        # shares named in a sentence: (location, text, [Mention])
        self.mentions: list[tuple[object, str, list[Mention]]] = []
        # staff rows whose share is written in a way not read: (who, cell text)
        self.unreadable: list[tuple[str, str]] = []
        self.weeks: list[Decimal] = []  # the regular weeks the document states
        # a scan's share above 1,0 VZÄ for one person, (part, cell), and the shares of the
        # persons in cost rows: reconciled at the end (kimdocs.facts.staff_ocr)
        self.doubtful: list[tuple[Stellenanteil, str]] = []
        self.elsewhere: list[tuple[str, Decimal]] = []
        # the paragraph before, if it ends without ending its sentence: (block, text, figures,
        # location, its entry in `mentions` or None)
        self._open: tuple | None = None
        # texts that tell a change of holder: (text, location)
        self.changes: list[tuple[str, object]] = []
        self.stand_ins: list[tuple] = []  # a table's row of a stand-in: (text, where, part)

    # --- tables -----------------------------------------------------------------------------

    def table(self, f: Fakten, i: int, table: Table, cells) -> None:
        rows = table.rows
        if (people := form_persons(table, cells)) is not None:  # "Person 1 | …", "Person 2 | …"
            return self._form(people, table)
        width = max(len(row) for row in rows)
        headers = [self.ctx.column_header(i, table, c) for c in range(width)]
        around = f"{self.ctx.section[i]} {self.ctx.caption[i]}"
        if scope.other_posts(around):  # "übrige Stellen der Abteilung (nicht aus KIM …)"
            return
        # a Stellenbeschreibung's tasks with their share of the working time: no staff
        tasks = (any(TASK_WORDS.search(h) for h in headers) and not scope.role_column(
            rows, headers, TASK_WORDS)) or bool(TASK_WORDS.search(around))
        share_cols = [c for c, h in enumerate(headers)
                      if _STAFF_HEADER.search(unbroken(h)) and not TASK_WORDS.search(h)]
        persons = any(_PERSON.search(cell) for row in rows for cell in row
                      if len(cell) <= PROSE_CELL)
        has_share = any(g.kind in ("vzae", "stunden") for gs in cells.values() for g in gs)
        if scope.not_staff_table(self.ctx, i, table, cells, share_cols, has_share, persons):
            return  # (case numbers: "Anteil 46 %" is a share of the cases)
        labels = label_form(table, cells, _STAFF_HEADER)  # "3.2 Stellenumfang | 1,0 VZÄ"
        for r_index, row in enumerate(rows):
            found = [g for c in range(len(row)) for g in cells.get((r_index, c), [])
                     if len(row[c]) <= PROSE_CELL]
            if labels:  # each row's label heads its value, the first row's too
                headers, share_cols = label_headers(row, _STAFF_HEADER, TASK_WORDS)
            if any(g.kind == "betrag" for g in found):
                self.elsewhere += cost_row_shares(row, found, _STAFF_HEADER)
                continue  # "Personalkosten (1,0 VZÄ) | 60.000 EUR": a cost row, not a post
            head = " ".join(row[:1])
            if TOTAL.search(head) or scope.unfunded_row(row, headers, rows):  # "Eigenmittel"
                continue
            if any(g.kind in ("vzae", "stunden") and COST.search(
                    row[g.location.cell[1]].split(g.text, 1)[0]) for g in found):
                continue  # "Personalkosten (1,0 VZÄ)" wrapped apart from its amount's row
            person = any(_PERSON.search(c) for c in row if len(c) <= PROSE_CELL)
            listed = holders_in_cell(row[-1]) if len(row) == 2 and _VZAE_HEADER.search(
                row[0]) else None
            if listed:  # "Stellenumfang (VZÄ) | 0,5 (Frau A) und 0,5 (Herr B)"
                where = self.ctx.at(table.location, f"{row[0]}: {row[1]}")
                self.table_parts += [Stellenanteil(w, v, None, None, [where]) for w, v in listed]
                continue
            if (stacked := stacked_shares(row, found)) is not None:  # "Frau A / Frau B | 0,6 / 0,4"
                self._stacked(row, stacked, found, i, table)
                continue
            data = r_index or labels
            share = self._row_share(row, data, found, headers, share_cols, tasks, person)
            if share is None:
                # a person's row whose share cell says something we cannot read: the total
                # and every cap from it are unknown, not smaller (never a guessed Fehler)
                cols = share_cols if share_cols and data else (
                    scope.not_progress(len(row), headers) if person else [])
                if (unread := unread_share(row, cols, share_cols, _VACANT, _STAFF_HEADER,
                                           tasks)) is not None:
                    self.unreadable.append(unread)
                continue
            value, hours, where_text, location = share
            doubtful = hours is None and value is not None and value > 1 and read_by_ocr(
                self.ctx.document, location)
            if hours is None and (value is None or value <= 0 or (value > 2 and not doubtful)):
                continue
            header = lambda c: self.ctx.column_header(i, table, c)  # noqa: E731
            leave = leave_in_row(row)  # "31.12.2026 (Elternzeit 01.05.–31.10.2026)"
            own, remark = in_date_columns(outside_leave(
                [g for g in found if g.kind == "datum"], row, leave), header)
            beginn, ende = row_dates(own, header, row)
            if remark:  # a remark's date fills only what the date columns leave open
                beginn, ende = fill_open((beginn, ende), row_dates(remark, header, row))
            # the person a cell names, not a cell "unbefristet" beside "… (E 11 TVöD)" (blind13)
            person = next((m for c in row if (m := _PERSON.search(c))), None)
            who = person.group(0) if person else next(
                (c.strip() for c in row if c.strip() and not _DIGIT.search(c)), "")
            if _STAFF_HEADER.search(who) and not _PERSON.search(who):
                who = ""  # "Stellenumfang | 0,5 VZÄ": a form's label, not a person
            vacant = bool(_VACANT.search(" ".join(row)))
            where = self.ctx.at(location, where_text)
            part = Stellenanteil("unbesetzte Stelle" if vacant else who or "Stelle",
                                 value or Decimal(0), beginn, ende, [where], not vacant)
            if doubtful:
                self.table_hours.update({id(part): hours} if hours is not None else {})
                self.doubtful.append((part, row[location.cell[1]] if location and location.cell
                                      else where_text))
                continue
            for piece in around_leave(part, leave):  # before and after a leave
                if hours is not None:
                    self.table_hours[id(piece)] = hours
                self.table_parts.append(piece)
            if SUCCESSION.search(" ".join(row)):  # "Kevin Stein | Elternzeitvertretung | 1,0"
                self.stand_ins.append((" | ".join(c for c in row if c.strip()), where,
                                       self.table_parts[-1]))

    def _stacked(self, row, shares, found, i, table) -> None:
        holders = stacked_holders(row, shares)
        if holders is None:  # whose share is whose is unknown
            self.unreadable.append((" / ".join(c.strip() for c in row[:1]), " ".join(row[1:])))
            return
        dates = [g for g in found if g.kind == "datum"]
        for k, (who, g) in enumerate(zip(holders, shares)):
            beginn, ende = row_dates([dates[k]], lambda c: self.ctx.column_header(
                i, table, c), row) if len(dates) == len(
                shares) else (None, None)
            part = Stellenanteil(who, g.value if g.kind == "vzae" else Decimal(0), beginn, ende,
                                 [self.ctx.at(g.location, f"{who}: {g.text}")])
            if g.kind == "stunden":
                self.table_hours[id(part)] = g.value
            self.table_parts.append(part)

    def _form(self, people, table: Table) -> None:
        for p in people:
            if p.vzae is None and p.hours is None:
                self.unreadable.append((p.who, p.text or "kein Stellenumfang"))
                continue
            where = self.ctx.at(table.location.in_cell(p.row, 1), f"{p.who} / {p.text}")
            part = Stellenanteil(p.who, p.vzae or Decimal(0), *[*p.dates, None, None][:2], [where])
            if p.hours is not None:
                self.table_hours[id(part)] = p.hours
            self.table_parts.append(part)

    def _row_share(self, row, r_index, found, headers, share_cols, tasks, person):
        """The share a staff table's row states: (VZÄ or None, hours or None, text, location),
        or None."""
        label = lambda c: unbroken(headers[c]) if c < len(headers) else ""  # noqa: E731
        for g in found:
            if g.kind == "vzae":
                return g.value, None, f"{g.label}: {g.text}", g.location
            if g.kind == "stunden":
                if self._week_row(row, g.value, person):
                    return None
                if week_in_cell(row, g):  # "30 Std. (Vollzeit 40 Std.)": the week, no share
                    self.weeks.append(g.value)
                    continue
                return None, g.value, f"{g.label}: {g.text}", g.location
        for g in found:
            if g.kind != "prozent" or not 0 < g.value <= 100 or tasks:
                continue
            c = g.location.cell[1]
            whole = bool(_PLAIN_PERCENT.fullmatch(without_mark(row[c]))) and not scope.progress(
                label(c))
            if (c in share_cols and not TASK_WORDS.search(label(c))) or (person and whole):
                return (g.value / 100).normalize(), None, f"{g.label}: {g.text}", g.location
        loc = found[0].location if found else None
        for c, cell in enumerate(row):
            if (not r_index and not person) or len(cell) > PROSE_CELL or _PERSON.search(cell):
                continue
            in_col = c in share_cols and not tasks
            if not (in_col or person):
                continue
            cell = without_mark(cell)  # "0,5¹": the share, its footnote mark aside
            text = f"{label(c)}: {cell}".strip(": ")
            if in_col and _PLAIN_NUMBER.fullmatch(cell):
                value = number(cell.strip())
                if value is None:
                    continue
                if _HOURS_HEADER.search(label(c)) and not _VZAE_HEADER.search(label(c)):
                    if self._week_row(row, value, person):
                        return None
                    return None, value, text, loc
                if _VZAE_HEADER.search(label(c)) and value <= 2:
                    return value, None, text, loc
                if _PERCENT_HEADER.search(label(c)) and value <= 100:
                    return (value / 100).normalize(), None, text, loc
                if "," in cell and 0 < value <= 1 and not _PERCENT_HEADER.search(label(c)):
                    return value, None, text, loc  # "Stellenumfang | 1,0": a post's part (blind22)
                continue
            if in_col and (part := bare_fraction(cell)) is not None and not _HOURS_HEADER.search(
                    label(c)) and not _PERCENT_HEADER.search(label(c)):  # "1/2" as Stellenumfang
                return part, None, text, loc
            for a, _, hours in bare_hours(cell, []) + labelled_hours(cell, []):
                if is_week(cell, a, hours):
                    continue
                if self._week_row(row, hours, person):
                    return None
                return None, hours, text, loc
            for _, _, value in named_shares(cell, []):
                return value, None, text, loc
            if _FULL_TIME_CELL.match(cell):
                return Decimal(1), None, text, loc
        return None

    def _week_row(self, row, hours: Decimal, person: bool) -> bool:
        """A form's row "Regelmäßige Wochenarbeitszeit | 39 Stunden": the week, no part."""
        if person or not WEEK_RANGE[0] <= hours <= WEEK_RANGE[1]:
            return False
        if row and _WEEK_LABEL.search(row[0]):
            self.weeks.append(hours)
            return True
        return False

    # --- sentences --------------------------------------------------------------------------

    def passage(self, f: Fakten, p: Passage) -> None:
        """Staff shares in a sentence: VZÄ, weekly hours, percent of a post, "halbe Stelle",
        "Vollzeit"; a bracketed restatement is the same part; the regular week is no part.
        A paragraph a PDF broke at a line end ("… und Frau B mit" / "19,5 Std.") is read as
        one text."""
        self._note_change(p)
        before, self._open = self._open, None
        text, figures, location = p.text, list(p.figures), p.location
        if before and p.kind == "paragraph" and before[0] == p.index - 1 and \
                _CONTINUES.match(text):
            if before[4] is not None:
                self.mentions.remove(before[4])
            text, figures, location = before[1] + " " + text, before[2] + figures, before[3]
        entry = self._read(text, figures, location, p.section)
        if p.kind == "paragraph" and not text.rstrip().endswith(_SENTENCE_DONE):
            self._open = (p.index, text, figures, location, entry)

    def _read(self, text: str, figures: list, location, section: str):
        """The shares of one text, added to `mentions` (and returned) if any."""
        if not figures and "Vollzeit" not in text and not _DIGIT.search(text):
            return None
        if names_no_share(text) and not any(g.kind in _SHARE_KINDS for g in figures):
            return None  # nothing below would find a share (dates and amounts are none)
        spans = located(text, figures)
        taken = [(a, b) for a, b, _ in spans]
        tasks = bool(TASK_WORDS.search(section or ""))
        found: list[Mention] = []
        for a, b, g in spans:
            if g.kind == "vzae":
                if compared(text, a):  # "für mehr als eine Vollzeitstelle": a bound, no part
                    continue
                m = Mention(a, b, g.value, None, g)  # type: ignore[arg-type]
            elif g.kind == "stunden":
                if (of := hours_of_week(text, a)) is not None:  # "19,5 von 39 Wochenstunden"
                    self.weeks.append(g.value)  # type: ignore[arg-type]
                    m = Mention(of[0], of[1], None, of[2], g)
                elif is_week(text, a, g.value):  # type: ignore[arg-type]
                    self.weeks.append(g.value)  # type: ignore[arg-type]
                    continue
                else:
                    m = Mention(a, b, None, g.value, g)  # type: ignore[arg-type]
            elif g.kind == "prozent" and 0 < g.value <= 100 and self._percent_share(  # type: ignore[operator]
                    text, a, tasks) and not counts_people(text, b):
                m = Mention(a, b, (g.value / 100).normalize(), None, g)  # type: ignore[operator]
            else:
                continue
            if m.vzae is not None and not 0 < m.vzae <= 2:
                continue
            m.confirms = in_cost_label(text, a, spans)
            found.append(m)
        for a, b, hours in bare_hours(text, taken) + labelled_hours(text, taken):
            if is_week(text, a, hours):
                self.weeks.append(hours)
            elif staff_clause(text, a) and not tasks:
                found.append(Mention(a, b, None, hours, None, in_cost_label(text, a, spans)))
        for a, b, value in named_shares(text, taken):
            found.append(Mention(a, b, value, None, None, in_cost_label(text, a, spans)))
        for a, b in full_time_words(text, taken):
            s0, s1 = sentence_span(text, a)
            alone = not any(s0 <= m.pos < s1 for m in found)
            if person_before(text, a) or (alone and _POST_WORDS.search(text)):
                found.append(Mention(a, b, Decimal(1)))
        found += same_extent(text, found)  # "Frau B mit gleichem Umfang" (her predecessor's)
        # "die Arbeitszeit einer Vollzeitstelle beträgt 39 Stunden": the post the week is
        # measured by, no part
        weeks = [sentence_span(text, a) for a, _, g in spans if g.kind == "stunden"
                 and is_week(text, a, g.value)]  # type: ignore[arg-type]
        weeks += [sentence_span(text, a) for a, _, h in bare_hours(text, taken)
                  if is_week(text, a, h)]
        found = [m for m in found if not (
            m.figure is not None and not _DIGIT.search(m.figure.text)
            and any(s0 <= m.pos < s1 for s0, s1 in weeks)
            and _REFERENCE.search(text[max(0, m.pos - 8):m.pos]))]
        found = [m for m in found if not no_part(text, m, found)]
        if not (found := scope.without_unfunded(text, found)):  # "nicht aus dem KIM"
            return None
        # the week written between two mentions of one share ("Vollzeitstelle (39 Std./Woche,
        # 1,0 VZÄ)") and the dates of the text (when a part begins or ends)
        week_at = [(a, b) for a, b, g in spans if g.kind == "stunden"
                   and is_week(text, a, g.value)]  # type: ignore[arg-type]
        week_at += [(a, b) for a, b, h in bare_hours(text, taken) if is_week(text, a, h)]
        dates = [(a, b, g.value) for a, b, g in spans if g.kind == "datum"]
        entry = (location, text, sorted(found, key=lambda m: m.pos), week_at, dates)
        self.mentions.append(entry)
        return entry

    def _percent_share(self, text: str, pos: int, tasks: bool) -> bool:
        """A percent in a sentence about the post, or right after a person ("Frau A mit
        50 v. H."); never a task's share of the working time."""
        s0, s1 = sentence_span(text, pos)
        if tasks or TASK_WORDS.search(text[s0:s1]) or _RATE_BEFORE.search(text[max(0, pos - 40):pos]):
            return False
        return bool(_SHARE_WORDS.search(text) or person_before(text, pos))

    # --- the parts ----------------------------------------------------------------------------

    def finish(self, f: Fakten) -> None:
        self._parts(f, self._week(f))
        only_a_part(f, self.ctx.art)  # "… auf den unbesetzten Stellenanteil entfallende …"
        unread_holders(f, self.mentions, _same_person)
        if self.doubtful:
            reconcile(f, self.doubtful, self.elsewhere, self.unreadable)
        if self.unreadable and f.stellen_unklar is None:
            f.stellen_unklar = MELDUNG_UNLESBAR.format(teile="; ".join(
                f"{who} „{text}“" for who, text in self.unreadable))

    def _week(self, f: Fakten) -> Decimal:
        """The regular week: the one the document states, else the guideline's."""
        stated = sorted(set(self.weeks))
        uses_hours = bool(self.table_hours) or any(m.hours is not None for _, _, ms, *_ in
                                                   self.mentions for m in ms)
        if len(stated) > 1 and uses_hours and f.stellen_unklar is None:
            f.stellen_unklar = MELDUNG_WOCHEN.format(wochen=" und ".join(
                format(w.normalize(), "f").replace(".", ",") for w in stated))
        return stated[0] if len(stated) == 1 else Decimal(self.ctx.fulltime)

    def _parts(self, f: Fakten, week: Decimal) -> None:
        for part in self.table_parts:
            if id(part) in self.table_hours:
                part.genau = self.table_hours[id(part)] / week
                part.vzae = part.genau.quantize(Decimal("0.0001")).normalize()
        parts = [p for p in self.table_parts if 0 < p.vzae <= 2]
        prose: list[Stellenanteil] = []
        confirming: list[Stellenanteil] = []
        for location, text, mentions, week_at, dates in self.mentions:
            groups: list[list[Mention]] = []
            for m in mentions:
                value = m.value(week)
                if not 0 < value <= 2:
                    continue
                if groups:
                    last = groups[-1][-1]
                    between = without_week(text, last.end, m.pos, week_at)
                    if value == last.value(week) and (_RESTATED.fullmatch(between) or
                                                      restated_after_week(between)):
                        groups[-1].append(m)
                        continue
                groups.append([m])
            for group in groups:
                m = group[0]
                pos, value, g = m.pos, m.value(week), m.figure
                clause = text[max(0, pos - 60):pos + 40]
                if TOTAL.search(text[max(0, pos - 40):pos]) or (g and TOTAL.search(
                        g.label)) or whole_post(text, pos):
                    f.stellen_gesamt = value
                    continue
                times = 2 if _TWICE.search(text[max(0, pos - 14):pos]) else 1
                # "Frau A und Herr B … mit jeweils 19,5 Wochenstunden": one part each
                each = [_HERRN.sub("Herr", x.group(0)) for x in _EACH_PERSON.finditer(
                    sentence_at(text, text[pos:m.end]) or text)]
                each = list(dict.fromkeys(each))
                if _EACH.search(text[max(0, pos - 12):pos]):
                    if len(each) >= 2:
                        times = len(each)
                    elif _TWO.search(text):
                        times = 2
                else:
                    each = []
                who = holder_before(text, pos, [x.pos for x in mentions])
                vacant = bool(_VACANT.search(clause)) and not vacancy_elsewhere(text, pos, _VACANT)
                where = self.ctx.at(location, text)
                beginn, ende = part_dates(text, m.pos, [x for x in groups if not whole_post(
                    text, x[0].pos)], dates)  # the whole post beside it is no other part
                out = confirming if any(x.confirms for x in group) else prose
                for k in range(times):  # "zweimal 0,5 VZÄ": two parts, not one repeated
                    exact = m.hours / week if m.hours is not None else None
                    if len(each) == times:
                        out.append(Stellenanteil(each[k], value, beginn, ende, [where], True,
                                                 genau=exact))
                        continue
                    wer = "unbesetzte Stelle" if vacant else who or "Stelle"
                    out.append(Stellenanteil(f"{wer} {k + 1} von {times}" if times > 1 else wer,
                                             value, beginn, ende, [where], not vacant,
                                             genau=exact))
        # a share in a cost line's label ("Personalkosten (2 × 0,5 VZÄ)") confirms the parts
        # named elsewhere; only where none is named does it say what the staff is
        if not parts and not prose:
            prose = confirming
        # named parts first: an unnamed restatement merges into the named part it restates,
        # wherever it stands
        prose.sort(key=lambda p: p.wer.startswith(_UNNAMED))
        # the same part named again in prose is not a new part: a named one by its name, an
        # unnamed one ("zweimal 0,5 VZÄ", "die Stelle (1,0 VZÄ)") by an equal part named
        # elsewhere, each part restated at most once
        restated: set[int] = set()
        texts = [t for _, t, *_ in self.mentions]
        for p in prose:
            unnamed = p.wer.startswith(_UNNAMED)
            if unnamed:
                if (own := holder_without_part(p, parts, texts, _same_person)) is not None:
                    p.wer = own  # "… zu je 19,5 Std. besetzt. Frau Klein ist seit … tätig."
                    parts.append(p)
                    continue
                same = next((q for q in parts if q.vzae == p.vzae and id(q) not in restated
                             and not _same_place(p, q)), None)
                if same is not None:
                    restated.add(id(same))
                    same.fundstellen += p.fundstellen
                    continue
                p.vielleicht_wiederholt = maybe_restated(p, parts, _same_place)
            else:  # a named part restating an unnamed table row ("Stellenumfang | 0,5 VZÄ")
                same = next((q for q in parts if q.vzae == p.vzae and q.wer == "Stelle"
                             and id(q) not in restated and not _same_place(p, q)), None)
                if same is not None:
                    restated.add(id(same))
                    same.wer = p.wer
                    same.fundstellen += p.fundstellen
                    continue
            known = [q for q in parts if not unnamed and _same_person(p.wer, q.wer)]
            # a change of extent told beside a table whose row has it ("reduziert ab Juni auf
            # eine halbe Stelle" / "Miriam Ochs | 50 % | 01.06.2026", blind24): that row
            known.sort(key=lambda q: q.vzae != p.vzae or not (q.beginn or q.ende))
            if known and not (known[0].vzae != p.vzae and EXTENT_CHANGE.search(
                    p.fundstellen[0].text if p.fundstellen else "")):
                known[0].fundstellen += p.fundstellen
                dates_from(known[0], p, prose)  # the sentence that dates it (blind17)
                continue
            if p.wer == "Stelle" and f.stellen_gesamt is None and states_total(p, parts):
                f.stellen_gesamt = p.vzae
                continue
            parts.append(p)
        # a stated total among the parts ("Stellenumfang: 1 VZÄ" after 0,5 + 0,5)
        if len(parts) >= 3:
            values = [p.vzae for p in parts]
            for k, value in enumerate(values):
                if value == sum(values) - value and parts[k].wer in ("Stelle", ""):
                    f.stellen_gesamt = value
                    parts = parts[:k] + parts[k + 1:]
                    break
        # a date read from a sentence serves only to tell successive holders of one post
        # apart, or where the post's only part is dated inside the document's period; another
        # part keeps no date (its period stays the document's, as before)
        dated = {id(p) for p in prose if p.beginn or p.ende}
        # one part read in one place (not two holders, or two sentences, made one part)
        alone = len(parts) == 1 and len(parts[0].fundstellen) == 1
        f.stellen = merge_successive(parts)
        dated -= successive_by_sentence(f.stellen, dated)  # one after another by their dates
        holder_changes(f, self.changes, self.mentions, dated, self.ctx.at, _same_person)
        undated_stand_ins(f, self.stand_ins)
        restated_by_pair(f, _same_place)  # "ganzjährig mit einer Vollzeitstelle besetzt"
        dated -= extent_changes(f, _same_person, texts)  # dated by the day of the change
        for p in f.stellen:
            if id(p) in dated and not p.abschnitte and not (
                    alone and inside_period(p, f)):
                p.beginn = p.ende = None

    # --- changes of holder without dates ------------------------------------------------------
    def _note_change(self, p: Passage) -> None:
        if not holds_any(p.low, CHANGE_STEMS):  # most paragraphs: no change
            return
        if SUCCESSION.search(p.text) or LEAVING.search(p.text):
            self.changes.append((p.text, p.location))

