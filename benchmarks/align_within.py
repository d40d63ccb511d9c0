"""Within-paper alignment check: release sentences against their own paper's statements.

``benchmarks/align_bench.py`` measures alignment across papers (a press-release
conclusion against 563 abstract conclusions).  ``spin check`` does something
else: it ranks each release sentence among the statements of one paper, and
the rules then read the best match and its support level.  This script
measures that task on the hand-labelled pairs of
``benchmarks/align_within_labels.json``: the QA release/paper pairs of
``tests/fixtures/qa``, the bundled examples and the seed release
(``../shared/seeds``) against its Crossref record.

For every release sentence the labels give the paper statements it is based on
(best first; an exaggerated sentence is based on the statement it distorts),
or none (a quote giving an opinion, background, boilerplate, a claim with no
counterpart).  The labels were written without looking at any aligner output.
Each label carries a hash of its sentence and each pair the hashes of its
statements, so a change to the segmenter or to a fixture is caught, not
silently scored.

Metrics, per aligner (the lexical score, and with each sentence-embedding
model that is available):

* P@1: the top-ranked statement is one of the gold ones (ties by expectation),
  over the sentences that have a gold statement; MRR of the first gold one;
* support: how often a sentence with a gold statement gets ``strong`` / ``weak``
  / ``none``, and how often a sentence with no gold statement does.  A
  ``strong`` on a sentence with nothing behind it is the costly error: a
  reader is told the paper backs it;
* random: the P@1 of ranking at random.

The two section weights of ``spin.align`` (``CONTEXT_WEIGHT`` for background
statements, ``METHODS_WEIGHT`` for methods statements against a sentence that
makes a claim) can be compared over a grid; choose them on the ``dev`` split
(the QA fixtures) only, and read ``held-out`` (the examples and the seed
release) once the choice is made.

Usage::

    python benchmarks/align_within.py [--shared ../shared] [--models lexical,static]
        [--context-weights 1,0.8] [--methods-weights 1,0.7] [--json out.json]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LABELS = ROOT / "benchmarks" / "align_within_labels.json"
MODELS = ("lexical", "static", "minilm", "mpnet")


def sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class Pair:
    release: str
    doc: Any  # spin.model.Document
    paper: Any  # spin.model.Paper
    gold: list[list[int]]
    kinds: list[str]

    @property
    def split(self) -> str:
        """``dev`` (the QA fixtures, where settings may be chosen), ``full-text``
        (against a paper read from its PDF) or ``held-out`` (against an abstract)."""
        if self.release.startswith("tests/fixtures/qa/"):
            return "dev"
        if "pdf" in self.paper.sources:
            return "full-text"
        return "held-out"


def _path(raw: str, shared: Path) -> str:
    return str(shared / raw[len("{shared}/") :]) if raw.startswith("{shared}/") else str(ROOT / raw)


def load_pairs(shared: Path, labels: Path = LABELS) -> list[Pair]:
    """The labelled pairs, read through spin's own reader; raises ValueError on drift."""
    from spin import api
    from spin.release import read_release

    settings = api._settings(None, True, False, None, None)
    record = json.loads(labels.read_text(encoding="utf-8"))
    out = []
    for item in record["pairs"]:
        doc = read_release(_path(item["release"], shared))
        paper_ref = _path(item["paper"], shared) if item.get("paper") else None
        paper = api.resolve_paper(doc, paper=paper_ref, settings=settings)
        sentences = [s.text for s in doc.sentences]
        statements = [s.text for s in paper.statements]
        if [sha(t) for t in statements] != item["statement_sha"]:
            raise ValueError(f"{item['release']}: the paper's statements changed; relabel")
        if len(item["labels"]) != len(sentences):
            n = len(item["labels"])
            raise ValueError(f"{item['release']}: {len(sentences)} sentences, labels for {n}")
        for lab, text in zip(item["labels"], sentences, strict=True):
            if lab["sha"] != sha(text):
                raise ValueError(f"{item['release']}: sentence {lab['i']} changed; relabel")
        out.append(
            Pair(
                item["release"],
                doc,
                paper,
                [list(lab["gold"]) for lab in item["labels"]],
                [lab["kind"] for lab in item["labels"]],
            )
        )
    return out


@contextlib.contextmanager
def aligner(model: str) -> Iterator[None]:
    """Select the aligner through the environment, as a user would."""
    keys = ("SPIN_ALIGN_EMBED", "SPIN_ALIGN_EMBED_MODEL")
    old = {k: os.environ.get(k) for k in keys}
    if model == "lexical":
        os.environ["SPIN_ALIGN_EMBED"] = "0"
    else:
        os.environ["SPIN_ALIGN_EMBED"] = "1"
        os.environ["SPIN_ALIGN_EMBED_MODEL"] = model
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def available(model: str) -> bool:
    if model == "lexical":
        return True
    from spin import embed

    return embed.available(model)


def score(pairs: list[Pair], model: str) -> dict[str, Any]:
    """P@1, MRR and support rates of one aligner over the labelled pairs, through
    ``spin.align.align`` as ``spin check`` calls it."""
    import numpy as np

    from spin.align import align
    from spin.claims import analyze

    with aligner(model):
        hits: list[float] = []
        rr: list[float] = []
        rand: list[float] = []
        support: dict[str, dict[str, int]] = {
            "gold": {"strong": 0, "weak": 0, "none": 0},
            "no_gold": {"strong": 0, "weak": 0, "none": 0},
        }
        by_kind: dict[str, list[float]] = {}
        misses: list[dict[str, Any]] = []
        for p in pairs:
            n = len(p.paper.statements)
            claims = [analyze(s.text).is_claim for s in p.doc.sentences]  # as spin.api does
            alignment = align(p.doc, p.paper, top_k=n, claims=claims)
            for i, (a, gold) in enumerate(zip(alignment, p.gold, strict=True)):
                support["gold" if gold else "no_gold"][a.support] += 1
                if not gold:
                    if a.support == "strong":
                        misses.append({"release": p.release, "i": i, "error": "strong, no gold"})
                    continue
                scores = np.zeros(n)
                for m in a.matches:
                    scores[m.statement] = m.score
                best = max(scores[g] for g in gold)
                above = int(np.sum(scores > best + 1e-12))
                tied = int(np.sum(np.abs(scores - best) <= 1e-12))
                gold_tied = sum(1 for g in gold if abs(scores[g] - best) <= 1e-12)
                hit = gold_tied / tied if above == 0 else 0.0
                hits.append(hit)
                rr.append(1.0 / (above + 1))
                rand.append(len(gold) / n)
                by_kind.setdefault(p.kinds[i], []).append(hit)
                if hit < 1.0:
                    top = int(scores.argmax())
                    miss = {"release": p.release, "i": i, "error": "top-1 not gold", "top": top}
                    misses.append(miss)
    n_gold = sum(support["gold"].values())
    n_none = sum(support["no_gold"].values())
    return {
        "model": model,
        "sentences": n_gold + n_none,
        "with_gold": n_gold,
        "p_at_1": float(np.mean(hits)),
        "mrr": float(np.mean(rr)),
        "random_p_at_1": float(np.mean(rand)),
        "p_at_1_by_kind": {k: [float(np.mean(v)), len(v)] for k, v in sorted(by_kind.items())},
        "gold_support": {k: v / n_gold for k, v in support["gold"].items()},
        "no_gold_support": {k: v / max(n_none, 1) for k, v in support["no_gold"].items()},
        "misses": misses,
    }


def table(results: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| aligner | split | sentences (with gold) | P@1 | MRR | random P@1 "
        "| gold: strong / weak / none | no gold: strong / weak / none |",
        "|---|---|---:|---:|---:|---:|---|---|",
    ]
    for r in results:
        g, ng = r["gold_support"], r["no_gold_support"]
        lines.append(
            f"| {r['label']} | {r['split']} | {r['sentences']} ({r['with_gold']}) "
            f"| {r['p_at_1']:.3f} | {r['mrr']:.3f} | {r['random_p_at_1']:.3f} "
            f"| {g['strong']:.2f} / {g['weak']:.2f} / {g['none']:.2f} "
            f"| {ng['strong']:.2f} / {ng['weak']:.2f} / {ng['none']:.2f} |"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    from spin import align

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--labels", default=str(LABELS))
    ap.add_argument("--models", default=",".join(MODELS))
    ap.add_argument(
        "--context-weights",
        default=str(align.CONTEXT_WEIGHT),
        help="comma-separated values of spin.align.CONTEXT_WEIGHT to compare "
        "(choose on the dev split only)",
    )
    ap.add_argument(
        "--methods-weights",
        default=str(align.METHODS_WEIGHT),
        help="comma-separated values of spin.align.METHODS_WEIGHT to compare",
    )
    ap.add_argument("--json", help="write the full results (with every miss) here")
    args = ap.parse_args(argv)
    pairs = load_pairs(Path(args.shared), Path(args.labels))
    splits = {
        name: [p for p in pairs if p.split == name] for name in ("dev", "held-out", "full-text")
    }
    splits = {k: v for k, v in splits.items() if v}
    splits["all"] = pairs
    shipped = align.CONTEXT_WEIGHT, align.METHODS_WEIGHT
    grid = [
        (float(c), float(w))
        for c in args.context_weights.split(",")
        for w in args.methods_weights.split(",")
    ]
    results = []
    try:
        for model in args.models.split(","):
            if not available(model):
                print(f"{model}: not installed, skipped")
                continue
            for c, w in grid:
                align.CONTEXT_WEIGHT, align.METHODS_WEIGHT = c, w
                for name, subset in splits.items():
                    r = score(subset, model)
                    label = f"{model}, context x{c:g}, methods x{w:g}"
                    r.update(split=name, context_weight=c, methods_weight=w, label=label)
                    results.append(r)
    finally:
        align.CONTEXT_WEIGHT, align.METHODS_WEIGHT = shipped
    counts = ", ".join(f"{len(v)} {k}" for k, v in splits.items() if k != "all")
    print(f"{len(pairs)} release/paper pairs ({counts})")
    print("\n".join(table(results)))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
