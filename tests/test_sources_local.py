"""Local paper files: JSON records, text and Markdown abstracts, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from spin.errors import DOIError, InputError
from spin.sources import SourceSettings, get_paper

PAPERS = Path(__file__).parent / "fixtures" / "papers"


@pytest.fixture
def settings(tmp_path: Path) -> SourceSettings:
    # offline: a local file never needs the network
    return SourceSettings(cache_dir=tmp_path / "cache", offline=True)


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def test_markdown_abstract(settings: SourceSettings) -> None:
    paper = get_paper(str(PAPERS / "abstract.md"), settings)
    assert paper.title == "Daily walking and sleep quality in older adults"
    assert paper.doi == "10.5555/spin.structured"
    assert [s.heading for s in paper.abstract] == [
        "Background",
        "Methods",
        "Results",
        "Conclusions",
    ]
    assert (
        paper.statements[0].text
        == "Poor sleep is common in older adults, and light exercise may help."
    )
    assert paper.sources == ("local",)
    assert {s.source for s in paper.statements} == {"local"}


def test_text_abstract_with_title_and_inline_labels(settings: SourceSettings) -> None:
    paper = get_paper(str(PAPERS / "abstract.txt"), settings)
    assert paper.title == "Dietary salt and blood pressure in mice"
    assert [s.heading for s in paper.abstract] == [
        "Background",
        "Methods",
        "Results",
        "Conclusions",
    ]
    assert paper.doi is None


def test_plain_paragraph_is_one_abstract_section(tmp_path: Path, settings: SourceSettings) -> None:
    p = write(tmp_path, "a.txt", "We studied 12 mice. Salt raised blood pressure.\n")
    paper = get_paper(str(p), settings, doi_hint="doi:10.5555/Hint")
    assert paper.title is None
    assert paper.doi == "10.5555/hint"
    assert [(s.section, s.text) for s in paper.statements] == [
        ("Abstract", "We studied 12 mice."),
        ("Abstract", "Salt raised blood pressure."),
    ]


def test_single_heading_that_is_a_label_is_a_section(
    tmp_path: Path, settings: SourceSettings
) -> None:
    p = write(tmp_path, "a.md", "# Abstract\n\nOne sentence here.\n")
    paper = get_paper(str(p), settings)
    assert paper.title is None
    assert paper.abstract[0].heading == "Abstract"


def test_front_matter(tmp_path: Path, settings: SourceSettings) -> None:
    p = write(
        tmp_path,
        "a.md",
        '---\ntitle: "A trial"\ndoi: https://doi.org/10.5555/FM\nauthor: x\n---\nText here.\n',
    )
    paper = get_paper(str(p), settings)
    assert (paper.title, paper.doi) == ("A trial", "10.5555/fm")
    assert paper.statements[0].text == "Text here."


def test_hint_mismatch_warns(settings: SourceSettings) -> None:
    paper = get_paper(
        str(PAPERS / "10.5555_spin.structured.json"), settings, doi_hint="10.5555/other"
    )
    assert paper.doi == "10.5555/spin.structured"
    assert any("10.5555/other" in w for w in paper.warnings)


def test_bare_message_json(tmp_path: Path, settings: SourceSettings) -> None:
    p = write(
        tmp_path,
        "w.json",
        '{"DOI": "10.5555/Bare", "title": ["Bare"], "abstract": "<jats:p>One. Two.</jats:p>"}',
    )
    paper = get_paper(str(p), settings)
    assert (paper.doi, paper.title, len(paper.statements)) == ("10.5555/bare", "Bare", 2)


def test_utf16_and_bom(tmp_path: Path, settings: SourceSettings) -> None:
    p = write(tmp_path, "u.txt", "\ufeffRésumé of the findings here.".encode("utf-16"))
    assert get_paper(str(p), settings).statements[0].text == "Résumé of the findings here."
    p = write(tmp_path, "b.txt", "\ufeffPlain with BOM.".encode())
    assert get_paper(str(p), settings).statements[0].text == "Plain with BOM."


@pytest.mark.parametrize(
    ("name", "content", "pattern"),
    [
        ("empty.txt", "", "empty"),
        ("blank.md", "   \n\n", "empty"),
        ("bad.json", "{not json", "not valid JSON"),
        ("list.json", "[1, 2]", "not a Crossref work record"),
        ("items.json", '{"message": {"items": []}}', "not a Crossref work record"),
        ("bin.txt", b"\x00\x01\x02binary", "not a text file"),
        ("heads.md", "# Title\n\n## Methods\n", "no abstract text"),
        ("baddoi.md", "DOI: nonsense\n\nText.", "does not hold a DOI"),
        ("noresult.json", '{"hitCount": 0, "resultList": {"result": []}}', "has no result"),
    ],
)
def test_bad_files_are_input_errors(
    tmp_path: Path, settings: SourceSettings, name: str, content: str | bytes, pattern: str
) -> None:
    p = write(tmp_path, name, content)
    with pytest.raises(InputError, match=pattern) as info:
        get_paper(str(p), settings)
    assert "\n" not in str(info.value)
    assert name in str(info.value)


def test_missing_file_and_directory(tmp_path: Path, settings: SourceSettings) -> None:
    with pytest.raises(InputError, match="no such file"):
        get_paper(str(tmp_path / "nope.json"), settings)
    with pytest.raises(InputError, match="is a directory"):
        get_paper(str(tmp_path), settings)
    with pytest.raises(InputError, match="no paper given"):
        get_paper("  ", settings)


def test_not_a_doi_nor_a_file(settings: SourceSettings) -> None:
    with pytest.raises(DOIError, match="not a DOI"):
        get_paper("hello world", settings)


def test_unreadable_file(tmp_path: Path, settings: SourceSettings) -> None:
    import os

    p = write(tmp_path, "locked.txt", "Text.")
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):  # running as root: permissions do not apply
            pytest.skip("file permissions are not enforced for this user")
        with pytest.raises(InputError, match="cannot read"):
            get_paper(str(p), settings)
    finally:
        p.chmod(0o644)
