"""Starting the web app with uvicorn (used by `kimdocs web`)."""

from __future__ import annotations

import click

from kimdocs import errors
from kimdocs.guideline import available


def serve(*, host: str, port: int, token: str | None, max_upload_mb: float, workers: int,
          queue: int, richtlinie: str, warm: bool = True, register: str | None = None) -> None:
    import signal
    import sys

    import uvicorn

    from kimdocs.web.app import Settings, create_app

    if richtlinie not in available():
        raise errors.InputError(f"Richtlinie {richtlinie!r} ist nicht mitgeliefert; verfügbar: "
                                f"{', '.join(sorted(available()))}")
    loopback = host in ("127.0.0.1", "localhost", "::1")
    settings = Settings(token=token or None, max_upload_mb=max_upload_mb, workers=workers,
                        queue=queue, richtlinie=richtlinie, warm_office=warm,
                        allowed_hosts=["127.0.0.1", "localhost", "[::1]"] if loopback else None,
                        register=register)
    app = create_app(settings)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"kimdocs web läuft auf http://{shown}:{port}/ (Beenden mit Strg+C)", err=True)
    if not loopback and not token:
        click.echo("Hinweis: von außen erreichbar und ohne --token; bitte einen Reverse-Proxy "
                   "mit Anmeldung davorsetzen oder --token setzen.", err=True)
    # uvicorn re-raises SIGTERM/SIGINT after its graceful shutdown; ending through sys.exit
    # instead lets Python's exit handlers run (multiprocessing removes its temp folder)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.signal(signal.SIGINT, lambda *_: sys.exit(0))
    # the app bounds its own concurrency; uvicorn's limit only backs it up
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False,
                limit_concurrency=(workers + queue) * 4 + 16, timeout_graceful_shutdown=10)
