"""Advice the paper does not give."""

from __future__ import annotations

from collections.abc import Iterator

from spin.model import Evidence, Finding
from spin.rules.base import Rule, RuleContext, rule
from spin.rules.common import (
    facts,
    outside_role,
    sentence_features,
    speaker,
    statement_features,
    who,
)

__all__ = ["RULES", "advice_not_in_source"]

_LEVEL = {0: "no advice", 1: "weak advice", 2: "strong advice"}
_TO = {
    "readers": "to readers",
    "clinicians": "to clinicians",
    "policy": "to policy makers",
    "researchers": "to researchers",
}


@rule(
    "A101",
    "advice-not-in-source",
    "advice_not_in_source",
    "warning",
    "Advice or a recommendation stronger than anything in the paper.",
)
def advice_not_in_source(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The release gives advice ("people should", "doctors should consider",
    "we recommend") stronger than any advice in the paper.

    Sumner et al. (BMJ 2014) found exaggerated advice in 40% of health press
    releases, and news stories were 6.5 times more likely to exaggerate advice
    when the release did.  Advice strength follows Li, Wang & Yu (EMNLP 2021):
    none, weak ("may consider"), strong ("should").  Quotes count: advice in
    a spokesperson's quote is still the release's advice, attributed to the
    speaker, and when the speaker is from outside the study (an editorial
    writer) the message says so.  Cautionary advice (be careful, wait for more
    research, talk to a doctor before changing treatment) does not go beyond
    the evidence and is not flagged, nor is a sentence without a word that
    advises ("should", "recommend", "consider", an imperative): "patients
    urgently need new treatments" and "could be a cure" recommend nothing.
    """
    pf = facts(ctx)
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        if f.advice <= pf.max_advice or f.cautionary:
            continue
        cue = f" ('{f.advice_cues[0]}')" if f.advice_cues else ""
        to = f" {_TO[f.advice_to]}" if f.advice_to in _TO else ""
        paper_advice = [
            i
            for i in range(len(ctx.paper.statements))
            if statement_features(ctx, i).advice == pf.max_advice and pf.max_advice
        ]
        ev = ctx.evidence_for(s.index, limit=1)
        if paper_advice:
            st = ctx.paper.statements[paper_advice[0]]
            ev = (Evidence(st.text, st.section, 1.0, st.source),)
        name = speaker(ctx, s)
        role = outside_role(ctx, name)
        whose = (
            f" This is the opinion of {name}, who is not an author of the study ({role})."
            if role
            else ""
        )
        yield self.finding(
            f"{who(s, ctx)}Gives {_LEVEL[f.advice]}{to}{cue}; the paper gives "
            f"{_LEVEL[pf.max_advice]}.{whose}",
            sentence=s,
            evidence=ev,
            severity="info" if f.advice == 1 else None,
            suggestion="Keep to what the paper recommends, or make clear whose opinion "
            "the advice is and that the study did not test it.",
        )


RULES: tuple[Rule, ...] = (advice_not_in_source,)
