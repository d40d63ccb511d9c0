"""Paper sources: from a DOI or a local file to a :class:`~spin.model.Paper`.

One small interface, one module per source:

- :mod:`spin.sources.crossref`: metadata, status and JATS abstract (habanero)
- :mod:`spin.sources.europepmc`: abstract fallback, "Retracted Publication"
- :mod:`spin.sources.openalex`: abstract fallback (``abstract_inverted_index``), ``is_retracted``
- :mod:`spin.sources.local`: a Crossref works JSON file or a text/Markdown abstract
- :mod:`spin.sources.pdf`: a PDF (the PDF work; imported lazily)
- :mod:`spin.sources.cache`: one JSON record per DOI, offline mode
- :mod:`spin.sources.record`: builds the Paper from the raw source records

Entry point: :func:`get_paper`.  Every failure is a :class:`~spin.errors.SpinError`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from spin.model import Paper, Section, Statement

DEFAULT_CROSSREF_URL = "https://api.crossref.org"
DEFAULT_EUROPEPMC_URL = "https://www.ebi.ac.uk/europepmc/webservices/rest"
DEFAULT_OPENALEX_URL = "https://api.openalex.org"

__all__ = [
    "SourceSettings",
    "get_paper",
    "merge_papers",
    "prime_cache",
    "statements_from_sections",
]


def default_cache_dir() -> Path:
    """The user cache directory for spin (platformdirs), without creating it."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("spin", appauthor=False))


@dataclass(frozen=True)
class SourceSettings:
    """How spin talks to the paper sources.  Every field is a constructor argument.

    ``retries`` is the number of attempts (3: one try and two retries).  The delay
    before retry ``n`` (1-based) is ``backoff * 2 ** (n - 1)`` seconds, or the
    server's ``Retry-After`` when it sends one, capped at ``max_retry_after``.
    ``sleep`` is injectable so tests can count attempts without waiting.
    """

    crossref_url: str = DEFAULT_CROSSREF_URL
    europepmc_url: str = DEFAULT_EUROPEPMC_URL
    openalex_url: str = DEFAULT_OPENALEX_URL
    mailto: str | None = None
    timeout: float = 20.0
    retries: int = 3
    backoff: float = 1.0
    max_retry_after: float = 60.0
    cache_dir: Path = field(default_factory=default_cache_dir)
    offline: bool = False
    refresh: bool = False
    max_response_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    #: use Europe PMC and OpenAlex when Crossref has no abstract
    fallbacks: bool = True
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)

    def __post_init__(self) -> None:
        # accept str paths from callers and config
        if not isinstance(self.cache_dir, Path):
            object.__setattr__(self, "cache_dir", Path(self.cache_dir))
        for name in ("crossref_url", "europepmc_url", "openalex_url"):
            object.__setattr__(self, name, str(getattr(self, name)).rstrip("/"))
        if self.retries < 1:
            object.__setattr__(self, "retries", 1)

    @classmethod
    def from_env(
        cls,
        *,
        offline: bool = False,
        refresh: bool = False,
        cache_dir: str | Path | None = None,
        mailto: str | None = None,
    ) -> SourceSettings:
        """Settings from the environment (``SPIN_*`` variables), explicit arguments winning."""
        env = os.environ
        cache = cache_dir or env.get("SPIN_CACHE_DIR") or None
        return cls(
            crossref_url=env.get("SPIN_CROSSREF_URL") or DEFAULT_CROSSREF_URL,
            europepmc_url=env.get("SPIN_EUROPEPMC_URL") or DEFAULT_EUROPEPMC_URL,
            openalex_url=env.get("SPIN_OPENALEX_URL") or DEFAULT_OPENALEX_URL,
            mailto=mailto or env.get("SPIN_MAILTO") or None,
            cache_dir=Path(cache).expanduser() if cache else default_cache_dir(),
            offline=offline,
            refresh=refresh,
        )

    def with_(self, **changes: object) -> SourceSettings:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def product(self) -> str:
        """spin's product token for user agents: ``spin/<version> (+<project URL>)``."""
        from spin import __version__

        return f"spin/{__version__} (+https://pypi.org/project/spin-check/)"

    @property
    def user_agent(self) -> str:
        """The User-Agent for Europe PMC and OpenAlex: product and, if set, the mailto."""
        return f"{self.product} (mailto:{self.mailto})" if self.mailto else self.product


def statements_from_sections(sections: Iterable[Section], source: str) -> tuple[Statement, ...]:
    """One :class:`Statement` per sentence of each section (spin.text.split_spans).

    The statement keeps its section heading and page; ``source`` names where the
    text came from ("crossref", "europepmc", "openalex", "local", "pdf").
    """
    from spin.text import normalize_space, split_spans

    out: list[Statement] = []
    for sec in sections:
        text = sec.text
        for start, end in split_spans(text):
            sentence = normalize_space(text[start:end])
            if sentence:
                out.append(
                    Statement(section=sec.heading, text=sentence, page=sec.page, source=source)
                )
    return tuple(out)


def get_paper(ref: str, settings: SourceSettings, *, doi_hint: str | None = None) -> Paper:
    """The paper record for ``ref``: a DOI in any common form, or a path to a local file.

    Local files: a Crossref works JSON (``{"message": {...}}`` or the bare message),
    a Europe PMC or OpenAlex JSON record, a plain-text or Markdown abstract, or a
    ``.pdf``.  ``doi_hint`` is the DOI the caller believes the file is (from the
    release); a PDF is merged with its Crossref record when a DOI is known.
    """
    from spin.doi import normalize_doi
    from spin.errors import DOIError, InputError

    ref = ref.strip() if isinstance(ref, str) else str(ref)
    if not ref:
        raise InputError("no paper given: pass a DOI or a paper file")
    path = Path(ref).expanduser()
    if _exists(path):
        if path.suffix.lower() == ".pdf":
            return _get_pdf(path, settings, doi_hint)
        from spin.sources.local import load_local

        return load_local(path, settings, doi_hint=doi_hint)
    try:
        doi = normalize_doi(ref)
    except DOIError:
        if _looks_like_path(ref):
            raise InputError(f"{ref}: no such file (and not a DOI)") from None
        raise
    from spin.sources.record import fetch_doi

    return fetch_doi(doi, settings)


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):  # name too long, NUL byte...
        return False


def _looks_like_path(ref: str) -> bool:
    lower = ref.lower()
    return (
        os.sep in ref
        or "/" in ref
        or lower.endswith((".json", ".txt", ".md", ".markdown", ".pdf", ".xml"))
        or ref.startswith((".", "~"))
    )


def _get_pdf(path: Path, settings: SourceSettings, doi_hint: str | None) -> Paper:
    """Read a PDF (spin.sources.pdf) and merge it with its Crossref record when possible.

    The PDF module may do the merge itself; this hook only fills in what it left:
    when the PDF record has a DOI (or the caller gave one) and the PDF record has
    no "crossref" source yet, fetch the DOI (cache first; network unless offline)
    and merge.  A failure keeps the PDF record and adds a warning.
    """
    from spin.errors import SpinError

    try:
        from spin.sources.pdf import load_pdf  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:  # pragma: no cover - the PDF work ships pdf.py
        from spin.errors import InputError

        raise InputError(f"{path}: PDF support is not available ({exc})") from None
    paper: Paper = load_pdf(path, settings, doi_hint=doi_hint)
    if "crossref" in paper.sources:
        return paper
    doi = paper.doi or doi_hint
    if not doi:
        return paper
    from spin.doi import normalize_doi
    from spin.sources.record import fetch_doi

    try:
        meta = fetch_doi(normalize_doi(doi), settings)
    except SpinError as exc:
        return replace(paper, warnings=(*paper.warnings, f"no metadata for doi:{doi}: {exc}"))
    return merge_papers(paper, meta)


def merge_papers(primary: Paper, meta: Paper) -> Paper:
    """Merge a record with text (``primary``, e.g. a PDF) and a metadata record (Crossref).

    Metadata (title, authors, journal, dates, status, notices, licence, funders)
    comes from ``meta`` where it has it; text (abstract, sections, statements)
    from ``primary``, or from ``meta`` when ``primary`` has none.  Sources are
    concatenated in order, provenance merged, warnings kept from both.
    """
    from spin.sources.record import STATUS_RANK

    prov = dict(primary.provenance)
    for key, val in meta.provenance.items():
        if key in ("abstract", "statements") and primary.statements:
            continue
        prov[key] = val
    status = primary.status
    if STATUS_RANK[meta.status] > STATUS_RANK[status]:
        status = meta.status
    notices = tuple(dict.fromkeys((*meta.notices, *primary.notices)))
    return replace(
        primary,
        doi=primary.doi or meta.doi,
        title=meta.title or primary.title,
        authors=meta.authors or primary.authors,
        journal=meta.journal or primary.journal,
        volume=meta.volume or primary.volume,
        issue=meta.issue or primary.issue,
        pages=meta.pages or primary.pages,
        published=meta.published or primary.published,
        type=meta.type or primary.type,
        license=meta.license or primary.license,
        funders=meta.funders or primary.funders,
        url=meta.url or primary.url,
        status=status,
        notices=notices,
        abstract=primary.abstract or meta.abstract,
        statements=primary.statements or meta.statements,
        sources=tuple(dict.fromkeys((*primary.sources, *meta.sources))),
        provenance=prov,
        warnings=tuple(dict.fromkeys((*primary.warnings, *meta.warnings))),
    )


def prime_cache(record: str | Path | dict[str, object], settings: SourceSettings) -> str:
    """Put a Crossref works record (a JSON file or the parsed dict) into the cache.

    Afterwards ``get_paper(doi, settings.with_(offline=True))`` finds it.  Returns
    the record's DOI.  For tests, demos and air-gapped machines.
    """
    import json

    from spin.errors import InputError
    from spin.sources.cache import Cache
    from spin.sources.local import crossref_message

    if isinstance(record, dict):
        data: object = record
        name = "<record>"
    else:
        name = str(record)
        try:
            data = json.loads(Path(record).read_text(encoding="utf-8-sig"))
        except (OSError, ValueError) as exc:
            raise InputError(f"{name}: cannot read a Crossref record ({exc})") from None
    message = crossref_message(data, name)
    from spin.doi import normalize_doi

    doi_value = message.get("DOI")
    if not isinstance(doi_value, str):
        raise InputError(f"{name}: the Crossref record has no DOI")
    doi = normalize_doi(doi_value)
    Cache(settings.cache_dir).store(doi, {"crossref": message})
    return doi
