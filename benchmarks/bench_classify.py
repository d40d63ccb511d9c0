#!/usr/bin/env python
"""Classifier speed: sentences per second of claim_strength, advice, certainty.

    python benchmarks/bench_classify.py [--shared ../shared] [--repeat 5]

Times the three classifiers on the 3,061 Yu et al. 2019 PubMed sentences
(or on a built-in list when ../shared is absent), after one warm-up pass that
loads the models; prints the best (fastest) of --repeat runs, the usual
choice on a machine shared with other jobs.  The feature and stem
caches are emptied before every run, so every sentence pays its own feature
extraction: "all three" is what spin.claims.analyze pays per new sentence
(claim_strength + advice + certainty, features extracted once and shared),
"classify_all" the same through the one-call API.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spin import classify  # noqa: E402

FALLBACK = [
    "Coffee drinking was associated with lower mortality in older adults.",
    "Regular exercise may reduce the risk of depression.",
    "Daily aspirin reduced the incidence of colorectal cancer.",
    "Clinicians should screen all adults over 65 for atrial fibrillation.",
] * 250


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    path = args.shared / "data" / "yu2019-causal-language-pubmed" / "pubmed_causal_language_use.csv"
    if path.is_file():
        with path.open(encoding="utf-8") as fh:
            texts = [r["sentence"] for r in csv.DictReader(fh)]
        what = f"{len(texts)} sentences of {path.name}"
    else:
        texts, what = FALLBACK, f"{len(FALLBACK)} built-in sentences"
    t0 = time.perf_counter()
    for name in classify.MODEL_NAMES:
        classify.load_model(name)
    print(f"model load: {(time.perf_counter() - t0) * 1000:.0f} ms (all three, once)")
    print(f"corpus: {what}; best of {args.repeat} runs")

    def all_three(text: str) -> None:
        classify.claim_strength(text)
        classify.advice(text)
        classify.certainty(text)

    funcs: dict[str, Callable[[str], object]] = {
        "claim_strength": classify.claim_strength,
        "advice": classify.advice,
        "certainty": classify.certainty,
        "features only": classify.features,
        "all three": all_three,
        "classify_all": classify.classify_all,
    }
    for name, func in funcs.items():
        for t in texts[:50]:
            func(t)
        runs = []
        for _ in range(args.repeat):
            classify.clear_caches()
            t = time.perf_counter()
            for s in texts:
                func(s)
            runs.append(time.perf_counter() - t)
        med = min(runs)
        rate, us = len(texts) / med, med / len(texts) * 1e6
        print(f"{name:15s} {rate:9.0f} sentences/s  {us:7.1f} µs/sentence")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
