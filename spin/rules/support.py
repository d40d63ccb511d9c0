"""Support: release claims with no matching statement in the paper."""

from __future__ import annotations

from collections.abc import Iterator

from spin.model import Finding
from spin.rules.base import Rule, RuleContext, rule

__all__ = ["RULES", "unsupported_claim"]


def _is_claim(ctx: RuleContext, index: int) -> bool:
    """Whether a release sentence makes a claim about findings (not scene-setting)."""
    feats = ctx.sentence_features
    if feats and index < len(feats):
        return bool(getattr(feats[index], "is_claim", True))
    return len(ctx.document.sentences[index].text.split()) >= 6


@rule(
    "U101",
    "unsupported-claim",
    "unsupported_claim",
    "warning",
    "A claim with no matching statement in the paper.",
)
def unsupported_claim(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A release sentence that states a finding no statement of the paper supports.

    Each release sentence is aligned with every statement of the paper (the
    abstract, or the full text when a PDF is given).  A sentence that makes a
    claim and finds no statement above the weak-support threshold is either
    said nowhere in the paper or said in words so different that a reader
    cannot check it.  Sumner et al. (BMJ 2014) found that much of the
    exaggeration in news starts in the press release; a claim the paper does
    not make is the plainest case.  With only an abstract, the full text may
    still support the claim: read the paper (``--paper paper.pdf``) to be sure.
    """
    sentences = ctx.document.sentences
    for a in ctx.alignment:
        if a.support != "none" or not _is_claim(ctx, a.sentence):
            continue
        s = sentences[a.sentence]
        yield self.finding(
            "No statement in the paper supports this claim.",
            sentence=s,
            evidence=ctx.evidence_for(a.sentence, limit=1),
            suggestion="Quote or paraphrase what the paper itself reports, or cut the claim.",
        )


RULES: tuple[Rule, ...] = (unsupported_claim,)
