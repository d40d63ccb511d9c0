#!/usr/bin/env python
"""Build spin/data/static_embed.npz: the aligner's built-in static word embeddings.

    python scripts/build_static_embed.py [--shared ../shared] [--work DIR] [--out FILE]

A sentence's embedding is the normalised sum of its words' vectors
(``spin.embed.StaticEncoder``), so spin gets a meaning-level part of the
alignment score from numpy alone, at a few microseconds per sentence.  The
vectors are distilled from all-mpnet-base-v2 (Apache-2.0) in the way of
Model2Vec and Tokenlearn (Tulkens & van Dongen 2024, MinishLab):

1. **vocabulary**: every word (``spin.embed.words``) of the background corpus
   of ``scripts/build_align_idf.py`` (17,528 public sentences that do not
   overlap the alignment benchmark; duplicates dropped) and every whole-word
   entry of mpnet's WordPiece vocabulary; number tokens only when seen in at
   least two sentences;
2. **distillation**: each word's mpnet embedding on its own, centred and
   scaled to unit length;
3. **training** (Tokenlearn): word vectors ``(W d + r) * softplus(a)``, with a
   shared linear map ``W`` (starts as the identity, so words the corpus never
   shows move with it), a per-word residual ``r`` (L2 penalty) and a per-word
   weight ``a`` (starts at the word's idf), trained so that the summed vector of
   each corpus sentence points the same way as mpnet's embedding of the whole
   sentence (cosine loss, Adam, word dropout 0.1, 10% of the sentences held
   out: the epoch with the best held-out cosine is kept);
4. **compression**: PCA to 128 dimensions (frequency-weighted), each row
   quantised to int8 with its own scale.

The settings were compared on the alignment tuning pools built from
``insciout_train.jsonl`` (scratch runs; the embedding weight with
``SPIN_ALIGN_EMBED_MODEL=static python benchmarks/align_bench.py --tune``),
never on the test file.  Needs torch and sentence-transformers (the ``embed`` extra) and
the mpnet part packages (docs/alignment.md); the mpnet encodings are cached in
``--work`` (about 20 minutes on 2 cores the first time; training then takes
about 2 minutes).  Deterministic on one machine: fixed seeds and two torch threads;
two builds on 2026-11-27 gave the same SHA-256.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_align_idf import background_sentences  # noqa: E402

from spin.embed import STATIC_DIMENSIONS, lookup, words  # noqa: E402

SEED = 0
EPOCHS = 4
LEARNING_RATE = 2e-3
RESIDUAL_PENALTY = 0.01
WORD_DROPOUT = 0.1
HELD_OUT = 0.1
BATCH = 128


def corpus(shared: Path) -> list[str]:
    return list(dict.fromkeys(s for _, s in background_sentences(shared)))


def vocabulary(sentences: list[str], mpnet_vocab: list[str]) -> list[str]:
    df: Counter[str] = Counter(w for s in sentences for w in set(words(s)))
    whole = {t for t in mpnet_vocab if re.fullmatch(r"[a-z]+", t)}
    return sorted(whole | {w for w, n in df.items() if not w.isdigit() or n >= 2})


def mpnet() -> Any:
    from spin import embed

    embed._load("mpnet")  # unpacks and checks the archive
    return embed._models["mpnet"]


def cached_encode(path: Path, texts: list[str], batch: int) -> Any:
    import numpy as np

    # the cache is keyed by the texts themselves: a changed corpus is encoded again
    digest = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:16]
    path = path.with_name(f"{path.stem}-{digest}{path.suffix}")
    if path.is_file():
        arr = np.load(path)
        if arr.shape[0] == len(texts):
            return arr
    model = mpnet()
    t = time.time()
    arr = model.encode(
        texts,
        batch_size=batch,
        normalize_embeddings=False,
        convert_to_numpy=True,
        show_progress_bar=False,
    ).astype(np.float32)
    np.save(path, arr)
    print(f"encoded {len(texts)} texts in {time.time() - t:.0f} s -> {path}", flush=True)
    return arr


def train(
    vocab: list[str], distilled: Any, sentences: list[str], targets: Any
) -> tuple[Any, float, int]:
    """Word vectors (V x 768) from the Tokenlearn-style fit; best held-out epoch."""
    import numpy as np
    import torch

    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    index = {w: i for i, w in enumerate(vocab)}
    df: Counter[str] = Counter(w for s in sentences for w in set(words(s)))
    n = len(sentences)
    idf = np.log((n + 1) / (np.array([df.get(w, 0) for w in vocab], float) + 1)) + 1
    d = distilled / np.linalg.norm(distilled, axis=1, keepdims=True)
    d = d - d.mean(0)
    ids = [[i for i in (lookup(w, index) for w in words(s)) if i is not None] for s in sentences]
    keep = np.array([bool(x) for x in ids])
    rng = np.random.default_rng(SEED)
    order = rng.permutation(np.flatnonzero(keep))
    n_val = int(len(order) * HELD_OUT)
    val, tr = order[:n_val], order[n_val:].copy()

    dt = torch.tensor(d, dtype=torch.float32)
    w_map = torch.nn.Parameter(torch.eye(d.shape[1]))
    resid = torch.nn.Parameter(torch.zeros_like(dt))
    weight = torch.nn.Parameter(torch.tensor(np.log(np.expm1(idf)), dtype=torch.float32))
    tt = torch.nn.functional.normalize(torch.tensor(targets, dtype=torch.float32), dim=1)
    opt = torch.optim.Adam([w_map, resid, weight], lr=LEARNING_RATE)

    def cosines(idx: Any, dropout: float) -> tuple[Any, Any]:
        lists = []
        for k in idx:
            kept = [i for i in ids[k] if dropout == 0 or rng.random() > dropout]
            lists.append(kept or ids[k])
        flat = torch.tensor([i for x in lists for i in x], dtype=torch.long)
        offsets = torch.tensor(np.cumsum([0] + [len(x) for x in lists[:-1]]), dtype=torch.long)
        uniq, inv = torch.unique(flat, return_inverse=True)
        vec = (dt[uniq] @ w_map.T + resid[uniq]) * torch.nn.functional.softplus(weight[uniq])[
            :, None
        ]
        bag = torch.nn.functional.embedding_bag(inv, vec, offsets, mode="sum")
        return torch.nn.functional.cosine_similarity(bag, tt[idx], dim=1), uniq

    best: tuple[float, Any, int] = (-1.0, None, -1)
    for epoch in range(EPOCHS):
        rng.shuffle(tr)
        for b in range(0, len(tr), BATCH):
            cos, uniq = cosines(tr[b : b + BATCH], WORD_DROPOUT)
            loss = (1 - cos).mean() + RESIDUAL_PENALTY * (resid[uniq] ** 2).sum(1).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        with torch.no_grad():
            held = float(cosines(val, 0.0)[0].mean())
            if held > best[0]:
                full = (dt @ w_map.T + resid) * torch.nn.functional.softplus(weight)[:, None]
                best = (held, full.numpy().copy(), epoch)
        print(f"epoch {epoch}: held-out cosine {held:.4f}", flush=True)
    return best[1], best[0], best[2]


def compress(vocab: list[str], vectors: Any, sentences: list[str]) -> tuple[Any, Any]:
    """Frequency-weighted PCA to STATIC_DIMENSIONS, then int8 rows with a scale each."""
    import numpy as np

    df: Counter[str] = Counter(w for s in sentences for w in set(words(s)))
    freq = np.array([df.get(w, 0) + 1 for w in vocab], dtype=np.float64)
    x = vectors.astype(np.float64)
    cov = (x * freq[:, None]).T @ x / freq.sum()
    vals, vecs = np.linalg.eigh(cov)
    basis = vecs[:, np.argsort(vals)[::-1][:STATIC_DIMENSIONS]]
    basis *= np.sign(basis[np.argmax(np.abs(basis), axis=0), range(basis.shape[1])])
    p = x @ basis
    scale = np.abs(p).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(p / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


def main(argv: list[str] | None = None) -> int:
    import numpy as np

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--work", default=str(ROOT / "build" / "static_embed"))
    ap.add_argument("--out", default=str(ROOT / "spin" / "data" / "static_embed.npz"))
    args = ap.parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)

    sentences = corpus(Path(args.shared))
    model_dir = Path(mpnet().tokenizer.name_or_path)
    mp_vocab = (model_dir / "vocab.txt").read_text(encoding="utf-8").splitlines()
    vocab = vocabulary(sentences, mp_vocab)
    print(f"{len(sentences)} sentences, {len(vocab)} words", flush=True)
    (work / "vocab.json").write_text(json.dumps(vocab), encoding="utf-8")
    targets = cached_encode(work / "sentences_mpnet.npy", sentences, 32)
    distilled = cached_encode(work / "words_mpnet.npy", vocab, 256)
    vectors, held, epoch = train(vocab, distilled, sentences, targets)
    q, scale = compress(vocab, vectors, sentences)
    meta = {
        "about": "static word embeddings distilled from sentence-transformers/all-mpnet-base-v2 "
        "(Apache-2.0); rebuild with scripts/build_static_embed.py",
        "sentences": len(sentences),
        "words": len(vocab),
        "dimensions": STATIC_DIMENSIONS,
        "held_out_cosine": round(held, 4),
        "epoch": epoch,
    }
    out = Path(args.out)
    tmp = out.with_name(out.stem + ".tmp.npz")
    np.savez_compressed(
        tmp,
        vectors=q,
        scale=scale,
        vocab=np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8),
        meta=np.frombuffer(json.dumps(meta, sort_keys=True).encode("utf-8"), dtype=np.uint8),
    )
    tmp.replace(out)
    print(f"{out}: {meta}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
