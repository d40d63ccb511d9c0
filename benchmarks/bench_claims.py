"""Speed of the whole per-sentence claim analysis (``spin.claims.analyze``).

Usage: python benchmarks/bench_claims.py [--repeat 3]

``analyze`` is what ``spin check`` runs on every release sentence and every paper
statement: the three classifiers (strength, advice, certainty) plus hedges, boosters,
negation, subjects and species, population, numbers, hype and novelty.  Every cache is
emptied before each run, so each sentence pays its full cost.  Reads the 3,061 sentences
of Yu et al. 2019 from ../shared (or $SPIN_SHARED_DIR).
"""

from __future__ import annotations

import argparse
import csv
import os
import time
from pathlib import Path

from spin import claims, classify

SHARED = Path(os.environ.get("SPIN_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared"))
DATA = SHARED / "data/yu2019-causal-language-pubmed/pubmed_causal_language_use.csv"


def _clear() -> None:
    for fn in (claims.analyze, getattr(classify, "features", None)):
        clear = getattr(fn, "cache_clear", None)
        if clear is not None:
            clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with DATA.open(encoding="utf-8") as fh:
        sentences = [row["sentence"] for row in csv.DictReader(fh)]
    claims.analyze("Warm-up: models and lexicons load once per process.")
    best = float("inf")
    for _ in range(args.repeat):
        _clear()
        t0 = time.perf_counter()
        for s in sentences:
            claims.analyze(s)
        best = min(best, time.perf_counter() - t0)
    n = len(sentences)
    print(
        f"claims.analyze: {n / best:,.0f} sentences/s ({best / n * 1e6:.0f} µs/sentence), "
        f"best of {args.repeat} runs over {n} sentences"
    )


if __name__ == "__main__":
    main()
