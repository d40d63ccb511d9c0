"""Causal overstatement: cause claimed where the paper shows association."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from spin.claims import analyze, is_noun_cause, only_evidential
from spin.model import Finding, Severity
from spin.rules.base import Rule, RuleContext, rule
from spin.rules.certainty import plain_part
from spin.rules.common import (
    EFFECT_WORDS,
    alignment_of,
    causal_gap,
    claims,
    defines_condition,
    evidence_of,
    facts,
    finding_matches,
    hedges_at,
    reports_methods,
    restates_background,
    statement_evidence,
    statement_features,
    who,
)
from spin.rules.species import extrapolated_statement

__all__ = ["RULES", "causal_overstatement", "one_gene_determines"]

_STRENGTH = {0: "no relationship", 1: "an association", 2: "a possible (conditional) cause",
             3: "direct cause"}  # fmt: skip
#: Below this probability of its direct-cause reading, a sentence's C101 is info, not a
#: warning: out of fold on the 5,137 Yu et al. 2019/2020 sentences, the strength model's
#: direct-cause readings below 0.7 are right 50% of the time (140 of 279), those at 0.7
#: or above 83% (643 of 779) (docs/classifiers.md)
UNSURE = 0.7
_OBSERVATIONAL = ("observational", "cohort", "case_control", "cross_sectional")
_CONTROLLED = ("rct", "crossover", "meta_analysis")


#: a comparison inside a trial that its randomisation does not protect
_NOT_RANDOMISED = re.compile(
    r"\bpropensity\b|\bnot\s+randomi[sz]ed\b|\bnon-?randomi[sz]ed\b|\bper-?protocol\b|"
    r"\bpost[- ]hoc\b|\bobservational\s+analys[ie]s\b",
    re.I,
)


def _background_cause(ctx: RuleContext, index: int) -> bool:
    """Whether the sentence's best match, a background statement, itself states a cause
    (conditional or direct) without a hedge."""
    a = alignment_of(ctx, index)
    if a is None or not a.matches:
        return False
    bf = statement_features(ctx, a.matches[0].statement)
    return not bf.hedged and (bf.strength >= 2 or bool(_CAUSE_OF_CONDITION.search(bf.text)))


#: a sentence that says it tells what was known before: "It is well established that ..."
_KNOWN_BEFORE = re.compile(
    r"^\W*it\s+(?:is|was|has\s+(?:long\s+)?been)\s+(?:well[- ]|long\s+)?(?:established|known|"
    r"recogni[sz]ed|documented)\s+that\b",
    re.I,
)


def _known_cause(ctx: RuleContext, index: int) -> bool:
    """Whether a sentence that says it tells what was known ("It is well established that
    valproate taken during pregnancy can cause birth defects") has, among its three nearest
    statements, a background statement that states the cause ("Prenatal exposure to
    valproate ... is an established cause of congenital malformations")."""
    a = alignment_of(ctx, index)
    if a is None or not _KNOWN_BEFORE.search(ctx.document.sentences[index].text):
        return False
    for m in a.matches[:3]:
        st = ctx.paper.statements[m.statement]
        bf = statement_features(ctx, m.statement)
        if (
            st.is_context
            and not bf.hedged
            and (bf.strength >= 2 or _CAUSE_OF_CONDITION.search(st.text))
        ):
            return True
    return False


#: a sentence about this study's own result: "The drop in C. difficile was a direct result
#: of the programme"
_THIS_STUDY = re.compile(
    r"\b(?:the|this|our|that)\s+(?:programme|program|intervention|trial|study|drop|rise|fall|"
    r"change|increase|decrease|reduction|scheme|policy|treatment|drug|vaccine|app)\b|"
    r"\b(?:participants|volunteers|found|finds|showed|shows)\b",
    re.I,
)
#: how a background names a condition's cause: "Shingles results from reactivation of ..."
_CAUSE_OF_CONDITION = re.compile(
    r"\b(?:results?|resulted|arises?|arose|stems?)\s+from\b|\b(?:is|are)\s+caused\s+by\b|"
    r"\bpredispos\w*\s+to\b|"
    # "Prenatal exposure to valproate ... is an established cause of congenital malformations"
    r"\b(?:an?|the)\s+(?:established|known|recogni[sz]ed|leading|major|main|well-known)\s+"
    r"causes?\s+of\b",
    re.I,
)
#: who was given or offered something, which a study's design decides: "The cut-off made a
#: dramatic difference to who got the jab"
_ASSIGNMENT = re.compile(
    r"\b(?:to|in|over|on)\s+who\s+(?:got|received|was offered|were offered|was eligible|"
    r"were eligible|could get)\b|"
    # what the intervention was: "cut full-time hours to about 32 a week without cutting pay"
    r"\bcut\s+(?:their\s+|its\s+)?(?:full-time\s+|working\s+|weekly\s+|contracted\s+)?"
    r"(?:hours|working\s+weeks?)\s+to\b",
    re.I,
)


#: a figure of effectiveness: "was an estimated 86 percent effective"
_PERCENT_EFFECTIVE = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:%|percent|per\s*cent)\s+(?:more\s+)?effective\b", re.I
)
#: the paper's measure of it: "VE against pertussis hospitalization was 86%"
_EFFECTIVENESS_MEASURE = re.compile(
    r"\b(?:VE|effectiveness|efficacy)\b[^.;]{0,80}?\d+(?:\.\d+)?\s*%", re.I
)


def _effectiveness_told(ctx: RuleContext, text: str, cue: str) -> bool:
    """Whether a cue of effect ("effective") is a figure of the paper's own measure of
    effectiveness ("an estimated 86 percent effective" where the paper reports "VE against
    pertussis hospitalization was 86%"): the name of the estimate, which an observational
    design gives as well, not a cause the release adds."""
    if not cue.lower().startswith("effective") or not _PERCENT_EFFECTIVE.search(text):
        return False
    return any(_EFFECTIVENESS_MEASURE.search(st.text) for st in ctx.paper.statements)


@rule(
    "C101",
    "causal-overstatement",
    "causal_overstatement",
    "warning",
    "Cause claimed where the paper reports association or a possible cause.",
)
def causal_overstatement(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A release sentence states direct cause ("reduces", "causes", "prevents")
    where the paper's own statement of the same finding is correlational ("is
    associated with") or conditional ("may reduce"), or where the study is
    observational, so that it cannot show cause at all.

    Claim strength follows the four-level scale of Sumner et al. (BMJ 2014;
    349:g7015) and Yu et al. (EMNLP 2019; COLING 2020): 0 no relationship,
    1 correlational, 2 conditional causal, 3 direct causal.  Sumner et al.
    found that 33% of press releases reporting correlational studies stated
    direct cause, and that news coverage followed the release.  Yu et al.
    (COLING 2020) found correlation-to-causation exaggeration in about one in
    five press releases.  Negated claims ("did not reduce") and hedged claims ("may
    reduce") are never flagged: they do not overstate, though a hedge of an aside after the
    cause, in a relative clause or one joined by "and" ("causes babies to miss out on
    Bacteroides, a group of bacteria that ... are thought to pick up"), hedges nothing of
    it; a cause told as thanks ("Thanks to the mobile units, patients ... were left with
    less disability") is a cause.  Nor is a change reported
    without a cause ("sleep increased by 28 minutes").  A negation counts only
    when it governs the finding ("did not reduce", "no difference", "failed
    to"): one in a side clause ("in a pilot without a control group", "adults
    who had not responded", "not yet peer reviewed") leaves the claim a claim.
    When an observational study of people has a side experiment in animals or
    cells, a claim that reports the experiment is left to species-extrapolation
    (P101); a causal claim that names no species is flagged, and the message
    says that the only experiment was not in people.  A cause whose subject is the
    research itself ("the results will change how doctors think") is a claim about the
    study's impact, not about what it measured: certainty-booster and hype judge it.
    Nor is a cue word that names a circumstance ("can rebuild their hearts after
    damage"), nor "causes" the noun ("rather than other causes such as nerve
    injury"), nor a cause the sentence disclaims ("careful not to claim that the
    programme caused the fall"), nor what a thing named in passing can do ("a
    bacterium that can cause severe diarrhoea").  "Was followed by" tells one thing
    after another and is read as an association.  A qualitative study (interviews, focus
    groups) cannot show cause either: a cause stated as fact from one is flagged, one told as the
    participants' account ("patients said the classes took away their fear") is not,
    nor is a wording the strength model is unsure of.  When the release restates
    a finding that the paper itself words as a cause, the finding is information
    only: the wording is the paper's (not a cause the paper hedges, "consistent with farms
    acting as a source", nor one it asks about, "Whether reducing on-farm lice ... would
    lower infestation ... was not tested").  A figure of the paper's own measure of
    effectiveness ("an estimated 86 percent effective" for "VE ... was 86%") is that
    estimate, not a cause added.
    When the cause is read by the strength model with a probability below 0.7 ("the
    biggest obstacles to improving patient care"), the finding is info and says so:
    out of fold on the Yu et al. sentences, such readings are right only half the time,
    against 83% above it.
    """
    pf = facts(ctx)
    # a meta-analysis is as controlled as the studies it pools: of cohorts, it is not
    pooled_observational = "meta_analysis" in pf.designs and any(
        d in pf.designs for d in ("cohort", "case_control", "cross_sectional")
    )
    controlled = (
        any(d in pf.designs for d in _CONTROLLED if d != "meta_analysis")
        or ("meta_analysis" in pf.designs and not pooled_observational)
        or pf.randomised_animals
    )
    observational = any(d in pf.designs for d in _OBSERVATIONAL) and not controlled
    uncontrolled = "single_arm" in pf.designs and not controlled
    mixed = observational and any(d in pf.designs for d in ("animal", "in_vitro"))
    qualitative = "qualitative" in pf.designs and not (controlled or observational)
    # an experiment in cells or animals sets the conditions it compares: it can show cause
    experiment = pf.nonhuman and any(d in pf.designs for d in ("in_vitro", "animal"))
    for s, f in claims(ctx):
        hedged = f.hedged and not only_evidential(f.hedges)  # ("the results indicate that")
        if hedged and f.strength == 3 and f.strength_cues:
            bearing = _hedges_of_cause(s.text, f.strength_cues[0], f.hedges)
            if not bearing:
                f = replace(f, hedges=())  # the hedges are of an aside, not of the cause
                hedged = False
        if f.strength < 3 or f.negated or hedged or f.null_result or f.cautionary:
            continue  # (nor a call for research: "We see them as leads for the next round")
        cue = f.strength_cues[0] if f.strength_cues else None
        if cue and describes_change(s.text, cue):
            continue  # "sleep increased by 28 minutes": a change reported, no cause named
        if cue and about_the_research(s.text, cue):
            continue  # "the results will change how doctors think": the study's impact
        if cue and names_circumstance(s.text, cue):
            continue  # "rebuild their hearts after damage": when, not what caused it
        if cue and cause_as_noun(s.text, cue):
            continue  # "rather than from other causes such as nerve injury"
        if cue and denied(s.text, cue):
            continue  # "careful not to claim that the programme caused the fall"
        if cue and cue.lower() == "cut" and _CUT_AS_WORK.search(s.text):
            continue  # "the amount of cane each worker cut per day": a harvest, not a cause
        if cue and cue.lower().startswith("trigger") and _SETS_OFF_ALERT.search(s.text):
            continue  # "would have triggered at least one alert": what a tool does by design
        if cue and re.search(
            rf"^\W*(?:until|unless|once)\b[^,;]*\b{re.escape(cue.split()[0])}", s.text, re.I
        ):
            continue  # "Until labelling improves, the researchers advise shoppers ...": a
            # condition, not a finding
        if cue and asked(s.text, cue):
            continue  # "Only a randomized trial can tell us whether semaglutide actually
            # prevents alcohol use disorder": the cause asked about, not claimed
        if (cue and names_property(s.text, cue)) or defines_condition(s.text):
            continue  # "a bacterium that can cause severe diarrhoea": background
        if cue and _attributive(s.text, cue):
            continue  # "the therapy uses a modified virus": what was used
        if cue and _effectiveness_told(ctx, s.text, cue):
            continue  # "an estimated 86 percent effective" for the paper's "VE against
            # pertussis hospitalization was 86%": the paper's measure, told as its figure
        if _ASSIGNMENT.search(s.text):
            continue  # "The cut-off made a dramatic difference to who got the jab": the
            # design's assignment, not a finding
        if (
            restates_background(ctx, s.index)
            and _background_cause(ctx, s.index)
            and not _THIS_STUDY.search(s.text)
        ):
            continue  # "Shingles is caused by the chickenpox virus reawakening" for the
            # paper's own background "Shingles results from reactivation of ...": known
        if _known_cause(ctx, s.index):
            continue  # "It is well established that valproate taken during pregnancy can
            # cause birth defects": the paper's background says so too
        if mixed and extrapolated_statement(ctx, s.index) is not None:
            continue  # the animal or cell experiment can show cause; P101 asks in whom
        rel = causal_gap(ctx, s.index, f)
        said = f" ('{cue}')" if cue else ""
        # a reading whose cue words are none of them causal ("gene", "therapy"): the
        # model leans on topic words, and the wording is no claim of cause
        # (a cue from spin's own list of direct-cause verbs is causal by construction)
        topical = f.strength_confidence < 1.0 and not any(
            _CAUSAL_CUE.search(w)
            for c in f.strength_cues[:3]
            for w in c.split()
            if w.lower() not in _WORKERS_NAMED  # ("cane cutters": who, not what they did)
            and not (w.lower().startswith("cut") and _CUT_AS_WORK.search(s.text))
            # ("the risk ... was about 45 percent lower at program estates": a comparison)
            and not (
                w.lower() in ("lower", "higher")
                and re.search(rf"\b(?:was|were|is|are)\b[^.;]{{0,40}}\b{w}\b", s.text)
            )
        )
        unsure = f.strength_confidence < UNSURE or topical
        # an ambiguous wording ("obstacles to improving care") is a question, not a finding
        severity: Severity | None = "info" if unsure else None
        doubt = (
            " Spin is unsure this wording states a cause: the words behind the reading "
            "are not causal ones."
            if topical
            else f" Spin is unsure this wording states a cause ({f.strength_confidence:.0%})."
            if unsure
            else ""
        )
        if rel:
            best = rel[0]
            bf = statement_features(ctx, best.statement)
            paper_cue = f" ('{bf.strength_cues[0]}')" if bf.strength_cues else ""
            extra = (
                " The study is observational."
                if observational
                else " The study had no control group."
                if uncontrolled
                else ""
            )
            gap_ev = evidence_of(ctx, rel[:2])
            plain = plain_part(s.text, bf.text)
            if plain is not None and analyze(plain).strength == 3:
                # "As certain mutations induce early-onset disease, it has been
                # suggested that ...": the cause the release restates is the paper's,
                # stated plainly before the hedge
                extra += " The paper itself words this as a cause."
                severity = "info"
            elif (
                (controlled or experiment)
                and bf.strength == 1
                and not f.hedged
                and not _NOT_RANDOMISED.search(bf.text)
            ):
                # a randomised or laboratory experiment can show cause; its authors'
                # "associated with" is their caution, which the release should keep but
                # has not overstated the evidence
                kind = "a randomised experiment" if controlled else "a laboratory experiment"
                extra += (
                    f" The study is {kind}, which can show cause, but the paper words this "
                    "finding as an association."
                )
                severity = "info"
            elif controlled and _NOT_RANDOMISED.search(bf.text):
                # "In an exploratory propensity-score-matched analysis, participants who used
                # CPAP for at least 4 hours ... had a lower risk of stroke": within a trial,
                # a comparison its randomisation does not protect
                extra += " That comparison was not randomised: it can show an association only."
            yield self.finding(
                f"{who(s, ctx)}States direct cause{said} where the paper states "
                f"{_STRENGTH[bf.strength]}{paper_cue}.{extra}{doubt}",
                sentence=s,
                evidence=gap_ev,
                severity=severity,
                suggestion="Use the paper's own wording: "
                f"\u201c{ctx.paper.statements[best.statement].text}\u201d",
            )
        elif qualitative and not unsure and not (cue and participants_view(s.text, cue)):
            # (an unsure reading is left alone here: accounts of what happened to people,
            # "once the sessions stopped, some stopped exercising", read as causes)
            where = next((i for d, i in pf.design_statements if d == "qualitative"), None)
            ev = [statement_evidence(ctx, where)] if where is not None else []
            ev.extend(evidence_of(ctx, finding_matches(ctx, s.index)[:1]))
            own = _paper_says_so(ctx, s.index)
            # the authors' own causal conclusion restated: worth knowing, but not the
            # release's overstatement (as for observational studies below)
            itself = " The paper itself words this as a cause." if own is not None else ""
            yield self.finding(
                f"{who(s, ctx)}States direct cause{said}, but the study is qualitative: it "
                f"reports what participants said, and cannot show that one thing causes "
                f"another.{itself}{doubt}",
                sentence=s,
                evidence=tuple(ev),
                severity="info" if own is not None else severity,
                suggestion="Say what participants said or felt, in their words, rather than "
                "stating a cause.",
            )
        elif (observational or uncontrolled) and not (
            reports_methods(ctx, s.index) and not EFFECT_WORDS.search(s.text)
        ):
            # (a sentence that reports the methods, "the therapy uses a modified virus to
            # carry a working copy of the gene", claims no effect of the exposure)
            kinds = _OBSERVATIONAL if observational else ("single_arm",)
            where = next((i for d, i in pf.design_statements if d in kinds), None)
            ev = [statement_evidence(ctx, where)] if where is not None else []
            assoc = next(
                (i for i in range(len(ctx.paper.statements))
                 if not pf.background[i] and statement_features(ctx, i).strength == 1),
                None,
            )  # fmt: skip
            if assoc is not None:
                ev.append(statement_evidence(ctx, assoc))
            else:
                ev.extend(evidence_of(ctx, finding_matches(ctx, s.index)[:1]))
            why = (
                "the study is observational: it can show an association, not that one "
                "thing causes another."
                if observational
                else "the study had no control group, so the change cannot be put down to "
                "the intervention."
            )
            if mixed:
                what = "mice" if "mouse" in pf.species else "animals"
                if "animal" not in pf.designs:
                    what = "cells"
                why += f" The only experiment was in {what}, not in people."
            own = _paper_says_so(ctx, s.index)
            if own is not None:
                # the release repeats the paper's own causal wording: worth knowing, but
                # not the release's overstatement
                why += " The paper itself words this as a cause."
                ev = [statement_evidence(ctx, own), *ev][:3]
            yield self.finding(
                f"{who(s, ctx)}States direct cause{said}, but {why}{doubt}",
                sentence=s,
                evidence=tuple(ev),
                severity="info" if own is not None else severity,
                suggestion="Say 'is linked to' or 'is associated with', and that the study "
                "cannot show cause and effect.",
            )


def _attributive(text: str, cue: str) -> bool:
    """Whether the cue is a participle used as an adjective, after a determiner and
    before its noun: "uses a modified virus", "the reduced dose" (a description of what
    was used, not a claim that something modified or reduced something)."""
    if " " in cue or not cue.endswith("ed"):
        return False
    before = r"\b(?:a|an|the|its|their)\s+"
    return re.search(rf"{before}{re.escape(cue)}\s+[a-z]", text, re.I) is not None


def _paper_says_so(ctx: RuleContext, index: int) -> int | None:
    """The paper's finding that the sentence restates (strong support), when the paper
    itself states it as a direct cause; else None."""
    a = alignment_of(ctx, index)
    if a is None or a.support != "strong":
        return None
    rel = finding_matches(ctx, index)
    if not rel:
        return None
    sf = statement_features(ctx, rel[0].statement)
    if (
        sf.strength != 3
        or sf.negated
        or (sf.hedged and not only_evidential(sf.hedges))
        # (nor a question left open: "Whether reducing on-farm lice ... would lower
        # infestation of wild juveniles was not tested")
        or re.match(r"\W*whether\b", sf.text, re.I)
    ):
        return None  # (nor a cause denied: "it cannot establish ... that farm antibiotic use
        # caused the difference"; nor one hedged: "These findings are consistent with farms
        # acting as a source of lice")
    if (sf.strength_cues and describes_change(sf.text, sf.strength_cues[0])) or (
        _MEASURED_CHANGE.search(sf.text)
    ):
        return None  # "exhaustion fell from 29.4 to 24.7": a change, not a cause
    return rel[0].statement


#: a change measured, with nothing said to cause it: "fell from 29.4 to 24.7", "mean
#: change -4.7"
_MEASURED_CHANGE = re.compile(
    r"\b(?:fell|rose|dropped|declined|decreased|increased|improved|changed)\s+(?:\w+\s+){0,2}?"
    r"from\b|\bmean (?:change|difference)\b",
    re.I,
)


#: participants' own account, told as theirs: "Patients said that exercising took away
#: their fear" (what a qualitative study reports, not a cause the release asserts)
_VIEW_OF = re.compile(
    r"\b(?:said|say|says|felt|feel|feels|described|describe|describes|reported|report|"
    r"told|believed|believe|thought|think|recalled|explained|mentioned|recounted|"
    r"perceived|credited|according to (?:the |many |some |most )?(?:participants|patients|"
    r"carers|interviewees|respondents))\b"
)


def participants_view(text: str, cue: str) -> bool:
    """Whether every use of the direct-cause cue is told as someone's account ("Patients
    said that exercising took away their fear"): a qualitative study's finding."""
    return _every_use(text, cue, lambda m: bool(_VIEW_OF.search(text[: m.start()].lower())))


_RESEARCH_SUBJECT = re.compile(
    r"\b(?:results?|findings?|study|studies|research|work|discovery|discoveries|data|paper|"
    r"trial|evidence|figures|estimates|numbers)\s+"
    r"(?:(?:will|would|could|can|may|might|should|is|are|set to|likely to|"
    r"expected to|help|helps|could help|not only|also|now)\s+){0,3}$",
    re.I,
)


def about_the_research(text: str, cue: str) -> bool:
    """Whether the direct-cause cue has the research itself as its subject ("the results
    will change how doctors think", "this work could transform care"): a claim about the
    study's impact, left to certainty-booster and hype, not a cause claimed between the
    things the study measured."""
    return _every_use(
        text,
        cue,
        lambda m: bool(
            _RESEARCH_SUBJECT.search(text[: m.start()])
            # (or the researchers as its object: "That helps us get around a problem that
            # dogs vaccine research")
            or re.match(r"\s+us\b", text[m.end() :])
        ),
    )


#: a preposition that makes the next word a circumstance: "regrow their hearts after
#: damage", "recovery following injury"
_CIRCUMSTANCE = re.compile(
    r"\b(?:after|following|before|despite|without|upon)\s+(?:(?:the|a|an|their|its|his|her)\s+)?$",
    re.I,
)


def names_circumstance(text: str, cue: str) -> bool:
    """Whether the direct-cause cue is a noun naming when something happens ("zebrafish
    can rebuild their hearts after damage"), not a cause said to act."""
    return _every_use(text, cue, lambda m: bool(_CIRCUMSTANCE.search(text[: m.start()])))


#: a cause the sentence says is not claimed: "careful not to claim that the programme
#: caused the fall", "cannot show that the plastic caused"
_DENIAL = re.compile(
    r"(?:\b(?:not|n't|never|cannot|no)\s+(?:[\w-]+\s+){0,3}?(?:claim|say|conclude|show|prove|"
    r"establish|assume|know|tell|demonstrate)\w*\s+|"
    # "it would be a mistake to read it as proof that microplastics stunt growth"
    r"\b(?:mistake|wrong|premature|misleading)\s+to\s+(?:[\w-]+\s+){1,3}?as\s+(?:proof|evidence)\s+|"
    # "Nobody should read this as proof that an implant protects against dementia"
    r"\b(?:nobody|no\s+one|no-one)\s+should\s+(?:[\w-]+\s+){1,3}?as\s+(?:proof|evidence)\s+)"
    r"(?:that\s+|whether\s+)?(?:[\w'-]+\s+){0,5}$",
    re.I,
)
#: a property of a thing named in passing: "Clostridioides difficile, a bacterium that
#: can cause severe diarrhoea" (background, not a finding)
_PROPERTY_OF = re.compile(
    # ("a gene variant called m.1555A>G, which can lead to ...")
    r"(?:\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}[\w.>/+-]+,?|"
    # a condition named first: "ADHD, which affects attention, activity levels and ..."
    r"^\W*[A-Z][\w'-]*(?:\s+[\w'-]+){0,2},)\s+(?:that|which)\s+"
    r"(?:can\s+|may\s+|often\s+|commonly\s+|sometimes\s+|also\s+)?$",
    re.I,
)


#: a tool setting off its own signal: "triggered at least one alert"
_SETS_OFF_ALERT = re.compile(
    r"\btrigger\w*\s+(?:[\w-]+\s+){0,3}?(?:alerts?|alarms?|notifications?|warnings?|reminders?|"
    r"flags?|pages?)\b",
    re.I,
)


def asked(text: str, cue: str) -> bool:
    """Whether every use of the cue is in a question the sentence asks ("can tell us
    whether semaglutide actually prevents alcohol use disorder"; "too few deaths to
    estimate how well the vaccine prevents death")."""
    return _every_use(
        text,
        cue,
        lambda m: bool(
            re.search(
                r"(?:\b(?:whether|if)|\b(?:estimate|measure|assess|judge|tell|know|say|gauge)\s+"
                r"how\s+(?:well|much|far|strongly))\s+(?:[\w'-]+\s+){0,6}$",
                text[: m.start()],
                re.I,
            )
        ),
    )


def denied(text: str, cue: str) -> bool:
    """Whether every use of the cue is a cause the sentence says it does not claim
    ("the researchers are careful not to claim that the programme caused the fall")."""
    return _every_use(text, cue, lambda m: bool(_DENIAL.search(text[: m.start()])))


#: words that can carry a claim of cause: verbs of effect and change, "result",
#: "because", "due to", modals of effect ("can", "will")
def _hedges_of_cause(text: str, cue: str, hedges: Sequence[str]) -> list[str]:
    """The hedges that bear on the cause: all but those after its cue word in a clause of
    their own that is a relative clause or joined by "and" or "but" ("caesarean delivery
    causes babies to miss out on Bacteroides, a group of bacteria that vaginally born
    infants are thought to pick up"; "the drugs reduced the markers ..., and the animals
    could run longer").  A reporting clause at the end still hedges the whole ("Genes
    explain about two-fifths of ..., twin study suggests")."""
    low = text.lower()
    at = low.find(cue.lower())
    if at < 0:
        return list(hedges)
    own = set(hedges_at(text, hedges, at))
    kept = []
    for h in hedges:
        where = low.find(h.lower())
        if h in own or where < at:
            kept.append(h)
            continue
        clause = next(
            (c for c in re.finditer(r"[^,;]+", text) if c.start() <= where < c.end()), None
        )
        if clause is None:
            kept.append(h)
            continue
        before = text[clause.start() : where]
        if not (
            re.match(r"\s*(?:and|but|while|whereas)\b", before, re.I)
            or re.search(r"\b(?:that|which|who|whom|whose)\b", before, re.I)
        ):
            kept.append(h)
    return kept


#: "cut" as work done: "the amount of cane each worker cut per day", "tonnes cut a day"
_CUT_AS_WORK = re.compile(
    r"\bcut\s+(?:per|a|each|every)\s+(?:day|hour|shift|week|season)\b|"
    r"\b(?:cane|grass|hay|timber|wood|logs?|trees|stone|hair)\b[^.;]{0,40}\bcut\b|"
    r"\b(?:cane|grass|hay|timber|wood|log|tree|stone)[- ]cutting\b",
    re.I,
)


#: people named by their work, whose names hold a causal stem: "cane cutters"
_WORKERS_NAMED = frozenset(["cutter", "cutters", "keepers"])
_CAUSAL_CUE = re.compile(
    r"caus|effect|result|lead|\bled\b|driv|prevent|protect|reduc|increas|improv|lower|rais|"
    r"boost|cut|help|restor|revers|cur|trigger|mak|made|stop|block|enhanc|promot|impair|"
    r"damag|kill|slow|speed|allow|enabl|due|because|respons|work|benefit|worsen|affect|"
    r"induc|inhibit|suppress|fuel|shape|determin|control|chang|alter|transform|mean|"
    r"halt|destroy|slash|turn|wipe|elimin|keep|kept|get|got|give|gave|bring|brought|"
    r"\bcan\b|\bwill\b|decreas|declin|fell|fall|rose|rise|spur|fight|beat|treat|"
    r"regulat|modulat|mediat|disrupt|exacerbat|relie|eas|curb|avert|stave|delay|extend|"
    r"shorten|doubl|halv|lift|drop|save|saving|play|role|contribut|underl|hold|held|"
    r"stunt|hamper",
    re.I,
)


def names_property(text: str, cue: str) -> bool:
    """Whether every use of the cue tells, in a relative clause, what something can do
    or is ("a bacterium that can cause severe diarrhoea", "the form studied here, caused
    by mutations in a gene", "41 side effects, most of them affecting the eye"):
    background or description, not a finding."""

    def passing(m: re.Match[str]) -> bool:
        before = text[: m.start()]
        if _PROPERTY_OF.search(before):
            return True
        word = m.group(0).lower()
        if word.endswith("ed") and re.match(r"\s+by\b", text[m.end() :]):
            return bool(re.search(r",\s*$", before))  # ", caused by mutations in ..."
        if word.endswith("ing") and " " not in word:
            # "41 side effects, four in five of them affecting the eye"
            return bool(re.search(r"\bof (?:them|these|those|which|whom)\s+$", before, re.I))
        return False

    return _every_use(text, cue, passing)


def cause_as_noun(text: str, cue: str) -> bool:
    """Whether the cue is the noun "cause(s)" wherever it occurs ("the weakness came from
    the muscle rather than from other causes such as nerve injury")."""
    if cue.lower() in ("delay", "delays", "lead", "lag"):
        # "That delay was typically five days": a time between two things, named; "the
        # reasons for delay", "without delay": a noun after its preposition
        return _every_use(
            text,
            cue,
            lambda m: bool(
                _DETERMINER_BEFORE.search(text, 0, m.start())
                or re.search(r"\b(?:for|of|without|no|any)\s+$", text[: m.start()], re.I)
            ),
        )
    if cue.lower() not in ("cause", "causes"):
        return False
    return _every_use(text, cue, lambda m: is_noun_cause(text, m.start(), m.end()))


_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|that|this|a|its|their|these|those|each|median|average|mean)\s+(?:[\w-]+\s+)?$",
    re.I,
)


def _every_use(text: str, cue: str, test: Callable[[re.Match[str]], bool]) -> bool:
    """Whether ``cue`` occurs in ``text`` as a word and every occurrence passes ``test``."""
    uses = list(re.finditer(rf"\b{re.escape(cue)}\b", text, re.I))
    return bool(uses) and all(test(m) for m in uses)


_CHANGE_VERB = re.compile(
    r"^(?:increas|decreas|reduc|rais|lower|improv|declin|fell|fall|rose|rise|drop|grew|grow|"
    r"shrank|shrink|worsen|slow|halv|doubl|chang)",
    re.I,
)
#: a one-word change verb at the end of its clause: "rated ... as modestly improved, though"
_CLAUSE_END = re.compile(r"\s*[,.;:)]|\s*$")
_NO_OBJECT = re.compile(
    r"\s+(?:(?:significantly|slightly|markedly|substantially|sharply|steadily|modestly|"
    r"only|also|on average|more|less)\s+)*(?:by|from|to|over|after|during|in|with|among|"
    r"between|at|on average|[,.;]|$)",
    re.I,
)


def describes_change(text: str, cue: str) -> bool:
    """Whether the direct-cause cue is a change verb used without an object ("sleep
    increased by 28 minutes", "pain fell in both groups"): a change is reported,
    but nothing is said to have caused it."""
    # (the verb of "also improved", "further declined")
    # (and of "can see what changed": a question's verb, "what changed after acquisition")
    cue = re.sub(
        r"^(?:also|further|then|still|significantly|markedly|slightly|modestly|"
        r"(?:[\w']+\s+){0,3}?what)\s+",
        "",
        cue,
    )
    if not _CHANGE_VERB.match(cue):
        return False
    one_word = " " not in cue
    return _every_use(
        text,
        cue,
        lambda m: bool(
            _NO_OBJECT.match(text[m.end() :]) or (one_word and _CLAUSE_END.match(text[m.end() :]))
        ),
    )


#: one gene told as what decides a trait: "the master gene that determines whether a
#: person is a lark or an owl", "the gene for obesity"
_ONE_GENE = re.compile(
    r"\b(?:the|a|one|single)\s+(?:[\w-]+\s+)?genes?\s+(?:that|which)\s+(?:determines?|"
    r"controls?|decides?|governs?|dictates?|sets?|causes?)\b|"
    r"\bmaster\s+(?:gene|switch)\b|\bthe\s+(?:[\w-]+\s+)?gene\s+for\s+(?!the\s+protein\b)"
    r"(?:[\w-]+\s+){0,2}?(?:obesity|intelligence|depression|being|risk|longevity|happiness|"
    r"aggression|alcoholism|autism|schizophrenia|[\w-]+ness)\b",
    re.I,
)
#: a paper that reports many variants or a modest genetic share, not one deciding gene
_MANY_VARIANTS = re.compile(
    r"\bpolygenic\b|\bgenome-wide\b|\b\d+\s+(?:independent\s+|genome-wide\s+significant\s+)?"
    r"(?:loci|variants|SNPs|signals)\b|\bheritability\b|\bof small effect\b",
    re.I,
)


@rule(
    "C102",
    "one-gene-determines",
    "causal_overstatement",
    "warning",
    "One gene told as what decides a trait the paper links to many variants.",
)
def one_gene_determines(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The release names one gene as the thing that decides a trait ("the master gene that
    determines whether a person is a lark or an owl", "the gene for obesity") where the
    paper is a genetic association study that reports many variants, a heritability or
    effects of small size.

    "Gene for" language is the commonest distortion of genetics in the press: it turns
    probabilistic associations of many variants, each of small effect, into a single
    deterministic cause (Condit et al., Am J Med Genet 2001; Conrad, Soc Sci Med 1999).
    Only a sentence that is not negated ("there is no single gene that makes you a
    lark") is flagged, and only when the paper itself does not say that the gene
    determines the trait.
    """
    paper_text = " ".join([ctx.paper.title or "", *(st.text for st in ctx.paper.statements)])
    many = _MANY_VARIANTS.search(paper_text)
    if many is None or _ONE_GENE.search(paper_text):
        return
    where = next(
        (i for i, st in enumerate(ctx.paper.statements) if _MANY_VARIANTS.search(st.text)), None
    )
    for s in ctx.document.sentences:
        m = _ONE_GENE.search(s.text)
        if m is None:
            continue
        f = analyze(s.text)
        if f.negated or re.search(r"\bno (?:single|one)\b", s.text, re.I):
            continue  # "there is no single gene that makes you a lark or an owl"
        yield self.finding(
            f"{who(s, ctx)}Tells one gene as what decides the trait ('{m.group(0)}'); the "
            f"paper reports an association with many genetic variants ('{many.group(0)}').",
            sentence=s,
            evidence=(statement_evidence(ctx, where),) if where is not None else (),
            suggestion="Say that the gene is one of many variants linked to the trait, each "
            "with a small effect.",
        )


RULES: tuple[Rule, ...] = (causal_overstatement, one_gene_determines)
