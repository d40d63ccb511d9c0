"""Abstract markup to sections: JATS (Crossref), HTML-ish (Europe PMC), inline labels.

JATS is parsed with defusedxml, so entities and external references are never
resolved (a DTD is refused).  Namespace prefixes (``jats:``, ``mml:``) are
dropped before parsing because Crossref sends them undeclared.  Anything that
does not parse degrades to tag-stripped text in one "Abstract" section.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from spin.model import Section

DEFAULT_HEADING = "Abstract"

#: labels of structured abstracts, recognised inline ("BACKGROUND: ...") in plain text
KNOWN_LABELS = (
    "abstract",
    "aim",
    "aims",
    "background",
    "background and aims",
    "background and purpose",
    "clinical relevance",
    "clinical trial registration",
    "conclusion",
    "conclusions",
    "conclusions and relevance",
    "context",
    "design",
    "design, setting, and participants",
    "discussion",
    "exposure",
    "exposures",
    "findings",
    "funding",
    "importance",
    "interpretation",
    "interventions",
    "introduction",
    "limitations",
    "main outcome measures",
    "main outcomes and measures",
    "materials and methods",
    "measurements",
    "method",
    "methods",
    "methods and findings",
    "objective",
    "objectives",
    "outcome measures",
    "participants",
    "patients",
    "patients and methods",
    "purpose",
    "rationale",
    "results",
    "setting",
    "significance",
    "study design",
    "summary",
    "trial registration",
)

_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}
_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_PREFIX_IN_TAG = re.compile(r"(<\/?|\s)[A-Za-z_][\w.-]*:(?=[A-Za-z_])")
_TAG = re.compile(r"<[^>]*>")
_BLOCK_TAG = re.compile(
    r"</?(?:p|br|div|li|ul|ol|sec|title|h[1-6]|table|tr|td|th|list|list-item)\b[^>]*>",
    re.IGNORECASE,
)
_DECLARATION = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>|<!--.*?-->|<\?.*?\?>", re.S | re.I)
_BLOCK_TAGS = {"p", "list", "list-item", "disp-quote", "def-list", "table-wrap", "fig"}


def _local(tag: Any) -> str:
    name = tag if isinstance(tag, str) else ""
    return name.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def tidy(text: str) -> str:
    """Collapse white space and undo the gaps pretty-printed markup leaves ("( KRAS )")."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"([(\[])\s+", r"\1", text)
    text = re.sub(r"\s+([)\],;])", r"\1", text)
    text = re.sub(r"\s+\.(?=\s|$)", ".", text)
    return text


def _join_slashes(markup: str) -> str:
    # "<i>KRAS</i>\n   /\n   <i>NRAS</i>" -> "<i>KRAS</i>/<i>NRAS</i>"
    return re.sub(r"\s*\n\s*/\s*\n\s*", "/", markup)


def strip_markup(text: str | None) -> str:
    """Tags removed, entities decoded, white space tidied (titles, names, labels)."""
    if not text:
        return ""
    text = _DECLARATION.sub(" ", _join_slashes(text))
    text = _BLOCK_TAG.sub(" ", text)
    return tidy(html.unescape(_TAG.sub("", text)))


def heading(text: str) -> str:
    """A section heading as shown: no trailing colon, ALL CAPS made sentence case."""
    text = tidy(text).rstrip(":.").strip()
    if text.isupper() and len(text) > 3:
        text = text[:1] + text[1:].lower()
    return text


def _fix_entities(markup: str) -> str:
    def repl(m: re.Match[str]) -> str:
        if m.group(1) in _XML_ENTITIES:
            return m.group(0)
        decoded = html.unescape(m.group(0))
        if decoded == m.group(0):
            return "&amp;" + m.group(0)[1:]
        return html.escape(decoded, quote=False)

    return _ENTITY.sub(repl, markup)


def _text_of(elem: Any) -> str:
    return "".join(elem.itertext())


def parse_jats(markup: str) -> tuple[list[Section], bool]:
    """Sections of a JATS abstract, and whether it parsed as XML (False: degraded to text)."""
    import defusedxml.ElementTree as DET

    cleaned = _PREFIX_IN_TAG.sub(r"\1", _join_slashes(markup))
    cleaned = _fix_entities(cleaned)
    try:
        root = DET.fromstring(
            f"<root>{cleaned}</root>",
            forbid_dtd=True,
            forbid_entities=True,
            forbid_external=True,
        )
    except Exception:  # ParseError, DTDForbidden, EntitiesForbidden, ...
        text = strip_markup(markup)
        return ([Section(DEFAULT_HEADING, text)] if text else []), False
    parts: list[tuple[str, str]] = []
    _walk(root, DEFAULT_HEADING, parts, top=True)
    return _merge(parts), True


def _walk(elem: Any, current: str, parts: list[tuple[str, str]], *, top: bool = False) -> None:
    if elem.text and elem.text.strip():
        parts.append((current, elem.text))
    for child in elem:
        tag = _local(child.tag)
        if tag == "title":
            title = heading(_text_of(child))
            if title:
                current = title
        elif tag == "sec":
            title_el = next((c for c in child if _local(c.tag) == "title"), None)
            sub = heading(_text_of(title_el)) if title_el is not None else ""
            _walk_sec(child, sub or current, parts)
        elif tag in ("abstract", "trans-abstract"):
            _walk(child, current, parts)
        elif tag in _BLOCK_TAGS:
            parts.append((current, _text_of(child)))
        else:
            # inline markup at this level (italic, sup...), keep its text
            parts.append((current, _text_of(child)))
        if child.tail and child.tail.strip():
            parts.append((current, child.tail))


def _walk_sec(sec: Any, current: str, parts: list[tuple[str, str]]) -> None:
    for child in sec:
        tag = _local(child.tag)
        if tag == "title":
            continue
        if tag == "sec":
            title_el = next((c for c in child if _local(c.tag) == "title"), None)
            sub = heading(_text_of(title_el)) if title_el is not None else ""
            _walk_sec(child, sub or current, parts)
        else:
            parts.append((current, _text_of(child)))
        if child.tail and child.tail.strip():
            parts.append((current, child.tail))


def _merge(parts: Iterable[tuple[str, str]]) -> list[Section]:
    """Consecutive paragraphs under the same heading become one section."""
    out: list[tuple[str, list[str]]] = []
    for head, text in parts:
        t = tidy(text)
        if not t:
            continue
        if out and out[-1][0] == head:
            out[-1][1].append(t)
        else:
            out.append((head, [t]))
    return [Section(h, "\n\n".join(ps)) for h, ps in out]


_HTML_HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.IGNORECASE | re.DOTALL)


def parse_html_abstract(text: str) -> list[Section]:
    """Sections of an HTML-ish abstract (Europe PMC ``abstractText``: ``<h4>`` headings)."""
    if not text or not text.strip():
        return []
    pieces = _HTML_HEADING.split(text)
    parts: list[tuple[str, str]] = []
    current = DEFAULT_HEADING
    # pieces alternate: text, heading, text, heading, text...
    for i, piece in enumerate(pieces):
        if i % 2 == 1:
            current = heading(strip_markup(piece)) or current
            continue
        body = strip_markup(re.sub(r"</?(p|br|div)\b[^>]*>", "\n\n", piece, flags=re.I))
        if body:
            parts.append((current, body))
    sections = _merge(parts)
    if len(sections) == 1 and sections[0].heading == DEFAULT_HEADING:
        return split_inline_labels(sections[0].text)
    return sections


_LABELS_RE = "|".join(sorted((re.escape(x) for x in KNOWN_LABELS), key=len, reverse=True))
_INLINE_LABEL = re.compile(rf"(?:^|(?<=[.!?])\s+|\n+)({_LABELS_RE})\s*:\s+", re.IGNORECASE)


def split_inline_labels(text: str) -> list[Section]:
    """Split "BACKGROUND: ... METHODS: ..." into sections; one "Abstract" section otherwise.

    A label counts only at the start of the text, of a line or of a sentence, and
    only when the text starts with one (so a stray "Results:" mid-abstract is text).
    """
    text = text.strip()
    if not text:
        return []
    matches = list(_INLINE_LABEL.finditer(text))
    if not matches or matches[0].start() != 0:
        return [Section(DEFAULT_HEADING, text)]
    sections: list[Section] = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        body = text[m.end() : end].strip()
        if body:
            sections.append(Section(heading(m.group(1)), body))
    return sections or [Section(DEFAULT_HEADING, text)]
