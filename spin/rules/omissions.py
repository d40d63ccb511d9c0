"""Omissions: what the paper says about itself that the release leaves out."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spin.claims import DESIGN_LABELS
from spin.model import Finding
from spin.rules.base import Rule, RuleContext, rule
from spin.rules.common import (
    facts,
    main_null_results,
    rfacts,
    sentence_features,
    statement_evidence,
)

__all__ = ["RULES", "omitted_limitation", "omitted_sample_size", "omitted_study_design"]

_LIMITATION_LABELS = {
    "sample": "a small sample",
    "interim": "the trial was stopped early / an interim analysis",
    "preliminary": "the results are preliminary (pilot or exploratory)",
    "causality": "an observational design cannot show cause",
    "followup": "short follow-up",
    "generalisability": "limited generalisability",
    "general": "a stated limitation or call for further research",
    "null": "a null main result (no significant effect)",
}
#: a release's ways of saying that something made no difference
_NULL_MENTION = re.compile(
    r"\bno (?:better|more effective|different|real difference)\b|\bno better than\b|"
    r"\b(?:could|may|might) (?:easily |simply )?(?:be |have been )?(?:due to |down to )?chance\b|"
    r"\bnot (?:statistically )?significant\b|\bdid(?:n't| not)\b|\bno (?:significant )?"
    r"(?:difference|effect|benefit)\b|\blittle or no\b|\b(?:about|roughly|much|broadly) the "
    r"same\b",
    re.I,
)
#: designs whose omission changes what a reader may conclude
_TELLING = ("animal", "in_vitro", "modelling", "observational", "pilot", "single_arm",
            "qualitative")  # fmt: skip
_OBSERVATIONAL = ("cohort", "case_control", "cross_sectional", "observational")
_NONHUMAN = ("animal", "in_vitro", "modelling")
_PART = {"animal": "in animals", "in_vitro": "in the laboratory (in vitro)",
         "modelling": "a computer model"}  # fmt: skip


@rule(
    "O101",
    "omitted-limitation",
    "omitted_limitation",
    "warning",
    "A limitation the paper states is absent from the release.",
)
def omitted_limitation(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The paper states a limitation (a small sample, an interim analysis or
    early stop, a pilot or exploratory design, an observational design that
    cannot show cause, short follow-up, limited generalisability, a call for
    further research) and the release mentions nothing of the kind.

    Leaving out limitations is among the forms of spin catalogued by Boutron
    & Ravaud (PNAS 2018); Sumner et al. (BMJ 2014) and Bratton et al.
    (Wellcome Open Res 2019) coded caveats in releases and found them often
    missing.  A small sample the authors do not call a limitation counts as
    mentioned when the release gives the number of subjects.  A null main
    result (a conclusion, or the primary outcome, with no significant effect)
    that the release never reports is flagged too: selective reporting of
    secondary or favourable outcomes is the commonest spin of trials with
    non-significant primary outcomes (Boutron et al., JAMA 2010).
    """
    pf = facts(ctx)
    rf = rfacts(ctx)
    missing: list[tuple[str, int]] = []
    mentioned = {
        where
        for kind, where in pf.limitations
        if kind != "general" and rf.mentions_limitation(kind)
    }
    for kind, where in pf.limitations:
        if rf.mentions_limitation(kind) or (kind == "general" and where in mentioned):
            continue  # "limitations include X": reporting X reports the limitation
        stated = ctx.paper.statements[where].text.lower()
        if kind == "sample" and rf.sample_sentences and "small" not in stated:
            continue  # the release gives the number: the reader can judge
        missing.append((kind, where))
    main_null = main_null_results(ctx)
    if main_null and not any(
        sentence_features(ctx, s.index).null_result or _NULL_MENTION.search(s.text)
        for s in ctx.document.sentences
    ):
        missing.insert(0, ("null", main_null[0]))
    if not missing:
        return
    labels = "; ".join(_LIMITATION_LABELS.get(k, k) for k, _ in missing)
    yield self.finding(
        f"The paper states limitations the release leaves out: {labels}.",
        evidence=tuple(statement_evidence(ctx, i) for _, i in missing[:3]),
        suggestion="Add a sentence with the study's main limitation in the paper's words.",
    )


@rule(
    "O102",
    "omitted-sample-size",
    "omitted_sample_size",
    "warning",
    "The release never says how many subjects were studied.",
)
def omitted_sample_size(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The paper reports how many participants (or animals) were studied and
    the release never gives a number of subjects.

    Readers cannot judge a result without knowing whether it rests on 12
    people or 12,000.  The quality of the evidence, of which size is the first
    thing to say, is one of the criteria by which Schwitzer (PLoS Med 2008)
    rated 500 health news stories.  Studies under 100 subjects are warnings,
    larger ones information; so is a study in animals or cells, whose counts are
    usually per group and whose first limit is the species, which
    species-extrapolation (P101) asks the release to name.
    """
    pf = facts(ctx)
    if pf.sample_size is None or rfacts(ctx).sample_sentences:
        return
    where = next((i for q, i in pf.sample_counts if int(q.value) == pf.sample_size), None)
    unit = next((q.unit for q, _ in pf.sample_counts if int(q.value) == pf.sample_size), "")
    unit = "subjects" if unit in ("n", "") else unit
    yield self.finding(
        f"The release never says how many subjects were studied; the paper reports "
        f"{pf.sample_size} {unit}.",
        evidence=(statement_evidence(ctx, where),) if where is not None else (),
        severity="warning" if pf.sample_size < 100 and not pf.nonhuman else "info",
        suggestion=f"Say how many {unit} took part (the paper: {pf.sample_size}).",
    )


@rule(
    "O103",
    "omitted-study-design",
    "omitted_study_design",
    "warning",
    "The release never says what kind of study it was.",
)
def omitted_study_design(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The study's design limits what it can show (in animals, in cells, a
    computer model, observational, a pilot, single-arm without a control
    group, qualitative) and the release never says so.

    The design decides how far a result can be trusted and to whom it applies;
    Sumner et al. (BMJ 2014) and Adams et al. (BMC Med 2019) found that
    releases rarely state it and that news then over-reads the results.
    Randomised trials and meta-analyses are not flagged: their omission
    hides nothing that weakens the claim.
    """
    pf = facts(ctx)
    rf = rfacts(ctx)
    missing: list[tuple[str, int]] = []
    observational = [(c, i) for c, i in pf.design_statements if c in _OBSERVATIONAL]
    if observational and not any(rf.mentions_design(c) for c in _OBSERVATIONAL):
        missing.append(observational[0])
    for code, where in pf.design_statements:
        if code not in _TELLING or code == "observational" or rf.mentions_design(code):
            continue
        if pf.nonhuman and code in _NONHUMAN:
            continue  # species-extrapolation (P101) reports a release silent on the species
        missing.append((code, where))
    if not missing:
        return
    human = any(d in pf.designs for d in (*_OBSERVATIONAL, "rct", "crossover"))
    parts = [c for c, _ in missing if human and c in _NONHUMAN]
    whole = [c for c, _ in missing if c not in parts]
    said = []
    if whole:
        said.append("what kind of study this was: " + "; ".join(DESIGN_LABELS[c] for c in whole))
    if parts:
        said.append("that part of the study was " + " and ".join(_PART[c] for c in parts))
    yield self.finding(
        f"The release never says {' or '.join(said)}.",
        evidence=tuple(statement_evidence(ctx, i) for _, i in missing[:2]),
        suggestion=f"Say early on that this was {DESIGN_LABELS[missing[0][0]]}.",
    )


RULES: tuple[Rule, ...] = (omitted_limitation, omitted_sample_size, omitted_study_design)
