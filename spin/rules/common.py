"""Helpers shared by the rule families (not rules themselves)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spin.claims import (
    Features,
    PaperFacts,
    ReleaseFacts,
    analyze,
    content_words,
    paper_facts,
    release_facts,
    without_attribution,
)
from spin.model import Alignment, Evidence, Match, Sentence, Statement
from spin.rules.base import RuleContext

#: a match within this distance of the best one speaks of the same thing
RELEVANT_MARGIN = 0.08


def _features(
    precomputed: Sequence[object], index: int, items: Sequence[Sentence | Statement]
) -> Features:
    """The precomputed features of ``items[index]``, or its features computed now."""
    if precomputed and index < len(precomputed):
        f = precomputed[index]
        if isinstance(f, Features):
            return f
    item = items[index]
    return analyze(without_attribution(item.text) if isinstance(item, Sentence) else item.text)


def sentence_features(ctx: RuleContext, index: int) -> Features:
    return _features(ctx.sentence_features, index, ctx.document.sentences)


def statement_features(ctx: RuleContext, index: int) -> Features:
    return _features(ctx.statement_features, index, ctx.paper.statements)


#: sections that state the paper's main result
_MAIN_RESULT_SECTION = re.compile(r"^(?:conclusions?|interpretation|summary)", re.I)


def main_null_results(ctx: RuleContext) -> list[int]:
    """The paper's statements of a null main result: a conclusion, or a primary outcome,
    with no significant effect."""
    return [
        i
        for i in facts(ctx).null_results
        if _MAIN_RESULT_SECTION.match(ctx.paper.statements[i].section.strip())
        or re.search(r"\bprimary (?:outcome|end ?point)", ctx.paper.statements[i].text, re.I)
    ]


def facts(ctx: RuleContext) -> PaperFacts:
    if isinstance(ctx.paper_facts, PaperFacts):
        return ctx.paper_facts
    return paper_facts(ctx.paper)


def rfacts(ctx: RuleContext) -> ReleaseFacts:
    if isinstance(ctx.release_facts, ReleaseFacts):
        return ctx.release_facts
    return release_facts(ctx.document)


def alignment_of(ctx: RuleContext, index: int) -> Alignment | None:
    for a in ctx.alignment:
        if a.sentence == index:
            return a
    return None


#: words that claim an effect ("reduced", "protects", "restores", "works"):
#: what a claim of effect needs and what a sentence about the methods does not say
EFFECT_WORDS = re.compile(
    # (not "increasingly offered": how often something is done, not what it does)
    # (nor "cut from six parent colonies": how something was taken)
    r"\b(?:reduc|increas(?!ingly)|improv|lower|prevent|protect|boost|cut(?!\s+(?:from|into)\b)|"
    r"help|benefit|slow|"
    r"rais|eas|reliev|extend|prolong|lengthen|shorten|halv|doubl|restor|revers)\w*|"
    r"\beffective\b|"
    # a cause named outright: "caesarean delivery causes babies to miss out on"
    r"\bcaus(?:es|ed|ing)\b|"
    r"\b(?:taller|heavier|fitter|healthier|stronger|leaner)\b|"
    r"\bworks?\b",
    re.I,
)


#: a dateline ("LINDHAVEN, September 9, 2025 — ")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,\s+[^—–]{0,40}?\d{4}\s*[—–-]+\s*")
#: who said it: "said Dr. X, who led the study", "according to a study by ..."
_ATTRIBUTION = re.compile(
    r",?\s*(?:said|says|added|explained|notes|noted)\s+(?:[A-Z][\w.'-]*\s*){1,4}.*$|"
    r",?\s*(?:according to|a (?:\w+ )?(?:study|trial|survey) (?:led )?by)\b.*$"
)
_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")


def claim_text(text: str) -> str:
    """A sentence without its dateline and attribution; for a quote, what is quoted."""
    # a quote, not a word in scare quotes ('drugs that target worn-out "senescent" cells')
    quoted = [q for q in _QUOTED.findall(text) if len(q.split()) >= 4]
    if quoted:
        return " ".join(quoted)
    return _ATTRIBUTION.sub("", _DATELINE.sub("", text))


#: a condition defined in passing, then what it can do: "Sepsis, the body's extreme
#: response to an infection, can quickly lead to organ failure and death" (background)
_DEFINED_CONDITION = re.compile(
    r"^\s*[A-Z][\w'-]*(?:\s+[\w'-]+){0,3},\s+(?:an?|the)\s+[^,.;]{3,80},\s+"
    r"(?:can|may|often|commonly|sometimes)\s+(?:\w+ly\s+)?(?:lead|cause|result|kill|progress)\w*\b",
)


def hedges_at(text: str, hedges: Sequence[str], at: int) -> list[str]:
    """The hedges that stand in the clause (between commas or semicolons) around ``at``: a
    hedge of an aside hedges nothing of the figure or denial in another clause ("Accuracy
    held up in patients with reduced kidney function, a group in whom tau blood tests had
    been thought to be less reliable")."""
    span = next(
        (c.span() for c in re.finditer(r"[^,;]+", text) if c.start() <= at < c.end()),
        (0, len(text)),
    )
    clause = text[span[0] : span[1]].lower()
    # (nor a hedge of a relative clause after it: "the link cannot be explained by who
    # tends to live near drilling sites")
    rel = re.search(r"\b(?:who|whom|which|that|where)\b", clause[at - span[0] :])
    cut = at - span[0] + rel.start() if rel else len(clause)
    return [h for h in hedges if h.lower() in clause[:cut]]


def defines_condition(text: str) -> bool:
    """Whether the sentence opens by defining a condition and says what it can do
    ("Sepsis, the body's extreme response to an infection, can quickly lead to organ
    failure and death"): background knowledge, not a finding of the study."""
    return bool(_DEFINED_CONDITION.match(text))


def reports_methods(ctx: RuleContext, index: int) -> bool:
    """Whether the sentence's best match is a background, aims or methods statement
    (a finding reached only through :func:`finding_matches`' second look)."""
    pf = facts(ctx)
    rel = relevant_matches(ctx, index)
    top = rel[0].statement if rel else -1
    return 0 <= top < len(pf.background) and pf.background[top]


def restates_background(ctx: RuleContext, index: int) -> bool:
    """Whether the sentence's best match is a background statement of the paper (which
    ranks below the findings by weight, so ranking first means it is what is said)."""
    a = alignment_of(ctx, index)
    if a is None or not a.matches:
        return False
    return ctx.paper.statements[a.matches[0].statement].is_context


def relevant_matches(ctx: RuleContext, index: int) -> tuple[Match, ...]:
    """The aligned statements that speak of what the sentence speaks of.

    Empty when the sentence has no support; otherwise the best match and any
    within ``RELEVANT_MARGIN`` of it.
    """
    a = alignment_of(ctx, index)
    if a is None or a.support == "none" or not a.matches:
        return ()
    best = a.matches[0].score
    return tuple(m for m in a.matches if m.score >= best - RELEVANT_MARGIN)


def evidence_of(ctx: RuleContext, matches: Sequence[Match]) -> tuple[Evidence, ...]:
    out = []
    for m in matches:
        st = ctx.paper.statements[m.statement]
        out.append(Evidence(st.text, st.section, m.score, st.source))
    return tuple(out)


def first_statement(ctx: RuleContext, pattern: re.Pattern[str]) -> int | None:
    """The index of the paper's first statement that ``pattern`` matches, or None."""
    return next((i for i, st in enumerate(ctx.paper.statements) if pattern.search(st.text)), None)


def statement_evidence(ctx: RuleContext, index: int, score: float = 1.0) -> Evidence:
    """A paper statement (or the title, index -1) as evidence."""
    if index < 0:
        source = ctx.paper.provenance.get("title") or (ctx.paper.sources or ("crossref",))[0]
        return Evidence(ctx.paper.title or "", "title", score, source)
    st = ctx.paper.statements[index]
    return Evidence(st.text, st.section, score, st.source)


def claims(ctx: RuleContext) -> Iterator[tuple[Sentence, Features]]:
    """Release sentences that state a finding, with their features."""
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        if f.is_claim:
            yield s, f


_REPORTED = re.compile(
    r"^\W*(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?(?P<name>[A-Z][\w'-]+)\s+(?:also\s+)?"
    r"(?:says|said|suggests|suggested|notes|noted|cautions|cautioned|argues|argued|adds|added|"
    r"warns|warned|recommends|recommended|urges|urged|believes|thinks|writes|wrote)\b"
)
_OUTSIDE = re.compile(
    r"\b(?P<role>accompanying editorial|editorial|commentary|not involved in (?:the|this) "
    r"(?:study|research|work)|was not part of the (?:study|research)|independent expert)\b",
    re.I,
)


def speaker(ctx: RuleContext, sentence: Sentence) -> str | None:
    """Who a sentence is attributed to: the speaker of a quote, or the subject of
    reported speech ("George also suggests ...") named earlier in the release."""
    if sentence.speaker:
        return sentence.speaker
    m = _REPORTED.match(sentence.text)
    if not m:
        return None
    surname = m.group("name")
    for s in ctx.document.sentences[: sentence.index]:
        if s.speaker and s.speaker.split()[-1] == surname:
            return s.speaker
    # a name met earlier inside a sentence (not a capitalised first word such as "Researchers")
    earlier = any(
        re.search(rf"\S\s+(?:[A-Z][\w.'-]*\s+)*{re.escape(surname)}\b", s.text)
        for s in ctx.document.sentences[: sentence.index]
    )
    return surname if earlier else None


def outside_role(ctx: RuleContext, name: str | None) -> str | None:
    """The role of a speaker from outside the study ("accompanying editorial",
    "not involved in the study"), from the sentence that introduces them."""
    if not name:
        return None
    surname = name.split()[-1]
    for s in ctx.document.sentences:
        if surname in s.text:
            m = _OUTSIDE.search(s.text)
            if m:
                return m.group("role").lower()
    return None


def who(sentence: Sentence, ctx: RuleContext | None = None) -> str:
    """A prefix naming the speaker of a quote or of reported speech, with their role
    when they are from outside the study ("" for plain sentences)."""
    name = speaker(ctx, sentence) if ctx is not None else sentence.speaker
    role = outside_role(ctx, name) if ctx is not None else None
    tag = f"{name} ({role})" if name and role else name
    if sentence.quote:
        return f"In a quote{' from ' + tag if tag else ''}: "
    if tag and ctx is not None:
        return f"Attributed to {tag}: "
    return ""


def quote_words(words: Sequence[str]) -> str:
    return ", ".join(f"'{w}'" for w in words)


def finding_matches(ctx: RuleContext, index: int) -> tuple[Match, ...]:
    """Relevant matches among the paper's results and conclusions (not background,
    aims or methods, which state hypotheses rather than findings)."""
    pf = facts(ctx)

    def finding(m: Match) -> bool:
        return m.statement >= len(pf.background) or not pf.background[m.statement]

    rel = relevant_matches(ctx, index)
    if not rel:
        anchor = lexical_anchor(ctx, index)
        rel = (anchor,) if anchor is not None else ()
    found = tuple(m for m in rel if finding(m))
    if rel and not found:
        # "In a trial of 412 adults, X did Y": the design half of the sentence matches
        # the methods best; the result half is the best result or conclusion, when it
        # matches at least half as well
        a = alignment_of(ctx, index)
        best = rel[0].score
        found = tuple(m for m in (a.matches if a else ()) if finding(m) and m.score >= best / 2)[:1]
    return found


def causal_gap(ctx: RuleContext, index: int, f: Features) -> tuple[Match, ...]:
    """The matches showing that a direct causal claim was stated more weakly
    (correlational or conditional) by the paper; empty when there is no gap."""
    if f.strength < 3 or f.negated or f.hedged or f.null_result or not f.is_claim:
        return ()
    rel = finding_matches(ctx, index)
    strengths = [statement_features(ctx, m.statement).strength for m in rel]
    if rel and strengths[0] in (1, 2) and max(strengths) < 3:
        return rel
    return ()


def lexical_anchor(ctx: RuleContext, index: int, min_overlap: int = 3) -> Match | None:
    """The statement sharing most content words with a release sentence, as a match
    scored by word containment (the larger of the two directions), or None when
    fewer than ``min_overlap`` words or under half of either side are shared.

    A safety net for sentences the aligner leaves without support although one
    statement plainly says the same thing in other order or with extra words."""
    words = content_words(ctx.document.sentences[index].text)
    if not words:
        return None
    best: Match | None = None
    for i, st in enumerate(ctx.paper.statements):
        sw = content_words(st.text)
        n = len(words & sw)
        if n < min_overlap or not sw:
            continue
        score = max(n / len(words), n / len(sw))
        if score >= 0.5 and (best is None or score > best.score):
            best = Match(i, score)
    return best


def anchor_statement(ctx: RuleContext, index: int, min_overlap: int = 3) -> int | None:
    """The paper statement a release sentence reports: its best aligned match, or
    failing that the statement sharing most content words (at least ``min_overlap``)."""
    rel = relevant_matches(ctx, index)
    if rel:
        return rel[0].statement
    words = content_words(ctx.document.sentences[index].text)
    best, best_n = None, min_overlap - 1
    for i, st in enumerate(ctx.paper.statements):
        n = len(words & content_words(st.text))
        if n > best_n:
            best, best_n = i, n
    return best
