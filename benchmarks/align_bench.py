"""Alignment benchmark: how often a press-release conclusion finds its own paper's.

Data (read from ../shared, never copied):

* tuning: ``insciout_train.jsonl`` (100 pairs).  Each of the 100 press-release
  conclusions is ranked against a pool of 563 candidates: the 100 train
  abstract conclusions plus 463 PubMed conclusion sentences (Yu et al. 2019)
  drawn with a fixed seed, the same pool size as the test set.
* test: ``insciout_test.jsonl`` (563 pairs): each press-release conclusion is
  ranked against all 563 abstract conclusions.  Never used to choose anything.

Metrics: precision at 1 and mean reciprocal rank.  Five abstract conclusions
occur twice in the test file; a candidate with exactly the text of the gold
conclusion counts as the gold one, and ties are scored by their expectation
(a gold candidate tied with k others at the top scores 1/(k+1)).  ``P@1 row``
is the strict variant: the first row of the argmax must be the pair's own row.

Also: support thresholds (strong, weak) from the train score distributions,
the resulting rates on test, and timings.

The lexical rows never use the embedding part (``embed=0``).  Unless
``SPIN_ALIGN_EMBED=0``, the benchmark adds rows for the embedding alone (the
model chosen by ``SPIN_ALIGN_EMBED_MODEL``: by default the best installed, the
built-in static model when the ``embed`` extra is not) and combined with the
lexical score, the thresholds of the combined score, and its timings.

Usage::

    python benchmarks/align_bench.py [--shared ../shared] [--variants] [--json out.json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_align_idf import background_sentences, build_table  # noqa: E402

from spin.align import (  # noqa: E402
    DEFAULT_PARAMS,
    Params,
    embed_weight,
    score_matrix,
    uses_embedding,
)

#: the lexical score: the defaults without the optional embedding part
LEX = replace(DEFAULT_PARAMS, embed=0.0)
#: the embedding cosine alone
EMBED_ONLY = Params(lexical=0.0, bigram=0.0, number=0.0, fuzzy=0.0, embed=1.0)


@contextlib.contextmanager
def embedding(on: bool) -> Iterator[None]:
    """Run with SPIN_ALIGN_EMBED set (align() has no params argument)."""
    old = os.environ.get("SPIN_ALIGN_EMBED")
    os.environ["SPIN_ALIGN_EMBED"] = "1" if on else "0"
    try:
        yield
    finally:
        if old is None:
            del os.environ["SPIN_ALIGN_EMBED"]
        else:
            os.environ["SPIN_ALIGN_EMBED"] = old


SED = "data/scientific-exaggeration-detection"


def load(shared: Path, name: str) -> list[dict[str, Any]]:
    path = shared / SED / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def pairs(rows: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    return [r["press_release_conclusion"] for r in rows], [r["abstract_conclusion"] for r in rows]


def per_query(m: Any, candidates: list[str], gold: list[int]) -> tuple[Any, Any, Any]:
    """Per query: hit at 1, reciprocal rank (identical texts as one, ties by
    expectation) and the strict hit (the first argmax row is the gold row)."""
    m = np.asarray(m, dtype=float)
    texts = np.asarray(candidates, dtype=object)
    n = len(gold)
    p1, rr, strict = np.zeros(n), np.zeros(n), np.zeros(n)
    for i, g in enumerate(gold):
        row = m[i]
        other = texts != candidates[g]
        above = int(np.sum((row > row[g] + 1e-12) & other))
        tied = int(np.sum((np.abs(row - row[g]) <= 1e-12) & other))
        p1[i] = 1.0 / (tied + 1) if above == 0 else 0.0
        rr[i] = float(np.mean([1.0 / (above + 1 + k) for k in range(tied + 1)]))
        strict[i] = 1.0 if int(np.argmax(row)) == g else 0.0
    return p1, rr, strict


def rank_metrics(m: Any, candidates: list[str], gold: list[int]) -> dict[str, float]:
    """P@1 and MRR, identical texts as one, ties by expectation."""
    p1, rr, strict = per_query(m, candidates, gold)
    return {
        "p_at_1": float(np.mean(p1)),
        "mrr": float(np.mean(rr)),
        "p_at_1_row": float(np.mean(strict)),
    }


def hubness(m: Any, weight: float = 1.0, k: int = 10) -> Any:
    """CSLS-style correction: subtract each candidate's mean top-k similarity."""
    m = np.asarray(m, dtype=float)
    k = min(k, m.shape[0])
    return m - weight * np.sort(m, axis=0)[-k:].mean(axis=0)[None, :]


class Bench:
    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self.test = pairs(load(shared, "insciout_test.jsonl"))
        self.train = pairs(load(shared, "insciout_train.jsonl"))
        background = background_sentences(shared)
        self.background = [s for _, s in background]
        #: PubMed conclusions (Yu 2019) and EurekAlert press-release sentences (Yu 2020)
        self.pubmed = [s for src, s in background if src.startswith("yu2019")]
        self.eurekalert = [s for src, s in background if src.startswith("yu2020")]
        self.distractors = random.Random(0).sample(self.pubmed, 563 - len(self.train[1]))
        self._tables: dict[tuple[Any, ...], tuple[int, dict[str, int]]] = {}

    def sets(self, which: str) -> tuple[list[str], list[str], list[int]]:
        q, c = self.test if which == "test" else self.train
        if which == "train":
            c = c + self.distractors
        return q, c, list(range(len(q)))

    def tuning_pools(
        self, seeds: int = 10, full: bool = True
    ) -> dict[str, list[tuple[list[str], list[str]]]]:
        """Non-test tuning pools built from the 100 train pairs, in four groups.

        Candidate ``i`` is query ``i``'s own conclusion in every pool.

        * ``fwd``: press-release conclusions against the 100 abstract
          conclusions and 463 PubMed conclusions (Yu 2019), one pool per seed
          (seed 0 is the ``train`` pool of the main table);
        * ``rev``: the other way round, abstract conclusions against the 100
          press-release conclusions and 463 EurekAlert press-release sentences
          (Yu 2020), one pool per seed;
        * ``fwd_all`` / ``rev_all``: one pool each with all the distractors
          (3,160 and 2,173 candidates); left out when not ``full`` (a slow
          model: fewer sentences to encode).
        """
        (prs, abstracts), n = self.train, 463
        pools: dict[str, list[tuple[list[str], list[str]]]] = {"fwd": [], "rev": []}
        for seed in range(seeds):
            d = random.Random(seed).sample(self.pubmed, n)
            pools["fwd"].append((prs, abstracts + d))
            pools["rev"].append((abstracts, prs + random.Random(seed).sample(self.eurekalert, n)))
        if not full:
            return pools
        own_a, own_p = set(abstracts), set(prs)
        pools["fwd_all"] = [(prs, abstracts + [s for s in self.pubmed if s not in own_a])]
        pools["rev_all"] = [(abstracts, prs + [s for s in self.eurekalert if s not in own_p])]
        return pools

    def params(self, p: Params) -> Params:
        """The variant with a background table built by its own normalisation."""
        if replace(p, embed=0.0) == LEX:
            return p  # the shipped table
        key = (p.synonyms, p.stem, p.truncate, p.strip_attribution, p.acronyms)
        if key not in self._tables:
            self._tables[key] = build_table(self.background, p, min_df=2)
        return replace(p, table=self._tables[key])

    def matrix(self, variant: Any, which: str) -> Any:
        q, c, _ = self.sets(which)
        if callable(variant):
            return variant(q, c)
        return score_matrix(q, c, self.params(variant))

    def evaluate(self, variant: Any, which: str) -> dict[str, float]:
        _, c, g = self.sets(which)
        return rank_metrics(self.matrix(variant, which), c, g)


def raw_token_set(q: list[str], c: list[str]) -> Any:
    from rapidfuzz import fuzz, process, utils

    m = process.cdist(
        q, c, scorer=fuzz.token_set_ratio, processor=utils.default_process, workers=-1
    )
    return np.asarray(m, dtype=float) / 100.0


PLAIN = Params(
    bigram=0.0,
    number=0.0,
    fuzzy=0.0,
    pivot=1.0,
    truncate=0,
    synonyms=False,
    strip_attribution=False,
    embed=0.0,
)


def variants() -> list[tuple[str, Any]]:
    d = LEX
    return [
        ("rapidfuzz token_set_ratio, raw text", raw_token_set),
        (
            "rapidfuzz token_set_ratio, normalised text",
            replace(d, lexical=0.0, bigram=0.0, number=0.0, fuzzy=1.0),
        ),
        ("idf cosine, stems (background + local idf)", PLAIN),
        ("  idf from the statements only", replace(PLAIN, background=0.0)),
        ("  idf from the background only", replace(PLAIN, local=0.0)),
        ("  no stemming", replace(PLAIN, stem=False)),
        ("  + synonyms", replace(PLAIN, synonyms=True)),
        ("  + attribution stripped", replace(PLAIN, strip_attribution=True)),
        ("  + stems cut to 5 characters", replace(PLAIN, truncate=5)),
        ("  + stems cut to 6 characters", replace(PLAIN, truncate=6)),
        ("  + acronym terms", replace(PLAIN, acronyms=True)),
        ("  + pivoted length normalisation 0.5", replace(PLAIN, pivot=0.5)),
        ("default without bigrams", replace(d, bigram=0.0)),
        ("default without numbers", replace(d, number=0.0)),
        ("default without fuzzy", replace(d, fuzzy=0.0)),
        ("default without synonyms", replace(d, synonyms=False)),
        ("default without pivot", replace(d, pivot=1.0)),
        ("default, fuzzy scorer token_sort_ratio", replace(d, scorer="token_sort_ratio")),
        ("default, fuzzy weight 0.6", replace(d, fuzzy=0.6)),
        ("DEFAULT (chosen on train)", d),
        (
            "default + hubness correction (needs all queries)",
            lambda q, c: hubness(score_matrix(q, c, LEX)),
        ),
    ]


def embed_variants(grid: bool) -> list[tuple[str, Any]]:
    """Rows with the optional embedding part (empty when it is not installed)."""
    if not uses_embedding(DEFAULT_PARAMS):
        return []
    from spin import embed

    chosen = embed_weight(DEFAULT_PARAMS)
    rows: list[tuple[str, Any]] = [(f"[embed] {embed.model_key()} embedding alone", EMBED_ONLY)]
    if grid:
        for w in (0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 1.0, 1.2, 1.5, 2.0, 3.0, 4.0, 5.0):
            if w != chosen:
                rows.append((f"[embed] default + embedding weight {w}", replace(LEX, embed=w)))
    rows.append((f"[embed] DEFAULT + embedding {chosen} (chosen on train)", DEFAULT_PARAMS))
    return rows


#: embedding weights compared by ``tune_embed_weight``
TUNE_WEIGHTS = (0.3, 0.5, 0.7, 0.8, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0)


def lexical_total(params: Params = LEX) -> float:
    """The summed weight of the lexical parts (what the embedding weight is mixed against)."""
    return params.lexical + params.bigram + params.number + params.fuzzy


def mix(lexical: Any, embedding: Any, weight: float) -> Any:
    """The default score with embedding ``weight``, from the lexical score and the cosine."""
    total = lexical_total()
    return (total * np.asarray(lexical) + weight * np.asarray(embedding)) / (total + weight)


def zmix(lexical: Any, embedding: Any, weight: float) -> Any:
    """Each score z-normalised per query (over its candidates), then mixed."""

    def z(x: Any) -> Any:
        x = np.asarray(x, dtype=float)
        return (x - x.mean(axis=1, keepdims=True)) / (x.std(axis=1, keepdims=True) + 1e-9)

    return z(lexical) + weight * z(embedding)


def rrf(lexical: Any, embedding: Any, weight: float, k: int = 60) -> Any:
    """Reciprocal rank fusion (Cormack et al. 2009): 1/(k + rank), the embedding's weighted."""

    def ranks(x: Any) -> Any:
        order = (-np.asarray(x)).argsort(axis=1, kind="stable")
        r = np.empty_like(order)
        r[np.arange(order.shape[0])[:, None], order] = np.arange(1, order.shape[1] + 1)[None, :]
        return r

    return 1.0 / (k + ranks(lexical)) + weight / (k + ranks(embedding))


def tune_embed_weight(
    bench: Bench,
    weights: tuple[float, ...] = TUNE_WEIGHTS,
    resamples: int = 2000,
    seeds: int = 10,
    full: bool = True,
) -> dict[str, Any]:
    """Choose the embedding weight on the train pairs only (never the test set).

    For every pool of :meth:`Bench.tuning_pools` and every weight: each
    query's reciprocal rank and hit at 1, averaged over the pools of its group;
    the criterion is a query's reciprocal rank averaged over the four groups
    (one number per train pair).  The chosen weight is the one that is best
    in the most bootstrap resamples of the 100 pairs (fixed seed), which is
    less at the mercy of a lucky query than the best mean alone.
    """
    pools = bench.tuning_pools(seeds, full)
    # rows: the lexical score, the weights, the embedding alone, and other
    # fusions for comparison (not candidates: their scores are not in [0, 1]
    # with fixed thresholds, see docs/alignment.md)
    rows: list[tuple[Any, Any]] = [(0.0, lambda lex, emb: lex)]
    rows += [(w, lambda lex, emb, w=w: mix(lex, emb, w)) for w in weights]
    rows.append(("embedding alone", lambda lex, emb: emb))
    rows += [(f"z-score mix {w}", lambda lex, emb, w=w: zmix(lex, emb, w)) for w in (2.0, 3.0, 4.0)]
    rows += [(f"rank fusion {w}", lambda lex, emb, w=w: rrf(lex, emb, w)) for w in (1.0, 2.0, 3.0)]
    keys = [k for k, _ in rows]
    hit: dict[tuple[str, Any], Any] = {}
    rr: dict[tuple[str, Any], Any] = {}
    for group, items in pools.items():
        per: dict[Any, list[tuple[Any, Any]]] = {k: [] for k in keys}
        for q, c in items:
            lex = score_matrix(q, c, LEX)
            emb = score_matrix(q, c, EMBED_ONLY)
            gold = list(range(len(q)))
            for k, fuse in rows:
                p1, r, _ = per_query(fuse(lex, emb), c, gold)
                per[k].append((p1, r))
        for k, runs in per.items():
            hit[group, k] = np.mean([p for p, _ in runs], axis=0)
            rr[group, k] = np.mean([r for _, r in runs], axis=0)
    groups = list(pools)
    crit = {k: np.mean([rr[g, k] for g in groups], axis=0) for k in keys}
    rng = np.random.default_rng(0)
    n = len(bench.train[0])
    wins = dict.fromkeys(weights, 0)
    for _ in range(resamples):
        idx = rng.integers(0, n, n)
        means = [float(crit[w][idx].mean()) for w in weights]
        wins[weights[int(np.argmax(means))]] += 1
    chosen = max(weights, key=lambda w: (wins[w], float(crit[w].mean())))
    table = []
    for k in keys:
        table.append(
            {
                "weight": k,
                **{
                    g: {"p_at_1": float(hit[g, k].mean()), "mrr": float(rr[g, k].mean())}
                    for g in groups
                },
                "mean_p_at_1": float(np.mean([hit[g, k].mean() for g in groups])),
                "mean_mrr": float(crit[k].mean()),
                "bootstrap_best": wins[k] / resamples if k in wins else None,
            }
        )
    return {"groups": {g: len(v) for g, v in pools.items()}, "rows": table, "chosen": chosen}


def print_tuning(t: dict[str, Any]) -> None:
    groups = list(t["groups"])
    print(
        "\nembedding weight, chosen on train only (P@1/MRR per tuning group; "
        "bootstrap: share of 2000 resamples of the 100 pairs where the weight is best by mean MRR)"
    )
    print(f"{'weight':16}" + "".join(f"{g:>14}" for g in groups) + "   mean P@1  mean MRR  best")
    for r in t["rows"]:
        b = "" if r["bootstrap_best"] is None else f"{r['bootstrap_best']:.3f}"
        print(
            f"{r['weight']!s:16}"
            + "".join(f"{r[g]['p_at_1']:7.3f}/{r[g]['mrr']:.3f}" for g in groups)
            + f"   {r['mean_p_at_1']:8.3f}  {r['mean_mrr']:8.4f}  {b}"
        )
    print(f"chosen: {t['chosen']}")


def thresholds(bench: Bench, params: Params = LEX) -> dict[str, Any]:
    """Support thresholds from train.

    ``present``: a sentence's best score when its own statement is in the pool
    (what ``align`` sees when the paper says it); ``absent``: its best score
    once its own statement is removed (the paper does not say it).  Weak is the
    threshold with the largest Youden's J (share of present reaching it minus
    share of absent reaching it); strong the lowest threshold that at most 5%
    of absent sentences reach.
    """
    dist: dict[str, tuple[Any, Any]] = {}
    for which in ("train", "test"):
        q, c, g = bench.sets(which)
        m = score_matrix(q, c, params)
        texts = np.asarray(c, dtype=object)
        present = m.max(axis=1)
        absent = np.array([m[i][texts != c[j]].max() for i, j in enumerate(g)])
        dist[which] = (present, absent)
    present, absent = dist["train"]
    grid = [round(float(t), 3) for t in np.arange(0.05, 0.9, 0.005)]
    youden = [(float(np.mean(present >= t) - np.mean(absent >= t)), -t) for t in grid]
    weak = -max(youden)[1]
    strong = min(t for t in grid if np.mean(absent >= t) <= 0.05)
    out: dict[str, Any] = {"weak": weak, "strong": strong}
    for which, (pr, ab) in dist.items():
        out[which] = {
            name: {
                "strong": float(np.mean(x >= strong)),
                "weak": float(np.mean((x >= weak) & (x < strong))),
                "none": float(np.mean(x < weak)),
                "median": float(np.median(x)),
            }
            for name, x in (("present", pr), ("absent", ab))
        }
    return out


def timings(
    bench: Bench, repeat: int = 5, embed: bool = False, embed_repeat: int = 3
) -> dict[str, float]:
    """Timings of the lexical score, or (``embed``) of the score with embeddings.

    With embeddings every run starts from an empty embedding cache (the model
    stays loaded; its load time is reported on its own).
    """
    from spin import embed as embedder
    from spin.align import align
    from spin.model import Document, Paper, Sentence, Statement

    params = DEFAULT_PARAMS if embed else LEX
    q, c, _ = bench.sets("test")
    out: dict[str, float] = {}
    if embed:
        # the first load in a fresh process (imports torch, reads the weights)
        code = "from spin import embed; embed.encode(['warm up'])"
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
        out["model_load_s"] = time.perf_counter() - t0
        embedder.encode(["warm up"])
        texts = list(dict.fromkeys(q + c))
        embedder.clear_cache()
        t0 = time.perf_counter()
        embedder.encode(texts)
        out["encode_sentences_per_s"] = len(texts) / (time.perf_counter() - t0)
    score_matrix(q[:2], c[:2], params)  # warm the imports and the background table
    full = []
    for _ in range(1 if embed else 3):
        embedder.clear_cache()
        t0 = time.perf_counter()
        score_matrix(q, c, params)
        full.append(time.perf_counter() - t0)
    # a release of 40 sentences against a full-text paper of 500 statements
    sents = tuple(Sentence(i, t, 0, len(t), 1, 1, 1, len(t)) for i, t in enumerate(q[:40]))
    doc = Document("bench", "\n".join(q[:40]), sents)
    extra = bench.background[:500]
    paper = Paper(doi=None, statements=tuple(Statement("body", t) for t in (c + extra)[:500]))
    small = []
    with embedding(embed):
        for _ in range(embed_repeat if embed else repeat):
            embedder.clear_cache()
            t0 = time.perf_counter()
            align(doc, paper)
            small.append(time.perf_counter() - t0)
    out["matrix_563x563_s"] = statistics.median(full)
    out["align_40x500_s"] = statistics.median(small)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="spin alignment benchmark")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--variants", action="store_true", help="also run the table of variants")
    ap.add_argument(
        "--tune",
        action="store_true",
        help="choose the embedding weight on train (bootstrap over tuning pools) and stop",
    )
    ap.add_argument("--seeds", type=int, default=10, help="--tune: distractor seeds per group")
    ap.add_argument(
        "--no-full-pools",
        action="store_true",
        help="--tune: leave out the pools with all distractors (fewer sentences to encode)",
    )
    ap.add_argument(
        "--embed-repeat", type=int, default=3, help="runs of the timed align with the embedding"
    )
    ap.add_argument("--json", metavar="FILE", help="write the numbers as JSON")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / SED / "insciout_test.jsonl").is_file():
        print(f"reference data not found under {shared}", file=sys.stderr)
        return 2
    bench = Bench(shared)
    result: dict[str, Any] = {"date": time.strftime("%Y-%m-%d")}
    if args.tune:
        if not uses_embedding(DEFAULT_PARAMS):
            print("--tune needs an embedding model (SPIN_ALIGN_EMBED not 0)", file=sys.stderr)
            return 2
        result["tuning"] = tune_embed_weight(bench, seeds=args.seeds, full=not args.no_full_pools)
        print_tuning(result["tuning"])
        if args.json:
            Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        return 0
    rows = variants() if args.variants else [("DEFAULT (chosen on train)", LEX)]
    rows += embed_variants(grid=args.variants)
    with_embed = uses_embedding(DEFAULT_PARAMS)
    if not with_embed:
        print("(embedding rows skipped: SPIN_ALIGN_EMBED=0 or the chosen model is not installed)")
    table = []
    print(f"{'variant':52} {'train P@1':>9} {'MRR':>6} {'test P@1':>9} {'MRR':>6} {'row':>6}")
    for name, v in rows:
        tr = bench.evaluate(v, "train")
        te = bench.evaluate(v, "test")
        table.append({"variant": name, "train": tr, "test": te})
        print(
            f"{name:52} {tr['p_at_1']:9.3f} {tr['mrr']:6.3f} "
            f"{te['p_at_1']:9.3f} {te['mrr']:6.3f} {te['p_at_1_row']:6.3f}",
            flush=True,
        )
    result["variants"] = table
    for label, params in (("lexical", LEX), ("with embedding", DEFAULT_PARAMS)):
        if params is DEFAULT_PARAMS and not with_embed:
            continue
        th = thresholds(bench, params)
        result["thresholds" if params is LEX else "thresholds_embed"] = th
        print(
            f"\nthresholds from train ({label}): strong >= {th['strong']:.3f}, "
            f"weak >= {th['weak']:.3f}"
        )
        for which in ("train", "test"):
            for kind in ("present", "absent"):
                r = th[which][kind]
                print(
                    f"  {which:5} {kind:8} strong {r['strong']:.3f} weak {r['weak']:.3f} "
                    f"none {r['none']:.3f} (median score {r['median']:.3f})"
                )
    tm = timings(bench)
    result["timings"] = tm
    print(
        f"\ntime (lexical): 563x563 matrix {tm['matrix_563x563_s']:.3f} s (median of 3); "
        f"align 40 sentences x 500 statements {tm['align_40x500_s']:.3f} s (median of 5)"
    )
    if with_embed:
        te = timings(bench, embed=True, embed_repeat=args.embed_repeat)
        result["timings_embed"] = te
        print(
            f"time (with embedding, empty embedding cache): model load {te['model_load_s']:.1f} s; "
            f"encoding {te['encode_sentences_per_s']:.0f} sentences/s; "
            f"563x563 matrix {te['matrix_563x563_s']:.2f} s; "
            f"align 40 x 500 {te['align_40x500_s']:.2f} s (median of {args.embed_repeat})"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
