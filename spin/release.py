"""Read a press release: text, Markdown, HTML, a URL or standard input.

``read_release(source)`` returns a :class:`~spin.model.Document`: the text as
read, its sentences with exact spans (boilerplate left out), the headline,
quotes and their speakers, the title, and the paper's DOI found in the release.

What "the text as read" is, per input (all offsets point into ``Document.text``):

* ``.txt`` and unknown extensions sniffed as text: the decoded file, with
  universal newlines (``\\r\\n`` and ``\\r`` read as ``\\n``) and no BOM.
  ``sentence.text == document.text[start:end]`` exactly.
* ``.md``: the decoded file, front matter included.  Spans still point into the
  file, but a sentence's text is cleaned of Markdown markup (``#``, emphasis,
  link targets, list markers) with white space collapsed.
* ``.html``, ``.htm`` and URLs: the article's main text as extracted (what the
  user sees), paragraphs separated by blank lines, the title as first line.
  ``sentence.text == document.text[start:end]`` exactly.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from spin.boilerplate import Body, find_body
from spin.doi import find_dois, normalize_doi
from spin.errors import DOIError, InputError
from spin.model import Document, Sentence
from spin.text import LineIndex, find_quotes, split_spans

if TYPE_CHECKING:  # pragma: no cover
    from spin.sources import SourceSettings

#: Releases larger than this are refused (bytes of the file or download).
MAX_BYTES = 10 * 1024 * 1024

_MD_EXT = {".md", ".markdown", ".mdown", ".mkd"}
_HTML_EXT = {".html", ".htm", ".xhtml"}
_TEXT_EXT = {".txt", ".text", ""}


# --------------------------------------------------------------------------- public API


def read_release(source: str, *, settings: Any = None, stdin: TextIO | None = None) -> Document:
    """Read a release from a path, an ``http(s)://`` URL, or ``-`` (standard input)."""
    if source == "-":
        data = _read_stdin(stdin)
        text = decode(data, "<stdin>")
        return _build(text, path="<stdin>", media_type=sniff(text), base_dir=Path.cwd())
    if re.match(r"^https?://", source, re.IGNORECASE):
        return _read_url(source, settings)
    return _read_file(source)


def read_text(text: str, *, path: str = "<string>", media_type: str = "text") -> Document:
    """A Document from text already in memory (``media_type``: text, markdown, html)."""
    if media_type not in ("text", "markdown", "html"):
        raise InputError(f"unknown media type {media_type!r} (text, markdown or html)")
    text = _newlines(text)
    base = Path(path).parent if not path.startswith("<") else Path.cwd()
    return _build(text, path=path, media_type=media_type, base_dir=base)


# --------------------------------------------------------------------------- bytes to text


def _read_file(source: str) -> Document:
    p = Path(source)
    if not p.exists():
        raise InputError(f"{source}: no such file")
    if p.is_dir():
        raise InputError(f"{source}: is a directory, not a release file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{source}: the release is {size / 1e6:.1f} MB; spin reads releases of "
                f"at most {MAX_BYTES // (1024 * 1024)} MB"
            )
        data = p.read_bytes()
    except PermissionError:
        raise InputError(f"{source}: cannot read the file (permission denied)") from None
    except OSError as exc:
        raise InputError(f"{source}: cannot read the file ({exc.strerror or exc})") from None
    text = decode(data, source)
    ext = p.suffix.lower()
    if ext in _MD_EXT:
        media = "markdown"
    elif ext in _HTML_EXT:
        media = "html"
    elif ext in _TEXT_EXT:
        media = "text" if ext else sniff(text)
    else:
        media = sniff(text)
    return _build(text, path=source, media_type=media, base_dir=p.resolve().parent)


def _read_stdin(stdin: TextIO | None) -> bytes:
    stream = stdin if stdin is not None else sys.stdin
    if stream is None:
        raise InputError("<stdin>: no standard input")
    buf = getattr(stream, "buffer", None)
    if buf is not None:
        data = buf.read(MAX_BYTES + 1)
    else:
        raw = stream.read(MAX_BYTES + 1)
        data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    if len(data) > MAX_BYTES:
        raise InputError(
            f"<stdin>: the release is larger than {MAX_BYTES // (1024 * 1024)} MB; "
            "spin reads releases of at most that size"
        )
    return bytes(data)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, path: str, declared: str | None = None) -> str:
    """Decode a release: BOM, UTF-8, a declared charset, then charset-normalizer;
    Windows-1252 as the last resort.  Binary and empty input is an InputError."""
    if data.startswith(b"%PDF"):
        raise InputError(
            f"{path}: is a PDF; spin reads releases as text, Markdown or HTML "
            "(give the paper's PDF with --paper)"
        )
    text: str | None = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(enc)
            except UnicodeDecodeError:
                raise InputError(f"{path}: cannot decode the file as {enc}") from None
            break
    if text is None:
        if b"\x00" in data[:8192]:
            raise InputError(
                f"{path}: looks like a binary file, not a press release (text, Markdown or HTML)"
            )
        text = _decode_guess(data, declared)
    if text is None or _looks_binary(text):
        raise InputError(
            f"{path}: looks like a binary file, not a press release (text, Markdown or HTML)"
        )
    text = _newlines(text).lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{path}: the release is empty")
    return text


def _decode_guess(data: bytes, declared: str | None) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    if m:
        candidates.append(m.group(1).decode("ascii", "replace"))
    for enc in candidates:
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    # Western single-byte text is the common case for press releases: prefer
    # Windows-1252 when it decodes cleanly and charset-normalizer agrees it is plausible.
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - charset-normalizer is a dependency
        best = None
    try:
        cp = data.decode("cp1252")
    except UnicodeDecodeError:
        cp = None
    if best is not None:
        enc = str(best.encoding).lower().replace("_", "-")
        western = {
            "cp1252",
            "windows-1252",
            "latin-1",
            "iso-8859-1",
            "iso8859-1",
            "cp1250",
            "iso-8859-15",
            "mac-roman",
            "cp850",
            "latin1",
        }
        if cp is not None and (enc in western or enc.startswith(("iso8859", "cp125"))):
            return cp
        return str(best)
    if cp is not None:
        return cp
    return data.decode("latin-1")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    ctrl = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f\v") or ch == "\ufffd")
    return ctrl > max(2, len(sample) // 50)


def sniff(text: str) -> str:
    """Guess the media type of text with no telling extension."""
    head = text.lstrip()[:2048].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or re.search(
        r"<(?:body|article|p|div|h1)\b[^>]*>", head
    ):
        return "html"
    if text.startswith("---\n") or re.search(r"^#{1,6} \S|\[[^\]]+\]\([^)]+\)", text[:4096], re.M):
        return "markdown"
    return "text"


# --------------------------------------------------------------------------- URLs


def _read_url(url: str, settings: Any) -> Document:
    from spin.sources.http import TooLarge, get_bytes

    conf = _fetch_settings(settings)
    max_bytes = min(conf.max_response_bytes, MAX_BYTES)
    try:
        page = get_bytes(
            url,
            conf,
            what="the release",
            accept="text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
            max_bytes=max_bytes,
        )
    except TooLarge:
        raise InputError(f"{url}: the page is larger than {_size(max_bytes)}") from None
    if not page.ok:
        raise InputError(f"{url}: the server answered HTTP {page.status} {page.reason}")
    data = page.body
    mime = page.content_type.split(";")[0].strip().lower()
    if mime == "application/pdf" or data.startswith(b"%PDF"):
        raise InputError(
            f"{url}: is a PDF; spin reads releases as text, Markdown or HTML "
            "(give the paper's PDF with --paper)"
        )
    text = decode(data, url, declared=page.charset)
    if mime in ("text/plain",):
        media = "text"
    elif mime in ("text/markdown", "text/x-markdown"):
        media = "markdown"
    elif mime in ("text/html", "application/xhtml+xml"):
        media = "html"
    else:
        media = sniff(text)
    return _build(text, path=url, media_type=media, base_dir=Path.cwd())


def _fetch_settings(settings: Any) -> SourceSettings:
    """The settings to fetch a URL with: ``settings`` itself, or SourceSettings
    defaults overridden by whichever of ``offline``, ``timeout``, ``max_redirects``
    and ``max_response_bytes`` a settings-like object (or None) carries."""
    from spin.sources import SourceSettings

    if isinstance(settings, SourceSettings):
        return settings
    given = {
        name: value
        for name in ("offline", "timeout", "max_redirects", "max_response_bytes")
        if (value := getattr(settings, name, None)) is not None
    }
    return SourceSettings(**given)


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n} bytes"


# --------------------------------------------------------------------------- front matter, Markdown


def _front_matter(text: str, path: str, base_dir: Path) -> tuple[dict[str, Any], int]:
    """Parse YAML front matter; return (data, offset where the body starts)."""
    if not text.startswith("---\n"):
        return {}, 0
    m = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M).search(text, 4)
    if m is None:
        raise InputError(f"{path}: line 1: front matter starts with --- but never ends")
    import yaml

    block = text[4 : m.start()]
    try:
        data = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line + 2) if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{path}: line {line}: bad front matter: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(f"{path}: line 2: front matter must be a mapping (key: value lines)")
    end = m.end() + 1 if m.end() < len(text) else m.end()
    return data, end


def _blank(view: list[str], s: int, e: int) -> None:
    for i in range(s, e):
        if view[i] != "\n":
            view[i] = " "


_MD_PATTERNS = (
    re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M),  # heading markers
    re.compile(r"[ \t]+#+[ \t]*$", re.M),  # closing heading hashes
    re.compile(r"^[ \t]*>[ \t]?", re.M),  # block quotes
    re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M),  # list markers
    re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M),  # rules
    re.compile(r"<!--.*?-->", re.S),  # comments
    re.compile(r"</?[a-zA-Z][^>\n]*>"),  # inline HTML
    re.compile(r"^```.*?^```[ \t]*$", re.S | re.M),  # fenced code
)


def markdown_view(text: str, start: int = 0) -> str:
    """``text`` with Markdown markup (and everything before ``start``) blanked out,
    same length and same line breaks, so offsets into it are offsets into ``text``."""
    view = list(text)
    _blank(view, 0, start)
    for pat in _MD_PATTERNS:
        for m in pat.finditer(text, start):
            _blank(view, m.start(), m.end())
    # images: drop entirely; links: keep the link text, blank brackets and target
    for m in re.finditer(r"!\[[^\]\n]*\]\([^)\n]*\)", text):
        _blank(view, m.start(), m.end())
    for m in re.finditer(r"\[([^\]\n]+)\]\(([^)\n]*)\)|\[([^\]\n]+)\]\[[^\]\n]*\]", text):
        if view[m.start()] == " ":
            continue
        inner_start = m.start() + 1
        inner_end = inner_start + len(m.group(1) or m.group(3))
        _blank(view, m.start(), inner_start)
        _blank(view, inner_end, m.end())
    # reference-style link definitions
    for m in re.finditer(r"^[ \t]*\[[^\]\n]+\]:[ \t]*\S.*$", text, re.M):
        _blank(view, m.start(), m.end())
    # emphasis and code markers
    for m in re.finditer(r"(\*\*|__|\*|_|`+|~~)(?=\S)(.+?)(?<=\S)\1", text):
        a = m.group(1)
        if a in ("_", "__") and (
            (m.start() > 0 and text[m.start() - 1].isalnum())
            or (m.end() < len(text) and text[m.end()].isalnum())
        ):
            continue  # snake_case words
        _blank(view, m.start(), m.start() + len(a))
        _blank(view, m.end() - len(a), m.end())
    return "".join(view)


def clean_markdown(view_span: str) -> str:
    """A sentence's text from its span of :func:`markdown_view`: white space
    collapsed, no space left inside brackets or before punctuation."""
    out = " ".join(view_span.split())
    out = re.sub(r"([(\[])\s+", r"\1", out)
    return re.sub(r"\s+([)\].,;:!?])", r"\1", out)


# --------------------------------------------------------------------------- HTML


_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe", "form", "button"}
_EXCLUDE_TAGS = {"nav", "header", "footer", "aside", "form", "menu", "dialog"}
_EXCLUDE_ATTR = re.compile(
    r"related|sidebar|footer|\bnav|menu|cookie|consent|banner|share|social|popular|"
    r"recommend|comment|newsletter|promo|advert|\bad-|breadcrumb|trending|more-stories|"
    r"read-next|subscribe|login|widget",
    re.IGNORECASE,
)
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "br",
    "tr",
    "table",
    "figure",
    "figcaption",
    "header",
    "footer",
    "aside",
    "nav",
    "pre",
    "dd",
    "dt",
}
_VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col"}


@dataclass
class _Link:
    href: str
    text: str = ""
    excluded: bool = False
    in_article: bool = False


class _PageParser(HTMLParser):
    """One pass over the raw HTML: title candidates, links, and a fallback text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.h1: list[str] = []
        self.og_title: str | None = None
        self.title = ""
        self.links: list[_Link] = []
        self.blocks: list[str] = []
        self._stack: list[tuple[str, bool]] = []
        self._skip = 0
        self._in_title = False
        self._h1: list[str] | None = None
        self._link: _Link | None = None
        self._buf: list[str] = []

    def _excluded(self) -> bool:
        return any(ex for _, ex in self._stack)

    def _in(self, tag: str) -> bool:
        return any(t == tag for t, _ in self._stack)

    def _flush(self) -> None:
        s = " ".join("".join(self._buf).split())
        if s:
            self.blocks.append(s)
        self._buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta" and a.get("property", a.get("name", "")).lower() == "og:title":
            self.og_title = a.get("content") or self.og_title
        if tag in _VOID:
            if tag == "br" and not self._skip:
                self._buf.append("\n")
            return
        if tag in _SKIP_TAGS:
            self._skip += 1
        attr_text = " ".join((a.get("class", ""), a.get("id", ""), a.get("role", "")))
        excluded = tag in _EXCLUDE_TAGS or bool(_EXCLUDE_ATTR.search(attr_text))
        if tag == "main" or tag == "article":
            excluded = False
        self._stack.append((tag, excluded))
        if tag in _BLOCK_TAGS and not self._skip:
            self._flush()
        if tag == "title":
            self._in_title = True
        if tag == "h1" and not self._excluded():
            self._h1 = []
        if tag == "a" and a.get("href"):
            self._link = _Link(
                a["href"],
                excluded=self._excluded(),
                in_article=self._in("article") or self._in("main"),
            )

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if not any(t == tag for t, _ in self._stack):
            return
        while self._stack:
            t, _ = self._stack.pop()
            if t in _SKIP_TAGS:
                self._skip = max(0, self._skip - 1)
            if t == "title":
                self._in_title = False
            if t == "h1" and self._h1 is not None:
                self.h1.append(" ".join("".join(self._h1).split()))
                self._h1 = None
            if t == "a" and self._link is not None:
                self._link.text = " ".join(self._link.text.split())
                self.links.append(self._link)
                self._link = None
            if t == tag:
                break
        if tag in _BLOCK_TAGS and not self._skip:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._skip:
            return
        if self._h1 is not None:
            self._h1.append(data)
        if self._link is not None:
            self._link.text += data
        if not self._excluded():
            self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _page_title(page: _PageParser) -> str | None:
    for t in page.h1:
        if t.strip():
            return t.strip()
    if page.og_title and page.og_title.strip():
        return " ".join(page.og_title.split())
    title = " ".join(page.title.split())
    if not title:
        return None
    parts = re.split(r"\s+[|–—-]\s+", title)
    return max(parts, key=len) if parts else title


def _extract_html(html: str) -> tuple[str, str | None, _PageParser]:
    """The article text (paragraphs separated by blank lines), title, parsed page."""
    page = _PageParser()
    try:
        page.feed(html)
        page.close()
    except Exception:  # html.parser is lenient; a pathological page still gets a text
        pass
    title = _page_title(page)
    body: str | None = None
    try:
        import trafilatura

        body = trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            include_links=False,
            favor_recall=True,
            deduplicate=False,
        )
    except ImportError:
        body = None
    if not body or not body.strip():
        body = "\n".join(page.blocks)
    paragraphs = [" ".join(p.split()) for p in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if title and (not paragraphs or _squash(paragraphs[0]) != _squash(title)):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs) + "\n", title, page


def _squash(s: str) -> str:
    return re.sub(r"\W+", "", s.lower())


# --------------------------------------------------------------------------- DOI discovery

_CUE_LINE = re.compile(
    r"\b(?:journal reference|reference|citation|cite|paper|article|"
    r"original (?:article|paper|study)|published (?:in|online)|publication|doi|study|source)\b",
    re.IGNORECASE,
)
_DOI_PREFIX = re.compile(r"(?:doi\s*:?\s*|doi\.org/)$", re.IGNORECASE)
_OTHER_WORK = re.compile(
    r"\b(?:previous(?:ly)?|earlier|prior (?:work|research|stud(?:y|ies))|past (?:work|research|"
    r"stud(?:y|ies))|(?:an?|another|a separate|a related|an older) (?:earlier |previous |separate |"
    r"related )?(?:study|paper|trial|report) (?:in|from|published in) (?:19|20)\d\d|"
    r"builds? on|building on|last year|see also|follow(?:s|ed)? up on|in (?:19|20)\d\d,)",
    re.IGNORECASE,
)
_ANCHOR_CUE = re.compile(
    r"journal|paper|study|doi|article|published|abstract|research|reference|full text",
    re.IGNORECASE,
)


@dataclass
class _Candidate:
    doi: str
    score: float
    position: int


def _sentence_around(text: str, spans: list[tuple[int, int]], pos: int) -> str:
    for s, e in spans:
        if s <= pos < e:
            return text[s:e]
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return text[ls : le if le >= 0 else len(text)]


def _text_candidates(text: str, body: Body, spans: list[tuple[int, int]]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for doi, s, _e in find_dois(text):
        zone = body.zone_at(s)
        line_start = text.rfind("\n", 0, s) + 1
        line = text[line_start : (text.find("\n", s) if text.find("\n", s) >= 0 else len(text))]
        score = {"pre": -1.0, "body": 1.0, "post": 2.0, "related": -4.0}[zone]
        if _CUE_LINE.search(line[: s - line_start]) or _DOI_PREFIX.search(text[max(0, s - 12) : s]):
            score += 2.0
        if _OTHER_WORK.search(_sentence_around(text, spans, s)):
            score -= 5.0
        out.append(_Candidate(doi, score, s))
    return out


def _href_candidates(
    page: _PageParser, text: str, spans: list[tuple[int, int]]
) -> list[_Candidate]:
    out: list[_Candidate] = []
    n = len(text)
    for i, link in enumerate(page.links):
        found = find_dois(link.href)
        if not found:
            continue
        doi = found[0][0]
        score = 2.0 if link.in_article and not link.excluded else 0.5
        if link.excluded:
            score -= 5.0
        if _ANCHOR_CUE.search(link.text):
            score += 1.0
        # where the anchor's text sits in the extracted article
        pos = text.find(link.text) if link.text else -1
        if pos >= 0:
            if _OTHER_WORK.search(_sentence_around(text, spans, pos)):
                score -= 5.0
            ctx = text[text.rfind("\n", 0, pos) + 1 : pos]
            if _CUE_LINE.search(ctx):
                score += 2.0
        out.append(_Candidate(doi, score, pos if pos >= 0 else n + i))
    return out


def choose_doi(candidates: list[_Candidate]) -> tuple[str | None, tuple[str, ...]]:
    """The paper's DOI (best score, later position on ties) and the others, in order."""
    best: dict[str, _Candidate] = {}
    order: list[str] = []
    for c in candidates:
        if c.doi not in best:
            order.append(c.doi)
            best[c.doi] = c
        elif c.score > best[c.doi].score:
            best[c.doi] = c
    pool = [c for c in best.values() if c.score > 0]
    chosen = max(pool, key=lambda c: (c.score, c.position)).doi if pool else None
    return chosen, tuple(d for d in order if d != chosen)


# --------------------------------------------------------------------------- assembly


def _build(text: str, *, path: str, media_type: str, base_dir: Path) -> Document:
    meta: dict[str, Any] = {}
    page: _PageParser | None = None
    title: str | None = None
    if media_type == "html":
        text, title, page = _extract_html(text)
        view = text
    elif media_type == "markdown":
        meta, body_start = _front_matter(text, path, base_dir)
        view = markdown_view(text, body_start)
    else:
        view = text
    if len(text) > MAX_BYTES:
        raise InputError(f"{path}: the release text is larger than {MAX_BYTES // (1024 * 1024)} MB")
    if not view.strip():
        raise InputError(f"{path}: the release is empty")

    body = find_body(view)
    # only the body is segmented: everything else is blanked (offsets kept)
    keep = [" " if ch != "\n" else "\n" for ch in view]
    for s, e in body.spans():
        keep[s:e] = view[s:e]
    masked = "".join(keep)
    spans = split_spans(masked)
    if not spans:
        raise InputError(f"{path}: no sentences found in the release")
    quotes = find_quotes(masked, spans)
    index = LineIndex(text)
    head = body.headline_span()
    sentences: list[Sentence] = []
    for i, ((s, e), q) in enumerate(zip(spans, quotes, strict=True)):
        line, col, end_line, end_col = index.span(s, e)
        stext = text[s:e] if media_type != "markdown" else clean_markdown(view[s:e])
        # the headline's sentences open the release ("How many samples? New workflow ...")
        is_head = head is not None and head[0] <= s < head[1] and (i == 0 or sentences[-1].headline)
        sentences.append(
            Sentence(
                index=i,
                text=stext,
                start=s,
                end=e,
                line=line,
                column=col,
                end_line=end_line,
                end_column=end_col,
                headline=is_head,
                quote=q.quote,
                speaker=q.speaker,
            )
        )
    # the paper's DOI
    candidates = _text_candidates(text, body, spans)
    if page is not None:
        candidates += _href_candidates(page, text, spans)
    doi, others = choose_doi(candidates)
    fm_doi = meta.get("doi")
    if fm_doi is not None:
        try:
            fm = normalize_doi(str(fm_doi))
        except DOIError as exc:
            raise InputError(f"{path}: front matter doi: {exc.message}") from None
        if doi is not None and doi != fm:
            others = (doi, *others)
        others = tuple(d for d in others if d != fm)
        doi = fm
    paper_path: str | None = None
    if meta.get("paper") is not None:
        paper_path = str((base_dir / os.path.expanduser(str(meta["paper"]))).resolve())
    if meta.get("title"):
        title = str(meta["title"])
    if title is None:
        heads = [s for s in sentences if s.headline]
        title = heads[0].text if heads else None
    return Document(
        path=path,
        text=text,
        sentences=tuple(sentences),
        title=title,
        doi=doi,
        paper_path=paper_path,
        media_type=media_type,
        other_dois=others,
    )
