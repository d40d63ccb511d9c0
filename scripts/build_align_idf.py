"""Build spin/data/align_idf.json: background document frequencies for alignment.

The table counts, for each normalised term (``spin.align.terms``), how many
sentences of a background corpus contain it.  The corpus is public sentence
sets from ../shared/data that do not overlap the alignment evaluation
(insciout_test.jsonl):

* Yu et al. 2019, PubMed conclusion sentences (3,061)
* Yu et al. 2020, EurekAlert press-release sentences (2,076)
* Li et al. 2021, health-advice sentences from abstracts and discussions
* Pei & Jurgens 2021, scientific findings from papers and news (1,551)

Left out on purpose: the InSciOut tables (../shared/data/insciout-cardiff) and
everything in scientific-exaggeration-detection (the test set, the train set
used for tuning, and conclusion_detection, which contains InSciOut sentences),
and wang2021-news-to-pubmed-links (its news stories report the same 2011
papers as the test set).  As a second guard, any background sentence within a
rapidfuzz ratio of 85 of an InSciOut train or test sentence is dropped.

Only terms seen in at least two sentences are kept (the file stays small; an
unseen term gets the highest idf anyway).

Usage: python scripts/build_align_idf.py [--shared ../shared] [--out spin/data/align_idf.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spin.align import DEFAULT_PARAMS, Params, terms  # noqa: E402

SOURCES = (
    ("yu2019-causal-language-pubmed/pubmed_causal_language_use.csv", "sentence"),
    ("yu2020-correlation-to-causation/annotated_eureka.csv", "sentence"),
    ("li2021-health-advice/annotations_structured_abstract.csv", "sentence"),
    ("li2021-health-advice/annotations_unstructured_abstract.csv", "sentence"),
    ("li2021-health-advice/annotations_discussion.csv", "sentence"),
    ("pei2021-certainty/sentence-level-certainty.jsonl", "finding"),
)
EXCLUDE = (
    "scientific-exaggeration-detection/insciout_test.jsonl",
    "scientific-exaggeration-detection/insciout_train.jsonl",
)


def _rows(path: Path, column: str) -> list[str]:
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as f:
            return [str(json.loads(line)[column]) for line in f if line.strip()]
    with path.open(encoding="utf-8", newline="") as f:
        return [row[column] for row in csv.DictReader(f)]


def background_sentences(shared: Path) -> list[tuple[str, str]]:
    """(source, sentence) pairs of the background corpus, InSciOut look-alikes removed."""
    from rapidfuzz import fuzz, process

    data = shared / "data"
    out: list[tuple[str, str]] = []
    for rel, column in SOURCES:
        name = rel.split("/")[0]
        out.extend((name, s.strip()) for s in _rows(data / rel, column) if s.strip())
    ref: list[str] = []
    for rel in EXCLUDE:
        for line in (data / rel).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                ref += [row["press_release_conclusion"], row["abstract_conclusion"]]
    m = process.cdist([s for _, s in out], ref, scorer=fuzz.ratio, workers=-1, score_cutoff=85)
    return [pair for pair, hits in zip(out, m, strict=True) if hits.max() == 0]


def build_table(
    sentences: list[str], params: Params = DEFAULT_PARAMS, min_df: int = 1
) -> tuple[int, dict[str, int]]:
    df: Counter[str] = Counter()
    for s in sentences:
        df.update(set(terms(s, params)))
    return len(sentences), {t: n for t, n in sorted(df.items()) if n >= min_df}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(ROOT / "spin" / "data" / "align_idf.json"))
    args = ap.parse_args(argv)
    sents = background_sentences(Path(args.shared))
    n, df = build_table([s for _, s in sents], DEFAULT_PARAMS, min_df=2)
    counts = Counter(src for src, _ in sents)
    record = {
        "about": "sentence document frequencies of spin.align.terms; "
        "rebuild with scripts/build_align_idf.py",
        "sources": dict(sorted(counts.items())),
        "documents": n,
        "min_df": 2,
        "df": df,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    tmp.replace(out)
    print(f"{out}: {n} sentences, {len(df)} terms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
