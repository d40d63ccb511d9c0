#!/usr/bin/env python
"""Measure ideas for the exaggeration decision by cross-validation on insciout_train.

    python scripts/exaggeration_cv.py [--shared ../shared] [--weights 0,1,3] [--seeds 0,1,2]
                                      [--source none,bias,conj] [--no-bias-tuning]

Never reads insciout_test.jsonl except to drop its sentences from the training
data (as scripts/train_models.py does), and never reads ../shared/data/insciout-cardiff.
Held-out data: the 100 pairs of insciout_train.jsonl, 5 folds grouped by the
abstract conclusion (pairs sharing an abstract share a fold), three shuffles.
For each fold the claim-strength model is refitted exactly as the shipped one
(Yu 2019 PubMed + Yu 2020 EurekAlert, logistic regression C=1, balanced,
class-centred weights pruned below 0.1) plus, with weight w, the two sentences
of every training-fold pair; the held-out pairs get the sign of the strength
difference.  Printed: exaggeration macro-F1 over the 100 out-of-fold pairs and
claim-strength macro-F1 over their 200 sentences.

Also printed: how the 200 sentences of pet_cls/train_pet.csv relate to the Yu
2019 file, how often the direct-cause override of spin.claims.analyze fires on
the train pairs, and per-class score offsets tuned inside each training fold.
Needs scikit-learn (the ``train`` extra); about 5-10 minutes on 2 shared cores.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spin import claims, classify  # noqa: E402
from spin import eval as spin_eval  # noqa: E402

LABELS = ("same", "exaggerates", "downplays")
key = classify.sentence_key


def _sign(a: int, b: int) -> str:
    return spin_eval.EXAGGERATION_LABELS[(a > b) - (a < b) + 1]


def _override(text: str, label: int) -> int:
    """spin.claims.analyze's rule: an unhedged finite direct-cause verb means 3."""
    if (
        label < 3
        and not claims._hedge_cues(text)
        and not claims._negations(text)
        and not claims._NULL_RESULT.search(text)
        and claims._direct_cause_cue(text) is not None
    ):
        return 3
    return label


class Data:
    def __init__(self, shared: Path) -> None:
        d = shared / "data"
        self.exd = d / "scientific-exaggeration-detection"
        excluded = set()
        for name in ("insciout_test.jsonl", "insciout_train.jsonl"):
            for obj in spin_eval._jsonl(self.exd / name):
                excluded.add(key(obj["press_release_conclusion"]))
                excluded.add(key(obj["abstract_conclusion"]))
        self.texts: list[str] = []
        self.y: list[int] = []
        self.src: list[str] = []
        for path, src in (
            (d / "yu2019-causal-language-pubmed" / "pubmed_causal_language_use.csv", "abstract"),
            (d / "yu2020-correlation-to-causation" / "annotated_eureka.csv", "press"),
        ):
            ds = spin_eval.load("causal", path)
            for r in ds.rows:
                if key(r.text) not in excluded:
                    self.texts.append(r.text)
                    self.y.append(int(ds.spin_label(r.label)))
                    self.src.append(src)
        self.yu2019 = spin_eval.load(
            "causal", d / "yu2019-causal-language-pubmed" / "pubmed_causal_language_use.csv"
        )
        self.pairs = spin_eval._jsonl(self.exd / "insciout_train.jsonl")


def _feats(text: str, src: str, mode: str) -> dict[str, float]:
    f = {k: v for k, (v, _) in classify.features(text).items() if not k.startswith("a:")}
    if mode in ("bias", "conj"):
        f["s:" + src] = 1.0
    if mode == "conj":
        for k in list(f):
            if k.startswith(("c:", "x:")) and not k.startswith("x:early") and k.count(":") <= 2:
                f[f"s:{src}|{k}"] = 1.0
    return f


def _fit(texts: list[str], y: list[int], srcs: list[str], w: list[float], mode: str) -> Any:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    dv = DictVectorizer()
    x = dv.fit_transform([_feats(t, s, mode) for t, s in zip(texts, srcs, strict=True)])
    clf = LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced")
    clf.fit(x, np.asarray(y), sample_weight=np.asarray(w))
    coef = clf.coef_ - clf.coef_.mean(axis=0, keepdims=True)  # as train_models.py ships it
    clf.coef_ = np.round(coef * (np.abs(coef).max(axis=0) >= 0.1), 3)
    clf.intercept_ = clf.intercept_ - clf.intercept_.mean()
    return dv, clf


def _folds(pairs: list[dict[str, Any]], seed: int) -> list[int]:
    groups = [key(p["abstract_conclusion"]) for p in pairs]
    order = sorted(set(groups), key=lambda g: hashlib.md5(f"{seed}{g}".encode()).hexdigest())
    fold = {g: i % 5 for i, g in enumerate(order)}
    return [fold[g] for g in groups]


def cv(data: Data, weight: float, mode: str, seed: int) -> tuple[float, float]:
    pairs = data.pairs
    fold = _folds(pairs, seed)
    pr, ab = [0] * len(pairs), [0] * len(pairs)
    for k in range(5):
        t, y, s = list(data.texts), list(data.y), list(data.src)
        w = [1.0] * len(t)
        if weight > 0:
            for i, p in enumerate(pairs):
                if fold[i] != k:
                    t += [p["press_release_conclusion"], p["abstract_conclusion"]]
                    y += [int(p["press_release_strength"]), int(p["abstract_strength"])]
                    s += ["press", "abstract"]
                    w += [weight, weight]
        dv, clf = _fit(t, y, s, w, mode)
        for i, p in enumerate(pairs):
            if fold[i] == k:
                x = dv.transform(
                    [
                        _feats(p["press_release_conclusion"], "press", mode),
                        _feats(p["abstract_conclusion"], "abstract", mode),
                    ]
                )
                a, b = clf.predict(x)
                pr[i] = _override(p["press_release_conclusion"], int(a))
                ab[i] = _override(p["abstract_conclusion"], int(b))
    gold = [p["exaggeration_label"] for p in pairs]
    ex = spin_eval.classification_metrics(
        gold, [_sign(a, b) for a, b in zip(pr, ab, strict=True)], LABELS
    )
    sg = [int(p["press_release_strength"]) for p in pairs] + [
        int(p["abstract_strength"]) for p in pairs
    ]
    st = spin_eval.classification_metrics(sg, pr + ab, (0, 1, 2, 3))
    return ex["macro_f1"], st["macro_f1"]


def norm(s: str) -> str:
    return " ".join(s.lower().split())


def pet_cls_report(data: Data) -> None:
    yu = {norm(r.text): int(r.label) for r in data.yu2019.rows}
    rows = list(csv.reader((data.exd / "pet_cls" / "train_pet.csv").open(encoding="utf-8")))
    train = {norm(p[f"{s}_conclusion"]) for p in data.pairs for s in ("press_release", "abstract")}
    pairs = Counter((int(r[1]), yu[norm(r[0])]) for r in rows if norm(r[0]) in yu)
    print(
        f"pet_cls/train_pet.csv: {len(rows)} sentences; in insciout_train.jsonl: "
        f"{sum(norm(r[0]) in train for r in rows)}; in the Yu 2019 file: "
        f"{sum(norm(r[0]) in yu for r in rows)}; (pet_cls strength, Yu 2019 code) counts: "
        f"{dict(sorted(pairs.items()))}; spin's mapping yu2019->spin {spin_eval.YU2019_TO_SPIN}"
    )


def override_report(data: Data) -> None:
    fired: Counter[tuple[str, int]] = Counter()
    for p in data.pairs:
        for side in ("press_release", "abstract"):
            t = p[f"{side}_conclusion"]
            if _override(t, 0) == 3:
                fired[(side, int(p[f"{side}_strength"]))] += 1
    print(f"direct-cause override fires on (side, gold strength): {dict(fired)} of 200 sentences")


def bias_tuning(data: Data, seeds: list[int]) -> None:
    """Per-class offsets on the shipped model's scores, tuned inside each training fold."""
    m = classify.load_model("strength")
    pairs = data.pairs
    sc = [
        (
            m.scores(classify.features(p["press_release_conclusion"])),
            m.scores(classify.features(p["abstract_conclusion"])),
        )
        for p in pairs
    ]
    gold = [p["exaggeration_label"] for p in pairs]

    def lab(s: list[float], b: tuple[float, ...]) -> int:
        return max(range(4), key=lambda c: s[c] + b[c])

    def f1(idx: list[int], b: tuple[float, ...]) -> float:
        pred = [_sign(lab(sc[i][0], b), lab(sc[i][1], b)) for i in idx]
        return float(
            spin_eval.classification_metrics([gold[i] for i in idx], pred, LABELS)["macro_f1"]
        )

    grid = [x / 4 for x in range(-6, 7)]
    cands = [(0.0, a, b, c) for a in grid for b in grid for c in grid]
    print(f"shipped model, no offsets, 100 train pairs: {f1(list(range(100)), (0, 0, 0, 0)):.4f}")
    for seed in seeds:
        fold = _folds(pairs, seed)
        pred: list[str] = [""] * len(pairs)
        for k in range(5):
            tr = [i for i in range(len(pairs)) if fold[i] != k]
            best = max(cands, key=lambda b: (round(f1(tr, b), 6), -sum(abs(x) for x in b)))
            for i in range(len(pairs)):
                if fold[i] == k:
                    pred[i] = _sign(lab(sc[i][0], best), lab(sc[i][1], best))
        f = spin_eval.classification_metrics(gold, pred, LABELS)["macro_f1"]
        print(f"class offsets tuned in-fold, seed {seed}: exaggeration macro-F1 {f:.4f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--weights", default="0,1,3")
    ap.add_argument("--seeds", default="0,1,2")
    ap.add_argument("--source", default="none,bias,conj")
    ap.add_argument("--no-bias-tuning", action="store_true")
    args = ap.parse_args()
    data = Data(args.shared)
    pet_cls_report(data)
    override_report(data)
    seeds = [int(s) for s in args.seeds.split(",")]
    if not args.no_bias_tuning:
        bias_tuning(data, seeds)
    for mode in args.source.split(","):
        for w in (float(x) for x in args.weights.split(",")):
            # weight 0: the folds do not change the model, one run is enough
            for seed in seeds[:1] if w == 0 else seeds:
                ex, st = cv(data, w, mode, seed)
                print(
                    f"source={mode} weight={w:g} seed={seed}: exaggeration macro-F1 {ex:.4f}, "
                    f"strength macro-F1 (200 sentences) {st:.4f}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
