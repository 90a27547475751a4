"""Tables from ruling lines: pure geometry, no PDF library.

The PDF reader hands over the thin horizontal and vertical lines of a page (table borders as
Word and LibreOffice draw them); this module finds the cells they enclose, the way pdfplumber
does it (edges -> intersections -> smallest closed rectangles -> connected groups), but at a
fraction of the cost because it needs no character objects. A merged cell is simply a larger
rectangle: the inner border is missing there. Coordinates are top-origin PDF points.
"""

from __future__ import annotations

from dataclasses import dataclass

TOLERANCE = 2.0  # points; borders of adjacent cells are drawn a fraction of a point apart


@dataclass(frozen=True)
class Cell:
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class GridTable:
    bbox: tuple[float, float, float, float]
    cells: list[Cell]
    columns: list[float]  # left edges
    rows: list[float]  # top edges

    def position(self, cell: Cell) -> tuple[int, int]:
        return _index(self.rows, cell.top), _index(self.columns, cell.x0)


def _index(values: list[float], value: float) -> int:
    return min(range(len(values)), key=lambda i: abs(values[i] - value))


def _cluster(values: list[float]) -> list[float]:
    """Representative positions: values closer than TOLERANCE are one line."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= TOLERANCE:
            continue
        out.append(v)
    return out


def _merge(edges: list[tuple[float, float, float]]) -> dict[float, list[tuple[float, float]]]:
    """(position, start, end) -> {snapped position: [covered intervals]}, overlaps joined."""
    positions = _cluster([e[0] for e in edges])
    spans: dict[float, list[tuple[float, float]]] = {p: [] for p in positions}
    for pos, a, b in edges:
        key = positions[_index(positions, pos)]
        spans[key].append((min(a, b), max(a, b)))
    for key, items in spans.items():
        items.sort()
        joined: list[tuple[float, float]] = []
        for a, b in items:
            if joined and a <= joined[-1][1] + TOLERANCE:
                joined[-1] = (joined[-1][0], max(joined[-1][1], b))
            else:
                joined.append((a, b))
        spans[key] = joined
    return spans


def _covered(intervals: list[tuple[float, float]], a: float, b: float) -> bool:
    return any(s - TOLERANCE <= a and b <= e + TOLERANCE for s, e in intervals)


def find_tables(
    horizontal: list[tuple[float, float, float]], vertical: list[tuple[float, float, float]]
) -> list[GridTable]:
    """horizontal: (y, x0, x1); vertical: (x, top, bottom). Tables of at least two cells."""
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    h = _merge(horizontal)
    v = _merge(vertical)

    points: set[tuple[float, float]] = set()
    for x, vspans in v.items():
        for y, hspans in h.items():
            if any(s - TOLERANCE <= y <= e + TOLERANCE for s, e in vspans) and any(
                s - TOLERANCE <= x <= e + TOLERANCE for s, e in hspans
            ):
                points.add((x, y))

    by_x: dict[float, list[float]] = {}
    by_y: dict[float, list[float]] = {}
    for x, y in points:
        by_x.setdefault(x, []).append(y)
        by_y.setdefault(y, []).append(x)
    for values in (*by_x.values(), *by_y.values()):
        values.sort()

    cells: list[Cell] = []
    for x, y in sorted(points, key=lambda p: (p[1], p[0])):
        cell = _smallest_cell(x, y, by_x, by_y, h, v, points)
        if cell:
            cells.append(cell)
    return _group(cells)


def _smallest_cell(x, y, by_x, by_y, h, v, points) -> Cell | None:
    below = [yy for yy in by_x[x] if yy > y]
    right = [xx for xx in by_y[y] if xx > x]
    for yb in below:
        if not _covered(v[x], y, yb):
            break
        for xr in right:
            if not _covered(h[y], x, xr):
                break
            if (xr, yb) in points and _covered(v[xr], y, yb) and _covered(h[yb], x, xr):
                return Cell(x, y, xr, yb)
    return None


def _group(cells: list[Cell]) -> list[GridTable]:
    """Cells sharing a corner belong to one table."""
    parent = list(range(len(cells)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[float, float], int] = {}
    for i, c in enumerate(cells):
        for corner in ((c.x0, c.top), (c.x1, c.top), (c.x0, c.bottom), (c.x1, c.bottom)):
            if corner in owner:
                parent[find(i)] = find(owner[corner])
            else:
                owner[corner] = i
    groups: dict[int, list[Cell]] = {}
    for i, c in enumerate(cells):
        groups.setdefault(find(i), []).append(c)
    tables = []
    for members in groups.values():
        if len(members) < 2:
            continue  # a framed paragraph is text, not a table
        bbox = (
            min(c.x0 for c in members),
            min(c.top for c in members),
            max(c.x1 for c in members),
            max(c.bottom for c in members),
        )
        tables.append(
            GridTable(
                bbox, members, _cluster([c.x0 for c in members]), _cluster([c.top for c in members])
            )
        )
    tables.sort(key=lambda t: (t.bbox[1], t.bbox[0]))
    return tables
