"""Europe PMC: abstract fallback and retraction flags.

``GET {base}/search?query=DOI:"<doi>"&resultType=core&format=json`` returns
``{"hitCount": n, "resultList": {"result": [...]}}``.  The hit whose ``doi``
equals the requested DOI is used (never a different paper).  A retraction shows
as ``pubTypeList.pubType`` "Retracted Publication", a ``RETRACTED:`` title prefix
and a ``commentCorrectionList`` entry "Retraction in".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spin.errors import ResponseError
from spin.model import Author, StatusNotice

if TYPE_CHECKING:  # pragma: no cover
    from spin.sources import SourceSettings

SERVICE = "Europe PMC"

_CORRECTION_KINDS = {
    "retraction in": "retraction",
    "partial retraction in": "correction",
    "expression of concern in": "expression_of_concern",
    "erratum in": "correction",
    "correction in": "correction",
}


def fetch(doi: str, settings: SourceSettings) -> dict[str, Any] | None:
    """The Europe PMC ``result`` for ``doi``, or None when Europe PMC does not know it."""
    from spin.sources.http import NotFound, get_json

    what = f"doi:{doi}"
    try:
        data = get_json(
            f"{settings.europepmc_url}/search",
            settings,
            service=SERVICE,
            what=what,
            params={
                "query": f'DOI:"{doi}"',
                "resultType": "core",
                "format": "json",
                "pageSize": "5",
            },
        )
    except NotFound:
        return None
    return result_for(data, doi, what)


def result_for(data: Any, doi: str, what: str = "") -> dict[str, Any] | None:
    """The result for ``doi`` in a search envelope (None: no hit); ResponseError on a bad shape."""
    results = None
    if isinstance(data, dict):
        rl = data.get("resultList")
        if isinstance(rl, dict):
            results = rl.get("result")
        elif data.get("hitCount") == 0:
            results = []
    if not isinstance(results, list):
        raise ResponseError(
            f"Europe PMC answered for {what or 'the search'} with JSON that is not a search result"
        )
    for r in results:
        if isinstance(r, dict) and str(r.get("doi", "")).strip().lower() == doi:
            return r
    return None


def _date(value: Any) -> str | None:
    if isinstance(value, str) and re.fullmatch(r"\d{4}(-\d{2}){0,2}", value.strip()):
        return value.strip()
    return None


def parse_result(r: dict[str, Any]) -> dict[str, Any]:
    """Paper fields from a Europe PMC core result."""
    from spin.sources.jats import parse_html_abstract, strip_markup

    title = strip_markup(str(r.get("title") or "")).rstrip(".") or None
    authors: list[Author] = []
    al = r.get("authorList")
    for a in (al.get("author") if isinstance(al, dict) else None) or ():
        if not isinstance(a, dict):
            continue
        name = " ".join(
            x for x in (str(a.get("firstName") or ""), str(a.get("lastName") or "")) if x
        ) or str(a.get("fullName") or a.get("collectiveName") or "")
        aid = a.get("authorId")
        orcid = aid.get("value") if isinstance(aid, dict) and aid.get("type") == "ORCID" else None
        if name.strip():
            authors.append(Author(name=strip_markup(name), orcid=orcid))
    ji = _dict(r.get("journalInfo"))
    journal = _dict(ji.get("journal"))
    abstract = parse_html_abstract(str(r.get("abstractText") or ""))
    pt = r.get("pubTypeList")
    pub_types = pt.get("pubType") if isinstance(pt, dict) else None
    if isinstance(pub_types, str):
        pub_types = [pub_types]
    pub_types = [str(x) for x in pub_types or ()]
    grants = r.get("grantsList")
    funders = tuple(
        dict.fromkeys(
            strip_markup(str(g.get("agency")))
            for g in ((grants.get("grant") if isinstance(grants, dict) else None) or ())
            if isinstance(g, dict) and g.get("agency")
        )
    )
    return {
        "doi": str(r.get("doi") or "").lower() or None,
        "title": title,
        "authors": tuple(authors),
        "journal": strip_markup(str(journal.get("title") or "")) or None,
        "volume": ji.get("volume") or None,
        "issue": ji.get("issue") or None,
        "pages": r.get("pageInfo") or None,
        "published": _date(r.get("firstPublicationDate")) or _date(r.get("pubYear")),
        "license": r.get("license") or None,
        "funders": funders,
        "abstract": tuple(abstract),
        "notices": notices_of(r, pub_types, title),
        "pub_types": pub_types,
    }


def notices_of(
    r: dict[str, Any], pub_types: list[str], title: str | None
) -> tuple[StatusNotice, ...]:
    out: list[StatusNotice] = []
    ccl = r.get("commentCorrectionList")
    for c in (ccl.get("commentCorrection") if isinstance(ccl, dict) else None) or ():
        if not isinstance(c, dict):
            continue
        kind = _CORRECTION_KINDS.get(str(c.get("type") or "").strip().lower())
        if kind is None:
            continue
        ref = str(c.get("reference") or "")
        m = re.search(r"doi:\s*(10\.\S+?)\.?(?:\s|$)", ref, re.IGNORECASE)
        out.append(
            StatusNotice(
                kind=kind,
                source="europepmc",
                doi=m.group(1).lower() if m else None,
                label=str(c.get("type")),
            )
        )
    lowered = [p.lower() for p in pub_types]
    if "retracted publication" in lowered and not any(n.kind == "retraction" for n in out):
        out.append(
            StatusNotice(kind="retraction", source="europepmc", label="Retracted Publication")
        )
    if (
        title
        and re.match(r"^\s*retracted\b", title, re.IGNORECASE)
        and not any(n.kind == "retraction" for n in out)
    ):
        out.append(StatusNotice(kind="retraction", source="title", label="RETRACTED: title"))
    return tuple(out)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
