"""Find the body of a press release in text scraped from a web page.

Text copied or scraped from a news site carries navigation menus, share
buttons, dates and bylines, cookie banners, "Related Posts" and popular-news
lists, about-the-organisation paragraphs, media contacts and copyright lines.
None of it is a claim.  This module decides, line by line, what is the body.

The algorithm (no list of any one page's strings):

1. Cut the text into *units*: one line, or a hard-wrapped paragraph (lines
   that run on into the next).
2. Describe each unit by features: word count, terminal punctuation, list
   bullet, repeated elsewhere in the page, date, byline, contact details,
   web-interface words (share, login, subscribe, cookies, copyright...),
   breadcrumb or menu echo, and end markers (``###``, ``-30-``, "About ...",
   "Media Contact", "Related Posts", "Popular News", "References").
3. Classify: ``good`` (sentence-like prose), ``near`` (a short sentence),
   ``title`` (a title-like line), ``meta`` (dates, bylines, share rows,
   reading time: skipped, but they do not break the body), ``bad``
   (navigation, repeated or interface lines) and ``end`` markers.
4. The body is the run of units, starting at good prose, with the most prose
   words: a run stops at an end marker or at more than two consecutive bad
   units, and is trimmed after its last sentence.  The headline is the
   earliest title-like line just before the run (only meta lines between).
5. Units inside the body that are not prose or titles (a share row between
   paragraphs, a photo credit) are left out.

The result says, for every unit, whether it is body, and the zone it is in
(``pre``, ``body``, ``post``, ``related``), which the DOI discovery uses.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spin.text import line_bounds

Kind = str  # good | near | title | meta | bad | end | blank

_BULLET = re.compile(r"^\s*(?:[•·▪◦‣*+]|[-–—](?=\s))\s*")
_NUMBERED = re.compile(r"^\s*\(?\d{1,3}[.)]\s+")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,%]*")
_ALPHA_WORDS = re.compile(r"[^\W\d_]+")

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DATE = re.compile(
    rf"^(?:(?:published|posted|updated|released|date)\s*:?\s*)?(?:{_DAYS},?\s*)?"
    rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
    r"(?:\s*(?:[,|•·-]|at)?\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:by|written by|posted by|author:?)\s+\S|^\S+(?:\s+\S+)?\s+by\s+\S", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\[email[^\]]*protected\]", re.I)
_PHONE = re.compile(r"^\s*(?:tel\.?:?|phone:?|\+)?\s*[\d()+][\d\s().-]{6,}\d\s*$", re.I)
_URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)
_NUMERIC = re.compile(r"^[\W\d_]*$|^\d+\s+(?:shares?|comments?|views?|likes?)\b", re.I)

#: Web-interface vocabulary: buttons, menus, forms, banners.
_UI = re.compile(
    r"\b(?:share(?:\s+on|\s+this)?|tweet|pin it|whatsapp|linkedin|facebook|twitter|instagram|"
    r"reddit|telegram|log ?in|sign ?in|sign ?up|log ?out|register|subscribe|subscribers?|"
    r"newsletter|unsubscribe|follow us|cookies?|privacy (?:policy|settings|notice)|"
    r"terms (?:of|and) (?:use|service|conditions)|all rights reserved|copyright|©|"
    r"reading time|min(?:ute)?s? read|print(?:er[- ]friendly)?|e-?mail (?:this|a friend)|"
    r"view all|no results?|skip to (?:main )?content|advertisement|sponsored|"
    r"read more|load more|show more|see more|back to top|username|password|"
    r"accept all|reject all|manage (?:preferences|cookies)|search|menu|toggle navigation|"
    r"comments? \(\d+\)|leave a (?:reply|comment)|join the discussion|please login)\b",
    re.IGNORECASE,
)
#: Prose that is about the web page rather than the research.
_UI_PROSE = re.compile(
    r"\b(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing|clicking|using)|"
    r"your (?:browser|privacy|consent|email address|password|account)|"
    r"enter your (?:email|username)|receive notifications|subscribe to|"
    r"sign up for|log in to|login to|please (?:login|log in|enable javascript)|"
    r"all rights reserved|check our website|for more information,? (?:please )?visit)\b",
    re.IGNORECASE,
)

#: Lines that end the body: what follows is about the organisation, contacts,
#: other stories or references.
_END = re.compile(
    r"^\s*(?:#\s*#\s*#|#{3,}|-\s*30\s*-|\*\s*\*\s*\*|end(?: of release)?|"
    r"(?:media|press|news)\s+contacts?:?|contacts?:?|for (?:more information|further information|"
    r"media inquiries)\b.*|"
    r"about\s+(?!the\s+(?:study|research|trial|findings|paper|survey|data|work|method))"
    r"[^.!?]{0,80}|about:?|"
    r"(?:related|similar|recommended|more)\s*(?:posts?|stories|news|articles?|content|"
    r"links?|reading|research)?:?|"
    r"(?:popular|recent|latest|trending|top|most read|most viewed|editor'?s picks?)\s*"
    r"(?:news|posts?|stories|articles?)?:?|"
    r"(?:you (?:may|might) also (?:like|enjoy)|read (?:next|also)|see also|more from .*|"
    r"notes? (?:to|for) editors?:?|editor'?s? notes?:?|disclaimer:?.*|tags?:.*|"
    r"keywords?:.*|leave a (?:reply|comment)|comments?:?|further reading:?|"
    r"references:?|bibliography:?|sources:?))\s*$",
    re.IGNORECASE,
)
#: End markers after which DOIs are references to other work.
_RELATED = re.compile(
    r"^\s*(?:related|similar|recommended|popular|recent|latest|trending|top|most read|"
    r"more from|you (?:may|might) also|read (?:next|also)|see also|further reading|"
    r"references|bibliography|sources)\b",
    re.IGNORECASE,
)
#: Citation and credit lines: not claims, but they do not break the body.
_META_LINE = re.compile(
    r"^\s*(?:journal reference|reference|citation|cite this|paper|article|original "
    r"(?:article|paper|study|research)|study|published in|publication|doi|funding|"
    r"image|photo|picture|video|credit|caption|source|title|authors?|journal|"
    r"embargo(?:ed)?|contact|dateline|category|filed under|in)\s*[:|]",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"^\s*home\b|\s(?:>|»|›|/|\|)\s", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    """A line, or a hard-wrapped paragraph, of the text."""

    start: int
    end: int
    text: str
    kind: Kind = "blank"


@dataclass(frozen=True)
class Body:
    """What :func:`find_body` decided."""

    units: tuple[Unit, ...]
    #: indexes into ``units`` of the body (prose and titles), in order
    body: tuple[int, ...]
    #: index of the headline unit, or None
    headline: int | None
    #: per unit: "pre", "body", "post" or "related"
    zones: tuple[str, ...]

    def spans(self) -> list[tuple[int, int]]:
        return [(self.units[i].start, self.units[i].end) for i in self.body]

    def zone_at(self, offset: int) -> str:
        for u, z in zip(self.units, self.zones, strict=True):
            if u.start <= offset < u.end + 1:
                return z
        return "post"

    def headline_span(self) -> tuple[int, int] | None:
        if self.headline is None:
            return None
        u = self.units[self.headline]
        return u.start, u.end


# --------------------------------------------------------------------------- units


def _runs_on(line: str, nxt: str) -> bool:
    """``line`` is hard-wrapped into ``nxt`` (same paragraph)."""
    a, b = line.strip(), nxt.strip()
    if not a or not b or _BULLET.match(nxt) or _NUMBERED.match(nxt):
        return False
    if _TERMINAL.search(a) or a.endswith(":"):
        return False
    if len(a) < 45:
        return False
    return b[0].islower() or len(a) >= 60


def split_units(text: str) -> list[Unit]:
    """Lines, with hard-wrapped paragraphs joined into one unit."""
    lines = line_bounds(text)
    units: list[Unit] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        j = i
        while j + 1 < len(lines) and _runs_on(
            text[lines[j][0] : lines[j][1]], text[lines[j + 1][0] : lines[j + 1][1]]
        ):
            j += 1
        if j > i and not re.search(r"[.!?:…][\"'”’)\]]*\s*$", text[lines[j][0] : lines[j][1]]):
            j = i  # a wrapped paragraph ends a sentence; this was a run of short lines
        e = lines[j][1]
        units.append(Unit(s, e, text[s:e]))
        i = j + 1
    return units


# --------------------------------------------------------------------------- features


def _norm(line: str) -> str:
    return " ".join(_ALPHA_WORDS.findall(line.lower()))


def classify(units: list[Unit]) -> list[Unit]:
    """Give every unit its kind."""
    norms = [_norm(u.text) for u in units]
    counts = Counter(n for n in norms if n)
    # words that appear as short lines of their own (menu entries)
    menu_words: set[str] = set()
    for u, n in zip(units, norms, strict=True):
        w = n.split()
        if 0 < len(w) <= 2 and not _TERMINAL.search(u.text.strip()):
            menu_words.update(w)
    out: list[Unit] = []
    for u, n in zip(units, norms, strict=True):
        out.append(Unit(u.start, u.end, u.text, _kind(u.text, n, counts, menu_words)))
    return out


def _kind(raw: str, norm: str, counts: Counter[str], menu_words: set[str]) -> Kind:
    line = raw.strip()
    if not line:
        return "blank"
    if _END.match(line):
        return "end"
    words = _WORDS.findall(line)
    alpha = norm.split()
    n = len(words)
    terminal = bool(_TERMINAL.search(line))
    bullet = bool(_BULLET.match(raw))
    if _URL_ONLY.match(line) or _PHONE.match(line) or _NUMERIC.match(line):
        return "meta"
    if _EMAIL.search(line) and n <= 8:
        return "meta"
    if _DATE.match(line) or _META_LINE.match(line):
        return "meta"
    if _BYLINE.match(line) and n <= 8 and not terminal:
        return "meta"
    if _UI_PROSE.search(line):
        return "bad"
    ui_hits = len(_UI.findall(line))
    if ui_hits and (n <= 12 or ui_hits * 6 >= n):
        return "meta" if n <= 12 and not bullet else "bad"
    if bullet and not terminal:
        caps = sum(w[:1].isupper() for w in alpha)
        if n <= 3 or caps >= 0.7 * max(1, len(alpha)):
            return "bad"  # a menu entry or a list of headlines
        return "near"  # a list item of the release: "- pain fell by 20% in six weeks"
    letters = [c for c in line if c.isalpha()]
    shouting = bool(letters) and sum(c.isupper() for c in letters) > 0.7 * len(letters) and n > 1
    if shouting and n <= 8 and not terminal:
        return "meta"  # a label: "NEWS RELEASE 12-MAR-2024", "LAKESIDE INSTITUTE"
    if counts.get(norm, 0) >= 2 and n <= 8:
        return "bad"
    if (
        n >= 3
        and not terminal
        and (
            _BREADCRUMB.search(line)
            or (alpha and sum(w in menu_words for w in alpha) >= 0.8 * len(alpha))
        )
    ):
        return "bad"
    if terminal and n >= 8 and not shouting:
        return "good"
    if terminal and n >= 4 and not shouting:
        return "near"
    if 3 <= n <= 30 and not terminal and not bullet and not shouting:
        return "title"
    if line.startswith("#") and n >= 1:
        return "title"
    return "meta" if n <= 3 else "bad"


# --------------------------------------------------------------------------- body


def _prose_words(u: Unit) -> int:
    return len(_WORDS.findall(u.text)) if u.kind in ("good", "near") else 0


def find_body(text: str, *, max_bad_gap: int = 2) -> Body:
    """Decide which units of ``text`` are the release body."""
    units = classify(split_units(text))
    best: tuple[int, int, int] | None = None  # score, first, last
    i = 0
    n = len(units)
    while i < n:
        if units[i].kind != "good":
            i += 1
            continue
        first = last = i
        score = 0
        bad_run = 0
        j = i
        while j < n:
            k = units[j].kind
            if k == "end":
                break
            if k == "bad":
                bad_run += 1
                if bad_run > max_bad_gap:
                    break
            elif k != "blank" and k != "meta":
                bad_run = 0
            if k in ("good", "near"):
                last = j
                score += _prose_words(units[j])
            j += 1
        if best is None or score > best[0]:
            best = (score, first, last)
        i = max(j, i + 1)
    if best is None:
        # no sentence-like prose at all: keep the near sentences and titles
        keep = tuple(i for i, u in enumerate(units) if u.kind in ("near", "title"))
        headline = next((i for i in keep if units[i].kind == "title"), None)
        zones = tuple("body" if i in keep else "post" for i in range(n))
        return Body(tuple(units), keep, headline, zones)
    _, first, last = best
    # headline: the nearest title-like line before the body across meta lines
    # (dates, bylines, share rows); a title right above it (blank lines only
    # between) is the headline and the nearer one its standfirst.
    head: int | None = None
    back = first - 1
    seen = 0
    while back >= 0 and seen <= 15:
        kind = units[back].kind
        if kind == "title":
            head = back
            break
        if kind not in ("blank", "meta"):
            break
        seen += kind != "blank"
        back -= 1
    if head is None:
        # the page's very first line, right above the body: a headline in capitals
        # ("SUPERBUG CURE HOPE") or one that looks like a menu ("Home help for ...")
        f0 = next((i for i, u in enumerate(units) if u.kind != "blank"), first)
        line = units[f0].text.strip()
        if (
            f0 < first
            and all(u.kind == "blank" for u in units[f0 + 1 : first])
            and len(_WORDS.findall(line)) >= 2
            and not (_UI.search(line) or _DATE.match(line) or _URL_ONLY.match(line))
            and not (_EMAIL.search(line) or _BULLET.match(units[f0].text) or _END.match(line))
        ):
            head = f0
    if head is not None:
        above = head - 1
        while above >= 0 and units[above].kind == "blank":
            above -= 1
        if 0 <= above < head - 1 and units[above].kind == "title":
            head = above
        first = head
    body = tuple(
        i for i in range(first, last + 1) if units[i].kind in ("good", "near", "title") or i == head
    )
    if head is None and body and units[body[0]].kind == "title":
        head = body[0]
    zone_list: list[str] = []
    zone = "pre"
    for idx, u in enumerate(units):
        if idx == first:
            zone = "body"
        if idx == last + 1:
            zone = "post"
        if idx > last and u.kind == "end" and _RELATED.match(u.text):
            zone = "related"
        zone_list.append(zone)
    return Body(tuple(units), body, head, tuple(zone_list))
