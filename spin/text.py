"""Sentence splitting with exact character spans, quotes and speakers.

``split_spans(text)`` returns ``(start, end)`` offsets such that
``text[start:end]`` is a sentence with no surrounding white space (and no
leading list marker or Markdown ``#``).  It is robust to what science writing
is full of: abbreviations (et al., e.g., i.e., Fig., vs., Dr., M.D., Ph.D.),
initials ("Alan F. Schatzberg"), decimals, ``p < 0.05``, ``95% CI 1.2-3.4``,
"Washington, D.C., —", numbered and bulleted lists, and headings without final
punctuation (a heading line is a sentence of its own).

``find_quotes(text, spans)`` marks the sentences inside quotation marks and,
where the text says who, the speaker ("...," said Jane Smith; Smith said;
according to Smith; X notes, "...").

Everything here is pure and fast; no heavy imports.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# --------------------------------------------------------------------------- abbreviations


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


#: Abbreviations that (almost) never end a sentence: titles, references, "e.g.".
NEVER_FINAL = _words(
    """
    e.g i.e cf vs v ca approx dr drs mr mrs ms mx prof profs st fig figs eq eqs ref refs
    no nos vol vols pp sen rep gov gen col lt sgt capt rev hon mt ft dept univ est resp
    sp spp var cv ed eds tab chap sec ch op nr viz
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)

#: Abbreviations that may end a sentence: split after them only when the next
#: word is a typical sentence opener ("... in the U.S. The study ...").
MAY_BE_FINAL = _words(
    """
    al etc inc ltd co corp jr sr u.s u.k u.s.a u.n e.u ph.d m.d d.c n.y s.c d.o r.n
    m.p.h b.sc m.sc b.a m.a a.m p.m mon tue wed thu fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev n.h n.j n.m n.c n.d okla ore pa r.i s.d tenn tex vt va wash wis wyo
    """
)

#: Back-compat: everything that is an abbreviation.
ABBREVIATIONS = NEVER_FINAL | MAY_BE_FINAL

#: Words that typically open a sentence; after a MAY_BE_FINAL abbreviation or an
#: initial, one of these makes the period a sentence end.
SENTENCE_OPENERS = _words(
    """
    the this these those that it its we they he she i our their his her a an in on at
    for but however although though while when whereas after before during since as
    there here such one two three four five six seven eight nine ten both each all
    some many most several no not researchers scientists participants patients results
    findings study studies previous prior further future if because so yet and or also
    what why how who which then thus therefore moreover additionally meanwhile overall
    """
)

_TERMINATOR = re.compile(r"(?:[.!?]+|…)[\"'”’)\]]*(?=\s|$)")
_CLOSERS = "\"'”’)]"
#: a spaced ellipsis (". . .", as typeset in many PDFs): one mark, like "…"
_SPACED_ELLIPSIS = re.compile(r"\.(?:[ \u00a0]\.){2,}")
#: an ellipsis right after an opening quote or bracket marks an omission, not an end
_OPENERS = "\"'“‘(["
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*+•·▪◦‣–—][ \t]+|\(?\d{1,3}[.)][ \t]+|\(?[a-z][.)][ \t]+)")
_HEADING_MARKER = re.compile(r"[ \t]*#{1,6}[ \t]+")
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")


def _word_before(text: str, dot: int) -> tuple[str, int]:
    """The token ending at ``text[dot]`` (a period), lower-cased without dots, and its start."""
    j = dot
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "([\"'“‘—–/":
        j -= 1
    return text[j:dot].lower().strip("."), j


def _next_word(text: str, pos: int) -> tuple[str, int]:
    """The next token after ``pos`` (skipping spaces, opening quotes, brackets)."""
    n = len(text)
    k = pos
    while k < n and (text[k].isspace() or text[k] in "\"'“‘(["):
        k += 1
    m = _WORD.match(text, k)
    return (m.group(0) if m else ""), k


def _is_abbreviation_end(text: str, dot: int, after: int) -> bool:
    """True when the period at ``text[dot]`` does *not* end the sentence."""
    word, j = _word_before(text, dot)
    if not word:
        return False
    nxt, _ = _next_word(text, after)
    opener = nxt.lower() in SENTENCE_OPENERS and nxt[:1].isupper()
    if word in NEVER_FINAL:
        return True
    if word in MAY_BE_FINAL:
        return not opener
    # single capital initial: "A. Smith", "Alan F. Schatzberg"
    if len(word) == 1 and text[j].isupper():
        return not opener
    # other dotted acronyms ("U.S.A.", "a.k.a."), not a number ("(p > 0.7). Between")
    if "." in word and all(0 < len(p) <= 2 and p.isalpha() for p in word.split(".")):
        return not opener
    return False


def line_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text`` (split on ``\\n``, end excluding it)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _ends_terminal(line: str) -> bool:
    s = line.rstrip().rstrip(_CLOSERS)
    return bool(s) and s[-1] in ".!?:;,…"


def _is_heading_line(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """A line that is a heading: ``#`` Markdown, or a short title-like first line of a
    paragraph that runs straight into a longer line starting with a capital."""
    s, e = lines[i]
    line = text[s:e]
    if not line.strip():
        return False
    if _HEADING_MARKER.match(line):
        return True
    if i + 1 >= len(lines):
        return False
    ns, ne = lines[i + 1]
    nxt = text[ns:ne].strip()
    if not nxt:
        return False  # a blank line follows: the paragraph break already splits
    first_of_paragraph = i == 0 or not text[lines[i - 1][0] : lines[i - 1][1]].strip()
    words = line.split()
    return (
        first_of_paragraph
        and 0 < len(words) <= 14
        and not _ends_terminal(line)
        and (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in '"“')
        and len(line.strip()) < 0.8 * len(nxt)
        and not _LIST_MARKER.match(line)
    )


def _line_breaks(text: str) -> set[int]:
    """Offsets of line starts that begin a new sentence (list items, after headings)."""
    lines = line_bounds(text)
    breaks: set[int] = set()
    for i, (s, _e) in enumerate(lines):
        if i > 0 and _LIST_MARKER.match(text, s) and text[s:_e].strip():
            breaks.add(s)
        if _HEADING_MARKER.match(text, s) and text[s:_e].strip():
            breaks.add(s)
            if i + 1 < len(lines):
                breaks.add(lines[i + 1][0])
        elif _is_heading_line(text, lines, i):
            breaks.add(lines[i + 1][0])
    return breaks


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    # a leading list marker or Markdown heading marker is not part of the sentence
    line_start = text.rfind("\n", 0, s) + 1
    if not text[line_start:s].strip():
        m = _HEADING_MARKER.match(text, line_start) or _LIST_MARKER.match(text, line_start)
        if m and m.end() <= e and m.end() > s:
            s = m.end()
            while s < e and text[s].isspace():
                s += 1
    return s, e


def split_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; return trimmed ``(start, end)`` spans.

    Spans are in order, non-overlapping, never empty, and ``text[start:end]``
    has no leading or trailing white space.  A blank line always ends a
    sentence; so does a list item's line start and the end of a heading line.
    """
    n = len(text)
    cuts: set[int] = set(_line_breaks(text))
    for m in re.finditer(r"\n[ \t]*\n", text):
        cuts.add(m.end())
    # inside a spaced ellipsis only its last dot can end a sentence
    inner = {i for e in _SPACED_ELLIPSIS.finditer(text) for i in range(e.start(), e.end() - 1)}
    for m in _TERMINATOR.finditer(text):
        end = m.end()
        if m.start() in inner:
            continue
        term = m.group(0).rstrip(_CLOSERS)
        if term == "…" or (term == "." and m.start() > 0 and text[m.start() - 1] in " \u00a0"):
            # "“. . . I'm not" / "(… )": an omission at the start of a quote
            j = m.start() - 1
            while j >= 0 and text[j] in " \u00a0.":
                j -= 1
            if j < 0 or text[j] in _OPENERS or text[j] == "\n":
                continue
        _, k = _next_word(text, end)
        if term == "." and _is_abbreviation_end(text, m.start(), end):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _LIST_MARKER.fullmatch(text[line_start:end] + " "):
            continue  # "1. " opening a numbered list item
        # "...," said Smith / "Why?" asked Jones / "the results. and" (lower case);
        # "LAKESIDE, Ore. — Walking": a sentence does not start with a dash
        if k < n and (text[k].islower() or text[k] in "—–"):
            continue
        cuts.add(end)
    bounds = sorted(c for c in cuts if 0 < c < n)
    out: list[tuple[int, int]] = []
    prev = 0
    for c in [*bounds, n]:
        s, e = _trim(text, prev, c)
        if e > s:
            out.append((s, e))
        prev = c
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

    def span(self, start: int, end: int) -> tuple[int, int, int, int]:
        """``(line, column, end_line, end_column)`` of ``text[start:end]``; the end
        column is inclusive (the last character), as editors and SARIF count it."""
        line, col = self.position(start)
        end_line, end_col = self.position(max(start, end - 1))
        return line, col, end_line, end_col


def normalize_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --------------------------------------------------------------------------- quotes


@dataclass(frozen=True)
class QuoteInfo:
    """Quote flag and speaker of one sentence (parallel to the spans given)."""

    quote: bool
    speaker: str | None = None


SPEECH_VERBS = (
    "said|says|say|notes|noted|note|adds|added|add|explains|explained|explain|cautions|"
    "cautioned|caution|warns|warned|warn|states|stated|comments|commented|told|tells|"
    "remarks|remarked|suggests|suggested|emphasizes|emphasized|emphasises|emphasised|"
    "concludes|concluded|writes|wrote|observes|observed|argues|argued|believes|believed|"
    "continues|continued|asks|asked|explains|points out|pointed out|acknowledges|"
    "acknowledged|admits|admitted|stresses|stressed|insists|insisted|predicts|predicted|"
    "recalls|recalled|agrees|agreed|cautions|highlights|highlighted|thinks|hopes|hoped"
)
_VERB = rf"(?:{SPEECH_VERBS})"

_TITLE = r"(?:(?:Dr|Drs|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+)"
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_NAME_TOKEN = rf"(?:[{_UPPER}](?:[^\W\d_]|['’\-](?=[^\W\d_]))+|[{_UPPER}]\.(?:[{_UPPER}]\.)*)"
_PARTICLE = r"(?:van|von|de|der|da|di|le|la|del|bin|al-)?"
_NAME = rf"{_TITLE}?{_NAME_TOKEN}(?:\s+{_PARTICLE}\s*{_NAME_TOKEN}){{0,3}}"
_NAME_RE = re.compile(_NAME)
_PRONOUN = r"(?:he|she|they|He|She|They)"

_ORG_WORDS = _words(
    """
    university universities journal institute institutes center centre college hospital
    school department association society foundation council agency laboratory lab
    medical medicine health national american british european clinic clinical group
    company inc corporation press news times research science sciences academy trust
    network programme program office ministry administration service services
    psychiatry psychology the of and for in on at to with by from new study
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """
)
_DEGREES = re.compile(
    r",?\s*(?:M\.D\.|Ph\.D\.|MD|PhD|D\.O\.|M\.P\.H\.|MPH|R\.N\.|DPhil|FRCP)(?![A-Za-z])\.?"
)


def _clean_name(raw: str) -> str:
    name = re.sub(rf"^{_TITLE}", "", raw.strip())
    name = _DEGREES.sub("", name)
    return normalize_space(name).strip(" ,")


def _is_person(raw: str) -> bool:
    name = _clean_name(raw)
    tokens = name.split()
    if not tokens or len(tokens) > 4:
        return False
    if any(t.lower().strip(".") in _ORG_WORDS for t in tokens):
        return False
    if len(tokens) == 1 and len(tokens[0]) < 3:
        return False
    # at least one full word (not only initials), all capitalised
    return any(len(t.strip(".")) > 1 for t in tokens) and all(t[0].isupper() for t in tokens)


def _persons(text: str) -> list[tuple[str, int]]:
    """Person-like names in ``text`` with their offsets."""
    out = []
    # degrees ("M.D.", "Ph.D.") are not names: blank them, offsets kept
    text = _DEGREES.sub(lambda m: " " * len(m.group(0)), text)
    for m in _NAME_RE.finditer(text):
        raw = m.group(0)
        # a capitalised sentence opener ("In", "The") is not part of a name
        while True:
            first = raw.split(maxsplit=1)
            if len(first) == 2 and first[0].lower() in SENTENCE_OPENERS | _ORG_WORDS:
                raw = first[1]
                continue
            break
        if _is_person(raw):
            out.append((_clean_name(raw), m.start() + m.group(0).find(raw)))
    return out


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """``(open, close)`` offsets of quotations (curly or straight double quotes).

    An unclosed quotation ends at its paragraph's end (journalistic style)."""
    regions: list[tuple[int, int]] = []
    for para in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        ps, pe = para.span()
        open_at: int | None = None
        for i in range(ps, pe):
            ch = text[i]
            if ch == "“" or (ch == '"' and open_at is None):
                if open_at is None:
                    open_at = i
            elif (ch == "”" or ch == '"') and open_at is not None:
                regions.append((open_at, i + 1))
                open_at = None
        if open_at is not None:
            regions.append((open_at, pe))
    return regions


_TITLE_INTRO = re.compile(
    r"\b(?:paper|study|article|report|book|review|trial|titled|entitled|called|named|"
    r"headlined|dubbed)\s*,?\s*$",
    re.IGNORECASE,
)


def _is_real_quote(text: str, s: int, e: int) -> bool:
    """A quotation: not scare quotes around a term (at least five words, or a
    sentence), and not the title of a paper ("The paper, “...”, is published")."""
    inner = text[s + 1 : e - 1] if e - s >= 2 else ""
    if _TITLE_INTRO.search(text[max(0, s - 40) : s]):
        return False
    return len(inner.split()) >= 5 or bool(re.search(r"[.!?,]\s*$", inner))


def _speaker_after(text: str, close: int, limit: int) -> str | None:
    tail = text[close:limit]
    m = re.match(rf"\s*,?\s*(?:{_VERB})\s+(?:(?:the\s+)?(?:[a-z-]+\s+){{0,4}}?)?({_NAME})", tail)
    if m and _is_person(m.group(1)):
        return _clean_name(m.group(1))
    m = re.match(rf"\s*,?\s*({_NAME})\s*(?:,[^,\"”]{{0,80}},\s*)?(?:{_VERB})\b", tail)
    if m and _is_person(m.group(1)):
        return _clean_name(m.group(1))
    m = re.match(rf"\s*,?\s*({_PRONOUN})\s+(?:{_VERB})\b", tail)
    if m:
        return "<pronoun>"
    m = re.match(rf"\s*,?\s*according to\s+(?:[a-z-]+\s+){{0,4}}?({_NAME})", tail)
    if m and _is_person(m.group(1)):
        return _clean_name(m.group(1))
    return None


def _speaker_before(text: str, sent_start: int, open_: int) -> str | None:
    head = text[sent_start:open_]
    if re.search(rf"\b(?:{_VERB})\b(?:\s+that)?\s*[,:]?\s*$", head) or re.search(
        r"according to\s+[^,]{1,80},\s*$", head
    ):
        m = re.search(rf"according to\s+(?:[a-z-]+\s+){{0,4}}?({_NAME})", head)
        if m and _is_person(m.group(1)):
            return _clean_name(m.group(1))
        people = _persons(head)
        if people:
            return people[0][0]
        if re.match(rf"\s*{_PRONOUN}\b", head):
            return "<pronoun>"
    return None


def _resolve(name: str | None, known: list[str]) -> str | None:
    """Map a surname (or pronoun) to the full name mentioned earlier."""
    if name is None:
        return None
    if name == "<pronoun>":
        return known[-1] if known else None
    if " " not in name:
        for full in reversed(known):
            if full.split()[-1] == name:
                return full
    return name


def find_quotes(text: str, spans: list[tuple[int, int]]) -> list[QuoteInfo]:
    """Quote flag and speaker for each span of ``text`` (from :func:`split_spans`)."""
    regions = [r for r in _quote_regions(text) if _is_real_quote(text, *r)]
    infos: list[QuoteInfo] = [QuoteInfo(False) for _ in spans]
    if not spans:
        return infos
    starts = [s for s, _ in spans]
    known: list[str] = []
    last_person_end = 0
    region_speakers: dict[tuple[int, int], str | None] = {}
    prev: tuple[int, str | None] | None = None
    for open_, close in regions:
        # people named before this quote are candidates for surnames and pronouns
        for name, pos in _persons(text[last_person_end:open_]):
            if " " in name and name not in known:
                known.append(name)
            elif " " in name:
                known.remove(name)
                known.append(name)
            _ = pos
        last_person_end = open_
        i = max(0, bisect.bisect_right(starts, open_) - 1)
        sent_start = spans[i][0]
        para_end = text.find("\n\n", close)
        limit = min(close + 200, para_end if para_end >= 0 else len(text))
        raw = _speaker_after(text, close, limit) or _speaker_before(text, sent_start, open_)
        speaker = _resolve(raw, known)
        if speaker is None and prev is not None and prev[1] is not None:
            # an unattributed quote right after an attributed one continues it
            between = text[prev[0] : open_]
            others = [n for n, _ in _persons(between) if n.split()[-1] != prev[1].split()[-1]]
            if between.count("\n\n") <= 1 and not others:
                speaker = prev[1]
        prev = (close, speaker)
        if speaker and " " in speaker:
            # the last speaker is the most recent person: "..., she added" after a quote
            # of Lindqvist's is hers, whatever capitalised words came before that quote
            if speaker in known:
                known.remove(speaker)
            known.append(speaker)
        region_speakers[(open_, close)] = speaker
    for k, (s, e) in enumerate(spans):
        for (qs, qe), speaker in region_speakers.items():
            inside = min(e, qe) - max(s, qs)
            if inside > 0 and inside >= 0.3 * (e - s):
                infos[k] = QuoteInfo(True, speaker or infos[k].speaker)
                break
    return infos
