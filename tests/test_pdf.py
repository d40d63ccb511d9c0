"""Reading papers from PDF (spin.sources.pdf, spin.pdftext).

Most tests run on PDFs written here by tests/pdfgen.py (invented DOIs under the
10.5555 test prefix); the four real CC BY articles in ../shared/fixtures/pdf run
through the ``shared`` fixture and are skipped when it is absent.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pdfgen import PDFDoc, wrap

from spin.errors import PDFError
from spin.model import Paper
from spin.sources import pdf as pdfsource
from spin.sources.pdf import load_pdf

# --------------------------------------------------------------------------- builders

HEADER = "Journal of Invented Results 2024; 12:345"
LICENCE = (
    "(c) 2024 Author et al. This is an Open Access article distributed under the terms of "
    "the Creative Commons Attribution License, which permits unrestricted use."
)
REFERENCE_TEXT = "Smith AB, Jones CD: A reference entry that must never become a statement."

INTRO = (
    "Chronic knee pain affects many older adults and limits their daily activity. "
    "Exercise programmes are recommended, but adherence is often poor in practice. "
    "We therefore tested a short supervised programme delivered in community centres."
)
METHODS = (
    "We enrolled 120 adults aged 60 to 85 years with chronic knee pain in a pilot trial. "
    "Participants were randomly assigned to supervised exercise or to usual care for twelve "
    "weeks. The primary outcome was the change in pain score on a ten point scale. "
    "Secondary outcomes included walking speed, sleep quality and the use of analgesics. "
    "Assessors who measured the outcomes did not know which group a participant was in. "
    "The analysis followed the intention to treat principle and used linear models."
)
RESULTS = (
    "Pain scores fell by 1.8 points in the exercise group and by 0.6 points with usual care. "
    "The difference was statistically significant at the end of the programme. "
    "Walking speed improved slightly, but sleep quality did not change between groups."
)
LIMITATIONS = (
    "This pilot study was small and followed participants for only twelve weeks. "
    "Participants could not be blinded to the exercise they received."
)
DISCUSSION = (
    "Supervised exercise reduced knee pain more than usual care in this pilot trial. "
    "Larger trials with longer follow up are needed before wider recommendations."
)
FILLER = [
    " ".join(
        f"Observation {i}.{j} concerned the walking test of cohort {i} and visit {j}."
        for j in range(1, 7)
    )
    for i in range(1, 9)
]
CONCLUSIONS = "A short supervised exercise programme may reduce knee pain in older adults."
FUNDING = "The study was funded by the Invented Research Council under grant 42."
ABSTRACT = (
    "Background: Knee pain is common in older adults. Methods: We randomly assigned 120 "
    "adults to supervised exercise or usual care. Results: Pain fell more with exercise. "
    "Conclusions: Supervised exercise may help older adults with knee pain."
)

Block = tuple[str, Any]


def two_column_article(
    *,
    doi_on_page1: str | None = "10.5555/spin.twocol.1",
    heading_style: Callable[[int, str], str] = lambda n, h: f"{n}. {h}",
    hyphen_pair: tuple[str, str] = ("thrombo-", "prophylaxis"),
) -> bytes:
    """A three-page two-column article: running header, page numbers, licence
    footer and correspondence on page 1, a full-width abstract, numbered headings,
    a word hyphenated across lines, a reference list with its own DOI."""
    doc = PDFDoc()
    col_w, left_x, right_x = 246.0, 50.0, 316.0
    top, bottom = 700.0, 80.0
    pages: list[Any] = []

    def new_page() -> Any:
        page = doc.page()
        page.text(50, 765, HEADER, size=8)
        pages.append(page)
        return page

    page = new_page()
    page.text(50, 730, "Supervised exercise for chronic knee pain", size=18, bold=True)
    page.text(50, 710, "Ann Author, Ben Writer", size=11)
    if doi_on_page1:
        page.text(400, 765, f"doi:{doi_on_page1}", size=8)
    page.text(50, 690, "Abstract", size=11, bold=True)
    y = page.paragraph(50, 675, 512, ABSTRACT, size=9.5, leading=11.5)
    page.lines(60, 70, wrap(LICENCE, 480, 7), size=7, leading=8)
    page.lines(50, 95, ["*Correspondence: ann.author@example.org"], size=7)

    blocks: list[Block] = [
        ("h", heading_style(1, "Introduction")),
        ("p", INTRO),
        ("lines", [f"Early {hyphen_pair[0]}", f"{hyphen_pair[1]} was not part of the plan."]),
        ("h", heading_style(2, "Methods")),
        ("p", METHODS),
        ("p", METHODS.replace("120", "one hundred and twenty")),
        ("h", heading_style(3, "Results")),
        ("p", RESULTS),
        ("p", RESULTS.replace("1.8", "one point eight")),
        *[("p", para) for para in FILLER],
        ("h", heading_style(4, "Limitations")),
        ("p", LIMITATIONS),
        ("h", heading_style(5, "Discussion")),
        ("p", DISCUSSION),
        ("h", heading_style(6, "Conclusions")),
        ("p", CONCLUSIONS),
        ("h", "Funding"),
        ("p", FUNDING),
        ("h", "References"),
        (
            "lines",
            wrap(f"1. {REFERENCE_TEXT} J Invent Res 2020, 1:1-9. doi:10.5555/ref.other", col_w, 8),
        ),
        (
            "lines",
            wrap(
                "2. Doe J: Another cited work about knee pain and exercise in adults. "
                "Invent Med 2019, 3:4-5.",
                col_w,
                8,
            ),
        ),
    ]
    # flow the blocks line by line: left column, right column, next page
    column = 0
    y = col_top = min(y - 10, top)
    for kind, value in blocks:
        if kind == "h":
            items = [(value, 11.0, True)]
        elif kind == "p":
            items = [(ln, 10.0, False) for ln in wrap(value, col_w, 10)]
        else:
            items = [(ln, 10.0, False) for ln in value]
        for i, (ln, size, bold) in enumerate(items):
            if y < bottom:
                column += 1
                if column == 2:
                    page = new_page()
                    column = 0
                    col_top = top
                y = col_top
            x = left_x if column == 0 else right_x
            page.text(x, y, ln, size=size, bold=bold)
            y -= 12 if i < len(items) - 1 or kind == "lines" else 18
        y -= 4
    for n, p in enumerate(pages, start=1):
        p.text(480, 40, f"Page {n} of {len(pages)}", size=8)
    return doc.build(info={"Title": "Supervised exercise for chronic knee pain"})


def one_column_article(
    *,
    heading: Callable[[str], str] = str.upper,
    last_page_doi: str | None = "10.5555/spin.onecol.7",
    line_numbers: bool = False,
    info: dict[str, str] | None = None,
    with_abstract_heading: bool = True,
) -> bytes:
    """A one-column article over three pages; the DOI only on the last page after
    the references (which carry DOIs of their own)."""
    doc = PDFDoc()
    pages: list[Any] = []

    def new_page() -> Any:
        page = doc.page()
        page.text(72, 40, f"Invented Letters | {len(pages) + 1}", size=8)
        pages.append(page)
        return page

    page = new_page()
    page.text(72, 730, "Exercise and knee pain: a pilot trial", size=18, bold=True)
    page.text(72, 708, "Received 3 March 2024; Accepted 9 May 2024", size=8)
    y = 680.0
    if with_abstract_heading:
        page.text(72, y, heading("Abstract"), size=11, bold=True)
        y -= 16
    y = page.paragraph(72, y, 468, ABSTRACT)
    blocks: list[Block] = [
        ("h", heading("Background")),
        ("p", INTRO),
        ("h", heading("Materials and methods")),
        ("p", METHODS),
        ("h", heading("Results")),
        ("p", RESULTS),
        *[("p", para) for para in FILLER],
        ("h", heading("Discussion")),
        ("p", DISCUSSION),
        ("h", heading("Conflicts of interest")),
        ("p", "The authors declare no conflicts of interest."),
        ("h", heading("Acknowledgements")),
        ("p", "We thank the community centres for their help with recruitment."),
        ("h", heading("References")),
        ("p", f"1. {REFERENCE_TEXT} doi:10.5555/ref.first"),
        ("p", "2. Roe R: Yet another entry. doi:10.5555/ref.second"),
    ]
    y -= 10
    for kind, value in blocks:
        if y < 200:
            page = new_page()
            y = 720.0
        if kind == "h":
            page.text(72, y, value, size=11, bold=True)
            y -= 16
        else:
            y = page.paragraph(72, y, 468, value) - 6
    if last_page_doi:
        page.text(
            72,
            y - 20,
            f"Cite this article as: Author A. Invented Letters 2024. doi:{last_page_doi}",
            size=8,
        )
    if line_numbers:
        for p in pages:
            for i, yy in enumerate(range(720, 200, -12)):
                p.text(40, yy, str(i + 1), size=7)
    return doc.build(info=info)


def plain_article() -> bytes:
    """No headings at all: a title, a first block (the abstract), then paragraphs."""
    doc = PDFDoc()
    page = doc.page()
    page.text(72, 730, "A note on knee pain", size=16, bold=True)
    y = page.paragraph(72, 700, 468, ABSTRACT) - 20
    y = page.paragraph(72, y, 468, INTRO) - 20
    page.paragraph(72, y, 468, METHODS)
    return doc.build()


def settings(tmp_path: Path, **extra: Any) -> Any:
    values: dict[str, Any] = {"cache_dir": tmp_path / "cache", "refresh": False, "offline": True}
    values.update(extra)
    return SimpleNamespace(**values)


def sentences(text: str) -> list[str]:
    from spin.text import split_sentences

    return split_sentences(text)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- generated PDFs


@pytest.fixture(scope="module")
def twocol(tmp_path_factory: pytest.TempPathFactory) -> Paper:
    tmp = tmp_path_factory.mktemp("twocol")
    path = write(tmp, "twocol.pdf", two_column_article())
    return load_pdf(path, settings(tmp))


def test_two_column_sections_in_order(twocol: Paper) -> None:
    headings = [s.heading for s in twocol.sections]
    assert headings == [
        "Abstract",
        "Introduction",
        "Methods",
        "Results",
        "Limitations",
        "Discussion",
        "Conclusions",
        "Funding",
    ]
    assert twocol.sources == ("pdf",)
    assert [s.heading for s in twocol.abstract] == ["Abstract"]
    assert twocol.title == "Supervised exercise for chronic knee pain"


def test_two_column_text_reads_in_order(twocol: Paper) -> None:
    """Every sentence of every paragraph comes out whole, although paragraphs run
    across columns and pages."""
    texts = {s.text for s in twocol.statements}
    for paragraph in (INTRO, METHODS, RESULTS, LIMITATIONS, DISCUSSION, CONCLUSIONS, FUNDING):
        for sentence in sentences(paragraph):
            assert sentence in texts, sentence
    methods = next(s for s in twocol.sections if s.heading == "Methods")
    assert methods.text.index("We enrolled 120") < methods.text.index("one hundred and twenty")


def test_two_column_statements_carry_section_and_page(twocol: Paper) -> None:
    assert all(s.source == "pdf" for s in twocol.statements)
    assert all(isinstance(s.page, int) and 1 <= s.page <= 3 for s in twocol.statements)
    by_text = {s.text: s for s in twocol.statements}
    assert by_text[sentences(LIMITATIONS)[0]].section == "Limitations"
    assert by_text[sentences(INTRO)[0]].page == 1
    assert by_text[FUNDING].section == "Funding"
    assert by_text[FUNDING].page is not None and by_text[FUNDING].page >= 2
    assert [s.page for s in twocol.statements] == sorted(s.page or 0 for s in twocol.statements)


def test_two_column_noise_dropped(twocol: Paper) -> None:
    full = " ".join(s.text for s in twocol.sections)
    for noise in (
        "Journal of Invented Results",  # running header
        "Page 1 of",  # page numbers
        "Creative Commons",  # licence footer
        "Correspondence",
        "ann.author@example.org",
        "Smith AB",  # reference list
        "10.5555/ref.other",
        "Another cited work",
    ):
        assert noise not in full, noise


def test_hyphenated_word_is_joined(twocol: Paper) -> None:
    intro = next(s for s in twocol.sections if s.heading == "Introduction")
    assert "Early thromboprophylaxis was not part of the plan." in intro.text


def test_own_doi_on_page_one_not_the_reference(twocol: Paper) -> None:
    assert twocol.doi == "10.5555/spin.twocol.1"
    assert twocol.provenance["doi"].startswith("pdf")


@pytest.mark.parametrize(
    "style",
    [
        lambda n, h: h,  # Title case
        lambda n, h: h.upper(),  # INTRODUCTION
        lambda n, h: f"{n} {h.upper()}",  # 2 METHODS
        lambda n, h: f"{n}. {h}",  # 2. Methods
        lambda n, h: f"{['I', 'II', 'III', 'IV', 'V', 'VI'][n - 1]}. {h.upper()}",  # II. METHODS
    ],
    ids=["title", "upper", "numbered-upper", "numbered", "roman"],
)
def test_heading_styles(tmp_path: Path, style: Callable[[int, str], str]) -> None:
    path = write(tmp_path, "h.pdf", two_column_article(heading_style=style))
    paper = load_pdf(path, settings(tmp_path))
    assert [s.heading for s in paper.sections][:6] == [
        "Abstract",
        "Introduction",
        "Methods",
        "Results",
        "Limitations",
        "Discussion",
    ]


@pytest.mark.parametrize(
    ("pair", "expected"),
    [
        (("long-", "term"), "long-term"),  # both halves are words: a real compound
        (("random-", "ization"), "randomization"),
        (("self-re-", "ported"), "self-reported"),
    ],
)
def test_hyphenation_rules(tmp_path: Path, pair: tuple[str, str], expected: str) -> None:
    path = write(tmp_path, "hy.pdf", two_column_article(hyphen_pair=pair))
    paper = load_pdf(path, settings(tmp_path))
    intro = next(s for s in paper.sections if s.heading == "Introduction")
    assert f"Early {expected} was" in intro.text


def test_one_column_doi_on_last_page_not_references(tmp_path: Path) -> None:
    path = write(tmp_path, "one.pdf", one_column_article())
    paper = load_pdf(path, settings(tmp_path))
    assert paper.doi == "10.5555/spin.onecol.7"
    headings = [s.heading for s in paper.sections]
    assert headings == [
        "Abstract",
        "Introduction",
        "Methods",
        "Results",
        "Discussion",
        "Conflicts of interest",
    ]
    texts = " ".join(s.text for s in paper.statements)
    assert "Smith AB" not in texts and "community centres for their help" not in texts
    assert "Received" not in texts and "Invented Letters" not in texts
    assert "The authors declare no conflicts of interest." in texts


def test_title_case_headings_and_line_numbers(tmp_path: Path) -> None:
    data = one_column_article(heading=str, line_numbers=True)
    paper = load_pdf(write(tmp_path, "ln.pdf", data), settings(tmp_path))
    assert [s.heading for s in paper.sections][:4] == [
        "Abstract",
        "Introduction",
        "Methods",
        "Results",
    ]
    methods = next(s for s in paper.sections if s.heading == "Methods")
    for sentence in sentences(METHODS):
        assert sentence in methods.text
    assert not re.search(r"\b(?:1 2|2 3|3 4)\b", methods.text)


def test_table_notes_label_does_not_cut_the_section(tmp_path: Path) -> None:
    """ "Notes." under a table, in small print, is not the article's Notes section:
    taking it for one once dropped the rest of a real paper's results (VESPA, PeerJ)."""
    doc = PDFDoc()
    page = doc.page()
    y = 740.0
    for heading, text in (("Introduction", INTRO), ("Results", RESULTS)):
        page.text(72, y, heading, size=12, bold=True)
        y = page.paragraph(72, y - 18, 468, text)
    page.text(72, y, "Table 1 Scores by group.", size=8)
    page.text(72, y - 30, "Notes.", size=7, bold=True)
    page.text(72, y - 39, "Scores are means.", size=7)
    after = "After the table, the knee pain scores kept falling in the exercise group."
    y = page.paragraph(72, y - 70, 468, after)
    page.text(72, y - 10, "Discussion", size=12, bold=True)
    page.paragraph(72, y - 28, 468, "Exercise helped knee pain in this small trial.")
    paper = load_pdf(write(tmp_path, "notes.pdf", doc.build()), settings(tmp_path))
    results = next(s for s in paper.sections if s.heading == "Results")
    assert after in results.text
    assert "Discussion" in [s.heading for s in paper.sections]


def test_doi_from_metadata_wins(tmp_path: Path) -> None:
    data = one_column_article(info={"Subject": "Invented Letters 2024, doi:10.5555/spin.meta.3"})
    paper = load_pdf(write(tmp_path, "m.pdf", data), settings(tmp_path))
    assert paper.doi == "10.5555/spin.meta.3"
    assert paper.provenance["doi"] == "pdf (metadata)"


def test_abstract_found_without_heading(tmp_path: Path) -> None:
    data = one_column_article(with_abstract_heading=False, heading=str)
    paper = load_pdf(write(tmp_path, "na.pdf", data), settings(tmp_path))
    assert paper.abstract and paper.abstract[0].text.startswith("Background: Knee pain")
    assert "Received" not in paper.abstract[0].text


def test_no_headings_gives_abstract_and_body(tmp_path: Path) -> None:
    paper = load_pdf(write(tmp_path, "plain.pdf", plain_article()), settings(tmp_path))
    assert [s.heading for s in paper.sections] == ["Abstract", "Body"]
    assert paper.abstract[0].text.startswith("Background: Knee pain")
    body = paper.sections[1].text
    assert sentences(INTRO)[0] in body and sentences(METHODS)[-1] in body
    assert "A note on knee pain" not in body


def test_compressed_streams_read(tmp_path: Path) -> None:
    data = PDFDoc()
    page = data.page()
    page.paragraph(72, 700, 468, METHODS)
    paper = load_pdf(write(tmp_path, "z.pdf", data.build(compress=True)), settings(tmp_path))
    assert sentences(METHODS)[0] in {s.text for s in paper.statements}


# --------------------------------------------------------------------------- cache


def test_second_load_uses_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []
    real = pdfsource._parse

    def counting(path: Path, limits: Any) -> dict[str, Any]:
        calls.append(path)
        return real(path, limits)

    monkeypatch.setattr(pdfsource, "_parse", counting)
    path = write(tmp_path, "c.pdf", plain_article())
    conf = settings(tmp_path)
    first = load_pdf(path, conf)
    second = load_pdf(path, conf)
    assert len(calls) == 1
    assert first == second
    # same bytes under another name: same hash, no parse
    load_pdf(write(tmp_path, "copy.pdf", plain_article()), conf)
    assert len(calls) == 1
    # --refresh parses again
    load_pdf(path, settings(tmp_path, refresh=True))
    assert len(calls) == 2
    # a corrupt entry is ignored and replaced
    entries = list((tmp_path / "cache" / "pdf").glob("*.json"))
    assert len(entries) == 1
    entries[0].write_text("{not json", encoding="utf-8")
    assert load_pdf(path, conf) == first
    assert len(calls) == 3
    entries[0].write_text('{"format": "spin-pdf-cache/1", "article": {"pages": "x"}}')
    assert load_pdf(path, conf) == first
    assert len(calls) == 4
    assert load_pdf(path, conf) == first
    assert len(calls) == 4
    assert not [p for p in (tmp_path / "cache" / "pdf").iterdir() if p.suffix == ".tmp"]


def test_unwritable_cache_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache directory should be")
    paper = load_pdf(write(tmp_path, "p.pdf", plain_article()), settings(tmp_path))
    assert paper.sections


# --------------------------------------------------------------------------- bad files


def _error(tmp_path: Path, data: bytes, **extra: Any) -> str:
    path = write(tmp_path, "bad.pdf", data)
    with pytest.raises(PDFError) as info:
        load_pdf(path, settings(tmp_path, **extra))
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    return message


def test_not_a_pdf(tmp_path: Path) -> None:
    assert "not a PDF" in _error(tmp_path, b"Just some text, not a PDF at all.\n")
    assert "HTML" in _error(tmp_path, b"<!DOCTYPE html><html><body>Sign in</body></html>")
    assert "empty" in _error(tmp_path, b"")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PDFError, match="cannot read"):
        load_pdf(tmp_path / "nope.pdf", settings(tmp_path))


@pytest.mark.parametrize("fraction", [0.2, 0.5, 0.8, 0.97])
def test_truncated(tmp_path: Path, fraction: float) -> None:
    data = two_column_article()
    cut = data[: int(len(data) * fraction)]
    path = write(tmp_path, "cut.pdf", cut)
    try:
        paper = load_pdf(path, settings(tmp_path))
    except PDFError as exc:
        assert "damaged or truncated" in str(exc) or "no text layer" in str(exc)
    else:  # pdfminer recovered what it could: it must say nothing false
        assert paper.sources == ("pdf",)


def test_garbage_after_header(tmp_path: Path) -> None:
    message = _error(tmp_path, b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert "damaged or truncated" in message or "no text layer" in message


def test_encrypted_with_password(tmp_path: Path) -> None:
    doc = PDFDoc()
    doc.page().text(72, 700, "Secret text")
    message = _error(tmp_path, doc.build(encrypt_with_password=True))
    assert "encrypted" in message and "password" in message


def test_image_only_without_doi(tmp_path: Path) -> None:
    doc = PDFDoc()
    doc.page().rect(50, 50, 500, 700)
    doc.page().rect(50, 50, 500, 700)
    message = _error(tmp_path, doc.build())
    assert "no text layer" in message and "--doi" in message


def test_image_only_uses_crossref_abstract(tmp_path: Path) -> None:
    from spin.sources import SourceSettings, get_paper, prime_cache

    conf = SourceSettings(cache_dir=tmp_path / "cache", offline=True)
    doi = prime_cache(
        {
            "DOI": "10.5555/spin.scan.1",
            "type": "journal-article",
            "title": ["A scanned paper"],
            "abstract": "<jats:p>Exercise reduced knee pain in 40 adults.</jats:p>",
        },
        conf,
    )
    doc = PDFDoc()
    doc.page().rect(50, 50, 500, 700)
    path = write(tmp_path, "scan.pdf", doc.build(info={"Subject": f"doi:{doi}"}))
    paper = get_paper(str(path), conf)
    assert paper.doi == doi
    assert "crossref" in paper.sources and "pdf" in paper.sources
    assert [s.text for s in paper.statements] == ["Exercise reduced knee pain in 40 adults."]
    assert any("no text layer" in w and "only the abstract" in w for w in paper.warnings)


def test_image_only_with_hint_but_offline_miss(tmp_path: Path) -> None:
    doc = PDFDoc()
    doc.page().rect(50, 50, 500, 700)
    path = write(tmp_path, "scan.pdf", doc.build())
    from spin.sources import SourceSettings

    conf = SourceSettings(cache_dir=tmp_path / "cache", offline=True)
    with pytest.raises(PDFError, match=r"no text layer.*not available"):
        load_pdf(path, conf, doi_hint="10.5555/spin.scan.missing")


def test_too_large(tmp_path: Path) -> None:
    message = _error(tmp_path, plain_article(), pdf_max_bytes=100)
    assert "limit" in message and "SPIN_PDF_MAX_MB" in message


def test_page_cap_warns(tmp_path: Path) -> None:
    path = write(tmp_path, "two.pdf", two_column_article())
    paper = load_pdf(path, settings(tmp_path, pdf_max_pages=1))
    assert any("only the first 1 pages" in w for w in paper.warnings)
    assert all(s.page == 1 for s in paper.statements)


def test_time_budget_stops_between_pages(tmp_path: Path) -> None:
    from spin.pdftext import extract_layout

    ticks = iter(range(0, 10_000, 100))
    layout = extract_layout(
        write(tmp_path, "t.pdf", two_column_article()),
        time_budget=150,
        clock=lambda: float(next(ticks)),
    )
    assert len(layout.pages) == 1
    assert any("time budget" in w for w in layout.warnings)


def test_decompression_bomb_bounded(tmp_path: Path) -> None:
    bomb = zlib.compress(b" " * (8 * 2**20), 9)  # 8 MB of spaces in a few KB
    doc = PDFDoc()
    doc.page().paragraph(72, 700, 468, METHODS)
    data = doc.build(extra_stream=bomb)
    assert len(data) < 100_000
    message = _error(tmp_path, data, pdf_max_stream=2**20)
    assert "decompression bomb" in message
    # the same file within the bounds reads normally
    paper = load_pdf(write(tmp_path, "ok.pdf", data), settings(tmp_path))
    assert paper.statements


def test_bounds_do_not_leak_between_calls() -> None:
    from spin.pdftext import _BUDGET, _BoundedZlib

    assert _BUDGET.remaining is None
    payload = zlib.compress(b"x" * 1000)
    assert _BoundedZlib.decompress(payload) == b"x" * 1000


# --------------------------------------------------------------------------- merge


def test_merge_with_crossref_keeps_pdf_text(tmp_path: Path) -> None:
    from spin.sources import SourceSettings, get_paper, prime_cache

    conf = SourceSettings(cache_dir=tmp_path / "cache", offline=True)
    prime_cache(
        {
            "DOI": "10.5555/spin.twocol.1",
            "type": "journal-article",
            "title": ["Supervised exercise for chronic knee pain: a pilot trial"],
            "container-title": ["Journal of Invented Results"],
            "published": {"date-parts": [[2024, 5, 1]]},
            "author": [{"given": "Ann", "family": "Author"}],
            "update-to": [],
            "updated-by": [
                {
                    "type": "retraction",
                    "source": "publisher",
                    "DOI": "10.5555/retraction.1",
                    "updated": {"date-parts": [[2024, 9, 1]]},
                    "label": "Retraction",
                }
            ],
        },
        conf,
    )
    path = write(tmp_path, "two.pdf", two_column_article())
    paper = get_paper(str(path), conf)
    assert paper.sources[:2] == ("pdf", "crossref")
    assert paper.journal == "Journal of Invented Results"
    assert paper.title == "Supervised exercise for chronic knee pain: a pilot trial"
    assert paper.status == "retracted"
    assert paper.statements and all(s.source == "pdf" for s in paper.statements)
    assert any(s.heading == "Methods" for s in paper.sections)


def test_crossref_failure_keeps_pdf_text(tmp_path: Path) -> None:
    from spin.sources import SourceSettings, get_paper

    conf = SourceSettings(cache_dir=tmp_path / "cache", offline=True)
    paper = get_paper(str(write(tmp_path, "two.pdf", two_column_article())), conf)
    assert paper.sources == ("pdf",)
    assert paper.statements
    assert any("10.5555/spin.twocol.1" in w for w in paper.warnings)


# --------------------------------------------------------------------------- real articles

REAL = {
    "10.1186_1752-2897-4-1.pdf": (
        "10.1186/1752-2897-4-1",
        ["Abstract", "Introduction", "Methods", "Conclusions"],
        ["Kudsk KA", "Cite this article", "Authors’ contributions"],
    ),
    "10.1186_1472-6963-14-1.pdf": (
        "10.1186/1472-6963-14-1",
        ["Abstract", "Introduction", "Methods", "Results", "Discussion", "Conclusions"],
        ["Competing interests", "Cite this article", "BioMed Central"],
    ),
    "10.1155_2010_157939.pdf": (
        "10.1155/2010/157939",
        ["Abstract", "Introduction", "Methods", "Results", "Discussion"],
        ["Hindawi", "Academic Editor", "Correspondence should be addressed"],
    ),
    "10.7717_peerj-cs.118.pdf": (
        "10.7717/peerj-cs.118",
        ["Abstract", "Introduction", "Methods", "Results", "Discussion", "Conclusions", "Funding"],
        ["Webb et al. (2017), PeerJ Comput", "Corresponding author", "Submitted 25 March"],
    ),
}

_LICENCE_RE = re.compile(
    r"creative commons|open access article|licensee|distributed under|permits unrestricted",
    re.IGNORECASE,
)
_REFERENCE_RE = re.compile(r"(?:^|\s)\d{1,3}\.\s+[A-Z][a-z]+ [A-Z]{1,3}(?:,| Jr)")


@pytest.fixture(scope="module")
def real_papers(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Paper]:
    tmp = tmp_path_factory.mktemp("real")
    return {name: load_pdf(shared / "fixtures" / "pdf" / name, settings(tmp)) for name in REAL}


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(REAL))
def test_real_pdf(real_papers: dict[str, Paper], name: str) -> None:
    doi, headings, absent = REAL[name]
    paper = real_papers[name]
    assert paper.doi == doi
    found = [s.heading for s in paper.sections]
    for heading in headings:
        assert heading in found, (heading, found)
    assert paper.abstract and len(paper.abstract[0].text) > 500
    assert len(paper.statements) > 40
    for st in paper.statements:
        assert not _LICENCE_RE.search(st.text), st.text
        assert not _REFERENCE_RE.search(st.text), st.text
        assert isinstance(st.page, int) and st.page >= 1
        for phrase in absent:
            assert phrase not in st.text, (phrase, st.text)


def test_image_only_with_doi_from_the_caller(tmp_path: Path) -> None:
    """`spin check release --paper scan.pdf --doi X`: the hint reaches the PDF reader."""
    from spin.sources import SourceSettings, get_paper, prime_cache

    conf = SourceSettings(cache_dir=tmp_path / "cache", offline=True)
    doi = prime_cache(
        {
            "DOI": "10.5555/spin.scan.2",
            "title": ["Another scanned paper"],
            "abstract": "<jats:p>Walking improved sleep in 30 adults.</jats:p>",
        },
        conf,
    )
    doc = PDFDoc()
    doc.page().rect(50, 50, 500, 700)
    paper = get_paper(str(write(tmp_path, "scan.pdf", doc.build())), conf, doi_hint=doi)
    assert [s.text for s in paper.statements] == ["Walking improved sleep in 30 adults."]
    assert any("only the abstract" in w for w in paper.warnings)


@pytest.mark.shared
def test_real_pdf_keeps_results_after_a_table(real_papers: dict[str, Paper]) -> None:
    """The VESPA paper's results after its Table 3 (whose notes are labelled "Notes.")
    are read, not cut as a Notes section."""
    texts = [st.text for st in real_papers["10.7717_peerj-cs.118.pdf"].statements]
    assert any(t.startswith("Of the 7,918 genes analyzed by VESPA 1998") for t in texts)
    assert any("36,180 CPU hours" in t for t in texts)
