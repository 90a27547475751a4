"""The paper of a scanned page: its grain, and whether anything is written on it.

Tesseract binarises a page with one global threshold (Otsu's). On a page of text the grey
values have two peaks, paper and ink, and the threshold falls between them. On a page that is
(nearly) empty, say the last page of an Antrag holding only the signature, the ink is too
little to make a peak: Otsu splits the paper's own grain, half of it turns black, and Tesseract
takes the page for a photo. Measured on the Koblenz Antrag scanned at 200 dpi (read at
300 dpi; tests/test_ocr_scans.py): its signature page took 29 s, then the orientation check
and a second reading as many again, and the three lines on it were lost; with the grain
cleaned away 0.3 s, all three lines read at 92 % confidence (bench/RESULTS.md).

So before recognition a page whose threshold would fall into its grain gets its paper made
white (grey values within four standard deviations of the paper's, measured on the page);
pages of text are left as they are. A page with no ink at all (a blank back side of a duplex
scan) is not recognised: it is recorded as blank.
"""

from __future__ import annotations

from PIL import Image

GRAIN_SIGMAS = 3.0  # a threshold this close to the paper's grey falls into its grain
CLEAN_SIGMAS = 4.0  # greys this close to the paper's are made white on a grainy page
MIN_CONTRAST = 24  # grey levels below the paper that count as ink on a clean page at least
CELL = 4  # pixels: ink is counted in cells of CELL x CELL ...
CELL_FILL = 0.4  # ... that it fills to this share (a speck of grain fills one pixel)
MIN_CELLS = 3  # a page with fewer such cells is blank


def percentile(hist: list[int], share: float) -> int:
    """The grey value below which `share` of the pixels lie."""
    total, seen = sum(hist), 0
    for value, count in enumerate(hist):
        seen += count
        if seen >= total * share:
            return value
    return 255


def otsu(hist: list[int]) -> int:
    """Otsu's threshold of a 256-bin histogram: the grey that best splits it into two
    classes (the last value of the darker class)."""
    total = sum(hist)
    total_sum = sum(v * c for v, c in enumerate(hist))
    weight = dark_sum = 0
    best, threshold = -1.0, 0
    for value, count in enumerate(hist):
        weight += count
        if weight == 0:
            continue
        rest = total - weight
        if rest == 0:
            break
        dark_sum += value * count
        between = weight * rest * (dark_sum / weight - (total_sum - dark_sum) / rest) ** 2
        if between > best:
            best, threshold = between, value
    return threshold


def grain(hist: list[int]) -> tuple[int, float]:
    """The paper's grey (median) and the standard deviation of its grain, from the spread of
    the lighter half below the median (a page is mostly paper; the top may be clipped at
    white)."""
    paper = percentile(hist, 0.5)
    return paper, max((paper - percentile(hist, 0.25)) / 0.674, 1.0)


def clean(gray: Image.Image) -> tuple[Image.Image, bool, bool]:
    """(the page to recognise, whether its paper was cleaned, whether it is blank)."""
    hist = gray.histogram()
    paper, sigma = grain(hist)
    grainy = otsu(hist) > paper - GRAIN_SIGMAS * sigma
    if grainy:
        white = int(paper - CLEAN_SIGMAS * sigma)
        gray = gray.point(bytes(255 if v > white else v for v in range(256)))
    ink_below = min(paper - CLEAN_SIGMAS * sigma, paper - MIN_CONTRAST)
    return gray, grainy, blank(gray, ink_below)


def blank(gray: Image.Image, ink_below: float) -> bool:
    """No ink on the page: fewer than MIN_CELLS cells of CELL x CELL pixels are filled by
    pixels darker than `ink_below` to CELL_FILL (grain leaves single specks, a stroke of
    type at 300 dpi is three pixels wide and more)."""
    ink = gray.point(bytes(255 if v < ink_below else 0 for v in range(256)))
    small = ink.resize((max(gray.width // CELL, 1), max(gray.height // CELL, 1)),
                       Image.Resampling.BOX)
    filled = small.histogram()
    return sum(filled[int(255 * CELL_FILL):]) < MIN_CELLS
