"""Contradicted claims: an effect claimed where the paper found none."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spin.claims import PREFERRED_OVER, Quantity, analyze, content_words, extract_numbers
from spin.model import Evidence, Finding, Match, Sentence, Statement
from spin.rules.base import Rule, RuleContext, rule
from spin.rules.common import (
    EFFECT_WORDS,
    alignment_of,
    claims,
    evidence_of,
    finding_matches,
    hedges_at,
    reports_methods,
    sentence_features,
    statement_features,
    who,
)

__all__ = ["RULES", "contradicted_claim", "secondary_as_main"]


#: the release itself says the effect did not happen, with a pro-form rather than
#: the effect verb: "hoping to protect their heart, and it did not do that"
_DENIED = re.compile(
    r"\b(?:did|does|do)(?:\s+not|n[\u2019']t)\s+(?:do\s+(?:that|this|so|it)|work|help)\b"
    # (not a group: "among those who did not")
    r"|(?<!who )(?<!that )\b(?:did|does|do)(?:\s+not|n[\u2019']t)\s*(?:[.,;:!\u201d\"]|$)"
    # "Fasting on its own had only a small effect": no effect claimed beyond the paper's
    r"|\b(?:had|has|have|showed|made)\s+(?:only|just)\s+(?:a\s+)?(?:small|slight|modest|minor|"
    r"marginal)\s+(?:effect|difference|benefit|impact)\b|\blittle or no (?:effect|difference)\b"
    # "Smell and taste changes ... also fell short": failed, no effect claimed
    r"|\b(?:fell|fall|falls|falling)\s+short\b|\bfail(?:ed|s)?\s+to\s+(?:reach|meet|make)\b",
    re.I,
)

_NUMERICALLY = re.compile(r"\bnumerically\b", re.I)
#: one of the study's arms named: "those in induction homes", "children in the app group"
_ARM_NAMED = re.compile(
    r"\b(?:those|children|patients|participants|people|families|women|men|adults)\s+(?:in|on|"
    r"given|assigned to)\s+(?:the\s+)?[\w-]+\s+(?:homes|group|arm|condition)\b",
    re.I,
)
#: where one clause of a statement ends and another begins: "X ran 38% longer (p=0.001);
#: walking speed did not differ (p=0.24)"
#: "was associated with a shorter stay ..., with no difference in readmissions"
_CLAUSES = re.compile(
    r";\s+(?![^()]*\))|,?\s+(?:while|whereas|but|although|though)\s+|\.\s+|\s+and\s+(?=\d)|"
    r",\s+(?=with\s+no\b)|"
    # "improved the sensitivity ... without a statistically significant change in specificity"
    r"\s+(?=without\s+(?:a\s+|any\s+)?(?:statistically\s+)?significant\b)|"
    # "... than placebo (high certainty) and, unlike topiramate, were not associated with"
    r"\s+and,\s+|"
    # "..., with lower corn yields and no statistically significant difference in net returns"
    r"\s+and\s+(?=no\s+(?:statistically\s+)?significant\b)|"
    # "... (OR 1.07; p for interaction = 0.02), and was not statistically significant in
    # those aged 65 years and older"
    r"\),?\s+and\s+(?=(?:was|were|is|are|did|had)\s+not\b)|"
    # "..., although the confidence interval was wide and the difference in responder
    # rates was not statistically significant"
    r"\s+and\s+(?=the\s+(?:difference|effect|association|change)s?\s+(?:in|on|for)\b)|"
    # "..., with an inverted U-shaped dose-response and no effect at 20 mg/L"
    r"\s+and\s+(?=no\s+(?:effect|difference|change|benefit)\b)|"
    # "... was not associated with a change in 30-day mortality and was associated with a
    # small decline in readmissions"
    r"\s+and\s+(?=(?:was|were|is|are)\s+(?:(?:also|significantly)\s+)?(?:associated|linked)\b)|"
    # "..., and had no detectable effect on secondary outcomes"
    r",?\s+and\s+(?=(?:had|has|have|showed|shows)\s+no\b)|"
    # "..., and accuracy did not differ significantly between Black and non-Black
    # participants": a clause with its own subject
    r",\s+and\s+(?=[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:did|does|do|was|were|is|are)\s+not\b)|"
    # "... (95% CI 3.2 to 8.4), reductions were greatest in the highest quartile (7.9%; ...),
    # and households in the lowest quartile showed no reduction": a figure's brackets
    # closing its clause
    r"\),\s+(?:and\s+)?(?=[a-z])"
)


_UNLIKE = re.compile(r"\bunlike\s+([^,;]+)", re.I)
_TIME_UNIT = re.compile(r"(?:hour|day|week|month|year|minute)s?$", re.I)


def _backed_by_a_finding(ctx: RuleContext, numbers: list[Quantity], null: Statement) -> bool:
    """Whether a finding of the paper that is not null backs one of the sentence's changes
    or ratios ("3.5 percent fewer" for the primary "IRR 0.965 ...; p<0.001", beside a later
    period's null "IRR 0.982 ...; p=0.09")."""
    from spin.rules.numbers import supports

    told = [q for q in numbers if q.kind in ("multiplier", "ratio", "percent")]
    return any(
        st is not null
        and not st.is_context
        and not st.is_methods
        and not numerically_null(st.text)
        and any(
            supports(q, pq)
            for q in told
            for pq in extract_numbers(st.text)
            if pq.kind in ("ratio", "percent", "multiplier")
        )
        for st in ctx.paper.statements
    )


def _figures_elsewhere(ctx: RuleContext, sentence: str, null_statement: int) -> bool:
    """Whether the sentence's figures (two or more) are none of the null statement's and
    all of another finding's, which reports no null ("about 127 ... compared with about
    132 per 1,000" for "127.3 vs 131.9 items per 1,000 (IRR 0.965 ...)" beside a later
    period's null)."""
    from spin.rules.numbers import supports

    # (not a rate's denominator: "per 1,000")
    # (nor a time: "alive 30 days later" names the outcome the null statement's "30-day
    # survival" names too)
    told = [
        q
        for q in extract_numbers(sentence)
        if (q.kind != "number" or q.value > 10)
        and q.value not in (100, 1000, 10000, 100000)
        and not re.search(r"\bper\s*$", sentence[: q.start])
        and not (q.kind == "measure" and _TIME_UNIT.match(q.unit or ""))
    ]
    if len(told) < 2:
        return False
    statements = ctx.paper.statements
    theirs = extract_numbers(statements[null_statement].text)
    if any(supports(q, pq) for q in told for pq in theirs):
        return False
    return any(
        not st.is_context
        and not numerically_null(st.text)
        and sum(any(supports(q, pq) for pq in extract_numbers(st.text)) for q in told) >= 2
        for i, st in enumerate(statements)
        if i != null_statement
    )


def _reports_null_part(sentence: str, statement: str) -> bool:
    """Whether the sentence reports the null clause of a statement that also reports
    effects ("... ran 38% longer ...; maximal walking speed did not differ"): not when
    it shares more words with a clause that reports an effect."""
    clauses = [c for c in _CLAUSES.split(statement) if content_words(c)]
    # ("Asthma control improved numerically ..., but the difference was not statistically
    # significant": a numerical change is the null result's)
    # (for a sentence without figures: one with figures is judged by them)
    figures = bool(extract_numbers(sentence))
    null = [
        c for c in clauses if analyze(c).null_result or (_NUMERICALLY.search(c) and not figures)
    ]
    other = [c for c in clauses if c not in null]
    mine = content_words(sentence)
    unlike = [m.group(1) for c in null for m in _UNLIKE.finditer(c)]
    if any(mine & content_words(u) for u in unlike):
        # "topiramate stopped treatment ..." for "..., unlike topiramate and propranolol,
        # were not associated with more discontinuations": the contrast had the effect
        return False
    if not null or not other:
        return True
    best_null = max(len(mine & content_words(c)) for c in null)
    best_other = max(len(mine & content_words(c)) for c in other)
    if best_null == best_other:
        # a tie goes to the clause that names the sentence's subject ("Diazepam, by
        # contrast, cut the distance ..." for "... did not differ ..., whereas diazepam
        # reduced it by 21%")
        subject = next(iter(content_words(" ".join(sentence.split()[:2]))), None)
        if subject and any(subject in content_words(c) for c in other):
            return False
    return best_null >= best_other


def _known_from_background(ctx: RuleContext, index: int, rel: tuple[Match, ...]) -> bool:
    """Whether one of the sentence's matches is a background statement that reports an
    effect and matches at least as well, its background weight undone, as the finding it
    would be judged against ("Low-dose aspirin lowers the chance of a repeat heart attack in people
    who already have cardiovascular disease" for the paper's own first sentence, beside a
    null trial in people without it)."""
    from spin.align import CONTEXT_WEIGHT

    if _ARM_NAMED.search(ctx.document.sentences[index].text):
        return False  # "those in induction homes scoring ... higher": this study's arms
    a = alignment_of(ctx, index)
    for m in a.matches if a is not None else ():
        st = ctx.paper.statements[m.statement]
        if not st.is_context or m.score / CONTEXT_WEIGHT < rel[0].score:
            continue
        sf = statement_features(ctx, m.statement)
        # an effect the paper states as known: not hedged, denied or only reported ("users
        # report improvements in mood", "is widely promoted", "its effectiveness is uncertain"),
        # in the clause before any "but"
        if (
            sf.strength >= 1
            and not (sf.hedged or sf.negated or sf.null_result)
            and not _HEARSAY.search(re.split(r",\s+(?:but|whereas|although|yet)\b|;", st.text)[0])
        ):
            return True
    return False


#: people who already have the condition: "people who have already had a heart attack"
_ALREADY_ILL = re.compile(
    r"\b(?:already\s+(?:have|had|has|living with)|who\s+have\s+had|with\s+(?:established|"
    r"existing|prior|a history of))\b",
    re.I,
)
#: a paper whose findings leave them out: "They do not apply to people with established
#: cardiovascular disease"
_NOT_FOR_THE_ILL = re.compile(
    r"\b(?:do|does|may|might)\s+not\s+apply\s+to\s+(?:people|patients|those|adults|"
    r"participants)\s+with\s+(?:established|existing|prior|known|a history of)\b",
    re.I,
)
#: what a background statement reports as said or believed, or asks (an aim), not as known
_HEARSAY = re.compile(
    r"\b(?:report\w*|popular|promoted|claim\w*|believ\w*|marketed|touted|uncertain|unclear|"
    r"debated|unknown|controversial|whether|if)\b|"
    # an aim: "We assessed whether daily low-dose aspirin prolongs disability-free survival"
    r"\b(?:we|this study|the study|the trial)\s+(?:\w+\s+)?(?:assess|aim|sought|investigat|test|"
    r"examin|evaluat|compar|explor|determin|hypothesi)\w*",
    re.I,
)


def _qualified_next(ctx: RuleContext, index: int) -> bool:
    """Whether the next sentence of the paragraph says the difference just told may be
    chance ("However, that difference was small enough that it could have been due to
    chance")."""
    sentences = ctx.document.sentences
    if index + 1 >= len(sentences) or sentences[index + 1].line > sentences[index].end_line:
        return False
    nxt = sentences[index + 1]
    told = _BACK_TO_IT.match(nxt.text) or (
        _BUT.match(nxt.text) and _NOT_SIGNIFICANT.search(nxt.text)
    )
    return bool(told) and sentence_features(ctx, index + 1).null_result


#: "But the researchers stress that the apparent speed-up was not statistically
#: significant": the difference just told, said to be within chance
_BUT = re.compile(r"^\W*(?:however|but|yet)\b", re.I)
_NOT_SIGNIFICANT = re.compile(
    r"\bnot\s+(?:statistically\s+)?significant|\b(?:due to|by) chance\b", re.I
)
#: a sentence that speaks of the difference just told: "However, that difference ..."
_BACK_TO_IT = re.compile(
    r"^\W*(?:however|but|yet)?,?\s*(?:that|this|the)\s+(?:difference|gap|reduction|increase|"
    r"effect|change|benefit)\b",
    re.I,
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


def _names_found_effect(ctx: RuleContext, text: str, null_text: str) -> bool:
    """Whether the sentence names, in words the null statement lacks, what another
    result of the paper found an effect on ("better at distinguishing musical pitches",
    where "Pitch discrimination improved in the music arm" and working memory did not
    differ): it is about that result, not the null one."""
    # words compared by their first five letters ("pitches", "pitch")
    own = {w[:5] for w in content_words(text) - _GENERIC_EFFECT_WORDS} - {
        w[:5] for w in content_words(null_text)
    }
    if not own:
        return False
    # a sentence that names the null result's own outcome ("Children's asthma improved" for
    # "Asthma control improved numerically ..., but ... not statistically significant") is
    # about it, whatever else it names
    null_subject = {w[:5] for w in content_words(" ".join(re.findall(r"[\w'-]+", null_text)[:2]))}
    null_subject -= {w[:5] for w in _GENERIC_EFFECT_WORDS}
    mine = {w[:5] for w in content_words(text.replace("-", " "))}
    if len(null_subject) >= 2 and null_subject <= mine:
        return False
    for i, st in enumerate(ctx.paper.statements):
        if st.is_context or st.text == null_text or "method" in st.section.lower():
            continue
        f = statement_features(ctx, i)
        # (a result with a null aside is a result: "Frontal theta/beta ratio decreased
        # more with neurofeedback (...; p=0.003), but this change was not correlated with
        # symptom change (r=0.08, p=0.37)")
        if ((f.null_result or f.negated) and not _significant_p(st.text)) or f.strength < 1:
            continue
        # what the other result is about: its subject, the first words before its verb
        # (four words where a slash joins two: "Frontal theta/beta ratio decreased")
        words = re.findall(r"[\w'-]+", st.text)
        slashed = "/" in " ".join(st.text.split(" ", 3)[:3])
        subject = " ".join(words[: 4 if slashed else 3])
        if own & {w[:5] for w in content_words(subject)}:
            return True
    return False


def _significant_p(text: str) -> bool:
    """Whether a statement gives a p-value below 0.05 ("p=0.003", "p<0.001")."""
    return any(
        q.kind == "p_value"
        and (q.value < 0.05 or (q.approx in ("<", "\u2264") and q.value <= 0.05))
        for q in extract_numbers(text)
    )


#: words of any result, by their first six letters, not of what it is about
_GENERIC6 = frozenset(
    ["percen", "nearly", "about", "roughly", "around", "almost", "lower", "higher", "reduce",
     "reduct", "increa", "risk", "odds", "rate", "ratio", "group", "partic", "patien"]
)  # fmt: skip


#: words of any result, not of what it is about
_GENERIC_EFFECT_WORDS = frozenset(
    ["better", "worse", "markedly", "main", "finding", "trial's", "study's", "higher", "lower",
     "more", "less", "improved", "improve", "effect", "group", "children", "people",
     "participants", "patients", "adults", "year", "week", "month", "result",
     # (a subject's opening preposition names nothing: "Among low-income uninsured adults")
     "among", "within", "after", "before", "during", "across"]
)  # fmt: skip


#: an effect asked about, not claimed: "on whether giving breakfast makes a difference",
#: "trial ... looks at who might benefit"
_QUESTION = re.compile(
    r"\bwhether\b|\b(?:looks?|looking|looked) at (?:who|how|which)\b|"
    r"\b(?:asks?|asked|explores?|explored|examines?|examined|investigates?|investigated)\s+"
    r"(?:who|how|which|if)\b",
    re.I,
)
#: the purpose of a design choice: "so that the effect of simply having an extra, engaging
#: activity could be taken into account"
_PURPOSE = re.compile(
    r"\bso that\b[^.;]{0,100}\b(?:could|can|would|might)\s+be\s+(?:taken into account|"
    r"separated|compared|measured|controlled|ruled out)\b|\btaken into account\b",
    re.I,
)
#: an effect denied as a reason: "gives people over 50 no reason to start taking fish-oil
#: capsules to protect their heart"
_NO_REASON = re.compile(r"\bno (?:reason|grounds?|need|case) (?:to|for)\b", re.I)


#: one said to beat the other: "a more effective strategy than", "better than",
#: "outperformed", "superior to"
#: one option preferred to another: "participants also favoured a community pharmacy over
#: their GP practice"
_PREFERRED = re.compile(rf"\b{PREFERRED_OVER}\b", re.I)
_BETTER = re.compile(
    r"\b(?:more|less) (?:effective|successful|efficient|useful|powerful|beneficial)\b[^.]{0,60}"
    r"\bthan\b|\b(?:better|greater benefit|superior) (?:than|to)\b|\boutperform\w*|"
    # "the video had pulled ahead of the label", "gives longer-lasting protection than"
    r"\b(?:pulled|moved|edged|stayed|came out) ahead of\b|\bthe edge over\b|"
    r"\blonger[- ]lasting\b[^.]{0,40}\bthan\b|"
    # "participants also favoured a community pharmacy over their GP practice"
    rf"\b{PREFERRED_OVER}\b|"
    # not the heart's: "how well the heart fills between beats"
    r"(?<!between )(?<!heart )(?<!the )(?<!per )(?<!skipped )(?<!extra )\bbeats?\b(?!\s+per\b)",
    re.I,
)
#: the paper's word that the two did alike: "weight loss similar to", "comparable to",
#: "equivalent", "no better than"
_SIMILAR = re.compile(
    r"\b(?:similar|comparable|non-?inferior) (?:to|with|between|in)\b|"
    # (not a conversion: "a Bayes factor of 30, equivalent to 3.1σ")
    r"\bequivalen(?:t|ce)\b(?!\s+to\s+(?:a\s+|an\s+|about\s+)?[\d\u2212-])|"
    r"\bno better than\b|\bdid not differ\b|\bno (?:significant )?"
    r"difference between\b|"
    # "the difference between the two interventions was not statistically significant",
    # "could not distinguish between the two interventions"
    r"\bdifference between the (?:two|three) [\w\s-]{0,30}?(?:was|were) not (?:statistically )?"
    r"significant\b|\b(?:could|can)\s*not (?:distinguish|tell apart|separate) between\b",
    re.I,
)


#: the release tells whom the study took: "the researchers enrolled patients aged 70"
_ENROLMENT_TOLD = re.compile(
    r"\b(?:researchers|team|investigators|we|they|scientists)\s+(?:\w+\s+)?(?:enrolled|recruited|"
    r"randomly\s+assigned|randomi[sz]ed|identified)\b",
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
    calories") where the paper found them similar.  A sentence that names, in words the
    null statement lacks, what another result of the paper found an effect on ("made
    children markedly better at distinguishing musical pitches" where pitch
    discrimination improved and working memory did not) is about that result; a
    paragraph's opener that names no outcome ("The lessons did show some effects.") is
    judged with what follows, and the purpose of a design ("so that the effect of simply
    having an extra activity could be taken into account") claims nothing.  A result called
    "significant" is also checked against the paper's statement of that outcome, found by
    the sentence's rarer words, or two of its figures, with the paper's abbreviations
    written out: one the paper reports as not significant, in words or with every p-value
    above 0.05 ("p=0.09"), is flagged.  So is a benefit said to last to a time point ("still
    doing better ... at the 18-week follow-up") where every statement of the paper at that
    time point reports none, and one treatment said to beat another ("outperformed
    topiramate") where every interval of the paper's comparison spans no difference ("-0.6
    (-1.2 to 0.1)"), and one option said to be preferred to another ("favoured a community
    pharmacy over their GP practice") where the paper found they "did not differ".  A
    difference claimed in so many words ("Where ivermectin did make a difference was in
    keeping people out of hospital") is held to the statement it reports even where that
    statement is null only by its p-value ("relative risk 0.78, 95% CI 0.44-1.37; p=0.39"),
    and so is a change that is such a statement's ratio ("trimming erosion there by nearly
    40 percent" for "ratio 0.61, 95% CI 0.35 to 1.08; p=0.09"), found by a word the two
    share where the aligner finds no statement.
    """
    flagged: set[int] = set()
    for s, f in claims(ctx):
        effect = (
            f.strength >= 1
            or EFFECT_WORDS.search(s.text)
            or _TREND.search(s.text)
            or _PREFERRED.search(s.text)
            # (a relative change told: "trimming erosion there by nearly 40 percent")
            or any(q.kind == "percent" and q.change is not None for q in f.numbers)
        )
        if f.negated or f.null_result or not effect or _DENIED.search(s.text):
            continue
        if f.cautionary:
            continue  # "the authors caution that recall could have made the link look stronger"
        rel = finding_matches(ctx, s.index)
        if not rel:
            # (a null ratio the sentence tells as a change, which no aligner tied to it)
            missed = _null_ratio_told(ctx, s.text, f.numbers)
            if missed is None:
                continue
            rel = (Match(missed, 1.0),)
        if (
            not EFFECT_WORDS.search(s.text)
            and not _PREFERRED.search(s.text)
            and reports_methods(ctx, s.index)
        ):
            continue  # "the researchers identified 137,412 adults who started statins"
        if _QUESTION.search(s.text):
            continue  # "little evidence on whether giving breakfast makes a difference"
        if f.hedged and re.match(r"\W*if\b", s.text, re.I):
            continue  # "If tranexamic acid helps these patients, our data suggest it helps
            # most when it is given early": a conditional, hedged

        if _ENROLMENT_TOLD.search(s.text):
            continue  # "the researchers enrolled patients ... admitted for an operation to
            # repair a broken hip": whom the study took
        if _PURPOSE.search(s.text):
            continue  # "sports lessons instead, so that the effect of simply having an extra
            # activity could be taken into account": why the design, not a result
        if "no " in s.text and _NO_REASON.search(s.text):
            continue  # "no reason to start taking fish-oil capsules to protect their heart"
        best = statement_features(ctx, rel[0].statement)
        # (a close second null by its p-values, naming more of the sentence's outcome:
        # "less likely to land in the emergency department or hospital because of alcohol"
        # for "Alcohol-related emergency department visits or hospitalizations ... p=0.21",
        # ranked below a conclusion about alcohol)
        mine6 = {w[:6] for w in content_words(s.text)}
        overlap = [
            len(mine6 & {w[:6] for w in content_words(ctx.paper.statements[m.statement].text)})
            for m in rel[:3]
        ]
        k = max(range(len(overlap)), key=overlap.__getitem__)
        by_p = bool(
            k
            and overlap[k] > overlap[0]
            and null_ratio(ctx.paper.statements[rel[k].statement].text)
        )
        # (or the top statement itself, null by its p-value alone, where the sentence says
        # in so many words that it made a difference: "Where ivermectin did make a
        # difference was in keeping people out of hospital" for "... (relative risk 0.78,
        # 95% CI 0.44-1.37; p=0.39)")
        if not k and _MADE_DIFFERENCE.search(s.text) and null_ratio(best.text):
            by_p = True
        # (or where the sentence tells that ratio as a change: "trimming erosion there by
        # nearly 40 percent" for "(ratio 0.61, 95% CI 0.35 to 1.08; p=0.09)")
        told: int | None = None
        if not k and not by_p and null_ratio(best.text) and _ratio_told(f.numbers, best.text):
            by_p = True
            told = rel[0].statement
        if not by_p and not best.null_result:
            # (or another statement's, which the aligner missed: "Straw worked on moderately
            # burned slopes as well, trimming erosion there by nearly 40 percent" for "On
            # moderate-severity plots, mulched plots yielded 1.9 Mg/ha (ratio 0.61, 95% CI
            # 0.35 to 1.08; p=0.09)")
            told = _null_ratio_told(ctx, s.text, f.numbers)
            if told is not None:
                rel = (Match(told, 1.0), *(m for m in rel if m.statement != told))
                best = statement_features(ctx, told)
                by_p = True
        if by_p:
            rel = (rel[k], *rel[:k], *rel[k + 1 :])
            best = statement_features(ctx, rel[0].statement)
        # "a more effective strategy than cutting calories" where the paper found the two
        # "similar": a comparison the paper found no difference in
        better = bool(_BETTER.search(s.text)) and bool(_SIMILAR.search(best.text))
        # (a statement null by its figures alone counts when it names more of the outcome:
        # "occurred in 96 (0.33%) and 114 (0.39%) patients, respectively (HR 0.84, 95% CI
        # 0.64 to 1.10; p=0.21)")
        if (
            not better
            and not by_p
            and (not best.null_result or not _reports_null_part(s.text, best.text))
        ):
            continue
        if told is None and not content_words(s.text) & content_words(best.text):
            continue  # ranked by topic (an embedding), not about the same comparison
        if told is None and not better and _figures_elsewhere(ctx, s.text, rel[0].statement):
            continue  # "Over the next six months, ... about 127 ... compared with about 132":
            # figures of a statement that reports the effect, not of the null one
        if told is None and not better and _names_found_effect(ctx, s.text, best.text):
            continue  # "made children markedly better at distinguishing musical pitches"
            # where working memory did not differ but pitch discrimination improved
        if _known_from_background(ctx, s.index, rel):
            continue  # the paper's background says it: what was known, not this result
        if _ALREADY_ILL.search(s.text) and any(
            _NOT_FOR_THE_ILL.search(st.text) for st in ctx.paper.statements
        ):
            continue  # "protecting people who have already had a heart attack": the people
            # the paper says its null result does not apply to
        if _opens_effect(ctx, s.index):
            continue  # "The supplement did raise vitamin D." before the levels it reached
        if _qualified_next(ctx, s.index):
            continue  # "Deaths were slightly lower ... However, that difference could have
            # been due to chance": the effect told with its null in the next sentence
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
        flagged.add(s.index)
    yield from _significance_claimed(self, ctx, flagged)
    yield from _null_by_figures(self, ctx, flagged)
    yield from _better_by_intervals(self, ctx, flagged)
    yield from _null_at_time_point(self, ctx, flagged)


#: a difference claimed in so many words: "did make a difference", "keeping people out of
#: hospital"
_MADE_DIFFERENCE = re.compile(
    r"\b(?:did|does|do)\s+make\s+a\s+(?:\w+\s+)?difference\b|"
    r"\bma(?:de|kes?|king)\s+a\s+(?:real|clear|big|measurable|genuine)\s+difference\b|"
    r"\bkeep(?:s|ing)?\s+(?:\w+\s+){0,2}?out\s+of\s+(?:hospital|the\s+hospital|care)\b",
    re.I,
)
#: two values set side by side: "(0.170 vs 0.156)", "9.3 versus 10.4"
_VERSUS = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:[a-z/%]+\s*)?(?:vs\.?|versus)\s*(\d+(?:\.\d+)?)(?![\d.])", re.I
)


def _pair_changes(statement: str) -> list[float]:
    """The relative difference (%) of the first of two values set side by side against
    the second ("(0.170 vs 0.156)": +9%)."""
    out = []
    for m in _VERSUS.finditer(statement):
        a, b = float(m.group(1)), float(m.group(2))
        if b > 0:
            out.append((a - b) / b * 100)
    return out


def _effect_not_found(self: Rule, ctx: RuleContext, s: Sentence, st: Statement) -> Finding:
    """U102 on a sentence whose figures are a statement's that reports no effect."""
    return self.finding(
        f"{who(s, ctx)}Claims an effect, but the paper reports no significant effect here.",
        sentence=s,
        evidence=(Evidence(st.text, st.section, 1.0, st.source),),
        suggestion=f"Report the result as the paper does: \u201c{st.text}\u201d",
    )


def _null_by_figures(self: Rule, ctx: RuleContext, skip: set[int]) -> Iterator[Finding]:
    """A relative change told as an effect ("converted feed into body weight about 9 percent
    more efficiently") that is the paper's difference between two values the paper reports
    as not significant, every p-value above 0.05 ("numerically higher ... (0.170 vs 0.156),
    but the difference was not statistically significant (p=0.08)").  The figures, not
    the aligner, tie the sentence to the statement."""
    from spin.rules.numbers import supports

    for s, f in claims(ctx):
        if s.index in skip or f.negated or f.null_result:
            continue
        numbers = extract_numbers(s.text)
        # (a hedge of an aside is no hedge of the figure: "a bone shape long suspected of
        # pinching the tendons beneath it, in whom decompression cut pain by nearly 8 points
        # more than the placebo procedure")
        if f.hedged and (not numbers or any(hedges_at(s.text, f.hedges, q.start) for q in numbers)):
            continue
        told = [q.change for q in numbers if q.kind == "percent" and q.change]
        # (or a ratio: "less than half as likely" for "prevalence ratio, 0.43; ...; P = .15")
        ratios = [q for q in numbers if q.kind in ("multiplier", "ratio")]
        # (or a difference in points told as a benefit over the other arm: "cut pain by
        # nearly 8 points more than the placebo procedure" for "-7.9 (95% CI -19.8 to
        # 4.0; ...)")
        points = [
            q.value
            for q in numbers
            if q.kind == "measure"
            and q.unit == "points"
            and q.value > 0
            and _MORE_THAN_OTHER.match(s.text, q.end)
        ]
        spanning = [
            st
            for st in ctx.paper.statements
            if points
            and not st.is_context
            and any(
                lo < 0 < hi and abs(abs(est) - v) <= max(0.15 * v, 0.5)
                for m in _ESTIMATE_CI.finditer(st.text)
                for est, lo, hi in [tuple(float(g.replace("\u2212", "-")) for g in m.groups())]
                for v in points
            )
        ]
        if spanning and not _backed_by_a_finding(ctx, [*numbers], spanning[0]):
            yield _effect_not_found(self, ctx, s, spanning[0])
            continue
        # (or two shares told as a change, "boosted first-dose uptake, from about two-thirds
        # ... to more than 70 percent", both the figures of a statement whose difference is
        # null: "71.2% ... and 66.5% ... (adjusted risk difference 4.3 percentage points,
        # 95% CI -0.7 to 9.3; p=0.09)")
        shares = [q for q in numbers if q.kind == "percent" and q.change is None]
        if (
            len(shares) >= 2
            and (f.strength >= 2 or EFFECT_WORDS.search(s.text))
            and not f.hedged
            and not _qualified_next(ctx, s.index)
        ):
            pair_null = next(
                (
                    st
                    for st in ctx.paper.statements
                    if not (st.is_context or st.is_methods)
                    and numerically_null(st.text)
                    and all(any(supports(q, pq) for pq in extract_numbers(st.text)) for q in shares)
                ),
                None,
            )
            # (unless a statement that reports an effect holds the pair too)
            backed = pair_null is not None and any(
                st is not pair_null
                and not (st.is_context or st.is_methods)
                and not numerically_null(st.text)
                and all(any(supports(q, pq) for pq in extract_numbers(st.text)) for q in shares)
                for st in ctx.paper.statements
            )
            if pair_null is not None and not backed:
                yield _effect_not_found(self, ctx, s, pair_null)
                continue
        if not told and not ratios:
            continue
        for st in ctx.paper.statements:
            if st.is_context or st.is_methods or not numerically_null(st.text):
                continue
            # (and an efficacy, the reduction it names: "(efficacy, 62.6%; 95% CI, -7.6 to
            # 87.0; P=0.07)" for "cutting RSV hospitalizations by more than 60 percent")
            changes = _pair_changes(st.text) + [
                -pq.value
                for pq in extract_numbers(st.text)
                if pq.kind == "percent"
                and _EFFICACY_BEFORE.search(st.text[max(0, pq.start - 30) : pq.start])
            ]
            if (
                any(
                    (c > 0) == (t > 0) and abs(c - t) <= max(2.0, 0.2 * abs(t))
                    for t in told
                    for c in changes
                )
                or any(
                    supports(rq, pq)
                    for rq in ratios
                    for pq in extract_numbers(st.text)
                    if pq.kind == "ratio"
                )
            ) and not _backed_by_a_finding(ctx, [*numbers], st):
                yield _effect_not_found(self, ctx, s, st)
                break


#: a difference told as one arm's over the other's: "by nearly 8 points more than the
#: placebo procedure"
_MORE_THAN_OTHER = re.compile(
    r"\s+(?:points?\s+)?(?:more|less|fewer|greater|lower|higher|better)\s+than\s+"
    r"(?:the\s+|with\s+(?:the\s+)?)?"
    r"(?:placebo|sham|control|comparison|usual|standard|other)\b",
    re.I,
)


#: what an efficacy figure follows: "(efficacy, 62.6%", "vaccine effectiveness of 41%"
_EFFICACY_BEFORE = re.compile(
    r"\b(?:efficacy|effectiveness|relative\s+(?:risk\s+)?reduction)\b(?:,|:|\s+(?:of|was))?\s*$",
    re.I,
)


#: an estimate with its interval: "−0.6 (−1.2 to 0.1)", "1.72 (95% CI 1.01 to 2.93)"
_ESTIMATE_CI = re.compile(
    r"(?<![\w.])([−-]?\d+(?:\.\d+)?)\s*\(\s*(?:95%\s*CI[:,]?\s*)?"
    r"([−-]?\d+(?:\.\d+)?)\s*(?:to|,)\s*([−-]?\d+(?:\.\d+)?)\s*[);]"
)
_RATIO_WORDS = re.compile(r"\b(?:ratios?|RR|OR|HR|IRR|aOR|aHR)\b")


def intervals_span_null(text: str) -> bool:
    """Whether a statement gives estimates with intervals and every interval spans no
    difference: 0 for a difference ("versus topiramate gave −0.6 (−1.2 to 0.1)"), 1 for a
    ratio (only when the statement speaks of ratios)."""
    spans = []
    for m in _ESTIMATE_CI.finditer(text):
        est, lo, hi = (float(g.replace("−", "-")) for g in m.groups())
        if not lo <= est <= hi:
            return False
        if min(est, lo, hi) < 0:
            spans.append(lo < 0 < hi)
        elif _RATIO_WORDS.search(text):
            spans.append(lo < 1 < hi)
        else:
            return False
    return bool(spans) and all(spans)


def _better_by_intervals(self: Rule, ctx: RuleContext, skip: set[int]) -> Iterator[Finding]:
    """One treatment said to beat another ("the antibodies also outperformed the older
    standbys topiramate and propranolol") where the paper's comparison of them has every
    interval spanning no difference ("Pooled CGRP antibodies versus topiramate gave −0.6
    (−1.2 to 0.1) and versus propranolol −0.7 (−1.5 to 0.1)"), or says in words that they
    did not differ ("the video had pulled ahead of the label" where "the study could not
    distinguish between the two interventions"): among the sentence's three nearest
    statements, however weak the match, one that compares ("versus") or says so and shares
    two words with it."""
    statements = ctx.paper.statements
    every = [content_words(st.text) for st in statements]
    for s, f in claims(ctx):
        if s.index in skip or f.negated or f.null_result or f.hedged or not _BETTER.search(s.text):
            continue
        a = alignment_of(ctx, s.index)
        mine = content_words(s.text)
        for m in a.matches[:3] if a is not None else ():
            st = statements[m.statement]
            if st.is_context or st.is_methods or len(mine & every[m.statement]) < 2:
                continue
            spans = bool(_SET_AGAINST.search(st.text)) and intervals_span_null(st.text)
            if not spans and not _SIMILAR.search(st.text):
                continue
            yield self.finding(
                f"{who(s, ctx)}Says one did better than the other, but "
                + (
                    "in the paper every interval of that comparison includes no difference."
                    if spans
                    else "the paper found no difference between them."
                ),
                sentence=s,
                evidence=(Evidence(st.text, st.section, m.score, st.source),),
                suggestion=f"Report the result as the paper does: \u201c{st.text}\u201d",
            )
            break


#: a benefit told as lasting or still there: "still doing better", "outlasted the pills"
_LASTING = re.compile(
    r"\b(?:still|outlast\w*|persist\w*|sustain\w*|lasted|remained|endur\w*|kept)\b", re.I
)


_NOT_LASTING = re.compile(
    r"\b(?:not|no longer)\s+(?:\w+\s+)?(?:sustained|maintained|persist\w*|last\w*|"
    r"significant|evident|seen|observed)\b",
    re.I,
)


def _null_at_time_point(self: Rule, ctx: RuleContext, skip: set[int]) -> Iterator[Finding]:
    """A benefit told as lasting to a time point ("the placebo group still doing better
    than the usual-care group at the 18-week follow-up") where every statement of the
    paper at that time point reports no significant difference, all its p-values above
    0.05 ("At week 18, the adjusted mean difference was -14 points (95% CI -37 to 9;
    p=0.23)"). The time point, not the aligner, ties the sentence to the statement."""
    from spin.rules.numbers import same_time, time_points

    statements = ctx.paper.statements
    timed = [
        (i, [days for _, days in time_points(st.text)])
        for i, st in enumerate(statements)
        if not (st.is_context or st.is_methods)
    ]
    for s, f in claims(ctx):
        if s.index in skip or f.negated or f.null_result or f.hedged or f.cautionary:
            continue
        if not (_LASTING.search(s.text) and (_BETTER.search(s.text) or EFFECT_WORDS.search(
                s.text) or re.search(r"\bbetter\b", s.text))):  # fmt: skip
            continue
        told = {round(days, 3) for _, days in time_points(s.text)}
        # (each time point it names: "at the 18-week follow-up, three months after the last
        # dose")
        there = [i for i, days in timed if any(same_time(d, w) for d in days for w in told)]
        if not there or not all(
            # ("The benefit was not sustained 12 weeks after the pills were stopped")
            numerically_null(statements[i].text)
            or statement_features(ctx, i).null_result
            or statement_features(ctx, i).negated
            or _NOT_LASTING.search(statements[i].text)
            for i in there
        ):
            continue
        st = statements[there[0]]
        yield self.finding(
            f"{who(s, ctx)}Claims an effect at that time point, but the paper reports no "
            "significant effect there.",
            sentence=s,
            evidence=tuple(
                Evidence(statements[i].text, statements[i].section, 1.0, statements[i].source)
                for i in there[:2]
            ),
            suggestion=f"Report the result as the paper does: \u201c{st.text}\u201d",
        )


#: a statement that sets one arm against another: "versus topiramate"
_SET_AGAINST = re.compile(r"\b(?:vs\.?|versus|compared\s+with|against)\s", re.I)


#: a result said to be statistically significant: "showed a significant improvement"
_SIGNIFICANT = re.compile(
    r"(?<!not )(?<!non-)(?<!non )(?<!in)\b(?:statistically\s+)?significant(?:ly)?\b", re.I
)


def _null_ratio_told(ctx: RuleContext, text: str, numbers: Iterable[Quantity]) -> int | None:
    """The one statement of a null ratio that the sentence tells as a change, sharing a
    word with it by its first six letters ("moderately" and "moderate-severity")."""
    numbers = list(numbers)
    mine = {w[:6] for w in content_words(text.replace("-", " "))} - _GENERIC6
    found = [
        i
        for i, st in enumerate(ctx.paper.statements)
        if not st.is_context
        and null_ratio(st.text)
        and _ratio_told(numbers, st.text)
        and mine & {w[:6] for w in content_words(st.text.replace("-", " "))}
    ]
    return found[0] if len(found) == 1 else None


def _ratio_told(numbers: Iterable[Quantity], text: str) -> bool:
    """Whether one of a sentence's relative changes is the statement's ratio ("by nearly 40
    percent" for "ratio 0.61")."""
    from spin.rules.numbers import supports

    ratios = [pq for pq in extract_numbers(text) if pq.kind == "ratio"]
    return any(
        q.kind == "percent" and q.change is not None and any(supports(q, pq) for pq in ratios)
        for q in numbers
    )


@lru_cache(maxsize=4096)
def null_ratio(text: str) -> bool:
    """Whether a statement reports one ratio, its interval spanning 1 and its p-value above
    0.05 ("HR 0.84, 95% CI 0.64 to 1.10; p=0.21")."""
    if not numerically_null(text):
        return False
    numbers = extract_numbers(text)
    ratios = [k for k, q in enumerate(numbers) if q.kind == "ratio"]
    if len(ratios) != 1:
        return False
    bounds = [q.value for q in numbers[ratios[0] + 1 : ratios[0] + 3] if q.kind == "ci"]
    return len(bounds) == 2 and min(bounds) < 1 < max(bounds)


def numerically_null(text: str) -> bool:
    """Whether every p-value of an effect the statement gives is above 0.05 ("difference
    2.3 points, 95% CI -0.4 to 5.0; p=0.09"); False when it gives none (a p-value for an
    interaction is none: ``extract_numbers`` leaves it out)."""
    values = [q for q in extract_numbers(text) if q.kind == "p_value"]
    return bool(values) and all(
        q.approx in (None, ">", "\u2265") and q.value > 0.05 for q in values
    )


def _significance_claimed(self: Rule, ctx: RuleContext, skip: set[int]) -> Iterator[Finding]:
    """A result told as statistically significant ("showed a significant improvement in
    fractional shortening") where the paper's statement of that outcome reports it as not
    significant, in words or by its p-value ("FS rose by ... (difference 2.3 points, 95% CI
    -0.4 to 5.0; p=0.09)").  The outcome is found by the sentence's rarer words (those in at
    most three statements of the paper, abbreviations written out), not by the aligner,
    which the release's explanation of the measure can lead astray."""
    from spin.align import expand_abbreviations, numbers

    statements = ctx.paper.statements
    texts = expand_abbreviations([st.text for st in statements])
    # words compared by their first six letters ("symptoms", "symptomatic")
    words = [{w[:6] for w in content_words(t)} for t in texts]
    # (rare among the findings: the methods and background name every outcome)
    counts: dict[str, int] = {}
    for st, ws in zip(statements, words, strict=True):
        for w in ws if not (st.is_context or st.is_methods) else ():
            counts[w] = counts.get(w, 0) + 1
    for s, f in claims(ctx):
        if s.index in skip or f.negated or f.null_result or f.hedged:
            continue
        if not _SIGNIFICANT.search(s.text):
            continue
        generic = {w[:6] for w in _GENERIC_EFFECT_WORDS} | {"signif", "statis"}
        rare = {w[:6] for w in content_words(s.text) if 0 < counts.get(w[:6], 0) <= 3} - generic
        figures = numbers(s.text)
        # the statement of the outcome: most rare words shared, a figure counting double
        # ("rose by 0.81 newton-meters" is the result with 0.81 Nm, not the null one before)
        best: tuple[int, int] | None = None
        for i, st in enumerate(statements):
            # two of the sentence's rarer words, or one that at most two statements use, or
            # two of its figures ("at 9.6 percent compared with 8.7 percent" for "Preterm
            # birth occurred in 9.6% ... and 8.7% ...")
            if (
                st.is_context
                or st.is_methods
                or not (
                    len(rare & words[i]) >= 2
                    or {w for w in rare if counts[w] <= 2} & words[i]
                    or len(figures & numbers(texts[i])) >= 2
                )
            ):
                continue
            score = len(rare & words[i]) + 2 * len(figures & numbers(texts[i]))
            if best is None or score > best[1]:
                best = (i, score)
        if best is None:
            continue
        null = numerically_null(texts[best[0]]) or (
            statement_features(ctx, best[0]).null_result
            and _reports_null_part(s.text, texts[best[0]])
        )
        if not null:
            continue
        st = statements[best[0]]
        yield self.finding(
            f"{who(s, ctx)}Says the result was statistically significant, but the paper "
            "reports it as not significant.",
            sentence=s,
            evidence=(Evidence(st.text, st.section, 1.0, st.source),),
            suggestion=f"Report the result as the paper does: \u201c{st.text}\u201d",
        )


#: the release names a result as the study's main one: "The main finding ... is that",
#: "The trial's headline result is that", "The study's key finding is that", "The trial's
#: clearest growth result came in ..."
_MAIN_FINDING = re.compile(
    r"\b(?:main|key|headline|central|principal|primary|chief|most important|biggest|major|"
    r"clearest|strongest)\s+(?:[a-z-]+\s+)?(?:finding|result|conclusion|message|take-?away)s?\b|"
    # "was the main outcome the experiment was designed to test"
    r"\b(?:main|primary|principal)\s+outcome\b(?=[^.;]{0,40}\b(?:designed|set out|meant|"
    r"intended|planned)\b)",
    re.I,
)
#: the main results said to be replicated, not named: "the key findings confirmed in a
#: second group", "the main results held up"
_REPLICATED = re.compile(
    r"\s+(?:were\s+|was\s+|have\s+been\s+)?(?:confirmed|replicated|held\s+up|reproduced|"
    r"repeated|validated)\b",
    re.I,
)
#: a sentence about the main result, not one that states it: "rated the certainty of the
#: evidence for the main result as low"
_RATES_MAIN = re.compile(
    r"\b(?:certainty|quality|confidence|strength|robustness|reliability)\b[\w\s]{0,30}?"
    r"\b(?:for|of|in|behind|on)\s+(?:the|its|their|this)\s+(?:study's\s+|trial's\s+)?$",
    re.I,
)
#: the paper names its primary outcome: "The primary outcome was the rate of falls"
_PRIMARY = re.compile(
    r"\bprimary\s+(?:outcome|end\s?-?point|efficacy\s+outcome)(?:\s+measure)?s?\s+"
    r"(?:was|were|is|are)\s+(?P<outcome>[^.;]+)",
    re.I,
)
#: who was studied, in the methods: "adults with chronic heart failure, New York ..."
_WITH_CONDITION = re.compile(r"\bwith\s+(?P<condition>[^,;.()]+)", re.I)
_ENROLMENT = re.compile(
    # a count of people after the verb: "we assigned 1,912 adults with ...", not
    # "Secondary outcomes included the proportion of participants with ..."
    r"\b(?:assigned|randomi[sz]ed|enrolled|recruited|included|allocated)\s+(?:[\w-]+\s+){0,3}?"
    r"\d",
    re.I,
)
#: a statement that labels its result as less than the main one
_SECONDARY = re.compile(
    r"\bsecondary\b|\bsub-?groups?\b|\bexploratory\b|\bpost[- ]hoc\b|"
    r"\bhypothesis-generating\b|\bnot adjusted for multiple\b",
    re.I,
)


#: where the outcome's name ends: "clinical cure at day 14, assessed in ..."
_OUTCOME_END = re.compile(
    r",|\s\((?!\w+\))|\s(?:at|by|after|within|over|during)\s+(?:day|week|month|year|\d)"
)
#: words of how an outcome is measured, not what it is
_MEASURE_WORDS = frozenset(
    ["rate", "score", "change", "proportion", "number", "composite", "first", "total", "mean",
     "time", "level", "incidence", "occurrence", "measure", "measured", "standardised",
     "standardized", "test", "outcome", "percentage"]
)  # fmt: skip
#: a comparison in the release's words: "attended school more often"
_COMPARED = re.compile(
    r"\b(?:more|less|fewer|better|worse|higher|lower|greater|extra|faster|slower|stronger|"
    r"weaker)\b",
    re.I,
)


#: two figures set against each other: "76 percent ..., compared with 60 percent"
_FIGURES_SET_AGAINST = re.compile(
    r"\d[^.;]{0,80}\b(?:compared\s+with|versus|vs\.?|against)\s[^.;]{0,40}\d", re.I
)


def _primary_outcome(ctx: RuleContext) -> tuple[int, str] | None:
    """The paper's statement naming its primary outcome, and the outcome's name."""
    for i, st in enumerate(ctx.paper.statements):
        m = _PRIMARY.search(st.text)
        if m:
            return i, _OUTCOME_END.split(m.group("outcome"), maxsplit=1)[0].strip()
    return None


def _primary_result(ctx: RuleContext, defined: int, outcome: frozenset[str]) -> int | None:
    """The statement that reports the primary outcome's result: after its definition, one
    that names it ("The primary outcome occurred in 287 of 957 patients") or its words
    ("There were 1,012 falls in the vitamin D group")."""
    later = [
        i
        for i in range(defined + 1, len(ctx.paper.statements))
        if not ctx.paper.statements[i].is_context
        and "method" not in ctx.paper.statements[i].section.lower()
        and not _PRIMARY.search(ctx.paper.statements[i].text)
        and not _SECONDARY.search(ctx.paper.statements[i].text)
        and re.search(r"\d", ctx.paper.statements[i].text)
    ]
    for i in later:
        text = ctx.paper.statements[i].text
        if re.search(r"\bprimary\s+(?:outcome|end\s?-?point)\b(?!\s+data)", text, re.I):
            return i
    for i in later:
        if outcome & content_words(ctx.paper.statements[i].text):
            return i
    return None


def _off_time(ctx: RuleContext, s: Sentence, primary: tuple[int, str]) -> bool:
    """Whether the sentence tells its result at time points none of which is the one time
    point of the paper's primary outcome ("at one year" for "PASI 90 at week 16")."""
    from spin.rules.numbers import same_time, time_points

    text = ctx.paper.statements[primary[0]].text
    at = _PRIMARY.search(text)
    when = {round(t, 3) for _, t in time_points(text[at.start() :] if at else text)}
    told = {round(t, 3) for _, t in time_points(s.text)}
    return len(when) == 1 and bool(told) and not any(same_time(t, w) for t in told for w in when)


def _condition_words(ctx: RuleContext) -> frozenset[str]:
    """Words of the condition the participants had ("chronic heart failure"): they name
    who was studied, not what was measured, wherever they recur."""
    out: set[str] = set()
    for st in ctx.paper.statements:
        if _ENROLMENT.search(st.text):
            for m in _WITH_CONDITION.finditer(st.text):
                out |= content_words(m.group("condition"))
    return frozenset(out)


def _labelled_secondary(ctx: RuleContext, text: str) -> list[int]:
    """Statements that label as secondary, exploratory or a subgroup's a result the
    sentence names by a word that at most three statements of the paper use."""
    words = [content_words(st.text) for st in ctx.paper.statements]
    mine = content_words(text)
    rare = {w for w in mine if sum(w in ws for ws in words) <= 3}
    return [
        i
        for i, st in enumerate(ctx.paper.statements)
        if not st.is_context and _SECONDARY.search(st.text) and rare & words[i]
    ]


@rule(
    "U104",
    "secondary-as-main",
    "contradicted_claim",
    "warning",
    "A secondary or subgroup result told as the study's main finding.",
)
def secondary_as_main(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The release calls a result the study's "main finding" (or key, headline, central
    result) when the paper's primary outcome was something else, or when the paper
    itself labels that result secondary, exploratory, a subgroup's or
    hypothesis-generating.

    Promoting a secondary outcome or a subgroup when the primary outcome is null is one of
    the commonest forms of spin in trial reports (Boutron et al., JAMA 2010; Yavchitz et
    al., PLoS Med 2012), and a release that leads with it tells readers the trial showed
    what it did not set out to show. The sentence must state an effect (a release that
    says the main finding was a null result is faithful), and it is judged against the
    paper's own "The primary outcome was ..." statement: a sentence that shares a word
    with the primary outcome (other than the condition the participants had, such as
    "heart failure") is about it, and is left to the other checks, unless it tells the
    result at another time than the primary outcome's one time point ("The study's headline
    result came at one year" where the primary endpoint was "PASI 90 at week 16").
    """
    primary = _primary_outcome(ctx)
    condition = _condition_words(ctx)
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        main = _MAIN_FINDING.search(s.text)
        if not main or _RATES_MAIN.search(s.text[max(0, main.start() - 80) : main.start()]):
            continue
        if _REPLICATED.match(s.text, main.end()):
            continue  # "with the key findings confirmed in a second, independent group"
        if not f.is_claim and not main.group(0).lower().endswith(("outcome", "finding", "result")):
            continue  # (the outcome "the experiment was designed to test" reads as an aim)
        effect = (
            f.strength >= 1
            or EFFECT_WORDS.search(s.text)
            or _COMPARED.search(s.text)
            or _FIGURES_SET_AGAINST.search(s.text)
        )
        if f.negated or f.null_result or not effect or _DENIED.search(s.text):
            continue
        rel = finding_matches(ctx, s.index)
        labelled = [m for m in rel[:2] if _SECONDARY.search(ctx.paper.statements[m.statement].text)]
        if not labelled:
            # a statement that calls this very result secondary, found by a word few
            # statements use: "The small processing-speed ... differences were secondary"
            labelled = [Match(i, 1.0) for i in _labelled_secondary(ctx, s.text)][:1]
        off_primary = False
        outcome_words: frozenset[str] = frozenset()
        if primary is not None:
            outcome_words = content_words(primary[1]) - condition - _MEASURE_WORDS
            off_primary = bool(outcome_words) and not (content_words(s.text) & outcome_words)
        # (the primary outcome at another time than the paper's primary one: "The study's
        # headline result came at one year" where the primary endpoint was "PASI 90 at week
        # 16")
        off_time = (
            not labelled and not off_primary and primary is not None and _off_time(ctx, s, primary)
        )
        if not labelled and not off_primary and not off_time:
            continue
        if primary is not None:
            message = (
                f"{who(s, ctx)}Calls this the main finding, but it is told at another time "
                f"than the paper's primary outcome: \u201c{ctx.paper.statements[primary[0]].text}"
                "\u201d"
                if off_time
                else f"{who(s, ctx)}Calls this the main finding, but the paper's primary outcome "
                f"was {primary[1].strip()}."
                if off_primary or not labelled
                # (the primary outcome in a subgroup: "those born before 32 weeks gained
                # weight faster" for an exploratory subgroup's weight gain velocity)
                else f"{who(s, ctx)}Calls this the main finding, but the paper presents it "
                f"as a secondary or subgroup result; its primary outcome was "
                f"{primary[1].strip()}."
            )
            st = ctx.paper.statements[primary[0]]
            result = _primary_result(ctx, primary[0], outcome_words)
            shown = ctx.paper.statements[result] if result is not None else st
            evidence = (
                *evidence_of(ctx, labelled[:1]),
                Evidence(st.text, st.section, 1.0, st.source),
                *((Evidence(shown.text, shown.section, 1.0, shown.source),) if result else ()),
            )
            suggestion = f"Lead with the primary outcome: \u201c{shown.text}\u201d"
        else:
            said = ctx.paper.statements[labelled[0].statement].text
            message = (
                f"{who(s, ctx)}Calls this the main finding, but the paper presents it as a "
                "secondary or subgroup result."
            )
            evidence = evidence_of(ctx, labelled[:1])
            suggestion = f"Report it as the paper does: \u201c{said}\u201d"
        yield self.finding(message, sentence=s, evidence=evidence, suggestion=suggestion)


RULES: tuple[Rule, ...] = (contradicted_claim, secondary_as_main)
