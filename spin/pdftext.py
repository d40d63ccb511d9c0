"""From PDF page layout to clean, sectioned article text.

Two halves:

- :func:`extract_layout` runs pdfminer.six (imported lazily) over a file and
  returns plain :class:`PageLayout` records: every text line with its box, font
  size and boldness, plus the document metadata.  It bounds pages, time and
  decompressed stream sizes.
- :func:`build_article` is pure: it orders the lines of each page in reading
  order (per-page column detection from line x-positions), drops running headers
  and footers, page and line numbers, licence footers, correspondence lines and
  dates, joins words hyphenated across lines, splits the text into canonical
  sections (Abstract, Introduction, Methods, Results, Discussion, Limitations,
  Conclusions, Funding, Conflicts of interest, or "Body"), cuts the reference list
  and back matter, and finds the paper's own DOI.

Nothing here prints or touches the network.  Offsets into each section's text
map back to pages, so every sentence knows the page it starts on.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Line:
    """One text line as pdfminer laid it out (PDF coordinates: y grows upwards)."""

    page: int  # 1-based
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    size: float = 0.0
    bold: bool = False
    box: int = 0  # pdfminer text box this line belongs to (unique per document)
    first_in_box: bool = False
    box_lines: int = 1

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass(frozen=True)
class PageLayout:
    number: int  # 1-based
    width: float
    height: float
    lines: tuple[Line, ...]


@dataclass
class Layout:
    """What :func:`extract_layout` read from a file."""

    pages: list[PageLayout]
    metadata: dict[str, str]
    total_pages: int | None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ArticleSection:
    heading: str
    text: str
    page: int | None
    #: (offset into ``text``, page) in increasing offset order
    pages: tuple[tuple[int, int], ...] = ()

    def page_at(self, offset: int) -> int | None:
        page = self.page
        for start, p in self.pages:
            if start > offset:
                break
            page = p
        return page


@dataclass(frozen=True)
class Article:
    title: str | None
    doi: str | None
    doi_source: str | None  # "metadata" | "page 1" | "last page" | "running header"
    sections: tuple[ArticleSection, ...]
    pages: int
    chars: int  # characters of text on all pages (0: no text layer)
    warnings: tuple[str, ...] = ()


class ExtractionLimit(Exception):
    """Raised inside pdfminer when a bound (time, decompressed size) is exceeded."""


# --------------------------------------------------------------------------- bounds


class _Budget(threading.local):
    remaining: int | None = None
    per_stream: int = 0


_BUDGET = _Budget()


def _take(n: int) -> None:
    if _BUDGET.remaining is None:
        return
    if n > _BUDGET.per_stream:
        raise ExtractionLimit(
            f"a compressed stream expands beyond {_BUDGET.per_stream // 2**20} MB "
            "(a decompression bomb?)"
        )
    _BUDGET.remaining -= n
    if _BUDGET.remaining < 0:
        raise ExtractionLimit("decompressed content exceeds the size limit (a decompression bomb?)")


class _BoundedDecompressObj:
    def __init__(self) -> None:
        self._d = zlib.decompressobj()

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out = self._d.decompress(data, max_length)
        _take(len(out))
        return out

    def flush(self, *args: int) -> bytes:
        out = self._d.flush(*args)
        _take(len(out))
        return out

    @property
    def eof(self) -> bool:
        return self._d.eof

    @property
    def unused_data(self) -> bytes:
        return self._d.unused_data


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``: same results,
    but a stream may not expand beyond the per-stream cap or the document budget."""

    error = zlib.error

    @staticmethod
    def decompress(data: bytes, *args: Any, **kwargs: Any) -> bytes:
        if _BUDGET.remaining is None:
            return zlib.decompress(data, *args, **kwargs)
        d = zlib.decompressobj()
        cap = min(_BUDGET.per_stream, max(_BUDGET.remaining, 0)) + 1
        out = d.decompress(data, cap)
        if d.unconsumed_tail and len(out) >= cap:
            _take(_BUDGET.per_stream + 1 if cap > _BUDGET.per_stream else cap + (1 << 62))
        if not d.eof:
            raise zlib.error("incomplete or truncated stream")
        _take(len(out))
        return out

    @staticmethod
    def decompressobj(*args: Any, **kwargs: Any) -> _BoundedDecompressObj:
        return _BoundedDecompressObj()


def _bounded_lzwdecode(data: bytes) -> bytes:
    from io import BytesIO

    from pdfminer.lzw import LZWDecoder

    chunks: list[bytes] = []
    for chunk in LZWDecoder(BytesIO(data)).run():
        _take(len(chunk))
        chunks.append(chunk)
    return b"".join(chunks)


_PATCHED = False


def _install_bounds() -> None:
    """Route pdfminer's Flate and LZW decoding through the bounded versions (once)."""
    global _PATCHED
    if _PATCHED:
        return
    import pdfminer.pdftypes as pdftypes

    setattr(pdftypes, "zlib", _BoundedZlib)  # noqa: B010 - patch the module global
    setattr(pdftypes, "lzwdecode", _bounded_lzwdecode)  # noqa: B010
    _PATCHED = True


# --------------------------------------------------------------------------- extraction

_BOLD = re.compile(r"bold|black|heavy|semibold|demi|\bbd\b|[-,]b$", re.IGNORECASE)
_CID = re.compile(r"\(cid:\d+\)")
_LIGATURES = str.maketrans(
    {
        "ﬀ": "ff",
        "ﬁ": "fi",
        "ﬂ": "fl",
        "ﬃ": "ffi",
        "ﬄ": "ffl",
        "ﬅ": "st",
        "ﬆ": "st",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u00ad": "-",  # soft hyphen at a line end: joined like a hyphen
        "\u2010": "-",
        "\u2011": "-",
        "\ufffd": "",
    }
)


def clean_line_text(text: str) -> str:
    text = _CID.sub(" ", text).translate(_LIGATURES)
    text = "".join(ch for ch in text if ch >= " " or ch == "\t")
    return re.sub(r"\s+", " ", text).strip()


def _decode_meta(value: Any) -> str | None:
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral

    value = resolve1(value)
    if isinstance(value, PSLiteral):
        value = value.name
    if isinstance(value, bytes):
        if value.startswith((b"\xfe\xff", b"\xff\xfe")):
            return value.decode("utf-16", "replace")
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return value.decode("latin-1")
    if isinstance(value, str):
        return value
    return None


def _read_metadata(doc: Any) -> dict[str, str]:
    """The Info dictionary (string values) and, under ``"xmp"``, the XMP packet text."""
    from pdfminer.pdftypes import PDFStream, resolve1

    meta: dict[str, str] = {}
    for info in getattr(doc, "info", []) or []:
        if not isinstance(info, dict):
            continue
        for key, val in info.items():
            text = _decode_meta(val)
            if text:
                meta[str(key)] = text[:4000]
    try:
        xmp = resolve1(doc.catalog.get("Metadata"))
        if isinstance(xmp, PDFStream):
            data = xmp.get_data()[:1_000_000]
            meta["xmp"] = data.decode("utf-8", "replace")
    except ExtractionLimit:
        raise
    except Exception:  # metadata is optional; a broken XMP is ignored
        pass
    return meta


def extract_layout(
    path: Path,
    *,
    max_pages: int = 200,
    time_budget: float = 60.0,
    max_decompressed: int = 512 * 2**20,
    max_stream: int = 128 * 2**20,
    clock: Callable[[], float] = time.monotonic,
) -> Layout:
    """Lay out every page of ``path`` with pdfminer.six.

    Raises pdfminer's own exceptions for unreadable files (the caller maps them to
    :class:`~spin.errors.PDFError`) and :class:`ExtractionLimit` when a bound is
    hit before any page was read.  A bound hit later stops reading and is
    reported in ``Layout.warnings``.
    """
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextBox, LTTextLine
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    _install_bounds()
    start = clock()
    pages: list[PageLayout] = []
    warnings: list[str] = []
    box_id = 0
    old_remaining, old_stream = _BUDGET.remaining, _BUDGET.per_stream
    _BUDGET.remaining, _BUDGET.per_stream = max_decompressed, max_stream
    try:
        with open(path, "rb") as fh:
            parser = PDFParser(fh)
            doc = PDFDocument(parser, password="")
            metadata = _read_metadata(doc)
            total: int | None = None
            try:
                count = resolve1(resolve1(doc.catalog.get("Pages")).get("Count"))
                total = int(count) if isinstance(count, int) else None
            except Exception:  # a page count is only informative
                total = None
            rsrc = PDFResourceManager(caching=True)
            laparams = LAParams(line_margin=0.5, char_margin=2.0, word_margin=0.1)
            device = PDFPageAggregator(rsrc, laparams=laparams)
            interp = PDFPageInterpreter(rsrc, device)
            for number, page in enumerate(PDFPage.create_pages(doc), start=1):
                if number > max_pages:
                    warnings.append(
                        f"only the first {max_pages} pages were read"
                        + (f" (of {total})" if total else "")
                    )
                    break
                if clock() - start > time_budget:
                    warnings.append(
                        f"stopped after {number - 1} pages: the time budget of "
                        f"{time_budget:g} s was used up"
                    )
                    break
                try:
                    interp.process_page(page)
                    result = device.get_result()
                except ExtractionLimit as exc:
                    if not pages:
                        raise
                    warnings.append(f"stopped at page {number}: {exc}")
                    break
                except Exception as exc:  # pdfminer raises many types
                    if not pages:
                        raise
                    warnings.append(
                        f"stopped at page {number}: the page could not be read "
                        f"({type(exc).__name__})"
                    )
                    break
                x0, y0, x1, y1 = result.bbox
                lines: list[Line] = []
                for element in result:
                    if not isinstance(element, LTTextBox):
                        continue
                    box_id += 1
                    box_lines = [ln for ln in element if isinstance(ln, LTTextLine)]
                    texts = [clean_line_text(ln.get_text()) for ln in box_lines]
                    kept = [(ln, t) for ln, t in zip(box_lines, texts, strict=True) if t]
                    for i, (ln, text) in enumerate(kept):
                        sizes: list[float] = []
                        bold = 0
                        for ch in ln:
                            fontname = getattr(ch, "fontname", None)
                            if fontname is None or not ch.get_text().strip():
                                continue
                            sizes.append(float(getattr(ch, "size", 0.0)))
                            if _BOLD.search(str(fontname)):
                                bold += 1
                        size = sorted(sizes)[len(sizes) // 2] if sizes else 0.0
                        lines.append(
                            Line(
                                page=number,
                                x0=float(ln.x0),
                                y0=float(ln.y0),
                                x1=float(ln.x1),
                                y1=float(ln.y1),
                                text=text,
                                size=round(size, 2),
                                bold=bool(sizes) and bold * 2 > len(sizes),
                                box=box_id,
                                first_in_box=i == 0,
                                box_lines=len(kept),
                            )
                        )
                pages.append(
                    PageLayout(
                        number=number,
                        width=float(x1 - x0),
                        height=float(y1 - y0),
                        lines=tuple(lines),
                    )
                )
    finally:
        _BUDGET.remaining, _BUDGET.per_stream = old_remaining, old_stream
    return Layout(pages=pages, metadata=metadata, total_pages=total, warnings=warnings)


# --------------------------------------------------------------------------- reading order


def _sort_rows(lines: Iterable[Line]) -> list[Line]:
    """Top to bottom; lines on the same baseline left to right."""
    ordered = sorted(lines, key=lambda ln: (-ln.y0, ln.x0))
    out: list[Line] = []
    row: list[Line] = []
    for ln in ordered:
        if row and abs(row[0].y0 - ln.y0) > 2.0:
            out.extend(sorted(row, key=lambda r: r.x0))
            row = []
        row.append(ln)
    out.extend(sorted(row, key=lambda r: r.x0))
    return out


def _empty_gaps(lines: Sequence[Line], min_gap: float = 8.0) -> list[float]:
    """x positions of vertical strips that no line crosses (between text)."""
    spans = sorted((ln.x0, ln.x1) for ln in lines)
    gaps: list[float] = []
    end = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - end >= min_gap:
            gaps.append((x0 + end) / 2)
        end = max(end, x1)
    return gaps


def _gutter(lines: Sequence[Line]) -> float | None:
    """The gutter of a two-column region crossed only by spanning lines, or None."""
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    width = right - left
    if width < 100:
        return None
    narrow = [ln for ln in lines if ln.width < 0.55 * width]
    if len(narrow) < 6 or len(narrow) * 3 < len(lines):
        return None
    lo, hi = left + 0.3 * width, left + 0.7 * width
    # the x in the middle third crossed by the fewest narrow lines (a few crossing
    # lines are spanning material: an affiliation, a centred equation)
    best: tuple[float, float] | None = None
    best_count = len(narrow) + 1
    x = lo
    while x <= hi:
        count = sum(1 for ln in narrow if ln.x0 < x < ln.x1)
        if count < best_count:
            best_count, best = count, (x, x)
        elif count == best_count and best is not None and best[1] >= x - 2.5:
            best = (best[0], x)
        x += 2.0
    if best is None or best_count > max(1, len(narrow) // 10):
        return None
    g = (best[0] + best[1]) / 2
    substantial = 0.2 * width
    n_left = sum(1 for ln in narrow if ln.x1 <= g and ln.width > substantial)
    n_right = sum(1 for ln in narrow if ln.x0 >= g and ln.width > substantial)
    if n_left < 3 or n_right < 3:
        return None
    return g


def reading_order(lines: Sequence[Line], depth: int = 0) -> list[Line]:
    """Lines of one page in reading order.

    Vertical strips that no line crosses split the page into regions read left
    to right (a sidebar, then the body).  A region whose narrow lines leave a gutter
    in its middle third is read as two columns, band by band: lines that cross the
    gutter (title, a full-width abstract, a wide figure caption) close a band.
    """
    if len(lines) < 2 or depth > 4:
        return _sort_rows(lines)
    gaps = _empty_gaps(lines)
    if gaps:
        groups: list[list[Line]] = [[] for _ in range(len(gaps) + 1)]
        for ln in lines:
            centre = (ln.x0 + ln.x1) / 2
            groups[sum(1 for g in gaps if centre > g)].append(ln)
        out: list[Line] = []
        for grp in groups:
            out.extend(reading_order(grp, depth + 1))
        return out
    g = _gutter(lines)
    if g is None:
        return _sort_rows(lines)
    spanning = sorted((ln for ln in lines if ln.x0 < g < ln.x1), key=lambda ln: -ln.y0)
    columns = [ln for ln in lines if not ln.x0 < g < ln.x1]
    out = []
    remaining = columns
    for span in [*spanning, None]:
        if span is None:
            band, remaining = remaining, []
        else:
            cut = (span.y0 + span.y1) / 2
            band = [ln for ln in remaining if (ln.y0 + ln.y1) / 2 > cut]
            remaining = [ln for ln in remaining if (ln.y0 + ln.y1) / 2 <= cut]
        left = [ln for ln in band if (ln.x0 + ln.x1) / 2 < g]
        right = [ln for ln in band if (ln.x0 + ln.x1) / 2 >= g]
        out.extend(reading_order(left, depth + 1))
        out.extend(reading_order(right, depth + 1))
        if span is not None:
            out.append(span)
    return out


# --------------------------------------------------------------------------- noise

_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?$|^[ivxlc]{1,6}$",
    re.IGNORECASE,
)
_NUMBER_ONLY = re.compile(r"^\d{1,4}$")
_LICENCE = re.compile(
    r"open[ -]access article|distributed under the terms|creative commons|"
    r"licensee (?:biomed|bmc|mdpi|springer)|permits unrestricted use|"
    r"this article is licensed under|all rights reserved|©|\(c\)\s*(?:19|20)\d\d|"
    r"^copyright\b|creativecommons\.org",
    re.IGNORECASE,
)
_CORRESPONDENCE = re.compile(
    r"^\W{0,3}\s*(?:correspondence|corresponding author|correspondence should be|"
    r"address (?:for )?correspondence|e-?mail\s*:|email address)",
    re.IGNORECASE,
)
_DATES = re.compile(
    r"^\W{0,3}(?:received|accepted|published(?: online)?|submitted|revised|"
    r"available online|first published|academic editor|editor|handling editor|reviewed by)"
    r"\b\s*:?",
    re.IGNORECASE,
)
_DATELIKE = re.compile(
    r"(?:19|20)\d\d|\bjan|\bfeb|\bmar|\bapr|\bmay|\bjun|\bjul|\baug|\bsep|"
    r"\boct|\bnov|\bdec|editor",
    re.IGNORECASE,
)
_FRONT_BOXES = re.compile(
    r"^(?:key ?words?|subjects|abbreviations|citation|how to cite|cite this article|"
    r"additional information and declarations|open access|doi)\b",
    re.IGNORECASE,
)


def _norm_key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip()


def running_lines(pages: Sequence[PageLayout], zone: float = 0.1) -> set[str]:
    """Keys (see ``_norm_key``) of lines repeated in the top or bottom zone of pages."""
    seen: dict[str, set[int]] = defaultdict(set)
    for page in pages:
        top = page.height * (1 - zone)
        bottom = page.height * zone
        for ln in page.lines:
            if ln.y0 >= top or ln.y1 <= bottom:
                seen[_norm_key(ln.text)].add(page.number)
    need = 2 if len(pages) <= 8 else max(2, len(pages) // 4)
    return {k for k, v in seen.items() if len(v) >= need and k}


def _line_numbers(page: PageLayout) -> set[int]:
    """ids (``id(line)``) of manuscript line numbers: aligned, increasing digit-only lines."""
    groups: dict[int, list[Line]] = defaultdict(list)
    for ln in page.lines:
        if _NUMBER_ONLY.match(ln.text):
            groups[round(ln.x1 / 6)].append(ln)
    out: set[int] = set()
    for grp in groups.values():
        if len(grp) < 8:
            continue
        grp.sort(key=lambda ln: -ln.y0)
        values = [int(ln.text) for ln in grp]
        ups = sum(1 for a, b in itertools.pairwise(values) if b > a)
        if ups >= 0.8 * (len(values) - 1):
            out.update(id(ln) for ln in grp)
    return out


def _noise_boxes(lines: Sequence[Line]) -> set[int]:
    """Boxes that are licence footers, correspondence or front-matter blocks."""
    by_box: dict[int, list[Line]] = defaultdict(list)
    for ln in lines:
        by_box[ln.box].append(ln)
    out: set[int] = set()
    for box, blines in by_box.items():
        first = blines[0].text
        joined = " ".join(ln.text for ln in blines)
        small = len(blines) <= 8
        if (
            small
            and (
                _LICENCE.search(first)
                or (len(blines) <= 5 and _LICENCE.search(joined) and len(joined) < 700)
            )
        ) or (small and (_CORRESPONDENCE.match(first) or _FRONT_BOXES.match(first))):
            out.add(box)
    return out


def _is_noise_line(ln: Line, margin_keys: set[str], page: PageLayout) -> bool:
    text = ln.text
    tokens = text.split()
    singles = sum(1 for t in tokens if len(t) == 1)
    if len(tokens) >= 2 and singles >= 0.7 * len(tokens) and not text.isupper():
        # rotated or vertical text comes out one letter at a time ("e b b e t a l .")
        return True
    if len(text) <= 2 and not text.isdigit():
        return True
    in_margin = ln.y0 >= page.height * 0.9 or ln.y1 <= page.height * 0.1
    if in_margin and (_PAGE_NUMBER.match(text) or _norm_key(text) in margin_keys):
        return True
    if _CORRESPONDENCE.match(text):
        return True
    if _DATES.match(text) and (_DATELIKE.search(text)):
        return True
    if re.match(r"^\W*(?:doi|https?://(?:dx\.)?doi\.org/)\s*:?\s*10\.\S+$", text, re.I):
        return True
    return bool(_LICENCE.search(text) and in_margin)


# --------------------------------------------------------------------------- headings

#: canonical section -> heading words (matched on the whole line, case-insensitive)
KEEP_HEADINGS: dict[str, tuple[str, ...]] = {
    "Abstract": ("abstract", "summary", "structured abstract"),
    "Introduction": (
        "introduction",
        "background",
        "background and aims",
        "overview",
        "introduction and background",
        "rationale",
    ),
    "Methods": (
        "methods",
        "method",
        "materials and methods",
        "material and methods",
        "methods and materials",
        "methodology",
        "patients and methods",
        "subjects and methods",
        "participants and methods",
        "study design and methods",
        "experimental procedures",
        "experimental section",
        "experimental design",
        "methods and analysis",
        "study design",
        "the study",
        "design and methods",
        "research design and methods",
        "materials & methods",
        "methods and design",
        "design",
        "implementation",
        "approach",
    ),
    "Results": ("results", "findings", "results and analysis", "outcomes", "evaluation"),
    "Discussion": (
        "discussion",
        "general discussion",
        "comment",
        "interpretation",
        "results and discussion",
        "discussion and conclusions",
        "discussion and conclusion",
    ),
    "Limitations": (
        "limitations",
        "study limitations",
        "strengths and limitations",
        "limitations of the study",
        "limitations and future research",
        "strengths and weaknesses",
        "limitations and future work",
        "limitations and strengths",
        "strengths and limitations of this study",
        "limitation",
    ),
    "Conclusions": (
        "conclusions",
        "conclusion",
        "concluding remarks",
        "summary and conclusions",
        "conclusions and future work",
        "implications",
        "conclusion and future work",
    ),
    "Funding": (
        "funding",
        "funding sources",
        "sources of funding",
        "financial support",
        "role of the funding source",
        "financial disclosure",
        "grant support",
        "funding statement",
        "source of funding",
    ),
    "Conflicts of interest": (
        "conflicts of interest",
        "conflict of interest",
        "conflict of interest statement",
        "declaration of interests",
        "declaration of interest",
        "disclosures",
        "disclosure",
        "conflicts of interest statement",
        "disclosure statement",
    ),
}

#: headings of back matter: the text after them is dropped until a kept heading
CUT_HEADINGS: tuple[str, ...] = (
    "references",
    "reference",
    "bibliography",
    "literature cited",
    "works cited",
    "references and notes",
    "cited literature",
    "acknowledgements",
    "acknowledgments",
    "acknowledgement",
    "acknowledgment",
    "competing interests",
    "competing interest",
    "authors' contributions",
    "authors contributions",
    "author contributions",
    "contributors",
    "author details",
    "authors' information",
    "author information",
    "additional information",
    "additional information and declarations",
    "supplementary material",
    "supplementary materials",
    "supplementary information",
    "supporting information",
    "additional files",
    "additional file",
    "data availability",
    "data availability statement",
    "availability of data and materials",
    "ethics approval and consent to participate",
    "consent for publication",
    "pre-publication history",
    "endnotes",
    "notes",
    "appendix",
    "appendices",
    "publisher's note",
    "declarations",
    "abbreviations",
    "footnotes",
    "open access",
    "electronic supplementary material",
    "author details",
)

_REFERENCE_HEADINGS = frozenset(CUT_HEADINGS[:7])

_HEADING_INDEX: dict[str, str] = {
    words: canonical for canonical, all_words in KEEP_HEADINGS.items() for words in all_words
}
_HEADING_INDEX.update({words: "" for words in CUT_HEADINGS})

_NUMBERING = re.compile(r"^(?:(?:\d{1,2}|[IVX]{1,5})(?:\.\d{1,2})*\.?|[A-H]\.)\s+")
_INLINE_ABSTRACT = re.compile(r"^(abstract|summary)\b\s*[:.—–-]?\s+(?=\S)", re.IGNORECASE)


def _heading_key(text: str) -> tuple[str, bool]:
    """The heading words of a line (numbering and final colon removed), and whether numbered."""
    t = text.strip()
    m = _NUMBERING.match(t)
    numbered = bool(m)
    if m:
        t = t[m.end() :]
    t = t.strip().rstrip(":.").strip()
    t = t.replace("’", "'").replace("&", "and")
    t = re.sub(r"\s+", " ", t)
    # letter-spaced capitals: "R E S U L T S"
    if re.fullmatch(r"(?:[A-Z] ){3,}[A-Z]", t):
        t = t.replace(" ", "")
    return t.lower(), numbered


def classify_heading(ln: Line) -> tuple[str, str] | None:
    """("keep", canonical) or ("cut", words) when the line is a section heading."""
    text = ln.text
    if len(text) > 70 or not text[:1].isalnum():
        return None
    key, numbered = _heading_key(text)
    if key not in _HEADING_INDEX:
        return None
    words = key.split()
    # the heading stands out: its own box, bold, numbered or in capitals
    plain = text.lstrip("0123456789. ")
    looks = ln.first_in_box or ln.bold or numbered or plain.isupper()
    if not looks or not plain[:1].isupper():
        return None
    if len(words) > 8:
        return None
    canonical = _HEADING_INDEX[key]
    return ("keep", canonical) if canonical else ("cut", key)


def _is_subheading(
    ln: Line,
    text_size: float,
    box_width: float = 0.0,
    first: bool | None = None,
    next_text: str = "",
) -> bool:
    """A heading not in the lexicon ("4. Experience of Programmes", a bold "Setting")."""
    text = ln.text
    if len(text) > 90 or text.endswith((".", ",", ";", "-")) or not text[:1].isalnum():
        return False
    words = text.split()
    if len(words) > 12:
        return False
    m = _NUMBERING.match(text)
    rest = text[m.end() :] if m else text
    if not rest[:1].isupper():
        return False
    if next_text[:1].islower():
        return False  # the line runs on into a sentence: "Neither group had any criticism of"
    first = ln.first_in_box if first is None else first
    if m and re.match(r"^\d", text) and first and not re.search(r"\d{4}|[;:]", rest):
        return True
    if not (first and ln.box_lines > 1):
        return False
    bigger = text_size > 0 and ln.size >= text_size + 1.0
    short = box_width > 0 and ln.width < 0.75 * box_width and len(words) <= 8
    return ln.bold or bigger or short


# --------------------------------------------------------------------------- DOI

_DOI_CONTEXT = re.compile(
    r"cite this article|how to cite|citation\s*:|to cite this|please cite|this article|"
    r"published online|doi\s*:?\s*$|article id",
    re.IGNORECASE,
)


def _dois_in(text: str) -> list[str]:
    from spin.doi import find_dois

    # a DOI broken at a line end by the layout ("10.1186/1752-" + "2897-4-1")
    text = re.sub(r"(10\.\d{4,9}/\S*-)\s+(?=[\w.-]+\b)", r"\1", text)
    return [d for d, _s, _e in find_dois(text)]


def _meta_dois(metadata: dict[str, str]) -> list[str]:
    from spin.doi import find_dois

    out: list[str] = []
    for key in ("doi", "DOI", "prism:doi", "Subject", "Keywords", "Title", "WPS-ARTICLEDOI"):
        if key in metadata:
            out.extend(d for d, _s, _e in find_dois(metadata[key]))
    xmp = metadata.get("xmp", "")
    if xmp:
        for m in re.finditer(
            r"<(?:prism:doi|dc:identifier|pdfx:doi|crossmark:DOI|prism:url)[^>]*>(.*?)</",
            xmp,
            re.S,
        ):
            out.extend(d for d, _s, _e in find_dois(m.group(1)))
        for m in re.finditer(r"(?:prism:doi|pdfx:doi|crossmark:DOI)=\"([^\"]+)\"", xmp):
            out.extend(d for d, _s, _e in find_dois(m.group(1)))
    return list(dict.fromkeys(out))


def find_own_doi(
    pages: Sequence[PageLayout], metadata: dict[str, str], margin_keys: set[str]
) -> tuple[str | None, str | None]:
    """The paper's own DOI and where it was found.

    Trust order: the PDF metadata (/doi, /Subject, /Keywords, XMP); a DOI in the
    running header or footer; a DOI on page 1; a DOI on the last page next to
    "Cite this article" (not the DOIs of the reference list).
    """
    meta = _meta_dois(metadata)
    if meta:
        return meta[0], "metadata"
    if not pages:
        return None, None
    counts: Counter[str] = Counter()
    for page in pages:
        for ln in page.lines:
            if _norm_key(ln.text) in margin_keys:
                for d in _dois_in(ln.text):
                    counts[d] += 1
    if counts:
        return counts.most_common(1)[0][0], "running header"
    # page 1 up to a reference list heading (a one-page paper cites on page 1 too)
    front: list[str] = []
    for ln in reading_order(pages[0].lines):
        kind = classify_heading(ln)
        if kind is not None and kind[0] == "cut" and kind[1] in _REFERENCE_HEADINGS:
            break
        front.append(ln.text)
    found = _dois_in("\n".join(front))
    if found:
        return found[0], "page 1"
    if len(pages) > 1:
        last = pages[-1]
        lines = [ln.text for ln in _sort_rows(last.lines)]
        by_box: dict[int, list[str]] = defaultdict(list)
        for ln in last.lines:
            by_box[ln.box].append(ln.text)
        for box_lines in by_box.values():
            joined = "\n".join(box_lines)
            if _DOI_CONTEXT.search(joined):
                found = _dois_in(joined)
                if found:
                    return found[0], "last page"
        for i, line in enumerate(lines):
            if re.match(r"^\W*doi\s*:", line, re.IGNORECASE):
                window = " ".join(lines[max(0, i - 2) : i + 3])
                if _DOI_CONTEXT.search(window) or not re.search(r"\b(?:19|20)\d\d\b", window):
                    found = _dois_in(line + " " + " ".join(lines[i + 1 : i + 2]))
                    if found:
                        return found[0], "last page"
    return None, None


# --------------------------------------------------------------------------- assembly

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")


def _vocabulary(lines: Iterable[Line]) -> set[str]:
    """Words of the text, without the halves of words hyphenated at line ends."""
    vocab: set[str] = set()
    after_hyphen = False
    for ln in lines:
        tokens = ln.text.split()
        for i, tok in enumerate(tokens):
            if i == len(tokens) - 1 and tok.endswith("-"):
                continue
            if i == 0 and after_hyphen:
                continue
            for w in _WORD.findall(tok):
                vocab.add(w.lower())
        after_hyphen = bool(tokens) and tokens[-1].endswith("-")
    return vocab


#: halves of compounds that keep their hyphen ("long-term", "meta-analysis") even
#: when the document does not show the parts as words elsewhere
_COMPOUND_FIRST = frozenset(
    [
        "self",
        "well",
        "long",
        "short",
        "double",
        "single",
        "triple",
        "high",
        "low",
        "cross",
        "follow",
        "placebo",
        "age",
        "sex",
        "dose",
        "evidence",
        "population",
        "community",
        "open",
        "full",
        "part",
        "first",
        "second",
        "third",
        "large",
        "small",
        "middle",
    ]
)
_COMPOUND_SECOND = frozenset(
    [
        "up",
        "based",
        "related",
        "controlled",
        "blind",
        "blinded",
        "term",
        "specific",
        "dependent",
        "free",
        "like",
        "level",
        "wide",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "old",
        "analysis",
        "analyses",
        "reported",
        "matched",
        "adjusted",
    ]
)


def join_hyphenated(before: str, after: str, vocab: set[str]) -> str:
    """Join two lines; a word split by a hyphen at the line end is rejoined."""
    if not before:
        return after
    m = re.search(r"([A-Za-z][A-Za-z-]*)-$", before)
    n = re.match(r"([a-z][A-Za-z]*)", after)
    if m and n:
        head, tail = m.group(1), n.group(1)
        last = head.split("-")[-1].lower()
        if (last + tail).lower() in vocab:
            return before[:-1] + after
        if (head + "-" + tail).lower() in vocab:
            return before + after
        if len(last) > 2 and last in vocab and ("-" in head or tail.lower() in vocab):
            return before + after
        if last in _COMPOUND_FIRST or tail.lower() in _COMPOUND_SECOND:
            return before + after
        return before[:-1] + after
    return before + " " + after


@dataclass
class _Builder:
    heading: str
    page: int
    parts: list[str] = field(default_factory=list)
    text: str = ""
    pages: list[tuple[int, int]] = field(default_factory=list)

    def add(self, ln: Line, vocab: set[str]) -> None:
        if not self.pages or self.pages[-1][1] != ln.page:
            offset = len(self.text) + (1 if self.text else 0)
            self.pages.append((offset, ln.page))
        if self.text.endswith("\n\n") or not self.text:
            self.text += ln.text
        else:
            self.text = join_hyphenated(self.text, ln.text, vocab)

    def paragraph(self) -> None:
        if self.text and not self.text.endswith("\n\n"):
            self.text = self.text.rstrip() + "\n\n"

    def build(self) -> ArticleSection | None:
        text = self.text.strip()
        if len(text) < 2:
            return None
        return ArticleSection(
            heading=self.heading,
            text=text,
            page=self.pages[0][1] if self.pages else self.page,
            pages=tuple(self.pages),
        )


_ARTICLE_TYPE = re.compile(
    r"^(?:research|original|review|clinical|brief|short)?\s*(?:research\s+)?"
    r"(?:article|paper|report|communication|review|study|letter)s?$|^r e (?:v i e w|s e a r c h)",
    re.IGNORECASE,
)


def _title(pages: Sequence[PageLayout], metadata: dict[str, str], noise: set[int]) -> str | None:
    meta_title = (metadata.get("Title") or "").strip()
    if len(re.findall(r"[A-Za-z]{2,}", meta_title)) >= 3 and not re.search(
        r"\.(?:docx?|pdf|tex|dvi)$|^microsoft|^untitled", meta_title, re.I
    ):
        return re.sub(r"\s+", " ", meta_title)
    if not pages or not pages[0].lines:
        return None
    lines = [
        ln
        for ln in pages[0].lines
        if id(ln) not in noise and len(ln.text) > 3 and not _ARTICLE_TYPE.match(ln.text)
    ]
    if not lines:
        return None
    biggest = max(ln.size for ln in lines)
    title_lines = [ln for ln in _sort_rows(lines) if ln.size >= biggest - 0.5]
    title = " ".join(ln.text for ln in title_lines)
    if 10 <= len(title) <= 400:
        return title
    return None


def build_article(layout: Layout) -> Article:
    """Clean, ordered, sectioned article text from the page layout (pure)."""
    pages = layout.pages
    warnings = list(layout.warnings)
    chars = sum(len(ln.text) for p in pages for ln in p.lines)
    margin_keys = running_lines(pages)
    doi, doi_source = find_own_doi(pages, layout.metadata, margin_keys)

    ordered: list[tuple[Line, PageLayout]] = []
    noise_ids: set[int] = set()
    for page in pages:
        numbers = _line_numbers(page)
        noise_boxes = _noise_boxes(page.lines)
        for ln in page.lines:
            if id(ln) in numbers or ln.box in noise_boxes or _is_noise_line(ln, margin_keys, page):
                noise_ids.add(id(ln))
        for ln in reading_order(page.lines):
            if id(ln) not in noise_ids:
                ordered.append((ln, page))

    title = _title(pages, layout.metadata, noise_ids)
    box_width: dict[int, float] = defaultdict(float)
    for ln, _p in ordered:
        box_width[ln.box] = max(box_width[ln.box], ln.width)
    vocab = _vocabulary(ln for ln, _p in ordered)
    # a heading is bigger than the text of its own box (a paper's reference list
    # is often the most common size, so a document-wide body size misleads)
    box_sizes: dict[int, list[float]] = defaultdict(list)
    for ln, _p in ordered:
        box_sizes[ln.box].append(ln.size)
    box_size = {box: sorted(v)[len(v) // 2] for box, v in box_sizes.items()}

    # the body text's size: the size that most characters have
    by_size: dict[float, int] = defaultdict(int)
    for ln, _p in ordered:
        by_size[round(ln.size, 1)] += len(ln.text)
    body_size = max(by_size, key=lambda k: by_size[k]) if by_size else 0.0

    sections: list[ArticleSection] = []
    front: list[Line] = []
    current: _Builder | None = None
    cut = False
    seen_heading = False
    heading_box = -1
    for index, (ln, _page) in enumerate(ordered):
        kind = classify_heading(ln)
        follows_heading = ln.box == heading_box
        following = ordered[index + 1][0] if index + 1 < len(ordered) else None
        next_text = following.text if following is not None else ""
        heading_box = -1
        if kind is None and not seen_heading and ln.first_in_box:
            m = _INLINE_ABSTRACT.match(ln.text)
            if m and ln.text[: m.end()].strip()[:1].isupper():
                kind = ("keep", "Abstract")
                ln = replace(ln, text=ln.text[m.end() :])
                if current is not None and (sec := current.build()):
                    sections.append(sec)
                current = _Builder("Abstract", ln.page)
                seen_heading, cut = True, False
                current.add(ln, vocab)
                continue
        if kind is not None and kind[0] == "cut" and ln.size < 0.9 * body_size:
            # a table's or figure's footnote label ("Notes." under a table, in small
            # print) is not the article's Notes section: cutting there lost the rest
            # of a results section
            kind = None
        if kind is not None:
            seen_heading = True
            if current is not None and (sec := current.build()):
                sections.append(sec)
            current = None
            heading_box = ln.box
            if kind[0] == "cut":
                cut = True
                continue
            cut = False
            current = _Builder(kind[1], ln.page)
            continue
        if cut:
            continue
        if current is None:
            if not seen_heading:
                front.append(ln)
            continue
        if _is_subheading(
            ln,
            box_size[ln.box],
            box_width[ln.box],
            first=ln.first_in_box or follows_heading,
            next_text=next_text,
        ):
            current.paragraph()
            continue
        current.add(ln, vocab)
    if current is not None and (sec := current.build()):
        sections.append(sec)

    if not any(s.heading == "Abstract" for s in sections) and front:
        abstract = _abstract_from_front(front, vocab, whole=not seen_heading)
        if abstract is not None:
            sections.insert(0, abstract)
    if not seen_heading:
        # no heading at all: the front block is the abstract, the rest one "Body"
        body = _Builder("Body", front[0].page if front else 1)
        abstract_box = _abstract_box(front, first=True)
        # the front matter (title, authors) before the abstract is not body text
        started = abstract_box is None
        for ln in front:
            if ln.box == abstract_box:
                started = True
                continue
            if not started:
                continue
            if _is_subheading(ln, box_size[ln.box], box_width[ln.box]):
                body.paragraph()
                continue
            body.add(ln, vocab)
        sec = body.build()
        if sec is not None:
            sections.append(sec)
    if pages and chars and not sections:
        warnings.append("no section text found in the PDF")
    return Article(
        title=title,
        doi=doi,
        doi_source=doi_source,
        sections=tuple(sections),
        pages=len(pages),
        chars=chars,
        warnings=tuple(warnings),
    )


def _abstract_box(front: Sequence[Line], *, first: bool) -> int | None:
    """The box of the abstract in the front matter: the first long block when the
    paper has no headings (``first``), else the longest block before the first heading."""
    by_box: dict[int, list[Line]] = defaultdict(list)
    for ln in front:
        by_box[ln.box].append(ln)
    candidates = [
        (box, sum(len(ln.text) for ln in blines))
        for box, blines in by_box.items()
        if sum(len(ln.text) for ln in blines) >= 200
    ]
    if not candidates:
        return None
    if first:
        return candidates[0][0]
    return max(candidates, key=lambda c: c[1])[0]


def _abstract_from_front(
    front: Sequence[Line], vocab: set[str], whole: bool
) -> ArticleSection | None:
    box = _abstract_box(front, first=whole)
    if box is None:
        return None
    builder = _Builder("Abstract", front[0].page)
    for ln in front:
        if ln.box == box:
            if not builder.text:
                m = _INLINE_ABSTRACT.match(ln.text)
                if m:
                    ln = replace(ln, text=ln.text[m.end() :])
            builder.add(ln, vocab)
    return builder.build()


def iter_sentences(section: ArticleSection) -> Iterator[tuple[str, int | None]]:
    """Sentences of a section with the page each starts on."""
    from spin.text import normalize_space, split_spans

    for start, end in split_spans(section.text):
        sentence = normalize_space(section.text[start:end])
        if sentence:
            yield sentence, section.page_at(start)
