"""Sentence segmentation, positions, quotes and speakers (spin.text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spin.text import LineIndex, find_quotes, split_sentences, split_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Smith et al. found a link. The effect was small.",
            ["Smith et al. found a link.", "The effect was small."],
        ),
        (
            "Doses, e.g. 5 mg, were low. Effects, i.e. side effects, were rare.",
            ["Doses, e.g. 5 mg, were low.", "Effects, i.e. side effects, were rare."],
        ),
        (
            "See Fig. 2 for details. Drug vs. placebo differed (p < 0.05).",
            ["See Fig. 2 for details.", "Drug vs. placebo differed (p < 0.05)."],
        ),
        (
            "Dr. Jones said the risk rose 3.4-fold (95% CI 1.2-3.4). Nobody expected it.",
            ["Dr. Jones said the risk rose 3.4-fold (95% CI 1.2-3.4).", "Nobody expected it."],
        ),
        (
            "Alan F. Schatzberg, M.D., who led this research at Stanford, cautions against it. "
            "More work is needed.",
            [
                "Alan F. Schatzberg, M.D., who led this research at Stanford, cautions against it.",
                "More work is needed.",
            ],
        ),
        (
            "Washington, D.C., — A new study finds an effect. It is large.",
            ["Washington, D.C., — A new study finds an effect.", "It is large."],
        ),
        (
            "Boris D. Heifets, M.D., Ph.D., from Stanford University, led it. It worked.",
            ["Boris D. Heifets, M.D., Ph.D., from Stanford University, led it.", "It worked."],
        ),
        (
            "LAKESIDE, Ore. — Walking lowered blood pressure by 6.2 mmHg. The trial was short.",
            [
                "LAKESIDE, Ore. — Walking lowered blood pressure by 6.2 mmHg.",
                "The trial was short.",
            ],
        ),
        (
            "It was approved in the U.S. The study began later.",
            ["It was approved in the U.S.", "The study began later."],
        ),
        (
            "The U.S. Food and Drug Administration approved it.",
            ["The U.S. Food and Drug Administration approved it."],
        ),
        (
            '"It works," said Smith. "It is safe?" asked Jones. Nobody knew.',
            ['"It works," said Smith.', '"It is safe?" asked Jones.', "Nobody knew."],
        ),
        (
            "Key findings:\n- Pain fell by 20%\n- Sleep improved\n1. Costs dropped",
            ["Key findings:", "Pain fell by 20%", "Sleep improved", "Costs dropped"],
        ),
        (
            "Coffee linked to longer life\n"
            "People who drank coffee lived longer in a study of 5,000 adults.",
            [
                "Coffee linked to longer life",
                "People who drank coffee lived longer in a study of 5,000 adults.",
            ],
        ),
        (
            "# A heading\nBody text follows here.",
            ["A heading", "Body text follows here."],
        ),
        (
            "A hard-wrapped paragraph that goes on\nacross lines. Then a second one.",
            ["A hard-wrapped paragraph that goes on\nacross lines.", "Then a second one."],
        ),
        (
            "Prices rose by 2.5% in 2019. Then they fell.",
            ["Prices rose by 2.5% in 2019.", "Then they fell."],
        ),
        ("Is it real? Yes! It is.", ["Is it real?", "Yes!", "It is."]),
        # a number closing a bracket ends the sentence whatever word follows: this once
        # merged two statements of a real abstract ("(p > 0.7). Between weeks 10 ...")
        (
            "No difference was seen (p > 0.7). Between weeks 10 and 15, torque rose.",
            ["No difference was seen (p > 0.7).", "Between weeks 10 and 15, torque rose."],
        ),
        (
            "Scores rose (95% CI 2.3 to 5.9). Teachers liked it.",
            ["Scores rose (95% CI 2.3 to 5.9).", "Teachers liked it."],
        ),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_blank_line_always_splits() -> None:
    assert split_sentences("No punctuation here\n\nNor here") == ["No punctuation here", "Nor here"]


def test_line_index_positions() -> None:
    text = "ab\ncde\n\nf"
    idx = LineIndex(text)
    assert idx.position(0) == (1, 1)
    assert idx.position(3) == (2, 1)
    assert idx.position(5) == (2, 3)
    assert idx.position(8) == (4, 1)
    # end column inclusive: "cde" is line 2, columns 1..3
    assert idx.span(3, 6) == (2, 1, 2, 3)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"abcXYZ .,;:!?\"'“”()-•#\n\t0123456789",
                *("e.g.", "Dr.", "et al.", "M.D.", " — ", "The ", "\n\n", "\n- ", "\n1. "),
            ]
        ),
        max_size=150,
    ).map("".join)
)
def test_spans_are_exact_ordered_and_trimmed(text: str) -> None:
    spans = split_spans(text)
    prev_end = 0
    idx = LineIndex(text)
    for s, e in spans:
        assert 0 <= prev_end <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip() and piece
        line, col, end_line, end_col = idx.span(s, e)
        # line/column agree with counting by hand
        assert line == text.count("\n", 0, s) + 1
        assert col == s - (text.rfind("\n", 0, s) + 1) + 1
        assert end_line == text.count("\n", 0, e - 1) + 1
        assert end_col == (e - 1) - (text.rfind("\n", 0, e - 1) + 1) + 1
        prev_end = e
    infos = find_quotes(text, spans)
    assert len(infos) == len(spans)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The drug reduced pain by 35% (p < 0.05).",
                "Smith et al. reported a similar effect.",
                '"We were surprised," said Dr. Jane Smith.',
                "Alan F. Schatzberg, M.D., led it.",
                "Fig. 2 shows the dose vs. response curve.",
                "Results, e.g. blood pressure, improved.",
            ]
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from([" ", "\n", "\n\n"]),
)
def test_known_sentences_come_back_whole(sentences: list[str], sep: str) -> None:
    text = sep.join(sentences)
    assert split_sentences(text) == sentences


def _quotes(text: str) -> list[tuple[bool, str | None]]:
    spans = split_spans(text)
    return [(q.quote, q.speaker) for q in find_quotes(text, spans)]


def test_said_after_quote() -> None:
    text = '"The results were striking and unexpected," said Dr. Jane Smith, who led the work.'
    assert _quotes(text) == [(True, "Jane Smith")]


def test_name_said_after_quote() -> None:
    text = "“We did not expect the effect to be this large,” Smith said."
    assert _quotes(text) == [(True, "Smith")]


def test_according_to() -> None:
    text = '"Patients should not change their medication yet," according to Maria Lopez.'
    assert _quotes(text) == [(True, "Maria Lopez")]


def test_subject_earlier_in_sentence_and_surname() -> None:
    text = (
        "In an editorial, Mark S. George, M.D., with the Medical University of South Carolina, "
        'notes, "We would hate to treat one epidemic by creating another one." '
        'George cautions that "with these new findings, we should be cautious."'
    )
    assert _quotes(text) == [(True, "Mark S. George"), (True, "Mark S. George")]


def test_quote_spanning_sentences_and_continuation() -> None:
    text = (
        '"This is a first step. It is only a first step," said lead author Ana Lima. '
        '"We need a larger trial."'
    )
    assert _quotes(text) == [(True, "Ana Lima"), (True, "Ana Lima"), (True, "Ana Lima")]


def test_pronoun_resolves_to_last_named_person() -> None:
    text = (
        "Ana Lima led the trial at Harbour Medical School.\n\n"
        '"It would be premature to recommend the app to everyone," she said.'
    )
    assert _quotes(text) == [(False, None), (True, "Ana Lima")]


def test_scare_quotes_are_not_quotes() -> None:
    text = 'The so-called "happy hormone" rose in the treated mice.'
    assert _quotes(text) == [(False, None)]


def test_unattributed_quote_has_no_speaker() -> None:
    text = 'The report said nothing new. "A cure is near and will come soon enough."'
    assert _quotes(text)[1] == (True, None)


def test_quoted_paper_title_is_not_a_quote() -> None:
    text = (
        '"The next step is a randomised trial," said co-author Dr. Jonas Weber. '
        "The study, “A smartphone app to extend sleep in adolescents: a pilot study”, "
        "is published in the Example Journal."
    )
    assert _quotes(text) == [(True, "Jonas Weber"), (False, None)]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a spaced ellipsis, as typeset in PDFs, is one mark like "…"
        (
            "I got blood tests done . . . with my GP, and he goes . . ., “. . . I’m not "
            "taking responsibility for you.” Next sentence here.",
            [
                "I got blood tests done . . . with my GP, and he goes . . ., “. . . I’m not "
                "taking responsibility for you.”",
                "Next sentence here.",
            ],
        ),
        (
            "It was the end of the trial. . . The next one starts soon.",
            ["It was the end of the trial. . .", "The next one starts soon."],
        ),
        # an omission at the start of a quote does not end the sentence before it
        (
            "He said “… it worked” and left.",
            ["He said “… it worked” and left."],
        ),
        (
            'She said: "We were amazed . . . it worked." Then she left.',
            ['She said: "We were amazed . . . it worked."', "Then she left."],
        ),
    ],
)
def test_ellipses(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_pronoun_after_a_quote_is_its_speakers() -> None:
    """ "..., she added" belongs to the last quote's speaker, not to capitalised words
    mentioned before that quote ("East Asian ancestry")."""
    text = (
        "Dr. Maren Lindqvist led the study.\n\n"
        "The score also held up in people of South Asian, African or East Asian ancestry.\n\n"
        "\u201cThe genetic score carries real information,\u201d said Lindqvist.\n\n"
        "\u201cDoctors should now consider adding a genetic score,\u201d she added."
    )
    speakers = [sp for quoted, sp in _quotes(text) if quoted]
    assert speakers == ["Maren Lindqvist", "Maren Lindqvist"]
