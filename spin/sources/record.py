"""From a DOI to a Paper: cache, Crossref, fallbacks, and building the record.

The raw answers of the sources (a dict ``{"crossref": msg, "europepmc": result,
"openalex": work}``) are what the cache stores; :func:`build_paper` turns them
into a :class:`~spin.model.Paper`, recording which source gave which field.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spin.errors import NotFoundError, OfflineError, SourceError, UsageError
from spin.model import Paper, Section, StatusNotice

if TYPE_CHECKING:  # pragma: no cover
    from spin.sources import SourceSettings

#: how bad a status is; retraction outranks everything
STATUS_RANK: dict[str, int] = {
    "ok": 0,
    "corrected": 1,
    "expression_of_concern": 2,
    "withdrawn": 3,
    "retracted": 4,
}
KIND_STATUS = {
    "retraction": "retracted",
    "withdrawal": "withdrawn",
    "expression_of_concern": "expression_of_concern",
    "correction": "corrected",
}
SOURCE_ORDER = ("crossref", "europepmc", "openalex")
SERVICE_NAMES = {"crossref": "Crossref", "europepmc": "Europe PMC", "openalex": "OpenAlex"}
NO_ABSTRACT = "no abstract found in Crossref, Europe PMC or OpenAlex"

_META_FIELDS = (
    "doi",
    "title",
    "authors",
    "journal",
    "volume",
    "issue",
    "pages",
    "published",
    "type",
    "license",
    "funders",
)
_TITLE_FLAG = re.compile(r"^\s*(retracted|withdrawn)\b(?:\s+article)?\s*[:.\-]", re.IGNORECASE)


def fetch_doi(doi: str, settings: SourceSettings) -> Paper:
    """The paper for a normalised DOI: cache first, then the network (unless offline)."""
    from spin.sources.cache import Cache

    cache = Cache(settings.cache_dir)
    if settings.offline:
        if settings.refresh:
            raise UsageError("--offline and --refresh cannot be used together")
        record = cache.load(doi)
        if record is None:
            if cache.exists_but_unusable(doi):
                raise OfflineError(
                    f"the cached record for doi:{doi} at {cache.path_for(doi)} is unreadable "
                    "(corrupt or from another spin version); run once without --offline"
                )
            raise OfflineError(
                f"doi:{doi} is not in the cache at {cache.dir}; run once without --offline"
            )
        notes = []
        if record.get("pending"):
            names = ", ".join(SERVICE_NAMES.get(p, p) for p in record["pending"])
            notes.append(f"{names} could not be reached when this record was cached")
        return build_paper(doi, record, extra_warnings=notes)
    record = None if settings.refresh else cache.load(doi)
    warnings: list[str] = []
    if record is None:
        record = _fetch_record(doi, settings, warnings)
    elif record.get("pending"):
        record = _retry_pending(doi, record, settings, warnings)
    else:
        return build_paper(doi, record)
    try:
        cache.store(doi, record)
    except OSError as exc:
        warnings.append(f"could not write the cache at {cache.dir} ({exc.strerror or exc})")
    return build_paper(doi, record, extra_warnings=warnings)


def _has_abstract(record: dict[str, Any]) -> bool:
    from spin.sources import crossref, europepmc, openalex

    cr, ep, oa = record.get("crossref"), record.get("europepmc"), record.get("openalex")
    return bool(
        (isinstance(cr, dict) and crossref.parse_work(cr)["abstract"])
        or (isinstance(ep, dict) and europepmc.parse_result(ep)["abstract"])
        or (isinstance(oa, dict) and openalex.parse_work(oa)["abstract"])
    )


def _fetch_record(doi: str, settings: SourceSettings, warnings: list[str]) -> dict[str, Any]:
    from spin.sources import crossref

    record: dict[str, Any] = {"crossref": None, "europepmc": None, "openalex": None, "pending": []}
    not_found: NotFoundError | None = None
    try:
        record["crossref"] = crossref.fetch_work(doi, settings)
    except NotFoundError as exc:
        not_found = exc
    if settings.fallbacks:
        _run_fallbacks(doi, record, settings, warnings)
    if not_found is not None:
        if record["europepmc"] is None and record["openalex"] is None:
            if record["pending"]:
                raise not_found
            if settings.fallbacks:
                raise NotFoundError(
                    f"doi:{doi} is not in Crossref, Europe PMC or OpenAlex; check the DOI, "
                    "or give the paper as a file (Crossref JSON, abstract text or PDF)"
                )
            raise not_found
        warnings.append(f"doi:{doi} is not in Crossref; metadata from the fallback sources")
    return record


def _run_fallbacks(
    doi: str,
    record: dict[str, Any],
    settings: SourceSettings,
    warnings: list[str],
    only: tuple[str, ...] = ("europepmc", "openalex"),
) -> None:
    from spin.sources import europepmc, openalex

    fetchers = {"europepmc": europepmc.fetch, "openalex": openalex.fetch}
    pending: list[str] = [p for p in record.get("pending") or () if p not in only]
    for name in ("europepmc", "openalex"):
        if _has_abstract(record):
            break
        if name not in only:
            continue
        try:
            record[name] = fetchers[name](doi, settings)
        except SourceError as exc:
            pending.append(name)
            warnings.append(f"{SERVICE_NAMES[name]}: {exc}")
    record["pending"] = pending


def _retry_pending(
    doi: str, record: dict[str, Any], settings: SourceSettings, warnings: list[str]
) -> dict[str, Any]:
    record = dict(record)
    if settings.fallbacks:
        _run_fallbacks(doi, record, settings, warnings, only=tuple(record.get("pending") or ()))
    else:
        record["pending"] = []
    return record


def _parsed(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    from spin.sources import crossref, europepmc, openalex

    out: dict[str, dict[str, Any]] = {}
    if isinstance(record.get("crossref"), dict):
        out["crossref"] = crossref.parse_work(record["crossref"])
    if isinstance(record.get("europepmc"), dict):
        out["europepmc"] = europepmc.parse_result(record["europepmc"])
    if isinstance(record.get("openalex"), dict):
        out["openalex"] = openalex.parse_work(record["openalex"])
    return out


def build_paper(
    doi: str | None,
    record: dict[str, Any],
    *,
    extra_warnings: list[str] | tuple[str, ...] = (),
    rename: dict[str, str] | None = None,
    fallbacks_consulted: bool = True,
) -> Paper:
    """A Paper from the raw source answers.

    ``rename`` maps a source to the name recorded in provenance (a local Crossref
    JSON file is recorded as "local").  Fields come from the first source that
    has them, in the order Crossref, Europe PMC, OpenAlex.
    """
    from spin.sources import statements_from_sections

    names = {k: (rename or {}).get(k, k) for k in SOURCE_ORDER}
    parsed = _parsed(record)
    values: dict[str, Any] = {}
    provenance: dict[str, str] = {}
    for fld in _META_FIELDS:
        for src in SOURCE_ORDER:
            v = parsed.get(src, {}).get(fld)
            if v:
                values[fld] = v
                provenance[fld] = names[src]
                break
    if parsed.get("crossref", {}).get("url"):
        values["url"] = parsed["crossref"]["url"]
        provenance["url"] = names["crossref"]
    elif values.get("doi"):
        values["url"] = f"https://doi.org/{values['doi']}"
    warnings: list[str] = []
    abstract: tuple[Section, ...] = ()
    abstract_source: str | None = None
    for src in SOURCE_ORDER:
        secs = parsed.get(src, {}).get("abstract")
        if secs:
            abstract, abstract_source = tuple(secs), names[src]
            provenance["abstract"] = abstract_source
            if src == "crossref" and parsed[src].get("abstract_degraded"):
                warnings.append(
                    "the Crossref abstract is not well-formed XML; its text was kept "
                    "without section structure"
                )
            break
    notices: list[StatusNotice] = []
    notice_owner: dict[StatusNotice, str] = {}
    for src in SOURCE_ORDER:
        for n in parsed.get(src, {}).get("notices", ()):
            if n not in notice_owner:
                notices.append(n)
                notice_owner[n] = names[src]
    title = values.get("title")
    m = _TITLE_FLAG.match(title or "")
    if m:
        kind = "retraction" if m.group(1).lower() == "retracted" else "withdrawal"
        if not any(n.kind == kind for n in notices):
            n = StatusNotice(kind=kind, source="title", label=f"{m.group(1).upper()}: title prefix")
            notices.append(n)
            notice_owner[n] = provenance.get("title", "crossref")
    status = "ok"
    for n in notices:
        st = KIND_STATUS.get(n.kind, "ok")
        if STATUS_RANK[st] > STATUS_RANK[status]:
            status = st
            provenance["status"] = notice_owner[n]
    if status == "ok" and parsed:
        provenance["status"] = names[next(s for s in SOURCE_ORDER if s in parsed)]
    notice_for = [d for d in parsed.get("crossref", {}).get("is_notice_for", []) if d]
    if notice_for:
        warnings.append(
            f"doi:{doi} is itself an editorial notice (it updates {', '.join(notice_for)}); "
            "check that this is the paper's own DOI"
        )
    if not abstract:
        if fallbacks_consulted and rename is None:
            warnings.append(NO_ABSTRACT)
        else:
            warnings.append("no abstract in this record")
    contributing = [names[s] for s in SOURCE_ORDER if s in parsed]
    used = set(provenance.values())
    sources = tuple(dict.fromkeys(s for s in contributing if s in used))
    if not sources and contributing:
        sources = (contributing[0],)
    return Paper(
        doi=values.get("doi") or doi,
        title=title,
        authors=values.get("authors", ()),
        journal=values.get("journal"),
        volume=_s(values.get("volume")),
        issue=_s(values.get("issue")),
        pages=_s(values.get("pages")),
        published=values.get("published"),
        type=values.get("type"),
        license=values.get("license"),
        funders=values.get("funders", ()),
        url=values.get("url"),
        status=status,  # type: ignore[arg-type]
        notices=tuple(notices),
        abstract=abstract,
        statements=statements_from_sections(abstract, abstract_source or "crossref"),
        sources=sources,
        provenance=provenance,
        warnings=tuple(dict.fromkeys([*warnings, *extra_warnings])),
    )


def _s(v: Any) -> str | None:
    return str(v) if v not in (None, "") else None
