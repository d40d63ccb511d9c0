"""Table-driven tests of the spin rules, through the production path.

Each case is a release and a paper abstract written for these tests (no real
study), the categories that must fire, and the categories that must not.  The
cases that must not fire matter as much as those that must: a faithful
release has to come out clean.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES
from helpers import categories, make_document, make_paper, make_report

from spin.model import CATEGORIES, SEVERITY_RANK, Paper, StatusNotice
from spin.rules import ALL_RULES, find_rule, select_rules

COHORT = {
    "Background": "Coffee is widely drunk, and its relation to liver disease is debated.",
    "Methods": "In this prospective cohort study, we followed 5,000 adults for 10 years.",
    "Results": "Coffee drinking was associated with a lower risk of liver cancer "
    "(HR 0.74, 95% CI 0.60 to 0.91).",
    "Conclusions": "Coffee drinking was associated with a lower risk of liver cancer. "
    "Residual confounding cannot be excluded.",
}
NULL_TRIAL = {
    "Methods": "In a randomised, placebo-controlled trial, 2,000 older women were "
    "randomly assigned to vitamin D or placebo for three years.",
    "Results": "Vitamin D supplements did not reduce fractures compared with placebo "
    "(HR 0.98, 95% CI 0.85 to 1.12; P = 0.71).",
    "Conclusions": "Vitamin D supplements did not reduce fractures in older women.",
}
HEDGED_TRIAL = {
    "Methods": "In a randomised trial, 300 patients with mild Alzheimer's disease received "
    "the drug or placebo for 18 months.",
    "Results": "Memory scores declined less with the drug than with placebo.",
    "Conclusions": "These findings suggest that the drug may reduce memory decline in "
    "patients with mild Alzheimer's disease.",
}
MOUSE = {
    "Methods": "Mice were fed a high-fat diet with or without the compound for 12 weeks.",
    "Results": "In mice fed a high-fat diet, the compound reduced weight gain by 30%.",
    "Conclusions": "The compound limits diet-induced weight gain in mice.",
}
TRD = {
    "Methods": "In a randomised crossover trial, 40 adults with treatment-resistant "
    "depression received ketamine or placebo.",
    "Results": "Ketamine reduced depressive symptoms more than placebo within 24 hours.",
    "Conclusions": "Ketamine rapidly reduced symptoms in adults with treatment-resistant "
    "depression.",
}
#: "after damage" names when, not a cause ("damage" is a direct-cause cue to the
#: strength model; with an embedding aligner it once drew a C101 on a faithful release)
ZEBRAFISH_COHORT = {
    "Methods": "In a cohort of 412 adult zebrafish, we compared regeneration after cryoinjury.",
    "Results": "Zebrafish with more epicardial cells regenerated their hearts after damage "
    "more often, compared with siblings.",
    "Conclusions": "Epicardial cell number is associated with heart regeneration after "
    "damage in zebrafish.",
}

#: a focus-group study: it cannot show cause, but participants' accounts of causes are
#: its findings
FOCUS_GROUPS = {
    "Methods": "Focus groups were conducted with 15 participants attending a heart failure "
    "rehabilitation programme.",
    "Results": "Participants described the programme as a source of confidence. Adherence to "
    "medication was high, which may be due to the education given in the programme.",
}

SURVEY = {
    "Methods": "In a randomised trial of 1,204 participants, we compared a text-message "
    "reminder with usual care.",
    "Results": "In the reminder group, 41% of participants took their medicine on time, "
    "and 21% reported side effects. Participants who received reminders were more likely "
    "to attend follow-up (RR 1.26, 95% CI 1.10 to 1.45).",
    "Conclusions": "Text-message reminders improved attendance.",
}
PILOT = {
    "Methods": "In this single-arm pilot study, 30 adults with insomnia used a sleep app "
    "for four weeks.",
    "Results": "Sleep duration increased by 20 minutes on average.",
    "Conclusions": "Limitations include the short follow-up and the lack of a control group. "
    "A randomised trial is warranted.",
}
FAITHFUL = {
    "Methods": "In a randomised controlled trial, 240 adults with knee osteoarthritis were "
    "assigned to a 12-week supervised walking programme or usual care.",
    "Results": "Knee pain fell by 1.9 points in the walking group and by 0.7 points in the "
    "usual-care group.",
    "Conclusions": "A supervised walking programme reduced knee pain more than usual care. "
    "Whether the benefit lasts beyond 12 weeks remains to be tested.",
}

MIXED = {
    "Methods": "We followed 3,000 older adults in a community cohort for 6 years. In a "
    "separate experiment, aged mice were fed a diet enriched with flavanols for 8 weeks.",
    "Results": "Participants with the highest flavanol intake had slower cognitive decline. "
    "In aged mice, the flavanol diet increased hippocampal blood flow.",
    "Conclusions": "Higher flavanol intake was associated with slower cognitive decline in "
    "older adults. The mouse findings suggest a vascular mechanism that remains to be tested "
    "in people.",
}
CELLS = {
    "Methods": "Human pancreatic cancer cell lines were cultured in vitro with the compound "
    "for 72 hours.",
    "Results": "The compound killed 80% of cancer cells in culture.",
    "Conclusions": "The compound is cytotoxic to pancreatic cancer cell lines in vitro. "
    "Studies in animal models are required to establish whether it is active in vivo.",
}
NULL_PRIMARY = {
    "Methods": "In a randomised, double-blind trial, 412 adults with knee osteoarthritis were "
    "randomly assigned to the drug or placebo for 12 weeks. The primary outcome was knee pain.",
    "Results": "Knee pain at 12 weeks did not differ significantly between groups (P = 0.24). "
    "Morning stiffness, a secondary outcome, was lower with the drug (P = 0.04).",
    "Conclusions": "The drug did not reduce knee pain more than placebo at 12 weeks.",
}

CASE_CONTROL = {
    "Methods": "We compared 1,150 people with Parkinson's disease with 2,300 matched controls "
    "in a case-control study. Occupational histories were collected in structured interviews.",
    "Results": "Solvent exposure was associated with higher odds of Parkinson's disease "
    "(odds ratio 1.7, 95% CI 1.3 to 2.2).",
    "Conclusions": "Solvent exposure was associated with Parkinson's disease. A case-control "
    "design cannot establish causation.",
}
PHAGE = {
    "Methods": "A five-phage cocktail was tested in vitro against 52 carbapenem-resistant "
    "Klebsiella isolates collected from patients at four hospitals.",
    "Results": "The cocktail lysed 46 of the 52 isolates (88%).",
    "Conclusions": "The cocktail was active in vitro. Its safety and efficacy in animal models "
    "and in patients remain to be established.",
}
TINNITUS = {
    "Methods": "In this randomised controlled trial, 180 adults with chronic tinnitus were "
    "randomly assigned to a smartphone programme or a waiting list.",
    "Results": "Tinnitus distress scores fell by 11.2 points more with the programme.",
    "Conclusions": "The programme reduced tinnitus distress in adults with chronic tinnitus.",
}
MENDELIAN = {
    "Background": "Higher body mass index is associated with knee osteoarthritis in "
    "observational studies.",
    "Methods": "We used 541 genetic variants as instruments in a Mendelian randomisation study "
    "of 62,497 cases and 333,557 controls.",
    "Results": "Genetically predicted body mass index was associated with knee osteoarthritis "
    "(odds ratio 1.52, 95% CI 1.41 to 1.64).",
    "Conclusions": "These findings support a causal effect of higher body mass index on knee "
    "osteoarthritis, suggesting that the effect acts through mechanical loading of the joint.",
}
POPULATION_MODEL = {
    "Methods": "We used a microsimulation model of the adult population of Examplia, built "
    "from national survey data on beverage purchases, to project the effects of a 20% tax.",
    "Results": "The model projected that the tax could prevent about 14,000 cases of "
    "diabetes over 20 years. The largest reductions were projected for adults with low incomes.",
    "Conclusions": "A 20% tax could reduce the incidence of diabetes.",
}
ADVICE_PAPER = {
    "Methods": "In a cluster randomised trial, 64 care homes with 1,876 residents were "
    "randomly assigned to pharmacist-led medication reviews or usual care.",
    "Results": "Sedative use was lower with the reviews (23% vs 35%).",
    "Conclusions": "Medication reviews reduced sedative use. Care homes should consider "
    "introducing regular pharmacist-led medication reviews.",
}

OLDER_ADULTS = {
    "Methods": "In a randomised trial, 1,200 adults aged 60 years or older were assigned to a "
    "daily balance programme or usual care for 12 months.",
    "Results": "Falls were less frequent in the balance group (rate ratio 0.77, 95% CI 0.66 "
    "to 0.90).",
    "Conclusions": "A daily balance programme reduced falls in adults aged 60 or older.",
}


@dataclass(frozen=True)
class Case:
    id: str
    release: str
    paper: dict[str, str]
    fire: frozenset[str] = frozenset()
    #: at least one of these must fire (for overlapping categories)
    any_of: frozenset[str] = frozenset()
    never: frozenset[str] = frozenset()
    paper_fields: dict[str, object] = field(default_factory=dict)


def C(
    id: str,
    release: str,
    paper: dict[str, str],
    fire: tuple[str, ...] = (),
    never: tuple[str, ...] = (),
    any_of: tuple[str, ...] = (),
    **paper_fields: object,
) -> Case:
    return Case(id, release, paper, frozenset(fire), frozenset(any_of), frozenset(never),
                dict(paper_fields))  # fmt: skip


OVERSTATE = ("causal_overstatement", "certainty_overstatement")

CASES = [
    # --- causal
    C("causal-observational",
      "Drinking coffee reduces the risk of liver cancer, according to a cohort study of "
      "5,000 adults followed for 10 years.", COHORT,
      fire=("causal_overstatement",), never=("contradicted_claim", "omitted_study_design")),
    C("causal-faithful-association",
      "Drinking coffee was associated with a lower risk of liver cancer in a cohort study "
      "of 5,000 adults followed for 10 years.", COHORT,
      never=(*OVERSTATE, "unsupported_number", "number_mismatch", "omitted_sample_size")),
    C("causal-hedged-release",
      "Coffee may reduce the risk of liver cancer, a cohort study of 5,000 adults suggests.",
      COHORT, never=OVERSTATE),
    C("causal-research-impact",
      "The researchers say the results will change how doctors think about coffee and "
      "liver cancer.", COHORT, never=("causal_overstatement",)),
    C("causal-research-frames-a-cause",
      "The study shows that drinking coffee reduces the risk of liver cancer.", COHORT,
      fire=("causal_overstatement",)),
    C("causal-circumstance", "Adult zebrafish can rebuild their hearts after damage.",
      ZEBRAFISH_COHORT, never=("causal_overstatement",)),
    C("causal-circumstance-as-cause", "Damage makes zebrafish hearts regenerate.",
      ZEBRAFISH_COHORT, fire=("causal_overstatement",)),
    C("causal-qualitative", "The programmes are what keep patients taking their tablets, "
      "focus groups with 15 participants show.", FOCUS_GROUPS, fire=("causal_overstatement",)),
    C("causal-qualitative-told-as-theirs", "In focus groups with 15 participants, patients said "
      "the programme prevented them from giving up exercise.", FOCUS_GROUPS,
      never=("causal_overstatement",)),
    C("causal-qualitative-verb", "The programme prevented patients from giving up exercise, "
      "focus groups with 15 participants show.", FOCUS_GROUPS, fire=("causal_overstatement",)),
    C("causal-conditional-to-direct",
      "The drug reduces memory decline in patients with mild Alzheimer's disease, a trial "
      "of 300 patients found.", HEDGED_TRIAL, any_of=OVERSTATE),
    C("causal-conditional-kept",
      "The drug may reduce memory decline in patients with mild Alzheimer's disease, a "
      "trial of 300 patients suggests.", HEDGED_TRIAL, never=OVERSTATE),
    # --- certainty
    C("booster-proves",
      "The trial of 300 patients proves that the drug may reduce memory decline.",
      HEDGED_TRIAL, fire=("certainty_overstatement",)),
    C("booster-negated",
      "The trial of 300 patients does not prove that the drug reduces memory decline, "
      "but the findings suggest it may.", HEDGED_TRIAL, never=OVERSTATE),
    C("booster-will",
      "The drug will help millions of people with Alzheimer's disease, according to a trial "
      "of 300 patients.", HEDGED_TRIAL, fire=("certainty_overstatement",)),
    # --- null results
    C("null-faithful",
      "Vitamin D supplements did not reduce fractures in a trial of 2,000 older women.",
      NULL_TRIAL, never=(*OVERSTATE, "contradicted_claim", "unsupported_number")),
    C("null-contradicted",
      "Vitamin D supplements reduced fractures in older women in a trial of 2,000 women.",
      NULL_TRIAL, fire=("contradicted_claim",)),
    # --- species
    C("species-people",
      "The compound reduces weight gain in people who eat a high-fat diet.", MOUSE,
      fire=("species_extrapolation",)),
    C("species-said",
      "In mice fed a high-fat diet, the compound reduced weight gain by 30%, a study found.",
      MOUSE, never=("species_extrapolation", "unsupported_number", "number_mismatch")),
    C("species-silent",
      "A new compound limits weight gain caused by a high-fat diet.", MOUSE,
      fire=("species_extrapolation",)),
    # --- population
    C("population-widened",
      "Ketamine reduces symptoms in people with depression within a day, a trial of 40 "
      "adults found.", TRD, fire=("population_generalization",)),
    C("population-kept",
      "Ketamine reduced symptoms in adults with treatment-resistant depression within a day, "
      "a randomised crossover trial of 40 adults found.", TRD,
      never=("population_generalization", "omitted_sample_size")),
    C("population-anyone",
      "In a randomised trial of 300 patients, the drug reduced memory decline. The findings "
      "apply to anyone worried about their memory.", HEDGED_TRIAL,
      fire=("population_generalization",)),
    # "everyone taking part" is the sample; "may not reflect ... all people" is a caveat
    C("population-everyone-taking-part",
      "Ketamine reduced symptoms within a day in a trial of 40 adults with treatment-resistant "
      "depression. Everyone taking part had been depressed for at least two years.", TRD,
      never=("population_generalization",)),
    C("population-caveat-all-people",
      "Ketamine reduced symptoms within a day in a trial of 40 adults with treatment-resistant "
      "depression. The trial was small, so its results may not reflect all people with "
      "depression.", TRD, never=("population_generalization",)),
    # a multiplier the release works out from two of the paper's own numbers
    C("multiplier-derived",
      "Strength rose by 0.81 Nm in the treated dogs, more than three times the 0.25 Nm gain "
      "with placebo.", {
          "Methods": "Twenty-two dogs received the drug or placebo for 15 weeks.",
          "Results": "Between weeks 0 and 10, torque declined by about 60% in both groups. "
          "Between weeks 10 and 15, torque in the treated group increased by 0.81 Nm; this "
          "was greater than the increase of 0.25 Nm in the placebo group.",
      }, never=("number_mismatch", "unsupported_number")),
    C("multiplier-not-derived",
      "Strength rose by 0.81 Nm in the treated dogs, five times the 0.25 Nm gain with "
      "placebo.", {
          "Methods": "Twenty-two dogs received the drug or placebo for 15 weeks.",
          "Results": "Between weeks 0 and 10, torque declined by about 60% in both groups. "
          "Between weeks 10 and 15, torque in the treated group increased by 0.81 Nm; this "
          "was greater than the increase of 0.25 Nm in the placebo group.",
      }, any_of=("number_mismatch", "unsupported_number")),
    # "confirmed by two sequencing methods": a measurement checked, not a finding boosted
    C("booster-confirmed-by-a-method",
      "The panel holds 20 cell lines carrying 23 mutations, each confirmed by two different "
      "sequencing methods.", {
          "Methods": "20 cell lines with 23 mutations were selected and validated by Sanger "
          "sequencing.",
          "Results": "The panel detected all mutations.",
      }, never=("certainty_overstatement",)),
    # a plan is not a claim: nothing of the paper's hedge is dropped
    C("future-plan-not-a-claim",
      "Most tasks finished within minutes. The team plans to speed up the slowest steps by "
      "running them in parallel on multi-core processors.", {
          "Methods": "We built a software pipeline for selective pressure analyses of 7,918 "
          "gene families.",
          "Results": "Most tasks finished within minutes.",
          "Conclusions": "Two possible approaches that will be explored are increasing the "
          "efficiency of the functions and running the scripts in parallel on multi-core "
          "processors.",
      }, never=("certainty_overstatement",)),
    # --- advice
    C("advice-readers",
      "Vitamin D did not reduce fractures in a trial of 2,000 older women. Everyone over "
      "60 should still take vitamin D every day.", NULL_TRIAL,
      fire=("advice_not_in_source",)),
    C("advice-quote",
      "Vitamin D did not reduce fractures in a trial of 2,000 older women. \"Women should "
      "take it anyway,\" said Dr Jane Smith.", NULL_TRIAL, fire=("advice_not_in_source",)),
    C("advice-cautionary",
      "Vitamin D did not reduce fractures in a trial of 2,000 older women. Patients should "
      "not stop any treatment without talking to their doctor.", NULL_TRIAL,
      never=("advice_not_in_source",)),
    # --- numbers
    C("numbers-worded",
      "In a randomised trial of 1,204 participants, almost half of those in the reminder "
      "group took their medicine on time and a fifth reported side effects.", SURVEY,
      never=("number_mismatch", "unsupported_number")),
    C("numbers-relative-risk-ok",
      "In a randomised trial of 1,204 participants, those who received reminders were 26% "
      "more likely to attend follow-up.", SURVEY, never=("number_mismatch", "unsupported_number")),
    C("numbers-relative-risk-wrong",
      "In a randomised trial of 1,204 participants, those who received reminders were 40% "
      "more likely to attend follow-up.", SURVEY, fire=("number_mismatch",)),
    C("numbers-count-wrong",
      "In a randomised trial of more than 3,000 participants, reminders improved "
      "attendance.", SURVEY, fire=("number_mismatch",)),
    C("numbers-unsupported",
      "In a randomised trial of 1,204 participants at 57 hospitals, reminders improved "
      "attendance.", SURVEY, fire=("unsupported_number",), never=("number_mismatch",)),
    C("numbers-dates-and-metadata",
      "On March 3, 2024, researchers reported in volume 12 that text-message reminders "
      "improved attendance in a randomised trial of 1,204 participants.", SURVEY,
      never=("unsupported_number", "number_mismatch"), volume="12"),
    # --- hype and novelty
    C("hype-groundbreaking",
      "This groundbreaking trial of 1,204 participants shows that text-message reminders "
      "improved attendance.", SURVEY, fire=("hype",)),
    C("hype-in-paper",
      "In a randomised trial of 1,204 participants, text-message reminders improved "
      "attendance.", {**SURVEY, "Conclusions": "Text-message reminders improved attendance "
                      "remarkably."}, never=("hype", "novelty_claim")),
    C("hype-cure",
      "The compound could be a cure for pancreatic cancer, a lab study of cell lines suggests.",
      CELLS, fire=("hype",)),
    C("hype-cure-in-paper",
      "In lab tests on cell lines, the compound cured 80% of cultures of cancer cells.",
      {**CELLS, "Results": "The compound cured 80% of cultures of cancer cells."},
      never=("hype",)),
    C("hype-no-cure",
      "There is still no cure for pancreatic cancer. In cultured cell lines, the compound "
      "killed 80% of cancer cells.", CELLS, never=("hype",)),
    C("hype-game-changer-quote",
      "In cultured cell lines, the compound killed 80% of cancer cells. \"This is a "
      "game-changer, the holy grail of cancer research,\" said Dr Marco Vitti.", CELLS,
      fire=("hype",)),
    C("hype-miracle",
      "In a randomised trial of 240 adults with knee osteoarthritis, walking was a miracle: "
      "knee pain fell by 1.9 points.", FAITHFUL, fire=("hype",)),
    C("novelty-first",
      "For the first time, a randomised trial of 1,204 participants shows that text-message "
      "reminders improved attendance.", SURVEY, fire=("novelty_claim",)),
    C("novelty-backed",
      "This is the first randomised trial of text-message reminders, with 1,204 "
      "participants.", {**SURVEY, "Conclusions": "This is the first randomised trial of "
                        "text-message reminders."}, never=("novelty_claim",)),
    # --- omissions
    C("omitted-sample-size",
      "Text-message reminders improved attendance in a randomised trial.", SURVEY,
      fire=("omitted_sample_size",)),
    C("omitted-design-and-limitation",
      "A sleep app helped 30 adults with insomnia sleep longer.", PILOT,
      fire=("omitted_study_design", "omitted_limitation"), never=("omitted_sample_size",)),
    C("design-and-limitation-stated",
      "In a small single-arm pilot study without a control group, 30 adults with insomnia "
      "slept 20 minutes longer after using a sleep app for four weeks. The researchers note "
      "the short follow-up and say a randomised trial is needed.", PILOT,
      never=("omitted_study_design", "omitted_limitation", "omitted_sample_size",
             *OVERSTATE)),
    # --- QA round 2: a study of people with a side experiment in mice
    C("mixed-human-population-named",
      "Eating flavanols prevents memory loss in older adults, a study of 3,000 people found.",
      MIXED, fire=("causal_overstatement",), never=("species_extrapolation",)),
    C("mixed-mouse-result-as-human",
      "In a cohort of 3,000 older adults followed for 6 years, flavanol intake was linked to "
      "slower decline. Flavanols restore blood flow to the human brain in just 8 weeks.",
      MIXED, fire=("species_extrapolation",), never=("causal_overstatement",)),
    C("mixed-headline-causal",
      "Flavanols reverse brain ageing\n\nA cohort study of 3,000 older adults linked "
      "flavanol intake with slower decline, and an experiment in mice explored why.",
      MIXED, fire=("causal_overstatement",)),
    # --- cells
    C("cells-cure",
      "A compound destroys pancreatic cancer while leaving healthy tissue untouched.", CELLS,
      fire=("species_extrapolation",), never=("advice_not_in_source",)),
    C("cells-faithful",
      "In laboratory experiments on cultured cell lines, the compound killed 80% of pancreatic "
      "cancer cells. Studies in animals are needed to see whether it works in a living body.",
      CELLS, never=("species_extrapolation", "omitted_study_design", "causal_overstatement",
                    "advice_not_in_source")),
    C("cells-promise",
      "In cultured cell lines, the compound killed 80% of cancer cells. \"It will give hope to "
      "thousands of patients,\" said Dr Marco Vitti.", CELLS,
      fire=("species_extrapolation", "certainty_overstatement")),
    C("need-is-not-advice",
      "In cultured cell lines, the compound killed 80% of cancer cells. Pancreatic cancer is "
      "deadly, and patients urgently need new treatments.", CELLS,
      never=("advice_not_in_source",)),
    # --- designs of future studies are not the study's design
    C("pilot-helped-warranted-trial",
      "A sleep app helped 30 adults with insomnia sleep longer, a small pilot study found.",
      {**PILOT, "Conclusions": "A randomised controlled trial is warranted."},
      fire=("causal_overstatement",)),
    C("pilot-change-described",
      "In a small single-arm pilot study of 30 adults with insomnia, with no control group, "
      "sleep duration increased by 20 minutes on average. The researchers note the short "
      "follow-up and say a randomised trial is needed.", PILOT,
      never=("causal_overstatement",)),
    # --- negation scoped to the finding: a negation in the design, the population or the
    # publication status does not make the finding negated; "did not reduce" still does
    C("negation-without-control-group",
      "The app helped teenagers sleep longer in a pilot without a control group.", PILOT,
      fire=("causal_overstatement",)),
    C("negation-population-clause",
      "Drinking coffee reduces the risk of liver cancer, even in adults without liver "
      "disease, a cohort study of 5,000 adults found.", COHORT,
      fire=("causal_overstatement",)),
    C("negation-not-yet-reviewed",
      "Drinking coffee reduces the risk of liver cancer, according to a cohort study of 5,000 "
      "adults that has not yet been peer reviewed.", COHORT, fire=("causal_overstatement",)),
    C("negation-not-associated",
      "Vitamin D supplements were not associated with fewer fractures in a trial of 2,000 "
      "older women.", NULL_TRIAL, never=(*OVERSTATE, "contradicted_claim")),
    C("negation-failed-to",
      "Vitamin D supplements failed to prevent fractures in a trial of 2,000 older women.",
      NULL_TRIAL, never=(*OVERSTATE, "contradicted_claim")),
    C("negation-no-difference",
      "There was no difference in fractures between vitamin D and placebo in a trial of 2,000 "
      "older women.", NULL_TRIAL, never=(*OVERSTATE, "contradicted_claim")),
    C("negation-does-not-reduce-observational",
      "Drinking coffee does not reduce the risk of liver cancer, a cohort study of 5,000 adults "
      "found.", COHORT, never=OVERSTATE),
    C("negation-population-not-responded",
      "Ketamine reduced symptoms in 40 adults who had not responded to other treatments, a "
      "randomised crossover trial found.", TRD,
      never=(*OVERSTATE, "population_generalization")),
    # --- an age threshold lower than the paper's widens the population (not a number error)
    C("age-lower-advice",
      "A daily balance programme reduced falls in a randomised trial of 1,200 adults aged 60 "
      "or older. Everyone over 50 should do balance exercises every day.", OLDER_ADULTS,
      fire=("population_generalization",), never=("unsupported_number", "number_mismatch")),
    C("age-lower-claim",
      "Balance exercises cut falls in people over 50, a randomised trial of 1,200 adults "
      "found.", OLDER_ADULTS,
      fire=("population_generalization",), never=("unsupported_number", "number_mismatch")),
    C("age-same",
      "A daily balance programme reduced falls in a randomised trial of 1,200 adults aged 60 "
      "or older.", OLDER_ADULTS,
      never=("population_generalization", "unsupported_number", "number_mismatch")),
    C("age-said-otherwise",
      "In a randomised trial of 1,200 people aged 60 and over, a daily balance programme "
      "reduced falls.", OLDER_ADULTS,
      never=("population_generalization", "unsupported_number", "number_mismatch")),
    # --- null primary outcome spun (Boutron & Ravaud 2018)
    C("null-trend",
      "In a randomised trial of 412 adults, patients taking the drug showed a trend towards "
      "less knee pain after 12 weeks.", NULL_PRIMARY,
      fire=("contradicted_claim", "omitted_limitation")),
    C("null-secondary-only",
      "The drug reduced morning stiffness in a randomised trial of 412 adults with knee "
      "osteoarthritis.", NULL_PRIMARY, fire=("omitted_limitation",)),
    C("null-reported",
      "The drug did not reduce knee pain more than placebo in a randomised trial of 412 adults "
      "with knee osteoarthritis.", NULL_PRIMARY,
      never=("omitted_limitation", "contradicted_claim")),
    # --- the publication line is not a claim
    C("publication-line",
      "Vitamin D supplements did not reduce fractures in a trial of 2,000 older women. The "
      "results are published in the Example Journal of Bone Health.", NULL_TRIAL,
      never=("unsupported_claim",)),
    # --- QA round 3: faithful wording that must not fire
    C("case-control-structured-interviews",
      "People with Parkinson's disease were more likely to have worked with solvents, a "
      "case-control study of 1,150 patients and 2,300 controls found.", CASE_CONTROL,
      never=("omitted_study_design", "causal_overstatement")),
    C("caveat-cannot-prove",
      "Solvent exposure was linked to Parkinson's disease in a case-control study of 1,150 "
      "patients. \"This is an association, and a study like ours cannot prove that solvents "
      "cause Parkinson's,\" said Dr Amira Haddad.", CASE_CONTROL,
      never=("causal_overstatement", "unsupported_claim")),
    C("case-control-caused",
      "Working with solvents causes Parkinson's disease, a case-control study of 1,150 "
      "patients shows.", CASE_CONTROL, fire=("causal_overstatement",)),
    C("in-lab-samples-from-patients",
      "The team tested the cocktail in the lab against 52 samples collected from patients at "
      "four hospitals, and it destroyed 46 of them. \"These are laboratory results in bacteria, "
      "not in people,\" said Dr Yusuf Demir.", PHAGE,
      never=("species_extrapolation", "unsupported_claim")),
    C("in-lab-people-claim",
      "In lab tests, a virus cocktail destroyed 46 of 52 samples of a hospital germ. The "
      "cocktail cures patients with drug-resistant pneumonia.", PHAGE,
      fire=("species_extrapolation",)),
    C("research-needed-is-not-advice",
      "In the lab, the cocktail destroyed 46 of 52 samples. \"It still has to be tested in "
      "animals and in patients before we know whether it could help treat infections,\" said "
      "Dr Yusuf Demir.", PHAGE, never=("advice_not_in_source", "certainty_overstatement")),
    C("chronic-said-as-duration",
      "In a randomised trial, 180 adults who had lived with tinnitus for at least six months "
      "used the app or joined a waiting list, and distress scores fell by 11.2 points more "
      "with the app.", TINNITUS, never=("population_generalization",)),
    C("chronic-dropped",
      "The app reduces distress in people with tinnitus, a randomised trial of 180 adults "
      "found.", TINNITUS, fire=("population_generalization",)),
    C("hedge-only-in-trailing-clause",
      "A genetic study of 62,497 cases supports a causal effect of higher body mass index on "
      "knee osteoarthritis.", MENDELIAN, never=("certainty_overstatement",)),
    C("hedge-in-trailing-clause-dropped",
      "The effect of body mass index on knee osteoarthritis acts through mechanical loading of "
      "the joint, a study of 62,497 cases shows.", MENDELIAN,
      fire=("certainty_overstatement",)),
    C("studies-have-long-linked",
      "Observational studies have long linked higher body weight to knee osteoarthritis. A "
      "Mendelian randomisation study of 62,497 cases supports a causal effect of body mass "
      "index.", MENDELIAN, never=("certainty_overstatement", "causal_overstatement")),
    C("model-of-people",
      "A 20% tax could prevent about 14,000 cases of diabetes over 20 years, a computer "
      "modelling study estimates. The largest reductions were projected for adults on low "
      "incomes.", POPULATION_MODEL,
      never=("species_extrapolation", "omitted_study_design", "causal_overstatement")),
    C("model-will",
      "A 20% tax will prevent 14,000 cases of diabetes over 20 years, a computer modelling "
      "study shows.", POPULATION_MODEL, fire=("certainty_overstatement",)),
    C("advice-in-paper-and-caution",
      "Pharmacist-led reviews reduced sedative use in a trial in 64 care homes. Care homes "
      "should consider introducing regular pharmacist-led medication reviews, the authors "
      "conclude. \"Nobody should stop a medicine on their own: changes should always be made "
      "with a doctor,\" said Dr Katherine Osei.", ADVICE_PAPER,
      never=("advice_not_in_source", "certainty_overstatement")),
    # --- a faithful release
    C("faithful",
      "Supervised walking eased knee pain in a randomised trial\n\n"
      "In a randomised controlled trial of 240 adults with knee osteoarthritis, a 12-week "
      "supervised walking programme reduced knee pain more than usual care. Knee pain fell by "
      "1.9 points in the walking group and by 0.7 points in the usual-care group. Whether the "
      "benefit lasts beyond 12 weeks remains to be tested, the researchers say.", FAITHFUL,
      never=tuple(CATEGORIES)),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: Case) -> None:
    paper = make_paper(case.paper, **case.paper_fields)  # type: ignore[arg-type]
    report = make_report(case.release, paper)
    got = categories(report)
    detail = [(f.code, f.message, f.release.text if f.release else None) for f in report.findings]
    assert case.fire <= got, detail
    assert not (case.never & got), detail
    if case.any_of:
        assert case.any_of & got, detail
    for f in report.findings:
        assert f.message and f.category in CATEGORIES
        if f.sentence is not None:
            assert f.release is not None
            assert report.release.text[f.release.start : f.release.end] == f.release.text


# --- relative changes: one quantity, whichever way round it is worded
#
# Each group is a paper template, the ways the paper may state its result, the ways
# a release may state the same result (never N101/N102, against every paper wording)
# and releases that state a different figure (N101, never N102, against every paper
# wording).  Written for these tests; no real study.


def _falls_paper(result: str) -> dict[str, str]:
    return {
        "Methods": "In a randomised trial, 1,200 adults aged 60 years or older were assigned "
        "to a daily balance programme or usual care for 12 months.",
        "Results": result,
        "Conclusions": "A daily balance programme reduced falls in adults aged 60 or older.",
    }


def _shift_paper(result: str) -> dict[str, str]:
    return {
        "Methods": "In a prospective cohort study, we followed 8,000 nurses for 10 years.",
        "Results": result,
        "Conclusions": "Night-shift work was associated with type 2 diabetes.",
    }


FALLS_RELEASE = "In a randomised trial of 1,200 adults aged 60 or older, {}."
SHIFT_RELEASE = "In a cohort study of 8,000 nurses followed for 10 years, {}."

RELATIVE_GROUPS = {
    "falls-23": (_falls_paper, FALLS_RELEASE, [
        "Falls were 23% less frequent in the balance group.",
        "There was a 23% reduction in falls in the balance group.",
        "The balance group had 23% fewer falls than the usual-care group.",
        "Falls were less frequent in the balance group (relative risk 0.77, 95% CI 0.66 to "
        "0.90).",
        "The balance programme reduced falls by 23%.",
        "The rate of falls fell by 23% in the balance group.",
    ], [
        "the programme reduced falls by 23%",
        "the programme cut falls by 23%",
        "falls were 23% lower with the programme",
        "the programme led to 23% fewer falls",
        "the programme led to a 23% reduction in falls",
        "the programme led to a reduction in falls of 23%",
        "falls fell 23% with the programme",
        "the programme reduced falls by almost a quarter",
        "the programme lowered falls (relative risk 0.77)",
    ], [
        "the programme reduced falls by 40%",
        "falls were 40% lower with the programme",
        "the programme led to a 40% reduction in falls",
        "the programme increased falls by 23%",
        "falls were 23% higher with the programme",
        "the programme halved falls",
        "the programme lowered falls (relative risk 0.60)",
    ]),
    "diabetes-26": (_shift_paper, SHIFT_RELEASE, [
        "Night-shift workers had a higher risk of type 2 diabetes (HR 1.26, 95% CI 1.10 to "
        "1.45).",
        "Night-shift workers were 26% more likely to develop type 2 diabetes.",
        "Night-shift work was associated with a 26% higher risk of type 2 diabetes.",
        "Night-shift work was associated with an increase in the risk of type 2 diabetes of "
        "26%.",
        "The risk of type 2 diabetes rose by 26% among night-shift workers.",
    ], [
        "night-shift workers were 26% more likely to develop type 2 diabetes",
        "night-shift work raised the risk of type 2 diabetes by 26%",
        "night-shift work was linked to a 26% increase in the risk of type 2 diabetes",
        "night-shift workers had a higher risk of type 2 diabetes (hazard ratio 1.26)",
    ], [
        "night-shift workers were 40% more likely to develop type 2 diabetes",
        "night-shift workers were 26% less likely to develop type 2 diabetes",
        "night-shift work doubled the risk of type 2 diabetes",
        "night-shift workers had a higher risk of type 2 diabetes (hazard ratio 1.6)",
    ]),
    "diabetes-doubled": (_shift_paper, SHIFT_RELEASE, [
        "The risk of type 2 diabetes doubled among night-shift workers.",
        "Night-shift workers had a higher risk of type 2 diabetes (HR 2.0, 95% CI 1.6 to 2.5).",
        "Night-shift workers had a 100% higher risk of type 2 diabetes.",
    ], [
        "night-shift work doubled the risk of type 2 diabetes",
        "night-shift workers were twice as likely to develop type 2 diabetes",
        "night-shift workers had a 100% higher risk of type 2 diabetes",
        "night-shift workers had a higher risk of type 2 diabetes (hazard ratio 2.0)",
    ], [
        "night-shift work tripled the risk of type 2 diabetes",
        "night-shift workers had a 50% higher risk of type 2 diabetes",
    ]),
    "falls-halved": (_falls_paper, FALLS_RELEASE, [
        "Falls were halved in the balance group.",
        "The balance group had 50% fewer falls.",
        "Falls were less frequent in the balance group (rate ratio 0.50, 95% CI 0.40 to 0.62).",
    ], [
        "the programme halved falls",
        "the programme cut falls by 50%",
        "the programme led to a 50% reduction in falls",
        "the programme lowered falls (rate ratio 0.5)",
    ], [
        "the programme reduced falls by 23%",
        "the programme doubled falls",
    ]),
}  # fmt: skip

#: (id, paper template, paper result, release, N101 expected)
RELATIVE_CASES = [
    (f"{g}-paper{i}-{'differs' if differs else 'same'}{j}", make, result, frame.format(claim),
     differs)
    for g, (make, frame, results, same, different) in RELATIVE_GROUPS.items()
    for i, result in enumerate(results)
    for differs, claims in ((False, same), (True, different))
    for j, claim in enumerate(claims)
]  # fmt: skip


@pytest.mark.parametrize(
    ("make", "result", "release", "differs"),
    [c[1:] for c in RELATIVE_CASES],
    ids=[c[0] for c in RELATIVE_CASES],
)
def test_relative_change_wordings(
    make: Callable[[str], dict[str, str]], result: str, release: str, differs: bool
) -> None:
    """A relative change is one quantity whichever way round it is worded: the same
    figure is never flagged, a different one is a mismatch (N101), not an absence."""
    report = make_report(release, make_paper(make(result)))
    codes = {f.code for f in report.findings if f.code in ("N101", "N102")}
    detail = [(f.code, f.message) for f in report.findings]
    assert codes == ({"N101"} if differs else set()), detail


@pytest.mark.parametrize(
    "release",
    [
        "the programme also cut hospital admissions by 40%",
        "the programme reduced falls by 23%, and 57% of participants finished it",
    ],
)
def test_absent_relative_change_is_unsupported(release: str) -> None:
    """A figure the paper never gives (another outcome, a share where the paper
    gives a change) is N102, not a mismatch with the paper's change of falls."""
    report = make_report(
        FALLS_RELEASE.format(release),
        make_paper(_falls_paper("Falls were 23% less frequent in the balance group.")),
    )
    codes = [f.code for f in report.findings if f.code in ("N101", "N102")]
    assert codes == ["N102"], [(f.code, f.message) for f in report.findings]


def test_what_participants_describe_keeps_its_hedge() -> None:
    """ "Patients said they found ..." tells what people said: the paper's hedged
    reading of it ("may") does not make it a dropped hedge; the finding told as fact
    does."""
    paper = make_paper(
        {
            "Methods": "Focus groups were held with 15 patients after rehabilitation.",
            "Results": "Loneliness may be common among patients once the programme ends.",
        }
    )
    said = make_report("Patients said they found loneliness common among patients once the "
                       "programme ends.", paper)  # fmt: skip
    assert "certainty_overstatement" not in categories(said)
    told = make_report("The study found that loneliness is common among patients once the "
                       "programme ends.", paper)  # fmt: skip
    assert "certainty_overstatement" in categories(told)


def test_cause_the_paper_itself_states_is_information() -> None:
    """An observational paper that words its own conclusion as a cause: a release that
    restates it is told so at info level; a cause the paper never states stays a
    warning."""
    paper = make_paper(
        {
            "Methods": "We conducted a cross-sectional survey of 412 hospital staff.",
            "Results": "Staff reported shortages of equipment.",
            "Conclusions": "More effective management of the few resources available "
            "improves patient care.",
        }
    )
    same = make_report(
        "More effective management of the few resources available improves patient care, "
        "the survey found.",
        paper,
    )
    c101 = [f for f in same.findings if f.code == "C101"]
    assert [f.severity for f in c101] == ["info"]
    assert "The paper itself words this as a cause." in c101[0].message
    other = make_report("Staff shortages cause poor patient care, the survey found.", paper)
    assert [f.severity for f in other.findings if f.code == "C101"] == ["warning"]


@pytest.mark.parametrize(
    "text",
    [
        "Fifteen people took part, 12 of them men: seven at the rural hospital, all men.",
        "Not everyone struggled: some kept exercising on their own.",
    ],
)
def test_sample_told_or_limited_is_not_a_widening(text: str) -> None:
    paper = make_paper(
        "Focus groups were conducted with 15 older adults attending a rehabilitation "
        "programme. Older adults valued the supervised exercise."
    )
    assert "population_generalization" not in categories(make_report(text, paper))
    widened = make_report("Everyone valued the supervised exercise, the study found.", paper)
    assert "population_generalization" in categories(widened)


def test_count_of_the_same_thing() -> None:
    """A small count is compared with the paper's count of the same thing said of the
    same result ("5 samples" against "15 samples had inconsistent results"), but not
    with another count of that noun ("400 proteins measured" against "29 proteins
    changed"), and never reported as unsupported on its own."""
    paper = make_paper(
        {
            "Results": "For the 0.1% concentration, 15 samples had inconsistent results. "
            "We found 29 proteins whose levels changed significantly."
        }
    )
    report = make_report(
        "At the 0.1% concentration, only 5 samples gave inconsistent results.", paper
    )
    mismatch = [f for f in report.findings if f.code == "N101"]
    assert [f.message for f in mismatch] == ["'5 samples' does not match the paper (15 samples)."]
    report = make_report("The team measured more than 400 proteins in the samples.", paper)
    assert "number_mismatch" not in categories(report)
    report = make_report("The team compared 3 samples with inconsistent results.", paper)
    assert not {"number_mismatch", "unsupported_number"} & categories(report)


def test_booster_the_paper_says_in_other_words() -> None:
    paper = make_paper(
        "Corroborating the citation advantage, open access articles receive 18% more "
        "citations than average."
    )
    report = make_report(
        "Open access articles received 18% more citations, confirming the citation advantage.",
        paper,
    )
    assert "certainty_overstatement" not in categories(report)
    other = make_paper("Open access articles receive 18% more citations than average.")
    report = make_report(
        "Open access articles received 18% more citations, confirming the citation advantage.",
        other,
    )
    assert "certainty_overstatement" in categories(report)


def test_background_restated_is_not_unsupported(monkeypatch: pytest.MonkeyPatch) -> None:
    """The background weight ranks the paper's background below its findings; it does
    not make a sentence that restates the background unsupported.  (A small weight
    here stands for the embedding aligners, whose background matches it pushed under
    the support threshold on a real review.)"""
    import spin.align

    monkeypatch.setattr(spin.align, "CONTEXT_WEIGHT", 0.5)
    paper = make_paper(
        {
            "Introduction": "Multisystem traumatic injury is a significant risk factor for "
            "the development of a deep venous thrombosis.",
            "Results": "Compliance with compression devices was poor.",
        }
    )
    report = make_report(
        "Injuries to several parts of the body are a significant risk factor for these clots.",
        paper,
    )
    assert report.alignment[0].support == "none"  # weighted below the threshold
    assert "unsupported_claim" not in categories(report)
    other = make_report("Heparin also cured insomnia in shift workers, the team found.", paper)
    assert "unsupported_claim" in categories(other)


def test_short_lead_in_is_judged_with_what_it_leads_into() -> None:
    """ "Blood tests pointed to a likely explanation." before the blood result is on
    topic (info with an abstract), not a claim on a topic the paper never mentions."""
    paper = make_paper(
        "Levels of insulin-like growth factor-1 rose by 100% in the treated dogs' blood."
    )
    result = "Insulin-like growth factor-1 levels in the treated dogs' blood doubled."
    # in the result's paragraph it leads into it; standing alone (its own paragraph) it
    # is judged by its own words
    for sep, severity in ((" ", "info"), ("\n\n", "warning")):
        # mid-paragraph (an opener of its paragraph before a supported sentence is left
        # alone altogether: the next test)
        text = f"Here is more. Blood tests pointed to a likely explanation.{sep}{result}"
        report = make_report(text, paper)
        lead = [f.severity for f in report.findings if f.code == "U101" and f.sentence == 1]
        assert lead == [severity]


def test_paragraph_opener_before_a_supported_sentence_is_not_a_claim_of_its_own() -> None:
    """ "The difference appeared once the leg could move again." opening the paragraph of
    the strength gains says nothing the next sentence does not; an opener that reports
    a discovery, or whose next sentence has no support, is still judged."""
    paper = make_paper(
        "Between weeks 10 and 15, torque in the treated dogs increased by 0.81 Nm, more "
        "than the 0.25 Nm in the placebo dogs."
    )
    gain = "Torque in the treated dogs increased by 0.81 Nm between weeks 10 and 15."

    def u101(opener: str, after: str = gain) -> list[str]:
        report = make_report(f"Dogs were studied.\n\n{opener} {after}", paper)
        return [f.severity for f in report.findings if f.code == "U101" and f.sentence == 1]

    assert u101("The difference appeared once the leg could move again.") == []
    assert u101("The team also discovered how the compounds work.") != []
    assert u101("The difference appeared once the leg could move again.",
                "The compound also cured arthritis in older people everywhere.") != []  # fmt: skip


def test_population_widened_by_condition_place_or_in_general() -> None:
    """A sample named by its condition told as any disease, a finding told for a
    continent, and a group "in general" are widenings; the paper's own words are not."""
    cancer = make_paper(
        "Plasma from 12 pancreatic cancer patients was analysed. Six samples per group "
        "may provide sufficient power for most proteins."
    )
    widened = make_report(
        "The team checked the calculations using blood from patients with all kinds of diseases.",
        cancer,
    )
    p102 = [f for f in widened.findings if f.code == "P102"]
    assert p102 and "pancreatic cancer patients" in p102[0].message
    share = make_report("Pancreatic cancer accounts for 3% of all cancers.", cancer)
    assert "population_generalization" not in categories(share)

    hospital = make_paper(
        "We studied the Medical Department of a central hospital in Lilongwe, Malawi. "
        "Staff shortages were identified as a major constraint to patient care."
    )
    africa = make_report(
        "The findings show that hospitals throughout Africa are held back by staff shortages.",
        hospital,
    )
    assert [f.code for f in africa.findings if f.code == "P102"] == ["P102"]
    background = make_report(
        "Staff shortages hold back hospitals throughout Africa. The findings show that "
        "staff shortages constrained patient care in the department.",
        hospital,
    )
    assert "population_generalization" not in categories(background)
    said = make_paper(
        "Staff shortages are common in hospitals throughout Africa. In our hospital, "
        "staff shortages were identified as a major constraint to patient care."
    )
    assert "population_generalization" not in categories(
        make_report(
            "The findings show that hospitals throughout Africa are held back by staff shortages.",
            said,
        )
    )

    groups = make_paper(
        "Fifteen participants with heart failure took part in two focus groups. "
        "Participants felt the programme met their needs."
    )
    general = make_report(
        "The study shows that heart failure patients in general find that the programme "
        "meets their needs.",
        groups,
    )
    p102 = [f for f in general.findings if f.code == "P102"]
    assert (
        p102
        and "in general" in p102[0].message
        and "fifteen participants" in p102[0].message.lower()
    )


def test_mismatch_names_the_papers_change() -> None:
    report = make_report(
        FALLS_RELEASE.format("the programme reduced falls by 40%"),
        make_paper(_falls_paper("Falls were 23% lower (rate ratio 0.77, 95% CI 0.66 to 0.90).")),
    )
    (n101,) = [f for f in report.findings if f.code == "N101"]
    assert "23% lower" in n101.message and "RR 0.77" in n101.message


def test_every_category_is_covered_by_a_case() -> None:
    covered = set().union(*(c.fire | c.any_of for c in CASES)) | {
        "paper_retracted",
        "paper_corrected",
        "unsupported_claim",
    }
    assert covered == set(CATEGORIES)


def test_every_category_has_a_rule() -> None:
    assert {r.category for r in ALL_RULES} == set(CATEGORIES)


def test_findings_carry_evidence_and_suggestions() -> None:
    report = make_report(CASES[0].release, COHORT)
    causal = [f for f in report.findings if f.category == "causal_overstatement"]
    assert causal and causal[0].evidence and causal[0].suggestion
    assert any("cohort" in e.text or "associated" in e.text for e in causal[0].evidence)


def test_age_widening_names_both_ages() -> None:
    report = make_report(
        "A daily balance programme reduced falls in a randomised trial of 1,200 adults. "
        "Everyone over 50 should do balance exercises every day.",
        OLDER_ADULTS,
    )
    found = [f for f in report.findings if f.code == "P102"]
    assert len(found) == 1
    assert "50" in found[0].message and "60" in found[0].message
    assert "over 50" in found[0].message
    assert found[0].evidence and "aged 60 years or older" in found[0].evidence[0].text
    assert not [f for f in report.findings if f.code in ("N101", "N102")]


def test_quote_advice_is_attributed_to_the_speaker() -> None:
    case = next(c for c in CASES if c.id == "advice-quote")
    report = make_report(case.release, case.paper)
    advice = [f for f in report.findings if f.category == "advice_not_in_source"]
    assert advice and advice[0].speaker == "Dr Jane Smith"
    assert "Jane Smith" in advice[0].message


def test_outside_commentator_is_attributed() -> None:
    """An editorial writer's opinion and advice are attributed to them, at info level."""
    report = make_report(
        "Ketamine rapidly reduced symptoms in adults with treatment-resistant depression, a "
        "randomised crossover trial of 40 adults found. In an accompanying editorial, Mark S. "
        'George notes, "We would hate to treat the depression epidemic by overusing '
        'ketamine, which might perhaps grow the third head of opioid dependence." George '
        "also suggests more attention to other underused treatments for depression.",
        TRD,
    )
    mine = [f for f in report.findings if f.sentence in (1, 2)]
    assert mine and all(f.severity == "info" for f in mine), mine
    assert all("George (accompanying editorial)" in f.message for f in mine), mine
    assert all("not an author of the study" in f.message for f in mine), mine


QA = FIXTURES / "qa"
#: (release, categories that must fire, categories that must not)
QA_PAIRS = [
    ("observational-linked.md", (), tuple(CATEGORIES)),
    ("mouse-faithful.md", (), ("species_extrapolation", "causal_overstatement", "hype",
                               "advice_not_in_source", "unsupported_claim")),
    ("null-rct-faithful.md", (), tuple(CATEGORIES)),
    ("null-rct-spun.md", ("contradicted_claim", "omitted_limitation"), ("number_mismatch",)),
    ("meta-analysis.md", (), ("causal_overstatement", "certainty_overstatement",
                              "advice_not_in_source", "number_mismatch", "unsupported_number",
                              "omitted_limitation", "omitted_sample_size")),
    ("cell-cure.md", ("species_extrapolation", "certainty_overstatement", "hype"),
     ("advice_not_in_source",)),
    ("rounded-numbers.md", (), tuple(CATEGORIES)),
    ("boilerplate-footer.md", (), ("hype", "novelty_claim", "unsupported_number",
                                   "number_mismatch", "advice_not_in_source",
                                   "omitted_sample_size")),
    # round 3: one faithful pair per design (nothing at warning or error), and twins
    # with a few sentences changed (correlation to cause, fish to people, "could" to "will")
    ("crossover-faithful.md", (), tuple(CATEGORIES)),
    ("case-control-faithful.md", (), tuple(CATEGORIES)),
    ("survey-faithful.md", (), tuple(CATEGORIES)),
    ("qualitative-faithful.md", (), tuple(CATEGORIES)),
    ("modelling-faithful.md", (), tuple(CATEGORIES)),
    ("zebrafish-faithful.md", (), tuple(CATEGORIES)),
    ("in-vitro-faithful.md", (), tuple(CATEGORIES)),
    ("mendelian-faithful.md", (), tuple(CATEGORIES)),
    ("novelty-backed.md", (), tuple(CATEGORIES)),
    ("paper-advice.md", (), tuple(CATEGORIES)),
    ("case-control-caused.md", ("causal_overstatement",), ("omitted_study_design",)),
    ("zebrafish-people.md", ("species_extrapolation", "certainty_overstatement"), ()),
    ("modelling-will.md", ("certainty_overstatement",), ("species_extrapolation",
                                                          "omitted_study_design")),
]  # fmt: skip


@pytest.mark.parametrize(("name", "fire", "never"), QA_PAIRS, ids=[p[0] for p in QA_PAIRS])
def test_qa_pair(name: str, fire: tuple[str, ...], never: tuple[str, ...]) -> None:
    _check_qa_pair(name, fire, never)


@pytest.mark.parametrize(("name", "fire", "never"), QA_PAIRS, ids=[p[0] for p in QA_PAIRS])
def test_qa_pair_with_embedding_aligner(
    name: str, fire: tuple[str, ...], never: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same expectations when the aligner includes sentence embeddings (here the
    built-in static model, the one available everywhere): embedding scores are compressed
    and rank topical statements higher, which once made faithful pairs draw findings."""
    monkeypatch.setenv("SPIN_ALIGN_EMBED", "1")
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "static")
    _check_qa_pair(name, fire, never)


def _check_qa_pair(name: str, fire: tuple[str, ...], never: tuple[str, ...]) -> None:
    from spin.api import analyse
    from spin.release import read_release
    from spin.sources import SourceSettings, get_paper

    doc = read_release(str(QA / name))
    # the paper the release names in its front matter (twins share their pair's paper)
    paper_path = doc.paper_path or str(QA / name.replace(".md", ".paper.md"))
    paper = get_paper(paper_path, SourceSettings.from_env(offline=True))
    report = analyse(doc, paper)
    got = {f.category for f in report.findings if SEVERITY_RANK[f.severity] >= 2} | {
        f.category for f in report.findings if f.category in fire
    }
    detail = [(f.code, f.severity, f.message) for f in report.findings]
    assert set(fire) <= got, detail
    assert not (set(never) & {f.category for f in report.findings
                              if SEVERITY_RANK[f.severity] >= 2}), detail  # fmt: skip


#: what a faithful release must not draw at warning level or above
FAITHFUL_NEVER = (
    "causal_overstatement", "certainty_overstatement", "population_generalization",
    "species_extrapolation", "advice_not_in_source", "number_mismatch", "unsupported_number",
    "unsupported_claim", "contradicted_claim", "hype", "novelty_claim", "omitted_limitation",
    "omitted_sample_size", "omitted_study_design",
)  # fmt: skip

#: releases written for real papers (tests/fixtures/within: the four article PDFs, read
#: in full; tests/fixtures/within-abstracts: five records with abstracts), with what
#: must fire and what must not at warning level: the false findings these releases first
#: drew (a sample or a caveat read as a widened population, a plan read as a claim, an
#: ambiguous cause stated as a warning, "the first week" as novelty, the release's own
#: arithmetic as a wrong number, the rat in "Kirsten rat sarcoma", "confirmed by
#: sequencing" as a booster) stay gone, and the deliberate overstatements stay caught
WITHIN = [
    ("within/heart-failure-programmes.md", "pdf/10.1155_2010_157939.pdf",
     ("omitted_study_design", "causal_overstatement"),
     ("population_generalization", "contradicted_claim")),
    ("within/quality-improvement-barriers.md", "pdf/10.1186_1472-6963-14-1.pdf",
     ("omitted_limitation",), ("population_generalization", "causal_overstatement")),
    ("within/dvt-prophylaxis-review.md", "pdf/10.1186_1752-2897-4-1.pdf",
     ("certainty_overstatement",),
     ("population_generalization", "causal_overstatement", "omitted_sample_size")),
    ("within/vespa-software.md", "pdf/10.7717_peerj-cs.118.pdf", (),
     ("certainty_overstatement", "population_generalization", "causal_overstatement")),
    ("within-abstracts/growth-hormone-muscle.md", "crossref/works/10.1002_jor.1100150407.json",
     ("unsupported_claim",), ("number_mismatch", "novelty_claim", "unsupported_number")),
    ("within-abstracts/alpha-synuclein-fret.md", "crossref/works/10.1038_srep16696.json", (),
     ("causal_overstatement", "certainty_overstatement", "species_extrapolation",
      "unsupported_claim")),
    ("within-abstracts/kras-reference-panel.md",
     "crossref/works/10.1136_jclinpath-2020-206745.json", (),
     ("species_extrapolation", "certainty_overstatement")),
    ("within-abstracts/plasma-proteomics-design.md",
     "europepmc/EXT_ID-22338609_core_10.1021_pr200636x.json", ("certainty_overstatement",),
     ("number_mismatch",)),
    ("within-abstracts/open-access-prevalence.md", "openalex/10.7717_peerj.4375.json",
     ("advice_not_in_source",), ("number_mismatch", "unsupported_claim")),
    # releases with planted distortions, written blind to spin (tests/fixtures/spun)
    ("spun/dog-hormone-spun.md", "crossref/works/10.1002_jor.1100150407.json",
     ("species_extrapolation", "number_mismatch", "advice_not_in_source", "novelty_claim"),
     ("contradicted_claim", "causal_overstatement", "unsupported_claim")),
    ("spun/proteomics-spun.md", "europepmc/EXT_ID-22338609_core_10.1021_pr200636x.json",
     ("certainty_overstatement", "population_generalization"),
     ("number_mismatch", "unsupported_claim")),
    ("spun/kras-panel-spun.md", "crossref/works/10.1136_jclinpath-2020-206745.json",
     ("certainty_overstatement", "number_mismatch", "hype"), ("causal_overstatement",)),
    ("spun/open-access-spun.md", "openalex/10.7717_peerj.4375.json",
     ("advice_not_in_source",), ("certainty_overstatement", "number_mismatch")),
    # the same against full text: two faithful releases, two with planted distortions
    ("spun/dvt-review-faithful.md", "pdf/10.1186_1752-2897-4-1.pdf", (), FAITHFUL_NEVER),
    ("spun/heart-failure-faithful.md", "pdf/10.1155_2010_157939.pdf", (),
     tuple(c for c in FAITHFUL_NEVER if c != "unsupported_claim")),
    # ("throughout Africa" is population_generalization; its unsupported_claim went when
    # the paper's "KCH" was written out and lifted its best match to 0.225, weak support)
    ("spun/malawi-quality-spun.md", "pdf/10.1186_1472-6963-14-1.pdf",
     ("causal_overstatement", "number_mismatch", "population_generalization"),
     ("contradicted_claim", "species_extrapolation", "certainty_overstatement")),
    ("spun/vespa-spun.md", "pdf/10.7717_peerj-cs.118.pdf",
     ("certainty_overstatement", "unsupported_number", "unsupported_claim"),
     ("omitted_sample_size", "omitted_limitation", "species_extrapolation",
      )),
    # the second round: a faithful twin for each real paper that had a spun release and
    # a spun twin for each that had a faithful one (tests/fixtures/spun/README.md)
    ("spun/alpha-synuclein-spun.md", "crossref/works/10.1038_srep16696.json",
     ("certainty_overstatement", "advice_not_in_source"),
     ("causal_overstatement", "contradicted_claim")),
    ("spun/dog-hormone-faithful.md", "crossref/works/10.1002_jor.1100150407.json", (),
     FAITHFUL_NEVER),
    ("spun/proteomics-faithful.md", "europepmc/EXT_ID-22338609_core_10.1021_pr200636x.json",
     (), FAITHFUL_NEVER),
    ("spun/open-access-faithful.md", "openalex/10.7717_peerj.4375.json", (), FAITHFUL_NEVER),
    ("spun/dvt-review-spun.md", "pdf/10.1186_1752-2897-4-1.pdf",
     ("certainty_overstatement", "causal_overstatement", "unsupported_number"),
     ("unsupported_claim", "contradicted_claim")),
    ("spun/malawi-quality-faithful.md", "pdf/10.1186_1472-6963-14-1.pdf", (), FAITHFUL_NEVER),
    ("spun/heart-failure-spun.md", "pdf/10.1155_2010_157939.pdf",
     ("population_generalization", "certainty_overstatement", "unsupported_number"),
     ("omitted_limitation", "unsupported_claim")),
    ("spun/vespa-faithful.md", "pdf/10.7717_peerj-cs.118.pdf", (),
     tuple(c for c in FAITHFUL_NEVER if c != "unsupported_claim")),
]  # fmt: skip


@pytest.mark.shared
@pytest.mark.parametrize(("name", "record", "fire", "never"), WITHIN, ids=[p[0] for p in WITHIN])
def test_release_on_a_real_paper(
    name: str, record: str, fire: tuple[str, ...], never: tuple[str, ...], shared: Path
) -> None:
    from spin.api import analyse
    from spin.release import read_release
    from spin.sources import SourceSettings, get_paper

    doc = read_release(str(FIXTURES / name))
    paper = get_paper(str(shared / "fixtures" / record), SourceSettings.from_env(offline=True))
    report = analyse(doc, paper)
    detail = [(f.code, f.severity, f.message) for f in report.findings]
    warned = {f.category for f in report.findings if SEVERITY_RANK[f.severity] >= 2}
    assert set(fire) <= warned, detail
    assert not (set(never) & warned), detail


#: releases written blind to spin, with the invented abstract they report on
#: (tests/fixtures/spun/*.paper.md, named in each release's front matter)
BLIND = [
    ("processed-food-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("processed-food-cohort-spun.md",
     ("causal_overstatement", "number_mismatch", "population_generalization",
      "advice_not_in_source"), ("contradicted_claim",)),
    ("senolytic-mice-faithful.md", (), FAITHFUL_NEVER),
    ("senolytic-mice-spun.md",
     ("species_extrapolation", "novelty_claim", "number_mismatch", "certainty_overstatement"),
     ("contradicted_claim", "population_generalization")),
    ("vitamin-d-falls-trial-faithful.md", (), FAITHFUL_NEVER),
    # the subgroup's grip strength told as the key finding: U104 (contradicted_claim)
    ("vitamin-d-falls-trial-spun.md", ("advice_not_in_source", "contradicted_claim"), ()),
    ("screen-time-sleep-survey-faithful.md", (), FAITHFUL_NEVER),
    ("screen-time-sleep-survey-spun.md",
     ("causal_overstatement", "number_mismatch", "population_generalization",
      "advice_not_in_source"), ("contradicted_claim",)),
    # the third round: a meta-analysis, a cell study, a model and an uncontrolled pilot
    ("exercise-depression-meta-faithful.md", (), FAITHFUL_NEVER),
    ("exercise-depression-meta-spun.md",
     ("number_mismatch", "certainty_overstatement", "population_generalization",
      "advice_not_in_source"), ("contradicted_claim",)),
    ("curcumin-analogue-cells-faithful.md", (), FAITHFUL_NEVER),
    ("curcumin-analogue-cells-spun.md",
     ("species_extrapolation", "certainty_overstatement", "number_mismatch"),
     ("contradicted_claim",)),
    ("sugar-tax-model-faithful.md", (), FAITHFUL_NEVER),
    ("sugar-tax-model-spun.md",
     ("causal_overstatement", "advice_not_in_source", "number_mismatch"),
     ("contradicted_claim",)),
    ("mindfulness-app-pilot-faithful.md", (), FAITHFUL_NEVER),
    ("mindfulness-app-pilot-spun.md",
     ("causal_overstatement", "novelty_claim", "advice_not_in_source"),
     ("contradicted_claim", "omitted_study_design")),
    # the fourth round: a case-control study, a Mendelian randomisation, a positive trial
    # (its faithful release an HTML page) and a qualitative interview study
    ("shift-work-case-control-faithful.md", (), FAITHFUL_NEVER),
    ("shift-work-case-control-spun.md",
     ("causal_overstatement", "certainty_overstatement", "number_mismatch",
      "population_generalization"), ("contradicted_claim",)),
    ("coffee-mendelian-faithful.md", (), FAITHFUL_NEVER),
    ("coffee-mendelian-spun.md",
     ("certainty_overstatement", "number_mismatch", "population_generalization",
      "advice_not_in_source"), ("contradicted_claim",)),
    # (its lead author's "lowered it clearly more than placebo" draws certainty-booster)
    ("bp-drug-trial-faithful.html", (),
     tuple(c for c in FAITHFUL_NEVER if c != "certainty_overstatement")),
    ("bp-drug-trial-spun.md",
     ("population_generalization", "number_mismatch", "advice_not_in_source"),
     ("contradicted_claim", "omitted_study_design")),
    ("parents-vaccine-interviews-faithful.md", (), FAITHFUL_NEVER),
    ("parents-vaccine-interviews-spun.md",
     ("certainty_overstatement", "advice_not_in_source", "number_mismatch"),
     ("contradicted_claim",)),
    # the fifth round: a time-series study, a meta-analysis of cohorts, a diagnostic study
    ("pollution-admissions-timeseries-faithful.md", (), FAITHFUL_NEVER),
    ("pollution-admissions-timeseries-spun.md",
     ("certainty_overstatement", "number_mismatch", "advice_not_in_source"),
     ("contradicted_claim",)),
    ("nuts-cohorts-meta-faithful.md", (), FAITHFUL_NEVER),
    ("nuts-cohorts-meta-spun.md",
     ("causal_overstatement", "novelty_claim", "number_mismatch", "advice_not_in_source"),
     ("contradicted_claim",)),
    ("ai-skin-diagnostic-faithful.md", (), FAITHFUL_NEVER),
    # ("proved better than the specialists" where p=0.09: a contradicted claim since round
    # 32, which reads "better than" against the paper's "comparable")
    ("ai-skin-diagnostic-spun.md",
     ("certainty_overstatement", "population_generalization", "advice_not_in_source",
      "contradicted_claim"), ()),
    # the sixth round: a mouse transplant study, a registry cohort with an exploratory
    # subgroup, a cluster trial with a null primary outcome, a diagnostic accuracy study,
    # a projection, a test-tube study and a meta-analysis of cohorts
    ("gut-microbiome-mice-faithful.md", (), FAITHFUL_NEVER),
    ("gut-microbiome-mice-spun.md",
     ("species_extrapolation", "advice_not_in_source", "number_mismatch"),
     ("contradicted_claim", "population_generalization")),
    ("statin-dementia-registry-faithful.md", (), FAITHFUL_NEVER),
    ("statin-dementia-registry-spun.md",
     ("causal_overstatement", "population_generalization", "advice_not_in_source",
      "novelty_claim"), ("contradicted_claim", "number_mismatch")),
    ("school-breakfast-cluster-trial-faithful.md", (), FAITHFUL_NEVER),
    ("school-breakfast-cluster-trial-spun.md",
     ("number_mismatch", "contradicted_claim", "advice_not_in_source"), ()),
    ("wearable-afib-detection-faithful.md", (), FAITHFUL_NEVER),
    ("wearable-afib-detection-spun.md",
     ("population_generalization", "advice_not_in_source", "novelty_claim",
      "number_mismatch"), ("contradicted_claim",)),
    ("heat-mortality-projection-faithful.md", (), FAITHFUL_NEVER),
    ("heat-mortality-projection-spun.md",
     ("certainty_overstatement", "population_generalization", "advice_not_in_source"),
     ("number_mismatch", "contradicted_claim")),
    ("amyloid-peptide-invitro-faithful.md", (), FAITHFUL_NEVER),
    ("amyloid-peptide-invitro-spun.md",
     ("novelty_claim", "number_mismatch", "species_extrapolation"),
     ("population_generalization", "contradicted_claim")),
    ("loneliness-mortality-meta-faithful.md", (), FAITHFUL_NEVER),
    ("loneliness-mortality-meta-spun.md",
     ("causal_overstatement", "advice_not_in_source", "number_mismatch",
      "population_generalization"), ("contradicted_claim", "unsupported_claim")),
    # the seventh round: an equivalence trial, a detection study, a before-after study
    # (its faithful release an HTML news page), a phase 1 trial, an adolescent cohort, a
    # zebrafish screen and a cessation trial
    ("intermittent-fasting-rct-faithful.md", (), FAITHFUL_NEVER),
    ("intermittent-fasting-rct-spun.md",
     ("contradicted_claim", "number_mismatch", "advice_not_in_source"), ()),
    ("microplastics-placenta-faithful.md", (), FAITHFUL_NEVER),
    ("microplastics-placenta-spun.md",
     ("causal_overstatement", "number_mismatch", "advice_not_in_source"),
     ("contradicted_claim",)),
    ("antibiotic-stewardship-before-after-faithful.html", (), FAITHFUL_NEVER),
    ("antibiotic-stewardship-before-after-spun.md",
     ("causal_overstatement", "number_mismatch", "population_generalization"),
     ("contradicted_claim",)),
    ("gene-therapy-phase1-faithful.md", (), FAITHFUL_NEVER),
    ("gene-therapy-phase1-spun.md",
     ("novelty_claim", "number_mismatch", "population_generalization"),
     ("contradicted_claim",)),
    ("social-media-teen-longitudinal-faithful.md", (), FAITHFUL_NEVER),
    ("social-media-teen-longitudinal-spun.md",
     ("causal_overstatement", "number_mismatch", "population_generalization",
      "advice_not_in_source"), ("contradicted_claim",)),
    ("zebrafish-drug-screen-faithful.md", (), FAITHFUL_NEVER),
    ("zebrafish-drug-screen-spun.md",
     ("species_extrapolation", "causal_overstatement"), ("contradicted_claim",)),
    ("vaping-cessation-trial-faithful.md", (), FAITHFUL_NEVER),
    ("vaping-cessation-trial-spun.md",
     ("number_mismatch", "population_generalization", "advice_not_in_source"),
     ("contradicted_claim",)),
    # the eighth round: a crossover trial, a difference-in-differences study, a laboratory
    # experiment in people, a chart review, a field study of bees, a test-negative study
    # and an umbrella review
    ("probiotic-ibs-crossover-faithful.md", (), FAITHFUL_NEVER),
    ("probiotic-ibs-crossover-spun.md",
     ("certainty_overstatement", "number_mismatch", "population_generalization"), ()),
    ("air-filter-classroom-quasi-faithful.md", (), FAITHFUL_NEVER),
    ("air-filter-classroom-quasi-spun.md",
     ("causal_overstatement", "advice_not_in_source", "population_generalization"),
     ("contradicted_claim",)),
    ("sleep-deprivation-fmri-faithful.md", (), FAITHFUL_NEVER),
    ("sleep-deprivation-fmri-spun.md",
     ("population_generalization", "unsupported_claim", "number_mismatch"),
     ("contradicted_claim",)),
    ("ketogenic-epilepsy-retrospective-faithful.md", (), FAITHFUL_NEVER),
    ("ketogenic-epilepsy-retrospective-spun.md",
     ("causal_overstatement", "certainty_overstatement"), ("contradicted_claim",)),
    ("honeybee-pesticide-field-faithful.md", (), FAITHFUL_NEVER),
    ("honeybee-pesticide-field-spun.md",
     ("novelty_claim", "number_mismatch", "advice_not_in_source"), ("contradicted_claim",)),
    ("vaccine-effectiveness-testneg-faithful.md", (), FAITHFUL_NEVER),
    ("vaccine-effectiveness-testneg-spun.md",
     ("causal_overstatement", "certainty_overstatement", "advice_not_in_source"),
     ("contradicted_claim",)),
    ("umbrella-review-diet-faithful.md", (), FAITHFUL_NEVER),
    ("umbrella-review-diet-spun.md",
     ("certainty_overstatement", "advice_not_in_source", "number_mismatch",
      "population_generalization"), ("contradicted_claim",)),
    # the ninth round: a cohort of women, a cross-sectional MRI study, an ecological
    # study and an animal experiment
    ("hrt-breast-cancer-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("hrt-breast-cancer-cohort-spun.md",
     ("causal_overstatement", "number_mismatch", "population_generalization"), ()),
    ("running-knee-mri-faithful.md", (), FAITHFUL_NEVER),
    ("running-knee-mri-spun.md",
     ("contradicted_claim", "population_generalization", "number_mismatch"), ()),
    ("green-space-depression-ecological-faithful.md", (), FAITHFUL_NEVER),
    ("green-space-depression-ecological-spun.md", ("advice_not_in_source",), ()),
    ("antiviral-hamster-covid-faithful.md", (), FAITHFUL_NEVER),
    ("antiviral-hamster-covid-spun.md",
     ("species_extrapolation", "advice_not_in_source", "number_mismatch", "novelty_claim"),
     ()),
    # the tenth round
    ("primary-null-secondary-trial-faithful.md", (), FAITHFUL_NEVER),
    ("primary-null-secondary-trial-spun.md",
     ("contradicted_claim", "certainty_overstatement", "population_generalization",
      "advice_not_in_source"), ()),
    ("gwas-chronotype-faithful.md", (), FAITHFUL_NEVER),
    ("gwas-chronotype-spun.md",
     ("causal_overstatement", "novelty_claim", "certainty_overstatement",
      "advice_not_in_source"), ()),
    ("cerebral-organoid-virus-faithful.md", (), FAITHFUL_NEVER),
    ("cerebral-organoid-virus-spun.md", ("species_extrapolation", "number_mismatch"), ()),
    ("noninferiority-short-antibiotics-faithful.md", (), FAITHFUL_NEVER),
    ("noninferiority-short-antibiotics-spun.md",
     ("certainty_overstatement", "advice_not_in_source", "population_generalization",
      "contradicted_claim"), ()),
    ("screening-cost-effectiveness-model-faithful.md", (), FAITHFUL_NEVER),
    ("screening-cost-effectiveness-model-spun.md",
     ("certainty_overstatement", "number_mismatch"), ("causal_overstatement",)),
    ("pet-ownership-survey-faithful.md", (), FAITHFUL_NEVER),
    ("pet-ownership-survey-spun.md",
     ("causal_overstatement", "number_mismatch", "advice_not_in_source"),
     ("population_generalization",)),
    ("wastewater-surveillance-lead-faithful.md", (), FAITHFUL_NEVER),
    ("wastewater-surveillance-lead-spun.md",
     ("certainty_overstatement", "advice_not_in_source"), ("causal_overstatement",)),
    # the eleventh round
    ("ai-chest-xray-retrospective-faithful.md", (), FAITHFUL_NEVER),
    ("ai-chest-xray-retrospective-spun.md",
     ("population_generalization", "advice_not_in_source", "contradicted_claim"), ()),
    ("microdosing-psilocybin-placebo-faithful.md", (), FAITHFUL_NEVER),
    ("microdosing-psilocybin-placebo-spun.md",
     ("contradicted_claim", "novelty_claim", "number_mismatch"), ()),
    ("cold-water-swimming-survey-faithful.md", (), FAITHFUL_NEVER),
    ("cold-water-swimming-survey-spun.md",
     ("causal_overstatement", "population_generalization", "number_mismatch",
      "advice_not_in_source"), ()),
    ("worm-lifespan-compound-faithful.md", (), FAITHFUL_NEVER),
    ("worm-lifespan-compound-spun.md",
     ("species_extrapolation", "novelty_claim", "advice_not_in_source",
      "certainty_overstatement"), ("number_mismatch", "population_generalization")),
    ("air-pollution-dementia-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("air-pollution-dementia-cohort-spun.md",
     ("causal_overstatement", "population_generalization", "advice_not_in_source"), ()),
    ("tai-chi-falls-cluster-rct-faithful.md", (), FAITHFUL_NEVER),
    ("tai-chi-falls-cluster-rct-spun.md",
     ("number_mismatch", "certainty_overstatement", "advice_not_in_source"), ()),
    ("prenatal-caffeine-birthweight-faithful.md", (), FAITHFUL_NEVER),
    ("prenatal-caffeine-birthweight-spun.md",
     ("causal_overstatement", "unsupported_claim", "number_mismatch",
      "advice_not_in_source"), ()),
    # twelfth round (ninth session)
    ("fish-oil-subgroup-rct-faithful.md", (), FAITHFUL_NEVER),
    ("fish-oil-subgroup-rct-spun.md",
     ("contradicted_claim", "advice_not_in_source", "novelty_claim", "number_mismatch",
      "population_generalization"), ()),
    ("coffee-longevity-countries-ecological-faithful.md", (), FAITHFUL_NEVER),
    ("coffee-longevity-countries-ecological-spun.md",
     ("causal_overstatement", "population_generalization"), ()),
    ("fruit-fly-alcohol-gene-faithful.md", (), FAITHFUL_NEVER),
    ("fruit-fly-alcohol-gene-spun.md",
     ("certainty_overstatement", "species_extrapolation"), ()),
    ("hearing-aid-dementia-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("hearing-aid-dementia-cohort-spun.md",
     ("causal_overstatement", "number_mismatch",
      "advice_not_in_source", "novelty_claim"), ()),
    ("surgical-robot-registry-faithful.md", (), FAITHFUL_NEVER),
    ("surgical-robot-registry-spun.md", ("unsupported_claim",), ("contradicted_claim",)),
    ("escooter-injury-case-series-faithful.md", (), FAITHFUL_NEVER),
    ("escooter-injury-case-series-spun.md",
     ("causal_overstatement", "advice_not_in_source"), ("omitted_study_design",)),
    # (a quote's "people with back pain" for the paper's chronic low back pain is still
    # read as a widened population: a known false warning)
    ("vr-pain-single-arm-pilot-faithful.md", (),
     tuple(c for c in FAITHFUL_NEVER if c != "population_generalization")),
    ("vr-pain-single-arm-pilot-spun.md",
     ("causal_overstatement", "number_mismatch", "unsupported_claim"), ()),
    # thirteenth round (tenth session)
    ("alcohol-bp-mendelian-faithful.md", (), FAITHFUL_NEVER),
    ("alcohol-bp-mendelian-spun.md",
     ("certainty_overstatement", "advice_not_in_source", "population_generalization",
      "unsupported_claim"), ()),
    ("mouse-running-neurogenesis-faithful.md", (), FAITHFUL_NEVER),
    ("mouse-running-neurogenesis-spun.md",
     ("species_extrapolation", "number_mismatch", "certainty_overstatement"), ()),
    ("nurse-burnout-qualitative-faithful.md", (), FAITHFUL_NEVER),
    ("nurse-burnout-qualitative-spun.md",
     ("unsupported_number", "population_generalization", "certainty_overstatement",
      "advice_not_in_source"), ()),
    ("ldl-drug-phase2-surrogate-faithful.md", (), FAITHFUL_NEVER),
    ("ldl-drug-phase2-surrogate-spun.md",
     ("unsupported_claim", "novelty_claim",
      "number_mismatch", "advice_not_in_source"), ()),
    ("acupuncture-migraine-review-faithful.md", (), FAITHFUL_NEVER),
    ("acupuncture-migraine-review-spun.md",
     ("certainty_overstatement", "number_mismatch", "advice_not_in_source"), ()),
    ("sugar-tax-interrupted-timeseries-faithful.html", (), FAITHFUL_NEVER),
    ("sugar-tax-interrupted-timeseries-spun.md",
     ("unsupported_claim", "population_generalization", "number_mismatch",
      "advice_not_in_source"), ()),
    ("cancer-cell-line-compound-faithful.md", (), FAITHFUL_NEVER),
    ("cancer-cell-line-compound-spun.md",
     ("certainty_overstatement", "causal_overstatement", "advice_not_in_source"),
     ("population_generalization",)),
    # fourteenth round (tenth session)
    ("sunscreen-melanoma-casecontrol-faithful.md", (), FAITHFUL_NEVER),
    ("sunscreen-melanoma-casecontrol-spun.md",
     ("causal_overstatement", "number_mismatch", "advice_not_in_source",
      "population_generalization"), ()),
    ("wearable-steps-mortality-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("wearable-steps-mortality-cohort-spun.md",
     ("causal_overstatement", "advice_not_in_source"), ("number_mismatch",)),
    ("antidepressant-placebo-meta-faithful.md", (), FAITHFUL_NEVER),
    ("antidepressant-placebo-meta-spun.md",
     ("population_generalization", "certainty_overstatement", "number_mismatch"), ()),
    ("rat-sugar-addiction-faithful.md", (), FAITHFUL_NEVER),
    ("rat-sugar-addiction-spun.md",
     ("species_extrapolation", "number_mismatch", "certainty_overstatement"), ()),
    ("mask-school-cluster-observational-faithful.html", (), FAITHFUL_NEVER),
    ("mask-school-cluster-observational-spun.md",
     ("causal_overstatement", "number_mismatch", "population_generalization",
      "advice_not_in_source"), ()),
    ("telehealth-diabetes-rct-faithful.md", (), FAITHFUL_NEVER),
    ("telehealth-diabetes-rct-spun.md",
     ("number_mismatch", "contradicted_claim",
      "novelty_claim", "advice_not_in_source"), ()),
    ("bat-virus-sequencing-faithful.md", (), FAITHFUL_NEVER),
    ("bat-virus-sequencing-spun.md",
     ("species_extrapolation", "certainty_overstatement", "number_mismatch"), ()),
    # fifteenth round (tenth session)
    ("ultra-processed-feeding-crossover-faithful.md", (), FAITHFUL_NEVER),
    ("ultra-processed-feeding-crossover-spun.md",
     ("population_generalization", "number_mismatch", "advice_not_in_source", "novelty_claim"),
     ()),
    ("pfas-thyroid-crosssectional-faithful.md", (), FAITHFUL_NEVER),
    ("pfas-thyroid-crosssectional-spun.md",
     ("causal_overstatement", "certainty_overstatement", "advice_not_in_source"), ()),
    ("fmt-cdiff-stopped-early-faithful.md", (), FAITHFUL_NEVER),
    ("fmt-cdiff-stopped-early-spun.md",
     ("certainty_overstatement", "number_mismatch",
      "novelty_claim", "omitted_limitation"), ()),
    ("chatbot-mental-health-pilot-faithful.md", (), FAITHFUL_NEVER),
    ("chatbot-mental-health-pilot-spun.md",
     ("novelty_claim", "advice_not_in_source", "population_generalization"), ()),
    ("mouse-fasting-tumour-faithful.md", (), FAITHFUL_NEVER),
    ("mouse-fasting-tumour-spun.md", ("number_mismatch", "novelty_claim"), ()),
    ("aircraft-noise-hypertension-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("aircraft-noise-hypertension-cohort-spun.md",
     ("causal_overstatement", "number_mismatch", "novelty_claim"), ()),
    ("school-phone-ban-did-faithful.html", (), FAITHFUL_NEVER),
    ("school-phone-ban-did-spun.md",
     ("contradicted_claim", "number_mismatch", "causal_overstatement", "advice_not_in_source"),
     ()),
    # sixteenth round (tenth session)
    ("probiotic-infant-colic-rct-faithful.md", (), FAITHFUL_NEVER),
    ("probiotic-infant-colic-rct-spun.md",
     ("certainty_overstatement", "number_mismatch", "population_generalization",
      "advice_not_in_source"), ()),
    ("cannabis-psychosis-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("cannabis-psychosis-cohort-spun.md",
     ("causal_overstatement", "population_generalization", "number_mismatch",
      "advice_not_in_source"), ()),
    ("exoskeleton-stroke-pilot-faithful.md", (), FAITHFUL_NEVER),
    ("exoskeleton-stroke-pilot-spun.md",
     ("causal_overstatement", "number_mismatch",
      "novelty_claim", "advice_not_in_source"), ()),
    ("sweetener-mice-microbiome-faithful.md", (), FAITHFUL_NEVER),
    ("sweetener-mice-microbiome-spun.md",
     ("number_mismatch", "certainty_overstatement", "novelty_claim"), ()),
    ("long-covid-online-survey-faithful.html", (), FAITHFUL_NEVER),
    ("long-covid-online-survey-spun.md",
     ("population_generalization", "causal_overstatement", "advice_not_in_source"), ()),
    ("digital-cbti-noninferiority-faithful.md", (), FAITHFUL_NEVER),
    ("digital-cbti-noninferiority-spun.md",
     ("contradicted_claim", "advice_not_in_source",
      "number_mismatch", "novelty_claim"), ()),
    ("microplastics-fish-market-faithful.md", (), FAITHFUL_NEVER),
    ("microplastics-fish-market-spun.md",
     ("number_mismatch", "advice_not_in_source"), ()),
    # seventeenth round (tenth session; five topics)
    ("fluoride-iq-birth-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("fluoride-iq-birth-cohort-spun.md", ("causal_overstatement", "number_mismatch"), ()),
    ("ai-sepsis-alert-stepped-wedge-faithful.md", (), FAITHFUL_NEVER),
    ("ai-sepsis-alert-stepped-wedge-spun.md",
     ("contradicted_claim", "population_generalization", "advice_not_in_source"), ()),
    ("tdcs-depression-sham-faithful.md", (), FAITHFUL_NEVER),
    ("tdcs-depression-sham-spun.md", ("contradicted_claim", "certainty_overstatement"), ()),
    ("vitamin-c-sepsis-meta-faithful.md", (), FAITHFUL_NEVER),
    ("vitamin-c-sepsis-meta-spun.md",
     ("advice_not_in_source", "contradicted_claim", "number_mismatch"), ()),
    # (a quote's summary, "made fish behave less anxiously", matches nothing the lexical
    # aligner can see: a known false warning)
    ("zebrafish-anxiety-drug-faithful.md", (),
     tuple(c for c in FAITHFUL_NEVER if c != "unsupported_claim")),
    ("zebrafish-anxiety-drug-spun.md",
     ("species_extrapolation", "novelty_claim", "advice_not_in_source"), ()),
    # eighteenth round (eleventh session)
    ("red-meat-diabetes-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("red-meat-diabetes-cohort-spun.md",
     ("causal_overstatement", "number_mismatch", "population_generalization",
      "advice_not_in_source"), ()),
    ("glp1-weight-phase3-faithful.md", (), FAITHFUL_NEVER),
    ("glp1-weight-phase3-spun.md",
     ("novelty_claim", "population_generalization", "number_mismatch"), ()),
    ("dog-sniffing-cancer-diagnostic-faithful.md", (), FAITHFUL_NEVER),
    ("dog-sniffing-cancer-diagnostic-spun.md", ("novelty_claim", "number_mismatch"), ()),
    ("daylight-saving-crashes-rd-faithful.md", (), FAITHFUL_NEVER),
    ("daylight-saving-crashes-rd-spun.md",
     ("certainty_overstatement", "number_mismatch", "population_generalization",
      "advice_not_in_source"), ()),
    ("mouse-knockout-obesity-gene-faithful.md", (), FAITHFUL_NEVER),
    ("mouse-knockout-obesity-gene-spun.md",
     ("novelty_claim", "number_mismatch", "species_extrapolation"), ()),
    ("music-lessons-children-rct-faithful.md", (), FAITHFUL_NEVER),
    ("music-lessons-children-rct-spun.md",
     ("contradicted_claim", "certainty_overstatement", "advice_not_in_source",
      "number_mismatch"), ()),
    ("alzheimers-antibody-phase3-faithful.md", (), FAITHFUL_NEVER),
    ("alzheimers-antibody-phase3-spun.md",
     ("number_mismatch", "population_generalization", "advice_not_in_source"), ()),
    # nineteenth round (eleventh session)
    ("ivf-addon-rct-faithful.md", (), FAITHFUL_NEVER),
    ("ivf-addon-rct-spun.md",
     ("contradicted_claim", "number_mismatch", "population_generalization",
      "advice_not_in_source"), ()),
    ("antidepressant-pregnancy-autism-sibling-faithful.md", (), FAITHFUL_NEVER),
    ("antidepressant-pregnancy-autism-sibling-spun.md",
     ("certainty_overstatement", "number_mismatch", "advice_not_in_source",
      "unsupported_claim"), ()),
    ("wildfire-smoke-asthma-casecrossover-faithful.md", (), FAITHFUL_NEVER),
    ("wildfire-smoke-asthma-casecrossover-spun.md",
     ("causal_overstatement", "number_mismatch", "population_generalization",
      "advice_not_in_source"), ()),
    ("llm-diagnosis-vignettes-faithful.md", (), FAITHFUL_NEVER),
    ("llm-diagnosis-vignettes-spun.md",
     ("novelty_claim", "number_mismatch", "certainty_overstatement", "advice_not_in_source"),
     ()),
    ("macaque-hiv-vaccine-faithful.md", (), FAITHFUL_NEVER),
    ("macaque-hiv-vaccine-spun.md",
     ("species_extrapolation", "certainty_overstatement", "number_mismatch", "novelty_claim"),
     ()),
    ("crispr-sickle-cell-cells-faithful.md", (), FAITHFUL_NEVER),
    ("crispr-sickle-cell-cells-spun.md",
     ("species_extrapolation", "novelty_claim", "number_mismatch", "certainty_overstatement"),
     ()),
    ("school-start-time-natural-experiment-faithful.md", (), FAITHFUL_NEVER),
    ("school-start-time-natural-experiment-spun.md",
     ("certainty_overstatement", "number_mismatch", "population_generalization",
      "advice_not_in_source"), ()),
    # twentieth round (twelfth session)
    ("sccs-vaccine-febrile-seizure-faithful.md", (), FAITHFUL_NEVER),
    ("sccs-vaccine-febrile-seizure-spun.md",
     ("number_mismatch", "certainty_overstatement", "advice_not_in_source"), ()),
    ("aspirin-older-adults-bleeding-rct-faithful.md", (), FAITHFUL_NEVER),
    ("aspirin-older-adults-bleeding-rct-spun.md", ("number_mismatch", "advice_not_in_source"),
     ()),
    ("rice-drought-gene-edit-field-faithful.md", (), FAITHFUL_NEVER),
    ("rice-drought-gene-edit-field-spun.md",
     ("certainty_overstatement", "unsupported_claim", "advice_not_in_source"), ()),
    ("dbs-ocd-case-report-faithful.md", (), FAITHFUL_NEVER),
    ("dbs-ocd-case-report-spun.md", ("novelty_claim", "causal_overstatement", "number_mismatch"),
     ()),
    ("coral-bleaching-reef-survey-faithful.md", (), FAITHFUL_NEVER),
    ("coral-bleaching-reef-survey-spun.md",
     ("population_generalization", "causal_overstatement", "advice_not_in_source"), ()),
    ("marathon-troponin-prepost-faithful.md", (), FAITHFUL_NEVER),
    ("marathon-troponin-prepost-spun.md",
     ("certainty_overstatement", "population_generalization", "advice_not_in_source"), ()),
    ("polygenic-score-heart-prediction-faithful.md", (), FAITHFUL_NEVER),
    ("polygenic-score-heart-prediction-spun.md",
     ("number_mismatch", "advice_not_in_source", "unsupported_claim"), ()),
    # twenty-first round (twelfth session)
    ("ancient-dna-farming-migration-faithful.md", (), FAITHFUL_NEVER),
    ("ancient-dna-farming-migration-spun.md", ("certainty_overstatement", "number_mismatch"), ()),
    ("sauna-cohort-mortality-faithful.md", (), FAITHFUL_NEVER),
    ("sauna-cohort-mortality-spun.md",
     ("causal_overstatement", "certainty_overstatement", "population_generalization"), ()),
    ("nicotine-pouch-gum-cells-faithful.md", (), FAITHFUL_NEVER),
    ("nicotine-pouch-gum-cells-spun.md",
     ("certainty_overstatement", "species_extrapolation", "advice_not_in_source"), ()),
    ("bariatric-surgery-propensity-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("bariatric-surgery-propensity-cohort-spun.md",
     ("causal_overstatement", "number_mismatch", "certainty_overstatement",
      "advice_not_in_source"), ()),
    ("nitrate-bp-n-of-1-series-faithful.md", (), FAITHFUL_NEVER),
    ("nitrate-bp-n-of-1-series-spun.md", ("certainty_overstatement", "advice_not_in_source"), ()),
    ("octopus-pain-behaviour-faithful.md", (), FAITHFUL_NEVER),
    ("octopus-pain-behaviour-spun.md",
     ("certainty_overstatement", "number_mismatch", "advice_not_in_source"), ()),
    ("cash-transfer-child-growth-cluster-rct-faithful.md", (), FAITHFUL_NEVER),
    ("cash-transfer-child-growth-cluster-rct-spun.md",
     ("number_mismatch", "contradicted_claim", "certainty_overstatement",
      "advice_not_in_source"), ()),
    # twenty-second round (twelfth session)
    ("newborn-hearing-screening-cost-faithful.md", (), FAITHFUL_NEVER),
    ("newborn-hearing-screening-cost-spun.md",
     ("certainty_overstatement", "advice_not_in_source"), ()),
    ("yoga-back-pain-noninferiority-faithful.md", (), FAITHFUL_NEVER),
    ("yoga-back-pain-noninferiority-spun.md",
     ("number_mismatch", "population_generalization", "advice_not_in_source"), ()),
    ("lead-pipe-replacement-blood-lead-faithful.md", (), FAITHFUL_NEVER),
    ("lead-pipe-replacement-blood-lead-spun.md", ("causal_overstatement", "number_mismatch"),
     ()),
    ("chytrid-frog-probiotic-field-faithful.md", (), FAITHFUL_NEVER),
    ("chytrid-frog-probiotic-field-spun.md", ("number_mismatch", "advice_not_in_source"), ()),
    ("shingles-vaccine-dementia-natural-experiment-faithful.md", (), FAITHFUL_NEVER),
    ("shingles-vaccine-dementia-natural-experiment-spun.md",
     ("number_mismatch", "causal_overstatement", "advice_not_in_source"), ()),
    ("ai-mammography-screening-rct-faithful.md", (), FAITHFUL_NEVER),
    ("ai-mammography-screening-rct-spun.md", ("certainty_overstatement",), ()),
    ("sourdough-bread-glucose-crossover-faithful.md", (), FAITHFUL_NEVER),
    ("sourdough-bread-glucose-crossover-spun.md", ("advice_not_in_source",), ()),
    # the twenty-third round (tests/fixtures/spun/README.md)
    ("twin-heritability-loneliness-faithful.md", (), FAITHFUL_NEVER),
    ("twin-heritability-loneliness-spun.md",
     ("certainty_overstatement", "contradicted_claim", "population_generalization"), ()),
    ("faers-disproportionality-signal-faithful.md", (), FAITHFUL_NEVER),
    ("faers-disproportionality-signal-spun.md",
     ("advice_not_in_source", "causal_overstatement", "certainty_overstatement",
      "number_mismatch"), ()),
    ("liquid-biopsy-case-control-accuracy-faithful.md", (), FAITHFUL_NEVER),
    ("liquid-biopsy-case-control-accuracy-spun.md",
     ("advice_not_in_source", "number_mismatch", "unsupported_claim"), ()),
    ("power-posing-lab-experiment-faithful.md", (), FAITHFUL_NEVER),
    ("power-posing-lab-experiment-spun.md",
     ("certainty_overstatement", "contradicted_claim", "number_mismatch",
      "population_generalization"), ()),
    ("glacier-melt-satellite-trend-faithful.md", (), FAITHFUL_NEVER),
    ("glacier-melt-satellite-trend-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch"), ()),
    ("rapamycin-dog-heart-pilot-faithful.md", (), FAITHFUL_NEVER),
    ("rapamycin-dog-heart-pilot-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "contradicted_claim",
      "number_mismatch"), ()),
    ("speech-parkinsons-ml-internal-validation-faithful.md", (), FAITHFUL_NEVER),
    ("speech-parkinsons-ml-internal-validation-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch",
      "population_generalization"), ()),
    # the twenty-fourth round
    ("nurse-staffing-mortality-panel-faithful.md", (), FAITHFUL_NEVER),
    ("nurse-staffing-mortality-panel-spun.md",
     ("advice_not_in_source", "causal_overstatement", "certainty_overstatement"), ()),
    ("cognitive-training-app-rct-faithful.md", (), FAITHFUL_NEVER),
    ("cognitive-training-app-rct-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "contradicted_claim"), ()),
    ("seaweed-cattle-methane-trial-faithful.md", (), FAITHFUL_NEVER),
    # ("held up ... right through to the last" where the effect waned: a limitation denied
    # since round 34, an unsupported claim before)
    ("seaweed-cattle-methane-trial-spun.md",
     ("contradicted_claim", "number_mismatch", "certainty_overstatement"), ()),
    ("hpv-self-sampling-uptake-rct-faithful.md", (), FAITHFUL_NEVER),
    ("hpv-self-sampling-uptake-rct-spun.md",
     ("advice_not_in_source", "number_mismatch", "population_generalization"), ()),
    ("lithium-water-suicide-ecological-faithful.md", (), FAITHFUL_NEVER),
    ("lithium-water-suicide-ecological-spun.md",
     ("advice_not_in_source", "causal_overstatement", "certainty_overstatement"), ()),
    ("cpap-sleep-apnea-cardio-rct-faithful.md", (), FAITHFUL_NEVER),
    ("cpap-sleep-apnea-cardio-rct-spun.md",
     ("advice_not_in_source", "causal_overstatement", "population_generalization"), ()),
    ("fmt-autism-open-label-faithful.md", (), FAITHFUL_NEVER),
    ("fmt-autism-open-label-spun.md",
     ("advice_not_in_source", "causal_overstatement", "number_mismatch"), ()),
    # the twenty-fifth round
    ("plant-milk-child-height-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("plant-milk-child-height-cohort-spun.md",
     ("advice_not_in_source", "causal_overstatement", "certainty_overstatement"), ()),
    ("antiviral-flu-household-transmission-rct-faithful.md", (), FAITHFUL_NEVER),
    ("antiviral-flu-household-transmission-rct-spun.md", ("certainty_overstatement",), ()),
    ("bird-window-collision-markers-faithful.md", (), FAITHFUL_NEVER),
    ("bird-window-collision-markers-spun.md",
     ("advice_not_in_source", "number_mismatch", "population_generalization"), ()),
    ("ketamine-depression-trials-meta-faithful.md", (), FAITHFUL_NEVER),
    ("ketamine-depression-trials-meta-spun.md", ("advice_not_in_source",), ()),
    ("nanoplastic-mouse-brain-behaviour-faithful.md", (), FAITHFUL_NEVER),
    ("nanoplastic-mouse-brain-behaviour-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch"), ()),
    ("remote-work-wellbeing-panel-survey-faithful.md", (), FAITHFUL_NEVER),
    ("remote-work-wellbeing-panel-survey-spun.md",
     ("advice_not_in_source", "causal_overstatement", "number_mismatch",
      "population_generalization"), ()),
    ("gas-stove-induction-asthma-pilot-faithful.md", (), FAITHFUL_NEVER),
    ("gas-stove-induction-asthma-pilot-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "contradicted_claim",
      "number_mismatch"), ()),
    # round 26 (fourteenth session)
    ("bed-net-malaria-cluster-rct-faithful.md", (), FAITHFUL_NEVER),
    ("bed-net-malaria-cluster-rct-spun.md",
     ("advice_not_in_source", "certainty_overstatement",
      "number_mismatch", "population_generalization"), ()),
    ("glp1-alcohol-target-trial-emulation-faithful.md", (), FAITHFUL_NEVER),
    ("glp1-alcohol-target-trial-emulation-spun.md",
     ("causal_overstatement", "contradicted_claim",
      "number_mismatch", "population_generalization"), ()),
    ("music-therapy-preterm-infant-rct-faithful.md", (), FAITHFUL_NEVER),
    ("music-therapy-preterm-infant-rct-spun.md",
     ("advice_not_in_source", "contradicted_claim", "number_mismatch"), ()),
    ("sepsis-ml-external-validation-faithful.md", (), FAITHFUL_NEVER),
    ("sepsis-ml-external-validation-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch"), ()),
    ("sperm-count-decline-meta-regression-faithful.md", (), FAITHFUL_NEVER),
    ("sperm-count-decline-meta-regression-spun.md",
     ("advice_not_in_source", "certainty_overstatement",
      "number_mismatch", "unsupported_claim"), ()),
    ("supplement-label-accuracy-lab-analysis-faithful.md", (), FAITHFUL_NEVER),
    ("supplement-label-accuracy-lab-analysis-spun.md",
     ("advice_not_in_source", "certainty_overstatement",
      "contradicted_claim", "number_mismatch"), ()),
    ("synthetic-control-minimum-wage-infant-health-faithful.md", (), FAITHFUL_NEVER),
    ("synthetic-control-minimum-wage-infant-health-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch"), ()),
    # round 27 (fourteenth session)
    ("cochlear-implant-cognition-older-adults-faithful.md", (), FAITHFUL_NEVER),
    ("cochlear-implant-cognition-older-adults-spun.md",
     ("causal_overstatement", "certainty_overstatement",
      "number_mismatch", "population_generalization"), ()),
    ("gene-drive-mosquito-cage-trial-faithful.md", (), FAITHFUL_NEVER),
    ("gene-drive-mosquito-cage-trial-spun.md",
     ("advice_not_in_source", "certainty_overstatement"), ()),
    ("genomic-newborn-screening-feasibility-faithful.md", (), FAITHFUL_NEVER),
    ("genomic-newborn-screening-feasibility-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch"), ()),
    ("gut-microbiome-depression-population-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("gut-microbiome-depression-population-cohort-spun.md",
     ("advice_not_in_source", "causal_overstatement",
      "number_mismatch", "population_generalization"), ()),
    ("home-energy-feedback-rct-faithful.md", (), FAITHFUL_NEVER),
    ("home-energy-feedback-rct-spun.md",
     ("advice_not_in_source", "certainty_overstatement"), ()),
    ("instrumental-variable-cardiac-cath-elderly-faithful.md", (), FAITHFUL_NEVER),
    ("instrumental-variable-cardiac-cath-elderly-spun.md",
     ("advice_not_in_source", "certainty_overstatement",
      "number_mismatch", "population_generalization"), ()),
    ("prostate-mri-screening-rct-faithful.md", (), FAITHFUL_NEVER),
    ("prostate-mri-screening-rct-spun.md",
     ("advice_not_in_source", "certainty_overstatement",
      "number_mismatch", "unsupported_claim"), ()),
    # round 28 (fourteenth session)
    ("diet-app-energy-intake-validation-faithful.md", (), FAITHFUL_NEVER),
    ("diet-app-energy-intake-validation-spun.md",
     ("advice_not_in_source", "certainty_overstatement"), ()),
    ("heatwave-attribution-climate-models-faithful.md", (), FAITHFUL_NEVER),
    ("heatwave-attribution-climate-models-spun.md",
     ("certainty_overstatement",), ()),
    ("insurance-lottery-natural-experiment-faithful.md", (), FAITHFUL_NEVER),
    ("insurance-lottery-natural-experiment-spun.md",
     ("advice_not_in_source", "contradicted_claim", "unsupported_claim"), ()),
    ("nanoparticle-drug-rat-pharmacokinetics-faithful.md", (), FAITHFUL_NEVER),
    ("nanoparticle-drug-rat-pharmacokinetics-spun.md",
     ("certainty_overstatement", "number_mismatch", "species_extrapolation"), ()),
    ("pig-kidney-xenotransplant-case-report-faithful.md", (), FAITHFUL_NEVER),
    ("pig-kidney-xenotransplant-case-report-spun.md",
     ("novelty_claim", "number_mismatch"), ()),
    ("relative-age-adhd-regression-discontinuity-faithful.md", (), FAITHFUL_NEVER),
    ("relative-age-adhd-regression-discontinuity-spun.md",
     ("certainty_overstatement", "number_mismatch", "population_generalization"), ()),
    ("vitamin-d-colorectal-case-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("vitamin-d-colorectal-case-cohort-spun.md",
     ("advice_not_in_source", "causal_overstatement",
      "certainty_overstatement", "number_mismatch"), ()),
    # round 29 (fifteenth session)
    ("bystander-cpr-registry-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("bystander-cpr-registry-cohort-spun.md",
     ("advice_not_in_source", "causal_overstatement", "number_mismatch",
      "population_generalization"), ()),
    ("delphi-consensus-long-covid-definition-faithful.md", (), FAITHFUL_NEVER),
    ("delphi-consensus-long-covid-definition-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "population_generalization"), ()),
    ("exome-sequencing-rare-disease-diagnostic-yield-faithful.md", (), FAITHFUL_NEVER),
    ("exome-sequencing-rare-disease-diagnostic-yield-spun.md",
     ("advice_not_in_source", "novelty_claim", "number_mismatch", "unsupported_claim"), ()),
    ("network-meta-analysis-migraine-preventives-faithful.md", (), FAITHFUL_NEVER),
    ("network-meta-analysis-migraine-preventives-spun.md",
     ("advice_not_in_source", "contradicted_claim", "population_generalization"), ()),
    ("open-label-placebo-ibs-rct-faithful.md", (), FAITHFUL_NEVER),
    ("open-label-placebo-ibs-rct-spun.md",
     ("advice_not_in_source", "contradicted_claim", "novelty_claim", "number_mismatch"), ()),
    ("stem-cell-parkinsons-phase1-faithful.md", (), FAITHFUL_NEVER),
    ("stem-cell-parkinsons-phase1-spun.md",
     ("certainty_overstatement", "number_mismatch"), ()),
    ("wolf-reintroduction-willow-browsing-faithful.md", (), FAITHFUL_NEVER),
    ("wolf-reintroduction-willow-browsing-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch"), ()),
    # round 30 (fifteenth session)
    ("covid-brain-imaging-longitudinal-faithful.md", (), FAITHFUL_NEVER),
    ("covid-brain-imaging-longitudinal-spun.md",
     ("advice_not_in_source", "causal_overstatement", "number_mismatch",
      "population_generalization"), ()),
    ("discrete-choice-vaccine-preferences-faithful.md", (), FAITHFUL_NEVER),
    ("discrete-choice-vaccine-preferences-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "contradicted_claim",
      "number_mismatch"), ()),
    ("ferret-h5n1-airborne-transmission-faithful.md", (), FAITHFUL_NEVER),
    ("ferret-h5n1-airborne-transmission-spun.md",
     ("advice_not_in_source", "species_extrapolation", "unsupported_claim"), ()),
    ("psilocybin-depression-phase2-dose-finding-faithful.md", (), FAITHFUL_NEVER),
    ("psilocybin-depression-phase2-dose-finding-spun.md",
     ("advice_not_in_source", "contradicted_claim", "population_generalization"), ()),
    ("retinal-age-gap-deep-learning-mortality-faithful.md", (), FAITHFUL_NEVER),
    ("retinal-age-gap-deep-learning-mortality-spun.md",
     ("advice_not_in_source", "causal_overstatement", "population_generalization"), ()),
    ("salt-substitute-stroke-cluster-rct-faithful.md", (), FAITHFUL_NEVER),
    ("salt-substitute-stroke-cluster-rct-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch",
      "population_generalization"), ()),
    ("soil-carbon-regenerative-paired-farms-faithful.md", (), FAITHFUL_NEVER),
    ("soil-carbon-regenerative-paired-farms-spun.md",
     ("certainty_overstatement", "number_mismatch"), ()),
    # round 31 (fifteenth session)
    ("antibiotic-prescribing-letters-rct-faithful.md", (), FAITHFUL_NEVER),
    ("antibiotic-prescribing-letters-rct-spun.md", ("certainty_overstatement",), ()),
    ("autism-prevalence-surveillance-trend-faithful.md", (), FAITHFUL_NEVER),
    ("autism-prevalence-surveillance-trend-spun.md",
     ("advice_not_in_source", "number_mismatch", "population_generalization"), ()),
    ("cord-clamping-preterm-ipd-meta-analysis-faithful.md", (), FAITHFUL_NEVER),
    ("cord-clamping-preterm-ipd-meta-analysis-spun.md",
     ("advice_not_in_source", "number_mismatch", "population_generalization"), ()),
    ("crowdfunding-cancer-campaigns-content-analysis-faithful.md", (), FAITHFUL_NEVER),
    ("crowdfunding-cancer-campaigns-content-analysis-spun.md",
     ("advice_not_in_source", "unsupported_claim"), ()),
    ("microplastic-tap-water-boiling-lab-faithful.md", (), FAITHFUL_NEVER),
    ("microplastic-tap-water-boiling-lab-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch"), ()),
    ("smartwatch-sleep-staging-validation-faithful.md", (), FAITHFUL_NEVER),
    ("smartwatch-sleep-staging-validation-spun.md",
     ("certainty_overstatement", "unsupported_claim"), ()),
    ("urban-tree-canopy-heat-satellite-faithful.md", (), FAITHFUL_NEVER),
    ("urban-tree-canopy-heat-satellite-spun.md",
     ("advice_not_in_source", "causal_overstatement", "certainty_overstatement"), ()),
    # round 32: a factorial trial, a reader study, a brain-computer interface, ozone
    # chambers, a paternal registry cohort, river sampling, a survey experiment
    ("ai-fracture-reader-study-mrmc-faithful.md", (), FAITHFUL_NEVER),
    ("ai-fracture-reader-study-mrmc-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch",
      "population_generalization"), ()),
    ("misinformation-correction-survey-experiment-faithful.md", (), FAITHFUL_NEVER),
    ("misinformation-correction-survey-experiment-spun.md",
     ("advice_not_in_source", "contradicted_claim", "number_mismatch"), ()),
    ("ozone-wheat-open-top-chambers-faithful.md", (), FAITHFUL_NEVER),
    ("ozone-wheat-open-top-chambers-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch",
      "unsupported_claim"), ()),
    ("paternal-valproate-registry-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("paternal-valproate-registry-cohort-spun.md",
     ("advice_not_in_source", "causal_overstatement", "certainty_overstatement",
      "number_mismatch"), ()),
    ("river-resistance-genes-wastewater-outfalls-faithful.md", (), FAITHFUL_NEVER),
    ("river-resistance-genes-wastewater-outfalls-spun.md",
     ("advice_not_in_source", "unsupported_claim"), ()),
    ("screening-invitation-nudges-factorial-rct-faithful.md", (), FAITHFUL_NEVER),
    ("screening-invitation-nudges-factorial-rct-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "contradicted_claim",
      "number_mismatch"), ()),
    ("speech-bci-single-participant-als-faithful.md", (), FAITHFUL_NEVER),
    ("speech-bci-single-participant-als-spun.md",
     ("advice_not_in_source", "number_mismatch", "population_generalization",
      "unsupported_claim"), ()),
    # round 33: an event study, a cell atlas, sham surgery, camera traps, posts read by a
    # classifier, heat pumps in the field, an antibody for infants
    ("camera-trap-lynx-roads-occupancy-faithful.md", (), FAITHFUL_NEVER),
    ("camera-trap-lynx-roads-occupancy-spun.md",
     ("advice_not_in_source", "causal_overstatement"), ()),
    ("heat-pump-cold-climate-field-monitoring-faithful.md", (), FAITHFUL_NEVER),
    ("heat-pump-cold-climate-field-monitoring-spun.md",
     ("advice_not_in_source", "unsupported_claim"), ()),
    ("hospital-mergers-event-study-mortality-faithful.md", (), FAITHFUL_NEVER),
    ("hospital-mergers-event-study-mortality-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch",
      "population_generalization"), ()),
    ("rsv-antibody-infants-phase3-faithful.md", (), FAITHFUL_NEVER),
    ("rsv-antibody-infants-phase3-spun.md",
     ("certainty_overstatement", "contradicted_claim", "number_mismatch",
      "population_generalization"), ()),
    ("sham-surgery-shoulder-decompression-rct-faithful.md", (), FAITHFUL_NEVER),
    ("sham-surgery-shoulder-decompression-rct-spun.md",
     ("advice_not_in_source", "contradicted_claim", "population_generalization"), ()),
    ("single-cell-atlas-endometriosis-lesions-faithful.md", (), FAITHFUL_NEVER),
    ("single-cell-atlas-endometriosis-lesions-spun.md",
     ("advice_not_in_source", "causal_overstatement", "population_generalization"), ()),
    ("vaccine-tweets-nlp-sentiment-trend-faithful.md", (), FAITHFUL_NEVER),
    ("vaccine-tweets-nlp-sentiment-trend-spun.md",
     ("advice_not_in_source", "causal_overstatement", "number_mismatch",
      "unsupported_claim"), ()),
    # round 34: a blood test's accuracy, teenagers' hearing, a pharmacy brochure trial, a
    # flood model, a claims cohort, bees in a city, a VR app against a waitlist
    ("blood-ptau217-alzheimers-diagnostic-accuracy-faithful.md", (), FAITHFUL_NEVER),
    ("blood-ptau217-alzheimers-diagnostic-accuracy-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch",
      "population_generalization"), ()),
    ("headphone-use-hearing-loss-teens-crosssectional-faithful.md", (), FAITHFUL_NEVER),
    ("headphone-use-hearing-loss-teens-crosssectional-spun.md",
     ("advice_not_in_source", "causal_overstatement", "certainty_overstatement",
      "number_mismatch"), ()),
    ("pharmacist-deprescribing-benzodiazepines-cluster-rct-faithful.md", (), FAITHFUL_NEVER),
    ("pharmacist-deprescribing-benzodiazepines-cluster-rct-spun.md",
     ("advice_not_in_source", "unsupported_claim"), ()),
    ("sea-level-coastal-flooding-projection-faithful.md", (), FAITHFUL_NEVER),
    ("sea-level-coastal-flooding-projection-spun.md",
     ("advice_not_in_source", "certainty_overstatement"), ()),
    ("sglt2-kidney-stones-active-comparator-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("sglt2-kidney-stones-active-comparator-cohort-spun.md",
     ("causal_overstatement", "certainty_overstatement", "number_mismatch"), ()),
    ("urban-gardens-wild-bee-diversity-survey-faithful.md", (), FAITHFUL_NEVER),
    ("urban-gardens-wild-bee-diversity-survey-spun.md",
     ("advice_not_in_source", "causal_overstatement", "certainty_overstatement",
      "number_mismatch"), ()),
    ("vr-exposure-fear-of-heights-waitlist-rct-faithful.md", (), FAITHFUL_NEVER),
    ("vr-exposure-fear-of-heights-waitlist-rct-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch",
      "unsupported_claim"), ()),
    # round 35: biochar in pots, water on a sub-Neptune, ICU noise, melatonin and delirium,
    # PRP for knees, a consent app in schools, ultra-processed food and adenomas
    ("biochar-tomato-drought-greenhouse-faithful.md", (), FAITHFUL_NEVER),
    ("biochar-tomato-drought-greenhouse-spun.md", ("advice_not_in_source",), ()),
    ("exoplanet-water-vapour-transmission-spectrum-faithful.md", (), FAITHFUL_NEVER),
    ("exoplanet-water-vapour-transmission-spectrum-spun.md",
     ("certainty_overstatement", "novelty_claim"), ()),
    ("icu-noise-sleep-observational-audit-faithful.md", (), FAITHFUL_NEVER),
    ("icu-noise-sleep-observational-audit-spun.md",
     ("advice_not_in_source", "number_mismatch", "population_generalization"), ()),
    ("melatonin-postoperative-delirium-rct-faithful.md", (), FAITHFUL_NEVER),
    ("melatonin-postoperative-delirium-rct-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "contradicted_claim"), ()),
    ("prp-knee-osteoarthritis-meta-analysis-faithful.md", (), FAITHFUL_NEVER),
    ("prp-knee-osteoarthritis-meta-analysis-spun.md",
     ("advice_not_in_source", "certainty_overstatement"), ()),
    ("school-based-hpv-vaccination-consent-app-rct-faithful.md", (), FAITHFUL_NEVER),
    ("school-based-hpv-vaccination-consent-app-rct-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "contradicted_claim",
      "number_mismatch"), ()),
    ("ultra-processed-food-colorectal-adenoma-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("ultra-processed-food-colorectal-adenoma-cohort-spun.md",
     ("advice_not_in_source", "population_generalization"), ()),
    # round 36
    ("tranexamic-acid-head-injury-rct-faithful.md", (), FAITHFUL_NEVER),
    ("tranexamic-acid-head-injury-rct-spun.md",
     ("certainty_overstatement", "contradicted_claim", "number_mismatch", "unsupported_claim"), ()),
    ("seagrass-restoration-carbon-chronosequence-faithful.md", (), FAITHFUL_NEVER),
    ("seagrass-restoration-carbon-chronosequence-spun.md",
     ("advice_not_in_source", "causal_overstatement",
      "certainty_overstatement", "number_mismatch"), ()),
    ("poultry-farm-resistant-ecoli-crosssectional-faithful.md", (), FAITHFUL_NEVER),
    ("poultry-farm-resistant-ecoli-crosssectional-spun.md",
     ("advice_not_in_source", "causal_overstatement",
      "certainty_overstatement", "number_mismatch"), ()),
    ("smartphone-overuse-scale-psychometric-validation-faithful.md", (), FAITHFUL_NEVER),
    ("smartphone-overuse-scale-psychometric-validation-spun.md",
     ("advice_not_in_source", "population_generalization", "unsupported_claim"), ()),
    ("caesarean-infant-microbiome-birth-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("caesarean-infant-microbiome-birth-cohort-spun.md",
     ("advice_not_in_source", "causal_overstatement", "contradicted_claim", "number_mismatch"), ()),
    ("heat-stress-sugarcane-workers-kidney-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("heat-stress-sugarcane-workers-kidney-cohort-spun.md",
     ("advice_not_in_source", "causal_overstatement", "number_mismatch"), ()),
    ("mobile-stroke-unit-alternating-weeks-faithful.md", (), FAITHFUL_NEVER),
    ("mobile-stroke-unit-alternating-weeks-spun.md",
     ("advice_not_in_source", "causal_overstatement",
      "certainty_overstatement", "number_mismatch"), ()),
    # round 37
    ("antipsychotic-dementia-stroke-self-controlled-faithful.md", (), FAITHFUL_NEVER),
    ("antipsychotic-dementia-stroke-self-controlled-spun.md",
     ("advice_not_in_source", "certainty_overstatement",
      "number_mismatch", "population_generalization"), ()),
    ("cystatin-c-egfr-equation-development-validation-faithful.md", (), FAITHFUL_NEVER),
    ("cystatin-c-egfr-equation-development-validation-spun.md",
     ("advice_not_in_source", "novelty_claim", "population_generalization"), ()),
    ("four-day-week-trial-companies-before-after-faithful.md", (), FAITHFUL_NEVER),
    ("four-day-week-trial-companies-before-after-spun.md",
     ("causal_overstatement", "certainty_overstatement",
      "number_mismatch", "population_generalization"), ()),
    ("iron-supplement-anaemia-pregnancy-rct-faithful.md", (), FAITHFUL_NEVER),
    ("iron-supplement-anaemia-pregnancy-rct-spun.md",
     ("advice_not_in_source", "number_mismatch", "unsupported_claim"), ()),
    ("light-pollution-moth-pollination-field-experiment-faithful.md", (), FAITHFUL_NEVER),
    ("light-pollution-moth-pollination-field-experiment-spun.md",
     ("advice_not_in_source", "certainty_overstatement"), ()),
    ("mouse-microglia-sleep-optogenetics-faithful.md", (), FAITHFUL_NEVER),
    ("mouse-microglia-sleep-optogenetics-spun.md",
     ("certainty_overstatement", "number_mismatch",
      "population_generalization", "species_extrapolation"), ()),
    ("wind-turbine-bat-curtailment-bace-faithful.md", (), FAITHFUL_NEVER),
    ("wind-turbine-bat-curtailment-bace-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch"), ()),
    # round 38
    ("hip-fracture-surgery-timing-registry-faithful.md", (), FAITHFUL_NEVER),
    ("hip-fracture-surgery-timing-registry-spun.md",
     ("advice_not_in_source", "causal_overstatement",
      "certainty_overstatement", "number_mismatch"), ()),
    ("air-purifier-pregnancy-birthweight-rct-faithful.md", (), FAITHFUL_NEVER),
    ("air-purifier-pregnancy-birthweight-rct-spun.md",
     ("advice_not_in_source", "contradicted_claim", "number_mismatch", "unsupported_claim"), ()),
    ("dengue-wolbachia-cluster-rct-faithful.md", (), FAITHFUL_NEVER),
    ("dengue-wolbachia-cluster-rct-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "population_generalization"), ()),
    ("rodenticide-owls-liver-residues-faithful.md", (), FAITHFUL_NEVER),
    ("rodenticide-owls-liver-residues-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch"), ()),
    ("bilingualism-dementia-onset-retrospective-faithful.md", (), FAITHFUL_NEVER),
    ("bilingualism-dementia-onset-retrospective-spun.md",
     ("advice_not_in_source", "causal_overstatement",
      "certainty_overstatement", "number_mismatch"), ()),
    ("ocean-acidification-oyster-larvae-mesocosm-faithful.md", (), FAITHFUL_NEVER),
    ("ocean-acidification-oyster-larvae-mesocosm-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch"), ()),
    ("early-peanut-introduction-allergy-followup-faithful.md", (), FAITHFUL_NEVER),
    ("early-peanut-introduction-allergy-followup-spun.md",
     ("advice_not_in_source", "certainty_overstatement",
      "population_generalization", "unsupported_claim"), ()),
    # round 39
    ("ivermectin-covid-outpatient-rct-faithful.md", (), FAITHFUL_NEVER),
    ("ivermectin-covid-outpatient-rct-spun.md",
     ("advice_not_in_source", "contradicted_claim", "population_generalization"), ()),
    ("bike-lanes-cyclist-injuries-did-faithful.md", (), FAITHFUL_NEVER),
    ("bike-lanes-cyclist-injuries-did-spun.md",
     ("advice_not_in_source", "certainty_overstatement",
      "number_mismatch", "population_generalization"), ()),
    ("placebo-analgesia-expectation-lab-faithful.md", (), FAITHFUL_NEVER),
    ("placebo-analgesia-expectation-lab-spun.md",
     ("advice_not_in_source", "number_mismatch", "unsupported_claim"), ()),
    ("sodium-urine-cardiovascular-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("sodium-urine-cardiovascular-cohort-spun.md",
     ("advice_not_in_source", "causal_overstatement", "certainty_overstatement"), ()),
    ("heat-tolerant-coral-symbiont-tank-faithful.md", (), FAITHFUL_NEVER),
    ("heat-tolerant-coral-symbiont-tank-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch"), ()),
    ("weight-loss-drug-budget-microsimulation-faithful.md", (), FAITHFUL_NEVER),
    ("weight-loss-drug-budget-microsimulation-spun.md",
     ("advice_not_in_source", "certainty_overstatement",
      "number_mismatch", "unsupported_claim"), ()),
    ("honey-antibiotic-residues-market-survey-faithful.md", (), FAITHFUL_NEVER),
    ("honey-antibiotic-residues-market-survey-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch"), ()),
    # round 40
    ("pulse-oximeter-skin-tone-bias-retrospective-faithful.md", (), FAITHFUL_NEVER),
    ("pulse-oximeter-skin-tone-bias-retrospective-spun.md",
     ("advice_not_in_source", "certainty_overstatement", "number_mismatch"), ()),
    ("tdap-pregnancy-infant-pertussis-casecontrol-faithful.md", (), FAITHFUL_NEVER),
    ("tdap-pregnancy-infant-pertussis-casecontrol-spun.md",
     ("certainty_overstatement", "number_mismatch", "unsupported_claim"), ()),
    ("psoriasis-biologic-headtohead-rct-faithful.md", (), FAITHFUL_NEVER),
    ("psoriasis-biologic-headtohead-rct-spun.md",
     ("advice_not_in_source", "certainty_overstatement",
      "contradicted_claim", "number_mismatch"), ()),
    ("fracking-birth-outcomes-distance-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("fracking-birth-outcomes-distance-cohort-spun.md",
     ("advice_not_in_source", "causal_overstatement",
      "certainty_overstatement", "contradicted_claim"), ()),
    ("salmon-farm-sea-lice-wild-juveniles-faithful.md", (), FAITHFUL_NEVER),
    ("salmon-farm-sea-lice-wild-juveniles-spun.md",
     ("advice_not_in_source", "causal_overstatement", "number_mismatch", "unsupported_claim"), ()),
    ("mouse-young-blood-parabiosis-faithful.md", (), FAITHFUL_NEVER),
    ("mouse-young-blood-parabiosis-spun.md",
     ("advice_not_in_source", "certainty_overstatement",
      "number_mismatch", "unsupported_claim"), ()),
    ("eeg-neurofeedback-adhd-sham-rct-faithful.md", (), FAITHFUL_NEVER),
    ("eeg-neurofeedback-adhd-sham-rct-spun.md",
     ("advice_not_in_source", "contradicted_claim", "unsupported_claim"), ()),
    # round 41
    ("antibiotic-infancy-obesity-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("antibiotic-infancy-obesity-cohort-spun.md",
     ("advice_not_in_source", "causal_overstatement",
      "certainty_overstatement", "number_mismatch"), ()),
    ("cataract-surgery-dementia-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("cataract-surgery-dementia-cohort-spun.md",
     ("advice_not_in_source", "causal_overstatement",
      "number_mismatch", "population_generalization"), ()),
    ("ct-scan-childhood-cancer-cohort-faithful.md", (), FAITHFUL_NEVER),
    ("ct-scan-childhood-cancer-cohort-spun.md",
     ("advice_not_in_source", "causal_overstatement",
      "certainty_overstatement", "number_mismatch"), ()),
    ("dental-flossing-periodontitis-crosssectional-faithful.md", (), FAITHFUL_NEVER),
    ("dental-flossing-periodontitis-crosssectional-spun.md",
     ("causal_overstatement", "certainty_overstatement", "number_mismatch"), ()),
    ("mediterranean-diet-pregnancy-preeclampsia-rct-faithful.md", (), FAITHFUL_NEVER),
    ("mediterranean-diet-pregnancy-preeclampsia-rct-spun.md",
     ("advice_not_in_source", "certainty_overstatement",
      "contradicted_claim", "number_mismatch"), ()),
    ("smartphone-app-asthma-adherence-rct-faithful.md", (), FAITHFUL_NEVER),
    ("smartphone-app-asthma-adherence-rct-spun.md",
     ("certainty_overstatement", "contradicted_claim",
      "number_mismatch", "population_generalization"), ()),
    ("wildfire-burn-scar-soil-erosion-field-faithful.md", (), FAITHFUL_NEVER),
    ("wildfire-burn-scar-soil-erosion-field-spun.md",
     ("advice_not_in_source", "certainty_overstatement",
      "contradicted_claim", "number_mismatch"), ()),
]  # fmt: skip


@pytest.mark.parametrize(("name", "fire", "never"), BLIND, ids=[b[0] for b in BLIND])
def test_blind_release_on_an_invented_abstract(
    name: str, fire: tuple[str, ...], never: tuple[str, ...]
) -> None:
    from spin.api import analyse
    from spin.release import read_release
    from spin.sources import SourceSettings, get_paper

    doc = read_release(str(FIXTURES / "spun" / name))
    # an HTML page has no front matter: its paper is the topic's abstract
    topic = name.rsplit("-", 1)[0]
    paper_path = doc.paper_path or str(FIXTURES / "spun" / f"{topic}.paper.md")
    paper = get_paper(paper_path, SourceSettings.from_env(offline=True))
    report = analyse(doc, paper)
    detail = [(f.code, f.severity, f.message) for f in report.findings]
    warned = {f.category for f in report.findings if SEVERITY_RANK[f.severity] >= 2}
    assert set(fire) <= warned, detail
    assert not (set(never) & warned), detail


def test_null_result_told_with_a_pro_form_is_not_contradicted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "hoping to protect their heart, and it did not do that" reports the null result.

    With an embedding aligner (here the built-in static model) the quote's best
    finding match is the paper's null result, so only the wording can tell."""
    from spin.api import analyse
    from spin.release import read_release
    from spin.sources import SourceSettings, get_paper

    monkeypatch.setenv("SPIN_ALIGN_EMBED", "1")
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "static")
    doc = read_release(str(QA / "null-rct-faithful.md"))
    paper = get_paper(str(QA / "null-rct-faithful.paper.md"), SourceSettings.from_env(offline=True))
    report = analyse(doc, paper)
    quote = next(s for s in doc.sentences if "did not do that" in s.text)
    a = next(a for a in report.alignment if a.sentence == quote.index)
    assert any("did not reduce" in paper.statements[m.statement].text for m in a.matches)
    assert not [f for f in report.findings if f.category == "contradicted_claim"]
    # the same sentence with the effect claimed is still flagged
    spun = "Fish oil protected the heart of older people in our trial."
    report = make_report(spun, paper)
    assert [f.code for f in report.findings if f.category == "contradicted_claim"] == ["U102"]


def test_unsupported_claim() -> None:
    report = make_report(
        "Text-message reminders improved attendance in a trial of 1,204 participants. "
        "The reminders also cured insomnia in shift workers.",
        SURVEY,
    )
    unsupported = [f for f in report.findings if f.category == "unsupported_claim"]
    assert [f.sentence for f in unsupported] == [1]


def test_status_rules() -> None:
    retracted = make_paper(
        SURVEY,
        status="retracted",
        notices=(StatusNotice("retraction", "publisher", "2024-01-02", "10.5555/x.retr"),),
    )
    report = make_report("Text-message reminders improved attendance.", retracted)
    assert report.findings[0].category == "paper_retracted"
    corrected = make_paper(SURVEY, notices=(StatusNotice("correction", "publisher"),))
    report = make_report("Text-message reminders improved attendance.", corrected)
    assert "paper_corrected" in categories(report)


# --------------------------------------------------------------------------- selection


@pytest.mark.parametrize("r", ALL_RULES, ids=[r.code for r in ALL_RULES])
def test_every_rule_is_selectable_and_ignorable(r: object) -> None:
    from spin.rules.base import Rule

    assert isinstance(r, Rule)
    for key in (r.code, r.code.lower(), r.name):
        assert select_rules([key]) == (r,)
        assert r not in select_rules((), [key])
    by_category = select_rules([r.category])
    assert r in by_category and all(x.category == r.category for x in by_category)
    assert r not in select_rules((), [r.category])
    assert find_rule(r.code) is r and find_rule(r.name) is r


@pytest.mark.parametrize("r", ALL_RULES, ids=[r.code for r in ALL_RULES])
def test_rule_declaration(r: object) -> None:
    from spin.rules.base import Rule

    assert isinstance(r, Rule)
    assert r.name == r.name.lower() and " " not in r.name and "_" not in r.name
    assert r.category in CATEGORIES and r.severity in SEVERITY_RANK
    assert r.summary and len(r.summary) <= 80
    assert len(r.doc) > 200, "the docstring is the rule's documentation"
    assert any(ch.isdigit() for ch in r.doc), "cite the study the rule rests on (with its year)"


def test_codes_are_unique_and_grouped() -> None:
    codes = [r.code for r in ALL_RULES]
    assert len(codes) == len(set(codes))
    family = {"C": "causal", "K": "certainty", "P": ("species", "population"), "A": "advice",
              "N": "number", "H": ("hype", "novelty"), "O": "omitted", "U": ("unsupported",
              "contradicted"), "S": "paper"}  # fmt: skip
    for r in ALL_RULES:
        words = family[r.code[0]]
        assert any(w in r.category for w in ((words,) if isinstance(words, str) else words))


def test_selection_changes_what_runs() -> None:
    case = next(c for c in CASES if c.id == "hype-groundbreaking")
    only = make_report(case.release, case.paper, select=["H101"])
    assert {f.code for f in only.findings} == {"H101"}
    without = make_report(case.release, case.paper, ignore=["hype"])
    assert "hype" not in categories(without)


# --------------------------------------------------------------------------- the seed


def _seed_report(shared: Path) -> object:
    from spin.api import analyse
    from spin.release import read_release
    from spin.sources import SourceSettings, get_paper

    doc = read_release(str(shared / "seeds" / "ketamine-press-release.txt"))
    paper = get_paper(
        str(FIXTURES / "papers" / "ketamine-ajp-2018.json"), SourceSettings.from_env(offline=True)
    )
    return analyse(doc, paper)


def test_seed_release(shared: Path) -> None:
    from spin.model import Report

    report = _seed_report(shared)
    assert isinstance(report, Report)
    headline = report.release.sentences[0]
    assert headline.text == "New research: Ketamine activates opioid system to treat depression"
    on_headline = {f.category for f in report.findings if f.sentence == 0}
    assert on_headline & set(OVERSTATE), "the paper's conclusion is hedged ('suggest')"
    got = categories(report)
    assert "omitted_sample_size" not in got, "the release says twelve participants"
    assert "novelty_claim" in got  # "the first time ... in humans": not in the paper
    for f in report.findings:
        if f.release is not None:
            for word in ("Breakthrough", "Novel Approach", "Related Posts", "POPULAR"):
                assert word not in f.release.text
    # the cautions of the lead author and of the editorial are not advice beyond the paper
    advice = [f for f in report.findings if f.category == "advice_not_in_source"]
    assert not [f for f in advice if "cautio" in (f.release.text if f.release else "")]


def test_make_document_spans() -> None:
    doc = make_document('Headline here\n\nFirst sentence. "A quote here," said Dr Jane Smith.')
    assert doc.sentences[0].headline
    assert doc.sentences[2].quote and doc.sentences[2].speaker == "Dr Jane Smith"
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


def test_severities_are_sensible() -> None:
    """Faithful reporting is clean at warning level; the worst findings are errors."""
    case = next(c for c in CASES if c.id == "faithful")
    report = make_report(case.release, case.paper)
    assert not [f for f in report.findings if SEVERITY_RANK[f.severity] >= 2]


def test_docs_rules_md_is_in_sync() -> None:
    """docs/rules.md is generated from the rules' docstrings
    (``python -m spin.rules.catalog > docs/rules.md``)."""
    from conftest import ROOT

    from spin.rules.catalog import markdown

    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == markdown()


def test_readme_rules_table_lists_every_rule() -> None:
    """The README's table of rules names every rule, with its name, category and default
    severity, and says how many there are."""
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = {
        cells[0]: cells[1:4]
        for line in readme.splitlines()
        if line.startswith("| ")
        and len(cells := [c.strip(" `") for c in line.strip("|").split("|")]) == 4
        and cells[0][:1] in "SUCKPANHO"
        and cells[0][1:].isdigit()
    }
    assert rows == {r.code: [r.name, r.category, r.severity] for r in ALL_RULES}
    words = {17: "Seventeen", 18: "Eighteen", 19: "Nineteen", 20: "Twenty", 21: "Twenty-one"}
    assert f"{words[len(ALL_RULES)]} rules, one module per family" in readme


def test_causal_overstatement_is_info_when_the_model_is_unsure() -> None:
    """Out of fold, half of the strength model's direct-cause readings below 0.7 are
    wrong ("the biggest obstacles to improving patient care"): C101 says so, as info."""
    from spin.claims import analyze
    from spin.rules.causal import UNSURE

    survey = {
        "Methods": "In this cross-sectional study, we interviewed 20 staff and surveyed 100 "
        "outpatients at one hospital.",
        "Results": "Staff shortages and a lack of equipment were identified as major "
        "constraints to improving the quality of care.",
    }
    unsure = (
        "Too few staff, poor attitudes among some health workers and a lack of equipment are "
        "the biggest obstacles to improving patient care, a new study has found."
    )
    sure = "Hiring more nurses improves patient care, a new study has found."
    assert analyze(unsure).strength == 3 and analyze(unsure).strength_confidence < UNSURE
    assert analyze(sure).strength == 3 and analyze(sure).strength_confidence >= UNSURE
    for text, severity in ((unsure, "info"), (sure, "warning")):
        report = make_report(text, make_paper(survey))
        (c101,) = [f for f in report.findings if f.code == "C101"]
        assert c101.severity == severity
        assert ("Spin is unsure this wording states a cause" in c101.message) is (
            severity == "info"
        )


def test_share_worked_out_from_the_releases_counts() -> None:
    """ "About a quarter of the families (1,998)" after "7,918 gene families" is the
    release's own arithmetic; a share that no two of its numbers give is not."""
    paper = make_paper(
        "We analysed 7,918 gene families. Of these, 1,998 showed evidence of positive selection."
    )
    ok = make_report(
        "The team analysed 7,918 gene families. About a quarter of the families (1,998) "
        "showed evidence of positive selection.",
        paper,
    )
    assert "unsupported_number" not in categories(ok)
    bad = make_report(
        "The team analysed 7,918 gene families. About 60% of the families (1,998) showed "
        "evidence of positive selection.",
        paper,
    )
    assert "unsupported_number" in categories(bad)


def test_share_that_matches_another_figure_of_the_paper() -> None:
    """ "Three in four described practical obstacles" reports the statement that gives
    15 of 26 for practical barriers; that 20 of 26 elsewhere intended to complete the
    schedule does not make it right.  A share the reported statement gives is fine."""
    paper = make_paper(
        "We interviewed 26 parents. Third, practical barriers, described by 15 of 26 "
        "parents, included appointment availability and shift work. Most parents (20 of "
        "26) said they intended to complete the schedule."
    )
    bad = make_report(
        "Three in four of the parents described practical barriers, such as appointment "
        "availability and shift work.",
        paper,
    )
    n101 = [f for f in bad.findings if f.category == "number_mismatch"]
    assert n101 and "15 of 26" in n101[0].message, [f.message for f in bad.findings]
    ok = make_report(
        "About three in four of the parents said they intended to complete the schedule. "
        "More than half described practical barriers, such as appointment availability "
        "and shift work.",
        paper,
    )
    assert "number_mismatch" not in categories(ok), [f.message for f in ok.findings]


def test_limitation_told_as_may_not_represent() -> None:
    """ "The views may not represent the wider population" reports the paper's
    limitation."""
    paper = make_paper(
        "Fifteen participants took part in two focus groups. Participants valued the "
        "programme. A limitation is that participants may not represent the wider "
        "population of heart failure patients."
    )
    release = (
        "Fifteen participants took part in two focus groups and valued the programme. "
        "They note that the focus groups were small, so the views may not represent the "
        "wider population of heart failure patients."
    )
    assert "omitted_limitation" not in categories(make_report(release, paper))
    silent = "Fifteen participants took part in two focus groups and valued the programme."
    assert "omitted_limitation" in categories(make_report(silent, paper))


def test_dropped_hedge_reads_what_a_modal_hedge_governs() -> None:
    """ "With the observed gaps in communication, the department could adopt SBAR"
    hedges the recommendation, not the gaps; "the mechanism is unclear" hedges what
    comes before it, so a cause stated of it is still flagged."""
    paper = make_paper(
        "With the observed gaps in communication among staff, the department could adopt "
        "the SBAR model to improve patient safety."
    )
    gaps = make_report("The observations revealed gaps in communication among staff.", paper)
    assert "certainty_overstatement" not in categories(gaps)
    adopt = make_report("The department adopts the SBAR model to improve patient safety.", paper)
    assert "certainty_overstatement" in categories(adopt)
    unclear = make_paper(
        "Although the mechanism that predisposes patients to bleeding while using "
        "mechanical devices is unclear, the calculated risk of bleeding is 2.6%."
    )
    cause = make_report(
        "The mechanical devices directly cause bleeding in 2.6% of the patients who use them.",
        unclear,
    )
    assert "certainty_overstatement" in categories(cause)


def test_contradiction_reads_the_clause_and_the_paragraph() -> None:
    """A statement that reports effects and a null result in separate clauses
    contradicts only a sentence about the null clause; a paragraph's opener that leads
    into a supported effect is judged with it."""
    paper = make_paper(
        "Treated mice ran 38% longer than controls before exhaustion (p=0.001) and had 12% "
        "greater grip strength (p=0.03); maximal walking speed did not differ (p=0.24)."
    )
    ran = make_report("Treated mice ran longer than controls before exhaustion.", paper)
    assert "contradicted_claim" not in categories(ran)
    walked = make_report("The drug improved the maximal walking speed of the mice.", paper)
    assert "contradicted_claim" in categories(walked)

    trial = make_paper(
        "Monthly vitamin D did not reduce falls among adults aged 70 or older. At 24 months, "
        "mean 25-hydroxyvitamin D was 86 nmol/L in the vitamin D group and 47 nmol/L in the "
        "placebo group."
    )
    text = (
        "Vitamin D did not reduce falls.\n\nThe supplement did raise vitamin D. At 24 months, "
        "mean vitamin D was 86 nmol/L in the vitamin D group and 47 nmol/L in the placebo group."
    )
    assert "contradicted_claim" not in categories(make_report(text, trial))


def test_cause_the_paper_states_before_its_hedge() -> None:
    """ "As certain mutations induce early-onset disease, it has been suggested that ..."
    states the cause plainly; restating it is information only."""
    paper = make_paper(
        "As certain missense mutations in the gene encoding alpha-synuclein induce "
        "early-onset forms of the disease, it has been suggested that these variants might "
        "produce more oligomers."
    )
    report = make_report(
        "Certain missense mutations in the gene that encodes alpha-synuclein cause "
        "early-onset forms of the disease.",
        paper,
    )
    c101 = [f for f in report.findings if f.code == "C101"]
    assert c101 and all(f.severity == "info" for f in c101)
    assert "words this as a cause" in c101[0].message


def test_randomised_animal_experiment_worded_as_association() -> None:
    paper = make_paper(
        {
            "Methods": "We randomly assigned 55 mice aged 24 months to the drug or vehicle.",
            "Conclusions": "In aged mice, the drug was associated with improved endurance.",
        }
    )
    report = make_report("In aged mice, the drug improved endurance.", paper)
    c101 = [f for f in report.findings if f.code == "C101"]
    assert c101 and c101[0].severity == "info" and "randomised experiment" in c101[0].message


def test_what_is_left_after_a_loss() -> None:
    paper = make_paper(
        "In human cells, the combination reduced the viability of senescent cells by 58% and "
        "of non-senescent cells by 9%."
    )
    left = make_report(
        "The drugs cut the survival of senescent cells by more than half, while more than "
        "nine in ten healthy cells survived.",
        paper,
    )
    assert not {"number_mismatch", "unsupported_number"} & categories(left)
    wrong = make_report("Only three in ten healthy cells survived the treatment.", paper)
    assert {"number_mismatch", "unsupported_number"} & categories(wrong)


def test_anyone_in_a_caveat_or_an_animal_study() -> None:
    people = make_paper("We studied 300 older adults with memory complaints in a trial.")
    caveat = make_report(
        '"Trials are needed before anyone can consider these drugs," she said.', people
    )
    assert "population_generalization" not in categories(caveat)
    mice = make_paper("We randomly assigned 55 female mice to the drug or vehicle.")
    report = make_report("The drug helps anyone stay fit.", mice)
    assert "population_generalization" not in categories(report)
    assert "species_extrapolation" in categories(report)


def test_a_concentration_written_out_is_its_symbol() -> None:
    paper = make_paper(
        "At 24 months, mean 25(OH)D was 86 nmol/L in the vitamin D group and 47 nmol/L in "
        "the placebo group."
    )
    said = (
        "By the end of the trial, average vitamin D levels in the vitamin D group had risen "
        "to {} nanomoles per litre, compared with 47 in the placebo group."
    )
    ok = make_report(said.format(86), paper)
    assert not {"number_mismatch", "unsupported_number"} & categories(ok)
    wrong = make_report(said.format(96), paper)
    assert [f.code for f in wrong.findings if f.category == "number_mismatch"] == ["N101"]


def test_dropped_hedge_needs_the_hedged_finding() -> None:
    """Not a dropped hedge: a sentence the paper's own title states plainly, a
    sentence against the field's view ("have been proposed to"), one whose figures
    all come from an unhedged statement, or one sharing no word with what the hedge
    qualifies."""
    title = "Growth hormone secretagogue increases muscle strength after immobilization"
    paper = make_paper(
        "Our interpretation of these data suggests that the growth hormone secretagogue "
        "increased the strength of the muscle.",
        title=title,
    )
    told = "A growth hormone booster helped dogs regain muscle strength after immobilization."
    assert "certainty_overstatement" not in categories(make_report(told, paper))
    untitled = make_paper(
        "Our interpretation of these data suggests that the growth hormone secretagogue "
        "increased the strength of the muscle."
    )
    assert "certainty_overstatement" in categories(make_report(told, untitled))

    field = make_paper(
        "Oligomers of alpha-synuclein are toxic to cells and have been proposed to play a key "
        "role in Parkinson's disease."
    )
    report = make_report("Oligomers of alpha-synuclein play a key role in Parkinson's.", field)
    assert "certainty_overstatement" not in categories(report)

    figures = make_paper(
        "Although retrievable filters are removed in most patients, they may also be left in "
        "place for permanent filtration. In studies of non-trauma patients with permanent "
        "filters, migration occurred in between 3% and 8% and occlusion in between 4% and 15%."
    )
    report = make_report(
        "Where filters were left in place permanently, migration occurred in between 3% and "
        "8% and blockage of the vein in between 4% and 15%.",
        figures,
    )
    assert "certainty_overstatement" not in categories(report)


def test_a_word_in_scare_quotes_is_not_a_quote() -> None:
    """'drugs that target worn-out "senescent" cells' is judged by all its words."""
    paper = make_paper(
        "In aged mice, dasatinib plus quercetin reduced senescence markers and was "
        "associated with improved endurance."
    )
    lede = (
        'Old mice given two drugs that target worn-out "senescent" cells could run for '
        "longer, a study found, and one more claim about tuna sandwiches."
    )
    from spin.rules.common import claim_text

    assert claim_text(lede) == lede
    assert claim_text('"This is a big step for the field," she said.') == (
        "This is a big step for the field,"
    )
    u101 = [f for f in make_report(lede, paper).findings if f.code == "U101"]
    assert [f.severity for f in u101] in ([], ["info"])


def test_a_count_where_the_paper_says_some() -> None:
    """ "Six of the fifteen participants" where the statement it reports says "Some":
    precision the paper does not have; a count the paper gives is left alone."""
    paper = make_paper(
        "Fifteen participants took part in two focus groups. Some participants failed to "
        "maintain an exercise routine after the programme."
    )
    report = make_report(
        "Six of the fifteen participants failed to maintain an exercise routine after the "
        "programme.",
        paper,
    )
    n102 = [f for f in report.findings if f.code == "N102"]
    assert n102 and "'Some'" in n102[0].message
    counted = make_paper(
        "Fifteen participants took part in two focus groups. Six of the 15 participants "
        "failed to maintain an exercise routine after the programme."
    )
    report = make_report(
        "Six of the fifteen participants failed to maintain an exercise routine after the "
        "programme.",
        counted,
    )
    assert not [f for f in report.findings if f.code == "N102"]


def test_laboratory_experiment_and_cells_offered_to_patients() -> None:
    """A cell experiment can show cause (its "associated" wording makes C101 info); a
    cell result offered "for patients" is species-extrapolation even though it names
    the cells."""
    paper = make_paper(
        "We treated four pancreatic cancer cell lines in vitro with DMC-7. Cell viability "
        "was lower with DMC-7 than with curcumin."
    )
    killed = make_report("DMC-7 killed pancreatic cancer cells in the lab.", paper)
    assert all(f.severity == "info" for f in killed.findings if f.code == "C101")
    offered = make_report(
        "For patients with pancreatic cancer, DMC-7 offers a new treatment that kills tumour "
        "cells.",
        paper,
    )
    assert "species_extrapolation" in categories(offered)


def test_symptom_of_a_condition_is_not_its_population() -> None:
    paper = make_paper(
        "Thirty-one trials of adults with mild-to-moderate depression were pooled. Exercise "
        "probably reduces symptoms."
    )
    symptoms = make_report(
        "People who had exercised reported fewer symptoms of depression than those who had not.",
        paper,
    )
    assert "population_generalization" not in categories(symptoms)
    widened = make_report("Exercise reduced symptoms in people with depression.", paper)
    assert "population_generalization" in categories(widened)


def test_background_restated_is_not_a_dropped_hedge() -> None:
    paper = make_paper(
        {
            "Background": "High consumption of sugary drinks is associated with weight gain "
            "and type 2 diabetes.",
            "Results": "The tax was projected to reduce type 2 diabetes by 3.1%.",
        }
    )
    report = make_report(
        "Drinking a lot of sugary drinks is linked to weight gain and type 2 diabetes.", paper
    )
    assert "certainty_overstatement" not in categories(report)


def test_a_measured_change_is_not_the_paper_wording_a_cause() -> None:
    paper = make_paper(
        "In this single-arm pilot, 42 nurses used the app for 8 weeks. Mean emotional "
        "exhaustion fell from 29.4 at baseline to 24.7 at week 8 (mean change -4.7)."
    )
    report = make_report(
        "Using the app cut nurses' emotional exhaustion from 29.4 to 24.7 over eight weeks.",
        paper,
    )
    c101 = [f for f in report.findings if f.code == "C101"]
    assert c101 and c101[0].severity == "warning"
    assert "words this as a cause" not in c101[0].message


def test_fourth_round_rules() -> None:
    """A study in one city told for the whole country or for other countries, adults
    of any age, a ratio's interval told as percentages, blood-pressure points, and a
    call for confirmation that is no dropped hedge."""
    city = make_paper(
        "Twenty-six parents in Sheffield, UK, were interviewed. Parents described practical "
        "barriers to vaccination.",
        title="Why parents delay vaccinations: an interview study in Sheffield, UK",
    )
    uk = make_report(
        "The findings show that, across the UK, parents delay vaccinations because of "
        "practical barriers.",
        city,
    )
    p102 = [f for f in uk.findings if f.code == "P102"]
    assert p102 and "the UK" in p102[0].message
    abroad = make_report("The results apply equally to parents in other countries.", city)
    assert any("beyond where it was done" in f.message for f in abroad.findings)

    ages = make_paper("We randomly assigned 612 adults aged 40 to 75 years to the drug.")
    report = make_report("The drug offers a new option for adults of any age.", ages)
    p102 = [f for f in report.findings if f.code == "P102"]
    assert p102 and "aged 40" in p102[0].message

    mr = make_paper(
        "Genetically predicted coffee consumption was not associated with AF (OR 1.02, 95% "
        "CI 0.94-1.10)."
    )
    told = make_report(
        "The plausible range ran from about 6 percent lower to 10 percent higher odds per cup.",
        mr,
    )
    assert not {"number_mismatch", "unsupported_number"} & categories(told)

    bp = make_paper(
        "At week 12, the placebo-adjusted difference in systolic blood pressure was -9.2 mm "
        "Hg (95% CI -11.4 to -7.0)."
    )
    points = make_report(
        "After 12 weeks, the drug lowered systolic blood pressure by 12 points more than placebo.",
        bp,
    )
    assert "number_mismatch" in categories(points)

    hedged = make_paper(
        "The findings are consistent with a possible role of circadian disruption and should "
        "be confirmed in prospective studies."
    )
    confirm = make_report(
        "The researchers say the results should be confirmed in prospective studies.", hedged
    )
    assert "certainty_overstatement" not in categories(confirm)


def test_anyone_as_a_pronoun_is_not_a_widening() -> None:
    paper = make_paper("We randomly assigned 300 care-home residents aged 65 years or older.")
    quote = (
        '"Many residents had been taking these drugs for years without anyone asking whether '
        'they still needed them," said Dr. Osei.'
    )
    assert "population_generalization" not in categories(make_report(quote, paper))


def test_an_effect_size_in_no_direction_and_a_natural_experiment() -> None:
    paper = make_paper(
        "Genetically predicted coffee consumption was not associated with AF (OR 1.02). The "
        "study had 80% power to detect an OR of 1.12 or greater (or 0.89 or lower) per cup."
    )
    power = make_report(
        "It was large enough to detect an effect of roughly 11 to 12 percent per daily cup in "
        "either direction.",
        paper,
    )
    assert "number_mismatch" not in categories(power)
    method = make_report(
        "It treats genetic variants that influence how much coffee people drink as a natural "
        "experiment.",
        paper,
    )
    assert "contradicted_claim" not in categories(method)


def test_a_caution_and_a_threshold_are_not_findings() -> None:
    paper = make_paper(
        "No association was seen among women whose night work had ended more than 10 years "
        "before diagnosis (OR 1.02, 95% CI 0.81-1.28). Apoptosis was induced in 41.2% of cells."
    )
    caution = make_report(
        "The authors caution that recall of night work could have made the link look "
        "stronger than it is.",
        paper,
    )
    assert "contradicted_claim" not in categories(caution)
    threshold = make_report(
        "Healthy cells needed about 15 micromolar of the compound before half of them were lost.",
        paper,
    )
    assert "number_mismatch" not in categories(threshold)


def test_fifth_round_rules() -> None:
    """A meta-analysis of cohorts is observational; "rather than proof" is no booster;
    "one in five wrongly flagged" is the other side of 79% cleared; "people of every
    skin type" widens any sample."""
    meta = make_paper(
        "We pooled 24 prospective cohort studies in a meta-analysis. Each additional serving "
        "was associated with a lower risk of death (RR 0.78)."
    )
    cuts = make_report("Eating an extra serving of nuts each day cuts the risk of death.", meta)
    c101 = [f for f in cuts.findings if f.code == "C101"]
    assert c101 and c101[0].severity == "warning" and "randomised" not in c101[0].message
    proof = make_report(
        "The studies show a link rather than proof that nuts themselves extend life.", meta
    )
    assert "certainty_overstatement" not in categories(proof)

    accuracy = make_paper(
        "In 4,870 images from 3,102 adults, specificity was 79.2% and sensitivity 88.4%."
    )
    other_side = make_report(
        "It correctly cleared about 79 per cent of the benign lesions, so around one in five "
        "were wrongly flagged.",
        accuracy,
    )
    assert "number_mismatch" not in categories(other_side)
    skin = make_report("The tool can assess moles in people of every skin type.", accuracy)
    p102 = [f for f in skin.findings if f.code == "P102"]
    assert p102 and "3,102 adults" in p102[0].message


# --- sixth round of blind releases (tests/fixtures/spun, 2026-11-27, session 7) ---


def _spun_paper(topic: str) -> Paper:
    """The invented abstract of a blind release (tests/fixtures/spun/<topic>.paper.md)."""
    from spin.sources import SourceSettings, get_paper

    path = FIXTURES / "spun" / f"{topic}.paper.md"
    return get_paper(str(path), SourceSettings.from_env(offline=True))


def test_mice_for_the_papers_male_mice_is_no_widening() -> None:
    """A headline's "mice" for the paper's "male mice": the sex of lab animals."""
    report = make_report(
        "Gut bacteria from people with obesity made mice fatter, study finds\n\n"
        "Mice given the bacteria gained more weight than mice given bacteria from lean "
        "donors.",
        _spun_paper("gut-microbiome-mice"),
    )
    assert "population_generalization" not in categories(report), [
        f.message for f in report.findings
    ]


def test_advice_against_acting_and_trials_before_treatment_are_not_advice() -> None:
    paper = make_paper(
        {
            "Results": "Recipients of obese-donor microbiota gained more weight.",
            "Conclusions": "Clinical trials are needed before microbiota-targeted therapies "
            "are considered for people with obesity.",
        }
    )
    release = (
        '"Nobody should read this as a reason to start trying to change their gut bacteria '
        'to lose weight," she said. The researchers say clinical trials will be needed '
        "before treatments aimed at gut bacteria are considered for people with obesity."
    )
    assert "advice_not_in_source" not in categories(make_report(release, paper))


def test_recommendation_where_the_paper_says_trials_come_first() -> None:
    """ "randomised trials are needed before statins can be recommended" and "should be
    considered hypothesis-generating" give no advice; "the researchers recommend that
    doctors consider prescribing statins" does."""
    report = make_report(
        "The researchers recommend that doctors consider prescribing statins to patients "
        "in their sixties and early seventies to lower their risk of dementia.",
        _spun_paper("statin-dementia-registry"),
    )
    assert "advice_not_in_source" in categories(report)


def test_everyone_followed_is_the_sample() -> None:
    paper = make_paper(
        "We identified 137,412 adults aged 65 to 84 years who initiated statins and matched "
        "them to non-users. Statin initiation was associated with a lower risk of dementia."
    )
    report = make_report("Everyone was followed until the end of 2021.", paper)
    assert "population_generalization" not in categories(report)


def test_numbers_the_release_works_out_from_the_paper() -> None:
    """Half of 64 schools; the remainder of 94/118; the sum of two arms; a share of
    a range; a delay of 40 percent for 1.4-fold; "six and a half" per 1,000."""
    paper = make_paper(
        {
            "Methods": "We randomly assigned 64 state primary schools to a breakfast club "
            "(32 schools) or usual practice (32 schools). Adults who initiated statins "
            "(n=137,412) were matched to non-users (n=274,824).",
            "Results": "Sensitivity was 79.7% (94/118) and specificity was 97.2% (628/646). "
            "The heat-attributable fraction rose to 3.6% (2.6-4.7) under one scenario and "
            "4.4% (3.2-5.8) under the other. At a 1:1 ratio the half-time increased "
            "1.4-fold (95% CI 1.2-1.6). Incidence was 6.1 vs 6.6 per 1,000 person-years.",
        }
    )
    release = (
        "Half of the schools were picked at random to run a breakfast club. "
        "The watch picked up 94 of the 118 people with AF, missing 24. "
        "Only 18 of the 646 people without AF received an alert. "
        "The study followed more than 400,000 people. "
        "Heat's share of deaths would grow to between roughly 3.5 and 4.5 per cent. "
        "With equal amounts of compound and peptide, the delay was roughly 40 percent. "
        "That is about six new cases for every 1,000 years among users, compared with "
        "about six and a half among non-users."
    )
    report = make_report(release, paper)
    assert not {"number_mismatch", "unsupported_number"} & categories(report), [
        f.message for f in report.findings
    ]


def test_just_under_is_below_the_number() -> None:
    """ "just under 10 per cent" is not the paper's 10% (a definition), nor its 0.9
    percentage points; "almost 15 per cent" is its 14.6%."""
    paper = _spun_paper("school-breakfast-cluster-trial")
    bad = make_report(
        "The share of pupils who were persistently absent, missing at least one session in "
        "ten, was just under 10 per cent at breakfast club schools.",
        paper,
    )
    assert "number_mismatch" in categories(bad), [f.message for f in bad.findings]
    ok = make_report("Persistent absence was almost 15 per cent at the comparison schools.", paper)
    assert "number_mismatch" not in categories(ok)


def test_never_been_diagnosed_is_no_novelty() -> None:
    paper = make_paper("AF was detected in 118 participants, of whom 37 had no prior diagnosis.")
    ok = make_report("37 of them had never been diagnosed with it before.", paper)
    assert "novelty_claim" not in categories(ok)
    bad = make_report("This has never been shown before in people with AF.", paper)
    assert "novelty_claim" in categories(bad)


def test_cannot_assume_it_holds_elsewhere_is_hedged_and_a_limitation() -> None:
    paper = make_paper(
        {
            "Results": "Sensitivity was 79.7% and specificity was 97.2%.",
            "Conclusions": "These findings may not generalise to younger or "
            "community-dwelling populations or to other devices.",
        }
    )
    report = make_report(
        '"These are older patients, so we can\u2019t assume the watch will perform the '
        'same way in younger people or with other brands of watch," she said.',
        paper,
    )
    assert not {"certainty_overstatement", "omitted_limitation"} & categories(report), [
        f.message for f in report.findings
    ]


def test_a_methods_sentence_is_not_contradicted_by_a_null_subgroup() -> None:
    report = make_report(
        "Using Denmark's linked national health registries, the researchers identified "
        "137,412 adults aged 65 to 84 without dementia who started statin treatment between "
        "2008 and 2016.",
        _spun_paper("statin-dementia-registry"),
    )
    assert "contradicted_claim" not in categories(report)


def test_a_null_sentence_matching_a_null_statement_is_supported() -> None:
    paper = make_paper(
        "At a 1:1 ratio the half-time increased 1.4-fold, and at 0.5:1 there was no "
        "significant effect (p = 0.41)."
    )
    report = make_report("At the lowest dose there was no measurable effect.", paper)
    assert "unsupported_claim" not in categories(report)


def test_a_test_tube_study_told_about_people() -> None:
    paper = make_paper(
        {
            "Methods": "We studied the aggregation of purified amyloid-beta in vitro. No "
            "cell, animal or human material was used.",
            "Results": "The compound delayed aggregation 2.9-fold.",
        }
    )
    report = make_report(
        "The compound holds off plaque formation in the brains of people with Alzheimer's disease.",
        paper,
    )
    p101 = [f.message for f in report.findings if f.category == "species_extrapolation"]
    assert p101 and all("in vitro" in m and "animal" not in m for m in p101), p101


def test_a_hedged_interpretation_told_as_measured() -> None:
    """ "21% lower, suggesting a modest reduction in fibril mass": "one-fifth less
    fibril" reports the hedged reading; "the glow was one-fifth lower" the measure."""
    from spin.rules.certainty import _reports_hedged_part

    statement = (
        "The final ThT plateau was 21% lower (95% CI 14-28) at 5:1, suggesting a modest "
        "reduction in fibril mass or altered ThT binding."
    )
    assert _reports_hedged_part(
        "The treated samples contained about one-fifth less amyloid fibril.", statement
    )
    assert not _reports_hedged_part(
        "The glow from the dye was about one-fifth lower in the treated samples.", statement
    )


def test_findings_said_to_apply_to_everyone() -> None:
    paper = make_paper(
        "We projected heat-related deaths in 38 cities across 14 European countries. "
        "Heat-related deaths could rise substantially by mid-century."
    )
    bad = make_report(
        "Because the cities span 14 countries, the findings apply to everyone in Europe, "
        "whether they live in a city, a small town or the countryside.",
        paper,
    )
    assert "population_generalization" in categories(bad)
    ok = make_report("We can't assume the findings apply to everyone in Europe.", paper)
    assert "population_generalization" not in categories(ok)


def test_association_told_as_raising_risk() -> None:
    paper = _spun_paper("loneliness-mortality-meta")
    report = make_report(
        "Being socially isolated raises a person's risk of dying by about a third, "
        "according to a review of 40 long-term studies.",
        paper,
    )
    c101 = [f for f in report.findings if f.category == "causal_overstatement"]
    assert c101 and c101[0].severity == "warning", [f.message for f in report.findings]
    question = make_report(
        "Randomised trials are still needed to establish whether reducing isolation or "
        "loneliness lowers the risk of death, the authors add.",
        paper,
    )
    assert not {"causal_overstatement", "certainty_overstatement"} & categories(question)


def test_a_subgroup_figure_told_as_everyone() -> None:
    """The paper's HR 0.79 "in the exploratory subgroup aged 65-74 years" told as the
    overall result (0.93 overall); named with its subgroup it is fine."""
    paper = _spun_paper("statin-dementia-registry")
    bad = make_report(
        "Overall, people who started a statin were about 20 percent less likely to develop "
        "dementia than people who did not take the drugs.",
        paper,
    )
    p102 = [f.message for f in bad.findings if f.category == "population_generalization"]
    assert p102 and "subgroup aged 65" in p102[0], [f.message for f in bad.findings]
    ok = make_report(
        "Among people who were 65 to 74 when they started a statin, the drug was associated "
        "with roughly a fifth lower risk of dementia.",
        paper,
    )
    assert "population_generalization" not in categories(ok)


def test_background_and_questions_are_not_contradicted() -> None:
    """Background that other studies link skipping breakfast to lower attainment, and
    "little evidence on whether" it makes a difference, claim no effect of this trial;
    with the built-in static aligner their nearest finding is the trial's null result."""
    paper = _spun_paper("school-breakfast-cluster-trial")
    release = (
        "Skipping breakfast is common among primary school children, and observational "
        "studies have linked it to lower attainment. But there has been little evidence "
        "from randomised trials on whether giving breakfast to every pupil makes a "
        "difference."
    )
    assert "contradicted_claim" not in categories(make_report(release, paper))
    spun = make_report(
        "For children from low-income families who are eligible for free school meals, the "
        "breakfast clubs did raise maths scores, by almost two points.",
        paper,
    )
    assert "contradicted_claim" in categories(spun)


def test_background_and_questions_are_not_contradicted_with_static_vectors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SPIN_ALIGN_EMBED", "1")
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "static")
    test_background_and_questions_are_not_contradicted()


def test_outcome_the_paper_never_mentions() -> None:
    """ "also developed fatty livers, the researchers found" where the study never
    measured the liver; "fewer strokes and heart attacks" from a blood-pressure trial."""
    paper = _spun_paper("gut-microbiome-mice")
    bad = make_report(
        "The mice given bacteria from donors with obesity also developed fatty livers, the "
        "researchers found.",
        paper,
    )
    assert [f.code for f in bad.findings if f.code == "U103"] == ["U103"], [
        f.message for f in bad.findings
    ]
    bp = make_report(
        "That drop is large enough to mean fewer strokes and heart attacks for the patients "
        "who take the drug.",
        _spun_paper("bp-drug-trial"),
    )
    u103 = [f.message for f in bp.findings if f.code == "U103"]
    assert u103 and "strokes" in u103[0], [f.message for f in bp.findings]


def test_outcomes_named_as_not_studied_or_as_research_to_come() -> None:
    paper = _spun_paper("nuts-cohorts-meta")
    report = make_report(
        "\"We can't say from these data that nuts alone are responsible for the lower risk, "
        "which is why trials that measure outcomes like death and heart attacks are still "
        'needed," Marsh-Okafor said.',
        paper,
    )
    assert "U103" not in {f.code for f in report.findings}
    cells = make_report(
        "The results prove that the oligomers trigger the death of nerve cells.",
        make_paper("Oligomers of alpha-synuclein were toxic to cultured neurons."),
    )
    assert "U103" not in {f.code for f in cells.findings}


# --- seventh round of blind releases (tests/fixtures/spun, 2026-11-27, session 7) ---


def test_one_thing_after_another_is_no_cause() -> None:
    """A before-after study's lede "was followed by a lasting fall", a disclaimed cause
    and a property of a bacterium are not causal claims; "a direct result of the
    programme" is."""
    paper = _spun_paper("antibiotic-stewardship-before-after")
    ok = make_report(
        "A programme to curb unnecessary antibiotic use at a teaching hospital was followed "
        "by a lasting fall in prescribing and fewer cases of a dangerous gut infection. "
        "Broad-spectrum antibiotics are a major risk factor for Clostridioides difficile, a "
        "bacterium that can cause severe diarrhoea in hospital patients. But the researchers "
        "are careful not to claim that the programme caused the fall in infections.",
        paper,
    )
    assert "causal_overstatement" not in categories(ok), [f.message for f in ok.findings]
    bad = make_report(
        "The drop in C. difficile was a direct result of the programme cutting back on "
        "unnecessary antibiotics.",
        paper,
    )
    assert "causal_overstatement" in categories(bad)


def test_a_dose_cohort_is_not_a_cohort_study() -> None:
    """ "four participants per cohort" of a phase 1 dose-escalation trial; "there was no
    control group" makes it single-arm."""
    from spin.claims import paper_facts

    pf = paper_facts(_spun_paper("gene-therapy-phase1"))
    assert "cohort" not in pf.designs and "observational" not in pf.designs
    assert "single_arm" in pf.designs


def test_description_and_topic_words_are_no_causal_claim() -> None:
    paper = _spun_paper("gene-therapy-phase1")
    report = make_report(
        "In the form studied here, caused by mutations in both copies of a gene called "
        "PDE6A, the rod cells are lost first. The therapy uses a modified virus, stripped of "
        "its ability to cause disease, to carry a working copy of the gene into the retina. "
        "Over the following year, the team logged 41 side effects, about four in five of "
        "them affecting the eye.",
        paper,
    )
    assert not [
        f for f in report.findings
        if f.category == "causal_overstatement" and f.severity != "info"
    ], [f.message for f in report.findings]  # fmt: skip


def test_acclaim_is_not_backed_by_a_first_in_human_trial() -> None:
    paper = _spun_paper("gene-therapy-phase1")
    bad = make_report(
        "The study represents a major breakthrough in the treatment of inherited blindness.",
        paper,
    )
    assert "novelty_claim" in categories(bad)
    ok = make_report("It was the first time the treatment had been tested in people.", paper)
    assert "novelty_claim" not in categories(ok)


def test_one_said_to_beat_the_other_where_the_paper_found_them_similar() -> None:
    paper = _spun_paper("intermittent-fasting-rct")
    bad = make_report(
        "The extra weight loss shows that restricting the eating window is a more effective "
        "strategy than cutting calories.",
        paper,
    )
    u102 = [f.message for f in bad.findings if f.category == "contradicted_claim"]
    assert u102 and "no difference" in u102[0], [f.message for f in bad.findings]


def test_shares_and_differences_per_hundred() -> None:
    """ "About 18 in every 100" is 18% (not a count of 100 people); "18 extra quitters
    for every 100 smokers" is a difference of 18 points against the paper's 8.2."""
    paper = _spun_paper("vaping-cessation-trial")
    ok = make_report(
        "About 18 in every 100 people in the e-cigarette group had managed it, compared "
        "with roughly one in ten of those using nicotine replacement.",
        paper,
    )
    assert not {"number_mismatch", "unsupported_number"} & categories(ok), [
        f.message for f in ok.findings
    ]
    bad = make_report(
        "That works out to about 18 extra quitters for every 100 smokers offered "
        "e-cigarettes instead of nicotine replacement.",
        paper,
    )
    n101 = [f.message for f in bad.findings if f.category == "number_mismatch"]
    assert n101 and "8.2 percentage points" in n101[0], [f.message for f in bad.findings]


def test_all_of_a_count_the_paper_gives_part_of() -> None:
    paper = _spun_paper("microplastics-placenta")
    bad = make_report(
        "Microplastics were found in every one of the 62 placentas the team tested.", paper
    )
    n101 = [f.message for f in bad.findings if f.category == "number_mismatch"]
    assert n101 and "58 of 62" in n101[0], [f.message for f in bad.findings]


def test_human_tissue_where_the_study_used_mouse_tissue() -> None:
    paper = _spun_paper("zebrafish-drug-screen")
    bad = make_report(
        "When the team moved on to human inner-ear tissue kept alive in a dish, tizanidine "
        "roughly doubled the survival of outer hair cells.",
        paper,
    )
    p101 = [f.message for f in bad.findings if f.category == "species_extrapolation"]
    assert p101 and "human inner-ear tissue" in p101[0], [f.message for f in bad.findings]
    ok = make_report(
        "Aminoglycoside antibiotics such as neomycin and gentamicin are still essential for "
        "treating serious infections, and there is currently no approved medicine to "
        "prevent the hearing loss they can cause.",
        paper,
    )
    flagged = [f for f in ok.findings if f.category == "species_extrapolation" and f.sentence]
    assert not flagged, [f.message for f in flagged]


def test_the_modal_of_advice_is_no_hedge_on_a_finding() -> None:
    """ "Services could consider offering e-cigarettes": a headline on the result does
    not drop that "could"."""
    report = make_report(
        "E-cigarettes helped almost twice as many smokers quit as patches and gum, trial "
        "finds\n\nThe trial involved 886 adults.",
        _spun_paper("vaping-cessation-trial"),
    )
    assert "certainty_overstatement" not in categories(report), [f.message for f in report.findings]


def test_a_fall_of_so_many_per_cent_is_a_change() -> None:
    (q,) = __import__("spin.claims", fromlist=["x"]).extract_numbers(
        "That amounts to a fall of about 30 per cent in the infection rate."
    )
    assert q.change == -30.0


def test_heterogeneity_is_no_share_and_risk_told_as_a_share() -> None:
    """ "I² = 67%" is not a share of anyone; "the higher risk ... shrank to about 21
    percent" is the hazard ratio of 1.21."""
    paper = _spun_paper("loneliness-mortality-meta")
    report = make_report(
        "In the eleven cohorts that adjusted for depressive symptoms, the higher risk tied to "
        "isolation shrank to about 21 percent.",
        paper,
    )
    assert not {"number_mismatch", "unsupported_number"} & categories(report), [
        f.message for f in report.findings
    ]


def test_no_effect_where_the_paper_says_effects_were_seen_only_elsewhere() -> None:
    """ "At the lowest dose there was no measurable effect" against "Effects were seen
    only at compound concentrations equal to or exceeding that of the peptide" (mpnet's
    best match for it): the paper says the same."""
    paper = make_paper(
        {
            "Results": "The compound delayed aggregation 2.9-fold at a 5:1 ratio.",
            "Conclusions": "Effects were seen only at compound concentrations equal to or "
            "exceeding that of the peptide.",
        }
    )
    report = make_report(
        "At the lowest compound concentrations there was no measurable effect.", paper
    )
    assert "unsupported_claim" not in categories(report), [f.message for f in report.findings]
    # the statement reads as one that rules the effect out elsewhere, whichever aligner
    # ranks it first
    from spin.rules.support import _ONLY_WHEN

    assert _ONLY_WHEN.search(paper.statements[1].text)
    assert not _ONLY_WHEN.search(paper.statements[0].text)


# --- eighth round of blind releases (tests/fixtures/spun, 2026-11-27, session 7) ---


def test_background_prevalence_and_not_yet_recommended() -> None:
    """ "IBS, which can cause stomach pain, affects roughly one in ten adults" is
    background; "aren't yet strong enough for us to recommend" is a caution; "no longer
    statistically clear" is a null result."""
    assert not analyze_text(
        "IBS, which can cause stomach pain, bloating and unpredictable bowel habits, affects "
        "roughly one in ten adults around the world."
    ).is_claim
    assert analyze_text(
        '"Our findings aren\u2019t yet strong enough for us to recommend this strain to '
        'patients," Okafor said.'
    ).cautionary
    assert analyze_text("The difference was no longer statistically clear.").null_result


def analyze_text(text: str) -> Any:
    from spin.claims import analyze

    return analyze(text)


def test_numbers_of_the_eighth_round() -> None:
    """ "two dozen young men" is 24; "rose by about 30 percent" is the paper's 12.1 to
    15.8; "nearly half" is the paper's "almost half"; "RR per 50 g/day 1.18" is a ratio,
    so "28 percent higher" contradicts it; "14 kilograms less than" is not the treated
    colonies' 14.2 kg gain but a difference, against the paper's 8.4 kg."""
    sleep = make_report(
        "The study involved two dozen young men. Negative mood scores rose by about 30 "
        "percent after the night without sleep, while positive mood scores fell by a fifth.",
        _spun_paper("sleep-deprivation-fmri"),
    )
    assert not {"number_mismatch", "unsupported_number"} & categories(sleep), [
        f.message for f in sleep.findings
    ]
    meat = make_report(
        "Each extra 50 grams of processed meat a day was associated with a 28 percent higher "
        "risk of colorectal cancer, a result drawn from 22 cohorts.",
        _spun_paper("umbrella-review-diet"),
    )
    assert "number_mismatch" in categories(meat), [f.message for f in meat.findings]
    bees = make_report(
        "By the end of the season, colonies beside treated fields weighed 14 kilograms less "
        "than colonies beside untreated fields.",
        _spun_paper("honeybee-pesticide-field"),
    )
    n101 = [f.message for f in bees.findings if f.category == "number_mismatch"]
    assert n101 and "8.4 kg" in n101[0], [f.message for f in bees.findings]


def test_a_subgroup_measure_told_as_everyone() -> None:
    report = make_report(
        "Pupils at the purifier schools missed almost two fewer days of school a year than "
        "pupils at the comparison schools.",
        _spun_paper("air-filter-classroom-quasi"),
    )
    p102 = [f.message for f in report.findings if f.category == "population_generalization"]
    assert p102 and "asthma" in p102[0], [f.message for f in report.findings]


def test_evidence_grades_and_meat_curing() -> None:
    """ "graded highly suggestive" is a grade, not a hedge, and "strong evidence" where
    the paper grades it suggestive is a booster; "cured, salted or smoked" meat is no
    cure."""
    paper = _spun_paper("umbrella-review-diet")
    ok = make_report(
        "Processed meat is meat that has been cured, salted or smoked, such as bacon. Each "
        "extra 50 grams of processed meat a day was associated with an 18 percent higher "
        "risk of colorectal cancer, a result drawn from 22 cohorts.",
        paper,
    )
    assert not {"causal_overstatement", "certainty_overstatement"} & categories(ok), [
        f.message for f in ok.findings
    ]
    bad = make_report(
        "The team found strong evidence that eating red meat is tied to a higher risk of "
        "type 2 diabetes.",
        paper,
    )
    assert "certainty_overstatement" in categories(bad)


def test_recommendation_and_call_for_studies_in_one_sentence() -> None:
    """ "We suggest that X be included ..., and that studies are needed": the release's
    attributed "the researchers suggest that ... should include" is weak advice, no
    warning."""
    report = make_report(
        "The researchers suggest that pesticide risk assessments should include colony-level "
        "measures of reproduction, such as queen rearing.",
        _spun_paper("honeybee-pesticide-field"),
    )
    assert not [
        f for f in report.findings if f.category == "advice_not_in_source" and f.severity != "info"
    ]


def test_room_to_do_better_is_no_booster() -> None:
    report = make_report(
        '"A vaccine that prevents a little under half of flu hospitalisations in this age '
        'group is worth having, but there is clearly room to do better against H3N2," '
        "Solvang said.",
        _spun_paper("vaccine-effectiveness-testneg"),
    )
    assert "certainty_overstatement" not in categories(report)


def test_groups_the_paper_may_not_reach_are_not_its_population() -> None:
    from spin.claims import paper_facts

    pf = paper_facts(_spun_paper("sleep-deprivation-fmri"))
    assert ("older", "adults") not in pf.population, pf.population


# --- ninth round of blind releases (tests/fixtures/spun, 2026-11-27, session 7) ---


def test_ninth_round_faithful_wordings() -> None:
    """Background "has been tied to", "about the same risk", "much the same", "similar
    in five of the six areas", "could hide real harm", "had already shown activity",
    "Treatment lasted five days", "one additional diagnosis for every 75 to 80 women",
    "these figures help women weigh" and "about 200 times less" for 2.3 log10 draw no
    warning; "each knee was scanned only once" tells the design."""
    hrt = make_report(
        "Hormone therapy is an effective way to ease menopausal symptoms such as hot "
        "flushes, but it has been tied to breast cancer. Women who had stopped any hormone "
        "therapy at least five years earlier had about the same risk as women who had never "
        "taken it. That is 13 extra cases for every 1,000 women, or about one additional "
        'diagnosis for every 75 to 80 women. "We hope these figures help women and their '
        'doctors weigh the benefits and the risks together."',
        _spun_paper("hrt-breast-cancer-cohort"),
    )
    knee = make_report(
        "The knee cartilage of people who run marathons for fun looks much the same on MRI "
        "scans as that of adults who barely exercise. Thickness was also similar in five of "
        "the six areas of the knee the researchers measured. Because each knee was scanned "
        'only once, the study cannot tell whether running affects cartilage. "That kind of '
        'selection could hide real harm."',
        _spun_paper("running-knee-mri"),
    )
    virus = make_report(
        "The drug had already shown activity against the virus in cells grown in the "
        "laboratory. Treatment lasted five days. Four days after infection, hamsters dosed "
        "ahead of time had about 200 times less infectious virus in their lungs than "
        "untreated animals, and those dosed 12 hours after infection had nearly 80 times less.",
        _spun_paper("antiviral-hamster-covid"),
    )
    for report in (hrt, knee, virus):
        warned = [f.message for f in report.findings if f.severity != "info" and f.sentence]
        assert not warned, warned
    assert "omitted_study_design" not in categories(knee)


def test_extra_cases_per_thousand_against_the_papers_excess() -> None:
    bad = make_report(
        "In absolute terms, that translates into about 60 extra breast cancers over ten "
        "years for every 1,000 women in their fifties who use combined therapy.",
        _spun_paper("hrt-breast-cancer-cohort"),
    )
    n101 = [f.message for f in bad.findings if f.category == "number_mismatch"]
    assert n101 and "13 cases per 1,000" in n101[0], [f.message for f in bad.findings]


def test_a_quoted_null_beside_a_null_result_is_information() -> None:
    """ "When we waited two days to start treatment, we didn't see a meaningful benefit"
    (MiniLM ranks the paper's limitations first for it): the paper reports that null."""
    paper = _spun_paper("antiviral-hamster-covid")
    report = make_report(
        "\"When we waited two days to start treatment, we didn't see a meaningful "
        'benefit," she said.',
        paper,
    )
    assert not [
        f for f in report.findings if f.category == "unsupported_claim" and f.severity != "info"
    ]


# --- the tenth round of blind releases -------------------------------------------------


def test_secondary_result_told_as_the_main_finding() -> None:
    """U104: "The main finding ... is that" a secondary outcome improved, where the
    paper's primary outcome was something else; a null main finding is faithful."""
    paper = _spun_paper("primary-null-secondary-trial")
    bad = make_report(
        "The main finding of the trial is that people with heart failure who took the pill "
        "had better day-to-day symptoms than those given a placebo.",
        paper,
    )
    u104 = [f for f in bad.findings if f.code == "U104"]
    assert u104 and "primary outcome was a composite of cardiovascular death" in u104[0].message
    assert u104[0].category == "contradicted_claim"
    # the suggestion quotes the primary outcome's result, not its definition
    assert u104[0].suggestion and "occurred in 287 of 957" in u104[0].suggestion
    fair = make_report(
        "The main finding is that the pill did not lower the risk of cardiovascular death "
        "or hospitalisation for heart failure.",
        paper,
    )
    assert not [f for f in fair.findings if f.code == "U104"]
    # the same for a non-inferiority trial whose side effects are told as its main finding
    side = make_report(
        "The trial's main finding was about side effects: children who stopped after five "
        "days were around 40 percent less likely to develop diarrhoea.",
        _spun_paper("noninferiority-short-antibiotics"),
    )
    assert [f for f in side.findings if f.code == "U104"], [f.message for f in side.findings]


def test_one_gene_told_as_deciding_a_polygenic_trait() -> None:
    """C102: "the master gene that determines whether a person is a lark or an owl" from a
    genome-wide study of 104 loci; "there is no single gene that makes you a lark" is not."""
    paper = _spun_paper("gwas-chronotype")
    bad = make_report(
        "The strongest signal sat near PER2, the master gene that determines whether a "
        "person is a lark or an owl.",
        paper,
    )
    assert [f for f in bad.findings if f.code == "C102"], [f.message for f in bad.findings]
    fair = make_report(
        '"There is no single gene that makes you a lark or an owl," she said. The strongest '
        "signal sat near PER2, a gene already known to help keep the body's rhythms in time.",
        paper,
    )
    assert not [f for f in fair.findings if f.code == "C102"]


def test_faithful_wordings_of_the_tenth_round() -> None:
    """Each drew a false warning on the round's first run: a methods sentence with an
    appositive ("The X study, published today in ..., enrolled"), earlier studies after a
    comma, a 1:1 allocation told as "half", "low blood pressure" for hypotension, "cannot
    be recommended" (a caution), "the way they should" (no advice), "cell death" (no
    one's death), "more than halved" worked out from "to 11.2%" after 24.6%, "the
    difference was between 2 and 8 percent" for odds ratios of 1.02 to 1.08, loci "not
    previously reported" backing "for the first time", "how long children need to take
    them" (a question), "a model estimated" (a projection), "findings that proved
    benign", "That delay was" (a noun), "everyone else" (the comparison group)."""
    trial = make_report(
        "The STRIDE-HF study, published today in Heart Failure Reports, enrolled more than "
        "1,900 adults whose hearts pump weakly, with an ejection fraction of 40 percent or "
        "less. Dexavelan, an experimental pill, had improved measures of blood flow in "
        "earlier, smaller studies. In the new trial, half of the patients took dexavelan and "
        "half took an identical dummy pill. Symptoms of low blood pressure were more common "
        "with dexavelan. The authors conclude that dexavelan cannot be recommended for "
        "preventing deaths or hospital admissions.",
        _spun_paper("primary-null-secondary-trial"),
    )
    organoid = make_report(
        '"The organoids stop growing the way they should," she said. Mature neurons showed '
        "only a small rise in cell death. Added two hours after infection, it more than "
        "halved progenitor cell death.",
        _spun_paper("cerebral-organoid-virus"),
    )
    gwas = make_report(
        "The researchers found 104 regions of the genome linked to chronotype, 61 of them "
        "reported for the first time. Each copy of the variant was linked with about 11 "
        "percent higher odds of being a morning person, while at the other lead variants the "
        "difference was between 2 and 8 percent per copy.",
        _spun_paper("gwas-chronotype"),
    )
    kids = make_report(
        "Shorter courses are already known to work in adults with pneumonia, but there has "
        "been little evidence on how long preschool children need to take them.",
        _spun_paper("noninferiority-short-antibiotics"),
    )
    model = make_report(
        "Over the simulated group's lifetime, the model estimated that yearly screening "
        "would prevent about four lung cancer deaths for every 1,000 people screened. It "
        "put the cost at just under $49,000 for each quality-adjusted life year gained. "
        "The model projected 28,600 false-positive results, 1,140 of which led to invasive "
        "procedures for findings that proved benign.",
        _spun_paper("screening-cost-effectiveness-model"),
    )
    sewage = make_report(
        "The amount of virus in the sewage rose and fell in step with hospital admissions. "
        "That delay was typically five days, and it stayed within a narrow band of four to "
        "six days in each of the nine areas.",
        _spun_paper("wastewater-surveillance-lead"),
    )
    dogs = make_report(
        "Dogs are often suggested as a way of getting older people out walking, but there "
        "has been little evidence on how owners compare with everyone else.",
        _spun_paper("pet-ownership-survey"),
    )
    for report in (trial, organoid, gwas, kids, model, sewage, dogs):
        warned = [f.message for f in report.findings if f.severity != "info" and f.sentence]
        assert not warned, warned


def test_tenth_round_distortions_caught() -> None:
    """An in-vitro result placed in babies, a worded percentage against the paper's, a
    dollar amount against the paper's, a causal "gets older people walking", "prove" in
    an "early-warning system" sentence, a specificity told as the share of people with
    the condition the test found."""
    babies = make_report(
        "In babies exposed to Zika in the womb, the virus seeks out and kills the stem cells "
        "that build the brain, the researchers found.",
        _spun_paper("cerebral-organoid-virus"),
    )
    assert "species_extrapolation" in categories(babies)
    dogs = make_report(
        "Seventy-one percent of dog owners walked for at least 150 minutes a week, compared "
        "with 44 percent of non-owners. The study shows that having a dog gets older people "
        "walking for more than 50 extra minutes every week.",
        _spun_paper("pet-ownership-survey"),
    )
    n101 = [f.message for f in dogs.findings if f.category == "number_mismatch"]
    assert n101 and "61%" in n101[0]
    assert "causal_overstatement" in categories(dogs)
    money = make_report(
        "It put the cost of screening at $41,700 for each quality-adjusted life year gained.",
        _spun_paper("screening-cost-effectiveness-model"),
    )
    n101 = [f.message for f in money.findings if f.category == "number_mismatch"]
    assert n101 and "$48,700" in n101[0], [f.message for f in money.findings]
    proof = make_report(
        "The results prove that wastewater monitoring is a reliable early-warning system for "
        "flu hospitalisations.",
        _spun_paper("wastewater-surveillance-lead"),
    )
    assert "certainty_overstatement" in categories(proof)
    watch = make_report(
        "The watch correctly identified 97 percent of the people who had atrial fibrillation.",
        _spun_paper("wearable-afib-detection"),
    )
    n101 = [f.message for f in watch.findings if f.category == "number_mismatch"]
    assert n101 and "79.7%" in n101[0], [f.message for f in watch.findings]


def test_numbers_in_words_currency_and_seasons() -> None:
    from spin.claims import extract_numbers

    seventy = extract_numbers("Seventy-one percent of owners walked.")
    assert [(q.value, q.kind) for q in seventy] == [(71.0, "percent")]
    money = extract_numbers("just under $49,000 per QALY (95% UI $31,200-$82,400)")
    assert [(q.text, q.kind, q.unit, q.approx) for q in money[:1]] == [
        ("just under $49,000", "measure", "$", "just under")
    ]
    assert [q.kind for q in money[1:]] == ["ci", "ci"]
    assert extract_numbers("since the 2015–16 epidemic") == ()
    assert extract_numbers("in the winters of 2022–23 and 2023–24") == ()


def test_trials_in_people_before_the_studies_the_paper_asks_for() -> None:
    """A101: a dish experiment whose paper wants studies in pregnant animals "before any
    clinical testing", told as ready for "clinical trials in pregnant women as quickly as
    possible"; the faithful "needed before anyone considers testing it in people" is not."""
    paper = _spun_paper("cerebral-organoid-virus")
    bad = make_report(
        '"We would like to see RT-2207 move into clinical trials in pregnant women in '
        'Zika-affected regions as quickly as possible," she said.',
        paper,
    )
    a101 = [f.message for f in bad.findings if f.code == "A101"]
    assert a101 and "other studies must come first" in a101[0], [f.message for f in bad.findings]
    fair = make_report(
        "The researchers say studies in pregnant animals are needed before anyone considers "
        "testing it in people.",
        paper,
    )
    assert not [f for f in fair.findings if f.code == "A101"]


# --- the eleventh round of blind releases ----------------------------------------------


def test_faithful_wordings_of_the_eleventh_round() -> None:
    """Each drew a false warning on the round's first run: what people at large say ("people
    who do it often say it improves their mood"), "asked everyone which capsule", gains
    "roughly three times as large" for "4.6 points versus 1.5", "three times a week" (how
    often), "clearly feel" and "clearly not better", "half of the worms were still alive
    at 21 days" (a median), a definition ("is a gentle form of exercise", "is the worm
    counterpart of"), "roughly doubled" for "2.1-fold" beside a hedged interpretation,
    "two out of every three sessions" for "two-thirds", "had fewer falls" (the result,
    as observed), "results ... were similar (-66 g)" (a finding replicated)."""
    micro = make_report(
        "Microdosing has become increasingly popular, and people who do it often say it "
        "improves their mood, wellbeing and thinking. At the end of the month, the "
        "researchers asked everyone which capsule they thought they had been taking. "
        "Volunteers who believed they had been given psilocybin reported gains in wellbeing "
        "roughly three times as large as those who believed they had been on placebo.",
        _spun_paper("microdosing-psilocybin-placebo"),
    )
    swim = make_report(
        "People who swam at least three times a week scored about one point lower on the "
        'depression questionnaire than those who swam less than weekly. "These swimmers '
        'clearly feel that time in the water does them good," she said.',
        _spun_paper("cold-water-swimming-survey"),
    )
    worms = make_report(
        "On the lower dose, half of the worms were still alive at 21 days, against 18 days "
        "for untreated worms. SKN-1 is the worm counterpart of a protein called NRF2 found in "
        "mammals. A glowing marker of SKN-1 activity roughly doubled in brightness in treated "
        'worms. "More is clearly not better here."',
        _spun_paper("worm-lifespan-compound"),
    )
    taichi = make_report(
        "Tai chi is a gentle form of exercise based on slow, flowing movements, originally "
        "developed as a Chinese martial art. Residents in the tai chi homes had fewer falls "
        "than those in the comparison homes. Only around one in three attended at least two "
        "out of every three sessions.",
        _spun_paper("tai-chi-falls-cluster-rct"),
    )
    caffeine = make_report(
        "The blood test told the same story: women with the highest paraxanthine levels had "
        "babies around 65 grams lighter than those of women with the lowest levels.",
        _spun_paper("prenatal-caffeine-birthweight"),
    )
    for report in (micro, swim, worms, taichi, caffeine):
        warned = [f.message for f in report.findings if f.severity != "info" and f.sentence]
        assert not warned, warned


def test_eleventh_round_distortions_caught() -> None:
    """A worm result told of older people, a worm study's endorsement of sage supplements
    ("a sensible step"), "cuts depression scores" from a survey, "Adults across the UK"
    from a survey in Scotland (the dateline's "May 8" is no hedge), "nearly 30 per cent
    fewer falls" for a rate ratio of 0.79 (not a bound of another ratio's interval),
    "caffeine itself holds back a baby's growth"."""
    worms = make_report(
        "The same low dose also improved mobility in older people by about 22 percent. "
        '"For anyone hoping to age well, taking a low-dose sage supplement is a sensible '
        'step," she said.',
        _spun_paper("worm-lifespan-compound"),
    )
    assert {"species_extrapolation", "advice_not_in_source"} <= categories(worms)
    swim = make_report(
        "STIRLING, May 8, 2025 — Adults across the UK who swim outdoors in cold water report "
        "fewer symptoms of depression, according to a survey led by researchers at the "
        "University of Strathallan. Swimming in cold water at least three times a week cuts "
        "depression scores by 1.1 points.",
        _spun_paper("cold-water-swimming-survey"),
    )
    warned = {f.category for f in swim.findings if f.severity != "info"}
    assert {"population_generalization", "causal_overstatement"} <= warned, swim.findings
    falls = make_report(
        "Residents of the homes offering tai chi had nearly 30 per cent fewer falls over the "
        "year than those in homes offering usual activities.",
        _spun_paper("tai-chi-falls-cluster-rct"),
    )
    n101 = [f.message for f in falls.findings if f.category == "number_mismatch"]
    assert n101 and "RR 0.79" in n101[0], [f.message for f in falls.findings]
    growth = make_report(
        "The findings show that caffeine itself holds back a baby's growth in the womb.",
        _spun_paper("prenatal-caffeine-birthweight"),
    )
    assert "causal_overstatement" in categories(growth)


def test_how_often_medians_and_thirds_in_words() -> None:
    from spin.claims import analyze, extract_numbers

    assert [q.kind for q in extract_numbers("swam at least three times a week")] == ["number"]
    assert extract_numbers("Twice-weekly group tai chi") == ()
    assert extract_numbers("half of the worms were still alive at 21 days")[0].text == "21"
    thirds = extract_numbers("118 (36%) attended at least two-thirds.")
    assert thirds[-1].value == pytest.approx(200 / 3)
    nine = extract_numbers("roughly nine additional dementia cases for every 100 older people")
    assert [(q.value, q.unit) for q in nine] == [(9.0, "points")]
    assert analyze("STIRLING, May 8, 2025 — Adults report fewer symptoms.").hedges == ()
    assert analyze("This may help.").hedges == ("may",)
    from spin.claims import _direct_cause_cue

    assert _direct_cause_cue("Swimming in cold water cuts depression scores.") == "cuts"
    assert _direct_cause_cue("Funding cuts to hospitals worried staff.") is None


def test_consistent_with_and_only_in_worms() -> None:
    """ "an effect that required SKN-1 and is consistent with a hormetic response": the
    hedge qualifies what follows it, so "The effect depended on a gene called skn-1"
    reports the plain part; "We have shown this in worms and only in worms" is a caveat."""
    from spin.claims import analyze
    from spin.rules.certainty import plain_part

    statement = (
        "In C. elegans, a low but not a high concentration of hispidulin extended lifespan "
        "and improved late-life motility, an effect that required SKN-1 and is consistent "
        "with a hormetic response."
    )
    assert plain_part("The effect depended on SKN-1, in low-dose worms.", statement)
    caveat = analyze("We have shown this in worms and only in worms.")
    assert caveat.cautionary and not caveat.is_claim
    assert not analyze("The system is a reliable early-warning system for flu.").cautionary


def test_a_dose_four_times_as_concentrated() -> None:
    """ "four times as concentrated" for doses of "25 µM or 100 µM": the release's own
    arithmetic on two of the paper's values set side by side."""
    report = make_report(
        "At the higher dose, four times as concentrated, lifespan was no different from "
        "that of untreated worms.",
        _spun_paper("worm-lifespan-compound"),
    )
    assert "number_mismatch" not in categories(report), [f.message for f in report.findings]


def test_multiplier_windows_read_cuts_the_other_way() -> None:
    """ "more than three times" is 3 or a little more; "more than halved" a ratio under
    0.5, "nearly halved" one a little over it."""
    from spin.claims import extract_numbers
    from spin.rules.numbers import _multiplier_window

    def window(text: str) -> tuple[float, float]:
        return _multiplier_window(extract_numbers(text)[0])

    lo, hi = window("more than three times as many")
    assert lo == 3 and hi > 3
    lo, hi = window("it more than halved the damage")
    assert lo < 0.5 and hi == 0.5
    lo, hi = window("it nearly halved the damage")
    assert lo == 0.5 and hi > 0.5


def test_qualitative_study_whose_paper_states_the_cause_is_info() -> None:
    """A qualitative study's release restating the authors' own causal conclusion: the
    design still cannot show cause, but the overstatement is the paper's (info)."""
    text = (
        "The programme prevented patients from giving up exercise, focus groups with 15 "
        "participants show."
    )
    own = dict(FOCUS_GROUPS, Conclusions="The programme prevented patients from giving up "
               "exercise after they left hospital.")  # fmt: skip
    for paper, severity in ((own, "info"), (FOCUS_GROUPS, "warning")):
        found = [f for f in make_report(text, make_paper(paper)).findings if f.code == "C101"]
        assert len(found) == 1 and found[0].severity == severity
        assert "qualitative" in found[0].message
        assert ("The paper itself words this as a cause." in found[0].message) is (
            severity == "info"
        )


def test_an_attributive_participle_is_no_causal_claim() -> None:
    from spin.rules.causal import _attributive

    assert _attributive("The therapy uses a modified virus to carry the gene.", "modified")
    assert _attributive("Patients were given the reduced dose.", "reduced")
    assert not _attributive("The therapy modified the course of the disease.", "modified")
    assert not _attributive("The drug reduced pain in a third of patients.", "reduced")
    assert not _attributive("a direct result of", "a direct result of")


def test_what_is_unknown_does_not_speak_of_people() -> None:
    """In a cell study, "its effectiveness in people is unknown" claims nothing about
    people (species-extrapolation fired on it before)."""
    for text in (
        "The compound's effect on tumours in patients remains unknown.",
        "Its effectiveness in people with pancreatic cancer is unknown.",
    ):
        report = make_report(text, make_paper(CELLS))
        assert not [f for f in report.findings if f.code == "P101" and f.release], text
    said = "The compound shrinks tumours in patients with pancreatic cancer."
    report = make_report(said, make_paper(CELLS))
    assert [f for f in report.findings if f.code == "P101" and f.release]


# --- twelfth round of blind releases (ninth session)

REGISTRY = {
    "Methods": "We conducted a nationwide cohort study of 11,846 men who underwent radical "
    "prostatectomy, 7,912 robot-assisted and 3,934 open.",
    "Results": "Median length of stay was 2 days after robotic and 4 days after open surgery. "
    "Blood transfusion was required in 1.8% and 7.4% of patients. Urinary continence and "
    "erectile function were not recorded in the register and could not be assessed.",
    "Conclusions": "Robot-assisted prostatectomy was associated with a shorter hospital stay "
    "and fewer blood transfusions than open surgery, with no difference in 90-day "
    "readmissions. Because treatment was not randomly allocated, selection of patients may "
    "account for part of these differences.",
}


def _codes(text: str, paper: dict[str, str], level: str = "warning") -> set[str]:
    report = make_report(text, make_paper(paper))
    return {f.code for f in report.findings if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level]}


def test_a_null_clause_after_with_no_is_not_the_effect_claimed() -> None:
    """ "..., with no difference in 90-day readmissions" is its own clause: a release that
    reports the shorter stay is not contradicted by it, and "not randomly allocated" does
    not make the study a randomised one."""
    from spin.claims import paper_facts

    assert "rct" not in paper_facts(make_paper(REGISTRY)).designs
    text = "Men who had robotic surgery went home sooner and needed fewer transfusions."
    assert "U102" not in _codes(text, REGISTRY)
    said = "Robotic surgery cut readmissions within 90 days, the study found."
    assert "U102" in _codes(said, REGISTRY)


def test_an_outcome_the_paper_says_it_did_not_record() -> None:
    text = "Men who had robotic surgery also regained bladder control and sexual function sooner."
    report = make_report(text, make_paper(REGISTRY))
    (u103,) = [f for f in report.findings if f.code == "U103"]
    assert u103.severity == "warning"
    assert "bladder control and sexual function, which the paper says it did not measure" in (
        u103.message
    )
    pills = "Many participants were also able to cut back on their painkillers."
    assert "U103" in _codes(pills, OLDER_ADULTS)


def test_the_end_of_a_change_from_to() -> None:
    """ "from about 5 percent to almost 10 percent" for "from 5.2% to 7.9%": the 10 finds
    support elsewhere in the paper (9.3%), but not as the end of this change."""
    paper = {
        "Results": "The primary outcome occurred in 8.8% and 9.3% of participants. The mean "
        "omega-3 index increased from 5.2% to 7.9% in the omega-3 group.",
    }
    wrong = "The omega-3 index rose from about 5 percent to almost 10 percent."
    right = "The omega-3 index rose from about 5 percent to almost 8 percent."
    assert "N101" in _codes(wrong, paper)
    assert "N101" not in _codes(right, paper)


def test_a_relative_change_told_in_percentage_points() -> None:
    paper = {
        "Results": "Ten-year cumulative incidence was 11.9% and 16.4%, respectively. Hearing "
        "aid use was associated with a lower hazard of dementia (HR 0.81, 95% CI 0.71 to "
        "0.92).",
    }
    told = "Hearing aid users were 19 percentage points less likely to develop dementia."
    report = make_report(told, make_paper(paper))
    (n101,) = [f for f in report.findings if f.code == "N101"]
    assert "HR 0.81" in n101.message and "4.5 points" in n101.message
    gap = "Hearing aid users were about 4.5 percentage points less likely to develop dementia."
    assert not {"N101", "N102"} & _codes(gap, paper, "info")


def test_places_told_as_people() -> None:
    """P103: an ecological study's association told as what happens to individuals."""
    paper = {
        "Methods": "In this ecological study of 40 countries, national per-capita coffee "
        "consumption was compared with life expectancy at 60.",
        "Results": "Countries with higher coffee consumption had longer life expectancy at 60.",
    }
    people = "Older adults who drink plenty of coffee can expect to live almost two years longer."
    places = "Countries where more coffee is drunk had longer life expectancy at 60."
    share = "The analysis allowed for the share of residents who were female and had fewer jobs."
    assert "P103" in _codes(people, paper)
    assert "P103" not in _codes(places, paper, "info")
    assert "P103" not in _codes(share, paper, "info")
    assert "P103" not in _codes(people, COHORT, "info")  # not a study of places


def test_a_short_sentence_about_the_result_before_it() -> None:
    paper = {
        "Results": "Mean pain intensity fell from 6.2 to 4.9 at week 8 (mean change -1.3, "
        "95% CI -1.8 to -0.8; p<0.001).",
    }
    text = (
        "Average pain fell from just over 6 to just under 5 by week 8. "
        "Both changes were statistically significant."
    )
    assert "U101" not in _codes(text, paper)


def test_questions_and_reasons_not_to_are_no_effect_claimed() -> None:
    paper = dict(
        NULL_PRIMARY,
        Conclusions="The drug did not reduce knee pain more than placebo.",
    )
    for text in (
        "Twelve-week trial of the drug in 412 adults looks at who might benefit.",
        "The trial gives people with knee pain no reason to start taking the drug to reduce "
        "their pain.",
    ):
        assert "U102" not in _codes(text, paper), text
    assert "U102" in _codes("The drug reduced knee pain, the trial found.", paper)


def test_a_hedge_in_an_opening_clause_qualifies_that_clause_only() -> None:
    from spin.rules.certainty import _hedged_scope

    statement = (
        "Because hearing aid users may be healthier and more engaged with health care, "
        "healthier-user bias and residual confounding cannot be excluded, and dementia "
        "ascertainment relied on health records."
    )
    assert _hedged_scope(statement) == "may be healthier and more engaged with health care"
    plain = "Hearing aid use may lower the risk of dementia, and of falls, in older adults."
    assert _hedged_scope(plain) == "may lower the risk of dementia, and of falls, in older adults."


# --- thirteenth blind round (tenth session) ---------------------------------------------

LEVY = {
    "Methods": "We conducted an interrupted time-series analysis of household purchases "
    "from a consumer panel of 29,870 households. No health outcomes were measured.",
    "Results": "In the 12 months after the levy, household purchases of taxed drinks were "
    "10.2% lower than projected (95% CI 7.1% to 13.3%; p<0.001), equivalent to 64 mL per "
    "household per week. Purchases of untaxed drinks were 4.3% higher than projected (95% "
    "CI 1.2% to 7.4%), with the largest increase in fruit juice.",
    "Conclusions": "The levy was associated with a reduction of about one-tenth in household "
    "purchases of taxed drinks. Whether these changes translate into lower rates of obesity "
    "or dental caries cannot be determined from purchasing data.",
}


def test_a_small_share_and_an_interval_bound() -> None:
    """ "around 1%" is not the paper's 4.3% (nor backed by the interval's 1.2%); "a fifth
    of a standard can" is an amount, not a share; "than projected" is no hedge."""
    wrong = "Purchases of untaxed drinks rose only slightly, by around 1% above what was expected."
    assert "N101" in _codes(wrong, LEVY)
    right = "Purchases of untaxed drinks rose by around 4% above what was expected."
    assert not {"N101", "N102"} & _codes(right, LEVY, "info")
    amount = (
        "Purchases of taxed drinks were about 10% lower than projected, roughly 64 "
        "millilitres less per household each week, or about a fifth of a standard can."
    )
    assert not {"N101", "N102", "K101", "C101"} & _codes(amount, LEVY, "info")


def test_around_a_small_share_stays_near_its_rounding() -> None:
    """ "around 2 percent" stands for about 1.5-2.5%, not the placebo arm's 2.7% weight
    change (which is "about 3 percent"), so the drug arm's 7.2% who stopped is not hidden."""
    from spin.sources import SourceSettings, get_paper

    paper = get_paper(
        str(FIXTURES / "spun" / "glp1-weight-phase3.paper.md"),
        SourceSettings.from_env(offline=True),
    )
    said = "Only around {} of people on ferlaglutide stopped treatment because of side effects."
    for told, wrong in (("2 percent", True), ("7 percent", False), ("3 percent", False)):
        report = make_report(said.format(told), paper)
        codes = {f.code for f in report.findings}
        assert ("N101" in codes) is wrong, (told, report.findings)


def _warned_codes(said: str, paper: Paper) -> set[str]:
    """The codes of the findings at warning or error on one sentence."""
    return {f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2}


def _messages_of(said: str, paper: Paper, code: str) -> list[str]:
    """The messages of one rule's findings on one sentence."""
    return [f.message for f in make_report(said, paper).findings if f.code == code]


def _blind_paper(topic: str) -> Paper:
    from spin.sources import SourceSettings, get_paper

    return get_paper(
        str(FIXTURES / "spun" / f"{topic}.paper.md"), SourceSettings.from_env(offline=True)
    )


def test_round_20_numbers() -> None:
    """Extra events per so many people are compared with the paper's gap between two arms
    ("230 participants (3.8%) receiving aspirin and 170 (2.8%) receiving placebo") or its
    own rate per 10,000, rounded at their count; an example person's age within the ages
    studied is no figure of the paper; a relative incidence is a ratio."""
    aspirin = _blind_paper("aspirin-older-adults-bleeding-rct")
    fine = (
        "That works out to roughly one extra major bleed for every 100 people who took aspirin.",
        '"There is little reason for a healthy 75-year-old to start taking aspirin," she said.',
    )
    for said in fine:
        assert not {"N101", "N102"} & {f.code for f in make_report(said, aspirin).findings}, said
    wrong = "That works out to roughly three extra major bleeds for every 100 people on aspirin."
    assert {"N101", "N102"} & {f.code for f in make_report(wrong, aspirin).findings}
    sccs = _blind_paper("sccs-vaccine-febrile-seizure")
    wrong = "That works out to about one extra seizure for every 300 doses given."
    assert "N101" in {f.code for f in make_report(wrong, sccs).findings}
    for right in (
        "That works out to about one extra seizure for every 3,000 doses given.",
        "Toddlers had nearly four times the usual risk of a febrile seizure 7 to 10 days later.",
    ):
        assert not {"N101", "N102"} & {f.code for f in make_report(right, sccs).findings}, right


def test_round_20_rules() -> None:
    """A background the paper states as known is no contradicted claim beside a null
    trial; "clear evidence" in a quote on a plain finding is emphasis (info); "almost
    everyone" is the sample and "healthier than the general population" a limitation."""
    aspirin = _blind_paper("aspirin-older-adults-bleeding-rct")
    known = (
        "Low-dose aspirin lowers the chance of a repeat heart attack or stroke in people who "
        "already have cardiovascular disease."
    )
    assert "U102" not in {f.code for f in make_report(known, aspirin).findings}
    claimed = "In healthy older people, daily aspirin improved disability-free survival."
    assert "U102" in {f.code for f in make_report(claimed, aspirin).findings}
    quote = (
        '"We found no sign that it helps them stay well, and clear evidence that it increases '
        'serious bleeding," said Dr. Helen Marchetti.'
    )
    (k102,) = [f for f in make_report(quote, aspirin).findings if f.code == "K102"]
    assert k102.severity == "info"
    runners = _blind_paper("marathon-troponin-prepost")
    said = '"The rise fades within two days in almost everyone," said Dr. Verhoeven.'
    assert "P102" not in {f.code for f in make_report(said, runners).findings}
    said = "The results apply to everyone who runs a marathon."
    assert "P102" in {f.code for f in make_report(said, runners).findings}
    prs = _blind_paper("polygenic-score-heart-prediction")
    said = "The authors note that biobank volunteers are healthier than the general population."
    assert "P102" not in {f.code for f in make_report(said, prs).findings}


def test_round_20_more() -> None:
    """A mechanism the paper "suggests, but does not establish" told as shown (K101);
    something the paper says was "not assessed" told as a result (U103); "give ...
    good reason to" and a trailing "the team advises" are advice (A101); a change matched
    only by an unrelated figure while the aligned statement gives another (N101);
    "elsewhere in the Indo-Pacific" is where the findings may not apply (P102)."""
    rice = _blind_paper("rice-drought-gene-edit-field")
    said = "The team showed that the edit works by boosting signalling by ABA, a stress hormone."
    assert "K101" in {f.code for f in make_report(said, rice).findings}
    said = "The edited grain also kept the cooking and eating quality of the original variety."
    assert "U103" in {f.code for f in make_report(said, rice).findings}
    said = "The authors note that grain quality was not assessed."
    assert "U103" not in {f.code for f in make_report(said, rice).findings}
    coral = _blind_paper("coral-bleaching-reef-survey")
    said = (
        "The researchers say the findings give provincial governments good reason to restrict "
        "fishing for parrotfish on reefs that bleached."
    )
    assert "A101" in {f.code for f in make_report(said, coral).findings}
    said = "The results show how reefs across the Indo-Pacific fared during the heatwave."
    (p102,) = [f for f in make_report(said, coral).findings if f.code == "P102"]
    assert "'Indo-Pacific'" in p102.message and "elsewhere in the Indo-Pacific" in p102.message
    said = "Results from a single region may not hold elsewhere in the Indo-Pacific, they note."
    assert "P102" not in {f.code for f in make_report(said, coral).findings}
    sccs = _blind_paper("sccs-vaccine-febrile-seizure")
    said = "Giving paracetamol on days 7 to 10 can help head off these seizures, the team advises."
    (a101,) = [f for f in make_report(said, sccs).findings if f.code == "A101"]
    assert a101.severity == "warning"
    said = '"We hope these figures help doctors talk the risks through with parents," she said.'
    assert "K101" not in {f.code for f in make_report(said, sccs).findings}
    dbs = _blind_paper("dbs-ocd-case-report")
    for told, wrong in (("about 60 percent", True), ("nearly 40 percent", False)):
        said = f"In adaptive mode, the device delivered {told} less electrical energy."
        assert ("N101" in {f.code for f in make_report(said, dbs).findings}) is wrong, told


def test_round_21_limitations_denied() -> None:
    """A limitation the paper states, said not to hold (K101), but not the limitation told
    ("cannot be ruled out", "hard to rule out") nor an outcome "free of infection"."""
    sauna = _blind_paper("sauna-cohort-mortality")
    said = (
        "Because the analysis accounted for physical activity, socioeconomic status and other "
        "health factors, the link cannot be explained by healthier men using the sauna more."
    )
    (k101,) = [f for f in make_report(said, sauna).findings if f.code == "K101"]
    assert "does not hold" in k101.message and "residual confounding" in k101.message
    for told in (
        "Because the study was observational, residual confounding cannot be ruled out.",
        "Earlier studies found the same link, but it has been hard to rule out other explanations.",
    ):
        assert "K101" not in {f.code for f in make_report(told, sauna).findings}, told
    cash = _blind_paper("cash-transfer-child-growth-cluster-rct")
    said = (
        "Because the villages were assigned at random, the spending and diet findings are free "
        "of the reporting biases that can creep into household surveys."
    )
    assert "K101" in {f.code for f in make_report(said, cash).findings}
    juice = _blind_paper("nitrate-bp-n-of-1-series")
    said = "Because every volunteer was their own control, two-week periods were long enough."
    assert "K101" in {f.code for f in make_report(said, juice).findings}
    said = "Beetroot juice lowers blood pressure a little, but only some people clearly benefit."
    assert "K102" not in {f.code for f in make_report(said, juice).findings}
    said = "Six of the 36 people who started dropped out, half of them because of the taste."
    assert "N101" not in {f.code for f in make_report(said, juice).findings}
    said = "Doctors can now suggest a daily glass of beetroot juice to these patients."
    assert "A101" in {f.code for f in make_report(said, juice).findings}


def test_known_benefit_in_the_excluded_group_is_not_contradicted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "Aspirin has earned its place in protecting people who have already had a heart
    attack or stroke" beside a null trial whose findings "do not apply to people with
    established cardiovascular disease": the group the null result leaves out.  MiniLM
    ranks the null conclusion first for it (the lexical aligner ranks the background)."""
    from spin import embed

    if not embed.available("minilm"):
        pytest.skip("the MiniLM model of the embed extra is not installed")
    monkeypatch.setenv("SPIN_ALIGN_EMBED", "1")
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "minilm")
    aspirin = _blind_paper("aspirin-older-adults-bleeding-rct")
    said = (
        '"Aspirin has earned its place in protecting people who have already had a heart '
        'attack or stroke," said lead investigator Dr. Helen Marchetti, a geriatrician at the '
        "Southbank Institute for Healthy Ageing in Melbourne."
    )
    assert "U102" not in {f.code for f in make_report(said, aspirin).findings}
    said = "In healthy older people, daily aspirin improved disability-free survival."
    assert "U102" in {f.code for f in make_report(said, aspirin).findings}


def test_round_21_numbers_and_groups() -> None:
    """ "All eight" against the paper's "Seven of 8" for the same result (not blocked by
    "All 8 ... showed wound-directed behaviour"); the comparison group's share told of the
    clause's own group; a year is no part of a share; a sex the paper says its findings
    may not apply to, though a call for research names it too."""
    octopus = _blind_paper("octopus-pain-behaviour")
    said = "All eight acid-injected animals spent less than half of the test in the chamber."
    assert "N101" in {f.code for f in make_report(said, octopus).findings}
    said = "Seven of the eight acid-injected animals spent less than half of the test there."
    assert "N101" not in {f.code for f in make_report(said, octopus).findings}
    surgery = _blind_paper("bariatric-surgery-propensity-cohort")
    said = "About 6 percent of surgical patients went on to need another abdominal operation."
    (n101,) = [f for f in make_report(said, surgery).findings if f.code == "N101"]
    assert "12.4%" in n101.message
    said = "About 12 percent of surgical patients needed another operation, against 6 percent."
    assert "N101" not in {f.code for f in make_report(said, surgery).findings}
    dna = _blind_paper("ancient-dna-farming-migration")
    said = (
        "Among people living between 2700 and 2500 BCE, the steppe share had fallen to about "
        "45 percent, down from about 70 percent in the two centuries before."
    )
    assert "N101" in {f.code for f in make_report(said, dna).findings}
    sauna = _blind_paper("sauna-cohort-mortality")
    said = "The team says the findings are likely to apply to middle-aged women as well as men."
    assert "P102" in {f.code for f in make_report(said, sauna).findings}
    dna = _blind_paper("ancient-dna-farming-migration")
    said = "The results show that across central Europe, the steppe ancestry blended slowly."
    (p102,) = [f for f in make_report(said, dna).findings if f.code == "P102"]
    assert "central Europe" in p102.message
    juice = _blind_paper("nitrate-bp-n-of-1-series")
    said = "The findings also extend to people with newly diagnosed high blood pressure."
    (p102,) = [f for f in make_report(said, juice).findings if f.code == "P102"]
    assert "already on treatment" in p102.message
    said = "The findings apply to people whose blood pressure stays high despite their pills."
    assert "P102" not in {f.code for f in make_report(said, juice).findings}
    cells = _blind_paper("nicotine-pouch-gum-cells")
    said = "The strongest pouch extract cut fibroblast survival by about a third at 72 hours."
    assert "U103" not in {f.code for f in make_report(said, cells).findings}


def test_round_22_rules() -> None:
    """What the twenty-second round's faithful releases taught: a cause the paper's own
    background states is known, not overstated; the design's assignment ("made a dramatic
    difference to who got the jab") is no finding; "roughly halved" for "fell from 11.8%
    before to 5.9%"; a rate per 1,000 is the paper's rate, not a count; "but not for
    everyone" limits; and routine use the paper says needs replication first (A101)."""
    shingles = _blind_paper("shingles-vaccine-dementia-natural-experiment")
    for said in (
        "Shingles is caused by the chickenpox virus reawakening, decades after an infection.",
        "The cut-off made a dramatic difference to who got the jab.",
    ):
        assert "C101" not in {f.code for f in make_report(said, shingles).findings}, said
    lead = _blind_paper("lead-pipe-replacement-blood-lead")
    said = "After the programme, that share had roughly halved, to about 6 percent."
    assert "N101" not in {f.code for f in make_report(said, lead).findings}
    said = "After the programme, the share of tests at or above 3.5 had fallen five-fold."
    assert "N101" in {f.code for f in make_report(said, lead).findings}
    screening = _blind_paper("ai-mammography-screening-rct")
    said = "The AI-supported approach detected 6.4 cancers per 1,000 women screened."
    assert not {"N101", "N102"} & {f.code for f in make_report(said, screening).findings}
    bread = _blind_paper("sourdough-bread-glucose-crossover")
    said = "Sourdough breakfast brings a smaller blood sugar bump, but not for everyone"
    assert "P102" not in {f.code for f in make_report(said, bread).findings}
    frogs = _blind_paper("chytrid-frog-probiotic-field")
    said = (
        "The team recommends that wildlife managers start bathing tadpoles in the bacterium "
        "as a routine step before each chytrid season."
    )
    (a101,) = [f for f in make_report(said, frogs).findings if f.code == "A101"]
    assert "needs evaluation first" in a101.message


def test_an_outcome_the_paper_says_cannot_be_determined() -> None:
    """ "cannot be determined" names an outcome as not measured; "early signs point to"
    claims evidence, so a hedge does not lower it to info; "we can't tell whether" asks."""
    said = (
        "Early signs also point to fewer children developing tooth decay and a slowdown in "
        "childhood obesity since the levy was introduced."
    )
    report = make_report(said, make_paper(LEVY))
    (u103,) = [f for f in report.findings if f.code == "U103"]
    assert u103.severity == "warning" and "did not measure" in u103.message
    asked = (
        "\"We can't tell from these data whether the levy will lead to less obesity or tooth "
        'decay," she said.'
    )
    assert not {"U103", "K102"} & _codes(asked, LEVY)


def test_a_near_share_is_bounded_by_its_size() -> None:
    paper = {
        "Results": "An LDL cholesterol below 1.8 mmol/L (70 mg/dL) was reached by 47%, 65% "
        "and 79% of participants with the three doses, vs 5% with placebo.",
    }
    assert "N101" in _codes(
        "At the highest dose, nearly nine in ten participants reached the LDL target.", paper
    )
    assert not {"N101", "N102"} & _codes(
        "At the highest dose, nearly four in five participants reached the LDL target.",
        paper,
        "info",
    )


def test_differences_in_days_and_concentrations_have_units() -> None:
    from spin.claims import extract_numbers

    (days,) = extract_numbers("They had 1.9 fewer migraine days a month than with sham.")
    assert (days.kind, days.unit) == ("measure", "days")
    (word,) = extract_numbers("People had just under one fewer migraine day a month.")
    assert (word.kind, word.value, word.approx) == ("measure", 1.0, "just under")
    (molar,) = extract_numbers("The IC50 was as low as 8 micromolar in one line.")
    assert (molar.kind, molar.unit) == ("measure", "µM")
    assert extract_numbers("cells 5 µm wide")[0].unit != "µM"
    paper = {
        "Results": "Compared with sham, acupuncture reduced monthly migraine days by a mean "
        "difference of -0.9 days (95% CI -1.4 to -0.4).",
    }
    assert "N101" in _codes("People had 1.9 fewer migraine days a month with acupuncture.", paper)
    assert not {"N101", "N102"} & _codes(
        "People had just under one fewer migraine day a month with acupuncture.", paper, "info"
    )


def test_a_multiple_worked_out_from_rounded_numbers() -> None:
    paper = {
        "Results": "At 48 hours, IC50 values were 12.7 µM in MIA PaCa-2 and 24.9 µM in BxPC-3, "
        "compared with 86.3 µM in HPDE cells. Cleaved caspase-3 increased 3.2-fold.",
    }
    text = (
        "The dose needed to cut viability by half was about 13 micromolar in the most "
        "sensitive cancer line, compared with roughly 86 micromolar for the normal cells: "
        "almost seven times higher."
    )
    assert not {"N101", "N102"} & _codes(text, paper, "info")


def test_a_background_about_animals_retold_about_people() -> None:
    """A sentence whose best match is a background statement about rodents still speaks
    of people; one restating a background about a disease does not."""
    paper = {
        "Background": "Physical exercise increases adult hippocampal neurogenesis in rodents, "
        "and newly generated neurons have been implicated in pattern separation, the ability "
        "to distinguish similar experiences.",
        "Methods": "Adult male mice were housed for 4 weeks with a free or a locked running wheel.",
        "Results": "Running increased new neurons 2.1-fold in mice.",
    }
    text = (
        "The results show that staying physically active helps people keep similar "
        "experiences distinct."
    )
    report = make_report(text, make_paper(paper))
    (p101,) = [f for f in report.findings if f.code == "P101" and f.sentence is not None]
    assert p101.message.endswith("the study was in mice.")


def test_children_when_the_paper_studied_adults() -> None:
    paper = {
        "Methods": "We included randomised trials of acupuncture in adults with episodic migraine.",
        "Results": "Acupuncture reduced monthly migraine days by 0.9 days.",
    }
    told = "Acupuncture helped children and adults alike who live with migraine, the review found."
    report = make_report(told, make_paper(paper))
    (p102,) = [f for f in report.findings if f.code == "P102"]
    assert "'children'" in p102.message and "adults with episodic migraine" in p102.message
    limit = "The trials did not include children, the authors note."
    assert "P102" not in _codes(limit, paper, "info")


def test_a_share_from_a_qualitative_study() -> None:
    paper = {
        "Methods": "We conducted semi-structured interviews with 26 intensive care nurses "
        "and analysed them thematically. No measures of burnout prevalence were administered.",
        "Results": "Participants (21 women, 5 men) described coping strategies, including, "
        "for some participants, plans to leave intensive care.",
    }
    share = "Nearly two-thirds of the nurses interviewed said they were planning to leave."
    report = make_report(share, make_paper(paper))
    (n102,) = [f for f in report.findings if f.code == "N102"]
    assert n102.severity == "warning" and "qualitative" in n102.message
    women = "More than four in five of the participants were women."
    assert not {"N101", "N102"} & _codes(women, paper, "info")
    speaker = '"Every shift you are the one holding the gaps," one participant said.'
    assert not {"N101", "N102"} & _codes(speaker, paper, "info")


def test_research_steps_and_informed_choice_are_not_advice() -> None:
    paper = {
        "Results": "LDL cholesterol fell by 45% to 60% relative to placebo.",
        "Conclusions": "These results support evaluation of the 150 mg and 300 mg doses in "
        "phase 3.",
    }
    forward = (
        "The authors conclude that the two higher doses should be taken forward into phase 3 "
        "testing."
    )
    assert "A101" not in _codes(forward, paper)
    know = "Anyone considering the drug should know the benefit, if there is one, is small."
    assert "A101" not in _codes(know, paper)
    promote = (
        "Patients whose cholesterol stays high should talk to their doctor about whether the "
        "drug could be right for them."
    )
    assert "A101" in _codes(promote, paper)
    caution = "Patients should not stop their statins without talking to their doctor."
    assert "A101" not in _codes(caution, paper)


def test_attributions_and_nouns_the_strength_model_misread() -> None:
    from spin.claims import analyze

    lede = (
        "Households bought fewer sugary drinks after the levy, according to a study of "
        "nearly 30,000 households led by researchers at Kilbride University."
    )
    assert "led" not in analyze(lede).strength_cues
    assert analyze("The drug can reduce pain.").strength == 3
    can = "Purchases fell by about 64 millilitres a week, or about a fifth of a standard can."
    assert "can" not in analyze(can).strength_cues


def test_what_is_not_yet_known_and_the_certainty_of_the_main_result() -> None:
    unclear = (
        "What has been less clear is which molecular signals link the exercise to the "
        "memory benefit."
    )
    paper = {
        "Methods": "Adult male mice were housed with a running wheel for 4 weeks.",
        "Results": "Running increased new neurons 2.1-fold.",
    }
    assert "U101" not in _codes(unclear, paper)
    review = {
        "Methods": "The primary outcome was the change in monthly migraine days.",
        "Results": "Acupuncture reduced monthly migraine days by 0.9 days. The certainty of "
        "evidence for the primary outcome was rated low.",
    }
    rated = (
        "The researchers rated the certainty of the evidence for the main result as low, "
        "because of the risk of bias."
    )
    assert "U104" not in _codes(rated, review)


def test_weak_advice_to_people_from_a_study_in_cells() -> None:
    """ "may be worth adding to the diet" is weak advice; to people, from a study of cell
    lines, it is a warning; from a study in people it stays at info."""
    from spin.claims import analyze

    text = (
        "Burdock root may be worth adding to the diet of people at high risk of pancreatic "
        "cancer, the researchers say."
    )
    assert analyze(text).advice == 1
    cells = {
        "Methods": "We treated three human pancreatic cancer cell lines with arctigenin in vitro.",
        "Results": "Arctigenin reduced viability of the cell lines in a dose-dependent manner.",
    }
    report = make_report(text, make_paper(cells))
    (a101,) = [f for f in report.findings if f.code == "A101"]
    assert a101.severity == "warning"
    report = make_report(text, make_paper(COHORT))
    assert all(f.severity == "info" for f in report.findings if f.code == "A101")
    assert analyze("Such leads are worth pursuing in larger trials.").advice == 0


# --- fourteenth blind round (tenth session) ---------------------------------------------


def test_advice_about_something_the_papers_advice_is_not() -> None:
    """A recommendation no stronger than the paper's, on another matter, is advice the
    paper does not give; a paraphrase of the paper's own advice is not."""
    paper = dict(
        COHORT,
        Conclusions="The absolute excess risks were small and should be weighed against "
        "symptom relief when women and clinicians discuss treatment.",
    )
    other = "The researchers recommend that women limit combined hormone therapy to five years."
    report = make_report(other, make_paper(paper))
    (a101,) = [f for f in report.findings if f.code == "A101"]
    assert a101.severity == "warning" and "none of the paper's advice" in a101.message
    same = (
        "The authors say the small absolute increase in risk should be weighed against the "
        "relief from symptoms when women and clinicians discuss treatment."
    )
    assert "A101" not in _codes(same, paper, "info")


def test_a_fold_change_against_the_papers_two_values() -> None:
    paper = {
        "Methods": "Adult male Sprague-Dawley rats (n = 48) were randomly assigned to "
        "intermittent sucrose, continuous sucrose or chow.",
        "Results": "In intermittent sucrose rats, daily intake rose from a mean of 37 mL (SD 9) "
        "on day 1 to 86 mL (SD 14) on day 30 (p < 0.001).",
    }
    wrong = (
        "Over the month, rats in the on-and-off sugar group more than tripled their daily intake."
    )
    report = make_report(wrong, make_paper(paper))
    (n101,) = [f for f in report.findings if f.code == "N101"]
    assert "from 37 to 86, 2.3 times" in n101.message
    right = (
        "Over the month, rats in the on-and-off sugar group more than doubled their daily intake."
    )
    assert not {"N101", "N102"} & _codes(right, paper, "info")
    from spin.claims import paper_facts

    facts = paper_facts(make_paper(paper))  # "Adult male ... rats": no trial in people
    assert facts.nonhuman and "rct" not in facts.designs


def test_a_list_of_hazard_ratios_and_a_relative_risk() -> None:
    paper = {
        "Results": "Compared with the lowest quartile, adjusted hazard ratios were 0.64 (95% CI "
        "0.52-0.79), 0.51 (0.40-0.65) and 0.47 (0.36-0.61), respectively.",
    }
    told = "People in the most active group had a 53 percent lower risk of death."
    assert not {"N101", "N102"} & _codes(told, paper, "info")


def test_a_lab_binding_told_as_infecting_people() -> None:
    paper = {
        "Methods": "We collected 1,512 faecal samples from bats roosting in 14 caves and "
        "tested the receptor-binding domain of a novel virus in a cell-binding assay.",
        "Results": "The receptor-binding domain bound human ACE2 weakly.",
        "Conclusions": "Binding in a cell assay does not show that the virus can infect human "
        "cells or transmit between people.",
    }
    told = (
        "The result means the virus is already capable of infecting people and could spread "
        "from person to person."
    )
    report = make_report(told, make_paper(paper))
    (p101,) = [f for f in report.findings if f.code == "P101" and f.sentence is not None]
    assert p101.severity == "warning" and p101.message.endswith("in bats.")
    hedged = "Viruses like this could one day help explain how people are infected."
    assert all(
        f.severity == "info"
        for f in make_report(hedged, make_paper(paper)).findings
        if f.code == "P101" and f.sentence is not None
    )


def test_urging_parents_and_the_risk_of_a_group() -> None:
    from spin.claims import analyze

    urging = analyze(
        "The research team is urging parents to apply sunscreen to their children every day."
    )
    assert urging.advice == 2 and urging.advice_cues[0] == "urging"
    lede = analyze(
        "Taking more steps each day lowers middle-aged and older adults' risk of dying, "
        "according to a decade-long study."
    )
    assert lede.strength == 3


def test_background_plans_hopes_and_outcome_names() -> None:
    from spin.claims import analyze

    for text in (
        "The next step is to work out how to help more people stay with the programme.",
        "Respiratory infections are a leading reason pupils miss school in winter.",
    ):
        assert not analyze(text).is_claim, text
    absence = analyze(
        "Schools that kept masks recorded a lower rate of pupil absence due to respiratory "
        "infections than schools that dropped them."
    )
    assert "due to" not in absence.strength_cues
    paper = {"Results": "Antidepressants were more effective than placebo (SMD 0.30)."}
    hoped = "The team hopes the work will help doctors and patients make better choices."
    assert "K102" not in _codes(hoped, paper)
    chance = analyze(
        "With the missing results accounted for, the benefit was slightly smaller and could "
        "have been due to chance."
    )
    assert chance.null_result


def test_a_limitation_and_a_design_in_other_words() -> None:
    from spin.claims import DESIGN_MENTIONS

    assert DESIGN_MENTIONS["case_control"].search(
        "Researchers compared 1,204 adults with melanoma with 1,517 people chosen at random."
    )
    paper = {
        "Methods": "In this population-based case-control study, 1,204 adults with melanoma "
        "and 1,517 controls reported their sunscreen use.",
        "Results": "Regular adult sunscreen use was associated with lower odds of melanoma "
        "(odds ratio 0.71, 95% CI 0.58-0.87).",
        "Conclusions": "Residual confounding by sun-seeking behaviour cannot be excluded.",
    }
    text = (
        "Adults who used sunscreen were less likely to have melanoma. The authors say that "
        "sun-seeking behaviour could not be fully ruled out as an influence on the results."
    )
    report = make_report(text, make_paper(paper))
    assert not [f for f in report.findings if f.code == "O101" and "cause" in f.message]


def test_a_hedge_ends_where_a_new_clause_begins() -> None:
    from spin.rules.certainty import _hedged_scope

    statement = (
        "Differences in school policy may confound this association, and absence reasons "
        "were recorded by parents without laboratory confirmation."
    )
    assert _hedged_scope(statement) == "may confound this association"


# --- fifteenth blind round (tenth session) ----------------------------------------------


def test_a_share_told_of_the_other_arm() -> None:
    paper = {
        "Methods": "Adults were randomly assigned to faecal microbiota transplantation (FMT) "
        "or to vancomycin.",
        "Results": "Mild transient gastrointestinal symptoms were reported by 9 of 31 "
        "participants (29%) after FMT and 4 of 31 (13%) with vancomycin.",
    }
    swapped = (
        "Mild stomach symptoms affected only about one in eight patients who had a transplant."
    )
    report = make_report(swapped, make_paper(paper))
    (n101,) = [f for f in report.findings if f.code == "N101"]
    assert "29%" in n101.message
    right = "Mild stomach symptoms affected about one in eight patients given vancomycin."
    assert not {"N101", "N102"} & _codes(right, paper, "info")


def test_extra_cases_for_every_hundred_against_a_hazard_ratio() -> None:
    paper = {
        "Results": "Each 10 dB increase in night-time aircraft noise was associated with "
        "incident hypertension (hazard ratio 1.10, 95% CI 1.04 to 1.16); incidence was 30.4 "
        "per 1,000 person-years at 50 dB or more and 26.1 below 40 dB.",
    }
    told = (
        "For every 100 people living near the airports, each additional 10 decibels came "
        "with about 10 extra cases of high blood pressure."
    )
    report = make_report(told, make_paper(paper))
    (n101,) = [f for f in report.findings if f.code == "N101"]
    assert "HR 1.10" in n101.message


def test_instead_of_where_the_paper_says_not_a_replacement() -> None:
    paper = {
        "Results": "Anxiety scores fell by 3.3 points over 8 weeks.",
        "Conclusions": "A randomised trial is needed before the chatbot could be considered "
        "as a complement to, not a replacement for, campus counselling.",
    }
    told = (
        "Students with mild anxiety can use the chatbot instead of booking sessions with a "
        "campus counsellor."
    )
    report = make_report(told, make_paper(paper))
    (a101,) = [f for f in report.findings if f.code == "A101"]
    assert a101.severity == "warning" and "not a replacement" in a101.message


def test_units_calories_volumes_and_pairs() -> None:
    from spin.claims import extract_numbers

    (cal,) = extract_numbers("Volunteers ate about 500 more calories a day on the diet.")
    assert (cal.kind, cal.unit) == ("measure", "calories")
    vol = extract_numbers("Mean tumour volume was 1,420 mm³ in controls and 1,180 mm³ with ADF.")
    assert [q.unit for q in vol] == ["mm³", "mm³"]
    paper = {
        "Results": "At day 21, mean tumour volume was 1,420 mm³ in controls, 1,180 mm³ with "
        "fasting alone and 760 mm³ with doxorubicin, 46% smaller.",
    }
    told = "Tumours in mice that fasted without the drug were about 17 per cent smaller."
    assert not {"N101", "N102"} & _codes(told, paper, "info")
    kcal = {
        "Results": "Energy intake was higher on the ultra-processed diet than on the minimally "
        "processed diet (3,012 vs 2,504 kcal/day; difference 508 kcal/day)."
    }
    told = "On the ultra-processed diet, volunteers ate roughly 800 more calories a day."
    assert "N101" in _codes(told, kcal)


def test_words_of_cause_caution_and_none() -> None:
    from spin.claims import analyze

    assert analyze("Aircraft noise at night pushes up blood pressure.").strength == 3
    assert analyze("Removing phones makes schools safer places for children.").strength == 3
    school = analyze(
        "Every school should introduce a ban, and parents should urge their schools to "
        "adopt one without waiting for further research."
    )
    assert school.advice == 2 and not school.cautionary
    assert analyze("Men showed no such pattern.").null_result
    assert not analyze("They break down extremely slowly in the environment.").is_claim
    assert not analyze("The analysis stopped in February 2020, before the pandemic.").is_claim
    assert (
        "clear link" in analyze("The study found a clear link between PFAS and disease.").boosters
    )
    assert not analyze("Diagnosis required a first prescription of a drug.").novelty


def test_only_a_small_effect_claims_no_effect() -> None:
    small = "The drug had only a small effect on knee pain at 12 weeks."
    assert "U102" not in _codes(small, NULL_PRIMARY)
    assert "U102" in _codes("The drug reduced knee pain at 12 weeks.", NULL_PRIMARY)


# --- sixteenth blind round (tenth session) ----------------------------------------------


def test_a_finding_told_of_whom_the_paper_says_it_may_not_apply_to() -> None:
    paper = {
        "Methods": "We randomly assigned 162 breastfed infants with colic to probiotic drops "
        "or placebo.",
        "Results": "Crying time fell by 31 minutes a day more with the probiotic.",
        "Conclusions": "These results may not apply to formula-fed infants, who were not studied.",
    }
    told = "The team expects the benefits to extend to formula-fed babies as well."
    report = make_report(told, make_paper(paper))
    (p102,) = [f for f in report.findings if f.code == "P102"]
    assert "formula-fed infants" in p102.message
    caveat = "The results may not apply to formula-fed babies, the authors note."
    assert "P102" not in _codes(caveat, paper, "info")


def test_a_survey_share_told_as_everyones() -> None:
    paper = {
        "Methods": "We surveyed 3,712 self-selected adults with persistent symptoms.",
        "Results": "Fatigue was reported by 3,221 respondents (86.8%).",
        "Conclusions": "Because the sample was self-selected, the frequencies cannot be used to "
        "estimate how common persistent symptoms are.",
    }
    told = "In other words, close to nine in ten people who catch COVID-19 develop lasting fatigue."
    assert "P102" in _codes(told, paper)
    faithful = "Almost nine in ten of the people who responded reported fatigue."
    assert "P102" not in _codes(faithful, paper, "info")


def test_advice_to_another_audience_and_background_advice() -> None:
    paper = {
        "Background": "Cognitive behavioural therapy for insomnia is the recommended first-line "
        "treatment for chronic insomnia.",
        "Results": "The app was non-inferior to group therapy at 12 weeks.",
        "Conclusions": "The app may be a reasonable option for sleep services.",
    }
    background = (
        "Cognitive behavioural therapy is the recommended first-line treatment for insomnia."
    )
    assert "A101" not in _codes(background, paper, "info")
    assert "A101" in _codes("GPs should now prescribe the app as the first-line treatment.", paper)
    clinicians = {
        "Results": "Cannabis use disorder was associated with psychosis (hazard ratio 2.6).",
        "Conclusions": "Clinicians treating young people with cannabis use disorder should be "
        "alert to emerging psychotic symptoms.",
    }
    govern = (
        "The researchers also urge governments relaxing cannabis laws to set the minimum legal "
        "age for buying cannabis at 25."
    )
    report = make_report(govern, make_paper(clinicians))
    (a101,) = [f for f in report.findings if f.code == "A101"]
    assert "to policy makers" in a101.message


def test_numbers_in_millions_units_and_interval_bounds() -> None:
    from spin.claims import extract_numbers

    (people,) = [
        q for q in extract_numbers("24 studies covering 1.2 million adults") if q.value > 100
    ]
    assert people.value == 1_200_000 and people.unit == "adults"
    (m,) = extract_numbers("at least 28% (19M) of the literature")[1:]
    assert m.value == 19_000_000
    low = extract_numbers("AUD 1.42 billion (95% UI 0.81-2.09 billion)")
    assert [round(q.value / 1e9, 2) for q in low] == [1.42, 0.81, 2.09]
    assert extract_numbers("scored on average 0.6 points higher")[0].unit != "age"
    (dose,) = extract_numbers("roughly 300 milligrams of sucralose per kilogram of body weight")
    assert dose.unit == "mg/kg"
    paper = {"Results": "Mean 6-minute walk distance increased by 27 m (95% CI 9 to 45)."}
    assert "N101" in _codes("The walking distance increased by an average of 45 metres.", paper)
    ranged = "The walking distance increased by between 9 and 45 metres."
    assert not {"N101", "N102"} & _codes(ranged, paper, "info")


def test_small_counts_medians_and_survivors() -> None:
    paper = {
        "Methods": "Eighteen adults with chronic stroke took part in 18 sessions.",
        "Results": "Sixteen of 18 participants completed the programme; two withdrew. Median "
        "symptom duration was 14 months (IQR 8-21), and 59.0% had symptoms for 12 months or "
        "longer.",
    }
    assert "N101" not in _codes("Two people withdrew from the study.", paper, "info")
    half = "Half of the respondents had been unwell for 14 months or more."
    assert "N101" not in _codes(half, paper, "info")
    assert "U103" not in _codes("Stroke survivors walked faster after six weeks.", paper, "info")


def test_claims_that_were_read_as_cautions_or_background() -> None:
    from spin.claims import analyze

    seen = analyze("The same pattern of fatigue is seen in children and teenagers.")
    assert seen.is_claim
    advises = analyze(
        "The team advises anyone who still feels exhausted four weeks after a positive test "
        "to ask their GP for a referral."
    )
    assert advises.advice == 2
    wish = analyze("We'd like to see the pattern tested in other years and landscapes.")
    assert wish.cautionary
    split = (
        "In breastfed infants, the drops may modestly reduce crying time, although the "
        "confidence interval was wide and the difference in responder rates was not "
        "statistically significant."
    )
    paper = {"Results": "Crying time fell by 31 minutes a day (p=0.02).", "Conclusions": split}
    assert "U102" not in _codes("Probiotic drops may modestly cut crying in babies.", paper)


def test_a_paragraph_opening_with_most_of_the_difference() -> None:
    """ "Most of the difference appeared between ..." opens the paragraph whose next
    sentence gives the paper's figures: not a claim of its own, whatever came before."""
    paper = {
        "Results": "Spline analysis showed that risk declined steeply up to approximately "
        "8,000 steps per day, with little further reduction above that level.",
    }
    text = (
        "Walking is something most people can do.\n\n"
        "Most of the difference appeared between the least active people and those taking "
        "moderate numbers of steps. Risk fell steeply up to about 8,000 steps a day, with "
        "little further reduction above that level."
    )
    report = make_report(text, make_paper(paper))
    (opener,) = [s for s in report.release.sentences if s.text.startswith("Most of")]
    assert not [f for f in report.findings if f.code == "U101" and f.sentence == opener.index]


# --- seventeenth blind round (tenth session) --------------------------------------------


def test_advice_for_what_the_paper_advises_against() -> None:
    paper = {
        "Results": "Intravenous vitamin C did not significantly reduce 28-day mortality (risk "
        "ratio 0.95, 95% CI 0.82 to 1.10).",
        "Conclusions": "Given the low certainty of the evidence, we do not recommend routine use "
        "of intravenous vitamin C in sepsis; further use should be limited to trials.",
    }
    told = (
        "The researchers say intensive care teams should now consider adding intravenous "
        "vitamin C to standard treatment for adults with sepsis."
    )
    report = make_report(told, make_paper(paper))
    (a101,) = [f for f in report.findings if f.code == "A101"]
    assert "advises against" in a101.message
    same = "The authors do not recommend routine use of intravenous vitamin C in sepsis."
    assert "A101" not in _codes(same, paper, "info")


def test_a_first_trial_in_people_before_the_rodent_studies() -> None:
    paper = {
        "Methods": "Adult zebrafish were immersed in the compound or vehicle for 20 minutes.",
        "Conclusions": "The compound needs to be tested in rodents before its relevance to "
        "human anxiety can be assessed.",
    }
    told = (
        "The researchers say the compound should now go forward to a first clinical trial in "
        "people."
    )
    assert "A101" in _codes(told, paper)


def test_round_seventeen_wordings() -> None:
    from spin.claims import analyze, extract_numbers

    assert analyze("Fluoride exposure in the womb lowers boys' intelligence.").strength == 3
    practice = "Fluoride is added to drinking water in many countries to help prevent tooth decay."
    assert not analyze(practice).is_claim
    (ratio,) = [
        q
        for q in extract_numbers("the ratio of geometric means was 0.91 (95% CI 0.84 to 0.98)")
        if q.kind == "ratio"
    ]
    assert ratio.value == 0.91
    (conc,) = extract_numbers("average urinary fluoride levels of 0.91 milligrams per litre")
    assert conc.unit == "mg/l"
    assert extract_numbers("brain cortisol was 4.8 ng/g")[0].unit == "ng/g"
    assert analyze("The authors say they cannot rule out other differences.").hedges
    paper = {
        "Results": "The alert fired 41,260 times, with a positive predictive value for sepsis "
        "of 18%.",
    }
    told = (
        "Fewer than one in five alerts concerned sepsis, so around four in five were false alarms."
    )
    assert "N101" not in _codes(told, paper, "info")


def test_a_null_clause_after_and_no_effect_and_a_tie_by_subject() -> None:
    paper = {
        "Results": "Total distance did not differ between vehicle and any dose (p = 0.64), "
        "whereas diazepam reduced it by 21%.",
        "Conclusions": "ZX-417 produced anxiolytic-like effects at low and intermediate doses, "
        "with an inverted U-shaped dose-response and no effect at 20 mg/L.",
    }
    assert "U102" not in _codes("Diazepam, by contrast, cut the distance swum by a fifth.", paper)
    headline = "Experimental compound calms anxious zebrafish, but only at lower doses"
    assert "U102" not in _codes(headline, paper)


def test_a_difference_told_with_its_null_in_the_next_sentence() -> None:
    """Seen with MiniLM on a faithful round-17 release: "Deaths ... were slightly lower
    ... However, that difference ... could have been due to chance" tells the null; and
    "If it is to be used, it should be within large, well-designed trials" limits."""
    from spin.rules.advice import _RESTRICTS

    paper = {
        "Results": "In-hospital mortality did not differ significantly (15.8% vs 14.6%; odds "
        "ratio 0.95, 95% CI 0.83 to 1.09).",
    }
    text = (
        "Deaths in hospital were slightly lower once the alert was in use. However, that "
        "difference was small enough that it could have been due to chance."
    )
    report = make_report(text, make_paper(paper))
    assert not [f for f in report.findings if f.code == "U102" and f.sentence == 0]
    assert _RESTRICTS.search(
        "If it is to be used, it should be within large, well-designed trials."
    )


MUSIC = {
    "Methods": "Schools were randomly allocated to weekly group music lessons, sports lessons "
    "or usual curriculum; 612 children aged 7 to 9 years took part. The primary outcome was a "
    "standardised working memory composite at 12 months.",
    "Results": "Overall, 561 of 612 children (92%) completed the 12-month assessment. Working "
    "memory did not differ significantly between groups (p=0.26). Pitch discrimination "
    "improved in the music arm, with 78% of test items correctly identified versus 69% with "
    "usual curriculum.",
    "Conclusions": "A year of weekly group music lessons did not improve working memory in "
    "children aged 7 to 9 years. Schools should not introduce music lessons with the "
    "expectation of improving working memory, although music may be valued for its own sake.",
}


def test_a_result_the_paper_found_is_not_contradicted_by_a_null_one() -> None:
    """Round 18: "made children markedly better at distinguishing musical pitches" is
    about pitch discrimination, which improved, not about working memory, which did not;
    as "the trial's main finding" it is the secondary outcome told as the main one."""
    text = (
        "The trial's main finding was that a year of music lessons made children markedly "
        "better at distinguishing musical pitches."
    )
    codes = _codes(text, MUSIC)
    assert "U102" not in codes
    assert "U104" in codes
    plain = "A year of music lessons made children better at remembering what they were told."
    assert "U102" in _codes(plain, MUSIC)
    # "The lessons did show some effects." opens the paragraph that names them
    opener = (
        "The lessons did show some effects. On a pitch discrimination test, children in the "
        "music schools correctly identified about 78 percent of items, compared with 69 "
        "percent for children on the usual curriculum."
    )
    assert "U102" not in _codes(opener, MUSIC)


def test_advice_for_what_the_paper_advises_schools_against() -> None:
    """The paper's advice against a practice is advice: a release that recommends the
    practice is flagged, one that keeps to the paper's view is not."""
    from spin.claims import paper_facts

    assert paper_facts(make_paper(MUSIC)).max_advice == 2
    spun = (
        "Castellano and her colleagues recommend that every primary school timetable a weekly "
        "group music lesson for pupils in this age group."
    )
    report = make_report(spun, make_paper(MUSIC))
    (a101,) = [f for f in report.findings if f.code == "A101"]
    assert "advises against" in a101.message
    quote = '"It means the case for it should rest on what music itself offers children."'
    assert "A101" not in _codes(quote, MUSIC)
    # a caution about the evidence is no advice against a practice
    coffee = {
        "Conclusions": "Because these are country-level data, they cannot show whether "
        "individuals who drink more coffee live longer. These findings should not be used to "
        "guide individual coffee intake; individual-level studies are needed.",
    }
    assert paper_facts(make_paper(coffee)).max_advice == 0


def test_a_share_worked_out_against_the_papers_count() -> None:
    """ "98 percent of participating children completing the final assessment" against
    "561 of 612 children (92%) completed the 12-month assessment": the same quantity,
    once the words' endings are cut."""
    text = (
        "Retention was excellent, with 98 percent of participating children completing the "
        "final assessment."
    )
    report = make_report(text, make_paper(MUSIC))
    (n101,) = [f for f in report.findings if f.code == "N101"]
    assert "92%" in n101.message
    right = text.replace("excellent", "good").replace("98", "92")
    assert "N101" not in _codes(right, MUSIC)


CRASHES = {
    "Methods": "We conducted a regression discontinuity in time study of all police-reported "
    "road crashes involving injury or death in Austria, 2002-2021 (742,318 crashes).",
    "Results": "In the 7 days after the spring transition, daily injury crashes were 6.2% "
    "higher than predicted (rate ratio 1.062, 95% CI 1.024 to 1.101), corresponding to an "
    "estimated 41 additional injury crashes per year (95% CI 16 to 67).",
}


def test_extra_events_a_year_against_the_papers_estimate() -> None:
    wrong = "That works out at roughly 140 extra injury crashes on Austria's roads every year."
    report = make_report(wrong, make_paper(CRASHES))
    (n101,) = [f for f in report.findings if f.code == "N101"]
    assert "(41)" in n101.message
    right = "That works out at roughly 40 extra injury crashes on Austria's roads every year."
    assert "N101" not in _codes(right, CRASHES)
    # "someone is hurt or killed" names the outcome counted, not a cause
    lede = (
        "Road crashes in which someone is hurt or killed become somewhat more common in the "
        "week after the clocks spring forward, an analysis of police records suggests."
    )
    assert "C101" not in _codes(lede, CRASHES)


DOGS = {
    "Methods": "In this case-control diagnostic accuracy study, four dogs trained for 8 months "
    "were tested on breath samples from 118 adults with histologically confirmed lung cancer "
    "and 236 controls (142 healthy volunteers and 94 people with COPD).",
    "Results": "The dogs' consensus call had a sensitivity of 84.7% (100/118; 95% CI 77.2 to "
    "90.1) and a specificity of 89.0% (210/236). Sensitivity was 73.2% (30/41) for stage I-II "
    "and 90.9% (70/77) for stage III-IV disease. Specificity was 93.7% (133/142) in healthy "
    "controls but 81.9% (77/94) in controls with COPD.",
    "Conclusions": "In this enriched case-control sample, trained dogs distinguished breath "
    "samples from people with lung cancer from those of controls with moderately high "
    "accuracy.",
}


def test_detection_dogs_are_not_the_animals_studied() -> None:
    """Dogs that sniff people's breath samples are the test, not the subjects: a study of
    people, whose release is not an animal result told of humans."""
    from spin.claims import _subject_info, paper_facts

    pf = paper_facts(make_paper(DOGS))
    assert "animal" not in pf.designs and not pf.species
    assert _subject_info("The dogs' consensus call had a sensitivity of 84.7%.") == ((), ())
    assert "animal" in _subject_info("Dogs given the drug lived two years longer.")[0]
    text = (
        "Together, the dogs identified 100 of the 118 cancer samples. They compared them with "
        "samples from 236 people without lung cancer."
    )
    codes = _codes(text, DOGS)
    assert not codes & {"P101", "O103"}
    # the derived share of cases in the sample, and a test's errors as what is "caused"
    quote = '"But one in three of our samples came from someone with cancer," she said.'
    assert "N101" not in _codes(quote, DOGS)
    assert "C101" not in _codes("Other lung conditions also caused more false alarms.", DOGS)


def test_a_subgroups_figure_told_of_everyone() -> None:
    """ "more than nine in ten of the samples from people with lung cancer" is the
    sensitivity for stage III-IV disease only; told with the stage, it is right."""
    spun = (
        "The dogs correctly picked out more than nine in ten of the samples from people with "
        "lung cancer."
    )
    report = make_report(spun, make_paper(DOGS))
    (n101,) = [f for f in report.findings if f.code == "N101"]
    assert "84.7%" in n101.message
    staged = (
        "They picked out about 91 per cent of samples from people with stage III or IV disease."
    )
    assert "N101" not in _codes(staged, DOGS)


def test_why_a_control_arm_was_chosen_is_no_effect_claimed() -> None:
    text = (
        "In another third, children had weekly sports lessons instead, so that the effect of "
        "simply having an extra, engaging activity could be taken into account."
    )
    assert "U102" not in _codes(text, MUSIC)


def test_people_the_study_left_out() -> None:
    """Round 18: a condition the participants were without, every stage of a disease
    studied early, and every country for a study of one, are widenings even when hedged."""
    glp1 = {
        "Methods": "Adults with a body-mass index of 30 or more and without diabetes were "
        "randomly assigned to ferlaglutide or placebo.",
        "Conclusions": "In adults with obesity without diabetes, once-weekly ferlaglutide "
        "produced clinically meaningful weight reduction over 68 weeks.",
    }
    spun = (
        "The findings mean ferlaglutide could offer the same benefits to the millions of "
        "people living with both obesity and type 2 diabetes."
    )
    report = make_report(spun, make_paper(glp1))
    (p102,) = [f for f in report.findings if f.code == "P102"]
    assert p102.severity == "warning" and "without it" in p102.message
    told = (
        "People with diabetes were not eligible to take part, so the drug was not tested in them."
    )
    assert "P102" not in _codes(told, glp1)
    early = {
        "Methods": "Adults aged 55-85 years with mild cognitive impairment or mild dementia due "
        "to Alzheimer's disease were randomly assigned to lorvanemab or placebo.",
        "Conclusions": "In people with early Alzheimer's disease, lorvanemab modestly slowed "
        "clinical decline over 18 months.",
    }
    stages = (
        "The results suggest lorvanemab could help slow memory loss in people with "
        "Alzheimer's disease at any stage, from the first signs of forgetfulness to advanced "
        "dementia."
    )
    assert "P102" in _codes(stages, early)
    assert "P102" not in _codes(
        "In people with early Alzheimer's disease, the drug modestly slowed decline.", early
    )
    everywhere = "The same rise can be expected in every country that puts its clocks forward."
    assert "P102" in _codes(everywhere, CRASHES)


def test_a_speakers_clearly_on_a_plain_finding_is_info() -> None:
    """ "The dogs clearly picked up something ..." in the lead author's quote, for a
    finding the paper states without a hedge: emphasis, at info; outside a quote, or with
    "proves", a warning as before."""
    quote = (
        '"The dogs clearly picked up something that set the breath of people with lung cancer '
        'apart," said Dr. Helen Marsden, who led the study.'
    )
    report = make_report(quote, make_paper(DOGS))
    assert [f.severity for f in report.findings if f.code == "K102"] == ["info"]
    proves = '"This proves the dogs can smell lung cancer," said Dr. Helen Marsden.'
    report = make_report(proves, make_paper(DOGS))
    assert [f.severity for f in report.findings if f.code == "K102"] == ["warning"]


def test_put_to_use_before_the_evaluation_the_paper_asks_for() -> None:
    needs = dict(
        DOGS,
        Conclusions=DOGS["Conclusions"] + " Prospective evaluation in a screening setting is "
        "needed before canine detection could be considered for clinical use.",
    )
    spun = (
        "The researchers say trained dogs could be used alongside CT scans in lung cancer "
        "screening programmes to help decide who needs further tests."
    )
    report = make_report(spun, make_paper(needs))
    (a101,) = [f for f in report.findings if f.code == "A101"]
    assert "needs evaluation first" in a101.message
    faithful = (
        "Before dogs could be used in screening programmes, they would need to be tested "
        "in a screening setting, the authors say."
    )
    assert "A101" not in _codes(faithful, needs)
    others = (
        "The same approach could also be used to detect other cancers, such as bowel, "
        "ovarian and breast cancer, from a simple breath sample."
    )
    assert "P102" in _codes(others, needs)
    later = "Whether dogs can detect other cancers would need to be tested in future studies."
    assert "P102" not in _codes(later, needs)


def test_a_mechanism_and_a_meaning_the_paper_leaves_open() -> None:
    mice = {
        "Methods": "Male knockout and control mice (n=10 per genotype) were fed a high-fat "
        "diet for 12 weeks; a separate cohort (n=8 per genotype) was kept on standard chow.",
        "Conclusions": "In male mice, deletion of Nrbp3 limited weight gain, possibly through "
        "increased energy expenditure associated with browning of white adipose tissue. "
        "Group sizes were small, and the mechanism was not directly tested.",
    }
    from spin.claims import paper_facts

    assert paper_facts(make_paper(mice)).designs == ("animal",)  # a cohort of mice
    told = (
        "The team showed that the mice stay lean because losing the gene turns their white "
        "fat into calorie-burning brown fat."
    )
    assert "K101" in _codes(told, mice)
    hedged = "The team thinks the mice may stay lean because their white fat turns brown."
    assert "K101" not in _codes(hedged, mice)
    trial = {
        "Conclusions": "Lorvanemab modestly slowed clinical decline over 18 months. Whether a "
        "difference of this size on the CDR-SB is clinically meaningful for patients and "
        "families remains uncertain.",
    }
    said = (
        "That slowing was large enough to make a clear, noticeable difference to patients' "
        "everyday lives and to their families."
    )
    assert "K101" in _codes(said, trial)
    kept = "Whether the slowing makes a noticeable difference to patients' lives is uncertain."
    assert "K101" not in _codes(kept, trial)


def test_round_19_numbers() -> None:
    """A share within one arm, a top-N accuracy of another N, a worded duration, a
    ratio's change rounded to tens and a birth cohort's size."""
    macaques = {
        "Methods": "Twenty-four rhesus macaques were randomly assigned to vaccine (n=12) or "
        "adjuvant alone (n=12).",
        "Results": "After 12 challenges, 4 of 12 vaccinated animals and 0 of 12 controls "
        "remained uninfected (p=0.09).",
    }
    half = (
        "In the study, half of the monkeys received the vaccine. After all 12 exposures, half "
        "of the vaccinated monkeys were still free of infection."
    )
    assert "N101" in _codes(half, macaques)
    vignettes = {
        "Results": "The correct diagnosis was in the chatbot's top three for 108 of 150 "
        "vignettes (72.0%) and in physicians' top three for 598 of 1050 (57.0%). Top-1 "
        "accuracy was 52.7% (79/150) for the chatbot and 41.3% (434/1050) for physicians.",
    }
    fewer = "Doctors got the right answer into their top three in fewer than half of attempts."
    report = make_report(fewer, make_paper(vignettes))
    (n101,) = [f for f in report.findings if f.code == "N101"]
    assert "57.0%" in n101.message
    top1 = "Doctors named the right diagnosis first in about 41 percent of attempts."
    assert "N101" not in _codes(top1, vignettes)
    school = {
        "Results": "Relative to comparison districts, actigraphy-measured weekday sleep "
        "increased by 34 minutes (95% CI 19 to 49).",
    }
    assert "N101" in _codes("Students got nearly an hour more sleep on school nights.", school)
    assert not {"N101", "N102"} & _codes(
        "Students got more than half an hour more sleep on school nights.", school, "info"
    )
    assert "N102" not in _codes("Teenagers spent an hour a day on homework.", school, "info")
    ssri = {
        "Methods": "We conducted a cohort study of 612,348 singleton live births in Norway.",
        "Results": "Prenatal SSRI exposure was associated with ASD (adjusted HR 1.54, 95% CI "
        "1.38 to 1.72).",
    }
    assert "N101" not in _codes(
        "Exposed children were about 50 percent more likely to be diagnosed with autism.", ssri
    )
    report = make_report("The researchers tracked more than 900,000 children.", make_paper(ssri))
    assert any("612,348" in f.message for f in report.findings if f.code == "N101")
    adhd = "The team also found no link between SSRI exposure in the womb and ADHD."
    assert "U103" in _codes(adhd, ssri)


def test_round_19_claims_and_people() -> None:
    crispr = {
        "Methods": "Edited or unedited cells from four adults with sickle cell disease were "
        "transplanted into 20 immunodeficient mice followed for 16 weeks.",
        "Results": "At 16 weeks, editing persisted in 79.8% of human cells in mouse bone marrow.",
        "Conclusions": "These findings are limited to four donors and a 16-week mouse model, "
        "and do not establish clinical efficacy or long-term safety.",
    }
    patients = (
        "Four months after receiving the edited stem cells, patients still had the edit in "
        "nearly 80 per cent of their blood-forming cells."
    )
    assert "P101" in _codes(patients, crispr)
    assert "K102" in _codes(
        "The findings establish that the edit is safe over the long term.", crispr
    )
    assert "K102" not in _codes(
        '"These results don\'t prove the edit is safe," said the lead author.', crispr
    )
    # a laboratory-level result, told as such (seen with MiniLM on the faithful release)
    dna = "On average, about 86 per cent of the targeted DNA was edited in every donor."
    edited = dict(
        crispr,
        Results="In edited cells, mean on-target editing of the targeted DNA was 86.4% (range "
        "80.2-91.7%). " + crispr["Results"],
    )
    assert "P101" not in _codes(dna, edited, "info")
    assert "P101" in _codes("On average, about 86 per cent were edited.", edited, "info")
    teens = {
        "Methods": "One district moved start times for grades 8-12 later; three neighbouring "
        "districts did not.",
        "Results": "Secondary school students slept 34 minutes longer.",
    }
    younger = "The findings point to similar benefits for younger children in elementary schools."
    assert "P102" in _codes(younger, teens)
    trial = {
        "Methods": "1,204 women aged 18-39 years were randomly assigned to scratching or no "
        "scratching.",
        "Results": "Clinical pregnancy at 12 weeks was 31.9% vs 29.0% (p=0.27); in women on a "
        "second cycle it was 34.4% vs 25.1%.",
    }
    whole = "Across all women, the share still pregnant at 12 weeks was roughly 32 percent."
    assert "P102" not in _codes(whole, trial)


def test_top_n_swapped_directly() -> None:
    """The rival check itself, as the round-19 release needed it (there the aligner tied
    the sentence to no statement, so only this check found the top-3 figure)."""
    from spin.claims import extract_numbers
    from spin.rules import numbers

    text = "Doctors got the right answer into their top three in fewer than half of attempts."
    (rq,) = [q for q in extract_numbers(text) if q.kind == "percent"]
    top3 = "The correct diagnosis was in physicians' top three for 598 of 1050 (57.0%)."
    top1 = "Top-1 accuracy was 52.7% for the chatbot and 41.3% for physicians."
    text_of = {0: top3, 1: top1}
    paper_q = [(q, i) for i, t in text_of.items() for q in extract_numbers(t)]
    rivals = numbers._top_n_swapped(text, rq, [1], paper_q, text_of)
    assert [pq.text for pq, _ in rivals] == ["57.0%"]
    told_top1 = "Doctors named the right diagnosis first in fewer than half of attempts."
    (rq1,) = [q for q in extract_numbers(told_top1) if q.kind == "percent"]
    assert numbers._top_n_swapped(told_top1, rq1, [1], paper_q, text_of) == []


def test_half_the_sample_is_one_of_two_equal_arms() -> None:
    """ "Half of the monkeys received the vaccine regimen" is 12 of the 24, the two arms'
    n=12 added up, though the paper names 24 only in words; a share within one arm is still
    compared (seen with mpnet on the faithful round-19 release)."""
    paper = {
        "Methods": "Twenty-four Indian-origin rhesus macaques were randomised 1:1 to the vaccine "
        "regimen (n=12) or sham immunisation with adjuvant alone (n=12).",
        "Results": "Neutralising antibodies developed in 10 of 12 vaccinated macaques, and "
        "only 3 of 12 neutralised the challenge virus.",
    }
    told = "Half of the monkeys received the vaccine regimen, and antibodies developed in most."
    assert "N101" not in _codes(told, paper)
    within = "Half of the vaccinated monkeys neutralised the challenge virus."
    assert "N101" in _codes(within, paper)


def test_round_22_static_aligner_readings() -> None:
    """A background property in a relative clause ("a gene variant called m.1555A>G,
    which can lead to profound hearing loss") is no claim of cause; "roughly four-fold
    lower fungal loads" is compared with no ratio of two shares (only a likelihood is)."""
    hearing = _blind_paper("newborn-hearing-screening-cost")
    said = (
        "Nor can it spot babies who carry a gene variant called m.1555A>G, which can lead to "
        "profound hearing loss after treatment with aminoglycosides."
    )
    assert "C101" not in {f.code for f in make_report(said, hearing).findings}
    frogs = _blind_paper("chytrid-frog-probiotic-field")
    said = "Three months after metamorphosis, fungal loads were roughly four-fold lower."
    assert "N101" not in {f.code for f in make_report(said, frogs).findings}


def test_round_23_rules() -> None:
    """What the twenty-third round taught the rules, on its invented abstracts."""
    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }
    glacier = _blind_paper("glacier-melt-satellite-trend")
    # the difference told, then said to be within chance in the next sentence (U102); a
    # satellite study told as such names its design (O103); "than the first" (H102)
    told = (
        "Losses were heavier in the second decade, averaging about 6.9 billion tonnes a year. "
        "But the researchers stress that the apparent speed-up was not statistically "
        "significant."
    )
    assert "U102" not in codes(told, glacier)
    assert "H102" not in codes('"The second decade was worse than the first," she said.', glacier)
    said = "Averaged across the region, the glaciers thinned by about 0.7 metres every year."
    (n101,) = [f for f in make_report(said, glacier).findings if f.code == "N101"]
    assert "0.48" in n101.message  # the region's figure, not the low glaciers' 0.71
    denied = "The team was able to rule out contamination of the gravity signal by groundwater."
    assert "K101" in codes(denied, glacier)
    urged = "The authors urge water managers in Kyrgyzstan and China to plan for the losses."
    assert "A101" in codes(urged, glacier)
    dogs = _blind_paper("rapamycin-dog-heart-pilot")
    said = (
        "One secondary measure, the E/A ratio, which reflects how the heart fills between "
        "beats, improved more with rapamycin."
    )
    assert "U102" not in codes(said, dogs)  # "between beats" beats no rival
    said = "Dogs given rapamycin showed a significant improvement in fractional shortening."
    (u102,) = [f for f in make_report(said, dogs).findings if f.code == "U102"]
    assert "not significant" in u102.message  # FS, abbreviated in the paper, had p=0.09
    said = "The drug works by dialing down mTOR activity in heart muscle cells."
    assert "K101" in codes(said, dogs)
    said = "Owners may want to ask their veterinarian about starting low-dose rapamycin now."
    (a101,) = [f for f in make_report(said, dogs).findings if f.code == "A101"]
    assert a101.severity == "warning" and "not ready for use" in a101.message
    cancer = _blind_paper("liquid-biopsy-case-control-accuracy")
    said = "When it did detect cancer, the test almost always offered a guess at its origin."
    assert "K102" not in codes(said, cancer)
    said = "At stage I, the earliest stage, the test picked up about two in five cancers."
    (n101,) = [f for f in make_report(said, cancer).findings if f.code == "N101"]
    assert "17.1%" in n101.message
    said = "At stage II, the test picked up about two in five cancers."
    assert "N101" not in codes(said, cancer)
    said = "People whose cancers the test flagged tended to live longer, the team found."
    assert "U103" in codes(said, cancer)  # "does not establish whether ... mortality"
    said = "Family doctors could already consider offering the test to worried patients."
    assert "A101" in codes(said, cancer)
    said = (
        "Because the cancer-free group included people with inflammatory conditions, the "
        "researchers say the low false-alarm rate should hold up when the test is used to "
        "screen the general public."
    )
    assert "K101" in codes(said, cancer) and "A101" not in codes(said, cancer)
    voice = _blind_paper("speech-parkinsons-ml-internal-validation")
    said = "At its chosen cut-off, the model correctly flagged 87 percent of the patients."
    (n101,) = [f for f in make_report(said, voice).findings if f.code == "N101"]
    assert "81%" in n101.message  # the AUC of 0.87 is no share of people
    assert "C101" not in codes(said, voice)
    said = (
        "Because it relies on the sound of the voice, the test works just as well in any language."
    )
    assert "P102" in codes(said, voice)
    said = "A model told people with Parkinson's disease from healthy volunteers, a study finds."
    assert "P102" not in codes(said, voice)  # "In early-stage disease (n=61)": a subgroup
    said = "The authors say the accuracy figures are a realistic guide to other clinics."
    assert "K101" in codes(said, voice)
    poses = _blind_paper("power-posing-lab-experiment")
    said = (
        "Without those students, the difference shrank and was no longer statistically significant."
    )
    assert "K101" not in codes(said, poses)
    said = (
        "The boost in feelings of power was the main outcome the experiment was designed to test."
    )
    assert "U104" in codes(said, poses)
    said = "The researchers could rule out that participants simply reported what they expected."
    assert "K101" in codes(said, poses)
    said = "Students in expansive postures rated their sense of power about 20 percent higher."
    assert "N101" in codes(said, poses)  # means of 4.9 and 4.5: 9% higher
    said = (
        "For students heading into a job interview, the researchers suggest, two minutes in "
        "an expansive pose is a simple, free way to feel more powerful."
    )
    assert {"A101", "P102"} & codes(said, poses)
    twins = _blind_paper("twin-heritability-loneliness")
    said = "Growing up in the same household contributed little, if anything."
    assert "U101" not in codes(said, twins)
    said = "The genetic estimate is not inflated by identical twins being treated more alike."
    assert "K101" in codes(said, twins)
    said = (
        "Estimates were similar for younger and older participants, holding steady in twins "
        "from their 20s right through to their 80s."
    )
    assert "P102" in codes(said, twins)
    said = (
        "One of the clearest findings was that loneliness is more heritable in women than in men."
    )
    assert "U104" in codes(said, twins)
    faers = _blind_paper("faers-disproportionality-signal")
    said = "For women, taking a GLP-1 drug roughly doubles the odds of developing hair loss."
    assert "C101" in codes(said, faers)
    said = "Hair loss makes up a larger share of the side-effect reports for these drugs."
    assert "C101" not in codes(said, faers)
    said = "The authors advise doctors to warn every patient about hair loss."
    assert "A101" in codes(said, faers)


def test_an_age_ceiling_only_for_the_whole_sample() -> None:
    """An age above the sample's is a widening; one the paper covers in an older group
    ("65-79 years" beside "80 years or older") is not."""
    young = {"Methods": "We enrolled 400 adults aged 18 to 64 years."}
    said = "The benefit held for people in their 70s as well."
    assert "P102" in _codes(said, young)
    both = {"Methods": "We enrolled 400 adults aged 65 to 79 years and 120 aged 80 years or older."}
    assert "P102" not in _codes("The vaccine also protected people aged 85.", both)
    women = {"Methods": "We randomised 8,400 women aged 30-64 years who were overdue."}
    said = "The kits could lift screening among women of any age, from their early twenties on."
    assert "P102" in _codes(said, women)
    assert "P102" not in _codes("The kits lifted screening among women in their forties.", women)


def test_round_24_rules() -> None:
    """What the twenty-fourth round taught the rules, on its invented abstracts."""
    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }
    nurses = _blind_paper("nurse-staffing-mortality-panel")
    said = "When a hospital eased its nurses' workloads, that change led directly to fewer deaths."
    assert "C101" in codes(said, nurses)  # a panel with fixed effects is observational
    said = "Registered nurses are often the first to notice when a patient goes downhill."
    assert "H102" not in codes(said, nurses)
    said = (
        '"Whether a specific ratio law would produce the same benefit is a separate question '
        'that needs its own research."'
    )
    assert "U101" not in codes(said, nurses)
    brains = _blind_paper("cognitive-training-app-rct")
    said = (
        "The trial's headline finding was that app users became faster than the control group "
        "on untrained processing-speed tests."
    )
    assert "U104" in codes(said, brains)  # "processing-speed ... differences were secondary"
    said = (
        "Because the volunteers came from four centres, the results should hold for older"
        " adults in general."
    )
    assert "K101" in codes(said, brains)
    cattle = _blind_paper("seaweed-cattle-methane-trial")
    said = (
        "The seaweed contains bromoform, a compound that inhibits methane production by microbes."
    )
    found = make_report(said, cattle).findings  # 48 steers: an animal study, not of people
    assert not [f for f in found if f.code == "P101" and "about people" in f.message]
    said = (
        "Over the full 16 weeks, steers on the higher dose produced about 80 percent less methane."
    )
    (n101,) = [f for f in make_report(said, cattle).findings if f.code == "N101"]
    assert "71%" in n101.message  # 80% was weeks 1 to 4
    said = "The high-dose steers converted feed into body weight about 9 percent more efficiently."
    assert "U102" in codes(said, cattle)  # (0.170 vs 0.156), p=0.08
    said = "Animals on the higher dose ate about a tenth less feed than the controls."
    assert "U102" not in codes(said, cattle)
    said = '"That fade is the question we most need to answer next," she said.'
    assert "A101" not in codes(said, cattle)
    kits = _blind_paper("hpv-self-sampling-uptake-rct")
    said = "About a third of the women who were mailed a kit were screened within six months."
    assert "N101" in codes(said, kits)  # 26.0%; not 41 of 462 over 116
    said = (
        "The trial did not include women under 30, so the results may not carry over to "
        "younger women."
    )
    assert "P102" not in codes(said, kits)
    said = "The approach could lift screening among women of any age, from their early twenties."
    assert "P102" in codes(said, kits)
    lithium = _blind_paper("lithium-water-suicide-ecological")
    said = (
        "The results indicate that trace amounts of lithium in tap water help protect "
        "residents against suicide."
    )
    assert "C101" in codes(said, lithium)  # "indicate that" is no hedge on the cause
    said = (
        "A check excluding private wells showed that what residents actually drink does "
        "not explain the findings."
    )
    assert "K101" in codes(said, lithium)
    cpap = _blind_paper("cpap-sleep-apnea-cardio-rct")
    # (in the release, where its words for CPAP find the paper's exploratory analysis)
    from spin.api import analyse
    from spin.release import read_release

    doc = read_release(str(FIXTURES / "spun" / "cpap-sleep-apnea-cardio-rct-spun.md"))
    (c101,) = [
        f
        for f in analyse(doc, cpap).findings
        if f.code == "C101" and "at least four hours" in doc.sentences[f.sentence or 0].text
    ]
    assert c101.severity == "warning" and "not randomised" in c101.message
    said = (
        "Those gains apply to heart patients at every level of daytime sleepiness, "
        "including the most drowsy."
    )
    assert "P102" in codes(said, cpap)
    fmt = _blind_paper("fmt-autism-open-label")
    said = "Parents' ratings of behaviour also improved."
    assert "C101" not in codes(said, fmt)  # a change told, no cause named
    said = "However, the size of that rise did not track how much the children's symptoms improved."
    assert "C101" not in codes(said, fmt)
    said = (
        "The children's average score on a standard gastrointestinal symptom scale had "
        "fallen by about two-thirds."
    )
    assert "N101" in codes(said, fmt)  # "fell from 3.1 ... to 1.6": 48%


def test_round_25_rules() -> None:
    """What the twenty-fifth round taught the rules, on its invented abstracts."""
    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }
    milk = _blind_paper("plant-milk-child-height-cohort")
    said = "The researchers used data on children aged 2 to 6 who joined the cohort."
    assert "N101" not in codes(said, milk)  # "aged 24 to 72 months" is 2 to 6 years
    said = "Each extra daily cup of plant-based milk shaved about 3 millimetres off their height."
    found = make_report(said, milk).findings
    assert "C101" in {f.code for f in found}  # a cause, in a cohort
    assert not [f for f in found if f.code.startswith("N1")]  # 3 mm is the paper's 0.3 cm
    said = '"Longer-term studies are the way to find that out."'
    assert "U101" not in codes(said, milk)
    flu = _blind_paper("antiviral-flu-household-transmission-rct")
    said = '"We can\'t yet say whether this keeps anyone in the household out of the hospital."'
    assert "P102" not in codes(said, flu)
    said = (
        "Paired sequencing of the viruses allowed the team to rule out infections caught "
        "outside the home."
    )
    assert "K101" in codes(said, flu)
    birds = _blind_paper("bird-window-collision-markers")
    said = "Nearly 30 percent of planted carcasses had disappeared within a day."
    assert "N101" not in codes(said, birds)  # 71% remained
    said = "Overall, buildings with the dotted film saw about 80 percent fewer dead birds."
    assert "N101" in codes(said, birds)  # 80% is within spring's 0.24, not the overall 0.31
    mice = _blind_paper("nanoplastic-mouse-brain-behaviour")
    assert "N101" not in codes("A dose ten times lower did not significantly affect memory.", mice)
    said = "High-dose mice scored more than a third lower than controls on this test."
    assert "N101" not in codes(said, mice)  # 0.24 against 0.38
    said = "The analysis showed that this inflammation is what drives the memory loss."
    assert "K101" in codes(said, mice)
    work = _blind_paper("remote-work-wellbeing-panel-survey")
    said = (
        "Only the gap between hybrid and on-site workers was statistically significant; the "
        "gap between fully remote and on-site workers was not."
    )
    assert "U102" not in codes(said, work)
    stoves = _blind_paper("gas-stove-induction-asthma-pilot")
    said = (
        "Children's asthma improved along with the air, with those in induction homes scoring "
        "meaningfully higher on a standard asthma-control questionnaire."
    )
    assert "U102" in codes(said, stoves)  # "improved numerically ... not statistically significant"
    depression = _blind_paper("ketamine-depression-trials-meta")
    said = (
        "The findings point to a fast-acting option for teenagers and adults whose depression "
        "has not improved on standard antidepressants."
    )
    (p102,) = [f for f in make_report(said, depression).findings if f.code == "P102"]
    assert "teenagers" in p102.message and "18 to 70" in p102.message


def test_a_figure_told_for_another_time_point() -> None:
    """A figure the paper gives at one time point, told of another ("Seven days after
    treatment ... three times as likely" where the risk ratio was 2.94 at 24 hours and 1.98
    at day 7), is compared with the paper's figure at the time point the release names."""
    ketamine = _blind_paper("ketamine-depression-trials-meta")
    said = (
        "Seven days after treatment, patients who had received ketamine were still about "
        "three times as likely to respond as those given a control infusion."
    )
    found = [f for f in make_report(said, ketamine).findings if f.code == "N101"]
    assert found and "1.98" in found[0].message
    said = "Within a day, patients given ketamine were about three times as likely to respond."
    assert "N101" not in {f.code for f in make_report(said, ketamine).findings}
    said = "A week later, ketamine still roughly doubled the chance of a response."
    assert "N101" not in {f.code for f in make_report(said, ketamine).findings}
    # two time points in one sentence, each with its own figure: not read
    from spin.rules.numbers import time_points

    said = (
        "Levels doubled within four weeks, while in the placebo group they fell by 30 percent "
        "in the first week."
    )
    assert [round(days) for _, days in time_points(said)] == [28, 7]
    assert [round(d) for _, d in time_points("at the 12-month follow-up; 6 weeks old")] == [365]


def test_round_26_rules() -> None:
    """What the twenty-sixth round taught the rules, on its invented abstracts."""
    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }
    from spin.claims import paper_facts, release_facts

    nets = _blind_paper("bed-net-malaria-cluster-rct")
    # a cohort followed inside a cluster-randomised trial is no observational design
    assert "observational" not in paper_facts(nets).designs
    said = "The protection extended to teenagers, who were also far less likely to be infected."
    found = [f for f in make_report(said, nets).findings if f.code == "P102"]
    assert found and "6 months to 10 years" in found[0].message
    said = "The researchers found that the nets kept their full strength for the three-year life."
    assert "K101" in codes(said, nets)  # "whether protection lasts ... is unknown"
    glp1 = _blind_paper("glp1-alcohol-target-trial-emulation")
    said = "Semaglutide was linked to fewer alcohol use disorder diagnoses in type 2 diabetes."
    assert "P102" not in codes(said, glp1)  # "they do not apply to people without diabetes"
    said = "The researchers also probed whether the result might reflect who gets prescribed what."
    assert "U101" not in codes(said, glp1)
    said = "Starting semaglutide lowered the rate of new alcohol use disorder diagnoses."
    assert "C101" in codes(said, glp1)
    said = "About 1.5 percent of those on a DPP-4 inhibitor received a first diagnosis."
    assert "N101" in codes(said, glp1)  # 1.15%: a decimal share is that close
    said = (
        "Semaglutide users were also less likely to land in the emergency department or "
        "hospital because of alcohol."
    )
    assert "U102" in codes(said, glp1)  # HR 0.84, 95% CI 0.64 to 1.10; p=0.21
    said = (
        '"Only a randomized trial can tell us whether semaglutide actually prevents alcohol use '
        'disorder," said Dr. Ferreira.'
    )
    assert "C101" not in codes(said, glp1)
    music = _blind_paper("music-therapy-preterm-infant-rct")
    said = (
        "During sessions, heart rates were about 4 beats per minute lower than in control periods."
    )
    assert "N101" not in codes(said, music)  # 148.1 vs 152.5 beats per minute
    said = "During sessions, heart rates were about 10 percent lower than in control periods."
    assert "N101" in codes(said, music)  # 2.9%
    said = "Anxiety scores at discharge were about 9 percent lower with music therapy."
    assert not {"N101", "N102"} & {f.code for f in make_report(said, music).findings}
    said = "Music therapy is increasingly offered in these units."
    assert "U102" not in codes(said, music)
    said = (
        "The trial's clearest growth result came in the earliest-born babies: those born "
        "before 32 weeks gained weight faster when they received music therapy."
    )
    assert "U104" in codes(said, music)
    sepsis = _blind_paper("sepsis-ml-external-validation")
    said = "The tool flagged about 42 percent of cases before doctors had ordered blood cultures."
    found = [f for f in make_report(said, sepsis).findings if f.code == "N101"]
    assert found and "24.0%" in found[0].message
    said = (
        "The tool flagged 42 percent of sepsis cases before onset, and only about a quarter "
        "before doctors had already ordered blood cultures or antibiotics."
    )
    assert "N101" not in codes(said, sepsis)
    said = "Every sepsis case in the study was confirmed by reviewing patients' charts."
    assert "K101" in codes(said, sepsis)  # "without chart review"
    said = "The reasons were recorded rather than confirmed by chart review."
    assert "K101" not in codes(said, sepsis)
    said = "Sepsis, the body's extreme response to an infection, can quickly lead to death."
    assert not {"C101", "U103"} & codes(said, sepsis)
    said = "The authors recommend that hospitals turn off its alerts until they have tested it."
    assert "A101" in codes(said, sepsis)
    said = "Nearly one in five hospital stays would have triggered at least one alert."
    assert "C101" not in codes(said, sepsis)
    sperm = _blind_paper("sperm-count-decline-meta-regression")
    said = (
        "Concentration fell by about 1.2 million per millilitre per year, nearly double the pace."
    )
    assert "N101" not in codes(said, sperm)  # -1.24 (95% CI ...), compared with -0.66
    said = "The concentration dropped from about 101 million per millilitre to under 50 million."
    assert "N101" in codes(said, sperm)  # "from a fitted 101.2 million/mL in 1972 to 60.3"
    said = "The decline cannot be put down to changes in how sperm are measured."
    assert "K101" in codes(said, sperm)
    said = "The falling counts are already reflected in lower birth rates."
    assert "U103" in codes(said, sperm)  # "did not assess fertility or birth rates"
    said = "Marsh advises men who plan to start a family to have a semen analysis."
    assert "A101" in codes(said, sperm)
    said = "Asante added that the priority now is research into causes."
    assert "U101" not in codes(said, sperm)
    gummies = _blind_paper("supplement-label-accuracy-lab-analysis")
    said = "Online gummies were less than half as likely as shop-bought ones to match their labels."
    assert "U102" in codes(said, gummies)  # prevalence ratio 0.43, P = .15
    said = "Lab study finds most melatonin gummies do not contain the dose on the label."
    assert "cross_sectional" in {c for c, _ in release_facts(make_document(said)).design_mentions}
    maine = _blind_paper("synthetic-control-minimum-wage-infant-health")
    said = "When the minimum wage climbed from $7.50 to $12 an hour, some hoped babies would gain."
    assert "N101" not in codes(said, maine)  # "$9.00 in 2017 and by $1.00 annually to $12.00"
    said = "Synthetic Maine is a blend of states chosen to mirror Maine's birth outcomes."
    assert "K101" not in codes(said, maine)
    said = '"A single result crossing the line could be chance," Okonkwo said.'
    assert "U101" not in codes(said, maine)
    said = "Infant mortality was close to identical, at 5.6 versus 5.8 deaths per 1,000 births."
    assert "U102" not in codes(said, maine)


def test_round_27_rules() -> None:
    """What the twenty-seventh round taught the rules, on its invented abstracts."""
    from spin.claims import age_floors, analyze, paper_facts

    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }
    ears = _blind_paper("cochlear-implant-cognition-older-adults")
    said = "People with a diagnosis of dementia were not eligible."
    assert "P102" not in codes(said, ears)
    said = '"Nobody should read this as proof that an implant protects against dementia."'
    assert not {"C101", "K102"} & codes(said, ears)
    said = (
        "The share with mild cognitive impairment dropped from nearly 40 percent to under a fifth."
    )
    assert "N101" in codes(said, ears)  # "from 38% (80/212) at baseline to 27%"
    said = (
        "The link between hearing and thinking was direct, showing that restored hearing "
        "itself is what drives the improvement."
    )
    assert analyze(said).strength == 3
    drive = _blind_paper("gene-drive-mosquito-cage-trial")
    # mosquitoes in cages are the study's animals; "simulated dawn and dusk" is no model
    assert paper_facts(drive).designs == ("animal",)
    said = "The fourth treated population did not disappear."
    assert not [f for f in make_report(said, drive).findings if f.code == "P101" and f.sentence]
    said = "All three collapses came within six months of the first release."
    assert "H102" not in codes(said, drive)
    said = "Even females with a single copy laid about 40 percent fewer eggs than ordinary females."
    assert "N101" not in codes(said, drive)  # "a mean of 58 eggs versus 98"
    said = (
        "Analysis showed that the survivors had a resistant gene that let females lay eggs again."
    )
    assert "K101" in codes(said, drive)  # "its role in the recovery is not established"
    nets = _blind_paper("bed-net-malaria-cluster-rct")
    assert "animal" not in paper_facts(nets).designs  # "indoor Anopheles density"
    genome = _blind_paper("genomic-newborn-screening-feasibility")
    said = "Nearly six in ten families who were offered the test agreed."
    found = [f for f in make_report(said, genome).findings if f.code == "N101"]
    assert found and "45.9%" in found[0].message  # 58.7% was the best hospital's
    said = "Uptake was as high as six in ten at one hospital."
    assert "N101" not in codes(said, genome)
    said = (
        "The heel-prick test identified nine affected babies, and sequencing found seven.\n\n"
        '"That\'s an important result, not an embarrassing one," said Professor Menon.'
    )
    assert "U101" not in codes(said, genome)  # a comment on the result just told
    said = "Nine in ten parents said they would recommend the test to friends and family."
    assert "A101" not in codes(said, genome)
    said = (
        "Because the five hospitals were ordinary NHS maternity units, the researchers say the "
        "findings should hold for maternity services across the country."
    )
    assert "K101" in codes(said, genome)  # "uptake may differ elsewhere"
    gut = _blind_paper("gut-microbiome-depression-population-cohort")
    said = "The study included nearly 2,600 older adults from the general population."
    assert "P102" not in codes(said, gut)
    said = "The pattern held, with the key findings confirmed in a second group."
    assert "U104" not in codes(said, gut)
    energy = _blind_paper("home-energy-feedback-rct")
    said = "By the end of the year, roughly four in ten households had switched their screen off."
    assert "N101" not in codes(said, energy)  # 61% and 58% still had it on
    said = "Homes in the top quarter for baseline consumption cut their use by nearly 8 percent."
    assert "U102" not in codes(said, energy)  # the lowest quartile's null is its own clause
    said = "The households were typical, so the team expects similar savings across the country."
    assert "K101" in codes(said, energy)  # "savings may be smaller in the wider population"
    cath = _blind_paper("instrumental-variable-cardiac-cath-elderly")
    said = (
        "Healthier patients are more likely to be selected, which makes simple comparisons "
        "look better than they should."
    )
    assert "A101" not in codes(said, cath)
    said = "The findings apply to patients whether they have Medicare or private insurance."
    assert "P102" in codes(said, cath)  # "did not examine ... commercially insured patients"
    said = "The design rules out the possibility that unmeasured differences explain the gain."
    assert "K101" in codes(said, cath)
    prostate = _blind_paper("prostate-mri-screening-rct")
    assert not age_floors("grade group 3 or above")
    said = '"This trial was not large enough to prove that the two approaches are equal."'
    assert "K102" not in codes(said, prostate)
    said = "The researchers could be confident that no significant cancers were missed."
    assert "K101" in codes(said, prostate)  # "cannot be quantified from these data"
    said = "Men in the MRI group also reported less pain and anxiety than those sent to biopsy."
    assert "U103" in codes(said, prostate)
    said = "She also slept poorly during the first four months."
    assert "U103" not in codes(said, _blind_paper("dbs-ocd-case-report"))  # "insomnia"


def test_round_28_rules() -> None:
    """What the twenty-eighth round taught the rules, on its invented abstracts."""
    from spin.claims import analyze, extract_numbers, paper_facts

    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }
    diet = _blind_paper("diet-app-energy-intake-validation")
    said = "For people whose weight is stable, energy taken in and burned should be roughly equal."
    assert "A101" not in codes(said, diet)
    said = (
        "Participants with obesity fell short of their energy expenditure by about a quarter, "
        "compared with about 15 percent for those with a lower BMI."
    )
    assert "N101" not in codes(said, diet)  # "-24.9% versus -15.3% of TEE"
    assert [q.relative for q in extract_numbers("(n=104): -24.9% versus -15.3% of TEE")] == [
        None,
        "less",
        "less",
    ]
    assert [q.relative for q in extract_numbers("(+9%, 95% CI -12% to 30%)")] == [
        None,
        None,
        None,
    ]
    heat = _blind_paper("heatwave-attribution-climate-models")
    said = (
        '"Without human-caused warming, we would have expected it about once in 400 years or so."'
    )
    found = {f.code for f in make_report(said, heat).findings if f.sentence is not None}
    assert not {"N101", "P101"} & found  # 425 years; "human-caused" names no person
    said = "Nor did it assess the heatwave's toll on health or other impacts."
    assert "U103" not in codes(said, heat)
    lottery = _blind_paper("insurance-lottery-natural-experiment")
    assert "rct" in paper_facts(lottery).designs  # "drawing names by lottery"
    said = "When the state reopened its program, it did not take everyone who applied."
    assert "P102" not in codes(said, lottery)
    said = "A lottery cuts through that problem, because chance alone decided who could enroll."
    assert "U101" not in codes(said, lottery)
    said = "Catastrophic spending dropped from 5.6 percent to about 1 percent with coverage."
    assert "N101" not in codes(said, lottery)  # "fell by 4.5 percentage points ... from 5.6%"
    said = (
        "Among participants who already had a hypertension diagnosis, coverage lowered "
        "systolic blood pressure by about 4 points."
    )
    assert "U102" in codes(said, lottery)  # "not statistically significant"
    rats = _blind_paper("nanoparticle-drug-rat-pharmacokinetics")
    assert paper_facts(rats).designs == ("animal",)  # "A pharmacokinetic cohort (12 per arm)"
    said = (
        "Tumours held about three times as much docetaxel at both four hours and 24 hours "
        "after the injection."
    )
    found = [f for f in make_report(said, rats).findings if f.code == "N101"]
    assert found and "1.24" in found[0].message  # 2.9 at 24 hours only
    said = "For patients, that means the same dose would deliver five times as much exposure."
    assert "P101" in codes(said, rats)
    kidney = _blind_paper("pig-kidney-xenotransplant-case-report")
    said = "The amount of protein in his urine tripled between the first and sixth months."
    assert "H102" not in codes(said, kidney)
    said = "Within seven days his creatinine had dropped from 9.8 to 1.1 milligrams per deciliter."
    assert "N101" in codes(said, kidney)  # 1.6 on day 7; 1.1 the lowest later value
    said = '"Rising protein is exactly the kind of signal we need to follow over a longer period."'
    assert "A101" not in codes(said, kidney)
    adhd = _blind_paper("relative-age-adhd-regression-discontinuity")
    said = (
        "About one in 20 children born just before the cutoff had been diagnosed with ADHD, "
        "compared with about one in 25 of those born just after."
    )
    assert "N101" in codes(said, adhd)  # boys' 5.1% v 4.1%; all children 3.5% v 2.8%
    said = "ADHD, which affects attention and impulse control, is commonly diagnosed."
    assert "C101" not in codes(said, adhd)
    said = "The researchers used national health registers covering children born in Denmark."
    assert "P102" not in codes(said, adhd)  # "other school systems or health systems"
    said = "The extra diagnoses, the study shows, are largely the result of normal immaturity."
    assert "K101" in codes(said, adhd)  # "cannot determine whether the excess reflects"
    said = "The gap did not fade but persisted into their teenage years."
    assert "P102" in codes(said, adhd)  # "follows children only to age 12"
    said = (
        "For parents of children born in December, holding a child back a year may be the "
        "simplest way to lower the odds of a diagnosis."
    )
    assert analyze(said).advice == 1 and analyze(said).advice_to == "readers"
    vitamin = _blind_paper("vitamin-d-colorectal-case-cohort")
    said = '"Our data cannot tell anyone that taking supplements will prevent this cancer."'
    assert "K102" not in codes(said, vitamin)


def test_round_29_rules() -> None:
    """What the twenty-ninth round taught the rules, on its invented abstracts."""
    from spin.claims import analyze, extract_numbers, paper_facts

    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }
    cpr = _blind_paper("bystander-cpr-registry-cohort")
    said = (
        "The link with survival held across arrests of every cause, including those brought "
        "on by drowning, drug overdose or trauma."
    )
    found = [f for f in make_report(said, cpr).findings if f.code == "P102"]
    assert found and "left out arrests caused by trauma" in found[0].message
    said = "Arrests caused by trauma, drowning or drug overdose were not included."
    assert "P102" not in codes(said, cpr)
    said = '"We cannot say from a registry alone that CPR caused the difference."'
    assert "P102" not in codes(said, cpr)  # "caused" is no group the study left out
    said = "The authors call for CPR training to be made compulsory for every student."
    assert analyze(said).advice == 2 and "A101" in codes(said, cpr)
    delphi = _blind_paper("delphi-consensus-long-covid-definition")
    said = (
        "Worsening of symptoms after exertion was rated critical by 91 percent of patients and "
        "caregivers and by nearly three-quarters of clinicians."
    )
    assert "N101" not in codes(said, delphi)  # 73% of clinicians
    said = (
        "Gastrointestinal symptoms were rated critical by about three-quarters of patients and "
        "caregivers but by fewer than half of researchers, so they did not make the list."
    )
    assert "N101" not in codes(said, delphi)  # "76% of patients and caregivers, 49% of ..."
    assert "U102" not in codes("Smell and taste changes also fell short.", delphi)
    said = "Which tools should be used to measure the eight outcomes has yet to be agreed."
    assert analyze(said).advice == 0
    said = "The definition is meant to cover children, teenagers and young adults up to 25."
    assert "P102" not in codes(said, delphi)  # (no "age": a number, not an age)
    said = "The definition is meant to cover children and young adults up to the age of 25."
    assert "P102" in codes(said, delphi)  # "a child or young person under 18 years"
    said = "The definition can be applied with equal confidence in low-income countries."
    assert "K101" in codes(said, delphi)  # "applicability there is uncertain"
    exome = _blind_paper("exome-sequencing-rare-disease-diagnostic-yield")
    said = (
        '"For a family beside an incubator, the difference between eleven days and six weeks '
        'is enormous," said Dr. Fiona Mackenzie.'
    )
    assert "U101" not in codes(said, exome)  # a turnaround of 11 and 42 days
    said = "The study had no randomised comparison group, so the yield may differ elsewhere."
    assert "observational" in {c for c, _ in analyze_release_designs(said)}
    said = "In all, the results changed the care of about 60 percent of the infants in the study."
    found = [f for f in make_report(said, exome).findings if f.code == "N101"]
    assert found and "187 diagnosed infants" in found[0].message
    said = "Getting answers sooner also meant babies spent less time in intensive care."
    assert "U103" in codes(said, exome)  # "cannot show whether ... length of stay"
    said = "A study of 487 infants in 14 intensive care units across the UK and Ireland."
    assert "P102" not in codes(said, exome)  # where the sample was
    nma = _blind_paper("network-meta-analysis-migraine-preventives")
    assert paper_facts(nma).population == ()  # not the excluded "chronic migraine"
    said = (
        "Head-to-head, the antibodies also outperformed the older standbys topiramate and "
        "propranolol, preventing more migraine days than either."
    )
    assert "U102" in codes(said, nma)  # "-0.6 (-1.2 to 0.1)", "-0.7 (-1.5 to 0.1)"
    said = (
        "Topiramate stopped treatment in about one in ten because of adverse effects, and "
        "propranolol also led to more people dropping out."
    )
    assert "U102" not in codes(said, nma)  # "unlike topiramate and propranolol, were not ..."
    said = "More than a quarter of people given placebo saw their migraine days at least halved."
    assert "N101" not in codes(said, nma)  # a responder's threshold
    said = "The findings apply to everyone with migraine, including chronic daily headache."
    assert "P102" in codes(said, nma)  # "Trials in chronic migraine ... were excluded"
    ibs = _blind_paper("open-label-placebo-ibs-rct")
    said = (
        "At the 18-week follow-up, three months after participants stopped taking the pills, "
        "the difference had shrunk to 14 points."
    )
    assert not {"N101", "N102"} & {f.code for f in make_report(said, ibs).findings}
    assert [q.kind for q in extract_numbers(said)] == ["measure", "measure"]
    said = (
        "The benefit also outlasted the pills, with the placebo group still doing better at the "
        "18-week follow-up."
    )
    assert "U102" in codes(said, ibs)  # "At week 18 ... p=0.23"
    said = "Gastroenterologists can now begin offering open-label placebo to their patients."
    assert analyze(said).advice == 2 and analyze(said).advice_to == "clinicians"
    cells = _blind_paper("stem-cell-parkinsons-phase1")
    said = "Six volunteers received a lower dose, and everyone took tacrolimus for a year."
    assert not {"N101", "P102"} & codes(said, cells)  # "Six received a low dose"
    said = "Cells were transplanted into the brains of 12 people with Parkinson's disease."
    assert "P102" not in codes(said, cells)  # the sample, counted
    said = "Across all 12 participants, tracer uptake rose by more than 40 percent."
    assert "N101" in codes(said, cells)  # 29% low dose, 44% high dose
    said = "The team says the gains are unlikely to be explained by a placebo effect."
    assert "K101" in codes(said, cells)  # "may reflect placebo effects"
    wolves = _blind_paper("wolf-reintroduction-willow-browsing")
    said = (
        '"The willows in wolf country clearly did better, and that pattern is consistent with '
        'a trophic cascade," said Dr. Hannah Lindqvist.'
    )
    assert "K102" not in codes(said, wolves)  # the hedge kept for the hedged part
    said = "The results demonstrate that the return of wolves set off a trophic cascade."
    assert "K101" in codes(said, wolves)  # "remains debated"; "consistent with"
    said = "The results make a strong case for returning wolves to other parks."
    assert analyze(said).advice == 2


def test_round_30_rules() -> None:
    """What the thirtieth round taught the rules, on its invented abstracts."""
    from spin.claims import analyze, extract_numbers, paper_facts

    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }
    brain = _blind_paper("covid-brain-imaging-longitudinal")
    said = (
        "The results show that catching COVID-19 causes grey matter in the brain's "
        "smell-related regions to thin, even in people who were never ill enough to go to "
        "hospital."
    )
    assert analyze(said).strength == 3 and "C101" in codes(said, brain)  # not "related"
    choice = _blind_paper("discrete-choice-vaccine-preferences")
    assert "rct" in paper_facts(choice).designs  # a discrete choice experiment
    said = (
        "People were willing to pay about £105 for that jump in effectiveness, and about £83 "
        "to cut the risk of a serious side effect from 1 in 10,000 to 1 in 1,000,000."
    )
    assert "N101" not in codes(said, choice)  # "£83 (£72 to £94) for reducing ..."
    said = "People were willing to pay about £105 to cut the risk of a serious side effect."
    found = [f for f in make_report(said, choice).findings if f.code == "N101"]
    assert found and "£83" in found[0].message
    said = (
        "Given the choice, participants also favoured a community pharmacy over their GP "
        "practice as the place to be vaccinated."
    )
    assert "U102" in codes(said, choice)  # "did not differ (OR 1.04 ...; p=0.27)"
    said = (
        "The team says the predicted uptake figures give a dependable forecast of how many "
        "adults would actually come forward."
    )
    assert "K101" in codes(said, choice)  # "model simulations, not forecasts"
    ferret = _blind_paper("ferret-h5n1-airborne-transmission")
    said = (
        '"Nothing in these results shows that this virus can spread from person to person," '
        "said Dr. Reyes."
    )
    found = {f.code for f in make_report(said, ferret).findings if f.sentence is not None}
    assert analyze(said).negated and "P101" not in found
    said = "How well transmission in ferrets predicts transmission in people is also uncertain."
    assert "K101" not in codes(said, ferret)  # the sentence keeps the doubt
    said = "The results indicate that the cow virus is capable of airborne spread between people."
    assert "P101" in codes(said, ferret)  # the evidence said to show it: no hedge
    said = "Ferrets infected with the cow virus also coughed and sneezed far more often."
    assert "U103" in codes(said, ferret)
    psilocybin = _blind_paper("psilocybin-depression-phase2-dose-finding")
    said = "People who had shown suicidal behaviour in the past year were excluded."
    assert "K101" not in codes(said, psilocybin)
    said = "Importantly, the trial included people who had recently attempted suicide."
    assert "P102" in codes(said, psilocybin)  # "patients with recent suicidal behaviour ..."
    retina = _blind_paper("retinal-age-gap-deep-learning-mortality")
    said = (
        "People in the quarter whose retinas looked oldest had about a 50 percent higher risk "
        "of death than those in the quarter whose retinas looked youngest."
    )
    assert "N101" not in codes(said, retina)  # "about a 50 percent" is approximate: HR 1.49
    assert [q.approx for q in extract_numbers(said)] == ["about"]
    assert analyze('What we see is an association."').cautionary is not None
    assert "U101" not in codes('"What we see is an association."', retina)
    said = '"What we found is that the retina seems to carry a signal linked to survival."'
    assert "U101" not in codes(said, retina)  # survival is mortality's topic
    salt = _blind_paper("salt-substitute-stroke-cluster-rct")
    assert "N101" in codes("Deaths from any cause fell by about a fifth.", salt)  # RR 0.90
    said = (
        "Because the team monitored potassium closely, they could rule out any hidden "
        "build-up of dangerous blood potassium levels."
    )
    assert "K101" in codes(said, salt)  # "serum potassium was not routinely measured"
    said = "Older adults in cities as well as villages can expect the same protection."
    found = [f for f in make_report(said, salt).findings if f.code == "P102"]
    assert found and "'cities'" in found[0].message  # "urban or younger populations"
    soil = _blind_paper("soil-carbon-regenerative-paired-farms")
    said = (
        "The regenerative soils were also livelier: microbial biomass was nearly 40 percent "
        "higher in the top 10 centimetres."
    )
    assert "U102" not in codes(said, soil)  # "... and no statistically significant ..."
    said = '"Farmers always ask whether they\'ll lose money," said co-author Dr. Tomas Reyes.'
    assert "K102" not in codes(said, soil)


def test_round_31_rules() -> None:
    """What the thirty-first round's faithful releases taught the rules."""
    from spin.claims import analyze, extract_numbers

    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }
    letters = _blind_paper("antibiotic-prescribing-letters-rct")
    said = (
        "Over the next six months, practices that received the letter dispensed 3.5 percent "
        "fewer antibiotic prescriptions, relative to practices that did not."
    )
    assert "U102" not in codes(said, letters)  # the primary IRR 0.965, not months 7 to 12
    autism = _blind_paper("autism-prevalence-surveillance-trend")
    said = "Autism identification in 8-year-olds more than doubled in 12 years."
    assert "N101" not in codes(said, autism)  # "between 2010 and 2022"
    said = (
        "Among children without intellectual disability the rate rose about two and a half times."
    )
    assert "N101" not in codes(said, autism)  # "(PR 2.52)"
    assert [q.unit for q in extract_numbers("(PR 2.52); the overall ROR was 1.83")] == [
        "PR",
        "ROR",
    ]
    funding = _blind_paper("crowdfunding-cancer-campaigns-content-analysis")
    said = "Some families ask for money for treatments that have never been shown to work."
    assert "H102" not in codes(said, funding)
    watch = _blind_paper("smartwatch-sleep-staging-validation")
    said = "Sixty adults contributed data from one night in the sleep laboratory."
    assert analyze(said).strength == 0 and "C101" not in codes(said, watch)
    said = "The watch missed wake time. That weakness showed up most clearly in insomnia."
    assert not {"K102", "U101"} & codes(said, watch)
    said = (
        "For an individual, the watch's estimate could fall anywhere from about 35 minutes too "
        "short to nearly 80 minutes too long."
    )
    assert "N101" not in codes(said, watch)  # limits "from -34.8 to 79.2 minutes"
    said = (
        "The researchers showed that the errors arise because people with insomnia often lie "
        "awake without moving."
    )
    assert "K101" in codes(said, watch)  # "which the study did not measure directly"
    said = (
        "The authors urge pediatricians to screen girls for autism as carefully as boys, and "
        "parents of girls to seek an evaluation early."
    )
    assert not analyze(said).cautionary and "A101" in codes(said, autism)
    cord = _blind_paper("cord-clamping-preterm-ipd-meta-analysis")
    said = (
        "In practical terms, one death is avoided for roughly every 15 preterm babies whose "
        "cord clamping is deferred."
    )
    found = [f for f in make_report(said, cord).findings if f.code == "N101"]
    assert found and "one for every 48" in found[0].message
    said = "Deferral cut admissions by 4.6 for every 1,000 babies."
    assert "N101" not in codes(said, cord)  # a rate's denominator, no number needed to treat
    said = "The benefit extended to babies who needed resuscitation straight after birth."
    assert "P102" in codes(said, cord)  # "Most trials excluded infants who needed ..."
    said = (
        '"If you are expecting a premature baby, ask your delivery team to wait before they '
        'clamp the cord," said Professor Henrik Lund.'
    )
    assert analyze(said).advice == 2 and "A101" in codes(said, cord)
    water = _blind_paper("microplastic-tap-water-boiling-lab")
    said = (
        "Our measurements show the particles are locked inside that scale as it forms, and "
        "that is exactly why soft water falls short."
    )
    assert "K101" in codes(said, water)  # "the mechanism was not directly examined"
    trees = _blind_paper("urban-tree-canopy-heat-satellite")
    said = "Every additional 10 points of tree canopy cools a neighbourhood's ground surfaces."
    assert "C101" in codes(said, trees)
    said = "Because the satellite readings closely track the air temperatures residents feel."
    assert "K101" in codes(said, trees)  # "not the air temperature residents experience"
    said = (
        "The study also found a stark gap by income. Neighbourhoods in the lowest-income third "
        "had about half the tree cover of those in the highest-income third."
    )
    assert "U101" not in codes(said, trees)  # a lead-in to the figures
    caffeine = _blind_paper("prenatal-caffeine-birthweight")
    said = (
        "Those babies were also more likely to be admitted to a neonatal intensive care unit "
        "in their first days of life."
    )
    assert "U103" in codes(said, caffeine)  # an outcome the paper never names


def test_round_32_rules() -> None:
    """What the thirty-second round's releases taught the rules."""
    from spin.claims import analyze, extract_numbers, paper_facts

    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }
    # numbers: "week 3 in 28%" is no share of 3 in 28; "Seventy percent of participants" is
    # a share; "nearly a third" keeps its "nearly"
    assert [q.text for q in extract_numbers("remission at week 3 in 28%, 10%, and 7%")] == [
        "28%",
        "10%",
        "7%",
    ]
    assert [q.kind for q in extract_numbers("12 in 24 hours")] == ["number", "measure"]
    assert [q.kind for q in extract_numbers("Seventy percent of participants answered")] == [
        "percent"
    ]
    assert extract_numbers("cut yield by nearly a third")[0].approx == "nearly"
    # labels before their lists: remission told with the response rate
    psilocybin = _blind_paper("psilocybin-depression-phase2-dose-finding")
    said = (
        "More than a third of the 25 mg group were in remission three weeks after their dose, "
        "compared with 7 percent of the 1 mg group."
    )
    found = [f for f in make_report(said, psilocybin).findings if f.code == "N101"]
    assert found and "28%" in found[0].message
    said = "Just over a quarter of the 25 mg group were in remission at three weeks."
    assert "N101" not in codes(said, psilocybin)
    said = (
        "About one in five participants in the 25 mg group still met the criteria for "
        "response through week 12, compared with fewer than one in ten in the 1 mg group."
    )
    assert "N101" not in codes(said, psilocybin)  # "sustained response in 19%", not "week"
    # a reader study: an experiment on reading, whatever the age of its cases
    mrmc = _blind_paper("ai-fracture-reader-study-mrmc")
    assert "crossover" in paper_facts(mrmc).designs
    assert "observational" not in paper_facts(mrmc).designs
    said = "A second pair of eyes: AI tool helps doctors spot more wrist and hand fractures"
    assert "U102" not in codes(said, mrmc)  # "without a ... change in specificity"
    said = (
        "Their sensitivity rose by about 12 percentage points, more than twice the gain seen "
        "among radiologists."
    )
    assert "N101" not in codes(said, mrmc)  # 12.3 against 5.1 percentage points
    said = "In many hospitals the emergency doctor makes the first call on an X-ray."
    assert "H102" not in codes(said, mrmc)
    said = "Half of the examinations showed a fracture, as confirmed by two radiologists."
    assert "K102" not in codes(said, mrmc)
    said = "The X-rays came from children and adults who had attended three hospitals."
    assert "P102" in codes(said, mrmc)  # "from adults (aged 18 years or older)"
    said = (
        "The researchers say this enrichment does not limit how well the results apply to "
        "everyday emergency practice."
    )
    found = [f for f in make_report(said, mrmc).findings if f.code == "K101"]
    assert found and "enriched" in found[0].message
    # a simulated post shown to people is no model; a preference told in words
    myth = _blind_paper("misinformation-correction-survey-experiment")
    assert "modelling" not in paper_facts(myth).designs
    said = (
        "By that point the video had pulled ahead of the label, showing that warning people "
        "in advance gives longer-lasting protection than correcting them afterwards."
    )
    assert "U102" in codes(said, myth)  # "could not distinguish between the two"
    # the worst cultivar's loss told as the average
    ozone = _blind_paper("ozone-wheat-open-top-chambers")
    said = (
        "Averaged across varieties and both seasons, the extra ozone cut yield by nearly a third."
    )
    assert "N101" in codes(said, ozone)
    said = "Leaf injury alone proved a poor guide to which varieties are sensitive."
    assert "K102" not in codes(said, ozone)
    assert paper_facts(ozone).sample_size is None  # "(r=0.41, p=0.42; n=6)": six cultivars
    said = "That extra protein gave the flour better bread-making quality in baking tests."
    assert "U103" in codes(said, ozone)  # "we did not assess milling or baking quality"
    # registries: the comparison group, a known cause, exclusions told, a ratio of shares
    valproate = _blind_paper("paternal-valproate-registry-cohort")
    said = (
        "About 5 percent of children in the valproate group were diagnosed, compared with "
        "just under 4 percent in the comparison group."
    )
    assert "N101" not in codes(said, valproate)  # "171 children (3.8%) in the reference group"
    said = "It is well established that valproate taken during pregnancy can cause birth defects."
    assert not {"C101", "U103"} & codes(said, valproate)
    said = "Children whose mothers filled any antiseizure prescription in pregnancy were left out."
    assert "P102" not in codes(said, valproate)
    said = "Limited to fathers with epilepsy, the estimate was no longer statistically clear."
    assert "P102" not in codes(said, valproate)  # "had limited statistical power": no group
    said = (
        "By age 12, about 6 percent of children in the valproate group had received a "
        "diagnosis, roughly double the rate in the comparison group."
    )
    found = [f for f in make_report(said, valproate).findings if f.code == "N101"]
    assert found and "1.4 times" in found[0].message  # not age 12 over 6 percent
    said = "The team could be sure which fathers had actually taken the medicine."
    assert "K101" in codes(said, valproate)  # "fills do not show whether it was taken"
    # what was got right is what the error rate leaves, of the condition the release names
    bci = _blind_paper("speech-bci-single-participant-als")
    said = (
        "It got more than 99 percent of words right when he was limited to a 50-word "
        "vocabulary, and about 90 percent right with the full 125,000-word vocabulary."
    )
    assert "N101" not in codes(said, bci)
    said = "It got more than 99 percent of words right using the full 125,000-word vocabulary."
    assert "N101" in codes(said, bci)
    said = "The same approach can restore conversation to people who are fully locked in."
    assert "P102" in codes(said, bci)  # "particularly those in a locked-in state"
    # a figure at another distance, a range of fold changes, a harm no one measured
    river = _blind_paper("river-resistance-genes-wastewater-outfalls")
    said = "Five kilometres downstream it had fallen to just under double."
    assert "N101" not in codes(said, river)  # "1.9-fold higher at 5 km"
    said = "The increase ranged from about 1.6-fold in one river to more than ninefold."
    assert "N101" not in codes(said, river)
    said = (
        "People who swim below an outfall are more likely to pick up an infection that "
        "antibiotics cannot treat."
    )
    assert not analyze("They pick up infections.").negated and "U103" in codes(said, river)
    # a null told as a lift, beside "those who did not"
    nudges = _blind_paper("screening-invitation-nudges-factorial-rct")
    said = (
        "The text reminder gave screening a modest but genuine lift, with completion of 30 "
        "percent among those who received a text against 29 percent among those who did not."
    )
    assert "U102" in codes(said, nudges)  # "a text-message reminder had no clear effect"
    assert analyze("a text-message reminder had no clear effect").null_result


def test_round_33_rules() -> None:
    """What the thirty-third round's releases taught the rules."""
    from spin.claims import analyze, extract_numbers, paper_facts

    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }
    # camera traps: strata of sites are no sample, occupancies are shares, one region
    lynx = _blind_paper("camera-trap-lynx-roads-occupancy")
    assert paper_facts(lynx).sample_size is None  # "96 sites ...: near (n = 32), ..."
    said = "A third of the sites lay within 1 kilometre of a motorway or national road."
    assert "N101" not in codes(said, lynx)
    said = (
        "The researchers estimated that lynx used about half of the sites near roads, "
        "compared with about 70 percent of intermediate sites."
    )
    assert "N101" not in codes(said, lynx)  # occupancies of 0.49 and 0.71
    said = (
        '"We studied one region over two years, so other landscapes and road networks may '
        'look different," said Dr. Marek Horvath.'
    )
    left_out = [f.message for f in make_report(said, lynx).findings if f.code == "O101"]
    assert not any("generalisability" in m for m in left_out)
    # an event study: observational; its clauses; a third of a percentage point
    mergers = _blind_paper("hospital-mergers-event-study-mortality")
    assert "observational" in paper_facts(mergers).designs
    assert "cross_sectional" not in paper_facts(mergers).designs  # "HCAHPS survey respondents"
    quantity = extract_numbers("fell by about a third of a percentage point")[0]
    assert (quantity.kind, quantity.unit, quantity.approx) == ("percent", "points", "about")
    said = "After hospital takeovers, death rates hold steady while patient ratings slip"
    assert "U102" not in codes(said, mergers)  # "... and was associated with a ... decline"
    said = '"We can see what changed after acquisition, but not why," said Samuel Okafor.'
    assert "C101" not in codes(said, mergers)
    said = (
        "Readmissions within 30 days fell by nearly 2 percentage points, from a starting "
        "level of about 17 percent."
    )
    found = [f for f in make_report(said, mergers).findings if f.code == "N101"]
    assert found and "0.31 percentage points" in found[0].message
    # a trial's efficacy with a null p-value, a period the paper never used, a denial
    rsv = _blind_paper("rsv-antibody-infants-phase3")
    said = (
        "The antibody also kept babies out of the hospital, cutting RSV hospitalizations by "
        "more than 60 percent."
    )
    assert "U102" in codes(said, rsv)  # "(efficacy, 62.6%; 95% CI, -7.6 to 87.0; P=0.07)"
    said = (
        "Over the six months after the injection, 12 of the 2,009 babies given velrosimab "
        "needed medical care, compared with 25 of the 1,003 babies given placebo."
    )
    found = [f for f in make_report(said, rsv).findings if f.code == "N101"]
    assert found and "150 days" in found[0].message
    said = "The unusual RSV seasons of the pandemic did not affect the results."
    assert "K101" in codes(said, rsv)  # "which may have affected attack rates"
    said = (
        "Protection looked similar in boys and girls, in younger and older infants, and in "
        "both hemispheres."
    )
    assert "P102" not in codes(said, rsv)  # "..., and it did not assess protection beyond"
    assert analyze("We need to keep studying how long protection lasts.").cautionary
    # sham surgery: a caution is no advice; ages are not shares; an interval spanning 0
    sham = _blind_paper("sham-surgery-shoulder-decompression-rct")
    assert paper_facts(sham).max_advice == 0  # "should not be used to select patients"
    said = "Just over 70 percent of those who had the placebo procedure reported less pain."
    assert "P102" not in codes(said, sham)  # not people over 70
    said = "These results should make us question doing this operation routinely."
    assert analyze(said).advice == 0
    said = (
        "The clearest benefit was in patients with a hooked acromion, a bone shape long "
        "suspected of pinching the tendons, in whom decompression cut pain by nearly 8 points "
        "more than the placebo procedure."
    )
    assert "U102" in codes(said, sham)  # "-7.9 (95% CI -19.8 to 4.0; interaction p=0.31)"
    # a cell atlas: a lesion type not sampled, leads for more work
    atlas = _blind_paper("single-cell-atlas-endometriosis-lesions")
    said = (
        "Because the samples spanned peritoneal lesions, ovarian cysts and deep infiltrating "
        "disease, the atlas covers every major form of endometriosis."
    )
    assert "P102" in codes(said, atlas)  # "deep infiltrating lesions were not sampled"
    assert analyze("We see them as leads for the next round of laboratory work.").cautionary
    # a limitation denied in other words
    tweets = _blind_paper("vaccine-tweets-nlp-sentiment-trend")
    said = "Because the tool matched the coders so closely, sarcasm posed little problem."
    found = [f for f in make_report(said, tweets).findings if f.code == "K101"]
    assert found and "sarcasm" in found[0].message  # "errors ... may have affected estimates"


def test_round_34_rules() -> None:
    """What the thirty-fourth round's releases taught the rules."""
    from spin.claims import paper_facts

    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }
    # a diagnostic study: a negated "everyone", a stage the methods left out, a denial
    ptau = _blind_paper("blood-ptau217-alzheimers-diagnostic-accuracy")
    said = '"This is not a test that replaces PET for everyone," said Dr. Ingrid Halvorsen.'
    assert "P102" not in codes(said, ptau)
    said = (
        "Because the patients ranged from people who had only just noticed memory slips to "
        "those with advanced dementia, the results cover the full spectrum of the disease."
    )
    assert "P102" in codes(said, ptau)  # "mild cognitive impairment or mild dementia"
    said = (
        "Accuracy held up in patients with reduced kidney function, a group in whom tau "
        "blood tests had been thought to be less reliable."
    )
    assert "K101" in codes(said, ptau)  # "Accuracy may be lower in patients with reduced"
    # a cross-sectional study: a cause in the progressive, a limitation denied
    ears = _blind_paper("headphone-use-hearing-loss-teens-crosssectional")
    said = "In other words, the extra hours on headphones were causing hearing loss."
    assert "C101" in codes(said, ears)
    said = "The findings do not rest on teenagers' own reports of their hearing."
    assert "K101" in codes(said, ears)  # "listening time was self-reported"
    # a model: instruments and costs are no design or pilot; growth "not modelled"
    sea = _blind_paper("sea-level-coastal-flooding-projection")
    assert "cross_sectional" not in paper_facts(sea).designs  # "1,850 ground survey points"
    assert "preliminary" not in {k for k, _ in paper_facts(sea).limitations}  # "feasibility"
    said = "The projections also account for expected population growth and migration."
    assert "K101" in codes(said, sea)  # "population growth and migration were not modelled"
    said = '"Raising dikes made a big difference in the model," said Prof. Pieter Vermeulen.'
    assert "U101" not in codes(said, sea)  # "Dike upgrades could markedly reduce modelled ..."
    # a claims cohort: a comparison with the general population, months told as years
    stones = _blind_paper("sglt2-kidney-stones-active-comparator-cohort")
    said = (
        "Kidney stones are more common in people with type 2 diabetes than in the general "
        "population."
    )
    assert "P102" not in codes(said, stones)
    said = "Patients were followed for an average of just over seven years after starting."
    found = [f for f in make_report(said, stones).findings if f.code == "N101"]
    assert found and "7.1 months" in found[0].message
    # a field survey: "did not explain everything", "drew in", a question told as shown
    bees = _blind_paper("urban-gardens-wild-bee-diversity-survey")
    assert "K101" not in codes("Flowers did not explain everything.", bees)
    said = "For every 10 percentage points more in bloom, the flowers drew in more bees."
    assert "C101" in codes(said, bees)
    said = (
        "The lots are not merely feeding stops: the survey shows they sustain breeding populations."
    )
    assert "K101" in codes(said, bees)  # "do not establish whether sites support breeding"
    # a trial: quality of life, never measured
    heights = _blind_paper("vr-exposure-fear-of-heights-waitlist-rct")
    said = (
        "Using the app also improved participants' overall quality of life, the researchers found."
    )
    assert "U103" in codes(said, heights)
    mouse = _blind_paper("mouse-fasting-tumour")
    said = "The researchers measured the tumours every three days and followed the mice."
    assert "N101" not in codes(said, mouse)  # how often, not how long: no "3 weeks" swap


def test_round_35_rules() -> None:
    """What the thirty-fifth round's releases taught the rules."""
    from spin.claims import analyze, extract_numbers

    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }
    tomato = _blind_paper("biochar-tomato-drought-greenhouse")
    said = "Half the pots were watered to 80 percent of field capacity and the other half to 40."
    assert "N101" not in codes(said, tomato)  # how the study was split
    planet = _blind_paper("exoplanet-water-vapour-transmission-spectrum")
    said = "TOI-9132 b has about seven times the mass of Earth and circles its star every 23 days."
    assert "N101" not in codes(said, planet)
    said = '"In our field, 3 sigma is a hint, not a discovery," said Dr. Maren Okafor.'
    assert analyze(said).cautionary and "U101" not in codes(said, planet)
    said = "Until now, no hint of water had been seen in the atmosphere of any such planet."
    assert "H102" in codes(said, planet)
    icu = _blind_paper("icu-noise-sleep-observational-audit")
    said = (
        "No recording met the WHO guideline, which says average night-time levels should "
        "stay at or below 30 decibels."
    )
    assert "A101" not in codes(said, icu)  # the guideline's advice, reported
    knees = _blind_paper("prp-knee-osteoarthritis-meta-analysis")
    said = "There were signs of small-study effects, with smaller trials reporting larger benefits."
    assert "K101" not in codes(said, knees)  # "Egger's test suggested small-study effects"
    said = (
        "Larger trials showed the same benefit, so the result was not being driven by small "
        "studies."
    )
    assert not analyze(said).cautionary and "K101" in codes(said, knees)
    said = "The findings suggest PRP is a reasonable option to discuss with their doctor."
    assert analyze(said).advice == 1 and "A101" in codes(said, knees)  # "needed before PRP"
    assert extract_numbers("about one and a half points lower")[0].unit == "points"
    consent = _blind_paper("school-based-hpv-vaccination-consent-app-rct")
    said = (
        "The app boosted first-dose HPV vaccine uptake, from about two-thirds of pupils in "
        "paper-form schools to more than 70 percent in app schools."
    )
    assert "U102" in codes(said, consent)  # "71.2% ... and 66.5% ... p=0.09"
    said = '"What we can\'t say yet is whether that means more young people end up protected."'
    assert analyze(said).cautionary
    delirium = _blind_paper("melatonin-postoperative-delirium-rct")
    said = "The trial was large enough to show that melatonin does not change the chance of dying."
    assert "K101" in codes(said, delirium)
    # what the static aligner's first run found: whom the study took, a saying, a call for
    # research with "leads"
    said = (
        "The researchers enrolled patients aged 70 or older who were admitted for an "
        "operation to repair a broken hip."
    )
    assert "U102" not in codes(said, delirium)
    said = '"The headline number looks encouraging, but it doesn\'t survive a closer look."'
    assert "U103" not in codes(said, knees)
    atlas = _blind_paper("single-cell-atlas-endometriosis-lesions")
    said = '"We see them as leads for the next round of laboratory work."'
    assert "C101" not in codes(said, atlas)
    assert not analyze("In further experiments, DMC-7 also stopped the cells migrating.").cautionary


def analyze_release_designs(text: str) -> tuple[tuple[str, int], ...]:
    """The designs a one-sentence release mentions."""
    from spin.claims import release_facts

    return release_facts(make_document(text)).design_mentions


def test_round_36_rules() -> None:
    """What the thirty-sixth round's releases taught the rules."""
    from spin.claims import analyze, paper_facts

    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }

    def n101(said: str, paper: Paper) -> list[str]:
        return [f.message for f in make_report(said, paper).findings if f.code == "N101"]

    # tranexamic acid: a share of a count is no relative cut; a booster for what is not yet
    # so; a risk ruled out where the trial was not powered; a time after follow-up ended
    txa = _blind_paper("tranexamic-acid-head-injury-rct")
    said = (
        "Among patients with mild-to-moderate injuries, the drug cut the risk of dying from "
        "the head injury by about 40 percent."
    )
    assert any("RR 0.74" in m for m in n101(said, txa))  # not severe injury's "(41.5%)"
    said = (
        '"But these are subgroup results, and they need to be confirmed before anyone treats '
        'them as settled."'
    )
    assert "K102" not in codes(said, txa)
    said = (
        "Because the trial was so large, it effectively rules out any extra risk of these "
        "side effects."
    )
    found = [f for f in make_report(said, txa).findings if f.code == "K101"]
    assert found and "not powered" in found[0].message
    said = (
        "Survivors given the drug also regained their independence sooner and were more "
        "likely to be back at work six months after their injury."
    )
    found = [f for f in make_report(said, txa).findings if f.code == "U103"]
    assert found and "follow-up" in found[0].message
    # seagrass: a multiple of a change's two ends; meadows counted are no subjects; a
    # result equated with what the paper says it is not
    grass = _blind_paper("seagrass-restoration-carbon-chronosequence")
    said = (
        "As meadows aged, the share of fine mud more than doubled, and muddier sites held "
        "more carbon."
    )
    assert not n101(said, grass)  # "rose from 9.8% at bare sites to 21.4%"
    assert paper_facts(grass).sample_size is None  # "Meadows 0-5 years old (n=5)"
    said = (
        '"That matters for anyone who wants to count restoration as a climate benefit," said '
        "Dr. Reyes."
    )
    assert not analyze(said).is_claim
    said = (
        "The carbon gained by the restored meadows therefore represents carbon dioxide "
        "removed from the atmosphere."
    )
    assert "K101" in codes(said, grass)  # "should not be equated with net removal of ..."
    said = (
        "Our numbers tell you how much carbon is in the mud, not how much carbon dioxide has "
        "been removed from the atmosphere."
    )
    assert "K101" not in codes(said, grass)
    said = (
        "Meadows planted 16 to 20 years earlier held about 26 tonnes per hectare, close to 90 "
        "percent of the natural-meadow average."
    )
    assert any("82%" in m for m in n101(said, grass))
    # poultry workers: a rule of thumb is background; a drug defined in passing; a culture
    # on agar is no laboratory experiment; another outcome's share; a cause denied
    poultry = _blind_paper("poultry-farm-resistant-ecoli-crosssectional")
    said = (
        "Carrying such bacteria in the gut usually causes no symptoms, but it can make "
        "infections harder to treat."
    )
    assert not analyze(said).is_claim
    said = (
        "More than a quarter had used colistin, an antibiotic doctors hold in reserve for "
        "hard-to-treat infections."
    )
    assert "U103" not in codes(said, poultry)
    assert "in_vitro" not in paper_facts(poultry).designs  # "cultured on ... agar"
    said = (
        "Nearly three-quarters of the workers carried E. coli that make extended-spectrum "
        "beta-lactamases, or ESBLs, compared with about 4 in 10 of their neighbours."
    )
    assert any("58.3%" in m for m in n101(said, poultry))  # 71.8% is multidrug resistance
    said = (
        "Close to 6 in 10 workers carried E. coli that make extended-spectrum "
        "beta-lactamases, or ESBLs, compared with about 4 in 10 of their neighbours."
    )
    assert not n101(said, poultry)
    said = (
        "The findings show that antibiotic use on the farms is driving the extra resistant "
        "bacteria carried by the people who work there."
    )
    found = [f for f in make_report(said, poultry).findings if f.code == "C101"]
    assert found and found[0].severity == "warning" and "itself words" not in found[0].message
    said = "Their answers were checked against the farms' own treatment records."
    assert "K101" in codes(said, poultry)  # "not verified against farm records"
    said = "Their answers were not checked against the farms' own treatment records."
    assert "K101" not in codes(said, poultry)
    # a questionnaire's validation: a random half, "proved consistent", an exploratory
    # factor analysis, an outcome the study did not assess told as found
    scale = _blind_paper("smartphone-overuse-scale-psychometric-validation")
    said = (
        "Analysis of one randomly chosen half of the sample whittled the list down to ten "
        "questions."
    )
    assert not n101(said, scale)
    assert "K102" not in codes("The questionnaire also proved consistent.", scale)
    assert not any(k == "preliminary" for k, _ in paper_facts(scale).limitations)
    said = (
        "Students who scored above the threshold also tended to report poorer sleep and lower"
        " grades than their peers."
    )
    assert "U103" in codes(said, scale)  # "did not assess ... outcomes such as sleep"
    said = (
        "It is widely studied in young adults, and earlier surveys have linked it to poorer sleep."
    )
    assert not analyze(said).is_claim
    # caesarean birth: a hedge of an aside; a time point "of age"
    birth = _blind_paper("caesarean-infant-microbiome-birth-cohort")
    said = (
        "The study shows that caesarean delivery causes babies to miss out on Bacteroides, a "
        "group of bacteria that vaginally born infants are thought to pick up from their "
        "mothers during birth."
    )
    assert "C101" in codes(said, birth)
    said = (
        "At six months of age, it still accounted for about 4 percent of the variation, the "
        "researchers found."
    )
    assert any("1.2%" in m for m in n101(said, birth))  # 4.1% was at 1 month
    # cane cutters: workers named by their work; cane cut is a harvest
    cane = _blind_paper("heat-stress-sugarcane-workers-kidney-cohort")
    said = (
        "Hotter fields, faster kidney decline: cane cutters lost less kidney function where "
        "estates offered water, rest and shade"
    )
    assert "C101" not in codes(said, cane)
    said = (
        "Estates that adopted the program also saw no fall in the amount of cane each worker "
        "cut per day."
    )
    assert "C101" not in codes(said, cane)
    # mobile stroke units: minutes and ages as times; a cause told as thanks
    msu = _blind_paper("mobile-stroke-unit-alternating-weeks")
    said = (
        "Nearly half of treated patients in mobile-unit weeks got the drug within an hour of "
        "the call."
    )
    assert "N101" not in codes(said, msu)  # "within 60 minutes"; not "median age was 74 years"
    said = (
        "Thanks to the mobile units, patients from those weeks were left with less disability"
        " three months later."
    )
    assert "C101" in codes(said, msu)
    assert analyze("Thanks to the volunteers who took part.").strength < 3


def test_round_37_rules() -> None:
    """What the thirty-seventh round's releases taught the rules."""
    from spin.claims import analyze

    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }

    def n101(said: str, paper: Paper) -> list[str]:
        return [f.message for f in make_report(said, paper).findings if f.code == "N101"]

    # an eGFR equation: a null clause with its own subject after ", and"
    egfr = _blind_paper("cystatin-c-egfr-equation-development-validation")
    said = "New race-free kidney function equation edges out existing equation"
    assert "U102" not in codes(said, egfr)  # "..., and accuracy did not differ significantly"
    # a four-day week: what the intervention was; a cause told as drove; the end of a
    # change backs no relative change; a list of groups the findings may not cover
    week = _blind_paper("four-day-week-trial-companies-before-after")
    said = "The companies cut full-time hours to about 32 a week without cutting pay."
    assert "C101" not in codes(said, week)
    said = "The shorter working week drove a clear fall in burnout."
    assert "C101" in codes(said, week)
    said = "Self-reported sick days fell by about a third over the course of the trial."
    assert n101(said, week)  # not "Sleep difficulties fell from 41.2% to 33.6%"
    said = (
        "The findings point to similar benefits for larger employers and the public sector, "
        "as well as for shift-based workplaces such as hospitals and factories."
    )
    assert "P102" in codes(said, week)  # "may not apply to ..., to larger or public-sector"
    # iron in pregnancy: advice told as results "strong enough"; a measure the paper did
    # not make, its "serum" and relative clause aside
    iron = _blind_paper("iron-supplement-anaemia-pregnancy-rct")
    said = (
        "The researchers say the results are strong enough for health ministries to make the "
        "single infusion the standard treatment for moderate anaemia."
    )
    assert analyze(said).advice == 2 and "A101" in codes(said, iron)
    said = "Blood tests after the infusion also showed that women's phosphate levels stayed normal."
    assert "U103" in codes(said, iron)  # "Serum phosphate, which can fall ..., was not measured"
    # street lamps and moths: each alternative of an open question; a study-wide call for
    # studies told in a quote
    moths = _blind_paper("light-pollution-moth-pollination-field-experiment")
    said = (
        "The lamps lure moths away from the flowers and keep them circling the light, the "
        "team showed."
    )
    assert "K101" in codes(said, moths)  # "does not establish whether moths are drawn to ..."
    # microglia and sleep: a change against two means with their spreads; a mechanism not
    # identified; the other sex; a finding the paper says may not apply to humans, told
    glia = _blind_paper("mouse-microglia-sleep-optogenetics")
    said = (
        "During that hour, mice with the switch spent about 70 percent more time in non-REM "
        "sleep than control mice that received the same light."
    )
    assert any("54%" in m for m in n101(said, glia))  # 27.6 versus 17.9 min
    said = (
        "The experiments showed that activated microglia promote sleep by damping down the "
        "activity of the brain's wake-promoting neurons."
    )
    assert "K101" in codes(said, glia)  # "the downstream mechanism ... was not identified"
    assert "P102" in codes("Both male and female animals showed the shift.", glia)
    said = "The findings indicate that microglia help determine how much deep sleep people get."
    assert "P101" in codes(said, glia)  # "help determine" is a cause, "indicate" no hedge
    said = "Only male mice were studied, and it is unknown whether the findings apply to humans."
    assert "P102" not in codes(said, glia)
    # bats and wind turbines: fatalities are deaths; a limitation stated as what could
    # contribute to the effect; a benefit the study does not establish
    bats = _blind_paper("wind-turbine-bat-curtailment-bace")
    said = (
        "Curtailment was associated with a 56 percent relative reduction in estimated bat deaths."
    )
    assert "U103" not in codes(said, bats)
    said = (
        "Because the comparison farms were closely matched on turbine model and land cover, "
        "the researchers could rule out differences between the farms as an explanation."
    )
    assert "K101" in codes(said, bats)
    said = (
        "The reduction is large enough to halt the decline of hoary bat populations, the "
        "study found."
    )
    assert "K101" in codes(said, bats)  # "does not establish whether such reductions benefit"
    # the evidence a hedged statement offers, told without its inference
    from spin.rules.certainty import _tells_evidence_only

    hedged = (
        "Its moderate correlation with logged screen time suggests that the scale captures "
        "more than time spent on the phone, but the logs came from a small subsample."
    )
    said = (
        "The questionnaire agreed closely with an established scale, but its link with the "
        "screen-time records kept by the students' own phones was only moderate."
    )
    assert _tells_evidence_only(said, hedged)
    said = "The scale captures more than the time students spend on their phones."
    assert not _tells_evidence_only(said, hedged)
    # caveats told in other words: "Whether ... remains unknown", "we can't assume"
    sweet = _blind_paper("sweetener-mice-microbiome")
    said = (
        "Whether the findings apply to people, to females, or to the amounts people typically "
        "consume remains unknown."
    )
    assert "P102" not in codes(said, sweet)
    # octopus: a fall worked out from a change "from a mean of 63% to 22%"
    octopus = _blind_paper("octopus-pain-behaviour")
    said = (
        "Their time in that chamber dropped from 63 percent to 22 percent, a fall of roughly "
        "two-thirds."
    )
    assert not [f for f in make_report(said, octopus).findings if f.code.startswith("N10")]


def test_round_38_rules() -> None:
    """What the thirty-eighth round's releases taught the rules."""
    from spin.claims import analyze, extract_numbers

    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }

    def n101(said: str, paper: Paper) -> list[str]:
        return [f.message for f in make_report(said, paper).findings if f.code == "N101"]

    # an eGFR equation: the first of a pair set side by side belongs to the group its clause
    # opens with ("In adults aged 65 years or older ..., P30 was 86.3% ..., versus 91.7% ...
    # in younger participants")
    egfr = _blind_paper("cystatin-c-egfr-equation-development-validation")
    said = (
        "Among adults 65 and older, about 92 percent of the new equation's estimates fell "
        "within 30 percent of measured GFR."
    )
    assert any("86.3%" in m for m in n101(said, egfr))
    # oyster larvae: a size told as a relative change, lengths in micrometres, larvae that
    # settle, a list of effects the study does not establish
    oyster = _blind_paper("ocean-acidification-oyster-larvae-mesocosm")
    assert [(q.value, q.unit) for q in extract_numbers("298 µm versus 262 µm")] == [
        (298.0, "µm"),
        (262.0, "µm"),
    ]
    assert extract_numbers("about 12 percent shorter")[0].change == -12.0
    said = "Shells in the acidified tanks were about 12 percent shorter by day 21."
    assert "N101" not in codes(said, oyster)  # 298 versus 262 µm: 12% shorter
    said = (
        "Among larvae that reached the stage at which they are ready to settle, the share "
        "that actually settled was similar under both conditions, at 62 and 58 percent."
    )
    assert "K102" not in codes(said, oyster)
    said = (
        "The findings mean that wild Pacific oyster populations up and down the West Coast "
        "can expect similar losses as the ocean continues to acidify."
    )
    assert "K101" in codes(said, oyster)  # "does not establish effects on wild populations"
    # hip fractures: what a patient's state requires is no advice; "the reasons for delay"
    # name no cause
    hip = _blind_paper("hip-fracture-surgery-timing-registry")
    said = (
        '"Some patients wait because they need to be medically stabilised first, and those '
        'are often the sicker patients," he said.'
    )
    assert analyze(said).advice == 0
    said = (
        '"The next step is a randomised or quasi-experimental study that can separate the '
        'effect of timing from the reasons for delay," said Solberg.'
    )
    assert "C101" not in codes(said, hip)
    # owls: "not the same thing as" is a caveat; a level of a ranking the release never
    # names; "a representative picture" against "not a random sample"
    owls = _blind_paper("rodenticide-owls-liver-residues")
    said = (
        '"What we measured is exposure, though, and exposure is not the same thing as being '
        'killed by the poison."'
    )
    assert "U101" not in codes(said, owls)
    said = (
        "Nearly one in five owls had combined liver levels above 100 nanograms per gram, a "
        "level associated with potential toxic effects."
    )
    assert any("12.9%" in m for m in n101(said, owls))  # 18.3% is the top arable quartile's
    said = (
        "Because road casualties turn up wherever owls live, the researchers say the "
        "carcasses give a representative picture of exposure across Britain's wild barn owls."
    )
    findings = [f for f in make_report(said, owls).findings if f.code == "K101"]
    assert findings and "not a random sample" in findings[0].message
    # bilingualism: a delay told as pushed back; a difference in years in words; recall
    # problems said to be absent
    bilingual = _blind_paper("bilingualism-dementia-onset-retrospective")
    said = "Speaking two languages throughout life pushes back the onset of dementia symptoms."
    assert "C101" in codes(said, bilingual)
    said = "Bilingual patients were also diagnosed about four years later than the others."
    assert n101(said, bilingual)  # 2.4 years adjusted, not the interval's "3.5 vs 3.6 years"
    assert extract_numbers("A study finds that, about two years later, X")[0].text == (
        "about two years later"
    )
    said = (
        "Because the ages of onset were drawn from the clinic's own records, they are free "
        "of the recall problems that affect many dementia studies."
    )
    assert "K101" in codes(said, bilingual)
    # an interval with a negative lower bound is an interval
    kinds = [q.kind for q in extract_numbers("it was 1.6 years (95% CI -0.4 to 3.6; p=0.12)")]
    assert kinds == ["measure", "ci", "ci", "p_value"]
    # air purifiers: a change by half; advice for what the paper does not support; infants
    # not followed after delivery
    air = _blind_paper("air-purifier-pregnancy-birthweight-rct")
    assert extract_numbers("cut levels by nearly half")[0].change == -50.0
    assert not extract_numbers("The dose needed to cut the number of cells by half")
    said = "The purifiers cut indoor fine-particle levels by nearly half in the monitored homes."
    assert any("31%" in m for m in n101(said, air))
    said = (
        "The researchers say doctors in heavily polluted cities should advise pregnant patients "
        "to keep a HEPA purifier running at home."
    )
    assert any("advises against" in f.message for f in make_report(said, air).findings)
    said = "Babies from purifier homes also had fewer breathing problems, the team found."
    assert "U103" in codes(said, air)
    from spin.rules.support import _INFANCY

    assert _INFANCY.search("fewer breathing problems in their first months of life")
    # dengue: a span of everyone from babies to grandparents, for ages 3 to 45
    dengue = _blind_paper("dengue-wolbachia-cluster-rct")
    said = "The protection reached residents of every age, from babies to grandparents."
    assert "P102" in codes(said, dengue)
    said = '"Those open questions need answers before anyone recommends large-scale deployment."'
    assert analyze(said).cautionary  # (with MiniLM, held to the paper's advice otherwise)
    # peanut: people without what every participant had; leave to stop a precaution; a
    # limitation of follow-up denied
    peanut = _blind_paper("early-peanut-introduction-allergy-followup")
    said = (
        "The benefit held for babies across the board, including those who had shown no sign "
        "of eczema or food allergy."
    )
    assert "P102" in codes(said, peanut)
    said = "Once a child has eaten peanut for five years, families can relax, the researchers say."
    assert analyze(said).advice == 2 and "A101" in codes(said, peanut)
    said = (
        "Because nearly every child from the original trial came back for testing at 12, "
        "drop-outs are unlikely to have skewed the results."
    )
    assert "K101" in codes(said, peanut)  # "One in five randomised children was not assessed"


def test_round_39_rules() -> None:
    """What the thirty-ninth round's releases taught the rules."""
    from spin.claims import analyze

    codes = lambda said, paper: {  # noqa: E731
        f.code for f in make_report(said, paper).findings if SEVERITY_RANK[f.severity] >= 2
    }

    def n101(said: str, paper: Paper) -> list[str]:
        return [f.message for f in make_report(said, paper).findings if f.code == "N101"]

    # ivermectin: a difference claimed for a result null by its p-value; any adult for
    # adults aged 30 or older; an option for what the paper does not support; a diary kept
    ivermectin = _blind_paper("ivermectin-covid-outpatient-rct")
    said = (
        "Where ivermectin did make a difference was in keeping people out of hospital: 2.6 "
        "percent of those taking it were admitted or died within 28 days, compared with 3.3 "
        "percent of those on placebo."
    )
    assert "U102" in codes(said, ivermectin)
    said = (
        "Any adult with a positive test whose symptoms had begun within the previous five days "
        "could take part, as long as they were not in hospital."
    )
    assert "P102" in codes(said, ivermectin)
    said = (
        "Castellanos said that, until larger studies report, family doctors could reasonably "
        "offer ivermectin to higher-risk patients who ask for it."
    )
    assert any("advises against" in f.message for f in make_report(said, ivermectin).findings)
    assert "P102" not in codes("Everyone kept a daily symptom diary for four weeks.", ivermectin)
    # a microsimulation: its survey and its simulated cohort are inputs, not its design; a
    # share of those without a history; an extrapolation said to apply just as well
    model = _blind_paper("weight-loss-drug-budget-microsimulation")
    said = "When the team halved the assumed benefit, the number of events avoided fell."
    assert "C101" not in codes(said, model)
    said = (
        "Higher uptake meant more events prevented, about 66,000 if 40 percent of eligible "
        "adults took the drug, but also a bigger bill of close to £30 billion."
    )
    assert not n101(said, model)  # "At 40% uptake, 66,100 MACE ... £29.9 billion"
    said = (
        "Although the heart benefit was first measured in people who already had "
        "cardiovascular disease, the researchers found that it applies just as well to the "
        "more than nine in ten eligible adults with no such history."
    )
    assert "K101" in codes(said, model) and not n101(said, model)
    said = "Treated adults would also need fewer knee and hip replacements, the model found."
    assert "U103" in codes(said, model)
    # honey: a share of what its brackets' count is told of; a source told as shown; an
    # interim told with "until"
    honey = _blind_paper("honey-antibiotic-residues-market-survey")
    said = (
        "Nearly a quarter of the jars contained at least one antibiotic residue above the "
        "applicable regulatory limit."
    )
    assert any("7.5%" in m for m in n101(said, honey))
    said = "That pattern shows that the residues are entering European honey through blends."
    assert "K101" in codes(said, honey)  # "does not establish where in the supply chain"
    said = (
        "Until labelling improves, the researchers advise shoppers to choose honey that names "
        "a single country of origin."
    )
    assert not analyze(said).cautionary
    assert "A101" in codes(said, honey) and "C101" not in codes(said, honey)
    assert analyze('"Until then, it is not something we would recommend."').cautionary
    # corals: the other figure of a pair; a cost and a single reef denied; fragments cut
    coral = _blind_paper("heat-tolerant-coral-symbiont-tank")
    said = (
        "During the heatwave, fragments with the evolved algae lost only about a fifth of "
        "their algae, while fragments with wild-type algae lost about 70 percent."
    )
    assert any("38%" in m for m in n101(said, coral))  # not the calcification's 17%
    said = "The extra heat tolerance came without any cost to the corals' growth."
    assert "K101" in codes(said, coral)
    said = (
        "The six parent colonies were collected from reefs spanning the Great Barrier Reef, "
        "so the results are not tied to one local coral population."
    )
    assert "K101" in codes(said, coral)
    said = "The team worked with 144 fragments of the coral, cut from six parent colonies."
    assert "U102" not in codes(said, coral)
    said = "Bleached corals turn pale and, if the heat lasts long enough, many of them die."
    assert "K101" not in codes(said, coral)
    # bike lanes: streets the study left out, reached by a span
    bikes = _blind_paper("bike-lanes-cyclist-injuries-did")
    said = (
        "The pattern held across the full range of city streets, from quiet residential "
        "blocks to major arterials."
    )
    assert "P102" in codes(said, bikes)  # "Local residential streets were not included."
    # pain and a cream: an outcome never measured; an exploratory subgroup analysis is no
    # preliminary study
    placebo = _blind_paper("placebo-analgesia-expectation-lab")
    said = "Students in the painkiller group also reported less lingering soreness the next day."
    assert "U103" in codes(said, placebo)
    from spin.claims import paper_facts

    assert "preliminary" not in {kind for kind, _ in paper_facts(placebo).limitations}
    # sodium: intake tracked through follow-up where it was measured only at baseline; the
    # burden of a disease as background
    sodium = _blind_paper("sodium-urine-cardiovascular-cohort")
    said = (
        "Because the urine collections were repeated throughout the follow-up, the team could "
        "also track how changes in people's eating habits affected their risk over time."
    )
    findings = [f for f in make_report(said, sodium).findings if f.code == "K101"]
    assert findings and "not captured" in findings[0].message
    said = (
        "Heart disease and stroke are among the leading causes of death worldwide, and high "
        "blood pressure is one of their best-known drivers."
    )
    assert not codes(said, sodium) & {"U101", "U103"}


def test_round_40_rules() -> None:
    """What the fortieth round's releases taught the rules."""
    # whooping cough: an effectiveness estimate is the paper's measure; the sum of cases and
    # controls; a list's shared verb; infections named by the disease; a span the study did
    # not look past; a question of how well; a length of stay; a share of two numerators
    tdap = _blind_paper("tdap-pregnancy-infant-pertussis-casecontrol")
    said = (
        "Against hospitalization for whooping cough, maternal vaccination was an estimated 86 "
        "percent effective."
    )
    assert "C101" not in _warned_codes(said, tdap)
    said = "The study looked at more than 800 infants across seven surveillance areas."
    assert not _messages_of(said, tdap, "N101")  # 224 cases and 617 matched controls
    said = (
        "Only about a third of the mothers of infected babies had received Tdap in pregnancy, "
        "compared with more than 60 percent of the mothers of comparison babies."
    )
    assert not _messages_of(said, tdap, "N101")
    said = "Whooping cough is a bacterial infection of the airways that can cause coughing fits."
    assert "U103" not in _warned_codes(said, tdap)
    said = (
        "The lower odds of whooping cough among babies of vaccinated mothers held up through "
        "the first six months of life."
    )
    assert any("beyond 2 months" in m for m in _messages_of(said, tdap, "K101"))
    said = (
        "Two infants died, both with unvaccinated mothers, but that is too few deaths to "
        "estimate how well the vaccine prevents death."
    )
    assert "C101" not in _warned_codes(said, tdap)
    said = (
        "Among babies who were hospitalized, those whose mothers had been vaccinated "
        "typically went home several days sooner."
    )
    assert "U103" in _warned_codes(said, tdap)
    said = (
        "Fewer than one in five mothers of the sick babies had been vaccinated during "
        "pregnancy, compared with about 62 percent of mothers of the comparison babies."
    )
    assert any("32.1%" in m for m in _messages_of(said, tdap, "N101"))
    # pulse oximeters: "more than three times" is no odds ratio of 2.61
    pulse = _blind_paper("pulse-oximeter-skin-tone-bias-retrospective")
    said = (
        "After accounting for age, sex, severity of illness and other factors, Black patients "
        "were more than three times as likely as White patients to have a low oxygen level "
        "missed."
    )
    assert "N101" in _warned_codes(said, pulse)
    said = "Black patients had more than two and a half times the odds of a missed low reading."
    assert "N101" not in _warned_codes(said, pulse)
    # psoriasis: whom a trial excluded; a trial said to be large enough; a result told as
    # the headline at another time than the primary endpoint
    psoriasis = _blind_paper("psoriasis-biologic-headtohead-rct")
    said = (
        "The trial was not large enough to compare uncommon side effects, and it excluded "
        "anyone previously treated with an IL-17 or IL-23 drug."
    )
    assert "P102" not in _warned_codes(said, psoriasis)
    said = (
        "Because more than 1,000 patients were followed for a full year, the trial was large "
        "enough to rule out meaningful differences between the drugs in rare side effects."
    )
    assert any("not powered" in m for m in _messages_of(said, psoriasis, "K101"))
    said = (
        "The study's headline result came at one year, when 76 percent of orvekizumab "
        "patients had reached PASI 90, compared with 60 percent of those on fexukinumab."
    )
    assert any("week 16" in m for m in _messages_of(said, psoriasis, "U104"))
    # fracking: "Nor did" negates; another explanation allowed is a caveat; "drives up ...
    # by about 18 percent" is the odds ratio of 1.18, and a cause; significance claimed for
    # a null found by its figures; a denial whose hedge is a relative clause's
    fracking = _blind_paper("fracking-birth-outcomes-distance-cohort")
    assert "K102" not in _warned_codes(
        "Nor did the study find a clear link with preterm birth.", fracking
    )
    said = (
        "Differences in income and other family circumstances may still explain part of the link."
    )
    assert "U101" not in _warned_codes(said, fracking)
    said = (
        "Living within a kilometer of an active fracking well during pregnancy drives up the "
        "odds of having a low-birth-weight baby by about 18 percent, the study found."
    )
    assert _warned_codes(said, fracking) >= {"C101"} and "N101" not in _warned_codes(said, fracking)
    said = (
        "Mothers living closest to wells were also significantly more likely to give birth "
        "prematurely, at 9.6 percent compared with 8.7 percent."
    )
    assert "U102" in _warned_codes(said, fracking)
    said = (
        "Because the analysis accounted for smoking, income, education and other differences "
        "between families, the link cannot be explained by who tends to live near drilling "
        "sites."
    )
    assert "K101" in _warned_codes(said, fracking)
    # sea lice: a share of the near sites; a ratio of two means; "drove the higher rates"
    lice = _blind_paper("salmon-farm-sea-lice-wild-juveniles")
    said = (
        "Within 5 kilometres of a farm, nearly half of the young fish carried at least one salmon "
        "louse."
    )
    assert any("34.8%" in m for m in _messages_of(said, lice, "N101"))
    said = (
        "Young fish near farms also carried about five times as many lice on average as fish "
        "at the most distant sites."
    )
    assert "N101" not in _warned_codes(said, lice)  # 0.71 versus 0.14 lice per fish
    said = (
        "Lice spreading from the farms' pens drove the higher infestation rates seen in wild "
        "fish nearby, the researchers found."
    )
    assert "C101" in _warned_codes(said, lice)
    # young blood: the second of two ages; the first experiment; a change worked out from
    # the pair the release names, not any pair of the statement; a mechanism told as shown
    blood = _blind_paper("mouse-young-blood-parabiosis")
    said = "The researchers worked with male mice aged 22 months and young mice aged 3 months."
    assert "N101" not in _warned_codes(said, blood)
    said = "In the first experiment, 30 pairs of mice were joined for five weeks."
    assert "H102" not in _warned_codes(said, blood)
    said = (
        "Old mice with young partners grew regenerating fibres about 44 percent larger than "
        "old mice with old partners."
    )
    assert "N101" not in _warned_codes(said, blood)
    said = (
        "Injections of young plasma alone enlarged regenerating fibres by about 40 percent "
        "compared with saline."
    )
    assert any("18% higher" in m for m in _messages_of(said, blood, "N101"))
    said = (
        "The experiments showed that proteins carried in young blood reawaken the old "
        "muscle's dormant stem cells, and that this drives the repair."
    )
    assert "K101" in _warned_codes(said, blood)
    # neurofeedback: a result with a null aside is a result; a time after the last
    # follow-up; an option where the main result was null; a question is no advice;
    # school tests never given
    feedback = _blind_paper("eeg-neurofeedback-adhd-sham-rct")
    said = (
        "Their theta/beta ratio, the brain-wave pattern that neurofeedback targets, fell more "
        "with the real training than with the sham."
    )
    assert "U102" not in _warned_codes(said, feedback)
    said = (
        "Those improvements were still present a full year after the training ended, in both "
        "groups."
    )
    assert any("6-month follow-up" in m for m in _messages_of(said, feedback, "U103"))
    said = (
        "For families whose children cannot take or tolerate stimulant medication, "
        "neurofeedback is now a reasonable option to consider, Hollander said."
    )
    assert any("main result was null" in m for m in _messages_of(said, feedback, "A101"))
    assert "A101" in _warned_codes(said, feedback)
    said = "Families often ask us whether neurofeedback is worth trying."
    assert not _messages_of(said, feedback, "A101")
    said = (
        "Children who trained with real neurofeedback also made larger gains on reading and "
        "arithmetic tests than children in the sham group."
    )
    assert "U103" in _warned_codes(said, feedback)


def test_round_41_rules() -> None:
    """What the forty-first round's releases taught the rules."""
    from spin.claims import extract_numbers, paper_facts

    # antibiotics in infancy: advice the study is said not to give
    antibiotics = _blind_paper("antibiotic-infancy-obesity-cohort")
    said = (
        '"Nothing in this study suggests that parents should turn down antibiotics when a '
        'child has an infection that clearly needs treating," Lindqvist said.'
    )
    assert not _messages_of(said, antibiotics, "A101")
    # cataract surgery: a sensitivity analysis's exclusion is no group left out
    cataract = _blind_paper("cataract-surgery-dementia-cohort")
    said = (
        "Older adults who had their cataracts removed were less likely to be diagnosed with "
        "dementia over the following years than those who did not."
    )
    assert "P102" not in _warned_codes(said, cataract)
    # an asthma app: a sensor fitted to everyone's inhaler; attacks are exacerbations; the
    # groups an exclusion names are not who was studied
    asthma = _blind_paper("smartphone-app-asthma-adherence-rct")
    said = "Everyone had a sensor fitted to their inhaler."
    assert "P102" not in _warned_codes(said, asthma)
    assert "children" not in paper_facts(asthma).specific_groups
    said = (
        "The app also cut severe asthma attacks, those needing steroid tablets or injections, "
        "an emergency department visit or a hospital admission, by about a fifth."
    )
    assert "U102" in _warned_codes(said, asthma)  # rate ratio 0.81, p=0.18
    # burned slopes: ratios of a list's values; a benefit no longer detected; a share of
    # the sediment is no change; a null ratio told as a change; a season against its mean
    slopes = _blind_paper("wildfire-burn-scar-soil-erosion-field")
    said = (
        "Severely burned plots without straw lost an average of 8.6 metric tons of soil per "
        "hectare, about 170 times as much as unburned plots and more than 20 times as much as "
        "lightly burned ones."
    )
    assert "N101" not in _warned_codes(said, slopes)
    said = "By the second winter, we could no longer detect a benefit from the straw."
    assert "U102" not in _warned_codes(said, slopes)
    said = (
        "On the most severely burned slopes, plots covered with straw lost roughly "
        "three-quarters less soil in the first winter than plots left bare."
    )
    assert "N101" in _warned_codes(said, slopes)
    said = (
        "Straw worked on moderately burned slopes as well, trimming erosion there by nearly 40 "
        "percent."
    )
    assert "U102" in _warned_codes(said, slopes)  # ratio 0.61, p=0.09
    said = "The winter as a whole brought nearly a fifth more rain than the 30-year average."
    assert not _messages_of(said, slopes, "N102")  # 118% of the 30-year mean
    # cataract surgery: people the study took only without a diagnosis, told as covered
    said = (
        "The lower risk was seen both in people aged 65 to 74 and in those 75 and older, and "
        "it extended to people who already had mild cognitive impairment when their cataract "
        "was diagnosed."
    )
    assert "P102" in _warned_codes(said, cataract)  # "no diagnosis of dementia or mild cognitive
    # impairment at baseline"
    # a Mediterranean diet: results said to hold equally well deny the limit on generality
    diet = _blind_paper("mediterranean-diet-pregnancy-preeclampsia-rct")
    said = (
        "Because the trial spanned eight hospitals and more than 1,200 women, the researchers "
        "expect the results to hold equally well for pregnant women in other countries."
    )
    assert any("generalisability" in m for m in _messages_of(said, diet, "K101"))
    # RSV: a denial matched to the limitation it names ("COVID-19" in "COVID-19-related")
    rsv = _blind_paper("rsv-antibody-infants-phase3")
    said = (
        "Although the trial ran during the COVID-19 pandemic, the unusual RSV seasons of that "
        "period did not affect the results, the researchers said."
    )
    assert any("COVID-19-related" in m for m in _messages_of(said, rsv, "K101"))
    # HPV consent app: the ratio of the paper's two amounts for everyone, not a subgroup's
    hpv = _blind_paper("school-based-hpv-vaccination-consent-app-rct")
    said = (
        "School staff logged less than half as much time on consent administration over the "
        "year, about 11 hours per school compared with 27 and a half."
    )
    assert "P102" not in _warned_codes(said, hpv)
    # found with the static aligner: both groups improved ("but so did") is no effect; the
    # share without a measurement is the complement of those measured; what the team
    # looked at is no finding
    from spin.claims import analyze

    assert analyze(
        "Children who trained with neurofeedback improved markedly over 20 weeks, but so did "
        "children who unknowingly received a sham version."
    ).null_result
    # (and with MiniLM: an association said to be no proof is a caution)
    assert analyze(
        "The researchers stress that the study shows an association, not proof that the "
        "surgery itself protects against dementia."
    ).cautionary
    said = (
        "Nearly 30 percent of eligible children had no height and weight measurement at age "
        "five, which could have skewed the results."
    )
    assert not _messages_of(said, antibiotics, "N101")  # 70.7% had a BMI measurement
    pulse = _blind_paper("pulse-oximeter-skin-tone-bias-retrospective")
    said = (
        "Because self-reported race is not a measure of skin colour, the team also looked at "
        "the roughly one in eight patients whose nurses had recorded a skin type."
    )
    assert "K101" not in _warned_codes(said, pulse)
    # CT scans: a share of cases put down to a cause
    scans = _blind_paper("ct-scan-childhood-cancer-cohort")
    said = (
        "Radiation from the scans was responsible for about one in eight of the brain tumours "
        "in the group, the analysis found."
    )
    assert "C101" in _warned_codes(said, scans)
    # older papers, read better: a fraction told as a ratio; a second change of a list; a
    # level given as a share of baseline; a power the paper states; the researchers helped
    (third,) = extract_numbers("turned up only about a third as many low-grade cancers")
    assert third.kind == "multiplier" and round(third.value, 2) == 0.33
    assert [q.change for q in extract_numbers("increases of 71% and 112%, respectively")] == [
        71.0,
        112.0,
    ]
    prostate = _blind_paper("prostate-mri-screening-rct")
    said = "An MRI scan first turned up only about a third as many low-grade prostate cancers."
    assert "N101" not in _warned_codes(said, prostate)  # relative risk 0.36
    heat = _blind_paper("heat-mortality-projection")
    said = "Under high emissions, the projected toll climbs to more than double the recent level."
    assert not _warned_codes(said, heat) & {"N101", "N102"}  # an increase of 112%
    sugar = _blind_paper("rat-sugar-addiction")
    said = "Three weeks in, sugar still pushed dopamine nearly 30 percent above its baseline level."
    assert not _messages_of(said, sugar, "N102") and not _messages_of(said, sugar, "N101")
    coffee = _blind_paper("coffee-mendelian")
    said = (
        "The study was large enough to detect an effect of roughly 11 to 12 percent per daily cup."
    )
    assert "K101" not in _warned_codes(said, coffee)
    shingles = _blind_paper("shingles-vaccine-dementia-natural-experiment")
    said = '"That helps us get around a problem that dogs vaccine research," she said.'
    assert not _messages_of(said, shingles, "C101")


def test_a_time_bound_against_the_paper_s_times() -> None:
    """A bound on when something happened is held to the times the paper gives, in any
    unit ("within six months" for days 252 to 336), and a time in other units is the
    paper's ("three months" for 12 weeks)."""
    from spin.rules.numbers import durations

    drive = _blind_paper("gene-drive-mosquito-cage-trial")
    said = "All three collapses came within six months of the first release."
    found = [f for f in make_report(said, drive).findings if f.code == "N101"]
    assert found and "252 to 336 days" in found[0].message
    said = "All three collapses came within a year of the first release."
    assert "N101" not in {f.code for f in make_report(said, drive).findings}
    assert durations("between eleven days and six weeks; a 12-year-old") == [11.0, 42.0]
    ketamine = _blind_paper("ketamine-depression-trials-meta")
    said = "A single infusion of ketamine can lift symptoms within a day for many people."
    assert "N101" not in {f.code for f in make_report(said, ketamine).findings}  # 24 hours


def test_a_total_over_a_period_told_as_a_rate() -> None:
    """A figure the paper gives over a whole period, told as a rate per shorter unit of
    time ("every month" for "over six months"), is N101; the same figure told over the
    period, a small whole number, or a paper figure that is itself a rate is not."""
    letters = _blind_paper("antibiotic-prescribing-letters-rct")
    said = (
        "In practices that got the letter, prescribing fell by about 4.6 prescriptions per "
        "1,000 patients every month compared with practices that did not."
    )
    found = [f for f in make_report(said, letters).findings if f.code == "N101"]
    assert found and "over six months" in found[0].message and "per month" in found[0].message
    said = (
        "Over six months, prescribing fell by about 4.6 prescriptions per 1,000 patients "
        "in practices that got the letter."
    )
    assert not [f for f in make_report(said, letters).findings if "rate per" in f.message]
    from spin.rules.numbers import _RATE_PER, _RATE_WORDS

    assert _RATE_PER.search("about 3 falls per person a year")
    assert not _RATE_PER.search("about 3 falls per person in a year")
    assert not _RATE_PER.search("a month later, 40 of them had recovered")
    assert _RATE_WORDS.search("1.9 per 1,000 person-years over ten years")


def test_a_time_bound_the_paper_meets_anywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bound on when something happened is the paper's when any of its statements gives a
    time within it, whichever statements the aligner ranks first: with the static vectors a
    quote's "Within a day" ranked a 14-day statement first (fifteenth session)."""
    monkeypatch.setenv("SPIN_ALIGN_EMBED", "1")
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "static")
    paper = _blind_paper("ketamine-depression-trials-meta")
    said = (
        "\u201cWithin a day, a substantial share of these patients feel markedly better, and "
        "that is not trivial for people who have often tried treatment after treatment,\u201d "
        "said Dr. Helena Marchetti, a psychiatrist at Northgate University and the study's "
        "senior author. \u201cWhat these trials cannot tell us is whether that improvement "
        "holds.\u201d"
    )
    assert "N101" not in {f.code for f in make_report(said, paper).findings}


def test_background_advice_restated_with_the_static_aligner(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Restating the paper's background advice is no advice of the release's, whichever
    statement the aligner ranks first: with the static vectors "CBT-I" written out made a
    finding the best match (thirteenth session)."""
    monkeypatch.setenv("SPIN_ALIGN_EMBED", "1")
    monkeypatch.setenv("SPIN_ALIGN_EMBED_MODEL", "static")
    paper = _blind_paper("digital-cbti-noninferiority")
    said = (
        "Cognitive behavioural therapy for insomnia, known as CBT-I, is the recommended first "
        "treatment for long-term insomnia."
    )
    assert "A101" not in {f.code for f in make_report(said, paper).findings}
    said = "GPs should now prescribe the app as the first-line treatment for insomnia."
    assert "A101" in {f.code for f in make_report(said, paper).findings}
