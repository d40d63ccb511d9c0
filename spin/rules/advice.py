"""Advice the paper does not give."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spin.claims import (
    _ADVICE_MODAL,
    _CLINICIANS_CAN,
    ADVISES_AGAINST,
    advice_given,
    content_words,
)
from spin.model import Evidence, Finding, Sentence
from spin.rules.base import Rule, RuleContext, rule
from spin.rules.common import (
    alignment_of,
    facts,
    first_statement,
    main_null_results,
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
    Weak advice is reported at info, except advice to people from a study in
    animals, cells or a computer model ("may be worth adding to the diet of people
    at high risk" after experiments on cell lines), and advice to take up what the paper's
    main result found no better than its comparison ("neurofeedback is now a reasonable
    option to consider" where it "did not reduce parent-rated symptoms more than sham").
    A question ("Families often ask us whether neurofeedback is worth trying") and advice
    said not to follow ("Nothing in this study suggests that parents should turn down
    antibiotics") are not advice.  Advice no stronger than the
    paper's is still flagged when it is about something else: when it scores below
    0.7 of the aligner's weak-support threshold against every piece of the paper's
    advice, or is addressed to another audience than all of it ("urge governments" where
    the paper advises clinicians).  Offering something "instead of" another where the
    paper says it is "not a replacement" is flagged, and so is advice for what the paper
    advises against ("should now consider adding intravenous vitamin C" where "we do not
    recommend routine use of intravenous vitamin C"); advice the paper's own background
    gives ("the recommended first-line treatment") and advice that limits ("should be
    within large, well-designed trials") are not.  The paper's advice against a practice
    ("schools should not introduce music lessons with the expectation of improving
    working memory") is advice the paper gives; a caution about its own evidence ("these
    findings should not be used to guide individual coffee intake") is not.  A release
    that puts into use what the paper says needs evaluation first ("could be used
    alongside CT scans in lung cancer screening programmes" where "prospective evaluation
    in a screening setting is needed before canine detection could be considered for
    clinical use") is flagged too, and so is an imperative put to readers ("ask your
    delivery team to wait before they clamp the cord").  Where the paper's only advice is
    against a practice ("The cut-off ... should not be used for diagnosis"), a
    recommendation in so many words that matches none of it is flagged ("recommends that
    universities give the questionnaire to all incoming first-year students").  Advice for
    what the paper says its results do not support is flagged as against it, weak or strong:
    a clinician's option ("until larger studies report, family doctors could reasonably
    offer ivermectin" where "These results do not support the use of ivermectin"), and a
    recommendation that shares only the practice's name with the paper's advice but is as
    close to it as weak support ("should advise pregnant patients to keep a HEPA purifier
    running at home" for "do not support recommending purifiers solely to increase birth
    weight").  An opening "Until" that names an interim ("Until labelling improves, the
    researchers advise shoppers to ...") is no caution; one that waits for evidence is.
    """
    pf = facts(ctx)
    flagged: list[int] = []
    against = _advises_against(ctx)
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        if f.advice <= pf.max_advice or f.cautionary:
            continue
        if f.advice == 1 and _against_hit(ctx, s, against) is not None:
            continue  # weak advice for what the paper advises against: not beyond the paper
            # only, but against it (below)
        before_cue = (
            s.text[: max(0, s.text.lower().find(f.advice_cues[0].lower()))] if f.advice_cues else ""
        )
        if before_cue and (
            (_ASKED_WHETHER.search(before_cue) and not _ADVISED_TO_ASK.search(before_cue))
            or _NOTHING_SUGGESTS.search(before_cue)
        ):
            continue  # "Families often ask us whether neurofeedback is worth trying": the
            # question, not advice; "Nothing in this study suggests that parents should turn
            # down antibiotics": advice the study does not give
        if _background_advice(ctx, s.index, f.advice):
            continue  # "CBT-I is the recommended first-line treatment": the paper's background
        if _GUIDELINE_SAYS.search(s.text):
            continue  # "the WHO guideline, which says average night-time levels ... should
            # stay at or below 30 decibels": a guideline's advice, reported
        flagged.append(s.index)
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
        denied = _replacement_denied(ctx) if " instead of " in s.text else None
        if denied is not None:
            st = ctx.paper.statements[denied]
            yield self.finding(
                f"{who(s, ctx)}Offers it in place of something else ('instead of'); the "
                f"paper says it is not a replacement: \u201c{st.text}\u201d",
                sentence=s,
                evidence=(Evidence(st.text, st.section, 1.0, st.source),),
                suggestion="Say, as the paper does, that it is not a replacement.",
            )
            continue
        name = speaker(ctx, s)
        role = outside_role(ctx, name)
        whose = (
            f" This is the opinion of {name}, who is not an author of the study ({role})."
            if role
            else ""
        )
        # weak advice to take it up where the paper says it is not ready for use ("could
        # already consider offering the test" where "prospective studies ... are needed
        # before clinical use") goes against the paper, not only beyond it
        not_yet = (
            first_statement(ctx, _NOT_YET_FOR_USE)
            if f.advice == 1 and not _CONDITION.search(s.text)
            else None
        )  # (not "Before DMC-7 can be considered for clinical development, we need ...")
        # (or to take up what the paper's main result found no better than its
        # comparison: "neurofeedback is now a reasonable option to consider" where it "did
        # not reduce parent-rated symptoms more than sham")
        null_main = _null_main_of(ctx, s.text) if f.advice == 1 and not_yet is None else None
        if not_yet is not None:
            st = ctx.paper.statements[not_yet]
            ev = (Evidence(st.text, st.section, 1.0, st.source),)
            whose = f" The paper says it is not ready for use: \u201c{st.text}\u201d{whose}"
        elif null_main is not None:
            st = ctx.paper.statements[null_main]
            ev = (Evidence(st.text, st.section, 1.0, st.source),)
            whose = f" The paper's main result was null: \u201c{st.text}\u201d{whose}"
        yield self.finding(
            f"{who(s, ctx)}Gives {_LEVEL[f.advice]}{to}{cue}; the paper gives "
            f"{_LEVEL[pf.max_advice]}.{whose}",
            sentence=s,
            evidence=ev,
            # weak advice is at info, except advice to people from a study that had
            # none (animals, cells, a model): nothing in it speaks to what people should
            # do, and advice the paper says comes too soon
            severity="info"
            if f.advice == 1
            and not (pf.nonhuman and _TO_PEOPLE.search(s.text))
            and not_yet is None
            and null_main is None
            else None,
            suggestion="Keep to what the paper recommends, or make clear whose opinion "
            "the advice is and that the study did not test it.",
        )

    yield from _use_before_evaluation(self, ctx, flagged)
    yield from _advice_against(self, ctx, flagged)
    yield from _advice_unmatched(self, ctx, flagged)
    yield from _trials_in_people_first(self, ctx, flagged)


#: a question just before the advice: "ask us whether neurofeedback"
_ASKED_WHETHER = re.compile(r"\b(?:whether|if)\s+(?:[\w'-]+\s+){0,3}$", re.I)
#: advice to ask the question: "should ask their neurologist whether"
_ADVISED_TO_ASK = re.compile(r"\b(?:should|must|ought|need\s+to|advise\w*|urge\w*)\b", re.I)
#: advice said not to follow from the study: "Nothing in this study suggests that"
_NOTHING_SUGGESTS = re.compile(
    r"\b(?:nothing|no\s+evidence|none\s+of\s+this)\s+(?:in\s+[^,.;]{0,30}?\s+)?(?:suggests?|"
    r"indicates?|shows?|means?|implies)\s+that\s+(?:[\w'-]+\s+){0,4}$",
    re.I,
)


def _null_main_of(ctx: RuleContext, text: str) -> int | None:
    """The paper's statement of a null main result about what the sentence advises: one
    that shares a word of seven letters or more with it ("neurofeedback")."""
    mine = {w for w in content_words(text) if len(w) >= 7}
    for i in main_null_results(ctx):
        if mine & content_words(ctx.paper.statements[i].text):
            return i
    return None


#: the paper says what must come before any use: "Prospective evaluation in a screening
#: setting is needed before canine detection could be considered for clinical use"
_NOT_YET_FOR_USE = re.compile(
    r"\b(?:needed|required|necessary|warranted)\s+before\b[^.;]{0,80}?\b(?:clinical|routine|"
    r"practice|screening|use)\b|"
    r"\bnot\s+(?:yet\s+)?(?:ready|suitable|recommended)\s+for\s+(?:clinical|routine|widespread)?"
    r"\s*(?:use|practice|screening)\b|"
    # "they do not support routine use in pet dogs outside clinical trials"
    r"\b(?:do|does)\s+not\s+(?:yet\s+)?support\s+(?:its\s+|their\s+)?(?:routine|clinical|"
    r"widespread|general)\s+use\b",
    re.I,
)
#: a condition put on the use: "Before DMC-7 can be considered ..., we need animal studies"
_CONDITION = re.compile(r"\b(?:before|until|once|if|after|unless)\b", re.I)
#: the release puts it to use: "trained dogs could be used alongside CT scans in lung
#: cancer screening programmes"
_PUT_IN_USE = re.compile(
    r"\b(?:could|can|should|will|would)\s+(?:now\s+|soon\s+|also\s+|one day\s+)?be\s+"
    r"(?:used|deployed|introduced|offered|adopted|rolled out)\b[^.;]{0,80}?\b(?:screening|"
    r"clinics?|clinical practice|practice|hospitals?|surgeries|GPs?|routine(?:ly)?|programmes?|"
    r"programs?)\b",
    re.I,
)


#: advice to make it routine: "recommends that wildlife managers start bathing tadpoles in
#: the bacterium as a routine step"
_ROUTINE_USE = re.compile(
    r"\bas\s+a\s+(?:routine|standard)\s+(?:step|measure|practice|part)\b|"
    r"\b(?:routinely|start\s+(?:using|offering|giving|bathing|treating))\b",
    re.I,
)


def _use_before_evaluation(self: Rule, ctx: RuleContext, skip: list[int]) -> Iterator[Finding]:
    """The release puts into practice what the paper says needs evaluation first: "trained
    dogs could be used alongside CT scans in lung cancer screening programmes" where
    "prospective evaluation in a screening setting is needed before canine detection could
    be considered for clinical use"."""
    need = first_statement(ctx, _NOT_YET_FOR_USE)
    if need is None:
        return
    st = ctx.paper.statements[need]
    for s in ctx.document.sentences:
        if s.index in skip:
            continue
        f = sentence_features(ctx, s.index)
        m = _PUT_IN_USE.search(s.text) or (_ROUTINE_USE.search(s.text) if f.advice >= 2 else None)
        if m is None or f.negated or f.cautionary or _NOT_YET_FOR_USE.search(s.text):
            continue
        if _CONDITION.search(s.text, 0, m.start()):
            continue  # "before it could be used in screening": the paper's own condition
        skip.append(s.index)
        yield self.finding(
            f"{who(s, ctx)}Says it could be put to use ('{m.group(0)}'); the paper says it "
            f"needs evaluation first: \u201c{st.text}\u201d",
            sentence=s,
            evidence=(Evidence(st.text, st.section, 1.0, st.source),),
            suggestion="Say, as the paper does, what must be shown before it is used.",
        )


#: a guideline's advice, reported as the guideline's: "the WHO guideline, which says ...
#: should", "guidelines recommend"
_GUIDELINE_SAYS = re.compile(
    r"\b(?:guidelines?|guidance|standards?|recommendations?)\b,?\s+(?:which|that)\s+"
    r"(?:says?|states?|recommends?|advises?|sets?)\b|"
    r"\b(?:guidelines?|guidance)\s+(?:says?|states?|recommends?|advises?)\b",
    re.I,
)


def _background_advice(ctx: RuleContext, index: int, level: int) -> bool:
    """Whether the sentence restates advice the paper's own background gives ("CBT-I is
    the recommended first-line treatment for chronic insomnia")."""
    from spin.align import CONTEXT_WEIGHT

    a = alignment_of(ctx, index)
    if a is None or not a.matches:
        return False
    top = a.matches[0].score
    # the background's statement as the best match, or, its lower weight undone, as close
    # as the best for a sentence that advises no one ("CBT-I ... is the recommended first
    # treatment", not "GPs should now prescribe the app as the first-line treatment")
    modal = _ADVICE_MODAL.search(ctx.document.sentences[index].text)
    if any(
        ctx.paper.statements[m.statement].is_context
        and (m.score >= top or (not modal and m.score / CONTEXT_WEIGHT >= top))
        and statement_features(ctx, m.statement).advice >= level
        for m in a.matches
    ):
        return True
    if modal:
        return False
    # (whatever the aligner ranks first: a background statement giving that advice in most
    # of the sentence's words, "Cognitive behavioural therapy for insomnia ... is the
    # recommended first-line treatment")
    mine = content_words(ctx.document.sentences[index].text)
    return any(
        st.is_context
        and statement_features(ctx, i).advice >= level
        and len(mine & content_words(st.text)) >= max(3, len(mine) // 2)
        for i, st in enumerate(ctx.paper.statements)
    )


#: words of advising itself, not of what is advised
_ADVICE_WORDS = frozenset(
    ("should", "must", "recommend", "recommends", "recommended", "advise", "advises", "urge")
)


def _advice_against(self: Rule, ctx: RuleContext, skip: list[int]) -> Iterator[Finding]:
    """Advice for what the paper advises against: "intensive care teams should now
    consider adding intravenous vitamin C" where the paper says "we do not recommend
    routine use of intravenous vitamin C in sepsis"."""
    against = _advises_against(ctx)
    if not against:
        return
    for s in ctx.document.sentences:
        if s.index in skip:
            continue
        hit = _against_hit(ctx, s, against)
        if hit is None:
            continue
        skip.append(s.index)
        i, what = hit
        st = ctx.paper.statements[i]
        yield self.finding(
            f"{who(s, ctx)}Advises what the paper advises against ('{what.strip()}').",
            sentence=s,
            evidence=(Evidence(st.text, st.section, 1.0, st.source),),
            suggestion="Report the paper's own advice, which is against it.",
        )


def _advises_against(ctx: RuleContext) -> list[tuple[int, str]]:
    """The paper's own advice against a practice, with where it says it."""
    return [
        (i, m.group(0))
        for i, st in enumerate(ctx.paper.statements)
        if not st.is_context
        for m in ADVISES_AGAINST.finditer(st.text)
    ]


def _against_hit(
    ctx: RuleContext, s: Sentence, against: list[tuple[int, str]]
) -> tuple[int, str] | None:
    """The paper's advice against what the sentence advises, if any."""
    from spin.align import score_matrix, thresholds

    f = sentence_features(ctx, s.index)
    if not against or not f.advice or f.cautionary or f.negated:
        return None
    # (advice in so many words, or a clinician's option: "family doctors could reasonably
    # offer ivermectin")
    allowed = bool(f.advice_cues) and bool(re.search(r"\b(?:could|can|may)\b", f.advice_cues[0]))
    if not (_ADVISES.search(s.text) or allowed) or ADVISES_AGAINST.search(s.text):
        return None
    if re.search(r"\b(?:not|n't|never|nothing|against|limited to|only in)\b", s.text, re.I):
        return None  # "the authors do not recommend routine use": the paper's own advice;
        # "Nothing in this study suggests that parents should turn down antibiotics"
    mine = content_words(s.text) - _ADVICE_WORDS
    hit = next(((i, what) for i, what in against if len(mine & content_words(what)) >= 2), None)
    if hit is None:
        # (or one word of what it advises against, in a sentence as close to the whole
        # statement as weak support: "should advise pregnant patients to keep a HEPA
        # purifier running at home" where "These findings do not support recommending
        # purifiers solely to increase birth weight")
        # (advice in so many words, or a clinician's option: not "the case for it should
        # rest on what music itself offers children")
        near = [(i, what) for i, what in against if mine & content_words(what)]
        if near and (_RECOMMENDS.search(s.text) or _CLINICIANS_CAN.search(s.text)):
            scores = score_matrix([s.text], [ctx.paper.statements[i].text for i, _ in near])[0]
            best = int(scores.argmax())
            if float(scores[best]) >= thresholds()[1]:
                hit = near[best]
    return hit


#: how far below the aligner's weak-support threshold a release recommendation must
#: score against every piece of the paper's advice to be advice of its own (chosen on the
#: blind releases: their planted recommendations scored 0.13-0.15 with the lexical
#: score, faithful paraphrases of a paper's advice 0.20 and more; threshold 0.22)
UNMATCHED_ADVICE = 0.7


def _advice_unmatched(self: Rule, ctx: RuleContext, skip: list[int]) -> Iterator[Finding]:
    """Advice no stronger than the paper's, but about something else: "The researchers
    recommend that women limit combined hormone therapy to less than five years" where
    the paper's only advice is that "the absolute excess risks ... should be weighed
    against symptom relief"."""
    from spin.align import score_matrix, thresholds

    pf = facts(ctx)
    if not pf.max_advice:
        return
    given = [
        i
        for i in range(len(ctx.paper.statements))
        if statement_features(ctx, i).advice
        and not statement_features(ctx, i).cautionary
        and not ctx.paper.statements[i].is_context
    ]
    # where the paper's only advice is against a practice ("The cut-off ... should not be
    # used for diagnosis"), a recommendation in so many words is held to it ("She recommends
    # that universities give the questionnaire to all incoming first-year students"), not a
    # "should" of the speaker's own view ("the case for it should rest on what music itself
    # offers children")
    recommends_only = not given
    if not given:
        given = [
            i
            for i in range(len(ctx.paper.statements))
            if advice_given(statement_features(ctx, i)) and not ctx.paper.statements[i].is_context
        ]
    if not given:
        return
    limit = UNMATCHED_ADVICE * thresholds()[1]
    texts = [ctx.paper.statements[i].text for i in given]
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        if s.index in skip or not f.advice or f.cautionary or not _ADVISES.search(s.text):
            continue
        if _RESTRICTS.search(s.text):
            continue  # "if it is to be used, it should be within large trials": a limit
        if recommends_only and not _RECOMMENDS.search(s.text):
            continue
        scores = score_matrix([s.text], texts)[0]
        best = int(scores.argmax())
        audiences = {statement_features(ctx, i).advice_to for i in given}
        # advice to another audience than all of the paper's advice ("urge governments" where
        # the paper advises clinicians)
        elsewhere = bool(f.advice_to) and None not in audiences and f.advice_to not in audiences
        if float(scores[best]) >= limit and not elsewhere:
            continue
        skip.append(s.index)
        st = ctx.paper.statements[given[best]]
        cue = f" ('{f.advice_cues[0]}')" if f.advice_cues else ""
        to = f" {_TO[f.advice_to]}" if f.advice_to in _TO else ""
        yield self.finding(
            f"{who(s, ctx)}Gives advice{to}{cue} that none of the paper's advice matches; the "
            f"paper advises: \u201c{st.text}\u201d",
            sentence=s,
            evidence=(Evidence(st.text, st.section, float(scores[best]), st.source),),
            severity="info" if f.advice == 1 else None,
            suggestion="Keep to what the paper recommends, or make clear whose opinion the "
            "advice is and that the study did not test it.",
        )


#: a recommendation in so many words: "recommends that", "urge", "call on"
_RECOMMENDS = re.compile(r"\b(?:recommend\w*|advis\w*|urge[sd]?|call(?:s|ed|ing)? on)\b", re.I)
#: advice that limits rather than extends: "should be within large, well-designed trials",
#: "only in", "limited to", "not ... routinely"
_RESTRICTS = re.compile(
    r"\b(?:only|limited to|restricted to|within\s+(?:large|well-designed|randomi[sz]ed|clinical|"
    r"further)|if it is to be used|not|never|unless|outside)\b",
    re.I,
)
#: a sentence that recommends in so many words (not "X may be useful"): what the
#: unmatched-advice check reads
_ADVISES = re.compile(
    r"\b(?:recommend\w*|advis\w*|urge[sd]?|should|must|call(?:s|ed|ing)? (?:on|for)|"
    r"(?:simplest|easiest|best|cheapest|quickest) way to)\b",
    re.I,
)


#: the paper denies that what it tested replaces something: "as a complement to, not a
#: replacement for, campus counselling"
_NOT_A_REPLACEMENT = re.compile(
    r"\bnot\s+(?:as\s+)?(?:a\s+)?(?:replacement|substitute)\s+(?:for|of)\b|"
    r"\b(?:should|must|cannot|can't|does not|do not)\s+(?:not\s+)?replace\b",
    re.I,
)


def _replacement_denied(ctx: RuleContext) -> int | None:
    """The paper statement that says it is not a replacement, if any."""
    return next(
        (i for i, st in enumerate(ctx.paper.statements) if _NOT_A_REPLACEMENT.search(st.text)),
        None,
    )


#: advice addressed to people (for a study without any)
_TO_PEOPLE = re.compile(
    r"\b(?:people|patients|adults|women|men|children|parents|anyone|everyone|you|your|"
    r"diet|sufferers|consumers|readers|those)\b",
    re.I,
)


#: the paper puts other studies before any test in people: "studies in pregnant animal
#: models are needed before any clinical testing"
_BEFORE_PEOPLE = re.compile(
    r"\bbefore\s+(?:any\s+|it\s+(?:is|can\s+be)\s+)?(?:clinical\s+(?:testing|trials?|use|"
    r"evaluation|studies)|(?:testing|trials?|tested|use|used)\s+in\s+(?:humans|people|"
    r"patients))\b|"
    # "need to be tested in rodents before its relevance to human anxiety can be assessed"
    r"\bbefore\s+(?:its|their|any)\s+relevance\s+to\s+(?:human|people|patients)",
    re.I,
)
#: the release calls for trials in people: "move into clinical trials in pregnant women",
#: "should now be tested in patients"
_TRIALS_IN_PEOPLE = re.compile(
    r"\b(?:clinical\s+trials?|trials?|testing|tested|tests?)\s+(?:in|on|with)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:people|humans|patients|women|men|children|volunteers|babies)\b",
    re.I,
)
#: ... and says so as a wish or a plan, not as a step for later
_SOON = re.compile(
    r"\b(?:as (?:quickly|soon) as possible|without delay|immediately|now|next year|"
    r"right away|fast-track\w*|urgently|would like to see|want to see|should)\b",
    re.I,
)


def _trials_in_people_first(self: Rule, ctx: RuleContext, skip: Sequence[int]) -> Iterator[Finding]:
    """A laboratory or animal study whose paper says other studies must come before any
    test in people, told in the release as ready for trials in people now ("We would
    like to see RT-2207 move into clinical trials in pregnant women as quickly as
    possible" where "studies in pregnant animal models are needed before any clinical
    testing")."""
    pf = facts(ctx)
    if not pf.nonhuman:
        return
    where = next(
        (i for i, st in enumerate(ctx.paper.statements) if _BEFORE_PEOPLE.search(st.text)), None
    )
    if where is None:
        return
    st = ctx.paper.statements[where]
    for s in ctx.document.sentences:
        if s.index in skip or not _TRIALS_IN_PEOPLE.search(s.text) or not _SOON.search(s.text):
            continue
        f = sentence_features(ctx, s.index)
        if f.negated or re.search(
            r"\b(?:before|until|not yet)\b|\bfirst\b(?!\s+(?:clinical\s+)?(?:trials?|stud|tests?))",
            s.text,
            re.I,
        ):
            continue  # "animal studies are needed before anyone considers testing it in people"
            # (not "go forward to a first clinical trial in people")
        yield self.finding(
            f"{who(s, ctx)}Calls for trials in people now; the paper says other studies must "
            "come first.",
            sentence=s,
            evidence=(Evidence(st.text, st.section, 1.0, st.source),),
            suggestion="Say what the paper says must happen before any trial in people.",
        )


RULES: tuple[Rule, ...] = (advice_not_in_source,)
