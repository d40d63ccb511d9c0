"""How the optional embedding part is mixed into the score, and the benchmark's
tuning helpers, checked with a stand-in embedding so they run without the
``embed`` extra (no torch, no model)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from helpers import benchmark_module

from spin import align as aligner
from spin import embed
from spin.align import DEFAULT_PARAMS, Params, align, score_matrix
from spin.model import Document, Paper, Sentence, Statement

ROOT = Path(__file__).resolve().parent.parent

# a stand-in cosine: 0.9 for the pairs below, 0.1 otherwise
CLOSE = {
    ("Talking therapy over the phone eases chronic pain.", "TCBT improved patient outcomes."),
}


def _fake_similarity(queries: Sequence[str], candidates: Sequence[str]) -> Any:
    return np.array([[0.9 if (q, c) in CLOSE else 0.1 for c in candidates] for q in queries])


@pytest.fixture
def fake_embedding(monkeypatch: pytest.MonkeyPatch) -> None:
    """The embedding part switched on, with a stand-in similarity (no model)."""
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "minilm")
    monkeypatch.setattr(embed, "enabled", lambda: True)
    monkeypatch.setattr(embed, "similarity", _fake_similarity)


def _doc(*texts: str) -> Document:
    sents = tuple(Sentence(i, t, 0, len(t), 1, 1, 1, len(t)) for i, t in enumerate(texts))
    return Document("release.txt", "\n".join(texts), sents)


QUERY = "Talking therapy over the phone eases chronic pain."
STATEMENTS = [
    "TCBT improved patient outcomes.",
    "Chronic pain over the phone was reported by participants talking to staff.",
]


@pytest.mark.usefixtures("fake_embedding")
def test_score_is_weighted_mean_with_embedding_weight() -> None:
    assert aligner.uses_embedding()
    parts = aligner.components([QUERY], STATEMENTS)
    assert np.allclose(parts["embed"], [[0.9, 0.1]])
    p = DEFAULT_PARAMS
    lexical = sum(
        w * parts[k]
        for k, w in (
            ("lexical", p.lexical),
            ("bigram", p.bigram),
            ("number", p.number),
            ("fuzzy", p.fuzzy),
        )
    )
    total = p.lexical + p.bigram + p.number + p.fuzzy
    w = aligner.embed_weight(p)
    assert w == aligner.EMBED_WEIGHTS["minilm"] == 1.2  # the fixture's model
    expected = (lexical + w * parts["embed"]) / (total + w)
    assert np.allclose(score_matrix([QUERY], STATEMENTS), expected)
    # weight 0 is the lexical score exactly
    lex_only = score_matrix([QUERY], STATEMENTS, replace(p, embed=0.0))
    assert np.allclose(lex_only, lexical / total)
    # the embedding moves the statement with no shared words to the top
    assert lex_only[0].argmax() == 1
    assert score_matrix([QUERY], STATEMENTS)[0].argmax() == 0


@pytest.mark.usefixtures("fake_embedding")
def test_heavier_embedding_weight_moves_scores_towards_cosine() -> None:
    light = score_matrix([QUERY], STATEMENTS, Params(embed=0.5))
    heavy = score_matrix([QUERY], STATEMENTS, Params(embed=5.0))
    cos = _fake_similarity([QUERY], STATEMENTS)
    assert np.all(np.abs(heavy - cos) < np.abs(light - cos))


@pytest.mark.usefixtures("fake_embedding")
def test_align_uses_embedding_thresholds() -> None:
    paper = Paper(doi=None, statements=tuple(Statement("abstract", t) for t in STATEMENTS))
    (a,) = align(_doc(QUERY), paper)
    assert a.best is not None and a.best.statement == 0
    score = a.best.score
    expected = aligner.support_level(score, aligner.STRONG_EMBED, aligner.WEAK_EMBED)
    assert a.support == expected
    # explicit thresholds still win over the embedding defaults
    (b,) = align(_doc(QUERY), paper, strong=score, weak=0.0)
    assert b.support == "strong"


@pytest.mark.usefixtures("fake_embedding")
def test_each_model_has_its_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    assert aligner.thresholds() == (aligner.STRONG_EMBED, aligner.WEAK_EMBED)
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "mpnet")
    assert aligner.thresholds() == aligner.EMBED_THRESHOLDS["mpnet"]
    assert aligner.thresholds(replace(DEFAULT_PARAMS, embed=0.0)) == (aligner.STRONG, aligner.WEAK)


def test_embedding_thresholds_are_ordered() -> None:
    assert set(aligner.EMBED_THRESHOLDS) == set(embed.MODELS) == set(aligner.EMBED_WEIGHTS)
    for strong, weak in aligner.EMBED_THRESHOLDS.values():
        assert 0.0 < weak < strong < 1.0
    assert all(w > 0 for w in aligner.EMBED_WEIGHTS.values())
    assert DEFAULT_PARAMS.embed is None  # the model's own weight


@pytest.mark.usefixtures("fake_embedding")
def test_each_model_has_its_weight(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in embed.MODELS:
        monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", key)
        assert aligner.embed_weight() == aligner.EMBED_WEIGHTS[key]
    assert aligner.embed_weight(Params(embed=0.5)) == 0.5  # an explicit weight wins
    assert not aligner.uses_embedding(Params(embed=0.0))


# ----------------------------------------------------------------- benchmark helpers


@pytest.fixture(scope="module")
def bench_module() -> Any:
    return benchmark_module("align_bench")


def test_per_query_counts_identical_texts_and_ties(bench_module: Any) -> None:
    cands = ["a", "b", "a", "c"]
    m = np.array(
        [
            [0.2, 0.9, 0.9, 0.1],  # gold "a" (row 0) tied with its duplicate row 2, "b" above it
            [0.5, 0.5, 0.1, 0.1],  # gold "b" tied with "a": hit 1/2
            [0.1, 0.1, 0.8, 0.1],  # gold "a" first
            [0.1, 0.1, 0.1, 0.1],  # gold "c" tied with all others ("a" counted as two)
        ]
    )
    p1, rr, strict = bench_module.per_query(m, cands, [0, 1, 2, 3])
    assert p1[0] == 0.0 and rr[0] == 0.5  # one other text above it
    assert p1[1] == 0.5 and rr[1] == pytest.approx((1 + 0.5) / 2)
    assert p1[2] == 1.0 and rr[2] == 1.0 and strict[2] == 1.0
    assert p1[3] == pytest.approx(1 / 4)
    assert strict[1] == 0.0 and strict[0] == 0.0  # strict: the first argmax row must be gold


@pytest.mark.usefixtures("fake_embedding")
def test_bench_mix_matches_score_matrix(bench_module: Any) -> None:
    lex = score_matrix([QUERY], STATEMENTS, bench_module.LEX)
    emb = score_matrix([QUERY], STATEMENTS, bench_module.EMBED_ONLY)
    for w in (0.5, aligner.embed_weight(DEFAULT_PARAMS), 4.0):
        full = score_matrix([QUERY], STATEMENTS, replace(bench_module.LEX, embed=w))
        assert np.allclose(bench_module.mix(lex, emb, w), full)
