"""Run a parser on an untrusted file in a child process, with a time and memory limit.

A crafted PDF can make a parser loop or allocate without end, and a crash in C code (pdfium,
libxml2) would take the caller with it. So the parse runs in a child: the address space is
capped with RLIMIT_AS, the parent waits at most `timeout` seconds and then kills the child.
Whatever happens, the caller gets a Document or a ReadError with a German message: no
traceback crosses the process boundary.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kimdocs.errors import KimdocsError, ReadError


def _raw_message(exc: KimdocsError) -> str:
    """The message without the "path: " prefix KimdocsError puts in front."""
    text = str(exc)
    prefix = f"{exc.path}: " if exc.path is not None else ""
    return text[len(prefix) :] if prefix and text.startswith(prefix) else text


def _limit_memory(memory_mb: int) -> None:
    try:
        import resource
    except ImportError:  # not on POSIX: the timeout still applies
        return
    limit = memory_mb * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        # A crash must not leave a core file the size of the address space.
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass


def _child(conn, func: Callable, path: Path, memory_mb: int, kwargs: dict) -> None:
    # Ignore Ctrl-C here: the parent decides, and kills us if it has to.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A crash in C code is reported by the parent in German; no stack dump on stderr.
    try:
        import faulthandler

        faulthandler.disable()
    except Exception:  # pragma: no cover
        pass
    _limit_memory(memory_mb)
    try:
        try:
            message = ("ok", func(path, **kwargs))
        except KimdocsError as exc:
            message = ("error", _raw_message(exc))
        except MemoryError:
            message = ("memory", None)
        except BaseException as exc:
            message = (
                "error",
                (f"Die Datei konnte nicht gelesen werden; sie ist vermutlich "
                f"beschädigt (technische Ursache: {type(exc).__name__})."),
            )
        try:
            conn.send(message)
        except MemoryError:
            conn.send(("memory", None))
    finally:
        conn.close()


_PRELOAD = [
    "kimdocs.readers",
    "kimdocs.readers.pdf",
    "kimdocs.readers.docx",
    "kimdocs.readers.odt",
    "kimdocs.readers.figures",
]


def _context():
    """fork when this process has one thread: starts in milliseconds and shares the imported
    parsers. With several threads (e.g. the checker's parallel batches) a forked child could
    inherit a lock another thread held and hang, so then children come from a forkserver: a
    clean single-threaded process that has the parsers preloaded. spawn where neither exists."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform != "darwin" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)  # takes effect when the server starts
        return ctx
    return multiprocessing.get_context("spawn")


def run_isolated(
    func: Callable[..., Any],
    path: Path | str,
    *,
    timeout: float = 60,
    memory_mb: int = 1024,
    **kwargs,
) -> Any:
    """`func(path, **kwargs)` in a child process; its result, or ReadError naming `path`."""
    path = Path(path)
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(sender, func, path, memory_mb, kwargs), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise ReadError(
                f"Die Datei konnte nicht innerhalb von {_seconds(timeout)} s gelesen "
                "werden und wurde abgebrochen. Sie ist vermutlich beschädigt oder "
                "ungewöhnlich aufgebaut.",
                path=path,
            )
        try:
            kind, payload = receiver.recv()
        except (EOFError, OSError):
            process.join(5)
            kind, payload = "died", process.exitcode
        except MemoryError:
            kind, payload = "memory", None
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)

    if kind == "ok":
        return payload
    if kind == "memory":
        raise ReadError(
            f"Die Datei braucht beim Lesen mehr als {memory_mb} MB Arbeitsspeicher "
            "und wurde abgebrochen.",
            path=path,
        )
    if kind == "died":
        if payload is not None and payload < 0 and -payload == getattr(signal, "SIGKILL", 9):
            raise ReadError(
                f"Das Lesen der Datei wurde vom System abgebrochen (vermutlich zu "
                f"wenig Arbeitsspeicher, Grenze {memory_mb} MB).",
                path=path,
            )
        raise ReadError(
            "Das Lesen der Datei ist abgestürzt; sie ist vermutlich beschädigt oder "
            f"braucht mehr als {memory_mb} MB Arbeitsspeicher.",
            path=path,
        )
    raise ReadError(payload, path=path)


def _seconds(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def current_address_space_mb() -> float | None:
    """This process's virtual size (for tests and the benchmark)."""
    try:
        with open(f"/proc/{os.getpid()}/status") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None
