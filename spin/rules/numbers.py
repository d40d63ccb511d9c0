"""Numbers: values that contradict the paper, and values the paper never gives."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace

from spin.claims import (
    _CHANGE_WORD,
    _WORD_NUMBERS,
    ANIMAL_COUNT_UNITS,
    HUMAN_COUNT_UNITS,
    Quantity,
    content_words,
    extract_numbers,
    leading_count,
)
from spin.model import Evidence, Finding, Sentence
from spin.rules.base import Rule, RuleContext, rule
from spin.rules.common import (
    alignment_of,
    evidence_of,
    facts,
    relevant_matches,
    sentence_features,
    statement_evidence,
    who,
)
from spin.rules.species import widened_ages

__all__ = ["RULES", "number_mismatch", "supports", "unsupported_number"]

_BELOW = {"almost", "nearly", "just under", "close to", "under", "less than", "fewer than",
          "up to", "<", "≤"}  # fmt: skip
_ABOVE = {"more than", "over", "at least", "just over", ">", "≥"}
_AROUND = {"about", "around", "roughly", "approximately", "some", "~", "just"}
#: the words that set two values of one measure against each other
_VERSUS_WORDS = r"vs\.?|versus|against|compared\s+with"


def _decimals(q: Quantity) -> int:
    m = re.search(r"\d+(?:\.(\d+))?", q.text.replace(",", ""))
    return len(m.group(1)) if m and m.group(1) else 0


def _window(q: Quantity, slack: float) -> tuple[float, float]:
    """The interval of paper values that ``q`` as written can stand for."""
    v = q.value
    rounding = 0.5 * 10 ** (-_decimals(q)) + 1e-9
    if q.kind in ("measure", "count", "number") and v >= 1000 and v == int(v):
        # "$72,000" for $71,900: a round thousand is written to the hundreds or coarser
        zeros = len(str(int(v))) - len(str(int(v)).rstrip("0"))
        if zeros >= 2:
            rounding = 0.5 * 10**zeros + 1e-9
    elif q.kind == "measure" and q.approx in _AROUND and 100 <= v < 1000 and v % 100 == 0:
        # "about once in 400 years or so" for 425: an approximate round hundred
        rounding = 30.0 + 1e-9
    if q.kind in ("ratio", "p_value", "ci"):
        rounding = max(rounding, 0.005 + 1e-9)
    if (
        q.kind == "percent"
        and q.unit == "points"
        and re.search(r"\b(?:every|per)\s+[\d,]+$", q.text)
    ):
        # "one extra seizure for every 300 doses" is 0.33 points rounded at its count of
        # one, not to half a point: it is not the paper's 3.4 per 10,000
        count = leading_count(q.text)
        if count:
            rounding = 0.5 * v / count + 1e-9
    if q.approx in ("almost", "nearly", "just under"):
        return v - slack, v - 1e-6  # "just under 10 per cent" is not the paper's 10%
    if q.approx in _BELOW:
        return v - slack, v + rounding
    if q.approx in _ABOVE:
        return v - rounding, v + slack
    one_in = _ONE_IN.search(q.text) if q.kind == "percent" and q.worded and v else None
    if one_in is not None and q.approx in (None, *_AROUND) and 100 / v >= 8:
        # "about one in 20" is one in 18 to 23, not the paper's 3.5% (one in 29): the
        # precision of a "one in N" is that of N
        n = 100 / v
        step = max(1.0, 0.12 * n) if n < 50 else 0.25 * n  # ("about one in 100" for 1.2%)
        return 100 / (n + step), 100 / (n - step)
    if q.approx in _AROUND or q.worded:
        # a small share stays near its size: "around 1%" is not the paper's 4.3%, nor
        # "around 2 percent" its 2.7% (within 30%: about the rounding of a whole number)
        third = min(slack / 3, 0.3 * abs(v)) if q.kind == "percent" and v else slack / 3
        if q.kind == "percent" and _decimals(q):
            # a share written with a decimal is that close: "about 1.5 percent" is not the
            # paper's 1.15% (within 10%, and its rounding)
            third = min(third, 0.1 * abs(v) + rounding)
        around = max(third, rounding)
        if q.kind == "percent" and q.change is not None and v >= 20 and v % 10 == 0:
            # a ratio's change rounded to tens: "about 50 percent more likely" for HR 1.54
            around = max(around, 5.0)
        return v - around, v + around
    return v - rounding - 0.05 * rounding, v + rounding + 0.05 * rounding


#: a share told as one in N: "about one in 20", "one in every 25"
_ONE_IN = re.compile(r"\bone\s+(?:in|out\s+of)\s+(?:every\s+)?\w+", re.I)
#: approximations that stay close to their number: "just under 10 per cent" is 9 or so,
#: not 4.8; "almost half" can still be 41%
_CLOSE = {"almost", "nearly", "just under", "close to", "just over", "just"}


_JUST_BELOW = {"almost", "nearly", "just under"}


def _percent_slack(q: Quantity) -> float:
    if q.approx in _CLOSE:
        if q.change is None and q.value <= 100:
            # a share near the top is bounded by 100: "nearly nine in ten" is 86% or
            # so, not 79% (which is "about eight in ten"); "almost half" can be 41%
            return max(1.0, min(0.2 * q.value, 0.2 * (100 - q.value) + 2))
        return max(1.0, 0.2 * q.value)
    return max(10.0, 0.2 * q.value)


def _within(value: float, window: tuple[float, float]) -> bool:
    lo, hi = window
    return lo - 1e-9 <= value <= hi + 1e-9


def _paper_round(value: float, q: Quantity) -> bool:
    """The paper's value rounded as the release rounds it equals the release value."""
    d = _decimals(q)
    return math.isclose(round(value, d), q.value, abs_tol=10 ** (-d) / 2 + 1e-9)


def _same_direction(rq: Quantity, pq: Quantity) -> bool:
    """Neither states a direction, or both state the same one."""
    return not rq.relative or not pq.relative or rq.relative == pq.relative


def supports(rq: Quantity, pq: Quantity) -> bool:
    """Whether the paper's quantity ``pq`` supports the release's ``rq``.

    A relative change is one quantity however it is worded: "reduced falls by 23%",
    "23% fewer falls", "a 23% reduction" and a risk ratio of 0.77 all state a change
    of -23% (:attr:`~spin.claims.Quantity.change`), "halved" one of -50% and
    "doubled" one of +100%.
    """
    if rq.kind == "percent":
        win = _window(rq, _percent_slack(rq))
        if pq.kind == "percent" and "points" in (rq.unit, pq.unit) and rq.unit != pq.unit:
            return False  # a difference in percentage points is not a share
        if (
            pq.kind == "percent"
            and math.isclose(pq.value, rq.value)
            and rq.approx in _JUST_BELOW
            and pq.approx in _JUST_BELOW
        ):
            return True  # "nearly half" where the paper says "almost half"
        if pq.kind == "percent" and _same_direction(rq, pq):
            return _within(pq.value, win) or (not rq.approx and _paper_round(pq.value, rq))
        if rq.change is not None and pq.kind in ("ratio", "multiplier") and pq.change is not None:
            implied = pq.change if rq.relative == "more" else -pq.change
            return _within(implied, win) or (not rq.approx and round(implied) == rq.value)
        if rq.change is None and pq.kind == "multiplier" and "fold" in pq.text.lower():
            # "a delay of roughly 40 percent" for "increased 1.4-fold": the change, told
            # without its direction
            return pq.value > 1 and _within((pq.value - 1) * 100, win)
        if rq.change is not None and pq.kind == "ci" and 0 < pq.value < 10:
            # a ratio's interval told as percentages: "from about 6 percent lower to 10
            # percent higher odds" for 0.94 to 1.10
            implied = abs(pq.value - 1) * 100
            same_side = (pq.value > 1) == (rq.relative == "more")
            return same_side and (_within(implied, win) or round(implied) == rq.value)
        return False
    if rq.kind == "multiplier":
        if pq.kind == "measure" and pq.unit == "log" and 0 < pq.value < 10:
            # "about 200 times less virus" for "reduced by 2.3 log10": 10^2.3 is 200
            return abs(10**pq.value - rq.value) <= max(0.25 * rq.value, 1)
        if pq.change is None:
            # a fraction told as a ratio is a share of the other ("about a third as large as
            # conventional analyses suggest" for "about one-third of the benefit suggested by
            # conventional risk adjustment")
            return (
                rq.worded
                and rq.value < 1
                and pq.kind == "percent"
                and pq.unit == "%"
                and abs(pq.value / 100 - rq.value) <= max(0.15 * rq.value, 0.02)
            )
        implied = 1 + pq.change / 100  # a ratio, or 1 - 0.23 for "23% fewer"
        if rq.approx in _ABOVE and rq.value >= 2:
            # "more than three times as likely" is not an odds ratio of 2.61 (a ratio
            # rounded to it is: 2.96)
            return rq.value - 0.05 <= implied <= 1.6 * rq.value
        return abs(implied - rq.value) <= max(0.15 * rq.value, 0.1)
    if rq.kind == "ratio":
        lo, hi = _window(rq, 0.1 * rq.value)
        if pq.kind == "percent":
            if pq.change is None:
                return False
            # "23% lower" is a ratio of 0.77, give or take the percentage's rounding
            pad = (0.5 * 10.0 ** (-_decimals(pq)) + 1e-9) / 100
            return lo - pad <= 1 + pq.change / 100 <= hi + pad
        return pq.kind in ("ratio", "multiplier", "ci", "number") and _within(pq.value, (lo, hi))
    if rq.kind == "p_value":
        if pq.kind != "p_value":
            return False
        if rq.approx in ("<", "≤", "less than"):
            return pq.value <= rq.value
        return _within(pq.value, _window(rq, rq.value))
    if rq.kind == "ci":
        return pq.kind in ("ci", "ratio", "number", "percent", "measure") and _within(
            pq.value, _window(rq, 0.1 * abs(rq.value))
        )
    # counts, measures, plain numbers: the same value, whatever the paper calls it
    if (
        rq.kind == "measure"
        and rq.unit.rstrip("s") == "point"
        and pq.kind == "percent"
        and pq.unit == "points"
    ):
        # "by about a third of a point" for "0.3 percentage points"
        return abs(pq.value - rq.value) <= max(0.15 * abs(rq.value), 0.05)
    if pq.kind in ("percent", "p_value", "multiplier") and rq.kind != "number":
        return False
    if rq.worded and rq.kind == "measure" and rq.unit == "minutes":
        # "more than half an hour" for 34 minutes; "nearly an hour" is not 34 minutes (nor
        # is it 0.5 hours)
        value = pq.value * 60 if _unit_base(pq.unit) == "hour" else pq.value
        return pq.kind == "measure" and _within(value, _window(rq, 0.2 * rq.value))
    if (
        rq.kind == "measure"
        and pq.kind == "measure"
        and rq.unit
        and pq.unit
        and _unit_base(rq.unit) != _unit_base(pq.unit)
        # an age backs the same age in years ("aged 30 to 75" and "75 years"), though an
        # age and a duration are never compared as one quantity
        and {_unit_base(rq.unit), _unit_base(pq.unit)} != {"age", "year"}
    ):
        a, b = _SCALE.get(_unit_base(rq.unit)), _SCALE.get(_unit_base(pq.unit))
        if a and b and a[0] == b[0]:
            # "about 3 millimetres" for "about 0.3 cm": the same length in other units
            value = pq.value * b[1] / a[1]
            return _within(value, _window(rq, max(0.15 * abs(rq.value), 0.0)))
        return False  # "12 points" of blood pressure is not "12 weeks"
    # (a figure written with decimals is not padded by a whole unit: "about 0.7 metres" is
    # not the paper's 0.48)
    # ("just under 0.6" keeps its one-sided room)
    around = rq.approx in _AROUND or rq.worded or not rq.approx
    floor = 0.0 if _decimals(rq) and abs(rq.value) < 10 and around else 1.0
    # (a negative figure told in words: "about 35 minutes too short" for -34.8)
    value = -pq.value if pq.kind == "measure" and pq.value < 0 <= rq.value else pq.value
    return _within(value, _window(rq, max(0.15 * abs(rq.value), floor)))


#: (not "of those on a DPP-4 inhibitor": a group named, not a count just told)
_OF_THEM = re.compile(
    r"\s+of\s+(?:them|these|whom|those(?!\s+(?:who|on|with|in|taking|given|receiving|aged|at|"
    r"using|without|from)\b))\b",
    re.I,
)


def _share_of_them(rq: Quantity, text: str, paper_values: Iterable[float]) -> bool:
    """Whether a share is of a count just told ("Six of the 36 people ... dropped out, half
    of them because they disliked the taste") and the count it makes is one the paper
    gives (3 of the 6 who withdrew)."""
    if rq.kind != "percent" or rq.change is not None or not _OF_THEM.match(text, rq.end):
        return False
    counts = [
        value
        for tok in re.findall(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+", text[: rq.start])
        if (value := leading_count(tok))
    ]
    return any(
        abs(v - c * rq.value / 100) <= 0.5
        for c in counts
        if c * rq.value / 100 >= 1
        for v in paper_values
    )


_YEAR_OLD_AFTER = re.compile(r"(?:[-\s]years?)?[-\s]old\b", re.I)
_AGE_SPAN = re.compile(r"\baged\s+(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})\b", re.I)


def _example_age(ctx: RuleContext, rq: Quantity, text: str) -> bool:
    """Whether the quantity is the age of someone given as an example ("there is little
    reason for a healthy 75-year-old to start") within the ages the paper studied: its
    lower age bound, or a span "aged 30 to 60"."""
    if rq.kind != "measure" or not _YEAR_OLD_AFTER.match(text, rq.end):
        return False
    floor = facts(ctx).age_floor
    if floor is not None and floor[0] <= rq.value <= 120:
        return True
    texts = [ctx.paper.title or "", *(st.text for st in ctx.paper.statements)]
    return any(
        float(m.group(1)) <= rq.value <= float(m.group(2))
        for t in texts
        for m in _AGE_SPAN.finditer(t)
    )


def _multiplier_window(rq: Quantity) -> tuple[float, float]:
    """The ratios a multiplier as written can stand for: "more than three times" is 3 up
    to a third more, "nearly twice" a little under 2; "more than halved" is a ratio under
    0.5 and "nearly halved" one a little over it."""
    v = rq.value
    above, below = rq.approx in _ABOVE, rq.approx in _BELOW
    if v < 1 and not rq.text.lower().endswith("half"):
        above, below = below, above  # a bigger cut is a smaller ratio ("more than halved";
        # not "less than half as likely", a ratio under 0.5 as written)
    if above:
        return (v, v * 4 / 3)
    if below:
        return (v * 0.75 if v < 1 else v * 0.85, v)
    return (v * 0.85, v * 1.15)


def _derived_multiplier(
    rq: Quantity, numbers: Iterable[Quantity], paper: Sequence[Quantity]
) -> bool:
    """Whether the release works ``rq`` out from two numbers of its own sentence that
    the paper gives, exactly or as the release rounds them ("rose by 0.81, more than
    three times the 0.25 gain" when the paper gives 0.81 and 0.25; "about 13 ... compared
    with roughly 86 micromolar, ... almost seven times higher" for 12.7 and 86.3)."""
    # (two figures of one kind: not "By age 12, about 6 percent")
    values: list[tuple[str, set[float]]] = []
    for q in numbers:
        if q is rq or q.kind not in ("number", "measure", "count", "percent") or q.value <= 0:
            continue
        backed = {pq.value for pq in paper if pq.value > 0 and (
            math.isclose(q.value, pq.value, rel_tol=1e-6)
            or (pq.kind == q.kind and supports(q, pq))
        )}  # fmt: skip
        if backed:
            values.append(("percent" if q.kind == "percent" else "", backed))
    window = _multiplier_window(rq)
    return any(
        _within(a / b, window)
        for i, (ka, va) in enumerate(values)
        for j, (kb, vb) in enumerate(values)
        if i != j and ka == kb
        for a in va
        for b in vb
    )


#: two values of one measure set side by side: "improved by 4.6 points, against 1.5",
#: "3.38 vs 4.31 per person-year", "at 25 µM or 100 µM"
_SIDE_BY_SIDE = re.compile(
    # ("0.71 lice per fish at near sites versus 0.14 at reference sites")
    r"(?<![\d.])(\d+(?:\.\d+)?)(?:\s*%|\s+[^\s\d,;.()]+(?:\s+(?!and\b)[a-z]+){0,5})?"
    # ("at 0.1 mg/mL (low dose, n=20) or 1.0 mg/mL")
    r"(?:\s*\([^()]{0,30}\))?\s*(?:,\s*)?"
    r"(?:against|versus|vs\.?|compared with|than|or)\s+(?:[a-z]+\s+){0,3}?(\d+(?:\.\d+)?)"
    r"(?![\d.])",
    re.I,
)


#: an amount per unit after a number: " tonnes per hectare", " cases per 1,000"
_PER_UNIT = re.compile(r"\s+[a-z]+(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:per|a|an)\s+\w+", re.I)
#: what stands before the second end of a change: "from 41.2% to "
_END_OF_CHANGE = re.compile(r"\bfrom\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent)?\s+to\s+$", re.I)
#: a share in brackets after its count: "865 of 2,084 (", "240/412 ("
_COUNT_SHARE = re.compile(r"\b\d[\d,]*\s*(?:of|/)\s*\d[\d,]*(?:\s+[a-z]+){0,2}?\s*\(\s*$")
#: a sample split at random: "one randomly chosen half of the sample"
_RANDOM_HALF = re.compile(
    r"\b(?:randomly[- ](?:chosen|selected|drawn)|random|randomi[sz]ed)\s+half\b", re.I
)
#: a multiple of a body's size: "about seven times the mass of Earth", "a little more than
#: twice the size of Earth"
_SIZE_OF = re.compile(
    r"\s+(?:the\s+)?(?:mass|size|radius|diameter|width|volume|weight|height|length)\s+of\b", re.I
)
#: the doses a study gave, as a range of multiples: "several doses, ranging from half as
#: much compound as peptide to five times as much" (what was given, not what changed)
_DOSE_RANGE = re.compile(
    r"\b(?:doses?|concentrations?|amounts?|ratios?)\b[^.;]{0,60}?\bfrom\b[^.;]{0,60}?\bto\b",
    re.I,
)
#: what stands just before an interval's bound: "(95% CI 1.2% to ", "(95% CI "
_CI_BOUND = re.compile(
    r"\b(?:CI|UI|CrI|confidence interval|credible interval)\b[:,]?\s*"
    r"(?:-?\d[\d.]*\s*%?\s*(?:to|\u2013|-)\s*)?$",
    re.I,
)
#: a range in the release's words: "from about 6 percent lower to 10 percent higher",
#: "between 2 and 8 percent", "as much as", "up to"
_RANGE_TOLD = re.compile(
    r"\bfrom\b[^.;]{0,60}\bto\b|\bbetween\b[^.;]{0,40}\band\b|\bas (?:much|little|many|few) as\b|"
    r"\bup to\b|\branged?\b|\binterval\b|\banywhere\b|"
    # "Even at the far end of the statistical uncertainty, the app was at most about 1.6
    # points behind"
    r"\buncertainty\b|\bat (?:most|worst|best)\b|\bconfidence (?:limit|bound)s?\b",
    re.I,
)


#: a share of a whole, after it: "78% of the sediment"
_SHARE_OF_WHOLE = re.compile(r"\s+of\s+(?:the|all|total)\s+[a-z]", re.I)


def _list_ratio(rq: Quantity, texts: Iterable[str]) -> bool:
    """Whether a large multiplier (three or more) is the ratio of two values of a list one
    statement gives, each with its group ("about 170 times as much as unburned plots" for
    "0.05 Mg/ha (95% CI 0.01 to 0.10) on unburned plots, 0.4 (0.2 to 0.7) on low-severity
    plots, ... and 8.6 (5.9 to 11.3) on untreated high-severity plots"): outside brackets,
    no interval's bound, three to eight of them."""
    if rq.kind != "multiplier" or rq.value < 3:
        return False
    window = _multiplier_window(rq)
    for text in texts:
        if not _LIST_OF_GROUPS.search(text):
            continue
        values = [
            q.value
            for q in extract_numbers(text)
            if q.kind in ("number", "measure")
            and q.value > 0
            and "." in q.text
            and text[: q.start].count("(") == text[: q.start].count(")")
            and not _CI_BOUND.search(text, max(0, q.start - 30), q.start)
        ]
        if 3 <= len(values) <= 8 and any(
            _within(a / b, window) for a in values for b in values if a != b
        ):
            return True
    return False


#: values listed each with its group: "0.4 (0.2 to 0.7) on low-severity plots, 3.1"
_LIST_OF_GROUPS = re.compile(r"\)\s+(?:on|in|for|at|among)\s+[^,;.()]{2,40},\s+\d", re.I)


def _ratio_within(rq: Quantity, texts: Iterable[str]) -> bool:
    """Whether a multiplier is the ratio of two values a statement sets side by side
    ("gains roughly three times as large" for "improved by 4.6 points, against 1.5"), or
    the ratio of a change's two ends ("the share of fine mud more than doubled" for "rose
    from 9.8% at bare sites to 21.4%")."""
    if rq.kind != "multiplier":
        return False
    window = _multiplier_window(rq)
    for text in texts:
        for m in _FROM_TO_WIDE.finditer(text):
            a, b = float(m.group(1)), float(m.group(2))
            if a > 0 and b > 0 and _within(b / a, window):
                return True
        for m in _SIDE_BY_SIDE.finditer(text):
            a, b = float(m.group(1)), float(m.group(2))
            if a > 0 and b > 0 and (_within(a / b, window) or _within(b / a, window)):
                return True
        # (or two amounts in one unit, one group's and the other's: "less than half as much
        # time" for "11.2 hours per school with the app and 27.5 hours with paper forms")
        amounts = [
            q
            for q in extract_numbers(text)
            if q.kind == "measure" and q.value > 0 and q.unit and _unit_base(q.unit) != "age"
        ]
        for x, y in itertools.pairwise(amounts):
            gap = text[x.end : y.start]
            if (
                x.unit == y.unit
                and len(gap) <= 60
                and re.search(r"\b(?:and|vs\.?|versus|against|compared\s+with)\b", gap)
                and not re.search(r"\d", gap)
                and (_within(x.value / y.value, window) or _within(y.value / x.value, window))
            ):
                return True
        # (or two estimates with an interval between: "−1.24 million/mL per year (95% CI
        # −1.86 to −0.62), compared with −0.66 million/mL per year" for "nearly double the
        # pace")
        if not _COMPARED.search(text):
            continue
        values = [
            q
            for q in extract_numbers(text)
            if q.kind in ("number", "measure")
            and q.value > 0
            and not _CI_BOUND.search(text, max(0, q.start - 30), q.start)
        ]
        for x, y in itertools.combinations(values, 2):
            gap = text[x.end : y.start]
            if (
                x.unit == y.unit
                and len(gap) <= 90
                and _COMPARED.search(gap)
                # (two estimates, the first with its interval: not "3.2 hair cells per
                # neuromast, against 14.6 in untreated controls", whose ratio no one told)
                and re.search(r"\(\s*95\s*%\s*(?:CI|confidence)", gap)
                and (_within(x.value / y.value, window) or _within(y.value / x.value, window))
            ):
                return True
    return False


_COMPARED = re.compile(rf"\b(?:{_VERSUS_WORDS})\s", re.I)
#: a change's two ends with a few words of where or when between: "from 9.8% at bare sites
#: to 21.4%"
_FROM_TO_WIDE = re.compile(
    r"\bfrom\s+(\d+(?:\.\d+)?)\s*%?(?:\s+[^\s\d;,.()]+){0,4}?\s+to\s+(\d+(?:\.\d+)?)(?![\d.])",
    re.I,
)
#: a range of fold changes: "River-specific fold changes in water at 1 km ranged from 1.6 to
#: 9.3"
_FOLD_RANGE = re.compile(
    r"\bfold[- ]changes?\b[^.;]{0,60}?\brang\w*\s+(?:from\s+|between\s+)?(\d+(?:\.\d+)?)"
    r"\s*(?:-fold)?\s*(?:to|and|-|\u2013)\s*(\d+(?:\.\d+)?)",
    re.I,
)


def _fold_range_end(rq: Quantity, texts: Iterable[str]) -> bool:
    """Whether a multiplier is an end of a range of fold changes the paper gives ("about
    1.6-fold in one river to more than ninefold in another" for "ranged from 1.6 to 9.3")."""
    if rq.kind != "multiplier":
        return False
    window = _multiplier_window(rq)
    return any(
        _within(float(v), window)
        for text in texts
        if "fold" in text
        for m in _FOLD_RANGE.finditer(text)
        for v in m.groups()
    )


#: what a multiplier compares: a change ("more than twice the gain seen among
#: radiologists", "three times the improvement")
_OF_A_CHANGE = re.compile(
    r"\s+(?:(?:as\s+(?:large|big|great|much)\s+as\s+)?(?:the|that\s+of\s+the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:gains?|increases?|rises?|improvements?|reductions?|decreases?|drops?|"
    r"falls?|benefits?|changes?|differences?|effects?|declines?)\b",
    re.I,
)


def _ratio_of_changes(rq: Quantity, text: str, texts: Iterable[str]) -> bool:
    """Whether a multiplier of a change ("more than twice the gain seen among
    radiologists") is the ratio of two changes a statement gives in one unit ("from 70.2%
    to 82.5% (difference 12.3 percentage points ...); among radiologists, from 82.6% to
    87.7% (difference 5.1 percentage points")."""
    if rq.kind != "multiplier" or not _OF_A_CHANGE.match(text, rq.end):
        return False
    window = _multiplier_window(rq)
    for t in texts:
        numbers = extract_numbers(t)
        changes = [
            (q.unit, q.value)
            for q in numbers
            if q.value > 0
            and (q.unit == "points" or (q.kind == "percent" and q.change is not None))
            and not _CI_BOUND.search(t, max(0, q.start - 30), q.start)
        ] + [
            (a.unit, abs(b.value - a.value)) for a, b in _from_to(t, numbers) if b.value != a.value
        ]
        for (u, x), (v, y) in itertools.combinations(changes, 2):
            if u == v and (_within(x / y, window) or _within(y / x, window)):
                return True
    return False


def _derived_share(
    rq: Quantity, numbers: Iterable[Quantity], release: Iterable[float], text: str = ""
) -> bool:
    """Whether a share is the release's own arithmetic: another number of its sentence
    over a number of the release ("about a quarter of the families (1,998)" after "7,918
    gene families"; each of those numbers is checked on its own)."""
    if rq.kind != "percent":
        return False
    window = _window(rq, _percent_slack(rq))
    numbers = list(numbers)
    # (nor the first end of a range of a measure: the 16 of "16 to 20 years")
    starts = {
        id(a)
        for a, b in itertools.pairwise(numbers)
        if b.kind == "measure" and 0 < b.start - a.end <= 5
    }
    parts = [
        q.value
        for q in numbers
        if q is not rq
        and q.kind in ("number", "count")
        and id(q) not in starts
        # (nor an amount per unit: "about 26 tonnes per hectare")
        and not _PER_UNIT.match(text, q.end)
        # (not a year: "between 2700 and 2500 BCE")
        and not (q.kind == "number" and re.fullmatch(r"[12]\d{3}", q.text.strip()))
    ]
    return any(_within(100 * a / b, window) for a in parts if a > 0 for b in release if b > a)


def _share_within(rq: Quantity, texts: Iterable[str]) -> bool:
    """Whether a share is one whole number of a statement over another that counts the
    same thing ("Half of the schools" where a statement randomly assigns "64 state
    primary schools" to two arms of "32 schools")."""
    if rq.kind != "percent" or rq.change is not None:
        return False
    # a tight window: two counts of one statement give many ratios by chance
    window = _window(rq, max(1.0, 0.1 * rq.value))
    for text in texts:
        counted: list[tuple[int, set[str], bool]] = []
        for m in _INTEGER.finditer(text):
            after = _COUNTED.match(text, m.end())
            # (what is counted, not the "of" of "72 of 224 case mothers": two numerators
            # count nothing alike)
            nouns = set(after.group(1).lower().split()) - _COUNT_LINKS if after else set()
            if after is not None and nouns:
                # ("1,428 women (17.0%)": a count whose own share the paper gives)
                shared = bool(_OWN_SHARE.match(text, after.end()))
                counted.append((int(m.group(0).replace(",", "")), nouns, shared))
        for a, nouns_a, shared in counted:
            for b, nouns_b, _ in counted:
                if shared:
                    break
                if 0 < a < b and nouns_a & nouns_b and _within(100 * a / b, window):
                    return True
        # one group of two the statement joins with "and": "118 adults with ... lung
        # cancer and 236 controls" gives "one in three of our samples came from someone
        # with cancer"
        for m in _TWO_GROUPS.finditer(text):
            a, b = (int(g.replace(",", "")) for g in m.group("a", "b"))
            if a > 0 and b > 0 and any(_within(100 * x / (a + b), window) for x in (a, b)):
                return True
    return False


#: words after a count that are no noun of what it counts: "72 of 224"
_COUNT_LINKS = frozenset(["of", "out", "in", "and", "or", "to", "the", "a", "an", "per", "from"])
#: a count's own share, right after it: "1,428 women (17.0%)"
_OWN_SHARE = re.compile(r"\s*\(\s*\d+(?:\.\d+)?\s*%")
#: two groups told side by side: "118 adults with confirmed lung cancer and 236 controls"
_GROUP_NOUN = (
    r"(?:[a-z-]+\s+)?(?:people|adults|patients|participants|controls|cases|women|men|"
    r"children|volunteers|samples|schools|mice|rats|animals)\b"
)
_TWO_GROUPS = re.compile(
    rf"(?<![\d.,])(?P<a>\d{{1,3}}(?:,\d{{3}})*|\d+)\s+{_GROUP_NOUN}[^.;()\d]{{0,80}}?\s+and\s+"
    rf"(?P<b>\d{{1,3}}(?:,\d{{3}})*|\d+)\s+{_GROUP_NOUN}",
    re.I,
)


#: a share of one arm, not an arm's share of the sample: "half of the vaccinated monkeys
#: were still free of infection"
_WITHIN_ARM = re.compile(
    r"\s+of\s+(?:the\s+|those\s+)?(?:vaccinated|unvaccinated|treated|untreated|placebo|control|"
    r"intervention|exposed|unexposed|immunised|immunized)\b",
    re.I,
)


#: a stratum's size: "near (less than 1 km, n = 32)"
_STRATUM_N = re.compile(r"\bn\s*=\s*(\d[\d,]*)\b", re.I)


def _stratum_share(rq: Quantity, texts: Iterable[str]) -> bool:
    """Whether a share is one stratum's size over the whole ("A third of the sites lay
    within 1 kilometre" for "96 sites stratified by distance ...: near (..., n = 32),
    intermediate (..., n = 32) and far (..., n = 32)"): the strata's sizes add up to a
    number the statement gives."""
    if rq.kind != "percent" or rq.change is not None:
        return False
    window = _window(rq, max(1.0, 0.1 * rq.value))
    for text in texts:
        if "=" not in text:
            continue
        sizes = [_count(m.group(1)) for m in _STRATUM_N.finditer(text)]
        # (a whole that counts no subjects: "96 sites", not "24 rhesus macaques" randomised
        # 1:1, whose arms are the groups compared)
        if len(sizes) < 2 or not any(
            q.kind == "number" and q.value == sum(sizes) and _noun_after(text, q)
            for q in extract_numbers(text)
        ):
            continue
        if any(_within(100 * n / sum(sizes), window) for n in sizes):
            return True
    return False


#: what a proportion between 0 and 1 estimates: "Estimated occupancy was 0.68 ... overall:
#: 0.49 (0.32-0.66) at near sites"
_PROPORTION_OF = re.compile(
    r"\b(?:occupancy|probabilit(?:y|ies)|proportions?|prevalence|fraction)\b(?![^.;]*\b(?:AUC|"
    r"area under|c-?statistic|c-?index)\b)(?:[^.;]|(?<=\d)\.(?=\d)){0,120}$",
    re.I,
)


def _proportion_as_share(
    rq: Quantity, paper_q: Iterable[tuple[Quantity, int]], text_of: dict[int, str]
) -> bool:
    """Whether a share is a proportion the paper gives between 0 and 1 ("about half of the
    sites near roads" for an occupancy of 0.49; "about 70 percent" for 0.71)."""
    if rq.kind != "percent" or rq.change is not None:
        return False
    window = _window(rq, _percent_slack(rq))
    return any(
        pq.kind in ("number", "ci")
        and 0 < pq.value < 1
        and "." in pq.text
        and _within(100 * pq.value, window)
        # (not an interval's bound: "0.83 (0.67-0.92)")
        and _outside_brackets(text_of.get(i, ""), pq.start)
        and _PROPORTION_OF.search(text_of.get(i, "")[max(0, pq.start - 160) : pq.start])
        for pq, i in paper_q
    )


def _arm_share(
    rq: Quantity, out_of: Iterable[tuple[int, int, object, int]], samples: Iterable[Quantity]
) -> bool:
    """Whether a share is the size of one of the paper's groups over its whole sample
    ("half of the patients took dexavelan": "287 of 957 patients" in the dexavelan group
    of 1,912 adults)."""
    if rq.kind != "percent" or rq.change is not None:
        return False
    window = _window(rq, max(1.0, 0.1 * rq.value))
    groups = {b for _, b, _, _ in out_of}
    # an arm is one of the groups that together make up the sample (957 + 955 = 1,912),
    # not any denominator ("41 of 462", "90 of 116" are no arms of 8,400 women)
    return any(
        0 < b < q.value
        and _within(100 * b / q.value, window)
        and any(abs(b + c - q.value) <= max(2.0, 0.02 * q.value) for c in groups | {b})
        for b in groups
        for q in samples
    )


#: the words after a number, up to three: what it counts ("64 state primary schools")
_COUNTED = re.compile(r"\s+((?:[A-Za-z][\w-]*\s*){1,3})")


def _whole(value: float) -> str:
    return str(int(value)) if value == int(value) else ""


_INTEGER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d]|[.,]\d)")
#: a count out of a total: "94/118", "628 of 646", "11 out of 23"
_OUT_OF = re.compile(
    r"(?<![\d.,])(\d[\d,]*|\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|"
    r"[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve))\s*(?:/|of|out of)\s*(\d[\d,]*)(?![\d]|[.,]\d)"
)


def _count(group: str) -> int:
    """A count of ``_OUT_OF`` as a number ("Seven" of "Seven of 8" is 7)."""
    return int(leading_count(group) or 0)


def _integers(text: str) -> set[int]:
    """The whole numbers written in a statement, "94/118" and "628 of 646" included."""
    return {int(m.group(0).replace(",", "")) for m in _INTEGER.finditer(text)}


def _difference_within(rq: Quantity, texts: Iterable[str]) -> bool:
    """Whether a count is what is left of a total the paper gives as a count out of it
    ("missing 24" where the statement gives 94/118)."""
    if rq.value != int(rq.value) or rq.value < 1:
        return False
    v = int(rq.value)
    for text in texts:
        for m in _OUT_OF.finditer(text):
            a, b = (_count(g) for g in m.groups())
            if a < b and b - a == v:
                return True
    return False


def _sum_within(rq: Quantity, texts: Iterable[str]) -> bool:
    """Whether a count is the sum of two whole numbers of one statement ("more than
    400,000 Danes" where a statement gives 137,412 statin users and 274,824 matched
    non-users)."""
    window = _window(rq, max(0.15 * rq.value, 1))
    if rq.value < 1000:
        # small sums come about by chance in a statement full of numbers: only the two
        # groups of one phrase ("more than 800 infants" for "224 cases and 617 matched
        # controls")
        return rq.value >= 100 and any(
            _within(_whole_of(m.group(1)) + _whole_of(m.group(2)), window)
            for text in texts
            for m in _GROUPS_JOINED.finditer(text)
        )
    for text in texts:
        values = sorted(_integers(text))
        if any(_within(a + b, window) for i, a in enumerate(values) for b in values[i + 1 :]):
            return True
    return False


#: two groups counted in one phrase: "224 cases and 617 matched controls"
_GROUPS_JOINED = re.compile(
    r"(?<![\d.,])(\d[\d,]*)\s+(?:[a-z-]+\s+){1,3}?and\s+(\d[\d,]*)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:controls|cases|patients|participants|infants|children|adults|people|women|men|"
    r"mothers|births|pregnancies|animals|mice|rats|subjects|volunteers)\b",
    re.I,
)


def _whole_of(digits: str) -> float:
    return float(digits.replace(",", ""))


#: what is left after a loss: "nine in ten healthy cells survived" a 9% reduction
_REMAINING = re.compile(
    # (not plots "left bare": a condition, not what remained)
    r"\b(?:surviv\w*|remain\w*|kept|still|"
    r"left(?!\s+(?:bare|untreated|alone|uncovered|unmulched|open|out|behind|empty))|"
    r"unaffected|intact|spared|retain\w*|"
    # the share lost, where the paper gives what remained: "nearly 30 percent had
    # disappeared within a day" for "71% remained after 24 hours"
    r"disappear\w*|vanish\w*|"
    # "had switched their screen off" for "61% ... still had the display switched on"
    r"(?:switched|turned)\s+(?:[\w'-]+\s+){0,3}?off|no\s+longer|gave\s+up|stopped\s+using|"
    # the other side of an accuracy: "cleared 79 per cent, so one in five wrongly flagged"
    r"wrongly|falsely|incorrectly|missed|misclassified|false alarms?|false positives?|"
    # those without what the paper counts: "more than nine in ten eligible adults had no
    # such history" for the 8.2% who "had established cardiovascular disease"
    # ("had no height and weight measurement at age five" for "70.7% were measured")
    r"had\s+no\s+(?:such\s+)?(?:[\w-]+\s+){0,4}?(?:history|sign|signs|record|records|"
    r"measurements?|data|results?)|did\s+not\s+have|never\s+had|"
    r"with\s+no\s+(?:such\s+)?history|without\s+(?:such\s+a|a)\s+history)\b",
    re.I,
)


#: an elasticity told in words: "demand would fall by 0.8 percent for every 1 percent
#: increase in price"
_PER_PERCENT = re.compile(
    r"\b(?:for )?(?:every|each) (?P<n>1|one|10|ten)\s?(?:percent|per cent|%)", re.I
)


_EFFECT_OF = re.compile(
    r"\b(?:effects?|differences?|changes?|increases?|reductions?) of (?:about |roughly |around |"
    r"some |up to |at least )?(?:[\d.]+\s*(?:to|-|–)\s*)?$|"
    # "the difference was between 2 and 8 percent per copy"
    r"\b(?:effects?|differences?) (?:was|were|ranged) (?:between |from )?(?:about |roughly |"
    r"around |up to )?(?:[\d.]+\s*(?:to|-|–|and)\s*)?$",
    re.I,
)


def _effect_size(rq: Quantity, text: str, paper: Iterable[tuple[Quantity, int]]) -> bool:
    """Whether a percentage told as the size of an effect, in no stated direction ("an
    effect of roughly 11 to 12 percent per daily cup"), is one of the paper's ratios
    (an odds ratio of 1.12, or 0.89 the other way)."""
    if rq.kind != "percent" or rq.change is not None or not _EFFECT_OF.search(text[: rq.start]):
        return False
    window = _window(rq, _percent_slack(rq))
    return any(
        pq.kind in ("ratio", "ci", "number") and 0 < pq.value < 5
        and _within(abs(pq.value - 1) * 100, window)
        for pq, _ in paper
    )  # fmt: skip


#: a risk compared before a bare percentage: "the higher risk tied to isolation shrank
#: to about 21 percent"
_RISK_BEFORE = re.compile(
    r"\b(?:higher|lower|increased|reduced|greater|excess|extra|raised)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:risk|odds|hazard|likelihood|chance)\b",
    re.I,
)


def _risk_told_as_share(rq: Quantity, text: str, paper: Iterable[tuple[Quantity, int]]) -> bool:
    """Whether a percentage with no direction of its own, in a sentence that speaks of a
    higher or lower risk before it, is one of the paper's ratios as a change ("the
    higher risk ... fell to about 10 percent" for a hazard ratio of 1.10)."""
    if rq.kind != "percent" or rq.change is not None or not _RISK_BEFORE.search(text[: rq.start]):
        return False
    window = _window(rq, _percent_slack(rq))
    return any(
        pq.kind in ("ratio", "multiplier") and 0 < pq.value < 5
        and _within(abs(pq.value - 1) * 100, window)
        for pq, _ in paper
    )  # fmt: skip


#: what a number after it is counted per: "one additional diagnosis for every 75 to 80
#: women" (a denominator, not a count of anyone)
_DENOMINATOR = re.compile(
    r"\b(?:for|in|out of) every\s+(?:\d[\d,]*\s*(?:to|-|–)\s*)?$|\bper\s+$", re.I
)


#: two values of one measure: "rose from 12.1 to 15.8", "fell from 31.5 to 25.2"
_FROM_TO = re.compile(
    r"\bfrom\s+(\d+(?:\.\d+)?)\s*(?:%|[^\s\d]{1,12})?\s+to\s+(\d+(?:\.\d+)?)\b", re.I
)


#: a change from one value to another with what may stand between: "rose from a mean of
#: 37 mL (SD 9) on day 1 to 86 mL (SD 14) on day 30"
_FROM_TO_LOOSE = re.compile(
    # ("from a fitted 101.2 million/mL in 1972 to 60.3 million/mL in 2019")
    r"\bfrom\s+(?:a\s+(?:mean|median)\s+of\s+|about\s+|around\s+|an?\s+(?:fitted|estimated|"
    r"average)\s+(?:of\s+)?)?(\d+(?:\.\d+)?)\s*"
    r"(?:%|(?:million|billion)\s*)?(?:%|[^\s\d(]{1,12})?(?:\s*\([^)]{0,30}\))?"
    r"(?:\s+(?:on|at|in)\s+(?:day|week|month|year|baseline)(?:\s+\d+)?|\s+before|"
    r"\s+in\s+(?:19|20)\d\d)?"
    r"\s+to\s+(\d+(?:\.\d+)?)\b",
    re.I,
)


def _fold_changes(texts: Iterable[tuple[str, int]]) -> list[tuple[Quantity, int]]:
    """The ratio of each change a statement gives as two values ("from 37 ... to 86":
    2.3 times), as multipliers."""
    out = []
    for text, i in texts:
        for m in _FROM_TO_LOOSE.finditer(text) if "from" in text else ():
            a, b = float(m.group(1)), float(m.group(2))
            if all(v.isdigit() and 1900 <= int(v) <= 2100 for v in m.groups()):
                continue  # "from 1972 to 2019": a span of years, not a change
            if re.search(r"\bfold\b[^.;]{0,60}$", text[: m.start()], re.I):
                continue  # "fold changes ... ranged from 1.6 to 9.3": a range of ratios
            if a > 0 and b > 0 and a != b:
                told = f"from {m.group(1)} to {m.group(2)}, {max(a, b) / min(a, b):.1f} times"
                fold = Quantity(told, max(a, b) / min(a, b), "multiplier", "x")
                out.append((replace(fold, start=m.start(), end=m.end()), i))
    return out


def _median_as_half(rq: Quantity, text: str, texts: Iterable[str]) -> bool:
    """Whether "half" restates a median the paper gives: "Half of our respondents had been
    unwell for 14 months or more" for "Median symptom duration ... was 14 months"."""
    if rq.kind != "percent" or abs(rq.value - 50) > 1e-6 or not rq.worded:
        return False
    mine = {
        q.value for q in extract_numbers(text) if q is not rq and q.kind in ("measure", "number")
    }
    for statement in texts:
        m = re.search(r"\bmedian\b[^.;]{0,80}?(\d+(?:\.\d+)?)", statement, re.I)
        if m and float(m.group(1)) in mine:
            return True
    return False


#: what stands before a spread or a test statistic: "SD 0.12", "r=-0.41", "p="
_SPREAD_BEFORE = re.compile(r"\b(?:SD|SE|SEM|IQR|CI|r|p|t|z)\s*[=:]?\s*-?$", re.I)
#: a mean told with its spread: "0.38 (SD 0.12)"
_SPREAD_AFTER = re.compile(r"\s*\((?:SD|SE|SEM|IQR)\b", re.I)


#: a change told against a starting level: "nearly 30 percent above its baseline level"
_ABOVE_BASELINE = re.compile(
    r"\s+(?:above|below|over|under)\s+(?:its|their|the|his|her)?\s*(?:baseline|starting|"
    r"resting|usual|normal|pre-?\w+)\b",
    re.I,
)
#: a level as a share of a starting level: "128% of baseline"
_OF_BASELINE = re.compile(
    # ("1,140 mm, 118% of the 30-year mean")
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*%\s+of\s+(?:the\s+)?(?:baseline|pre-?\w+|starting|resting|"
    r"(?:\d+-year\s+|long-term\s+)?(?:mean|average|normal))\b",
    re.I,
)


def _of_baseline(rq: Quantity, text: str, texts: Iterable[str]) -> bool:
    """Whether a change told against a starting level is the paper's level given as a
    share of it ("nearly 30 percent above its baseline level" for "128% of baseline")."""
    if rq.kind != "percent" or rq.unit != "%":
        return False
    if rq.change is None and not _ABOVE_BASELINE.match(text, rq.end):
        return False
    window = _window(rq, _percent_slack(rq))
    return any(
        _within(abs(float(m.group(1)) - 100), window)
        for t in texts
        for m in _OF_BASELINE.finditer(t)
    )


def _pair_change(
    rq: Quantity,
    paper: Iterable[tuple[Quantity, int]],
    text_of: dict[int, str] | None = None,
    text: str = "",
) -> bool:
    """Whether a relative change is the release's arithmetic on two values of one measure
    that a statement lists ("about 17 per cent smaller" for "1,420 mm³ in controls, 1,180
    mm³ with fasting alone")."""
    if rq.kind != "percent" or rq.change is None:
        return False
    groups: dict[tuple[int, str], list[float]] = {}
    for pq, i in paper:
        where = text_of.get(i, "") if text_of is not None else ""
        if (
            pq.kind == "measure"
            and pq.unit
            and pq.value > 0
            # (not a spread nor an interval's bound: "27.6 ± 2.9 min", "95% CI 1.8 to 17.6")
            and not re.search(r"(?:±|\+/-)\s*$", where[max(0, pq.start - 4) : pq.start])
            and not _CI_BOUND.search(where, max(0, pq.start - 30), pq.start)
            and _unit_base(pq.unit) != "age"  # (nor the ends of an age range: "aged 8 to 14")
        ):
            groups.setdefault((i, _unit_base(pq.unit)), []).append(pq.value)
        elif (
            text_of is not None
            and pq.kind == "number"
            and pq.value > 0
            and "." in pq.text
            and not pq.approx
            and not _SPREAD_BEFORE.search(text_of.get(i, "")[max(0, pq.start - 8) : pq.start])
            and _SPREAD_AFTER.match(text_of.get(i, ""), pq.end)
        ):
            # a score without a unit, not a spread or a test: "index was 0.38 (SD 0.12)
            # in controls ... and 0.24 ... in the high-dose group"
            groups.setdefault((i, ""), []).append(pq.value)
    window = _window(rq, _percent_slack(rq))
    for values in groups.values():
        if len(values) > 4:
            # (a statement of many values gives some pair near any change: "1,240 vs 860
            # µm² ... 1,030 vs 870 µm² ..." backs "about 40 percent" only for the pair the
            # release sets against each other, below)
            continue
        for a in values:
            for b in values:
                if a != b and (b > a) == (rq.change > 0) and _within(abs(b - a) / a * 100, window):
                    return True
    # (or set against each other in a statement on the same thing: "anxiety ... (36.4 vs
    # 40.1" for "anxiety scores ... about 9 percent lower")
    by_statement: dict[int, list[Quantity]] = {}
    for pq, i in paper:
        by_statement.setdefault(i, []).append(pq)
    told = [
        (x, y, _pair_shared(text, where, x))
        for i, numbers in (by_statement.items() if text_of is not None and text else ())
        for where in (text_of.get(i, "") if text_of else "",)
        for x, y in _versus_pairs(where, numbers)
    ]
    # (of the pairs, those most like the release's words: "young plasma ... compared with
    # saline" is "Young plasma gave a smaller increase over saline (1,030 vs 870", not
    # "Regenerating fibre area was larger in heterochronic old mice (1,240 vs 860")
    # (or any, where the release gives its change to the unit: "about 44 percent larger"
    # for "1,240 vs 860")
    most = max((n for *_, n in told), default=0)
    for x, y, n in told:
        if n < 2:
            continue
        for a, b in ((x.value, y.value), (y.value, x.value)):
            change = abs(b - a) / a * 100
            if (b > a) == (rq.change > 0) and (
                (n == most and _within(change, window)) or abs(change - abs(rq.change)) < 1
            ):
                return True
    return False


#: a mean told in brackets or after its word: "(mean 4.9, SD 1.1)", "a mean of 4.5"
_MEAN_BEFORE = re.compile(r"\b(?:mean|average|median)(?:\s+of)?\s*$", re.I)


def _means_changed(
    rq: Quantity, text: str, paper: list[tuple[Quantity, int]], text_of: dict[int, str]
) -> list[tuple[Quantity, int]]:
    """The two means of a statement on the same outcome, when the release's relative
    change is not theirs ("rated their sense of power about 20 percent higher" where
    feelings of power were "mean 4.9" against "mean 4.5": 9% higher)."""
    if rq.kind != "percent" or rq.change is None or rq.unit == "points":
        return []
    mine = content_words(text)
    by_statement: dict[int, list[Quantity]] = {}
    for pq, i in paper:
        where = text_of.get(i, "")
        if (
            pq.kind in ("number", "measure")
            and pq.value > 0
            and _MEAN_BEFORE.search(where[max(0, pq.start - 12) : pq.start])
        ):
            by_statement.setdefault(i, []).append(pq)
    window = _window(rq, _percent_slack(rq))
    for i, means in by_statement.items():
        if len(means) != 2 or len(mine & content_words(text_of.get(i, ""))) < 2:
            continue
        a, b = means
        low, high = sorted((a.value, b.value))
        implied = (high - low) / low * 100 if rq.change > 0 else (high - low) / high * 100
        if not _within(implied, window):
            return [(a, i), (b, i)]
    # a change from one value to another: "fallen by about two-thirds" where the score "fell
    # from 3.1 at baseline to 1.6 at week 10" (48%); only when no such change matches
    from spin.align import expand_abbreviations

    found: list[tuple[Quantity, int]] = []
    common = _common_words(text_of.values())
    keys = list(text_of)
    written = dict(zip(keys, expand_abbreviations([text_of[k] for k in keys], [text]), strict=True))
    for i, where in text_of.items():
        if len(mine & content_words(written[i])) < 2:
            continue
        numbers = [pq for pq, j in paper if j == i]
        for a, b in _from_to(where, numbers):
            if a.value <= 0 or (b.value > a.value) != (rq.change > 0):
                continue
            implied = abs(b.value - a.value) / a.value * 100
            if _within(implied, window):
                return []
            found = found or [(a, i), (b, i)]
        # two values set against each other, either way round: "heart rate ... (148.1 vs
        # 152.5 beats per minute" told "about 10 percent lower" (2.9%)
        for a, b in _versus_pairs(where, numbers):
            low, high = sorted((a.value, b.value))
            if low <= 0 or low == high or not _pair_told(text, where, a, common):
                continue
            implied = (high - low) / low * 100 if rq.change > 0 else (high - low) / high * 100
            if _within(implied, window):
                return []
            found = found or [(a, i), (b, i)]
    return found


def _change_from_to(rq: Quantity, texts: Iterable[str]) -> bool:
    """Whether a relative change is the release's arithmetic on a change the paper gives
    as two values ("negative mood rose by about 30 percent" for "rose from 12.1 to
    15.8"; "fell by a fifth" for "fell from 31.5 to 25.2")."""
    if rq.kind != "percent" or rq.change is None:
        return False
    window = _window(rq, _percent_slack(rq))
    for text in texts:
        # ("fell from a mean of 63% to 22%")
        for m in (*_FROM_TO.finditer(text), *_FROM_TO_LOOSE.finditer(text)):
            a, b = float(m.group(1)), float(m.group(2))
            if a > 0 and _within(abs(b - a) / a * 100, window) and (b > a) == (rq.change > 0):
                return True
    return False


#: a measure changed to a new value: "reduced progenitor apoptosis to 11.2%"
_CHANGED_TO = re.compile(
    r"\b(?:reduc|lower|decreas|cut|fell|fall|drop|declin|rose|rise|increas|rais)\w*\s+"
    r"(?P<what>[^.;]{0,60}?)\bto\s+(?P<to>\d+(?:\.\d+)?)\s*%",
    re.I,
)


def _change_to(
    rq: Quantity, text: str, paper: Iterable[tuple[Quantity, int]], text_of: dict[int, str]
) -> bool:
    """Whether a relative change is the release's arithmetic on a measure the paper
    gives before ("24.6% of progenitors" were dying) and after a change ("reduced
    progenitor apoptosis to 11.2%"): "more than halved progenitor cell death".  The
    release must name what changed with a word of both statements."""
    change = rq.change
    if change is None and rq.kind == "multiplier" and re.search(r"(?i)halv|doubl|tripl", rq.text):
        change = (rq.value - 1) * 100  # "halved": -50%
    if change is None or rq.kind not in ("percent", "multiplier"):
        return False
    as_share = replace(rq, kind="percent", unit="%", value=abs(change))
    window = _window(as_share, _percent_slack(as_share))
    mine = content_words(text)
    paper = list(paper)
    for said in text_of.values():
        for m in _CHANGED_TO.finditer(said):
            if not mine & content_words(m.group("what")):
                continue
            b = float(m.group("to"))
            for pq, j in paper:
                a = pq.value
                if pq.kind != "percent" or a <= 0 or a == b or (b > a) != (change > 0):
                    continue
                if _within(abs(b - a) / a * 100, window) and mine & _context(
                    text_of.get(j, ""), pq
                ):
                    return True
    return False


#: a statistic of heterogeneity, not a share of anyone: "I² = 67%"
_HETEROGENEITY = re.compile(r"\bI(?:²|2|\^2|-squared)\s*[=:]?\s*$")


def _elasticity(rq: Quantity, text: str, paper: set[float]) -> bool:
    """Whether a percentage is an elasticity the paper gives as a number (-0.80), or the
    "1 percent" it is counted per."""
    m = _PER_PERCENT.search(text)
    if rq.kind != "percent" or m is None:
        return False
    per = 10.0 if m.group("n").lower() in ("10", "ten") else 1.0
    if m.start() <= rq.start < m.end() and rq.value == per:
        return True  # the "every 10 percent rise" itself
    # "every 10 percent rise in price would reduce purchases by about 8 percent": -0.80
    window = _window(rq, _percent_slack(rq))
    return any(
        _within(abs(v) * per, window) or math.isclose(abs(v) * per, rq.value, rel_tol=1e-6)
        for v in paper
        if 0 < abs(v) < 5
    )


def _remainder(rq: Quantity, text: str, paper: Iterable[tuple[Quantity, int]]) -> bool:
    """Whether a share the release says was left ("more than nine in ten healthy cells
    survived") is what remains after one of the paper's percentages (a 9% reduction)."""
    if rq.kind != "percent" or not _REMAINING.search(text):
        return False
    window = _window(rq, _percent_slack(rq))
    return any(
        pq.kind == "percent" and 0 < pq.value < 100 and _within(100 - pq.value, window)
        for pq, _ in paper
    )


#: a share told as what was got right: "more than 99 percent of words right"
_RIGHT = re.compile(
    r"\b(?:right|correct(?:ly)?|accurate(?:ly)?|without\s+(?:an?\s+)?errors?)\b", re.I
)
#: an error rate: "the word error rate was 0.6% with ... and 9.8% with ..."
_ERROR_RATE = re.compile(r"\berror\s+rates?\b(?:[^.;()]|(?<=\d)\.(?=\d)){0,60}$", re.I)


def _tokens(text: str) -> set[str]:
    """Words and numbers of a label, as written: "with a 50-word vocabulary" gives 50,
    word and vocabulary."""
    return {t.replace(",", "") for t in re.findall(r"[a-z]{3,}|\d[\d,]*", text.lower())}


def _label_up_to_next(where: str, q: Quantity, shares: list[Quantity]) -> set[str]:
    """The words and numbers after a figure up to the next share or clause: "with a 50-word
    vocabulary"."""
    end = min([x.start for x in shares if x.start > q.start] + [len(where)])
    return _tokens(re.split(r"[;:]|\.\s", where[q.end : end])[0])


def _complement_of_error(
    rq: Quantity, text: str, paper: Iterable[tuple[Quantity, int]], text_of: dict[int, str]
) -> bool:
    """Whether a share told as right ("more than 99 percent of words right when he was
    limited to a 50-word vocabulary") is what an error rate of the paper leaves ("the word
    error rate was 0.6% with a 50-word vocabulary and 9.8% with the 125,000-word
    vocabulary"), and the release names no other figure's condition in its place ("more
    than 99 percent of words right using the full 125,000-word vocabulary")."""
    if rq.kind != "percent" or rq.change is not None or not _RIGHT.search(text):
        return False
    window = _window(rq, _percent_slack(rq))
    later = [q.start for q in extract_numbers(text) if q.kind == "percent" and q.start > rq.start]
    mine = _tokens(text[rq.end : min([*later, len(text)])])
    paper = list(paper)
    for pq, i in paper:
        where = text_of.get(i, "")
        if not (
            pq.kind == "percent"
            and 0 < pq.value < 100
            and _within(100 - pq.value, window)
            and _ERROR_RATE.search(where[max(0, pq.start - 80) : pq.start])
        ):
            continue
        shares = sorted(
            (q for q, j in paper if j == i and q.kind == "percent"), key=lambda q: q.start
        )

        own = _label_up_to_next(where, pq, shares)
        others = [_label_up_to_next(where, q, shares) for q in shares if q is not pq]
        if any((other - own) & mine and not (own - other) & mine for other in others):
            continue  # told of another figure's condition
        return True
    return False


def _derived_percents(texts: Iterable[tuple[str, int]]) -> list[tuple[Quantity, int]]:
    """Percentages implied by counts such as "12 of 14" or "12/14"."""
    out = []
    for text, i in texts:
        for m in _OUT_OF.finditer(text):
            a, b = (_count(g) for g in m.groups())
            if 0 < a <= b:
                share = Quantity(m.group(0), 100 * a / b, "percent", "%")
                out.append((replace(share, start=m.start(), end=m.end()), i))
        for m in _SPLIT.finditer(text) if "men" in text or "boys" in text else ():
            # "(21 women, 5 men)": each part's share of the whole
            a, b = (int(g.replace(",", "")) for g in (m.group("a"), m.group("b")))
            for part, span in ((a, "a"), (b, "b")):
                if a + b > 0 and part > 0:
                    share = Quantity(m.group(span), 100 * part / (a + b), "percent", "%")
                    out.append((replace(share, start=m.start(span), end=m.end(span)), i))
    return out


#: a sample split in two: "(21 women, 5 men)", "14 boys and 12 girls"
_SPLIT = re.compile(
    r"(?<![\d.,])(?P<a>\d[\d,]*)\s+(?:women|men|girls|boys|females|males)\s*(?:,|and)\s*"
    r"(?P<b>\d[\d,]*)\s+(?:women|men|girls|boys|females|males)\b",
    re.I,
)


def _checkable(rq: Quantity, metadata: frozenset[float]) -> bool:
    if rq.kind == "number" and (rq.value <= 10 or rq.value in metadata):
        return False
    if rq.kind == "multiplier" and rq.approx == "at least" and rq.value == 0.5:
        return False  # "saw their migraine days at least halved": a responder's threshold
    return not (rq.kind == "measure" and rq.unit.startswith(("year", "yr")) and rq.value > 1800)


#: words after a number that are not what it counts
_NOT_A_NOUN = frozenset(
    [
        "of",
        "to",
        "and",
        "or",
        "in",
        "per",
        "the",
        "times",
        "more",
        "fewer",
        "less",
        "than",
        "at",
        "for",
        "with",
        "from",
        "by",
        "between",
        "percent",
        "cent",
        "out",
        "among",
        "about",
        "over",
        "under",
        "up",
        "was",
        "has",
        "does",
        "goes",
        "is",
        "its",
        "this",
        "thus",
        "plus",
        "across",
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "minutes",
        "seconds",
    ]
)


#: the word right after a number: "5 samples"
_NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z-]{2,})\b")


def _noun_after(text: str, q: Quantity) -> str:
    """What a count counts: its unit, or the word after a bare number ("5 samples"),
    singular; empty when no noun follows."""
    if q.kind == "count" and q.unit and q.unit != "n":
        word = q.unit
    else:
        m = _NEXT_WORD.match(text, q.end)
        word = m.group(1) if m else ""
    word = word.lower()
    # a plural noun ("5 samples"), not a verb ("1998 showed") nor a function word
    if word in _NOT_A_NOUN or not word.endswith("s") or word.endswith("ss"):
        return ""
    return word[:-1]


def _counted(text: str, q: Quantity) -> bool:
    """A bare number of something ("5 samples"): when small, compared with the count
    of the same thing in the statement the sentence is aligned with, though never
    reported as unsupported."""
    return q.kind == "number" and bool(_noun_after(text, q))


def _digit_tokens(ctx: RuleContext) -> frozenset[str]:
    """Every run of digits in the paper's title and statements, commas removed
    ("1998", "7918"): what a number read as a year elsewhere still shows."""
    texts = [ctx.paper.title or "", *(st.text for st in ctx.paper.statements)]
    return frozenset(
        m.group(0).replace(",", "") for t in texts for m in re.finditer(r"\d[\d,]*\d|\d", t)
    )


def _top_statement(ctx: RuleContext, index: int) -> int | None:
    rel = relevant_matches(ctx, index)
    return rel[0].statement if rel else None


#: a concentration written out ("nanomoles per litre") is its symbol ("nmol/l")
_SPELLED_UNIT = re.compile(r"(nano|micro|milli|pico)moles?\s+per\s+lit(?:re|er)", re.I)
_PREFIX = {"nano": "n", "micro": "µ", "milli": "m", "pico": "p"}


def _unit_base(unit: str) -> str:
    if unit in ("µM", "nM", "pM", "mM"):
        return unit + "olar"  # a concentration, not "µm" or "mm" (lengths)
    m = _SPELLED_UNIT.fullmatch(unit.strip())
    if m:
        return f"{_PREFIX[m.group(1).lower()]}mol/l"
    u = unit.lower().replace("umol", "µmol").replace(" ", "").rstrip("s")
    # blood pressure "points" are millimetres of mercury; a unit spelled out is its symbol
    return _UNIT_BASE.get(u, u)


#: units of one quantity on one scale: lengths in metres, masses in grams
_SCALE = {"µm": ("length", 1e-6), "mm": ("length", 1e-3), "cm": ("length", 1e-2),
          "m": ("length", 1.0), "km": ("length", 1e3), "µg": ("mass", 1e-6),
          "mg": ("mass", 1e-3), "g": ("mass", 1.0), "kg": ("mass", 1e3)}  # fmt: skip
_UNIT_BASE = {"yr": "year", "hr": "hour", "min": "minute", "sec": "second", "point": "mmhg",
              "gram": "g", "kilogram": "kg", "milligram": "mg", "litre": "l", "liter": "l",
              "millilitre": "ml", "milliliter": "ml", "calorie": "kcal", "metre": "m",
              "meter": "m", "kilometre": "km", "kilometer": "km", "centimetre": "cm",
              "centimeter": "cm", "millimetre": "mm", "millimeter": "mm", "μm": "µm",
              "micrometre": "µm", "micrometer": "µm", "micron": "µm",
              "kcal/day": "kcal"}  # fmt: skip


def _comparable(rq: Quantity, pq: Quantity) -> bool:
    """Whether the paper's ``pq`` measures the same kind of thing as the release's
    ``rq``, so that a different value contradicts it: any two relative changes
    (percentages with a direction, ratios, multipliers), two shares ("57% of
    participants"), two p-values, two measures in the same unit.  A share and a
    relative change are different quantities: neither contradicts the other."""
    if rq.kind == "percent":
        if rq.change is not None:
            return pq.change is not None
        # a share and a difference in percentage points are different quantities
        return pq.kind == "percent" and pq.change is None and pq.unit == rq.unit
    if rq.kind in ("multiplier", "ratio"):
        return pq.kind in ("ratio", "multiplier") or pq.change is not None
    if rq.kind == "measure":
        return pq.kind == "measure" and _unit_base(pq.unit) == _unit_base(rq.unit)
    return pq.kind == rq.kind


#: words that state a change, or name who changed, rather than what changed: not
#: evidence that two relative changes are of the same outcome
_CHANGE_WORDS = frozenset(
    ["reduce", "reduced", "reduction", "lower", "lowered", "decrease", "decreased", "cut",
     "fell", "drop", "dropped", "decline", "declined", "less", "fewer", "increase",
     "increased", "rise", "rose", "raised", "higher", "greater", "more", "likely", "frequent",
     "often", "risk", "odds", "rate", "ratio", "relative", "hazard", "compared", "group",
     "participant", "patient", "people", "adult", "women", "men", "children", "trial",
     "programme", "program", "drug", "treatment", "placebo", "control", "usual", "care",
     "those", "who", "had"]
)  # fmt: skip


def _context(text: str, q: Quantity) -> frozenset[str]:
    return content_words(text[max(0, q.start - 30) : q.start] + " " + text[q.end : q.end + 45])


#: how far ahead of the runner-up the reported statement must be for a share to be
#: judged against it alone (the runner-up's score at most this share of the best)
_RIVAL_LEAD = 0.75


#: a measure told as a difference: "weighed 14 kilograms less than", "gained 3 kg more"
_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:\w+\s+)?(?:less|more|fewer|lower|higher|lighter|heavier|longer|shorter)\s+than\b",
    re.I,
)
#: what names a paper's figure as a difference: "(difference -8.4 kg", "8.4 kg more"
_DIFFERENCE_BEFORE = re.compile(r"(?:difference|differed by|by)\s*[−–-]?\s*$", re.I)


def _difference_told(
    text: str,
    rq: Quantity,
    supported_by: list[int],
    paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:
    """The paper's difference that a measure told as a difference contradicts, when the
    value the release gives is one of the two values compared, not their difference
    ("weighed 14 kilograms less than" for colonies that "gained 14.2 kg compared with
    22.6 kg (difference -8.4 kg)")."""
    if rq.kind != "measure" or not _DIFFERENCE_AFTER.match(text, rq.end):
        return []
    base = _unit_base(rq.unit)
    diffs = [
        (pq, i)
        for pq, i in paper_q
        if i in supported_by
        and pq.kind == "measure"
        and _unit_base(pq.unit) == base
        and _DIFFERENCE_BEFORE.search(text_of.get(i, "")[: pq.start])
    ]
    if not diffs or any(supports(rq, pq) for pq, _ in diffs):
        return []  # the paper gives no difference here, or the release's is it
    return diffs


#: between the two ends of a change: "from 5.2% to 7.9%", "from about 5 percent to almost"
_FROM_TO_GAP = re.compile(
    # ("fell from 11.8% before to 5.9% after the programme"; "from about 101 million sperm
    # per millilitre to"; "from a fitted 101.2 million/mL in 1972 to")
    # ("fell from 38% (80/212) at baseline to 27%")
    r"\s*(?:per\s*cent|percent)?(?:\s*\([^()]{0,30}\))?(?:\s*[^\s\d;,.()]+){0,3}?"
    r"(?:\s+(?:in|at|by)\s+(?:19|20)\d\d)?"
    r"\s+to\s+(?:about\s+|around\s+|roughly\s+|almost\s+|nearly\s+)?$",
    re.I,
)
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|a\s+mean\s+of\s+|an?\s+(?:fitted|estimated|"
    r"average|modelled|modeled)\s+(?:of\s+)?)?$",
    re.I,
)


#: between two shares set side by side: "11.9% and 16.4%", "(6.9% vs 10.1%)"
_SHARES_SIDE_BY_SIDE = re.compile(
    # ("34.2% (SD 5.1) under present-day conditions and 19.6%")
    r"^\s*\)?\s*(?:\((?:SD|SE|n\s*=)[^()]{0,20}\)\s*)?(?:,\s*)?"
    # "230 participants (3.8%) receiving aspirin and 170 (2.8%) receiving placebo"
    r"(?:(?:receiving|taking|given|in|on|with|among|under)\s+(?:the\s+)?[\w-]+"
    r"(?:\s+(?:group|arm|conditions?))?\s+)?"
    r"(?:vs\.?|versus|and|compared with|against)\s+(?:[\d,]+\s+(?:of\s+[\d,]+\s+)?)?"
    r"(?:\(\s*)?$",
    re.I,
)


def _share_pairs(
    paper_q: list[tuple[Quantity, int]], text_of: dict[int, str], anchors: set[int]
) -> Iterator[tuple[Quantity, Quantity, int]]:
    """Two shares that a statement the sentence is about sets side by side ("11.9% and
    16.4%"), in the order written, with the statement."""
    by_statement: dict[int, list[Quantity]] = {}
    for pq, i in paper_q:
        if i in anchors and pq.kind == "percent" and pq.unit == "%" and pq.change is None:
            by_statement.setdefault(i, []).append(pq)
    for i, qs in by_statement.items():
        text = text_of.get(i, "")
        qs.sort(key=lambda q: q.start)
        for a, b in itertools.pairwise(qs):
            if _SHARES_SIDE_BY_SIDE.match(text[a.end : b.start]):
                yield a, b, i


def _point_gaps(
    paper_q: list[tuple[Quantity, int]], text_of: dict[int, str], anchors: set[int]
) -> list[tuple[Quantity, int]]:
    """The differences, in percentage points, between two shares that a statement the
    sentence is about sets side by side."""
    out = []
    for a, b, i in _share_pairs(paper_q, text_of, anchors):
        gap = round(abs(a.value - b.value), 6)
        shown = f"{a.text} against {b.text}: {gap:g} points"
        out.append((Quantity(shown, gap, "percent", "points", start=a.start, end=b.end), i))
    return out


#: after a multiplier, a ratio of likelihoods: "three times as likely", "twice as common"
_AS_LIKELY = re.compile(
    r"\s*(?:as|more)\s+(?:likely|common|often|frequent|prevalent)\b|\s*(?:the|their)\s+(?:risk|"
    r"odds|chance|rate)\b",
    re.I,
)


def _share_ratios(
    paper_q: list[tuple[Quantity, int]], text_of: dict[int, str], anchors: set[int]
) -> list[tuple[Quantity, int]]:
    """The ratios, larger over smaller, of two shares that a statement the sentence is
    about sets side by side ("a 10-year cumulative incidence of 5.4%, compared with 2.5%":
    2.2 times)."""
    out = []
    for a, b, i in _share_pairs(paper_q, text_of, anchors):
        if min(a.value, b.value) <= 0:
            continue
        ratio = max(a.value, b.value) / min(a.value, b.value)
        shown = f"{a.text} against {b.text}: {ratio:.1f} times"
        out.append((Quantity(shown, ratio, "multiplier", "x", start=a.start, end=b.end), i))
    return out


def _from_to(text: str, numbers: Iterable[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """The (start, end) pairs of the changes told as "from X to Y" in a text."""
    qs = sorted(numbers, key=lambda q: q.start)
    # (each value with the next of its kind: "from 38% (80/212) at baseline to 27%", not the
    # share worked out from its counts)
    # (a plain number may take its unit from the end: "from 9.8 to 1.1 milligrams")
    pairs = [
        (
            a,
            next(
                (
                    b
                    for b in qs[k + 1 :]
                    if (b.kind == a.kind or (a.kind, b.kind) == ("number", "measure"))
                    and "/" not in b.text
                ),
                None,
            ),
        )
        for k, a in enumerate(qs)
    ]
    return [
        (a, b)
        for a, b in pairs
        if b is not None
        and _FROM_BEFORE.search(text[max(0, a.start - 25) : a.start])
        and _FROM_TO_GAP.match(text[a.end : b.start])
    ]


#: what stands between two values of one measure set against each other: "148.1 vs 152.5",
#: "36.4 versus 40.1", "2.1 against 4.8 per house"
_VERSUS_GAP = re.compile(
    # ("a mean of 58 eggs versus 98")
    # ("27.6 ± 2.9 min versus 17.9": a mean's spread between)
    rf"\s*(?:(?:±|\+/-)\s*\d+(?:\.\d+)?\s*)?(?:[^\s\d;,.()]+\s+){{0,2}}?(?:{_VERSUS_WORDS})\s+$",
    re.I,
)


#: a difference in time told in words: "about four years later than"
_LATER = re.compile(r"\b(?:later|earlier|longer|sooner|older|younger)\s+than$", re.I)


def _in_versus(text: str, pq: Quantity) -> bool:
    """Whether a figure is one of two values set side by side ("3.5 vs 3.6 years")."""
    return bool(
        re.search(
            rf"\d\s*[a-zµ%]*\s*(?:{_VERSUS_WORDS})\s+$",
            text[max(0, pq.start - 30) : pq.start],
            re.I,
        )
        or re.match(rf"\s*[a-zµ%]*\s*(?:{_VERSUS_WORDS})\s+\d", text[pq.end :], re.I)
    )


def _versus_pairs(text: str, numbers: Iterable[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """The pairs of values of one measure a text sets side by side ("mean heart rate was
    lower than during control periods (148.1 vs 152.5 beats per minute"): not shares, not
    an interval's bounds, not a spread or a test statistic."""
    # (a mean's spread after "±" is no value of its own: "27.6 ± 2.9 min versus 17.9")
    qs = sorted(
        (
            q
            for q in numbers
            if not re.search(r"(?:±|\+/-)\s*$", text[max(0, q.start - 4) : q.start])
        ),
        key=lambda q: q.start,
    )
    return [
        (a, b)
        for a, b in itertools.pairwise(qs)
        if {a.kind, b.kind} <= {"number", "measure", "count"}
        and a.value > 0
        and _VERSUS_GAP.match(text[a.end : b.start])
        and not _SPREAD_BEFORE.search(text[max(0, a.start - 8) : a.start])
        and not _CI_BOUND.search(text, max(0, a.start - 30), a.start)
    ]


def _common_words(texts: Iterable[str]) -> frozenset[str]:
    """Words in more than three of the statements: the study's subjects, arms and topic
    ("treated", "mice", "red meat"), which name no one measure."""
    counts: dict[str, int] = {}
    for t in texts:
        for w in content_words(t):
            counts[w] = counts.get(w, 0) + 1
    return frozenset(w for w, n in counts.items() if n > 3)


def _pair_told(
    text: str, where: str, a: Quantity, common: frozenset[str], *, strict: bool = True
) -> bool:
    """Whether a release sentence speaks of what a pair of values measures: two words of
    the clause that leads to the pair, change words and the paper's common words aside
    ("mean heart rate was lower than during control periods (148.1 vs 152.5" for "heart
    rates were ... lower than in matched observation periods"; not "Treated mice ran 38%
    longer ... (41.2 vs 29.9 min" for "Treated mice also had ... greater grip strength"),
    and the clause gives no relative change of its own ("38% longer")."""
    lead = re.split(r"[,;:]|\.\s", where[: a.start])[-1]
    if re.search(r"\d\s*(?:%|per\s*cent|percent)", lead):
        return False
    shared = (content_words(lead) & content_words(text)) - _CHANGE_WORDS
    # (to back a figure, two words will do, common or not: "Heterozygous females laid a mean
    # of 58 eggs versus 98" for "females with a single copy laid about 40 percent fewer")
    return len(shared - common if strict else shared) >= 2


def _pair_shared(text: str, where: str, a: Quantity) -> int:
    """How many words of the clause that leads to a pair the release sentence shares,
    change words aside (0 where the clause gives a relative change of its own)."""
    lead = re.split(r"[,;:]|\.\s", where[: a.start])[-1]
    if re.search(r"\d\s*(?:%|per\s*cent|percent)", lead):
        return 0
    return len((content_words(lead) & content_words(text)) - _CHANGE_WORDS)


def _end_by_change(
    text: str, rq: Quantity, numbers: Iterable[Quantity], paper_q: list[tuple[Quantity, int]]
) -> bool:
    """Whether the end of a change the release tells "from X to Y" is the paper's start
    minus or plus its change in points ("dropped from 5.6 percent to about 1 percent" for
    "fell by 4.5 percentage points ... from 5.6% in the control group")."""
    if rq.kind != "percent" or " to " not in text:
        return False
    start = next((a for a, b in _from_to(text, numbers) if b is rq), None)
    if start is None:
        return False
    window = _window(rq, _percent_slack(rq))
    for pq, i in paper_q:
        if pq.kind != "percent" or pq.unit == "points" or not supports(start, pq):
            continue
        for d, j in paper_q:
            if (
                j == i
                and d.unit == "points"
                and (_within(pq.value - d.value, window) or _within(pq.value + d.value, window))
            ):
                return True
    return False


def _endpoint_told(
    text: str,
    rq: Quantity,
    numbers: Iterable[Quantity],
    paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:
    """The paper's end of a change that the release's end contradicts, when the release
    tells the change as "from X to Y" and the paper has one "from A to B" whose start
    agrees with X: "rising from about 5 percent to almost 10 percent" for "increased from
    5.2% to 7.9%" (the 10 finds support elsewhere in the paper, in some other 9.3%)."""
    if " to " not in text or "from" not in text:
        return []
    start = next((a for a, b in _from_to(text, numbers) if b is rq), None)
    if start is None:
        return []
    by_statement: dict[int, list[Quantity]] = {}
    for pq, i in paper_q:
        by_statement.setdefault(i, []).append(pq)
    ends = [
        (b, i)
        for i, qs in by_statement.items()
        if "from" in text_of.get(i, "")
        for a, b in _from_to(text_of.get(i, ""), qs)
        if a.kind == rq.kind and supports(start, a)
    ]
    if not ends or any(supports(rq, b) for b, _ in ends):
        return []
    # (a change told in steps, whose last step the release gives: "from $7.50 to $9.00 in
    # 2017 and by $1.00 annually to $12.00 in 2020" for "from $7.50 to $12")
    if any(
        q.start > b.start
        and supports(rq, q)
        and re.search(
            r"\bto\s+[$\u00a3\u20ac]?$", text_of.get(i, "")[max(0, q.start - 6) : q.start]
        )
        for b, i in ends
        for q in by_statement[i]
    ):
        return []  # (its last step, "to $12.00"; not "(range 1.1-1.8)")
    return ends


#: a diagnostic test's accuracy told in words: the share of those with the condition it
#: finds (sensitivity), or of those without it that it clears (specificity)
_TOLD_SENSITIVITY = re.compile(
    r"\b(?:correctly\s+)?(?:identified|detected|caught|picked up|picked out|flagged|spotted|"
    r"found)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$",
    re.I,
)
_WITH_CONDITION_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:breath\s+|blood\s+|urine\s+)?samples\s+(?:from|of)\s+)?"
    r"(?:people|patients|participants|cases|adults|children|those)\s+"
    r"(?:who\s+(?:had|have|actually had)|with)\b",
    re.I,
)
_ACCURACY_LABEL = re.compile(
    r"\b(sensitivity|specificity)\b\s*(?:was|were|of|=|:|\()?\s*(?:about\s+)?$", re.I
)


def _accuracy_swapped(
    text: str, rq: Quantity, supported_by: list[int], paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:  # fmt: skip
    """The paper's sensitivity, when the release tells its specificity as the share of
    people with the condition that the test found ("correctly identified 97 percent of
    the people who had atrial fibrillation" for a specificity of 97.2% and a
    sensitivity of 79.7%)."""
    if rq.kind != "percent" or not (
        _TOLD_SENSITIVITY.search(text, 0, rq.start) and _WITH_CONDITION_AFTER.match(text, rq.end)
    ):
        return []
    labels: dict[str, list[tuple[Quantity, int]]] = {"sensitivity": [], "specificity": []}
    for pq, i in paper_q:
        m = _ACCURACY_LABEL.search(text_of.get(i, ""), 0, pq.start)
        if pq.kind == "percent" and m is not None:
            labels[m.group(1).lower()].append((pq, i))
    said = [(pq, i) for pq, i in labels["specificity"] if i in supported_by and supports(rq, pq)]
    if not said or any(supports(rq, pq) for pq, _ in labels["sensitivity"]):
        return []
    if any(
        supports(rq, pq) and _measure_of(text_of.get(i, ""), pq) == "sensitivity"
        for pq, i in paper_q
    ):
        return []  # "Sensitivity was 73.2% ... and 90.9% ...": a sensitivity after all
    return labels["sensitivity"]


#: the subgroup a figure is told of, after it and its brackets: "90.9% (70/77; 95% CI
#: 82.4 to 95.5) for stage III-IV disease", "93.7% (133/142) in healthy controls"
_SUBGROUP_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:for|in|among)\s+(?!the\b|those\b|this\b|these\b)"
    r"(?P<who>[^,;.()]{3,60}?)\s*(?=[,;.)]|\band\b|\bbut\b|\bvs\b|\bversus\b|$)",
    re.I,
)
#: the measure a statement's figures are of, told before its first figure
_MEASURE_BEFORE = re.compile(
    r"\b(sensitivity|specificity|accuracy|response rate|cure rate|survival|prevalence|"
    r"uptake|adherence)\b",
    re.I,
)


#: words before a subgroup's figure that name no subgroup
_SUBGROUP_LEAD_WORDS = frozenset(
    ["sensitivity", "specificity", "accuracy", "overall", "rate", "response", "survival",
     "prevalence", "uptake", "adherence", "dogs", "dog's", "dogs'"]
)  # fmt: skip


#: a top-N accuracy: "top three", "top-3", "top 1"
_TOP_N = re.compile(r"\btop[- ](one|two|three|five|ten|1|2|3|5|10)\b", re.I)
_TOP_WORDS = {"one": "1", "two": "2", "three": "3", "five": "5", "ten": "10"}


def _top_n(text: str) -> set[str]:
    return {_TOP_WORDS.get(m.group(1).lower(), m.group(1)) for m in _TOP_N.finditer(text)}


def _top_n_swapped(
    text: str, rq: Quantity, supported_by: list[int], paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:  # fmt: skip
    """The paper's top-N figures, when the release's share matches only a figure of
    another N ("got the right answer into their top three in fewer than half of their
    attempts" matches the physicians' top-1 accuracy of 41.3%, where their top-3
    accuracy was 57.0%)."""
    if rq.kind != "percent" or rq.change is not None:
        return []
    mine = _top_n(text)
    if len(mine) != 1:
        return []

    def told(where: str, pq: Quantity) -> set[str]:
        return _top_n(where[max(0, pq.start - 80) : pq.start])

    said = [
        (pq, i)
        for pq, i in paper_q
        if i in supported_by and supports(rq, pq) and "/" not in pq.text
    ]
    if not said or any(told(text_of.get(i, ""), pq) & mine for pq, i in said):
        return []
    if not all(told(text_of.get(i, ""), pq) for pq, i in said):
        return []  # a figure of no named N backs it
    return [
        (pq, i)
        for pq, i in paper_q
        if pq.kind == "percent" and pq.change is None and told(text_of.get(i, ""), pq) == mine
    ][:3]


def _measure_of(text: str, pq: Quantity) -> str | None:
    """The measure named last before a figure in its statement ("sensitivity")."""
    found = list(_MEASURE_BEFORE.finditer(text, 0, pq.start))
    return found[-1].group(1).lower() if found else None


def _subgroup_share(
    text: str, rq: Quantity, supported_by: list[int], paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:  # fmt: skip
    """The paper's figure for everyone, when the release's share is only the paper's
    figure for one subgroup, told with no word of that subgroup ("picked out more than
    nine in ten of the samples from people with lung cancer" for a sensitivity of 90.9%
    "for stage III-IV disease", where the sensitivity overall was 84.7%).

    The share counterpart of population-generalization's subgroup check
    (``spin.rules.species._subgroup_as_everyone``), which judges relative changes, ratios
    and measures by a subgroup named in the clause before the figure; a share is judged
    here, by a subgroup named after it, because the finding the release needs is the
    paper's overall figure of the same measure."""
    if rq.kind != "percent" or rq.change is not None:
        return []
    # the figures as written (not "70/77" worked out as a share)
    said = [
        (pq, i)
        for pq, i in paper_q
        if i in supported_by and supports(rq, pq) and "/" not in pq.text
    ]
    if _TOLD_SENSITIVITY.search(text, 0, rq.start) and _WITH_CONDITION_AFTER.match(text, rq.end):
        # "picked out nine in ten of the samples from people with lung cancer": a
        # sensitivity, so the paper's specificities are other quantities
        said = [(pq, i) for pq, i in said if _measure_of(text_of.get(i, ""), pq) == "sensitivity"]
    if not said:
        return []
    mine = _prefixes(content_words(text))
    measures: set[str] = set()
    for pq, i in said:
        where = text_of.get(i, "")
        m = _SUBGROUP_AFTER.match(where, pq.end)
        if m is None or _prefixes(content_words(m.group("who"))) & mine:
            return []  # told of everyone, or the release names the subgroup too
        lead = where[max(0, where.rfind(".", 0, pq.start) + 1) : pq.start]
        if _prefixes(content_words(lead) - _SUBGROUP_LEAD_WORDS) & mine:
            return []  # "For nodules smaller than 10 mm, sensitivity was 64.2%": named
        measure = _measure_of(where, pq)
        if measure is None:
            return []
        measures.add(measure)
    overall = []
    for pq, i in paper_q:
        where = text_of.get(i, "")
        if pq.kind != "percent" or pq.change is not None or any(i == j for _, j in said):
            continue
        near = _MEASURE_BEFORE.search(where, max(0, pq.start - 40), pq.start)
        if (
            near is not None
            and near.group(1).lower() in measures
            and _SUBGROUP_AFTER.match(where, pq.end) is None
        ):
            overall.append((pq, i))
    return overall[:1]


#: the group a figure is told of, after its unit and brackets: "17.1% for stage I (65/380;
#: ...)", "-0.71 m w.e. per year for glaciers with median elevation below 3,800 m"
_LABEL_AFTER = re.compile(
    r"[^\d,;()]{0,25}?\s*(?:\([^()]*\)\s*)?\b(?:for|in|among|with(?=\s+the\b))\s+"
    r"(?P<who>[^,;.()]{2,60}?)\s*(?=[,;.()]|\band\b|\bbut\b|\bvs\b|\bversus\b|$)",
    re.I,
)


def _label_after(text: str, pq: Quantity) -> str | None:
    m = _LABEL_AFTER.match(text, pq.end)
    return m.group("who").strip() if m else None


def _label_named(label: str, text: str, stop: frozenset[str] | None = None) -> bool:
    """Whether the release names a group label as the paper writes it ("stage I", not
    within "stage II"), or every word of it, plurals and ``stop`` words aside."""
    if re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text, re.I):
        return True
    mine = {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.lower())}
    words = {
        w.rstrip("s")
        for w in re.findall(r"[a-z0-9]+", label.lower())
        if w not in (_LABEL_STOP if stop is None else stop)
    }
    return bool(words) and words <= mine


_LABEL_STOP = frozenset(["with", "the", "of", "and", "a", "an", "in", "at", "who", "were", "had"])


def _tied_statements(text: str, rq: Quantity, paper_q: list[tuple[Quantity, int]]) -> set[int]:
    """The statements that give another figure of the sentence (ten or more, not an
    interval's bound nor a p-value): those the sentence reports ("above 100 nanograms per
    gram" ties "nearly one in five" to "exceeded 100 ng/g in 79 owls (12.9%), ..."; "about
    66,000 ... close to £30 billion" ties "40 percent" to "At 40% uptake, 66,100 MACE ...
    £29.9 billion")."""
    others = [q for q in extract_numbers(text) if q.start != rq.start and q.value >= 10]
    return {
        i
        for pq, i in paper_q
        if pq.kind not in ("ci", "p_value")
        and any(q.value == pq.value or supports(q, pq) for q in others)
    }


#: a level of a ranking: "the highest arable quartile", "the lowest tertile"
_LEVEL_WORDS = r"highest|lowest|top|bottom|upper|middle|quartiles?|tertiles?|quintiles?|deciles?"
_LEVEL = re.compile(rf"\b(?:{_LEVEL_WORDS})\b", re.I)
#: a release's words for a level of a ranking: "At reefs with the most herbivorous fish"
_LEVEL_TOLD = re.compile(
    rf"\b(?:{_LEVEL_WORDS}|most|fewest|least|greatest|biggest|smallest|largest|heaviest|"
    r"lightest)\b",
    re.I,
)


def _subgroup_swapped(
    text: str, rq: Quantity, paper_q: list[tuple[Quantity, int]], text_of: dict[int, str]
) -> list[tuple[Quantity, int]]:
    """The paper's figure for the group the release names, or for everyone, when the
    release's figure is the paper's figure for another group ("At stage I ... about two in
    five cancers" where sensitivity was "17.1% for stage I ..., 40.1% for stage II";
    "Averaged across the region, ... about 0.7 metres ... every year" where -0.48 m w.e.
    per year was the region's and -0.71 that of "glaciers with median elevation below
    3,800 m")."""
    if rq.kind not in ("percent", "measure") or rq.unit == "points":
        return []
    if rq.change is not None and rq.kind != "percent":
        return []

    def alike(pq: Quantity, i: int = -1) -> bool:
        # a change may be the paper's ratio ("17 percent lower" for a rate ratio of 0.83),
        # or a share told as a change ("the reduction fell from 80% in weeks 1 to 4"), not
        # an interval's bound or a plain share ("detected 81% of trial carcasses")
        if rq.change is None:
            return pq.kind == rq.kind
        if pq.kind == "ratio" or (pq.kind == "percent" and pq.change is not None):
            return True
        # (the second of a list: "increased by a mean of 29% (95% CI 8 to 50; p=0.02) with
        # the low dose and 44% ...")
        before = text_of.get(i, "")[max(0, pq.start - 120) : pq.start]
        # (or of a list of losses: "with losses ranging from 8.2% in Hexin 9 ... to 31.3%")
        return pq.kind == "percent" and bool(
            _CHANGE_WORD.search(before) or re.search(r"\b(?:loss|losses|gains)\b", before)
        )

    def label_of(i: int, pq: Quantity) -> str | None:
        where = text_of.get(i, "")
        return _label_after(where, pq) or _label_before_paren(where, pq)

    said = [
        (pq, i) for pq, i in paper_q if alike(pq, i) and "/" not in pq.text and supports(rq, pq)
    ]
    # (the statements that also hold another figure of the sentence, where some do: "above
    # 100 nanograms per gram" ties "nearly one in five" to "exceeded 100 ng/g in 79 owls
    # (12.9%), in 18.3% in the highest arable quartile", not to the 17.8% of owls that died
    # of other causes)
    tied = _tied_statements(text, rq, paper_q)
    if any(i in tied for _, i in said):
        said = [(pq, i) for pq, i in said if i in tied]
    if not said:
        return []
    labels = [label_of(i, pq) for pq, i in said]
    if any(label is None or _label_named(label, text) for label in labels):
        return []  # told of everyone somewhere, or the release names that group
    size = abs(rq.change) if rq.change is not None else abs(rq.value)

    def size_of(pq: Quantity) -> float:
        if pq.kind == "ratio":
            return abs(1 - pq.value) * 100
        return abs(pq.change) if pq.change is not None else abs(pq.value)

    same = [
        (pq, i)
        for pq, i in paper_q
        if alike(pq, i)
        and (pq.kind == "ratio" or _unit_base(pq.unit) == _unit_base(rq.unit))
        and "/" not in pq.text
        and not supports(rq, pq)
        and 0 < size_of(pq) <= 3 * size + 1e-9
        and size_of(pq) >= size / 3
    ]
    # a group of the same list as the figure's own ("stage I" beside "stage II"), in the
    # same statement, that the release names
    own = {(i, (lb or "").split()[0].lower()) for (_, i), lb in zip(said, labels, strict=True)}
    if any((lb or "").split()[0].lower() in _LABEL_STOP for lb in labels):
        own = set()  # "the vitamin D group": a group's name, not one of a list of levels
    # (named in the clause that leads to the figure: "At stage I, the earliest stage, the
    # test picked up about two in five", not a group named after it with its own figure)
    lead = text[: rq.start]
    lead = lead[max((m.end() for m in re.finditer(r"\d", lead)), default=0) :]
    named = [
        (pq, i)
        for pq, i in same
        if (lb := label_of(i, pq)) and (i, lb.split()[0].lower()) in own and _label_named(lb, lead)
    ]
    if named:
        return named[:1]
    overall = sorted(
        ((pq, i) for pq, i in same if label_of(i, pq) is None),
        key=lambda x: abs(size_of(x[0]) - size),
    )
    if rq.kind == "measure" and _EVERYONE.search(text):
        # a measure told of everyone ("Averaged across the region"): the paper's figure
        # of it told of no group
        return overall[:1]
    # the figure is one of a list of groups or periods ("in men (rate ratio 0.83 ...) but
    # not clearly in women (0.94 ...)"; "80% in weeks 1 to 4 to 59% in weeks 13 to 16"),
    # none of them named: the paper's figure for everyone
    listed = all(
        any(
            j == i and other is not pq and (lb := label_of(j, other)) and lb != label
            for other, j in paper_q
            if alike(other, j)
        )
        for (pq, i), label in zip(said, labels, strict=True)
    )
    named_any = any(
        (lb := label_of(j, other)) and _label_named(lb, text)
        for (_, i) in said
        for other, j in paper_q
        if j == i
    )
    # (a release that gives the list itself, "from about 80 percent in the first four weeks
    # to about 59 percent in the last four", tells each figure of its own period)
    # (not a pair of the same group's figures: "about one in 20 ... compared with about one
    # in 25" for boys' "5.1% v 4.1%")
    said_labels = {(lb or "").lower() for lb in labels}
    own_list = any(
        q.kind == rq.kind
        and q.start != rq.start
        and not any(
            (label_of(j, pq) or "").lower() in said_labels
            for pq, j in paper_q
            if alike(pq, j) and supports(q, pq)
        )
        for q in extract_numbers(text)
    )
    # told of everyone in words ("overall"), or of children where the figure is boys' only
    of_all = (
        bool(_EVERYONE.search(text) or _EVERYONE_COUNTED.search(text))
        or (
            all((lb or "").lower() in _SEX_GROUPS for lb in labels)
            and not re.search(r"\b(?:" + "|".join(_SEX_GROUPS) + r")\b", text, re.I)
        )
        # or of everyone where the figure is one level's of a ranking the release never
        # names ("Nearly one in five owls" where 18.3% was "in the highest arable quartile")
        or (all(_LEVEL.search(lb or "") for lb in labels) and not _LEVEL_TOLD.search(text))
    )
    if listed and not named_any and not own_list and of_all:
        # the paper's figure for everyone in the same statement, else (for "Across all 12
        # participants" where the paper gives the figure only for each group: "29% ...
        # with the low dose and 44% ... with the high dose") the other groups' figures,
        # else its figure for everyone elsewhere
        where = {i for _, i in said}
        here = [x for x in overall if x[1] in where]
        if here:
            return here[:1]
        if _EVERYONE_COUNTED.search(text):
            return [(pq, j) for pq, j in same if j in where and label_of(j, pq) is not None][:2]
        if overall:
            return overall[:1]
    return []


#: the whole sample: "of the infants in the study", "In all, ..."
_WHOLE_SAMPLE = re.compile(
    r"^\W*(?:in\s+all|overall)\b|\bof\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?in\s+the\s+"
    r"(?:study|trial|cohort|sample)\b|\bof\s+all\s+(?:the\s+)?(?:[\w-]+\s+)?(?:infants|patients|"
    r"participants|children|people|adults|babies)\b",
    re.I,
)
#: a share of part of the sample: "112 of the 187 diagnosed infants"
_PART_OF = re.compile(
    r"\b(\d[\d,]*)\s+(?:of|out\s+of)\s+(?:the\s+)?(\d[\d,]*)\s+((?:[a-z-]+\s+){1,2}?)"
    r"(infants|patients|participants|children|people|adults|women|men|babies|cases)\b"
)


def _part_told_as_whole(
    text: str,
    rq: Quantity,
    supported: list[int],
    paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:
    """A share of part of the sample told of the whole of it ("changed the clinical
    management of about 60 percent of the infants in the study" where management changed
    for "112 of the 187 diagnosed infants (59.9%)"): the words that make the part
    ("diagnosed") are not in the sentence."""
    if rq.kind != "percent" or rq.change is not None or not _WHOLE_SAMPLE.search(text):
        return []
    mine = {w[:5] for w in content_words(text)}
    for pq, i in paper_q:
        if i not in supported or pq.kind != "percent" or not supports(rq, pq):
            continue
        for m in _PART_OF.finditer(text_of.get(i, "")):
            a, b = _count(m.group(1)), _count(m.group(2))
            part = {w[:5] for w in content_words(m.group(3))}
            if b and abs(100 * a / b - pq.value) < 0.6 and part and not part & mine:
                return [(Quantity(m.group(0), 100 * a / b, "percent", "%", start=m.start(),
                                  end=m.end()), i)]  # fmt: skip
    return []


#: the whole sample by its count: "Across all 12 participants"
_EVERYONE_COUNTED = re.compile(
    r"\b(?:across|among|in|for)\s+all\s+(?:\d+|[a-z]+)\s+(?:participants|patients|people|"
    r"volunteers|subjects|animals|mice)\b",
    re.I,
)


#: groups of one sex, which a release tells of everyone by leaving the sex out
_SEX_GROUPS = frozenset(["boys", "girls", "men", "women", "males", "females"])


#: days in each unit of a time point
_TIME_UNIT_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
                   "month": 365.25 / 12, "year": 365.25}  # fmt: skip
_TIME_AMOUNT = (
    r"(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fourteen|eighteen|twenty-four|thirty|forty-eight)"
)
#: a time point, not a duration: "at day 7", "week 12", "at 6 months", "within 24 hours",
#: "seven days after treatment", "a week later", "at the 12-month follow-up", "in the first
#: week"
_TIME_POINT = re.compile(
    r"\b(?:(?P<unit1>day|week|month|year)\s+(?P<n1>\d+)\b"
    r"|(?:at|after|by|within)\s+(?:both\s+)?(?:the\s+)?"
    + _TIME_AMOUNT.replace("(", "(?P<n2>", 1)
    + r"(?:\s+(?:full|whole|entire))?[\s-](?P<unit2>hour|day|week|month|year)s?\b"
    # ("At six months of age": a time point of a birth cohort; not "6 months old")
    r"(?![-\w])(?!\s+old\b)(?:\s+of\s+age\b)?"
    r"|"
    # ("a full year after the training ended")
    + _TIME_AMOUNT.replace("(", "(?P<n3>", 1)
    + r"(?:\s+(?:full|whole|entire))?[\s-](?P<unit3>hour|day|week|month|year)s?\s+"
    r"(?:after|later|post|on)\b"
    r"|" + _TIME_AMOUNT.replace("(", "(?P<n4>", 1) + r"-(?P<unit4>hour|day|week|month|year)\s+"
    r"(?:follow-up|visit|assessment|mark|time\s+point)\b"
    r"|\bthe\s+(?P<n5>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth)\s+(?P<unit5>hour|day|week|month|year)\b)",
    re.I,
)
_TIME_WORDS = {"a": 1, "an": 1, "twenty-four": 24, "forty-eight": 48, "first": 1, "second": 2,
               "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
               "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}  # fmt: skip


def _amount(amount: str) -> float:
    """The value of an amount of time in digits or words ("6", "six", "a", "first")."""
    amount = amount.lower()
    if amount[0].isdigit():
        return float(amount)
    return float(_TIME_WORDS.get(amount, _WORD_NUMBERS.get(amount, 0)))


def time_points(text: str, end: int | None = None) -> list[tuple[int, float]]:
    """(start, days) of each time point in ``text`` up to ``end``."""
    out = []
    for m in _TIME_POINT.finditer(text, 0, len(text) if end is None else end):
        groups = m.groupdict()
        unit = next(groups[f"unit{k}"] for k in "12345" if groups[f"unit{k}"])
        value = _amount(next((g for g in (groups[f"n{k}"] for k in "12345") if g), "1"))
        if value:
            out.append((m.start(), value * _TIME_UNIT_DAYS[unit.lower()]))
    return out


def same_time(a: float, b: float) -> bool:
    return abs(a - b) <= 0.1 * max(a, b)


#: a distance a figure is told at: "at 1 km", "5 km downstream", "five kilometres"
_DISTANCE_POINT = re.compile(
    r"(?<![$\u00a3\u20ac\d.])\b(?:(?P<n>\d+(?:\.\d+)?)\s*-?\s*(?P<u>km|kilomet(?:re|er)s?|m|"
    r"met(?:re|er)s?|miles?)|(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
    r"fifty|hundred)[\s-]+(?P<wu>kilomet(?:re|er)s?|met(?:re|er)s?|miles?))\b"
    r"(?!\s*(?:/|per\b))",
    re.I,
)
_METRES = {"km": 1000.0, "kilometre": 1000.0, "kilometer": 1000.0, "m": 1.0, "metre": 1.0,
           "meter": 1.0, "mile": 1609.0}  # fmt: skip


def distance_points(text: str, end: int | None = None) -> list[tuple[int, float]]:
    """(start, metres) of each distance in ``text`` up to ``end``."""
    out = []
    for m in _DISTANCE_POINT.finditer(text, 0, len(text) if end is None else end):
        value = _amount(m.group("n") or m.group("w"))
        unit = (m.group("u") or m.group("wu")).lower().rstrip("s")
        if value:
            out.append((m.start(), value * _METRES.get(unit, 1.0)))
    return out


def _time_point_swapped(
    text: str,
    rq: Quantity,
    supported: list[int],
    paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:
    """The paper's figure at the time point the release names, when the release's figure
    is the paper's figure at another time point only ("Seven days after treatment ...
    about three times as likely" where the risk ratio was 2.94 "At 24 hours" and 1.98 "At
    day 7"), or at the distance it names ("still more than twice as abundant five
    kilometres downstream" where sediment abundance was "2.6-fold higher at 1 km" and
    "1.3-fold" at 5 km). Each paper figure's point is the last one before it in its
    statement, or else the first after it in its clause; a release naming two time points
    ("at both four hours and 24 hours") is held to each."""
    # (a time point named without a number, "by the final week", is one more: which of
    # the paper's it is, spin does not know)
    if not _LAST_POINT.search(text):
        timed = _point_swapped(text, rq, supported, paper_q, text_of, time_points)
        if timed:
            return timed
    return _point_swapped(text, rq, supported, paper_q, text_of, distance_points)


_LAST_POINT = re.compile(
    r"\b(?:final|last|closing)\s+(?:hour|day|week|month|year|visit|session)s?\b|"
    r"\bend\s+of\s+(?:the\s+)?(?:study|trial|programme|program|course|follow-up)\b",
    re.I,
)


def _point_swapped(
    text: str,
    rq: Quantity,
    supported: list[int],
    paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
    points_in: Callable[[str, int | None], list[tuple[int, float]]],
) -> list[tuple[Quantity, int]]:
    points = points_in(text, None)
    told = sorted({round(at, 3) for _, at in points})
    if not told or len(told) > 2:
        return []
    if len(told) == 2 and not (
        # two time points of one figure, listed: "at both four hours and 24 hours" (not
        # "doubled within four weeks ..., while ... fell by 30 percent in the first week")
        points[-1][0] - points[0][0] <= 30 and " and " in text[points[0][0] : points[-1][0]]
    ):
        return []

    def point_of(pq: Quantity, i: int) -> float | None:
        where = text_of.get(i, "")
        # the first after it in its clause ("1.9-fold higher at 5
        # km"; "roughly tripled the likelihood of response at 24 hours"), else the last
        # before it ("At day 7, ... 1.98")
        clause = re.split(r"[,;:()]", where[pq.end :], maxsplit=1)[0]
        later = points_in(clause, None)
        if later:
            return later[0][1]
        points = points_in(where, pq.start)
        return points[-1][1] if points else None

    backing = [(pq, i, point_of(pq, i)) for pq, i in paper_q if i in supported and supports(rq, pq)]
    if not backing or any(t is None for _, _, t in backing):
        return []

    def family(pq: Quantity) -> tuple[str, str]:
        # a multiplier, a ratio: one quantity ("roughly tripled" and "ratio 1.24")
        return ("ratio", "") if pq.kind in ("ratio", "multiplier") else (pq.kind, pq.unit)

    kinds = {family(pq) for pq, _, _ in backing}
    # (each time point the release names: "about three times as much ... at both four hours
    # and 24 hours" where the ratio was 2.93 at 24 hours and 1.24 at 4 hours)
    for when in told:
        if any(t is not None and same_time(t, when) for _, _, t in backing):
            continue
        other = [
            (pq, i)
            for pq, i in paper_q
            if family(pq) in kinds
            and not supports(rq, pq)
            and (t := point_of(pq, i)) is not None
            and same_time(t, when)
        ]
        if other:
            return other[:1]
    return []


#: what a figure's label after it opens with: "(24.0%) before clinicians had ordered"
_LABEL_OPENS = re.compile(
    r"\W*(?:before|after|within|by|among|in|for|with|without|at|during|when|once|of)\b", re.I
)


#: between the two ends of a range or a pair, which share one label: "2% to 5%", "11.9% and
#: 16.4%", "34.6% versus 29.2% of embryos transferred"
_RANGE_GAP = re.compile(
    rf"\s*(?:%|per\s*cent|percent)?\s*(?:to|-|\u2013|and|or|{_VERSUS_WORDS})\s*$",
    re.I,
)


#: a label that names a group ("in the NRT group", "of participants"), not a condition
#: ("before clinicians had ordered blood cultures")
_GROUP_OPENS = re.compile(r"\W*(?:in|among|for|with|of)\b", re.I)
#: where a group's label ends
_LABEL_VERB = re.compile(
    r"\b(?:were|was|is|are|had|has|have|did|do|does|took|showed|reported|remained|still|who|"
    r"which|that)\b",
    re.I,
)


#: a figure's interval right after it: "(£72 to £94)", "(95% CI 8 to 50; p=0.02)"
_OWN_INTERVAL = re.compile(r"\s*\((?:95%\s*CI\s*)?[^()]*?\d[^()]*?\bto\b[^()]*\)")


def _label_following(text: str, q: Quantity, figures: list[Quantity]) -> str | None:
    """The words after a figure of a statement that say what it is for, up to the next
    figure or clause, when they open with a preposition ("(24.0%) before clinicians had
    ordered blood cultures")."""
    # (a share in brackets after its count, told of what follows the brackets: "97 jars
    # (23.5%; 95% CI 19.7-27.9) contained at least one quantifiable residue and 31 (7.5%;
    # ...) contained at least one residue above the applicable limit")
    if _COUNT_OPENS.search(text, 0, q.start):
        close = text.find(")", q.end)
        if close > 0 and "(" not in text[q.end : close]:
            told = re.split(r"[,;]|\.\s|\s+and\s+(?=\d)", text[close + 1 :])[0]
            if re.match(
                r"\s+(?:contained|had|showed|reported|carried|were|was|developed|met)\b", told
            ):
                return told
    # (past the figure's own interval: "£83 (£72 to £94) for reducing serious side-effect
    # risk")
    own = _OWN_INTERVAL.match(text, q.end)
    origin = own.end() if own else q.end
    later = [f.start for f in figures if f.start >= origin]
    end = min([*later, len(text)])
    after = re.split(r"[,;]|\.\s", text[origin:end])[0]
    if not _LABEL_OPENS.match(after) or re.match(r"\W*(?:and|or|but)\b", after):
        return None
    if _GROUP_OPENS.match(after):
        # a group's label ends at its verb: "(80%) in the e-cigarette group were still using
        # their product" is the e-cigarette group's, and the using is both groups'
        after = _LABEL_VERB.split(after, maxsplit=1)[0]
    return after


#: a count and the bracket its share opens: "97 jars (", "31 ("
_COUNT_OPENS = re.compile(r"\b\d[\d,]*(?:\s+[a-z]+){0,2}\s*\(\s*$", re.I)


def _figure_label(text: str, q: Quantity, figures: list[Quantity]) -> str:
    """The words that say what a figure is for: those that follow it, else those before
    it from the clause's start."""
    following = _label_following(text, q, figures)
    if following is not None:
        return following
    return re.split(r"[,;]|\.\s", text[: q.start])[-1]


def _release_label(text: str, rq: Quantity) -> str:
    """The words of a release sentence that say what its figure is for: those after it up
    to the next figure or clause ("a fifth reported side effects"; "about 42 percent of
    sepsis cases before doctors had ordered blood cultures"), else those before it from
    the previous figure or the clause's start."""
    numbers = [q.start for q in extract_numbers(text)]
    end = min([q for q in numbers if q > rq.start] + [len(text)])
    after = re.split(r"[,;:]|\.\s", text[rq.end : end])[0]
    if len(content_words(after)) >= 2 or (
        _GROUP_OPENS.match(after) and re.search(r"\b[a-z]{4,}", after[4:])
    ):
        return after  # (or one group's: "and by nearly three-quarters of clinicians")
    begin = max([q for q in numbers if q < rq.start] + [0])
    return re.split(r"[,;:]|\.\s", text[begin : rq.start])[-1]


def _condition_swapped(
    text: str,
    rq: Quantity,
    supported: list[int],
    paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:
    """The paper's figure for the condition the release names, when the release's figure
    is another figure of the same statement ("about 42 percent of sepsis cases before
    doctors had ordered blood cultures or antibiotics" where the model alerted "before
    sepsis onset in 3,825 of 9,107 ... (sensitivity 42.0%), and in 2,186 (24.0%) before
    clinicians had ordered blood cultures or antibiotics"): the other figure's label follows
    it and is its own (no word of it before the figure), and the release's label of its
    figure names at least two of its words, more than twice as many as of its own
    figure's label."""
    if rq.kind not in ("percent", "measure") or rq.change is not None:
        return []
    # (a statement that also gives the sentence's other figures is the one it reports:
    # "about 66,000 if 40 percent of eligible adults took the drug, but also a bigger bill
    # of close to £30 billion" for "At 40% uptake, 66,100 MACE were avoided at a net cost
    # of £29.9 billion", not the base case's "uptake by 25% of eligible adults")
    tied = _tied_statements(text, rq, paper_q) & set(supported)
    if tied:
        supported = [i for i in supported if i in tied]
    # (the words of the release's own figure: "42 percent of sepsis cases before onset, and
    # only about a quarter before doctors had already ordered blood cultures")
    mine = content_words(_release_label(text, rq))
    backing = []
    for i in dict.fromkeys(supported):
        where = text_of.get(i, "")
        every = [pq for pq, j in paper_q if j == i]
        figures = [pq for pq in every if pq.kind == rq.kind and pq.unit == rq.unit]
        backing += [
            (i, where, every, figures, a, content_words(_figure_label(where, a, every)))
            for a in figures
            if supports(rq, a)
        ]
    # a figure labelled as the release labels it, in any statement, backs it ("about
    # three-quarters of patients and caregivers" for "76% of patients and caregivers",
    # though "73% of clinicians" elsewhere sits beside "91% of patients and caregivers")
    best = max((len(mine & own) for *_, own in backing), default=0)
    for i, where, every, figures, a, own in backing:
        for b in figures:
            following = _label_following(where, b, every)
            if b is a or supports(rq, b) or following is None:
                continue
            if _SHARED_PREDICATE.match(following):
                continue  # "72 of 224 case mothers (32.1%) and 382 of 617 control mothers
                # (61.9%) had received Tdap": what both of a list did, not the last one's label
            first, second = sorted((a, b), key=lambda q: q.start)
            if _RANGE_GAP.match(where[first.end : second.start]):
                continue  # "2% to 5% of children": one range, one label
            opening = where.rfind("(", 0, b.start)
            inside = where[opening : b.start] if opening >= 0 else ""
            if inside and ")" not in inside and re.search(r"\bCI\b|\bto\b|\u2013", inside):
                continue  # "£83 (£72 to £94) for reducing ...": a bound of an interval
            other = content_words(following)
            # (words both labels share aside: "contained at least one ... residue")
            if (other - own) & content_words(where[: b.start]):
                continue  # the label's words are the statement's subject too
            named = len(mine & (other - own))
            # (words both labels share say nothing of which: "contained at least one
            # quantifiable residue" and "contained at least one residue above the
            # applicable limit")
            apart = max((len(mine & (theirs - other)) for *_, theirs in backing), default=0)
            if named >= 2 and named > 2 * len(mine & (own - other)) and named > min(best, apart):
                return [(b, i)]
    return []


#: a verb after the last figure of a list, said of all of it: "(61.9%) had received Tdap"
_SHARED_PREDICATE = re.compile(
    r"\s*(?:had|have|has|were|was|are|is|did|received|reported|used|took)\b", re.I
)


#: words of a share or a count, not of what is measured: "three-quarters", "half"
_AMOUNT_WORDS = frozenset(
    ["nearly", "about", "almost", "around", "roughly", "half", "third", "thirds", "quarter",
     "quarters", "fifth", "fifths", "percent", "cent", "more", "less", "than", "over", "under",
     *_WORD_NUMBERS]
)  # fmt: skip


def _subject_words(text: str) -> set[str]:
    """The words of a text, cut at hyphens and plural "s", amounts aside ("ESBL-producing"
    gives "esbl" and "producing"; "ESBLs" gives "esbl")."""
    out = set()
    for w in (p for c in content_words(text) for p in re.findall(r"[a-z]+", c.lower())):
        if w in _AMOUNT_WORDS or len(w) < 3:
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out - _GENERIC_LABEL


def _plain_shares(text: str, figures: list[tuple[Quantity, int]], i: int) -> list[Quantity]:
    """A statement's shares, in order, that are neither changes nor interval bounds."""
    return sorted(
        (
            pq
            for pq, j in figures
            if j == i
            and pq.kind == "percent"
            and pq.change is None
            and pq.unit == "%"
            and not re.match(r"\d[\d,]*\s*(?:of|/)\s*\d", pq.text)  # (not "240 of 412")
            and not _CI_BOUND.search(text[max(0, pq.start - 30) : pq.start])
            and not re.match(r"\s*(?:CI|confidence)\b", text[pq.end : pq.end + 12])
        ),
        key=lambda q: q.start,
    )


def _subject_swapped(
    text: str,
    rq: Quantity,
    supported: list[int],
    paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:
    """A share the paper gives for one outcome told of another that the paper names first
    in another statement, with a share for the same group at the same place in its list
    ("Nearly three-quarters of the workers carried E. coli that make extended-spectrum
    beta-lactamases, or ESBLs" for "Multidrug-resistant E. coli ... was found in 71.8% of
    workers and 60.1% of non-workers" where "ESBL-producing E. coli was carried by 240 of
    412 workers (58.3%) and 163 of 396 non-workers (41.2%)"): the release names a word of
    the other statement's subject (its words before its first figure) that the backing
    statement never uses, as an acronym, and names the other subject better than any
    statement that backs the figure."""
    if rq.kind != "percent" or rq.change is not None:
        return []
    mine = _subject_words(text)
    # (named by an acronym, the surest name an outcome has: "ESBLs")
    # (after the figure, as what it is of, not a group's label: "patients with bystander
    # CPR")
    acronyms = {
        m.group(1).lower()
        for m in re.finditer(r"\b([A-Z][A-Z0-9]{1,7})s?\b", text)
        if m.start() > rq.end
        and not re.search(
            r"\b(?:with|without|given|receiving|received|on|taking|after|had|got)\s+(?:[\w-]+\s+)?$",
            text[: m.start()],
        )
    }
    if not acronyms:
        return []

    def subject_of(k: int) -> set[str]:
        other = text_of.get(k, "")
        start = min((pq.start for pq, j in paper_q if j == k), default=len(other))
        return _subject_words(other[:start])

    # (how well the release names the subject of a statement that backs its figure; the
    # acronym must be in none of them: "bystander CPR" is in every statement of a CPR study)
    best = max((len(mine & subject_of(k)) for k in set(supported)), default=0)
    backed_words = {w for k in set(supported) for w in _subject_words(text_of.get(k, ""))}
    for i in dict.fromkeys(supported):
        where = text_of.get(i, "")
        shares = _plain_shares(where, paper_q, i)
        backing = [k for k, pq in enumerate(shares) if supports(rq, pq)]
        if len(shares) < 2 or len(backing) != 1:
            continue
        for j, other in text_of.items():
            if j == i or j < 0:
                continue
            theirs = _plain_shares(other, paper_q, j)
            # (the same place in each list: the same group; lists may run on, "...; mcr-1-
            # positive E. coli was detected in 9.5% of workers and 6.6% of non-workers")
            if len(theirs) < 2 or backing[0] >= len(theirs) or supports(rq, theirs[backing[0]]):
                continue
            subject = subject_of(j)
            if len(mine & subject) > best and (mine & subject & acronyms) - backed_words:
                return [(theirs[backing[0]], j)]
    return []


#: what may stand between two figures of one list: "36% (29/80), 19% (15/79), and 17%"
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?$", re.I)


def _outside_brackets(text: str, at: int) -> bool:
    return text.count("(", 0, at) <= text.count(")", 0, at)


def _labelled_lists(text: str, figures: list[Quantity]) -> list[tuple[str, list[Quantity]]]:
    """The lists of figures of a statement that each follow their own label ("response at
    week 3 occurred in 36% (29/80), 19% (15/79), and 17% (14/81) ...; remission at week 3
    in 28%, 10%, and 7%"): each list's label is the words before its first figure from the
    clause's start, its figures those outside brackets with nothing but a comma, "and" or a
    bracket between them."""
    shown = sorted((q for q in figures if _outside_brackets(text, q.start)), key=lambda q: q.start)
    runs: list[list[Quantity]] = []
    for q in shown:
        if runs:
            gap = re.sub(r"\([^()]*\)", "", text[runs[-1][-1].end : q.start])
            gap = re.sub(r"^\s*(?:%|per\s*cent|percent)", "", gap)
            if _LIST_GAP.match(gap):
                runs[-1].append(q)
                continue
        runs.append([q])
    out = []
    for run in runs:
        label = re.split(r"[,;:]|\.\s", text[: run[0].start])[-1]
        # (no label when figures stand in it: "... 5%, 10% and 15% was achieved by 83.9%,
        # 66.8% and 48.2% of ...", one list told against another "respectively")
        out.append(("" if re.search(r"%|\bper\s*cent\b|\bpercent\b", label) else label, run))
    return out


#: words of a list's label that say nothing of what it counts: "response at week 3
#: occurred in"
_LIST_VERBS = frozenset(["occurr", "observ", "report", "record", "seen", "found", "noted",
                         # (nor when: "at week 3")
                         "week", "month", "day", "year", "hour", "baseli", "follow"])  # fmt: skip


def _list_label_swapped(
    text: str,
    rq: Quantity,
    supported: list[int],
    paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:
    """The paper's figure for the measure the release names, when the release's figure is
    the same place of another measure's list in the same statement, each list after its
    label ("More than a third of the 25 mg group were in remission" where "response at week
    3 occurred in 36% (29/80), 19% (15/79), and 17% (14/81) ...; remission at week 3 in 28%,
    10%, and 7%"): the release's words for its figure (from the share before it to the share
    after it) name every word that sets the other list's label apart, times and verbs
    aside, and the sentence names none of the first list's own."""
    if rq.kind != "percent" or rq.change is not None:
        return []
    # (the release's words for its figure: from the share before it to the share after it,
    # "More than a third of the 25 mg group were in remission three weeks after their dose,
    # compared with", not a list's other member: "in between 3% and 8% and blockage of the
    # vein in between 4% and 15%")
    shares = [q for q in extract_numbers(text) if q.kind == "percent"]
    begin = max([q.end for q in shares if q.end <= rq.start] + [0])
    end = min([q.start for q in shares if q.start >= rq.end] + [len(text)])
    mine = _prefixes(content_words(text[begin : rq.start] + " " + text[rq.end : end]))
    said = _prefixes(content_words(text))
    for i in dict.fromkeys(supported):
        where = text_of.get(i, "")
        figures = [pq for pq, j in paper_q if j == i and pq.kind == rq.kind]
        lists = [
            (_prefixes(content_words(label)), run) for label, run in _labelled_lists(where, figures)
        ]
        for own, run in lists:
            places = [k for k, a in enumerate(run) if supports(rq, a)]
            if len(run) < 2 or len(places) != 1 or not own:
                continue
            for other, rival in lists:
                if rival is run or len(rival) != len(run) or not other:
                    continue
                b = rival[places[0]]
                if supports(rq, b):
                    continue
                # (every word that sets the other list apart: not "response through week
                # 12" for "sustained response in 19%" beside "response at week 3 occurred
                # in 36%")
                apart = (other - own) - _LIST_VERBS
                if apart and apart <= mine and not (own - other) & said:
                    return [(b, i)]
    return []


def _pair_partner_swapped(
    text: str, rq: Quantity, paper_q: list[tuple[Quantity, int]], text_of: dict[int, str]
) -> list[tuple[Quantity, int]]:
    """The other share of a pair the paper sets side by side, when the release gives the
    same pair in the same order and only its other figure matches ("fragments with the
    evolved algae lost only about a fifth of their algae, while fragments with wild-type
    algae lost about 70 percent" for "symbiont density fell by 38% ... in HE fragments and
    by 71% ... in WT fragments"; the fifth is the paper's 17% of another statement)."""
    if rq.kind != "percent" or rq.unit != "%":
        return []
    mine = [q for q in extract_numbers(text) if q.kind == "percent" and q.unit == "%"]
    if len(mine) != 2:
        return []
    other = mine[1] if mine[0].start == rq.start else mine[0]
    rq_first = rq.start < other.start
    # (a statement that gives both is the pair's: "A quarter ... visibly bleached, compared
    # with two thirds")
    for j in text_of:
        figures = [pq for pq, i in paper_q if i == j]
        if any(supports(rq, pq) for pq in figures) and any(supports(other, pq) for pq in figures):
            return []

    def shares(j: int) -> list[Quantity]:
        where = text_of.get(j, "")
        return [
            pq
            for pq, i in paper_q
            if i == j
            and pq.kind == "percent"
            and pq.unit == "%"
            and "/" not in pq.text
            and not _CI_BOUND.search(where, max(0, pq.start - 30), pq.start)
        ]

    # (the release's figure backed only by lone shares of other measures)
    backing = {i for pq, i in paper_q if supports(rq, pq)}
    if not backing or any(len(shares(i)) != 1 for i in backing):
        return []
    # (of the pairs whose figure the partner matches, the one whose statement shares most
    # words with the sentence, if only one does: "lost ... algae during the heatwave" for
    # "Under the heatwave, symbiont density fell by 38% ... and by 71%", not "Visual
    # bleaching occurred in ... (25%) and ... (67%)")
    mine_words = content_words(text)
    found: list[tuple[int, Quantity, int]] = []
    for j, where in text_of.items():
        pair = sorted(shares(j), key=lambda q: q.start)
        if len(pair) != 2:
            continue
        a, b = pair if rq_first else pair[::-1]
        if supports(other, b) and not supports(other, a):
            found.append((len(mine_words & content_words(where)), a, j))
    found.sort(key=lambda x: -x[0])
    if not found or (len(found) > 1 and found[1][0] == found[0][0]):
        return []
    _, a, j = found[0]
    return [] if supports(rq, a) else [(a, j)]


#: a share set against the one before it, told of another group after it: "P30 was 86.3%
#: (84.3 to 88.2), versus 91.7% (90.6 to 92.7) in younger participants"
_VERSUS_BEFORE = re.compile(
    rf"(?:%|\bper\s*cent)\s*(?:\([^()]*\)\s*)?,?\s*(?:{_VERSUS_WORDS})\s+$", re.I
)
#: the group a clause is told of, at its start: "In adults aged 65 years or older (n=1,224),"
_CLAUSE_GROUP = re.compile(
    r"(?:^|[.;]\s+)(?:In|Among|For)\s+(?P<who>[^,;()]{3,60}?)\s*(?:\([^()]*\)\s*)?,", re.I
)
#: words of a group's name that set it apart from no other group
_GROUP_FILLER = frozenset(
    ["aged", "age", "year", "years", "old", "participant", "participants", "patient", "patients",
     "people", "person", "persons", "individual", "individuals", "or", "and", "the", "those",
     "with", "of", "a", "an", "who", "were"]
)  # fmt: skip


def _pair_label_swapped(
    text: str,
    rq: Quantity,
    supported: list[int],
    paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:
    """The paper's figure for the group the release names, when the release's share is
    the other figure of a pair the paper sets side by side, each of its own group: the
    first of the group the clause opens with, the second of the group named after it
    ("Among adults 65 and older, about 92 percent" where "In adults aged 65 years or older
    (n=1,224), ... P30 was 86.3% (84.3 to 88.2), versus 91.7% (90.6 to 92.7) in younger
    participants (n=2,857)"), and the other way round."""
    if rq.kind != "percent" or rq.change is not None:
        return []
    lead = text[: rq.start]
    for i in dict.fromkeys(supported):
        where = text_of.get(i, "")
        shares = sorted(
            (pq for pq, j in paper_q if j == i and pq.kind == "percent" and pq.change is None),
            key=lambda q: q.start,
        )
        for first, second in itertools.pairwise(shares):
            if not _VERSUS_BEFORE.search(where, first.end - 1, second.start):
                continue
            after = _label_after(where, second)
            opened = list(_CLAUSE_GROUP.finditer(where, 0, first.start))
            if after is None or not opened:
                continue
            group = opened[-1].group("who")
            # (the figure the release rounds, not the other, though "about 92 percent" may
            # stretch to both)
            near = {q.start for q in (first, second) if abs(q.value - rq.value) <= 1.0 + 1e-9}
            far = {q.start for q in (first, second) if abs(q.value - rq.value) > 3.0}
            if near == {second.start} and far == {first.start} and supports(rq, second):
                told, other, rival = after, group, first
            elif near == {first.start} and far == {second.start} and supports(rq, first):
                told, other, rival = group, after, second
            else:
                continue
            # (every word that sets the group apart: "adults 65 and older" for "adults aged
            # 65 years or older")
            if _label_named(other, lead, _GROUP_FILLER) and not _label_named(
                told, text, _GROUP_FILLER
            ):
                return [(rival, i)]
    return []


#: an end of a range across places or groups: "uptake ranged from 31.2% to 58.7% across
#: hospitals" (the range's words before the figure, its units after)
_RANGE_BEFORE = re.compile(
    r"\b(?:rang\w*|var\w*)\s+(?:from|between)\s+[\d.]+\s*%?\s*(?:to|and|-|\u2013)\s*$|"
    r"\b(?:rang\w*|var\w*)\s+(?:from|between)\s+$",
    re.I,
)
_RANGE_AFTER = re.compile(
    r"\s*(?:%|per\s*cent)?\s*(?:to\s+[\d.]+\s*%?\s*)?(?:across|among|between|by)\b", re.I
)
#: a release that speaks of the range or of its best or worst place
_RANGE_TOLD_OF = re.compile(
    r"\brang\w*|\bvar(?:ied|ies|y)\b|\bup to\b|\bas (?:high|low|many|few) as\b|\bbest\b|\bworst\b|"
    r"\bhighest\b|\blowest\b|\btop\b|\bone (?:of the )?(?:hospitals?|sites?|centres?|centers?|"
    r"schools?|units?|countries|regions?)\b|"
    r"\bsome (?:hospitals|sites|centres|centers|schools|units)\b",
    re.I,
)


def _range_end_told(
    text: str,
    rq: Quantity,
    supported: list[int],
    paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:
    """The statement's figure for everyone, when the release's figure is only an end of a
    range across places or groups ("Nearly six in ten families ... agreed" where "4,517
    consented (uptake 45.9%); uptake ranged from 31.2% to 58.7% across hospitals") and the
    release says nothing of a range or of one place."""
    if rq.kind != "percent" or rq.change is not None or _RANGE_TOLD_OF.search(text):
        return []
    backing = [(pq, i) for pq, i in paper_q if i in supported and supports(rq, pq)]
    # (the paper's own words at the edge of the window, "just under half" for "nearly six
    # in ten", back nothing when a figure does)
    backing = [(pq, i) for pq, i in backing if not pq.worded] or backing
    if not backing:
        return []
    for pq, i in backing:
        where = text_of.get(i, "")
        if not (
            _RANGE_BEFORE.search(where[max(0, pq.start - 40) : pq.start])
            and _RANGE_AFTER.match(where, pq.end)
        ):
            return []  # the figure is also told of its own
    i = backing[0][1]
    where = text_of.get(i, "")
    overall = [
        (pq, j)
        for pq, j in paper_q
        if j == i
        and pq.kind == "percent"
        and pq.change is None
        and "/" not in pq.text
        and not supports(rq, pq)
        and not _RANGE_BEFORE.search(where[max(0, pq.start - 40) : pq.start])
        and pq.start < backing[0][0].start
    ]
    return overall[:1]


#: the group a figure in brackets is told of: "in men (rate ratio 0.83"
_LABEL_BEFORE_PAREN = re.compile(
    # (and the next of a list: "in spring (rate ratio 0.24 ...) and autumn (rate ratio 0.36")
    r"(?:\b(?:in|among|for)|\)\s+(?:and|or|but))\s+(?P<who>[\w-]+(?:\s+[\w-]+){0,2}?)\s*"
    r"\([^()]{0,25}$",
    re.I,
)


def _label_before_paren(text: str, pq: Quantity) -> str | None:
    m = _LABEL_BEFORE_PAREN.search(text[max(0, pq.start - 60) : pq.start])
    if m is None or m.group("who")[0].isdigit():
        return None  # (not a count the share is of: "exceeded 100 ng/g in 79 owls (12.9%")
    return m.group("who").strip()


#: a figure told of the whole: "Averaged across the region", "overall", "on average"
_EVERYONE = re.compile(
    r"\b(?:averaged\s+(?:across|over)|overall|across the (?:whole\s+)?(?:region|"
    r"country|sample|study)|region-?wide|nationwide|as a whole|over the (?:full|whole|entire)|"
    r"throughout the (?:trial|study))\b",
    re.I,
)


#: an AUC or C statistic: "an AUC of 0.87", "C-statistic 0.71", "area under the curve 0.9"
_AUC_BEFORE = re.compile(
    r"\b(?:AUC|AUROC|c-?statistic|C statistic|area under the (?:ROC |receiver[- ]operating[- ]"
    r"characteristic )?curve)\b[^.;\d]{0,20}$",
    re.I,
)
#: a share of people a test found: "flagged 87 percent of the people with Parkinson's"
_FOUND_SHARE = re.compile(
    r"\b(?:flag|detect|identif|pick|spott|catch|caught|classif|recogni|diagnos|find|found|"
    r"correct|accura)\w*",
    re.I,
)


def _auc_as_share(
    text: str, rq: Quantity, paper_q: list[tuple[Quantity, int]], text_of: dict[int, str]
) -> list[tuple[Quantity, int]]:
    """The paper's sensitivity (or its AUC) when the release tells the AUC as a share of
    people the test found ("correctly flagged 87 percent of the people with Parkinson's"
    for an AUC of 0.87 and a sensitivity of 81%): an AUC is no share of anyone."""
    if rq.kind != "percent" or rq.change is not None or not _FOUND_SHARE.search(text):
        return []
    auc = [
        (pq, i)
        for pq, i in paper_q
        if 0.5 <= pq.value <= 1
        and abs(pq.value * 100 - rq.value) <= 0.5 + 1e-9
        and _AUC_BEFORE.search(text_of.get(i, "")[max(0, pq.start - 40) : pq.start])
    ]
    if not auc:
        return []
    sensitivity = [
        (pq, i)
        for pq, i in paper_q
        if pq.kind == "percent" and _measure_of(text_of.get(i, ""), pq) == "sensitivity"
    ]
    return (sensitivity or auc)[:1]


#: an abbreviation defined in the paper: "faecal microbiota transplantation (FMT)"
_ABBREVIATION = re.compile(r"((?:[A-Za-z][\w-]*\s+){1,5}?)\(([A-Z][A-Za-z]{1,6})\)")
#: the treatment group a share is told of, right after it: "(29%) after FMT", "(13%) with
#: vancomycin", "in the placebo group"
_ARM_AFTER = re.compile(
    r"(?:after|with|on|in the|among those (?:given|on|receiving)|receiving|given)\s+"
    r"([A-Za-z][\w-]*(?:\s+(?!and\b|or\b|vs\b|versus\b|in\b|at\b)[A-Za-z][\w-]*)?)"
    r"(?:\s+(?:group|arm))?\s*(?:[,;.)]|and\b|vs\b|versus\b|$)"
)


#: a count of extra (or fewer) events: "140 extra injury crashes", "41 additional cases"
_EXTRA_AFTER = re.compile(
    r"\s*(?:more|extra|additional|excess|fewer|avoided|prevented)\s+[a-z]", re.I
)


def _alike_words(mine: Iterable[str], theirs: Iterable[str]) -> int:
    """How many of ``mine`` are alike one of ``theirs`` by their first six letters, or by
    their first five where both have five or more ("salmon", cut to "salmo", and
    "salmonis")."""
    six = _prefixes(theirs)
    five = {w[:5] for w in theirs if len(w) >= 5}
    return sum(1 for w in set(mine) if w[:6] in six or (len(w) >= 5 and w[:5] in five))


def _prefixes(words: Iterable[str]) -> set[str]:
    """Each word cut to its first six letters ("transplant", "transplantation"): a crude
    stem for telling one treatment arm from another."""
    return {w[:6] for w in words}


def _arm_label(text: str, pq: Quantity, abbreviations: dict[str, set[str]]) -> set[str]:
    """The words of the group a share is told of, right after it: "(29%) after FMT" gives
    the words of faecal microbiota transplantation."""
    rest = text[pq.end : pq.end + 60].lstrip(" )]")
    m = _ARM_AFTER.match(rest)
    if m is None:
        return set()
    label = m.group(1)
    words = _roles(content_words(label)) - _GENERIC_LABEL
    for abbr in re.findall(r"\b[A-Z][A-Za-z]{1,6}\b", label):
        words |= abbreviations.get(abbr, set())
    return _prefixes(words)


#: names of the group others are compared with, one name for all: "the reference group" is
#: the release's "comparison group"
_COMPARISON_GROUP = frozenset(["reference", "comparison", "comparator", "control"])


def _roles(words: Iterable[str]) -> set[str]:
    return {"control" if w in _COMPARISON_GROUP else w for w in words}


#: words of any group, which tell no arm from another
_GENERIC_LABEL = frozenset(
    ["participant", "patient", "people", "subject", "women", "men", "adult", "group", "arm",
     "those", "individual", "children", "respectively"]
)  # fmt: skip


def _arm_swapped(
    text: str,
    rq: Quantity,
    supported_by: list[int],
    paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:
    """A share told of one group that the paper gives for the other: "affected only about
    one in eight patients who had a transplant" where the paper reports "29% after FMT
    and ... 13% with vancomycin"."""
    if rq.kind != "percent" or rq.change is not None:
        return []
    abbreviations: dict[str, set[str]] = {}
    for t in text_of.values():
        for m in _ABBREVIATION.finditer(t):
            abbreviations.setdefault(m.group(2), set(content_words(m.group(1))))
    mine = _prefixes(_roles(content_words(text)))
    for i in supported_by:
        statement = text_of.get(i, "")
        shares = [pq for pq, j in paper_q if j == i and pq.kind == "percent" and pq.change is None]
        backing = [pq for pq in shares if supports(rq, pq)]
        for pq in backing:
            label = _arm_label(statement, pq, abbreviations)
            if not label or label & mine:
                continue  # the release names the group the figure belongs to
            for other in shares:
                theirs = _arm_label(statement, other, abbreviations)
                if (
                    other is not pq
                    and not supports(rq, other)
                    and theirs
                    and theirs & mine
                    and not theirs & label
                ):
                    return [(other, i)]
    return _comparator_told(text, rq, supported_by, paper_q, text_of)


#: two shares in brackets, the clause's own group first: "Surgical patients had more
#: abdominal surgical reinterventions (12.4% vs 5.8%; HR, 2.31)"
_PAIR_IN_BRACKETS = re.compile(r"\(\s*$")


def _comparator_told(
    text: str,
    rq: Quantity,
    supported_by: list[int],
    paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:
    """A share the paper gives for the comparison group, told of the group its clause is
    about: "About 6 percent of surgical patients went on to need another abdominal
    operation" for "Surgical patients had more abdominal surgical reinterventions (12.4%
    vs 5.8%)".  Not when the release sets two groups' figures side by side itself ("six in
    ten masking schools ..., against about a third of the others"), and only when it names
    the group right by the figure ("of surgical patients")."""
    if any(q.kind == "percent" and q.start != rq.start for q in extract_numbers(text)):
        return []  # the release sets two groups side by side itself
    near = _prefixes(content_words(text[max(0, rq.start - 40) : rq.end + 40]))
    for i in supported_by:
        statement = text_of.get(i, "")
        shares = sorted(
            (pq for pq, j in paper_q if j == i and pq.kind == "percent" and pq.change is None),
            key=lambda q: q.start,
        )
        for first, second in itertools.pairwise(shares):
            if not supports(rq, second) or supports(rq, first):
                continue
            if not _PAIR_IN_BRACKETS.search(
                statement, 0, first.start
            ) or not _SHARES_SIDE_BY_SIDE.match(statement[first.end : second.start]):
                continue
            clause_start = max(statement.rfind(";", 0, first.start), statement.rfind(". ", 0,
                               first.start)) + 1  # fmt: skip
            subject = statement[clause_start:].split()[:3]
            group = _prefixes(set(content_words(" ".join(subject))) - _GENERIC_LABEL)
            if group and group & near:
                return [(first, i)]
    return []


def _rival_share(
    ctx: RuleContext,
    s: Sentence,
    rq: Quantity,
    supported_by: list[int],
    paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:
    """The aligned statement's share that a release share, found elsewhere in the paper,
    contradicts: "Three in four of the parents described practical obstacles" matches
    "Most parents (20 of 26) said they intended to complete the schedule", but the
    statement it reports is "practical barriers, described by 15 of 26 parents".  The
    share is told of what the aligned statement's share is told of when their contexts
    share at least two words, and more than the context of any figure that matches it;
    likewise a change ("about 60 percent less electrical energy" matching a 55% reduction
    in symptoms, where the aligned statement says "38% less total electrical energy").
    Empty when the aligned statement gives the value or no share, or when the
    sentence's best match is not well ahead of the next (the aligner may have picked
    the wrong statement)."""
    if rq.kind != "percent":
        return []
    a = alignment_of(ctx, s.index)
    rel = relevant_matches(ctx, s.index)
    if a is None or not rel or rel[0].statement in supported_by:
        return []
    top = rel[0].statement
    # (another figure of the sentence found in the top statement ties the sentence to it:
    # "fell by nearly 2 percentage points, from a starting level of about 17 percent" for
    # "declined by 0.31 percentage points ... from a baseline of 16.9%")
    # (for a difference in points: a share's rivals need the aligner's word)
    tied = rq.unit == "points" and any(
        supports(q, pq)
        for q in extract_numbers(s.text)
        if q.start != rq.start and q.kind == "percent"
        for pq, i in paper_q
        if i == top
    )
    if not tied and (
        len(rel) != 1
        or (len(a.matches) > 1 and a.matches[1].score > _RIVAL_LEAD * a.matches[0].score)
    ):
        return []  # the aligner is not sure which statement the sentence reports
    # (a pair of the release's figures both found in one statement is that statement's
    # pair: "about a quarter, compared with about 15 percent" for "-24.9% versus -15.3%")
    paired = {
        i
        for q in extract_numbers(s.text)
        if q.kind == "percent" and q.start != rq.start
        for pq, i in paper_q
        if i in supported_by and supports(q, pq)
    }
    if paired:
        return []
    here = _context(s.text, rq)
    own: list[tuple[Quantity, int]] = []
    best_own = 0
    best_other = 0
    for pq, i in paper_q:
        if pq.kind != "percent" or (pq.change is None) != (rq.change is None):
            continue  # a share against shares, a change against changes
        overlap = len(here & _context(text_of.get(i, ""), pq))
        if i == top:
            own.append((pq, i))
            best_own = max(best_own, overlap)
        elif supports(rq, pq):
            best_other = max(best_other, overlap)
    if tied and rq.unit == "points":
        # (a difference in points against the tied statement's difference in points)
        points = [(pq, i) for pq, i in own if pq.unit == "points" and not supports(rq, pq)]
        if points:
            return points
    return own if best_own >= 2 and best_own > best_other else []


#: the whole of a count: "every one of the 62 placentas", "all 62 placentas"
_ALL_OF = re.compile(
    r"\b(?:every one of the|each one of the|each of the|all of the|all)\s+(\d[\d,]*|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+[a-z]",
    re.I,
)


def _clause_words(text: str, at: int) -> frozenset[str]:
    """The content words of the clause of ``text`` (between full stops and semicolons)
    that holds offset ``at``."""
    bounds = [m.start() for m in re.finditer(r"[.;](?!\d)", text)]
    start = max((b + 1 for b in bounds if b < at), default=0)
    end = min((b for b in bounds if b >= at), default=len(text))
    return content_words(text[start:end])


def _all_of(
    s: Sentence, out_of: list[tuple[int, int, re.Match[str], int]], texts_of: dict[int, str]
) -> Iterator[tuple[Sentence, Quantity, list[tuple[Quantity, int]]]]:
    """ "Microplastics were found in every one of the 62 placentas" where the paper gives
    "58 of 62": all of a count the paper says only part of (said of the same thing: two
    words in common besides what is counted)."""
    if "all" not in s.text.lower() and "each" not in s.text.lower() and "every" not in s.text:
        return
    for m in _ALL_OF.finditer(s.text):
        n = int(leading_count(m.group(1)) or 0)
        noun = m.group(0).split()[-1].lower()
        mine = content_words(s.text) - {noun} - {m.group(1).lower()}
        part = [
            (a, b, pm, i)
            for a, b, pm, i in out_of
            if b == n and 0 < a < b and len(mine & content_words(texts_of[i])) >= 2
        ]
        if not part:
            continue
        every = [
            mine & _clause_words(t, am.start())
            for t in texts_of.values()
            for am in re.finditer(
                rf"\b(?:all|every one of the|each of the)\s+(?:of\s+the\s+)?{n}\b", t, re.I
            )
        ]
        best_part = max(len(mine & _clause_words(texts_of[i], pm.start())) for _, _, pm, i in part)
        if any(len(c) >= best_part for c in every):
            continue  # the paper says "all 85 children" too, of the same thing (whom it
            # studied), not "All 8 acid-injected animals showed wound-directed behaviour"
            # beside "Seven of 8 ... spent less than half of the post-test in the chamber"
        whole = Quantity(m.group(0)[:-2].strip(), 100.0, "percent", "%", start=m.start(),
                         end=m.end(1), worded=True)  # fmt: skip
        conflicts = [
            (Quantity(pm.group(0), 100 * a / b, "percent", "%", start=pm.start(), end=pm.end()), i)
            for a, b, pm, i in part
        ]
        yield s, whole, conflicts


def _judge(ctx: RuleContext) -> Iterator[tuple[Sentence, Quantity, list[tuple[Quantity, int]]]]:
    """Each unsupported release number with the paper quantities it conflicts with."""
    pf = facts(ctx)
    texts = [
        (ctx.paper.title or "", -1),
        *((s.text, i) for i, s in enumerate(ctx.paper.statements)),
    ]
    text_of = dict((i, t) for t, i in texts)
    paper_q = [
        (pq, i)
        for pq, i in [*pf.numbers, *_derived_percents(texts)]
        if not (pq.kind == "percent" and _HETEROGENEITY.search(text_of.get(i, "")[: pq.start]))
    ]
    paper_values = {pq.value for pq, _ in pf.numbers}
    # an age threshold lower than the paper's is population-generalization (P102)
    widened = {(s.index, a.start) for s, a in widened_ages(ctx)}
    digits = _digit_tokens(ctx)
    release_values = {
        q.value
        for i in range(len(ctx.document.sentences))
        for q in sentence_features(ctx, i).numbers
        if q.kind in ("number", "count", "measure")
        # (not a length or a mass: "26 tonnes ..., close to 90 percent" is not 26 of "the top
        # 30 centimeters")
        and not (q.kind == "measure" and _unit_base(q.unit) in _SCALE)
    }
    out_of = [
        (_count(m.group(1)), _count(m.group(2)), m, i)
        for t, i in texts
        for m in _OUT_OF.finditer(t)
    ]
    # the sample's size, and the arms' sizes added up where a statement gives each arm's
    # "n=12" ("randomised 1:1 to the vaccine regimen (... n=12) or sham immunisation (n=12)")
    samples = [pq for pq, _ in pf.sample_counts if pq.unit != "n"]
    arms: dict[int, list[Quantity]] = {}
    for pq, i in pf.sample_counts:
        if pq.unit == "n":
            arms.setdefault(i, []).append(pq)
    samples += [
        Quantity("", sum(q.value for q in qs), "count", "n") for qs in arms.values() if len(qs) > 1
    ]
    for s in ctx.document.sentences:
        yield from _all_of(s, out_of, text_of)
        f = sentence_features(ctx, s.index)
        numbers = f.numbers if f.text == s.text else extract_numbers(s.text)
        checked = [
            rq
            for rq in numbers
            if not _DENOMINATOR.search(s.text, 0, rq.start)
            and (_checkable(rq, pf.metadata_numbers) or _counted(s.text, rq))
            and not any((s.index, p) in widened for p in range(rq.start, rq.end))
        ]
        supported = {
            id(rq): [
                i
                for pq, i in paper_q
                if (
                    supports(rq, pq)
                    if _checkable(rq, pf.metadata_numbers)
                    # a small count: the same value of the same thing (a decimal is no
                    # count: "6.4 cancers per 1,000" is the paper's "6.4 per 1000")
                    else pq.value == rq.value
                    and (
                        rq.value != int(rq.value)
                        or _noun_after(text_of.get(i, ""), pq) == _noun_after(s.text, rq)
                    )
                )
                # a difference in time told in words ("diagnosed about four years later than
                # their monolingual counterparts") is not backed by one of two levels set side
                # by side ("The interval from onset to diagnosis (3.5 vs 3.6 years")
                and not (
                    rq.worded and _LATER.search(rq.text) and _in_versus(text_of.get(i, ""), pq)
                )
                # a share of what something is made of ("(75% sodium chloride, 25% potassium
                # chloride)") backs no change ("Deaths ... fell by about a fifth"): a share
                # backs a change only with a word of change about it
                and not (
                    rq.kind == "percent"
                    and rq.change is not None
                    and pq.kind == "percent"
                    and pq.change is None
                    and not pq.relative
                    and text_of.get(i, "")[: pq.start].count("(")
                    > text_of.get(i, "")[: pq.start].count(")")
                    and pq.text[:1] not in "+-\u2212"
                    and bool(re.match(r"\s+[a-z]", text_of.get(i, "")[pq.end :]))
                    and not _CHANGE_WORD.search(
                        text_of.get(i, ""),
                        max(0, pq.start - 60),
                        min(len(text_of.get(i, "")), pq.end + 30),
                    )
                )
                # nor a share of a count ("in 865 of 2,084 (41.5%)"): a level, not the
                # change "cut the risk ... by about 40 percent"
                and not (
                    rq.kind == "percent"
                    and rq.change is not None
                    and pq.kind == "percent"
                    and pq.change is None
                    and (
                        _COUNT_SHARE.search(text_of.get(i, ""), max(0, pq.start - 40), pq.start)
                        or bool(re.match(r"\d[\d,]*\s*(?:of|/)\s*\d", pq.text))
                        # nor an end of a change ("fell from 41.2% to 33.6%"): a level
                        or _END_OF_CHANGE.search(
                            text_of.get(i, ""), max(0, pq.start - 30), pq.start
                        )
                        or (
                            _FROM_BEFORE.search(text_of.get(i, ""), max(0, pq.start - 30), pq.start)
                            and re.match(
                                # ("fell from 71% at application to 38%")
                                r"\s*(?:%|per\s*cent)?(?:\s+(?:at|in|on|during)\s+[\w-]+"
                                r"(?:\s+[\w-]+)?)?\s+to\s+\d",
                                text_of.get(i, "")[pq.end :],
                            )
                        )
                        # nor a share of a whole ("produced 78% of the sediment"): "lost
                        # roughly three-quarters less soil" is no part of it
                        or (
                            not pq.relative
                            and bool(_SHARE_OF_WHOLE.match(text_of.get(i, ""), pq.end))
                            and not _CHANGE_WORD.search(
                                text_of.get(i, ""), max(0, pq.start - 60), pq.start
                            )
                        )
                    )
                )
                # a bound of a ratio's interval backs a change only where the release
                # speaks of a range ("from about 6 percent lower to 10 percent higher");
                # "nearly 30 per cent fewer falls" is no bound of some other ratio's interval
                # (nor a multiplier: "more than twice as abundant" is no bound of "1.9-fold
                # higher (95% CI 1.4 to 2.6)")
                and not (
                    pq.kind == "ci"
                    and (
                        rq.kind == "multiplier" or (rq.kind == "percent" and rq.change is not None)
                    )
                    and not _RANGE_TOLD.search(s.text)
                )
                # nor does a share's interval bound ("4.3% (95% CI 1.2% to 7.4%)") back
                # "around 1%", nor a mean's ("27 m (95% CI 9 to 45)") "an average of 45
                # metres", unless the release speaks of a range
                and not (
                    (
                        (pq.kind == "percent" and rq.kind == "percent")
                        or (pq.kind == "ci" and rq.kind in ("measure", "count"))
                    )
                    and (
                        pq.kind == "ci"
                        or _CI_BOUND.search(text_of.get(i, ""), max(0, pq.start - 30), pq.start)
                    )
                    and not _RANGE_TOLD.search(s.text)
                )
            ]
            for rq in checked
        }
        for rq in checked:
            if supported[id(rq)] and _complement_of_error(rq, s.text, paper_q, text_of):
                continue  # "about 90 percent right" for an error rate of 9.8%, whatever
                # other figure of the paper happens to be near 90
            if supported[id(rq)] and rq.kind == "percent" and _remainder(rq, s.text, paper_q):
                continue  # "Nearly 30 percent of eligible children had no height and weight
                # measurement" for "148,210 (70.7%) had a BMI measurement", whatever else
                # is near 30
            if supported[id(rq)]:
                rival = (
                    _rival_share(ctx, s, rq, supported[id(rq)], paper_q, text_of)
                    or _arm_swapped(s.text, rq, supported[id(rq)], paper_q, text_of)
                    or _difference_told(s.text, rq, supported[id(rq)], paper_q, text_of)
                    or _accuracy_swapped(s.text, rq, supported[id(rq)], paper_q, text_of)
                    or _subgroup_share(s.text, rq, supported[id(rq)], paper_q, text_of)
                    or _top_n_swapped(s.text, rq, supported[id(rq)], paper_q, text_of)
                    or _endpoint_told(s.text, rq, numbers, paper_q, text_of)
                    or _subgroup_swapped(s.text, rq, paper_q, text_of)
                    or _time_point_swapped(s.text, rq, supported[id(rq)], paper_q, text_of)
                    or _condition_swapped(s.text, rq, supported[id(rq)], paper_q, text_of)
                    or _list_label_swapped(s.text, rq, supported[id(rq)], paper_q, text_of)
                    or _pair_label_swapped(s.text, rq, supported[id(rq)], paper_q, text_of)
                    or _pair_partner_swapped(s.text, rq, paper_q, text_of)
                    or _subject_swapped(s.text, rq, supported[id(rq)], paper_q, text_of)
                    or _range_end_told(s.text, rq, supported[id(rq)], paper_q, text_of)
                    or _part_told_as_whole(s.text, rq, supported[id(rq)], paper_q, text_of)
                )
                if rival:
                    yield s, rq, rival
                continue
            told_auc = _auc_as_share(s.text, rq, paper_q, text_of)
            if told_auc:
                yield s, rq, told_auc  # "flagged 87 percent" for an AUC of 0.87
                continue
            ends = _endpoint_told(s.text, rq, numbers, paper_q, text_of)
            if ends:
                yield s, rq, ends  # "from about 101 million ... to under 50 million" for
                continue  # "from a fitted 101.2 million/mL in 1972 to 60.3 million/mL"
            if rq.kind == "multiplier" and _DOSE_RANGE.search(s.text):
                continue  # "doses ranging from half as much ... to five times as much"
            if rq.kind == "multiplier" and _SIZE_OF.match(s.text, rq.end):
                continue  # "about seven times the mass of Earth": what the thing is, not a result
            if (
                rq.worded
                and rq.text.lower().endswith("half")
                and ("other half" in s.text or _RANDOM_HALF.search(s.text))
            ):
                continue  # "half the pots were watered to 80 percent ... and the other half":
                # how the study was split
            if rq.kind == "multiplier" and _derived_multiplier(
                rq, numbers, [pq for pq, _ in paper_q]
            ):
                continue  # the release's own arithmetic on the paper's numbers
            if (
                _ratio_within(rq, text_of.values())
                or _ratio_of_changes(rq, s.text, text_of.values())
                or _fold_range_end(rq, text_of.values())
                or _list_ratio(rq, text_of.values())
            ):
                continue  # "three times as large" for "4.6 points, against 1.5"; "more than
                # twice the gain" for differences of 12.3 and 5.1 percentage points
            within_arm = bool(_WITHIN_ARM.match(s.text, rq.end))
            if (
                rq.unit != "points"
                and not within_arm
                and _derived_share(rq, numbers, release_values, s.text)
            ):
                continue  # a share worked out from the paper's counts
            if _share_within(rq, text_of.values()):
                continue  # "Half of the schools": 32 of the statement's 64 schools
            if _stratum_share(rq, text_of.values()) or _proportion_as_share(rq, paper_q, text_of):
                continue  # "A third of the sites" for "96 sites ...: near (n = 32), ..."; "about
                # half of the sites near roads" for an occupancy of 0.49
            if not within_arm and rq.unit != "points" and _arm_share(rq, out_of, samples):
                continue  # "half of the patients took dexavelan": 957 of 1,912
            if rq.kind in ("count", "number") and (
                (rq.value >= 100 and _whole(rq.value) in digits)
                or _difference_within(rq, text_of.values())
                or _sum_within(rq, text_of.values())
            ):
                continue  # "18 of the 646" where the paper writes "628/646"; 646 - 628
            if _remainder(rq, s.text, paper_q):
                continue  # "nine in ten healthy cells survived" a 9% loss
            if _complement_of_error(rq, s.text, paper_q, text_of):
                continue  # "more than 99 percent of words right": an error rate of 0.6%
            if _effect_size(rq, s.text, paper_q):
                continue  # "an effect of 11 to 12 percent per cup": the paper's OR of 1.12
            if _risk_told_as_share(rq, s.text, paper_q):
                continue  # "the higher risk shrank to about 21 percent": HR 1.21
            if _change_from_to(rq, text_of.values()):
                continue  # "rose by about 30 percent" for "rose from 12.1 to 15.8"
            if _end_by_change(s.text, rq, numbers, paper_q):
                continue  # "dropped from 5.6 percent to about 1 percent" for "fell by 4.5
                # percentage points ... from 5.6%"
            if _share_of_them(rq, s.text, paper_values):
                continue  # "Six ... dropped out, half of them because ...": 3 of the 6
            if _example_age(ctx, rq, s.text):
                continue  # "a healthy 75-year-old" in a study of people aged 70 or older
            if _median_as_half(rq, s.text, text_of.values()):
                continue  # "Half ... had been unwell for 14 months or more": a median of 14
            if rq.kind == "measure" and _negative_told(rq, s.text, text_of.values()):
                continue  # "about 35 minutes too short" for limits "from -34.8 to 79.2"
            if _time_told(rq, text_of.values()):
                continue  # "At the 18-week follow-up" for "At week 18"; "three months" for
                # "12 weeks after the pills were stopped"
            if _pair_change(rq, paper_q, text_of, s.text):
                continue  # "about 17 per cent smaller" for "1,420 mm³ ..., 1,180 mm³ ..."
            if _of_baseline(rq, s.text, text_of.values()):
                continue  # "nearly 30 percent above its baseline level" for "128% of baseline"
            means = _means_changed(rq, s.text, paper_q, text_of)
            if means:
                yield s, rq, means  # "about 20 percent higher" for means of 4.9 and 4.5
                continue
            if _change_to(rq, s.text, paper_q, text_of):
                continue  # "more than halved" 24.6% "reduced ... to 11.2%"
            if _elasticity(rq, s.text, paper_values):
                continue  # "by 0.8 percent for every 1 percent rise": an elasticity of -0.80
            # statements about the same thing: aligned, or holding this sentence's other numbers
            anchors = {m.statement for m in relevant_matches(ctx, s.index)}
            for other in checked:
                if other is not rq and other.kind != "number":
                    anchors.update(supported[id(other)])
            here = _context(s.text, rq)
            if rq.worded and rq.unit == "minutes":
                here = here | {"minute"}  # "nearly an hour": in the paper's "34 minutes"
            outcome = here - _CHANGE_WORDS
            conflicts: list[tuple[Quantity, int]] = []
            if rq.kind == "count" and (
                rq.unit in HUMAN_COUNT_UNITS or rq.unit in ANIMAL_COUNT_UNITS
            ):
                family = HUMAN_COUNT_UNITS if rq.unit in HUMAN_COUNT_UNITS else ANIMAL_COUNT_UNITS
                conflicts = [(pq, i) for pq, i in pf.sample_counts if pq.unit in family]
                if conflicts and rq.value < min(20, 0.25 * max(pq.value for pq, _ in conflicts)):
                    # "Two people withdrew": a few of the sample, not its size
                    conflicts = []
                elif conflicts and _counted_in_words(rq.value, text_of.values()):
                    conflicts = []  # "Six volunteers received a lower dose" for "Six
                    # received a low dose (0.9 million cells per putamen)"
            elif rq.kind == "percent" and rq.unit == "points":
                # a difference in percentage points: the paper's differences in points
                # are what it can mean ("18 extra quitters for every 100" for 8.2 points)
                conflicts = [(pq, i) for pq, i in paper_q if pq.kind == "percent"
                             and pq.unit == "points"]  # fmt: skip
                if not conflicts:
                    # or the gap between two shares a statement sets side by side
                    # ("11.9% and 16.4%": 4.5 points)
                    gaps = _point_gaps(paper_q, text_of, set(text_of))
                    if any(supports(rq, pq) for pq, _ in gaps):
                        continue
                    # a relative change told in points: "19 percentage points less
                    # likely" for a hazard ratio of 0.81 (absolute gap 4.5 points)
                    relative = [
                        (pq, i)
                        for pq, i in paper_q
                        if pq.kind == "ratio" and abs(abs(1 - pq.value) * 100 - rq.value) <= 1.0
                    ]
                    near = [(pq, i) for pq, i in gaps if i in anchors]
                    conflicts = [*relative, *gaps] if relative else near
            elif (
                rq.kind in ("number", "count")
                and rq.value >= 10
                and _EXTRA_AFTER.match(s.text, rq.end)
            ):
                # an estimate of extra events: "roughly 140 extra injury crashes on
                # Austria's roads every year" against "an estimated 41 additional injury
                # crashes per year": the paper's figure with two words alike after it
                conflicts = [
                    (pq, i)
                    for pq, i in paper_q
                    if pq.kind in ("number", "count")
                    and _EXTRA_AFTER.match(text_of.get(i, ""), pq.end)
                    and len(_prefixes(here) & _prefixes(_context(text_of.get(i, ""), pq))) >= 2
                ]
            elif rq.kind == "measure" and rq.unit in ("$", "£", "€"):
                # an amount of money: an abstract names few, so one word in common
                # with one of the paper's amounts in the same currency is enough
                # ("$41,700 for each quality-adjusted life year gained" against "$48,700
                # per QALY gained")
                conflicts = [
                    (pq, i)
                    for pq, i in paper_q
                    if pq.kind == "measure"
                    and pq.unit == rq.unit
                    and (i in anchors or here & _context(text_of.get(i, ""), pq))
                ]
            elif rq.kind in ("percent", "multiplier", "ratio", "p_value", "measure"):
                conflicts = [
                    (pq, i)
                    for pq, i in paper_q
                    if _comparable(rq, pq)
                    # "more than 300,000 days of antibiotics" is no misreading of a "5-day
                    # course": amounts a thousand times apart are other quantities
                    and not (
                        rq.kind == "measure"
                        and pq.value > 0
                        and not 1e-3 < rq.value / pq.value < 1e3
                    )
                    and (
                        i in anchors
                        # "98 percent of participating children completing the final
                        # assessment" and "561 of 612 children (92%) completed the 12-month
                        # assessment": two words alike, once their endings are cut
                        or _alike_words(here, _context(text_of.get(i, ""), pq)) >= 2
                        # two relative changes of the same outcome ("reduced falls by
                        # 40%"; "falls were less frequent (RR 0.77)"): one word near the
                        # release's number, other than words of change, in the statement
                        or (
                            rq.change is not None
                            and pq.change is not None
                            and bool(outcome & content_words(text_of.get(i, "")))
                        )
                    )
                ]
                if rq.kind == "multiplier" and not conflicts:
                    # "more than tripled their daily sugar intake" for "rose from a mean
                    # of 37 mL ... to 86 mL": the ratio of the paper's own two values
                    folds = _fold_changes(
                        (text_of.get(i, ""), i)
                        for i in anchors
                        | {i for _, i in texts if here & content_words(text_of.get(i, ""))}
                    )
                    # or of two shares side by side: "more than three times as likely"
                    # for "5.4%, compared with 2.5%" (a likelihood, not "four-fold lower
                    # fungal loads", which is no ratio of shares)
                    if _AS_LIKELY.search(s.text, rq.end, rq.end + 40):
                        folds += _share_ratios(paper_q, text_of, anchors)
                    window = _multiplier_window(rq)
                    if any(
                        _within(pq.value, window) or _within(1 / pq.value, window)
                        for pq, _ in folds
                        if pq.value > 0
                    ):
                        continue  # ("roughly halved" for "from 11.8% ... to 5.9%": 1/2.0)
                    conflicts = [
                        (pq, i)
                        for pq, i in folds
                        if i in anchors or len(here & _context(text_of.get(i, ""), pq)) >= 2
                    ]
                # the figure said of the same thing first: most context words in common
                # (a change first against the paper's changes: "nearly 30 per cent fewer
                # falls" against "rate ratio 0.79", not a multiplier of the background)
                conflicts.sort(
                    key=lambda c: (
                        rq.change is not None and c[0].change is None,
                        rq.change is not None and c[0].kind == "multiplier",
                        # a rise against the paper's rises first
                        not (rq.relative and rq.relative == c[0].relative),
                        -len(here & _context(text_of.get(c[1], ""), c[0])),
                    )
                )
            elif not _checkable(rq, pf.metadata_numbers):
                # a small count: "only 5 samples gave inconsistent results" against the
                # aligned statement's "15 samples had inconsistent results" (the same
                # thing, said of the same result: not "29 proteins changed" against
                # "400 proteins measured"); never reported as unsupported on its own
                noun = _noun_after(s.text, rq)
                top = _top_statement(ctx, s.index)
                conflicts = [
                    (pq, i)
                    for pq, i in paper_q
                    if i == top
                    and pq.kind in ("number", "count")
                    and _noun_after(text_of.get(i, ""), pq) == noun
                    and len((here - {noun}) & _context(text_of.get(i, ""), pq)) >= 2
                ]
                if not conflicts:
                    continue
            if not conflicts and rq.kind == "percent" and rq.change is not None:
                # a relative change against two values the release's statement sets side by
                # side ("about 70 percent more time in non-REM sleep" for "27.6 ± 2.9 min
                # versus 17.9 ± 2.4 min": 54% more)
                conflicts = _pair_changes_of(s.text, rq, paper_q, text_of)
            if not conflicts and rq.worded and rq.unit == "minutes":
                continue  # "an hour of screen time": everyday words, compared only
            if not conflicts:
                conflicts = _time_unit_swapped(rq, paper_q)
            yield s, rq, conflicts


def _pair_changes_of(
    text: str,
    rq: Quantity,
    paper_q: list[tuple[Quantity, int]],
    text_of: dict[int, str],
) -> list[tuple[Quantity, int]]:
    """The relative change between two values a statement sets side by side, of the
    release's direction, where the release speaks of what they measure best (most words of
    the clause that leads to the pair): "about 70 percent more time in non-REM sleep" for
    "27.6 ± 2.9 min versus 17.9 ± 2.4 min" (54% more)."""
    mine = content_words(text)
    best: tuple[int, tuple[Quantity, int]] | None = None
    for i, where in text_of.items():
        numbers = [pq for pq, j in paper_q if j == i]
        for x, y in _versus_pairs(where, numbers):
            if not _pair_told(text, where, x, frozenset(), strict=False):
                continue
            lead = re.split(r"[,;:]|\.\s", where[: x.start])[-1]
            score = len(mine & content_words(lead))
            change = (x.value - y.value) / y.value * 100 if y.value > 0 else 0.0
            if not change or (change > 0) != ((rq.change or 0) > 0):
                continue
            told = Quantity(
                f"{x.text.strip()} versus {y.text.strip()}, {abs(change):.0f}%",
                round(abs(change), 1),
                "percent",
                "%",
                relative="more" if change > 0 else "less",
                start=x.start,
                end=y.end,
            )
            if best is None or score > best[0]:
                best = (score, (told, i))
    return [best[1]] if best is not None else []


def _time_unit_swapped(
    rq: Quantity, paper_q: list[tuple[Quantity, int]]
) -> list[tuple[Quantity, int]]:
    """The paper's time with the release's number in another unit ("an average of just
    over seven years" where "Mean follow-up was 7.1 months"): the same figure, not the
    same time."""
    unit = _TIME_UNIT_OF.match(_unit_base(rq.unit or ""))
    if rq.kind != "measure" or unit is None:
        return []
    days = rq.value * _TIME_UNIT_DAYS[unit.group(1)]
    out = []
    for pq, i in paper_q:
        other = _TIME_UNIT_OF.match(_unit_base(pq.unit or "")) if pq.kind == "measure" else None
        if other is None or other.group(1) == unit.group(1):
            continue
        if abs(pq.value - rq.value) <= 0.1 * rq.value and not same_time(
            days, pq.value * _TIME_UNIT_DAYS[other.group(1)]
        ):
            out.append((pq, i))
    return out[:2]


_TIME_UNIT_OF = re.compile(r"(hour|day|week|month|year)s?$", re.I)
#: a sentence that tells how long something lasted or was followed: "followed for an
#: average of just over seven years"
_HOW_LONG = re.compile(
    r"\b(?:followed|follow-up|tracked|monitored|lasted|average|median|mean|duration)\b", re.I
)


def _duration_unit_swapped(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A duration told with the paper's number in another unit ("followed for an average
    of just over seven years" where "Mean follow-up was 7.1 months"), when no time the
    paper gives is that long."""
    everywhere = [t for st in ctx.paper.statements for t in _times_in(st.text, spans=True)]
    paper_q = [(q, i) for q, i in facts(ctx).numbers if q.kind == "measure"]
    for s in ctx.document.sentences:
        if not _HOW_LONG.search(s.text):
            continue
        for m in _DURATION.finditer(s.text):
            n = _amount(m.group(1))
            if not n or m.group(1).lower() in ("a", "an"):
                continue
            if re.search(r"\b(?:every|each|per|once|twice|a)\s+$", s.text[: m.start()], re.I):
                continue  # "measured the tumours every three days": how often, not how long
            unit = m.group(2).lower()
            days = n * _TIME_UNIT_DAYS[unit]
            if any(same_time(days, t) for t in everywhere):
                continue
            rq = Quantity(m.group(0), n, "measure", unit + "s", None, None, m.start(), m.end())
            swapped = _time_unit_swapped(rq, paper_q)
            if not swapped:
                continue
            shown = ", ".join(_shown(pq) for pq, _ in swapped)
            yield self.finding(
                f"{who(s, ctx)}'{m.group(0)}' does not match the paper ({shown}).",
                sentence=s,
                evidence=_paper_evidence(ctx, swapped),
                suggestion=f"Use the paper's figure: {shown}.",
            )
            break


def _counting(text: str, q: Quantity) -> str:
    """A bare number with what it counts, as written: "5 samples"."""
    m = _NEXT_WORD.match(text, q.end)
    return (
        f"{q.display} {m.group(1)}"
        if q.kind == "number" and _noun_after(text, q) and m
        else q.display
    )


def _shown(pq: Quantity, text_of: str = "") -> str:
    """A paper quantity for a message, with what it measures: "RR 0.77", "23% lower",
    "15 samples"."""
    text = _counting(text_of, pq) if text_of else pq.display
    if pq.kind == "ratio" and pq.unit and pq.unit.lower() not in text.lower():
        return f"{pq.unit} {text}"
    if pq.kind == "percent" and pq.relative and pq.unit == "%":
        # (in the paper's own word where it gives one: "18% slower", "12% shorter")
        own = _OWN_COMPARATIVE.match(text_of, pq.end) if text_of else None
        word = own.group(1).lower() if own else "higher" if pq.relative == "more" else "lower"
        return f"{text} {word}"
    return text


#: the comparative a paper gives its change in: "18% slower cognitive decline"
_OWN_COMPARATIVE = re.compile(
    r"\s*(?:%|per\s*cent|percent)?\s*(slower|faster|shorter|longer|smaller|larger|lighter|"
    r"heavier|narrower|wider|thinner|thicker|taller|bigger)\b",
    re.I,
)


def _paper_evidence(
    ctx: RuleContext, conflicts: list[tuple[Quantity, int]]
) -> tuple[Evidence, ...]:
    seen: list[int] = []
    for _, i in conflicts:
        if i not in seen:
            seen.append(i)
    out = []
    for i in seen[:2]:
        out.append(statement_evidence(ctx, i))
    return tuple(out)


@rule(
    "N101",
    "number-mismatch",
    "number_mismatch",
    "error",
    "A number that contradicts the paper's number for the same quantity.",
)
def number_mismatch(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A number in the release contradicts the paper's number for the same
    quantity: a different sample size, a different percentage for the same
    finding, a relative risk the paper's ratio does not give ("40% more
    likely" where the paper reports RR 1.26).

    Numbers are compared by value and kind, allowing for rounding and for the
    wording of approximations: "almost half" stands for 41%, "a fifth" for
    21%, "26% more likely" for a risk ratio of 1.26, "twice as likely" for an
    odds ratio of 2.1.  A relative change is one quantity however it is worded,
    the direction before the number or after it: "reduced falls by 23%", "23%
    fewer falls", "a 23% reduction" and a risk ratio of 0.77 agree; "halved" is
    50% lower, "doubled" 100% higher or a ratio of 2.  The same quantity means: a
    count of the same kind of subject; a share ("41% of participants") or a
    relative change in the paper statement the sentence is aligned with, or that
    shares the number's context words (for two relative changes, one word of
    what changed is enough).  A share is never compared with a change.  A
    multiplier the release works out from two of its own numbers that the paper
    gives ("0.81, more than three times the 0.25") is the release's arithmetic,
    not a mismatch.  A share that matches only a subgroup's figure, told with no word of
    the subgroup ("more than nine in ten of the samples from people with lung cancer" for
    the sensitivity "for stage III-IV disease", 90.9%, where it was 84.7% overall), is
    compared with the figure for everyone; a count of extra events ("roughly 140 extra
    injury crashes ... every year") with the paper's count of extra events; a share of one
    arm ("half of the vaccinated monkeys") is never read as the arm's share of the sample;
    a top-N accuracy ("into their top three in fewer than half") is compared with the
    paper's top-N figures, not a top-1 figure that happens to match; and a duration in
    words ("nearly an hour more sleep") with the paper's minutes or hours; a figure the
    paper gives only at another time point ("Seven days after treatment ... three times as
    likely" for a risk ratio of 2.94 at 24 hours) with the paper's figure at the time
    point the release names (1.98 at day 7). A bound on when something happened ("within
    six months") that no statement of the paper meets is held to the times its nearest
    statements give, in any unit (days 252 to 336), and a
    time told in other units is the paper's ("three months after" for "12 weeks after"); a
    share of part of the sample told of all of it ("about 60 percent of the infants in the
    study" for "112 of the 187 diagnosed infants") and one group's figure told "across all 12
    participants" where the paper gives a figure only for each group are flagged, and so is
    a number needed to treat told as another ("one death is avoided for roughly every 15"
    where the paper gives one "for every 48"), and so is a figure the paper gives over a
    whole period told as a rate ("4.6 prescriptions per 1,000 patients every month" for a
    difference of 4.6 "over six months"), and so is a share the paper gives for one outcome
    told of another, named by an acronym, whose statement gives another share for that
    group ("Nearly three-quarters of the workers carried E. coli that make ... ESBLs" for
    multidrug resistance's 71.8%, where ESBL carriage was 58.3%). A relative change that
    nothing backs is held to the two values the statement that speaks of it best sets side
    by side ("about 70 percent more time in non-REM sleep" for "27.6 ± 2.9 min versus 17.9
    ± 2.4 min", 54% more). Figures told of the wrong group are flagged too: the first of a
    pair told of the group named after the second ("Among adults 65 and older, about 92
    percent" where "In adults aged 65 years or older ..., P30 was 86.3% ..., versus 91.7% ...
    in younger participants"), one level's figure of a ranking the release never names
    ("Nearly one in five owls" where 18.3% was "in the highest arable quartile" and 12.9%
    was everyone's), the figure a share's brackets give for another count ("Nearly a quarter
    of the jars contained at least one antibiotic residue above the applicable regulatory
    limit" where "97 jars (23.5%) contained at least one quantifiable residue and 31 (7.5%)
    ... above the applicable limit"), and a pair whose other figure alone matches ("lost only
    about a fifth of their algae, while ... wild-type algae lost about 70 percent" for "fell
    by 38% ... and by 71%"). A difference in time told in words ("diagnosed about four years
    later than") is no single time of a pair ("3.5 vs 3.6 years"). A figure that
    differs from the paper's is the plainest factual error a release can make; news copies
    releases closely (Sumner et al., BMJ 2014), so the wrong figure travels.
    """
    for s, rq, conflicts in _judge(ctx):
        if not conflicts:
            continue
        shown = ", ".join(
            dict.fromkeys(
                _shown(pq, ctx.paper.statements[i].text if i >= 0 else ctx.paper.title or "")
                for pq, i in conflicts[:3]
            )
        )
        yield self.finding(
            f"{who(s, ctx)}'{_counting(s.text, rq)}' does not match the paper ({shown}).",
            sentence=s,
            evidence=_paper_evidence(ctx, conflicts),
            suggestion=f"Use the paper's figure: {shown}.",
        )
    yield from _time_bound_broken(self, ctx)
    yield from _period_swapped(self, ctx)
    yield from _rate_told_for_total(self, ctx)
    yield from _duration_unit_swapped(self, ctx)
    yield from _one_in_every_swapped(self, ctx)


@rule(
    "N102",
    "unsupported-number",
    "unsupported_number",
    "warning",
    "A number that appears nowhere in the paper.",
)
def unsupported_number(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A number in the release that appears nowhere in the paper, in any
    form: not as a percentage, count, ratio, p-value or interval bound, and
    not derivable from the paper's numbers (a risk ratio of 1.26 gives "26%
    more likely"; 12 of 14 gives 86%).

    Dates, years, the paper's own metadata (volume, issue, pages) and small
    bare numbers ("two groups") are not checked, nor a number whose digits the paper
    writes ("1,998 genes" where the paper has "1998 showed").  With only the abstract the
    number may still be in the full text: give the PDF (``--paper``) to be
    sure.  A number no reader can check against the paper is where errors and
    inflation hide; Sumner et al. (BMJ 2014) found that what a release adds is
    what the news repeats.  A count of part of the sample ("Six of the fifteen
    participants said ...") is flagged when the statement it reports gives only a
    vague quantity ("Some had ..."): precision the paper does not have.  A share of
    participants from a qualitative study that gives no shares ("Nearly two-thirds of the
    nurses interviewed said ...") is a warning even against the abstract alone: such a
    study reports themes, not how common they were.
    """
    digits = _digit_tokens(ctx)
    pf = facts(ctx)
    qualitative = "qualitative" in pf.designs and not any(
        q.kind == "percent" for q, _ in pf.numbers
    )
    for s, rq, conflicts in _judge(ctx):
        if conflicts:
            continue
        if rq.kind in ("number", "count") and str(int(rq.value)) in digits:
            continue  # "1,998 genes" where the paper writes "1998 showed": it is there
        ev = evidence_of(ctx, relevant_matches(ctx, s.index)[:1])
        if qualitative and rq.kind == "percent" and rq.change is None:
            # "Nearly two-thirds of the nurses interviewed said ...": a qualitative study
            # reports themes, not how common they are, in its full text as in its abstract
            yield self.finding(
                f"{who(s, ctx)}Gives a share ('{rq.display}'), but the paper is a qualitative "
                "study: it reports themes, not how common they were.",
                sentence=s,
                evidence=ev,
                suggestion="Say 'some' or 'many' as the paper does, or cite where the share "
                "comes from.",
            )
            continue
        yield self.finding(
            f"{who(s, ctx)}'{rq.display}' appears nowhere in the paper"
            f"{' (abstract only)' if not ctx.paper.sections else ''}.",
            sentence=s,
            evidence=ev,
            severity="info" if not ctx.paper.sections else None,
            suggestion="Check the number against the paper and cite where it comes from.",
        )

    yield from _precise_where_vague(self, ctx)


_NUMBER_WORD = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
)
#: "Six of the fifteen participants", "12 of 40 nurses": part of a group, counted
_PARTITIVE = re.compile(
    rf"\b(?P<n>{_NUMBER_WORD})\s+(?:out\s+)?of\s+(?:the\s+|these\s+|all\s+)?"
    rf"(?:(?:{_NUMBER_WORD})\s+)?(?:[a-z-]+\s+)?(?P<noun>participants|patients|people|"
    r"respondents|interviewees|nurses|women|men|children|mice|rats|animals)\b",
    re.I,
)
#: a vague quantity where a count could stand: "Some had failed to ..."
_VAGUE = re.compile(
    r"\b(?:some|many|most|several|a few|few|a number of|a minority of|a majority of|"
    r"the majority of)\b",
    re.I,
)


def _precise_where_vague(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A count of part of the sample ("Six of the fifteen participants said ...") where
    the statement it reports gives only a vague quantity ("Some had ...")."""
    for s in ctx.document.sentences:
        m = _PARTITIVE.search(s.text)
        if m is None:
            continue
        rel = [m_.statement for m_ in relevant_matches(ctx, s.index)]
        texts = [ctx.paper.statements[i].text for i in rel]
        if any(_PARTITIVE.search(t) for t in texts):
            continue  # the paper counts part of its sample here too
        found = next(
            ((i, v) for i, t in zip(rel, texts, strict=True)
             if (v := _VAGUE.search(t)) is not None and not extract_numbers(t)),
            None,
        )  # fmt: skip
        if found is None:
            continue
        top, vague = found
        yield self.finding(
            f"{who(s, ctx)}Gives a count ('{m.group(0)}') where the paper says only "
            f"'{vague.group(0)}'.",
            sentence=s,
            evidence=(statement_evidence(ctx, top),),
            severity="info" if not ctx.paper.sections else None,
            suggestion=f"Say '{vague.group(0).lower()}' as the paper does, or cite where the "
            "count comes from.",
        )


#: a bound on when something happened: "within six months of the first release", "in
#: under two weeks", "in less than a year"
_WITHIN_TIME = re.compile(
    r"\b(?:within|in\s+(?:less|fewer)\s+than|in\s+under|inside(?:\s+of)?)\s+"
    r"(?:(?:just|only|the\s+first)\s+)?"
    + _TIME_AMOUNT.replace("(", "(?P<n>", 1)
    + r"[\s-](?P<unit>hour|day|week|month|year)s?\b(?!\s+(?:of\s+age|old)\b)",
    re.I,
)
#: the paper's times: "336 days", "6-month", "12 weeks", and "days 252, 280 and 336"
_AMOUNT_UNIT = re.compile(
    r"\b(\d+(?:\.\d+)?)[\s-](minute|hour|day|week|month|year)s?\b(?![\s-]+old\b)"
    r"(?!\s+of\s+age\b)",
    re.I,
)
_UNIT_AMOUNTS = re.compile(
    r"\b(hour|day|week|month|year)s?\s+(\d+(?:\.\d+)?(?:\s*(?:,|and|to|or|–|-)\s*\d+(?:\.\d+)?)*)",
    re.I,
)
#: what makes a figure an age or a span of follow-up, not when something happened
_NOT_WHEN = re.compile(
    r"\b(?:aged?|follow-up|followed|lasted|duration|over|during|for|"
    # "median age was 74 years", "a mean age of 61 years"
    r"age\s+(?:was|were|is|of))\s*"
    r"(?:\d+(?:\.\d+)?\s*(?:to|and|or|–|-)\s*)?$",
    re.I,
)


def _times_in(text: str, spans: bool = False) -> list[float]:
    """The time amounts (in days) a paper statement gives, ages and (unless ``spans``)
    follow-up and other spans of time aside."""
    out = []
    for m in _AMOUNT_UNIT.finditer(text):
        before = text[max(0, m.start() - 25) : m.start()]
        if not _NOT_WHEN.search(before) or (spans and not re.search(r"\baged?\b", before)):
            out.append(float(m.group(1)) * _TIME_UNIT_DAYS[m.group(2).lower()])
    for m in _UNIT_AMOUNTS.finditer(text):
        unit = _TIME_UNIT_DAYS[m.group(1).lower()]
        out += [float(v) * unit for v in re.findall(r"\d+(?:\.\d+)?", m.group(2))]
    return out


#: a duration in words or digits: "eleven days", "six weeks", "18 months"
_DURATION = re.compile(
    r"\b" + _TIME_AMOUNT + r"[\s-](hour|day|week|month|year)s?\b(?![\s-]+old\b)", re.I
)


def durations(text: str) -> list[float]:
    """The durations (in days) a release sentence names, in words or digits."""
    out = []
    for m in _DURATION.finditer(text):
        value = _amount(m.group(1))
        if value and m.group(1).lower() not in ("a", "an"):  # (not "a week": no figure)
            out.append(value * _TIME_UNIT_DAYS[m.group(2).lower()])
    return out


def paper_duration(ctx: RuleContext, text: str) -> bool:
    """Whether the sentence names a time the paper gives, in any unit ("the difference
    between eleven days and six weeks" for a turnaround of 11 and 42 days)."""
    told = durations(text)
    if not told:
        return False
    paper = [t for st in ctx.paper.statements for t in _times_in(st.text)]
    return any(abs(t - d) <= 0.05 * d for d in told for t in paper)


def _counted_in_words(value: float, texts: Iterable[str]) -> bool:
    """Whether a statement opens a clause with that count in words ("Six received a low
    dose", "and six a high dose"): part of the sample counted, not its size."""
    words = [w for w, v in _WORD_NUMBERS.items() if v == value and " " not in w]
    if not words or value < 2:
        return False
    opens = re.compile(rf"(?:^|[.;:,]\s+|\band\s+)(?:{'|'.join(words)})\s+(?!of\b)[a-z]", re.I)
    return any(opens.search(t) for t in texts)


#: a negative figure as a paper writes it: "from -34.8 to 79.2 minutes"
_NEGATIVE = re.compile(r"(?:^|[\s(])[-\u2212](\d+(?:\.\d+)?)\b")
#: a release telling a figure's sign in words: "35 minutes too short", "lower", "below"
_SIGN_IN_WORDS = re.compile(
    r"^\s*(?:\w+\s+)?(?:too\s+(?:short|low|few|little)|shorter|lower|less|fewer|below|under)\b",
    re.I,
)


def _negative_told(rq: Quantity, text: str, texts: Iterable[str]) -> bool:
    """Whether a release's measure with its sign in words ("about 35 minutes too short") is
    a negative figure of the paper (-34.8), which the figures it is read with may leave out."""
    if not _SIGN_IN_WORDS.match(text[rq.end :]):
        return False
    window = _window(rq, max(0.15 * abs(rq.value), 1.0))
    return any(_within(float(m.group(1)), window) for t in texts for m in _NEGATIVE.finditer(t))


def _time_told(rq: Quantity, texts: Iterable[str]) -> bool:
    """Whether a release's time ("the 18-week follow-up", "three months after") is a time
    the paper gives in any unit or order ("At week 18", "12 weeks after"), within 10%."""
    unit = _UNIT_BASE.get(rq.unit.lower().rstrip("s"), rq.unit.lower().rstrip("s"))
    if rq.kind != "measure" or unit not in _TIME_UNIT_DAYS:
        return False
    if rq.worded and _LATER.search(rq.text):
        return False  # "about four years later than": a difference, not a time
    days = rq.value * _TIME_UNIT_DAYS[unit]
    texts = list(texts)
    # (or the span between two years: "more than doubled in 12 years" for "between 2010 and
    # 2022")
    spans = [
        (int(m.group(2)) - int(m.group(1))) * _TIME_UNIT_DAYS["year"]
        for text in texts
        for m in _YEAR_SPAN.finditer(text)
    ]
    return any(
        abs(t - days) <= 0.1 * days
        for t in [*spans, *(t for text in texts for t in _times_in(text, True))]
    )


#: two years a period runs between: "between 2010 and 2022", "from 1994 to 2013"
_YEAR_SPAN = re.compile(
    r"\b((?:19|20)\d\d)\s*(?:and|to|through|until|\u2013|-)\s*((?:19|20)\d\d)\b"
)


def _days_shown(days: float) -> str:
    months = days / _TIME_UNIT_DAYS["month"]
    return f"{days:g} days" if months < 2 else f"{days:g} days, about {months:.0f} months"


def _time_bound_broken(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A bound on when something happened ("All three collapses came within six months")
    that every time the sentence's paper statement gives exceeds (days 252, 280 and 336):
    a duration told in other units, and shortened."""
    bounds = {
        round(days)
        for st in ctx.paper.statements
        for m in _WITHIN_TIME.finditer(st.text)
        for _, days in time_points(m.group(0))
    }
    # every time the paper's own statements give: a bound any of them meets is the paper's
    # (ketamine's "within a day" where any statement gives "At 24 hours"), whichever
    # statements the aligner ranks first
    everywhere = [t for st in ctx.paper.statements if not st.is_context for t in _times_in(st.text)]
    for s in ctx.document.sentences:
        m = _WITHIN_TIME.search(s.text)
        if m is None or re.search(r"\bnot\s+$", s.text[: m.start()]):
            continue
        bound = _amount(m.group("n")) * _TIME_UNIT_DAYS[m.group("unit").lower()]
        if any(t <= bound * 1.1 for t in everywhere):
            continue
        if not bound or any(same_time(bound, b) or b > bound for b in bounds):
            continue  # the paper gives that bound (or a wider one) itself
        # the statements the sentence is closest to, supported or not ("collapses" where
        # the paper says "eliminated"), that give times
        a = alignment_of(ctx, s.index)
        rel = [
            mt
            for mt in (a.matches[:3] if a is not None else ())
            if mt.score >= 0.1 and _times_in(ctx.paper.statements[mt.statement].text)
        ]
        times = [t for mt in rel for t in _times_in(ctx.paper.statements[mt.statement].text)]
        if not times or min(times) <= bound * 1.1:
            continue  # one of them gives a time within the bound ("at 24 hours")
        lo, hi = min(times), max(times)
        shown = _days_shown(lo) if lo == hi else f"{lo:g} to {_days_shown(hi)}"
        yield self.finding(
            f"{who(s, ctx)}'{m.group(0)}' does not match the paper ({shown}).",
            sentence=s,
            evidence=evidence_of(ctx, rel),
            suggestion=f"Use the paper's times: {shown}.",
        )


#: the period a release's figures are told over: "Over the six months after the injection",
#: "during the first year"
_OVER_PERIOD = re.compile(
    r"\b(?:over|during|across|throughout)\s+(?:the\s+)?(?:first\s+|next\s+|following\s+|"
    r"whole\s+|entire\s+|primary\s+)?"
    + _TIME_AMOUNT.replace("(", "(?P<n>", 1)
    + r"[\s-](?P<unit>hour|day|week|month|year)s?\b(?!\s+(?:of\s+age|old)\b)",
    re.I,
)


def _period_swapped(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The paper's counts told over a period the paper never uses ("Over the six months
    after the injection, 12 of the 2,009 babies ... compared with 25 of the 1,003" where
    the end point was counted "through 150 days"): the sentence's counts are the paper's,
    and no time the paper gives, in any unit, is that period."""
    everywhere = [t for st in ctx.paper.statements if not st.is_context for t in _times_in(st.text)]
    if not everywhere:
        return
    paper_q = [q for q, _ in facts(ctx).numbers]
    digits = _digit_tokens(ctx)
    for s in ctx.document.sentences:
        m = _OVER_PERIOD.search(s.text)
        if m is None or m.group("n").lower() in ("a", "an"):
            continue
        period = _amount(m.group("n")) * _TIME_UNIT_DAYS[m.group("unit").lower()]
        if not period or any(same_time(period, t) for t in everywhere):
            continue
        # (the paper's own figures, two or more, as written: "12 of the 2,009 ... 25 of the
        # 1,003", not a round number)
        told = [
            q
            for q in extract_numbers(s.text)
            if not q.worded
            and not q.approx
            and q.kind in ("count", "number", "percent")
            and not (q.start <= m.start() < q.end or m.start() <= q.start < m.end())
        ]
        if len(told) < 2 or not all(
            any(math.isclose(q.value, pq.value) for pq in paper_q) or _whole(q.value) in digits
            for q in told
        ):
            continue
        shown = ", ".join(dict.fromkeys(_days_shown(t) for t in sorted(set(everywhere))[:3]))
        yield self.finding(
            f"{who(s, ctx)}'{m.group(0)}' does not match the paper's times ({shown}).",
            sentence=s,
            evidence=ctx.evidence_for(s.index, limit=1),
            suggestion=f"Use the period the paper counted over: {shown}.",
        )


#: a figure told as a rate per unit of time, after its own unit: "4.6 prescriptions per
#: 1,000 patients every month" (not "in a month" or "a month later": a time, not a rate)
_RATE_PER = re.compile(
    r"[^;.()]{0,50}?(?:\b(?:every|each|per)\s+(?:calendar\s+)?(?P<u1>day|week|month|year)\b|"
    r"(?<!in )(?<!over )(?<!within )(?<!for )(?<!after )(?<!by )(?<!than )(?<!about )"
    r"(?<!nearly )(?<!almost )(?<!under )(?<!past )(?<!last )(?<!next )(?<!first )"
    r"\ba\s+(?P<u2>day|week|month|year)\b(?!\s+(?:after|later|before|earlier|ago|of|on)\b)|"
    r"\b(?P<u3>dai|week|month|year)ly\b|\bannual(?:ly)?\b)",
    re.I,
)
#: a paper's figure given over a whole period, right after it: "4.6 items per 1,000
#: registered patients over six months"
_TOTAL_OVER = re.compile(r"[^;.()]{0,60}?" + _OVER_PERIOD.pattern, re.I)
#: words that make a paper's figure a rate itself: "per 1,000 person-years", "a year"
_RATE_WORDS = re.compile(
    r"\b(?:person|patient|child|woman|man)[- ](?:years?|months?|days?)\b|\b(?:per|a|each|every)\s+"
    r"(?:day|week|month|year)\b|\b(?:daily|weekly|monthly|yearly|annual(?:ly)?|/\s*(?:day|"
    r"week|month|year))\b",
    re.I,
)


def _rate_told_for_total(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A figure the paper gives over a whole period told as a rate per shorter unit of
    time ("prescribing fell by about 4.6 prescriptions per 1,000 patients every month"
    where the paper's difference of 4.6 items per 1,000 is "over six months"): the rate
    the release states is the period's total, several times too large."""
    paper = [
        (pq, i, st.text)
        for i, st in enumerate(ctx.paper.statements)
        if not st.is_context
        for pq in extract_numbers(st.text)
        if pq.kind in ("number", "measure", "count", "percent") and pq.change is None
    ]
    for s in ctx.document.sentences:
        if not _RATE_PER.search(s.text):
            continue
        hit = next(
            (h for rq in extract_numbers(s.text) if (h := _total_behind_rate(s.text, rq, paper))),
            None,
        )
        if hit is None:
            continue
        told, unit, pq, i, said = hit
        yield self.finding(
            f"{who(s, ctx)}'{told}' is a rate per {unit}; the paper's {pq.text.strip()} is the "
            f"total over the whole period ('{said}').",
            sentence=s,
            evidence=_paper_evidence(ctx, [(pq, i)]),
            suggestion=f"Tell the figure over the paper's period: '{said}'.",
        )


def _total_behind_rate(
    text: str, rq: Quantity, paper: list[tuple[Quantity, int, str]]
) -> tuple[str, str, Quantity, int, str] | None:
    """The paper's figure that a release figure told as a rate per unit of time is the
    total of, over a period at least one and a half units long: (the release's words, its
    unit, the paper's figure, its statement, the paper's words)."""
    if rq.kind not in ("number", "measure", "count", "percent") or rq.worded:
        return None
    if rq.value == int(rq.value) and rq.value < 10:
        return None  # a small whole number can match any figure by chance
    rate = _RATE_PER.match(text, rq.end)
    if rate is None:
        return None
    unit = (rate.group("u1") or rate.group("u2") or rate.group("u3") or "year").lower()
    unit = "day" if unit == "dai" else unit  # ("daily")
    for pq, i, where in paper:
        if not math.isclose(pq.value, rq.value) or pq.kind != rq.kind:
            continue
        total = _TOTAL_OVER.match(where, pq.end)
        if total is None or _RATE_WORDS.search(where, pq.end, total.end()):
            continue  # (not a rate itself: "per 1,000 person-years")
        period = _amount(total.group("n")) * _TIME_UNIT_DAYS[total.group("unit").lower()]
        if period >= 1.5 * _TIME_UNIT_DAYS[unit]:
            said = where[pq.start : total.end()].strip()
            return text[rq.start : rate.end()].strip(), unit, pq, i, said
    return None


#: a number needed to treat in words: "one death is avoided for roughly every 15 preterm
#: babies", "one death avoided for every 48 infants treated", "number needed to treat 48"
_FOR_EVERY = re.compile(
    r"\bfor\s+(?:roughly\s+|about\s+|around\s+|nearly\s+|approximately\s+)?every\s+(\d[\d,]*)\b|"
    r"\bnumber\s+needed\s+to\s+(?:treat|screen|harm)\s*(?:\(NN[TH]\)\s*)?(?:was|of|=|:)?\s*"
    r"(\d[\d,]*)|\bNN[TH]\s*(?:was|of|=|:)?\s*(\d[\d,]*)",
    re.I,
)


def _one_in_every_swapped(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A number needed to treat told as another ("one death is avoided for roughly every
    15 preterm babies" where the paper gives one "for every 48 infants treated"): every
    such figure of the paper differs from the release's by more than a fifth."""

    def needed(text: str) -> Iterator[tuple[re.Match[str], int]]:
        # "one ... for every 48" (not a rate's "for every 1,000 patients")
        for m in _FOR_EVERY.finditer(text):
            n = _count(next(g for g in m.groups() if g))
            if n in (100, 1000, 10000, 100000) or (
                m.group(1) and not re.search(r"\bone\b[^.;]{0,60}$", text[: m.start()], re.I)
            ):
                continue
            yield m, n

    theirs = [
        (n, i)
        for i, st in enumerate(ctx.paper.statements)
        if not st.is_context
        for _, n in needed(st.text)
    ]
    if not theirs:
        return
    for s in ctx.document.sentences:
        found = next(needed(s.text), None)
        if found is None:
            continue
        m, mine = found
        if not mine or any(abs(v - mine) <= 0.2 * max(v, mine) for v, _ in theirs):
            continue
        shown = ", ".join(dict.fromkeys(f"one for every {v:,}" for v, _ in theirs))
        yield self.finding(
            f"{who(s, ctx)}'{m.group(0).strip()}' does not match the paper ({shown}).",
            sentence=s,
            evidence=(statement_evidence(ctx, theirs[0][1]),),
            suggestion=f"Use the paper's figure: {shown}.",
        )


RULES: tuple[Rule, ...] = (number_mismatch, unsupported_number)
