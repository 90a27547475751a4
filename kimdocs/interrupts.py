"""Clean interrupts: what a run started or wrote is gone when it stops, however it stops.

The one place for this concern. Code that starts a process or makes a temporary file or
folder registers it here for as long as it lives; SIGINT and SIGTERM then

1. kill every registered process group (LibreOffice) and process (reader children) at once,
2. remove every registered temporary file and folder,
3. raise `Abbruch` (a KeyboardInterrupt) in the main thread, so `finally` blocks unwind and the
   CLI ends with "Abgebrochen." (exit 130) instead of a traceback.

A second signal during that ends the process at once. Against SIGKILL, which no handler sees,
temporary names carry the owner's PID (`temp_prefix`), and the next run removes those whose
owner is gone and that are older than `STALE_AFTER` seconds (`sweep`).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

# Names kimdocs gives its temporary files and folders: `kimdocs-<kind>-<pid>-…` in the temp
# folder, `.kimdocs-tmp-<pid>-…` inside an output folder.
_STALE_NAME = re.compile(r"^\.?kimdocs-(?:tmp|lo|docx|check)-(\d+)-")
# Another run may own a name whose PID we cannot see (a container sharing /tmp): only what is
# also this old is taken for left behind.
STALE_AFTER = 3600.0

_groups: set[int] = set()
_processes: set[int] = set()
_paths: set[str] = set()
_owner: int | None = None  # the PID that installed the handlers
_stopping = False


class Abbruch(KeyboardInterrupt):
    """The run was stopped by SIGINT or SIGTERM; everything it started is already gone."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def temp_prefix(kind: str) -> str:
    """`kimdocs-<kind>-<pid>-` for the temp folder; kind 'tmp' gives the hidden
    `.kimdocs-tmp-<pid>-` used inside output folders."""
    if kind == "tmp":
        return f".kimdocs-tmp-{os.getpid()}-"
    return f"kimdocs-{kind}-{os.getpid()}-"


def register_group(pgid: int) -> None:
    _groups.add(pgid)


def unregister_group(pgid: int) -> None:
    _groups.discard(pgid)


def register_process(pid: int) -> None:
    _processes.add(pid)


def unregister_process(pid: int) -> None:
    _processes.discard(pid)


def register_path(path: Path | str) -> None:
    """Remove `path` (file or folder) if the run is stopped before `unregister_path`."""
    _paths.add(str(path))


def unregister_path(path: Path | str) -> None:
    _paths.discard(str(path))


@contextlib.contextmanager
def temporary(path: Path | str) -> Iterator[Path]:
    """Remove `path` (file or folder) if the run is stopped while the block runs."""
    register_path(path)
    try:
        yield Path(path)
    finally:
        unregister_path(path)


@contextlib.contextmanager
def temporary_directory(kind: str) -> Iterator[Path]:
    """A fresh `kimdocs-<kind>-<pid>-…` folder in the temp folder, removed afterwards."""
    from kimdocs.errors import KimdocsError, os_reason

    try:
        path = Path(tempfile.mkdtemp(prefix=temp_prefix(kind)))
    except OSError as exc:
        raise KimdocsError(
            f"Im temporären Ordner {tempfile.gettempdir()} kann nichts angelegt werden "
            f"({os_reason(exc)}); bitte TMPDIR auf einen beschreibbaren Ordner setzen."
        ) from None
    try:
        with temporary(path):
            yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def cleanup() -> None:
    """Kill what is registered and remove the registered paths (idempotent)."""
    for pgid in list(_groups):
        with contextlib.suppress(OSError):
            os.killpg(pgid, signal.SIGKILL)
    for pid in list(_processes):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    for path in list(_paths):
        _remove(path)


def _remove(path: str) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _handle(signum: int, frame) -> None:
    global _stopping
    if os.getpid() != _owner:  # a forked child that has not reset its handlers yet
        os._exit(128 + signum)
    if _stopping:  # a second signal while unwinding: stop now
        cleanup()
        os._exit(128 + signum)
    _stopping = True
    cleanup()
    raise Abbruch(signum)


def install() -> None:
    """SIGINT, SIGTERM and SIGHUP end the run cleanly; leftovers of killed earlier runs are removed.
    Called once at the start of the CLI."""
    global _owner, _stopping
    _owner, _stopping = os.getpid(), False
    # SIGHUP too: a closed terminal must not leave LibreOffice and temporary files behind
    for signum in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", signal.SIGTERM)):
        signal.signal(signum, _handle)
    sweep(Path(tempfile.gettempdir()))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours
        return True
    return True


def _kill_users(entries: list[os.DirEntry]) -> None:
    """Kill processes still working in a folder of a run that was killed: LibreOffice runs in
    a session of its own and goes on converting when its kimdocs got SIGKILL. Such a process
    names its profile folder on its command line."""
    needles = [entry.path.encode() for entry in entries]
    try:
        pids = [name for name in os.listdir("/proc") if name.isdigit()]
    except OSError:  # no /proc: nothing to find
        return
    for pid in pids:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                cmdline = fh.read()
        except OSError:
            continue
        # --outdir and the profile are given as relative names or as file:// URIs
        if b"office" in cmdline and any(n in cmdline or n.replace(b" ", b"%20") in cmdline
                                        for n in needles):
            with contextlib.suppress(OSError):
                os.kill(int(pid), signal.SIGKILL)


def sweep(folder: Path) -> list[Path]:
    """Remove what killed kimdocs runs left in `folder`: kimdocs' temporary names whose PID is
    no longer running and that are older than STALE_AFTER. Returns what was removed."""
    removed = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    orphaned = [entry for entry in entries if (match := _STALE_NAME.match(entry.name))
                and int(match.group(1)) != os.getpid() and not _alive(int(match.group(1)))]
    if orphaned:
        _kill_users(orphaned)
    for entry in orphaned:
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if age > STALE_AFTER:
            _remove(entry.path)
            removed.append(Path(entry.path))
    return removed
