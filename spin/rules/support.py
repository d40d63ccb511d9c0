"""Support: release claims with no matching statement in the paper."""

from __future__ import annotations

from collections.abc import Iterator

from spin.claims import content_words
from spin.model import Finding
from spin.rules.base import Rule, RuleContext, rule
from spin.rules.common import lexical_anchor, outside_role, speaker, who

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
    Sentences that only set the scene (background, aims, methods, attribution)
    are not claims, and a sentence most of whose content words stand in one
    statement of the paper is a rewording, not an unsupported claim.  With only
    the abstract, a claim on a topic the abstract touches is reported at info
    level (the detail may be in the full text); one on a topic the paper never
    mentions is a warning.  The opinion of someone from outside the study (the
    writer of an accompanying editorial, an expert not involved in it), quoted
    or reported as theirs, is information only and the message says whose it
    is.
    """
    sentences = ctx.document.sentences
    statement_words = [content_words(st.text) for st in ctx.paper.statements]
    full_text = bool(ctx.paper.sections)
    for a in ctx.alignment:
        if a.support != "none" or not _is_claim(ctx, a.sentence):
            continue
        s = sentences[a.sentence]
        if lexical_anchor(ctx, a.sentence, min_overlap=3) is not None:
            continue  # one statement holds most of its words: reworded, not unsupported
        words = content_words(s.text)
        on_topic = any(len(words & sw) >= 2 for sw in statement_words)
        name = speaker(ctx, s)
        role = outside_role(ctx, name)
        if role:
            # an outside commentator's opinion, attributed: not the paper's claim
            yield self.finding(
                f"{who(s, ctx)}An opinion of {name}, who is not an author of the study; the "
                "paper does not address it, and the release attributes it rather than "
                "presenting it as a finding.",
                severity="info",
                sentence=s,
                evidence=ctx.evidence_for(a.sentence, limit=1),
                suggestion="Keep it clearly attributed to the commentator, apart from the "
                "study's results.",
            )
            continue
        yield self.finding(
            f"{who(s, ctx)}No statement in the paper supports this claim"
            + ("." if full_text else " (the abstract, at least)."),
            severity="info" if on_topic and not full_text else None,
            sentence=s,
            evidence=ctx.evidence_for(a.sentence, limit=1),
            suggestion="Quote or paraphrase what the paper itself reports, or cut the claim.",
        )


RULES: tuple[Rule, ...] = (unsupported_claim,)
