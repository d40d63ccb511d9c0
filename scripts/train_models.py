#!/usr/bin/env python
"""Rebuild spin/data/models/*.json.gz from the public datasets in ../shared/data.

    python scripts/train_models.py [--shared ../shared] [--out spin/data/models]

Needs scikit-learn (the ``train`` extra); spin itself applies the models in
pure Python (spin/classify.py).  Deterministic: fixed seeds, sorted output,
rounded weights.

* strength: Yu et al. 2019 PubMed conclusions (3,061; codes remapped to spin's
  scale) + Yu et al. 2020 EurekAlert press-release sentences (2,076), minus any
  sentence that also occurs in the exaggeration benchmark (insciout_*.jsonl),
  which spin never learns from.
* advice: Li et al. 2021 structured abstracts (5,982).
* certainty: Pei & Jurgens 2021 sentence-level ``train`` split (ridge penalty
  chosen on ``val``); ``test`` is never seen.

For strength and advice the file also holds 5 fold models and the fold of
every training sentence (5-fold StratifiedGroupKFold, seed 0, sentences
grouped by their normalised text so duplicates stay in one fold): ``spin eval``
scores a training sentence with the model that did not see it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spin import classify  # noqa: E402
from spin import eval as spin_eval  # noqa: E402

SEED = 0
N_FOLDS = 5
#: features whose (class-centred) weights are all below this are dropped
PRUNE = {"strength": 0.1, "advice": 0.07, "certainty": 0.02}
C = {"strength": 1.0, "advice": 1.0}
#: NB-LR (one-vs-rest logistic regression on NB-scaled word n-grams): C, and its share of
#: the averaged class scores (0 = plain logistic regression only).  For strength it was
#: first left out (it shifted weight to topic words: an example's RCT finding "the
#: probiotic strain lowered systolic blood pressure" came out correlational); with the
#: inflected-word features (``u:``, feature version 3) it is kept (BENCHMARKS.md)
NB_C = {"strength": 0.3, "advice": 0.3}
NB_MIX = {"strength": 0.5, "advice": 0.5}


#: teacher labels of unlabelled sentences (distillation; benchmarks/distill_minilm.py)
TEACHER_DIR = ROOT / "scripts" / "teacher_labels"
#: the teacher-labelled sentences a model learns from with ``--distil``, by source
#: (prefixes of `transfer_candidates`' sources). Strength: conclusion sentences only, like
#: its own training data (Li et al.'s structured-abstract sentences, Pei & Jurgens'
#: findings); with the discussion sections' and unstructured abstracts' background,
#: methods and results sentences too, out-of-fold macro-F1 on Yu 2019 was higher (0.807
#: against 0.796) but the model learned that result words mean no relationship ("the
#: breakfast clubs did raise maths scores, by almost two points" read as none). Neither is
#: shipped: on press-release sentences the distilled model was no better (BENCHMARKS.md)
STUDENT_SOURCES = {
    "strength": ("li2021/annotations_structured_abstract", "pei2021/"),
    "advice": ("",),
}


#: feature families (name prefixes) a model does not learn from: the advice cues measured
#: slightly worse for claim strength (out-of-fold macro-F1 0.770 vs 0.773 on Yu 2019), the
#: inflected words worse for advice (0.8639 vs 0.8676, unpruned)
SKIP = {"strength": ("a:",), "advice": ("u:",), "certainty": ("a:", "u:")}


def _feature_dict(name: str, text: str) -> dict[str, float]:
    return {k: v for k, (v, _) in classify.features(text).items() if not k.startswith(SKIP[name])}


def _vectorise(name: str, texts: list[str]) -> tuple[Any, Any]:
    from sklearn.feature_extraction import DictVectorizer

    dv = DictVectorizer()
    m = dv.fit_transform([_feature_dict(name, t) for t in texts])
    return dv, m


def _nb_ratio(m: Any, yb: Any, alpha: float = 1.0) -> Any:
    """Naive-Bayes log-count ratio of binary features for one class against the rest."""
    import numpy as np

    p = alpha + np.asarray(m[yb == 1].sum(axis=0)).ravel()
    q = alpha + np.asarray(m[yb == 0].sum(axis=0)).ravel()
    return np.log((p / p.sum()) / (q / q.sum()))


def _pool_nb(
    name: str, m: Any, ya: Any, classes: list[int], names: Any, coef: Any, icpt: Any
) -> tuple[Any, Any]:
    """``coef``/``icpt`` averaged with NB-LR's (weight ``NB_MIX``), NB ratios folded in."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression

    nb_coef = np.zeros_like(coef)
    nb_icpt = np.zeros_like(icpt)
    # only the word n-grams are NB-scaled: the cue and relation features keep scale 1
    # (scaled, their near-zero ratios left the causal cues to topic words)
    ngram = np.array([str(f).startswith(("w:", "b:")) for f in names])
    for k, c in enumerate(classes):
        yb = (ya == c).astype(int)
        r = np.where(ngram, _nb_ratio(m, yb), 1.0)
        nb = LogisticRegression(C=NB_C[name], max_iter=5000, class_weight="balanced")
        nb.fit(m @ sp.diags(r), yb)
        nb_coef[k] = r * nb.coef_.ravel()
        nb_icpt[k] = nb.intercept_[0]
    nb_coef -= nb_coef.mean(axis=0, keepdims=True)
    nb_icpt -= nb_icpt.mean()
    coef = (1 - NB_MIX[name]) * coef + NB_MIX[name] * nb_coef
    icpt = (1 - NB_MIX[name]) * icpt + NB_MIX[name] * nb_icpt
    return coef, icpt


def _softmax_model(
    name: str, texts: list[str], y: list[int], classes: list[int], meta: dict[str, Any]
) -> classify.LinearModel:
    """Multinomial logistic regression on the binary features, as one linear model.

    Where ``NB_MIX[name]`` is set, its class scores are averaged with NB-LR's (Wang &
    Manning 2012: per class, one-vs-rest logistic regression on the features, the word
    n-grams scaled by their naive-Bayes log-count ratio), the ratios folded into the
    weights: a log-linear pool of the two that is still one linear model.
    """
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    dv, m = _vectorise(name, texts)
    m = m.tocsr()
    ya = np.asarray(y)
    clf = LogisticRegression(C=C[name], max_iter=5000, class_weight="balanced")
    clf.fit(m, ya)
    assert list(clf.classes_) == classes, clf.classes_
    coef = clf.coef_ - clf.coef_.mean(axis=0, keepdims=True)  # softmax is shift-invariant
    icpt = clf.intercept_ - clf.intercept_.mean()
    names = dv.get_feature_names_out()
    if NB_MIX[name]:
        coef, icpt = _pool_nb(name, m, ya, classes, names, coef, icpt)
    weights = {}
    for j, f in enumerate(names):
        col = coef[:, j]
        if float(np.abs(col).max()) >= PRUNE[name]:
            weights[str(f)] = tuple(round(float(x), 3) for x in col)
    return classify.LinearModel(
        name,
        "softmax",
        tuple(classes),
        tuple(round(float(x), 4) for x in icpt),
        weights,
        None,
        meta,
    )


def _folds(texts: list[str], strata: list[int]) -> list[int]:
    from sklearn.model_selection import StratifiedGroupKFold

    keys = [classify.sentence_key(t) for t in texts]
    fold = [0] * len(texts)
    cv = StratifiedGroupKFold(N_FOLDS, shuffle=True, random_state=SEED)
    for k, (_, te) in enumerate(cv.split(texts, strata, keys)):
        for i in te:
            fold[i] = k
    return fold


def _with_folds(
    name: str,
    texts: list[str],
    y: list[int],
    strata: list[int],
    classes: list[int],
    meta: dict[str, Any],
    transfer: list[tuple[str, str]],
) -> dict[str, Any]:
    """The full model and (under "folds") the fold models with the fold map.

    ``transfer`` (distillation): unlabelled sentences with one teacher label per fold and
    one for the full model ("-" where that teacher was unsure); fold k's model learns from
    the sentences outside fold k plus the transfer sentences fold k's teacher labelled --
    a teacher that never saw fold k either."""
    from spin.eval import classification_metrics

    fold = _folds(texts, strata)
    fold_models = []
    oof = [0] * len(texts)
    for k in range(N_FOLDS):
        tr = [i for i in range(len(texts)) if fold[i] != k]
        extra = [(t, int(c[k])) for t, c in transfer if c[k] != "-"]
        fm = _softmax_model(
            name,
            [texts[i] for i in tr] + [t for t, _ in extra],
            [y[i] for i in tr] + [lab for _, lab in extra],
            classes,
            {"fold": k, "trained_on": len(tr)}
            | ({"teacher_labelled": len(extra)} if transfer else {}),
        )
        fold_models.append(fm)
        for i in range(len(texts)):
            if fold[i] == k:
                oof[i] = fm.predict(texts[i]).label
    scores = classification_metrics(y, oof, classes)
    print(f"{name}: out-of-fold macro-F1 {scores['macro_f1']:.4f} acc {scores['accuracy']:.4f}")
    extra = [(t, int(c[N_FOLDS])) for t, c in transfer if c[N_FOLDS] != "-"]
    meta = dict(meta, oof_macro_f1=round(scores["macro_f1"], 4))
    if transfer:
        meta["teacher_labelled"] = len(extra)
    full = _softmax_model(
        name, texts + [t for t, _ in extra], y + [lab for _, lab in extra], classes, meta
    )
    fold_of = {classify.sentence_key(t): f for t, f in zip(texts, fold, strict=True)}
    return {"model": full.to_json(), "folds": classify.folds_to_json(fold_models, fold_of)}


def _excluded(shared: Path) -> set[str]:
    """Keys of every sentence in the exaggeration benchmark: never learned from."""
    out = set()
    d = shared / "data" / "scientific-exaggeration-detection"
    for name in ("insciout_test.jsonl", "insciout_train.jsonl"):
        for line in (d / name).read_text("utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                out.add(classify.sentence_key(obj["press_release_conclusion"]))
                out.add(classify.sentence_key(obj["abstract_conclusion"]))
    return out


def transfer_candidates(
    shared: Path, name: str, own: list[str]
) -> tuple[list[str], list[str], dict[str, int]]:
    """The unlabelled sentences a fine-tuned teacher labels for model ``name`` (see
    ``benchmarks/distill_minilm.py``): texts, their sources, and the filtering counts.

    strength: all three Li et al. 2021 files; advice: Li et al. 2021's discussion and
    unstructured-abstract files and the Yu 2019 and EurekAlert sentences; both: Pei &
    Jurgens' train and val splits. Only the text is read, never a label, never a test
    split; deduplicated by `sentence_key`, minus the exaggeration benchmark's sentences
    and the model's own training sentences (``own``)."""
    import csv
    from collections import Counter

    data = shared / "data"
    raw: list[tuple[str, str]] = []
    for path in sorted((data / "li2021-health-advice").glob("*.csv")):
        if name == "advice" and path.stem == "annotations_structured_abstract":
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                raw.append((row["sentence"].strip(), f"li2021/{path.stem}"))
    if name == "advice":
        for path in (
            data / "yu2019-causal-language-pubmed" / "pubmed_causal_language_use.csv",
            data / "yu2020-correlation-to-causation" / "annotated_eureka.csv",
        ):
            raw += [(r.text.strip(), path.parent.name) for r in spin_eval.load("causal", path).rows]
    pei = data / "pei2021-certainty" / "sentence-level-certainty.jsonl"
    for line in pei.read_text("utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            if obj["split"] in ("train", "val"):
                raw.append((str(obj["finding"]).strip(), f"pei2021/{obj['split']}"))
    excluded = _excluded(shared)
    own_keys = {classify.sentence_key(t) for t in own}
    seen: set[str] = set()
    texts: list[str] = []
    origin: list[str] = []
    counts = Counter({"read": len(raw)})
    for text, src in raw:
        key = classify.sentence_key(text)
        if not text:
            counts["empty"] += 1
        elif key in seen:
            counts["duplicate"] += 1
        elif key in excluded:
            counts["in_exaggeration_benchmark"] += 1
        elif key in own_keys:
            counts["in_training_data"] += 1
        else:
            seen.add(key)
            texts.append(text)
            origin.append(src)
    counts["kept"] = len(texts)
    return texts, origin, dict(counts)


_DISTILLED = (
    "also learned from {n} unlabelled sentences labelled by a fine-tuned all-MiniLM-L6-v2 "
    "(one teacher per fold, one on every sentence; probability >= 0.7; "
    "scripts/teacher_labels/{name}.json.gz, sources {sources})"
)


def _teacher_labels(shared: Path, name: str, own: list[str]) -> list[tuple[str, str]]:
    """(text, labels) of the transfer sentences a teacher labelled for model ``name``:
    ``labels`` has one character per teacher (folds 0-4, then the teacher trained on
    every sentence), the label or "-" (``scripts/teacher_labels/<name>.json.gz``,
    written by ``benchmarks/distill_minilm.py --export``). Empty without that file."""
    import gzip

    path = TEACHER_DIR / f"{name}.json.gz"
    if not path.exists():
        return []
    doc = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    labels: dict[str, str] = doc["labels"]
    texts, origin, _ = transfer_candidates(shared, name, own)
    out = []
    for text, src in zip(texts, origin, strict=True):
        chars = labels.pop(classify.sentence_key(text), None)
        if chars is not None and src.startswith(STUDENT_SOURCES[name]):
            assert len(chars) == N_FOLDS + 1, chars
            out.append((text, chars))
    if labels:
        raise SystemExit(f"{path}: {len(labels)} labelled sentences are not in the data")
    return out


def training_data(
    shared: Path, name: str
) -> tuple[list[str], list[int], list[int], list[int], int]:
    """Model ``name``'s labelled sentences: texts, labels (spin's scale), fold strata,
    source (strength: 0 Yu 2019, 1 EurekAlert; advice: 0), and how many sentences were
    dropped because the exaggeration benchmark holds them (strength only)."""
    data = shared / "data"
    if name == "advice":
        path = data / "li2021-health-advice" / "annotations_structured_abstract.csv"
        rows = spin_eval.load("advice", path).rows
        y = [int(r.label) for r in rows]
        return [r.text for r in rows], y, list(y), [0] * len(y), 0
    assert name == "strength", name
    excluded = _excluded(shared)
    texts, labels, strata, source = [], [], [], []
    dropped = 0
    sources = [
        (data / "yu2019-causal-language-pubmed" / "pubmed_causal_language_use.csv", 0),
        (data / "yu2020-correlation-to-causation" / "annotated_eureka.csv", 1),
    ]
    for path, src in sources:
        ds = spin_eval.load("causal", path)
        for r in ds.rows:
            if classify.sentence_key(r.text) in excluded:
                dropped += 1
                continue
            lab = ds.spin_label(r.label)
            texts.append(r.text)
            labels.append(lab)
            strata.append(lab * 2 + src)
            source.append(src)
    return texts, labels, strata, source, dropped


def strength(shared: Path, distil: bool = False) -> dict[str, Any]:
    texts, y, strata, _, dropped = training_data(shared, "strength")
    print(f"strength: {len(texts)} sentences ({dropped} dropped: in the exaggeration benchmark)")
    transfer = _teacher_labels(shared, "strength", texts) if distil else []
    meta = {
        "task": "claim strength: 0 no relationship, 1 correlational, 2 conditional causal, "
        "3 direct causal",
        "trained_on": "yu2019 pubmed_causal_language_use.csv (remapped) + yu2020 "
        "annotated_eureka.csv",
        "sentences": len(texts),
        "excluded_benchmark_sentences": dropped,
        "model": f"mean of logistic regression (C={C['strength']}) and NB-LR "
        f"(C={NB_C['strength']}) class scores, weight {NB_MIX['strength']}, balanced, "
        f"prune<{PRUNE['strength']}",
        "folds": f"StratifiedGroupKFold({N_FOLDS}, shuffle, seed {SEED}), groups = sentence",
    }
    if transfer:
        meta["distilled"] = _DISTILLED.format(
            n=len(transfer), name="strength", sources=", ".join(STUDENT_SOURCES["strength"])
        )
    return _with_folds("strength", texts, y, strata, [0, 1, 2, 3], meta, transfer)


def advice(shared: Path, distil: bool = False) -> dict[str, Any]:
    texts, y, _, _, _ = training_data(shared, "advice")
    transfer = _teacher_labels(shared, "advice", texts) if distil else []
    meta = {
        "task": "health advice: 0 none, 1 weak, 2 strong (Li, Wang & Yu 2021)",
        "trained_on": "li2021 annotations_structured_abstract.csv",
        "sentences": len(texts),
        "model": f"mean of logistic regression (C={C['advice']}) and NB-LR (C={NB_C['advice']}) "
        f"class scores, weight {NB_MIX['advice']}, balanced, prune<{PRUNE['advice']}",
        "folds": f"StratifiedGroupKFold({N_FOLDS}, shuffle, seed {SEED}), groups = sentence",
    }
    if transfer:
        meta["distilled"] = _DISTILLED.format(n=len(transfer), name="advice", sources="all")
    return _with_folds("advice", texts, y, list(y), [0, 1, 2], meta, transfer)


def certainty(shared: Path) -> dict[str, Any]:
    import numpy as np
    from sklearn.linear_model import Ridge

    ds = spin_eval.load(
        "certainty", shared / "data" / "pei2021-certainty" / "sentence-level-certainty.jsonl"
    )
    train = [r for r in ds.rows if r.split == "train"]
    val = [r for r in ds.rows if r.split == "val"]
    dv, m = _vectorise("certainty", [r.text for r in train])
    ytr = np.asarray([float(r.label) for r in train])
    mv = dv.transform([_feature_dict("certainty", r.text) for r in val])
    yv = [float(r.label) for r in val]
    best = None
    for alpha in (1.0, 3.0, 10.0, 30.0, 100.0):
        r = spin_eval.pearson([float(x) for x in Ridge(alpha=alpha).fit(m, ytr).predict(mv)], yv)
        print(f"certainty: alpha {alpha}: val r {r:.4f}")
        if best is None or r > best[1]:
            best = (alpha, r)
    assert best is not None
    reg = Ridge(alpha=best[0]).fit(m, ytr)
    names = dv.get_feature_names_out()
    weights = {
        str(f): (round(float(w), 4),)
        for f, w in zip(names, reg.coef_, strict=True)
        if abs(w) >= PRUNE["certainty"]
    }
    meta = {
        "task": "sentence-level certainty, 1 (uncertain) .. 6 (certain) (Pei & Jurgens 2021)",
        "trained_on": f"pei2021 sentence-level-certainty.jsonl split=train ({len(train)})",
        "model": f"ridge regression, alpha={best[0]} (best Pearson r on split=val: {best[1]:.4f})",
    }
    model = classify.LinearModel(
        "certainty",
        "regression",
        (0,),
        (round(float(reg.intercept_), 4),),
        weights,
        (1.0, 6.0),
        meta,
    )
    return {"model": model.to_json()}


def _write_gz(path: Path, obj: Any) -> None:
    """JSON, gzipped with a fixed mtime and no file name (reproducible bytes), written
    whole to a temporary file first."""
    raw = (json.dumps(obj, separators=(",", ":")) + "\n").encode("utf-8")
    tmp = path.with_name(path.name + ".tmp")
    with (
        open(tmp, "wb") as fh,
        gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as gz,
    ):
        gz.write(raw)
    tmp.replace(path)
    print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KiB)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "spin" / "data" / "models")
    ap.add_argument("--only", choices=("strength", "advice", "certainty"))
    ap.add_argument(
        "--distil",
        action="store_true",
        help="strength and advice also learn from the teacher labels in "
        "scripts/teacher_labels/ (measured, not shipped: BENCHMARKS.md)",
    )
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    builders: dict[str, Any] = {
        "strength": lambda shared: strength(shared, args.distil),
        "advice": lambda shared: advice(shared, args.distil),
        "certainty": certainty,
    }
    for name, build in builders.items():
        if args.only and name != args.only:
            continue
        built = build(args.shared)
        _write_gz(args.out / f"{name}.json.gz", built["model"])
        (args.out / f"{name}.json").unlink(missing_ok=True)  # the uncompressed form of v3
        if "folds" in built:
            _write_gz(args.out / f"{name}.folds.json.gz", built["folds"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
