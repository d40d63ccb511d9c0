"""Who the finding is about: species extrapolation and population generalisation."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator

from spin.claims import (
    DESIGN_LABELS,
    DESIGN_MENTIONS,
    Quantity,
    age_floors,
    analyze,
    content_words,
    extract_numbers,
    only_evidential,
)
from spin.model import Finding, Sentence
from spin.rules.base import Rule, RuleContext, rule
from spin.rules.common import (
    alignment_of,
    anchor_statement,
    claim_text,
    claims,
    facts,
    relevant_matches,
    restates_background,
    rfacts,
    sentence_features,
    statement_evidence,
    statement_features,
    who,
)

__all__ = [
    "RULES",
    "ecological_to_individual",
    "population_generalization",
    "species_extrapolation",
]

_NONHUMAN = ("animal", "in_vitro", "modelling")


#: species as named in messages ("in mice", not "in mouse")
_PLURAL = {"nematode": "nematode worms",
           "mouse": "mice", "rat": "rats", "monkey": "monkeys", "macaque": "macaques",
           "pig": "pigs", "dog": "dogs", "fly": "flies", "worm": "worms", "fish": "fish",
           "zebrafish": "zebrafish", "primate": "primates", "rodent": "rodents", "bat": "bats",
           "cat": "cats", "sheep": "sheep", "yeast": "yeast"}  # fmt: skip


def species_words(species: tuple[str, ...]) -> str:
    """ "mice and rats" for ("mouse", "rat"); "animals" when the species is not named."""
    named = [_PLURAL.get(sp, sp) for sp in species if sp != "animal"]
    if "rodents" in named and any(n in named for n in _RODENTS):
        named.remove("rodents")  # "in mice", not "in mice and rodents"
    return " and ".join(named[:2]) if named else "animals"


_RODENTS = frozenset(["mice", "rats", "hamsters", "guinea pigs", "gerbils", "voles"])


def _study_words(ctx: RuleContext) -> str:
    pf = facts(ctx)
    if pf.species:
        return "in " + species_words(pf.species)
    kinds = [d for d in pf.designs if d in _NONHUMAN]
    return _WHERE.get(kinds[0], DESIGN_LABELS[kinds[0]]) if kinds else ""


_WHERE = {"animal": "in animals", "in_vitro": "in the laboratory (in vitro)",
          "modelling": "a computer model"}  # fmt: skip
#: cells named as what was studied ("healthy tissue" alone does not say so)
_CELL_WORDS = re.compile(r"\bcells?\b|\bcell lines?\b|\bcultured\b|\bin vitro\b|\borganoids?\b",
                         re.I)  # fmt: skip


#: a result offered to people: "For patients with pancreatic cancer, X offers a new
#: treatment that kills tumour cells"
_FOR_PEOPLE = re.compile(
    r"\bfor (?:patients|people|sufferers|adults|children|women|men)\b|"
    # the cells placed in people: "In babies exposed to Zika in the womb, the virus kills
    # the stem cells ..."
    r"^\W*in (?:\w+ )?(?:babies|infants|fetuses|foetuses|patients|people|humans|adults|"
    r"children|women|men|pregnan\w+)\b|"
    r"\b(?:offers?|gives?|provides?|brings?)\s+(?:patients|people|sufferers)\b",
    re.I,
)


@rule(
    "P101",
    "species-extrapolation",
    "species_extrapolation",
    "warning",
    "An animal, cell or computer-model result presented as about people.",
)
def species_extrapolation(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The study was done in animals, cells or a computer model, and the
    release speaks of people or patients, or never says what the study was in.

    Sumner et al. (BMJ 2014) found that 36% of press releases on animal,
    cell or simulation studies drew conclusions about humans, and that news
    stories were then far more likely to do the same; Bratton et al. (Wellcome
    Open Res 2019) confirmed the pattern.  Each release claim that names
    people without naming the study's species is flagged (hedged ones, such as
    "could one day help patients", at info level), as is a claim that speaks of
    treating a human disease ("destroys pancreatic cancer", "a cure for
    dementia": implicitly human in Sumner et al.'s coding) without naming the
    cells, and a promise about people ("will give hope to thousands of
    patients").  The release as a whole is flagged when it never says what the
    study was in (for a cell study: in the laboratory, in cultured cells).
    A sentence that names human material where the study used none ("human inner-ear
    tissue kept alive in a dish" for mouse cochlear explants) is flagged too.
    A sentence that itself says where the study was done ("tested in the
    lab"), or that names people only to exclude them ("not in people") or as
    the source of samples ("isolates collected from patients"), is not
    flagged; nor is a model of a human population (a microsimulation of a
    country's adults), which is about people.

    When the paper studied people and ran a side experiment in animals or
    cells, a claim is flagged only when it reports the animal or cell result
    as if it were about people; not when it names the group of people the
    paper studied ("older adults") or when the paper's result about those
    people is its best match.
    """
    pf = facts(ctx)
    if not pf.nonhuman:
        yield from _mixed(self, ctx)
        return
    rf = rfacts(ctx)
    where = next((i for d, i in pf.design_statements if d in _NONHUMAN), None)
    ev = (statement_evidence(ctx, where),) if where is not None else ()
    what = _study_words(ctx)
    paper_text = " ".join([ctx.paper.title or "", *(st.text for st in ctx.paper.statements)])
    swapped: set[int] = set()
    if not _HUMAN_MATERIAL.search(paper_text):
        for s in ctx.document.sentences:
            m = _HUMAN_MATERIAL.search(s.text)
            if m is None or sentence_features(ctx, s.index).negated:
                continue
            swapped.add(s.index)
            yield self.finding(
                f"{who(s, ctx)}Speaks of '{m.group(0)}', but the study used no human "
                f"material: it was {what}.",
                sentence=s,
                evidence=ev,
                suggestion=f"Say what the material was: the study was {what}.",
            )
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        if s.index in swapped or not (f.is_claim or _PROMISE.search(s.text)):
            continue
        if not ("human" in f.subjects or f.implicit_human) or any(
            k in f.subjects for k in ("animal", "model")
        ):
            continue
        if "cell" in f.subjects and _CELL_WORDS.search(s.text) and not _FOR_PEOPLE.search(s.text):
            continue  # "kills cancer cells": says what was studied, unless it is "for patients"
        if f.negated and (not f.strength or _DENIES_SHOWING.search(s.text)):
            continue  # ("Nothing in these results shows that this virus can spread from
            # person to person")
        if "unknown" in s.text and _UNKNOWN.search(s.text):
            continue  # "its safety and effectiveness in pregnancy are unknown": no claim
        if _names_setting(ctx, s.text) or not _people_named(s.text, f.implicit_human):
            continue
        if (
            re.search(r"\bpopulations?\b", s.text, re.I)
            and not _PEOPLE_WORDS.search(s.text)
            and re.search(r"\bpopulations?\b", paper_text, re.I)
        ):
            continue  # "The fourth treated population did not disappear": the paper's own
            # word for its mosquitoes, not people
        if restates_background(ctx, s.index) and _background_about_people(ctx, s.index):
            continue  # "when the virus was linked to a rise in babies born with microcephaly"
        about = (
            "Speaks of people"
            if "human" in f.subjects
            else f"Speaks of treating people ('{f.implicit_human}')"
        )
        yield self.finding(
            f"{who(s, ctx)}{about}, but the study was {what}.",
            sentence=s,
            evidence=ev,
            # ("The results indicate that the dairy cow virus is capable of airborne spread
            # between people": the evidence said to show it, no hedge on it)
            severity="info"
            if _hedge_before_people(s.text, f.hedges) and not only_evidential(f.hedges)
            else None,
            suggestion=f"Say that the study was {what}, and that results may not hold in people.",
        )
    said = (
        ("animal" in pf.designs and ("animal" in rf.subjects or rf.mentions_design("animal")))
        or ("in_vitro" in pf.designs and rf.mentions_design("in_vitro"))
        or (
            "modelling" in pf.designs
            and ("model" in rf.subjects or rf.mentions_design("modelling"))
        )
    )
    if not said:
        yield self.finding(
            f"The study was {what}, but the release never says so.",
            evidence=ev,
            suggestion=f"Say early, ideally in the headline, that the study was {what}.",
        )


#: human material named as what was studied: "human inner-ear tissue kept alive in a
#: dish", "human brain cells"
_HUMAN_MATERIAL = re.compile(
    r"\bhuman\s+(?:[\w-]+\s+){0,2}?(?:cells?|tissues?|organoids?|samples?|explants?|"
    r"neurons?|fibroblasts?|cell lines?|preadipocytes|biopsies|blood)\b",
    re.I,
)


#: people named only to say the result is not about them, or as where samples came
#: from ("not in people", "isolates collected from patients")
_NOT_ABOUT_PEOPLE = re.compile(
    r"\b(?:not|never|nor)\s+(?:yet\s+)?(?:been\s+)?(?:(?:tested|tried|studied|shown)\s+)?"
    r"(?:in|on|for)\s+(?:people|humans|patients)\b|"
    r"\b(?:collected|taken|obtained|isolated|donated|derived|sampled)\s+(?:from|by)\s+"
    r"(?:\w+\s+)?(?:patients|people|volunteers|donors|humans)\b",
    re.I,
)


#: a sentence that says what is not known: "safety in pregnancy is unknown"
_UNKNOWN = re.compile(r"\b(?:is|are|remains?|still)\s+(?:largely\s+)?unknown\b", re.I)


def _people_named(text: str, implicit_human: str) -> bool:
    """Whether the sentence still speaks of people once mentions that exclude them
    ("not in people") or name them as a source of samples are set aside."""
    if implicit_human:
        return True
    rest = _NOT_ABOUT_PEOPLE.sub(" ", text)
    return "human" in analyze(rest).subjects


#: people named in a claim, for where a hedge stands
_PEOPLE_WORDS = re.compile(
    r"\b(?:people|patients|humans?|persons?|adults|children|women|men|babies|infants|"
    r"sufferers|someone|anyone|everyone)\b",
    re.I,
)


#: a sentence that denies the evidence shows something: "Nothing in these results shows"
_DENIES_SHOWING = re.compile(
    r"\b(?:nothing|no\s+(?:evidence|data|results?))\b[^.;]{0,40}?\b(?:shows?|suggests?|"
    r"indicates?|proves?)\b|\b(?:does|do|did)\s+not\s+(?:show|prove|suggest)\b",
    re.I,
)


def _hedge_before_people(text: str, hedges: tuple[str, ...]) -> bool:
    """Whether a hedge qualifies what the sentence says of people: "could one day help
    patients" and "people with dementia could benefit" are hedged; "is already capable
    of infecting people and could spread" says its first clause plainly (the hedge
    stands in the clause after "and")."""
    if not hedges:
        return False
    low = text.lower()
    people = _PEOPLE_WORDS.search(text)
    first = min((i for h in hedges if (i := low.find(h)) >= 0), default=-1)
    if people is None or first < 0 or first < people.start():
        return True
    # ("but" limits what came before: "a human gene ..., but whether it does anything
    # similar in humans is simply not known" stays hedged)
    return not re.search(r"\sand\s", low[people.end() : first])


def _background_about_people(ctx: RuleContext, index: int) -> bool:
    """Whether the background statement a sentence restates is about people or a
    disease (a virus "linked to a rise in babies born with microcephaly"), not about
    animals ("exercise increases neurogenesis in rodents", which a release retells as
    what "helps people")."""
    a = alignment_of(ctx, index)
    if a is None or not a.matches:
        return False
    g = statement_features(ctx, a.matches[0].statement)
    return not (g.species or any(k in g.subjects for k in ("animal", "model")))


def _names_setting(ctx: RuleContext, text: str) -> bool:
    """The sentence says where the study was done: in the lab, in a computer model."""
    pf = facts(ctx)
    return any(
        d in pf.designs and DESIGN_MENTIONS[d].search(text) for d in ("in_vitro", "modelling")
    )


#: a promise about people ("will give hope to thousands of patients"), a claim
#: whether or not it states a finding
_PROMISE = re.compile(
    r"\bwill\s+(?:\w+\s+)?(?:help|give|offer|bring|benefit|save|cure|treat|transform|change|"
    r"prevent|protect)\b|\bhope (?:for|to)\b|"
    # "point to a gentler treatment for people with pancreatic cancer"
    r"\b(?:treatments?|therap(?:y|ies)|cures?|drugs?|medicines?)\s+for\s+(?:people|patients|"
    r"those|sufferers|men|women|children|adults)\b",
    re.I,
)


def _mixed(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A study in people with a side experiment in animals or cells: flag release
    claims that report the animal or cell result as if it were about people."""
    pf = facts(ctx)
    if not any(d in pf.designs for d in ("animal", "in_vitro")):
        return
    for s, f in claims(ctx):
        j = extrapolated_statement(ctx, s.index)
        if j is None:
            continue
        sf = statement_features(ctx, j)
        what = "in " + species_words(sf.species) if sf.species else "in cells"
        yield self.finding(
            f"{who(s, ctx)}Reports a result the paper found {what} as if it were about people.",
            sentence=s,
            evidence=(statement_evidence(ctx, j),),
            severity="info" if f.hedged else None,
            suggestion=f"Say that this part of the study was {what}.",
        )


def nonhuman_anchor(ctx: RuleContext, index: int) -> int | None:
    """In a study of people with a side experiment in animals or cells, the animal
    or cell statement a release sentence reports (None when it reports another)."""
    j = anchor_statement(ctx, index)
    if j is None:
        return None
    sf = statement_features(ctx, j)
    kinds = [k for k in sf.subjects if k in ("animal", "cell")]
    if not kinds or ("human" in sf.subjects and "animal" not in sf.subjects):
        return None
    return j


def _human_statement(ctx: RuleContext, i: int) -> bool:
    """A result or conclusion of the paper about its human participants."""
    pf = facts(ctx)
    if i < len(pf.background) and pf.background[i]:
        return False
    sf = statement_features(ctx, i)
    return "human" in sf.subjects and not any(k in sf.subjects for k in ("animal", "cell"))


def _studied_people(ctx: RuleContext) -> set[str]:
    """The groups of people the paper studied ("older adults", "women"), as named in
    its title and in statements that speak of people only."""
    groups: set[str] = set()
    title = ctx.paper.title or ""
    if title:
        groups.update(analyze(title).specific_groups)
    for i in range(len(ctx.paper.statements)):
        sf = statement_features(ctx, i)
        if "human" in sf.subjects and "animal" not in sf.subjects:
            groups.update(sf.specific_groups)
    return groups


def _human_support(ctx: RuleContext, index: int) -> bool:
    """The best result or conclusion the sentence matches is about the study's people."""
    pf = facts(ctx)
    for m in relevant_matches(ctx, index):
        if m.statement < len(pf.background) and pf.background[m.statement]:
            continue
        return _human_statement(ctx, m.statement)
    return False


def extrapolated_statement(ctx: RuleContext, index: int) -> int | None:
    """In a study of people with a side experiment in animals or cells: the animal or
    cell statement a release claim reports as if it were about people, or None.

    None when the claim names animals or cells itself, is negated, names the group
    of people the paper studied ("older adults"), or is best matched by a result
    about those people."""
    pf = facts(ctx)
    if pf.nonhuman or not any(d in pf.designs for d in ("animal", "in_vitro")):
        return None
    f = sentence_features(ctx, index)
    kinds = set(f.subjects)
    if "cell" in kinds and "human" in kinds and _PEOPLES_CELLS.search(f.text):
        # "patients still had the edit in nearly 80 per cent of their blood-forming cells":
        # people's own cells, told of people
        kinds.discard("cell")
    if kinds & {"animal", "cell", "model"} or f.negated or _LAB_LEVEL.search(f.text):
        return None
    j = nonhuman_anchor(ctx, index)
    if j is None:
        return None
    if _studied_people(ctx) & set(f.specific_groups) or _human_support(ctx, index):
        return None  # about the people the paper studied, and the paper says it of them
    return j


#: a result told at the level of the laboratory, not of people: "about 86 per cent of the
#: targeted DNA was edited ... in every donor"
_LAB_LEVEL = re.compile(r"\b(?:donors?|DNA|genomes?|in the (?:lab|dish)|test[- ]tubes?)\b", re.I)
#: cells that belong to people: "their blood-forming cells", "patients' cells"
_PEOPLES_CELLS = re.compile(
    r"\b(?:their|patients['\u2019]|people['\u2019]s|his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"cells\b",
    re.I,
)
_UNIVERSAL = re.compile(
    r"\b(?:(?:adults|people|patients|children|women|men) of (?:any|all) ages?|"
    r"(?:people|patients|adults) of (?:every|all|any) (?:skin (?:types?|colou?rs?|tones?)|"
    r"ethnicit(?:y|ies)|ancestr(?:y|ies))|whatever their (?:ancestry|ethnicity|skin \w+)|"
    # ("everyone else" is the comparison group: "how owners compare with everyone else")
    r"(?:anyone|everyone|everybody)(?!\s+else\b)|all of us|the general population|"
    r"all (?:adults|people|patients|women|men|children|ages))\b",
    re.I,
)
#: right after "anyone": a group named by a diagnosis, narrower than everyone
_DIAGNOSED = re.compile(r"\s+(?:(?:already|newly|recently|ever)\s+)?diagnosed\b", re.I)
#: right after "everyone" / "all patients": the study's own participants, not a wider group
_PARTICIPANTS = re.compile(
    r"\s+(?:taking part|who took part|who were (?:studied|enrolled|included|recruited)|"
    r"(?:in|from) (?:the|this|our) (?:simulated |modell?ed |virtual )?(?:study|trial|sample|"
    r"groups?|cohort|survey|population)|enrolled|"
    r"involved|included|recruited|studied|surveyed|interviewed|treated|modell?ed|simulated|"
    # "Everyone kept a daily symptom diary for four weeks"
    r"kept|logged|recorded|reported\s+(?:their|daily|weekly)|"
    # "Everyone had a sensor fitted to their inhaler"
    r"had\s+(?:a|an|their)\s+(?:[\w-]+\s+){1,3}?(?:fitted|installed|attached|implanted|placed|"
    r"taken|measured|recorded)\b|"
    # what the study did to them: "everyone was followed until the end of 2021"
    r"(?:was|were) (?:then )?(?:followed|tracked|monitored|asked|given|assigned|allocated|"
    r"randomi[sz]ed|invited|tested|screened|measured|weighed|examined|offered|scanned|"
    r"contacted)|received|completed|wore|answered|filled (?:in|out)|underwent|attended|"
    r"gave (?:a|blood|samples?|consent)|"
    # what they did or knew in the study: "everyone took the immune-suppressing drug",
    # "everyone knew they had received cells"
    r"took|knew|had\s+(?:been|received|taken|surgery)|was\s+(?:told|aware)|were\s+(?:told|aware))\b|"
    # "Everyone, whichever group they were in, also had weekly support"
    r",\s+(?:whichever|whatever|regardless of (?:which|their)) (?:group|arm)\b",
    re.I,
)
#: right before "everyone": what the study did to its participants
_DONE_TO = re.compile(
    r"\b(?:asked|invited|gave|tested|scanned|surveyed|interviewed|followed|follow|track|tracked|"
    r"include|included|enrol|enrolled|recruited|studied|told|offered|sent|"
    r"contacted|weighed|measured|screened|randomi[sz]ed|assigned)\s+$",
    re.I,
)
#: before it: a caveat on generalising ("their views may not reflect those of all people")
_NOT_GENERAL = re.compile(
    r"(?:\bnot|n't|\bcannot|\bnever)\s+(?:\w+\s+){0,2}?(?:reflect|represent|apply|generali[sz]e|"
    r"extend|hold|be typical|speak|suit|work for|help|carry over|transfer|translate)\w*\b|"
    # "did not include women under 30"
    r"\b(?:did|does|do)\s+not\s+include\b|"
    # "the percentages cannot be used to estimate how common ... among everyone"
    r"\bcannot\s+be\s+used\s+to\s+(?:estimate|say|tell|judge)\b",
    re.I,
)
#: a sentence that tells who was in the sample: its "all men" describes the sample
_SAMPLE_TOLD = re.compile(
    r"\b(?:took part|take part|taking part|of them|were recruited|were enrolled|"
    r"were interviewed|were surveyed)\b",
    re.I,
)
#: a count just before a group ("of 12 people with"): the sample, told as it was
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty"
    r"(?:-[a-z]+)?|hundred|thousand)\s+$",
    re.I,
)
_POP_NOUN = re.compile(
    r"\b(?:people|patients|persons|individuals|adults|sufferers|those|anyone|everyone|men|"
    r"women|children)\s+(?:with|who have|who had|suffering from|living with)\b|"
    r"\b(?:depressed|diabetic|obese) (?:people|patients|adults)\b",
    re.I,
)


#: a group of diseases where the paper studied one: "patients with all kinds of diseases",
#: "any cancer", "a wide range of conditions"
_ANY_CONDITION = re.compile(
    r"\b(?:all|any|every)\s+(?:kinds?|types?|sorts?|forms?)\s+of\s+(?:diseases?|illness(?:es)?|"
    r"conditions?|cancers?|disorders?|ailments?|tumou?rs?)\b|"
    r"\b(?:any|every)\s+(?:disease|illness|condition|cancer|disorder|ailment|tumou?r)\b|"
    r"\ball\s+(?:diseases|illnesses|cancers|disorders|ailments|tumou?rs)\b|"
    r"\b(?:wide|broad)\s+(?:range|variety|array)\s+of\s+(?:diseases|illnesses|conditions|"
    r"cancers|disorders|tumou?rs)\b",
    re.I,
)
#: people with a condition: "patients with all kinds of diseases"
_WHO_WITH = re.compile(
    r"\b(?:patients|people|persons|individuals|adults|children|women|men|participants|"
    r"donors|sufferers)\s+(?:with|who have|who had|suffering from|affected by)\s+$",
    re.I,
)
#: the paper's own sample named by its condition: "pancreatic cancer patients",
#: "patients with type 2 diabetes"
_CONDITION_WORD = (
    r"(?:cancer|carcinoma|tumou?rs?|disease|disorder|syndrome|failure|diabetes|asthma|"
    r"depression|infection|injury|injuries|stroke|dementia|arthritis|obesity|hypertension|"
    r"fibrosis|sclerosis|epilepsy|schizophrenia|hiv|malaria|tuberculosis|copd|trauma|fractures?)"
)
_CONDITION_SAMPLE = re.compile(
    rf"\b(?:[A-Za-z][\w'-]*\s+){{0,2}}?{_CONDITION_WORD}\s+(?:patients|sufferers|survivors)\b|"
    rf"\b(?:patients|people|adults|children|women|men)\s+(?:with|suffering from)\s+"
    rf"(?:[A-Za-z][\w'-]*\s+){{0,3}}?{_CONDITION_WORD}\b",
    re.I,
)
#: a finding told as holding far beyond the study's setting
_WIDE_PLACE = re.compile(
    r"\b(?:throughout|across|all over|everywhere in|all of|around)\s+(?:the\s+)?"
    # ("across central Europe")
    r"(?:(?:central|northern|southern|eastern|western)\s+)?"
    r"(?P<place>world|globe|developing world|(?:sub-Saharan\s+)?Africa|Asia|Europe|"
    r"(?:North|South|Latin|Central)\s+America|the Americas|Oceania|country|nation|UK|US|USA|"
    r"United Kingdom|United States|Britain|England|Scotland|Wales|Canada|Australia|India|"
    r"China)\b|"
    r"\b(?P<every>worldwide|globally|in every (?:country|nation)|in (?:all|other) countries|"
    r"elsewhere in the world)\b"
)
#: the finding expected elsewhere: "The same rise can be expected in every country that
#: puts its clocks forward"
_SAME_EXPECTED = re.compile(
    r"\b(?:the same|a similar|similar)\s+(?:[\w-]+\s+)?(?:rise|increase|effect|benefit|"
    r"pattern|drop|fall|reduction|results?|link)s?\b[^.;]{0,40}?\b(?:expected|seen|found|"
    r"likely|appl(?:y|ies)|occur|happen)\b",
    re.I,
)
_WITH_THE = frozenset(
    ["world", "globe", "developing world", "country", "nation", "UK", "US", "USA",
     "United Kingdom", "United States"]
)  # fmt: skip
#: the sentence tells what this study found ("the findings show that ...")
_STUDY_SAYS = re.compile(
    r"\b(?:findings?|results?|study|data|research|analysis|evidence|work)\s+(?:\w+\s+)?"
    r"(?:shows?|showed|shown|suggests?|suggested|reveals?|revealed|indicates?|indicated|"
    r"demonstrates?|demonstrated|means?|meant|confirms?|confirmed|proves?|proved|implies?|"
    r"apply|applies|(?:is|are) relevant)\b|"
    # "The picture that emerges is one shared by nurses ... in every country"
    r"\b(?:picture|pattern|story)\s+(?:that\s+)?(?:emerges|emerged)\b|"
    r"\b(?:researchers|team|authors|scientists|investigators)\s+(?:\w+\s+)?(?:found|showed|"
    r"discovered|concluded|revealed)\b|"
    # a lede: "Adults across the UK who swim ... report fewer symptoms ..., according to a
    # survey led by ..."
    r"\baccording to (?:a|the|new) (?:\w+ )?(?:study|survey|trial|analysis|research)\b",
    re.I,
)


def _own_texts(ctx: RuleContext) -> list[tuple[str, int]]:
    """The title and the paper's own statements (not background or methods)."""
    pf = facts(ctx)
    own = [(ctx.paper.title or "", -1)]
    own.extend(
        (st.text, i)
        for i, st in enumerate(ctx.paper.statements)
        if not (i < len(pf.background) and pf.background[i])
    )
    return own


#: a group "in general": "heart failure patients in general find that ..."
_IN_GENERAL = re.compile(
    r"\b(?:[A-Za-z][\w'-]*\s+){0,2}?(?:people|patients|adults|women|men|children|sufferers|"
    r"survivors|users|smokers|carers|workers)\s+in general\b",
    re.I,
)


def _in_general(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A finding said of a whole group "in general" when the paper reports its sample."""
    pf = facts(ctx)
    if pf.sample_size is None:
        return
    own = " ".join(t for t, _ in _own_texts(ctx))
    q, where = next(
        ((q, i) for q, i in pf.sample_counts if int(q.value) == pf.sample_size),
        (None, None),
    )
    for s, f in claims(ctx):
        m = _IN_GENERAL.search(s.text)
        if not m or f.negated or not _STUDY_SAYS.search(s.text) or " in general" in own.lower():
            continue
        said = q.text if q is not None else f"{pf.sample_size} participants"
        yield self.finding(
            f"{who(s, ctx)}Extends the finding to '{m.group(0)}'; the paper reports what its "
            f"{said} said or showed.",
            sentence=s,
            evidence=(statement_evidence(ctx, where),) if where is not None else (),
            severity="info" if f.hedged else None,
            suggestion=f"Say whom the study was about: its {said}.",
        )


#: the paper names adults as whom it studied: "in adults with episodic migraine"
_ADULTS_STUDIED = re.compile(
    # ("examinations from adults (aged 18 years or older)", "only adults were included")
    r"\bonly\s+adults\s+were\s+(?:included|enrolled|studied|eligible)\b|"
    r"(?<!\d )\b(?:in|of|from|among|enrolled|recruited|included|randomi[sz]ed)\s+(?:\d[\d,]*\s+)?"
    r"(?:[\w-]+\s+)?adults(?:\s+(?:with|aged|who)\s+[^,;.()]{1,40}?(?=[,;.()]|\s+(?:were|was|and)\b))?|"
    r"\badults\s+(?:aged|with|who)\s+[^,;.()]{1,40}?(?=[,;.()]|\s+(?:were|was|and)\b|$)",
    re.I,
)
#: the young, in a paper (any mention means the study may have included them)
_YOUNG_IN_PAPER = re.compile(
    r"\b(?:child\w*|p(?:a)?ediatric|adolescen\w*|teen\w*|youth|young people|infants?|"
    r"bab(?:y|ies)|pupils|schools?|students|kids|juvenile|minors|(?:aged|ages)\s+(?:[0-9]|1[0-7])\b)",
    re.I,
)
#: the young, in a release claim: "could help children and adults alike"
_YOUNG = re.compile(
    r"\b(?:children|child|kids|adolescents|teenagers|teens|young people|youngsters|infants|"
    r"babies|schoolchildren|pupils)\b",
    re.I,
)


#: a sentence that tells whom the study took: "The X-rays came from children and adults"
_SAMPLE_FROM = re.compile(
    r"\b(?:came|come|were\s+drawn)\s+from\b|\b(?:included|enrolled|recruited|involved)\b|"
    r"\btook\s+part\b",
    re.I,
)


def _children_widened(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A finding told of children when the paper studied adults only ("could help
    children and adults alike" for a review of trials "in adults with episodic
    migraine")."""
    pf = facts(ctx)
    if pf.nonhuman:
        return
    texts = [ctx.paper.title or "", *(st.text for st in ctx.paper.statements)]
    adults = next((m.group(0) for t in texts if (m := _ADULTS_STUDIED.search(t))), None)
    if adults is None or any(_YOUNG_IN_PAPER.search(t) for t in texts):
        return
    where = (
        next(i for i, st in enumerate(ctx.paper.statements) if adults in st.text)
        if any(adults in st.text for st in ctx.paper.statements)
        else -1
    )
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        m = _YOUNG.search(s.text)
        if m is None or f.negated or not (f.is_claim or f.advice or _SAMPLE_FROM.search(s.text)):
            continue
        if re.search(r"\b(?:not|never|nor|no)\b[^.;]{0,40}$", s.text[: m.start()], re.I):
            continue  # "not yet tested in children": a limit, not a widening
        yield self.finding(
            f"{who(s, ctx)}Speaks of '{m.group(0)}'; the paper studied adults only ('{adults}').",
            sentence=s,
            evidence=(statement_evidence(ctx, where),),
            severity="info" if f.hedged else None,
            suggestion="Say that the study was in adults, and that it did not test children.",
        )


#: the other sex named: "Both male and female animals", "in females too"
_OTHER_SEX = {
    "male": re.compile(r"\b(?:females?|women|girls|both\s+sexes|either\s+sex)\b", re.I),
    "female": re.compile(r"\b(?:males?|men|boys|both\s+sexes|either\s+sex)\b", re.I),
}


def _other_sex(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A finding told of the other sex where the paper studied one only ("Both male and
    female animals showed the shift" where "All experiments used adult male mice"): the
    paper names the other sex nowhere, and the sentence is an unhedged claim that neither
    denies nor questions it ("Only male mice were studied, so whether females ...")."""
    pf = facts(ctx)
    if not pf.nonhuman:
        return  # (animals of one sex, as laboratory studies use; not "male individuals" of an
        # ancient-DNA study, whose release compares "more men than women")
    sexes = {q for q, _ in pf.population if q in _OTHER_SEX}
    if len(sexes) != 1:
        return
    sex = next(iter(sexes))
    texts = [ctx.paper.title or "", *(st.text for st in ctx.paper.statements)]
    if any(_OTHER_SEX[sex].search(t) for t in texts):
        return
    head = next(h for q, h in pf.population if q == sex)
    where = next(
        (i for i, st in enumerate(ctx.paper.statements) if f"{sex} {head}" in st.text.lower()), -1
    )
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        m = _OTHER_SEX[sex].search(s.text)
        if m is None or f.negated or f.hedged or f.cautionary or not f.is_claim:
            continue
        if re.search(r"\b(?:only|whether|unknown|unclear|not|untested|future)\b", s.text, re.I):
            continue  # "Only male mice were studied": the limit, told
        yield self.finding(
            f"{who(s, ctx)}Speaks of '{m.group(0)}'; the paper studied {sex} {head} only.",
            sentence=s,
            evidence=(statement_evidence(ctx, where),) if where >= 0 else (),
            suggestion=f"Say that the study was in {sex} {head} only.",
        )


#: the paper names whom or what its findings may not cover: "These results may not apply
#: to formula-fed infants", "may not apply to occasional or lower-level use"
_MAY_NOT_APPLY = re.compile(
    r"\b(?:may|might|do|does|could|cannot|can't)\s+not\s+(?:necessarily\s+)?(?:apply|"
    r"generali[sz]e|extend|be generali[sz]ed|be extrapolated|hold)\s+"
    # "results from a single region may not apply elsewhere in the Indo-Pacific"
    r"(?P<how>to|beyond|elsewhere\s+in|outside|in\s+other)\s+(?P<what>[^.;]+)|"
    r"\bshould\s+not\s+be\s+extrapolated\s+to\s+(?P<what2>[^.;]+)|"
    # "whether the findings extend to other cephalopods, other kinds of injury or
    # longer-lasting pain is unknown"
    r"\bwhether\s+(?:the\s+|these\s+|our\s+)?(?:findings|results|effects?)\s+(?:extend|apply|"
    r"hold|generali[sz]e)\s+to\s+(?P<what3>[^.;]+?)\s+(?:is|are|remains?)\s+(?:unknown|unclear|"
    r"uncertain|not known)|"
    # "does not show how the model performs in other clinics, on other devices, in other
    # languages"; "does not establish whether postures affect behaviour ... in real-world
    # settings such as job interviews or exams"
    r"\b(?:does|do|did)\s+not\s+(?:establish|show|tell\s+us|address)\s+(?:whether|how)\b"
    r"[^.;]{0,80}?\b(?P<how4>in|on|among)\s+(?P<what4>(?:other|real-world|different)\b[^.;]+)|"
    # "The study did not examine younger or commercially insured patients."
    r"\b(?:did|does|do)\s+not\s+(?:examine|include|study|enrol|enroll|cover)\s+(?P<what5>[^.;]+)|"
    # "Arrests caused by trauma, drowning, drug overdose or asphyxia were not eligible."
    # "whether similar effects occur in urban or younger populations ... requires further
    # study"
    r"\bwhether\s+(?:similar|the\s+same|comparable)\s+(?:effects?|results?|benefits?|findings?)\s+"
    r"(?:occur|apply|hold|are\s+seen|would\s+be\s+seen)\s+(?:in|among|for)\s+(?P<what7>[^.;,]+?)"
    r"(?=,|\s+(?:requires?|needs?|is|are|remains?)\b)|"
    # "Most trials excluded infants who needed immediate resuscitation at birth"
    r"\b(?:we|trials|studies|most\s+trials|most\s+studies|the\s+trials?)\s+excluded\s+"
    r"(?P<what8>[^.;,]{3,120})|"
    # ("...; patients with suicidal behaviour in the past year were excluded")
    r"(?:^|;\s+|,\s+and\s+)(?P<what6>[^.;]{3,120}?)\s+(?:were|was)\s+(?:not\s+eligible|"
    # ("Local residential streets were not included.")
    r"ineligible|excluded|not\s+sampled|not\s+included)\b",
    re.I,
)
#: general nouns of a place or group named by the word before them ("health systems",
#: "school settings"): the word alone does not name them
_GENERAL_HEADS = frozenset(
    ["systems", "settings", "contexts", "populations", "groups", "services", "programmes",
     "programs", "sectors", "environments", "countries", "regions"]
)  # fmt: skip
#: a call for research, which names a group as not yet studied, not the sample
_CAVEAT_STATEMENT = re.compile(
    r"\b(?:studies|research|trials|work)\b[^.;]{0,60}\b(?:are|is) (?:still )?needed\b|"
    r"\bfuture (?:studies|research|work|trials)\b",
    re.I,
)
#: words of such a phrase that name nothing in particular
_PLAIN_WORDS = frozenset(
    ["people", "patient", "participant", "population", "other", "setting", "group", "those",
     "who", "use", "user", "adult", "individual", "context", "country", "term", "level",
     "lower", "higher", "longer", "different", "general", "wider", "studied", "included"]
)  # fmt: skip


#: a word for a group in other words: cities and towns are urban
_ALIKE = {"city": "urban", "citie": "urban", "cities": "urban", "town": "urban", "towns": "urban"}

#: a group named by what sets it apart: "those brought on by drowning", "people who had
#: recently attempted suicide", "those with chronic daily headache"
_GROUP_NAMED = re.compile(
    r"\b(?:those|people|patients|participants|adults|children|women|men|cases|arrests|anyone|"
    r"everyone|infants|babies)\s+(?:who|with|whose|brought|caused|taking|on|from|in|of)\b|"
    # a span that reaches them: "across the full range of city streets, from quiet
    # residential blocks to major arterials"
    r"\bacross\s+the\s+(?:full|whole|entire)\s+(?:range|spectrum)\b|"
    r"\b(?:held|applied|worked)\s+(?:across|for|on)\s+(?:all|every|any)\b",
    re.I,
)
#: a limitation naming what the study lacked: "the absence of deep infiltrating lesions
#: limit generalisability"
_LIMITS_GENERALITY = re.compile(r"\blimits?\s+(?:the\s+)?generali[sz]ab", re.I)
#: a study said to have taken a group in
_TOOK_IN = re.compile(
    r"\b(?:included|enrolled|recruited|took\s+in|covered|spanned|sampled)\b", re.I
)


def _compounds(text: str) -> set[str]:
    """The hyphenated words of a text, whole ("treatment-resistant")."""
    return {w.lower() for w in re.findall(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b", text)}


#: a sensitivity analysis: "In a sensitivity analysis, ... were excluded"
_SENSITIVITY = re.compile(r"\bsensitivity\s+analys[ie]s\b", re.I)


def _excluded_named(self: Rule, ctx: RuleContext, left_out: bool = False) -> Iterator[Finding]:
    """A finding told of whom or what the paper says its findings may not cover: "The
    team expects the benefits to extend to formula-fed babies as well" for "These
    results may not apply to formula-fed infants, who were not studied"; with
    ``left_out``, of whom the study left out ("including those brought on by drowning,
    drug overdose or trauma" for "Arrests caused by trauma, drowning, drug overdose or
    asphyxia were not eligible")."""
    # words, statement, "to whom", whether words alike by their first letters count, and
    # a general noun the release must name with them ("health" of "health systems")
    excluded: list[tuple[frozenset[str], int, str, int, str | None]] = []
    for i, st in enumerate(ctx.paper.statements):
        if left_out and _SENSITIVITY.search(st.text):
            continue  # "In a sensitivity analysis, dementia diagnoses made within 2 years
            # after surgery were excluded": a check of the result, not whom it covers
        for m in _MAY_NOT_APPLY.finditer(st.text):
            if bool(m.group("what6") or m.group("what8")) != left_out:
                continue
            # (up to the first comma, and the list's further members after it: "to other
            # people with ALS, particularly those in a locked-in state, or to people with
            # paralysis from other causes"; not "formula-fed infants, who were not studied")
            parts = (m.group("what") or m.group("what2") or m.group("what3") or "").split(",")
            kept = parts[:1]
            for part in parts[1:]:
                if not re.match(
                    # ("to companies that did not volunteer, to larger or public-sector
                    # employers, or to shift-based settings")
                    r"\s*(?:particularly|especially|notably|including|such\s+as|or|nor|to)\b",
                    part,
                    re.I,
                ):
                    break
                kept.append(part)
            what = ",".join(kept)
            what = (
                what
                or m.group("what4")
                or m.group("what5")
                or m.group("what6")
                or m.group("what7")
                or m.group("what8")
                or ""
            )
            # (up to a clause of its own: "did not examine biological mechanisms and had
            # limited statistical power for individual diagnoses")
            what = re.split(
                r"\s+and\s+(?:(?:it|they|we|the\s+(?:study|trial|analysis))\s+)?(?:had|has|have|"
                r"was|were|is|are|did|does|could|may|might|used|relied|lacked|needs?|requires?)\b",
                what,
            )[0]
            # (a list, every one)
            how = (
                "left out"
                if m.group("what6") or m.group("what8")
                else (m.group("how") or m.group("how4") or "to").lower()
            )
            # only what sets them apart: words the paper uses nowhere else ("formula" of
            # "formula-fed infants" in a trial of breastfed infants; not "children" of
            # "children with severe pneumonia" in a trial of children)
            elsewhere = set(content_words(ctx.paper.title or ""))
            for j, other in enumerate(ctx.paper.statements):
                if (
                    j != i
                    and not _CAVEAT_STATEMENT.search(other.text)
                    # (whom the study left out, beside whom its findings may not reach:
                    # "do not apply to chronic migraine" names the left-out group too)
                    and not (
                        left_out
                        and (
                            _LEFT_OUT.search(other.text)
                            or _MAY_NOT_APPLY.search(other.text)
                            # ("the absence of deep infiltrating lesions limit generalisability")
                            or _LIMITS_GENERALITY.search(other.text)
                        )
                    )
                ):
                    # (a call for research names the group as not studied too:
                    # "studies in women ... are needed" beside "may not apply to women")
                    elsewhere |= content_words(other.text)
            elsewhere |= content_words(st.text[: m.start()])
            shown = what
            if left_out:
                # the cause or trait that sets them apart: "Arrests caused by trauma, ..."
                what = re.sub(
                    r"^[^,]*?\b(?:caused\s+by|due\s+to|related\s+to|secondary\s+to|with)\s+",
                    "",
                    what,
                )
            for item in re.split(r"\s+(?:or|and|nor)\s+|,\s*", re.sub(r"\([^()]*\)", " ", what)):
                # (a hyphenated word whole: "treatment-resistant", not "treatment")
                whole = _compounds(item)
                parts = {w for c in whole for w in content_words(c.replace("-", " "))}
                words = frozenset(
                    {
                        w
                        for w in content_words(item)
                        if w not in _PLAIN_WORDS
                        and len(w) > 4
                        and w not in elsewhere
                        and w not in parts
                    }
                    | {
                        c
                        for c in whole
                        if c
                        not in _compounds(
                            " ".join(
                                other.text for j, other in enumerate(ctx.paper.statements) if j != i
                            )
                        )
                    }
                )
                ends = item.strip().lower().split() or [""]
                # (the general noun first or last: "countries with different CPR training",
                # "health systems")
                needs = next((w for w in (ends[-1], ends[0]) if w in _GENERAL_HEADS), None)
                if words:
                    # (words alike by their first five letters, or six for a left-out
                    # group: "recent" and "recently", not "psychotic" and "psychiatry")
                    loose = (
                        5 if m.group("what5") else 6 if m.group("what6") or m.group("what8") else 0
                    )
                    excluded.append((words, i, f"{how} {shown.strip(' ,;')}", loose, needs))
    if not excluded:
        return
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        # (with ``left_out``, a sentence saying the study took them in: "the trial included
        # people who had recently attempted suicide")
        took_in = left_out and bool(_TOOK_IN.search(s.text))
        if (
            f.negated
            or f.cautionary
            or not (f.is_claim or f.advice or _EXTENDS.search(s.text) or took_in)
        ):
            continue  # (nor "we'd like to see the pattern tested in other landscapes")
        if _NOT_GENERAL.search(s.text) or re.search(
            r"\bnot\s+(?:yet\s+)?(?:known|clear)\b|"
            # "it is unknown whether the findings apply to humans"; "Whether the findings apply
            # to people, to females, ... remains unknown"; "we can't assume the same would hold"
            r"\b(?:unknown|unclear|uncertain)\s+(?:whether|if)\b|^\W*whether\b|"
            r"\bremains?\s+(?:unknown|unclear|uncertain|to\s+be)\b|"
            r"\b(?:can(?:not|['\u2019]t)|could\s*not|should\s*not|shouldn['\u2019]t)\s+assume\b|"
            # "The study did not look at how the drug might affect ... biologically"
            r"\b(?:did|does|do)\s+not\s+(?:look\s+at|examine|study|include|assess|cover)\b",
            s.text,
            re.I,
        ):
            continue  # "may not apply to formula-fed babies": the paper's own caveat
        if _LEFT_OUT.search(s.text):
            continue  # "Arrests caused by trauma ... were not included": the paper's own
        claim = claim_text(s.text)
        mine = content_words(claim) | _compounds(claim)  # (not "... Institute of Public Health")
        # (a compound written open: "fully locked in" for "a locked-in state")
        plain = re.findall(r"[a-z]+", claim.lower())
        open_compounds = {f"{a}-{b}" for a, b in itertools.pairwise(plain)}
        mine |= {_ALIKE[w] for w in mine if w in _ALIKE}  # "in cities" for "urban"
        # (for those the study did not examine, words alike by their first five letters too:
        # "commercially insured" and "private insurance")
        mine5 = {w[:5]: w for w in mine if len(w) > 4}
        hit = next(
            (
                (w | {mine5[x[:5]] for x in w if loose and x[:5] in mine5}, i, what)
                for w, i, what, loose, needs in excluded
                if (
                    w & mine
                    or w & open_compounds
                    or (
                        loose
                        and any(x[:5] in mine5 and x[:loose] == mine5[x[:5]][:loose] for x in w)
                    )
                )
                # ("national health registers" is not "health systems")
                and (needs is None or re.search(rf"\b{needs.rstrip('s')}", s.text, re.I))
            ),
            None,
        )
        if hit is not None and left_out and not (_GROUP_NAMED.search(s.text) or took_in):
            continue  # "patients should be transferred to a hospital": no group named
        if hit is None:
            continue
        words, i, what = hit
        # (the most telling: "resuscitation")
        said = max(sorted(words & (mine | open_compounds)), key=len)
        # (the release's own word for it: "cities" for "urban")
        said = next((w for w in sorted(mine) if _ALIKE.get(w) == said), said)
        # the word as the release writes it, hyphenated compounds whole ("Indo-Pacific")
        written = re.search(rf"[\w-]*\b{re.escape(said)}[\w-]*", s.text, re.I)
        named = written.group(0) if written else said
        yield self.finding(
            f"{who(s, ctx)}Speaks of '{named}', but the study left out "
            f"{what.removeprefix('left out ')[:1].lower()}{what.removeprefix('left out ')[1:]}."
            if what.startswith("left out ")
            else f"{who(s, ctx)}Speaks of '{named}', but the paper says its findings may not "
            f"apply {what}.",
            sentence=s,
            evidence=(statement_evidence(ctx, i),),
            # (advice put to them is no less a widening for being "suggested")
            severity="info" if f.hedged and not f.advice and not _EXTENDS.search(s.text) else None,
            suggestion="Say, as the paper does, that the study left them out."
            if what.startswith("left out ")
            else "Say, as the paper does, that the findings may not apply there.",
        )


#: a release saying a benefit reaches further: "expects the benefits to extend to ...",
#: "even occasional cannabis use ... raising the chances"
_EXTENDS = re.compile(
    r"\b(?:extend|extends|apply|applies|carry over|hold)\s+(?:\w+\s+){0,2}?to\b|"
    r"\b(?:hold|holds|held|be true)\s+(?:\w+\s+)?for\b|"
    r"\bnot limited to\b|\beven\s+(?:occasional|light|moderate|low|small)\b|"
    # "The findings point to similar benefits for larger employers"
    r"\b(?:similar|the\s+same|comparable)\s+(?:benefits?|effects?|results?|gains?|"
    r"improvements?)\s+(?:for|in|among|at)\b",
    re.I,
)
#: a paper that says its shares cannot tell how common something is
_NO_PREVALENCE = re.compile(
    r"\bcannot\s+(?:be\s+used\s+to\s+)?estimate\s+(?:how\s+common|the\s+prevalence|prevalence|"
    r"the\s+frequency)|\bnot\s+(?:designed|able)\s+to\s+(?:estimate|measure)\s+(?:how\s+common|"
    r"(?:the\s+)?prevalence)|\bno\s+(?:measures?|estimates?)\s+of\s+(?:\w+\s+)?prevalence\b",
    re.I,
)
#: a share told of everyone with a condition: "nine in ten people who catch COVID-19"
_OF_EVERYONE = re.compile(
    r"\b(?:people|adults|patients|children|everyone|anyone)\s+who\s+(?:catch|get|have had|"
    r"had|develop|are infected|were infected|become infected|contract)\b|"
    r"\bof\s+(?:all|everyone)\s+(?:who|infected|with)\b",
    re.I,
)


def _share_as_prevalence(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A sample's share told as true of everyone with the condition ("close to nine in
    ten people who catch COVID-19 go on to develop lasting fatigue") when the paper says
    its figures cannot estimate how common it is (a self-selected survey)."""
    where = next(
        (i for i, st in enumerate(ctx.paper.statements) if _NO_PREVALENCE.search(st.text)), None
    )
    if where is None:
        return
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        m = _OF_EVERYONE.search(s.text)
        if m is None or f.negated or _NOT_GENERAL.search(s.text):
            continue
        if not any(q.kind == "percent" for q in f.numbers):
            continue
        yield self.finding(
            f"{who(s, ctx)}Tells a share as true of '{m.group(0)}'; the paper says its figures "
            "cannot estimate how common this is.",
            sentence=s,
            evidence=(statement_evidence(ctx, where),),
            suggestion="Say that the share is of the people surveyed, not of everyone.",
        )


def _condition_widened(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A sample named by its condition ("pancreatic cancer patients") told as people
    with any disease ("patients with all kinds of diseases")."""
    own = _own_texts(ctx)
    sample = next(((m.group(0), i) for t, i in own if (m := _CONDITION_SAMPLE.search(t))), None)
    if sample is None or any(_ANY_CONDITION.search(t) for t, _ in own):
        return
    said, where = sample
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        m = _ANY_CONDITION.search(s.text)
        if not m or f.negated or re.search(r"\bof\s+$", s.text[: m.start()], re.I):
            continue  # "3% of all cancers": a share, not the sample
        if not (
            _WHO_WITH.search(s.text[: m.start()]) or (f.is_claim and _STUDY_SAYS.search(s.text))
        ):
            continue
        yield self.finding(
            f"{who(s, ctx)}Speaks of '{m.group(0)}'; the paper studied {said.strip()} only.",
            sentence=s,
            evidence=(statement_evidence(ctx, where),),
            severity="info" if f.hedged else None,
            suggestion=f"Name the population the paper studied: '{said.strip()}'.",
        )


#: other conditions than the sample's: "to detect other cancers, such as bowel, ovarian and
#: breast cancer"
_OTHER_CONDITION = re.compile(
    r"\bother\s+(?:types\s+of\s+|kinds\s+of\s+|forms\s+of\s+)?(?:cancers|diseases|illnesses|"
    r"conditions|disorders|tumou?rs|infections)\b",
    re.I,
)
#: what the finding is said to be used for
_PUT_TO_USE = re.compile(
    r"\b(?:detect|diagnos|treat|screen|spot|identif|prevent|cure|help|benefit|appl(?:y|ies)|"
    r"work)\w*",
    re.I,
)
#: research still to be done: "would need to be tested", "future studies"
_STILL_TO_TEST = re.compile(
    r"\b(?:need(?:s|ed)? to be|must be|should be|will have to be|would have to be)\s+"
    r"(?:tested|studied|examined|checked|confirmed)\b|\bfuture (?:studies|research|work)\b|"
    r"\b(?:plan|hope|want|aim)s?\s+to\s+(?:test|study|examine|look)\b",
    re.I,
)


def _other_conditions(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A finding told of other conditions than the one studied: "The same approach could
    also be used to detect other cancers, such as bowel, ovarian and breast cancer" for a
    study of lung cancer.  Research still to be done ("would need to be tested in other
    cancers") is not a widening."""
    own = _own_texts(ctx)
    sample = next(((m.group(0), i) for t, i in own if (m := _CONDITION_SAMPLE.search(t))), None)
    if sample is None or any(_OTHER_CONDITION.search(t) for t, _ in own):
        return
    said, where = sample
    for s in ctx.document.sentences:
        m = _OTHER_CONDITION.search(s.text)
        if m is None:
            continue
        f = sentence_features(ctx, s.index)
        if f.negated or f.cautionary or _STILL_TO_TEST.search(s.text):
            continue
        if not _PUT_TO_USE.search(s.text):
            continue
        yield self.finding(
            f"{who(s, ctx)}Extends the finding to '{m.group(0)}'; the paper studied "
            f"{said.strip()} only.",
            sentence=s,
            evidence=(statement_evidence(ctx, where),),
            suggestion="Say that only this condition was studied, and that others would "
            "need studies of their own.",
        )


def _place_widened(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A finding from one setting told as holding across a country, a continent or the
    world."""
    own = " ".join(t for t, _ in _own_texts(ctx))
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        m = _WIDE_PLACE.search(s.text)
        # a finding the study is said to show, whether or not it reads as a claim
        if not m or f.negated or not (_STUDY_SAYS.search(s.text) or _SAME_EXPECTED.search(s.text)):
            continue
        place = m.group("place") or m.group("every")
        if m.group("every") or place in ("world", "globe"):
            words = r"world\w*|global\w*|international\w*"
        elif place in ("country", "nation"):
            words = r"national\w*|nationwide|country|countries"
        else:
            words = re.escape(place)
        # "in Sheffield, UK" places the study; it does not speak for the whole UK
        scope = re.sub(rf"\b[A-Z][\w-]+,\s+(?:{words})\b", " ", own)
        if re.search(rf"\b(?:{words})\b", scope, re.I):
            continue  # the paper itself speaks that widely
        if re.search(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,4}$", s.text[: m.start()]) and any(
            re.search(rf"\b(?:{words})\b", st.text, re.I) for st in ctx.paper.statements
        ):
            continue  # "a study of 487 infants in 14 intensive care units across the UK and
            # Ireland": where the sample was, as the methods say
        yield self.finding(
            f"{who(s, ctx)}Extends the finding to '{m.group(0)}'; the paper does not speak "
            + (
                "beyond where it was done."
                if m.group("every")
                else f"of {'the ' + place if place in _WITH_THE else place}."
            ),
            sentence=s,
            evidence=ctx.evidence_for(s.index, limit=1),
            severity="info" if f.hedged else None,
            suggestion="Say where the study was done, and that its findings come from there.",
        )


#: a sentence that says whom the study left out
_LEFT_OUT = re.compile(
    r"\b(?:excluded|not\s+included|not\s+eligible|ineligible|could\s+not\s+take\s+part|"
    r"not\s+part\s+of|included\s+only|(?:were|was)\s+(?:also\s+)?left\s+out)\b",
    re.I,
)
#: a condition the paper's participants did not have: "adults with obesity without
#: diabetes", "people with atrial fibrillation were excluded"
_WITHOUT_CONDITION = re.compile(
    r"\b(?:adults|people|patients|participants|women|men|children|individuals)\b[^.;]{0,80}?"
    r"\bwithout\s+(?P<what>(?:type\s+[12]\s+)?[a-z][\w'-]+)|"
    r"\b(?:people|patients|participants|those|women|men|children)\s+with\s+"
    r"(?P<what2>(?:type\s+[12]\s+)?[a-z][\w'-]+(?:\s+[a-z][\w'-]+){0,2})[^.;]{0,60}?"
    r"\bwere\s+excluded\b|"
    # "adults aged 65 years or older with a new diagnosis of cataract ... and no diagnosis
    # of dementia or mild cognitive impairment at baseline"
    r"\b(?:adults|people|patients|participants|women|men|children|individuals)\b[^.;]{0,120}?"
    r"\band\s+no\s+(?:prior\s+|previous\s+)?diagnosis\s+of\s+(?:[a-z][\w'-]+\s+or\s+)?"
    r"(?P<what3>[a-z][\w'-]+(?:\s+[a-z][\w'-]+){0,2}?)\s+(?:at|before)\s+(?:baseline|entry|"
    r"enrol?ment)\b",
    re.I,
)
#: whom the study took, with a condition: "640 infants aged 4 to 11 months with severe
#: eczema, egg allergy, or both were randomly assigned"
_ENROLLED_WITH = re.compile(
    r"\b\d[\d,]*\s+(?:infants|babies|children|adults|people|patients|participants|women|men)\s+"
    r"(?:aged\s+[^,;()]{1,30}?\s+)?with\s+(?!and\s+without\b)"
    r"(?P<what>[a-z][\w', -]{2,60}?)\s+(?:were|was)\s+(?:randomi[sz]ed|randomly|enrolled|"
    r"recruited|included|assigned)\b",
    re.I,
)
#: a release's words for people without something: "who had shown no sign of eczema"
_NONE_OF = re.compile(
    r"\b(?:without|no\s+signs?\s+of|free\s+of|no\s+history\s+of|(?:did\s+not|didn['\u2019]t)\s+have|"
    r"who\s+had\s+(?:shown\s+)?no|with\s+no)\s+",
    re.I,
)
#: a finding said to hold or reach: "The benefit held for babies across the board"
_HELD_FOR = re.compile(
    r"\b(?:held|holds|hold|benefit\w*|protect\w*|work(?:s|ed)?|helped|helps|appl(?:y|ies|ied)|"
    r"extend(?:s|ed)?|reached|effective)\b",
    re.I,
)
#: a sample of older pupils: "grades 8-12", "secondary school", "adolescents"
_ADOLESCENTS = re.compile(
    r"\b(?:grades?|years?)\s+(?:[6-9]|1[0-3])\b|\b(?:secondary|high|middle)[- ]schools?\b|"
    r"\badolescents?\b|\bteenagers?\b",
    re.I,
)
#: younger children: "younger children in elementary schools"
_YOUNGER = re.compile(
    r"\b(?:younger|young|small)\s+(?:children|pupils|students|kids)\b|"
    r"\b(?:elementary|primary|infant|nursery)[- ]schools?\b|\bpre-?schoolers\b",
    re.I,
)
#: a paper's sample at an early or mild stage: "mild cognitive impairment or mild
#: dementia", "early Alzheimer's disease"
_EARLY_STAGE = re.compile(r"\b(?:early|mild|early-stage|mild-to-moderate)\b", re.I)
#: a release that speaks of every stage, or of a late one
_ANY_STAGE = re.compile(
    r"\b(?:at|in) (?:any|every|all) stages?\b|\ball stages\b|"
    r"\b(?P<late>advanced|severe|late[- ]stage|end[- ]stage)\s+(?:[\w']+\s+)?(?:dementia|"
    r"disease|cancer|illness|stages?|cases)\b",
    re.I,
)


#: participants already on treatment: "adults with treated but uncontrolled hypertension"
_TREATED = re.compile(
    r"\b(?:adults|people|patients|participants|women|men|children)\s+with\s+(?:medically\s+)?"
    r"treated\b|\b(?:despite|while)\s+(?:taking|on)\s+(?:\w+\s+)?(?:medication|treatment|drugs)\b",
    re.I,
)
#: people not yet treated: "people with newly diagnosed high blood pressure who have not
#: yet started medication"
_UNTREATED = re.compile(
    r"\buntreated\b|\bnewly diagnosed\b|\btreatment[- ]naive\b|\bnot yet (?:started|begun|"
    r"taking|on)\b|\bbefore (?:starting|they start|they begin) (?:\w+\s+)?(?:medication|treatment|"
    r"drugs|pills)\b",
    re.I,
)


#: words that end a condition's name: "with diabetes or ...", "with asthma who ..."
_NOT_CONDITION = frozenset(
    ["or", "and", "who", "were", "was", "at", "in", "on", "from", "for", "had", "have", "to"]
)
#: a release reaching every degree of something: "at every level of", "including the most"
_EVERY_LEVEL = re.compile(
    r"\b(?:at|of|across)\s+(?:every|all|any)\s+(?:levels?|degrees?|stages?|grades?|severit\w*)\b|"
    r"\bincluding\s+(?:the\s+)?(?:most|very|severely|those\s+with\s+(?:the\s+)?most)\b",
    re.I,
)


def _beyond_sample(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A finding told of people the study left out: a condition its participants were
    without ("could offer the same benefits to the millions of people living with both
    obesity and type 2 diabetes" for "adults with obesity without diabetes"), or every
    stage of a disease the study took only early ("people with Alzheimer's disease at
    any stage, from the first signs of forgetfulness to advanced dementia" for "mild
    cognitive impairment or mild dementia"), or people not yet treated for a study of
    people already on treatment ("newly diagnosed high blood pressure who have not yet
    started medication" for "treated but uncontrolled hypertension").  A hedge ("could
    offer") does not make it less of a widening: nothing in the study speaks for those
    people."""
    own = _own_texts(ctx)
    without: list[tuple[str, int]] = []
    # (the methods' "no diagnosis of ... at baseline" too: whom the study took)
    methods = [
        (st.text, i)
        for i, st in enumerate(ctx.paper.statements)
        if st.is_methods and "diagnosis of" in st.text and (st.text, i) not in own
    ]
    for text, i in own + methods:
        for m in _WITHOUT_CONDITION.finditer(text):
            if (text, i) in methods and not m.group("what3"):
                continue
            # ("severe daytime sleepiness": its last word names the condition; a word
            # after it that is not of the condition ends it)
            words = (m.group("what") or m.group("what2") or m.group("what3")).lower().split()
            words = words[: next((k for k, w in enumerate(words) if w in _NOT_CONDITION), None)]
            word = words[-1] if words else ""
            if word not in _PLAIN_WORDS and len(word) > 3:
                without.append((word, i))
    # (not where the paper's participants had it: "adults aged 18 to 80 years with type 2
    # diabetes", whose findings "do not apply to people without diabetes")
    without = [
        (word, i)
        for word, i in without
        if not any(
            re.search(
                r"\b(?:adults|people|patients|participants|women|men|children|individuals)\b"
                rf"[^.;]{{0,40}}?\bwith\s+(?:(?!without\b|no\b|not\b)[\w'-]+\s+){{0,3}}?{word}\b",
                text,
                re.I,
            )
            for text, _ in own
            # (not "Patients with severe daytime sleepiness ... were excluded")
            if not re.search(r"\bexclud|\bineligible\b|\bnot\s+(?:apply|eligible)\b", text, re.I)
        )
    ]
    # the conditions every participant had, where the paper takes people with them:
    # "640 infants aged 4 to 11 months with severe eczema, egg allergy, or both were
    # randomly assigned"
    had: list[tuple[str, int]] = []
    for i, st in enumerate(ctx.paper.statements):
        for m in _ENROLLED_WITH.finditer(st.text):
            for part in re.split(r",|\bor\b|\band\b", m.group("what")):
                words = [w for w in part.lower().split() if w not in ("both", "either", "severe")]
                word = words[-1] if words else ""
                if len(word) > 3 and word not in _PLAIN_WORDS:
                    had.append((word, i))
    # (not a condition the paper also takes people without: "with and without diabetes")
    had = [
        (word, i)
        for word, i in had
        if not any(
            _NONE_OF.search(text) and re.search(rf"\b{word}\b", text, re.I) for text, _ in own
        )
    ]
    early = next((i for text, i in own if _EARLY_STAGE.search(text)), None)
    if early is None:
        # (or the methods' enrolment: "we enrolled consecutive patients ... (subjective
        # cognitive decline, mild cognitive impairment or mild dementia ...)")
        early = next(
            (
                i
                for i, st in enumerate(ctx.paper.statements)
                if st.is_methods
                and re.search(r"\b(?:enrolled|recruited|included|eligible)\b", st.text, re.I)
                and re.search(
                    r"\bmild\s+(?:[\w-]+\s+)?(?:dementia|disease|impairment|stage)\b", st.text, re.I
                )
            ),
            None,
        )
    # a study of adolescents or of secondary schools, that never speaks of younger children
    older = next((i for text, i in own if _ADOLESCENTS.search(text)), None)
    if older is not None and any(_YOUNGER.search(text) for text, _ in own):
        older = None
    vocabulary = facts(ctx).vocabulary
    # a study of people already on treatment ("adults with treated but uncontrolled
    # hypertension") that never speaks of untreated or newly diagnosed people
    treated = next((i for text, i in own if _TREATED.search(text)), None)
    if treated is not None and any(_UNTREATED.search(text) for text, _ in own):
        treated = None
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        # (a finding told of people without what everyone studied had, whatever the
        # negation of "no sign of": "The benefit held for babies across the board,
        # including those who had shown no sign of eczema or food allergy")
        lacking = next(
            (
                (m.group(0), i)
                for word, i in had
                for m in [
                    re.search(rf"{_NONE_OF.pattern}(?:[\w'-]+\s+){{0,3}}?{word}\b", s.text, re.I)
                ]
                if m is not None
            ),
            None,
        )
        if lacking is not None and (
            f.cautionary
            or _NOT_GENERAL.search(s.text)
            or _LEFT_OUT.search(s.text)
            or not _HELD_FOR.search(s.text)
        ):
            lacking = None
        if lacking is not None:
            told, i = lacking
            yield self.finding(
                f"{who(s, ctx)}Speaks of people '{told}'; the study took only people with it.",
                sentence=s,
                evidence=(statement_evidence(ctx, i),),
                suggestion="Say that the people studied all had it.",
            )
            continue
        if f.negated or f.cautionary or not (f.is_claim or f.advice or _EXTENDS.search(s.text)):
            continue
        fresh = _UNTREATED.search(s.text) if treated is not None else None
        if fresh is not None and treated is not None:
            yield self.finding(
                f"{who(s, ctx)}Speaks of '{fresh.group(0)}'; the study took only people "
                "already on treatment.",
                sentence=s,
                evidence=(statement_evidence(ctx, treated),),
                suggestion="Say that the people studied were already being treated.",
            )
            continue
        if _NOT_GENERAL.search(s.text) or _LEFT_OUT.search(s.text):
            continue  # the release tells whom the study left out
        # (or named with a word that reaches everyone: "at every level of daytime
        # sleepiness, including the most severely drowsy")
        everyone = bool(_EVERY_LEVEL.search(s.text))
        said = next(
            (
                (word, i)
                for word, i in without
                if (
                    re.search(
                        # ("it extended to people who already had mild cognitive
                        # impairment"; not the background's "people who already have
                        # cardiovascular disease")
                        rf"\b(?:with|(?:who|that)\s+(?:already\s+)?had)\s+"
                        rf"(?:both\s+)?(?:[\w'-]+\s+){{0,4}}?{word}\b",
                        s.text,
                        re.I,
                    )
                    or (everyone and re.search(rf"\b{word}\b", s.text, re.I))
                )
                and not re.search(rf"\bwithout\s+(?:[\w'-]+\s+){{0,2}}?{word}\b", s.text, re.I)
            ),
            None,
        )
        if said is not None:
            word, i = said
            yield self.finding(
                f"{who(s, ctx)}Speaks of people with {word}; the study took only people "
                f"without it.",
                sentence=s,
                evidence=(statement_evidence(ctx, i),),
                suggestion=f"Say that people with {word} were not studied.",
            )
            continue
        young = _YOUNGER.search(s.text)
        if young is not None and older is not None:
            yield self.finding(
                f"{who(s, ctx)}Speaks of '{young.group(0)}'; the study took only older "
                "pupils or adolescents.",
                sentence=s,
                evidence=(statement_evidence(ctx, older),),
                suggestion="Say which ages the study covered.",
            )
            continue
        stage = _ANY_STAGE.search(s.text)
        if early is None or stage is None:
            continue
        if stage.group("late") and stage.group("late").lower() in vocabulary:
            continue  # the paper speaks of advanced disease too
        yield self.finding(
            f"{who(s, ctx)}Speaks of '{stage.group(0)}'; the study took only people at an early "
            "or mild stage.",
            sentence=s,
            evidence=(statement_evidence(ctx, early),),
            suggestion="Say at what stage the people studied were.",
        )


#: the release says outright that the findings hold for everyone: "the findings apply to
#: everyone in Europe", "these results hold for people of all ages"
_APPLIES_TO_ALL = re.compile(
    r"\b(?:findings?|results?|conclusions?|benefits?|effects?|pattern|they|these|this|it)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:appl(?:y|ies)|hold|holds|carr(?:y|ies)\s+over|extends?|"
    r"generali[sz]es?|(?:is|are)\s+(?:true|relevant|valid))\s+(?:[\w-]+\s+){0,2}?(?:to|for)\s+"
    r"(?P<who>everyone|everybody|anyone|all\s+[\w-]+|(?:every|any)\s+[\w-]+|"
    r"(?:people|adults|patients|[\w-]+\s+wearers|[\w-]+\s+users)\s+(?:of\s+all\s+ages|everywhere)|"
    # "meat eaters of every age", "students at every stage of schooling"
    # ("long-term benzodiazepine users of any age")
    r"(?:(?:[\w-]+\s+){1,2}|(?:[\w-]+\s+){2}(?=users\s|patients\s|wearers\s|takers\s))"
    r"(?:users\s+|patients\s+|wearers\s+|takers\s+)?(?:of|at|in)\s+(?:all|every|any)\s+"
    r"(?:[\w-]+\s+)?(?:ages?|stages?|kinds?|"
    r"backgrounds?|ethnicit(?:y|ies)|ancestr(?:y|ies))|"
    r"the\s+(?:whole|entire|general)\s+[\w-]+)",
    re.I,
)


def _applies_to_all(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A release that says outright the findings hold for everyone ("the findings apply
    to everyone in Europe, whether they live in a city, a small town or the
    countryside"), when the paper studied a sample."""
    for s in ctx.document.sentences:
        m = _APPLIES_TO_ALL.search(s.text)
        if m is None:
            continue
        f = sentence_features(ctx, s.index)
        before = s.text[: m.start("who")]
        if f.negated or re.search(r"\b(?:not|n't|cannot|whether|if)\b", before, re.I):
            continue  # "we can't assume it applies to everyone", "whether it holds for all"
        rest = s.text[m.end("who") :]
        said = m.group("who") + (
            m2.group(0)
            if (m2 := re.match(r"\s+(?:in|of|across)\s+[\w\s-]{1,30}?(?=[,.;]|$)", rest))
            else ""
        )
        groups, sample = _groups_and_sample(ctx)
        studied = _studied(ctx, groups, sample, ages="age" in said.lower())
        yield self.finding(
            f"{who(s, ctx)}Says the findings apply to '{said}'; "
            + (
                f"the paper studied {studied}."
                if studied
                else "the paper reports only what it found in its sample and setting."
            ),
            sentence=s,
            evidence=ctx.evidence_for(s.index, limit=1),
            severity="info" if f.hedged else None,  # "are likely to apply to": hedged
            suggestion=f"Say whom the study was about: {studied}."
            if studied
            else "Say whom and where the study covered, and that its findings come from there.",
        )


#: a clause that reports a subgroup: "In the exploratory subgroup aged 65-74 years",
#: "stronger in men (HR 1.39)", "among pupils eligible for free school meals", "pupils
#: with asthma (n=1,412) missed 1.9 fewer days"
_SUBGROUP = re.compile(
    r"\bsubgroups?\b|\bamong (?:the )?(?:[\d,]+ )?(?:those|participants|patients|people|pupils|"
    r"children|women|men|"
    r"adults|users|girls|boys)\b|\bin (?:those|participants|patients|people|adults|children|"
    r"users) (?:aged|with|who|younger|older|under|over)\b|\bin (?:women|men|girls|boys)\b|"
    r"\b(?:pupils|children|participants|patients|people|adults|women|men) with [\w-]+ \(",
    re.I,
)
#: where one clause of a statement ends and another begins
_CLAUSE_END = re.compile(r";\s+|,\s+(?:while|whereas|but)\s+|\.\s+|\bthan in\b")
#: words of a subgroup clause that do not say which subgroup it is
_SUBGROUP_WORDS = frozenset(
    re.findall(
        r"\S+",
        """subgroup subgroups exploratory prespecified pre-specified post-hoc hoc analysis
        association associations stronger weaker larger smaller effect effects baseline
        observed found was were the among in those participants patients people pupils
        children students adults with reduction difference""",
    )
)


def _subgroup_only(ctx: RuleContext, rq: Quantity) -> tuple[int, str] | None:
    """The statement and the subgroup's defining words, when every figure of the paper
    that gives ``rq`` stands in a clause about a subgroup; else None."""
    from spin.rules.numbers import supports

    pf = facts(ctx)
    found: tuple[int, str] | None = None
    for pq, i in pf.numbers:
        if i < 0 or pq.kind == "ci" or not supports(rq, pq):
            continue  # (an interval's bound is no figure of its own)
        text = ctx.paper.statements[i].text
        start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, pq.start)), default=0)
        clause = text[start : pq.start]
        m = _SUBGROUP.search(clause)
        if m is None:
            return None  # the paper gives the figure for everyone too
        found = found or (i, clause[m.start() :])
    return found


def _subgroup_as_everyone(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A figure the paper reports only for a subgroup, told without the subgroup
    ("Overall, people who started a statin were about 20 percent less likely to develop
    dementia" for the paper's HR 0.79 "in the exploratory subgroup aged 65-74 years";
    overall it was 0.93).  A share given only for a subgroup named after it ("90.9% ...
    for stage III-IV disease") is number-mismatch's (``spin.rules.numbers._subgroup_share``),
    with the paper's overall figure."""
    from spin.rules.numbers import _ratio_within as ratio_within

    for s, f in claims(ctx):
        if f.negated or f.hedged or _SUBGROUP.search(s.text):
            continue
        mine = {w.lower() for w in re.findall(r"[\w-]+", s.text)}
        for rq in f.numbers:
            if rq.change is None and rq.kind not in ("ratio", "multiplier", "measure"):
                continue  # a relative change, a ratio or a measure: the size of an effect
            found = _subgroup_only(ctx, rq)
            if found is None:
                continue
            if rq.kind == "multiplier" and ratio_within(
                rq, (st.text for st in ctx.paper.statements)
            ):
                continue  # "less than half as much time": the ratio of the paper's own two
                # amounts for everyone ("11.2 hours ... and 27.5 hours")
            i, phrase = found
            words = {w.lower() for w in re.findall(r"[\w-]+", phrase)} - _SUBGROUP_WORDS
            if not words or words & mine:
                continue  # the sentence names the subgroup ("among people aged 65 to 74")
            where = re.split(r",\s|\(|;", phrase)[0].strip()
            yield self.finding(
                f"{who(s, ctx)}Gives '{rq.display}', the paper's figure for a subgroup "
                f"('{where}'), as if it held for everyone studied.",
                sentence=s,
                evidence=(statement_evidence(ctx, i),),
                suggestion="Say which group the figure is for, and give the paper's overall "
                "figure beside it.",
            )
            break


@rule(
    "P102",
    "population-generalization",
    "population_generalization",
    "warning",
    "The paper's specific population widened in the release.",
)
def population_generalization(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The paper studied a specific population (adults with treatment-resistant
    depression, postmenopausal women, children with severe asthma) and a
    release claim speaks of a wider one (people with depression, women,
    children with asthma).

    Results in one group need not hold in another: treatment-resistant
    depression is not depression in general, and an effect in older women
    says little about men.  Generalising beyond the sample is one of the
    forms of spin catalogued by Boutron & Ravaud (PNAS 2018) and coded as
    "sample" exaggeration by Sumner et al. (BMJ 2014).  A claim is flagged
    when it names the condition (or group) the paper qualifies without the
    paper's qualifier; claims that carry the qualifier anywhere in the
    sentence, or say it in other words ("lived with tinnitus for at least six
    months" for chronic tinnitus, "aged 65 or older" for older adults), are
    left alone.  An age threshold lower than the paper's ("everyone over 50"
    when the paper studied adults aged 60 or older) widens the population too;
    the message gives both ages (and unsupported-number, N102, leaves that age
    alone).  "Everyone taking part" and "15 people took part, ... all men" tell
    the sample, "not everyone struggled" limits, and "may not reflect the views
    of all people with heart failure" is a caveat: none is flagged.  The paper's
    population is read from its title and abstract (in a full text, the Abstract
    section; never the background or the discussion of other studies).

    More widenings are flagged: a figure the paper gives only for a subgroup, told
    without the subgroup ("Overall, ... about 20 percent less likely" for the HR of 0.79
    "in the exploratory subgroup aged 65-74 years"); a release that says outright that the findings
    apply to everyone ("the findings apply to everyone in Europe", "hold for people of all
    ages"); a sample named by its condition
    ("pancreatic cancer patients") told as people with any disease ("patients
    with all kinds of diseases", "any cancer"; "3% of all cancers" is a share,
    not the sample); a finding the release says the study showed for a
    country, a continent or the world ("the findings show that hospitals
    throughout Africa ...", "across the UK") when the paper's own statements
    never speak that widely; a
    finding the study is said to show for a whole group "in general" ("heart
    failure patients in general") when the paper reports a sample; a finding told of
    children ("could help children and adults alike") when the paper studied adults only
    and never mentions the young; a finding told of whom or what the paper says its
    findings may not apply to ("expects the benefits to extend to formula-fed babies as
    well" for "may not apply to formula-fed infants, who were not studied"; only words the
    paper uses nowhere else count); and a sample's share told as true of everyone with the
    condition ("nine in ten people who catch COVID-19") when the paper says its figures
    cannot estimate how common it is; a finding told of people with a condition the
    participants were without ("people living with both obesity and type 2 diabetes" for
    "adults with obesity without diabetes"), or of every stage of a disease studied early
    ("at any stage, from the first signs of forgetfulness to advanced dementia" for
    "mild cognitive impairment or mild dementia"), or of younger children when the study
    took adolescents or secondary schools ("similar benefits for younger children in
    elementary schools" for grades 8-12), hedged or not; a finding put to use
    for other conditions ("could also be used to detect other cancers" for a study of
    lung cancer; not research still to be done); and the same result expected "in every
    country" of a study of one; people not yet treated ("newly diagnosed ... who have not
    yet started medication") for a study of people already on treatment; a region
    named around a continent ("across central Europe") for a study of one region; a
    group the study left out ("including those brought on by drowning, drug overdose or
    trauma" where such arrests "were not eligible"; "the trial included people who had
    recently attempted suicide"); and a group the paper says needs further study ("older
    adults in cities" where "whether similar effects occur in urban or younger populations
    ... requires further study"); and, in a study of animals of one sex, the other sex
    named in a plain claim ("Both male and female animals showed the shift" where "All
    experiments used adult male mice").  Ages include a span of everyone ("from babies to
    grandparents" for residents aged 3 to 45) and any adult where the paper took adults
    aged 30 or older ("Any adult with a positive test ... could take part"); people without
    what every participant had ("including those who had shown no sign of eczema" where
    infants "with severe eczema, egg allergy, or both were randomly assigned"); and places
    the paper did not include, reached by a span ("across the full range of city streets,
    from quiet residential blocks" where "Local residential streets were not included").
    """
    pf = facts(ctx)
    aged = {s.index for s, _ in widened_ages(ctx)}
    yield from _age_widened(self, ctx)
    widened_at: set[int] = set(aged)
    for widening in _age_beyond(self, ctx):
        if widening.sentence not in widened_at:
            widened_at.add(widening.sentence if widening.sentence is not None else -1)
            yield widening
    for widening in (*_applies_to_all(self, ctx), *_condition_widened(self, ctx),
                     *_place_widened(self, ctx), *_in_general(self, ctx),
                     *_subgroup_as_everyone(self, ctx)):  # fmt: skip
        at = widening.sentence if widening.sentence is not None else -1
        if at in widened_at and at >= 0:
            continue  # one widening per sentence is enough
        widened_at.add(at)
        yield widening
    for widening in _universal(self, ctx, skip=widened_at):  # one per sentence is enough
        widened_at.add(widening.sentence if widening.sentence is not None else -1)
        yield widening
    for widening in (*_children_widened(self, ctx), *_other_sex(self, ctx),
                     *_excluded_named(self, ctx),
                     *_share_as_prevalence(self, ctx), *_beyond_sample(self, ctx),
                     *_other_conditions(self, ctx),
                     *_excluded_named(self, ctx, left_out=True)):  # fmt: skip
        if widening.sentence not in widened_at:
            widened_at.add(widening.sentence if widening.sentence is not None else -1)
            yield widening
    if not pf.population and not pf.specific_groups:
        return
    for s, f in claims(ctx):
        # (not the sample counted: "transplanted into the brains of 12 people with
        # Parkinson's disease" for 12 people with moderate Parkinson's disease)
        named = [
            m.end()
            for m in _POP_NOUN.finditer(s.text)
            if not _COUNTED_BEFORE.search(s.text[: m.start()])
        ]
        if f.negated or not (named or (s.headline and f.strength >= 2)):
            continue
        if _LEFT_OUT.search(s.text):
            continue  # "People with a diagnosis of dementia were not eligible."
        low = re.sub(r"[\s-]+", " ", s.text.lower())
        dropped: list[tuple[str, str]] = []
        explicit = False
        for qual, head in pf.population:
            if qual in _ANIMAL_SEX and (head in _PLURAL.values() or head in _PLURAL):
                continue  # "mice" for the paper's "male mice": the sex of lab animals
            # "people with depression" names the group; "people who had exercised
            # reported fewer symptoms of depression" names a symptom, not the group
            said = [
                end
                for end in named
                if re.match(rf"(?:\W*[\w'-]+){{0,4}}?\W*{re.escape(head)}\b", s.text[end:], re.I)
            ]
            if named and not said and not s.headline:
                continue
            if re.search(rf"\b{re.escape(head)}\b", low) and not _qualified(qual, low):
                # another qualifier of the same head in the sentence is its own claim
                if any(h == head for _, h in f.population):
                    continue
                dropped.append((qual, head))
                explicit = explicit or bool(said)
        if not dropped:
            continue
        qual, head = dropped[0]
        phrase = re.compile(
            r"\b" + r"[\s-]+".join(re.escape(w) for w in f"{qual} {head}".split()) + r"\b", re.I
        )
        where = next(
            (i for i, st in enumerate(ctx.paper.statements) if phrase.search(st.text)), None
        )
        found = phrase.search(ctx.paper.statements[where].text) if where is not None else None
        paper_phrase = found.group(0) if found else f"{qual} {head}"
        ev = (statement_evidence(ctx, where),) if where is not None else ()
        yield self.finding(
            f"{who(s, ctx)}Speaks of {head} in general; the paper studied {paper_phrase} only.",
            sentence=s,
            evidence=ev,
            severity="info" if f.hedged or not explicit else None,
            suggestion=f"Name the population the paper studied: '{paper_phrase}'.",
        )


_ANIMAL_SEX = frozenset(["male", "female"])


#: other ways of saying a qualifier: "lived with tinnitus for at least six months" is
#: chronic tinnitus, "aged 65 or older" is older
_EQUIVALENT = {
    "chronic": r"long[- ]term|long[- ]standing|persistent|lasting|ongoing|for (?:at least |more "
    r"than |over |)(?:\w+ )?(?:months|years)",
    "older": r"elderly|seniors?|later life|aged (?:6\d|[7-9]\d)|over (?:6\d|[7-9]\d)|"
    r"(?:6\d|[7-9]\d) (?:and|or) (?:over|older)",
    "elderly": r"older|seniors?|aged (?:6\d|[7-9]\d)|over (?:6\d|[7-9]\d)",
    "severe": r"serious|seriously|major|badly|critically",
    "hospitalised": r"in hospital|hospital patients|admitted to hospital",
    "hospitalized": r"in hospital|hospital patients|admitted to hospital",
    "treatment resistant": r"hard to treat|resistant to treatment|did(?:n't| not) respond|"
    r"(?:had )?not responded|failed (?:\w+ )?(?:treatments?|drugs|medicines?)",
    "newly diagnosed": r"new(?:ly)? diagnos\w*|recently diagnosed",
    # "children with hard-to-treat epilepsy", "had not been controlled by medicines",
    # "go on having seizures even after trying two or more suitable medicines"
    "drug resistant": r"hard to treat|resistant to (?:treatment|drugs|medicines?|medications?)|"
    r"(?:not|never) (?:been )?controlled (?:by|with)|(?:despite|even after|after trying)\b"
    r"(?: [\w-]+){0,4} (?:medicines?|medications?|drugs?)|drug resistant",
    "obese": r"with obesity|severely overweight",
    "pregnant": r"expectant|mothers[- ]to[- ]be|during pregnancy",
}


def _qualified(qual: str, low: str) -> bool:
    """Whether the (lower-cased, space-normalised) sentence carries the qualifier,
    in the paper's words or in other words that say the same."""
    if re.search(rf"\b{re.escape(qual)}\b", low):
        return True
    other = _EQUIVALENT.get(qual)
    return bool(other and re.search(rf"\b(?:{other})\b", low))


def widened_ages(ctx: RuleContext) -> Iterator[tuple[Sentence, Quantity]]:
    """Release sentences (claims and advice) that give a population a lower age
    threshold than the paper's, with that age ("over 50" against "aged 60 or older")."""
    pf = facts(ctx)
    if pf.age_floor is None:
        return
    floor = pf.age_floor[0]
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        if f.negated or not (f.is_claim or f.advice or _UNIVERSAL.search(s.text)):
            continue
        lower = [a for a in age_floors(s.text) if a.value < floor]
        if lower:
            yield s, lower[0]


def _age_widened(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    pf = facts(ctx)
    if pf.age_floor is None:
        return
    floor, where = pf.age_floor
    paper_text = (ctx.paper.title or "") if where < 0 else ctx.paper.statements[where].text
    paper_age = next((a for a in age_floors(paper_text) if a.value == floor), None)
    said = paper_age.text if paper_age else f"aged {floor:g} or older"
    for s, age in widened_ages(ctx):
        f = sentence_features(ctx, s.index)
        yield self.finding(
            f"{who(s, ctx)}Speaks of people from age {age.value:g} ('{age.text}'); the paper "
            f"studied people aged {floor:g} or older ('{said}').",
            sentence=s,
            evidence=(statement_evidence(ctx, where),),
            severity="info" if f.hedged else None,
            suggestion=f"Name the ages the paper studied: '{said}'.",
        )


#: the ages a study took, as a range: "aged 20 to 65 years", "aged 18-64", "45 to 80 years"
_AGE_RANGE = re.compile(
    r"\b(?:aged\s+)?(?P<low>\d{1,2})\s*(?:to|-|\u2013)\s*(?P<high>\d{2,3})\s*(?:years?|y)\b|"
    r"\baged\s+(?P<low2>\d{1,2})\s*(?:to|-|\u2013)\s*(?P<high2>\d{2,3})\b|"
    # children: "children aged 6 months to 10 years"
    r"\baged\s+(?P<months>\d{1,2})\s+months?\s*(?:to|-|\u2013)\s*(?P<high3>\d{1,2})\s*years?\b",
    re.I,
)
#: a result said to last into later life
_LASTED = re.compile(
    r"\b(?:persist(?:ed|s)?|lasted|continued|carried\s+on|stayed)\s+(?:\w+\s+){0,2}?(?:into|until|"
    r"through)\b",
    re.I,
)
#: the age children were followed to: "only to age 12", "by the 12th birthday"
_FOLLOWED_TO_AGE = re.compile(
    r"\b(?:only\s+)?(?:to|until|up\s+to)\s+age\s+(\d{1,2})\b|"
    r"\bby\s+(?:the\s+|their\s+)?(\d{1,2})(?:st|nd|rd|th)\s+birthday\b|\bby\s+age\s+(\d{1,2})\b",
    re.I,
)
#: ages a release speaks of: "their 80s", "their early twenties", "aged 85", "over 70",
#: "older than 65", "90-year-olds"
#: a sample of the young by its ceiling: "a child or young person under 18 years" (not
#: "patients younger than 18 years (n=392)" among those excluded)
_YOUNG_UNDER = re.compile(
    r"\b(?:child(?:ren)?|young\s+(?:person|people)|adolescents?|teenagers?|infants?)\b"
    r"[^.;]{0,30}?\b(?:under|younger\s+than|below|aged\s+less\s+than)\s+(\d{1,2})\s+years\b",
    re.I,
)
_AGE_SAID = re.compile(
    r"\btheir\s+(?:early\s+|mid\s+|mid-|late\s+)?(?:(?P<decade>[1-9]0)s|(?P<word>twenties|"
    r"thirties|forties|fifties|sixties|seventies|eighties|nineties))\b|"
    r"\b(?:aged|over|above|older than|beyond|up\s+to\s+(?:the\s+)?age(?:\s+of)?)\s+"
    r"(?P<age>\d{2,3})\b(?!\s*(?:%|percent|per\s*cent))|"
    r"\b(?P<olds>\d{2,3})-year-olds\b|"
    # groups named by age: "teenagers", "older adults"
    r"\b(?P<young>teenagers|adolescents|teens|teenage\s+years|adolescence)\b|"
    r"\b(?P<old>older adults|older people|the elderly|elderly (?:people|patients)|pensioners|"
    # (in a span of everyone: "from babies to grandparents")
    r"(?<=\bto )grandparents)\b|"
    r"\bfrom\s+(?P<baby>babies|infants|newborns|toddlers)\s+to\b|"
    # "Any adult with a positive test ... could take part" where adults aged 30 or older were
    r"\b(?P<adult>any\s+adult|all\s+adults|every\s+adult)\b"
    r"(?!\s+age\b)",
    re.I,
)
_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
            "seventies": 70, "eighties": 80, "nineties": 90}  # fmt: skip
#: a younger age the paper speaks of: "aged 18 to 29", "under 25", "younger than 20"
_AGE_YOUNGER = re.compile(r"\b(?:under|younger than|below)\s+(\d{1,2})\b", re.I)


#: an older age the paper speaks of: "80 years or older", "aged 80+", "\u226580 years"
_AGE_OLDER = re.compile(
    r"\b(\d{2,3})\s*(?:years?\s*)?(?:or|and)\s+(?:older|over|above)\b|\b(\d{2,3})\s*\+|"
    r"[\u2265>]\s*(\d{2,3})\b|\b(?:over|above|older than)\s+(\d{2,3})\b",
    re.I,
)


def _age_range(ctx: RuleContext) -> tuple[float | None, float | None, int] | None:
    """The youngest and oldest ages the paper's sample took ("aged 20 to 65 years": 20 and
    65), and where; an end is None when the paper speaks of anyone beyond it (a range of
    one subgroup: "65-79 years" beside "80 years or older")."""
    found: tuple[float, float, int] | None = None
    ranges: list[tuple[float, float]] = []
    children: tuple[float, float, int] | None = None
    for i, st in enumerate(ctx.paper.statements):
        if st.is_context:
            continue
        for m in _AGE_RANGE.finditer(st.text):
            if m.group("months"):
                # (a sample of children, used only where the paper gives no adult range)
                children = children or (float(m.group("months")) / 12, float(m.group("high3")), i)
                ranges.append(children[:2])
                continue
            low = float(m.group("low") or m.group("low2"))
            high = float(m.group("high") or m.group("high2"))
            if 0 <= low < high <= 110 and high >= 18:
                found = found or (low, high, i)
                ranges.append((low, high))
    found = found or children
    if found is None:
        # an age floor only: "Adults aged 30 years or older ... were eligible"
        floor = next(
            (
                (float(m.group(1)), i)
                for i, st in enumerate(ctx.paper.statements)
                if not st.is_context and not _LEFT_OUT.search(st.text)
                for m in _AGED_AT_LEAST.finditer(st.text)
            ),
            None,
        )
        if floor is not None and floor[0] >= 18:
            return (floor[0], None, floor[1])
    if found is None:
        # children followed to an age only: "follows children only to age 12", "by the 12th
        # birthday"
        top = next(
            (
                (float(next(g for g in m.groups() if g)), i)
                for i, st in enumerate(ctx.paper.statements)
                if not st.is_context
                for m in (*_FOLLOWED_TO_AGE.finditer(st.text), *_YOUNG_UNDER.finditer(st.text))
                if not _LEFT_OUT.search(st.text)
            ),
            None,
        )
        return (None, top[0], top[1]) if top is not None and top[0] <= 18 else None
    texts = [st.text for st in ctx.paper.statements]
    older = [float(x) for t in texts for m in _AGE_OLDER.finditer(t) for x in m.groups() if x]
    younger = [float(m.group(1)) for t in texts for m in _AGE_YOUNGER.finditer(t)]
    low, high, where = found
    older += [h for _, h in ranges]
    younger += [lo for lo, _ in ranges]
    return (
        None if any(age < low for age in younger) else low,
        None if any(age > high for age in older) else high,
        where,
    )


#: a sample's age floor: "Adults aged 30 years or older"
_AGED_AT_LEAST = re.compile(
    r"\b(?:adults|people|participants|patients|women|men|individuals)\s+aged\s+(\d{2})\s*"
    r"(?:years?\s*)?(?:or|and)\s+(?:older|over|above)\b",
    re.I,
)


#: whom a definition, a test or a finding is said to cover
_COVERS = re.compile(
    r"\b(?:meant|intended|designed)\s+to\s+(?:cover|apply\s+to|include)\b|"
    r"\b(?:covers|applies\s+to)\b|"
    # whom the study took: "Any adult with a positive test ... could take part"
    r"\b(?:could|can)\s+(?:take\s+part|join|enrol|enroll|participate)\b|\bwas\s+open\s+to\b",
    re.I,
)


def _age_beyond(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A finding told of people older or younger than the paper's sample ("holding steady
    in twins from their 20s right through to their 80s" for twins "aged 20 to 65 years";
    "women of any age, from their early twenties to their sixties" for women aged 30-64)."""
    span = _age_range(ctx)
    if span is None:
        return
    bottom, top, where = span
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        # (or a result said to last: "persisted into their teenage years")
        lasting = bool(_LASTED.search(s.text))
        # (or whom it is said to cover: "is meant to cover children, teenagers and young
        # adults up to the age of 25")
        covers = bool(_COVERS.search(s.text))
        if (f.negated and not lasting) or f.cautionary:
            continue
        if not (f.is_claim or f.advice or lasting or covers):
            continue
        if re.search(r"\b(?:excluded|not included|not studied|too few|not enough)\b", s.text, re.I):
            continue
        if _NOT_GENERAL.search(s.text):
            continue  # "The results may also not apply to older adults": the paper's caveat
        for m in _AGE_SAID.finditer(s.text):
            word = (m.group("word") or "").lower()
            decade = m.group("decade") or word
            if m.group("baby"):
                # babies are a year old or younger
                age = 1.0
                younger = bottom is not None and bottom > 1
                older = False
            elif m.group("adult"):
                # adults are 18 or older
                age = 18.0
                younger = bottom is not None and bottom >= 25
                older = False
            elif m.group("young") or m.group("old"):
                # teenagers are 13 to 17; older adults are 65 or more
                age = 15.0 if m.group("young") else 65.0
                younger = bool(m.group("young")) and bottom is not None and bottom >= 18
                older = (
                    (top is not None and top < 65)
                    if m.group("old")
                    else (top is not None and top < 13)
                )
            elif decade:
                age = float(m.group("decade") or _DECADES[word])
                older = top is not None and age >= top
                younger = bottom is not None and age + 9 < bottom
            else:
                age = float(m.group("age") or m.group("olds"))
                older = top is not None and age > top
                younger = bottom is not None and m.group("olds") is not None and age < bottom
            if (older or younger) and age <= 110:
                said = (
                    f"in their {m.group(0).removeprefix('their ').strip()}"
                    if decade
                    else m.group(0)
                )
                studied = (
                    f"{bottom * 12:g} months to {top:g} years"
                    if bottom is not None and top is not None and bottom < 1
                    else f"{bottom:g} to {top:g}"
                    if bottom is not None and top is not None
                    else (f"up to {top:g}" if top is not None else f"{bottom:g} or older")
                )
                named = m.group("young") or m.group("old") or m.group("baby") or m.group("adult")
                told = (
                    named.lower()
                    if m.group("baby") or m.group("adult")
                    else said
                    if named
                    else "people " + said
                )
                yield self.finding(
                    f"{who(s, ctx)}Speaks of {told}; the paper studied people aged {studied}.",
                    sentence=s,
                    evidence=(statement_evidence(ctx, where),),
                    # ("could take part" tells whom the study took, no hedge)
                    severity="info"
                    if f.hedged and not _UNIVERSAL.search(s.text) and not covers
                    else None,
                    suggestion=f"Name the ages the paper studied: {studied}.",
                )
                break


def _only_a_share(group: str, paper_text: str) -> bool:
    """Whether the paper names a sex only as a share of its sample ("64% women", "2,310
    [62.1%] women"): a description of the sample, not whom it was limited to."""
    if group not in ("women", "men", "girls", "boys", "female", "male"):
        return False
    found = list(re.finditer(rf"\b{group}\b", paper_text, re.I))
    return bool(found) and all(
        re.search(r"\d\s*%?\s*[\])]?\s*$", paper_text[max(0, m.start() - 12) : m.start()])
        for m in found
    )


def _groups_and_sample(ctx: RuleContext) -> tuple[list[str], str | None]:
    """The groups the paper studied ("older adults") and its sample as written ("3,214
    adults"), as far as the paper says."""
    pf = facts(ctx)
    specific = list(pf.specific_groups)
    for pair in (("men", "women"), ("boys", "girls")):
        if set(pair) <= set(specific):
            # "similar in men and women": both sexes studied, neither is the population
            specific = [g for g in specific if g not in pair]
    paper_text = " ".join([ctx.paper.title or "", *(st.text for st in ctx.paper.statements)])
    specific = [g for g in specific if not _only_a_share(g, paper_text)]
    groups = [f"{q} {h}" for q, h in pf.population] + specific
    sample = next(
        (
            q.text if q.unit.lower() in q.text.lower() else f"{q.text} {q.unit}"
            for q, _ in pf.sample_counts
            if int(q.value) == pf.sample_size
        ),
        None,
    )
    return groups, sample


_PERSON_HEADS = frozenset(
    re.findall(
        r"\w+",
        """adults adult people persons patients participants women men children adolescents
        teenagers infants babies smokers users workers survivors mothers fathers parents pupils
        students employees veterans residents volunteers individuals boys girls elderly""",
    )
)


def _studied(ctx: RuleContext, groups: list[str], sample: str | None, ages: bool) -> str:
    """Whom the paper studied, for a message: its group, its ages (when the release
    speaks of ages, or names no group), or its sample; "" when it does not say."""
    pf = facts(ctx)
    # a group of people ("older adults"), not a condition the paper also names ("type 2
    # diabetes" as an outcome)
    groups = [g for g in groups if g.split()[-1].lower() in _PERSON_HEADS]
    studied = groups[0] if groups else f"{sample}" if sample else ""
    if pf.age_floor is not None and (ages or not groups):
        # "adults of any age": the ages the paper studied say whom it was about
        floor, where = pf.age_floor
        text = (ctx.paper.title or "") if where < 0 else ctx.paper.statements[where].text
        said = next((a.text for a in age_floors(text) if a.value == floor), None)
        # a title's capitals ("Adults Aged 65 Years or Older") are not the ages' own
        studied = f"people {said.lower()}" if said else f"people aged {floor:g} or older"
    return studied


def _universal(self: Rule, ctx: RuleContext, skip: Collection[int] = ()) -> Iterator[Finding]:
    """Sentences that extend the finding to everyone when the paper studied a group."""
    pf = facts(ctx)
    groups, sample = _groups_and_sample(ctx)
    if (not groups and pf.age_floor is None and sample is None) or pf.nonhuman:
        return  # a study in animals or cells told of "anyone": species-extrapolation
    for s in ctx.document.sentences:
        if s.index in skip:
            continue  # an age threshold lower than the paper's: said by _age_widened
        f = sentence_features(ctx, s.index)
        m = _UNIVERSAL.search(s.text)
        if not m or f.negated:
            continue
        if _PARTICIPANTS.match(s.text, m.end()) or _NOT_GENERAL.search(s.text, 0, m.start()):
            continue  # "everyone taking part"; "may not reflect ... all people": not a widening
        if re.search(r"\b(?:not|never|no)\b[^,;.:]{0,80}$|\bthan\s+(?:in\s+|among\s+)?$",
                     s.text[: m.start()], re.I):  # fmt: skip
            continue  # "this is not a test that replaces PET ... for everyone"; "more common
            # in people with type 2 diabetes than in the general population": a comparison
        if _DIAGNOSED.match(s.text, m.end()):
            continue  # "anyone already diagnosed with high blood pressure": a narrower group
        if _DONE_TO.search(s.text, 0, m.start()):
            continue  # "the researchers asked everyone which capsule they thought ..."
        if re.search(r"\b(?:exclud(?:e|es|ed|ing)|barred|left\s+out|turned\s+away)\s+$",
                     s.text[: m.start()], re.I):  # fmt: skip
            continue  # "it excluded anyone previously treated with an IL-17 drug": who was
            # left out, a limit
        if re.search(
            # ("it did not take everyone who applied")
            r"\b(?:not|n't|before|without|never|hardly|barely)\s+(?:for\s+|to\s+|in\s+|with\s+|"
            r"(?:take|treat|help|reach|include|admit|accept|enrol|enroll)\s+)?$",
            s.text[: m.start()],
            re.I,
        ):
            continue  # "Not everyone struggled", "needed before anyone can", "but not for
            # everyone": limits
        if re.search(r"\b(?:almost|nearly|virtually|practically|than)\s+(?:the\s+)?$",
                     s.text[: m.start()], re.I):  # fmt: skip
            continue  # "fades in almost everyone": a share of the sample; "volunteers are
            # healthier than the general population": a limitation, a comparison
        if _SAMPLE_TOLD.search(s.text):
            continue  # "15 people took part ... seven at the rural hospital, all men"
        if re.search(r"\b(?:from|drawn\s+from|recruited\s+from|sampled\s+from)\s+$",
                     s.text[: m.start()], re.I):  # fmt: skip
            continue  # "adults from the general population": where the sample came from
        if re.search(r"\bwhether\b", s.text[: m.start()], re.I):
            continue  # "We can't yet say whether this keeps anyone ... out of the hospital"
        if re.search(r"^\W*(?:across|among|for|in)\s+$", s.text[: m.start()], re.I) and (
            extract_numbers(s.text)
        ):
            continue  # "Across all women, the share still pregnant at 12 weeks was roughly
            # 32 percent": the whole sample, against a subgroup
        # "people of every skin type", "whatever their ancestry": any sample is narrower;
        # "anyone" only when the paper names whom it studied
        trait = re.search(r"skin|ethnic|ancestr|\bages?\b", m.group(0), re.I)
        if not groups and pf.age_floor is None and not trait:
            continue
        studied = _studied(ctx, groups, sample, ages="age" in m.group(0).lower())
        yield self.finding(
            f"{who(s, ctx)}Extends the finding to '{m.group(0)}'; the paper studied {studied}.",
            sentence=s,
            evidence=ctx.evidence_for(s.index, limit=1),
            suggestion=f"Say whom the study was about: {studied}.",
        )


#: a study of places, not of people: "an ecological study of 40 countries",
#: "neighbourhood-level prescribing", "national per-capita consumption"
_ECOLOGICAL = re.compile(
    r"\becological\b|\b(?:country|area|neighbou?rhood|district)[- ]level\b|\bper[- ]capita\b",
    re.I,
)
#: people as the ones a result happens to: "older adults who drink plenty of coffee",
#: "people who live in the greenest neighbourhoods"
_WHO_DO = re.compile(
    r"\b(?:people|adults|residents|individuals|those|men|women|children|drinkers|smokers|"
    r"anyone|someone|a person|families)\s+who\b",
    re.I,
)
_SHARE_OF = re.compile(r"\b(?:share|proportion|percentage|number|rate)\s+of\s+$", re.I)
#: what happens to them: a comparison of their own outcome
_THEIR_OUTCOME = re.compile(
    r"\b(?:(?:more|less) likely|live (?:\w+\s+)?longer|can expect|are at (?:lower|higher) risk|"
    r"lower risk|higher risk|fewer|are protected)\b",
    re.I,
)


@rule(
    "P103",
    "ecological-to-individual",
    "population_generalization",
    "warning",
    "A result about places (countries, areas) told as what happens to people.",
)
def ecological_to_individual(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The study compared places (countries, neighbourhoods, regions) and the release
    says what happens to the people in them: "older adults who drink plenty of coffee can
    expect to live almost two years longer" from national coffee sales and life
    expectancy, "people who live in the greenest neighbourhoods are less likely to be
    prescribed antidepressants" from neighbourhood prescribing rates.

    An association between places need not hold between people (Robinson, Am Sociol Rev
    1950, the ecological fallacy; Morgenstern, Annu Rev Public Health 1995). Only a
    claim whose subject is people who do something ("people who", "adults who") and that
    compares their own outcome ("more likely", "live longer") is flagged; a sentence about
    the places ("countries with higher coffee consumption had longer life expectancy"), a
    caution and a hedged sentence (info) are not warnings.
    """
    pf = facts(ctx)
    if not any(d in pf.designs for d in ("observational", "cross_sectional", "cohort")):
        return
    texts = [
        ctx.paper.title or "",
        *("" if st.is_context else st.text for st in ctx.paper.statements),
    ]  # (the background's "population-level comparisons are limited" is not this study)
    where = next((i for i, t in enumerate(texts) if _ECOLOGICAL.search(t)), None)
    if where is None:
        return
    ev = (statement_evidence(ctx, where - 1),) if where > 0 else ()
    for s, f in claims(ctx):
        if f.negated or f.cautionary or " who " not in s.text:
            continue
        who_do = _WHO_DO.search(s.text)
        if who_do is None or _SHARE_OF.search(s.text, 0, who_do.start()):
            continue  # "the share of residents who were female": a measure of the places
        outcome = _THEIR_OUTCOME.search(s.text, who_do.end(), who_do.end() + 100)
        if outcome is None:
            continue
        yield self.finding(
            f"{who(s, ctx)}Tells what happens to {who_do.group(0)[:-4].lower()} "
            f"('{outcome.group(0)}'), but the study compared places, not people: an "
            "association between areas need not hold for the people in them.",
            sentence=s,
            evidence=ev,
            severity="info" if f.hedged else None,
            suggestion="Say what was compared: the places (for example 'countries where "
            "more coffee is drunk'), not the people in them.",
        )


RULES: tuple[Rule, ...] = (
    species_extrapolation,
    population_generalization,
    ecological_to_individual,
)
