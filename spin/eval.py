"""Scoring spin's judgement against public labelled datasets (``spin eval``).

Each dataset has a loader (reads the file as published, keeps its own label
codes) and a scorer that runs spin's own code path on every row:

* ``exaggeration`` -- Wright & Augenstein 2021 ``insciout_*.jsonl``: the claim
  strength of the press-release and the abstract conclusion, each through
  :func:`spin.claims.analyze` (what ``spin check`` uses); the label is the sign
  of the difference (same / exaggerates / downplays).
* ``causal`` -- Yu et al. 2019 ``pubmed_causal_language_use.csv`` (0 none,
  1 direct causal, 2 conditional, 3 correlational) or Yu et al. 2020
  ``annotated_pubmed.csv`` / ``annotated_eureka.csv`` (0 not claim,
  1 correlational, 2 conditional causal, 3 direct causal).  Mapped to spin's
  scale on the way in and back to the file's own codes on the way out.
* ``advice`` -- Li, Wang & Yu 2021 ``annotations_*.csv`` (0 none, 1 weak, 2 strong).
* ``certainty`` -- Pei & Jurgens 2021 ``sentence-level-certainty.jsonl``: Pearson r
  on the ``test`` split (all rows when the file has no split).
* ``alignment`` -- ``insciout_test.jsonl`` again: for each press-release
  conclusion, the row of the abstract conclusion that :func:`spin.align.score_matrix`
  ranks first among all of them; precision at 1.

Rows whose sentence the runtime model learned from are scored by the model of
the fold that held the sentence out (out-of-fold, as the published numbers
were); see :func:`spin.classify.load_fold_models` and BENCHMARKS.md.
"""

from __future__ import annotations

import csv
import json
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spin.errors import InputError

DATASETS = ("exaggeration", "causal", "advice", "certainty", "alignment")

#: Yu et al. 2019 (EMNLP) codes -> spin's 0-3 scale, and back
YU2019_TO_SPIN = {0: 0, 1: 3, 2: 2, 3: 1}
SPIN_TO_YU2019 = {v: k for k, v in YU2019_TO_SPIN.items()}
#: Yu et al. 2020 (COLING) codes are spin's scale already
YU2020_TO_SPIN = {0: 0, 1: 1, 2: 2, 3: 3}

EXAGGERATION_LABELS = ("downplays", "same", "exaggerates")
STRENGTH_NAMES = {
    0: "no relationship",
    1: "correlational",
    2: "conditional causal",
    3: "direct causal",
}
ADVICE_NAMES = {0: "no advice", 1: "weak advice", 2: "strong advice"}


@dataclass(frozen=True)
class Row:
    """One labelled item: its id, its text (or texts), the label as written in the file."""

    id: Any
    text: str
    label: Any
    text2: str = ""
    split: str = ""


@dataclass
class Dataset:
    name: str
    path: str
    rows: list[Row]
    encoding: str = ""
    #: file label -> spin label (identity when absent)
    to_spin: dict[Any, Any] = field(default_factory=dict)

    def spin_label(self, label: Any) -> Any:
        return self.to_spin.get(label, label)

    def file_label(self, spin_label: Any) -> Any:
        back = {v: k for k, v in self.to_spin.items()}
        return back.get(spin_label, spin_label)


# --------------------------------------------------------------------------- loading


def _open_text(path: str | Path) -> str:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, expected a data file")
    try:
        return p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc


def _jsonl(path: str | Path) -> list[dict[str, Any]]:
    out = []
    for n, line in enumerate(_open_text(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{path}:{n}: not JSON Lines ({exc.args[0]})") from exc
        if not isinstance(obj, dict):
            raise InputError(f"{path}:{n}: expected a JSON object per line")
        out.append(obj)
    if not out:
        raise InputError(f"{path}: no rows")
    return out


def _csv(path: str | Path, required: Sequence[str]) -> tuple[list[str], list[dict[str, str]]]:
    import io

    text = _open_text(path)
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = list(reader.fieldnames or [])
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(f"{path}: not a CSV file ({exc})") from exc
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(
            f"{path}: expected CSV columns {', '.join(required)}; missing {', '.join(missing)}"
            f" (header: {', '.join(header) or 'none'})"
        )
    if not rows:
        raise InputError(f"{path}: no rows")
    return header, rows


def _int_label(path: str | Path, n: int, value: Any, allowed: Sequence[int]) -> int:
    try:
        v = int(str(value).strip())
    except ValueError:
        raise InputError(f"{path}: row {n}: label {value!r} is not an integer") from None
    if v not in allowed:
        raise InputError(f"{path}: row {n}: label {v} not in {sorted(allowed)}")
    return v


def detect_causal_encoding(path: str | Path, header: Sequence[str]) -> str:
    """``yu2019`` or ``yu2020``, from the header and the file name.

    The yu2020 files are ``annotated_pubmed.csv`` and ``annotated_eureka.csv``
    (the eureka one has a ``sentId`` column); the yu2019 file is
    ``pubmed_causal_language_use.csv`` (also copied as
    ``yu2019_pubmed_causal_language_labelled.csv``).
    """
    name = Path(path).name.lower()
    if "sentid" in (h.lower() for h in header) or "annotated_" in name or "yu2020" in name:
        return "yu2020"
    if "causal_language" in name or "yu2019" in name:
        return "yu2019"
    raise InputError(
        f"{path}: cannot tell the label encoding (yu2019 codes 1=direct causal, 3=correlational; "
        "yu2020 the reverse); pass --encoding yu2019 or --encoding yu2020"
    )


def load(dataset: str, path: str | Path, *, encoding: str | None = None) -> Dataset:
    """Read ``path`` as ``dataset``; raise :class:`InputError` on anything unexpected."""
    if dataset not in DATASETS:
        raise InputError(f"unknown dataset {dataset!r} (choose from {', '.join(DATASETS)})")
    p = str(path)
    if dataset in ("exaggeration", "alignment"):
        rows = []
        for n, obj in enumerate(_jsonl(p)):
            try:
                pr, ab = obj["press_release_conclusion"], obj["abstract_conclusion"]
                label = obj.get("exaggeration_label")
            except KeyError as exc:
                raise InputError(f"{p}: row {n}: missing field {exc.args[0]}") from None
            if dataset == "exaggeration" and label not in EXAGGERATION_LABELS:
                raise InputError(
                    f"{p}: row {n}: exaggeration_label {label!r} not in "
                    f"{', '.join(EXAGGERATION_LABELS)}"
                )
            rows.append(Row(obj.get("original_file_id", n), str(pr), label, str(ab)))
        return Dataset(dataset, p, rows)
    if dataset == "causal":
        header, raw = _csv(p, ("sentence", "label"))
        enc = encoding or detect_causal_encoding(p, header)
        if enc not in ("yu2019", "yu2020"):
            raise InputError(f"unknown causal label encoding {enc!r} (yu2019 or yu2020)")
        id_col = "sentId" if "sentId" in header else None
        rows = [
            Row(
                r[id_col] if id_col else n,
                r["sentence"],
                _int_label(p, n, r["label"], (0, 1, 2, 3)),
            )
            for n, r in enumerate(raw)
        ]
        mapping = dict(YU2019_TO_SPIN if enc == "yu2019" else YU2020_TO_SPIN)
        return Dataset(dataset, p, rows, enc, mapping)
    if dataset == "advice":
        header, raw = _csv(p, ("sentence", "label"))
        rows = [
            Row(
                f"{r['pmid']}-{n}" if r.get("pmid") else n,
                r["sentence"],
                _int_label(p, n, r["label"], (0, 1, 2)),
            )
            for n, r in enumerate(raw)
        ]
        return Dataset(dataset, p, rows, "li2021")
    # certainty
    rows = []
    for n, obj in enumerate(_jsonl(p)):
        try:
            text, score = obj["finding"], float(obj["sentence-level-certainty"])
        except KeyError as exc:
            raise InputError(f"{p}: row {n}: missing field {exc.args[0]}") from None
        except (TypeError, ValueError):
            raise InputError(f"{p}: row {n}: sentence-level-certainty is not a number") from None
        rows.append(Row(obj.get("id", n), str(text), score, split=str(obj.get("split", ""))))
    return Dataset(dataset, p, rows, "pei2021")


# --------------------------------------------------------------------------- metrics


def classification_metrics(
    gold: Sequence[Any], pred: Sequence[Any], labels: Sequence[Any]
) -> dict[str, Any]:
    """Accuracy, macro-F1, per-class precision/recall/F1/support, confusion matrix."""
    idx = {lab: i for i, lab in enumerate(labels)}
    k = len(labels)
    cm = [[0] * k for _ in range(k)]
    for g, p in zip(gold, pred, strict=True):
        cm[idx[g]][idx[p]] += 1
    per = {}
    f1s = []
    for i, lab in enumerate(labels):
        tp = cm[i][i]
        fp = sum(cm[j][i] for j in range(k)) - tp
        fn = sum(cm[i]) - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[str(lab)] = {"precision": prec, "recall": rec, "f1": f1, "support": sum(cm[i])}
        f1s.append(f1)
    n = len(gold)
    return {
        "n": n,
        "accuracy": sum(cm[i][i] for i in range(k)) / n if n else 0.0,
        "macro_f1": sum(f1s) / k if k else 0.0,
        "per_class": per,
        "labels": [str(lab) for lab in labels],
        "confusion": cm,
    }


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    n = len(x)
    if n < 2:
        return float("nan")
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx == 0 or syy == 0:
        return float("nan")
    return sxy / math.sqrt(sxx * syy)


def _errors(x: Sequence[float], y: Sequence[float]) -> dict[str, float]:
    n = len(x) or 1
    return {
        "mae": sum(abs(a - b) for a, b in zip(x, y, strict=True)) / n,
        "rmse": math.sqrt(sum((a - b) ** 2 for a, b in zip(x, y, strict=True)) / n),
    }


# --------------------------------------------------------------------------- prediction


@dataclass
class Result:
    dataset: str
    path: str
    encoding: str
    metric: str
    value: float
    baseline: dict[str, Any]
    details: dict[str, Any]
    #: one per input row, in input order: {"id": ..., "prediction": ...}
    predictions: list[dict[str, Any]]
    #: how the rows were scored (out-of-fold / full model), for honesty
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "path": self.path,
            "encoding": self.encoding,
            "metric": self.metric,
            "value": self.value,
            "baseline": self.baseline,
            "details": self.details,
            "notes": self.notes,
        }


def _oof_predictor(model_name: str) -> tuple[Callable[[str], Any], Counter[str]]:
    """Predict with the fold model that held the sentence out, else the full model."""
    from spin.classify import load_fold_models, load_model, sentence_key

    full = load_model(model_name)
    folds, fold_of = load_fold_models(model_name)
    used: Counter[str] = Counter()

    def predict(text: str) -> Any:
        f = fold_of.get(sentence_key(text))
        if f is not None and f < len(folds):
            used["out-of-fold model (the fold that held the sentence out)"] += 1
            return folds[f].predict(text)
        used["full model (sentence not in its training data)"] += 1
        return full.predict(text)

    return predict, used


def _majority(gold: Sequence[Any], labels: Sequence[Any]) -> dict[str, Any]:
    top = Counter(gold).most_common(1)[0][0]
    m = classification_metrics(gold, [top] * len(gold), labels)
    return {"label": str(top), "macro_f1": m["macro_f1"], "accuracy": m["accuracy"]}


def _classify(ds: Dataset, model: str, labels: Sequence[int]) -> Result:
    predict, used = _oof_predictor(model)
    gold, pred, out = [], [], []
    for r in ds.rows:
        p = predict(r.text)
        gold.append(ds.spin_label(r.label))
        pred.append(p.label)
        out.append({"id": r.id, "prediction": ds.file_label(p.label)})
    # metrics in the file's own codes, so the numbers read like the paper's
    gold_f = [ds.file_label(g) for g in gold]
    pred_f = [ds.file_label(p) for p in pred]
    file_labels = sorted({ds.file_label(lab) for lab in labels})
    m = classification_metrics(gold_f, pred_f, file_labels)
    names = STRENGTH_NAMES if model == "strength" else ADVICE_NAMES
    m["label_names"] = {str(ds.file_label(k)): v for k, v in names.items()}
    notes = [f"{n} rows scored by the {how}" for how, n in sorted(used.items())]
    return Result(
        ds.name,
        ds.path,
        ds.encoding,
        "macro_f1",
        m["macro_f1"],
        _majority(gold_f, file_labels),
        m,
        out,
        notes,
    )


def _exaggeration(ds: Dataset) -> Result:
    from spin.claims import analyze

    gold, pred, out = [], [], []
    for r in ds.rows:
        a, b = analyze(r.text).strength, analyze(r.text2).strength
        label = EXAGGERATION_LABELS[(a > b) - (a < b) + 1]
        gold.append(r.label)
        pred.append(label)
        out.append({"id": r.id, "prediction": label})
    labels = ("same", "exaggerates", "downplays")
    m = classification_metrics(gold, pred, labels)
    return Result(
        ds.name,
        ds.path,
        "",
        "macro_f1",
        m["macro_f1"],
        _majority(gold, labels),
        m,
        out,
        [
            "claim strength of each side from spin.claims.analyze (as in spin check); "
            "label = sign of the difference"
        ],
    )


def _certainty(ds: Dataset) -> Result:
    from spin.classify import certainty

    preds = [certainty(r.text) for r in ds.rows]
    out = [{"id": r.id, "prediction": p} for r, p in zip(ds.rows, preds, strict=True)]
    has_split = any(r.split for r in ds.rows)
    scored = (
        [i for i, r in enumerate(ds.rows) if r.split == "test"]
        if has_split
        else list(range(len(ds.rows)))
    )
    if not scored:
        raise InputError(f"{ds.path}: no rows in the test split")
    train = [r.label for r in ds.rows if r.split == "train"] or [r.label for r in ds.rows]
    mean = sum(train) / len(train)
    g = [float(ds.rows[i].label) for i in scored]
    p = [preds[i] for i in scored]
    details: dict[str, Any] = {"n": len(scored), "pearson_r": pearson(p, g), **_errors(p, g)}
    base = {"prediction": mean, "pearson_r": None, **_errors([mean] * len(g), g)}
    notes = [
        "scored on the 'test' split; the model learned from the 'train' split only"
        if has_split
        else "scored on all rows (the file has no split field)"
    ]
    return Result(
        ds.name, ds.path, ds.encoding, "pearson_r", details["pearson_r"], base, details, out, notes
    )


def _alignment(ds: Dataset) -> Result:
    from spin.align import score_matrix, uses_embedding

    queries = [r.text for r in ds.rows]
    cands = [r.text2 for r in ds.rows]
    m = score_matrix(queries, cands)
    hits = 0
    out = []
    same_text: Counter[str] = Counter(" ".join(c.split()) for c in cands)
    for i, r in enumerate(ds.rows):
        row = [float(x) for x in m[i]]
        j = max(range(len(row)), key=lambda k: (row[k], -k))
        out.append({"id": r.id, "prediction": j})
        # identical abstract conclusions (two releases on one paper) count as the same answer
        if " ".join(cands[j].split()) == " ".join(cands[i].split()):
            hits += 1
    n = len(ds.rows)
    random_p1 = sum(same_text[" ".join(c.split())] for c in cands) / (n * n)
    details = {"n": n, "precision_at_1": hits / n, "hits": hits}
    return Result(
        ds.name,
        ds.path,
        "",
        "precision_at_1",
        hits / n,
        {"random_precision_at_1": random_p1},
        details,
        out,
        [
            f"ranked all {n} abstract conclusions for each press-release conclusion "
            "with spin.align.score_matrix",
            _aligner_used(uses_embedding()),
        ],
    )


def _aligner_used(embedded: bool) -> str:
    """Which aligner scored: the number depends on what is installed."""
    if not embedded:
        return "aligner: lexical only (SPIN_ALIGN_EMBED=0, or the chosen model is not installed)"
    from spin import embed

    return f"aligner: lexical + sentence embeddings ({embed.spec().name})"


def evaluate(dataset: str, path: str | Path, *, encoding: str | None = None) -> Result:
    """Load ``path`` as ``dataset`` and score spin on it."""
    ds = load(dataset, path, encoding=encoding)
    if dataset == "causal":
        return _classify(ds, "strength", (0, 1, 2, 3))
    if dataset == "advice":
        return _classify(ds, "advice", (0, 1, 2))
    if dataset == "exaggeration":
        return _exaggeration(ds)
    if dataset == "certainty":
        return _certainty(ds)
    return _alignment(ds)
