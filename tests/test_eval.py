"""`spin eval`: loaders, label encodings, metrics, predictions file, errors."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from spin import classify
from spin.cli import main
from spin.eval import (
    SPIN_TO_YU2019,
    classification_metrics,
    evaluate,
    load,
    pearson,
)

EVAL = Path(__file__).resolve().parent / "fixtures" / "eval"


def _predictions(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_metrics_by_hand() -> None:
    gold = ["a", "a", "a", "b", "b", "c"]
    pred = ["a", "a", "b", "b", "c", "c"]
    m = classification_metrics(gold, pred, ["a", "b", "c"])
    assert m["confusion"] == [[2, 1, 0], [0, 1, 1], [0, 0, 1]]
    assert m["accuracy"] == pytest.approx(4 / 6)
    # a: P 1, R 2/3 -> 0.8; b: P 1/2, R 1/2 -> 0.5; c: P 1/2, R 1 -> 2/3
    assert m["macro_f1"] == pytest.approx((0.8 + 0.5 + 2 / 3) / 3)
    assert m["per_class"]["b"]["support"] == 2


def test_pearson() -> None:
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert math.isnan(pearson([1, 1, 1], [1, 2, 3]))


def test_causal_yu2019_predictions_in_the_files_own_codes(tmp_path: Path) -> None:
    src = EVAL / "yu2019_causal_language_sample.csv"
    out = tmp_path / "pred.jsonl"
    assert main(["eval", "causal", str(src), "--predictions", str(out), "--format", "json"]) == 0
    preds = _predictions(out)
    ds = load("causal", src)
    assert ds.encoding == "yu2019"
    assert [p["id"] for p in preds] == list(range(len(ds.rows)))
    for p, row in zip(preds, ds.rows, strict=True):
        # these invented sentences are in no training set: the full model scores them
        assert p["prediction"] == SPIN_TO_YU2019[classify.claim_strength(row.text).label]


def test_the_two_encodings_swap_1_and_3(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    main(
        [
            "eval",
            "causal",
            str(EVAL / "yu2019_causal_language_sample.csv"),
            "--predictions",
            str(a),
            "--format",
            "json",
        ]
    )
    main(
        [
            "eval",
            "causal",
            str(EVAL / "annotated_eureka_sample.csv"),
            "--predictions",
            str(b),
            "--format",
            "json",
        ]
    )
    pa, pb = _predictions(a), _predictions(b)
    assert [p["id"] for p in pb] == ["t-1-title", "t-2-title", "t-3-sentence", "t-4-sentence"]
    swap = {0: 0, 1: 3, 2: 2, 3: 1}
    assert [swap[int(p["prediction"])] for p in pa[:4]] == [p["prediction"] for p in pb]  # type: ignore[call-overload]


def test_json_report_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["eval", "causal", str(EVAL / "annotated_eureka_sample.csv"), "--format", "json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["metric"] == "macro_f1" and data["encoding"] == "yu2020"
    assert set(data["details"]["per_class"]) == {"0", "1", "2", "3"}
    assert len(data["details"]["confusion"]) == 4
    assert data["baseline"]["label"] in {"0", "1", "2", "3"}


def test_terminal_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "advice", str(EVAL / "advice_sample.csv")]) == 0
    out = capsys.readouterr().out
    assert "macro-F1" in out and "majority" in out and "confusion" in out
    assert "strong advice" in out


def test_advice_ids_are_pmid_and_row(tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    main(
        [
            "eval",
            "advice",
            str(EVAL / "advice_sample.csv"),
            "--predictions",
            str(out),
            "--format",
            "json",
        ]
    )
    preds = _predictions(out)
    assert [p["id"] for p in preds][:2] == ["55550001-0", "55550002-1"]
    assert all(p["prediction"] in (0, 1, 2) for p in preds)


def test_exaggeration_labels_are_strings(tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    r = evaluate("exaggeration", EVAL / "exaggeration_sample.jsonl")
    assert [p["id"] for p in r.predictions] == ["t-001", "t-002", "t-003"]
    assert {p["prediction"] for p in r.predictions} <= {"same", "exaggerates", "downplays"}
    assert r.details["n"] == 3
    main(
        [
            "eval",
            "exaggeration",
            str(EVAL / "exaggeration_sample.jsonl"),
            "--predictions",
            str(out),
            "--format",
            "json",
        ]
    )
    assert len(_predictions(out)) == 3


def test_certainty_scores_the_test_split(capsys: pytest.CaptureFixture[str]) -> None:
    r = evaluate("certainty", EVAL / "certainty_sample.jsonl")
    assert r.details["n"] == 3 and len(r.predictions) == 5
    assert r.baseline["prediction"] == pytest.approx(4.0)  # mean of the train rows
    assert main(["eval", "certainty", str(EVAL / "certainty_sample.jsonl")]) == 0
    assert "Pearson r" in capsys.readouterr().out


def test_alignment_finds_its_own_row() -> None:
    r = evaluate("alignment", EVAL / "exaggeration_sample.jsonl")
    assert [p["prediction"] for p in r.predictions] == [0, 1, 2]
    assert r.value == 1.0 and r.baseline["random_precision_at_1"] == pytest.approx(1 / 3)
    # the tests run with SPIN_ALIGN_EMBED=0 (conftest): the note says the number is lexical
    assert any(n.startswith("aligner: lexical only") for n in r.notes)


def test_alignment_note_names_the_embedding_model() -> None:
    from spin import embed
    from spin.eval import _aligner_used

    assert embed.spec().name in _aligner_used(True)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["causal", "/nonexistent/file.csv"], "no such file"),
        (["causal", str(EVAL)], "is a directory"),
        (["causal", str(EVAL / "causal_unknown_encoding.csv")], "--encoding"),
        (["causal", str(EVAL / "exaggeration_sample.jsonl")], "expected CSV columns"),
        (["exaggeration", str(EVAL / "advice_sample.csv")], "not JSON Lines"),
        (["certainty", str(EVAL / "exaggeration_sample.jsonl")], "missing field"),
        (["advice", str(EVAL / "causal_unknown_encoding.csv")], "not in [0, 1, 2]"),
        (
            ["advice", str(EVAL / "advice_sample.csv"), "--encoding", "yu2019"],
            "causal dataset only",
        ),
    ],
)
def test_bad_input_is_one_line_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", *argv]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("spin: error:") and "\n" not in err
    assert message in err


def test_encoding_option_resolves_ambiguity(tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    path = str(EVAL / "causal_unknown_encoding.csv")
    assert (
        main(
            [
                "eval",
                "causal",
                path,
                "--encoding",
                "yu2019",
                "--predictions",
                str(out),
                "--format",
                "json",
            ]
        )
        == 0
    )
    assert len(_predictions(out)) == 2


# ---------------------------------------------------------------- on the real data


@pytest.mark.shared
def test_yu2019_is_scored_out_of_fold(shared: Path) -> None:
    path = shared / "data" / "yu2019-causal-language-pubmed" / "pubmed_causal_language_use.csv"
    r = evaluate("causal", path)
    assert r.details["n"] == 3061
    assert any("out-of-fold" in n and n.startswith("30") for n in r.notes)
    assert r.value > r.baseline["macro_f1"] + 0.4


@pytest.mark.shared
def test_exaggeration_benchmark_runs(shared: Path, tmp_path: Path) -> None:
    path = shared / "data" / "scientific-exaggeration-detection" / "insciout_test.jsonl"
    out = tmp_path / "p.jsonl"
    assert (
        main(["eval", "exaggeration", str(path), "--predictions", str(out), "--format", "json"])
        == 0
    )
    preds = _predictions(out)
    assert len(preds) == 563 and preds[0]["id"] == "25-191"
    r = evaluate("exaggeration", path)
    assert r.value > r.baseline["macro_f1"]
