"""Alignment of release sentences with paper statements.

INTERFACE STUB (the alignment work replaces the body; signatures stay).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spin.model import Alignment, Document, Match, Paper

STRONG = 0.6
WEAK = 0.4


def score_matrix(queries: Sequence[str], candidates: Sequence[str]) -> Any:
    """len(queries) x len(candidates) similarity scores in [0, 1] (a numpy array)."""
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    if not queries or not candidates:
        return np.zeros((len(queries), len(candidates)))
    m = process.cdist(
        queries, candidates, scorer=fuzz.token_set_ratio, processor=utils.default_process,
        workers=-1,
    )
    return np.asarray(m, dtype=float) / 100.0


def align(
    doc: Document,
    paper: Paper,
    *,
    strong: float | None = None,
    weak: float | None = None,
    top_k: int = 3,
) -> tuple[Alignment, ...]:
    """Best matches of every release sentence among the paper's statements."""
    strong_t = STRONG if strong is None else strong
    weak_t = WEAK if weak is None else weak
    texts = [s.text for s in paper.statements]
    m = score_matrix([s.text for s in doc.sentences], texts)
    out = []
    for i, sent in enumerate(doc.sentences):
        matches: tuple[Match, ...] = ()
        if texts:
            order = m[i].argsort()[::-1][:top_k]
            matches = tuple(Match(int(j), float(m[i, j])) for j in order)
        best = matches[0].score if matches else 0.0
        support = "strong" if best >= strong_t else "weak" if best >= weak_t else "none"
        out.append(Alignment(sent.index, matches, support))  # type: ignore[arg-type]
    return tuple(out)
