"""A LibreOffice that stays warm between requests: one soffice per server worker, listening
on a private pipe, driven by a small UNO script (uno_bridge.py) under the system Python.

A PDF then costs the conversion only (well under a second for a Bescheid) instead of a
LibreOffice start. Each instance is restarted when it dies or hangs (no answer within the
timeout: the whole process group is killed). Without the system Python's `uno` module
(Debian: python3-uno) the pool is unavailable and callers fall back to
kimdocs.generate.libreoffice.convert_to_pdf (one LibreOffice start per document).
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import select
import shutil
import signal
import subprocess
import tempfile
import threading
import uuid
from pathlib import Path

from kimdocs.errors import ConversionError
from kimdocs.generate.libreoffice import find_soffice

SYSTEM_PYTHON = "/usr/bin/python3"
BRIDGE = Path(__file__).with_name("uno_bridge.py")
START_TIMEOUT = 60.0


def uno_available() -> bool:
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return False
    try:
        subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], check=True, timeout=30,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return False
    return True


class _Office:
    """One soffice and its bridge; both in one new session, killed together."""

    def __init__(self, soffice: str):
        self.folder = Path(tempfile.mkdtemp(prefix="kimdocs-lo-"))
        pipe = f"kimdocs-{uuid.uuid4().hex}"
        profile = (self.folder / "profil").as_uri()
        # soffice's own temp files (lu*.tmp) go into our folder: a killed instance leaves none
        (self.folder / "tmp").mkdir()
        env = {**os.environ, "TMPDIR": str(self.folder / "tmp")}
        self.soffice = subprocess.Popen(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--invisible",
             "--nologo", "--norestore", "--nodefault", "--nolockcheck",
             f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True, env=env)
        self.bridge = subprocess.Popen(
            [SYSTEM_PYTHON, str(BRIDGE), pipe, str(START_TIMEOUT)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1,
            start_new_session=True)

    def wait_ready(self) -> None:
        try:
            ready = self._answer(START_TIMEOUT + 5) == {"ready": True}
        except (OSError, ValueError):  # stopped meanwhile (server shutting down)
            ready = False
        if not ready:
            self.stop()
            raise ConversionError("LibreOffice (warm) ist nicht bereit geworden.")

    def _answer(self, timeout: float) -> dict | None:
        ready, _, _ = select.select([self.bridge.stdout], [], [], timeout)
        if not ready:
            return None
        line = self.bridge.stdout.readline()
        return json.loads(line) if line else None

    def convert(self, source: Path, target: Path, pdfa: bool, timeout: float) -> None:
        """Raises _Broken when the instance died or hung (it must be replaced)."""
        if self.soffice.poll() is not None or self.bridge.poll() is not None:
            raise _Broken("LibreOffice lief nicht mehr")
        try:
            self.bridge.stdin.write(json.dumps({"in": str(source), "out": str(target),
                                                "pdfa": pdfa}) + "\n")
            self.bridge.stdin.flush()
        except OSError:
            raise _Broken("LibreOffice antwortet nicht") from None
        answer = self._answer(timeout)
        if answer is None:
            raise _Broken(f"Zeitüberschreitung nach {timeout:g} s bei der Umwandlung")
        if not answer.get("ok"):
            if "DisposedException" in str(answer.get("error")) or not self._alive():
                raise _Broken("LibreOffice ist während der Umwandlung abgebrochen")
            raise ConversionError(f"PDF-Umwandlung fehlgeschlagen: {answer.get('error')}")
        if not target.is_file() or target.stat().st_size == 0:
            raise ConversionError("PDF-Umwandlung ohne Ergebnis")

    def _alive(self) -> bool:
        try:
            self.soffice.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            return True
        return False

    def stop(self) -> None:
        """Idempotent; safe while another thread waits for this instance to get ready."""
        for proc in (self.bridge, self.soffice):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            proc.wait()
        if self.bridge.stdin:
            try:
                self.bridge.stdin.close()
            except OSError:
                pass
        shutil.rmtree(self.folder, ignore_errors=True)


class _Broken(Exception):
    pass


class WarmOffice:
    """A pool of `size` warm LibreOffice instances; `convert` borrows one."""

    def __init__(self, size: int, timeout: float = 60.0):
        self.size, self.timeout = size, timeout
        self._soffice = find_soffice()
        self._idle: queue.Queue[_Office | None] = queue.Queue()
        self._all: list[_Office] = []
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(size):
            self._idle.put(None)  # started on first use or by warm_up()
        atexit.register(self.close)  # no soffice outlives the server

    def warm_up(self) -> None:
        offices = [self._idle.get() for _ in range(self.size)]
        try:
            offices = [o or self._start() for o in offices]
        finally:
            for o in offices:
                self._idle.put(o)

    def _start(self) -> _Office:
        with self._lock:  # registered before it is ready, so close() can always end it
            if self._closed:
                raise ConversionError("Der Server wird beendet.")
            office = _Office(self._soffice)
            self._all.append(office)
        try:
            office.wait_ready()
        except ConversionError:
            with self._lock:
                if office in self._all:
                    self._all.remove(office)
            raise
        return office

    def _drop(self, office: _Office) -> None:
        office.stop()
        with self._lock:
            if office in self._all:
                self._all.remove(office)

    def convert(self, source: Path, target: Path, *, pdfa: bool = False) -> None:
        office = self._idle.get()
        try:
            if self._closed:
                raise ConversionError("Der Server wird beendet.")
            for attempt in (1, 2):  # a dead instance is replaced and the document tried again
                if office is None:
                    office = self._start()
                try:
                    office.convert(source, target, pdfa, self.timeout)
                    return
                except _Broken as exc:
                    self._drop(office)
                    office = None
                    if attempt == 2:
                        raise ConversionError(f"PDF-Umwandlung fehlgeschlagen: {exc}") from None
        finally:
            self._idle.put(office)

    def pids(self) -> list[int]:
        with self._lock:
            return [p.pid for o in self._all for p in (o.soffice, o.bridge)]

    def close(self) -> None:
        self._closed = True
        with self._lock:
            offices = list(self._all)
            self._all.clear()
        for o in offices:
            o.stop()
