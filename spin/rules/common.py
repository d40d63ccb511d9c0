"""Helpers shared by the rule families (not rules themselves)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spin.claims import (
    Features,
    PaperFacts,
    ReleaseFacts,
    analyze,
    content_words,
    paper_facts,
    release_facts,
)
from spin.model import Alignment, Evidence, Match, Sentence
from spin.rules.base import RuleContext

#: a match within this distance of the best one speaks of the same thing
RELEVANT_MARGIN = 0.08


def sentence_features(ctx: RuleContext, index: int) -> Features:
    feats = ctx.sentence_features
    if feats and index < len(feats):
        f = feats[index]
        if isinstance(f, Features):
            return f
    return analyze(ctx.document.sentences[index].text)


def statement_features(ctx: RuleContext, index: int) -> Features:
    feats = ctx.statement_features
    if feats and index < len(feats):
        f = feats[index]
        if isinstance(f, Features):
            return f
    return analyze(ctx.paper.statements[index].text)


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


def who(sentence: Sentence) -> str:
    """A prefix naming the speaker of a quote ("" for plain sentences)."""
    if sentence.quote:
        return f"In a quote{' from ' + sentence.speaker if sentence.speaker else ''}: "
    return ""


def quote_words(words: Sequence[str]) -> str:
    return ", ".join(f"'{w}'" for w in words)


def finding_matches(ctx: RuleContext, index: int) -> tuple[Match, ...]:
    """Relevant matches among the paper's results and conclusions (not background,
    aims or methods, which state hypotheses rather than findings)."""
    pf = facts(ctx)
    rel = relevant_matches(ctx, index)
    if not rel:
        anchor = lexical_anchor(ctx, index)
        rel = (anchor,) if anchor is not None else ()
    return tuple(
        m for m in rel if m.statement >= len(pf.background) or not pf.background[m.statement]
    )


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
