"""Finding the paper's DOI in a release, and telling it from references to other work."""

from __future__ import annotations

import pytest

from spin.release import read_text

INTRO = (
    "Trial finds app eases insomnia\n\n"
    "A smartphone app reduced insomnia symptoms in a randomized trial of 60 adults, "
    "researchers report.\n\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "The study is at https://doi.org/10.5555/ABC.2024.1.\n",
        "DOI: 10.5555/abc.2024.1\n",
        "doi 10.5555/abc.2024.1\n",
        "http://dx.doi.org/10.5555/abc.2024.1\n",
        "Journal reference: Lima A, et al. Sleep app trial. J Sleep Res (2024). "
        "doi:10.5555/abc.2024.1\n",
        "###\n\nAbout the University\n\nMedia Contact\nJo Bloggs\n\nhttps://doi.org/10.5555/abc.2024.1\n",
    ],
)
def test_forms(tail: str) -> None:
    doc = read_text(INTRO + tail)
    assert doc.doi == "10.5555/abc.2024.1"


def test_previous_research_is_other_work() -> None:
    doc = read_text(
        INTRO
        + "Previous research had found a similar effect in students (doi:10.5555/old.2019.7).\n\n"
        "Paper: https://doi.org/10.5555/new.2024.2\n"
    )
    assert doc.doi == "10.5555/new.2024.2"
    assert doc.other_dois == ("10.5555/old.2019.7",)


def test_only_previous_research_gives_no_doi() -> None:
    doc = read_text(
        INTRO + "An earlier study had found the opposite (https://doi.org/10.5555/old.2019.7).\n"
    )
    assert doc.doi is None
    assert doc.other_dois == ("10.5555/old.2019.7",)


def test_references_list_is_other_work() -> None:
    doc = read_text(
        INTRO + "Citation: doi:10.5555/main.2024.3\n\n"
        "References\n10.5555/ref.2001.1\n10.5555/ref.2002.2\n"
    )
    assert doc.doi == "10.5555/main.2024.3"
    assert doc.other_dois == ("10.5555/ref.2001.1", "10.5555/ref.2002.2")


def test_related_stories_are_other_work() -> None:
    doc = read_text(
        INTRO
        + "The findings appear in the Journal of Sleep Research (DOI: 10.5555/main.2024.4).\n\n"
        "Related stories\nTea and sleep https://doi.org/10.5555/tea.2023.1\n"
    )
    assert doc.doi == "10.5555/main.2024.4"
    assert doc.other_dois == ("10.5555/tea.2023.1",)


def test_no_doi() -> None:
    doc = read_text(INTRO)
    assert doc.doi is None and doc.other_dois == ()


def test_front_matter_doi_wins() -> None:
    doc = read_text(
        "---\ndoi: 10.5555/fm.2024.5\n---\n\n" + INTRO + "DOI: 10.5555/text.2024.6\n",
        media_type="markdown",
    )
    assert doc.doi == "10.5555/fm.2024.5"
    assert doc.other_dois == ("10.5555/text.2024.6",)


def test_doi_with_trailing_punctuation_and_tracking() -> None:
    doc = read_text(
        INTRO + "Read it at https://doi.org/10.5555/abc.2024.7?utm_source=newsletter.\n"
    )
    assert doc.doi == "10.5555/abc.2024.7"


def test_html_href_in_article_beats_sidebar() -> None:
    html = (
        "<html><body><nav><a href='https://doi.org/10.5555/nav.1'>Top paper</a></nav>"
        "<article><h1>App eases insomnia</h1><p>A smartphone app reduced insomnia symptoms in a "
        "randomized trial of 60 adults, researchers report in "
        "<a href='https://doi.org/10.5555/main.2024.8'>the Journal of Sleep Research</a>.</p>"
        "<p>The benefit was smaller after three months, the authors note.</p></article>"
        "<aside class='related'><a href='https://doi.org/10.5555/side.2'>Another study</a></aside>"
        "</body></html>"
    )
    doc = read_text(html, media_type="html")
    assert doc.doi == "10.5555/main.2024.8"
    assert set(doc.other_dois) == {"10.5555/nav.1", "10.5555/side.2"}
