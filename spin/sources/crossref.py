"""Crossref: fetch a work through habanero, and read its fields.

habanero 2.9 splits a DOI string on white space and does not URL-encode it
(``10.1000/a#b`` silently fetches ``10.1000/a``), so the DOI is normalised and
quoted (spin.doi) before habanero sees it.  habanero has no retry: the request
runs under :func:`spin.sources.http.with_retries`.  Its exceptions are mapped:

- ``httpx2.HTTPStatusError`` 404 -> NotFoundError, 429 -> RateLimitError (after
  retries, honouring Retry-After), 5xx -> ResponseError (after retries)
- ``httpx2.TransportError`` (timeouts, refused, reset) -> NetworkError (after retries)
- ``habanero.RequestError`` (a 200 that is not JSON), a body that does not parse,
  or JSON of the wrong shape -> ResponseError
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from spin.errors import NotFoundError, ResponseError
from spin.model import Author, Section, StatusNotice
from spin.sources.http import parse_retry_after, status_error, transport_error

if TYPE_CHECKING:  # pragma: no cover
    from spin.sources import SourceSettings

SERVICE = "Crossref"

#: Crossref update types -> StatusNotice.kind (others, e.g. new_version, are ignored)
UPDATE_KINDS = {
    "retraction": "retraction",
    "withdrawal": "withdrawal",
    "removal": "withdrawal",
    "expression_of_concern": "expression_of_concern",
    "expression-of-concern": "expression_of_concern",
    "correction": "correction",
    "corrigendum": "correction",
    "erratum": "correction",
    "partial_retraction": "correction",
    "addendum": "correction",
    "clarification": "correction",
}


def fetch_work(doi: str, settings: SourceSettings) -> dict[str, Any]:
    """The Crossref ``message`` for a normalised DOI (with retries); SourceError on failure."""
    from spin.sources.http import with_retries

    return with_retries(lambda: _fetch_once(doi, settings), settings)


def _fetch_once(doi: str, settings: SourceSettings) -> dict[str, Any]:
    import habanero
    import httpx2

    from spin.doi import quote_doi

    what = f"doi:{doi}"
    cr = habanero.Crossref(
        base_url=settings.crossref_url,
        mailto=settings.mailto,
        ua_string=settings.product,  # habanero adds the mailto itself
        timeout=settings.timeout,
    )
    url = f"{settings.crossref_url}/works/{quote_doi(doi)}"
    try:
        with bounded_responses(settings.max_response_bytes, what):
            data = cr.works(ids=quote_doi(doi))
    except httpx2.HTTPStatusError as exc:
        status = exc.response.status_code
        if status == 404:
            raise NotFoundError(
                f"doi:{doi} is not in Crossref (404); check the DOI, "
                "or give the paper as a file (Crossref JSON, abstract text or PDF)"
            ) from None
        ra = parse_retry_after(exc.response.headers.get("retry-after"))
        raise status_error(SERVICE, status, what, settings, ra) from None
    except (httpx2.InvalidURL, httpx2.UnsupportedProtocol) as exc:
        raise ResponseError(f"Crossref: bad service URL {url!r} ({exc})") from None
    except httpx2.TransportError as exc:
        raise transport_error(SERVICE, url, what, exc, settings) from None
    except habanero.RequestError as exc:
        raise ResponseError(
            f"Crossref sent a non-JSON answer for {what} ({exc.status_code}); "
            "check SPIN_CROSSREF_URL or try again later"
        ) from None
    except (KeyError, ValueError, TypeError, AttributeError):
        # no Content-Type header (habanero's check_json), or a body that is not JSON
        raise ResponseError(
            f"Crossref sent an unreadable answer for {what}; check SPIN_CROSSREF_URL or try again"
        ) from None
    return message_of(data, what)


class _BoundedHttpx:
    """Stands in for the ``httpx2`` module inside ``habanero.request``.

    habanero reads every answer whole (``httpx2.get``), with no cap on its size.
    While :func:`bounded_responses` is active (in this thread or task), ``get``
    streams the body instead and stops with a ResponseError once it passes the
    limit (counted after content decoding, so a gzip bomb is stopped too).
    Outside it, and for every other attribute, this is plain ``httpx2``.
    """

    def __init__(self, real: Any) -> None:
        self._real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def get(self, url: Any, **kwargs: Any) -> Any:
        bound = _BOUND.get()
        if bound is None:
            return self._real.get(url, **kwargs)
        limit, what = bound
        httpx2 = self._real
        timeout = kwargs.pop("timeout", None)
        follow = bool(kwargs.pop("follow_redirects", False))
        with (
            httpx2.Client(timeout=timeout, follow_redirects=follow) as client,
            client.stream("GET", url, **kwargs) as resp,
        ):
            body = bytearray()
            for chunk in resp.iter_bytes():
                body.extend(chunk)
                if len(body) > limit:
                    raise ResponseError(
                        f"{SERVICE} answer for {what} is larger than {limit} bytes; refusing it"
                    )
            headers = [
                (k, v)
                for k, v in resp.headers.multi_items()
                if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")
            ]
            return httpx2.Response(
                resp.status_code, headers=headers, content=bytes(body), request=resp.request
            )


_BOUND: ContextVar[tuple[int, str] | None] = ContextVar("spin_crossref_bound", default=None)


@contextmanager
def bounded_responses(limit: int, what: str) -> Iterator[None]:
    """Cap the size of the answers habanero reads inside this block (see _BoundedHttpx)."""
    import sys

    import habanero  # noqa: F401  (loads habanero.request)

    module: Any = sys.modules["habanero.request"]
    if not isinstance(module.httpx2, _BoundedHttpx):
        module.httpx2 = _BoundedHttpx(module.httpx2)
    token = _BOUND.set((limit, what))
    try:
        yield
    finally:
        _BOUND.reset(token)


def message_of(data: Any, what: str) -> dict[str, Any]:
    """The work object of a Crossref answer, or ResponseError when the shape is wrong."""
    if isinstance(data, dict) and isinstance(data.get("message"), dict):
        msg: dict[str, Any] = data["message"]
        if data.get("status", "ok") == "ok" and (
            "DOI" in msg or "title" in msg or data.get("message-type") == "work"
        ):
            return msg
    raise ResponseError(
        f"Crossref answered for {what} with JSON that is not a work record "
        f"({_shape(data)}); check SPIN_CROSSREF_URL"
    )


def _shape(data: Any) -> str:
    if isinstance(data, dict):
        keys = ", ".join(sorted(map(str, data))[:5])
        return f"an object with keys {keys}" if keys else "an empty object"
    return f"a JSON {type(data).__name__}"


# --------------------------------------------------------------------------- parsing


def _first(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    return value if isinstance(value, str) and value.strip() else None


def date_of(value: Any) -> str | None:
    """Crossref ``{"date-parts": [[2020, 8, 17]]}`` -> "2020-08-17" (or "2020-08", "2020")."""
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    if not (isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]):
        return None
    nums: list[int] = []
    for p in parts[0][:3]:
        try:
            nums.append(int(p))
        except (TypeError, ValueError):
            break
    if not nums or not 1000 <= nums[0] <= 9999:
        return None
    out = f"{nums[0]:04d}"
    if len(nums) > 1 and 1 <= nums[1] <= 12:
        out += f"-{nums[1]:02d}"
        if len(nums) > 2 and 1 <= nums[2] <= 31:
            out += f"-{nums[2]:02d}"
    return out


def published_of(msg: dict[str, Any]) -> str | None:
    for key in ("published", "published-print", "published-online", "issued", "created"):
        d = date_of(msg.get(key))
        if d:
            return d
    return None


def authors_of(msg: dict[str, Any]) -> tuple[Author, ...]:
    from spin.sources.jats import strip_markup

    out: list[Author] = []
    for a in msg.get("author") or ():
        if not isinstance(a, dict):
            continue
        given = strip_markup(str(a.get("given") or ""))
        family = strip_markup(str(a.get("family") or ""))
        name = " ".join(x for x in (given, family) if x) or strip_markup(str(a.get("name") or ""))
        if not name:
            continue
        orcid = a.get("ORCID")
        if isinstance(orcid, str) and orcid:
            orcid = orcid.strip().removeprefix("http://orcid.org/")
            orcid = orcid.removeprefix("https://orcid.org/")
        else:
            orcid = None
        out.append(Author(name=name, orcid=orcid))
    return tuple(out)


def license_of(msg: dict[str, Any]) -> str | None:
    lic = msg.get("license")
    if not isinstance(lic, list):
        return None
    urls = [x for x in lic if isinstance(x, dict) and isinstance(x.get("URL"), str)]
    # prefer the version of record
    urls.sort(key=lambda x: 0 if x.get("content-version") in ("vor", "unspecified") else 1)
    return urls[0]["URL"] if urls else None


def funders_of(msg: dict[str, Any]) -> tuple[str, ...]:
    from spin.sources.jats import strip_markup

    names = [
        strip_markup(f["name"])
        for f in msg.get("funder") or ()
        if isinstance(f, dict) and isinstance(f.get("name"), str)
    ]
    return tuple(dict.fromkeys(n for n in names if n))


def notices_of(msg: dict[str, Any]) -> tuple[StatusNotice, ...]:
    """Editorial notices from ``updated-by`` (and ``update-to`` is ignored: that is a notice)."""
    out: list[StatusNotice] = []
    for u in msg.get("updated-by") or ():
        if not isinstance(u, dict):
            continue
        raw_type = str(u.get("type") or "").strip().lower()
        kind = UPDATE_KINDS.get(raw_type)
        if kind is None:
            continue
        src = str(u.get("source") or "publisher").strip().lower() or "publisher"
        doi = u.get("DOI")
        label = u.get("label") if isinstance(u.get("label"), str) else None
        if raw_type in ("partial_retraction", "addendum", "clarification") and not label:
            label = raw_type.replace("_", " ").capitalize()
        out.append(
            StatusNotice(
                kind=kind,
                source=src,
                date=date_of(u.get("updated")),
                doi=doi.lower() if isinstance(doi, str) else None,
                label=label,
            )
        )
    return tuple(dict.fromkeys(out))


def parse_work(msg: dict[str, Any]) -> dict[str, Any]:
    """Paper fields from a Crossref message (plain values; see spin.sources.record)."""
    from spin.sources.jats import parse_jats, strip_markup

    title = strip_markup(_first(msg.get("title")))
    subtitle = strip_markup(_first(msg.get("subtitle")))
    if title and subtitle and subtitle.lower() not in title.lower():
        title = f"{title}: {subtitle}"
    abstract: list[Section] = []
    degraded = False
    raw_abs = msg.get("abstract")
    if isinstance(raw_abs, str) and raw_abs.strip():
        abstract, ok = parse_jats(raw_abs)
        degraded = not ok
    doi = msg.get("DOI")
    url = msg.get("URL") if isinstance(msg.get("URL"), str) else None
    return {
        "doi": doi.lower() if isinstance(doi, str) else None,
        "title": title or None,
        "authors": authors_of(msg),
        "journal": strip_markup(_first(msg.get("container-title"))) or None,
        "volume": _str(msg.get("volume")),
        "issue": _str(msg.get("issue")),
        "pages": _str(msg.get("page")),
        "published": published_of(msg),
        "type": _str(msg.get("type")),
        "license": license_of(msg),
        "funders": funders_of(msg),
        "url": url,
        "notices": notices_of(msg),
        "abstract": tuple(abstract),
        "abstract_degraded": degraded,
        "is_notice_for": [u.get("DOI") for u in msg.get("update-to") or () if isinstance(u, dict)],
    }


def _str(value: Any) -> str | None:
    if isinstance(value, (str, int)) and str(value).strip():
        return str(value).strip()
    return None
