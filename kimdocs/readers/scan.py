"""A page image -> the lines and ruled tables of kimdocs.readers.layout, by Tesseract.

Before recognition the page is made upright and straight: the skew (a sheet fed a little
crooked, up to 4°) is measured from the sharpness of the row profile of a small copy and
turned away; a page that reads poorly is asked for its orientation (Tesseract's OSD) and
read again turned by 90, 180 or 270°. Ruling lines (table borders) are found as long dark
runs, handed to the same grid finder as a PDF's drawn lines (kimdocs.readers.grid) and
painted white before recognition, so Tesseract reads the cells without stray bars.

Every box the reader returns is in points on the page as the user sees it (the image as
given); layout works on the corrected (upright, straight) page, and `ScanPage.to_seen` turns
a box from there back.
"""

from __future__ import annotations

import math
import os
import re
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

from PIL import Image, ImageChops, ImageDraw

from kimdocs.readers import ocr, paper
from kimdocs.readers.document import OcrPage, OcrWord
from kimdocs.readers.grid import find_tables
from kimdocs.readers.layout import _LIST_MARKER, Line, clean_cell, table_of

MIN_DPI = 300  # Tesseract's best resolution for 9-12 pt type
MAX_UPSCALED = 40_000_000  # pixels: an A4 page at 300 dpi has 8.7 million
POOR = 55.0  # mean word confidence below which the orientation is asked
SIZE_FACTOR = 0.84  # Tesseract's x_size (ascender to descender) per point of type size
_MAX_SKEW = 4.0
_STRAY = re.compile(r"^[|\[\]_]+$")  # a bar left from a border, not a word
# A digit group with letters OCR takes for digits: "6O.000,00", "l5.12.2026", "2S.000".
_DIGITISH = re.compile(r"^([(\[]?)([0-9OoIlSB][0-9OoIlSB.,]*[0-9OoIlSB])([)\]€%.,:;]*)$")
_AS_DIGIT = str.maketrans("OoIlSB", "001158")


def repair_digits(word: str) -> str | None:
    """The digits a misread digit group most likely means ("6O.000,00" -> "60.000,00"), or
    None when the word is no such group (too few real digits, or nothing to undo)."""
    m = _DIGITISH.match(word)
    if not m:
        return None
    core = m.group(2)
    digits = sum(c.isdigit() for c in core)
    odd = sum(c in "OoIlSB" for c in core)
    if odd == 0 or digits < 2 or digits < 2 * odd:
        return None
    return m.group(1) + core.translate(_AS_DIGIT) + m.group(3)


@dataclass
class ScanPage:
    number: int
    lines: list[Line]
    tables: list  # (bbox, rows) as layout takes them
    words: list[OcrWord]
    confidence: float  # mean word confidence, weighted by length
    turn: int = 0  # clockwise degrees that made the page upright
    skew: float = 0.0  # degrees turned away (counter-clockwise positive)
    size: tuple[float, float] = (0.0, 0.0)  # corrected page, points
    seen_size: tuple[float, float] = (0.0, 0.0)  # page as displayed, points
    dpi: int = 300
    blank: bool = False  # no ink on it: not recognised (kimdocs.readers.paper)

    def to_seen(self, box):
        """A box (x0, top, x1, bottom) of the corrected page -> the page as displayed."""
        return _to_seen(box, self.size, self.seen_size, self.turn, self.skew)


def _rotate_point(x, y, cx, cy, degrees):
    """Turn (x, y) about (cx, cy) by `degrees` counter-clockwise as seen (y down)."""
    a = math.radians(degrees)
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(a) + dy * math.sin(a), cy - dx * math.sin(a) + dy * math.cos(a)


def _to_seen(box, size, seen_size, turn, skew):
    w, h = size
    corners = [(box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])]
    if skew:
        corners = [_rotate_point(x, y, w / 2, h / 2, -skew) for x, y in corners]
    sw, sh = seen_size
    if turn == 90:  # the page was turned 90° clockwise to be upright: turn it back
        corners = [(y, sh - x) for x, y in corners]
    elif turn == 180:
        corners = [(sw - x, sh - y) for x, y in corners]
    elif turn == 270:
        corners = [(sw - y, x) for x, y in corners]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return (max(min(xs), 0.0), max(min(ys), 0.0), min(max(xs), sw), min(max(ys), sh))


# --- straightening ----------------------------------------------------------------------------

def _profile_score(small, angle: float) -> float:
    turned = small.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=0)
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
    return float(sum((rows[i + 1] - rows[i]) ** 2 for i in range(len(rows) - 1)))


def skew_angle(gray) -> float:
    """The angle (degrees, counter-clockwise positive) that makes the text lines of a page
    horizontal: the turn whose row profile of ink is sharpest, on a copy at about 60 dpi."""
    scale = 700 / max(gray.size)
    small = gray.resize((max(int(gray.width * scale), 1), max(int(gray.height * scale), 1)))
    ink = small.point(lambda v: 255 if v < 140 else 0)
    best = 0.0
    for step, span in ((1.0, 4), (0.25, 3), (0.05, 4)):
        best = max((best + k * step for k in range(-span, span + 1)),
                   key=lambda a: _profile_score(ink, a))
    return round(best, 2) if abs(best) <= _MAX_SKEW else 0.0


# --- ruling lines --------------------------------------------------------------------------------

_RUN = re.compile(rb"2{2,}")


def levels(gray) -> tuple[int, int]:
    """The paper's grey (median) and the ink's (2nd percentile) of a page."""
    hist = gray.histogram()
    total, seen, ink, paper = sum(hist), 0, None, 255
    for value, count in enumerate(hist):
        seen += count
        if ink is None and seen >= total * 0.02:
            ink = value
        if seen >= total * 0.5:
            paper = value
            break
    return paper, ink if ink is not None else 0


def _runs(gray, window: int, horizontal: bool, lenient: int) -> list[tuple[int, int, int]]:
    """Long unbroken dark runs of a grey page: (row, start, end) for horizontal ones,
    (column, start, end) for vertical ones, in pixels. Each pixel takes the darker of itself
    and its neighbour across the run (a thin rule drawn over two rows, noise on it), is ink
    when darker than `lenient`, and the ink is boxed down by `window` along the run: a rule
    fills two boxes in a row without a gap, which no line of text does (its letters stand
    apart, even in bold type)."""
    if not horizontal:
        gray = gray.transpose(Image.Transpose.TRANSPOSE)
    ink = ImageChops.darker(gray, ImageChops.offset(gray, 0, 1)).point(
        bytes(255 if v < lenient else 0 for v in range(256)))
    w, h = ink.size
    small = ink.resize((max(w // window, 1), h), Image.Resampling.BOX)
    n = small.width
    data = small.tobytes().translate(bytes(50 if v >= 238 else 48 for v in range(256)))
    out = []
    for line in range(h):
        for m in _RUN.finditer(data, line * n, (line + 1) * n):
            a, b = m.start() - line * n, m.end() - line * n
            out.append((line, a * window - window, b * window + window))
    return out


def _group(runs, thickness_max: int, gap: int) -> list[tuple[float, int, int]]:
    """Runs on the same or neighbouring rows (one stroke several pixels thick, broken by a
    speck of paper up to `gap` long) -> one edge (middle, start, end); a band thicker than
    `thickness_max` is a filled area, not a line."""
    runs.sort(key=lambda r: (r[0], r[1]))
    edges: list[list] = []  # [first, last, start, end]
    for pos, a, b in runs:
        for e in edges[-8:]:
            if pos - e[1] <= 1 and a <= e[3] + gap and b >= e[2] - gap:
                e[1], e[2], e[3] = pos, min(e[2], a), max(e[3], b)
                break
        else:
            edges.append([pos, pos, a, b])
    return [((e[0] + e[1]) / 2, e[2], e[3]) for e in edges if e[1] - e[0] < thickness_max]


def find_rules(gray, dpi: int):
    """Horizontal (y, x0, x1) and vertical (x, top, bottom) ruling lines in pixels."""
    window = max(int(dpi * 6 / 72), 4)  # 6 pt
    thick = max(int(dpi * 3 / 72), 3)
    paper, dark = levels(gray)
    horizontal = _group(_runs(gray, window, True, (paper + dark) // 2), thick, window)
    vertical = _group(_runs(gray, window, False, (paper + dark) // 2), thick, window)
    w, h = gray.size
    horizontal = [(y, max(a, 0), min(b, w)) for y, a, b in horizontal]
    vertical = [(x, max(a, 0), min(b, h)) for x, a, b in vertical]
    reach = 3 * window
    return _meet(horizontal, vertical, reach), _meet(vertical, horizontal, reach)


def _meet(edges, across, reach: float):
    """Noise eats the ends of a rule where it meets another: an edge that stops short of a
    crossing rule by less than `reach` is drawn on to it (a table's corners close again)."""
    out = []
    for pos, a, b in edges:
        for cross, start, end in across:
            if start - reach <= pos <= end + reach:
                if a - reach <= cross < a:
                    a = cross
                elif b < cross <= b + reach:
                    b = cross
        out.append((pos, a, b))
    return out


def _erase(gray, horizontal, vertical, dpi: int):
    out = gray.copy()
    draw = ImageDraw.Draw(out)
    pad = max(dpi // 100, 1) + 1
    for y, a, b in horizontal:
        draw.rectangle((a, y - pad, b, y + pad), fill=255)
    for x, a, b in vertical:
        draw.rectangle((x - pad, a, x + pad, b), fill=255)
    return out


# --- the page -----------------------------------------------------------------------------------

def _mean_confidence(lines: list[ocr.OcrLine]) -> float:
    words = [w for ln in lines for w in ln.words if any(c.isalnum() for c in w.text)]
    total = sum(len(w.text) for w in words)
    return sum(w.conf * len(w.text) for w in words) / total if total else 0.0


def _prepare(gray, turn: int):
    if turn:
        gray = gray.rotate(-turn, expand=True)  # PIL turns counter-clockwise
    skew = skew_angle(gray)
    if skew:
        gray = gray.rotate(skew, resample=Image.Resampling.BILINEAR, fillcolor=255)
    return gray, skew


_MIN_CELL = 8.0  # points: a cell holds at least a line of small type


def _plausible(grid) -> bool:
    """A grid of real cells, not the strokes of large bold letters taken for rules: at
    most a quarter of its cells narrower or lower than a line of small type."""
    small = sum(1 for c in grid.cells
                if c.x1 - c.x0 < _MIN_CELL or c.bottom - c.top < _MIN_CELL)
    return small * 4 <= len(grid.cells)


def _recognise(gray, dpi: int, *, path, page: int):
    """Tesseract's lines, the ink (binary image) and the ruled tables (grid, in points) of
    a corrected page. Only the borders of tables are painted out before recognition: a rule
    under a title or a signature line touches the letters above it."""
    paper, dark = levels(gray)
    ink = gray.point(lambda v: 255 if v < (paper + dark) // 2 else 0)
    horizontal, vertical = find_rules(gray, dpi)
    scale = 72 / dpi
    grids = [g for g in find_tables(
        [(y * scale, a * scale, b * scale) for y, a, b in horizontal],
        [(x * scale, a * scale, b * scale) for x, a, b in vertical]) if _plausible(g)]
    clean = gray
    if grids:
        def inside(x, y):
            return any(g.bbox[0] - 3 <= x * scale <= g.bbox[2] + 3
                       and g.bbox[1] - 3 <= y * scale <= g.bbox[3] + 3 for g in grids)
        clean = _erase(gray, [e for e in horizontal if inside((e[1] + e[2]) / 2, e[0])],
                       [e for e in vertical if inside(e[0], (e[1] + e[2]) / 2)], dpi)
    lines = ocr.recognise(clean, dpi, path=path, page=page)
    return lines, ink, grids


def read_scan_page(image, dpi: int, number: int, *, path=None) -> ScanPage:
    """Recognise one page image (as displayed) rendered or scanned at `dpi`."""
    gray = image.convert("L") if image.mode != "L" else image
    seen_size = (gray.width * 72 / dpi, gray.height * 72 / dpi)
    factor = MIN_DPI / dpi
    if dpi < MIN_DPI and gray.width * gray.height * factor ** 2 <= MAX_UPSCALED:
        # small type needs the pixels: a 200 dpi scan is read at 300 dpi
        gray = gray.resize((round(gray.width * factor), round(gray.height * factor)),
                           Image.Resampling.LANCZOS)
        dpi = MIN_DPI
    gray, _, empty = paper.clean(gray)  # a grainy near-empty page is cleaned; an empty one
    if empty:  # is not recognised, but recorded (it counts as a page read, blank)
        size = (gray.width * 72 / dpi, gray.height * 72 / dpi)
        return ScanPage(number, [], [], [], 0.0, 0, 0.0, size, seen_size, dpi, blank=True)
    turn = 0
    work, skew = _prepare(gray, 0)
    lines, ink, grids = _recognise(work, dpi, path=path, page=number)
    confidence = _mean_confidence(lines)
    if confidence < POOR:
        found, sure = ocr.orientation(gray, path=path, page=number)
        if found and sure >= 1.0:
            work2, skew2 = _prepare(gray, found)
            again = _recognise(work2, dpi, path=path, page=number)
            if _mean_confidence(again[0]) > confidence:
                turn, work, skew = found, work2, skew2
                lines, ink, grids = again
                confidence = _mean_confidence(lines)
    lines = [_repaired(ln) for ln in lines]
    scale = 72 / dpi
    page = ScanPage(number, [], [], [], confidence, turn, skew,
                    (work.width * scale, work.height * scale), seen_size, dpi)
    page.lines = _layout_lines(lines, ink, scale, number)
    page.tables = _tables(lines, grids, scale)
    for ln in page.lines:
        ln.table = table_of(ln, page.tables)
        if ln.table is not None:
            ln.cells = None
    page.words = [OcrWord(w.text, page.to_seen(_pt(w.box, scale)), w.conf, w.raw)
                  for ln in lines for w in ln.words]
    return page


def _workers() -> int:
    """Pages recognised at once: one Tesseract (single-threaded) per core, at most two: each
    thread may take its own malloc arena of address space, and the reader's address space is
    capped (1 GiB by default); two use both cores of the machines we measured on."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, 2))


def recognise_all(images, total: int, *, path=None, progress=None) -> list[ScanPage]:
    """ScanPages of page images `(image, dpi, number)`, made lazily by the caller in this
    thread. Tesseract runs single-threaded (its own threads fight over the cores), so pages
    are recognised side by side (two at once); a page's preparation (straightening, rules)
    overlaps another's recognition. At most that many page images are held at once.
    `progress(n, total)` before the n-th page ("Texterkennung Seite n von total")."""
    workers = _workers()
    done: list[ScanPage] = []
    pending: deque = deque()
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kimdocs-ocr") as pool:
        for n, (image, dpi, number) in enumerate(images, 1):
            if progress is not None:
                progress(n, total)
            pending.append(pool.submit(read_scan_page, image, dpi, number, path=path))
            del image
            if len(pending) >= workers:
                done.append(pending.popleft().result())
        done.extend(future.result() for future in pending)
    return done


# A share of a position whose comma the scan lost: "05 VZÄ", "05VZÄ" (never written with a
# leading zero) most likely says 0,5 VZÄ.
_LOST_COMMA = re.compile(r"^0([1-9]\d?)(VZ[ÄA])?$")
_VZAE = re.compile(r"^VZ[ÄA]\b")


def _repaired(line: ocr.OcrLine) -> ocr.OcrLine:
    """Words with a misreading undone, each keeping what Tesseract read (`raw`): the figure
    they make is uncertain (kimdocs.readers.trust), never silently certain."""
    words = []
    for i, w in enumerate(line.words):
        fixed = repair_digits(w.text)
        comma = _LOST_COMMA.match(fixed or w.text)
        following = line.words[i + 1].text if i + 1 < len(line.words) else ""
        if comma and (comma.group(2) or _VZAE.match(following)):
            fixed = f"0,{comma.group(1)}" + (f" {comma.group(2)}" if comma.group(2) else "")
        words.append(w if fixed is None else ocr.Word(fixed, w.box, w.conf, raw=w.text))
    return ocr.OcrLine(line.box, line.baseline, line.size, tuple(words))


def _pt(box, scale):
    return (box[0] * scale, box[1] * scale, box[2] * scale, box[3] * scale)


def _stroke(ink, box) -> float:
    """The mean width of the horizontal ink runs in a box (pixels): about 1.5 times as wide in
    bold type as in regular type of the same size, whatever the letters."""
    crop = ink.crop(box)
    edges = ImageChops.difference(crop, ImageChops.offset(crop, 1, 0)).histogram()[255]
    return 2 * crop.histogram()[255] / max(edges, 1)


def _layout_lines(lines: list[ocr.OcrLine], ink, scale: float, number: int) -> list[Line]:
    """Tesseract's lines -> layout lines in points: the type size from x_size (sizes within
    12 % of the page's body size are the body size: OCR measures with noise), bold where the
    strokes are clearly wider for the size than the page's usual."""
    words_of = [[w for w in ln.words if not _STRAY.match(w.text)] for ln in lines]
    kept = [(ln, ws) for ln, ws in zip(lines, words_of) if ws]
    if not kept:
        return []
    sizes = [ln.size * scale / SIZE_FACTOR for ln, _ in kept]
    weights: dict[float, int] = {}
    for s, (_, ws) in zip(sizes, kept):
        key = round(s * 2) / 2
        weights[key] = weights.get(key, 0) + sum(len(w.text) for w in ws)
    body = max(weights, key=weights.get)  # type: ignore[arg-type]
    # stroke width per type size: bold lines stand out against the page's usual
    ratios = [_stroke(ink, ln.box) / max(ln.size, 1.0) for ln, _ in kept]
    usual = sorted(ratios)[len(ratios) // 2]

    def bold(size: float, ratio: float) -> bool:
        # Bold type measures 1.2-1.5 times the usual stroke; small type (footnotes, table
        # headers) has relatively thick strokes anyway and is left regular.
        return usual > 0 and ratio > usual * 1.15 and size >= body * 0.9

    out = []
    for (ln, ws), size, ratio in zip(kept, sizes, ratios):
        size = body if abs(size - body) <= body * 0.12 else round(size * 2) / 2
        x0 = min(w.box[0] for w in ws) * scale
        x1 = max(w.box[2] for w in ws) * scale
        base = ln.baseline * scale
        text = " ".join(w.text for w in ws)
        box = check_box(ink, (min(w.box[0] for w in ws), ln.box[1], ln.box[2], ln.box[3]))
        if box is not None:  # Tesseract reads no box: it is looked at in the image
            glyph, left = box
            text, x0 = f"{glyph} {text}", left * scale
        line = Line(text, number, x0, x1, base - size * 0.8,
                    base + size * 0.25, base, base, size, bold(size, ratio))
        line.cells = _cells(ws, scale, size)
        out.append(line)
    return out


TICKED, UNTICKED = "\u2612", "\u2610"  # ☒ ☐


def _extent(crop) -> tuple[int, int, int, int] | None:
    """The box of the ink in `crop`, leaving out specks of noise: only columns and rows with
    at least three ink pixels count."""
    w, h = crop.size
    cols = crop.resize((w, 1), Image.Resampling.BOX).tobytes()
    rows = crop.resize((1, h), Image.Resampling.BOX).tobytes()
    xs = [i for i, v in enumerate(cols) if v * h >= 3 * 255]
    ys = [i for i, v in enumerate(rows) if v * w >= 3 * 255]
    if not xs or not ys:
        return None
    return xs[0], ys[0], xs[-1] + 1, ys[-1] + 1


def check_box(ink, line_box) -> tuple[str, int] | None:
    """A check box just left of a line's first word (pixels of the corrected page): ☒ when
    its inside holds ink (a cross, a tick), ☐ when only its frame does; and its left edge.
    A box is a square about as high as the line, framed on all four sides (a bullet is
    smaller and filled, letters are not framed)."""
    x0, top, _, bottom = line_box
    h = bottom - top
    if h <= 4:
        return None
    right = max(x0 - max(3, h // 8), 0)  # clear of the first letter
    region = (max(x0 - int(2.2 * h), 0), max(top - h // 3, 0), right, bottom + h // 3)
    if region[2] - region[0] < h // 2:
        return None
    crop = ink.crop(region)
    found = _extent(crop)
    if found is None:
        return None
    bw, bh = found[2] - found[0], found[3] - found[1]
    if not (0.55 * h <= bh <= 1.5 * h and 0.75 <= bw / bh <= 1.33):
        return None
    square = crop.crop(found)
    edges = [square.crop(b) for b in ((0, 0, bw, 2), (0, bh - 2, bw, bh), (0, 0, 2, bh),
                                      (bw - 2, 0, bw, bh))]
    if any(e.histogram()[255] < 0.4 * e.width * e.height for e in edges):
        return None  # not framed on every side
    inner = square.crop((bw // 4, bh // 4, bw - bw // 4, bh - bh // 4))
    filled = inner.histogram()[255] / max(inner.width * inner.height, 1)
    return (TICKED if filled > 0.1 else UNTICKED), region[0] + found[0]


def _cells(words, scale: float, size: float) -> list[tuple[float, str]] | None:
    """Words set apart by a gap wider than two type sizes: columns of a borderless table."""
    gap = max(2 * size, 14)
    cells: list[list] = []
    for w in words:
        x0, x1 = w.box[0] * scale, w.box[2] * scale
        if cells and x0 - cells[-1][2] < gap:
            cells[-1][1].append(w.text)
            cells[-1][2] = x1
        else:
            cells.append([x0, [w.text], x1])
    if len(cells) < 2 or _LIST_MARKER.match(" ".join(cells[0][1])):
        return None
    return [(c[0], " ".join(c[1])) for c in cells]


def _tables(lines: list[ocr.OcrLine], grids, scale: float):
    """Ruled tables in points with the words inside each cell as its text."""
    found = []
    for table in grids:
        rows = [[""] * len(table.columns) for _ in table.rows]
        texts: dict[tuple[int, int], list] = {}
        for n, ln in enumerate(lines):
            for w in ln.words:
                if _STRAY.match(w.text):
                    continue
                cx, cy = (w.box[0] + w.box[2]) / 2 * scale, (w.box[1] + w.box[3]) / 2 * scale
                for cell in table.cells:
                    if cell.x0 <= cx <= cell.x1 and cell.top <= cy <= cell.bottom:
                        texts.setdefault(table.position(cell), []).append((n, w))
                        break
        for (r, c), items in texts.items():
            by_line: dict[int, list[str]] = {}
            for n, w in items:
                by_line.setdefault(n, []).append(w.text)
            rows[r][c] = clean_cell("\n".join(" ".join(ws) for ws in by_line.values()))
        if any(any(row) for row in rows):
            found.append((table.bbox, rows))
    return found


def attach(document, scans: list[ScanPage]) -> None:
    """Record the OCR pages on `document` and turn the boxes of their blocks back to the page
    as displayed (layout placed them on the corrected page)."""
    by_page = {s.number: s for s in scans}
    for block in document.blocks:
        loc = block.location
        scan = by_page.get(loc.page) if loc.page else None
        if scan is not None and loc.bbox is not None and (scan.turn or scan.skew):
            block.location = replace(loc, bbox=scan.to_seen(loc.bbox))
    document.ocr_pages = [OcrPage(s.number, s.confidence, s.turn, s.skew, s.dpi, s.words,
                                  s.blank)
                          for s in scans]
