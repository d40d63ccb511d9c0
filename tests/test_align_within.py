"""The within-paper alignment check (benchmarks/align_within.py) and its labels."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import benchmark_module

from spin import align as aligner
from spin.align import align
from spin.model import Document, Paper, Sentence, Statement


@pytest.fixture(scope="module")
def within() -> Any:
    return benchmark_module("align_within")


@pytest.fixture(scope="module")
def pairs(within: Any, shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    # module-scoped, so set up before conftest's per-test cache: the PDFs' text goes
    # to a cache of its own, never the user's
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SPIN_CACHE_DIR", str(tmp_path_factory.mktemp("within-cache")))
        return within.load_pairs(shared)


@pytest.mark.shared
def test_labels_cover_every_sentence_of_every_pair(within: Any, pairs: Any) -> None:
    """load_pairs re-reads each release and paper with spin's own readers and checks
    the hashes; here also that every gold index names a statement of its paper."""
    assert len(pairs) == 35
    assert {p.split for p in pairs} == {"dev", "held-out", "full-text"}
    for p in pairs:
        assert len(p.gold) == len(p.doc.sentences) == len(p.kinds)
        n = len(p.paper.statements)
        assert all(0 <= g < n for gold in p.gold for g in gold), p.release
        assert set(p.kinds) <= {"finding", "method", "context"}


@pytest.mark.shared
def test_a_changed_sentence_is_caught(within: Any, shared: Path, tmp_path: Path) -> None:
    record = json.loads(within.LABELS.read_text(encoding="utf-8"))
    record["pairs"][0]["labels"][2]["sha"] = "0000000000"
    bad = tmp_path / "labels.json"
    bad.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(ValueError, match="sentence 2 changed; relabel"):
        within.load_pairs(shared, bad)
    record = json.loads(within.LABELS.read_text(encoding="utf-8"))
    record["pairs"][1]["statement_sha"][0] = "0000000000"
    bad.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(ValueError, match="statements changed"):
        within.load_pairs(shared, bad)


@pytest.mark.shared
def test_lexical_aligner_on_the_labelled_pairs(within: Any, pairs: Any) -> None:
    """Scored through spin.align.align, as spin check calls it.  Measured on
    2026-11-27: P@1 0.794, MRR 0.866 (random 0.143; 0.775 and 0.853 without the
    section weights); the floors leave room for small changes of the score, not
    for a broken aligner or lost section weights."""
    r = within.score(pairs, "lexical")
    assert r["sentences"] == 380 and r["with_gold"] == 316
    assert r["random_p_at_1"] == pytest.approx(0.143, abs=0.005)
    assert r["p_at_1"] >= 0.78, r["p_at_1"]
    assert r["mrr"] >= 0.85, r["mrr"]
    assert sum(r["gold_support"].values()) == pytest.approx(1.0)
    # a sentence with nothing behind it is rarely told it has strong support
    assert r["no_gold_support"]["strong"] <= 0.10
    assert r["gold_support"]["strong"] >= 0.62  # 0.66 measured (0.70 without the weights)


def _doc(text: str) -> Document:
    return Document("r.txt", text, (Sentence(0, text, 0, len(text), 1, 1, 1, len(text)),))


def test_context_weight_scales_background_statements(monkeypatch: pytest.MonkeyPatch) -> None:
    paper = Paper(
        doi="10.5555/spin.align.ctx",
        statements=(
            Statement("Background", "Fish oil supplements are widely taken to prevent strokes."),
            Statement("Conclusions", "Fish oil supplements did not reduce strokes in adults."),
        ),
    )
    doc = _doc("Fish oil supplements do not prevent strokes, a trial finds.")
    assert aligner.CONTEXT_WEIGHT == 0.8
    monkeypatch.setattr(aligner, "CONTEXT_WEIGHT", 1.0)
    (before,) = align(doc, paper, top_k=2)
    monkeypatch.setattr(aligner, "CONTEXT_WEIGHT", 0.5)
    (after,) = align(doc, paper, top_k=2)
    score = {m.statement: m.score for m in before.matches}
    scaled = {m.statement: m.score for m in after.matches}
    assert scaled[0] == pytest.approx(score[0] * 0.5)
    assert scaled[1] == pytest.approx(score[1])
    assert paper.statements[0].is_context and not paper.statements[1].is_context
    assert Statement("INTRODUCTION", "x").is_context and not Statement("Methods", "x").is_context


def test_methods_weight_applies_to_claims_only(monkeypatch: pytest.MonkeyPatch) -> None:
    paper = Paper(
        doi="10.5555/spin.align.methods",
        statements=(
            Statement("Methods", "Mice received a single injection of the drug or a control."),
            Statement("Results", "A single injection lowered cholesterol in mice."),
        ),
    )
    doc = _doc("A single injection of the drug lowers cholesterol in mice.")
    assert paper.statements[0].is_methods and not paper.statements[1].is_methods
    assert aligner.METHODS_WEIGHT == 0.7
    monkeypatch.setattr(aligner, "METHODS_WEIGHT", 0.5)
    (plain,) = align(doc, paper, top_k=2)
    (claim,) = align(doc, paper, top_k=2, claims=[True])
    (other,) = align(doc, paper, top_k=2, claims=[False])
    score = {m.statement: m.score for m in plain.matches}
    assert {m.statement: m.score for m in other.matches} == score
    weighted = {m.statement: m.score for m in claim.matches}
    assert weighted[0] == pytest.approx(score[0] * 0.5)
    assert weighted[1] == pytest.approx(score[1])
    with pytest.raises(ValueError, match="2 flags for 1 sentences"):
        align(doc, paper, claims=[True, False])
