"""Baselines: accept the findings a draft has today, report only new ones.

``spin check --write-baseline FILE`` records every current finding by its
file (relative to the config root or working directory), its rule code and
the normalised text of its release sentence (case-folded, white space and
quotes normalised), never by line number, so an edit elsewhere in the file
does not reset it.  ``--baseline FILE`` then drops the findings the baseline
holds; a finding recorded once covers one occurrence (a sentence repeated
with the same problem twice needs two entries).

The same normalised text and rule make the SARIF ``partialFingerprints``
(:func:`finding_hash`), so code scanning tracks a finding across runs.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from spin.errors import InputError
from spin.model import Finding, Report

FORMAT = "spin-baseline"
VERSION = 1

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-"})

Key = tuple[str, str, str]  # (path, code, normalised text)


def normalize_text(text: str) -> str:
    """Sentence text as compared by baselines and fingerprints."""
    s = unicodedata.normalize("NFKC", text).translate(_QUOTES).translate(_DASHES)
    return " ".join(s.split()).casefold()


def finding_text(finding: Finding) -> str:
    """The normalised release sentence of a finding ('' for document-level ones)."""
    return normalize_text(finding.release.text) if finding.release is not None else ""


def finding_hash(finding: Finding) -> str:
    """A stable hash of the rule and the normalised sentence text (32 hex digits)."""
    data = f"{finding.code}\x00{finding_text(finding)}".encode()
    return hashlib.sha256(data).hexdigest()[:32]


def key(path: str, finding: Finding) -> Key:
    return (path, finding.code, finding_text(finding))


def build(entries: Iterable[tuple[str, Finding]], *, tool_version: str = "") -> dict[str, Any]:
    """The baseline document for ``(relative path, finding)`` pairs."""
    rows = [
        {
            "path": path,
            "code": f.code,
            "name": f.name,
            "text": finding_text(f),
            "fingerprint": finding_hash(f),
        }
        for path, f in entries
    ]
    rows.sort(key=lambda r: (r["path"], r["code"], r["text"]))
    return {"format": FORMAT, "version": VERSION, "tool_version": tool_version, "findings": rows}


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def load(path: str | Path) -> Counter[Key]:
    """The baseline in ``path`` as a multiset of keys (InputError when unusable)."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"baseline {p} does not exist (create it with --write-baseline)") from None
    except OSError as exc:
        raise InputError(f"cannot read baseline {p}: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"baseline {p}: not JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f'baseline {p}: not a spin baseline (no "format": "{FORMAT}")')
    if data.get("version") != VERSION:
        raise InputError(f"baseline {p}: unsupported version {data.get('version')!r}")
    rows = data.get("findings")
    if not isinstance(rows, list):
        raise InputError(f'baseline {p}: "findings" must be a list')
    out: Counter[Key] = Counter()
    for i, row in enumerate(rows):
        if not (
            isinstance(row, dict)
            and all(isinstance(row.get(k), str) for k in ("path", "code", "text"))
        ):
            raise InputError(f"baseline {p}: entry {i} needs string path, code and text")
        out[(row["path"], row["code"], row["text"])] += 1
    return out


def filter_reports(
    reports: Sequence[Report], paths: Sequence[str], baseline: Counter[Key]
) -> tuple[list[Report], int]:
    """``reports`` without the findings in ``baseline`` and how many were dropped.

    ``paths[i]`` is the baseline path of ``reports[i]``.
    """
    remaining = Counter(baseline)
    out: list[Report] = []
    dropped = 0
    for report, path in zip(reports, paths, strict=True):
        kept: list[Finding] = []
        for f in report.findings:
            k = key(path, f)
            if remaining[k] > 0:
                remaining[k] -= 1
                dropped += 1
            else:
                kept.append(f)
        out.append(
            replace(report, findings=tuple(kept)) if len(kept) != len(report.findings) else report
        )
    return out, dropped
