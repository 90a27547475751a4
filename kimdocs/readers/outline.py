"""Which paragraphs are headings, and at what level, when no heading style says so.

Many municipal templates have no heading styles: headings are bold body paragraphs or
numbered ones ("1. Bewilligung", "2.1 Sachkosten", "II. Begründung"), and a PDF has no styles
at all. The DOCX, ODT and PDF readers describe each paragraph as a `Candidate` and let
`assign_levels` decide, so all three formats yield the same outline for the same document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kimdocs.readers.document import HEADING_NUMBER, Heading, Location, Paragraph, Table

MAX_HEADING_CHARS = 120
MAX_HEADING_WORDS = 14

# A numbered heading: the number, then the title, starting with a letter.
_NUMBERED = re.compile(rf"^{HEADING_NUMBER.pattern}[\s\u00a0\t]+(?P<title>[A-ZÄÖÜa-zäöü§].*)$")
# An outline number is stricter than a label's: parts without a leading zero ("60.000" is an
# amount, "15.12.2026" a date), at most four; roman I, V, X; a capital A-H with a dot.
_OUTLINE_ARABIC = re.compile(r"[1-9]\d?(?:\.[1-9]\d?){0,3}")
_OUTLINE_MARK = re.compile(r"[IVX]{1,5}|[A-H]")


@dataclass
class Candidate:
    """What a reader knows about one paragraph."""

    text: str
    bold: bool = False  # the whole paragraph is bold
    size: float | None = None  # font size in pt, if known
    style_level: int | None = None  # level from a style or outline attribute (0 = title)
    cells: tuple[str, ...] = ()  # the parts of a line aligned by tabs or spaces (aligned_cells)


_ALIGNMENT = re.compile(r"\t|[ \u00a0]{3,}")


def aligned_cells(raw: str, clean) -> tuple[str, ...]:
    """The parts of a line aligned by tabs or runs of spaces ("Personalkosten<TAB><TAB>
    60.000,00 €"), each cleaned by `clean`; () where fewer than two parts have text."""
    if "\n" in raw.strip() or not _ALIGNMENT.search(raw.strip()):
        return ()
    parts = tuple(c for c in (clean(p) for p in _ALIGNMENT.split(raw)) if c)
    return parts if len(parts) >= 2 else ()


def aligned_table_groups(items: list) -> list[list[int]]:
    """The reader's items grouped into blocks: two or more consecutive lines aligned (by tabs
    or spaces) into the same number of parts are one table (a cost plan typed without Word's table
    tool, as the PDF reader makes one of aligned columns); every other item is a block of
    its own. read_docx / read_odt and their block_elements group alike."""
    groups: list[list[int]] = []
    i = 0
    while i < len(items):
        j = i + 1
        width = len(items[i][1].cells) if items[i][0] == "p" else 0
        while width and j < len(items) and items[j][0] == "p" and len(items[j][1].cells) == width:
            j += 1
        if j - i >= 2:
            groups.append(list(range(i, j)))
        else:
            groups.extend([k] for k in range(i, j))
        i = j
    return groups


def group_aligned_tables(items: list) -> list:
    """`items` with each run of aligned lines (aligned_table_groups) as one ("t", rows, page)."""
    return [items[g[0]] if len(g) == 1 else ("t", [list(items[k][1].cells) for k in g],
                                             items[g[0]][2])
            for g in aligned_table_groups(items)]


def numbering(text: str) -> tuple[str, int] | None:
    """("2.1", 2) for "2.1 Sachkosten", ("II", 1) for "II. Begründung", None if not numbered."""
    m = _NUMBERED.match(text.strip())
    if not m:
        return None
    if m["arabic"]:
        if not _OUTLINE_ARABIC.fullmatch(m["arabic"]):
            return None
        parts = m["arabic"].split(".")
        if len(parts) == 1 and not m["dot"] and len(m["title"].split()) > 6:
            return None  # "3 Personen nahmen teil ..." is a sentence, not a heading
        if len(parts) == 3 and len(parts[2]) == 2 and not m["dot"]:
            return None  # "1.12.25 ..." looks like a date
        return m["arabic"], len(parts)
    mark = m["roman"] or m["letter"]
    if m["close"] == ")" or not _OUTLINE_MARK.fullmatch(mark):
        return None  # "a) …", "L. …": a list item or an initial, not a part of the outline
    return mark, 1


def _short_without_final_period(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= MAX_HEADING_CHARS
        and len(text.split()) <= MAX_HEADING_WORDS
        and not text.endswith((".", ",", ";"))
        and any(c.isalpha() for c in text)
    )


def is_heading_candidate(c: Candidate, body_size: float | None) -> bool:
    """Numbered or bold or clearly larger than body text, and short without a final period."""
    if not _short_without_final_period(c.text):
        return False
    if numbering(c.text):
        title = _NUMBERED.match(c.text.strip())["title"]  # type: ignore[index]
        return title[:1].isupper() or c.bold
    if c.text.rstrip().endswith(":"):
        return False  # "Gremienweg:" labels what follows, it does not open a section
    larger = c.size is not None and body_size is not None and c.size >= body_size * 1.15
    return c.bold or larger


def assign_levels(candidates: list[Candidate], body_size: float | None = None) -> list[int | None]:
    """The heading level of each paragraph, or None for body text.

    Styled headings win: if any paragraph has a heading style (level >= 1), only styled
    paragraphs are headings, because the author has said what the outline is. Otherwise
    numbered paragraphs take their level from the number depth (roman numerals and letters on
    top, arabic numbers below them if both occur). Around numbered sections, unnumbered bold
    lines before the first one are front matter (the largest becomes the title, level 0), and
    those inside a section are its subheadings. Remaining bold or larger paragraphs take their
    level from their font size, largest first.
    """
    if any(c.style_level is not None and c.style_level >= 1 for c in candidates):
        return [c.style_level for c in candidates]

    levels: list[int | None] = [None] * len(candidates)
    kinds: list[str | None] = [None] * len(candidates)
    for i, c in enumerate(candidates):
        if c.style_level == 0:
            levels[i], kinds[i] = 0, "title"
        elif is_heading_candidate(c, body_size):
            num = numbering(c.text)
            kinds[i] = "numbered" if num else "plain"
            levels[i] = num[1] if num else None

    has_roman = any(
        k == "numbered" and numbering(candidates[i].text)[0].isalpha()  # type: ignore[index]
        for i, k in enumerate(kinds)
    )
    if has_roman:
        for i, k in enumerate(kinds):
            if k == "numbered" and not numbering(candidates[i].text)[0].isalpha():  # type: ignore[index]
                levels[i] += 1  # type: ignore[operator]

    # Front matter: when the sections are numbered, unnumbered bold lines before the first
    # numbered heading are the letterhead, title and subject. The largest is the title (0),
    # the rest is text - as in the DOCX, where they are a Title and a header.
    numbered = [i for i, k in enumerate(kinds) if k == "numbered"]
    if len(numbered) >= 2:
        front = [i for i in range(numbered[0]) if kinds[i] in ("plain", "title")]
        if front and not any(kinds[i] == "title" for i in front):
            biggest = max(front, key=lambda i: (_size_key(candidates[i].size), -i))
            kinds[biggest], levels[biggest] = "title", 0
        for i in front:
            if kinds[i] == "plain":
                kinds[i], levels[i] = None, None

        # Inside a numbered section an unnumbered bold line is a subheading of that section,
        # unless it is as large as the section's own heading: then it is a sibling
        # ("9. Ausblick" followed by an unnumbered "Anlagen").
        current = current_size = None
        for i, k in enumerate(kinds):
            if k == "numbered":
                current, current_size = levels[i], _size_key(candidates[i].size)
            elif k == "plain" and current is not None:
                same = candidates[i].size is not None and _size_key(candidates[i].size) >= current_size
                kinds[i], levels[i] = "sub", current if same else current + 1

    # Other unnumbered headings: rank their font sizes, the largest is level 1.
    plain = [i for i, k in enumerate(kinds) if k == "plain"]
    sizes = sorted({_size_key(candidates[i].size) for i in plain}, reverse=True)
    for i in plain:
        levels[i] = sizes.index(_size_key(candidates[i].size)) + 1
    return levels


def _size_key(size: float | None) -> float:
    # Sizes within half a point are one level (PDF sizes come with rounding noise).
    return round((size or 0) * 2) / 2


def assemble_blocks(header_items: list, body_items: list, footer_items: list) -> list:
    """Blocks in reading order from a reader's items (`("p", Candidate, page)` or
    `("t", rows, page)`): running header lines, the body, running footer lines.
    Headings are decided over the body alone; header and footer lines are never headings."""
    cands = [c for kind, c, _ in body_items if kind == "p"]
    sizes = [c.size for c in cands if c.size]
    body_size = max(set(sizes), key=sizes.count) if sizes else None
    levels = iter(assign_levels(cands, body_size))
    blocks: list = []
    for items, may_be_heading in ((header_items, False), (body_items, True),
                                  (footer_items, False)):
        for kind, item, page in items:
            loc = Location(page, None, len(blocks))
            if kind == "t":
                blocks.append(Table(item, loc))
                continue
            level = next(levels) if may_be_heading else None
            if level is not None:
                blocks.append(Heading(" ".join(item.text.split()), level, loc))
            else:
                blocks.append(Paragraph(item.text, loc))
    return blocks
