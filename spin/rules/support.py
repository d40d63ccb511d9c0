"""Support: release claims with no matching statement in the paper."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from spin.claims import analyze, content_words, extract_numbers
from spin.model import Alignment, Finding, Sentence
from spin.rules.base import Rule, RuleContext, rule
from spin.rules.common import (
    alignment_of,
    claim_text,
    defines_condition,
    lexical_anchor,
    outside_role,
    restates_background,
    sentence_features,
    speaker,
    statement_evidence,
    statement_features,
    who,
)

__all__ = ["RULES", "outcome_not_in_paper", "unsupported_claim"]


#: a word that points back to the previous sentence ("this gene", "it helped")
_ANAPHOR = re.compile(
    # or goes on from it: "But raise the dose and the benefit disappears."
    r"\b(?:it|this|these|they|such)\b|^\W*both\b|^\W*(?:but|and|yet|still)\b|"
    # "That is a striking change in little more than a decade"
    r"^\W*(?:that|those)\s+(?:is|was|'s|[a-z]+\s+(?:is|was|were|are|showed|shows|held|"
    r"came|appeared))\b",
    re.I,
)


#: a code name of a compound, strain or trial ("RT-2207", "ABT-199", "GS441524")
_CODE_NAME = re.compile(r"\b[A-Za-z]{1,5}-?\d{2,}[A-Za-z]?\b")


#: words of one topic in other words: survival and death are mortality's
_SAME_TOPIC = {"surviv": "mortal", "death": "mortal", "deaths": "mortal", "died": "mortal",
               "dying": "mortal"}  # fmt: skip


#: keeping to a treatment in plain words: "keep up with their preventer"
_ADHERING = re.compile(
    r"\b(?:keep(?:s|ing)?|kept)\s+up\s+with\b|\b(?:stick(?:s|ing)?|stuck)\s+(?:with|to)\b", re.I
)


def _stems(text: str) -> frozenset[str]:
    """Content words cut to six letters ("regenerated" and "regeneration" agree), and
    code names ("RT-2207") whole; keeping to a treatment is adherence."""
    if "up with" in text or "stick" in text or "stuck" in text:
        text = _ADHERING.sub(" adherence ", text)
    words = {_SAME_TOPIC.get(w[:6], w[:6]) for w in content_words(text)}
    if any(c.isdigit() for c in text):
        words |= {m.group(0).lower().replace("-", "") for m in _CODE_NAME.finditer(text)}
    return frozenset(words)


#: a lead-in is short: "Blood tests pointed to a likely explanation."
_LEAD_IN_WORDS = 8
#: a paragraph's opening sentence that leads into a supported one is a little longer
_OPENER_WORDS = 10
#: an opener that reports a discovery makes a claim of its own
_REPORTS_FINDING = re.compile(
    r"\b(?:discover\w*|found|finds?|show(?:s|ed|n)?|reveal\w*|prove[sdn]?|proving|"
    r"demonstrat\w*|identif\w*|uncover\w*)\b",
    re.I,
)


#: effects named only by what follows: "The lessons did show some effects."
_VAGUE_EFFECTS = re.compile(
    r"\b(?:did\s+)?show(?:s|ed)?\s+(?:some|a few|several|other|certain)\s+(?:other\s+)?"
    r"(?:effects?|benefits?|gains?|changes?|improvements?|differences?)\s*[.:]?\s*$|"
    # "The study also found a stark gap by income." before the figures of the gap
    r"\b(?:found|showed|revealed)\s+(?:a|an)\s+(?:\w+\s+)?(?:gap|difference|divide|contrast|"
    r"split|pattern)\s+(?:by|between|in|across)\s+\w+\s*[.:]?\s*$",
    re.I,
)
#: a share of a result just told: "Most of the difference ...", "Much of the benefit ..."
_PARTITIVE_OPENER = re.compile(
    r"^\W*(?:most|much|part|all|some|half)\s+of\s+the\s+(?:difference|benefit|effect|gain|"
    r"reduction|increase|change|improvement|drop|rise)s?\b",
    re.I,
)


def opens_supported(ctx: RuleContext, index: int) -> bool:
    """Whether the sentence only opens a paragraph for the supported sentence after it:
    short, with no number and no direct-cause verb of its own ("The difference appeared once
    the leg could move again." before the strength gains)."""
    sentences = ctx.document.sentences
    s = sentences[index]
    if s.headline or s.quote or index + 1 >= len(sentences):
        return False
    if index > 0 and sentences[index - 1].end_line >= s.line - 1:
        return False  # not the first sentence of its paragraph
    text = claim_text(s.text)
    nxt = sentences[index + 1]
    # "Most of the difference appeared between the least active people and those taking
    # moderate numbers of steps." opens the paragraph that gives the figures: longer
    longer = 8 if _PARTITIVE_OPENER.match(text) else 0
    if (
        len(text.split()) > _OPENER_WORDS + longer
        or extract_numbers(text)
        or nxt.line != s.end_line
    ):
        return False
    if _REPORTS_FINDING.search(text) and not _VAGUE_EFFECTS.search(text):
        return False  # "The team also discovered how the compounds work.": its own claim
    f = sentence_features(ctx, index)
    if f.strength >= 3 and f.strength_confidence >= 1:
        return False  # an explicit cause ("The drug cures it.") is a claim of its own
    following = alignment_of(ctx, index + 1)
    return following is not None and following.support != "none"


#: a sentence that speaks of the result just told: "Both changes were statistically
#: significant.", "This difference was small."
_BACK = re.compile(
    r"^\W*(?P<part>(?:most|much|part|all|some|half)\s+of\s+)?"
    r"(?:both|these|this|that|those|the|each)\s+(?:(?:two|three)\s+)?(?:(?:weaker|stronger|"
    r"smaller|larger)\s+)?(?:changes?|"
    r"differences?|results?|findings?|effects?|improvements?|drops?|falls?|rises?|gains?|"
    r"reductions?|increases?|figures?|numbers?|links?|associations?|patterns?)\b|"
    # a comment on what was just said: "That matters, because group places are scarce."
    r"^\W*(?P<comment>(?:this|that)\s+(?:matters|is\s+(?:important|encouraging|reassuring|"
    r"worrying|welcome|good news))\b|"
    # "That's an important result, not an embarrassing one"
    r"(?:this|that)(?:\s+is|['\u2019]s)\s+(?:an?\s+)?(?:important|encouraging|reassuring|"
    r"worrying|welcome|striking|useful)\s+(?:result|finding|point|lesson|step)\b)",
    re.I,
)


def refers_back(ctx: RuleContext, index: int) -> bool:
    """Whether a short sentence only says something of the result the sentence before it
    told, in the same paragraph, with the paper's support ("... fell by almost two points.
    Both changes were statistically significant.")."""
    sentences = ctx.document.sentences
    s = sentences[index]
    if index == 0 or s.headline:
        return False
    text = claim_text(s.text)
    back = _BACK.match(text)
    if back is None or extract_numbers(text):
        return False
    # "Most of the difference appeared between the least active people and those taking
    # moderate numbers of steps": a share of the result just told, said at more length
    if len(text.split()) > _OPENER_WORDS + (8 if back.group("part") else 0):
        return False
    for j in (index - 1, index - 2):  # "both" may reach back two sentences
        if j < 0:
            return False
        if sentences[j].end_line < s.line - 1 and not (
            (back.group("part") or (back.group("comment") and s.quote)) and j == index - 1
        ):
            return False  # another paragraph ("Most of the difference" opens the next one)
        before = alignment_of(ctx, j)
        if before is not None and before.support != "none":
            return True
    return False


def _reports_a_null(ctx: RuleContext, a: Alignment) -> bool:
    """Whether a sentence that says something did not happen ("No side effect was severe
    enough to stop the team") has for its nearest statement one that says so too ("No
    dose-limiting toxicities were observed")."""
    if not a.matches:
        return False
    own = sentence_features(ctx, a.sentence)
    best = statement_features(ctx, a.matches[0].statement)
    # "Effects were seen only at concentrations equal to or exceeding ...": none below
    limited = bool(_ONLY_WHEN.search(best.text))
    return (own.null_result or own.negated) and (best.null_result or best.negated or limited)


def _null_beside_a_null(ctx: RuleContext, a: Alignment) -> bool:
    """Whether a sentence that says something did not happen ("we didn't see a meaningful
    benefit") stands beside a paper that reports a null result: at most information,
    whichever statement an aligner ranks first."""
    from spin.rules.common import facts

    own = sentence_features(ctx, a.sentence)
    return (own.null_result or own.negated) and bool(facts(ctx).null_results)


#: an effect said to occur only under some condition, so not under the others
_ONLY_WHEN = re.compile(
    r"\b(?:seen|observed|found|present|detected|effective)\s+only\b|"
    r"\bonly\s+(?:at|when|in|with|above|below)\b",
    re.I,
)


def _topic_words(ctx: RuleContext, index: int) -> frozenset[str]:
    """Stems of what a sentence is about, with the previous sentence's when it points
    back to it ("In zebrafish, this gene acts like a master switch"), and the next
    sentence's when it is a short lead-in to it in the same paragraph ("Blood tests
    pointed to a likely explanation." before the blood-test result)."""
    sentences = ctx.document.sentences
    s = sentences[index]
    text = claim_text(s.text)
    words = _stems(text)
    if index > 0 and _ANAPHOR.search(text):
        words |= _stems(claim_text(sentences[index - 1].text))
    if s.headline:
        # a headline in parts ("How many samples does a study need? New workflow helps
        # answer the question") is about what all its parts name
        for other in sentences:
            if other.headline and other.index != index:
                words |= _stems(claim_text(other.text))
    if (
        index + 1 < len(sentences)
        and not s.headline
        and not s.quote
        and len(text.split()) <= _LEAD_IN_WORDS
        and not extract_numbers(text)
        and sentences[index + 1].line == s.end_line
    ):
        words |= _stems(claim_text(sentences[index + 1].text))
    return words


def _paper_number(ctx: RuleContext, text: str) -> bool:
    """Whether the sentence quotes a number the paper gives (a figure of its results)."""
    from spin.rules.common import facts
    from spin.rules.numbers import paper_duration, supports

    if paper_duration(ctx, text):
        return True  # "the difference between eleven days and six weeks": 11 and 42 days
    paper = [q for q, _ in facts(ctx).numbers]
    return any(
        # a bare number only when it is large enough to be distinctive ("about 4,900")
        (rq.kind != "number" or rq.value >= 100) and any(supports(rq, pq) for pq in paper)
        for rq in extract_numbers(text)
    )


def _is_claim(ctx: RuleContext, index: int) -> bool:
    """Whether a release sentence makes a claim about findings (not scene-setting)."""
    feats = ctx.sentence_features
    if feats and index < len(feats):
        return bool(getattr(feats[index], "is_claim", True))
    return len(ctx.document.sentences[index].text.split()) >= 6


def _restates_background(ctx: RuleContext, a: Alignment) -> bool:
    """Whether one of the sentence's matches is a background statement that would reach
    the weak-support threshold without the background weight (``CONTEXT_WEIGHT``, which
    exists to rank findings above background, not to call background unsupported)."""
    from spin.align import CONTEXT_WEIGHT, thresholds

    weak = thresholds()[1]
    return any(
        ctx.paper.statements[m.statement].is_context and m.score / CONTEXT_WEIGHT >= weak
        for m in a.matches
    )


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
    are not claims, a sentence whose best match is the paper's own background is
    not unsupported (the background's lower weight ranks it below the findings,
    nothing more), and a sentence most of whose content words stand in one
    statement of the paper is a rewording, not an unsupported claim.  With only
    the abstract, a claim on a topic the abstract touches is reported at info
    level (the detail may be in the full text); one on a topic the paper never
    mentions is a warning; so is one with the full text, except a quote or a
    headline on the paper's topic with no figure, which sums up in its own words
    and is reported at info (a quote is judged by what is quoted, the parts of a
    headline together, a sentence that
    points back with "this" or "it" together with the sentence before it, a
    short lead-in ("Blood tests pointed to a likely explanation.") together with
    the sentence it leads into, and a sentence quoting one of the paper's figures
    is on topic).  A sentence that reports no effect where its nearest statement
    reports none either ("At the lowest dose there was no measurable effect" for "at
    0.5:1 there was no significant effect") is the paper's null result, and any sentence
    that says something did not happen is at most information when the paper reports a
    null result.  Caveats
    ("a study like ours cannot prove that ...") are not claims.  The opinion
    of someone from outside the study (the writer of an accompanying
    editorial, an expert not involved in it), quoted or reported as theirs, is
    information only and the message says whose it is.
    """
    sentences = ctx.document.sentences
    # ("3 sigma" is the paper's "3.1σ")
    statement_words = [_stems(st.text.replace("σ", " sigma ")) for st in ctx.paper.statements]
    if ctx.paper.title:
        statement_words.append(_stems(ctx.paper.title))
    full_text = bool(ctx.paper.sections)
    for a in ctx.alignment:
        if a.support != "none" or not _is_claim(ctx, a.sentence):
            continue
        s = sentences[a.sentence]
        # (a small bare number is no figure: "3 sigma is a hint, not a discovery")
        figures = [q for q in extract_numbers(s.text) if q.kind != "number" or q.value >= 10]
        if sentence_features(ctx, a.sentence).cautionary and not figures:
            continue  # "an association that is worth following up properly": a caveat
        if lexical_anchor(ctx, a.sentence, min_overlap=3) is not None:
            continue  # one statement holds most of its words: reworded, not unsupported
        if _restates_background(ctx, a):
            continue  # the paper's own background says it; the weighting only ranks it lower
        if opens_supported(ctx, a.sentence):
            continue  # it opens a paragraph whose next sentence says what the paper says
        if refers_back(ctx, a.sentence):
            continue  # "Both changes were statistically significant.": of what came before
        if _reports_a_null(ctx, a):
            continue  # "At the lowest dose there was no measurable effect": the paper's null
        words = _topic_words(ctx, a.sentence)
        words5 = {w[:5] for w in words}
        on_topic = (
            any(len(words & sw) >= 2 for sw in statement_words)
            # (words alike by five letters: "the model" and "modelled exposure")
            or any(len(words5 & {w[:5] for w in sw}) >= 2 for sw in statement_words)
            or _paper_number(ctx, s.text)
            # (or points back to a sentence quoting the paper's figures: "That is a striking
            # change ..." after "By 2022, the figure was about 30 per 1,000")
            or (
                a.sentence > 0
                and bool(_ANAPHOR.search(claim_text(s.text)))
                and _paper_number(ctx, sentences[a.sentence - 1].text)
            )
        )
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
        # an author's quote or a headline on the paper's topic sums up in its own
        # words, which a word-level match rarely finds even in a full text
        quoted_on_topic = (
            on_topic and (s.quote or s.headline) and not extract_numbers(claim_text(s.text))
        )
        yield self.finding(
            f"{who(s, ctx)}No statement in the paper supports this claim"
            + ("." if full_text else " (the abstract, at least)."),
            severity="info"
            if (on_topic and (not full_text or quoted_on_topic)) or _null_beside_a_null(ctx, a)
            else None,
            sentence=s,
            evidence=ctx.evidence_for(a.sentence, limit=1),
            suggestion="Quote or paraphrase what the paper itself reports, or cut the claim.",
        )


#: health outcomes a release may say a study found: organs, diseases, clinical events,
#: death and survival.  Each is a regular expression of its forms; a synonym group of
#: spin.align.SYNONYMS that holds it counts as the paper naming it too.
_OUTCOMES: tuple[tuple[str, str], ...] = (
    ("strokes", r"strokes?"),
    ("heart attacks", r"heart attacks?|myocardial infarctions?|cardiovascular events?"),
    ("heart disease", r"heart disease|cardiovascular(?: disease| mortality| death)?|heart failure|"
     r"coronary"),
    ("cancer", r"cancers?|tumou?rs?|carcinomas?|malignan\w*"),
    ("diabetes", r"diabet\w*"),
    ("dementia", r"dementia|alzheimer'?s?"),
    ("the liver", r"livers?|hepatic"),
    ("the kidneys", r"kidneys?|renal"),
    # people's deaths, not "cell death" or "the death of nerve cells"
    ("death", r"(?<!cell\s)(?<!cellular\s)(?:deaths?|die[sd]?|dying)"
     r"(?!\s+of\s+(?:[\w-]+\s+){0,2}(?:cells?|neurons?|bacteria|tissue))|"
     # (not "doesn't survive a closer look")
     r"mortality|live longer|lives? saved|save lives|survival|"
     r"surviv(?!ors?\b)\w+(?!\s+(?:a\s+)?(?:closer?\s+)?(?:look|scrutiny|test|examination))|lifespan|"
     r"life expectancy|fatalit(?:y|ies)|carcass(?:es)?"),
    ("fractures", r"fractures?"),
    ("blood pressure", r"blood pressure|hypertensi\w*|hypotensi\w*|antihypertensi\w*"),
    ("the immune system", r"immune system|immunity"),
    ("infections", r"infections?|sepsis"),
    ("hospital admissions", r"hospitali[sz]\w*|hospital admissions?|admitted to hospital"),
    ("intensive care admission", r"admitted\s+to\s+(?:an?\s+|the\s+)?(?:neonatal\s+|paediatric\s+|"
     r"pediatric\s+)?intensive\s+care(?:\s+units?)?|(?:NICU|ICU)\s+admissions?|"
     r"intensive\s+care\s+admissions?"),
    # how long patients stayed: "babies spent less time in intensive care"
    ("length of stay", r"length of (?:hospital |ICU )?stay|(?:time|days?|weeks?)\s+"
     r"(?:spent\s+)?in\s+(?:intensive care|hospital|(?:the\s+)?ICU|the\s+unit)|"
     r"(?:went|go|going|sent)\s+home\s+(?:(?:a\s+)?(?:few|several|two|three|\d+)\s+days?\s+)?"
     r"(?:earlier|sooner)|discharged\s+(?:(?:a\s+)?(?:few|several|two|three|\d+)\s+days?\s+)?"
     r"(?:earlier|sooner)"),
    ("miscarriage", r"miscarriages?|stillbirths?"),
    ("quality of life", r"quality of life|HR-?QoL|QoL|quality-adjusted life[- ]years?|QALYs?"),
    ("birth defects", r"birth defects?|congenital (?:malformations?|anomal(?:y|ies)|defects?)|"
     r"malformations?"),
    ("bladder control", r"(?:urinary )?(?:in)?continence|bladder control|leak\w* urine"),
    ("sexual function", r"sexual function|erectile|erections?|impotence"),
    ("painkillers", r"painkillers?|pain-killers?|analgesics?|opioids?"),
    ("obesity", r"obes\w*|overweight"),
    ("tooth decay", r"tooth decay|dental caries|caries|dental cavities"),
    ("ADHD", r"ADHD|attention[- ]deficit(?:/|\s+)?hyperactivity(?: disorder)?"),
    ("pain", r"pain(?![- ]?killers?)|painful"),
    ("soreness", r"soreness|tenderness"),
    ("breathing problems", r"breathing (?:problems?|difficult(?:y|ies))|wheez\w*|"
     r"respiratory (?:problems?|symptoms?|illness(?:es)?)"),
    ("joint replacements", r"(?:knee|hip)(?:\s+(?:and|or)\s+(?:knee|hip))?\s+replacements?|"
     r"joint replacements?|arthroplast(?:y|ies)"),
    ("coughing and sneezing", r"cough(?:s|ed|ing)?|sneez(?:e|es|ed|ing)"),
    ("anxiety", r"anxiety|anxious"),
    # "larger gains on reading and arithmetic tests"
    ("school achievement", r"(?:reading|maths?|mathematics|arithmetic|spelling)\s+(?:and|or)\s+"
     r"(?:reading|maths?|mathematics|arithmetic|spelling|writing)\s+(?:tests?|scores?|skills)|"
     r"(?:reading|maths?|mathematics|arithmetic|spelling)\s+(?:tests?|scores?|skills)|"
     r"academic (?:performance|achievement|attainment|results|grades)|"
     r"school (?:grades|performance|marks|results)|exam (?:results|grades)"),
    # how people slept, not "sleeping pills" or "children sleeping under nets"
    ("sleep", r"slept|sleep\s+(?:quality|better|more|longer|deeply|duration)|"
     r"(?:better|deeper|longer|more)\s+sleep|sleeping\s+(?:better|more|longer)"),
)  # fmt: skip
_OUTCOME = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for _, p in _OUTCOMES) + r")\b", re.I)
#: a null finding told as no link with an outcome: "found no link between ... and ADHD"
_NO_LINK = re.compile(r"\bno\s+(?:\w+\s+)?(?:link|association|relationship|connection)\b", re.I)
#: a change in an outcome, or a consequence: "mean fewer strokes", "will live longer"
_OUTCOME_EFFECT = re.compile(
    r"\b(?:fewer|less|lower|more|higher|reduc\w*|prevent\w*|protect\w*|cut\w*|sav\w+|"
    r"live longer|means?|lead(?:s)? to|result(?:s)? in|developed|develop)\b",
    re.I,
)
#: a hedge that speculates ("could mean fewer strokes"), not one that claims evidence
#: a relative clause with a negation: "an infection that antibiotics cannot treat"
_NEGATED_RELATIVE = re.compile(
    r"\b(?:that|which)\s+(?:[\w-]+\s+){0,2}?(?:cannot|can['\u2019]t|could\s*not|do\s+not|"
    r"don['\u2019]t|does\s+not|doesn['\u2019]t|will\s+not|won['\u2019]t)\s+[\w-]+"
    # (ending its clause: not "that the trial does not show whether ...")
    r"(?=\s*(?:[.,;:!?)\"\u201d]|$))",
    re.I,
)
_SPECULATES = re.compile(r"\b(?:could|may|might|would|possibly|potentially|hope)\b", re.I)
#: what a paper says it did not measure
_NOT_ASSESSED = re.compile(
    r"\b(?:not|never)\s+(?:been\s+)?(?:designed\s+to\s+|able\s+to\s+|powered\s+to\s+)?"
    r"(?:measur|assess|stud|test|examin|track|captur|evaluat|detect)\w*[^.;]{0,80}",
    re.I,
)
#: an effect the paper says it cannot speak to: "The study does not establish whether
#: testing reduces cancer mortality"
_NOT_ESTABLISHED_WHETHER = re.compile(
    r"\b(?:does|do|did|can|could)\s*(?:not|n['\u2019]t)\s+(?:establish|show|determine|tell\s+us)\s+"
    r"whether\b[^.;]{0,80}",
    re.I,
)
#: an outcome named as what was not studied: a caveat, not a claim
_NOT_STUDIED = re.compile(
    r"\b(?:not|never|no|nor)\b[^.]{0,40}\b(?:measur|assess|stud|design|test|look|examin|track)|"
    # "We can't tell from these data whether the levy will lead to less obesity"
    r"\b(?:can(?:not|n?['\u2019]t)|could(?: not|n['\u2019]t)|unable to)\s+(?:yet\s+)?(?:tell|say|"
    r"determine|know|show|establish|judge)\b[^.]{0,40}\b(?:whether|if)\b",
    re.I,
)


#: an outcome named as not recorded, with its name before: "Urinary continence and
#: erectile function were not recorded in the register"
_NOT_RECORDED = re.compile(
    r"[^.;]{0,80}(?:\b(?:was|were)\s+not\s+(?:recorded|measured|assessed|collected|captured|"
    r"available)|\b(?:cannot|could not|can't)\s+be\s+(?:determined|assessed|established|"
    r"estimated|judged|known))\b[^.;]*",
    re.I,
)
#: how a paper may name an outcome that a release names otherwise: in an emergency
#: department's records, "172 (18.9%) were admitted" is an admission to hospital
_PAPER_ALSO = {
    "hospital admissions": r"admitted|admissions?|inpatients?",
    # "women with obesity" for "a BMI of 30 kg/m² or more"
    "obesity": r"BMI|body mass index|body weight|weight gain",
    "tooth decay": r"dental|teeth",
    # "switching on the immune system" for "more tumour-infiltrating CD8+ T cells"
    "the immune system": r"immune|T[- ]cells?|lymphocytes?|antibod\w*|macrophages?",
    # "slept poorly" for "insomnia"
    "sleep": r"sleep\w*|slept|insomnia|sleepless\w*",
    "pain": r"pain\w*|analges\w*",
    "anxiety": r"anxi\w*",
    # "far fewer infections in newborns" for a study of pertussis: the infection by name
    "infections": r"infect\w*|pertussis|whooping cough|influenza|flu|COVID(?:-19)?|"
    r"SARS-CoV-2|dengue|malaria|tuberculosis|HIV|pneumonia|measles|RSV|hepatitis|"
    r"cholera|shingles|herpes zoster|chlamydia|gonorrh(?:o)?ea|syphilis|candida|C\.? difficile",
}


#: something the paper names as not measured: "grain quality was not assessed"
_NAMED_UNMEASURED = re.compile(
    r"(?:^|[;,]\s*|\band\s+)(?P<what>(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)\s+(?:was|were)\s+not\s+"
    r"(?:assessed|measured|recorded|evaluated|examined|studied|tested|collected)\b",
    re.I,
)


#: a result about something named: "kept the cooking and eating quality", "was unchanged"
_KEPT_OR_CHANGED = re.compile(
    r"\b(?:kept|keeps|keep|retain\w*|maintain\w*|preserv\w*|unchanged|unaffected|unaltered|"
    r"improv\w*|worsen\w*|better|worse|changed?|affect\w*|lost|loses|suffer\w*)\b",
    re.I,
)


def _as_function(what: str, text: str) -> bool:
    """Whether the sentence names ``what`` only as what something serves ("parts of the
    brain tied to smell", "smell-related regions"), not as a result."""
    word = re.escape(what.split()[0])
    return bool(
        re.search(
            rf"\b(?:tied|related|linked|devoted|dedicated|central)\s+to\s+{word}|"
            rf"\binvolved\s+in\s+{word}|\b{word}-related\b",
            text,
            re.I,
        )
    )


def _names_in_order(what: str, text: str, span: int = 8) -> bool:
    """Whether the words of ``what`` stand in ``text`` in the same order within ``span``
    words ("the edited grain also kept the cooking and eating quality" names grain
    quality; "reasons for absence were recorded by ... school staff" names no staff
    absence)."""
    want = [w[:6] for w in re.findall(r"[a-z]+", what.lower()) if _stems(w)]
    if not want:
        return False
    words = [w[:6] for w in re.findall(r"[a-z]+", text.lower())]
    if (
        len(want) == 2
        and span > 4
        and _names_in_order(f"{what.split()[-1]} {what.split()[0]}", text, 4)
    ):
        return True  # or the other way round, close together: "bread-making quality in
        # baking tests" names baking quality
    for start, w in enumerate(words):
        if w != want[0]:
            continue
        at, k = start, 1
        for j in range(start + 1, min(len(words), start + span + 1)):
            if k < len(want) and words[j] == want[k]:
                at, k = j, k + 1
        if k == len(want) and at - start <= span:
            return True
    return False


#: what the paper says it did not measure, as the object: "The study did not assess
#: fertility or birth rates, so ..."
_DID_NOT_MEASURE = re.compile(
    r"\b(?:did|does|do)\s+not\s+(?:assess|measure|record|evaluate|examine|collect|track)\s+"
    r"(?P<what>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,9}?)\s*(?=[,;.]|\bso\b|\bbecause\b|$)",
    re.I,
)
#: a list's lead-in: "outcomes such as sleep or academic performance"
_SUCH_AS = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:such\s+as|including|like)\s+", re.I)


def _said_unmeasured(ctx: RuleContext, text: str) -> bool:
    """Whether the sentence names an outcome the paper names only as one it could not
    measure ("babies spent less time in intensive care" where the study "cannot show
    whether rapid sequencing improves survival, length of stay ..."): a claim on it is no
    restatement of the background, whatever the aligner ranks first."""
    if not _OUTCOME.search(text):
        return False
    never = set(_outcomes_absent(ctx, text, raw=True))
    return any(name not in never for name in _outcomes_absent(ctx, text))


def _unmeasured(ctx: RuleContext) -> list[str]:
    """What the paper says it did not measure ("grain quality was not assessed", "did not
    assess fertility or birth rates")."""
    out = []
    for st in ctx.paper.statements:
        for m in _DID_NOT_MEASURE.finditer(st.text):
            for what in re.split(r"\s+(?:or|and|nor)\s+", m.group("what")):
                what = re.sub(r"^(?:the|its|their|any)\s+", "", what.strip(), flags=re.I)
                what = _SUCH_AS.sub("", what)  # "outcomes such as sleep": sleep
                if _stems(what) and len(what.split()) <= 3 and what.lower() not in (
                    "it", "this", "these", "data", "outcomes", "whether",
                ):  # fmt: skip
                    out.append(what)
        # ("Serum phosphate, which can fall after ferric carboxymaltose, was not measured")
        plain = re.sub(r",\s+(?:which|that|who)\s+[^,;.]+,", "", st.text)
        for m in _NAMED_UNMEASURED.finditer(plain):
            what = re.sub(
                r"^(?:(?:the|its|their|any|and|but|or|yet|so|although|though|while|whereas)\s+)+",
                "",
                m.group("what"),
                flags=re.I,
            )
            # ("Serum phosphate": what a release calls "phosphate levels")
            what = re.sub(r"^(?:serum|plasma|blood|urinary|urine|faecal|fecal|salivary)\s+", "",
                          what, flags=re.I)  # fmt: skip
            if _stems(what) and what.lower() not in ("it", "this", "these", "data", "outcomes"):
                out.append(what)
    return out


#: the survival of cells, not of people: "cut fibroblast survival by about a third"
_CELLS_SURVIVAL = re.compile(
    r"\b(?:cells?|fibroblasts?|keratinocytes?|neurons?|bacteri\w*|grafts?|colon(?:y|ies)|"
    r"organoids?|tissues?)\s+(?:survival|viability)\b",
    re.I,
)


def _outcomes_absent(ctx: RuleContext, text: str, *, raw: bool = False) -> list[str]:
    """The health outcomes the sentence names that the paper never names (``raw``: never
    names at all, not even as not measured); the survival of cells is none."""
    text = _CELLS_SURVIVAL.sub(" ", text)
    paper = " ".join([ctx.paper.title or "", *(st.text for st in ctx.paper.statements)])
    if raw:
        return [n for n, p in _OUTCOMES if re.search(rf"\b(?:{p})\b", text, re.I)
                and not re.search(rf"\b(?:{p})\b", paper, re.I)]  # fmt: skip
    # "was not designed to assess cardiovascular events": named as not measured; so is
    # "does not establish whether testing reduces cancer mortality"
    paper = _NOT_ASSESSED.sub(" ", paper)
    paper = _NOT_ESTABLISHED_WHETHER.sub(" ", paper) if "whether" in paper else paper
    if "not " in paper or "n't " in paper:
        paper = _NOT_RECORDED.sub(" ", paper)
    found: list[str] = []
    for name, pattern in _OUTCOMES:
        if not re.search(rf"\b(?:{pattern})\b", text, re.I):
            continue
        also = _PAPER_ALSO.get(name)
        if re.search(rf"\b(?:{pattern}{'|' + also if also else ''})\b", paper, re.I):
            continue
        found.append(name)
    return found


#: a result of the study's own subjects, told in the past: "also tended to report", "were
#: more likely" (not the background's "are common complaints after COVID-19")
_TOLD_AS_FOUND = re.compile(
    r"\b(?:were|was|had|tended|showed|reported|scored|developed|experienced)\b", re.I
)


#: a drug or agent defined in passing, after its name: ", an antibiotic doctors hold in
#: reserve for hard-to-treat infections"
_DEFINING_APPOSITIVE = re.compile(
    r",\s+an?\s+(?:[\w-]+\s+){0,2}?(?:antibiotics?|drugs?|medicines?|medications?|vaccines?|"
    r"bacteri(?:um|a)|virus(?:es)?|hormones?|compounds?|molecules?)\s+(?:that|which|doctors|"
    r"clinicians|often|commonly|used|reserved|given|known|prescribed|widely|kept)\b[^,.;]*",
    re.I,
)


@rule(
    "U103",
    "outcome-not-in-paper",
    "unsupported_claim",
    "warning",
    "A finding about a health outcome the paper never mentions.",
)
def outcome_not_in_paper(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The release says the study found, or will bring, an effect on a health outcome
    (strokes and heart attacks, cancer, the liver, death or survival) that the paper
    never names: "the mice also developed fatty livers, the researchers found", "large
    enough to mean fewer strokes and heart attacks", "patients will live longer".

    An outcome the paper does not name is one it did not measure, so the claim cannot
    rest on it, however closely the rest of the sentence matches the paper's words (the
    alignment sees "mice", "donors" and "obesity" and finds weak support).  Promising
    hard clinical outcomes from a study of a surrogate (blood pressure, a lab panel) is
    a classic overreach (Boutron & Ravaud, PNAS 2018; Sumner et al., BMJ 2014, code
    claims beyond the study's outcomes as unsupported).  Only claims count: background
    ("heat is the deadliest weather hazard"), questions, cautions and sentences that say
    an outcome was not studied are left alone (a null finding told as "no link between
    ... and ADHD" is a finding about ADHD, and is checked); a hedged claim ("could mean fewer
    strokes") is reported at info, except where the paper says it could not measure the
    outcome and the hedge claims evidence rather than speculating ("early signs point to
    fewer children developing tooth decay" for "whether these changes translate into lower
    rates of dental caries cannot be determined").  Something else the paper says it did
    not assess ("grain quality was not assessed") is flagged too when the release tells a
    result on it ("The edited grain also kept the cooking and eating quality"), its words
    in the same order within a few words, even where the paper's background names it
    ("Students who scored above the threshold also tended to report poorer sleep" for "did
    not assess ... outcomes such as sleep"); so is a result told at a time after the
    paper's follow-up ended ("back at work six months after their injury" where "Outcomes
    were assessed only up to 28 days"), and a result in infancy where "Infants were not
    followed up after delivery".
    """
    unmeasured = _unmeasured(ctx)
    flagged: list[int] = []
    for a in ctx.alignment:
        s = ctx.document.sentences[a.sentence]
        named = [
            w for w in unmeasured if _names_in_order(w, s.text) and not _as_function(w, s.text)
        ]
        if not named and not _OUTCOME.search(s.text):
            continue  # a cheap first test
        f = sentence_features(ctx, a.sentence)
        if not (
            _is_claim(ctx, a.sentence)
            or _OUTCOME_EFFECT.search(s.text)
            or (named and _KEPT_OR_CHANGED.search(s.text))
        ):
            continue
        # (a negation inside a relative clause negates nothing of the claim: "more likely to
        # pick up an infection that antibiotics cannot treat")
        plain = _NEGATED_RELATIVE.sub(" ", s.text) if f.negated else s.text
        negated = f.negated and (plain == s.text or analyze(plain).negated)
        if (negated and not (f.null_result and _NO_LINK.search(s.text))) or f.cautionary:
            continue  # ("found no link between ... and ADHD" is a finding about ADHD too)
        if (
            _NOT_STUDIED.search(s.text)
            # (a background the study's own result is told in: "Students who scored above
            # the threshold also tended to report poorer sleep" where earlier studies linked
            # it to poorer sleep and this one "did not assess ... outcomes such as sleep")
            or (
                restates_background(ctx, a.sentence)
                and not _said_unmeasured(ctx, s.text)
                and not (named and not s.headline and _TOLD_AS_FOUND.search(s.text))
            )
            or defines_condition(s.text)
        ):
            continue  # ("Sepsis, the body's extreme response ..., can lead to ... death")
        if outside_role(ctx, speaker(ctx, s)):
            continue  # an outside commentator's view: U101 reports it as such
        # (not an outcome that only defines a drug named in passing: "colistin, an
        # antibiotic doctors hold in reserve for hard-to-treat infections")
        told = _DEFINING_APPOSITIVE.sub(" ", s.text) if ", a" in s.text else s.text
        absent = _outcomes_absent(ctx, told) if _OUTCOME.search(told) else []
        if not absent and named:
            # "The edited grain also kept the cooking and eating quality" where "grain
            # quality was not assessed"
            flagged.append(s.index)
            yield self.finding(
                f"{who(s, ctx)}Speaks of {named[0]}, which the paper says it did not measure.",
                severity="info" if f.hedged and _SPECULATES.search(s.text) else None,
                sentence=s,
                evidence=ctx.evidence_for(a.sentence, limit=1),
                suggestion="Report only the outcomes the study measured.",
            )
            continue
        if not absent:
            continue
        named_text = " and ".join(absent[:2])
        never = set(_outcomes_absent(ctx, s.text, raw=True))
        where = " (the abstract, at least)" if not ctx.paper.sections else ""
        how = (
            f"which the paper never mentions{where}"
            if never & set(absent[:2])
            else "which the paper says it did not measure"
        )
        # "could mean fewer strokes" speculates; "early signs point to fewer children
        # developing tooth decay" claims evidence the paper says it does not have
        claims_evidence = not never & set(absent[:2]) and not _SPECULATES.search(s.text)
        flagged.append(s.index)
        yield self.finding(
            f"{who(s, ctx)}Speaks of {named_text}, {how}.",
            severity="info" if f.hedged and not claims_evidence else None,
            sentence=s,
            evidence=ctx.evidence_for(a.sentence, limit=1),
            suggestion="Report only the outcomes the study measured; say so if an effect "
            "on other outcomes is the authors' expectation rather than a finding.",
        )
    yield from _beyond_follow_up(self, ctx, flagged)


#: how long the paper followed its subjects, said as a limit: "Outcomes were assessed only
#: up to 28 days", "follow-up ended at 12 weeks", "followed for only six months"
_FOLLOW_UP_LIMIT = re.compile(
    r"\b(?:(?:assessed|measured|recorded|collected|followed(?:\s+up)?|observed|monitored)\s+"
    r"(?:only\s+)?(?:up\s+)?(?:to|until|through|for)\s+(?:only\s+)?(?:day\s+|week\s+)?|"
    r"follow-up\s+(?:was\s+)?(?:limited\s+to|ended\s+at|stopped\s+at|lasted(?:\s+only)?|"
    r"of\s+only)\s+)"
    r"(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"eighteen|twenty-four)[\s-](?P<unit>hour|day|week|month|year)s?\b",
    re.I,
)


#: what is to come: "will follow the children for five years"
_FUTURE = re.compile(r"\b(?:will|would|plan\w*|hope\w*|next|future)\b", re.I)
#: infants the study did not follow after birth: "Infants were not followed up after delivery"
_NOT_FOLLOWED_AFTER_BIRTH = re.compile(
    r"\b(?:infants|babies|newborns|children|offspring)\s+(?:were|was)\s+not\s+followed"
    r"(?:\s+up)?\s+(?:after|beyond|past)\s+(?:delivery|birth|discharge)\b",
    re.I,
)
#: a time of infancy: "in their first months of life", "as toddlers"
_INFANCY = re.compile(
    r"\b(?:in|during|over|through)\s+(?:their|the|its)\s+first\s+(?:few\s+|\w+\s+)?(?:weeks?|"
    r"months?|years?)(?:\s+of\s+life)?\b|\bas\s+(?:toddlers|infants)\b|"
    r"\b(?:babies|infants|children)\b[^.;]{0,60}\b(?:months|years)\s+(?:after\s+birth|old|later)\b",
    re.I,
)

#: a follow-up the paper reports at a time: "At 6-month follow-up", "at the 12-week
#: follow-up visit"
_FOLLOW_UP_AT = re.compile(
    r"\b(?:at|after)\s+(?:the\s+)?(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|twelve|eighteen|twenty-four)-(?P<unit>day|week|month|year)\s+follow-?up\b",
    re.I,
)


def _beyond_follow_up(
    self: Rule, ctx: RuleContext, flagged: Collection[int] = ()
) -> Iterator[Finding]:
    """A result told at a time after the paper's follow-up ended ("were more likely to be
    back at work six months after their injury" where "Outcomes were assessed only up to 28
    days", or where the last follow-up the paper reports is earlier: "a full year after the
    training ended" for "At 6-month follow-up"): nothing was measured then.  The sentence
    must claim a result without a hedge or a negation, and no statement of the paper may
    give that time."""
    from spin.rules.numbers import _TIME_UNIT_DAYS, _amount, _times_in, time_points

    # (infants not followed after birth, told of in their first months: "Babies from
    # purifier homes also had fewer breathing problems in their first months of life"
    # where "Infants were not followed up after delivery")
    unborn = next(
        (
            i
            for i, st in enumerate(ctx.paper.statements)
            if _NOT_FOLLOWED_AFTER_BIRTH.search(st.text)
        ),
        None,
    )
    for s in ctx.document.sentences:
        if unborn is None:
            break
        if s.index in flagged or not _INFANCY.search(s.text):
            continue
        if _told_plainly(ctx, s, claim=False):
            yield _after_follow_up(
                self,
                ctx,
                s,
                unborn,
                "Tells a result after birth, where the infants were not followed",
            )
    limits = [
        (i, _amount(m.group("n")) * _TIME_UNIT_DAYS[m.group("unit").lower()])
        for i, st in enumerate(ctx.paper.statements)
        if not st.is_context
        # (or the last follow-up the paper reports: "At 6-month follow-up (n=118),
        # improvements were maintained")
        for pattern in (_FOLLOW_UP_LIMIT, _FOLLOW_UP_AT)
        for m in pattern.finditer(st.text)
    ]
    if not limits:
        return
    # (on a tie, the later statement: the result "At 6-month follow-up ... were maintained",
    # not the methods' list of outcomes)
    where, limit = max(limits, key=lambda x: (x[1], x[0]))
    times = [t for st in ctx.paper.statements for t in _times_in(st.text, spans=True)]
    for s in ctx.document.sentences:
        if s.index in flagged:
            continue
        told = [t for _, t in time_points(s.text)]
        late = [t for t in told if t > 1.5 * limit and not any(p >= 0.9 * t for p in times)]
        if not late:
            continue
        if _told_plainly(ctx, s, claim=True):
            yield _after_follow_up(
                self, ctx, s, where, "Tells a result at a time after the paper's follow-up ended"
            )


def _told_plainly(ctx: RuleContext, s: Sentence, claim: bool) -> bool:
    """Whether a sentence tells a result without a hedge, a negation, a caution or advice,
    and not what is to come ("will follow the children for five years"); with ``claim``,
    only a sentence read as a claim."""
    f = sentence_features(ctx, s.index)
    if (claim and not f.is_claim) or f.hedged or f.negated or f.cautionary or f.advice:
        return False
    return not _FUTURE.search(s.text)


def _after_follow_up(self: Rule, ctx: RuleContext, s: Sentence, i: int, lead: str) -> Finding:
    """U103 on a result told after the paper's follow-up ended, quoting where it says so."""
    return self.finding(
        f"{who(s, ctx)}{lead}; the paper says: \u201c{ctx.paper.statements[i].text}\u201d",
        sentence=s,
        evidence=(statement_evidence(ctx, i),),
        suggestion="Report results only up to the end of the study's follow-up.",
    )


RULES: tuple[Rule, ...] = (unsupported_claim, outcome_not_in_paper)
