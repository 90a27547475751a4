"""Run work on an untrusted file in a child process, with a time and memory limit.

A crafted PDF can make a parser loop or allocate without end, a crash in C code (pdfium,
libxml2) would take the caller with it, and rules over a huge document can take minutes. So
the work (reading: `run_isolated`; reading and checking: `run_each` from kimdocs.check.checker)
runs in a child: the address space is capped with RLIMIT_AS, the parent waits at most
`timeout` seconds and then kills the child, and the child dies with its parent. Whatever
happens, the caller gets the result or a ReadError with a German message: no traceback
crosses the process boundary.
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import connection as mp_connection
from pathlib import Path
from typing import Any

from kimdocs import interrupts
from kimdocs.errors import KimdocsError, ReadError, os_reason
from kimdocs.limits import OCR_SECONDS_PER_PAGE, Limits, limits_of


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


# What the CLI handles (kimdocs.interrupts); a child leaves them to its parent.
_INTERRUPTS = {signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", signal.SIGTERM)}


def _die_with_parent() -> None:
    """Linux: the kernel kills this child when its parent dies, even by SIGKILL, so no reader
    outlives the CLI. Elsewhere the parent's timeout and cleanup still apply."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:  # pragma: no cover - not Linux
        pass


def _child(conn, func: Callable, path: Path, memory_mb: int, kwargs: dict,
           parent: int | None, verb: str = "gelesen", progress: bool = False) -> None:
    # Ignore Ctrl-C here: the parent decides, and kills us if it has to. SIGTERM: default.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _INTERRUPTS)  # blocked by the parent at fork
    _die_with_parent()
    if parent is not None and os.getppid() != parent:  # it died before prctl took effect
        os._exit(1)
    # A crash in C code is reported by the parent in German; no stack dump on stderr.
    try:
        import faulthandler

        faulthandler.disable()
    except Exception:  # pragma: no cover
        pass
    _limit_memory(memory_mb)
    # A child lives for one file. What it inherited (the imported libraries) is taken out of
    # the garbage collector's sight, and young objects are collected less often: reading
    # makes millions of small objects, few in cycles, and each default collection walked
    # the libraries again (about a tenth of the time of `kimdocs pruefen`, bench_check).
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    if progress:  # "Texterkennung Seite n von total": to the parent, which also extends the deadline
        kwargs = {**kwargs, "progress": lambda n, total: conn.send(("progress", (n, total)))}
    try:
        try:
            message = ("ok", func(path, **kwargs))
        except KimdocsError as exc:
            message = ("error", _raw_message(exc))
        except MemoryError:
            message = ("memory", None)
        except BaseException as exc:
            # Reading turns a broken file into a ReadError itself; what is left during a
            # check is a fault of the check, and is named as one.
            message = ("error", (
                f"Die Datei konnte nicht gelesen werden; sie ist vermutlich "
                f"beschädigt (technische Ursache: {type(exc).__name__})." if verb == "gelesen"
                else "Die Prüfung der Datei ist an einem internen Fehler gescheitert "
                f"(technische Ursache: {type(exc).__name__}); bitte melden."))
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


def _preload() -> None:
    for name in _PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:  # the child will say which library is missing
            pass


def _context():
    """fork when this process has one thread (the CLI always): starts in milliseconds, shares
    the imported parsers and leaves no helper process behind. With several threads (e.g. a web
    server) a forked child could inherit a lock another thread held and hang, so then children
    come from a forkserver: a clean single-threaded process with the parsers preloaded. spawn
    where neither exists."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform != "darwin" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)  # takes effect when the server starts
        return ctx
    return multiprocessing.get_context("spawn")


_VERBS = {"gelesen": ("gelesen", "beim Lesen", "Das Lesen"),
          "geprüft": ("geprüft", "beim Prüfen", "Das Prüfen")}


@dataclass
class Task:
    """One call `func(path, **kwargs)` for `run_each`. `progress`: `func` takes a keyword
    `progress(n, total)`, called before the n-th of `total` pages is recognised by OCR; the
    child sends it to the parent (run_each's `on_progress`), and the first call gives the task
    `OCR_SECONDS_PER_PAGE` more time for each of those pages (kimdocs.limits)."""

    func: Callable[..., Any]
    path: Path
    kwargs: dict = field(default_factory=dict)
    progress: bool = False


@dataclass
class _Running:
    index: int
    task: Task
    process: Any
    receiver: Any
    deadline: float
    ocr_pages: int = 0  # pages the child said it recognises (its deadline grew by them)


def run_each(
    tasks: Sequence[Task],
    *,
    limits: Limits | None = None,
    timeout: float | None = None,
    memory_mb: int | None = None,
    jobs: int = 1,
    verb: str = "gelesen",
    on_done: Callable[[int, Any], None] | None = None,
    on_progress: Callable[[int, int, int], None] | None = None,
) -> list[Any]:
    """Run every task in its own child, at most `jobs` at once, each with its own deadline
    (`limits.timeout` seconds from its start) and memory limit (`limits.memory_mb`; both may
    also be given on their own by keyword). Returns, in task order, each result
    or the ReadError (German, naming the path) that took its place.

    One thread waits on all children at once (no thread pool), so fork stays safe, a file
    over its bound never holds up the others longer than that bound, and Ctrl-C is seen at
    once: whatever stops this loop kills every child still running. A task with `progress`
    reports each page it recognises: `on_progress(index, n, total)`; its deadline grows by
    `OCR_SECONDS_PER_PAGE` for each of the `total` pages (a scan needs time in proportion)."""
    limits = limits_of(limits, timeout=timeout, memory_mb=memory_mb)
    timeout, memory_mb = limits.timeout, limits.memory_mb
    ctx = _context()
    if len(tasks) > 1 and ctx.get_start_method() == "fork":
        _preload()  # once here, not in every child: forked children share the imports
    results: list[Any] = [None] * len(tasks)
    queue = list(enumerate(tasks))
    queue.reverse()
    running: list[_Running] = []
    jobs = max(1, jobs)
    try:
        while queue or running:
            while queue and len(running) < jobs:
                index, task = queue.pop()
                # No interrupt between fork and bookkeeping: a child started but not yet
                # known would be missed by the cleanup. A signal waits until unblocked.
                with _signals_blocked():
                    try:
                        running.append(_start(ctx, index, task, timeout, memory_mb, verb))
                    except OSError as exc:  # no process or pipe to be had (limits, memory)
                        results[index] = ReadError(
                            "Für die Datei konnte kein eigener Prozess gestartet werden "
                            f"({os_reason(exc)}); bitte später erneut versuchen.", path=task.path)
                        if on_done:
                            on_done(index, results[index])
                        continue
                    interrupts.register_process(running[-1].process.pid)
            if not running:
                continue
            now = time.monotonic()
            wait_for = max(0.0, min(r.deadline for r in running) - now)
            ready = mp_connection.wait([r.receiver for r in running], timeout=wait_for)
            now = time.monotonic()
            for job in list(running):
                if job.receiver in ready:
                    outcome = _receive(job)
                    if outcome[0] == "progress":
                        n, total = outcome[1]
                        if not job.ocr_pages:
                            job.ocr_pages = total
                            job.deadline += OCR_SECONDS_PER_PAGE * total
                        if on_progress:
                            on_progress(job.index, n, total)
                        continue
                elif now >= job.deadline:
                    outcome = ("timeout", None)
                else:
                    continue
                running.remove(job)
                _stop(job)
                interrupts.unregister_process(job.process.pid)
                results[job.index] = _result(outcome, job.task.path, timeout, memory_mb, verb,
                                             job.ocr_pages)
                if on_done:
                    on_done(job.index, results[job.index])
    finally:
        for job in running:  # interrupted: nothing of ours stays behind
            _stop(job)
            interrupts.unregister_process(job.process.pid)
    return results


@contextmanager
def _signals_blocked():
    if threading.current_thread() is not threading.main_thread():
        yield  # signals are handled in the main thread only
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _start(ctx, index: int, task: Task, timeout: float, memory_mb: int,
           verb: str) -> _Running:
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(
        target=_child,
        # Forked children know their parent; a forkserver's children have the server instead.
        args=(sender, task.func, Path(task.path), memory_mb, task.kwargs,
              os.getpid() if ctx.get_start_method() == "fork" else None, verb, task.progress),
        # Not daemonic: a check reads its --bescheid document in a child of its own, and
        # daemonic processes may have none. Every child is stopped and joined by run_each.
        daemon=False,
    )
    process.start()
    sender.close()
    return _Running(index, task, process, receiver, time.monotonic() + timeout)


def _receive(job: _Running) -> tuple[str, Any]:
    try:
        return job.receiver.recv()
    except (EOFError, OSError):  # the child died without an answer
        job.process.join(5)
        return "died", job.process.exitcode
    except MemoryError:
        return "memory", None


def _stop(job: _Running) -> None:
    job.receiver.close()
    if job.process.is_alive():
        job.process.kill()
    job.process.join(5)


def _result(outcome: tuple[str, Any], path: Path, timeout: float, memory_mb: int,
            verb: str, ocr_pages: int = 0) -> Any:
    kind, payload = outcome
    done, during, doing = _VERBS[verb]
    if kind == "ok":
        return payload
    if kind == "timeout":
        if ocr_pages:
            return ReadError(
                f"Die Datei konnte nicht innerhalb von "
                f"{_seconds(timeout + OCR_SECONDS_PER_PAGE * ocr_pages)} s {done} werden und "
                f"wurde abgebrochen (Zeitlimit je Datei: {_seconds(timeout)} s, dazu "
                f"{_seconds(OCR_SECONDS_PER_PAGE)} s je Seite mit Texterkennung, {ocr_pages} "
                f"Seite{'n' if ocr_pages != 1 else ''}). Ein höheres Limit gibt --zeitlimit.",
                path=path,
            )
        return ReadError(
            f"Die Datei konnte nicht innerhalb von {_seconds(timeout)} s {done} werden und "
            "wurde abgebrochen (Zeitlimit je Datei). Sie ist vermutlich sehr groß, beschädigt "
            "oder ungewöhnlich aufgebaut.",
            path=path,
        )
    if kind == "memory":
        return ReadError(
            f"Die Datei braucht {during} mehr als {memory_mb} MB Arbeitsspeicher "
            "und wurde abgebrochen.",
            path=path,
        )
    if kind == "died":
        if payload is not None and payload < 0 and -payload == getattr(signal, "SIGKILL", 9):
            return ReadError(
                f"{doing} der Datei wurde vom System abgebrochen (vermutlich zu "
                f"wenig Arbeitsspeicher, Grenze {memory_mb} MB).",
                path=path,
            )
        return ReadError(
            f"{doing} der Datei ist abgestürzt; sie ist vermutlich beschädigt oder "
            f"braucht mehr als {memory_mb} MB Arbeitsspeicher.",
            path=path,
        )
    return ReadError(payload, path=path)


def run_isolated(
    func: Callable[..., Any],
    path: Path | str,
    *,
    limits: Limits | None = None,
    timeout: float | None = None,
    memory_mb: int | None = None,
    verb: str = "gelesen",
    progress: Callable[[int, int], None] | bool | None = None,
    **kwargs,
) -> Any:
    """`func(path, **kwargs)` in a child process under the time and memory of `limits`; its
    result, or ReadError naming `path`. `progress`: `func` takes a keyword `progress` (pages
    recognised by OCR, see Task); True, or a callable `progress(n, total)` that sees them."""
    report = (lambda _i, n, total: progress(n, total)) if callable(progress) else None
    (result,) = run_each([Task(func, Path(path), kwargs, progress=bool(progress))],
                         limits=limits, timeout=timeout, memory_mb=memory_mb, verb=verb,
                         on_progress=report)
    if isinstance(result, ReadError):
        raise result
    return result


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
