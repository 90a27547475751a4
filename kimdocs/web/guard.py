"""The Guard, an ASGI middleware around the whole app: security headers on every answer, the
token (if one is set), cross-site posts and oversized bodies refused before a byte is parsed."""

from __future__ import annotations

import hmac
from http.cookies import CookieError, SimpleCookie
from urllib.parse import urlsplit

from fastapi.responses import Response

from kimdocs.web.common import ApiError, Settings, error_response, too_large

TOKEN_COOKIE = "kimdocs_token"

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]


class Guard:
    """Security headers on every answer; token; cross-site posts; body size from the header."""

    def __init__(self, app, settings: Settings):
        self.app, self.settings = app, settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        path = scope["path"]
        is_api = path.startswith("/api/")

        async def send_secure(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        problem = self._problem(scope, headers, path, is_api)
        if problem is not None:
            return await problem(scope, receive, send_secure)
        return await self.app(scope, receive, send_secure)

    def _problem(self, scope, headers: dict[str, str], path: str, is_api: bool):
        token = self.settings.token
        bearer = headers.get("authorization", "")
        has_bearer = bool(token) and bearer.startswith("Bearer ") and hmac.compare_digest(
            bearer[7:].strip().encode(), token.encode())
        if token and not has_bearer and not _public(path):
            cookie = _cookie(headers.get("cookie", ""))
            if cookie is None or not hmac.compare_digest(cookie.value.encode(), token.encode()):
                if is_api:
                    return error_response(ApiError(401, "nicht_angemeldet",
                                                   "Zugangsschlüssel fehlt oder ist falsch "
                                                   "(Authorization: Bearer …)."),
                                          True, {"WWW-Authenticate": "Bearer"})
                return Response(status_code=303, headers={"Location": "/anmelden"})
        if scope["method"] not in ("GET", "HEAD", "OPTIONS") and not has_bearer:
            if _cross_site(headers):
                return error_response(ApiError(403, "fremde_seite", "Anfrage von einer fremden "
                                                                    "Seite abgelehnt."), is_api)
        length = headers.get("content-length")
        if length and length.isdigit() and int(length) > self.settings.max_request_bytes:
            return error_response(too_large(self.settings.max_upload_mb), is_api)
        return None


def _cookie(header: str):
    try:
        return SimpleCookie(header).get(TOKEN_COOKIE)
    except CookieError:  # a malformed Cookie header is no token
        return None


def _public(path: str) -> bool:
    return path.startswith("/static/") or path in ("/anmelden", "/favicon.ico")


def _cross_site(headers: dict[str, str]) -> bool:
    """A browser's post from another site: Sec-Fetch-Site says so, or Origin is foreign."""
    site = headers.get("sec-fetch-site")
    if site is not None:
        return site not in ("same-origin", "none")
    origin = headers.get("origin")
    if origin and origin != "null":
        return urlsplit(origin).netloc != headers.get("host", "")
    return origin == "null"
