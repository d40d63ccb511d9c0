"""Only the release body becomes sentences: scraped pages, cookie banners, related lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from spin.model import Document
from spin.release import read_release

RELEASES = Path(__file__).resolve().parent / "fixtures" / "releases"


def _texts(doc: Document) -> list[str]:
    return [s.text for s in doc.sentences]


def _assert_spans_inside(doc: Document, first: str, last: str) -> None:
    """Every sentence lies between the start of ``first`` and the end of ``last``."""
    lo = doc.text.index(first)
    hi = doc.text.index(last) + len(last)
    for s in doc.sentences:
        assert lo <= s.start < s.end <= hi, s.text


def _assert_consistent(doc: Document) -> None:
    for i, s in enumerate(doc.sentences):
        assert s.index == i
        if doc.media_type != "markdown":
            assert doc.text[s.start : s.end] == s.text
        before = doc.text[: s.start]
        assert s.line == before.count("\n") + 1
        assert s.column == s.start - (before.rfind("\n") + 1) + 1


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed(shared: Path) -> Document:
    return read_release(str(shared / "seeds" / "ketamine-press-release.txt"))


def test_seed_doi(seed: Document) -> None:
    # on a line after the media contact, itself boilerplate: still found
    assert seed.doi == "10.1176/appi.ajp.2018.18020138"


def test_seed_headline_first_and_marked(seed: Document) -> None:
    first = seed.sentences[0]
    assert first.headline
    assert first.text == "New research: Ketamine activates opioid system to treat depression"
    assert [s.index for s in seed.sentences if s.headline] == [0]
    assert seed.title == first.text


def test_seed_keeps_the_body(seed: Document) -> None:
    texts = _texts(seed)
    assert "Twelve participants completed both conditions in randomized order." in texts
    assert texts[1].startswith("Washington, D.C., — A new study appearing online today")
    assert texts[-1].startswith("George also suggests more attention to other underused")
    _assert_spans_inside(seed, "New research: Ketamine", "cervical vagus nerve stimulation.")
    _assert_consistent(seed)


def test_seed_no_boilerplate_sentence(seed: Document) -> None:
    joined = "\n".join(_texts(seed))
    for junk in (
        "HOME",
        "Login",
        "No Result",
        "View All Result",
        "Bioengineer by Bioengineer",
        "Reading Time",
        "Share on Facebook",
        "August 29, 2018",
        "###",
        "The American Psychiatric Association, founded in 1844",
        "Media Contact",
        "Erin Connors",
        "202-459-9732",
        "dx.doi.org",
        "Related Posts",
        "Barriers and Facilitators",
        "POPULAR NEWS",
        "Breakthrough in RNA Research",
        "Robotic Ureteral Reconstruction: A Novel Approach",
        "Subscribe",
        "Copyright",
        "password",
    ):
        assert junk not in joined, junk
    # every line of the page outside the body is absent
    body_start = seed.text.index("New research: Ketamine")
    body_end = seed.text.index("###")
    for s in seed.sentences:
        assert body_start <= s.start and s.end <= body_end


def test_seed_quotes_belong_to_george(seed: Document) -> None:
    quotes = [s for s in seed.sentences if s.quote]
    assert len(quotes) == 2
    assert {s.speaker for s in quotes} == {"Mark S. George"}
    assert quotes[0].text.startswith("In an accompanying editorial")
    assert quotes[1].text.startswith("George cautions that")


def test_seed_initials_and_degrees_do_not_split(seed: Document) -> None:
    texts = _texts(seed)
    assert any(t.startswith("Alan F. Schatzberg, M.D., who led this research") for t in texts)
    assert any(
        t.startswith("Nolan R. Williams, M.D., and Boris D. Heifets, M.D., Ph.D.") for t in texts
    )
    assert len(seed.sentences) == 18


# --------------------------------------------------------------------------- our own scraped pages


def test_eurekalert_like() -> None:
    doc = read_release(str(RELEASES / "eurekalert-like.txt"))
    texts = _texts(doc)
    assert doc.sentences[0].headline
    assert texts[0].startswith("Short daily walks cut blood pressure")
    assert texts[1].startswith("LAKESIDE, Ore. — Walking for 30 minutes a day")
    assert texts[-1].startswith("Castillo said the team is now planning")
    assert doc.doi == "10.5555/jgc.2024.0311"
    joined = "\n".join(texts)
    for junk in (
        "Skip to main content",
        "Peer-Reviewed Publication",
        "Disclaimer",
        "AAAS",
        "Tom Becker",
        "Salt substitutes",
        "Privacy Policy",
        "METHOD OF RESEARCH",
    ):
        assert junk not in joined
    quotes = [s for s in doc.sentences if s.quote]
    assert [s.speaker for s in quotes] == ["Maria J. Castillo", "Maria J. Castillo"]
    _assert_consistent(doc)


def test_university_newsroom() -> None:
    doc = read_release(str(RELEASES / "university-newsroom.txt"))
    texts = _texts(doc)
    assert texts[0] == "Gut bacteria may shape how mice respond to stress"
    assert doc.sentences[0].headline and not doc.sentences[1].headline
    assert texts[1].startswith("Study in mice points to a role")  # the standfirst is kept
    assert texts[-1] == "The study was funded by the National Institute of Mental Health."
    joined = "\n".join(texts)
    for junk in (
        "Menu",
        "Share this story",
        "By Samuel Ortiz",
        "June 3, 2023",
        "5 min read",
        "Read the paper",
        "Media contact",
        "Sleep deprivation changes",
        "New telescope images",
        "All rights reserved",
        "Science & Technology",
    ):
        assert junk not in joined, junk
    assert doc.doi == "10.5555/micro.2023.4410"
    assert doc.other_dois == ("10.5555/rat.2019.0007",)
    _assert_consistent(doc)


def test_cookie_banner_and_lists() -> None:
    doc = read_release(str(RELEASES / "cookie-banner.txt"))
    texts = _texts(doc)
    assert texts[0] == "Vitamin D supplements did not prevent fractures in healthy adults"
    assert doc.sentences[0].headline
    joined = "\n".join(texts)
    for junk in (
        "cookies",
        "Accept all",
        "THE HEALTH DESK",
        "Newsletters",
        "Published 14 November",
        "Advertisement",
        "Calcium pills",
        "deep-sea octopus",
        "Enter your email",
    ):
        assert junk not in joined, junk
    assert "The study followed 25,871 participants for a median of 5.3 years." in texts
    assert doc.doi == "10.5555/nejm.2022.0728"
    _assert_consistent(doc)


def test_clean_hard_wrapped_release_keeps_everything() -> None:
    doc = read_release(str(RELEASES / "hardwrapped.txt"))
    texts = _texts(doc)
    assert texts[0] == "Blood test detects early signs of pancreatic cancer in pilot study"
    assert doc.sentences[0].headline
    assert len(texts) == 5
    # a sentence across a line break keeps its exact span
    assert texts[1].startswith(
        "A blood test that measures five proteins correctly identified 82% of\n"
    )
    assert doc.sentences[1].line == 3 and doc.sentences[1].end_line == 6
    assert doc.doi == "10.5555/cdl.2024.0077"
    assert not any("Paper:" in t for t in texts)  # the citation line is not a claim
    _assert_consistent(doc)


def test_plain_clean_release_without_headline_spacing() -> None:
    from spin.release import read_text

    doc = read_text(
        "Exercise improves memory in older adults\n"
        "Older adults who walked three times a week for six months scored higher on memory "
        "tests than those who stretched, a randomized trial of 120 people found.\n"
    )
    assert [s.headline for s in doc.sentences] == [True, False]
    assert doc.title == "Exercise improves memory in older adults"


def test_about_the_study_and_subheadings_stay_in_the_body() -> None:
    from spin.release import read_text

    doc = read_text(
        "Drug extends life of mice\n\n"
        "Mice given the drug lived 20% longer than untreated mice, a study of 80 animals found.\n\n"
        "About the study\n\n"
        "The researchers gave 40 mice the drug and 40 mice a placebo for two years.\n\n"
        "About Eastbrook University\n\n"
        "Eastbrook University is a public research university founded in 1890.\n"
    )
    texts = _texts(doc)
    assert "About the study" in texts
    assert "The researchers gave 40 mice the drug and 40 mice a placebo for two years." in texts
    assert not any("Eastbrook" in t for t in texts)


def test_content_bullets_kept_menu_bullets_dropped() -> None:
    from spin.release import read_text

    doc = read_text(
        "• Home\n• News\n• Research Highlights\n\n"
        "New therapy eases back pain\n\n"
        "A physiotherapy programme helped people with chronic back pain, a trial of 200 adults "
        "found.\n\n"
        "- pain fell by 20% in the treated group\n"
        "- sleep improved in two of three participants after eight weeks\n"
    )
    texts = _texts(doc)
    assert texts[0] == "New therapy eases back pain"
    assert texts[-2:] == [
        "pain fell by 20% in the treated group",
        "sleep improved in two of three participants after eight weeks",
    ]
    assert not any(t in ("Home", "News", "Research Highlights") for t in texts)


def test_headline_in_capitals_right_above_the_body() -> None:
    from spin.release import read_text

    doc = read_text(
        "SUPERBUG CURE HOPE\n\n"
        "TARGETING a toxin released by MRSA could help combat the superbug, scientists say. "
        "The work was done in mice.\n"
    )
    assert doc.sentences[0].text == "SUPERBUG CURE HOPE"
    assert doc.sentences[0].headline
    assert len(doc.sentences) == 3
