"""Retry policy and a small JSON-over-HTTP client for the paper sources.

- :func:`with_retries` runs a request function, retrying on 429, 5xx and
  transport errors with exponential backoff, honouring ``Retry-After`` (seconds
  or an HTTP date, capped).  The sleep function comes from the settings, so
  tests count attempts and delays without waiting.
- :func:`get_json` is the client Europe PMC and OpenAlex use: a timeout,
  bounded redirects, a cap on the response size, a user agent naming spin,
  and every failure mapped to a :class:`~spin.errors.SourceError`.
- :func:`get_bytes` fetches a user-given URL (a press release) through the same
  GET: one attempt, redirects to any host (bounded), the same caps and timeout.

httpx2 (habanero's HTTP library) is imported inside the functions.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from spin.errors import NetworkError, OfflineError, RateLimitError, ResponseError, SourceError

if TYPE_CHECKING:  # pragma: no cover
    from spin.sources import SourceSettings

T = TypeVar("T")


class Transient(Exception):
    """A failure worth retrying: carries the error to raise if retries run out."""

    def __init__(self, error: SourceError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


class NotFound(Exception):
    """The service answered 404 (callers decide whether that is an error)."""


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date), or None."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:  # pragma: no cover - older Pythons
            return None
        current = time.time() if now is None else now
        seconds = when.timestamp() - current
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def backoff_delay(attempt: int, settings: SourceSettings, retry_after: float | None) -> float:
    """Delay before the next attempt after failed attempt number ``attempt`` (1-based)."""
    if retry_after is not None:
        return min(retry_after, settings.max_retry_after)
    return float(min(settings.backoff * (2 ** (attempt - 1)), settings.max_retry_after))


def with_retries(call: Callable[[], T], settings: SourceSettings) -> T:
    """Run ``call``; on :class:`Transient` wait and retry, up to ``settings.retries`` attempts."""
    attempts = max(1, settings.retries)
    for attempt in range(1, attempts + 1):
        try:
            return call()
        except Transient as exc:
            if attempt == attempts:
                raise exc.error from None
            settings.sleep(backoff_delay(attempt, settings, exc.retry_after))
    raise AssertionError("unreachable")  # pragma: no cover


def attempts_note(settings: SourceSettings) -> str:
    n = max(1, settings.retries)
    return f"after {n} attempt{'s' if n != 1 else ''}"


def status_error(
    service: str, status: int, what: str, settings: SourceSettings, retry_after: float | None
) -> Transient | SourceError:
    """The error for an HTTP status other than 200/404 (Transient when worth retrying)."""
    if status == 429:
        return Transient(
            RateLimitError(
                f"{service} is still rate-limiting requests for {what} (429) "
                f"{attempts_note(settings)}; wait a minute and retry"
                + ("" if settings.mailto else ", and set SPIN_MAILTO or --mailto (polite pool)")
            ),
            retry_after,
        )
    if status >= 500:
        return Transient(
            ResponseError(
                f"{service} answered {status} for {what} {attempts_note(settings)}; "
                "the service is having trouble, try again later"
            ),
            retry_after,
        )
    if 300 <= status < 400:
        return ResponseError(
            f"{service} answered with a redirect ({status}) for {what}; check the service URL"
        )
    return ResponseError(
        f"{service} answered {status} for {what}; check the DOI and the service URL"
    )


def _why(exc: BaseException, settings: SourceSettings) -> str:
    """A few words on a transport failure (timeout, refused, reset)."""
    import httpx2

    if isinstance(exc, httpx2.TimeoutException):
        return f"timed out after {settings.timeout:g} s"
    if isinstance(exc, httpx2.ConnectError):
        return "cannot connect"
    if isinstance(exc, httpx2.RemoteProtocolError):
        return "the connection was closed mid-answer"
    if isinstance(exc, (httpx2.ReadError, httpx2.WriteError)):
        return "the connection was reset"
    return type(exc).__name__


def transport_error(
    service: str, url: str, what: str, exc: BaseException, settings: SourceSettings
) -> Transient:
    """A Transient wrapping a NetworkError for a transport failure (timeout, refused, reset)."""
    return Transient(
        NetworkError(
            f"{service} unreachable for {what} ({_why(exc, settings)}, {_host(url)}) "
            f"{attempts_note(settings)}; check the network, or use --offline with a cached record"
        )
    )


def _host(url: str) -> str:
    import urllib.parse

    parts = urllib.parse.urlsplit(url)
    return parts.netloc or url


# --------------------------------------------------------------------------- one GET


@dataclass(frozen=True)
class Fetched:
    """The answer to one GET, after redirects."""

    url: str  #: the final URL
    status: int
    reason: str
    headers: Mapping[str, str]  #: lower-case names
    charset: str | None  #: the charset the Content-Type declares
    body: bytes  #: read only for 2xx answers (b"" otherwise)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def content_type(self) -> str:
        """The Content-Type header, "" when absent."""
        return self.headers.get("content-type", "")


class _OtherHost(Exception):
    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.host = host


class _TooLarge(Exception):
    pass


def _get(
    url: str,
    settings: SourceSettings,
    *,
    headers: Mapping[str, str],
    params: Mapping[str, str] | None = None,
    same_host: bool,
    max_bytes: int,
) -> Fetched:
    """One GET: timeout, at most ``settings.max_redirects`` redirects (within the
    URL's scheme, host and port when ``same_host``), the body of a 2xx answer read
    up to ``max_bytes``.  httpx2 errors, :class:`_OtherHost` and :class:`_TooLarge`
    go to the caller, which words them."""
    import httpx2

    hooks: dict[str, list[Callable[[Any], None]]] = {}
    if same_host:
        origin = httpx2.URL(url)

        def check_host(request: Any) -> None:
            target = request.url
            if (target.scheme, target.host, target.port) != (
                origin.scheme,
                origin.host,
                origin.port,
            ):
                raise _OtherHost(str(target.host))

        hooks["request"] = [check_host]
    with (
        httpx2.Client(
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            timeout=settings.timeout,
            headers=dict(headers),
            event_hooks=hooks,
        ) as client,
        # params=None, not {}: an empty mapping would drop the URL's own query
        client.stream("GET", url, params=dict(params) if params else None) as resp,
    ):
        body = bytearray()
        if 200 <= resp.status_code < 300:
            for chunk in resp.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise _TooLarge
        return Fetched(
            url=str(resp.url),
            status=resp.status_code,
            reason=resp.reason_phrase,
            headers={k.lower(): v for k, v in resp.headers.items()},
            charset=resp.charset_encoding,
            body=bytes(body),
        )


def get_json(
    url: str,
    settings: SourceSettings,
    *,
    service: str,
    what: str,
    params: Mapping[str, str] | None = None,
) -> Any:
    """GET ``url`` and parse its JSON body, with retries.  404 raises :class:`NotFound`.

    Redirects are followed only within the service's host."""
    return with_retries(lambda: _get_json_once(url, settings, service, what, params), settings)


def _get_json_once(
    url: str,
    settings: SourceSettings,
    service: str,
    what: str,
    params: Mapping[str, str] | None,
) -> Any:
    import httpx2

    headers = {"User-Agent": settings.user_agent, "Accept": "application/json"}
    try:
        resp = _get(
            url,
            settings,
            headers=headers,
            params=params,
            same_host=True,
            max_bytes=settings.max_response_bytes,
        )
    except _OtherHost as exc:
        raise ResponseError(
            f"{service} redirected the request for {what} to another host "
            f"({exc.host}); refusing it, check the service URL"
        ) from None
    except _TooLarge:
        raise ResponseError(
            f"{service} answer for {what} is larger than "
            f"{settings.max_response_bytes} bytes; refusing it"
        ) from None
    except httpx2.TooManyRedirects:
        raise ResponseError(
            f"{service}: more than {settings.max_redirects} redirects for {what}; "
            "check the service URL"
        ) from None
    except (httpx2.InvalidURL, httpx2.UnsupportedProtocol) as exc:
        raise ResponseError(f"{service}: bad service URL {url!r} ({exc})") from None
    except httpx2.TransportError as exc:
        raise transport_error(service, url, what, exc, settings) from None
    if resp.status == 404:
        raise NotFound(url)
    if resp.status != 200:
        ra = parse_retry_after(resp.headers.get("retry-after"))
        raise status_error(service, resp.status, what, settings, ra)
    try:
        return json.loads(resp.body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        shown = resp.content_type.split(";")[0].strip() or "no content type"
        raise ResponseError(
            f"{service} sent a non-JSON answer for {what} ({shown}); "
            "check the service URL or try again later"
        ) from None


class TooLarge(ResponseError):
    """An answer larger than the size cap (``limit`` bytes)."""

    def __init__(self, message: str, limit: int) -> None:
        super().__init__(message)
        self.limit = limit


def get_bytes(
    url: str,
    settings: SourceSettings,
    *,
    what: str = "the page",
    accept: str = "*/*",
    any_host_redirects: bool = True,
    max_bytes: int | None = None,
) -> Fetched:
    """GET a page anywhere on the web, once (no retries), for a user-given URL.

    Follows at most ``settings.max_redirects`` redirects, to any host unless
    ``any_host_redirects`` is false; times out after ``settings.timeout``; reads
    at most ``max_bytes`` (default ``settings.max_response_bytes``).  The user
    agent names spin but never carries the mailto (that is for the paper
    services).  Every HTTP status is returned (check :attr:`Fetched.ok`).

    Raises :class:`~spin.errors.OfflineError` in offline mode,
    :class:`~spin.errors.NetworkError` when the page cannot be fetched (refused,
    reset, timed out, too many redirects, a bad URL), :class:`TooLarge` over the
    cap, and :class:`~spin.errors.ResponseError` for a refused redirect; the
    messages start with ``url`` and call the thing fetched ``what``.
    """
    import httpx2

    if settings.offline:
        raise OfflineError(f"{url}: cannot fetch {what} in offline mode")
    limit = settings.max_response_bytes if max_bytes is None else max_bytes
    headers = {"User-Agent": settings.product, "Accept": accept}
    try:
        return _get(
            url, settings, headers=headers, same_host=not any_host_redirects, max_bytes=limit
        )
    except _OtherHost as exc:
        raise ResponseError(
            f"{url}: redirected to another host ({exc.host}); refusing it"
        ) from None
    except _TooLarge:
        raise TooLarge(f"{url}: {what} is larger than {limit} bytes", limit) from None
    except httpx2.TooManyRedirects:
        raise NetworkError(
            f"{url}: too many redirects (more than {settings.max_redirects})"
        ) from None
    except httpx2.TimeoutException:
        raise NetworkError(f"{url}: no answer within {settings.timeout:g} s") from None
    except (httpx2.InvalidURL, httpx2.UnsupportedProtocol) as exc:
        raise NetworkError(f"{url}: cannot fetch {what} ({exc})") from None
    except httpx2.TransportError as exc:
        raise NetworkError(f"{url}: cannot fetch {what} ({_why(exc, settings)})") from None
