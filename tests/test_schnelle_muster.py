"""The faster forms of patterns and tests in the fact layer and the sections (issue 19: the
rules at most 20 % of the reading time) find exactly what the forms before them found.

Each pair is run over many generated texts (fixed seed, so a failure repeats) built from the
characters that decide the match; the old form is written out here as it stood."""

from __future__ import annotations

import random
import re
import sys

import pytest

from kimdocs.check import sections
from kimdocs.check.sections import _label_line, normalize
from kimdocs.facts import amounts, staff_notation, text
from kimdocs.facts.overhead import compact, overhead_search, squeezed
from kimdocs.rules import load_guideline


def _texts(alphabet: str, count: int = 20000, length: int = 12, seed: int = 19):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, length)))
            for _ in range(count)]


def test_white_space_of_split_is_that_of_the_pattern():
    """`str.split()` and `\\s` drop the same characters (compact and squeezed rely on it)."""
    differ = [hex(c) for c in range(sys.maxunicode + 1)
              if bool(re.match(r"\s", chr(c))) != chr(c).isspace()]
    assert differ == []


def test_compact_as_the_pattern_did():
    old = re.compile(r"[\s\u00ad-]+")
    alphabet = "aÄßſ -\u00ad\n\t\u00a0\u202f\u2028ö1."
    for t in _texts(alphabet):
        assert compact.__wrapped__(t) == old.sub("", t.casefold()), repr(t)
        assert squeezed(t.casefold()) == old.sub("", t.casefold()), repr(t)


def test_overhead_search_as_one_search_for_all_terms():
    terms = tuple(t.casefold() for t in load_guideline().parameter.overhead_begriffe)
    words = sorted({compact(t) for t in terms if compact(t)}, key=len, reverse=True)
    old = re.compile("|".join(map(re.escape, words))).search
    new = overhead_search(terms)
    rnd = random.Random(19)
    for _ in range(20000):
        w = rnd.choice(words)
        cut = rnd.randint(0, len(w))
        t = "".join(rnd.choice("aeinrstuv") for _ in range(rnd.randint(0, 6))) + w[:cut] + \
            rnd.choice(["", "x", "e"]) + w[cut:]
        assert new(t) == (old(t) is not None), t
    assert not new("")


@pytest.mark.parametrize(("old", "new", "alphabet"), [
    (r"\b(20\d{2})\b", text.YEAR, "2019 a_ä.-"),
    (r"(?<![\d./#-])(20\d{2})\b(?![./-]\d)", amounts._YEAR_MARK, "20193 ./#-a"),
])
def test_patterns_begin_with_a_letter_and_find_the_same(old, new, alphabet):
    old = re.compile(old)
    for t in _texts(alphabet):
        assert [m.span() for m in old.finditer(t)] == [m.span() for m in new.finditer(t)], t
        assert old.findall(t) == new.findall(t), t
        assert [m.span() for m in old.finditer(t, 2, 9)] == \
            [m.span() for m in new.finditer(t, 2, 9)], t


def test_hours_after_a_digit_found_where_they_were():
    """Only asked whether there are any (staff_notation.bare_hours, names_no_share)."""
    old = re.compile(r"\d[\s\u00a0\u202f]?h\b")
    for t in _texts("12 h\u00a0\u202fx.H"):
        assert bool(old.search(t)) == bool(staff_notation._DIGIT_H.search(t)), repr(t)


@pytest.mark.parametrize(("old", "marks"), [
    (r"[.!?:]\s*$", (".", "!", "?", ":")),
    (r"[.!?:;)]\s*$", amounts._CLOSED),
])
def test_end_of_sentence_as_the_pattern(old, marks):
    old = re.compile(old)
    for t in _texts("a.!?:;) \n\t\u00a0", length=6):
        assert bool(old.search(t)) == t.rstrip().endswith(marks), repr(t)


def test_label_line_and_heading_form_as_before():
    label = re.compile(r"^[^:\n.]{2,60}:")
    number = re.compile(rf"^\s*{sections.HEADING_NUMBER.pattern}\s+")
    umlauts = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})

    def old_normalize(t: str) -> str:
        import unicodedata
        t = unicodedata.normalize("NFC", t).strip()
        t = number.sub("", t).casefold().translate(umlauts)
        if "-" in t:
            t = sections._BROKEN_WORD.sub(r"\1\2", t)
        return " ".join(sections._PUNCTUATION.sub(" ", t).split())

    for t in _texts("ab:.\n1 IIÄöß-,)", length=70, count=5000):
        # a label may be numbered by hand ("3. Vernetzung in der Kommune: …?", blind19)
        typed = sections.TYPED_NUMBER.match(t)
        assert _label_line(t) == bool(label.match(t[typed.end():] if typed else t)), repr(t)
        assert normalize.__wrapped__(t) == old_normalize(t), repr(t)
