"""Property-based tests (hypothesis) over everything that reads untrusted input.

- the release readers: ``read_text`` on random and mutated text in each media
  type, ``read_release`` on random bytes written to a file;
- the segmenter (``split_spans``) and ``LineIndex``;
- the DOI normaliser, quoting and discovery;
- the JATS abstract parser;
- the whole check pipeline: ``spin.api.analyse`` on a Document read from
  random or mutated release text against a small fixed paper, its JSON
  validated against the shipped schema.

The invariant everywhere: no exception other than the project's own
:class:`~spin.errors.SpinError` subclasses, every span inside the text, line
and column consistent with the offsets.  Case counts are in RELIABILITY.md
(``pytest tests/test_properties.py --hypothesis-show-statistics``).
"""

from __future__ import annotations

import json
import tempfile
import urllib.parse
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from spin.doi import find_dois, normalize_doi, quote_doi
from spin.errors import DOIError, SpinError
from spin.model import Document, Paper
from spin.release import read_release, read_text
from spin.sources.jats import parse_jats, strip_markup
from spin.text import _LIST_MARKER, LineIndex, split_spans

FIXTURES = Path(__file__).parent / "fixtures"

COMMON = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SLOW = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --------------------------------------------------------------------------- strategies

#: pieces that exercise the readers: sentence ends, abbreviations, quotes, markup,
#: front matter, DOIs, numbers, odd white space and invisible characters
PIECES = [
    ". ",
    "! ",
    "? ",
    "...",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "  ",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "(",
    ")",
    "[",
    "]",
    "—",
    "–",
    "-",
    "•",
    "* ",
    "- ",
    "1. ",
    "# ",
    "## ",
    "**",
    "_",
    "`",
    "```\n",
    "> ",
    "---\n",
    "---",
    "title: x\n",
    "doi: 10.5555/x\n",
    "[link](http://x)",
    "![img](y.png)",
    "<!-- c -->",
    "<p>",
    "</p>",
    "<br>",
    "<h1>",
    "</h1>",
    "<script>",
    "</script>",
    "<div>",
    "</div>",
    "&amp;",
    "&nbsp;",
    "&#0;",
    "&bogus;",
    "<",
    ">",
    "Dr. ",
    "e.g. ",
    "U.S. ",
    "et al. ",
    "Fig. 2",
    "p < 0.05",
    "12.5%",
    "n = 40",
    "10.5555/spin.a",
    "https://doi.org/10.5555/B",
    "doi:10.5555/(c)",
    "said Dr. Smith",
    "Smith said",
    "The study found",
    "may reduce",
    "causes",
    "\ufeff",
    "\u200b",
    "\u2028",
    "\u00a0",
    "\u0301",
    "é",
    "ß",
    "中文",
    "😀",
    "\x00",
    "\x1b[2J",
]

SEEDS = [
    p.read_text(encoding="utf-8", errors="replace")
    for p in sorted((FIXTURES / "releases").glob("*.txt"))
] + [
    "Exercise eases knee pain, study finds\n\n"
    "Adults with knee pain who exercised three times a week had less pain after 12 weeks, "
    'the researchers said. "This is a breakthrough," said Dr. Jane Roe.\n\n'
    "Journal reference: doi:10.5555/spin.structured\n",
]

words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=12)
piece = st.one_of(st.sampled_from(PIECES), words)
random_text = st.lists(piece, max_size=60).map("".join)


@st.composite
def mutated_text(draw: st.DrawFn) -> str:
    """A real release with random insertions, deletions, duplications and cuts."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["insert", "delete", "duplicate", "cut"]))
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 200)))
        if op == "insert":
            text = text[:i] + draw(piece) + text[i:]
        elif op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        else:
            text = text[:i]
    return text


any_text = st.one_of(random_text, mutated_text())
media = st.sampled_from(["text", "markdown", "html"])


# --------------------------------------------------------------------------- invariants


def check_document(doc: Document) -> None:
    """Spans inside the text, in order, non-overlapping; line/column match offsets."""
    n = len(doc.text)
    index = LineIndex(doc.text)
    prev_end = 0
    assert doc.sentences
    for i, s in enumerate(doc.sentences):
        assert s.index == i
        assert 0 <= prev_end <= s.start < s.end <= n
        prev_end = s.end
        assert (s.line, s.column, s.end_line, s.end_column) == index.span(s.start, s.end)
        assert s.text.strip()
        if doc.media_type != "markdown":
            assert s.text == doc.text[s.start : s.end]
    if doc.doi is not None:
        assert normalize_doi(doc.doi) == doc.doi


# --------------------------------------------------------------------------- readers


@COMMON
@given(text=any_text, media_type=media)
def test_read_text_spans(text: str, media_type: str) -> None:
    try:
        doc = read_text(text, path="r.txt", media_type=media_type)
    except SpinError as exc:
        assert str(exc).startswith("r.txt: ") and "\n" not in str(exc)
        event(f"refused: {type(exc).__name__}")
        return
    event("read")
    check_document(doc)


@SLOW
@given(
    data=st.one_of(
        st.binary(max_size=3000),
        any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
        any_text.map(lambda t: t.encode("cp1252", "replace")),
        any_text.map(lambda t: t.encode("utf-16")),
    ),
    suffix=st.sampled_from([".txt", ".md", ".html", ".htm", "", ".dat"]),
)
def test_read_release_random_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"release{suffix}"
        path.write_bytes(data)
        try:
            doc = read_release(str(path))
        except SpinError as exc:
            assert str(path) in str(exc) and "\n" not in str(exc)
            event(f"refused: {type(exc).__name__}")
            return
    event("read")
    check_document(doc)


# --------------------------------------------------------------------------- segmenter


@COMMON
@given(text=any_text)
def test_split_spans_invariants(text: str) -> None:
    spans = split_spans(text)
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        chunk = text[s:e]
        assert chunk == chunk.strip() and chunk
        prev = e
    # every non-space character outside the spans is white space or list/heading markup
    # (including a lettered list marker: "a. ", "(b) ")
    covered = [False] * len(text)
    for s, e in spans:
        covered[s:e] = [True] * (e - s)
    for i, ch in enumerate(text):
        if not covered[i] and not ch.isspace():
            line_start = text.rfind("\n", 0, i) + 1
            marker = _LIST_MARKER.match(text, line_start)
            in_marker = marker is not None and i < marker.end()
            assert in_marker or text[line_start:i].strip(" \t#*+-•0123456789.)") == "", (i, ch)


@COMMON
@given(text=any_text, data=st.data())
def test_line_index_matches_offsets(text: str, data: st.DataObject) -> None:
    index = LineIndex(text)
    offset = data.draw(st.integers(0, len(text)))
    line, col = index.position(offset)
    assert line == text.count("\n", 0, offset) + 1
    assert col == offset - (text.rfind("\n", 0, offset) + 1) + 1


# --------------------------------------------------------------------------- DOIs

doi_suffix = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=30,
)
doi_like = st.builds(
    lambda reg, suffix, pre: f"{pre}10.{reg}/{suffix}",
    st.integers(1000, 999999999),
    doi_suffix,
    st.sampled_from(["", "doi:", "DOI: ", "https://doi.org/", "http://dx.doi.org/", " "]),
)


@COMMON
@given(value=st.one_of(doi_like, st.text(max_size=40), st.sampled_from(PIECES)))
def test_normalize_doi(value: str) -> None:
    try:
        doi = normalize_doi(value)
    except DOIError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("not a DOI")
        return
    assert doi.startswith("10.") and "/" in doi
    assert doi == doi.lower() and not any(ch.isspace() for ch in doi)
    quoted = quote_doi(doi)
    assert not any(ch in quoted for ch in " #?\n")
    if "%" not in doi:
        # stable, and the quoted form decodes back to the DOI
        assert normalize_doi(doi) == doi
        if doi.isascii():  # case folding is defined for ASCII DOIs only ("µ".upper() is "Μ")
            assert normalize_doi(f"https://doi.org/{doi.upper()}") == doi
        assert urllib.parse.unquote(quoted) == doi


@COMMON
@given(text=any_text)
def test_find_dois(text: str) -> None:
    for doi, s, e in find_dois(text):
        assert 0 <= s < e <= len(text)
        assert normalize_doi(doi)  # each is a DOI
        assert text[s:e].lower().startswith(doi[:8])


# --------------------------------------------------------------------------- JATS

JATS_PIECES = [
    "<jats:p>",
    "</jats:p>",
    "<jats:sec>",
    "</jats:sec>",
    "<jats:title>",
    "</jats:title>",
    "<jats:italic>",
    "</jats:italic>",
    "<mml:math>",
    "</mml:math>",
    "<p>",
    "</p>",
    "<sec>",
    "</sec>",
    "<title>Methods</title>",
    "BACKGROUND:",
    "Results:",
    "&amp;",
    "&lt;",
    "&bogus;",
    "&#x41;",
    "&#xD800;",
    "&#0;",
    "<![CDATA[x]]>",
    "<?pi x?>",
    "<!-- c -->",
    "<",
    ">",
    "&",
    '<!DOCTYPE a [<!ENTITY e "eeeeeeeeee">]>',
    '<!ENTITY x SYSTEM "file:///etc/passwd">',
    "&e;",
    "&x;",
    "We found 12 mice.",
    "Pain fell by 30%.",
    "\n",
    " ",
]
jats_text = st.lists(st.one_of(st.sampled_from(JATS_PIECES), words), max_size=40).map("".join)


@COMMON
@given(markup=jats_text)
def test_parse_jats_never_raises_never_expands(markup: str) -> None:
    sections, ok = parse_jats(markup)
    assert isinstance(ok, bool)
    for sec in sections:
        assert isinstance(sec.heading, str) and isinstance(sec.text, str)
        assert "eeeeeeeeee" not in sec.text or "eeeeeeeeee" in markup.replace(
            '<!DOCTYPE a [<!ENTITY e "eeeeeeeeee">]>', ""
        )
        assert "root:x:" not in sec.text
    assert isinstance(strip_markup(markup), str)


# --------------------------------------------------------------------------- pipeline


@lru_cache(maxsize=1)
def fixed_paper() -> Paper:
    from spin.sources import SourceSettings, get_paper

    conf = SourceSettings(cache_dir=Path(tempfile.mkdtemp()), offline=True)
    return get_paper(str(FIXTURES / "papers" / "10.5555_spin.structured.json"), conf)


@lru_cache(maxsize=1)
def validator() -> Any:
    import jsonschema

    from spin.schema import load_schema

    schema = load_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


@SLOW
@given(text=any_text, media_type=media)
def test_pipeline_json_always_valid(text: str, media_type: str) -> None:
    from spin.api import analyse

    try:
        doc = read_text(text, path="release.txt", media_type=media_type)
    except SpinError as exc:
        event(f"refused by the reader: {type(exc).__name__}")
        return
    paper = fixed_paper()
    report = analyse(doc, paper)
    event("analysed, with findings" if report.findings else "analysed, no findings")
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    errors = sorted(validator().iter_errors(data), key=str)
    assert not errors, errors[0].message
    n = len(doc.text)
    for f in data["findings"]:
        loc = f["release"]
        if loc is not None:
            assert 0 <= loc["start"] < loc["end"] <= n
            assert (loc["line"], loc["column"], loc["end_line"], loc["end_column"]) == LineIndex(
                doc.text
            ).span(loc["start"], loc["end"])
    for row in data["alignment"]:
        assert 0 <= row["sentence"] < len(doc.sentences)
        for m in row["matches"]:
            assert 0 <= m["statement"] < len(data["paper"]["statements"])
            assert 0.0 <= m["score"] <= 1.0


def test_fixed_paper_has_statements() -> None:
    assert len(fixed_paper().statements) >= 3


@pytest.mark.parametrize("seed", range(len(SEEDS)))
def test_seeds_read_cleanly(seed: int) -> None:
    check_document(read_text(SEEDS[seed], path="r.txt"))
