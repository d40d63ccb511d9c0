"""What distilling the fine-tuned MiniLM into spin's linear claim-strength model gives.

`benchmarks/finetune_minilm.py` measured a fine-tuned all-MiniLM-L6-v2 at 0.844 out-of-fold
macro-F1 on Yu et al. 2019, against 0.7837 for spin's linear model (unpruned), but at about
10 ms per sentence: too slow to ship. This script measures whether the teacher's labels on
extra UNLABELLED sentences (a transfer set) make the shipped linear recipe better, out of
fold, on the same sentences and folds as `scripts/train_models.py`.

For each outer fold k (`train_models._folds`, 5 folds, seed 0): a teacher is fine-tuned on
fold k's training part with `finetune_minilm.py`'s code and settings unchanged (its
`_fit_predict`, with the classifier wrapped only to record the softmax probabilities); its
class probabilities for the held-out fold and for every transfer sentence are cached in
`--cache-dir`/teacher_fold{k}.json (reused when present). The student is
`train_models._softmax_model("strength", ...)` (logistic regression pooled with NB-LR,
balanced) trained on fold k's gold training sentences plus the transfer sentences labelled
with the teacher's argmax, and scored on held-out fold k.

The transfer set: every sentence of ../shared/data/li2021-health-advice/*.csv (all three
files, the `sentence` column) and the `train` and `val` splits of
pei2021-certainty/sentence-level-certainty.jsonl (the `finding` field; never `test`);
their labels are never read. Deduplicated by `spin.classify.sentence_key`, minus the
exaggeration benchmark's sentences (`train_models._excluded`) and the strength data's own.

Settings were fixed before the first run (no search): the headline student keeps transfer
sentences whose teacher probability is >= 0.7. Reported separately, and used to pick
nothing: thresholds 0.0, 0.5 and 0.9, and 0.7 with the transfer sentences weighted by half
(sample weight 0.5 in both logistic regressions; the NB log-count ratios stay unweighted).
The baseline is the same student code without transfer sentences. Every student is scored
unpruned (PRUNE 0) and pruned below 0.1 as shipped.

    python benchmarks/distill_minilm.py [--folds 0,1,2,3,4] [--cache-dir /tmp/distill]
        [--teachers-only] [--refit-students] [--json out.json]

`--teachers-only` trains and caches the teachers and stops; the students' held-out
predictions are cached too (students_fold{k}.json), so a later run over all folds only
adds up the numbers unless `--refit-students` is given.

Needs the `embed` extra and the `train` extra. About 10-12 minutes per teacher fold on
2 shared cores (plus about 2 minutes to label the transfer set), then a few minutes of
students per fold. Nothing here is shipped: it measures a design choice.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import importlib
import json
import math
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from spin import classify  # noqa: E402
from spin.eval import classification_metrics  # noqa: E402

#: the headline setting, fixed before the first run
THRESHOLD = 0.7
#: reported separately; used to pick nothing
SWEEP = (0.0, 0.5, 0.9)
HALF_WEIGHT = 0.5


@dataclasses.dataclass(frozen=True)
class Task:
    """What is distilled: the model of `scripts/train_models.py` named ``name``."""

    name: str
    labels: tuple[int, ...]
    #: the shipped pruning threshold (train_models.PRUNE)
    prune: float
    #: cache-file prefix ("" for strength, whose caches came first)
    prefix: str
    #: score names of the data's sources, in the order of their ``source`` codes
    sources: tuple[str, ...]


TASKS = {
    "strength": Task("strength", (0, 1, 2, 3), 0.1, "", ("yu2019", "eurekalert")),
    "advice": Task("advice", (0, 1, 2), 0.07, "advice_", ("li2021",)),
}
#: word-set Jaccard similarity from which two sentences count as near-copies (diagnostic,
#: added after the first fold showed 397 Yu 2019 sentences with one in the transfer set)
NEAR_COPY = 0.8


def _module(name: str) -> Any:
    """`scripts/train_models.py` or `benchmarks/finetune_minilm.py` (untyped, found at
    run time through sys.path)."""
    return importlib.import_module(name)


# --------------------------------------------------------------------------- transfer set


def _data(task: Task, shared: Path) -> tuple[list[str], list[int], list[int], list[int]]:
    """The model's training data as train_models builds it: texts, labels, strata, source."""
    texts, y, strata, source, _ = _module("train_models").training_data(shared, task.name)
    return texts, y, strata, source


def _transfer_set(
    task: Task, shared: Path, own: list[str]
) -> tuple[list[str], list[str], dict[str, int]]:
    """Unlabelled transfer sentences, their sources, and the counts behind the filtering
    (`train_models.transfer_candidates`, which owns the list of sources)."""
    tm = _module("train_models")
    texts, origin, counts = tm.transfer_candidates(shared, task.name, own)
    return list(texts), list(origin), dict(counts)


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", text.lower()))


def _near_copy_pairs(texts: list[str], transfer: list[str]) -> set[tuple[int, int]]:
    """(i, j) where strength sentence i and transfer sentence j have word sets with
    Jaccard similarity >= NEAR_COPY: the same sentence up to a word or some punctuation,
    which the sentence-key deduplication misses. Exact (prefix filtering)."""
    bags = [_words(t) for t in transfer]
    index: dict[str, list[int]] = {}
    for j, bag in enumerate(bags):
        for w in bag:
            index.setdefault(w, []).append(j)
    pairs = set()
    for i, text in enumerate(texts):
        a = _words(text)
        if not a:
            continue
        # J >= t needs |A & B| >= t|A|: any |A| - ceil(t|A|) + 1 words of A meet B
        n = len(a) - math.ceil(NEAR_COPY * len(a) - 1e-9) + 1
        rare = sorted(a, key=lambda w: (len(index.get(w, ())), w))[:n]
        for j in {j for w in rare for j in index.get(w, ())}:
            if len(a & bags[j]) >= NEAR_COPY * len(a | bags[j]) - 1e-9:
                pairs.add((i, j))
    return pairs


# --------------------------------------------------------------------------- teacher


class _Recorder:
    """finetune_minilm's classifier, recording the softmax of every prediction batch."""

    def __init__(self, inner: Any, sink: list[list[float]]) -> None:
        self.inner = inner
        self.sink = sink
        self.training = True

    def parameters(self) -> list[Any]:
        return list(self.inner.parameters())

    def train(self, mode: bool = True) -> None:
        self.training = mode
        self.inner.train(mode)

    def __call__(self, batch: dict[str, Any]) -> Any:
        logits = self.inner(batch)
        if not self.training:
            self.sink.extend(self.inner.torch.softmax(logits, -1).tolist())
        return logits


def _teacher(
    train_texts: list[str], train_y: list[int], test_texts: list[str], n_classes: int
) -> tuple[list[list[float]], float, float]:
    """Fine-tune exactly as finetune_minilm.py does (its `_fit_predict`); the class
    probabilities of the test texts, training seconds, prediction ms per sentence."""
    ft = _module("finetune_minilm")
    sink: list[list[float]] = []
    base = ft._Classifier
    ft._Classifier = lambda torch, model, n: _Recorder(base(torch, model, n), sink)
    try:
        preds, secs, ms = ft._fit_predict(train_texts, train_y, test_texts, n_classes)
    finally:
        ft._Classifier = base
    assert len(sink) == len(test_texts)
    assert all(_argmax(p) == q for p, q in zip(sink, preds, strict=True))
    return sink, float(secs), float(ms)


def _argmax(p: list[float]) -> int:
    return max(range(len(p)), key=p.__getitem__)


def _teacher_fold(
    task: Task,
    k: int | str,
    cache: Path,
    texts: list[str],
    y: list[int],
    fold: list[int],
    transfer: list[str],
) -> dict[str, Any]:
    """The fold-k teacher's probabilities (held-out fold, transfer set), cached. Fold
    "all" is the teacher of the runtime model: it learns from every sentence."""
    path = cache / f"{task.prefix}teacher_fold{k}.json"
    tr = [i for i in range(len(texts)) if fold[i] != k]
    te = [i for i in range(len(texts)) if fold[i] == k]
    keys = [classify.sentence_key(t) for t in transfer]
    if path.exists():
        got: dict[str, Any] = json.loads(path.read_text("utf-8"))
        if got["heldout_index"] == te and got["transfer_keys"] == keys:
            print(f"fold {k}: teacher from {path}", flush=True)
            return got
        print(f"fold {k}: {path} does not match the data; retraining", flush=True)
    print(f"fold {k}: fine-tuning the teacher on {len(tr)} sentences", flush=True)
    probs, secs, ms = _teacher(
        [texts[i] for i in tr],
        [y[i] for i in tr],
        [texts[i] for i in te] + transfer,
        len(task.labels),
    )
    ft = _module("finetune_minilm")
    out = {
        "fold": k,
        "settings": ft.SETTINGS,
        "train_s": round(secs, 1),
        "predict_ms": round(ms, 2),
        "predict_s": round(ms * len(probs) / 1000, 1),
        "heldout_index": te,
        "heldout_probs": [[round(p, 6) for p in row] for row in probs[: len(te)]],
        "transfer_keys": keys,
        "transfer_probs": [[round(p, 6) for p in row] for row in probs[len(te) :]],
    }
    cache.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(out), encoding="utf-8")
    tmp.replace(path)
    print(f"fold {k}: teacher trained in {secs:.0f} s, {ms:.1f} ms per sentence to predict "
          f"{len(probs)} sentences; wrote {path}", flush=True)  # fmt: skip
    return out


# --------------------------------------------------------------------------- student


def _unrounded(x: float, ndigits: int | None = None) -> float:
    return x


@contextmanager
def _patched(tm: Any, name: str, weights: list[float] | None) -> Iterator[None]:
    """train_models with PRUNE[name] = 0 and its rounding switched off (so one fit
    gives both the unpruned and the pruned model exactly) and, if ``weights`` is given,
    those sample weights passed to every logistic regression fitted on all the rows."""
    lm: Any = importlib.import_module("sklearn.linear_model")
    base: Any = lm.LogisticRegression
    old = tm.PRUNE[name]
    tm.PRUNE[name] = 0.0
    tm.round = _unrounded  # module globals shadow the builtin inside _softmax_model
    if weights is not None:
        import numpy as np

        sw = np.asarray(weights, dtype=float)

        class Weighted(base):  # type: ignore[misc]
            def fit(self, x: Any, yy: Any, sample_weight: Any = None) -> Any:
                assert sample_weight is None and x.shape[0] == len(sw)
                return super().fit(x, yy, sample_weight=sw)

        lm.LogisticRegression = Weighted
    try:
        yield
    finally:
        tm.PRUNE[name] = old
        del tm.round
        lm.LogisticRegression = base


def _student(
    tm: Any, task: Task, texts: list[str], y: list[int], weights: list[float] | None
) -> tuple[Any, Any, float]:
    """The unpruned and the pruned (as shipped) model, and training seconds.

    Both are exactly what `_softmax_model` returns with PRUNE 0 and the shipped PRUNE: it
    keeps a feature when its unrounded largest |weight| >= PRUNE, then rounds the weights
    to 3 decimals and the intercepts to 4."""
    started = time.perf_counter()
    with _patched(tm, task.name, weights):
        raw = tm._softmax_model(task.name, texts, y, list(task.labels), {})
    secs = time.perf_counter() - started
    icpt = tuple(round(float(x), 4) for x in raw.intercept)
    full = {f: tuple(round(float(x), 3) for x in w) for f, w in raw.weights.items()}
    kept = {f: full[f] for f, w in raw.weights.items() if max(abs(x) for x in w) >= task.prune}
    return (
        dataclasses.replace(raw, intercept=icpt, weights=full),
        dataclasses.replace(raw, intercept=icpt, weights=kept),
        secs,
    )


def _scores(
    task: Task, y: list[int], source: list[int], near: list[bool], oof: dict[int, int]
) -> dict[str, Any]:
    """Macro-F1 on each source (strength: Yu 2019, EurekAlert, both), and (a diagnostic)
    on the first source's sentences without a near-copy in the transfer set."""
    done = sorted(oof)
    out: dict[str, Any] = {}
    first = task.sources[0]
    parts: list[tuple[str, int | None]] = [(n, i) for i, n in enumerate(task.sources)]
    if len(parts) > 1:
        parts.append(("both", None))
    for name, src in [*parts, (f"{first}_no_copy", 0)]:
        ix = [i for i in done if (src is None or source[i] == src)]
        if name == f"{first}_no_copy":
            ix = [i for i in ix if not near[i]]
        m = classification_metrics([y[i] for i in ix], [oof[i] for i in ix], list(task.labels))
        out[name] = {"n": len(ix), "macro_f1": m["macro_f1"], "accuracy": m["accuracy"]}
        if name == first:
            out[name]["per_class_f1"] = {c: v["f1"] for c, v in m["per_class"].items()}
    return out


def _variants(task: Task) -> list[tuple[str, float | None, float, bool]]:
    """(name, threshold or None for no transfer set, transfer sample weight, whether the
    transfer set's near-copies of training sentences are left out). Advice, measured
    after strength, runs only the baseline, the headline and the headline without
    near-copies (the recipe a shipped model would use): fixed before its first run."""
    out: list[tuple[str, float | None, float, bool]] = [("baseline", None, 1.0, False)]
    if task.name == "advice":
        return [*out, (f"t{THRESHOLD:.1f}", THRESHOLD, 1.0, False),
                (f"t{THRESHOLD:.1f}_nocopy", THRESHOLD, 1.0, True)]  # fmt: skip
    out += [(f"t{t:.1f}", t, 1.0, False) for t in sorted((THRESHOLD, *SWEEP))]
    out.append((f"t{THRESHOLD:.1f}_half", THRESHOLD, HALF_WEIGHT, False))
    out.append((f"t{THRESHOLD:.1f}_nocopy", THRESHOLD, 1.0, True))
    # the shipped recipe (added in the ninth session, after the blind releases showed what
    # the discussion sections' sentences taught): no near-copies, and only the sources
    # train_models.STUDENT_SOURCES names
    out.append((f"t{THRESHOLD:.1f}_shipped", THRESHOLD, 1.0, True))
    return out


def _students_fold(
    task: Task,
    k: int,
    cache: Path,
    refit: bool,
    texts: list[str],
    y: list[int],
    tr: list[int],
    te: list[int],
    transfer: list[str],
    copies: list[bool],
    teacher: dict[str, Any],
    origin: list[str],
) -> tuple[dict[str, Any], dict[str, dict[int, int]]]:
    """Every student variant of fold k: its numbers and held-out predictions (cached per
    variant in students_fold{k}.json unless ``refit``)."""
    path = cache / f"{task.prefix}students_fold{k}.json"
    signature = {
        "heldout_index": te,
        "transfer_keys": teacher["transfer_keys"],
        "teacher_train_s": teacher["train_s"],
    }
    done: dict[str, Any] = {}
    if path.exists() and not refit:
        got = json.loads(path.read_text("utf-8"))
        if got["signature"] == signature:
            done = got["variants"]
    tm = _module("train_models")
    gold_texts = [texts[i] for i in tr]
    gold_y = [y[i] for i in tr]
    tprobs: list[list[float]] = teacher["transfer_probs"]
    tlab = [_argmax(p) for p in tprobs]
    tconf = [max(p) for p in tprobs]
    feats: dict[int, Any] = {}
    shipped = tm.STUDENT_SOURCES[task.name]
    for name, thr, weight, nocopy in _variants(task):
        spec = [thr, weight, nocopy]
        if name in done and done[name]["spec"] == spec:
            print(f"fold {k} {name}: from {path}", flush=True)
            continue
        if not feats:
            feats = {i: classify.features(texts[i]) for i in te}
        sel = [
            j
            for j in range(len(transfer))
            if thr is not None
            and tconf[j] >= thr
            and not (nocopy and copies[j])
            and (not name.endswith("_shipped") or origin[j].startswith(shipped))
        ]
        s_texts = gold_texts + [transfer[j] for j in sel]
        s_y = gold_y + [tlab[j] for j in sel]
        sw = None if weight == 1.0 else [1.0] * len(tr) + [weight] * len(sel)
        full, pruned, secs = _student(tm, task, s_texts, s_y, sw)
        f1 = {}
        preds: dict[str, dict[str, int]] = {}
        for prune_name, model in (("unpruned", full), ("pruned", pruned)):
            pred = {i: int(model.predict_features(feats[i]).label) for i in te}
            preds[prune_name] = {str(i): v for i, v in pred.items()}
            f1[prune_name] = classification_metrics(
                [y[i] for i in te], [pred[i] for i in te], list(task.labels)
            )["macro_f1"]
        info = {
            "threshold": thr,
            "transfer_weight": weight,
            "near_copies_left_out": nocopy,
            "gold_sentences": len(tr),
            "transfer_sentences": len(sel),
            "transfer_teacher_labels": {
                str(c): n for c, n in sorted(Counter(tlab[j] for j in sel).items())
            },
            "train_s": round(secs, 1),
            "features_unpruned": len(full.weights),
            "features_pruned": len(pruned.weights),
            "weights_pruned": sum(len(w) for w in pruned.weights.values()),
            "fold_macro_f1_unpruned": f1["unpruned"],
            "fold_macro_f1_pruned": f1["pruned"],
        }
        done[name] = {"spec": spec, "info": info, "oof": preds}
        print(f"fold {k} {name}: {len(sel)} transfer sentences, trained in {secs:.0f} s, "
              f"{len(pruned.weights)} features pruned ({len(full.weights)} unpruned), "
              f"fold macro-F1 {f1['unpruned']:.4f} unpruned / {f1['pruned']:.4f} pruned",
              flush=True)  # fmt: skip
        cache.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"signature": signature, "variants": done}), encoding="utf-8")
    names = [v[0] for v in _variants(task)]
    info_out = {n: done[n]["info"] for n in names}
    oof = {
        f"{n}/{p}": {int(i): v for i, v in done[n]["oof"][p].items()}
        for n in names
        for p in ("unpruned", "pruned")
    }
    return info_out, oof


def _export(
    task: Task,
    cache: Path,
    out: Path,
    texts: list[str],
    y: list[int],
    fold: list[int],
    transfer: list[str],
    copies: list[bool],
    origin: list[str],
) -> None:
    """Write the teacher labels `scripts/train_models.py` learns from: for each transfer
    sentence (by `sentence_key`; never its text), one character per teacher (folds 0-4,
    then the runtime model's teacher trained on every sentence): the teacher's label where
    its probability is >= THRESHOLD, "-" where it is not. Near-copies of a training
    sentence are left out (the shipped recipe: `_variants`' "nocopy")."""
    teachers = [
        _teacher_fold(task, k, cache, texts, y, fold, transfer)
        for k in [*range(len(set(fold))), "all"]
    ]
    labels: dict[str, str] = {}
    for j, key in enumerate(teachers[0]["transfer_keys"]):
        if copies[j]:
            continue
        chars = ""
        for t in teachers:
            p = t["transfer_probs"][j]
            chars += str(_argmax(p)) if max(p) >= THRESHOLD else "-"
        if chars.strip("-"):
            labels[key] = chars
    doc = {
        "task": task.name,
        "about": "teacher labels of unlabelled transfer sentences (keys: spin.classify."
        "sentence_key); one character per teacher: folds 0-4, then the teacher trained on "
        "every sentence; '-' where the teacher's probability is below the threshold. "
        "Written by benchmarks/distill_minilm.py --export; read by scripts/train_models.py.",
        "teacher": _module("finetune_minilm").SETTINGS,
        "threshold": THRESHOLD,
        "transfer_sources": dict(sorted(Counter(origin).items())),
        "near_copies_left_out": sum(copies),
        "labels": dict(sorted(labels.items())),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    _module("train_models")._write_gz(out, dict(sorted(doc.items())))
    print(f"{len(labels)} sentences with a teacher label", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--task", choices=sorted(TASKS), default="strength")
    ap.add_argument("--folds", default="0,1,2,3,4")
    ap.add_argument("--cache-dir", type=Path, default=Path("/tmp/distill"))
    ap.add_argument(
        "--export",
        type=Path,
        help="also train the runtime model's teacher (on every sentence) and write the "
        "teacher labels of every fold and of it here, for scripts/train_models.py",
    )
    ap.add_argument("--teachers-only", action="store_true", help="train and cache teachers")
    ap.add_argument("--refit-students", action="store_true", help="ignore cached students")
    ap.add_argument("--json", type=Path, help="write every number here")
    args = ap.parse_args(argv)

    import torch

    ft = _module("finetune_minilm")
    tm = _module("train_models")
    # the student refits the same sentences many times: extract their features once
    tm._feature_dict = functools.lru_cache(maxsize=None)(tm._feature_dict)

    torch.set_num_threads(os.cpu_count() or 1)
    task = TASKS[args.task]
    texts, y, strata, source = _data(task, args.shared)
    fold = tm._folds(texts, strata)
    transfer, origin, filtering = _transfer_set(task, args.shared, texts)
    pairs = _near_copy_pairs(texts, transfer)
    near = [False] * len(texts)
    copies = [False] * len(transfer)
    for i, j in pairs:
        near[i] = copies[j] = True
    filtering["near_copies_of_training_sentences"] = sum(copies)
    filtering["training_sentences_with_a_near_copy"] = sum(near)
    print(f"{task.name} data: {len(texts)} sentences; transfer set: {len(transfer)} sentences "
          f"{dict(Counter(origin))}; {filtering}", flush=True)  # fmt: skip
    wanted = [int(k) for k in args.folds.split(",")]
    variants = _variants(task)
    oof: dict[str, dict[int, int]] = {
        f"{v[0]}/{p}": {} for v in variants for p in ("unpruned", "pruned")
    }
    teacher_oof: dict[int, int] = {}
    folds_out: list[dict[str, Any]] = []
    for k in wanted:
        teacher = _teacher_fold(task, k, args.cache_dir, texts, y, fold, transfer)
        te: list[int] = teacher["heldout_index"]
        for i, p in zip(te, teacher["heldout_probs"], strict=True):
            teacher_oof[i] = _argmax(p)
        t_f1 = classification_metrics(
            [y[i] for i in te], [teacher_oof[i] for i in te], list(task.labels)
        )
        info: dict[str, Any] = {
            "fold": k,
            "teacher": {
                "train_s": teacher["train_s"],
                "predict_ms": teacher["predict_ms"],
                "predict_s": teacher.get("predict_s"),
                "heldout_macro_f1": t_f1["macro_f1"],
            },
            "students": {},
        }
        if args.teachers_only:
            folds_out.append(info)
            continue
        tr = [i for i in range(len(texts)) if fold[i] != k]
        info["students"], preds = _students_fold(
            task,
            k,
            args.cache_dir,
            args.refit_students,
            texts,
            y,
            tr,
            te,
            transfer,
            copies,
            teacher,
            origin,
        )
        for key, pred in preds.items():
            oof[key].update(pred)
        folds_out.append(info)

    result: dict[str, Any] = {
        "settings": {
            "teacher": ft.SETTINGS,
            "threshold": THRESHOLD,
            "sweep": list(SWEEP),
            "half_weight": HALF_WEIGHT,
            "shipped_prune": task.prune,
            "student": f"train_models._softmax_model({task.name!r}) (LR + NB-LR pool, balanced)",
        },
        "task": task.name,
        "folds_done": wanted,
        "training_sentences": len(texts),
        "transfer_set": {
            "sentences": len(transfer),
            "by_source": dict(sorted(Counter(origin).items())),
            "filtering": filtering,
        },
        "teacher_oof": _scores(task, y, source, near, teacher_oof),
        "per_fold": folds_out,
        "students": {},
    }

    def line(s: dict[str, Any]) -> str:
        first = task.sources[0]
        pc = " ".join(f"{c}:{v:.4f}" for c, v in s[first]["per_class_f1"].items())
        parts = [f"{n} {s[n]['macro_f1']:.4f}" for n in s]
        return f"{', '.join(parts)} ({first} per class {pc})"

    print(f"teacher OOF macro-F1: {line(result['teacher_oof'])}")
    if not args.teachers_only:
        for key, pred in oof.items():
            s = _scores(task, y, source, near, pred)
            result["students"][key] = s
            print(f"{key:>17}: {line(s)}")
    if args.export:
        _export(task, args.cache_dir, args.export, texts, y, fold, transfer, copies, origin)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
