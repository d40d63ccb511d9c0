"""On-disk cache: one JSON record per DOI.

The record keeps the *raw* answers of the sources (the Crossref ``message``, the
Europe PMC ``result``, the OpenAlex work), not the built Paper, so a better
parser improves cached papers too.  Layout::

    <cache_dir>/doi/<safe name>.json
    {"format": "spin-paper-cache/1", "doi": "10.5555/x", "fetched": "2024-...Z",
     "crossref": {...} | null, "europepmc": {...} | null, "openalex": {...} | null,
     "pending": ["europepmc"]}

``pending`` lists fallbacks that failed for a transient reason; they are tried
again on the next online run.  File names are safe for every DOI: the DOI is
percent-encoded (only ``a-z 0-9 . _ -`` kept), and long names are cut and given a
hash, so a name never contains a path separator, is never ``.`` or ``..`` and
never leaves the cache directory.  Writes are atomic (temporary file in the same
directory, fsync, ``os.replace``).  A corrupt or foreign entry is ignored (and
replaced by the next successful fetch).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import urllib.parse
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from spin.fsutil import atomic_write_text

CACHE_FORMAT = "spin-paper-cache/1"
_MAX_NAME = 150  # bytes of the encoded name before the hash is used


def safe_name(key: str) -> str:
    """A file name (without extension) for any string, distinct for distinct keys.

    Everything but ``A-Z a-z 0-9 . _ -`` is percent-encoded (so no ``/``, ``\\``,
    ``:``, ``<``...); a leading dot is encoded too (no hidden files, never ``.`` or
    ``..``); names longer than 150 bytes keep 100 bytes and add ``~`` and a hash
    (``~`` never appears otherwise).
    """
    encoded = urllib.parse.quote(key, safe="", errors="surrogatepass").replace("~", "%7E")
    if encoded.startswith("."):
        encoded = "%2E" + encoded[1:]
    if len(encoded) > _MAX_NAME or not encoded:
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:24]
        encoded = f"{encoded[:100]}~{digest}"
    return encoded


class Cache:
    """The paper cache under ``root`` (``settings.cache_dir``)."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).expanduser()
        self.dir = self.root / "doi"

    def path_for(self, doi: str) -> Path:
        return self.dir / f"{safe_name(doi)}.json"

    def load(self, doi: str) -> dict[str, Any] | None:
        """The cached record for ``doi``, or None when absent, corrupt or of another format."""
        path = self.path_for(doi)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        if (
            not isinstance(data, dict)
            or data.get("format") != CACHE_FORMAT
            or data.get("doi") != doi
            or not any(isinstance(data.get(k), dict) for k in ("crossref", "europepmc", "openalex"))
        ):
            return None
        return data

    def exists_but_unusable(self, doi: str) -> bool:
        return self.path_for(doi).exists() and self.load(doi) is None

    def store(self, doi: str, record: dict[str, Any]) -> Path:
        """Write ``record`` (the raw source answers) for ``doi`` atomically; return the path."""
        data = {
            "format": CACHE_FORMAT,
            "doi": doi,
            "fetched": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "crossref": record.get("crossref"),
            "europepmc": record.get("europepmc"),
            "openalex": record.get("openalex"),
            "pending": list(record.get("pending") or ()),
        }
        path = self.path_for(doi)
        atomic_write_text(path, json.dumps(data, ensure_ascii=False, sort_keys=True))
        return path

    def delete(self, doi: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(doi).unlink()
