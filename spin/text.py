"""Sentence splitting with exact character spans, and small text helpers.

``split_spans(text)`` returns ``(start, end)`` offsets such that
``text[start:end]`` is a sentence with no surrounding white space.  It is
robust to what science writing is full of: abbreviations (et al., e.g., i.e.,
Fig., vs., Dr.), decimals, ``p < 0.05``, initials and numbered lists.
"""

from __future__ import annotations

import bisect
import re

# Abbreviations after which a period does not end a sentence (lower-cased, no dot).
ABBREVIATIONS = frozenset(
    """
    al e.g i.e etc fig figs eq eqs ref refs vs v cf ca approx dr mr mrs ms prof st jr sr
    no nos vol pp p ed eds inc ltd co corp dept univ est resp sp spp var cv
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    u.s u.k u.s.a ph.d m.d b.sc m.sc d.c n.y s.c
    """.split()
)

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n[ \t]*\n")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``text[dot]`` closes an abbreviation or initial."""
    j = dot
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "([\"'“":
        j -= 1
    word = text[j:dot].lower().strip(".")
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    # single capital initial: "A. Smith", "F. Schatzberg"
    if len(word) == 1 and text[j].isupper():
        return True
    # dotted acronyms such as "U.S." are caught by the list; "e.g" inside
    return "." in word and all(len(p) <= 2 for p in word.split("."))


def split_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; return trimmed ``(start, end)`` spans."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if not m.group(0).startswith("\n"):
            dot = m.start()
            if text[dot] == "." and m.group(0).rstrip("\"'”’)]") == ".":
                if _is_abbreviation(text, dot):
                    continue
                # next non-space character lower case: not a sentence end
                k = end
                while k < n and text[k].isspace() and text[k] != "\n":
                    k += 1
                if k < n and text[k].islower():
                    continue
        spans.append((start, end))
        start = end
    spans.append((start, n))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_spans(text)]


class LineIndex:
    """Map character offsets to 1-based (line, column)."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


def normalize_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
