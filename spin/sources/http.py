"""Retry policy and a small JSON-over-HTTP client for the paper sources.

- :func:`with_retries` runs a request function, retrying on 429, 5xx and
  transport errors with exponential backoff, honouring ``Retry-After`` (seconds
  or an HTTP date, capped).  The sleep function comes from the settings, so
  tests count attempts and delays without waiting.
- :func:`get_json` is the client Europe PMC and OpenAlex use: a timeout,
  bounded redirects, a cap on the response size, a user agent naming spin,
  and every failure mapped to a :class:`~spin.errors.SourceError`.

httpx2 (habanero's HTTP library) is imported inside the functions.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from spin.errors import NetworkError, RateLimitError, ResponseError, SourceError

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


def transport_error(
    service: str, url: str, what: str, exc: BaseException, settings: SourceSettings
) -> Transient:
    """A Transient wrapping a NetworkError for a transport failure (timeout, refused, reset)."""
    import httpx2

    if isinstance(exc, httpx2.TimeoutException):
        why = f"timed out after {settings.timeout:g} s"
    elif isinstance(exc, httpx2.ConnectError):
        why = "cannot connect"
    elif isinstance(exc, httpx2.RemoteProtocolError):
        why = "the connection was closed mid-answer"
    elif isinstance(exc, (httpx2.ReadError, httpx2.WriteError)):
        why = "the connection was reset"
    else:
        why = type(exc).__name__
    return Transient(
        NetworkError(
            f"{service} unreachable for {what} ({why}, {_host(url)}) {attempts_note(settings)}; "
            "check the network, or use --offline with a cached record"
        )
    )


def _host(url: str) -> str:
    import urllib.parse

    parts = urllib.parse.urlsplit(url)
    return parts.netloc or url


def get_json(
    url: str,
    settings: SourceSettings,
    *,
    service: str,
    what: str,
    params: Mapping[str, str] | None = None,
) -> Any:
    """GET ``url`` and parse its JSON body, with retries.  404 raises :class:`NotFound`."""
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
    origin = httpx2.URL(url)

    def same_host(request: Any) -> None:
        # redirects are followed (bounded) only within the configured service's host
        target = request.url
        if (target.scheme, target.host, target.port) != (origin.scheme, origin.host, origin.port):
            raise ResponseError(
                f"{service} redirected the request for {what} to another host "
                f"({target.host}); refusing it, check the service URL"
            )

    try:
        with (
            httpx2.Client(
                follow_redirects=True,
                max_redirects=settings.max_redirects,
                timeout=settings.timeout,
                headers=headers,
                event_hooks={"request": [same_host]},
            ) as client,
            client.stream("GET", url, params=dict(params or {})) as resp,
        ):
            status = resp.status_code
            if status == 404:
                raise NotFound(url)
            if status != 200:
                ra = parse_retry_after(resp.headers.get("retry-after"))
                err = status_error(service, status, what, settings, ra)
                raise err
            body = bytearray()
            for chunk in resp.iter_bytes():
                body.extend(chunk)
                if len(body) > settings.max_response_bytes:
                    raise ResponseError(
                        f"{service} answer for {what} is larger than "
                        f"{settings.max_response_bytes} bytes; refusing it"
                    )
            ctype = resp.headers.get("content-type", "")
    except httpx2.TooManyRedirects:
        raise ResponseError(
            f"{service}: more than {settings.max_redirects} redirects for {what}; "
            "check the service URL"
        ) from None
    except (httpx2.InvalidURL, httpx2.UnsupportedProtocol) as exc:
        raise ResponseError(f"{service}: bad service URL {url!r} ({exc})") from None
    except httpx2.TransportError as exc:
        raise transport_error(service, url, what, exc, settings) from None
    try:
        return json.loads(bytes(body).decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        shown = ctype.split(";")[0].strip() or "no content type"
        raise ResponseError(
            f"{service} sent a non-JSON answer for {what} ({shown}); "
            "check the service URL or try again later"
        ) from None
