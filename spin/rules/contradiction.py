"""Contradicted claims: an effect claimed where the paper found none."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spin.claims import analyze, content_words
from spin.model import Finding
from spin.rules.base import Rule, RuleContext, rule
from spin.rules.common import (
    EFFECT_WORDS,
    claims,
    evidence_of,
    finding_matches,
    reports_methods,
    statement_features,
    who,
)

__all__ = ["RULES", "contradicted_claim"]


#: the release itself says the effect did not happen, with a pro-form rather than
#: the effect verb: "hoping to protect their heart, and it did not do that"
_DENIED = re.compile(
    r"\b(?:did|does|do)(?:\s+not|n[\u2019']t)\s+(?:do\s+(?:that|this|so|it)|work|help)\b"
    r"|\b(?:did|does|do)(?:\s+not|n[\u2019']t)\s*(?:[.,;:!\u201d\"]|$)",
    re.I,
)

#: where one clause of a statement ends and another begins: "X ran 38% longer (p=0.001);
#: walking speed did not differ (p=0.24)"
_CLAUSES = re.compile(r";\s+|,?\s+(?:while|whereas|but)\s+|\.\s+|\s+and\s+(?=\d)")


def _reports_null_part(sentence: str, statement: str) -> bool:
    """Whether the sentence reports the null clause of a statement that also reports
    effects ("... ran 38% longer ...; maximal walking speed did not differ"): not when
    it shares more words with a clause that reports an effect."""
    clauses = [c for c in _CLAUSES.split(statement) if content_words(c)]
    null = [c for c in clauses if analyze(c).null_result]
    other = [c for c in clauses if c not in null]
    if not null or not other:
        return True
    mine = content_words(sentence)
    return max(len(mine & content_words(c)) for c in null) >= max(
        len(mine & content_words(c)) for c in other
    )


def _opens_effect(ctx: RuleContext, index: int) -> bool:
    """Whether the sentence opens a paragraph whose next sentence reports, with the
    paper's support, an effect the paper did find ("The supplement did raise vitamin D
    in the blood. By the end of the trial, average levels were 86 nmol/L ...")."""
    from spin.rules.support import opens_supported

    if not opens_supported(ctx, index):
        return False
    after = finding_matches(ctx, index + 1)
    return bool(after) and not statement_features(ctx, after[0].statement).null_result


#: an effect asked about, not claimed: "on whether giving breakfast makes a difference"
_QUESTION = re.compile(r"\bwhether\b", re.I)


#: one said to beat the other: "a more effective strategy than", "better than",
#: "outperformed", "superior to"
_BETTER = re.compile(
    r"\b(?:more|less) (?:effective|successful|efficient|useful|powerful|beneficial)\b[^.]{0,60}"
    r"\bthan\b|\b(?:better|greater benefit|superior) (?:than|to)\b|\boutperform\w*|\bbeats?\b|"
    r"\bbeat\b",
    re.I,
)
#: the paper's word that the two did alike: "weight loss similar to", "comparable to",
#: "equivalent", "no better than"
_SIMILAR = re.compile(
    r"\b(?:similar|comparable|equivalent|non-?inferior) (?:to|with|between|in)\b|"
    r"\bequivalen(?:t|ce)\b|\bno better than\b|\bdid not differ\b|\bno (?:significant )?"
    r"difference between\b",
    re.I,
)


_TREND = re.compile(r"\btrend(?:s|ed|ing)?\b|\bapproached significance\b", re.I)


@rule(
    "U102",
    "contradicted-claim",
    "contradicted_claim",
    "error",
    "An effect claimed where the paper reports no significant difference.",
)
def contradicted_claim(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The release claims an effect ("reduced", "improved", "lowers the risk") where the
    paper's statement of the same comparison reports none: no significant difference,
    not associated, did not reduce.

    Reporting a non-significant primary outcome as a benefit is the classic spin of
    Boutron et al. (JAMA 2010) and of Yavchitz et al. (PLoS Med 2012), who found that
    spin in abstracts carried into press releases and news. The release sentence must
    itself state the effect plainly (not negated, and not as a caution or a call for
    more research); a release that reports the null result ("did not reduce fractures",
    or "hoping to protect their heart, and it did not do that") is faithful and never
    flagged.  When the paper's statement reports effects and a null result in separate
    clauses ("ran 38% longer ...; walking speed did not differ"), only a sentence closer
    to the null clause is flagged, and a sentence sharing no word with the statement
    (matched by an embedding on its topic) is not about the same comparison.  Nor is a
    sentence that reports the methods (its best match is a methods statement) and uses
    no word of effect: "the researchers identified 137,412 adults who started statin
    treatment" claims nothing, nor one that asks whether there is an effect.  Nor is a
    short sentence that opens a paragraph whose next sentence reports, with the paper's
    support, an effect the paper did find ("The supplement did raise vitamin D in the
    blood." before the levels it reached): it is judged with what it leads into.  A
    "trend towards" an effect that the paper found non-significant is flagged too
    (Boutron & Ravaud, PNAS 2018, list it among the commonest forms of spin), and so
    is one treatment said to beat another ("a more effective strategy than cutting
    calories") where the paper found them similar.
    """
    for s, f in claims(ctx):
        effect = f.strength >= 1 or EFFECT_WORDS.search(s.text) or _TREND.search(s.text)
        if f.negated or f.null_result or not effect or _DENIED.search(s.text):
            continue
        if f.cautionary:
            continue  # "the authors caution that recall could have made the link look stronger"
        rel = finding_matches(ctx, s.index)
        if not rel:
            continue
        if not EFFECT_WORDS.search(s.text) and reports_methods(ctx, s.index):
            continue  # "the researchers identified 137,412 adults who started statins"
        if _QUESTION.search(s.text):
            continue  # "little evidence on whether giving breakfast makes a difference"
        best = statement_features(ctx, rel[0].statement)
        # "a more effective strategy than cutting calories" where the paper found the two
        # "similar": a comparison the paper found no difference in
        better = bool(_BETTER.search(s.text)) and bool(_SIMILAR.search(best.text))
        if not better and (not best.null_result or not _reports_null_part(s.text, best.text)):
            continue
        if not content_words(s.text) & content_words(best.text):
            continue  # ranked by topic (an embedding), not about the same comparison
        if _opens_effect(ctx, s.index):
            continue  # "The supplement did raise vitamin D." before the levels it reached
        claim = (
            "Presents a non-significant result as a trend towards an effect"
            if _TREND.search(s.text)
            else "Says one did better than the other"
            if better
            else "Claims an effect"
        )
        yield self.finding(
            f"{who(s, ctx)}{claim}, but the paper "
            + (
                "found no difference between them."
                if better
                else "reports no significant effect here."
            ),
            sentence=s,
            evidence=evidence_of(ctx, rel[:2]),
            suggestion="Report the result as the paper does: "
            f"\u201c{ctx.paper.statements[rel[0].statement].text}\u201d",
        )


RULES: tuple[Rule, ...] = (contradicted_claim,)
