"""Claim features of sentences, and facts about the paper and the release.

``analyze(text)`` describes one sentence, release or paper alike: how strong a
relationship it states (from :mod:`spin.classify`), whether it is hedged,
boosted or negated, whom it is about (people, animals, cells, computer
models), what advice it gives and to whom, the numbers it quotes with their
units, its hype and novelty words, and whether it states a finding at all
(``is_claim``).  ``paper_facts(paper)`` and ``release_facts(doc)`` sum up the
two documents for the rules: the study design, sample size, population,
stated limitations, hedged conclusions and null results of the paper; what the
release says about design, sample size, species and limitations.

Everything here is pure and deterministic.  Word lists live in
``spin/data/lexicons`` (see SOURCES.md there for where each comes from).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from spin.model import Document, Paper, is_context_section, is_methods_section

__all__ = [
    "Features",
    "HypeWord",
    "PaperFacts",
    "Quantity",
    "ReleaseFacts",
    "age_floors",
    "analyze",
    "extract_numbers",
    "paper_facts",
    "release_facts",
    "without_attribution",
]

# --------------------------------------------------------------------------- lexicons


def _lexicon_lines(name: str) -> list[str]:
    text = resources.files("spin").joinpath(f"data/lexicons/{name}").read_text("utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _term_pattern(term: str) -> str:
    """A whole-word regex for a lexicon term; a trailing ``*`` matches any ending."""
    star = term.endswith("*")
    words = term.rstrip("*").split()
    # a straight apostrophe in a term matches a typographic one too ("can't", "can’t")
    body = r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in words)
    return r"(?<![\w-])" + body + (r"[\w-]*" if star else r"(?![\w-])")


#: characters that re.IGNORECASE matches to an ASCII letter although str.lower()
#: does not give that letter ("ſ" matches "s"); folded before tokenising
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_RUN = re.compile(r"[\w-]+")
_NEVER = re.compile(r"(?!)")


@lru_cache(maxsize=64)
def _tokens(text: str) -> frozenset[str]:
    """The lower-cased maximal runs of word characters and hyphens in ``text``."""
    return frozenset(_RUN.findall(text.translate(_FOLD).lower()))


class _Terms:
    """A lexicon's terms as one alternation (longest first), with a prefilter.

    A term can only match where its first word stands as a whole run of word
    characters and hyphens (or, for a one-word ``prefix*`` term, a run that starts
    with the prefix).  ``pattern_for(text)`` returns the alternation of only the
    terms whose first word occurs in ``text``, in the same order: terms that cannot
    match anywhere change no match, so the result is that of the full alternation,
    found much faster than by trying every term at every position.
    """

    def __init__(self, terms: Iterable[str]) -> None:
        self.terms: tuple[str, ...] = tuple(sorted(set(terms), key=len, reverse=True))
        self.pattern = re.compile("|".join(_term_pattern(t) for t in self.terms), re.I)
        self.exact: dict[str, list[int]] = {}
        self.star: dict[str, list[int]] = {}
        self.always: list[int] = []
        for i, term in enumerate(self.terms):
            words = term.rstrip("*").split()
            first = words[0].translate(_FOLD).lower() if words else ""
            if "'" in first:
                # "can't say": its first run is "can" ("can't" and "can’t" both start so)
                first = first.split("'")[0]
            if not first or not _RUN.fullmatch(first):
                self.always.append(i)
            elif term.endswith("*") and len(words) == 1:
                self.star.setdefault(first, []).append(i)
            else:
                self.exact.setdefault(first, []).append(i)
        self.star_lengths = sorted({len(p) for p in self.star})
        self._subsets: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._by_token: dict[str, tuple[int, ...]] = {}

    def _token_terms(self, tok: str) -> tuple[int, ...]:
        """The terms whose first word is ``tok`` or a prefix of it (memoised)."""
        hits = self._by_token.get(tok)
        if hits is None:
            found = list(self.exact.get(tok, ()))
            for n in self.star_lengths:
                found.extend(self.star.get(tok[:n], ()))
            hits = tuple(found)
            if len(self._by_token) > 65536:
                self._by_token.clear()
            self._by_token[tok] = hits
        return hits

    def candidates(self, text: str) -> tuple[int, ...]:
        """Indices (into ``terms``) of the terms that may match in ``text``."""
        found = set(self.always)
        for tok in _tokens(text):
            hits = self._by_token.get(tok)
            if hits is None:
                hits = self._token_terms(tok)
            if hits:
                found.update(hits)
        return tuple(sorted(found))

    def pattern_for(self, text: str) -> re.Pattern[str]:
        """An alternation equivalent to ``pattern`` on ``text``."""
        idx = self.candidates(text)
        if not idx:
            return _NEVER
        if len(idx) == len(self.terms):
            return self.pattern
        pattern = self._subsets.get(idx)
        if pattern is None:
            if len(self._subsets) > 4096:
                self._subsets.clear()
            pattern = re.compile("|".join(_term_pattern(self.terms[i]) for i in idx), re.I)
            self._subsets[idx] = pattern
        return pattern


@cache
def _hedges() -> _Terms:
    return _Terms(_lexicon_lines("hedges.txt"))


@cache
def _boosters() -> _Terms:
    return _Terms(_lexicon_lines("boosters.txt"))


@cache
def _hype() -> tuple[_Terms, dict[str, tuple[str, int, str]]]:
    rows = _lexicon_lines("hype.tsv")[1:]
    table: dict[str, tuple[str, int, str]] = {}
    for row in rows:
        word, category, level, source = row.split("\t")
        table[word.lower()] = (category, int(level), source)
    return _Terms(table), table


def _required_word(pattern: str) -> str | None:
    """A word every match of ``pattern`` contains, found conservatively: escapes,
    character classes, groups and optional characters are dropped first; None when
    the pattern has a top-level alternation or no word of four letters is left."""
    s = re.sub(r"\\.", " ", pattern)
    s = re.sub(r"\[[^\]]*\]", " ", s)
    while True:
        t = re.sub(r"\([^()]*\)", " ", s)
        if t == s:
            break
        s = t
    if "|" in s or "(" in s or ")" in s:
        return None
    s = re.sub(r".[?*]|.\{0", " ", s)
    words = re.findall(r"[A-Za-z]{4,}", s)
    return max(words, key=len).lower() if words else None


@cache
def _novelty() -> tuple[re.Pattern[str], tuple[str | None, ...]]:
    lines = _lexicon_lines("novelty.txt")
    pattern = re.compile("|".join(f"(?:{p})" for p in lines), re.I)
    return pattern, tuple(_required_word(p) for p in lines)


def _novelty_cues(text: str) -> tuple[str, ...]:
    pattern, required = _novelty()
    low = text.translate(_FOLD).lower()
    if all(w is not None and w not in low for w in required):
        return ()  # no pattern can match: each lacks a word it needs
    return _cues(pattern, text)


@cache
def _subjects() -> tuple[_Terms, list[tuple[re.Pattern[str], str, str, str]]]:
    rows = _lexicon_lines("subjects.tsv")[1:]
    table: list[tuple[re.Pattern[str], str, str, str]] = []
    for row in rows:
        parts = row.split("\t")
        term, kind = parts[0], parts[1]
        species = parts[2] if len(parts) > 2 else ""
        table.append((re.compile(_term_pattern(term), re.I), kind, species, term))
    return _Terms(r.split("\t")[0] for r in rows), table


@cache
def _limitations() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    out = []
    for row in _lexicon_lines("limitations.tsv")[1:]:
        kind, paper_cue, release_mention = row.split("\t")
        out.append((kind, re.compile(paper_cue, re.I), re.compile(release_mention, re.I)))
    return out


# --------------------------------------------------------------------------- numbers

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
_FRACTIONS = {
    "half": 50.0, "third": 100 / 3, "quarter": 25.0, "fourth": 25.0, "fifth": 20.0,
    "sixth": 100 / 6, "tenth": 10.0,
}  # fmt: skip
_ORDINAL_DENOM = {"thirds": 3, "quarters": 4, "fourths": 4, "fifths": 5, "tenths": 10}

_APPROX = (
    r"(?P<approx>almost|nearly|about|around|roughly|approximately|some|over|more than|"
    r"less than|fewer than|under|up to|at least|close to|just under|just over|just "
    r"|~|>|<|≥|≤)\s*"
)
_GROUP_NOUNS = (
    r"participants?|patients?|people|persons?|adults?|children|child|adolescents?|teenagers?|"
    r"women|men|individuals|volunteers|subjects|infants|babies|newborns|veterans|smokers|"
    r"students|mothers|girls|boys|pregnancies|births|cases|respondents|survivors|users|"
    r"mice|rats|animals|monkeys|macaques|dogs|beagles|cats|rabbits|sheep|cattle|cows|horses|"
    r"pigs|piglets|hamsters|ferrets|primates|chickens|zebrafish|flies|worms|"
    r"steers|heifers|bulls|calves|lambs|ewes|goats|hens|broilers|"
    r"physicians|doctors|nurses|households|families|twins|trials|studies|cohorts|"
    r"runners|athletes|players|workers|employees|residents|drivers|cyclists|pupils|teachers"
)
_RATIO_NAMES = (
    r"hazard ratios?|odds ratios?|risk ratios?|relative risks?|rate ratios?|incidence rate ratios?|"
    r"time ratios?|ratios? of (?:geometric )?means|relative incidences?|prevalence ratios?|"
    # a bare ratio with its interval: "(ratio 2.9, 95% CI 2.0 to 4.3"
    r"\(ratio|"
    r"(?-i:\bHR|\bOR|\bRR|\bIRR|\baHR|\baOR|\baRR|\bRIs?|\bPR|\bROR)"
)  # the abbreviations in capitals only: "or 12 months" is not an odds ratio
#: a ratio named earlier in the same sentence (no full stop since): its list goes on
_RATIO_UNITS = {"HAZARD": "HR", "ODDS": "OR", "RISK": "RR", "RELATIVE": "RR", "RATE": "RR",
                "INCIDENCE": "RR", "PREVALENCE": "PR", "(RATIO": "ratio"}  # fmt: skip
_WIDE_RATIO = re.compile(rf"(?:{_RATIO_NAMES})\b(?P<gap>[^\d;.]{{26,40}})$", re.I)
_NEAR_RATIO = re.compile(rf"(?:{_RATIO_NAMES})\b[^\d;.]{{0,40}}$", re.I)
#: a ratio given per an amount: "RR per 50 g/day 1.18", "HR per 10 µg/m³ 1.07"
_PER_AMOUNT_RATIO = re.compile(
    rf"(?:{_RATIO_NAMES})(?P<gap>\s+per\s+\d[\d.,]*\s*[^\s\d;.]{{1,12}}(?:\s+[a-z]+)?\s*)$",
    re.I,
)
_CI_NEXT = re.compile(r"\s*\((?:95\s*%\s*)?(?:CI|confidence|\d[\d.]*\s*(?:\u2013|-|to)\s*\d)", re.I)
_LISTED_RATIO = re.compile(rf"({_RATIO_NAMES})\b(?:[^.;]|\.\d)*$", re.I)
_LABEL_BEFORE = re.compile(
    r"\b(?:type|grade|stage|phase|class|level|step|wave|trial|covid|sars-cov|version|figure|"
    r"fig\.?|table|number|no\.?|chapter|section|appendix|day|week|month|year|page|vol\.?|"
    r"volume|issue|aged?|ages?|between|from|ring|chromosome|room|building)\s*[-‐]?\s*$",
    re.I,
)
_LOG_UNITS = re.compile(r"\s*log(?:10|₁₀)?(?:\s+units?)?\b", re.I)
_UNITS = (
    r"(?:nano|micro|milli|pico)moles?\s+per\s+lit(?:re|er)|nmol/l|pmol/l|µmol/l|umol/l|"
    r"(?:beats|breaths)\s+(?:per|a|each)\s+minute|bpm|"
    r"ng/g|ng/ml|pg/ml|µg/g|µg/l|mg/l|"
    r"(?:kilo|milli)?grams?|(?:milli)?lit(?:re|er)s?|(?:kilo|centi|milli)?met(?:re|er)s?|"
    r"mg/kg|mg/dl|mmol/l|µg|μg|mcg|mg|g/day|kg/m2|kg|g|ml|mL|l|mm\s?hg|mm³|mm3|cm³|cm3|cm|mm|km|m|"
    # (a micrometre, not a micromolar: "298 µm versus 262 µm")
    r"(?-i:[µμ]m)|micromet(?:re|er)s?|microns?|"
    r"years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|"
    r"points?|units?|calories|kcal|steps|cups?|drinks?|servings?|cigarettes|doses?"
)
_UNIT_NEXT = re.compile(rf"\s*(?:{_UNITS})\b", re.I)
_MASK = re.compile(
    r"https?://\S+|www\.\S+|\bdoi:\s*\S+|\b10\.\d{4,9}/\S+|\S+@\S+|"
    r"\b(?:\+?\d[\d ().-]{7,}\d)\b(?=\s*$)",
    re.I | re.M,
)
#: a duration of an hour or so in words: "an hour", "half an hour", "an hour and a half"
_HOUR_WORDS = re.compile(
    r"\b(?P<n>half an|an|one)\s+hour(?P<half>\s+and\s+a\s+half)?\b(?!\s*(?:or|to)\s+(?:two|more))",
    re.I,
)
#: a decade told as a span: "a full decade", "an entire decade"
_FULL_DECADE = re.compile(r"\b(?:a|an)\s+(?:full|whole|entire)\s+decade\b", re.I)
#: an age given in months: "72 months", "aged 24 to 72 months"
_IN_MONTHS = re.compile(r"\s*(?:months?|mo)\b", re.I)
_RANGE_IN_MONTHS = re.compile(r"\s*(?:-|\u2013|to)\s*\d{1,3}\s*(?:months?|mo)\b", re.I)
#: before the upper end of an age range: "aged 0–", "aged 15 to "
_AGE_RANGE_END = re.compile(r"\b(?:aged?|ages?)\s+\d{1,3}\s*(?:[-\u2013]|to)\s*$", re.I)
#: the second of two ages, in the same unit: "aged 22 months (old) or 3 months (young)"
_AGE_LIST_NEXT = re.compile(
    r"\b(?:aged?|ages?)\s+\d{1,3}\s+(?P<unit>months?|years?)(?:\s*\([a-z ]{1,20}\))?\s*"
    r"(?:,|or|and|versus|vs\.?)\s+$",
    re.I,
)
#: what every match of ``_MASK`` contains
_MASK_CUES = re.compile(r"[@\d]|www\.|http|doi")
#: what every match of ``_DATE`` contains
_YEAR_CUE = re.compile(r"\d{4}")
_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE = re.compile(
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}\b|"
    rf"\b(?:{_MONTHS})\.?\s+\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|"
    rf"\b(?:in|since|from|until|by|of|during|before|after|between|and|to)\s+(?:the\s+)?(?:19|20)\d\d(?:s)?"
    # a season or epidemic written "2015–16", "2022/23"
    rf"(?:\s*[-–/]\s*\d\d\b)?\b|"
    rf"\b(?:19|20)\d\d\s*(?:[-–]|to|and)\s*(?:19|20)\d\d\b|\b(?:19|20)\d\d\s*[-–/]\s*\d\d\b|"
    rf"\bin\s+(?:early|late|mid)[- ](?:19|20)\d\d\b",
    re.I,
)


@dataclass(frozen=True)
class Quantity:
    """A number in a sentence: its value, kind and unit, as written.

    ``kind`` is one of ``percent`` (also fractions such as "a fifth", in
    percent), ``count`` (of people, animals or things: ``unit`` is the noun),
    ``ratio`` (hazard/odds/risk ratios: ``unit`` is HR/OR/RR), ``multiplier``
    ("twice", "three times": a ratio), ``p_value``, ``ci`` (a confidence-interval
    bound), ``measure`` (a value with a unit: mg/kg, years, points) or
    ``number``.  ``relative`` is ``more`` or ``less`` when a percentage states
    a relative change, whichever side of the number the direction is written on
    ("26% more likely", "a fifth lower risk", "reduced falls by 23%", "a reduction
    of 23%"); ``change`` gives it as a signed percentage, comparable with a ratio's
    (RR 0.77 is a change of -23%).  ``approx`` is
    the approximating word ("almost", "more than") if any.
    """

    text: str
    value: float
    kind: str
    unit: str = ""
    approx: str | None = None
    relative: str | None = None
    start: int = 0
    end: int = 0
    worded: bool = False

    @property
    def change(self) -> float | None:
        """The relative change this quantity states, in percent, signed: -23 for
        "23% fewer", "reduced by 23%" and "RR 0.77"; +26 for "26% more likely" and
        "HR 1.26"; -50 for "halved"; +100 for "doubled" and "twice as likely".  None
        when it states no relative change (a plain percentage, a count, a p-value,
        a difference in percentage points)."""
        if self.kind == "percent" and self.relative and self.unit == "%":
            return self.value if self.relative == "more" else -self.value
        if self.kind in ("ratio", "multiplier") and self.value > 0:
            return (self.value - 1) * 100
        return None

    @property
    def display(self) -> str:
        """The number as written, with its unit when the unit follows it."""
        text = self.text.strip()
        if (
            self.kind == "measure"
            and not self.worded
            and self.unit not in ("age",)
            and (self.unit not in text)
        ):
            return f"{text} {self.unit}"
        return text


def _mask(text: str) -> str:
    """``text`` with URLs, DOIs, e-mail addresses and dates blanked (offsets kept)."""

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group(0))

    low = text.lower()
    if _MASK_CUES.search(low):  # "@", "www.", "http", "doi" or a digit: else nothing to blank
        text = _MASK.sub(blank, text)
        if _YEAR_CUE.search(text):  # every date has four digits in a row
            text = _DATE.sub(blank, text)
    return text


_NUM = re.compile(
    r"(?<![\w.,/])(?P<num>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<pct>\s*(?:%|percent\b|per cent\b|percentage[- ]points?\b))?"
    r"(?P<fold>-?\s*fold\b|\s*times\b|x\b)?"
)
_WORDNUM = re.compile(
    r"\b(?P<w>(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\u2010\u2011 ])?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|a dozen|dozen)(?:\s+(?:hundred|dozen))?)\b"
    r"(?P<rest>\s+(?:times\s+)?(?:in|out of)\s+(?:every\s+)?(?P<den>\d{1,3}(?:,\d{3})+|\w+)|"
    r"[\s\u2010\u2011-]+(?P<ord>thirds|quarters|fourths|fifths|tenths)"
    # ("Forty-eight yearling Angus steers": up to two words before the noun)
    # (not "three months after participants stopped": a time, not a count)
    r"|-?\s*fold\b|\s+times\b|(?:\s+(?:and|or)\s+\w+|"
    # (nor "Seventy percent of participants": a share)
    r"(?:\s+(?!(?:minutes?|hours?|days?|weeks?|months?|years?|after|before|percent|per)\b)"
    r"[\w-]+){1,2})?\s+(?:" + _GROUP_NOUNS + r")\b)?",
    re.I,
)
#: after "half": a median survival told in words ("half of the worms were still alive
#: at 21 days"; not "half had died", which can be a share)
_MEDIAN_TOLD = re.compile(
    r"(?:\s+of\s+(?:the\s+|them\b|these\s+)?(?:[\w-]+\s+){0,2}?)?\s*(?:were|was|are|is|had)\s+"
    r"(?:still\s+)?(?:alive|surviving)\s+(?:at|after|on|by)\b",
    re.I,
)
#: after "N times": how often ("three times a week", "twice per day")
_HOW_OFTEN = re.compile(
    r"\s+(?:a|per|each|every)\s+(?:day|week|fortnight|month|year|night|session)\b", re.I
)
#: a percentage in words: "Seventy-one percent", "twenty per cent"
_WORD_PERCENT = re.compile(r"\s*(?:percent|per cent)\b", re.I)
#: a difference in a unit after a number word: "two fewer days", "three extra weeks" (not a
#: duration: "two years" is when, not how much)
#: a difference in time after a number in words: "about four years later"
_WORD_LATER = re.compile(
    r"\s+(?P<u>years?|months?|weeks?|days?|hours?)\s+(?:later|earlier|longer|sooner|older|"
    r"younger)\b(?:\s+than\b)?",
    re.I,
)
_WORD_UNIT = re.compile(
    r"\s+(?:more|fewer|less|extra|additional)\s+"
    # words of what is counted between ("fewer migraine days"), not a rate ("calories a
    # day") nor another unit ("more calories")
    r"(?:(?!days?\b|weeks?\b|nights?\b|a\b|an\b|per\b|each\b|every\b|the\b|of\b|in\b|"
    r"calories\b|kcal\b|steps\b|cups?\b|drinks?\b|servings?\b|cigarettes\b|doses?\b)[a-z-]+\s+)"
    r"{0,2}?(?P<u>days?|weeks?|months?|years?|hours?|minutes?|kilograms?|kilos?|pounds|"
    r"points|nights?|sessions?|calories|kcal|steps)\b",
    re.I,
)
#: a difference per so many people: "18 extra quitters for every 100 smokers"
_EXTRA_PER = re.compile(
    r"(?:(?<![\d.,])(?P<a>\d{1,3}(?:\.\d+)?)|\b(?P<aw>one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty))\s+(?:extra|more|fewer|"
    r"additional|excess)\s+(?:[\w-]+\s+){0,5}?"
    # "for every 100 smokers"; "3.4 additional febrile seizures per 10,000 doses"
    r"(?:(?:for|in|among|per)\s+every|(?P<per>per))\s+(?P<b>\d{1,3}(?:,\d{3}){0,2})\b(?![.,]\d)|"
    # the paper's way: "an excess of 13 cases per 1,000 women"
    r"\b(?:excess|extra|additional)\s+(?:of\s+)?(?P<a2>\d{1,3})\s+(?:[\w-]+\s+){0,3}?per\s+"
    r"(?P<b2>\d{1,3}(?:,\d{3}){0,2})\b(?![.,]\d)",
    re.I,
)
#: the same with the denominator first: "for every 100 people living near the airports,
#: each additional 10 decibels ... came with about 10 extra cases"
_PER_EVERY_EXTRA = re.compile(
    r"\bfor\s+every\s+(?P<b>\d{1,3}(?:,\d{3})?)\s+(?:people|patients|adults|women|men|"
    r"children|participants|persons)\b[^.;]{0,140}?(?<![\d.,])(?P<a>\d{1,3})\s+(?:extra|more|"
    r"additional|fewer)\s+(?:[\w-]+\s+){0,2}?(?:cases|deaths|people|patients|diagnoses|events)\b",
    re.I,
)
#: a share written with digits: "18 in every 100 people", "1 in 5 adults"
_DIGITS_IN = re.compile(
    r"(?:(?<![\d.,])(?P<a>\d{1,3})\s+in\s+(?:every\s+)?(?P<b>\d{1,3}(?:,\d{3})?)\b(?![.,]\d)"
    # or "per" a round number: "about 1 to 2 per 1,000 newborns"
    r"|(?<![\d.,])(?P<a2>\d{1,3})\s+per\s+(?P<b2>1,?000|10,?000|100,?000)\b(?![.,]\d))"
    # not a time or an amount: "12 in 24 hours", "3 in 10 ml", nor a number before a share:
    # "remission at week 3 in 28%"
    r"(?!\s*(?:-\s*)?(?:(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|h|hrs?|min|"
    r"mg|g|kg|ml|l|mm|cm|m|km|µg|mcg|mmol|per\s*cent|percent)\b|%))"
)
#: a fraction told as a ratio: "a third as many", "half as likely"
_AS_MANY = re.compile(
    r"\s+as\s+(?:many|much|likely|often|high|large|great|long|big|common|frequent)\b", re.I
)
_FRACTION = re.compile(
    r"\b(?:a|one|about a|nearly a|almost a)\s*-?\s*"
    r"(?P<f>half|third|quarter|fourth|fifth|sixth|tenth)\b"
    r"|\b(?P<half>half)(?=\s+(?:of|the)\b)"
    # a change by half: "cut indoor fine-particle levels by nearly half"
    r"|(?:(?<=\bby )|(?<=\bby about )|(?<=\bby nearly )|(?<=\bby almost )|"
    r"(?<=\bby roughly )|(?<=\bby around )|(?<=\bby more than )|(?<=\bby over ))"
    r"(?P<byhalf>half)\b(?!\s+(?:an?|the)\b)",
    re.I,
)
#: a fraction of one unit: "a third of a kilogram", "half an hour"
_UNIT_WORDS = {"kilogram": "kg", "kilo": "kg", "litre": "l", "liter": "l", "gram": "g",
               "metre": "m", "meter": "m", "kilometre": "km", "kilometer": "km"}  # fmt: skip
_OF_A_UNIT = re.compile(
    r"\s+of\s+an?\s+(?P<u>percentage\s+point|kilogram|kilo|gram|litre|liter|metre|meter|"
    r"kilometre|kilometer|hour|day|week|month|year|point|degree|mile|cup|teaspoon|kg|g)\b",
    re.I,
)
#: a part of one thing, not of a group: "a fifth of a standard can" (not "a third of a
#: sample of 300")
_OF_A_THING = re.compile(
    r"\s+of\s+an?\s+(?!(?:group|sample|cohort|population|class|team|total|series|set|"
    r"panel|number|range|subset|fraction|share|proportion|percentage|majority)\b)"
    r"(?:[a-z-]+\s+)?(?!(?:group|sample|cohort|population|class|team|total|series|set|"
    r"panel|number|subset)\b)[a-z-]+\b(?!\s+of\b)",
    re.I,
)
#: a part of a stretch of time: "for half of each day", "a third of every week"
_OF_EACH_PERIOD = re.compile(
    r"\s+of\s+(?:each|every|the)\s+(?:day|night|week|month|year|hour|session)\b", re.I
)
#: a verb of repetition before "N times": "ran the model 1,000 times"
_RUN_VERBS = (
    r"\b(?:ran|run|runs|repeated|repeat|performed|simulated|resampled|iterated|measured|"
    r"tested|sampled)\b[^.;]{0,30}$"
)
_AND_A_HALF = re.compile(
    r"\b(?P<w>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+and\s+a\s+"
    r"half(?:\s+(?P<u>years?|months?|weeks?|days?|hours?|minutes?|times|points)\b)?",
    re.I,
)
_MULT = re.compile(
    # (not "twice" that ends a clause: "a field drought is never the same twice," is how
    # often, not a ratio)
    r"\b(?P<m>twice(?!\s*(?:[,.;:!?\"\u201d\u2019)]|$))|double[ds]?|doubling|triple[ds]?|"
    r"tripling|halved|halving|"
    # "less than half as likely": a ratio of 0.5
    r"half(?=\s+as\s+(?:likely|many|much|often|common|frequent|large|high|fast|long)\b))\b"
    # not how often: "twice-weekly", "twice a week", "twice daily"; not a design:
    # "double-blind", "triple-masked"
    r"(?![\s\u2010\u2011-]*(?:weekly|daily|monthly|yearly|nightly|blind|mask|dummy|reading|"
    r"readers?|check\w*|counting|"
    r"(?:a|per|each|every)\s+(?:day|week|month|year|night)))",
    re.I,
)


def _word_value(words: str) -> float | None:
    total = 0.0
    for w in re.split(r"[-\u2010\u2011 ]+", words.lower()):
        if w in ("a",):
            continue
        if w == "hundred":
            total = (total or 1) * 100
        elif w == "dozen":
            total = (total or 1) * 12  # "two dozen" is 24
        elif w in _WORD_NUMBERS:
            total += _WORD_NUMBERS[w]
        else:
            return None
    return total or None


def leading_count(text: str) -> float | None:
    """The first number of a quantity's text, in digits or a word ("roughly one extra
    bleed for every 100" -> 1.0)."""
    for tok in re.findall(r"\d+(?:\.\d+)?|[A-Za-z]+", text.replace(",", "")):
        if tok[0].isdigit():
            return float(tok)
        if tok.lower() in _WORD_NUMBERS:
            return float(_WORD_NUMBERS[tok.lower()])
    return None


def _approx_before(text: str, start: int) -> tuple[str | None, int]:
    m = re.search(_APPROX + r"$", text[max(0, start - 16) : start], re.I)
    if m:
        return m.group("approx").strip().lower(), start - (len(m.group(0)))
    # "about a 50 percent higher risk": the approximation before the article
    m = _APPROX_ARTICLE.search(text[max(0, start - 20) : start])
    if m:
        return m.group(1).lower(), start - len(m.group(0))
    return None, start


_APPROX_ARTICLE = re.compile(
    r"\b(about|around|roughly|approximately|nearly|almost)\s+an?\s+$", re.I
)


def _relative_after(text: str, end: int) -> str | None:
    after = text[end : end + 40].lower()
    if re.match(
        r"\s*(?:more likely|higher|greater|increased?|increase in|rise|raised|more|excess|"
        # (a size or speed: "about 12 percent shorter by day 21")
        r"elevated|longer|taller|heavier|bigger|larger|wider|thicker|faster)\b",
        after,
    ):
        return "more"
    if re.match(
        r"\s*(?:less likely|lower|fewer|reduced?|reduction|decrease[ds]?|drop|decline|less|"
        r"smaller|cut|fall|shorter|lighter|narrower|thinner|slower)\b",
        after,
    ):
        return "less"
    return None


#: a change word before a number, with the words between it and the number: "reduced
#: falls by 23%", "risk fell 23%", "a reduction in falls of 23%", "lower by 23%"
_CHANGE_LESS = (
    r"reduc(?:e|es|ed|ing|tion|tions)|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|"
    r"cut(?:s|ting)?|drop(?:s|ped|ping)?|fell|fallen|declin(?:e|es|ed|ing)|diminish(?:es|ed|ing)?|"
    r"shr(?:ank|unk|inks?)|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|less|fewer|smaller|"
    # "a fall of about 30 per cent" (the singular noun only: "falls" is an outcome)
    r"fall|"
    r"(?:drive[sn]?|drove|driving|push(?:es|ed|ing)?)\s+down"
)
_CHANGE_MORE = (
    r"increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|rose|ris(?:e|es|ing)|boost(?:s|ed|ing)?|"
    r"elevat(?:e|es|ed|ing)|grew|grow(?:s|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|"
    r"higher|greater|more|larger|enlarg(?:e|es|ed|ing)|"
    # "drives up the odds of having a low-birth-weight baby by about 18 percent"
    r"(?:drive[sn]?|drove|driving|push(?:es|ed|ing)?|bump(?:s|ed|ing)?)\s+up"
)
_CHANGE_WORD = re.compile(rf"\b(?:(?P<less>{_CHANGE_LESS})|(?P<more>{_CHANGE_MORE}))\b", re.I)
#: what may stand between the change word and the number: a few words, then "by"
#: ("reduced falls by"), or "of" after a noun ("a reduction in falls of"), or nothing
#: after a verb that takes the number directly ("fell 23%"); no punctuation but a comma
#: just before "by" ("rose only slightly, by around 1%"), so "increased, as reported by
#: 23% of users" states no change
_CHANGE_TAIL = re.compile(
    r"(?:(?P<by>(?:\s+[\w'-]+){0,8}?,?\s+by)|(?P<of>(?:\s+[\w'-]+){0,8}?\s+of))?\s*$", re.I
)
_CHANGE_NOUN = re.compile(
    r"reductions?|decreases?|declines?|drops?|cuts?|fall|increases?|rises?|jumps?|boosts?",
    re.I,
)
_CHANGE_BARE = re.compile(r"fell|dropped|declined|decreased|rose|increased|jumped|climbed", re.I)


#: a percentage of a list just before: "71% and " (of "increases of 71% and 112%")
_LISTED_AFTER = re.compile(
    # ("reductions of 38% (95% CI 29 to 46) and 71%")
    r"(?<![\d.])\d+(?:\.\d+)?\s*%\s*(?:\([^()]*\)\s*)?(?:,\s*|\s+and\s+|\s+or\s+)$"
)


def _relative_before(text: str, start: int) -> str | None:
    """``more`` or ``less`` when a change word before ``start`` governs the number
    there: "reduced falls by 23%", "falls fell 23%", "a reduction of 23%"."""
    window = text[max(0, start - 80) : start]
    listed = _LISTED_AFTER.search(window)
    if listed:
        # the second of a list of changes: "increases of 71% and 112%"
        return _relative_before(text, start - len(window) + listed.start())
    words = list(_CHANGE_WORD.finditer(window))
    if not words:
        return None
    m = words[-1]  # the change word nearest the number
    if _CHANGE_NOUN.fullmatch(m.group(0)) and re.fullmatch(
        r"\s*,\s*(?:about|around|roughly|nearly|almost|some|approximately)?\s*",
        window[m.end() :],
        re.I,
    ):
        # "a larger increase, about 15 percent": the change, in apposition
        return "less" if m.group("less") else "more"
    t = _CHANGE_TAIL.match(window, m.end())
    if not t:
        return None
    if t.group("of") and not _CHANGE_NOUN.fullmatch(m.group(0)):
        return None  # "fewer of", "more of": not a change
    if not t.group("by") and not t.group("of") and not _CHANGE_BARE.fullmatch(m.group(0)):
        return None  # "lower 23%": only some verbs take the number directly
    return "less" if m.group("less") else "more"


def _relative(text: str, start: int, end: int) -> str | None:
    """The direction of a percentage: stated before it ("reduced falls by 23%") or,
    failing that, after it ("23% fewer falls", "26% more likely")."""
    return _relative_before(text, start) or _relative_after(text, end)


#: a verb of saying after "one participant", "one nurse": a quote's speaker
_SPEAKER_VERB = re.compile(
    r"\s+(?:said|says|told|recalled|explained|described|added|noted|remembered|wrote|"
    r"put it|admitted|commented|reflected)\b",
    re.I,
)


def _unit_free_minus(text: str, start: int) -> bool:
    """Whether a minus sign stands alone before the number at ``start`` after a colon, a
    bracket or "versus" (": -24.9% versus -15.3% of TEE"): not a range's dash ("15-24.9%"),
    an interval's bound ("95% CI -12% to 30%") nor one of a list of changes."""
    return bool(
        re.search(
            r"(?:[:(]\s*|\b(?:versus|vs\.?)\s+)[-\u2212\u2013]$", text[max(0, start - 12) : start]
        )
    )


def extract_numbers(text: str) -> tuple[Quantity, ...]:
    """Numbers in ``text`` with their kind and unit (dates, URLs and DOIs skipped)."""
    masked = _mask(text)
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(q: Quantity) -> None:
        taken.append((q.start, q.end))
        out.append(q)

    # "seven and a half hours", "2 and a half years": a measure, not "a half"; "about six
    # and a half" (cases per 1,000 years): a number
    for m in _AND_A_HALF.finditer(masked) if " a half" in masked else ():
        whole = m.group("w")
        base = float(whole) if whole[0].isdigit() else _word_value(whole)
        if base is None:
            continue
        approx, s = _approx_before(masked, m.start())
        unit = (m.group("u") or "").lower()
        kind = "multiplier" if unit == "times" else "measure" if unit else "number"
        add(Quantity(text[s : m.end()], base + 0.5, kind, "x" if kind == "multiplier" else unit,
                     approx, None, s, m.end(), not whole[0].isdigit()))  # fmt: skip
    # "18 extra quitters for every 100 smokers": a difference, in percentage points
    low_masked = masked.lower()
    extra_per = "every" in masked or (
        "per" in masked and any(w in low_masked for w in ("excess", "extra", "additional"))
    )
    for m in _EXTRA_PER.finditer(masked) if extra_per else ():
        a = float(m.group("a") or m.group("a2") or _word_value(m.group("aw")) or 0)
        b = int((m.group("b") or m.group("b2")).replace(",", ""))
        if not 0 < a < b <= (100_000 if m.group("per") or m.group("b2") else 1000):
            continue
        if m.group("per") and (b < 100 or not re.search(r"\b(?:extra|additional|excess)\b",
                                                         m.group(0), re.I)):  # fmt: skip
            continue  # "two more sessions per 10 weeks", "41 fewer items per 1,000 adults":
            # a rate, not extra events among so many people
        approx, s = _approx_before(masked, m.start())
        add(Quantity(text[s : m.end()], 100 * a / b, "percent", "points", approx, None, s,
                     m.end()))  # fmt: skip
    for m in _PER_EVERY_EXTRA.finditer(masked) if "every" in masked else ():
        # "for every 100 people living near the airports, ... about 10 extra cases"
        b = int(m.group("b").replace(",", ""))
        a = int(m.group("a"))
        if not 0 < a < b <= 1000 or not free(m.start("a"), m.end()):
            continue
        approx, s = _approx_before(masked, m.start("a"))
        add(Quantity(text[s : m.end()], 100 * a / b, "percent", "points", approx, None, s,
                     m.end()))  # fmt: skip
    # "18 in every 100", "1 in 5": a share written with digits
    for m in _DIGITS_IN.finditer(masked) if " in " in masked or " per " in masked else ():
        a = int(m.group("a") or m.group("a2"))
        b = int((m.group("b") or m.group("b2")).replace(",", ""))
        if not 0 < a < b <= 1000:
            continue
        approx, s = _approx_before(masked, m.start())
        rel = _relative(masked, s, m.end())
        add(Quantity(text[s : m.end()], 100 * a / b, "percent", "%", approx, rel, s, m.end()))
    # fractions in words: "a fifth", "half of", "two thirds", "three in four"
    for m in _FRACTION.finditer(masked):
        if not free(m.start(), m.end()):
            continue
        if re.search(r"\b(?:before|until|till)\s+$", masked[: m.start()], re.I):
            continue  # "15 micromolar before half of them were lost": a threshold, not a share
        if m.group("byhalf") and re.search(
            r"\b(?:needed|required|enough|necessary|it\s+takes|took)\s+to\s+[^.;,]{0,60}$",
            masked[: m.start()],
            re.I,
        ):
            continue  # "The dose needed to cut the number of living cells by half": what a
            # dose is defined by (an IC50), not a result
        if m.group("half") and _MEDIAN_TOLD.match(masked, m.end()):
            continue  # "half of the worms were still alive at 21 days": a median survival
        of_unit = _OF_A_UNIT.match(masked, m.end())
        if of_unit is not None:
            # "about a third of a kilogram": an amount (0.33 kg), not a share
            f = m.group("f") or m.group("half") or m.group("byhalf")
            approx, s = _approx_before(masked, m.start())
            word = of_unit.group("u").lower()
            lead = re.match(r"(about|nearly|almost)\s", m.group(0), re.I)
            if approx is None and lead:
                approx = lead.group(1).lower()  # "about a third of": the word is the match's
            if word.startswith("percentage"):
                # "about a third of a percentage point": a difference of 0.33 points
                add(Quantity(text[s : of_unit.end()], _FRACTIONS[f.lower()] / 100, "percent",
                             "points", approx, None, s, of_unit.end(), True))  # fmt: skip
                continue
            unit = _UNIT_WORDS.get(word, word)
            add(Quantity(text[s : of_unit.end()], _FRACTIONS[f.lower()] / 100, "measure", unit,
                         approx, None, s, of_unit.end(), True))  # fmt: skip
            continue
        if _OF_A_THING.match(masked, m.end()) or _OF_EACH_PERIOD.match(masked, m.end()):
            continue  # "about a fifth of a standard can": a part of one thing, not a share
        f = m.group("f") or m.group("half") or m.group("byhalf")
        val = _FRACTIONS[f.lower()]
        approx, s = _approx_before(masked, m.start())
        lead = re.match(r"(about|nearly|almost)\s", m.group(0), re.I)
        if approx is None and lead:
            approx = lead.group(1).lower()  # "nearly a third": the word is the match's own
        times = _AS_MANY.match(masked, m.end())
        if times is not None:
            # "about a third as many low-grade cancers": a ratio of 0.33, not a share
            add(Quantity(text[s : times.end()], val / 100, "multiplier", "x", approx, None, s,
                         times.end(), True))  # fmt: skip
            continue
        rel = _relative(masked, s, m.end())
        add(Quantity(text[s : m.end()], val, "percent", "%", approx, rel, s, m.end(), True))
    if "decade" in masked:
        for m in _FULL_DECADE.finditer(masked):
            # "even after a full decade in which families were free to ...": ten years
            if free(m.start(), m.end()):
                add(Quantity(text[m.start() : m.end()], 10.0, "measure", "years", None, None,
                             m.start(), m.end(), True))  # fmt: skip
    if "hour" in masked:
        for m in _HOUR_WORDS.finditer(masked):
            if not free(m.start(), m.end()):
                continue
            # "nearly an hour more sleep", "more than half an hour": a duration in words
            minutes = (
                90.0 if m.group("half") else 30.0 if m.group("n").lower() == "half an" else 60.0
            )
            start = m.start()
            quarter = re.search(r"\b(a|one|three)[- ]quarters?\s+of\s+$", masked[:start], re.I)
            if quarter is not None and m.group("n").lower() == "an":
                # "roughly three-quarters of an hour": 45 minutes, not an hour
                minutes = 45.0 if quarter.group(1).lower() == "three" else 15.0
                start = quarter.start()
            approx, s = _approx_before(masked, start)
            add(Quantity(text[s : m.end()], minutes, "measure", "minutes", approx, None, s,
                         m.end(), True))  # fmt: skip
    for m in _MULT.finditer(masked):
        if not free(m.start(), m.end()):
            continue
        w = m.group("m").lower()
        val = 0.5 if w.startswith(("halv", "half")) else 3.0 if w.startswith("tripl") else 2.0
        approx, s = _approx_before(masked, m.start())  # "more than halved", "nearly doubled"
        add(Quantity(text[s : m.end()], val, "multiplier", "x", approx, None, s, m.end(), True))
    for m in _WORDNUM.finditer(masked):
        if not free(m.start(), m.end()):
            continue
        word_val = _word_value(m.group("w"))
        if word_val is None:
            continue
        val = word_val
        approx, s = _approx_before(masked, m.start())
        rest = (m.group("rest") or "").lower()
        if m.group("den"):
            den = _word_value(m.group("den")) or (
                float(m.group("den").replace(",", ""))
                if m.group("den").replace(",", "").isdigit()
                else None
            )
            if den:
                rel = _relative(masked, s, m.end())
                add(Quantity(text[s : m.end()], 100 * val / den, "percent", "%", approx, rel,
                             s, m.end(), True))  # fmt: skip
            continue
        if m.group("ord"):
            if _OF_A_UNIT.match(masked, m.end()):
                continue  # "roughly three-quarters of an hour": an amount of time
            den = _ORDINAL_DENOM[m.group("ord").lower()]
            rel = _relative(masked, s, m.end())
            add(Quantity(text[s : m.end()], 100 * val / den, "percent", "%", approx, rel,
                         s, m.end(), True))  # fmt: skip
            continue
        if "fold" in rest or "times" in rest:
            if _HOW_OFTEN.match(masked, m.end()):
                # "three times a week": how often, not how much more
                add(Quantity(text[s : m.end()], val, "number", "", approx, None, s, m.end(), True))
                continue
            add(Quantity(text[s : m.end()], val, "multiplier", "x", approx, None, s, m.end(), True))
            continue
        pct = _WORD_PERCENT.match(masked, m.end()) if not rest.strip() else None
        if pct is not None:
            # "Seventy-one percent of dog owners"
            end = pct.end()
            rel = _relative(masked, s, end)
            add(Quantity(text[s:end], val, "percent", "%", approx, rel, s, end, True))
            continue
        if rest.strip():
            noun = rest.split()[-1]
            if val == 1 and _SPEAKER_VERB.match(masked, m.end()):
                continue  # '"...," one participant said': who said it, not a count
            add(Quantity(text[s : m.end()], val, "count", noun, approx, None, s, m.end(), True))
            continue
        um = _WORD_UNIT.match(masked, m.end())
        if um is None and approx is not None:
            # "about four years later", "nearly three months longer": a difference in time
            # told in words (only with its approximation: "Two years later, ..." tells when)
            um = _WORD_LATER.match(masked, m.end())
        if um is not None:
            # "almost two fewer days of school", "three extra weeks": a difference in words
            end = um.end()
            add(Quantity(text[s:end], val, "measure", um.group("u").lower(), approx, None, s, end,
                         True))  # fmt: skip
        # bare number words ("one of the", "two groups") are not quantities worth checking
    for m in _NUM.finditer(masked):
        if not free(m.start(), m.end()):
            continue
        raw = m.group("num")
        try:
            val = float(raw.replace(",", ""))
        except ValueError:  # pragma: no cover - the regex only matches numbers
            continue
        before = masked[max(0, m.start() - 40) : m.start()]
        wide = masked[max(0, m.start() - 60) : m.start()]
        after = masked[m.end() : m.end() + 40]
        approx, s = _approx_before(masked, m.start())
        end = m.end()
        big = (
            _BIG.match(after)
            if "illion" in after[:10].lower()
            or "thousand" in after[:10].lower()
            or after[:1] == "M"
            else None
        )
        if big is not None:
            # "1.2 million adults", "19M": the count is 1,200,000
            val *= _BIG_FACTOR[(big.group(1) or big.group(2)).lower()]
            end += big.end()
            after = masked[end : end + 40]
        elif "illion" in after[:30]:
            shared = _BIG_RANGE.match(after)
            if shared is not None:
                # "0.81-2.09 billion": the first end is in billions too
                val *= _BIG_FACTOR[shared.group(1).lower()]
        listed = _AGE_LIST_NEXT.search(before)
        if (
            listed
            and not m.group("pct")
            and re.match(rf"\s*{listed.group('unit').rstrip('s')}s?\b", after, re.I)
        ):
            years = val / 12 if _IN_MONTHS.match(after) else val
            add(Quantity(text[s:end], years, "measure", "age", approx, None, s, end))
            continue
        if not m.group("pct") and _AGE_RANGE_END.search(before):
            # "children aged 0-14 years": the range's upper end is an age too (in years:
            # "aged 24 to 72 months" is 2 to 6)
            years = val / 12 if _IN_MONTHS.match(after) else val
            add(Quantity(text[s:end], years, "measure", "age", approx, None, s, end))
            continue
        if (
            _LABEL_BEFORE.search(before)
            and not m.group("pct")
            and not (
                re.search(r"(?:between|from)\s*$", before, re.I)
                and re.match(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{_GROUP_NOUNS})\b", after, re.I)
            )
            # "fell from 3.1 at baseline to 1.6": the start of a change, not a label
            and not (
                "." in m.group("num")
                and re.search(r"\bfrom\s*$", before, re.I)
                and re.match(r"[^;]{0,40}?\bto\s+(?:about\s+|around\s+)?\d", after, re.I)
            )
            # "odds ratio [OR] per additional cup per day 1.02": a ratio, not "day 1"
            and not _NEAR_RATIO.search(wide)
            and not _PER_AMOUNT_RATIO.search(wide)
        ):
            # "type 2", "phase 3", "aged 18" ... a label, not a quantity; ages are
            # measures, kept for comparison; "data from 62,497 people" is a count
            if re.search(r"\b(?:aged?|ages?)\s*$", before, re.I):
                months = _IN_MONTHS.match(after) or _RANGE_IN_MONTHS.match(after)
                years = val / 12 if months else val
                add(Quantity(text[s:end], years, "measure", "age", approx, None, s, end))
            continue
        if re.match(
            r"\s*%\s*(?:CI|UI|CrI|confidence|uncertainty|credible)",
            masked[m.start() + len(raw) : m.end() + 20],
        ) or (
            m.group("pct")
            and re.match(
                r"\s*(?:CI|UI|CrI|(?:confidence|uncertainty|credible) interval)", after, re.I
            )
        ):
            continue  # the "95" of "95% CI"
        if re.match(r"\s*(?:st|nd|rd|th)\b", after):
            continue  # ordinal
        if re.search(r"[A-Za-z]-?$", before):
            continue  # part of a name: "COVID-19", "CD4", "H1N1"
        if m.group("pct"):
            rel = _relative(masked, s, end)
            if rel is None and _unit_free_minus(masked, s):
                rel = "less"  # "-24.9% versus -15.3% of TEE": a shortfall, a change
            unit = "points" if "point" in m.group("pct") else "%"
            add(Quantity(text[s:end], val, "percent", unit, approx, rel, s, end))
            continue
        if m.group("fold"):
            if "times" in m.group("fold") and _HOW_OFTEN.match(masked, end):
                add(Quantity(text[s:end], val, "number", "", approx, None, s, end))
                continue  # "swam 3 times per week": how often
            if re.search(_RUN_VERBS, before, re.I) and "times" in m.group("fold"):
                add(Quantity(text[s:end], val, "number", "", approx, None, s, end))
                continue  # "ran the model 1,000 times": how often, not how much more
            if "fold" in m.group("fold") and re.match(
                r"\s*(?:stratified\s+)?(?:cross[- ]?validat|CV\b)", masked[end:], re.I
            ):
                add(Quantity(text[s:end], val, "number", "", approx, None, s, end))
                continue  # "10-fold cross-validation": a method, not a ratio
            add(Quantity(text[s:end], val, "multiplier", "x", approx, None, s, end))
            continue
        if re.search(r"\bp\s*(?:value)?\s*[<=>≤≥]\s*$", before, re.I):
            add(Quantity(text[s:end], val, "p_value", "p", approx, None, s, end))
            continue
        if re.search(r"(?:\b95\s*%\s*(?:CI|UI|CrI|(?:confidence|uncertainty|credible) interval)"
                     r"[\s,:=\]\[]*(?:CI\])?[\s,:=]*|\b(?:CI|UI|CrI)[\s,:=\]]*)"
                     # (either bound may be negative: "95% CI -0.4 to 3.6")
                     r"(?:[-−]?[$£€]?[\d,]+(?:\.\d+)?\s*(?:-|–|to|,)\s*)?[-−]?[$£€]?$", before,
                     re.I):  # fmt: skip
            add(Quantity(text[s:end], val, "ci", "", approx, None, s, end))
            continue
        rm = (
            re.search(rf"(?:{_RATIO_NAMES})\b(?P<gap>[^\d]{{0,25}})$", before, re.I)
            or (_PER_AMOUNT_RATIO.search(wide) if "per" in wide else None)
            or (
                # "odds ratio [OR] per additional cup per day 1.02"
                _WIDE_RATIO.search(wide)
                if ("atio" in wide or "OR" in wide or "risk" in wide) and "." in raw and val < 20
                else None
            )
        )
        if (
            rm
            and not re.search(r"[;.]", rm.group("gap"))
            # "RR at 28 g/day 0.80": the 28 is the dose, not the ratio
            and not _UNIT_NEXT.match(after)
        ):
            name = rm.group(0).strip().split()[0].upper()
            unit = _RATIO_UNITS.get(name, name.lstrip("A"))
            add(Quantity(text[s:end], val, "ratio", unit, approx, None, s, end))
            continue
        lm = (
            _LISTED_RATIO.search(masked[: m.start()])
            if _CI_NEXT.match(after)  # cheap test first: an interval follows the number
            else None
        )
        if lm:
            # "the adjusted OR was 0.98 (95% CI ...) for ..., 1.21 (95% CI ...) for ...":
            # the later values of a list of ratios
            named = lm.group(1).split()[0].upper()
            unit = _RATIO_UNITS.get(named, lm.group(1).upper().lstrip("A"))
            add(Quantity(text[s:end], val, "ratio", unit, approx, None, s, end))
            continue
        gm = re.match(rf"(?:\s+[\w-]+){{0,2}}?\s+({_GROUP_NOUNS})\b", after, re.I)
        if gm and val == int(val):
            # (not "6.4 per 1000 women screened": a rate, not a count of women)
            add(Quantity(text[s:end], val, "count", gm.group(1).lower(), approx, None, s, end))
            continue
        if big is not None:
            money = _CURRENCY_BEFORE.search(before) if before[-3:].strip()[-1:] in "$£€" else None
            if money is not None:  # "£3.6 billion"
                s = m.start() - len(money.group(0)) if approx is None else s
                add(Quantity(text[s:end], val, "measure", money.group(1), approx, None, s, end))
            else:
                add(Quantity(text[s:end], val, "number", "", approx, None, s, end))
            continue
        if re.search(r"\b(?:n|N)\s*=\s*$", before):
            add(Quantity(text[s:end], val, "count", "n", approx, None, s, end))
            continue
        lg = _LOG_UNITS.match(after) if "log" in after[:8].lower() else None
        if lg is not None:
            # "reduced by 2.3 log10 PFU/g": a 10^2.3-fold (200-fold) change
            add(Quantity(text[s:end], val, "measure", "log", approx, None, s, end))
            continue
        cur = _CURRENCY_BEFORE.search(before) if before[-3:].strip()[-1:] in "$£€" else None
        if cur is not None:
            # "$48,700 per QALY": an amount of money, compared with the paper's amounts
            if approx is None:  # "just under $49,000"
                approx, s = _approx_before(masked, m.start() - len(cur.group(0)))
                s = s if approx else m.start() - len(cur.group(0))
            add(Quantity(text[s:end], val, "measure", cur.group(1), approx, None, s, end))
            continue
        cm = _MOLAR.match(after) if "M" in after[:4] or "molar" in after[:14] else None
        if cm is not None:
            # "12.7 µM", "8 micromolar": a concentration ("µM" is not "µm", a length)
            unit = _MOLAR_UNITS.get(cm.group(1).lower(), cm.group(1).replace("μ", "µ"))
            add(Quantity(text[s:end], val, "measure", unit, approx, None, s, end))
            continue
        um = (
            re.match(rf"\s*({_UNITS})\b", after, re.I)
            or _HYPHEN_UNIT.match(after)
            or (
                _WORD_UNIT.match(after)
                if re.match(r"\s+(?:more|fewer|less|extra|add)", after)
                else None
            )
        )
        if um:
            unit = um.group(1).lower()
            if unit in ("mg", "milligram", "milligrams", "g", "gram", "grams") and _PER_KG.match(
                after, um.end()
            ):
                # "300 milligrams of sucralose per kilogram of body weight": a dose, mg/kg
                unit = "mg/kg" if unit.startswith("m") else "g/kg"
            elif unit in ("mg", "milligram", "milligrams") and _PER_LITRE.match(after, um.end()):
                unit = "mg/l"  # "0.91 milligrams per litre"
            add(Quantity(text[s:end], val, "measure", unit, approx, None, s, end))
            continue
        if 1800 <= val <= 2100 and raw.isdigit() and not approx:
            continue  # a year
        add(Quantity(text[s:end], val, "number", "", approx, None, s, end))
    out.sort(key=lambda q: q.start)
    if " or so" in masked or " once " in masked:
        # "about once in 400 years or so": approximate however it is said
        out = [
            replace(q, approx="about")
            if q.approx is None
            and q.kind in ("measure", "number", "count")
            and (
                re.match(r"\s+(?:\w+\s+)?or\s+(?:so|thereabouts)\b", masked[q.end :])
                or re.search(
                    r"\b(?:about|around|roughly)\s+once\s+(?:in|every)\s+$", masked[: q.start]
                )
            )
            else q
            for q in out
        ]
    return _ranges(text, out)


#: a concentration: "12.7 µM", "8 micromolar" (the symbols case-sensitive: "µm" and
#: "mm" are lengths)
_MOLAR = re.compile(r"\s*((?:[µμu]|n|p|m)M|(?i:(?:micro|nano|pico|milli)molar))\b")
_MOLAR_UNITS = {"micromolar": "µM", "nanomolar": "nM", "picomolar": "pM", "millimolar": "mM",
                "um": "µM"}  # fmt: skip
#: a unit joined to its number: "45-minute sessions", "a 12-week trial" (not "a 10-point
#: margin" or "a 5-point scale", which name a scale)
_HYPHEN_UNIT = re.compile(
    r"-((?:minute|hour|day|week|month|year|metre|meter|kilometre|kilometer|km|kg|mg|gram|"
    r"litre|liter|ml)s?)\b",
    re.I,
)
#: a large number in words after its digits: "1.2 million", "3 billion"
_BIG = re.compile(r"\s+((?i:million|billion|thousand))\b|(M)(?![\w-])")
_BIG_FACTOR = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "m": 1e6}
#: the first end of a range of large numbers: "0.81-2.09 billion"
_BIG_RANGE = re.compile(r"\s*(?:-|\u2013|to)\s*\d[\d.,]*\s+(million|billion)\b", re.I)
#: a concentration per litre after its unit: "0.91 milligrams per litre"
_PER_LITRE = re.compile(r"\s*(?:per|a|/)\s*(?:litre|liter|l)\b", re.I)
#: a dose per kilogram after its unit: " of sucralose per kilogram of body weight"
_PER_KG = re.compile(r"(?:\s+of\s+[\w-]+)?\s*(?:per|a|/)\s*(?:kilogram|kg)\b", re.I)
#: a currency sign before an amount: "$48,700", "US$ 12", "£380,000"
_CURRENCY_BEFORE = re.compile(r"([$£€])\s*$")


_RANGE_GAP = re.compile(r"\s*(?:and|to|-|–)\s*")


def _ranges(text: str, out: list[Quantity]) -> tuple[Quantity, ...]:
    """The two ends of a range share its unit and its approximation: "between roughly
    3.5 and 4.5 per cent" is roughly 3.5% to roughly 4.5%."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if b.kind != "percent" or a.kind not in ("number", "percent"):
            continue
        if not _RANGE_GAP.fullmatch(text, a.end, b.start):
            continue
        if a.kind == "number" and a.value <= b.value:
            out[i] = a = replace(a, kind="percent", unit=b.unit)
        if a.kind == "percent" and a.approx and not b.approx and not b.relative:
            out[i + 1] = replace(b, approx=a.approx)
    return tuple(out)


# --------------------------------------------------------------------------- sentence features

_NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|none|nothing|without|cannot|failed to|fail to|fails to|"
    r"unable to|lack of|absence of)\b|n't\b|\bnon-?significant",
    re.I,
)
_NOT_NEGATION = re.compile(
    r"\bnot only\b|\bno longer\b|\bno doubt\b|\bnot least\b|\bif not\b|\bnot just\b|"
    r"\bwhether or not\b|\bno more than\b|\bnot yet known\b|\bnot clear\b|\bnot known\b",
    re.I,
)
_NULL_RESULT = re.compile(
    r"\bno longer (?:statistically )?(?:significant|clear(?:-cut)?)\b|"
    # "improved markedly over 20 weeks, but so did children who ... received a sham"
    r"\bbut\s+so\s+(?:did|were|was|had|have|do)\b|"
    # "we could no longer detect a benefit from the straw"
    r"\b(?:could|can)\s+no\s+longer\s+(?:detect|find|see|show|measure)\s+(?:a|an|any)\s+"
    r"(?:\w+\s+)?(?:benefit|effect|difference|advantage|change)\b|"
    r"\bnot statistically (?:clear(?:-cut)?|reliable)\b|"
    # ("a text-message reminder had no clear effect")
    r"\bno (?:statistically )?(?:significant |meaningful |clinically |clear |detectable |"
    r"discernible |measurable |appreciable )?"
    r"(?:differences?|effects?|associations?|changes?|benefits?|improvements?|reductions?|"
    r"increases?|evidence|relationship|correlation|impact|links?)\b|"
    r"\b(?:did|does|do|was|were|is|are|had|has|have)\s+not\s+(?:significantly |statistically |"
    r"substantially |meaningfully )?(?:differ|reduce|improve|increase|change|affect|prevent|"
    r"predict|lower|alter|decrease|influence|significantly|statistically|associated|linked|"
    r"related|different|mediated|effective|superior|better|reach|prolong|extend|shorten|"
    r"slow|delay|protect|boost|raise|track|correlate|mirror)\w*|"
    # "led to more bleeding, without a significant reduction in cardiovascular disease"
    r"\bwithout (?:a |any )?(?:statistically )?(?:significant|meaningful|clear|detectable) "
    r"(?:reduction|difference|effect|benefit|change|improvement|increase|decrease)s?\b|"
    r"\bnon-?significant\b|\bnot (?:statistically )?significant\b|"
    # "failed to reduce", not "some had failed to maintain an exercise regimen"
    r"\bfail(?:ed|s)? to (?:significantly |statistically )?(?:reduce|improve|increase|"
    r"decrease|lower|raise|prevent|affect|alter|change|show|demonstrate|detect|find|reach|"
    r"achieve|predict|differ|influence|benefit|slow|delay|extend|shorten|protect|confirm|"
    r"replicate|support|produce|yield|outperform|beat|exceed)\w*|"
    r"\bsimilar (?:between|in both|across|among)\b|\bcomparable between\b|"
    # "about the same risk as women who had never taken it", "was also similar in five of
    # the six areas", "looks much the same as"
    r"\b(?:about|roughly|much|broadly|essentially) the same\b|"
    # "Infant mortality was close to identical"
    r"\b(?:close to|nearly|almost|virtually|essentially|practically|all but)\s+identical\b|"
    r"\b(?:was|were|is|are|looked|looks) (?:also |broadly |largely )?similar\b|"
    r"\b(?:was|were|is|are)\s+no\s+different\b|"
    r"\bwas not (?:observed|found|detected)\b|\bwere not (?:observed|found|detected)\b|"
    # "Men showed no such pattern", "none of the chemicals was linked to ..."
    r"\bno such (?:pattern|effect|link|association|difference|benefit|change|trend)\b|"
    r"\bnone of the [\w\s-]{1,40}? (?:was|were) (?:linked|associated|related|tied)\b|"
    # "the benefit ... was slightly smaller and could have been due to chance"
    # ("a single result crossing the line could be chance")
    r"\b(?:could|may|might) (?:well |also |easily |just )?(?:have been|be) (?:(?:due to|down to|"
    r"explained by) )?(?:pure |simple )?chance\b|"
    r"\b(?:could|may|might) (?:well |also |easily |just )?have arisen by chance\b|"
    # "We hoped to see a clear effect on growth, and we did not": the hope, denied
    r"\b(?:and|but),?\s+(?:we|it|they)\s+(?:did|does|do)(?:\s+not|n['\u2019]t)\s*"
    r"(?=[,.;:!?\"\u201d]|$)|"
    # "a difference small enough to be down to chance"
    r"\benough to (?:be|have been) (?:due to|down to|explained by) (?:pure |simple )?chance\b|"
    # "...; the gap between fully remote and on-site workers was not."
    r"\b(?:was|were|is|are)\s+not\s*[.!]?\s*$|"
    # "Growing up in the same household contributed little, if anything"; "we found little
    # evidence for shared family environment"
    r"\blittle,?\s+if\s+any(?:thing)?\b|\blittle (?:or no )?evidence (?:of|for)\b",
    re.I,
)
#: what every match of ``_NULL_RESULT`` contains
_NULL_CUES = ("no", "fail", "similar", "comparable", "same", "chance", "without", "n't", "n\u2019t",
              "little", "identical")  # fmt: skip
#: words one of which every match of ``_RESEARCH_ADVICE`` contains (in the lower-cased
#: sentence with its spaces made single)
_RESEARCH_CUES = ("research", "stud", "trial", "work", "investigat", "testing", "experiment",
                  "answer",
                  "analys", " be ", "warrant", "needed", "required", "before", "evaluation",
                  "validation", "confirmation", "need", "remain", "phase", "larger", "further",
                  "see", "worth", "tested", "evaluated", "assessed", "examined", "explored",
                  "piloted", "field", "science", "discover", "whether")  # fmt: skip


def _research_advice(text: str) -> bool:
    """Whether ``text`` calls for research (``_RESEARCH_ADVICE``), tried only when one of
    its words is there."""
    low = " ".join(text.lower().split())
    # (an opening that tells where a result was found is no call: "In further experiments,
    # DMC-7 also stopped the cells ...")
    text = _FOUND_IN_FURTHER.sub(" ", text)
    # (nor a wait named only as the time for something else: "until larger studies
    # report, family doctors could reasonably offer ivermectin")
    text = _UNTIL_STUDIES_REPORT.sub(" ", text) if "until" in low else text
    return any(w in low for w in _RESEARCH_CUES) and bool(_RESEARCH_ADVICE.search(text))


_UNTIL_STUDIES_REPORT = re.compile(
    r"\buntil\s+(?:larger|more|further|new|bigger)\s+(?:studies|trials|research|data)\s+"
    r"(?:report|are\s+(?:done|published|available|completed|in)|come\s+in)\b(?=\s*,\s*\w)",
    re.I,
)


_FOUND_IN_FURTHER = re.compile(
    r"^\W*in\s+(?:further|more|additional|new|larger)\s+(?:experiments|studies|analyses|tests|"
    r"trials),",
    re.I,
)


#: a participant's view, not a measured result: "believed it had made no difference"
#: (a qualitative study's finding about what people think)
_VIEW_BEFORE = re.compile(
    r"\b(?:believ(?:e|ed|es|ing)|felt|feels?|feeling|thought|thinks?|perceiv(?:e|ed|es)|"
    r"(?:were|was) convinced)\b[^.,;:!?]{0,60}$",
    re.I,
)


def _null_result(text: str) -> bool:
    """Whether the sentence reports no effect or no difference, other than as a
    participant's view."""
    low = text.lower()
    if not any(w in low for w in _NULL_CUES):
        return False
    return any(
        not _VIEW_BEFORE.search(text[: m.start()])
        and not (
            "similar" in m.group(0).lower() and _REPLICATED.match(text) and "(" in text[m.end() :]
        )
        for m in _NULL_RESULT.finditer(text)
    )


#: a result said to be like another, with its own figures: "Results for the highest versus
#: lowest quartile of plasma paraxanthine were similar (-66 g, 95% CI -110 to -22)": the
#: finding replicated, not a null result
_REPLICATED = re.compile(
    r"^\W*(?:the\s+)?(?:results|findings|estimates|associations|effects?)\b", re.I
)


_CLAIM_CUES = re.compile(
    r"\b(?:find|finds|found|show|shows|showed|shown|reveal\w*|demonstrat\w*|suggest\w*|"
    r"indicat\w*|conclud\w*|confirm\w*|prove\w*|discover\w*|identif\w*|report\w*|"
    r"caus\w*|lead to|leads to|led to|linked|tied|associated|association|correlat\w*|"
    r"predict\w*|reduc\w*|increas\w*|improv\w*|lower\w*|rais\w*|boost\w*|cut\w*|"
    r"block\w*|prevent\w*|protect\w*|halt\w*|slow\w*|stop\w*|revers\w*|cure\w*|treat(?:s|ed)?|"
    r"help\w*|benefit\w*|effective|efficac\w*|works?|worked|risk|likely|"
    r"higher|lower|greater|less|more|fewer|better|worse|faster|slower|"
    r"differ\w*|differences?|effects?|activat\w*|requires?|required|necessary|mediat\w*|"
    r"attenuat\w*|enhanc\w*|inhibit\w*|trigger\w*|drives?|driven|experienced|had|were|was|"
    # "For patients, that means the same dose ... would deliver about five times as much"
    r"means|deliver\w*)\b",
    re.I,
)
#: one option preferred to another: "participants also favoured a community pharmacy over
#: their GP practice" (a finding of a choice, and a comparison the paper may find null)
PREFERRED_OVER = r"(?:preferred|favou?red)\b[^.;]{0,60}?\bover"
_STRONG_CLAIM_CUES = re.compile(
    r"\b(?:find|finds|found|show|shows|showed|shown|reveal\w*|demonstrat\w*|conclud\w*|"
    r"confirm\w*|prove\w*|discover\w*|caus\w*|lead to|leads to|led to|linked|tied|associated|"
    r"correlat\w*|reduc\w*|increas\w*|improv\w*|lower\w*|boost\w*|block\w*|prevent\w*|"
    r"protect\w*|revers\w*|cure\w*|treat(?:s|ed)?|benefit\w*|effective|activat\w*|requires?|"
    r"necessary|mediat\w*|attenuat\w*|inhibit\w*|likely|risk|differences?|"
    r"halves|halved|doubles|doubled|restor\w*|sharpen\w*|repair\w*|slow\w*|extend\w*|"
    r"shrink\w*|kills?|killed|fights?|eas(?:es|ed)|relieve[sd]?|helped|helps|because|"
    r"lives? longer|surviv\w*|saves? lives|saved lives|"
    # "The same pattern ... is seen in children and teenagers"; "the researchers
    # calculated that a person eating ... swallows about six particles"
    r"(?:is|are|was|were)\s+(?:also\s+)?(?:seen|observed|found)\s+in|calculated\s+that|"
    # "The result means RhVN-22 is already capable of infecting people"
    r"capable of (?:infecting|spreading|causing|killing|transmitting)|"
    # "children in the cash villages were also taller for their age than children in the
    # comparison villages": one group against another
    r"(?:were|was|are|is|grew|became)\s+(?:also\s+|slightly\s+|significantly\s+|much\s+)?"
    r"(?:taller|heavier|lighter|fitter|healthier|stronger|weaker|leaner|thinner|fatter|sicker|"
    r"happier)\b[^.;]{0,60}?\bthan\b|" + PREFERRED_OVER + r"|"
    # a preference found: "participants also favoured a community pharmacy over their GP"
    r"(?:can|could) (?:infect|spread|transmit)\w*)\b",
    re.I,
)
_BACKGROUND = re.compile(
    r"^(?:(?:previous|prior|earlier|past|other|existing)\s+(?:research|studies|work|trials)|"
    # "Treatment lasted five days": how the study was run
    r"(?:the )?(?:treatment|dosing|follow-up|trial|study|experiment|intervention|programme|"
    r"course) (?:lasted|ran for|continued for)\b|"
    # "To find out, the team invited 24 healthy men ...": how the question was studied
    r"to (?:find out|test this|test that|answer (?:this|that|the question)|investigate|explore "
    r"this|see whether|get at (?:this|that|the question))\b|"
    r"it (?:has|had) (?:long )?been|historically|for (?:decades|years)|until now|"
    # "The STRIDE-HF study, published today in Heart Failure Reports, enrolled ..."
    r"(?:the )?(?:[\w-]+\s+)?(?:study|researchers|team|authors|trial|investigators)\s*"
    r"(?:,\s*published [^,]{0,80},\s*|\s)"
    r"(?:also\s+)?(?:aimed|looked at whether|set out|sought|wanted|investigated whether|"
    r"examined whether|probed whether|checked whether|tested whether|explored whether|"
    r"asked whether|hypothesi[sz]ed|recruited|enrolled|conducted|randomi[sz]ed|used|followed|"
    r"invited|scanned|surveyed|interviewed|tracked|monitored|"
    r"collected|analy[sz]ed data|measured|compared|will|plans? to|intends? to|hopes? to|"
    r"(?:is|are) (?:now )?planning to)|"
    # "Review weighs the hidden risks of ...", "New study explores ...": what the study
    # looked at, not what it found
    r"(?:(?:a|the|new|this)\s+)*(?:study|review|analysis|survey|report|research)\s+"
    r"(?:weighs|examines|explores|investigates|looks at|reviews|assesses|maps|considers|"
    r"asks)|"
    r"participants (?:received|were (?:randomi[sz]ed|given|assigned|asked))|"
    r"(?:the )?(?:aim|objective|purpose|goal) of|to (?:determine|assess|examine|investigate)|"
    r"background|objective|methods?)\b",
    re.I,
)
#: background, what a study set out to do, and what is known already, anywhere in a
#: sentence: each pattern is tried only when one of its words is in the sentence (each
#: word is part of every match of its pattern), since most sentences contain none of them
_BACKGROUND_ANYWHERE: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (words, re.compile(pattern, re.I))
    for words, pattern in (
        (("historically",), r"\bhistorically\b"),
        # "in earlier, smaller studies"
        (
            ("research", "studies", "work", "trials"),
            r"\b(?:previous|prior|earlier|past),? (?:[\w-]+,? )?(?:research|studies|work|trials)\b",
        ),
        (
            ("been",),
            r"\b(?:it )?(?:has|had) (?:long |generally |widely )?been (?:thought|believed|assumed|"
            r"known|suspected)\b|"
            # "it has been tied to breast cancer"
            r"\b(?:has|have) (?:also )?been (?:tied|linked|associated) (?:to|with)\b|"
            r"\b(?:has|have) been (?:(?:much |far )?less |not (?:entirely |yet )?)?(?:uncertain|"
            r"unclear|unknown|debated|clear|known)\b|"
            # "evidence from Europe on how such taxes change what families buy has been limited"
            r"\b(?:evidence|data|research)\b[^.;]{0,80}\b(?:has|have) been (?:limited|scarce|"
            r"sparse|lacking|mixed|inconsistent|conflicting)\b",
        ),
        (("was ",), r"\bwas (?:unknown|not known|unclear)\b"),
        (("known to",), r"\b(?:are|is) known to\b"),
        (
            ("aim", "sought", "set out", "wanted", "designed"),
            r"\b(?:aimed|aims|sought|set out|wanted|designed) (?:at|to)\b",
        ),
        (("hypothesi",), r"\bhypothesi[sz]ed\b"),
        # how a natural experiment assigned people: "because chance alone decided who got the
        # opportunity to enroll", "works much like a coin toss"
        (
            ("chance", "coin", "lottery"),
            r"\bchance\s+(?:alone\s+)?decided\b|\bdecided\s+by\s+(?:chance|lottery|a\s+coin)\b|"
            r"\blike\s+a\s+coin\s+(?:toss|flip)\b",
        ),
        # what the findings may be used for, not a finding: "Our results may help doctors
        # and women talk through treatment decisions in pregnancy"
        (
            ("help",),
            r"\b(?:results|findings|study|work|data)\s+(?:may|might|could|should|will|can)\s+"
            r"help\s+(?:[\w-]+\s+){0,4}?(?:talk|discuss|decide|make (?:better |more informed )?"
            r"decisions|weigh|plan|inform|counsel)\w*\b",
        ),
        # "In the study, half of the monkeys received the vaccine regimen": who got what,
        # the design (not "Half of the patients who received it improved")
        (
            ("received", "were given"),
            r"^\W*(?:in (?:the|this) (?:study|trial),\s*)?(?:half|one group|the other|each|both)"
            r"\b(?:(?!\bwho\b|\bthat\b|\bwhich\b)[^.;:]){0,40}?\b(?:received|were given)\b",
        ),
        (
            ("whether",),
            r"\blooked at whether\b|\bto (?:determine|test|find out|examine|assess) whether\b|"
            r"\b(?:has|have|had) (?:tested|examined|investigated|assessed|explored|asked) "
            r"whether\b",
        ),
        (
            ("studies", "research", "trials"),
            r"^(?:\w+\s+){0,2}(?:studies|research|trials) (?:have|has) (?:long |previously |"
            r"already )?(?:linked|shown|found|suggested|tied|associated)\b",
        ),
        (
            ("have ",),
            r"\bhave long (?:been )?linked\b|\bhave (?:long )?(?:suspected|thought|believed|"
            r"assumed)\b",
        ),
        # "the drug had already shown activity in cells"
        (("had ",), r"\bhad (?:already|previously) (?:shown|been shown|been found)\b"),
        (
            ("remain", "still", "not yet"),
            r"\b(?:remains?|is still|are still|is not yet|are not yet) (?:unclear|unknown|"
            r"uncertain|known|clear)\b",
        ),
        # "Fluoride is added to drinking water in many countries to help prevent tooth decay"
        (
            ("added", "used", "given", "prescribed"),
            r"\b(?:is|are)\s+(?:routinely\s+|widely\s+)?(?:added|used|given|prescribed)\s+"
            r"(?:to|in|for)\s+[^.;]{0,60}?\bto\s+(?:help\s+)?(?:prevent|reduce|treat|protect|"
            r"control)\b",
        ),
        # "They break down extremely slowly": what a substance is, not a finding
        (("down",), r"\bbreaks?\s+down\s+(?:\w+\s+)?slowly\b"),
        # "The analysis stopped in February 2020, before COVID-19 restrictions began": when
        # the study ran, not what it found
        (
            ("stopped", "ended", "finished", "closed", "ran ", "began", "started"),
            r"^\W*(?:the\s+)?(?:analysis|study|trial|follow-up|data collection|recruitment|"
            r"survey|observation period)\s+(?:stopped|ended|finished|closed|ran until|ran to|"
            r"began|started)\s+(?:in|on|at|before|after)\b",
        ),
        # "The next step is to work out how to help more people stay with the programme"
        (("next step",), r"\b(?:the )?next steps? (?:is|are|will be|would be) to\b"),
        # "Governments are increasingly turning to taxes on sugary drinks"
        (
            ("increasingly",),
            r"\b(?:are|is) increasingly (?:turning|using|adopting|introducing|popular|common)\b",
        ),
        # plans: "a primary goal for future updates"
        (
            ("future",),
            r"\b(?:goals?|aims?|plans?) (?:for|in) future\b|"
            r"\b(?:in|for) future (?:updates|releases|versions)\b",
        ),
        # the burden of a disease, told in the present tense ("Lung cancer kills more
        # people than any other cancer"; "is the second most common neurodegenerative
        # disorder")
        (
            ("kill",),
            r"\bkills?\s+more\s+(?:people|patients|women|men|children|adults)\s+than\b",
        ),
        (
            ("cause",),
            r"\bcauses?\s+(?:most|many|more|the majority of|about \w+ of)\s+(?:\w+\s+)?"
            r"(?:deaths|cases)\b",
        ),
        (
            ("leading", "common", "deadliest", "biggest", "frequent"),
            r"\b(?:is|are|remains?)\s+(?:the|an?|one of the)\s+(?:(?:second|third|fourth)\s+)?"
            r"(?:leading|most common|commonest|deadliest|biggest|most frequent)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:reasons? (?:for|why|that|pupils|people|children|patients)|"
            r"causes? of (?:death|disability|blindness|dementia)|killers?|cancers?|diseases?|"
            r"disorders?|conditions?|illness(?:es)?|infections?)\b",
        ),
        # how a method works ("this kind of study is less affected by ..."): methods, not
        # findings
        (
            ("kind of", "type of", "sort of"),
            r"\b(?:this|that|the|such a) (?:kind|type|sort) of (?:study|research|analysis|"
            r"design)\b",
        ),
        (
            ("called", "known as"),
            r"\b(?:a|this) (?:method|technique|approach) (?:called|known as)\b",
        ),
    )
)


def _background_anywhere(text: str) -> bool:
    """Whether ``text`` is background anywhere in it (``_BACKGROUND_ANYWHERE``)."""
    low = text.lower()
    return any(
        any(w in low for w in words) and pattern.search(text)
        for words, pattern in _BACKGROUND_ANYWHERE
    )


#: a study's design told anywhere in a sentence that states no relation ("180 adults
#: ... were randomly assigned to ...", "the researchers held in-depth interviews with
#: 32 carers"): methods, not a finding, even with numbers in it
_DESIGN_ONLY = re.compile(
    r"\bwere (?:randomly |then )?(?:assigned|allocated|randomi[sz]ed|recruited|enrolled|"
    r"interviewed|surveyed)\b|"
    r"\b(?:held|conducted|carried out|ran)\s+(?:[\w-]+\s+){0,2}(?:interviews|focus groups|"
    r"surveys?|questionnaires?)\b",
    re.I,
)
#: the methods a study used: "the team combined several methods: exit interviews, ..."
_METHODS_USED = re.compile(
    r"\b(?:team|researchers|authors|investigators|we|they)\s+(?:\w+\s+)?(?:combined|used|"
    r"employed|drew on|relied on|applied)\s+(?:\w+\s+){0,3}?(?:methods|approaches|techniques|"
    r"data sources|sources of data)\b(?!\s+(?:to|that)\s+(?:show|find|reveal|prove))|"
    # a model's assumptions and workings: "The model assumed that the tax would be passed
    # on", "changes in intake were converted into changes in body mass index"
    r"\b(?:model|simulation|analysis|researchers|team|authors|we)\s+(?:also\s+)?assum(?:ed|es)\b|"
    # how a Mendelian randomisation works: "treats genetic variants ... as a natural
    # experiment"; its instruments: "identified 14 genetic variants"
    r"\bas a natural experiment\b|"
    r"\b(?:identified|selected|used|chose)\s+[\d,]+\s+(?:\w+\s+){0,2}?(?:variants|SNPs|"
    r"polymorphisms|genetic markers)\b|"
    r"\bwere (?:converted|translated) into\b",
    re.I,
)
#: a caveat on the finding ("cannot prove that X causes Y", "results in cells, not in
#: people"): it limits a claim rather than making one
_CAVEAT = re.compile(
    r"\b(?:cannot|can ?not|can't|could not) say (?:whether|if|that)\b|"
    # "We don't yet know how the bacterium protects the frogs": what is not known
    r"\b(?:we|they|researchers|scientists)\s+(?:still\s+)?(?:don['\u2019]t|do not)\s+(?:yet\s+)?"
    r"know\s+(?:how|why|whether|what|if|which)\b|"
    r"\b(?:cannot|can ?not|can't|could not|does(?:n't| not)|did(?:n't| not)) (?:by itself |on its "
    r"own |alone )?(?:prove|show|establish|tell us|tell|determine|mean)\b(?! (?:that )?(?:a |an |"
    r"any )?(?:significant|meaningful|clear|clinically|benefit|effect|difference))|"
    r"\bnot (?:yet )?(?:in|on) (?:people|humans|patients)\b|"
    r"\b(?:this|it) is (?:only )?an association\b|"
    # "What we see is an association."
    r"\bwhat (?:we|they|the (?:team|researchers)) (?:see|saw|found|find|have) (?:is|was) "
    r"(?:only |just |simply )?an? (?:association|correlation|link)\b|"
    r"\bnot (?:a |proof of )?(?:cause and effect|"
    r"causation)\b|"
    # "a modest signal, not a cure", "a promising lead, not a treatment": a caveat
    r"\bnot (?:yet )?(?:a|an) (?:cure|breakthrough|treatment|miracle|magic bullet|game[- ]changer|"
    r"proof)\b|\b(?:is|are) (?:no|not) (?:cure|miracle|magic bullet)\b|"
    # "that kind of selection could hide real harm": a limit on the finding
    r"\b(?:could|may|might) (?:have )?(?:hide|hidden|mask|masked|bias|biased|inflate|inflated|"
    r"exaggerate|underestimate|overestimate)\b|"
    # "the results may not apply to people living in care homes": a limit on the finding
    r"\b(?:may|might|do|does|did|will) not (?:apply|generali[sz]e|hold|extend|be generali[sz]able)"
    r"\b",
    re.I,
)
#: "The Bowmont Trauma Research Unit studies ways to ...": about the institution, in a
#: sentence of its own (a whole "About" paragraph is dropped by spin.boilerplate)
_ABOUT_ORG = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w&'-]*\s+){1,6}(?:Unit|Institute|Institution|Centre|Center|"
    r"Foundation|Department|Laboratory|Lab|School|College|University|Trust|Network|Group|"
    r"Programme|Program|Council|Society|Charity|Hospital)(?:\s+(?:for|of)\s+(?:[A-Z][\w&'-]*"
    r"\s*){1,6})?\s+(?:studies|works|conducts|focuses|aims|is|has|brings|supports|funds|"
    r"leads|runs|carries out|specializes|specialises|seeks|exists|provides)\b"
)
_ATTRIBUTION_ONLY = re.compile(
    r"^(?:[A-Z][\w.'-]*\s+){1,4}(?:said|says|added|explained|noted|commented)\.?$|"
    r"\b(?:media contact|for more information|press release|"
    r"(?:is|are|was|were|has been|have been|will be) (?:published|available|reported) "
    r"(?:online |today |this week )?(?:in|at)\b|"
    r"appears? in the journal|funded by|supported by (?:a )?grants?|copyright)\b",
    re.I,
)
#: the attribution after a quote: '"...," said Dr. Caldwell, who led the work.' or
#: '"..." Caldwell said.' (the speaker is kept on the sentence; its words are not a claim)
_ATTRIBUTION_TAIL = re.compile(
    r"(?<=[,.!?][\"\u201d])\s+(?:(?:said|says|added|adds|explained|explains|noted|notes|"
    r"commented|comments|according to)\b|(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?"
    r"(?:[A-Z][\w.'-]*\s+){0,4}[A-Z][\w.'-]*\s+(?:said|says|added|adds|explained|explains|"
    r"noted|notes|commented)\b)[^\"\u201c\u201d]*$"
)


def without_attribution(text: str) -> str:
    """A quoted sentence without its attribution ('"...," said X, who led the work.'
    gives the quote); other text unchanged."""
    m = _ATTRIBUTION_TAIL.search(text)
    return text[: m.start()] if m and m.start() >= 20 else text


_RESEARCH_ADVICE = re.compile(
    r"\b(?:further|more|future|larger|additional|new) (?:research|studies|study|"
    r"trials?|work|investigations?|testing|experiments|analyses)\b"
    # (not studies that were done: "larger trials showed much the same benefit", "a new
    # study has found")
    r"(?!\s+(?:has\s+|have\s+|had\s+)?(?:showed|shown|found|reported|had|gave|given|produced|"
    r"yielded|suggested)\b)|"
    r"\b(?:(?:needs?|has|have|will need|would need|still needs?) to|should(?: also)?) be "
    r"(?:further |independently |rigorously |carefully )?"
    r"(?:replicated|confirmed|studied|investigated|tested|compared|evaluated|assessed|examined|"
    r"explored|validated|trialled|trialed|followed up|repeated|established|shown|proven|proved|"
    r"monitored)\b|"
    r"\bwarrant\w*\b|\b(?:trials?|studies|research|evidence) "
    r"(?:is|are|will be|would be)(?: still| also)? (?:needed|required)\b|"
    # "recommend that strategies to improve engagement be tested before ..."
    r"\bthat\s+(?:[\w-]+\s+){1,6}?be\s+(?:further\s+|first\s+)?(?:tested|evaluated|studied|"
    r"investigated|assessed|examined|trialled|trialed|explored|piloted)\b|"
    r"\bbefore any\b[^.]*\brecommend|"
    # "prospective evaluation in clinical practice is needed before the tool can be
    # recommended for routine use"
    r"\b(?:evaluation|validation|testing|confirmation)\b(?:\s+[\w-]+){0,4}?\s+(?:is|are)\s+"
    r"(?:needed|required)\b|\bbefore (?:it|they|the [\w-]+|[\w-]+) (?:can|could) be recommended\b|"
    # "3 sigma is a hint, not a discovery"; "What we can't say yet is whether ..."
    r"\bnot\s+(?:yet\s+)?a\s+discovery\b|"
    r"\b(?:can['\u2019]t|cannot|can\s+not)\s+(?:yet\s+)?say\s+(?:yet\s+)?(?:is\s+)?whether\b|"
    # "We see them as leads for the next round of laboratory work"
    r"\b(?:leads?|starting points?|candidates?)\s+for\s+(?:the\s+)?(?:next|further|future)\s+"
    r"(?:round\s+of\s+)?(?:laboratory\s+|lab\s+)?(?:work|research|studies|experiments|testing)\b|"
    # "We need to keep studying how long protection lasts"
    r"\bneed to (?:keep|continue) (?:studying|testing|following|tracking|watching|monitoring)\b|"
    r"\bneed to (?:find out|know|test|see|learn|understand|confirm|establish|study|answer|"
    # "exactly the kind of signal we need to follow over a longer period"
    r"follow|monitor|track|watch|"
    r"work out)\b|"
    # "Longer-term studies are the way to find that out"
    r"\b(?:studies|trials|research|experiments)\s+(?:are|is|will be|would be)\s+(?:the|a)\s+"
    r"(?:only\s+|best\s+)?way\s+to\b|"
    # "the priority now is research into causes"
    r"\bpriorit(?:y|ies)\s+(?:now\s+)?(?:is|are|should\s+be)\s+(?:more\s+|further\s+)?(?:research|"
    r"studies|trials|work)\b|"
    # "Independent testing is how you find out what a tool actually does"
    r"\b(?:testing|studies|trials|research|validation|evaluation)\s+(?:is|are)\s+(?:the\s+(?:only\s+)?"
    r"way\s+|how\s+(?:you|we|one|hospitals|doctors)\s+)(?:to\s+)?(?:find\s+out|know|learn|tell)\b|"
    # "is a separate question that needs its own research"
    r"\bneeds?\s+(?:its|their)\s+own\s+(?:research|study|studies|trials?|evaluation)\b|"
    r"\bremains? to be (?:tested|seen|shown|established)\b|"
    # "the two higher doses should be taken forward into phase 3 testing"
    r"\b(?:taken|carried|moved?|progress(?:ed)?|advanced?)\s+(?:forward\s+)?(?:in)?to\s+"
    r"(?:a\s+)?(?:phase\s+(?:[1-4]|i{1,3}|iv)\b|larger\s+trials?|further\s+(?:trials?|testing))|"
    # "we'd like to see the pattern tested in other years and landscapes"
    r"\b(?:like|want|hope|need)\s+to\s+see\b[^.;]{0,60}?\b(?:tested|studied|replicated|"
    r"confirmed|repeated|examined)\b|"
    # "an association that is worth following up properly", "a lead worth following"
    r"\bworth (?:following(?: up)?|pursuing|investigating|exploring|studying|testing|"
    r"taking forward|developing|(?:further |closer )?(?:study|investigation|exploration|"
    r"examination))\b|"
    # "durability and breadth should be improved before it is tested in people"
    r"\bshould\s+be\s+(?:improved|refined|optimi[sz]ed|strengthened|developed)\s+before\b|"
    # "That tells us where the work needs to go next"
    r"\b(?:the\s+)?(?:work|research|field|science)\s+needs?\s+to\s+go\b",
    re.I,
)
#: research called for with words between: "trials that measure outcomes like death and
#: heart attacks are still needed" (tried only where "needed" or "required" occurs)
_RESEARCH_NEEDED = re.compile(
    r"\b(?:trials?|studies|research|evidence)\b[^.;]{0,60}?\b"
    r"(?:is|are|will be|would be)(?: still| also)? (?:needed|required)\b",
    re.I,
)
#: words without which a sentence gives no advice, whatever the advice classifier
#: says ("patients need new treatments", "could be a cure" recommend nothing):
#: modal verbs of obligation, verbs of recommending, and imperatives
_ADVICE_MARKER = re.compile(
    r"\b(?:should|shouldn't|ought to|must|needs? to|have to|has to|recommend\w*|advis\w*|"
    r"urge[sd]?|encourag\w*|consider\w*|guidelines?|it is (?:important|essential|best|wise|"
    r"advisable|time) to|(?:is|are) the best way|avoid\w*|"
    r"suggest(?:s|ed)? (?!that\b)(?:more|less|greater|fewer|wider|routine|\w+ing))\b|"
    r"^\W*(?:eat|drink|take|avoid|try|get|stop|start|cut|limit|exercise|walk|keep|make sure|"
    r"don't|do not|ask|talk|see|switch)\b",
    re.I,
)
#: a speaker's own advice: "I would encourage you to ask your clinic", "my advice is"
_FIRST_PERSON_ADVICE = re.compile(
    r"\b(?:I|we)\s+(?:would\s+|['\u2019]d\s+)?(?:strongly\s+)?(?:encourage|urge|recommend|"
    r"advise)\s+(?:you|people|women|men|patients|parents|anyone|everyone|families)\b|"
    r"\bmy advice (?:is|would be)\b",
    re.I,
)
#: an endorsement of doing something: "is a sensible step", "would be wise", "it makes
#: sense to"
_SENSIBLE_STEP = re.compile(
    r"\b(?:is|are|would be|seems)\s+(?:a\s+)?(?:sensible|wise|smart|prudent)\s+(?:first\s+)?"
    r"(?:step|move|choice|idea|option|precaution|way to)\b|"
    r"\bit\s+makes\s+sense\s+to\b|"
    # "the findings give provincial governments good reason to restrict fishing"
    r"\b(?:give|gives|gave|provide|provides|offer|offers)\s+(?:[\w-]+\s+){1,4}?(?:a\s+)?"
    r"(?:good|strong|every|clear|compelling|sound)\s+reasons?\s+to\s+(?!think|believe|expect|"
    r"suspect|hope|doubt|wonder|study|test|look|investigate)\w+|"
    # "the results are strong enough for health ministries to make the single infusion the
    # standard treatment"
    r"\b(?:strong|good|clear|robust|convincing|compelling)\s+enough\s+(?:for\s+(?:[\w-]+\s+){1,4}?)?"
    r"to\s+(?:make|adopt|recommend|switch|introduce|roll\s+out|offer|change|start|use|"
    r"replace)\b|"
    # "the results make a strong case for returning wolves to other parks"
    r"\b(?:make|makes|made|making|build|builds)\s+(?:a\s+|the\s+)?(?:strong|compelling|clear|good|"
    r"powerful|convincing)\s+case\s+for\s+\w+|"
    # an imperative put to readers: "If you are expecting a premature baby, ask your
    # delivery team to wait before they clamp the cord"
    r"(?:^|[,\u201c\"]\s*)(?:ask|tell|urge)\s+your\s+(?:doctor|GP|midwife|delivery\s+team|care\s+team|"
    r"nurse|obstetrician|team|dentist|pharmacist)\s+to\s+\w+|"
    # permission as advice: "gastroenterologists can now begin offering open-label placebo"
    r"\b(?:can|could|may)\s+now\s+(?:begin|start)\s+(?:to\s+)?(?:offer|us|prescrib|recommend|"
    r"giv|provid|treat|screen|roll)\w*",
    re.I,
)
#: an option endorsed: "is a reasonable option to discuss with their doctor", "a reasonable
#: next step"
_REASONABLE_OPTION = re.compile(
    r"\b(?:is|are|as|be)\s+(?:now\s+)?an?\s+reasonable\s+(?:option|choice|next\s+step|"
    r"alternative|thing\s+to\s+(?:try|discuss|consider))\b",
    re.I,
)
#: "should" of expectation, not advice: "should be very similar in almost every respect"
_SHOULD_EXPECTED = re.compile(
    r"\bshould\s+be\s+(?:very\s+|fairly\s+|quite\s+|broadly\s+|largely\s+|roughly\s+)?"
    r"(?:similar|comparable|alike|the same|identical|balanced|interchangeable|equal)\b|"
    # "the low false-alarm rate should hold up when the test is used to screen": an
    # expectation of a figure, not advice
    r"\bshould\s+(?:still\s+)?(?:hold\s+up|hold\s+true|hold\s+(?:for|in)|carry\s+over|"
    r"apply\s+(?:to|in)|stay\s+(?:low|high)|remain\s+(?:low|high|similar|the same|stable))\b|"
    # "These results should make us question doing this operation routinely": what the
    # results ought to prompt, the paper's own "question the routine use"
    r"\bshould\s+make\s+(?:us|you|people|doctors|clinicians|everyone)\s+(?:question|rethink|"
    r"reconsider|think\s+twice)\b",
    re.I,
)
#: clinicians told what they may now do: "Doctors can now suggest a daily glass of ..."
_CLINICIANS_CAN = re.compile(
    r"\b(?:doctors|clinicians|GPs|physicians|nurses|pharmacists|dentists|midwives|"
    r"health workers)\s+(?:can|could|may|might|should)\s+(?:now\s+|also\s+|safely\s+|already\s+|"
    r"reasonably\s+)*"
    r"(?:suggest|recommend|offer|prescribe|advise|tell|consider|give)\b",
    re.I,
)
#: leave given to stop a precaution: "families can relax about keeping it in the diet",
#: "parents can stop worrying about"
_CAN_RELAX = re.compile(
    r"\b(?:families|parents|people|patients|you|mothers|fathers|carers|caregivers|women|men|"
    r"owners|readers|anyone|everyone)\s+(?:can|could|may)\s+(?:now\s+|safely\s+)*"
    r"(?:relax|stop\s+worrying|rest\s+easy|breathe\s+easier|stop\s+(?:keeping|giving|taking|"
    r"checking|avoiding))\b",
    re.I,
)
#: an open question before an advice word: "whether children need to"
_ASKED = re.compile(r"\b(?:whether|how (?:long|much|often|many))\b[^,;.:]*$", re.I)
#: a question the sentence says is still open: "Which tools should be used to measure the
#: outcomes has yet to be agreed", "How doctors should use the score is not yet known"
_OPEN_QUESTION = re.compile(
    r"\s*(?:which|what|whether|how|when|who)\b[^.;:!?]*?\b(?:has|have|is|are|remains?)\s+"
    r"(?:yet\s+to\b|not\s+yet\b|still\s+(?:unknown|unclear|open|to\s+be)\b|unclear\b|unknown\b|"
    r"to\s+be\s+(?:agreed|decided|determined|settled|worked\s+out|established)\b)",
    re.I,
)
#: a decision the marker is part of, not advice: "help decide who should be offered
#: preventive treatment", "choose which patients should get it"
_DECIDE_WHO = re.compile(
    r"\b(?:decid|determin|choos|chose|judg|identif|know|tell|select|pick|work out|guid)\w*"
    r"\s+(?:who|whom|which|whether|what|when)\b(?:\s+[\w-]+){0,3}\s*$",
    re.I,
)
#: "should" of how things normally go, with no verb after it: "stop growing the way they
#: should", "working as it should"
_MANNER = re.compile(
    # (and "look better than they should": a comparison with what is due)
    r"\b(?:the way|as|than)\s+(?:[\w-]+\s+){1,2}should\b(?=\s*(?:[,.;:!?\"\u201d)]|$))|"
    # (and what a patient's state requires: "wait because they need to be medically
    # stabilised first", "rushing patients into surgery when they need to be stabilised")
    r"\b(?:because|when|until|unless|since|while|who|if)\s+(?:they|he|she|patients|people)?\s*"
    r"(?:first\s+|still\s+)?needs?\s+to\s+be\s+(?:\w+ly\s+)?\w+ed\b",
    re.I,
)
#: what participants would tell others: "would recommend the test to friends and family"
_WOULD_RECOMMEND = re.compile(
    r"\bwould\s+recommend\s+(?:[\w'-]+\s+){0,3}?to\s+(?:a\s+)?(?:friends?|family|others|"
    r"relatives|colleagues|other\s+[\w-]+)\b",
    re.I,
)
#: a suggestion, reported: advice, but weak ("the researchers suggest that ... should")
_SUGGEST_THAT = re.compile(
    r"\b(?:we|researchers|team|authors|they|investigators)\s+(?:\w+\s+)?suggest(?:s|ed)?\s+that\b",
    re.I,
)
#: words without which no sentence is an explicit recommendation (a cheap first test)
_RECOMMEND_WORDS = ("recommend", "urg", "advis", "call", "consider", "suggest")
#: an explicit recommendation: advice whatever its topic
_RECOMMENDS_THAT = re.compile(
    r"\b(?:researchers|team|authors|co-?authors|colleagues|scientists|investigators|we|they)\s+"
    r"(?:\w+\s+){0,2}?(?:recommend(?:s|ed|ing)?|urge[sd]?|urging|advise[sd]?|advising|(?:are|is)\s+calling\s+on|"
    r"call(?:s|ed)?\s+on)\s+"
    r"(?:that\b|(?:[\w'-]+,?\s+){1,14}?to\s+(?!be\b)\w+|(?:[\w'-]+\s+){1,15}?that\s+(?:they|you|people|"
    r"patients|parents)\b)|"
    # a researcher by name: "Marsh advises men who plan to start a family to have a semen
    # analysis" (not "Guidelines recommend that ...": the field's advice)
    r"(?-i:\b(?!(?:Doctors|Guidelines|Experts|Clinicians|Physicians|Officials|Authorities|"
    r"Regulators|Agencies|Charities|Many|Some|Most)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+"
    r"(?:also\s+)?(?:recommends|urges|advises)\s+(?:that\b|(?:[\w'-]+,?\s+){1,14}?to\s+(?!be\b)\w+)|"
    # "We suggest that colony-level endpoints be included in risk assessment": weak
    r"\b(?:we|researchers|team|authors|they)\s+suggest(?:s|ed)?\s+that\s+(?:[\w'-]+\s+){1,10}?"
    r"(?:should\s+\w+|(?<!may )(?<!might )(?<!could )be\s+(?:included|used|offered|considered|"
    r"given|adopted|implemented|introduced|prioriti[sz]ed|expanded|extended|added|required|"
    r"made routine))|"
    # "The authors call for CPR training to be made compulsory for every ... student"
    r"\b(?:researchers|team|authors|co-?authors|scientists|investigators|we|they)\s+"
    r"(?:\w+\s+){0,2}?call(?:s|ed|ing)?\s+for\s+(?:(?:[\w'-]+\s+){1,12}?to\s+be\s+(?:made\s+)?"
    r"(?:compulsory|mandatory|required|universal|routine|standard|introduced|adopted|expanded|"
    r"rolled\s+out|offered)|(?:compulsory|mandatory|universal|routine|nationwide)\b)|"
    # "families may wish to consider screen-free time": weak advice to someone
    r"\b(?:may|might|could|should)\s+(?:wish\s+to\s+|want\s+to\s+|also\s+)?consider\b|"
    # the attribution after the advice: "Giving paracetamol on days 7 to 10 can help head
    # off these seizures, the team advises."
    r",\s+(?:the\s+)?(?:researchers|team|authors|scientists|investigators|study's authors|"
    r"she|he|they)\s+(?:\w+\s+)?(?:recommends?|advises?|urges?)\s*[.!\"\u201d]?\s*$",
    re.I,
)
#: verbs that state direct cause whatever the claim-strength classifier says, when
#: the sentence is neither hedged, negated nor correlational (Sumner et al. 2014
#: code these as "can cause / causes")
_DIRECT_CAUSE = re.compile(
    r"\b(?:revers(?:es?|ed)|prevent(?:s|ed)?|cur(?:es|ed)|caus(?:es|ed)|restor(?:es?|ed)|"
    r"halt(?:s|ed)?|destroy(?:s|ed)?|kill(?:s|ed)|slash(?:es|ed)|trigger(?:s|ed)|cuts|"
    r"protect(?:s|ed)? against|turn(?:s|ed)? back|wipe[sd]? out|"
    # "Regular sauna sessions protect the heart"
    r"protect(?:s|ed)?\s+(?:the|your|their|our|people's)\s+(?:heart|brain|lungs|liver|kidneys|"
    r"bones|skin|eyes|gut|memory)|"
    r"eliminat(?:es|ed)|fuel(?:s|led|ed)|stunt(?:s|ed|ing)?|holds off|held off|"
    # "tree canopy cools a neighbourhood's ground surfaces"
    r"cool(?:s|ed)\s+(?:a|an|the|their|its)\b|"
    # "the extra hours on headphones were causing hearing loss"
    r"(?:was|were|is|are)\s+causing|"
    # "the flowers drew in about 11 percent more bees"
    r"dr(?:ew|aws?)\s+in|"
    # "Radiation from the scans was responsible for about one in eight of the brain tumours"
    # (a share of cases put down to it, not "the nurses responsible for care")
    r"(?:was|were|is|are)\s+(?:directly\s+|largely\s+|partly\s+)?responsible\s+for"
    r"(?=\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|around\s+)?(?:\d|one\s+in|half|"
    r"a\s+(?:third|quarter|fifth|tenth)|most\s+of|many\s+of)))\b",
    re.I,
)
#: more direct-cause wordings, each tried only where a word it needs occurs
#: (``_MORE_CAUSE_WORDS``)
_DIRECT_CAUSE_MORE = re.compile(
    # "help protect older people against dementia"
    r"\b(?:protect(?:s|ed)?(?:\s+[\w-]+){1,6}?\s+against|"
    r"driv(?:es|ing)\s+(?:up|down)|drove\s+(?:up|down)|"
    # "microglia help determine how much deep sleep people get each night"
    r"\b(?:help|helps|helped)\s+(?:to\s+)?(?:determine|control|regulate|govern|dictate)\s+"
    r"(?:how|whether|when|the)\b|"
    # "The shorter working week drove a clear fall in burnout"
    r"(?:driv(?:es|ing)|drove)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:fall|drop|decline|rise|"
    r"increase|reduction|improvement|surge|jump|shift)s?\s+(?:in|of)\b|"
    # "a diet heavy in ultra-processed food drives the development of adenomas"
    r"(?:driv(?:es|ing)|drove)\s+(?:the\s+)?(?:development|growth|formation|onset|spread)\s+of|"
    # "Lice spreading from the farms' pens drove the higher infestation rates"
    r"(?:driv(?:es|ing)|drove)\s+(?:the|their|its)\s+(?:higher|lower|greater|extra|increased|"
    r"elevated|rising|falling)(?=\s)|"
    # "antibiotic use on the farms is driving the extra resistant bacteria" (not someone
    # at the wheel: "were driving cars")
    r"(?:is|are|was|were)\s+(?:largely\s+|partly\s+|mainly\s+|probably\s+)?driving\b"
    r"(?!\s+(?:a\s+|the\s+|their\s+|his\s+|her\s+)?(?:cars?|vehicles?|lorr\w+|trucks?|buses|"
    r"taxis?|home|to|at|on|in|through|along|around|past|while|when)\b)|"
    # a cause told as thanks: "Thanks to the mobile units, patients ... were left with" (not
    # "Thanks to the volunteers who took part.")
    r"^\W*thanks\s+to\b(?=[^,.;]{1,80},\s+\w)|"
    # "aircraft noise at night pushes up blood pressure"
    r"push(?:es|ed)?\s+up\b(?!\s+to\b)|"
    # "Speaking two languages throughout life pushes back the onset of dementia symptoms"
    r"push(?:es|ed)?\s+back\s+(?:the\s+)?(?:onset|start|age|arrival|appearance|timing)\b|"
    # "makes schools safer places for children"
    r"makes?\s+(?:[\w'-]+\s+){1,3}?(?:safer|healthier|happier|sicker|fatter|thinner|stronger|"
    r"weaker|smarter)\b|"
    # "plastic in the placenta is holding back babies' growth" (not the headline idiom
    # "shortages hold back quality drive", which a survey of barriers words itself)
    r"(?:is|are|was|were)\s+holding\s+back|(?:holds|held)\s+back\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:growth|development|recovery|progress)|"
    # "Each extra daily cup ... shaved about 3 millimetres off a child's height"
    r"\bshav(?:es|ed|ing)\s+(?:[\w'-]+\s+){0,4}?off\b|"
    # "that change led directly to fewer of its surgical patients dying"
    r"\b(?:led|leads|lead)\s+directly\s+to\b|\bdirectly\s+(?:caused|causes|led\s+to|leads\s+to|"
    r"resulted\s+in|results\s+in|prevented|prevents)\b|"
    # "a year of music lessons made children markedly better at distinguishing pitches"
    r"(?:makes?|made)\s+(?:[\w'-]+\s+){1,3}?(?:\w+ly\s+)?(?:better|worse)\s+(?:at|in)\b|"
    # "the jab made the illness less severe"
    r"made\s+(?:[\w'-]+\s+){1,3}?(?:far\s+|much\s+)?(?:less|more)\s+"
    r"(?:severe|serious|likely|common|dangerous)|"
    # a present-tense change of someone's risk: "being isolated raises a person's risk of
    # dying" (not "had a reduced risk", a comparison)
    r"(?:raises|increases|lowers|reduces|cuts|doubles|halves|boosts|slashes)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?risks?|"
    # and in the past tense, with its object named ("Starting semaglutide lowered the rate of
    # new alcohol use disorder diagnoses"; not "had a reduced risk", a comparison)
    r"(?:lowered|reduced|raised|increased|cut|halved|doubled|boosted|slashed)\s+(?:the|their|its|"
    r"his|her)\s+(?:[\w-]+\s+){0,2}?(?:risk|rate|odds|chance|incidence|likelihood)s?\s+of\b|"
    # "lowers boys' intelligence", "damages children's lungs": a cause of someone's trait
    r"(?:raises|lowers|reduces|increases|damages|harms|impairs|improves|boosts)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|s'|\u2019s|s\u2019)\s+[\w-]+|"
    # one gene as the cause of a trait: "PER2, the master gene that determines whether a
    # person is a lark or an owl"
    r"genes?\s+(?:that|which)\s+(?:determines?|controls?|decides?|governs?|dictates?|sets?)|"
    r"master\s+(?:gene|switch)\s+(?:for|of|behind)|"
    # "having a dog gets older people walking"
    r"(?:gets|got)\s+(?:[\w'\u2019-]+\s+){1,3}?(?:walking|moving|exercising|running|active|"
    r"talking|sleeping|eating))\b",
    re.I,
)
_MORE_CAUSE_WORDS = ("against", "drive", "driving", "drove", "push", "make", "holding", "s' ",
                     "thanks to", "help",
                     "'s ", "\u2019s ",
                     "holds back", "held back", "made", "risk", "gene that", "genes that",
                     "gene which", "genes which", "master ", "gets", "got",
                     "directly", "shav", "rate of", "rates of", "odds of", "incidence of",
                     "chance of", "likelihood of")  # fmt: skip
#: a cleft that names the one cause: "the programmes are what keep patients taking their
#: tablets" (not "this is what makes the result striking"); tried only where "what" is
_CLEFT_CAUSE = re.compile(
    r"(?<!\bthis )(?<!\bthat )(?<!\bit )(?<!\bwhich )(?<!\bwhat )"
    r"\b(?:is|are|was|were) what (?:keeps?|kept|makes?|made|drives?|drove|gets?|got|stops?|"
    r"stopped|causes?|caused|triggers?|triggered|shield(?:s|ed)?|protect(?:s|ed)?|sav(?:es|ed)|"
    r"prevent(?:s|ed)?)\b|"
    # "It is this surge in amygdala activity that drives the gloomier mood"
    r"\bit (?:is|was) (?:this|the|that|these) [\w\s'-]{1,50}? that (?:drives?|drove|causes?|caused|"
    r"leads? to|led to|triggers?|triggered|explains?|explained)\b",
    re.I,
)
_NOT_FINITE_BEFORE = re.compile(
    r"(?:\bto|\bcan|\bcould|\bmay|\bmight|\bwould|\bof|\bfor|"
    r"\bnot|n't|\bnever|\bwhether|\bif)\s+$",
    re.I,
)
#: a test's errors as what is caused: "caused more false alarms"
_TEST_ERRORS = re.compile(
    r"\s+(?:\w+\s+)?(?:more\s+|fewer\s+|most\s+|many\s+|some\s+)?(?:false\s+(?:alarms?|"
    r"positives?|negatives?|positive results|negative results)|misclassifications?|"
    r"misdiagnos[ie]s|missed diagnoses)\b",
    re.I,
)
#: "killed" in the passive, of the outcome counted: "someone is hurt or killed", "people
#: seriously injured or killed"
_KILLED_PASSIVE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+\s+)?|"
    r"\b(?:injured|hurt|wounded)\s+)(?:or\s+|and\s+)?$",
    re.I,
)
#: times and places "affected by" an exposure: "days ... were affected by smoke"
_PLACE_AFFECTED = re.compile(
    r"(\b(?:days|weeks|hours|months|seasons|areas|regions|communities|homes|counties|places|"
    r"neighbou?rhoods|postcodes|districts)\b[^.;]{0,40}?\b(?:were|was|are|is|been))\s+"
    r"affected\s+by\b",
    re.I,
)
#: "settled" of things that came to rest: "the cells settled into the bone marrow"
#: (and of larvae, seeds or sediment: "the share that actually settled was similar")
_SETTLED_INTO = re.compile(
    r"\bsettle[sd]?\s+(?:in|into|on|onto|down|back|at|well|within|after|to|quickly|again)\b|"
    r"\b(?:that|which)\s+(?:\w+ly\s+)?settle[sd]?\b",
    re.I,
)
#: the same, for the strength model: "is hurt or killed" read as "is hurt or dead"
_KILLED_OUTCOME = re.compile(
    r"(\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+\s+)?(?:or\s+|and\s+)?|"
    r"\b(?:injured|hurt|wounded)\s+(?:or|and)\s+)killed\b(?!\s+by\b)",
    re.I,
)
_CORRELATIONAL = re.compile(
    r"\b(?:associat\w*|link(?:s|ed)?|tied|correlat\w*|relat(?:ed|ion\w*)|predict\w*)\b", re.I
)


#: how common a condition is ("affects millions of people", "affects one in ten adults"):
#: a prevalence statement, not an effect, whatever the classifier makes of "affects"
_PREVALENCE = re.compile(
    r"\baffect(?:s|ed|ing)?\s+(?:an estimated\s+|about\s+|around\s+|roughly\s+|nearly\s+|"
    r"almost\s+|more than\s+|over\s+|up to\s+|some\s+|fewer than\s+|less than\s+|"
    r"under\s+)?(?:millions|thousands|hundreds|"
    r"\d[\d,.]*\s*(?:million|billion|%|per ?cent)|one in \w+|\d[\d,.]*\s+(?:people|adults|"
    r"children|women|men|patients|americans|britons)|many people|most people|"
    # "constipation affected almost half of the children": how common a side effect was
    r"(?:half|a third|a quarter|a fifth|a tenth|two-thirds|three-quarters|\d[\d.]*\s*%) of)\b",
    re.I,
)


_WHETHER = re.compile(r"\b(?:whether|if)\b", re.I)
#: "cured" of meat: "meat that has been cured, salted or smoked"
_FOOD_SENSE = re.compile(
    r"cured\b(?=[,\s]+(?:or\s+|and\s+)?(?:salted|smoked|meats?|ham|bacon|fish|pork|sausages?))",
    re.I,
)
#: one thing after another, stated as such: "was followed by", "coincided with"
_TEMPORAL = re.compile(
    r"\b(?:was|were|has been|have been|is) followed by\b|\bcoincided with\b|"
    r"\b(?:over|in|during) the same (?:period|time|months|years)\b",
    re.I,
)


#: before "cuts" as a noun: "budget cuts", "the cuts", "deep cuts in"
_CUTS_NOUN = re.compile(
    r"\b(?:the|these|those|such|any|of|budget|funding|spending|tax|price|service|staff|job|"
    r"deep|sharp|recent|further|planned|proposed|paper|small|big|major)\s+$",
    re.I,
)


#: a conclusion drawn in the same sentence: "..., showing that ..."
_SHOWING_THAT = re.compile(
    r"\b(?:showing|shows|showed|proving|proves|proved|confirming|confirms|meaning)\s+that\b",
    re.I,
)


def _direct_cause_cue(text: str) -> str | None:
    """A finite direct-cause verb ("reverse", "prevents") in a sentence that states
    no association; None when there is none (but a cause the sentence draws from an
    association is a cause: "The link ... was direct: ..., showing that restored hearing
    itself is what drives the improvement")."""
    if _CORRELATIONAL.search(text):
        drawn = _SHOWING_THAT.search(text)
        if drawn is None or _CORRELATIONAL.search(text, drawn.end()):
            return None
        tail = text[drawn.end() :]
        cleft = _CLEFT_CAUSE.search(tail) if " what " in tail else None
        return cleft.group(0).strip() if cleft else _direct_cause_cue(tail)
    found = [m for m in _DIRECT_CAUSE.finditer(text) if not _FOOD_SENSE.match(text, m.start())]
    low = text.lower()
    if any(w in low for w in _MORE_CAUSE_WORDS):
        found = sorted([*found, *_DIRECT_CAUSE_MORE.finditer(text)], key=lambda m: m.start())
    if " what " in low or "it is " in low or "it was " in low:
        found = sorted([*found, *_CLEFT_CAUSE.finditer(text)], key=lambda m: m.start())
    for m in found:
        if _NOT_FINITE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        if m.start() > 0 and text[m.start() - 1] == "-":
            continue  # "how much is human-caused": a compound adjective, not the verb
        if _WHETHER.search(text, 0, m.start()):
            continue  # "trials are needed to establish whether reducing isolation lowers
            # the risk": a question, not a claim
        if m.group(0).lower() == "killed" and _KILLED_PASSIVE.search(
            text[max(0, m.start() - 40) : m.start()]
        ):
            continue  # "crashes in which someone is hurt or killed": the outcome, no cause
        if _TEST_ERRORS.match(text, m.end()):
            continue  # "Other lung conditions also caused more false alarms": a test's errors
        if m.group(0).lower() == "causes" and is_noun_cause(text, m.start(), m.end()):
            continue  # "other causes such as nerve injury": the noun, not the verb
        if m.group(0).lower() == "cuts" and _CUTS_NOUN.search(text, 0, m.start()):
            continue  # "funding cuts", "the cuts": the noun, not the verb
        return m.group(0).lower()
    return None


#: "cause" the noun: after a determiner or "other" ("other causes", "the cause of"),
#: or followed by what follows a noun ("causes such as", "causes of", "causes, ...")
_CAUSE_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|other|its|their|possible|potential|main|common|known|no|any|many|"
    r"several|underlying|root|leading|against)\s+$",
    re.I,
)
_CAUSE_NOUN_AFTER = re.compile(
    r"\s+(?:such as|of|for|includ\w*|remain\w*|are|were|is|was|and|or|that|which)\b"
    r"|\s*(?:[,.;:)]|$)",
    re.I,
)


def is_noun_cause(text: str, start: int, end: int) -> bool:
    """Whether "cause(s)" at ``text[start:end]`` is the noun ("rather than other causes
    such as nerve injury"), not the verb ("smoking causes cancer")."""
    return bool(_CAUSE_NOUN_BEFORE.search(text[:start]) or _CAUSE_NOUN_AFTER.match(text, end))


#: a human disease as what is treated or cured (Sumner et al. 2014 code such
#: claims "implicitly human"); "kills cancer cells" names the cells and is not one
_IMPLICIT_HUMAN = re.compile(
    r"\b(?:cures?|cured|curing|cure for|treat(?:s|ed|ing)?|treatments? for|therap(?:y|ies) for|"
    r"drugs? for|destroy(?:s|ed)?|kill(?:s|ed)?|fight(?:s|ing)?|beat(?:s|ing)?|defeat(?:s|ed)?|"
    r"wipe[sd]? out|eradicat\w*|reverse[sd]?|halt(?:s|ed)?)\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,2}"
    r"(?:cancers?|tumou?rs?|diseases?|dementia|alzheimer's|parkinson's|diabetes|depression|"
    r"obesity|infections?|leuka?emia|disorders?|syndromes?|brain ageing|brain aging)\b"
    r"(?!\s+(?:cells?|cell lines?|tissue|in (?:mice|rats|animals|the lab|cells)))",
    re.I,
)
_CAUTION = re.compile(
    r"\b(?:treated|regarded|seen|viewed|interpreted|considered)\s+(?:(?:as\s+)?(?:exploratory|preliminary|"
    r"tentative|hypothesis[- ]generating)|with caution)\b|"
    # (not an "early-warning system", which is what something is, not a caution)
    # (not how carefully to do something: "screen girls for autism as carefully as boys")
    r"\bcaution\w*|\bcautious\w*|(?<!\bas )\bcareful\w*|"
    # (nor advice to warn others: "advise doctors to warn every patient ... about hair loss")
    r"(?<!\bto )\bwarn\w*+(?<!early-warning)(?<!early warning)|"
    # a finding said not to prove a cause: "shows an association, not proof that the
    # surgery itself protects against dementia"
    r"\b(?:association|link|correlation),?\s+(?:and\s+)?(?:not|rather\s+than)\s+(?:a\s+)?"
    r"(?:proof|evidence|demonstration)\s+(?:that|of)\b|"
    # another explanation of the finding, allowed: "Differences in income ... may still
    # explain part of the link"
    r"\b(?:may|might|could)\s+(?:still\s+|also\s+|partly\s+|in\s+part\s+)*(?:explain|"
    r"account\s+for)\s+(?:(?:part|some|much|all)\s+of\s+)?(?:the|this|that)\s+(?:link|"
    r"association|relationship|difference|pattern|finding|result)s?\b|"
    # a limit on what was studied: "We have shown this in worms and only in worms"
    r"\b(?:and|but) only in (?:worms|mice|rats|animals|cells|zebrafish|flies|the lab\w*|a dish)\b|"
    r"\bnot (?:yet )?(?:be )?"
    r"(?:used|recommended|prescribed|adopted)\b|"
    r"\bcan(?:not|n?['\u2019]t) (?:yet )?be (?:used|recommended|prescribed|adopted|advised)\b|"
    # "should wait until", "not ... until", "Until larger trials are done": a caution; not
    # "turn off its alerts until they have tested it", an action until a condition
    r"\b(?:not|n['\u2019]t|never|no|wait\w*|hold\w*\s+off|remain\w*|stay\w*|continu\w*)\b"
    r"[^.;]{0,80}?\buntil\b|"
    # (an opening "Until" that waits for evidence: "Until larger trials are done"; not one
    # that names an interim: "Until labelling improves, the researchers advise shoppers")
    r"^\W*(?:(?:but|and|so)\s+)?until\s+(?:[\w'-]+\s+){0,5}?(?:trials?|studies|study|research|"
    r"evidence|data|results|findings|confirm\w*|replicat\w*|tested|proven|shown|known|"
    r"understood|clearer|available)\b|"
    # ("Until then, it is not something we would recommend as routine care")
    r"^\W*(?:(?:but|and|so)\s+)?until\s+(?:then|that\s+(?:happens|point|time)|we\s+know)\b|"
    r"\bbefore (?:further|more)\b|"
    r"\bpremature (?:to|at this)\b|\bshould not\b|\b(?:nobody|no one|no-one) should\b|"
    r"\bbefore we (?:know|can (?:say|tell|know))\b|\bshouldn't\b|"
    # "Those open questions need answers before anyone recommends large-scale deployment"
    r"\bbefore\s+(?:anyone|anybody|we|doctors|health\s+authorities|governments|cities)\s+"
    r"(?:\w+\s+)?(?:recommends?|adopts?|deploys?|rolls?\s+(?:it\s+)?out)\b|"
    # "anyone considering acupuncture should know the benefit appears to be small"
    r"\bshould (?:know|be aware|understand|reali[sz]e|bear in mind|keep in mind|be told)\b|"
    # "exposure is not the same thing as being killed by the poison": what a finding is not
    r"\b(?:is|are|was|were)(?:\s+not|n['\u2019]t)\s+(?:(?:quite|exactly|necessarily)\s+)?"
    r"the\s+same\s+(?:thing\s+)?as\b|"
    r"\bdo not stop\b|\bwithout (?:consulting|"
    r"talking)\b|\bconsult\b(?!\s+(?:their|your|a)\s+doctor\s+about\s+(?:whether|if)\b)|"
    # "talk to your doctor before stopping" cautions; "talk to their doctor about whether
    # obrevimab could be right for them" promotes
    r"\btalk to (?:their|your) doctor\b(?!\s+about\s+(?:whether|if|trying|taking|starting|"
    r"getting|switching|using|adding)\b)",
    re.I,
)
#: "against" as a caution only in advice against something: not "checked against the
#: panel", "compared against placebo"
_ADVISE_AGAINST = re.compile(
    r"\b(?:advis\w*|recommend\w*|argu\w*|decid\w*|chose|choose)\s+against\b", re.I
)


#: "our findings aren't yet strong enough for us to recommend this strain" (tried only
#: where "enough" occurs)
_NOT_ENOUGH = re.compile(
    r"(?:\bnot|n['\u2019]t)\s+(?:yet\s+)?(?:\w+\s+){0,2}enough\s+(?:for\s+\w+\s+)?to\s+"
    r"recommend\b",
    re.I,
)


def _cautious(text: str) -> bool:
    if "enough" in text and _NOT_ENOUGH.search(text):
        return True
    return bool(_CAUTION.search(text)) or (
        "against" in text.lower() and bool(_ADVISE_AGAINST.search(text))
    )


_ADVICE_TARGETS = (
    (
        "clinicians",
        re.compile(
            r"\b(?:doctors?|clinicians?|physicians?|GPs?|practitioners?|"
            r"psychiatrists?|surgeons?|nurses?|prescrib\w*|clinical practice|"
            r"clinics?|\w+ologists?|p(?:a)?ediatricians?|midwives|pharmacists?|dentists?|"
            r"specialists?)\b",
            re.I,
        ),
    ),
    (
        "policy",
        re.compile(
            r"\b(?:policy\w*|governments?|regulators?|guidelines?|public health|"
            r"health systems?|authorities|NHS|FDA|schools?|employers?)\b",
            re.I,
        ),
    ),
    ("researchers", _RESEARCH_ADVICE),
    (
        "readers",
        re.compile(
            r"\b(?:you|your|people|patients|parents|consumers|everyone|adults|"
            r"women|men|children|individuals|anyone|those|owners|students|families)\b",
            re.I,
        ),
    ),
)
_QUALIFIERS = (
    r"treatment[- ]resistant|treatment[- ]refractory|refractory|severe|mild|moderate|advanced|"
    r"early[- ]stage|late[- ]stage|metastatic|chronic|recurrent|relapsed|newly[- ]diagnosed|"
    r"drug[- ]resistant|multidrug[- ]resistant|type [12]|postmenopausal|premenopausal|pregnant|"
    r"obese|overweight|elderly|older|critically ill|hospitali[sz]ed|high[- ]risk|"
    r"low[- ]income|preterm|school[- ]age|adolescent|male|female"
)
_QUAL_PHRASE = re.compile(
    rf"\b(?P<q>{_QUALIFIERS})\s+(?P<rest>(?:(?!with\b|who\b|and\b|or\b|in\b|of\b|at\b|from\b|"
    rf"were\b|was\b|to\b|for\b|the\b)[a-z][\w'-]*\s*){{1,3}})",
    re.I,
)
_GENERIC_GROUP = re.compile(
    r"\b(?:people|patients|persons|individuals|humans|adults|everyone|anyone|sufferers|"
    r"the public|those)\b",
    re.I,
)
_SPECIFIC_GROUP = re.compile(
    r"\b(?:women|men|girls|boys|children|adolescents|teenagers|infants|newborns|babies|"
    r"older adults|older people|elderly|veterans|pregnant women|mothers|smokers|students)\b",
    re.I,
)


@dataclass(frozen=True)
class HypeWord:
    word: str
    category: str
    level: int  # 2 sensational, 1 promotional
    source: str
    start: int
    end: int


@dataclass(frozen=True)
class Features:
    """Claim features of one sentence (release or paper)."""

    text: str
    #: 0 no relationship, 1 correlational, 2 conditional causal, 3 direct causal
    strength: int
    strength_cues: tuple[str, ...]
    #: Pei & Jurgens 1 (uncertain) .. 6 (certain), from spin.classify
    certainty: float
    hedges: tuple[str, ...]
    boosters: tuple[str, ...]
    negations: tuple[str, ...]
    #: states a null result: "no significant difference", "did not reduce"
    null_result: bool
    #: kinds of subject named: human, animal, cell, model
    subjects: tuple[str, ...]
    species: tuple[str, ...]
    #: the words that speak of treating or curing a human disease ("a cure for
    #: pancreatic cancer", "destroys tumours"): implicitly about people ("" if none)
    implicit_human: str
    #: (qualifier, head) pairs such as ("treatment-resistant", "depression")
    population: tuple[tuple[str, str], ...]
    generic_group: bool
    specific_groups: tuple[str, ...]
    #: 0 none, 1 weak, 2 strong (Li et al. 2021)
    advice: int
    advice_cues: tuple[str, ...]
    advice_to: str | None
    #: advice to hold back: be cautious, wait for more research
    cautionary: bool
    numbers: tuple[Quantity, ...]
    hype: tuple[HypeWord, ...]
    novelty: tuple[str, ...]
    #: the sentence states a finding (not scene-setting, method, attribution, background)
    is_claim: bool
    #: the strength model's probability of ``strength`` (1.0 when a rule set it: an
    #: explicit direct-cause verb, a prevalence statement)
    strength_confidence: float = 1.0

    @property
    def hedged(self) -> bool:
        return bool(self.hedges)

    @property
    def negated(self) -> bool:
        return bool(self.negations)


#: "proved" as "turned out": "findings that proved benign", "proved difficult"
_TURNED_OUT = re.compile(
    r"\bprov(?:ed|en|es)\s+(?:to\s+be\s+)?(?:benign|malignant|negative|positive|false|fatal|"
    r"harmless|difficult|hard|impossible|unfounded|wrong|elusive|challenging|costly|tricky|"
    r"popular|unpopular|short-lived|temporary|practical|impractical|feasible|unfeasible|"
    r"workable|manageable|acceptable|straightforward|easy|simple|convenient|"
    # "The questionnaire also proved consistent": how a measure behaved
    r"consistent|reliable|stable|repeatable|"
    # "Keeping people in class proved harder": a comparison of how it went
    r"harder|easier|trickier|costlier|disappointing|misleading|"
    # "leaf injury alone proved a poor guide": a shortcoming, not a finding boosted
    r"(?:an?\s+)?(?:poor|weak|unreliable|imperfect|crude|misleading)\s+(?:guide|predictor|"
    r"proxy|marker|indicator|measure|sign|substitute)s?)\b",
    re.I,
)


#: "clearly" of a feeling or a denial, not of a finding: "These swimmers clearly feel
#: that ...", "More is clearly not better here"
#: hedges that only report what the evidence shows: "indicate that"
_EVIDENTIAL = re.compile(r"indicat(?:e|es|ed)(?: that)?", re.I)


def only_evidential(hedges: tuple[str, ...]) -> bool:
    """Whether every hedge only reports what the evidence shows ("the results indicate
    that"): no hedge on a cause the sentence states."""
    return bool(hedges) and all(_EVIDENTIAL.fullmatch(h) for h in hedges)


#: "side effects" for the strength model, which reads "effect" as a cause
_SIDE_EFFECT = re.compile(r"\bside[- ]effect", re.I)
#: "contributed data", "contributed samples": what participants gave, not a cause
_CONTRIBUTED_DATA = re.compile(
    r"\bcontribut\w*(?=\s+(?:\w+\s+)?(?:data|samples?|recordings?|information|nights?)\b)", re.I
)
#: "smell-related regions", "alcohol-related admissions": a kind, not an association
_HYPHEN_RELATED = re.compile(r"\b([A-Za-z]+)-related\b")
#: "cut-off" (a threshold) for the strength model, which reads "cut" as a cause
_CUT_OFF = re.compile(r"\bcut-?offs?\b", re.I)
_CUT_FROM = re.compile(r"\bcut\s+from\b", re.I)
#: "almost always", "nearly always": a frequency told with its exception, not a booster
_ALMOST_ALWAYS = re.compile(r"\b(?:almost|nearly|not|virtually|near-)\s*always\b", re.I)
_CLEARLY_NOT_A_FINDING = re.compile(
    # ("showed up most clearly in people with insomnia": where, not how sure)
    r"\b(?:most|more|less)\s+clearly\b|"
    r"\bclearly\s+(?:feel|feels|felt|not|enjoy\w*|like[sd]?|love[sd]?|want\w*|valu\w*|"
    r"appreciat\w*|struggl\w*|wish\w*|hope[sd]?|care[sd]?)\b",
    re.I,
)


def _cues(pattern: re.Pattern[str], text: str) -> tuple[str, ...]:
    seen: list[str] = []
    for m in pattern.finditer(text):
        w = re.sub(r"\s+", " ", m.group(0).lower())
        if w not in seen:
            seen.append(w)
    return tuple(seen)


def _first(pattern: re.Pattern[str], text: str) -> str:
    m = pattern.search(text)
    return m.group(0) if m else ""


#: words of a relation or finding that a negation before them negates ("did not
#: reduce", "was not associated", "not significantly", "does not prove")
_RELATION_WORD = re.compile(
    r"(?:reduc|increas|improv|chang|affect|alter|prevent|lower|rais|decreas|influenc|differ|"
    r"associat|link|relat|correlat|predict|caus|cur|treat|help|benefit|work|protect|slow|stop|"
    r"halt|revers|boost|cut|extend|shorten|mediat|requir|depend|explain|modif|impact|signific|"
    r"statistic|effect|efficac|superior|inferior|better|worse|harm|lead|led|result|translat|"
    r"prov|show|establish|demonstrat|confirm|mean|find|found|detect|observ|see|saw|support|"
    r"contribut|driv|drove|trigger|activ|involv|allow|factor|inhibit|block|attenuat|enhanc|kill|shrink|restor|"
    r"develop|matter|tie|predispos|elevat|exacerbat|worsen|alleviat|reliev|eas|delay|hasten|"
    r"accelerat|weaken|strengthen|suppress|stimulat|induc|outperform|exceed|reach|achiev|meet|"
    r"met\b|succeed|impair|damag|safe|useful|valuable|beneficial|able|evidence|sign|"
    r"difference|advantage|role|any)",
    re.I,
)
#: nouns of an effect: "no difference", "without benefit", "lack of effect"
_EFFECT_NOUN = re.compile(
    r"(?:differences?|effects?|associations?|links?|relationships?|correlations?|changes?|"
    r"benefits?|improvements?|reductions?|increases?|decreases?|evidence|impact|signs?|"
    r"roles?|influence|advantages?|protection|significant|significance|clear|"
    r"statistically|meaningful|measurable|detectable|apparent|discernible|increased|higher|"
    r"lower|greater|reduced|better|worse|added|extra|more|less)$",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:()\u2014]|\s(?:but|whereas|while|although)\s", re.I)
_WHO_BEFORE = re.compile(r"\b(?:who|whom|whose)\s+(?:[\w'-]+\s+){0,2}$", re.I)
_TOKEN = re.compile(r"[\w'-]+")


def _governs(text: str, m: re.Match[str]) -> bool:
    """Whether a negation cue negates the finding: it stands before the relation
    it governs ("did not reduce", "no difference"), not in a side clause ("in a
    pilot without a control group", "patients who had not responded", "not yet
    peer reviewed")."""
    cue = re.sub(r"\s+", " ", m.group(0).lower())
    if cue.startswith("non") and cue != "none":
        return True  # "non-significant": the effect itself
    rest = text[m.end() :]
    end = _CLAUSE_END.search(rest)
    window = _TOKEN.findall(rest[: end.start()] if end else rest)
    if cue in ("no", "none", "neither") and not text[: m.start()].strip(" \t\"'\u201c("):
        return True  # "No patients died", "None of the drugs worked": the subject
    if cue in ("no", "without", "lack of", "absence of"):
        # "no difference", "without any benefit"; not "no control group", "without
        # side effects"
        words = [w for w in window[:4] if w.lower() not in ("a", "an", "the", "any")]
        for i, w in enumerate(words[:3]):
            if i and words[i - 1].lower() in ("side", "adverse"):
                return False
            if _EFFECT_NOUN.match(w):
                return True
        return False
    if _WHO_BEFORE.search(text[: m.start()]):
        return False  # "patients who had not responded to treatment": the population
    if cue.startswith(("fail", "unable")):
        return True  # "failed to (accurately) assess": the failure is the finding
    return any(_RELATION_WORD.match(w) for w in window[:4])


def _negations(text: str) -> tuple[str, ...]:
    """Negation cues that negate the sentence's finding (see :func:`_governs`)."""
    cleaned = _NOT_NEGATION.sub(lambda m: " " * len(m.group(0)), text)
    seen: list[str] = []
    for m in _NEGATION.finditer(cleaned):
        w = re.sub(r"\s+", " ", m.group(0).lower())
        if w not in seen and _governs(cleaned, m):
            seen.append(w)
    return tuple(seen)


def _hedge_cues(text: str) -> tuple[str, ...]:
    cues = []
    for m in _hedges().pattern_for(text).finditer(text):
        w = m.group(0).lower()
        # the month: "STIRLING, May 8, 2025", "in May 2024", "last May"
        if (
            w == "may"
            and m.group(0) == "May"
            and (
                re.match(r"\s*(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:19|20)\d\d\b)", text[m.end() :])
                or re.search(
                    r"\b(?:in|of|since|until|last|early|late|mid|from|by)\s+$", text[: m.start()]
                )
            )
        ):
            continue
        # "appearing online today", "appears in the journal": publication, not doubt
        if w.startswith("appear") and re.match(
            r"\s+(?:online|in\b|today|on\b|at\b|across\b|among\b|within\b|during\b|after\b|"
            # "steppe-related ancestry appeared around 2900 BCE": when it arrived
            r"first\b|(?:around|about|by|before|from|between|until|c\.)\s+\d)",
            text[m.end() :],
        ):
            continue  # "the same pattern appeared on four continents": it was seen; "appeared
            # around 2900 BCE": it arrived
        # "potential" as a noun of the study ("potential participants") is not a hedge
        # nor as the possible downsides of a method ("potential complications")
        if w.startswith("potential") and re.match(
            r"\s+(?:participants|donors|complications?|risks?|harms?|side[- ]effects?|"
            r"adverse|hazards?|pitfalls?|confounders?|bias(?:es)?)\b",
            text[m.end() :],
        ):
            continue
        # "26 percent more likely to die", "twice as likely", "the most likely to": a
        # comparison of risk ("is most likely benign" hedges)
        before = text[: m.start()]
        if w == "likely" and (
            re.search(r"\b(?:more|less|as|least)\s+$", before, re.I)
            or (
                re.search(r"\bmost\s+$", before, re.I)
                and (
                    re.search(r"\bthe\s+most\s+$", before, re.I)
                    or re.match(r"\s+to\b", text[m.end() :])
                )
            )
        ):
            continue
        # "graded highly suggestive", "weak or suggestive evidence": a grade of evidence,
        # which a release reports as it is; "suggestive of a benefit" hedges
        if w == "suggestive" and not re.match(r"\s+of\b", text[m.end() :]):
            continue
        # "suggestions" is a noun (patients' suggestions for improvement), not a hedge
        if w.startswith("suggestion"):
            continue
        # "10.2% lower than projected", "relative to the projected trend": the
        # counterfactual a change is measured against, not a doubt about it
        if w.startswith("project") and (
            re.search(r"\b(?:than|to|from|with)\s+(?:the\s+)?$", text[: m.start()], re.I)
            or re.match(
                r"\s+(?:trends?|levels?|values?|baseline|counterfactual)\b", text[m.end() :]
            )
        ):
            continue
        if w not in cues:
            cues.append(w)
    return tuple(cues)


#: gene, virus and reagent names that name an animal without being about one: "Kirsten
#: rat sarcoma viral oncogene (KRAS)", "fetal bovine serum", "rabbit anti-human IgG"
_NOT_SUBJECT = re.compile(
    r"\b(?:kirsten|harvey)\s+rat\s+sarcoma|\bmouse\s+double\s+minute|"
    r"\b(?:murine|feline|avian|simian|bovine)\s+(?:leuk(?:a)?emia|sarcoma|mammary tumou?r|"
    r"immunodeficiency|myeloblastosis)\s+(?:viral\s+)?(?:virus|oncogene)|\bsimian\s+virus|"
    r"\b(?:fetal|foetal)\s+(?:bovine|calf)\s+serum|\bbovine\s+serum\s+albumin|"
    r"\b(?:goat|rabbit|mouse|donkey|sheep|rat|horse)\s+anti-|\bhorseradish\s+peroxidase|"
    # animals that detect, not animals studied: "trained detection dogs", "the dogs'
    # consensus call", "the dogs identified 100 of the 118 cancer samples"
    r"\b(?:trained|detection|sniffer|scent|sniffing|detector|cancer-sniffing|"
    r"cancer-detecting)\s+(?:detection\s+)?(?:dogs?|rats?|bees|honeybees|canines?)\b|"
    r"\b(?:dogs?|rats?|canines?)\s+(?:(?:were|was|can|could|had|have)\s+(?:be\s+|been\s+)?)?"
    r"trained\s+(?:for|to|on)\b|"
    r"\b(?:dogs?|canines?)(?:'s?|\u2019s?)?\s+(?:consensus|calls?|noses?|sense of smell|"
    r"indications?|alerts?|sensitivity|specificity|accuracy)\b|"
    r"\bcanine\s+(?:detection|scent|screening)\b|"
    r"\b(?:number of|between(?: the)?|among the|of the(?: \w+)?)\s+dogs\b|"
    r"\bdogs?\s+(?:\w+ly\s+|together\s+|also\s+)?(?:identified|picked|detected|sniffed|"
    r"smelled|smelt|cleared|flagged|indicated|distinguished|missed|alerted|sat)\b|"
    # a cause named after people, not people studied: "human-caused warming"
    r"\bhuman[- ](?:caused|made|induced|driven|generated)\b|"
    r"\bhuman\s+(?:activit(?:y|ies)|influence|emissions|fingerprint)\b",
    re.I,
)


#: words one of which every match of ``_NOT_SUBJECT`` contains (in the lower-cased
#: sentence with a space before it and hyphens as spaces)
_NOT_SUBJECT_CUES = (" rat ", " rat.", " rat,", " rats", "mouse", "murine", "feline", "avian",
                     "simian", "bovine", "serum", "goat", "rabbit", "donkey", "sheep", "horse",
                     "dog", " bees", "honeybee", "canine", "human ")  # fmt: skip
#: an animal noun within a few words after a word for people's age or sex ("adult male
#: Sprague-Dawley rats", "young adult mice")
_OF_ANIMALS = re.compile(
    r"(?:[\s-]+(?!(?:and|or|with|their|of|the|who|were|was)\b)[\w-]+){0,3}?[\s-]+(?:rats?|mice|mouse|rodents?|monkeys?|macaques?|dogs?|pigs?|"
    r"piglets?|sheep|zebrafish|hamsters?|rabbits?|ferrets?|flies|worms|animals?|primates?)\b",
    re.I,
)


def _subject_info(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    low = " " + text.lower().replace("-", " ")
    if any(w in low for w in _NOT_SUBJECT_CUES):
        text = _NOT_SUBJECT.sub(" ", text)
    terms, table = _subjects()
    possible = {terms.terms[i] for i in terms.candidates(text)}
    kinds: list[str] = []
    species: list[str] = []
    for pattern, kind, sp, term in table:
        if term in possible and pattern.search(text):
            if kind == "human" and all(
                _OF_ANIMALS.match(text, m.end()) for m in pattern.finditer(text)
            ):
                continue  # "Adult male Sprague-Dawley rats": an animal's age, not people
            if kind not in kinds:
                kinds.append(kind)
            if kind == "animal" and sp and sp not in species:
                species.append(sp)
    return tuple(kinds), tuple(species)


def _norm(s: str) -> str:
    return re.sub(r"[\s-]+", " ", s.lower()).strip()


_POP_STOP = frozenset(
    re.findall(
        r"\w+",
        """received receive were was is are had have has who with and or in of at from to for
        the a an than that which this these those did do does may might could can will would
        should showed show shows include includes including consequently therefore however
        also""",
    )
)


#: a list of covariates: "adjusted for age, smoking and chronic disease" names no group
_ADJUSTED_FOR = re.compile(
    r"\b(?:adjust\w*|controll?\w*|account\w*|correct\w*)\s+for\b|\bcovariates?\b|"
    r"\bconfounders?\b",
    re.I,
)


#: words a qualifier can describe that are no group of people: a measure or an amount
_NOT_A_GROUP = frozenset(
    re.findall(
        r"\w+",
        """specificity sensitivity accuracy concentration concentrations certainty quality
        evidence heterogeneity effect effects risk risks association associations reduction
        reductions increase increases decrease improvement improvements intensity level levels
        dose doses amount amounts intake exercise activity scenario scenarios pathway
        pathways emissions model models projection projections drug drugs medicine
        medicines medication medications treatment treatments therapy therapies pill pills""",
    )
)


#: condition words that name nothing without the word before them ("heart failure",
#: "kidney disease", "back pain")
_NEEDS_ITS_NOUN = frozenset(
    ["failure", "disease", "attack", "pressure", "injury", "syndrome", "disorder", "pain",
     "infection", "insufficiency"]
)  # fmt: skip


def _population(text: str) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    adjusted: re.Match[str] | None = None
    for i, m in enumerate(_QUAL_PHRASE.finditer(text)):
        if i == 0:
            adjusted = _ADJUSTED_FOR.search(text)
        if adjusted is not None and m.start() > adjusted.start():
            continue  # a covariate, not the population
        words: list[str] = []
        for raw in m.group("rest").split():
            w = re.sub(r"[^\w'-]", "", raw.lower())
            if not w or w in _POP_STOP or (words and re.search(r"(?:ed|ing)$", w)):
                break
            words.append(w)
            if raw[-1:] in ",.;:)":
                break
        if not words:
            continue
        head = words[-1]
        if head in _NEEDS_ITS_NOUN and len(words) >= 2 and words[-2] not in _POP_STOP:
            head = f"{words[-2]} {head}"  # "chronic heart failure": heart failure, not failure
        if not head or head in ("a", "an", "the") or head in _NOT_A_GROUP:
            continue  # "moderate specificity", "moderate concentrations": not who was studied
        pair = (_norm(m.group("q")), head)
        if pair not in out:
            out.append(pair)
    return tuple(out)


#: the modal of a piece of advice; whom it addresses is named before it
_ADVICE_MODAL = re.compile(
    r"\b(?:should|must|ought to|need to|needs to|are advised to|is advised to|"
    r"(?:may|might) (?:want|wish) to|(?:can|could|may) now (?:begin|start))\b",
    re.I,
)


def _advice_target(text: str) -> str | None:
    """Whom advice addresses: the subject before its modal ("People facing a cast
    should ask their doctor" addresses readers, not doctors), else anyone named."""
    mine = _FIRST_PERSON_ADVICE.search(text)
    if mine is not None and re.search(
        r"\b(?:you|people|anyone|everyone|families)\b", mine.group(0)
    ):
        return "readers"  # "I would encourage you to ask your clinic ..."
    modal = _ADVICE_MODAL.search(text)
    if modal is not None:
        subject = re.split(r"[,;:\u2014]", text[: modal.start()])[-1]
        for name, pattern in _ADVICE_TARGETS:
            if pattern.search(subject):
                return name
    if _FOR_READERS.match(text) and not dict(_ADVICE_TARGETS)["clinicians"].search(text):
        # "For parents of children born in November or December, ...", unless it names
        # doctors ("For patients at high risk ..., doctors could consider ...")
        return "readers"
    for name, pattern in _ADVICE_TARGETS:
        if pattern.search(text):
            return name
    return None


def _hype_words(text: str) -> tuple[HypeWord, ...]:
    terms, table = _hype()
    out = []
    for m in terms.pattern_for(text).finditer(text):
        key = re.sub(r"\s+", " ", m.group(0).lower())
        category, level, source = table.get(key, ("", 1, ""))
        out.append(HypeWord(m.group(0), category, level, source, m.start(), m.end()))
    return tuple(out)


#: other studies' findings: "..., and observational studies have linked it to lower
#: attainment" (tried only where "stud", "research" or "trial" occurs)
_OTHERS_FOUND = re.compile(
    r"\b(?:observational|other|many|several|some|numerous|earlier|dozens of|hundreds of|"
    r"a number of|previous|past|prior) (?:studies|research|trials|surveys|analyses|reports) "
    r"(?:have|has) (?:long |previously |already )?(?:linked|shown|found|suggested|tied|"
    r"associated)\b",
    re.I,
)
#: the state of care before the study: "there is currently no approved medicine to
#: prevent it", "antibiotics are still essential for treating serious infections"
_STATE_OF_CARE = re.compile(
    r"\bthere (?:is|are) (?:currently |still |as yet |so far )?no (?:approved |effective |"
    r"licensed |known |proven )?(?:treatments?|medicines?|medications?|drugs?|cures?|"
    r"therap(?:y|ies)|vaccines?)\b|"
    r"\b(?:is|are) (?:still |currently |widely |often )?(?:essential|used|prescribed|given|"
    r"the mainstay) (?:for|to|in) (?:treating|treat|the treatment of)\b",
    re.I,
)
#: general knowledge told in the present tense: "is a major risk factor for", "drives
#: drug resistance"; a claim only when the sentence says the study found it
_GENERAL_FACT = re.compile(
    r"\b(?:is|are) (?:a|an|the|one of the) (?:major|leading|key|main|known|well-known|common|"
    r"important|strong|big|biggest) (?:risk factors?|causes?|drivers?|contributors?) "
    r"(?:for|of|to)\b|\b(?:fuels?|drives?) (?:drug|antibiotic|antimicrobial) resistance\b|"
    # "Heart disease and stroke are among the leading causes of death worldwide"; "high
    # blood pressure is one of their best-known drivers"
    r"\b(?:is|are)\s+(?:among|one of)\s+(?:the|their|its)\s+(?:leading|biggest|main|major|"
    r"commonest|most common|best-known|best known|strongest)\s+(?:causes?|killers?|drivers?|"
    r"risk factors?|contributors?)\b|"
    # what something does as a rule: "Carrying such bacteria in the gut usually causes no
    # symptoms"
    r"\b(?:usually|typically|generally|normally|rarely|seldom)\s+(?:causes?|leads?\s+to|"
    r"produces?|triggers?)\b|"
    # what happens in any case of a condition: "In an ischaemic stroke, a clot cuts off
    # blood to part of the brain", "An ischaemic stroke happens when a clot blocks"
    r"^\W*in\s+an?\s+(?:[\w-]+\s+){0,2}[\w-]+,\s+an?\s+[\w-]+\s+[a-z]+s\b|"
    r"\b(?:happens|occurs|develops)\s+when\s+an?\b",
    re.I,
)
_STUDY_REF = re.compile(
    r"\b(?:study|studies|trial|research|researchers|team|authors|findings?|results?|found|"
    r"shows?|showed|participants)\b",
    re.I,
)


#: more background, each tried only where a word it needs occurs
_BACKGROUND_GUARDED: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        # what people at large say of something: "people who do it often say it improves
        # their mood" (not what this study's participants reported)
        (" say", " claim", " believe", " swear", " insist"),
        re.compile(
            r"\b(?:people|users|fans|proponents|advocates|enthusiasts|many|some)\s+"
            r"(?:(?!participants|patients|of\b)[a-z-]+\s+)?(?:who\s+[\w\s'-]{1,30}?\s+)?"
            r"(?:often\s+|commonly\s+|widely\s+|also\s+)?(?:say|claim|believe|swear|insist)\b",
            re.I,
        ),
    ),
    (
        # a definition: "Tai chi is a gentle form of exercise", "originally developed as",
        # "SKN-1 is the worm counterpart of a protein called NRF2"
        (
            " form of",
            " type of",
            " kind of",
            " class of",
            " family of",
            "originally",
            "counterpart",
            "equivalent",
            "homolog",
            "ortholog",
            "analog",
        ),
        re.compile(
            r"\b(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:form|type|kind|class|family)"
            r"\s+of\b|\boriginally\s+(?:developed|designed|used)\b|"
            r"\b(?:is|are)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:counterpart|equivalent|"
            r"homologu?e|orthologu?e|analogu?e)s?\s+of\b",
            re.I,
        ),
    ),
)


def _guarded_background(text: str) -> bool:
    low = text.lower()
    return any(
        any(w in low for w in words) and pattern.search(text)
        for words, pattern in _BACKGROUND_GUARDED
    )


#: why something said before matters, not a finding: "That matters for anyone who wants
#: to count restoration as a climate benefit"
_WHY_IT_MATTERS = re.compile(
    r"\W*(?:and\s+)?(?:that|this|it|which)\s+(?:really\s+|also\s+|still\s+)?matters\s+"
    r"(?:for|to|because|if|when|a\s+lot)\b",
    re.I,
)


def _is_claim(text: str, strength: int, advice_level: int, null_result: bool) -> bool:
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    if len(words) < 4:
        return False
    stripped = text.strip()
    if stripped.endswith("?") or _ATTRIBUTION_ONLY.search(stripped) or _ABOUT_ORG.match(stripped):
        return False
    # "New research: X does Y" headlines: judge what follows the colon
    body = re.sub(r"^[^:]{0,30}:\s*", "", stripped)
    if (
        _BACKGROUND.search(body)
        or _background_anywhere(body)
        or _CAVEAT.search(body)
        or _guarded_background(body)
    ):
        return False
    low = body.lower()
    if (
        "stud" in low
        or "research" in low
        or "trial" in low
        or "survey" in low
        or "analyses" in low
        or "reports" in low
    ) and _OTHERS_FOUND.search(body):
        return False  # "..., and observational studies have linked it to lower attainment"
    if ("treat" in low or "there " in low) and _STATE_OF_CARE.search(body):
        return False  # "there is currently no approved medicine to prevent it"
    if (_GENERAL_FACT.search(body) or _PREVALENCE.search(body)) and not _STUDY_REF.search(body):
        # "antibiotic overuse drives drug resistance", "IBS, which can cause stomach pain,
        # affects roughly one in ten adults": what is known already
        return False
    if not null_result and _METHODS_USED.search(body):
        return False  # "the team combined several methods: interviews, ...": how, not what
    if _WHY_IT_MATTERS.match(body):
        return False  # "That matters for anyone who wants to count ...": why, not what
    if null_result or strength >= 1:
        return True
    if _DESIGN_ONLY.search(body):
        return False  # how the study was done, with no relation stated: methods
    if advice_level or _cautious(body):
        return False  # advice or a caution, not a finding
    return bool(_STRONG_CLAIM_CUES.search(body)) or (
        bool(_CLAIM_CUES.search(body))
        # ("half an hour" in words is no figure of a result)
        and any(not (q.worded and q.unit == "minutes") for q in extract_numbers(body))
    )


#: a condition named by what it left behind: "living with the long-term effects of a
#: stroke"
_LIVING_WITH = re.compile(
    r"\bliving\s+with\s+the\s+(?:long-term\s+|lasting\s+|after-?)?effects\s+of\b", re.I
)
#: an outcome named by its cause ("pupil absence due to respiratory infections",
#: "admissions due to asthma"): what was counted, not a cause the sentence claims
_DUE_TO_OUTCOME = re.compile(
    r"\b(absences?|deaths?|admissions?|hospitali[sz]ations?|visits?|sick days|days off|"
    r"time off|sick leave|leave|consultations?|referrals?)\s+due to\b",
    re.I,
)
#: advice not to wait for research: "without waiting for further research", "rather
#: than wait for more trials"
_NOT_WAITING = re.compile(
    r"\b(?:without|rather than|instead of|not|no need to)\s+(?:waiting|wait)\s+(?:for|on|until)\s+"
    r"[^.;,]{0,60}",
    re.I,
)
#: one thing offered in place of another: "can use the chatbot instead of booking
#: sessions with a counsellor"
_USE_INSTEAD = re.compile(
    r"\b(?:can|could|may)\s+(?:now\s+|simply\s+)?(?:use|try|take|rely on|turn to|switch to|opt for)"
    r"\b[^.;]{0,60}?\binstead of\b",
    re.I,
)
#: a treatment put to readers to raise with their doctor: "may want to ask their
#: veterinarian about starting low-dose rapamycin" (not "talk to your doctor about whether")
_ASK_ABOUT = re.compile(
    r"\b(may|might|could|should)\s+(?:(?:wish|want)\s+to\s+)?(?:ask|talk\s+to|speak\s+(?:to|with)|"
    r"check\s+with|consult)\s+(?:their|your|a)\s+(?:own\s+)?(?:doctor|GP|veterinarian|vet|"
    r"pharmacist|dentist|midwife|clinician|physician|nurse)s?\s+about\s+(?:starting|taking|"
    r"trying|getting|using|switching|giving|adding|having)\b",
    re.I,
)
#: an easy way to a benefit, suggested: "is a simple, free way to walk in feeling more
#: powerful" (tried only where "suggest" occurs)
_EASY_WAY = re.compile(
    r"\b(?:is|are|offers?|as|be)\s+(?:an?\s+|the\s+)?(?:simple|easy|cheap|free|quick|practical|"
    r"low-cost|safe|simplest|easiest|cheapest|quickest)(?:,?\s+(?:and\s+)?(?:simple|easy|cheap|free|"
    r"quick|practical|low-cost|safe))*\s+(?:way|means|step)\s+(?:to|for|of)\b",
    re.I,
)
#: a sentence put to a readership: "For parents of children born in November or December,
#: ..."
_FOR_READERS = re.compile(
    r"^\W*For\s+(?:parents|people|patients|families|adults|women|men|anyone|those|readers|"
    r"older\s+people|carers|caregivers)\b",
    re.I,
)
#: a weak endorsement: "may be worth adding to the diet", "is worth a try"
_WORTH_TRYING = re.compile(
    r"\b(?:is|be|are|seems?|looks?)\s+(?:well\s+)?worth\s+(?:adding|trying|taking(?!\s+forward)|"
    r"using|eating|"
    r"drinking|including|switching|a try|a go)\b",
    re.I,
)
#: "led by" of who ran a study ("a study led by researchers at ..."), which the strength
#: model would read as the "led" of "led to" (tried only where "led by" occurs)
_LED_BY = re.compile(r"\b(?:co-)?led by\b", re.I)


#: "can" the container ("a fifth of a standard can", "cans of cola"), not the modal
_CAN_NOUN = re.compile(
    r"(\b(?:a|an|the|per|one|each|every|standard|single|small|large|fizzy|soda|drinks?)\s+)"
    r"can(?=\s*(?:[.,;:)]|of\b|$))",
    re.I,
)


@lru_cache(maxsize=4096)
def analyze(text: str) -> Features:
    """Claim features of one sentence."""
    from spin import classify

    # "a study led by researchers at ...": who ran the study, not "led to"
    model_text = _LED_BY.sub("by", text) if "led by" in text else text
    if " can" in model_text:
        model_text = _CAN_NOUN.sub(r"\1tin", model_text)
    if "effects of" in model_text:
        # "adults living with the long-term effects of a stroke": who they are
        model_text = _LIVING_WITH.sub("living after", model_text)
    if "due to" in model_text:
        model_text = _DUE_TO_OUTCOME.sub(r"\1 from", model_text)
    if "affected by" in model_text:
        # "one in five days ... were affected by smoke": which days, not what smoke did
        model_text = _PLACE_AFFECTED.sub(r"\1 under", model_text)
    if "contribut" in model_text:
        # "Sixty adults ... contributed data from one night": gave data, not a cause
        model_text = _CONTRIBUTED_DATA.sub("provided", model_text)
    if "killed" in model_text:
        # "crashes in which someone is hurt or killed": the outcome counted, not a cause
        model_text = _KILLED_OUTCOME.sub(r"\1 dead", model_text)
    if "ide" in model_text and "side" in model_text.lower():
        # "the side-effect reports filed for the drugs": adverse events, not "effect"
        model_text = _SIDE_EFFECT.sub("adverse event", model_text)
    if "cut" in model_text:
        # "At its chosen cut-off, the model flagged 87 percent": a threshold, not "cut"
        model_text = _CUT_OFF.sub("threshold", model_text)
        # "144 fragments of the coral, cut from six parent colonies": taken, not reduced
        model_text = _CUT_FROM.sub("taken from", model_text)
    if "-related" in model_text and "caus" in model_text:
        # "catching COVID-19 causes grey matter in the brain's smell-related regions to
        # thin": a kind of region, not an association beside the cause
        model_text = _HYPHEN_RELATED.sub(r"\1", model_text)
    st = classify.claim_strength(model_text)
    # "adopt one without waiting for further research": the opposite of a caution
    plain = _NOT_WAITING.sub(" ", text) if "wait" in text else text
    # (nor is what a patient's state requires: "when they need to be stabilised first")
    adv = classify.advice(_MANNER.sub(" ", plain) if "need" in plain else plain)
    negs = _negations(text)
    null = _null_result(text)
    kinds, species = _subject_info(text)
    cautionary = (
        _cautious(plain)
        or bool(_research_advice(plain))
        or (("needed" in plain or "required" in plain) and bool(_RESEARCH_NEEDED.search(plain)))
    )
    marked = _ADVICE_MARKER.search(text)
    if (
        marked is not None
        and (" whether " in text or " how " in text)
        and _ASKED.search(text, 0, marked.start())
    ):
        # "little evidence on whether children need to take ten days": a question
        marked = _ADVICE_MARKER.search(text, marked.end())
    if marked is not None and _OPEN_QUESTION.match(text):
        # "Which tools should be used ... has yet to be agreed": a question left open
        marked = None
    while marked is not None and _DECIDE_WHO.search(text, 0, marked.start()):
        marked = _ADVICE_MARKER.search(text, marked.end())
    if marked is not None and _SHOULD_EXPECTED.search(text):
        # "People born a few weeks apart should be very similar": what to expect
        marked = _ADVICE_MARKER.search(_SHOULD_EXPECTED.sub(" ", text))
    if marked is not None and _MANNER.search(text):
        # "the organoids stop growing the way they should": how things go, not advice
        marked = _ADVICE_MARKER.search(_MANNER.sub(" ", text))
    advice_level = int(adv.label) if marked else 0
    advice_cues = tuple(adv.cues)
    low = text.lower()
    recommends = (
        _RECOMMENDS_THAT.search(text)
        if advice_level < 2 and not cautionary and any(w in low for w in _RECOMMEND_WORDS)
        else None
    )
    if recommends is not None:
        # "the team recommends that drug programmes abandon ...", "the researchers
        # advise adults to cut back": the study's recommendation is advice whatever the
        # model makes of its topic
        verb = re.search(r"(?:recommend|urg|advis|consider|call|suggest)\w*", recommends.group(0),
                         re.I)  # fmt: skip
        advice_cue = verb.group(0).lower() if verb else "recommends"
        # recommending, urging and advising are strong advice (Li et al. 2021 code "we
        # recommend" as strong); "may wish to consider" is weak
        advice_level = max(advice_level, 1 if advice_cue.startswith(("consider", "suggest")) else 2)
        advice_cues = (advice_cue, *advice_cues)
    if (
        advice_level < 2
        and not cautionary
        and ("encourage" in low or "advi" in low or "urge" in low or "recommend" in low)
    ):
        mine = _FIRST_PERSON_ADVICE.search(text)
        if mine is not None:
            # "I would encourage you to ask your clinic about a scratch": a speaker's advice
            advice_level = 2
            advice_cues = (mine.group(0), *advice_cues)
    if (
        advice_level < 2
        and (
            "sensible" in low
            or "wise" in low
            or "makes sense" in low
            or "reason" in low
            or " now " in low
            or " case for " in low
            or " your " in low
            or " enough " in low
        )
        and not cautionary
        and (endorsed := _SENSIBLE_STEP.search(text)) is not None
    ):
        # "taking a low-dose sage supplement is a sensible step", "give provincial
        # governments good reason to restrict fishing": an endorsement
        advice_level = 2
        said = endorsed.group(0).lower()
        kind = (
            "good reason to"
            if "reason" in said
            else " ".join(said.split()[:3])
            if " now " in said
            else "case for"
            if " case for " in said
            else " ".join(said.split()[:2])
            if " enough " in said
            else " ".join(re.findall(r"(?:ask|tell|urge)\s+your", said)[:1])
            if " your " in said
            else "sensible step"
        )
        advice_cues = (kind, *advice_cues)
    if advice_level < 2 and not cautionary and (told := _CLINICIANS_CAN.search(text)) is not None:
        # "Doctors can now suggest a daily glass of beetroot juice to patients": advice to
        # clinicians, weak where it only allows ("could consider")
        weak = re.search(r"\b(?:could|may|might)\b", told.group(0), re.I) is not None
        advice_level = max(advice_level, 1 if weak else 2)
        advice_cues = (told.group(0).lower(), *advice_cues)
    if advice_level < 2 and not cautionary and (eased := _CAN_RELAX.search(text)) is not None:
        # "families can relax about keeping it in the diet": leave to stop a precaution
        advice_level = 2
        advice_cues = (eased.group(0).lower(), *advice_cues)
    if advice_level < 1 and " about " in low and (asked := _ASK_ABOUT.search(text)) is not None:
        # "Owners ... may want to ask their veterinarian about starting low-dose rapamycin
        # now": an option put to readers, weak advice (strong with "should")
        advice_level = 2 if asked.group(1).lower() == "should" else 1
        advice_cues = (asked.group(0).lower(), *advice_cues)
    if (
        advice_level < 1
        and "way" in low
        and ("suggest" in low or _FOR_READERS.match(text))
        and not cautionary
    ):
        easy = _EASY_WAY.search(text)
        if easy is not None:
            # "For students heading into an exam ..., the researchers suggest, two minutes in
            # an expansive pose beforehand is a simple, free way to walk in feeling more
            # powerful": an endorsement put to readers, weak advice
            advice_level = 1
            advice_cues = (easy.group(0).lower(), *advice_cues)
    if advice_level < 1 and "worth" in low and not cautionary:
        worth = _WORTH_TRYING.search(text)
        if worth is not None:
            # "may be worth adding to the diet of people at high risk": a weak endorsement
            advice_level = 1
            advice_cues = (worth.group(0).lower(), *advice_cues)
    if advice_level < 1 and "reasonable" in low and not cautionary:
        option = _REASONABLE_OPTION.search(text)
        if option is not None:
            # "PRP is a reasonable option to discuss with their doctor": an option put to
            # readers, weak advice
            advice_level = 1
            advice_cues = (option.group(0).lower(), *advice_cues)
    if advice_level < 1 and "instead of" in low and not cautionary:
        swap = _USE_INSTEAD.search(text)
        if swap is not None:
            # "Students ... can use the chatbot instead of booking sessions with a
            # counsellor": an option offered to readers, weak advice
            advice_level = 1
            advice_cues = (swap.group(0).lower(), *advice_cues)
    if advice_level == 2 and _SUGGEST_THAT.search(text):
        advice_level = 1  # "the researchers suggest that assessments should include ...": weak
    if advice_level and "would recommend" in text.lower() and _WOULD_RECOMMEND.search(text):
        advice_level = 0  # "said they would recommend the test to friends": a rating, not advice
    hedges = _hedge_cues(text)
    strength, strength_cues = int(st.label), tuple(st.cues)
    confidence = float(st.confidence)
    prevalence = _PREVALENCE.search(text)
    if prevalence is not None and _direct_cause_cue(text) is None:
        # "Tinnitus ... affects millions of people": how common it is, not a relation
        other = re.sub(r"\baffect\w*", "", text[: prevalence.start()] + text[prevalence.end() :])
        if not _CORRELATIONAL.search(other) and not _STRONG_CLAIM_CUES.search(other):
            strength, strength_cues = 0, (prevalence.group(0).lower(),)
            confidence = 1.0
    temporal = (
        _TEMPORAL.search(text) if "follow" in low or "coincid" in low or " same " in low else None
    )
    if temporal is not None and _direct_cause_cue(text) is None:
        # "the programme was followed by a lasting fall in prescribing": one thing after
        # another, which is how a study without a control group should put it
        strength, strength_cues, confidence = 1, (temporal.group(0).lower(),), 1.0
    # an evidential verb is no hedge on the cause it reports: "The results indicate that
    # even trace amounts of lithium in tap water help protect residents against suicide"
    if (not hedges or only_evidential(hedges)) and not negs and not null:
        cue = _direct_cause_cue(text)
        if cue is not None:
            # a direct-cause verb decides, whether or not the model agreed, and as
            # surely either way
            # (its own words first, whichever way the model read the sentence)
            strength, strength_cues = 3, (cue, *(c for c in strength_cues if c != cue))
            confidence = 1.0
    return Features(
        text=text,
        strength=strength,
        strength_cues=strength_cues,
        certainty=float(classify.certainty(text)),
        hedges=hedges,
        boosters=tuple(
            b
            for b in _cues(_boosters().pattern_for(text), text)
            if not (b.startswith("prov") and _TURNED_OUT.search(text))
            and not (b == "clearly" and _CLEARLY_NOT_A_FINDING.search(text))
            and not (b.startswith("settle") and _SETTLED_INTO.search(text))
            and not (b == "always" and _ALMOST_ALWAYS.search(text))
        ),
        negations=negs,
        null_result=null,
        subjects=kinds,
        species=species,
        implicit_human=_first(_IMPLICIT_HUMAN, text),
        population=_population(text),
        generic_group=bool(_GENERIC_GROUP.search(text)),
        specific_groups=_cues(_SPECIFIC_GROUP, text),
        advice=advice_level,
        advice_cues=advice_cues,
        advice_to=_advice_target(text) if advice_level else None,
        cautionary=cautionary,
        numbers=extract_numbers(text),
        hype=_hype_words(text),
        novelty=_novelty_cues(text),
        is_claim=_is_claim(text, strength, advice_level, null),
        strength_confidence=confidence,
    )


# --------------------------------------------------------------------------- paper facts

#: a reader study: every reader reads every case with and without an aid (an experiment on
#: reading, whatever the age of the cases)
_READER_STUDY = re.compile(
    r"\bfully[- ]crossed\b|\bmulti-?reader,?\s+multi-?case\b|\bMRMC\b|\breader stud(?:y|ies)\b",
    re.I,
)
#: a correlation's statistics in the same brackets, before an "n=": "(r=0.41, p=0.42; n="
#: the first word of the clause before an "(n=" count
_CLAUSE_HEAD = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?:the\s+|all\s+)?([A-Za-z][a-z-]+)\b[^.;:,()]*\(\s*$"
)


def _things_counted(text: str, at: int) -> bool:
    """Whether an "(n=" count at ``at`` counts things that are not subjects: the clause
    opens with a plural noun that names neither people nor animals ("Meadows 0-5 years old
    (n=5)", "Sites near the outfall (n=32)"), not "Patients aged 65 or older (n=120)" nor
    "The intervention group (n=60)"."""
    m = _CLAUSE_HEAD.search(
        text, max(0, text.rfind("(", 0, at + 1) - 80), text.rfind("(", 0, at + 1) + 1
    )
    if m is None:
        return False
    head = m.group(1).lower()
    return (
        head.endswith("s")
        and not head.endswith("ss")
        and head not in _SUBJECT_COUNT_UNITS
        and head not in _NOT_THINGS
    )


#: plural words that open a clause about subjects or groups: "Controls (n=40)", "Those
#: ...", "Others"
_NOT_THINGS = frozenset(
    ["controls", "cases", "those", "others", "this", "as", "was", "its", "us", "has", "is",
     "these", "siblings", "twins", "parents", "pairs", "families", "households", "workers",
     "nurses", "physicians", "clinicians", "doctors", "residents", "pupils", "members",
     "employees", "athletes", "runners", "players", "owners", "carriers", "non-carriers",
     "responders", "non-responders", "dyads", "couples", "patients", "recipients",
     "donors", "users", "non-users", "smokers", "drinkers", "eyes", "knees", "hips",
     "teeth", "ears", "arms", "groups", "cohorts"]
)  # fmt: skip


_CORRELATION_BEFORE = re.compile(r"\((?:[^()]*[;,]\s*)?(?:r|rho|\u03c1|r2|R2)\s*=[^()]*$")
_DESIGNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("meta_analysis", re.compile(r"\bmeta-?analys[ie]s\b|\bsystematic review\b", re.I)),
    (
        "rct",
        re.compile(
            r"\brandomi[sz]ed\b(?:[\w\s,-]{0,40})\b(?:trial|study|experiment)\b|"
            # places offered by lottery: "drawing names by lottery", "lottery selection"
            r"\b(?:by|through|via)\s+(?:a\s+)?lottery\b|\blottery\s+(?:selection|winners)\b|"
            # (not "each physician was randomly assigned 25 vignettes": material to raters)
            r"\brandomly (?:assigned|allocated)\b(?!\s+\d+\s+(?:vignettes|cases|images|items|"
            r"questions|scans|samples|records))|\bRCT\b|"
            # the attributes of the options are varied by design: an experiment on choices
            r"\bdiscrete[- ]choice experiments?\b|\bconjoint experiments?\b",
            re.I,
        ),
    ),
    # not a "case-crossover" study, which compares each case's own days: observational
    # (and a reader study whose readers read every case with and without an aid: "this
    # retrospective, fully crossed study", "multi-reader multi-case")
    (
        "crossover",
        re.compile(
            rf"(?<!case-)(?<!case )\bcross-?over\b|{_READER_STUDY.pattern}",
            re.I,
        ),
    ),
    (
        "cohort",
        re.compile(
            # "four participants per cohort" of a dose-escalation trial is not a cohort study
            # nor is "a simulated cohort of 100,000" of a model
            r"(?<!per )(?<!each )(?<!dose )(?<!dosing )(?<!simulated )(?<!hypothetical )"
            r"(?<!virtual )(?<!synthetic )\bcohort\b(?! of (?:four|three|\d+) )|"
            r"\bprospective(?:ly)? (?:study|studies|followed)\b|"
            r"\blongitudinal (?:study|cohort|data)\b|\bfollowed up for\b",
            re.I,
        ),
    ),
    ("case_control", re.compile(r"\bcase[- ]control\b|\bcase[- ]crossover\b", re.I)),
    (
        "cross_sectional",
        # "national survey data" as the input of a model is not this study's design
        # (not "a cross-sectional comparison" of a tool with doctors on written cases, nor a
        # cross-sectional diagnostic accuracy study: how a test performs, no exposure)
        re.compile(
            r"\bcross[- ]sectional\b(?!\s+(?:comparison|diagnostic|accuracy|validation|"
            r"evaluation))|"
            # (not an outcome's instrument: "the share of HCAHPS survey respondents rating the
            # hospital 9 or 10")
            r"(?<!HCAHPS )(?<!experience )(?<!satisfaction )\bsurvey(?:ed)?\b"
            r"(?!\s+(?:data|estimates|respondents|scores?|ratings?|responses|items?|questions?|"
            r"points|sites|stations|plots|markers|benchmarks))",
            re.I,
        ),
    ),
    (
        "observational",
        re.compile(
            r"\bobservational\b|(?<!per )(?<!each )(?<!dose )(?<!dosing )(?<!simulated )"
            r"(?<!hypothetical )(?<!virtual )(?<!synthetic )\bcohort\b|"
            r"\bcase[- ]control\b|"
            r"\bcross[- ]sectional\b(?!\s+(?:comparison|diagnostic|accuracy|validation|"
            r"evaluation))|\bregistry\b|\bretrospective\b|"
            r"\btime[- ]series (?:study|analysis|design)\b|\becological (?:study|design)\b|"
            # pharmacovigilance: "a case/non-case study in FAERS", "disproportionality
            # analyses of spontaneous reports"
            r"\bcase/non-?case\b|\bdisproportionality (?:analysis|analyses)\b|"
            r"\bpharmacovigilance (?:study|analysis)\b|"
            # "a longitudinal panel study of 312 hospitals with hospital fixed effects"
            r"\bpanel (?:study|data|analysis|regression)\b|"
            # "a staggered difference-in-differences event study": exposures nobody assigned
            r"\bdifference[- ]in[- ]differences?\b|\bevent[- ]study\b|"
            r"\bfixed[- ]effects? (?:models?|regressions?|analys[ie]s)\b|"
            # "a prospective, non-randomised study": groups nobody assigned at random
            r"\bnon-?randomi[sz]ed,?\s+(?:(?:prospective|controlled|comparative|"
            r"before-and-after)\s+)?(?:study|comparison|design|evaluation)\b",
            re.I,
        ),
    ),
    (
        "animal",
        re.compile(
            r"\b(?:mice|mouse|murine|rats?|rodents?|zebrafish|macaques?|"
            r"monkeys?|primates|piglets?|drosophila|c\. elegans|in vivo|dogs|beagles|"
            r"rabbits|pigs|sheep|cats|hamsters|ferrets|horses|cattle|cows|baboons|marmosets|"
            r"steers|heifers|bulls|calves|lambs|ewes|goats|hens|broilers|livestock|"
            r"caenorhabditis|nematodes?|(?<!parasitic )worms|fruit fl(?:y|ies)|bats|"
            r"mosquito(?:es|s)?|anopheles)\b",
            re.I,
        ),
    ),
    (
        "in_vitro",
        re.compile(
            # (not "in vitro fertilisation", nor "embryos cultured" in a trial of IVF)
            r"\bin vitro\b(?!\s+fertili[sz]ation)|\bcell lines?\b|"
            # (nor a sample "cultured on cefotaxime-supplemented agar": a diagnostic test)
            r"(?<!embryos were )(?<!embryo )\bcultured\b"
            r"(?!\s+(?:on|in)\s+(?:[\w-]+\s+){0,2}(?:agar|plates?|media|medium|broth)\b)|"
            r"\borganoids?\b|\bcell cultures?\b",
            re.I,
        ),
    ),
    (
        "modelling",
        re.compile(
            # (not "simulated dawn and dusk" in an insectary: a condition of the experiment)
            r"\bsimulations?\b|\bsimulat(?:ed|ing)\b(?!\s+(?:dawn|dusk|daylight|light|sunlight|"
            r"natural|rain\w*|altitude|driving|flight|surgery|patients?|weather|tides?|"
            # (nor the material shown to participants: "a simulated social media post")
            r"social|posts?|feeds?|news|tweets?|messages?|web\s*sites?|web\s*pages?|"
            r"consultations?|scenarios?|emergenc\w*|shopping|environments?)\b)|"
            r"\bcomputational model\w*\b|\bmathematical model\w*\b|"
            # not "candidate sites nominated by CIRCLE-seq and in silico prediction": a tool
            r"\bmodell?ing study\b|\bin silico\b(?!\s+predict)|\bmicrosimulation\b",
            re.I,
        ),
    ),
    ("pilot", re.compile(r"\bpilot\b|\bfeasibility (?:study|trial)\b", re.I)),
    (
        "single_arm",
        re.compile(
            r"\bsingle[- ](?:arm|group)\b|\bopen[- ]label,? uncontrolled\b|"
            # "uncontrolled hypertension" is a condition, not a design
            r"\buncontrolled (?:study|trial|design|pilot|series|before|pre)|\bcase series\b|"
            r"\b(?:there was|with) no (?:control|comparison) group\b|"
            r"\bwithout (?:a )?(?:control|comparison) group\b",
            re.I,
        ),
    ),
    (
        "interim",
        re.compile(
            r"\binterim analysis\b|\bstopped early\b|\bterminated early\b|"
            r"\bhalted\b|\bearly termination\b",
            re.I,
        ),
    ),
    (
        "qualitative",
        # "structured interviews" collect data for quantitative designs (case-control
        # exposure histories): only qualitative methods make a qualitative study
        re.compile(
            r"\bqualitative\b|\bfocus groups?\b|\b(?:semi-structured|in-depth|open-ended|"
            r"narrative) interviews\b|\bthematic(?:ally)? analy|\bgrounded theory\b|"
            r"\binterpretative phenomenological\b",
            re.I,
        ),
    ),
)

#: design words a release may use for each design (for omitted_study_design)
#: a subgroup of the sample: "among those with mild loss", "in those with diabetes"
_SUBGROUP_OF = re.compile(r"\b(?:among|in|for)\s+those\s+with\s+[^,;.()]+", re.I)
_SUBGROUP_N = re.compile(r"\b(?:among|in|for)\s+[^,;.()]{1,50}?\(n\s*=\s*\d[\d,]*\)", re.I)
#: a design denied: "treatment was not randomly allocated", "non-randomised"
_NOT_RANDOM = re.compile(
    r"\b(?:not|non-?|never)\s*(?:been\s+|being\s+)?(?:randomly|randomi[sz]ed)\b", re.I
)

DESIGN_MENTIONS: dict[str, re.Pattern[str]] = {
    "meta_analysis": re.compile(
        r"\bmeta-?analys|\bsystematic review|\breview of\b|\bpooled\b", re.I
    ),
    "rct": re.compile(
        r"\brandomi[sz]ed|\brandomly\b|\bcontrolled trial|\bplacebo\b|\bclinical trial", re.I
    ),
    "crossover": re.compile(
        rf"(?<!case-)(?<!case )\bcross-?over\b|\bboth conditions\b|{_READER_STUDY.pattern}|"
        r"\bonce (?:with|on their own|alone|unaided)\b[^.]{0,40}\bonce (?:with|without)\b",
        re.I,
    ),
    "cohort": re.compile(
        r"\bcohort|\bobservational|\bfollowed\b|\btracked\b|\blongitudinal|"
        r"\bdata from\b|\bassociation\b|\blinked\b|\bassociated\b",
        re.I,
    ),
    "case_control": re.compile(
        r"\bcase[- ]control|\bcase[- ]crossover|\bobservational|"
        r"\bcompared (?:(?:just )?(?:over |under |about |nearly )?[\d,]+ )?"
        r"(?:people|patients|adults|women|men|children)|"
        # "They compared them with samples from 236 people without lung cancer"
        r"\bcompared\s+(?:them|these|those|their\s+\w+|(?:the\s+)?samples?)\s+with\s+"
        r"(?:[\w-]+\s+){0,3}?(?:[\d,]+\s+)?(?:people|patients|adults|controls|volunteers)\b",
        re.I,
    ),
    "cross_sectional": re.compile(
        r"\bcross[- ]sectional|\bsurvey|\bobservational|\bsnapshot|"
        r"\bat one point in time|\b(?:scanned|measured|assessed|examined|tested) (?:only )?once\b|"
        r"\bat a single (?:time|point|visit)\b|"
        # products bought and tested once: "lab study finds", "a laboratory analysis"
        r"\blab(?:oratory)?[- ](?:study|analysis)\b",
        re.I,
    ),
    "observational": re.compile(
        r"\bobservational|\bcohort|\bcase[- ]control|\bcross[- ]sectional|"
        r"\bsurvey|\bregistry|\bassociation\b|\bassociated\b|\blinked\b|"
        r"\bcorrelat|\bcannot (?:show|prove)|\bdoes(?:n't| not) prove|"
        r"\blook(?:ed|ing)? back\b|\bretrospective|\barchived?\b|"
        # "One approach used satellite altimeters ..."; "But this is a statistical analysis"
        r"\bsatellites?\b|\bstatistical analysis\b|\bsurveillance\b|"
        # "the study had no randomised comparison group": not a trial
        r"\bno\s+randomi[sz]ed\b|\b(?:not|n't)\s+(?:a\s+)?randomi[sz]ed\b|"
        # "acquisitions are not randomly assigned"; "compared ... with hospitals that had not
        # yet been acquired"
        r"\bnot\s+randomly\s+(?:assigned|allocated)\b|\bhad\s+not\s+yet\s+been\b|"
        r"\bdifference[- ]in[- ]differences?\b|\bevent[- ]study\b",
        re.I,
    ),
    "animal": re.compile(
        r"\bmice|\bmouse|\brats?\b|\brodent|\bzebrafish|\bmonkey|\bmacaque|"
        r"\bprimate|\banimal|\bpigs?\b|\bpiglets?\b|\bfruit fl|\bworms?\b|"
        r"\bcattle\b|\bcows?\b|\bsteers?\b|\bheifers?\b|\blivestock\b|\bdogs?\b",
        re.I,
    ),
    "in_vitro": re.compile(
        r"\bin vitro\b|\blab(?:oratory)? dish|\bpetri|\btest tubes?|\borganoid|"
        r"\bin the lab(?:oratory)?\b|"
        r"\blab(?:oratory)? (?:experiments?|tests?|studies|study|results|findings|work)|"
        r"\bcell lines?\b|\bcell cultures?\b|\bcultured\b|\bin culture\b|"
        r"\bcells? (?:grown|cultured)\b",
        re.I,
    ),
    "modelling": re.compile(
        r"\bmodel|\bsimulat|\bcomputer|\bin silico|\bprojection|\bestimate", re.I
    ),
    "pilot": re.compile(
        r"\bpilot\b|\bfeasibility\b|\bsmall (?:study|trial)\b|\bpreliminary\b", re.I
    ),
    "single_arm": re.compile(
        r"\bsingle[- ]arm|\buncontrolled (?:study|trial|design|pilot)|"
        r"\bno (?:control|comparison) group|"
        r"\bwithout a (?:control|comparison)|\bno group of \w+ to compare|"
        r"\bevery (?:participant|nurse|patient|one) (?:received|got|used)\b|"
        r"\bopen[- ]label|\bcase series|"
        # a case series told plainly: "a review of more than 900 patient records", "looked
        # back at every patient who came to the emergency departments"
        r"\b(?:reviewed|review of|looked back at)\b[^.]{0,60}\b(?:records|patients|cases)\b|"
        # a before-and-after study told plainly: "Blood was drawn the day before the race,
        # within half an hour of crossing the finish line, and again 48 hours later"
        r"\b(?:drawn|drew|tak(?:en|ing)|took|measur\w*|test(?:ed|ing)|collect\w*|scann\w*|"
        r"assess\w*)\b[^.]{0,40}\bbefore\b[^.]{0,100}\b(?:after|afterwards?|later)\b|"
        r"\b(?:measured|tested|assessed|scanned|scans?|tests?|samples?|measurements?)\s+"
        r"(?:both\s+)?before and (?:again )?after\b",
        re.I,
    ),
    "interim": re.compile(
        r"\binterim\b|\bstopped early\b|\bhalted\b|\bterminated\b|\bended early\b", re.I
    ),
    "qualitative": re.compile(r"\bqualitative|\binterview|\bfocus group", re.I),
}

DESIGN_LABELS: dict[str, str] = {
    "meta_analysis": "a meta-analysis",
    "rct": "a randomised trial",
    "crossover": "a crossover trial",
    "cohort": "an observational cohort study",
    "case_control": "a case-control study",
    "cross_sectional": "a cross-sectional study",
    "observational": "an observational study",
    "animal": "a study in animals",
    "in_vitro": "a laboratory (in vitro) study",
    "modelling": "a modelling study",
    "pilot": "a pilot study",
    "single_arm": "a single-arm study without a control group",
    "interim": "an interim analysis of a trial stopped early",
    "qualitative": "a qualitative study",
}

#: the aim of the study: said before its results, like its background and methods
_AIM_SECTIONS = re.compile(r"^(?:objectives?|aims?|purpose)", re.I)
_CONCLUSION_SECTIONS = re.compile(r"^(?:conclusions?|interpretation|discussion|implications|"
                                  r"relevance|significance|summary)", re.I)  # fmt: skip
#: units of a count of people ("3,214 adults") and of animals ("40 mice")
HUMAN_COUNT_UNITS = frozenset(
    [
        "participants",
        "participant",
        "patients",
        "patient",
        "people",
        "persons",
        "adults",
        "children",
        "adolescents",
        "teenagers",
        "women",
        "men",
        "individuals",
        "volunteers",
        "subjects",
        "infants",
        "babies",
        "newborns",
        "births",
        "veterans",
        "smokers",
        "students",
        "mothers",
        "girls",
        "boys",
        "respondents",
        "survivors",
        "users",
        "n",
    ]
)
ANIMAL_COUNT_UNITS = frozenset(
    [
        "mice",
        "rats",
        "animals",
        "monkeys",
        "macaques",
        "dogs",
        "beagles",
        "pigs",
        "piglets",
        "zebrafish",
        "rabbits",
        "sheep",
        "cats",
        "hamsters",
        "ferrets",
        "horses",
        "cattle",
        "cows",
        "steers",
        "heifers",
        "bulls",
        "calves",
        "lambs",
        "ewes",
        "goats",
        "hens",
        "broilers",
        "rodents",
        "primates",
        "baboons",
        "marmosets",
    ]
)
_SUBJECT_COUNT_UNITS = HUMAN_COUNT_UNITS | ANIMAL_COUNT_UNITS | {"cases"}


@dataclass(frozen=True)
class PaperFacts:
    """What the rules need to know about the paper as a whole."""

    #: design codes (keys of DESIGN_LABELS), strongest evidence first
    designs: tuple[str, ...] = ()
    #: statement index that names each design (-1: the title)
    design_statements: tuple[tuple[str, int], ...] = ()
    #: the largest count of subjects reported, and every count with its statement
    sample_size: int | None = None
    sample_counts: tuple[tuple[Quantity, int], ...] = ()
    #: kinds of subject the study is on: human, animal, cell, model
    subjects: tuple[str, ...] = ()
    species: tuple[str, ...] = ()
    #: the study has no human participants (animal, cell or model work)
    nonhuman: bool = False
    #: (qualifier, head) pairs of the studied population
    population: tuple[tuple[str, str], ...] = ()
    #: the lowest age of the studied population ("adults aged 60 or older": 60), with
    #: the statement that states it (-1: the title), or None
    age_floor: tuple[float, int] | None = None
    specific_groups: tuple[str, ...] = ()
    #: (limitation kind, statement index)
    limitations: tuple[tuple[str, int], ...] = ()
    #: statement indices of hedged conclusions
    hedged_conclusions: tuple[int, ...] = ()
    #: statement indices reporting null / non-significant results
    null_results: tuple[int, ...] = ()
    #: strongest advice anywhere in the paper (0-2), not counting calls for more research
    max_advice: int = 0
    #: lower-cased words of the title and statements
    vocabulary: frozenset[str] = frozenset()
    #: every number of the paper with its statement index (-1: title)
    numbers: tuple[tuple[Quantity, int], ...] = ()
    #: numbers of the paper's own metadata: year, volume, issue, pages
    metadata_numbers: frozenset[float] = frozenset()
    #: statement index -> is a background/methods statement
    background: tuple[bool, ...] = ()
    #: the animals were randomly assigned (a controlled experiment, not a trial in people)
    randomised_animals: bool = False


#: "cases" that are instances, not patients: "four cases where the sites differed"
_CASES_OF = re.compile(r"\s+(?:where|in which|when|of (?:the|a|an|this|these))\b", re.I)

#: a sentence about studies still to be done
_FUTURE_STUDY = re.compile(
    r"\b(?:is|are) (?:needed|required|warranted|necessary)\b|\bwarrant\w*\b|"
    r"\bremains? to be (?:tested|seen|shown|established|determined|confirmed)\b|"
    r"\b(?:future|further|larger|additional) (?:research|studies|trials?|work)\b|"
    r"\bshould be (?:tested|studied|investigated|confirmed)\b",
    re.I,
)


#: a full text's discussion: this study beside others ("Evangelista et al. found that
#: advanced heart failure patients ..."), so not where its own population is named
_DISCUSSION = re.compile(r"^discussion", re.I)
#: the abstract of a full text read from a PDF (a section of its own)
_ABSTRACT = re.compile(r"^abstract", re.I)


def _section_kind(section: str) -> str:
    if (
        is_context_section(section)
        or is_methods_section(section)
        or _AIM_SECTIONS.match(section.strip())
    ):
        return "background"
    if _CONCLUSION_SECTIONS.match(section.strip()):
        return "conclusion"
    return "other"


def _metadata_numbers(paper: Paper) -> frozenset[float]:
    nums: set[float] = set()
    for value in (paper.volume, paper.issue, paper.pages, paper.published):
        for tok in re.findall(r"\d+", value or ""):
            nums.add(float(tok))
    return frozenset(nums)


#: data a model is built from: "calibrated to the National Health Survey"
_MODEL_INPUT = re.compile(
    r"\b(?:calibrated|parameteri[sz]ed|informed by|inputs?|data from|derived from|drawn from|"
    # ("populated from 11,842 Health Survey for England participants and resampled to a
    # cohort of 1,000,000 individuals")
    r"populated (?:with|from)|resampled|taken from|based on)\b",
    re.I,
)


def _text_at(every: Sequence[tuple[str, int]], index: int) -> str:
    return next((t for t, i in every if i == index), "")


#: an observational design named as such, not only an association word
_OBSERVATIONAL_NAMED = re.compile(
    r"\bobservational|\bcohort|\bcase[- ]control|\bcross[- ]sectional|\bsurvey|\bregistry|"
    r"\bretrospective|\barchived?\b",
    re.I,
)
#: "cohort" for a batch of laboratory animals: "a separate cohort (n=8 per genotype)"
_ANIMAL_BATCH = re.compile(
    r"\b(?:separate|second|another|first|new|independent)\s+cohorts?\b[^.;]{0,40}|"
    r"\bcohorts?\s*\((?:n\s*=|\d+\s+(?:per|in\s+each)\s+)[^)]*\)",
    re.I,
)
#: a group followed within a study: "in a cohort of 1,680 children", "a subcohort of 200"
_COHORT_OF = re.compile(r"\b(?:a|an|the)\s+(?:sub-?)?cohort\s+of\s+(?:about\s+)?[\d,]+", re.I)
#: designs that, unless said of animals, mean a study of people
_HUMAN_DESIGNS = ("rct", "crossover", "cohort", "case_control", "cross_sectional")


def _animal_only(text: str) -> bool:
    """Whether a design statement names animals as its subjects and no people
    ("We randomly assigned 55 male and female mice aged 24 months to ...")."""
    kinds, _ = _subject_info(text)
    return "animal" in kinds and "human" not in kinds and _animal_subjects(text)


#: where a statement's recommendations part: "We suggest that X be included ..., and that
#: multi-year studies are needed"
_ADVICE_CLAUSES = re.compile(r";\s+|,\s+and\s+(?=that\b)|\.\s+")


#: the paper advises against doing something: "we do not recommend routine use of
#: intravenous vitamin C in sepsis", "schools should not introduce music lessons with the
#: expectation of improving working memory"
ADVISES_AGAINST = re.compile(
    r"\b(?:do|does|did)\s+not\s+(?:support|recommend|justify)\b[^.;]{0,80}|"
    r"\bshould\s+not\s+(?:be\s+(?:used|given|offered|prescribed|adopted|recommended|"
    r"introduced|rolled out|implemented)|(?:use|give|offer|prescribe|adopt|introduce|"
    r"roll out|implement|start|switch)\b)[^.;]{0,60}|"
    r"\brecommend\s+against\b[^.;]{0,80}",
    re.I,
)


#: a caution about the evidence, not advice against a practice: "These findings should
#: not be used to guide individual coffee intake"
_EVIDENCE_NOT_TO = re.compile(
    r"\b(?:findings|results|data|evidence|estimates|study|studies|analysis)\s+"
    r"(?:\w+\s+){0,4}?(?:should|must|cannot|can)\s+not\b",
    re.I,
)


def advice_given(f: Features) -> int:
    """The strongest advice of a paper statement that is not a caution or a call for
    research, clause by clause (a recommendation and a call for studies can share one
    sentence).  Advice against doing something ("schools should not introduce music
    lessons with the expectation of improving working memory") is advice, though a
    caution too."""
    if not f.cautionary:
        return f.advice
    if f.advice and ADVISES_AGAINST.search(f.text) and not _EVIDENCE_NOT_TO.search(f.text):
        return f.advice
    if not f.advice or not _ADVICE_CLAUSES.search(f.text):
        return 0
    return max(
        (c.advice for part in _ADVICE_CLAUSES.split(f.text) if (c := analyze(part)).advice
         and not c.cautionary),
        default=0,
    )  # fmt: skip


#: subjects the study says it did not use: "No cell, animal or human material was used"
_NOT_USED = re.compile(
    r"\b(?:no|without)\s+(?:[\w-]+(?:,\s*|\s+or\s+|\s+and\s+|\s+nor\s+)){0,4}[\w-]+\s+"
    r"(?:material|tissues?|samples?|subjects?|models?|participants?|experiments?)\b[^.;]*",
    re.I,
)


#: the groups a paper says its findings may not reach: not its population
_BEYOND_SAMPLE = re.compile(
    r"\b(?:generali[sz]\w*|appl(?:y|ies)|carr(?:y|ies) over|extend|transfer)\s+to\s+[^.;]*|"
    r"\bnot (?:been )?(?:studied|included|tested) in\s+[^.;]*|"
    # "was not powered for effects on severe malaria or mortality": outcomes not studied
    r"\bnot (?:adequately |sufficiently )?(?:powered|designed) (?:for|to)\s+[^.;]*|"
    # "Trials in chronic migraine, children or adolescents were excluded"
    r"[^.;]*\b(?:were|was|are|is)\s+(?:also\s+)?excluded\b|\bexcluding\s+[^.;]*|"
    # "the exclusion of children, adults over 65 and people without smartphones limit"
    r"\bexclusion\s+of\s+[^.;]*",
    re.I,
)


def paper_facts(paper: Paper) -> PaperFacts:
    """Design, sample size, population, limitations and more, from the paper's text."""
    statements = paper.statements
    texts = [s.text for s in statements]
    title = paper.title or ""
    every = [(title, -1), *((t, i) for i, t in enumerate(texts))]
    # what the study was done on, without the subjects it says it did not use
    subject_texts = [(_NOT_USED.sub(" ", t), i) for t, i in every]
    features = [analyze(t) for t in texts]

    designs: list[str] = []
    design_statements: list[tuple[str, int]] = []
    animal_rct = False
    context = tuple(s.is_context for s in statements)
    rct = dict(_DESIGNS)["rct"]
    randomised = any(
        rct.search(text) and not _NOT_RANDOM.search(text)
        for text, i in subject_texts
        if i < 0 or not (context[i] or _FUTURE_STUDY.search(text))
    )
    for code, pattern in _DESIGNS:
        for text, i in subject_texts:
            # "a randomised trial is warranted", "studies in animal models are required",
            # "previous cohort studies": designs of other or future studies, not this one
            if i >= 0 and (context[i] or _FUTURE_STUDY.search(text)):
                continue
            if randomised and code in ("cohort", "observational"):
                # "clinical malaria incidence in a cohort of 1,680 children": a group
                # followed inside a randomised trial, not an observational design
                text = _COHORT_OF.sub(" ", text)
            if code == "observational" and _READER_STUDY.search(text):
                # "In this retrospective, fully crossed study": old cases, read anew with
                # and without the aid
                text = re.sub(r"\bretrospective\b", " ", text, flags=re.I)
            if code == "rct" and "random" in text and _NOT_RANDOM.search(text):
                # "because treatment was not randomly allocated": the design it was not
                text = _NOT_RANDOM.sub(" ", text)
            if pattern.search(text):
                if code in ("animal",) and not _animal_subjects(text):
                    continue
                if code in _HUMAN_DESIGNS and _animal_only(text):
                    if code == "rct":
                        animal_rct = True  # "we randomly assigned 55 mice": controlled,
                    continue  # but an animal experiment, not a trial in people
                designs.append(code)
                design_statements.append((code, i))
                break
    if "modelling" in designs:
        # "a microsimulation model calibrated to the National Health Survey and registry
        # data": the survey and the registry are the model's inputs, not its design
        inputs = {
            code
            for code, i in design_statements
            if code in ("cross_sectional", "cohort", "observational", "case_control")
            and _MODEL_INPUT.search(_text_at(every, i))
        }
        designs = [d for d in designs if d not in inputs]
        design_statements = [(d, i) for d, i in design_statements if d not in inputs]

    for code in ("observational", "cohort"):
        if code not in designs or not any(d in designs for d in ("animal", "in_vitro")):
            continue
        # "deletion of Nrbp3 ... associated with browning of white adipose tissue": an
        # association word in a laboratory experiment names no observational design; nor
        # does "A pharmacokinetic cohort (12 per arm)", a batch of the study's rats
        told = [i for d, i in design_statements if d == code]
        if told and not any(
            _OBSERVATIONAL_NAMED.search(_ANIMAL_BATCH.sub(" ", _text_at(every, i))) for i in told
        ):
            designs = [d for d in designs if d != code]
            design_statements = [(d, i) for d, i in design_statements if d != code]

    every_text = dict((i, t) for t, i in every)
    numbers: list[tuple[Quantity, int]] = []
    for text, i in every:
        numbers.extend((q, i) for q in extract_numbers(text))
    # the study's own sample: not a count of the background ("affects 26 million
    # people"), of other studies in the discussion, of a study still to be done, nor a
    # single case ("One patient did have a symptomatic penetration")
    counts = [
        (q, i)
        for q, i in numbers
        if q.kind == "count"
        and q.unit in _SUBJECT_COUNT_UNITS
        and q.value >= 2
        # "four cases where the sites did not match": instances, not patients
        and not (q.unit == "cases" and _CASES_OF.match(every_text[i], q.end))
        # "(r=0.41, p=0.42; n=6)": the points of a correlation (six cultivars), not the sample
        and not (
            q.unit == "n"
            and _CORRELATION_BEFORE.search(every_text[i][max(0, q.start - 40) : q.start])
        )
        # "Meadows 0-5 years old (n=5) held ...": a count of things that are not subjects
        and not (q.unit == "n" and _things_counted(every_text[i], q.start))
        and (
            i < 0
            or not (
                context[i]
                or _DISCUSSION.match(statements[i].section.strip())
                or _FUTURE_STUDY.search(texts[i])
            )
        )
    ]
    # strata whose "n =" add up to a count of something else in the same statement ("96
    # sites stratified by distance ...: near (n = 32), intermediate (n = 32) and far (n =
    # 32)") are parts of that count: sites, not subjects
    strata: dict[int, list[int]] = {}
    for q, i in counts:
        if q.unit == "n":
            strata.setdefault(i, []).append(int(q.value))
    parts = {
        i
        for i, sizes in strata.items()
        if len(sizes) >= 2
        and any(
            int(q.value) == sum(sizes)
            and (q.kind == "number" or q.unit not in _SUBJECT_COUNT_UNITS)
            for q, j in numbers
            if j == i and q.kind in ("count", "number")
        )
    }
    counts = [(q, i) for q, i in counts if not (q.unit == "n" and i in parts)]
    sample = max((int(q.value) for q, _ in counts), default=None)

    background = tuple(_section_kind(s.section) == "background" for s in statements)
    kinds: list[str] = []
    species: list[str] = []
    for text, i in subject_texts:
        if i >= 0 and background[i] and _section_kind(statements[i].section) != "background":
            continue
        if i >= 0 and _FUTURE_STUDY.search(text):
            continue  # "studies in animal models are required": not this study's subjects
        k, sp = _subject_info(text)
        kinds.extend(x for x in k if x not in kinds)
        species.extend(x for x in sp if x not in species)
    counted_people = any(
        q.unit in ("participants", "participant", "patients", "people", "adults", "women",
                   "men", "children", "volunteers", "individuals", "infants", "respondents")
        for q, _ in counts
    )  # fmt: skip
    # (a trial that counted only animals, "48 Angus steers", is an animal study)
    counted_animals = any(q.unit in ANIMAL_COUNT_UNITS for q, _ in counts)
    human_study = counted_people or (
        any(d in designs for d in ("rct", "crossover", "cohort", "case_control",
                                   "cross_sectional", "qualitative"))
        and not counted_animals
    )  # fmt: skip
    # a model of a human population (a microsimulation of a country's adults) is about
    # people; a model of a molecule or a cell is not
    modelling = dict(_DESIGNS)["modelling"]
    model_of_people = "modelling" in designs and any(
        modelling.search(text) and "human" in _subject_info(text)[0] for text, _ in every
    )
    nonhuman = not human_study and (
        any(d in designs for d in ("animal", "in_vitro"))
        or ("modelling" in designs and not model_of_people)
    )

    population: list[tuple[str, str]] = []
    groups: list[str] = []
    # a full text names its sample in the abstract; its methods and results also speak of
    # wards, options and subgroups ("female wards", "high-risk patients")
    full_text = any(_ABSTRACT.match(s.section.strip()) for s in statements)
    for text, i in every:
        if i >= 0:
            section = statements[i].section.strip()
            if context[i] or _DISCUSSION.match(section):
                continue  # background, and a discussion of other studies, are not this sample
            if full_text and not _ABSTRACT.match(section):
                continue
        # "limit generalisability to women, older adults": groups the study did not cover
        text = (
            _BEYOND_SAMPLE.sub(" ", text)
            if "general" in text or " to " in text or "not " in text or "exclu" in text
            else text
        )
        # "stronger among those with moderate loss than among those with mild loss": a
        # subgroup compared, not who was studied
        text = _SUBGROUP_OF.sub(" ", text) if "those" in text else text
        # "In early-stage disease (n=61), the AUC was 0.79": a subgroup with its own count
        text = _SUBGROUP_N.sub(" ", text) if "(n" in text else text
        for pair in _population(text):
            if pair not in population:
                population.append(pair)
        for g in _cues(_SPECIFIC_GROUP, text):
            if g not in groups and (i < 0 or not context[i]):
                groups.append(g)

    floors = [
        (a.value, i) for text, i in every if i < 0 or not context[i] for a in age_floors(text)
    ]
    age_floor = min(floors, key=lambda x: x[0]) if floors else None

    limitations: list[tuple[str, int]] = []
    for i, text in enumerate(texts):
        if context[i]:
            continue  # the background's "Earlier single-centre reports suggested ...": other
            # studies' limits, not this one's
        for kind, paper_cue, _ in _limitations():
            if paper_cue.search(text) and not any(k == kind for k, _ in limitations):
                limitations.append((kind, i))
    # a small sample is a limitation whether or not the authors say so
    if sample is not None and sample < 30 and not any(k == "sample" for k, _ in limitations):
        where = next(i for q, i in counts if int(q.value) == sample)
        limitations.append(("sample", where))

    hedged = tuple(
        i
        for i, (s, f) in enumerate(zip(statements, features, strict=True))
        if f.hedged and _section_kind(s.section) != "background"
    )
    nulls = tuple(i for i, f in enumerate(features) if f.null_result)
    # a caution ("should be made with caution") or a call for research is not advice
    # (the paper's own advice: not its background's "X is the recommended first-line
    # treatment")
    max_advice = max(
        (advice_given(f) for f, s in zip(features, statements, strict=True) if not s.is_context),
        default=0,
    )
    vocab = frozenset(w.lower() for t, _ in every for w in re.findall(r"[\w'-]+", t))
    return PaperFacts(
        designs=tuple(designs),
        randomised_animals=animal_rct,
        design_statements=tuple(design_statements),
        sample_size=sample,
        sample_counts=tuple(counts),
        subjects=tuple(kinds),
        species=tuple(species),
        nonhuman=nonhuman,
        population=tuple(population),
        age_floor=age_floor,
        specific_groups=tuple(groups),
        limitations=tuple(limitations),
        hedged_conclusions=hedged,
        null_results=nulls,
        max_advice=max_advice,
        vocabulary=vocab,
        numbers=tuple(numbers),
        metadata_numbers=_metadata_numbers(paper),
        background=background,
    )


_AGE_WHO = (
    r"(?:people|persons|adults|men|women|patients|participants|individuals|everyone|anyone|"
    r"everybody|those|residents|americans|britons|smokers|drivers|workers|volunteers|"
    r"subjects|respondents|veterans|population)"
)
_OLDER = r"(?:or|and)\s+(?:older|over|above|up(?:wards)?)"
_AGE_FLOOR = re.compile(
    # "aged 60 or older", "aged 60 years and over", "aged 60-75", "aged ≥60", "age 50+"
    rf"\b(?:aged?|ages?)\s*(?:≥|>=|>|over|above)\s*(?P<f>\d{{1,3}})(?![\d.%])|"
    rf"\b(?:aged?|ages?)\s*(?:of\s+)?(?P<a>\d{{1,3}})(?:\s*(?:years?|yrs?)"
    rf"(?:\s+(?:old|of age))?)?\s*(?:{_OLDER}|\+|(?:-|–|to)\s*\d{{1,3}})|"
    # "people over 50", "adults older than 65", "everyone over the age of 50"
    rf"\b{_AGE_WHO}\s+(?:over|above|older than|aged over)\s+(?:the\s+age\s+of\s+)?"
    rf"(?P<b>\d{{1,3}})(?![\d.,]\d|\d|\s*(?:%|percent|per cent))|"
    # "60 years or older", "65 and over", "50+"
    rf"\b(?P<c>\d{{1,3}})\s*(?:years?|yrs?)?(?:\s+(?:old|of age))?\s+{_OLDER}\b|"
    rf"\b{_AGE_WHO}\s+(?P<d>\d{{2}})\s*\+|"
    # "the over-50s"
    r"\bover[- ](?P<e>\d{2})s\b",
    re.I,
)


#: what a bare "3 or above" can count other than years of age
_NOT_AN_AGE = re.compile(
    r"\b(?:grade|group|stage|level|score|class|type|phase|category|tier|step|size|scale|"
    r"rating|dose|Gleason|BI-RADS|PI-RADS)\s*$",
    re.I,
)


def age_floors(text: str) -> tuple[Quantity, ...]:
    """Lower age bounds of a population named in ``text`` ("aged 60 or older",
    "everyone over 50", "the over-50s"), as ``measure`` quantities in years with the
    span of the age itself."""
    out = []
    for m in _AGE_FLOOR.finditer(text):
        g = next(k for k in "abcdef" if m.group(k))
        value = float(m.group(g))
        if g == "c" and _NOT_AN_AGE.search(text, 0, m.start()):
            continue  # "grade group 3 or above": a grade, not an age
        if 1 <= value <= 120:
            out.append(
                Quantity(m.group(0), value, "measure", "age", None, None, m.start(g), m.end(g))
            )
    return tuple(out)


def _animal_subjects(text: str) -> bool:
    """The sentence is about animals studied, not a passing mention ("mouse antibody")."""
    text = _NOT_SUBJECT.sub(" ", text)
    return bool(
        re.search(
            r"\b(?:mice|rats|rodents|zebrafish|macaques|monkeys|primates|piglets|"
            r"animals|in vivo|murine model|mouse model|rat model|dogs|beagles|rabbits|pigs|"
            r"sheep|cats|hamsters|ferrets|horses|cattle|cows|baboons|marmosets|"
            r"steers|heifers|bulls|calves|lambs|ewes|goats|hens|broilers|livestock|"
            r"caenorhabditis|c\. elegans|nematodes|(?<!parasitic )worms|fruit flies|drosophila|"
            r"bats)\b",
            text,
            re.I,
        )
        # mosquitoes bred and kept for the study, not "indoor Anopheles density" counted in
        # a trial of bed nets
        or (
            re.search(r"\b(?:mosquito(?:es|s)?|anopheles)\b", text, re.I) is not None
            and re.search(
                r"\b(?:cages?|insectary|colon(?:y|ies)|larvae|reared|gene drive|transgenic|"
                r"wild-type|laboratory strain)\b",
                text,
                re.I,
            )
            is not None
        )
    )


# --------------------------------------------------------------------------- release facts


@dataclass(frozen=True)
class ReleaseFacts:
    """What the release says, as a whole, about the study."""

    #: sentences that report a count of subjects
    sample_sentences: tuple[int, ...] = ()
    #: design codes the release's words cover, with a sentence for each
    design_mentions: tuple[tuple[str, int], ...] = ()
    subjects: tuple[str, ...] = ()
    species: tuple[str, ...] = ()
    #: limitation kinds the release mentions, with a sentence for each
    limitation_mentions: tuple[tuple[str, int], ...] = ()

    def mentions_design(self, code: str) -> bool:
        return any(c == code for c, _ in self.design_mentions)

    def mentions_limitation(self, kind: str) -> bool:
        return any(k == kind for k, _ in self.limitation_mentions)


#: a count of subjects with words between ("Fifty-five male and female mice", "51 of
#: the mice"): enough to say that the release gives its sample size
_LOOSE_SAMPLE = re.compile(
    r"\b(?P<n>\d[\d,]*|(?:"
    + "|".join(_WORD_NUMBERS)
    + r")(?:[- ](?:"
    + "|".join(_WORD_NUMBERS)
    + r"))?)\s+(?:of\s+(?:the|these|those|them)\s+)?"
    r"(?:[A-Za-z][\w/-]*,?\s+){0,4}?(?:" + _GROUP_NOUNS + r")\b",
    re.I,
)


def _states_sample(text: str) -> bool:
    if any(
        q.kind == "count" and q.unit in _SUBJECT_COUNT_UNITS and q.value >= 2
        for q in extract_numbers(text)
    ):
        return True
    return any(_sample_number(m.group("n")) for m in _LOOSE_SAMPLE.finditer(text))


def _sample_number(n: str) -> bool:
    """A number that can count a sample: two or more, not a year ("in 2019 patients")."""
    low = n.lower()
    if low[0].isdigit():
        value = int(low.replace(",", ""))
        return value >= 2 and not ("," not in low and 1800 <= value <= 2100)
    return low != "one"


def release_facts(doc: Document) -> ReleaseFacts:
    """Facts about the release as a whole (its sentences only, never boilerplate)."""
    samples: list[int] = []
    designs: list[tuple[str, int]] = []
    kinds: list[str] = []
    species: list[str] = []
    limits: list[tuple[str, int]] = []
    for s in doc.sentences:
        text = s.text
        if _states_sample(text):
            samples.append(s.index)
        for code, pattern in DESIGN_MENTIONS.items():
            if pattern.search(text) and not any(c == code for c, _ in designs):
                designs.append((code, s.index))
        k, sp = _subject_info(text)
        kinds.extend(x for x in k if x not in kinds)
        species.extend(x for x in sp if x not in species)
        for kind, _, mention in _limitations():
            if mention.search(text) and not any(k2 == kind for k2, _ in limits):
                limits.append((kind, s.index))
    return ReleaseFacts(
        sample_sentences=tuple(samples),
        design_mentions=tuple(designs),
        subjects=tuple(kinds),
        species=tuple(species),
        limitation_mentions=tuple(limits),
    )


_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "their",
        "they",
        "them",
        "we",
        "our",
        "us",
        "you",
        "your",
        "he",
        "she",
        "his",
        "her",
        "who",
        "which",
        "what",
        "when",
        "than",
        "then",
        "there",
        "here",
        "after",
        "before",
        "about",
        "into",
        "over",
        "under",
        "more",
        "less",
        "most",
        "least",
        "very",
        "also",
        "not",
        "no",
        "said",
        "says",
        "say",
        "study",
        "studies",
        "researchers",
        "team",
        "paper",
        "found",
        "find",
        "findings",
        "results",
        "new",
        "research",
    ]
)


def content_words(text: str) -> frozenset[str]:
    """Lower-cased content words of ``text``, crudely singularised (for overlap tests)."""
    out = set()
    for w in re.findall(r"[a-z][a-z']+", text.lower()):
        # "parkinson's" as "parkinson", as the curly "Parkinson’s" already is
        w = re.sub(r"'s$", "", w).strip("'")
        if w in _STOP or len(w) < 3:
            continue
        # plurals, short ones too ("nuts", "rats"), but not "bias", "plus", "less"
        plural = w.endswith("s") and (len(w) > 4 or (len(w) == 4 and w[-2] not in "suia"))
        out.add(w[:-1] if plural else w)
    return frozenset(out)


def strongest(features: Sequence[Features]) -> int:
    """The highest claim strength among ``features`` (0 when empty)."""
    return max((f.strength for f in features), default=0)
