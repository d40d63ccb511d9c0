"""OpenAlex: abstract fallback (``abstract_inverted_index``) and ``is_retracted``.

``GET {base}/works/doi:<doi>`` returns the bare work object (no ``results``
wrapper); 404 when OpenAlex does not know the DOI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spin.errors import ResponseError
from spin.model import Author, Section, StatusNotice

if TYPE_CHECKING:  # pragma: no cover
    from spin.sources import SourceSettings

SERVICE = "OpenAlex"


def fetch(doi: str, settings: SourceSettings) -> dict[str, Any] | None:
    """The OpenAlex work for ``doi``, or None when OpenAlex does not know it."""
    from spin.doi import quote_doi
    from spin.sources.http import NotFound, get_json

    what = f"doi:{doi}"
    params = {"mailto": settings.mailto} if settings.mailto else {}
    try:
        data = get_json(
            f"{settings.openalex_url}/works/doi:{quote_doi(doi)}",
            settings,
            service=SERVICE,
            what=what,
            params=params,
        )
    except NotFound:
        return None
    if not isinstance(data, dict) or not ("id" in data or "title" in data or "doi" in data):
        raise ResponseError(f"OpenAlex answered for {what} with JSON that is not a work")
    return data


def rebuild_abstract(index: Any) -> str:
    """The abstract text from ``abstract_inverted_index`` ({word: [positions]})."""
    if not isinstance(index, dict):
        return ""
    slots: dict[int, str] = {}
    for word, positions in index.items():
        if not isinstance(positions, list):
            continue
        for pos in positions:
            if isinstance(pos, int) and 0 <= pos < 100_000:
                slots.setdefault(pos, str(word))
    return " ".join(slots[i] for i in sorted(slots))


def _doi_of(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    from spin.doi import is_doi, normalize_doi

    return normalize_doi(value) if is_doi(value) else None


def parse_work(w: dict[str, Any]) -> dict[str, Any]:
    """Paper fields from an OpenAlex work."""
    from spin.sources.jats import split_inline_labels, strip_markup

    text = rebuild_abstract(w.get("abstract_inverted_index"))
    abstract: list[Section] = split_inline_labels(text) if text else []
    authors: list[Author] = []
    for a in w.get("authorships") or ():
        au = a.get("author") if isinstance(a, dict) else None
        if isinstance(au, dict) and au.get("display_name"):
            orcid = au.get("orcid")
            if isinstance(orcid, str):
                orcid = orcid.removeprefix("https://orcid.org/")
            authors.append(Author(name=str(au["display_name"]), orcid=orcid or None))
    loc = _dict(w.get("primary_location"))
    src = _dict(loc.get("source"))
    bib = _dict(w.get("biblio"))
    pages = None
    if bib.get("first_page"):
        pages = str(bib["first_page"])
        if bib.get("last_page") and bib["last_page"] != bib["first_page"]:
            pages += f"-{bib['last_page']}"
    title = strip_markup(str(w.get("title") or w.get("display_name") or "")) or None
    notices: list[StatusNotice] = []
    if w.get("is_retracted") is True:
        notices.append(StatusNotice(kind="retraction", source="openalex", label="is_retracted"))
    lic = loc.get("license")
    return {
        "doi": _doi_of(w.get("doi")),
        "title": title,
        "authors": tuple(authors),
        "journal": str(src.get("display_name")) if src.get("display_name") else None,
        "volume": bib.get("volume") or None,
        "issue": bib.get("issue") or None,
        "pages": pages,
        "published": w.get("publication_date") or None,
        "type": w.get("type") or None,
        "license": str(lic) if lic else None,
        "abstract": tuple(abstract),
        "notices": tuple(notices),
    }


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
