"""Helpers for the register tests (tests/test_register*.py): a throw-away PostgreSQL cluster,
generated Anträge and Bescheide, a guideline with a smaller budget."""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
import yaml

import kimdocs
from kimdocs.register import hooks

ROOT = Path(__file__).resolve().parent.parent
PG_BIN = Path(os.environ.get("KIMDOCS_PG_BIN", "/usr/lib/postgresql/15/bin"))
KOBLENZ = ROOT / "beispiele" / "koblenz"

# 16 Kommunen of the programme year (Kreisschlüssel, name, art)
KOMMUNEN = [
    ("07111", "Koblenz", "kreisfreie_stadt"), ("07211", "Trier", "kreisfreie_stadt"),
    ("07314", "Ludwigshafen am Rhein", "kreisfreie_stadt"), ("07315", "Mainz", "kreisfreie_stadt"),
    ("07319", "Worms", "kreisfreie_stadt"), ("07318", "Speyer", "kreisfreie_stadt"),
    ("07131", "Ahrweiler", "landkreis"), ("07133", "Bad Kreuznach", "landkreis"),
    ("07137", "Mayen-Koblenz", "landkreis"), ("07138", "Neuwied", "landkreis"),
    ("07143", "Westerwaldkreis", "landkreis"), ("07231", "Bernkastel-Wittlich", "landkreis"),
    ("07334", "Germersheim", "landkreis"), ("07339", "Mainz-Bingen", "landkreis"),
    ("07340", "Südwestpfalz", "landkreis"), ("07336", "Kusel", "landkreis"),
    ("07337", "Südliche Weinstraße", "landkreis"), ("07338", "Rhein-Pfalz-Kreis", "landkreis"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(*cmd: str, **kw) -> subprocess.CompletedProcess:
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, *cmd], check=True, capture_output=True, text=True, **kw)


class PostgresCluster:
    """initdb into a temporary folder, listening only on 127.0.0.1 with a free port."""

    def __init__(self) -> None:
        if not (PG_BIN / "initdb").exists():
            pytest.fail(f"PostgreSQL fehlt ({PG_BIN}/initdb): .ci/install installiert Debians "
                        "Paket postgresql; die Register-Tests laufen immer auch auf PostgreSQL.")
        self.dir = Path(tempfile.mkdtemp(prefix="kimdocs-pg-"))
        os.chmod(self.dir, 0o755)
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        self.data, self.sock = self.dir / "daten", self.dir / "sock"
        _as_postgres("mkdir", str(self.sock))
        self.port = _free_port()
        _as_postgres(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres",
                     "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "-N")
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.sock} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", opts, "-w", "-t", "60",
                     "-l", str(self.dir / "log.txt"), "start")
        self.admin = f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"

    def new_database(self) -> str:
        name = "reg_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.admin, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                         "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def guideline_with_budget(**budget: str):
    """kim-rlp-2025 with another budget per year (jahr_2026="400000.00"): the real one
    (3 Mio. € for 2026) cannot be passed by 36 Kommunen at full rates (2,88 Mio. €)."""
    r = kimdocs.load_guideline()
    neu = dict(r.parameter.budget_je_jahr)
    neu.update({int(k.removeprefix("jahr_")): Decimal(v) for k, v in budget.items()})
    return r.model_copy(update={"parameter": r.parameter.model_copy(
        update={"budget_je_jahr": neu})})


def antrag(ks: str, name: str, art: str, *, beginn: date = date(2026, 1, 1),
           ende: date = date(2026, 12, 31), datum: date = date(2025, 10, 15)):
    """An Antrag of this Kommune for 2026: 1,0 VZÄ, full rates requested."""
    data = yaml.safe_load((KOBLENZ / "antrag.yaml").read_text(encoding="utf-8"))
    verwaltung = "Stadtverwaltung" if art == "kreisfreie_stadt" else "Kreisverwaltung"
    data["antragsteller"] = {"name": name, "kreisschluessel": ks, "art": art,
                             "bezeichnung": f"{verwaltung} {name}",
                             "anschrift": {"strasse": "Rathausplatz 1", "plz": "55116",
                                           "ort": name}}
    data["stellen"] = [{"person": "Eva Muster", "vzae": 1.0, "entgeltgruppe": "E 11",
                        "beginn": beginn}]
    data["zeitraum"] = {"beginn": beginn, "ende": ende}
    plan = data["finanzierungsplan"][1]
    plan.update(personalausgaben=70000, beantragt_personalkosten=60000,
                beantragt_sachkosten=20000, beantragt_gesamt=80000, eigenanteil=14000)
    plan["sachausgaben"] = [{"bezeichnung": "Netzwerkrunden", "betrag": 24000}]
    data["finanzierungsplan"] = [plan]
    data["unterschrift"]["ort"] = name
    data["unterschrift"]["datum"] = datum
    return kimdocs.validate("antrag", data)


def bescheid(a, nr: int, *, datum: date = date(2025, 12, 1)):
    data = yaml.safe_load((KOBLENZ / "bescheid.yaml").read_text(encoding="utf-8"))
    data.update(antrag=a, aktenzeichen=f"3321-0001#2025/{nr:04d}-0701", datum=datum,
                ihr_schreiben_vom=a.unterschrift.datum)
    return kimdocs.validate("bescheid", data)


def report_for(template: dict, kommune: str, berichtsjahr: int = 2026) -> dict:
    """A Jahresbericht report dict for another Kommune (another file, another sha256)."""
    rep = json.loads(json.dumps(template))
    rep["datei"] = f"Jahresbericht_{kommune}_{berichtsjahr}.docx"
    rep["sha256"] = hashlib.sha256(f"{kommune}/{berichtsjahr}".encode()).hexdigest()
    return rep


def wait_for(predicate, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("Zeitüberschreitung")
        time.sleep(0.05)


_CLUSTER: list[PostgresCluster] = []


def cluster() -> PostgresCluster:
    """One cluster per test process, stopped and removed when the process ends."""
    if not _CLUSTER:
        _CLUSTER.append(PostgresCluster())
        atexit.register(_CLUSTER[0].stop)
    return _CLUSTER[0]


@pytest.fixture(params=["sqlite", "postgresql"])
def register_url(request, tmp_path):
    """A fresh, empty register: an SQLite file, or a new database on the test cluster."""
    if request.param == "sqlite":
        yield str(tmp_path / "register.sqlite")
    else:
        pg = cluster()
        url = pg.new_database()
        yield url
        hooks.cached.cache_clear()
        pg.drop_database(url)  # WITH (FORCE): connections still open are ended
    hooks.cached.cache_clear()

