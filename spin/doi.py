"""DOI normalisation, validation and discovery in text.

Crossref treats DOIs case-insensitively; spin keeps them lower-case.  Every
DOI is normalised here before it reaches habanero, a URL or a cache path.
"""

from __future__ import annotations

import re
import urllib.parse

from spin.errors import DOIError

# 10.<registrant>/<suffix>; the suffix is any printable non-space characters.
_DOI_CORE = re.compile(r"^10\.\d{4,9}(?:\.\d+)*/\S+$")
_PREFIXES = re.compile(
    r"^(?:doi\s*:\s*|doi\s+|(?:https?://)?(?:dx\.|www\.)?doi\.org/|info:doi/|urn:doi:)",
    re.IGNORECASE,
)
_QUOTES = "\"'“”‘’`<>«»()[]{}"
_TRAILING = ".,;:!?" + _QUOTES

#: DOIs in running text, links and hrefs.  Stops at white space, quotes, angle
#: brackets; trailing punctuation is trimmed by ``_trim``.
_DOI_IN_TEXT = re.compile(r"10\.\d{4,9}(?:\.\d+)*/[^\s\"'<>“”‘’]+")


def _trim(doi: str) -> str:
    # trailing punctuation of the sentence, and an unbalanced closing bracket
    while doi and doi[-1] in _TRAILING:
        if doi[-1] in ")]}":
            opener = {")": "(", "]": "[", "}": "{"}[doi[-1]]
            if doi.count(opener) >= doi.count(doi[-1]):
                break
        doi = doi[:-1]
    return doi


_QUOTE_MARKS = "\"'“”‘’`<>«»"
_PAIRS = {"(": ")", "[": "]", "{": "}"}


def _unwrap(s: str) -> str:
    """Surrounding quotes, and a bracket around the whole DOI or left open before it;
    brackets inside a DOI ("10.1000/0()") stay, so that normalising is idempotent."""
    s = s.strip().strip(_QUOTE_MARKS).strip()
    while s and s[0] in _PAIRS:
        closer = _PAIRS[s[0]]
        bare = s.rstrip(".,;:!?")  # "(doi:10.1000/xyz)." at the end of a sentence
        if bare.endswith(closer):
            s = bare[1:-1]
        elif s.count(closer) < s.count(s[0]):
            s = s[1:]
        else:
            break
        s = s.strip().strip(_QUOTE_MARKS).strip()
    return s


def normalize_doi(value: str) -> str:
    """The canonical form of a DOI (``10.xxxx/suffix``, lower case), or DOIError.

    Accepts ``doi:``, ``https://doi.org/``, ``http://dx.doi.org/``, upper case,
    surrounding white space, quotes and punctuation, and percent-encoding.
    """
    if not isinstance(value, str):
        raise DOIError(f"not a DOI: {value!r}")
    s = _unwrap(value)
    s = _PREFIXES.sub("", s).strip()
    if "%" in s:
        s = urllib.parse.unquote(s)
    s = _trim(_unwrap(s))
    s = s.lower()
    if not _DOI_CORE.match(s) or any(
        ord(ch) < 32 or ord(ch) == 127 or 0xD800 <= ord(ch) <= 0xDFFF for ch in s
    ):
        shown = value.strip()
        if len(shown) > 60:
            shown = shown[:57] + "..."
        raise DOIError(f"not a DOI: {shown!r} (a DOI looks like 10.1176/appi.ajp.2018.18020138)")
    return s


def is_doi(value: str) -> bool:
    try:
        normalize_doi(value)
    except DOIError:
        return False
    return True


def quote_doi(doi: str) -> str:
    """A normalised DOI made safe for a URL path (``#``, ``?``, space... encoded)."""
    return urllib.parse.quote(normalize_doi(doi), safe="/")


def find_dois(text: str) -> list[tuple[str, int, int]]:
    """Every DOI in ``text`` as ``(normalised doi, start, end)``, in order, de-duplicated."""
    seen: set[str] = set()
    out: list[tuple[str, int, int]] = []
    for m in _DOI_IN_TEXT.finditer(text):
        raw = _trim(m.group(0))
        # links sometimes carry a query or fragment that is not part of the DOI
        raw = re.split(r"[?#](?:utm_|ref=|via=)", raw)[0]
        try:
            doi = normalize_doi(raw)
        except DOIError:
            continue
        if doi not in seen:
            seen.add(doi)
            out.append((doi, m.start(), m.start() + len(raw)))
    return out
