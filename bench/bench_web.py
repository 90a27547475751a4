"""Load run against `kimdocs web` on 127.0.0.1 (the server as a user starts it).

    python bench/bench_web.py [--requests 300] [--clients 8] [--bescheide 36]

1. 300 POST /api/pruefen of a 10-page PDF (the Koblenz Antrag, made by the server itself)
   from 8 concurrent clients; a 503 is a deliberate "busy" answer: the client waits for its
   Retry-After and sends again (counted, not an error);
2. 36 POST /api/erstellen/bescheid?format=pdf (one per Kommune) from 4 clients.
Measures p50/p95 latency, errors, and the peak memory of the server with all its child
processes (sandbox readers, LibreOffice). Afterwards it stops the server and checks that no
temporary file and no process of the run is left. Writes its section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdfium2  # noqa: E402

from bench.bench_render import synthetic_bescheid  # noqa: E402 - after the sys.path line
from bench.results import machine, write_section  # noqa: E402
from kimdocs.guideline.kommunen import load_list  # noqa: E402
from kimdocs.model import read_mapping  # noqa: E402
from kimdocs.web.work import plain as _plain  # noqa: E402

KIMDOCS = Path(sys.executable).parent / "kimdocs"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _post(url: str, body: bytes, ctype: str) -> tuple[int, bytes, dict]:
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": ctype})
    try:
        with urllib.request.urlopen(req, timeout=300) as res:
            return res.status, res.read(), dict(res.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), dict(exc.headers)


def _multipart(name: str, filename: str, data: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; "
            f"filename=\"{filename}\"\r\nContent-Type: application/pdf\r\n\r\n").encode()
    body += data + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


# --- processes and memory ---------------------------------------------------------------------

def _children(pid: int) -> set[int]:
    out: set[int] = set()
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            kids = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:
            continue
        for k in map(int, kids):
            if k not in out:
                out.add(k)
                todo.append(k)
    return out


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Sampler(threading.Thread):
    """Peak RSS of the server alone and of the server with all its descendants."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.stop = pid, threading.Event()
        self.peak_server = self.peak_tree = 0.0
        self.seen: set[int] = set()

    def run(self) -> None:
        while not self.stop.is_set():
            kids = _children(self.pid)
            self.seen |= kids
            server = _rss_mb(self.pid)
            self.peak_server = max(self.peak_server, server)
            self.peak_tree = max(self.peak_tree, server + sum(_rss_mb(k) for k in kids))
            time.sleep(0.1)


# --- the run ----------------------------------------------------------------------------------

def _percentiles(values: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(values, n=100, method="inclusive")
    return statistics.median(values), q[94]


def _fmt(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--bescheide", type=int, default=36)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--queue", type=int, default=8)
    parser.add_argument("--no-write", action="store_true", help="RESULTS.md nicht schreiben")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="kimdocs-bench-web-"))
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([str(KIMDOCS), "web", "--port", str(port), "--workers",
                               str(args.workers), "--queue", str(args.queue)],
                              env={**os.environ, "TMPDIR": str(tmp)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for _ in range(150):
        try:
            urllib.request.urlopen(base + "/api/status", timeout=2).read()
            break
        except OSError:
            time.sleep(0.2)
    sampler = Sampler(server.pid)
    sampler.start()

    # a 10-page Antrag: the Koblenz example with its task list repeated until it fills 10 pages
    antrag = json.loads(json.dumps(read_mapping(ROOT / "beispiele/koblenz/antrag.yaml"),
                                   default=_plain))
    tasks = list(antrag["aufgaben"])
    pages, pdf = 0, b""
    while pages < 10:
        status, pdf, _ = _post(base + "/api/erstellen/antrag?format=pdf",
                               json.dumps(antrag).encode(), "application/json")
        assert status == 200 and pdf.startswith(b"%PDF"), (status, pdf[:300])
        pages = len(pypdfium2.PdfDocument(pdf))
        antrag["aufgaben"] += tasks * 4
    body, ctype = _multipart("dateien", "antrag.pdf", pdf)

    lock = threading.Lock()
    stats: dict[str, list[float]] = {"einzeln": [], "pruefen": [], "bescheid": []}
    busy = {"einzeln": 0, "pruefen": 0, "bescheid": 0}
    errors: list[str] = []

    def call(kind: str, url: str, data: bytes, content_type: str, check) -> None:
        while True:
            start = time.perf_counter()
            code, answer, headers = _post(url, data, content_type)
            took = time.perf_counter() - start
            if code == 503:
                with lock:
                    busy[kind] += 1
                time.sleep(float(headers.get("Retry-After", "1")))
                continue
            with lock:
                if code == 200 and check(answer):
                    stats[kind].append(took)
                else:
                    errors.append(f"{kind}: {code} {answer[:200]!r}")
            return

    def pruefen_ok(answer: bytes) -> bool:
        # one envelope, as `kimdocs pruefen --format json`: {"berichte": [...], ...}
        return json.loads(answer)["berichte"][0]["urteil"] in ("einreichungsfaehig", "maengel")

    for _ in range(10):  # one client alone: the latency of a single check
        call("einzeln", base + "/api/pruefen", body, ctype, pruefen_ok)

    start = time.perf_counter()
    with ThreadPoolExecutor(args.clients) as pool:
        for _ in range(args.requests):
            pool.submit(call, "pruefen", base + "/api/pruefen", body, ctype, pruefen_ok)
    wall_pruefen = time.perf_counter() - start

    bescheide = [json.dumps(synthetic_bescheid(e, i).model_dump(mode="json"), default=_plain)
                 for i, e in enumerate(load_list("kommunen-rlp").eintraege[:args.bescheide])]
    start = time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        for b in bescheide:
            pool.submit(call, "bescheid", base + "/api/erstellen/bescheid?format=pdf",
                        b.encode(), "application/json", lambda a: a.startswith(b"%PDF"))
    wall_bescheid = time.perf_counter() - start

    sampler.stop.set()
    sampler.join()
    server.send_signal(signal.SIGTERM)
    server.wait(30)
    time.sleep(1)
    alive = sorted(p for p in sampler.seen if Path(f"/proc/{p}").exists())
    left = sorted(str(p.relative_to(tmp)) for p in tmp.rglob("*"))
    print(f"Übrige Prozesse des Laufs: {alive or 'keine'}")
    print(f"Übrige temporäre Dateien: {left or 'keine'}")
    if not left:
        tmp.rmdir()

    p50_p, p95_p = _percentiles(stats["pruefen"])
    p50_b, p95_b = _percentiles(stats["bescheid"])
    ok = not errors and not alive and not left
    table = (
        "| Anfrage | Anzahl | Clients | Fehler | 503 (gewollt) | p50 s | p95 s | Durchsatz/s |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|\n"
        f"| POST /api/pruefen ({pages}-seitiges PDF), ein Client allein | "
        f"{len(stats['einzeln'])} | 1 | {sum(e.startswith('einzeln') for e in errors)} | "
        f"{busy['einzeln']} | {_fmt(statistics.median(stats['einzeln']))} | – | – |\n"
        f"| POST /api/pruefen ({pages}-seitiges PDF) | {len(stats['pruefen'])} | {args.clients} | "
        f"{sum(e.startswith('pruefen') for e in errors)} | {busy['pruefen']} | {_fmt(p50_p)} | "
        f"{_fmt(p95_p)} | {_fmt(len(stats['pruefen']) / wall_pruefen)} |\n"
        f"| POST /api/erstellen/bescheid?format=pdf | {len(stats['bescheid'])} | 4 | "
        f"{sum(e.startswith('bescheid') for e in errors)} | {busy['bescheid']} | {_fmt(p50_b)} | "
        f"{_fmt(p95_b)} | {_fmt(len(stats['bescheid']) / wall_bescheid)} |\n")
    text = (
        "## Web-Server unter Last (kimdocs web)\n\n"
        f"{machine()}\n\n"
        f"Befehl: `python bench/bench_web.py --requests {args.requests} --clients {args.clients} "
        f"--bescheide {args.bescheide} --workers {args.workers} --queue {args.queue}` "
        f"(startet `kimdocs web --port N --workers {args.workers} --queue {args.queue}` auf "
        "127.0.0.1). Ein 503 ist die gewollte Antwort einer vollen Warteschlange; der Client "
        "wartet und sendet erneut, die Latenz zählt ab dem erfolgreichen Versuch.\n\n"
        f"{table}\n"
        f"Spitze Arbeitsspeicher: Serverprozess {sampler.peak_server:.0f} MB, Server mit allen "
        f"Kindprozessen (Sandbox-Leser, warmes LibreOffice) {sampler.peak_tree:.0f} MB. "
        f"Systemlast (loadavg 1 min) bei Messende {_fmt(os.getloadavg()[0])} – die Maschine "
        "teilen sich mehrere Entwickler; die Latenzen unter Last sind entsprechend zu lesen.\n\n"
        f"Nach dem Lauf: übrige Prozesse: {len(alive)}, übrige temporäre Dateien: {len(left)}.\n")
    print(text)
    for e in errors[:10]:
        print("Fehler:", e)
    if not args.no_write:
        write_section("bench_web", text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
