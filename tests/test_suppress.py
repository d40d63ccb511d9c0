"""Inline suppressions: parsing, placement, keys, HTML sources."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from ci_samples import sentences

from spin.model import Document, Finding, Location, Paper, Report
from spin.rules import ALL_RULES
from spin.suppress import apply, apply_to_report, for_document, parse, unknown_keys

MD = (
    "# Headline about walnuts\n"  # 1
    "\n"  # 2
    "<!-- spin: ignore[U101] -->\n"  # 3
    "First claim sentence on its own line.\n"  # 4
    "\n"  # 5
    "Second claim sentence. <!-- spin: ignore -->\n"  # 6
    "\n"  # 7
    "<!-- spin: ignore[U101] -->\n"  # 8
    "\n"  # 9
    "Third claim, after a blank line below the comment.\n"  # 10
    "Fourth claim, wrapped over\n"  # 11
    "<!-- SPIN: Ignore [ paper-corrected , unsupported_claim ] --> two lines.\n"  # 12
    "\n"  # 13
    "Fifth claim, far from any comment.\n"  # 14
    "<!-- spin: ignore[S101] -->\n"  # 15
    "\n"  # 16
    "Sixth claim, below a comment for another rule.\n"  # 17
)


def doc_for(text: str, path: str = "draft.md", media: str = "markdown") -> Document:
    # like the reader: comments are not sentences
    sents = [s for s in sentences(text) if not s.text.startswith("<!--")]
    sents = [replace(s, index=i) for i, s in enumerate(sents)]
    return Document(path=path, text=text, sentences=tuple(sents), media_type=media)


def finding_on(doc: Document, index: int | None, code: str = "U101") -> Finding:
    rule = next(r for r in ALL_RULES if r.code == code)
    s = doc.sentences[index] if index is not None else None
    return Finding(
        rule.code,
        rule.name,
        rule.category,
        rule.severity,
        "msg",
        release=Location.of(s) if s else None,
        sentence=index,
    )


def _line_of(doc: Document, needle: str) -> int:
    return next(s.index for s in doc.sentences if needle in s.text)


def test_parse_markdown_comments() -> None:
    sups = parse(MD, "markdown")
    assert [(s.line, s.keys, s.file_level) for s in sups] == [
        (3, ("U101",), False),
        (6, (), False),
        (8, ("U101",), False),
        (12, ("paper-corrected", "unsupported_claim"), False),
        (15, ("S101",), False),
    ]


def test_markdown_needs_a_comment_text_does_not() -> None:
    text = "spin: ignore[U101]\nA claim.\n"
    assert parse(text, "markdown") == []
    assert [s.keys for s in parse(text, "text")] == [("U101",)]
    assert [s.keys for s in parse("<!-- spin: ignore[S1] -->\n", "text")] == [("S1",)]


def test_placement_line_above_same_line_and_spanning() -> None:
    doc = doc_for(MD)
    sups = parse(MD, "markdown")
    first = finding_on(doc, _line_of(doc, "First claim"))
    second = finding_on(doc, _line_of(doc, "Second claim"))
    third = finding_on(doc, _line_of(doc, "Third claim"))
    fourth = finding_on(doc, _line_of(doc, "Fourth claim"))
    fifth = finding_on(doc, _line_of(doc, "Fifth claim"))
    sixth = finding_on(doc, _line_of(doc, "Sixth claim"))
    kept, dropped = apply([first, second, third, fourth, fifth, sixth], sups)
    # line above, same line, above with a blank line between, inside the sentence
    assert dropped == [first, second, third, fourth]
    # a blank line after an inline comment ends its reach; another rule's comment
    assert kept == [fifth, sixth]


def test_keys_filter_by_code_name_category_and_family() -> None:
    text = "A claim sentence here.\n"
    doc = doc_for(text, media="text")
    f = finding_on(doc, 0, "U101")
    for key in ("U101", "u101", "unsupported-claim", "unsupported_claim", "U", "U1", "ALL"):
        _, dropped = apply([f], parse(f"spin: ignore[{key}]\n" + text, "text"))
        assert dropped == [f], key
    kept, _ = apply([f], parse("spin: ignore[S101]\n" + text, "text"))
    assert kept == [f]


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_every_rule_can_be_suppressed(rule: object) -> None:
    text = "A claim sentence here.\n"
    doc = doc_for(text, media="text")
    f = finding_on(doc, 0, rule.code)  # type: ignore[attr-defined]
    for key in (rule.code, rule.name, rule.category):  # type: ignore[attr-defined]
        assert apply([f], parse(f"spin: ignore[{key}]\n" + text, "text"))[1] == [f]


def test_document_level_findings_need_ignore_file() -> None:
    text = "A claim sentence here.\n<!-- spin: ignore -->\n"
    doc = doc_for(text)
    status = finding_on(doc, None, "S102")
    assert apply([status], parse(text, "markdown"))[0] == [status]
    text2 = "<!-- spin: ignore-file[paper-corrected] -->\n\nA claim sentence here.\n"
    sups = parse(text2, "markdown")
    assert sups[0].file_level
    claim = finding_on(doc_for(text2), 0)
    kept, dropped = apply([status, claim], sups)
    assert dropped == [status] and kept == [claim]


def test_unknown_keys_are_reported_and_known_ones_still_apply() -> None:
    text = "spin: ignore[U101, bogus]\nA claim sentence here.\n"
    sups = parse(text, "text")
    assert unknown_keys(sups) == [(1, "bogus")]
    doc = doc_for(text, media="text")
    f = finding_on(doc, 0)
    assert apply([f], sups)[1] == [f]


HTML = """<html><body>
<nav>Home | News</nav>
<article>
<h1>Walnuts and hearts</h1>
<!-- spin: ignore[U101] -->
<p>Walnut eaters had fewer heart attacks in the trial.</p>
<p>Another claim that stays flagged here.</p>
<p><!-- spin: ignore[unsupported-claim] -->A third &amp; final claim, in one line.</p>
</article></body></html>
"""


def test_html_comments_read_from_the_source_file(tmp_path: Path) -> None:
    src = tmp_path / "release.html"
    src.write_text(HTML, encoding="utf-8")
    extracted = (
        "Walnuts and hearts\n\nWalnut eaters had fewer heart attacks in the trial.\n\n"
        "Another claim that stays flagged here.\n\nA third & final claim, in one line.\n"
    )
    doc = doc_for(extracted, path=str(src), media="html")
    sups = for_document(doc)
    assert len(sups) == 2 and all(s.scope for s in sups)
    fs = [finding_on(doc, i) for i in (1, 2, 3)]
    kept, dropped = apply(fs, sups)
    assert [f.sentence for f in dropped] == [1, 3]
    assert [f.sentence for f in kept] == [2]


def test_html_from_a_url_has_no_suppressions() -> None:
    doc = doc_for("Some text.\n", path="https://example.org/x", media="html")
    assert for_document(doc) == []


def test_apply_to_report(tmp_path: Path) -> None:
    src = tmp_path / "draft.md"
    src.write_text(MD, encoding="utf-8")
    doc = doc_for(MD, path=str(src))
    fs = tuple(finding_on(doc, i) for i in range(len(doc.sentences)))
    rep = Report(release=doc, paper=Paper(doi="10.5555/x"), alignment=(), findings=fs)
    new, dropped, sups = apply_to_report(rep)
    assert len(sups) == 5 and len(dropped) == 4
    assert len(new.findings) == len(fs) - 4
    assert new.summary()["warning"] == len(new.findings)
    same, none, _ = apply_to_report(replace(rep, findings=()))
    assert none == [] and same.findings == ()


def test_with_the_release_reader(tmp_path: Path) -> None:
    from spin.release import read_release

    html_src = tmp_path / "page.html"
    html_src.write_text(
        "<html><body><nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><article>\n"
        "<h1>Walnuts shrink artery plaque in mice</h1>\n"
        "<!-- spin: ignore[U101] -->\n"
        "<p>Mice fed a walnut diet for twelve weeks had smaller artery plaques than others.</p>\n"
        "<p>The study followed forty ApoE-deficient mice, a strain prone to heart disease.</p>\n"
        "<p><!-- spin: ignore[unsupported-claim] -->Plaque area was 18% smaller in the "
        "walnut-fed mice, the authors wrote.</p>\n</article></body></html>\n",
        encoding="utf-8",
    )
    md_src = tmp_path / "draft.md"
    md_src.write_text(
        "---\ndoi: 10.5555/ci.walnut.2025\n---\n\n# Walnuts shrink plaque in mice\n\n"
        "<!-- spin: ignore[U101] -->\n\nMice fed walnuts had smaller plaques in the study.\n\n"
        "The study followed forty mice, a strain prone to heart disease.\n",
        encoding="utf-8",
    )
    for src, expected in ((html_src, ["Mice fed", "Plaque area"]), (md_src, ["Mice fed"])):
        doc = read_release(str(src))
        assert not any("spin:" in s.text for s in doc.sentences)
        fs = [finding_on(doc, s.index) for s in doc.sentences]
        _, dropped = apply(fs, for_document(doc))
        texts = [f.release.text for f in dropped if f.release is not None]
        assert len(texts) == len(expected)
        assert all(t.startswith(e) for t, e in zip(texts, expected, strict=True))
