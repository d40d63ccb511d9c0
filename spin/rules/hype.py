"""Hype and novelty: promotional wording and claims of being first."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spin.claims import analyze
from spin.model import Finding
from spin.rules.base import Rule, RuleContext, rule
from spin.rules.common import facts, sentence_features, statement_features, who

__all__ = ["RULES", "hype", "novelty_claim"]

_NEG_BEFORE = re.compile(r"\b(?:not|n't|no|never|hardly)\s+(?:\w+\s+){0,2}$", re.I)


_INFLECTIONS = ("d", "ed", "s", "es", "ing")


def _stem(word: str) -> str:
    w = word.lower()
    for suffix in ("ally", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


@rule("H101", "hype", "hype", "warning", "Promotional or sensational wording.")
def hype(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """Promotional or sensational words ("groundbreaking", "miracle", "a
    cure", "game-changer", "holy grail", "remarkable", "dramatically") that
    describe the research rather than report it.

    The words come from the hype adjectives of Millar, Batalo & Budgell
    (JAMA Netw Open 2022), by category (novelty, importance, rigour, scale,
    utility, quality, attitude), and the 25 positive words whose use in
    PubMed abstracts rose 880% between 1974 and 2014 (Vinkers, Tijdink & Otte,
    BMJ 2015); the nouns and phrases of press-release hype ("cure",
    "miracle", "game-changer", "holy grail", "wonder drug") are the
    project's own additions, filed under the Millar category they fit.
    Sensational words are warnings, promotional ones information.  A word the
    paper itself uses, in any inflection ("cured" for "cure"), is not the
    release's spin and is not flagged, nor a negated one ("there is no
    cure"); quotes are flagged and attributed to the speaker.
    """
    pf = facts(ctx)
    paper_stems = {_stem(w) for w in pf.vocabulary}

    def papers(word: str) -> bool:
        """The paper uses the word, in this form or inflected ("cure" and "cured")."""
        stem = _stem(word.split()[0])
        return stem in paper_stems or any(stem + e in pf.vocabulary for e in _INFLECTIONS)

    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        words = [
            h for h in f.hype if not papers(h.word) and not _NEG_BEFORE.search(s.text[: h.start])
        ]
        if not words:
            continue
        listed = ", ".join(dict.fromkeys(f"'{h.word}'" for h in words))
        cats = ", ".join(dict.fromkeys(h.category.lower() for h in words if h.category))
        yield self.finding(
            f"{who(s, ctx)}Hype: {listed} ({cats}); the paper does not use "
            f"{'this word' if len(words) == 1 else 'these words'}.",
            sentence=s,
            evidence=ctx.evidence_for(s.index, limit=1),
            severity="warning" if any(h.level >= 2 for h in words) else "info",
            suggestion="Describe what was found and let the result speak for itself.",
        )


#: novelty told as acclaim rather than priority: backed only by the paper's own word
_ACCLAIM = re.compile(r"breakthrough|paradigm shift|pioneering|game[- ]chang", re.I)


@rule(
    "H102",
    "novelty-claim",
    "novelty_claim",
    "warning",
    "'First', 'never before', 'breakthrough' not backed by the paper.",
)
def novelty_claim(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The release says the finding is the first of its kind ("the first
    time", "never before", "a breakthrough", "a novel treatment") and the
    paper makes no such claim.

    Priority claims are facts that the paper and its references must back;
    novelty is the commonest hype category in Millar et al. (JAMA Netw Open
    2022) and "novel", "unprecedented" and "groundbreaking" are among the
    words Vinkers et al. (BMJ 2015) saw multiply.  Backed when a paper
    statement itself claims novelty ("the first study to", "novel", "not
    previously reported"; not "the first phase"); that backs a claim of priority, but
    not acclaim the paper never gives itself ("a major breakthrough" for a
    "first-in-human" trial).
    """
    paper_novel = any(
        statement_features(ctx, i).novelty
        or re.search(
            # (a bare "first" is not one: "the first phase begins with ...")
            # "61 of which had not been previously reported"
            r"\b(?:novel|previously unknown|not (?:been )?previously|unprecedented|"
            r"newly (?:identified|discovered|described))\b",
            ctx.paper.statements[i].text,
            re.I,
        )
        for i in range(len(ctx.paper.statements))
    ) or bool(ctx.paper.title and analyze(ctx.paper.title).novelty)
    paper_text = " ".join([ctx.paper.title or "", *(st.text for st in ctx.paper.statements)])
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        cues = [c for c in f.novelty if not _NEG_BEFORE.search(s.text[: s.text.lower().find(c)])]
        if paper_novel:
            # a paper that claims a first ("first-in-human") backs "the first", not
            # acclaim it never gives itself ("a major breakthrough")
            cues = [
                c for c in cues
                if _ACCLAIM.search(c) and not re.search(rf"\b{re.escape(c)}\b", paper_text, re.I)
            ]  # fmt: skip
        if not cues:
            continue
        yield self.finding(
            f"{who(s, ctx)}Claims novelty ({', '.join(repr(c) for c in cues)}); the paper makes "
            "no such claim.",
            sentence=s,
            evidence=ctx.evidence_for(s.index, limit=1),
            suggestion="Drop the claim, or cite where the paper says it is the first.",
        )


RULES: tuple[Rule, ...] = (hype, novelty_claim)
