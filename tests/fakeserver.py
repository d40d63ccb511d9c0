"""A scriptable HTTP server on 127.0.0.1 standing in for Crossref, Europe PMC and OpenAlex.

Usage::

    from fakeserver import FakeServer, Reply

    with FakeServer() as srv:
        srv.add("/crossref/works/10.5555/x", Reply(429, headers={"Retry-After": "3"}),
                Reply.json({"status": "ok", "message": {...}}))
        settings = srv.settings(tmp_path)          # SourceSettings pointing at srv
        ...
        srv.requests                               # what was received, in order

Routes are matched on the *decoded* path (``/crossref/works/10.5555/a#b``) or on
the raw path as sent (``/crossref/works/10.5555/a%23b``); a route may also be a
compiled regular expression or a prefix ending in ``*``.  Each route holds a queue
of replies: one is taken per request, the last one repeats forever.  A request
with no route gets 404 "Resource not found." (like Crossref).

A :class:`Reply` can set the status, headers, a body (bytes, text or JSON), a
``delay`` before answering (for timeouts), and a fault: ``"reset"`` (close the
connection with a TCP reset, no answer), ``"close"`` (close without answering),
``"truncate"`` (announce the full Content-Length, send half the body, close),
``"hang"`` (never answer until the server stops), ``"stream"`` (send ``body``
again and again, without a Content-Length, until ``total`` bytes are sent or the
client hangs up: see :meth:`Reply.endless`).
"""

from __future__ import annotations

import json
import re
import socket
import struct
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

Fault = str  # "reset" | "close" | "truncate" | "hang"


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    fault: Fault | None = None
    #: for fault "stream": how many bytes to send in all
    total: int = 0

    @classmethod
    def json(cls, data: Any, status: int = 200, **kw: Any) -> Reply:
        headers = {"Content-Type": "application/json;charset=utf-8", **kw.pop("headers", {})}
        return cls(status, json.dumps(data).encode("utf-8"), headers, **kw)

    @classmethod
    def text(
        cls, text: str, status: int = 200, content_type: str = "text/plain", **kw: Any
    ) -> Reply:
        headers = {"Content-Type": content_type, **kw.pop("headers", {})}
        return cls(status, text.encode("utf-8"), headers, **kw)

    @classmethod
    def file(cls, path: str | Path, status: int = 200, **kw: Any) -> Reply:
        p = Path(path)
        ctype = "application/json" if p.suffix == ".json" else "text/plain"
        headers = {"Content-Type": ctype, **kw.pop("headers", {})}
        return cls(status, p.read_bytes(), headers, **kw)

    @classmethod
    def endless(
        cls,
        total: int = 1 << 30,
        chunk: bytes = b"[" + b"0," * 32767,
        content_type: str = "application/json",
        **kw: Any,
    ) -> Reply:
        """A body of ``total`` bytes (default 1 GiB) streamed in chunks, no Content-Length."""
        headers = {"Content-Type": content_type, **kw.pop("headers", {})}
        return cls(200, chunk, headers, fault="stream", total=total, **kw)

    @classmethod
    def not_found(cls) -> Reply:
        return cls.text("Resource not found.", 404)


@dataclass(frozen=True)
class Received:
    method: str
    path: str  # decoded path, no query
    raw_path: str  # as sent, no query
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names

    @property
    def target(self) -> str:
        return self.path


Route = str | re.Pattern[str]


class _QuietServer(ThreadingHTTPServer):
    """A client hanging up (reset, closed mid-request) is what fault tests do: no
    traceback on stderr for it, so tests that capture stderr see only spin's lines."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class FakeServer:
    """The server; a context manager (starts on enter, stops on exit)."""

    def __init__(self) -> None:
        self._routes: list[tuple[Route, list[Reply]]] = []
        self._lock = threading.Lock()
        self.requests: list[Received] = []
        self._stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                server._handle(self)

            do_HEAD = do_GET
            do_POST = do_GET

        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    # ----------------------------------------------------------------- scripting

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def add(self, route: Route, *replies: Reply) -> FakeServer:
        """Queue ``replies`` for ``route`` (appended to an existing route's queue)."""
        with self._lock:
            for r, queue in self._routes:
                if r == route:
                    queue.extend(replies)
                    return self
            self._routes.append((route, list(replies)))
        return self

    def reset(self) -> None:
        with self._lock:
            self._routes.clear()
            self.requests.clear()

    def count(self, route: Route | None = None) -> int:
        """Requests received (for ``route``, if given)."""
        with self._lock:
            reqs = list(self.requests)
        if route is None:
            return len(reqs)
        return sum(1 for r in reqs if _matches(route, r.path, r.raw_path))

    def settings(self, cache_dir: str | Path, **overrides: Any) -> Any:
        """SourceSettings pointing every service at this server; ``sleep`` records delays.

        The recorded delays are in ``self.sleeps``; no test ever really waits.
        """
        from spin.sources import SourceSettings

        self.sleeps: list[float] = []
        opts: dict[str, Any] = {
            "crossref_url": f"{self.url}/crossref",
            "europepmc_url": f"{self.url}/europepmc",
            "openalex_url": f"{self.url}/openalex",
            "cache_dir": Path(cache_dir),
            "timeout": 2.0,
            "sleep": self.sleeps.append,
        }
        opts.update(overrides)
        return SourceSettings(**opts)

    # ----------------------------------------------------------------- lifecycle

    def start(self) -> FakeServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ----------------------------------------------------------------- serving

    def _next_reply(self, path: str, raw_path: str) -> Reply:
        with self._lock:
            for route, queue in self._routes:
                if _matches(route, path, raw_path) and queue:
                    return queue.pop(0) if len(queue) > 1 else queue[0]
        return Reply.not_found()

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        split = urllib.parse.urlsplit(h.path)
        raw_path = split.path
        path = urllib.parse.unquote(raw_path)
        rec = Received(
            method=h.command,
            path=path,
            raw_path=raw_path,
            query=urllib.parse.parse_qs(split.query),
            headers={k.lower(): v for k, v in h.headers.items()},
        )
        with self._lock:
            self.requests.append(rec)
        reply = self._next_reply(path, raw_path)
        if reply.delay:
            self._stop.wait(reply.delay)
        if reply.fault == "hang":
            self._stop.wait(60)
            return
        if reply.fault == "reset":
            _reset(h.connection)
            h.close_connection = True
            return
        if reply.fault == "close":
            h.close_connection = True
            return
        body = reply.body
        if reply.fault == "stream":
            _stream(h, reply)
            return
        h.send_response(reply.status)
        headers = {"Content-Length": str(len(body)), **reply.headers}
        for k, v in headers.items():
            h.send_header(k, v)
        if reply.fault == "truncate":
            h.send_header("Connection", "close")
        h.end_headers()
        if h.command != "HEAD":
            h.wfile.write(body[: len(body) // 2] if reply.fault == "truncate" else body)
        h.wfile.flush()
        if reply.fault == "truncate":
            h.close_connection = True


def _matches(route: Route, path: str, raw_path: str) -> bool:
    if isinstance(route, re.Pattern):
        return bool(route.fullmatch(path) or route.fullmatch(raw_path))
    if route.endswith("*"):
        return path.startswith(route[:-1]) or raw_path.startswith(route[:-1])
    return route in (path, raw_path)


def _stream(h: BaseHTTPRequestHandler, reply: Reply) -> None:
    """Send ``reply.body`` repeatedly (``reply.total`` bytes in all), then close."""
    h.close_connection = True
    h.send_response(reply.status)
    for k, v in reply.headers.items():
        h.send_header(k, v)
    h.send_header("Connection", "close")
    h.end_headers()
    sent = 0
    try:
        while sent < reply.total and reply.body:
            piece = reply.body[: reply.total - sent]
            h.wfile.write(piece)
            sent += len(piece)
        h.wfile.flush()
    except OSError:  # the client stopped reading: what a size cap does
        pass


def _reset(conn: socket.socket) -> None:
    """Close with a TCP RST (SO_LINGER 0) so the client sees 'connection reset'."""
    try:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()
    except OSError:
        pass


def crossref_path(doi: str) -> str:
    """The decoded path Crossref requests for ``doi`` arrive at."""
    return f"/crossref/works/{doi}"


def europepmc_path() -> str:
    return "/europepmc/search"


def openalex_path(doi: str) -> str:
    return f"/openalex/works/doi:{doi}"


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll ``predicate`` (for tests of background behaviour); True when it held."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
