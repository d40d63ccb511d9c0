"""The learned sentence classifiers: interface, explanations, model files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from spin import classify
from spin.classify import LinearModel, Prediction, features, stem, tokens
from spin.errors import ConfigError

SENTENCES = [
    "Coffee drinking was associated with lower mortality in older adults.",
    "Regular exercise may reduce the risk of depression.",
    "Smoking causes lung cancer.",
    "The trial enrolled 412 participants (p < 0.001) from 12 sites; 45% were women.",
    "Patients with diabetes should be screened for retinopathy every year.",
    "",
    "¿Qué? — “quoted” text…",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_interface_and_ranges(text: str) -> None:
    s = classify.claim_strength(text)
    a = classify.advice(text)
    c = classify.certainty(text)
    assert isinstance(s, Prediction) and s.label in (0, 1, 2, 3)
    assert isinstance(a, Prediction) and a.label in (0, 1, 2)
    assert 0.0 < s.confidence <= 1.0 and 0.0 < a.confidence <= 1.0
    assert 1.0 <= c <= 6.0


@pytest.mark.parametrize("text", SENTENCES)
def test_cues_are_words_of_the_sentence(text: str) -> None:
    """Every cue is readable text taken from the sentence itself."""
    low = " ".join(text.lower().replace("’", "'").split())
    for pred in (classify.claim_strength(text), classify.advice(text)):
        assert len(pred.cues) <= 3
        for cue in pred.cues:
            assert all(word in low for word in cue.split()), (cue, text)
            assert not cue.startswith(("w:", "b:", "c:", "x:"))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Higher coffee intake was associated with a lower risk of liver cancer.", 1),
        ("Regular physical activity may reduce the risk of dementia.", 2),
        ("Daily aspirin reduced the risk of colorectal cancer in adults with Lynch syndrome.", 3),
        ("The study included 2,300 women aged 40 to 60 years.", 0),
    ],
)
def test_clear_claim_strengths(text: str, label: int) -> None:
    assert classify.claim_strength(text).label == label


def test_strength_cue_names_the_relation() -> None:
    p = classify.claim_strength("Regular physical activity may reduce the risk of dementia.")
    assert any("may reduce" in c for c in p.cues)
    p = classify.claim_strength("Higher coffee intake was associated with a lower risk of gout.")
    assert any("associated" in c for c in p.cues)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Clinicians should screen all adults over 65 for atrial fibrillation.", 2),
        ("The mean age of the participants was 64 years.", 0),
    ],
)
def test_clear_advice(text: str, label: int) -> None:
    assert classify.advice(text).label == label


def test_advice_cue_is_the_modal() -> None:
    p = classify.advice("Clinicians should screen all adults over 65 for atrial fibrillation.")
    assert any("should" in c for c in p.cues)


def test_hedged_sentence_is_less_certain() -> None:
    hedged = "These results suggest that vitamin D might possibly help some patients."
    plain = "Vitamin D prevented fractures in all patients."
    assert classify.certainty(hedged) < classify.certainty(plain)
    value, cues = classify.certainty_cues(hedged)
    assert value == classify.certainty(hedged)
    assert cues


def test_expected_strength_is_graded() -> None:
    e = classify.expected_strength("Regular physical activity may reduce the risk of dementia.")
    assert 0.0 <= e <= 3.0


def test_stem_groups_inflections() -> None:
    assert len({stem(w) for w in ("increase", "increases", "increased", "increasing")}) == 1
    assert len({stem(w) for w in ("reduce", "reduces", "reduced", "reducing")}) == 1
    assert stem("was") == "was" and stem("is") == "is"


def test_tokens_number_classes_and_negation() -> None:
    keys = [t.key for t in tokens("It didn't work (p = 0.03) in 45% of 120 mice")]
    assert "<pval>" in keys and "<pct>" in keys and "<num>" in keys
    assert "not" in keys


def test_features_include_relation_context() -> None:
    f = features("Coffee may reduce the risk of diabetes but was not associated with death.")
    assert f["c:modal + causal verb"][1] == "may reduce"
    assert f["x:C:mod"][1] == "may reduce"
    assert f["x:A:neg"][1].startswith("not")


def test_linear_model_roundtrip_and_prediction() -> None:
    m = LinearModel(
        "toy", "softmax", (0, 1), (0.0, 0.0), {"w:good": (-1.0, 1.0), "w:bad": (1.0, -1.0)}
    )
    back = LinearModel.from_json(m.to_json())
    assert back.weights == m.weights and back.classes == m.classes
    p = back.predict("a good day")
    assert p.label == 1 and p.cues == ("good",) and p.confidence > 0.8
    assert back.predict("bad").label == 0


def test_fold_models_roundtrip_through_the_shared_feature_list() -> None:
    a = LinearModel(
        "toy", "softmax", (0, 1), (0.1, -0.1), {"w:good": (-1.0, 1.0)}, None, {"fold": 0}
    )
    b = LinearModel(
        "toy", "softmax", (0, 1), (0.0, 0.0), {"w:bad": (1.0, -1.0), "w:good": (-0.5, 0.5)}
    )
    doc = classify.folds_to_json([a, b], {"k2": 1, "k1": 0})
    assert doc["features"] == ["w:bad", "w:good"]  # once, sorted
    assert doc["folds"][0]["weights"] == [None, [-1.0, 1.0]]
    folds, fold_of = classify.folds_from_json(json.loads(json.dumps(doc)))
    assert [f.weights for f in folds] == [a.weights, b.weights]
    assert folds[0].intercept == a.intercept and folds[0].meta == {"fold": 0}
    assert fold_of == {"k1": 0, "k2": 1} and list(doc["fold_of"]) == ["k1", "k2"]


def test_regression_model_is_clipped() -> None:
    m = LinearModel("toy", "regression", (0,), (3.0,), {"w:" + stem("sure"): (10.0,)}, (1.0, 6.0))
    assert m.value("sure")[0] == 6.0
    assert m.value("other")[0] == 3.0


def test_missing_model_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="missing or damaged"):
        classify._read_model_file("no-such-model.json")


def test_shipped_models_are_small_and_versioned() -> None:
    from importlib import resources

    d = resources.files("spin").joinpath("data", "models")
    total = sum(p.stat().st_size for p in d.iterdir())  # type: ignore[attr-defined]
    assert total < 2_000_000
    for name in classify.MODEL_NAMES:
        assert classify.load_model(name).name == name
    folds, fold_of = classify.load_fold_models("strength")
    assert len(folds) == 5 and set(fold_of.values()) == {0, 1, 2, 3, 4}
    assert classify.load_fold_models("certainty") == ((), {})


def test_sentence_key_ignores_case_and_spacing() -> None:
    a = classify.sentence_key("Coffee  may reduce\nrisk.")
    assert a == classify.sentence_key("coffee may reduce risk.")
    assert a != classify.sentence_key("coffee may reduce risks.")


def test_classify_all_matches_the_single_calls() -> None:
    for text in SENTENCES:
        j = classify.classify_all(text)
        assert j.strength == classify.claim_strength(text)
        assert j.advice == classify.advice(text)
        assert (j.certainty, j.certainty_cues) == classify.certainty_cues(text)
        assert j.expected_strength == pytest.approx(classify.expected_strength(text))


def test_features_are_cached_and_read_only() -> None:
    text = "Coffee may reduce the risk of diabetes."
    f = features(text)
    assert features(text) is f
    with pytest.raises(TypeError):
        f["w:new"] = (1.0, "new")  # type: ignore[index]
    classify.clear_caches()
    assert features(text) is not f and dict(features(text)) == dict(f)


def test_advice_cues_name_the_addressee() -> None:
    f = features("Clinicians should consider screening older adults for frailty.")
    assert f["a:addressee"][1] == "clinicians"
    assert "a:addressee + directive" in f
    f = features("Further studies are warranted; the procedure appears safe and feasible.")
    assert f["a:is encouraged"][1] == "are warranted"
    assert f["a:implied benefit"][1] == "appears safe"
    # the strength model never learned from the advice cues
    assert not any(k.startswith("a:") for k in classify.load_model("strength").weights)
    assert any(k.startswith("a:") for k in classify.load_model("advice").weights)


def test_nb_lr_pool_folds_into_one_linear_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The advice recipe (logistic regression + NB-LR, scores averaged) is one linear model:
    its folded weights give the average of the two models' class scores."""
    pytest.importorskip("sklearn")
    import importlib.util
    from pathlib import Path

    import numpy as np
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression

    path = Path(__file__).resolve().parent.parent / "scripts" / "train_models.py"
    spec = importlib.util.spec_from_file_location("train_models", path)
    assert spec and spec.loader
    tm = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tm)
    monkeypatch.setitem(tm.PRUNE, "advice", 0.0)
    texts = [
        "Clinicians should screen older adults.",
        "Patients should avoid alcohol.",
        "This approach may be considered in practice.",
        "The method appears safe and feasible.",
        "The mean age was 64 years.",
        "We enrolled 300 women.",
        "Doctors must recommend exercise.",
        "It may be a useful option.",
        "Mortality was 12% in both groups.",
    ]
    y = [2, 2, 1, 1, 0, 0, 2, 1, 0]
    model = tm._softmax_model("advice", texts, y, [0, 1, 2], {})
    dv, m = tm._vectorise("advice", texts)
    m, ya = m.tocsr(), np.asarray(y)
    lr = LogisticRegression(C=tm.C["advice"], max_iter=5000, class_weight="balanced").fit(m, ya)
    lr_s = lr.decision_function(m)
    ngram = np.array([str(f).startswith(("w:", "b:")) for f in dv.get_feature_names_out()])
    nb_s = np.zeros_like(lr_s)
    for k in range(3):
        yb = (ya == k).astype(int)
        r = np.where(ngram, tm._nb_ratio(m, yb), 1.0)
        x = m @ sp.diags(r)
        nb = LogisticRegression(C=tm.NB_C["advice"], max_iter=5000, class_weight="balanced")
        nb_s[:, k] = nb.fit(x, yb).decision_function(x)
    mix = tm.NB_MIX["advice"]
    assert 0 < mix < 1
    want = (1 - mix) * lr_s + mix * nb_s
    for i, text in enumerate(texts):
        got = np.asarray(model.scores(features(text)))
        # softmax is shift-invariant: compare the class scores centred
        assert got - got.mean() == pytest.approx(want[i] - want[i].mean(), abs=0.02)


def test_inflected_words_beside_their_stems() -> None:
    f = classify.features("The strain lowered blood pressure, and lower doses increases risk.")
    assert "w:" + classify.stem("lowered") in f and "u:lowered" in f
    assert f["u:lowered"][1] == "lowered"  # the cue shown is the sentence's own word
    assert "u:increases" in f and "u:lower" not in f  # an unchanged word is only a stem
    nums = classify.features("Risk fell by 20% in 1,200 patients (p<0.05).")
    assert not [k for k in nums if k.startswith("u:<")]  # numbers are classes, not words


def _train_models() -> Any:
    import importlib.util
    import sys

    path = Path(__file__).resolve().parent.parent / "scripts" / "train_models.py"
    spec = importlib.util.spec_from_file_location("train_models_for_tests", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name", ["strength", "advice"])
def test_teacher_labels_are_of_unlabelled_allowed_sentences(shared: Path, name: str) -> None:
    """Distillation's transfer set never holds a benchmark or test-split sentence or one
    of the model's own training sentences, and every shipped teacher label names one of
    its sentences; a model trained with them (``--distil``) says how many it learned from."""
    import gzip

    tm = _train_models()
    path = tm.TEACHER_DIR / f"{name}.json.gz"
    if not path.exists():
        pytest.skip(f"no teacher labels for {name}")
    own = tm.training_data(shared, name)[0]
    texts, origin, counts = tm.transfer_candidates(shared, name, own)
    keys = {classify.sentence_key(t) for t in texts}
    assert len(keys) == len(texts) == counts["kept"]
    forbidden = tm._excluded(shared) | {classify.sentence_key(t) for t in own}
    pei = shared / "data" / "pei2021-certainty" / "sentence-level-certainty.jsonl"
    for line in pei.read_text("utf-8").splitlines():
        obj = json.loads(line) if line.strip() else {}
        if obj.get("split") == "test":
            forbidden.add(classify.sentence_key(str(obj["finding"]).strip()))
    assert not keys & forbidden
    assert not any("insciout" in o or "test" in o for o in origin)
    doc = json.loads(gzip.decompress(path.read_bytes()))
    labels = doc["labels"]
    assert labels and set(labels) <= keys
    n_classes = len(classify.load_model(name).classes)
    assert all(
        len(c) == 6 and set(c) <= {"-", *map(str, range(n_classes))} for c in labels.values()
    )
    # the model learns from the sentences of its student sources only
    used = [
        labels[classify.sentence_key(t)]
        for t, o in zip(texts, origin, strict=True)
        if classify.sentence_key(t) in labels and o.startswith(tm.STUDENT_SOURCES[name])
    ]
    assert used
    meta = classify.load_model(name).meta
    if "distilled" not in meta:
        return  # the shipped model was not distilled (train_models.py --distil)
    assert meta["teacher_labelled"] == sum(c[5] != "-" for c in used)
    assert f"{len(used)} unlabelled" in meta["distilled"]
    folds, _ = classify.load_fold_models(name)
    for k, fm in enumerate(folds):
        assert fm.meta["teacher_labelled"] == sum(c[k] != "-" for c in used)
