"""Results offered for download after a check (the marked copy, the reports as HTML/JSON).

They are kept in this process's memory only — never written to disk — under a random id of
128 bits (unguessable, so one clerk cannot fetch another's file), for at most `ttl` seconds,
and each is dropped after its first download. So the promise "nothing stays on the server"
holds: a file lives until it is fetched or a few minutes have passed, and a restart forgets
everything. Embedding the files in the page instead (data: URLs) made a 13 MB PDF's result
page 18 MB; a link is a few bytes.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass

TTL_S = 10 * 60
MAX_BYTES = 512 * 1024 * 1024  # all held files together; the oldest go first beyond that


@dataclass
class Held:
    name: str
    media: str
    data: bytes
    until: float


class Downloads:
    def __init__(self, ttl: float = TTL_S, max_bytes: int = MAX_BYTES,
                 clock=time.monotonic) -> None:
        self.ttl, self.max_bytes, self.clock = ttl, max_bytes, clock
        self._held: dict[str, Held] = {}
        self._lock = threading.Lock()

    def put(self, name: str, media: str, data: bytes) -> str:
        """Keep `data`; the id to fetch it with (32 hex digits)."""
        key = secrets.token_hex(16)
        with self._lock:
            self._expire()
            self._held[key] = Held(name, media, data, self.clock() + self.ttl)
            while sum(len(h.data) for h in self._held.values()) > self.max_bytes \
                    and len(self._held) > 1:
                self._held.pop(next(iter(self._held)))  # dicts keep order: the oldest
        return key

    def take(self, key: str) -> Held | None:
        """The file once (then it is gone), or None when unknown or expired."""
        with self._lock:
            self._expire()
            return self._held.pop(key, None)

    def __len__(self) -> int:
        with self._lock:
            self._expire()
            return len(self._held)

    def _expire(self) -> None:
        now = self.clock()
        for key in [k for k, h in self._held.items() if h.until <= now]:
            del self._held[key]
