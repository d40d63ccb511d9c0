"""The paper itself, read from its PDF with pdfminer.six.

``load_pdf(path, settings)`` returns a :class:`~spin.model.Paper` with the full
text split into sections (each with the page it starts on), one statement per
sentence (``source="pdf"``, with section and page), the abstract, the title and
the paper's own DOI when the PDF shows it.  ``spin.sources.get_paper`` merges the
record with Crossref (status, metadata) when a DOI is known.

Bad files get a one-line :class:`~spin.errors.PDFError`: not a PDF, empty, too
large, encrypted with a password, damaged or truncated, a decompression bomb, a
parse that runs out of time, or a scan without a text layer (unless a DOI is
known: then the Crossref abstract is used, with a warning saying so).

The extracted text is cached by the file's SHA-256 under
``<cache_dir>/pdf/<sha256>.json`` (atomic writes, versioned format, a corrupt
entry is ignored), so checking the same PDF again does not parse it again.
The layout and section logic lives in :mod:`spin.pdftext`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spin.errors import PDFError, SpinError
from spin.fsutil import atomic_write_text
from spin.model import Paper, Section, Statement

#: bump when the extraction changes, so cached text is extracted again
EXTRACTOR_VERSION = "spin-pdf/3"
CACHE_FORMAT = "spin-pdf-cache/1"

_MB = 2**20


@dataclass(frozen=True)
class PDFLimits:
    """Bounds on one PDF.  Each can be set with an environment variable
    (``SPIN_PDF_MAX_MB``, ``SPIN_PDF_MAX_PAGES``, ``SPIN_PDF_TIMEOUT``) or an
    attribute of the same name on the source settings (``pdf_max_bytes``...)."""

    max_bytes: int = 100 * _MB
    max_pages: int = 200
    time_budget: float = 60.0  # seconds for the whole parse
    max_decompressed: int = 512 * _MB
    max_stream: int = 128 * _MB

    @classmethod
    def from_settings(cls, settings: Any) -> PDFLimits:
        base = cls()

        def pick(attr: str, env: str, default: float, scale: float = 1.0) -> float:
            value = getattr(settings, attr, None)
            if value is not None:
                return float(value)
            raw = os.environ.get(env)
            if raw:
                try:
                    return float(raw) * scale
                except ValueError:
                    from spin.errors import ConfigError

                    raise ConfigError(f"{env}={raw!r}: not a number") from None
            return default

        return cls(
            max_bytes=int(pick("pdf_max_bytes", "SPIN_PDF_MAX_MB", base.max_bytes, _MB)),
            max_pages=max(1, int(pick("pdf_max_pages", "SPIN_PDF_MAX_PAGES", base.max_pages))),
            time_budget=max(0.1, pick("pdf_time_budget", "SPIN_PDF_TIMEOUT", base.time_budget)),
            max_decompressed=int(
                getattr(settings, "pdf_max_decompressed", None) or base.max_decompressed
            ),
            max_stream=int(getattr(settings, "pdf_max_stream", None) or base.max_stream),
        )


# --------------------------------------------------------------------------- entry point


def load_pdf(path: Path, settings: Any, *, doi_hint: str | None = None) -> Paper:
    """The paper record for a PDF file (see the module docstring)."""
    path = Path(path)
    limits = PDFLimits.from_settings(settings)
    sha = _check_file(path, limits)
    cache_dir = getattr(settings, "cache_dir", None)
    article: dict[str, Any] | None = None
    if cache_dir is not None and not getattr(settings, "refresh", False):
        article = _cache_load(Path(cache_dir), sha)
    if article is None:
        article = _parse(path, limits)
        if cache_dir is not None:
            _cache_store(Path(cache_dir), sha, article)
    return _paper(path, article, settings, doi_hint)


# --------------------------------------------------------------------------- file checks


def _check_file(path: Path, limits: PDFLimits) -> str:
    """Size and header checks; returns the file's SHA-256."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise PDFError(f"{path}: not a file")
    except OSError as exc:
        raise PDFError(f"{path}: cannot read the PDF ({exc.strerror or exc})") from None
    if size == 0:
        raise PDFError(f"{path}: the file is empty, not a PDF")
    if size > limits.max_bytes:
        raise PDFError(
            f"{path}: the PDF is {size / _MB:.0f} MB, more than the limit of "
            f"{limits.max_bytes / _MB:.0f} MB (set SPIN_PDF_MAX_MB to raise it)"
        )
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
            digest.update(head)
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        raise PDFError(f"{path}: cannot read the PDF ({exc.strerror or exc})") from None
    if b"%PDF-" not in head:
        kind = _sniff(head)
        raise PDFError(f"{path}: not a PDF ({kind}; a PDF starts with %PDF-)")
    return digest.hexdigest()


def _sniff(head: bytes) -> str:
    start = head.lstrip()[:64].lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "it is an HTML page, perhaps a paywall or login page saved by mistake"
    if start.startswith(b"{") or start.startswith(b"["):
        return "it looks like JSON"
    if start.startswith(b"pk\x03\x04"):
        return "it is a ZIP archive (a .docx or .epub?)"
    if start.startswith(b"<?xml"):
        return "it is XML"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "unknown binary content"
    return "it is plain text"


# --------------------------------------------------------------------------- parsing


def _parse(path: Path, limits: PDFLimits) -> dict[str, Any]:
    """Extract and build the article; every failure becomes a PDFError."""
    from spin import pdftext

    try:
        with _quiet_pdfminer(), _hard_deadline(limits.time_budget * 1.25 + 2.0):
            layout = pdftext.extract_layout(
                path,
                max_pages=limits.max_pages,
                time_budget=limits.time_budget,
                max_decompressed=limits.max_decompressed,
                max_stream=limits.max_stream,
            )
            article = pdftext.build_article(layout)
    except SpinError:
        raise
    except pdftext.ExtractionLimit as exc:
        raise PDFError(f"{path}: {exc}") from None
    except MemoryError:
        raise PDFError(f"{path}: the PDF needs too much memory to read") from None
    except RecursionError:
        raise PDFError(f"{path}: the PDF is nested too deeply to read (damaged?)") from None
    except Exception as exc:  # pdfminer raises dozens of types
        raise PDFError(_describe(path, exc)) from None
    return _article_to_dict(article)


def _describe(path: Path, exc: Exception) -> str:
    name = type(exc).__name__
    if name == "PDFPasswordIncorrect":
        return f"{path}: the PDF is encrypted and needs a password; save an unprotected copy"
    if name in ("PDFEncryptionError", "PDFEncryptionWarning"):
        return f"{path}: the PDF uses an encryption spin cannot read ({exc})"
    detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else name
    return f"{path}: cannot read the PDF; it is damaged or truncated ({detail})"


@contextlib.contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """pdfminer logs warnings about harmless oddities ("Cannot set non-stroke color");
    keep them off the user's terminal while spin reads the file."""
    logger = logging.getLogger("pdfminer")
    old = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(old)


@contextlib.contextmanager
def _hard_deadline(seconds: float) -> Iterator[None]:
    """Interrupt a parse stuck inside one page (SIGALRM; main thread on POSIX only).

    The per-page time check in :func:`spin.pdftext.extract_layout` handles the
    common case; this is the backstop.  An alarm already set by the caller is
    left alone."""
    from spin.pdftext import ExtractionLimit

    usable = (
        hasattr(signal, "SIGALRM")
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield
        return

    def _alarm(signum: int, frame: Any) -> None:
        raise ExtractionLimit(f"reading the PDF took longer than {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --------------------------------------------------------------------------- article <-> dict


def _article_to_dict(article: Any) -> dict[str, Any]:
    return {
        "title": article.title,
        "doi": article.doi,
        "doi_source": article.doi_source,
        "pages": article.pages,
        "chars": article.chars,
        "warnings": list(article.warnings),
        "sections": [
            {
                "heading": s.heading,
                "text": s.text,
                "page": s.page,
                "pages": [list(p) for p in s.pages],
            }
            for s in article.sections
        ],
    }


def _valid_article(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    try:
        if not isinstance(data["pages"], int) or not isinstance(data["chars"], int):
            return False
        if not all(isinstance(w, str) for w in data["warnings"]):
            return False
        for key in ("title", "doi", "doi_source"):
            if data[key] is not None and not isinstance(data[key], str):
                return False
        for s in data["sections"]:
            if not isinstance(s["heading"], str) or not isinstance(s["text"], str):
                return False
            if s["page"] is not None and not isinstance(s["page"], int):
                return False
            for off, page in s["pages"]:
                if not isinstance(off, int) or not isinstance(page, int):
                    return False
    except (KeyError, TypeError, ValueError):
        return False
    return True


# --------------------------------------------------------------------------- cache


def cache_path(cache_dir: Path, sha: str) -> Path:
    return Path(cache_dir) / "pdf" / f"{sha}.json"


def _cache_load(cache_dir: Path, sha: str) -> dict[str, Any] | None:
    path = cache_path(cache_dir, sha)
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    if (
        not isinstance(data, dict)
        or data.get("format") != CACHE_FORMAT
        or data.get("extractor") != EXTRACTOR_VERSION
        or data.get("sha256") != sha
        or not _valid_article(data.get("article"))
    ):
        return None
    article: dict[str, Any] = data["article"]
    return article


def _cache_store(cache_dir: Path, sha: str, article: dict[str, Any]) -> None:
    """Write the entry atomically; a cache that cannot be written is not an error."""
    path = cache_path(cache_dir, sha)
    record = {
        "format": CACHE_FORMAT,
        "extractor": EXTRACTOR_VERSION,
        "sha256": sha,
        "article": article,
    }
    with contextlib.suppress(OSError):
        atomic_write_text(path, json.dumps(record, ensure_ascii=False))


# --------------------------------------------------------------------------- the Paper


def _no_text(article: dict[str, Any]) -> bool:
    return int(article["chars"]) < 20 * max(1, int(article["pages"])) or not article["sections"]


def _paper(path: Path, article: dict[str, Any], settings: Any, doi_hint: str | None) -> Paper:
    from spin.doi import normalize_doi
    from spin.errors import DOIError

    warnings = list(article["warnings"])
    pdf_doi: str | None = article["doi"]
    hint: str | None = None
    if doi_hint:
        try:
            hint = normalize_doi(doi_hint)
        except DOIError:
            hint = None
    if pdf_doi and hint and pdf_doi != hint:
        warnings.append(
            f"the PDF names doi:{pdf_doi} ({article['doi_source']}), not doi:{hint}; "
            f"using doi:{pdf_doi}"
        )
    doi = pdf_doi or hint

    if _no_text(article):
        return _abstract_only(path, article, settings, doi, warnings)

    sections = tuple(
        Section(heading=s["heading"], text=s["text"], page=s["page"]) for s in article["sections"]
    )
    statements = _statements(article)
    provenance = {"text": "pdf", "sections": "pdf", "statements": "pdf"}
    abstract = tuple(s for s in sections if s.heading == "Abstract")
    if abstract:
        provenance["abstract"] = "pdf"
    else:
        warnings.append(f"{path.name}: no abstract found in the PDF")
    if article["title"]:
        provenance["title"] = "pdf"
    if pdf_doi:
        provenance["doi"] = f"pdf ({article['doi_source']})"
    return Paper(
        doi=doi,
        title=article["title"],
        abstract=abstract,
        sections=sections,
        statements=statements,
        sources=("pdf",),
        provenance=provenance,
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _statements(article: dict[str, Any]) -> tuple[Statement, ...]:
    """One statement per sentence, with its section and the page it starts on.

    Fragments that are not sentences (a stray table cell, a lone symbol) are left
    out: fewer than three words or mostly non-letters."""
    from spin.pdftext import ArticleSection, iter_sentences

    out: list[Statement] = []
    for s in article["sections"]:
        sec = ArticleSection(
            heading=s["heading"],
            text=s["text"],
            page=s["page"],
            pages=tuple((int(o), int(p)) for o, p in s["pages"]),
        )
        for sentence, page in iter_sentences(sec):
            letters = sum(ch.isalpha() for ch in sentence)
            words = [w for w in sentence.split() if sum(ch.isalpha() for ch in w) >= 2]
            if len(words) < 3 or letters < 0.3 * len(sentence):
                continue
            out.append(Statement(section=sec.heading, text=sentence, page=page, source="pdf"))
    return tuple(out)


def _abstract_only(
    path: Path, article: dict[str, Any], settings: Any, doi: str | None, warnings: list[str]
) -> Paper:
    """A PDF without a text layer: use the Crossref record's abstract when a DOI is known."""
    what = f"{path}: the PDF has no text layer (a scanned image?)"
    if not doi:
        raise PDFError(
            f"{what}; spin needs its text. Give the paper's DOI (--doi) to check the "
            "release against the abstract instead"
        )
    from spin.sources import merge_papers
    from spin.sources.record import fetch_doi

    try:
        meta = fetch_doi(doi, settings)
    except SpinError as exc:
        raise PDFError(f"{what}, and the abstract of doi:{doi} is not available: {exc}") from None
    if not meta.statements:
        raise PDFError(f"{what}, and Crossref has no abstract for doi:{doi}")
    shell = Paper(
        doi=doi,
        sources=("pdf",),
        warnings=(
            *warnings,
            f"{path.name} has no text layer (a scanned image?): only the abstract "
            f"of doi:{doi} was used",
        ),
    )
    return merge_papers(shell, meta)
