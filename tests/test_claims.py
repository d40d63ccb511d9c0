"""Claim features: numbers, hedges, negation, subjects, advice, hype, paper and release facts."""

from __future__ import annotations

import re

import pytest
from helpers import make_document, make_paper

from spin import claims
from spin.claims import age_floors, analyze, extract_numbers, paper_facts, release_facts

NUMBERS = [
    ("Twelve participants completed both conditions.", [(12, "count", "participants")]),
    ("Almost half of patients improved.", [(50, "percent", "%")]),
    ("A fifth had side effects.", [(20, "percent", "%")]),
    ("Three in four women responded.", [(75, "percent", "%")]),
    ("Two thirds of the mice survived.", [(200 / 3, "percent", "%")]),
    ("They were 26% more likely to sleep badly.", [(26, "percent", "%")]),
    ("The risk was higher (HR 1.26, 95% CI 1.10-1.45; p = 0.002).",
     [(1.26, "ratio", "HR"), (1.10, "ci", ""), (1.45, "ci", ""), (0.002, "p_value", "p")]),
    ("Users were twice as likely to quit.", [(2, "multiplier", "x")]),
    ("Patients received 0.5 mg/kg ketamine.", [(0.5, "measure", "mg/kg")]),
    ("The trial enrolled 1,204 adults.", [(1204, "count", "adults")]),
    ("People with type 2 diabetes and COVID-19 in phase 3.", []),
    ("Published on August 29, 2018 at https://doi.org/10.1176/appi.ajp.2018.18020138.", []),
    ("Founded in 1844, the association has members.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NUMBERS, ids=[t for t, _ in NUMBERS])
def test_numbers(text: str, expected: list[tuple[float, str, str]]) -> None:
    got = [(q.value, q.kind, q.unit) for q in extract_numbers(text)]
    assert len(got) == len(expected), got
    for (v, k, u), (ev, ek, eu) in zip(got, expected, strict=True):
        assert v == pytest.approx(ev) and k == ek and u == eu


def test_number_spans_and_relative_direction() -> None:
    text = "Risk was 40% lower, and almost half of them (41%) slept better."
    qs = extract_numbers(text)
    assert [text[q.start : q.end] for q in qs] == [q.text for q in qs]
    assert qs[0].relative == "less"
    assert qs[1].approx == "almost"


#: the direction of a relative change, written before the number or after it:
#: (sentence, the signed change of each quantity that states one, None otherwise)
CHANGES = [
    # direction after the number
    ("Falls were 23% less frequent with the programme.", [-23]),
    ("The balance group had 23% fewer falls.", [-23]),
    ("There was a 23% reduction in falls.", [-23]),
    ("They were 26% more likely to sleep badly.", [26]),
    ("The risk was a fifth lower.", [-20]),
    # direction before the number
    ("The programme reduced falls by 23%.", [-23]),
    ("The programme cut the rate of falls by almost a quarter.", [-25]),
    ("Falls fell 23% with the programme.", [-23]),
    ("There was a reduction in falls of 23%.", [-23]),
    ("Night work raised the risk of diabetes by 26 per cent.", [26]),
    ("The risk of diabetes rose by 26% among night workers.", [26]),
    ("There was an increase in the risk of type 2 diabetes of 26%.", [26]),
    ("The odds were higher by 26%.", [26]),
    # ratios and multipliers are changes by their value
    ("Falls were less frequent (relative risk 0.77).", [-23]),
    ("Diabetes was more common (HR 1.26).", [26]),
    ("The programme halved falls.", [-50]),
    ("Night work doubled the risk of diabetes.", [100]),
    ("Night workers were twice as likely to develop diabetes.", [100]),
    # the nearest change word governs: "reduced ... by", not "more than"
    ("The pill reduced blood pressure by 25% more than one drug.", [-25]),
    # no relative change: a share, percentage points, a number after punctuation
    ("The programme reduced falls in 23% of participants.", [None]),
    ("Falls increased, as reported by 23% of participants.", [None]),
    ("Falls dropped from 40% to 23%.", [None, None]),
    ("Falls were reduced by 5 percentage points.", [None]),
    ("Fewer of 23% of smokers quit.", [None]),
    ("The programme lower 23% of scores.", [None]),
]


@pytest.mark.parametrize(("text", "changes"), CHANGES, ids=[t for t, _ in CHANGES])
def test_relative_change_whichever_side(text: str, changes: list[float | None]) -> None:
    got = [q.change for q in extract_numbers(text) if q.kind in ("percent", "ratio", "multiplier")]
    assert got == [pytest.approx(c) if c is not None else None for c in changes]


@pytest.mark.parametrize(
    "text",
    [
        "Adults were assigned to the programme or usual care for 12 months.",
        "He called the midwife at 6 or 7pm.",
        "Patients got 600, 300, or 75mg daily.",
    ],
)
def test_or_in_lower_case_is_not_an_odds_ratio(text: str) -> None:
    assert not [q for q in extract_numbers(text) if q.kind == "ratio"]
    assert [q.unit for q in extract_numbers("Smokers had higher odds (OR 1.5).")] == ["OR"]


@pytest.mark.parametrize(
    ("text", "hedged", "negated", "null"),
    [
        ("The findings suggest that ketamine requires opioid activation.", True, False, False),
        ("The drug may reduce memory decline.", True, False, False),
        ("The drug reduced memory decline.", False, False, False),
        ("Vitamin D did not reduce fractures.", False, True, True),
        ("There was no significant difference between groups.", False, True, True),
        ("The study, appearing online today in the journal, finds an effect.", False, False, False),
        ("Not only did it work, it was cheap.", False, False, False),
        # "failed to" is a null result when what failed is an effect or a test
        ("The drug failed to reduce fractures.", False, True, True),
        ("Some had failed to maintain an exercise regimen.", False, True, False),
        # a participant's view in a qualitative study is not a measured null result
        ("Two participants believed it had made no difference to them.", False, True, False),
        ("Carers felt that the visits made no difference, and there was no significant "
         "difference in admissions.", False, True, True),
        # "suggestions" is a noun, not a hedge; an interpretation told as one is hedged
        ("Patients gave suggestions for improving the care they received.", False, False, False),
        ("The researchers' interpretation is that the compound raised IGF-1.", True, False,
         False),
        ("Understanding their potential complications is required for patient care.", False,
         False, False),
        ("Admissions tended to rise in the days after pollution went up.", True, False, False),
    ],
)  # fmt: skip
def test_certainty_and_negation(text: str, hedged: bool, negated: bool, null: bool) -> None:
    f = analyze(text)
    assert (f.hedged, f.negated, f.null_result) == (hedged, negated, null)


#: negation is scoped to the relation it governs: (sentence, negation cues that
#: negate the finding); a negation in a side clause (the design, the population,
#: the publication status) does not negate the finding
NEGATION = [
    # must negate
    ("Vitamin D did not reduce fractures.", ("not",)),
    ("The drug didn't improve survival.", ("n't",)),
    ("The drug was not associated with weight gain.", ("not",)),
    ("Coffee was not significantly linked to cancer.", ("not",)),
    ("There was no difference between the groups.", ("no",)),
    ("The drug had no significant effect on pain.", ("no",)),
    ("The drug was no more effective than placebo.", ("no",)),
    ("The drug failed to improve survival.", ("failed to",)),
    ("Treatment failed to accurately predict relapse.", ("failed to",)),
    ("No patients died in either group.", ("no",)),
    ("The study does not prove that coffee causes cancer.", ("not",)),
    ("The association was non-significant.", ("non-significant",)),
    ("The app has not yet been shown to work in people.", ("not",)),
    ("Weight loss was seen without any benefit to blood pressure.", ("without",)),
    ("Nighttime surgery not a factor in survival", ("not",)),
    # must not negate
    ("The app helped teenagers sleep longer in a pilot without a control group.", ()),
    ("The app helped teenagers sleep longer in a pilot with no control group.", ()),
    ("Ketamine helped patients who had not responded to other drugs.", ()),
    ("The results, not yet peer reviewed, show that the drug cuts deaths.", ()),
    ("The drug reduced pain without side effects.", ()),
    ("The drug reduced anxiety but not depression.", ()),
    ("Children who do not get enough sleep are at increased risk of obesity.", ()),
    ("The tool predicts stroke in patients without atrial fibrillation.", ()),
    ("People with no symptoms who read more had fewer amyloid deposits.", ()),
    ("Not only did it work, it was cheap.", ()),
]


@pytest.mark.parametrize(("text", "cues"), NEGATION, ids=[t for t, _ in NEGATION])
def test_negation_scope(text: str, cues: tuple[str, ...]) -> None:
    assert analyze(text).negations == cues


@pytest.mark.parametrize(
    ("text", "subjects", "species"),
    [
        ("In mice, the compound reduced weight gain.", ("animal",), ("mouse",)),
        ("Patients with asthma improved.", ("human",), ()),
        ("The drug killed cancer cells in a dish.", ("cell",), ()),
        ("A computer model predicts the spread.", ("model",), ()),
    ],
)
def test_subjects(text: str, subjects: tuple[str, ...], species: tuple[str, ...]) -> None:
    f = analyze(text)
    assert f.subjects == subjects and f.species == species


AGE_FLOORS = [
    ("Everyone over 50 should do balance exercises.", [50]),
    ("Adults aged 60 years or older were enrolled.", [60]),
    ("Women 65 and over took part.", [65]),
    ("Participants aged 18 to 65 were recruited.", [18]),
    ("Patients aged \u226560 years were eligible.", [60]),
    ("A message for the over-50s.", [50]),
    ("Over 50 studies were included.", []),
    ("Risk rose in people over 50% of the time.", []),
    ("The trial enrolled 1,204 adults.", []),
]


@pytest.mark.parametrize(("text", "ages"), AGE_FLOORS, ids=[t for t, _ in AGE_FLOORS])
def test_age_floors(text: str, ages: list[float]) -> None:
    assert [a.value for a in age_floors(text)] == ages


def test_paper_age_floor() -> None:
    paper = make_paper(
        {
            "Background": "Falls are common in people over 40.",
            "Methods": "We randomly assigned 1,200 adults aged 60 years or older.",
            "Results": "Falls were fewer among participants over 80.",
        }
    )
    assert paper_facts(paper).age_floor == (60, 1)  # the Methods statement


@pytest.mark.parametrize(
    ("text", "word", "category", "level", "source"),
    [
        ("It could be a cure for cancer.", "cure", "Utility", 2, "spin"),
        ("A miracle drug, doctors say.", "miracle", "Utility", 2, "spin"),
        ("A game-changer for patients.", "game-changer", "Utility", 2, "spin"),
        ("The holy grail of cancer research.", "holy grail", "Importance", 2, "spin"),
        ("A groundbreaking study.", "groundbreaking", "Novelty", 2, "millar2022;vinkers2015"),
    ],
)
def test_hype_lexicon(text: str, word: str, category: str, level: int, source: str) -> None:
    (h,) = analyze(text).hype
    assert (h.word.lower(), h.category, h.level, h.source) == (word, category, level, source)


def test_population_and_groups() -> None:
    f = analyze("Adults with treatment-resistant depression received ketamine.")
    assert ("treatment resistant", "depression") in f.population
    assert analyze("The findings apply to people with depression.").generic_group


def test_hype_and_novelty() -> None:
    f = analyze("This groundbreaking study shows for the first time a remarkable effect.")
    assert {h.word.lower() for h in f.hype} == {"groundbreaking", "remarkable"}
    assert {h.level for h in f.hype} == {1, 2}
    assert f.novelty == ("for the first time",)
    assert not analyze("Ketamine might be another opioid in a novel form.").novelty


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Coffee drinkers had a lower risk of liver cancer.", True),
        ("Vitamin D did not reduce fractures in older women.", True),
        ("Previous research has found ketamine to have rapid effects.", False),
        ("The study looked at whether naltrexone would block the effect.", False),
        ("The researchers aimed to determine the role of the opioid system.", False),
        ("Media contact: Jane Doe.", False),
        ("Does coffee protect the liver?", False),
        ("Smith cautions against widespread use until more research is done.", False),
        ("The team plans to test the drug in a larger trial.", False),  # a plan
        ("The researchers hope to run the programme in more schools.", False),
    ],
)
def test_is_claim(text: str, claim: bool) -> None:
    assert analyze(text).is_claim is claim


def test_cautionary_advice() -> None:
    assert analyze("We should be cautious about widespread use of ketamine.").cautionary
    assert not analyze("Everyone should eat dark chocolate every day.").cautionary


def test_paper_facts() -> None:
    paper = make_paper(
        {
            "Background": "Depression is common in older adults.",
            "Methods": "In this single-arm pilot study, 24 adults with treatment-resistant "
            "depression received the drug.",
            "Results": "Symptoms did not differ significantly from baseline at 6 weeks.",
            "Conclusions": "The findings suggest a possible benefit. The sample was small.",
        },
        volume="175",
        published="2018-08-29",
    )
    pf = paper_facts(paper)
    assert {"pilot", "single_arm"} <= set(pf.designs)
    assert pf.sample_size == 24
    assert ("treatment resistant", "depression") in pf.population
    assert ("older", "adults") not in pf.population  # background is not the study population
    assert {k for k, _ in pf.limitations} >= {"sample", "preliminary"}
    assert pf.null_results == (2,)
    assert 3 in pf.hedged_conclusions
    assert {175.0, 2018.0} <= pf.metadata_numbers
    assert not pf.nonhuman


def test_population_from_the_papers_own_sample() -> None:
    """A discussion of other studies, and a full text's methods and results, name
    subgroups and things that are not the sample ("advanced heart failure patients" in
    another study, "female wards", "advanced options")."""
    abstract_only = make_paper(
        {
            "Methods": "We interviewed 15 adults with chronic heart failure.",
            "Discussion": "Evangelista et al. found that advanced heart failure patients "
            "adhered to exercise. Regular, moderate daily activity is recommended.",
        }
    )
    pf = paper_facts(abstract_only)
    assert pf.population == (("chronic", "heart failure"),)
    full_text = make_paper(
        [
            ("Abstract", "We interviewed 15 adults with chronic heart failure."),
            ("Methods", "The hospital has male and female wards and advanced options."),
            ("Results", "Older patients on the female wards were interviewed first."),
        ]
    )
    pf = paper_facts(full_text)
    assert pf.population == (("chronic", "heart failure"),)


def test_sample_size_is_the_papers_own_sample() -> None:
    """The sample is counted in this study's own statements: not in the background
    ("affects 26 million people"), other studies in the discussion, a study still to be
    done, nor a single case ("One patient did have a symptomatic penetration", in a
    systematic review, once made spin say the paper reports 1 patient)."""
    pf = paper_facts(
        make_paper(
            [
                ("Introduction", "Heart failure affects 26 million people worldwide."),
                ("Methods", "We interviewed 15 adults with heart failure."),
                ("Results", "One patient did have a symptomatic penetration."),
                ("Discussion", "A cohort of 4,000 patients found the same."),
                ("Conclusions", "A trial of 500 patients is needed."),
            ]
        )
    )
    assert pf.sample_size == 15
    instances = paper_facts(
        make_paper({"Results": "Four cases where the sites did not match are marked."})
    )
    assert instances.sample_size is None  # cases that are instances, not patients
    review = paper_facts(make_paper({"Results": "One patient did have a penetration."}))
    assert review.sample_size is None
    assert not any(kind == "sample" for kind, _ in review.limitations)


def test_confidence_of_the_strength_reading() -> None:
    from spin.classify import claim_strength

    text = "Cocoa flavanols reverse brain ageing"
    assert claim_strength(text).label != 3  # the model alone does not read a cause here
    sure = analyze(text)
    assert sure.strength == 3 and sure.strength_confidence == 1.0  # a direct-cause verb does
    text = "Coffee drinkers had a lower risk of liver cancer."
    modelled = analyze(text)
    assert modelled.strength_confidence == claim_strength(text).confidence < 1.0
    prevalence = analyze("Tinnitus affects millions of people.")
    assert prevalence.strength == 0 and prevalence.strength_confidence == 1.0
    # a direct-cause verb is as sure when the model already read a cause
    text = "The programme prevented patients from giving up exercise, focus groups with 15 "
    text += "participants show."
    assert claim_strength(text).label == 3 and claim_strength(text).confidence < 0.7
    assert analyze(text).strength_confidence == 1.0
    text = "In practical terms, the compound holds off the first step of plaque formation."
    assert claim_strength(text).label != 3  # the model alone does not read a cause
    held = analyze(text)
    assert held.strength == 3 and held.strength_cues[0] == "holds off"
    assert held.strength_confidence == 1.0
    cleft = analyze("The programmes are what keep patients taking their tablets.")
    assert cleft.strength == 3 and cleft.strength_cues[0] == "are what keep"
    # a cleft on a pronoun points back at the research, not at a cause
    pointed = analyze("That is what makes these results striking.")
    assert "is what makes" not in pointed.strength_cues


def test_nonhuman_paper() -> None:
    pf = paper_facts(make_paper("In mice fed a high-fat diet, the compound reduced weight gain."))
    assert pf.nonhuman and "animal" in pf.designs and pf.species == ("mouse",)


def test_release_facts() -> None:
    doc = make_document(
        "Headline\n\nIn a small pilot study, twelve participants slept longer. "
        "More research is needed."
    )
    rf = release_facts(doc)
    assert rf.sample_sentences == (1,)
    assert rf.mentions_design("pilot")
    assert rf.mentions_limitation("sample") and rf.mentions_limitation("general")


# --------------------------------------------------------------------------- QA round 2


@pytest.mark.parametrize(
    ("text", "strength_at_least_3"),
    [
        ("Cocoa flavanols reverse brain ageing", True),
        ("Eating cocoa flavanols prevents memory loss in older adults.", True),
        ("Cocoa flavanols may reverse brain ageing.", False),  # hedged
        ("Cocoa flavanols did not reverse brain ageing.", False),  # negated
        ("Flavanol intake was linked to slower decline, which could prevent memory loss.", False),
        ("The aim was to prevent falls.", False),  # not a finite verb
    ],
)
def test_direct_cause_floor(text: str, strength_at_least_3: bool) -> None:
    """A finite direct-cause verb is a direct causal claim, whatever the classifier says."""
    f = analyze(text)
    if strength_at_least_3:
        assert f.strength == 3
    else:
        assert not (f.strength == 3 and not f.hedged and not f.negated and "prevent" in text)


@pytest.mark.parametrize(
    "text",
    [
        "Pancreatic cancer is deadly, and patients urgently need new treatments.",
        "Sea sponge compound could be a cure for pancreatic cancer",
        "Mindfulness can help with anxiety, but it is one option among several.",
        "Lorvastin could become an important new option for patients.",
    ],
)
def test_no_advice_without_a_word_that_advises(text: str) -> None:
    assert analyze(text).advice == 0


@pytest.mark.parametrize(
    ("text", "to"),
    [
        # whom advice addresses is its subject, not whoever else it names
        ("People facing weeks in a cast should ask their doctor about the drug.", "readers"),
        ("Doctors should consider prescribing the drug to older patients.", "clinicians"),
        ("Governments should fund the programme for children.", "policy"),
    ],
)
def test_whom_advice_addresses(text: str, to: str) -> None:
    f = analyze(text)
    assert f.advice and f.advice_to == to


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # "against" is a caution only as advice against something
        ("Patients whose tests are checked against the panel will live longer.", True),
        ("He cautions against widespread and repeated use of ketamine.", False),
        ("Doctors advised against using the drug in children.", False),
        # what scientists have long suspected is background
        ("Scientists have long suspected that this is because the mutant protein clumps.", False),
        # a plan is not a finding
        ("Cutting the running time of these steps is a primary goal for future updates.", False),
    ],
)
def test_claim_or_not(text: str, claim: bool) -> None:
    assert analyze(text).is_claim == claim


def test_first_as_an_ordinal_is_not_novelty() -> None:
    assert not analyze("Compression devices should not be a first choice.").novelty
    assert not analyze("Heparin is the first-line treatment.").novelty
    assert analyze("This is the first study to show it.").novelty


def test_cause_the_noun_is_not_a_direct_cause() -> None:
    from spin.claims import is_noun_cause

    text = "The weakness came from the muscle rather than from other causes such as injury."
    at = text.index("causes")
    assert is_noun_cause(text, at, at + len("causes"))
    text = "Smoking causes cancer."
    assert not is_noun_cause(text, 8, 14)
    # the noun does not confirm a direct-cause reading
    assert analyze("We examined the causes of death.").strength_confidence < 1.0


def test_animal_study_named_by_breed() -> None:
    """Beagles are dogs: a study of 22 beagles is an animal study of 22 animals."""
    pf = paper_facts(
        make_paper(
            "Twenty\u2010two beagles were divided into two groups. The drug raised IGF-1. "
            "These data may ultimately have therapeutic application to humans."
        )
    )
    assert "animal" in pf.designs and pf.nonhuman and pf.sample_size == 22
    assert "dog" in pf.species


def test_advice_with_a_word_that_advises() -> None:
    """The gate only removes advice; where a word advises, the classifier decides."""
    from spin import classify

    for text in (
        "Everyone over 50 should eat dark chocolate every day.",
        "George also suggests more attention to other underused treatments for depression.",
        "Doctors should consider prescribing the drug.",
    ):
        assert analyze(text).advice == int(classify.advice(text).label)


@pytest.mark.parametrize(
    ("text", "implicit"),
    [
        ("A compound destroys pancreatic cancer while sparing healthy tissue.", True),
        ("Sea sponge compound could be a cure for pancreatic cancer", True),
        ("The compound killed 80% of pancreatic cancer cells.", False),
        ("The compound kills cancer cells in the lab.", False),
    ],
)
def test_implicitly_human(text: str, implicit: bool) -> None:
    assert bool(analyze(text).implicit_human) == implicit


def test_designs_of_future_studies_are_not_the_study_design() -> None:
    cells = paper_facts(
        make_paper(
            {
                "Methods": "Cancer cell lines were cultured in vitro with the compound.",
                "Conclusions": "Studies in animal models are required to establish activity "
                "in vivo.",
            }
        )
    )
    assert cells.designs == ("in_vitro",) and cells.nonhuman and "animal" not in cells.species
    pilot = paper_facts(
        make_paper(
            {
                "Methods": "In this single-arm pilot study, 30 adults used an app.",
                "Conclusions": "A randomised controlled trial is warranted.",
            }
        )
    )
    assert "rct" not in pilot.designs and "single_arm" in pilot.designs


def test_publication_line_is_not_a_claim() -> None:
    assert not analyze("The results are published in the Example Journal of Cardiology.").is_claim


# --------------------------------------------------------------------------- QA round 3


def test_count_after_from_or_between() -> None:
    """ "data from 62,497 people" is a count; "from 2012" stays a date and "from 18 to
    65" stays a label."""
    got = [(q.value, q.kind) for q in extract_numbers("Drawing on data from 62,497 people.")]
    assert got == [(62497, "count")]
    assert not [
        q for q in extract_numbers("Recruited from 18 to 65 years of age.") if q.value == 18
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ('"This is an association, and a study like ours cannot prove that solvents cause '
         'Parkinson\'s," said Dr. Haddad.', False),
        ('"These are laboratory results in bacteria, not in people," said Dr. Demir.', False),
        ("Observational studies have long linked higher body weight to knee osteoarthritis.",
         False),
        ("Because genes are handed out at random, this kind of study is less affected by "
         "lifestyle.", False),
        ("The drug did not show a significant benefit over placebo.", True),
        ("Working with solvents causes Parkinson's disease.", True),
    ],
)  # fmt: skip
def test_caveats_and_method_talk_are_not_claims(text: str, claim: bool) -> None:
    assert analyze(text).is_claim is claim


def test_design_words_that_are_only_data_sources() -> None:
    """Structured interviews in a case-control study do not make it qualitative; national
    survey data fed into a model do not make a modelling study a survey; a model of a
    country's adults is about people."""
    case_control = paper_facts(
        make_paper("In this case-control study, histories were collected in structured interviews.")
    )
    assert "case_control" in case_control.designs and "qualitative" not in case_control.designs
    qualitative = paper_facts(make_paper("We conducted semi-structured interviews with 32 carers."))
    assert "qualitative" in qualitative.designs
    model = paper_facts(
        make_paper(
            "We used a microsimulation model of the adult population, built from national "
            "survey data, to project the effects of a tax."
        )
    )
    assert model.designs == ("modelling",) and not model.nonhuman
    molecule = paper_facts(make_paper("A computational model of the receptor was simulated."))
    assert molecule.nonhuman


@pytest.mark.parametrize(
    "text",
    [
        "It still has to be tested in animals before we know whether it could help patients.",
        "The app now needs to be compared with therapy from a trained therapist.",
    ],
)
def test_calls_for_research_are_cautionary(text: str) -> None:
    assert analyze(text).cautionary


def test_projections_are_hedged() -> None:
    assert analyze("The largest reductions were projected for adults on low incomes.").hedged


TRICKY = [
    "It may be that this ſuggests a cure; the results appear promising.",
    "A game-changer? Game-changers, the HOLY  GRAIL and a wonder-drug in mice and rats.",
    "İt might possibly be a proven, conclusively-confirmed breakthrough.",
    "Cell lines and cell cultures, C. elegans, organoids and a computer model of patients.",
    "",
    "The pre-suggested, non-confirmed link.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_lexicon_prefilter_is_exact(text: str) -> None:
    """The prefiltered alternation finds exactly what the full one finds."""
    from spin.claims import _boosters, _hedges, _hype, _subjects

    for terms in (_hedges(), _boosters(), _hype()[0], _subjects()[0]):
        full = [(m.start(), m.end()) for m in terms.pattern.finditer(text)]
        fast = [(m.start(), m.end()) for m in terms.pattern_for(text).finditer(text)]
        assert fast == full
    assert [p.search(text) is not None for p, *_ in _subjects()[1]] == [
        p.search(text) is not None
        and t in {_subjects()[0].terms[i] for i in _subjects()[0].candidates(text)}
        for p, _, _, t in _subjects()[1]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tinnitus, a ringing or buzzing in the ears that has no outside source, affects "
        "millions of people.",
        "Dementia affects an estimated 50 million people worldwide.",
        "Migraine affects one in seven adults.",
    ],
)
def test_prevalence_is_not_a_relation(text: str) -> None:
    """'affects millions of people' says how common a condition is, not what it does."""
    f = analyze(text)
    assert f.strength == 0 and "affects" in f.strength_cues[0]
    assert not f.is_claim


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("Migraine affects one in seven adults and the new drug reduced attacks by half.", 3),
        ("Air pollution affects lung growth in children.", 3),
    ],
)
def test_prevalence_does_not_hide_a_relation(text: str, strength: int) -> None:
    assert analyze(text).strength == strength


def test_design_alone_is_methods_not_a_claim() -> None:
    """A sentence that tells how the study was done, with numbers but no relation."""
    design = (
        "In the trial, 180 adults who had lived with tinnitus for at least six months were "
        "randomly assigned to use the eight-week app programme or to join a waiting list."
    )
    f = analyze(design)
    assert f.strength == 0 and not f.is_claim
    # a design with a result in the same sentence is still a claim
    result = (
        "In a trial of 412 adults who were randomly assigned to the drug or placebo, the "
        "drug lowered blood pressure by 5 mmHg."
    )
    assert analyze(result).is_claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # about the institution, in a sentence of its own
        (
            "The Bowmont Trauma Research Unit studies ways to reduce complications in "
            "critically injured patients.",
            False,
        ),
        (
            "The Lakeshore Institute for Global Health Systems works with hospitals to "
            "strengthen services for patients.",
            False,
        ),
        ("The University of Leeds team found that the drug lowered blood pressure.", True),
        # what the study looked at, not what it found
        ("Review weighs the hidden risks of preventing blood clots after major injury", False),
        ("New study explores how sleep affects memory", False),
        ("Review finds that filters reduce lung clots", True),
    ],
)
def test_is_claim_about_the_institution_or_the_topic(text: str, claim: bool) -> None:
    assert analyze(text).is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # the burden of a disease, as background
        (
            "Lung cancer kills more people than any other cancer, and many patients are now "
            "given drugs chosen by the mutations in their tumours.",
            False,
        ),
        ("Parkinson's disease is the second most common neurodegenerative disorder.", False),
        ("Heart disease was the leading cause of death among participants.", True),
    ],
)
def test_is_claim_disease_burden(text: str, claim: bool) -> None:
    assert analyze(text).is_claim is claim


def test_animal_words_in_gene_and_reagent_names_are_not_subjects() -> None:
    assert analyze("Assays for Kirsten rat sarcoma viral oncogene (KRAS) mutations.").species == ()
    assert analyze("Cells were grown in medium with 10% fetal bovine serum.").species == ()
    assert analyze("Slides were stained with a rabbit anti-human antibody.").species == ()
    assert analyze("Rats fed the compound gained less weight.").species == ("rat",)


def test_worded_counts_with_unicode_hyphens_and_more_animals() -> None:
    (q,) = extract_numbers("Twenty\u2010two beagles were divided into two groups.")
    assert (q.value, q.kind, q.unit) == (22.0, "count", "beagles")
    (q,) = extract_numbers("Thirty-six rabbits were studied.")
    assert (q.value, q.unit) == (36.0, "rabbits")


def test_novelty_is_not_an_order() -> None:
    assert analyze("Levels fell by 30 percent in the first week.").novelty == ()
    assert analyze("The first two doses were well tolerated.").novelty == ()
    assert analyze("This is the first study to show it.").novelty


def test_a_recommendation_is_advice_whatever_its_topic() -> None:
    """ "The team recommends that drug programmes abandon ..." recommends, even where the
    advice model reads the topic as none; research advice stays cautionary."""
    f = analyze(
        "Based on the findings, the team recommends that future drug programmes for "
        "Parkinson's abandon strategies aimed at lowering the amount of oligomers."
    )
    assert f.advice >= 1 and "recommends" in f.advice_cues
    research = analyze("The authors recommend that future studies test this in people.")
    assert research.cautionary


def test_a_quotes_attribution_is_not_part_of_its_claim() -> None:
    from spin.claims import without_attribution

    quote = '"What we wanted was a number people could plan around," said Dr. Miriam Caldwell'
    assert without_attribution(quote + ", who led the work.") == (
        '"What we wanted was a number people could plan around,"'
    )
    assert without_attribution('"It is a practical tool for planning," Caldwell said.') == (
        '"It is a practical tool for planning,"'
    )
    # the quote goes on after the attribution: left whole
    both = '"X is good for planning," said Y, "and Z is bad."'
    assert without_attribution(both) == both
    assert not analyze(without_attribution(quote + ", who led the work.")).is_claim


def test_cause_as_a_noun_after_against() -> None:
    from spin.claims import is_noun_cause

    text = "This argues against causes outside the muscle, such as nerve injury."
    start = text.index("causes")
    assert is_noun_cause(text, start, start + len("causes"))
    verb = "Smoking causes cancer."
    assert not is_noun_cause(verb, 8, 14)


def test_the_methods_used_are_not_a_claim() -> None:
    f = analyze(
        "In June 2010 the team combined several methods: structured exit interviews with "
        "outpatients, in-depth interviews with 20 stakeholders, and a month of observation "
        "by the lead researcher."
    )
    assert not f.is_claim
    assert analyze(
        "Using two methods, the team showed that the drug lowers blood pressure."
    ).is_claim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated "percentage-point" is a percentage, as "percentage points" is
        ("Each 10 percentage-point increase was associated with an HR of 1.07.",
         [(10.0, "percent", "points"), (1.07, "ratio", "HR")]),
        # "seven and a half hours" is 7.5 hours, not "a half"
        ("Students slept just under seven and a half hours a night.", [(7.5, "measure", "hours")]),
        # a ratio named after an earlier semicolon in the same brackets
        ("short sleep (aOR 1.87, 95% CI 1.58-2.21; p<0.001) and poor quality (aOR 1.64, 95% CI "
         "1.39-1.94)", [(1.87, "ratio", "OR"), (1.58, "ci", ""), (2.21, "ci", ""),
                        (0.001, "p_value", "p"), (1.64, "ratio", "OR"), (1.39, "ci", ""),
                        (1.94, "ci", "")]),
        # coordinated counts share their noun
        ("Hypercalcaemia occurred in four and two participants.", [(4.0, "count", "participants")]),
    ],
)  # fmt: skip
def test_more_numbers(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(q.value, q.kind, q.unit) for q in extract_numbers(text)] == expected


def test_release_gives_its_sample_in_words() -> None:
    doc = make_document(
        "Fifty-five male and female mice were randomly assigned. Fifty-one of the mice "
        "completed the study. In 2019 patients were seen. One of the patients died."
    )
    assert release_facts(doc).sample_sentences == (0, 1)


def test_possessives_are_one_word_however_the_apostrophe_is_written() -> None:
    from spin.claims import content_words

    assert content_words("Parkinson's disease") == content_words("Parkinson\u2019s disease")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("A two-year trial has tested whether a monthly supplement benefits people aged 70.",
         False),
        ("The team cautions that the results may not apply to people living in care homes.",
         False),
        ("Their top walking speed, however, was no different from that of untreated mice.",
         True),
    ],
)  # fmt: skip
def test_aims_and_limits_are_not_claims(text: str, claim: bool) -> None:
    f = analyze(text)
    assert f.is_claim == claim
    if claim:
        assert f.null_result


def test_whose_recommendation_and_how_strong() -> None:
    """The study's own recommendation is advice (strong when it recommends, urges or
    advises; weak when it says "may wish to consider"); a recommendation of others in
    the background is left to the model, and "should be treated as exploratory" is a
    caution."""
    assert analyze("The researchers advise adults to cut back on ready meals.").advice == 2
    weak = analyze("Families may wish to consider screen-free time before bed.")
    assert weak.advice == 1 and weak.advice_cues[0] == "consider"
    others = "Health organisations generally advise that teenagers get eight hours of sleep."
    assert analyze(others).advice == 0
    caution = analyze("The authors stress that this result should be treated as exploratory.")
    assert caution.cautionary


def test_randomised_animals_are_an_animal_experiment() -> None:
    paper = make_paper(
        "We randomly assigned 55 male and female mice aged 24 months to the drug or vehicle. "
        "Treated mice ran 38% longer (p=0.001)."
    )
    pf = paper_facts(paper)
    assert "rct" not in pf.designs and "animal" in pf.designs
    assert pf.nonhuman and pf.randomised_animals


def test_covariates_are_not_the_population() -> None:
    paper = make_paper(
        "We followed 31,482 adults aged 45 to 64 years. Models were adjusted for smoking, "
        "body mass index and chronic disease."
    )
    assert ("chronic", "disease") not in paper_facts(paper).population


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The researchers ran the model 1,000 times with varying inputs.", [(1000.0, "number")]),
        ("Body weight fell by about a third of a kilogram.", [(1 / 3, "measure")]),
        # an uncertainty interval, in billions at both ends
        ("Savings were AUD 1.42 billion (95% UI 0.81-2.09 billion).",
         [(1.42e9, "number"), (0.81e9, "ci"), (2.09e9, "ci")]),
    ],
)  # fmt: skip
def test_times_fractions_and_intervals(text: str, expected: list[tuple[float, str]]) -> None:
    got = [(round(q.value, 4), q.kind) for q in extract_numbers(text)]
    assert got == [(round(v, 4), k) for v, k in expected]


@pytest.mark.parametrize(
    "text",
    [
        "But the long-term effects of a tax on these drinks have been uncertain.",
        "The model assumed that the tax would be passed on in full to shoppers.",
        "Changes in calorie intake were converted into changes in body mass index.",
        "Without a comparison group, the team cannot say whether the app caused the changes.",
    ],
)
def test_uncertainty_assumptions_and_caveats_are_not_claims(text: str) -> None:
    assert not analyze(text).is_claim


def test_a_model_built_on_survey_data_is_a_model() -> None:
    paper = make_paper(
        "We developed a microsimulation model of Australian adults, calibrated to the "
        "National Health Survey and national diabetes registry data. The tax was projected "
        "to reduce consumption by 16%."
    )
    assert paper_facts(paper).designs == ("modelling",)


def test_calling_on_government_is_advice_and_evaluation_is_research_advice() -> None:
    f = analyze("The researchers are calling on the government to introduce a sugar tax.")
    assert f.advice == 2 and f.advice_to == "policy"
    assert analyze("Any tax introduced should be evaluated.").cautionary


def test_fourth_round_numbers() -> None:
    listed = extract_numbers(
        "The adjusted OR was 0.98 (95% CI 0.83-1.16) for fewer than 10 years, 1.21 (95% CI "
        "1.02-1.44) for 10-19 years and 1.47 (95% CI 1.16-1.86) for 20 or more years."
    )
    assert [(q.value, q.unit) for q in listed if q.kind == "ratio"] == [
        (0.98, "OR"), (1.21, "OR"), (1.47, "OR"),
    ]  # fmt: skip
    per_day = extract_numbers(
        "not associated with AF (odds ratio [OR] per additional cup per day 1.02, 95% "
        "confidence interval [CI] 0.94-1.10; P=0.63)"
    )
    assert [(q.value, q.kind) for q in per_day] == [
        (1.02, "ratio"), (0.94, "ci"), (1.1, "ci"), (0.63, "p_value"),
    ]  # fmt: skip
    assert [(q.value, q.unit) for q in extract_numbers("It fell by 14.8 mm Hg.")] == [
        (14.8, "mm hg")
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The researchers identified 14 genetic variants linked to coffee drinking in a study "
         "of almost 376,000 people.", False),
        ("Earlier observational studies found that coffee drinkers had a lower risk.", False),
    ],
)  # fmt: skip
def test_instruments_and_earlier_studies_are_not_claims(text: str, claim: bool) -> None:
    assert analyze(text).is_claim == claim


def test_fourth_round_words() -> None:
    assert not analyze("The first was trust in clinicians.").novelty
    assert analyze("This is the first study of its kind.").novelty
    advise = analyze(
        "The researchers advise coffee drinkers who have cut back out of concern for their "
        "heart rhythm that they can safely return to their usual cups."
    )
    assert advise.advice == 2
    assert not analyze("The tax would prevent around 9,400 premature deaths.").cautionary
    assert analyze("It is premature to recommend the drug.").cautionary
    trial = make_paper(
        "In this randomised, double-blind trial, 612 adults with uncontrolled hypertension "
        "were randomly assigned to the drug or placebo."
    )
    assert paper_facts(trial).designs == ("rct",)


def test_fifth_round_words() -> None:
    from spin.claims import content_words

    assert analyze("The link was no longer statistically significant after three days.").null_result
    assert not analyze("Melanoma causes most deaths from skin cancer.").is_claim
    assert (
        analyze(
            "The researchers advise parents of children with asthma to keep them indoors."
        ).advice
        == 2
    )
    assert analyze(
        "Prospective evaluation in clinical practice is needed before the tool can be "
        "recommended for routine use."
    ).cautionary
    assert analyze(
        "It is the largest and most definitive analysis of nuts ever carried out."
    ).novelty
    assert content_words("nuts") == content_words("nut") and "bia" not in content_words("bias")
    dose = extract_numbers("(RR at 28 g/day 0.80, 95% CI 0.75-0.86)")
    assert (dose[0].value, dose[0].kind) == (28.0, "measure")


def test_fifth_round_facts() -> None:
    series = make_paper(
        "We conducted a time-series analysis of daily asthma admissions. Causal inferences "
        "should be made with caution. PM2.5 was associated with admissions."
    )
    pf = paper_facts(series)
    assert "observational" in pf.designs
    assert pf.max_advice == 0  # a caution is not advice
    specificity = make_paper("The tool had high sensitivity and moderate specificity.")
    assert paper_facts(specificity).population == ()


# --- sixth round of blind releases (tests/fixtures/spun, 2026-11-27, session 7) ---


def test_a_range_shares_its_unit_and_its_approximation() -> None:
    """ "between roughly 3.5 and 4.5 per cent" is roughly 3.5% to roughly 4.5%."""
    got = [
        (q.kind, q.value, q.approx)
        for q in extract_numbers("would grow to between roughly 3.5 and 4.5 per cent")
    ]
    assert got == [("percent", 3.5, "roughly"), ("percent", 4.5, "roughly")]
    # two exact ends stay exact
    assert [q.approx for q in extract_numbers("rose from 12% to 14%")] == [None, None]


def test_and_a_half_without_a_unit_is_a_number() -> None:
    (q,) = extract_numbers("compared with about six and a half among non-users")
    assert (q.kind, q.value, q.approx) == ("number", 6.5, "about")


def test_one_in_every_and_times_out_of() -> None:
    (a,) = extract_numbers("or about one in every 50 deaths")
    assert (a.kind, a.value) == ("percent", 2.0)
    (b,) = extract_numbers("the person really had AF about five times out of six")
    assert b.kind == "percent" and round(b.value, 1) == 83.3


def test_hedges_of_the_sixth_round() -> None:
    # a typographic apostrophe matches a lexicon term written with a straight one
    assert analyze("so we can\u2019t assume the watch will perform the same way").hedged
    assert analyze("Under the moderate scenario, the team projects about 19,650 deaths.").hedged
    # "appeared on four continents": it was seen, not a hedge
    assert not analyze("The same pattern appeared on four continents.").hedged
    assert analyze("The drug appears to work.").hedged


def test_caution_and_research_advice_of_the_sixth_round() -> None:
    nobody = analyze("Nobody should read this as a reason to start trying to lose weight.")
    assert nobody.cautionary
    trials = analyze(
        "The researchers say clinical trials will be needed before treatments aimed at gut "
        "bacteria are considered for people with obesity."
    )
    assert trials.cautionary
    before = analyze(
        "Randomised trials are needed before statins can be recommended for dementia prevention."
    )
    assert before.cautionary
    exploratory = analyze(
        "The stronger association in adults aged 65-74 years should be considered "
        "hypothesis-generating."
    )
    assert exploratory.cautionary


def test_direct_cause_cues_of_the_sixth_round() -> None:
    protect = analyze("Statins help protect older people against dementia, a study finds.")
    assert protect.strength == 3 and protect.strength_confidence == 1.0
    raises = analyze("Being socially isolated raises a person's risk of dying by a third.")
    assert raises.strength == 3 and raises.strength_confidence == 1.0
    # a question, and a comparison, are no claim of cause
    whether = analyze(
        "Trials are needed to establish whether reducing isolation lowers the risk of death."
    )
    assert whether.strength_confidence < 1.0 or whether.strength < 3
    assert analyze("People who had a reduced risk of dying were younger.").strength < 3


def test_subjects_the_study_did_not_use() -> None:
    """ "No cell, animal or human material was used": a test-tube study, not one in
    animals."""
    paper = make_paper(
        {
            "Methods": "We studied the aggregation of purified peptide in vitro. No cell, "
            "animal or human material was used.",
            "Results": "The compound delayed aggregation 2.9-fold.",
        }
    )
    pf = paper_facts(paper)
    assert "animal" not in pf.designs and "animal" not in pf.species
    assert "in_vitro" in pf.designs and pf.nonhuman


def test_more_likely_is_a_comparison_not_a_hedge() -> None:
    assert not analyze("People who felt lonely were 26 percent more likely to die.").hedged
    assert not analyze("Smokers were twice as likely to develop the disease.").hedged
    assert analyze("The drug is likely to help some patients.").hedged


def test_how_the_question_was_studied_is_no_claim() -> None:
    """ "To find out, the team invited 24 healthy men ..." (with the static vectors it
    was matched to the paper's hedged conclusion and drew dropped-hedge)."""
    assert not analyze(
        "To find out, the team invited 24 healthy men between 18 and 30 years old to the "
        "university's Sleep and Cognition Laboratory on two separate occasions."
    ).is_claim
    assert analyze("The team found that one sleepless night raised amygdala activity.").is_claim


def test_not_a_cure_is_a_caveat() -> None:
    assert not analyze('"What we are seeing is a modest signal, not a cure," she said.').is_claim
    assert not analyze('"What we have is a promising lead, not a treatment," she said.').is_claim


def test_twelfth_round_wordings() -> None:
    """Readings fixed with the twelfth round of blind releases (ninth session)."""
    # a design, not a multiplier
    found = extract_numbers("In this double-blind, triple-masked trial of 191 adults")
    assert [q.kind for q in found] == ["count"]
    assert [q.text for q in extract_numbers("a double-blind trial that doubled the risk")] == [
        "doubled"
    ]
    # a person's first event is no claim of priority; a record is, however long its name
    assert not analyze("Supplements do not prevent a first heart attack or stroke.").novelty
    assert analyze(
        "It is the largest head-to-head comparison of robotic and open prostate cancer "
        "surgery ever carried out."
    ).novelty
    # causes with more words between
    protects = analyze("Wearing hearing aids protects older people with hearing loss against "
                       "dementia.")  # fmt: skip
    assert protects.strength == 3 and protects.strength_confidence == 1.0
    made = analyze("Drinking before riding made a head injury far more likely.")
    assert made.strength == 3 and made.strength_cues[0].startswith("made")
    # advice with a longer addressee
    advised = analyze(
        "The researchers advise men who are offered surgery for prostate cancer to ask "
        "their hospital whether the robotic approach is available to them."
    )
    assert advised.advice >= 1
    # "proves practical": it turned out so, no proof claimed
    assert not analyze(
        "Virtual reality at home proves practical for people with back pain."
    ).boosters
    assert analyze("The trial proves that the drug works.").boosters


def test_design_and_population_read_from_the_paper() -> None:
    paper = make_paper({
        "Methods": "We followed 8,137 adults aged 65 years or older with hearing loss.",
        "Results": "The association was stronger among those with moderate or worse loss "
        "than among those with mild loss.",
    })  # fmt: skip
    assert ("mild", "loss") not in paper_facts(paper).population
    rf = release_facts(make_document(
        "The study, a review of more than 900 patient records, looked back at every patient "
        "who came to the emergency departments."
    ))  # fmt: skip
    assert rf.mentions_design("single_arm")


def _fixture_sentences() -> list[str]:
    from pathlib import Path

    root = Path(__file__).parent / "fixtures" / "spun"
    out: list[str] = []
    for path in sorted(root.glob("*.md")):
        out += [s for s in re.split(r"(?<=[.!?])\s+|\n+", path.read_text("utf-8")) if s]
    return out


def test_pattern_guards_are_necessary() -> None:
    """Each guarded pattern runs only when one of its cue words is in the sentence, so
    every match it can make must contain one: checked on every sentence of the blind
    releases and papers, and on sentences written to match each pattern."""
    written = [
        "Historically, doctors gave it.",
        "In earlier, smaller studies it helped.",
        "It has long been thought to help.",
        "Evidence on this has been limited.",
        "Fluoride is added to water in many places to help prevent tooth decay.",
        "The study ended in March.",
        "It is one of the leading causes of death.",
        "This kind of study cannot show cause.",
        "A method called tracing was used.",
        "There was no difference between the groups.",
        "It failed to reduce pain.",
        "The risk was about the same.",
        "It could have been due to chance.",
        "Write to press@example.org or see https://example.org on May 3, 2024.",
        "The dogs' consensus call was checked against rat anti-CD3 and Kirsten rat sarcoma.",
        "Trained detection rats and honeybees were used with fetal bovine serum.",
        "Larger trials are warranted, and the field needs to go further before any advice.",
        "We'd like to see the pattern replicated; it remains to be tested in phase 3.",
    ]
    sentences = _fixture_sentences() + written
    guarded = [*claims._BACKGROUND_ANYWHERE, (claims._NULL_CUES, claims._NULL_RESULT)]
    hits = 0
    for text in sentences:
        low = text.lower()
        for words, pattern in guarded:
            for m in pattern.finditer(text):
                hits += 1
                assert any(w in low for w in words), (m.group(0), words)
        if claims._MASK.search(text):
            hits += 1
            assert claims._MASK_CUES.search(low), text
        if claims._DATE.search(text):
            hits += 1
            assert claims._YEAR_CUE.search(text), text
        if claims._RESEARCH_ADVICE.search(text):
            hits += 1
            single = " ".join(low.split())
            assert any(w in single for w in claims._RESEARCH_CUES), text
        if claims._NOT_SUBJECT.search(text):
            hits += 1
            spaced = " " + low.replace("-", " ")
            assert any(w in spaced for w in claims._NOT_SUBJECT_CUES), text
    assert hits > 200
    assert claims._background_anywhere("It has long been thought to help.")
    assert not claims._background_anywhere("The drug lowered blood pressure by 5 mmHg.")
    assert claims._null_result("It failed to reduce pain.")
    assert not claims._null_result("The drug lowered blood pressure.")


def test_round_18_readings() -> None:
    """What the eighteenth blind round taught the sentence analysis."""
    made = analyze(
        "A year of music lessons made children markedly better at telling pitches apart."
    )
    assert made.strength == 3 and made.strength_cues[0].startswith("made children")
    assert analyze("The difference was small enough to be down to chance.").null_result
    assert claims._direct_cause_cue("Other lung conditions also caused more false alarms.") is None
    assert claims._direct_cause_cue("Road crashes in which someone is hurt or killed rose.") is None
    assert claims._direct_cause_cue("The drug killed cancer cells.") == "killed"
    said = analyze(
        "Castellano and her colleagues recommend that every primary school timetable a weekly "
        "group music lesson for pupils in this age group."
    )
    assert said.advice == 2


def test_round_19_readings() -> None:
    """What the nineteenth blind round taught the sentence analysis."""
    from spin.claims import paper_facts

    ages = extract_numbers("The association was larger in children aged 0–14 years (OR 1.15).")
    assert [(q.value, q.unit) for q in ages if q.kind == "measure"] == [(0, "age"), (14, "age")]
    (share,) = [
        q
        for q in extract_numbers(
            "Children showed a larger increase, about 15 percent, than adults."
        )
        if q.kind == "percent"
    ]
    assert share.relative == "more"
    assert analyze("One in five days in the fire seasons were affected by smoke.").strength == 0
    assert not analyze("The district moved the first bell for grades 8 to 12 to 8:40 a.m.").novelty
    assert not analyze("The edited cells settled into the bone marrow about equally well.").boosters
    assert (
        "proving" in analyze("It kept its lead, proving that it had not seen the cases.").boosters
    )
    assert analyze("The difference was small and could well have arisen by chance.").null_result
    assert analyze("The team also found no link between SSRI exposure and ADHD.").null_result
    said = analyze("I would encourage you to ask your clinic about a scratch before you try again.")
    assert said.advice == 2 and said.advice_to == "readers"
    for research in (
        "The authors conclude that its durability should be improved before it is tested.",
        '"That tells us where the work needs to go next," she said.',
        "Experiments in monkeys help decide which candidates are worth taking forward.",
    ):
        assert analyze(research).advice == 0 or analyze(research).cautionary, research
    assert not analyze("Our results may help doctors and women talk through decisions.").is_claim
    assert not analyze("In the study, half of the monkeys received the vaccine regimen.").is_claim
    (hour,) = extract_numbers("Students got nearly an hour more sleep.")
    assert (hour.value, hour.unit, hour.approx, hour.display) == (
        60.0,
        "minutes",
        "nearly",
        "nearly an hour",
    )
    assert [q.unit for q in extract_numbers("a cohort of 612,348 singleton live births")] == [
        "births"
    ]
    designs = {
        "a time-stratified case-crossover study of emergency visits": ("case_control",),
        "a cross-sectional comparison of a chatbot and physicians on 150 vignettes; each "
        "physician was randomly assigned 25 vignettes": (),
        "off-target sites nominated by CIRCLE-seq and in silico prediction": (),
        "endometrial scratching before in vitro fertilisation: a randomised controlled trial": (
            "rct",
        ),
    }
    for text, expected in designs.items():
        got = paper_facts(make_paper({"Methods": text})).designs
        assert got == expected, (text, got)


def test_round_20_readings() -> None:
    """What the twentieth blind round taught the sentence analysis."""
    assert analyze("We think it is most likely benign.").hedges == ("we think", "likely")
    for comparison in ("Smokers were the most likely to die.", "Smokers were most likely to die."):
        assert not analyze(comparison).hedges, comparison
    assert not analyze(
        "Heart marker spikes after a marathon, then settles within two days"
    ).boosters
    assert analyze("This study settles the debate.").boosters == ("settles",)
    for null in (
        "The difference was tiny and could easily have been due to chance.",
        "Daily aspirin did not prolong disability-free survival.",
        "It led to more bleeding, without a significant reduction in cardiovascular disease.",
    ):
        assert analyze(null).null_result, null
    (per,) = [
        q
        for q in extract_numbers("This was 3.4 additional febrile seizures per 10,000 doses.")
        if q.unit == "points"
    ]
    assert per.value == pytest.approx(0.034)
    rate = extract_numbers("each 10-point increase went with 41 fewer items per 1,000 adults")
    assert not [q for q in rate if q.unit == "points"]  # a rate, not extra events
    assert not extract_numbers("a field drought is never the same twice, he said")
    assert [q.value for q in extract_numbers("the risk was twice as high")] == [2.0]
    (ri,) = [
        q for q in extract_numbers("giving an RI of 3.9 (95% CI 3.1-4.9)") if q.kind == "ratio"
    ]
    assert ri.change == pytest.approx(290.0)
    assert claims.leading_count("roughly one extra major bleed for every 100") == 1.0
    assert claims.leading_count("3.4 additional febrile seizures per 10,000") == 3.4
    assert not analyze(
        "Doctors use risk calculators to help decide who should be offered preventive treatment."
    ).advice
    assert analyze("Doctors should decide who gets the drug.").advice == 2
    # a before-and-after study told plainly names its design
    facts = release_facts(
        make_document(
            "Blood was drawn the day before the race, within half an hour of the finish, and "
            "again 48 hours later. None of the 24 runners who had scans before and after the "
            "race showed new scarring. Of the 82 runners who finished, most had a rise."
        )
    )
    assert facts.mentions_design("single_arm") and facts.sample_sentences
    (cv,) = extract_numbers("Using 10-fold cross-validation, we compared the two models.")
    assert cv.kind == "number"  # a method, not a ratio


def test_round_21_readings() -> None:
    """What the twenty-first blind round taught the sentence analysis."""
    assert claims._direct_cause_cue("Regular sauna sessions protect the heart.") == (
        "protect the heart"
    )
    said = analyze("Doctors can now suggest a daily glass of beetroot juice to these patients.")
    assert said.advice == 2 and said.advice_to == "clinicians"
    assert analyze("Doctors could consider it for these patients.").advice >= 1
    taller = analyze("Children in the cash villages were also taller for their age than others.")
    assert taller.is_claim
    assert analyze(
        '"We hoped to see a clear effect on growth, and we did not," she said.'
    ).null_result
    assert not analyze("Changes that alter the protein and those that do not.").null_result
    arrived = "In this region, steppe-related ancestry appeared around 2900 BCE and mixed in."
    assert not analyze(arrived).hedges  # when it arrived, not a hedge
    assert analyze("The ancestry appeared to mix over several centuries.").hedges
    (dur,) = extract_numbers("Setting up the files took roughly three-quarters of an hour.")
    assert (dur.value, dur.unit) == (45.0, "minutes")


def test_round_22_readings() -> None:
    """What the twenty-second blind round taught the sentence analysis."""
    (rate,) = extract_numbers("Hearing loss affects about one or two in every 1,000 newborns.")
    assert rate.value == pytest.approx(0.2)
    shares = extract_numbers("It affects about 1 to 2 per 1,000 newborns.")
    assert [q.value for q in shares if q.kind == "percent"] == [pytest.approx(0.2)]
    rates = extract_numbers("AI reading detected 256 cancers (6.4 per 1000 women screened).")
    assert not [q for q in rates if q.kind == "count" and q.value == 6.4]
    assert not [q for q in extract_numbers("compared with double reading") if q.unit == "x"]
    assert not analyze("Keeping people in class proved harder.").boosters
    assert analyze("The app proved more effective than group therapy.").boosters == ("proved",)
    assert not analyze("People born weeks apart should be very similar in every respect.").advice
    assert not analyze(
        '"We don\'t yet know how the bacterium protects the frogs," she said.'
    ).is_claim


def test_round_23_readings() -> None:
    """What the twenty-third blind round taught the sentence analysis."""
    # "almost always" is a frequency with its exception, not a booster
    assert not analyze("When it detected cancer, it almost always offered a guess.").boosters
    assert analyze("The drug always works.").boosters == ("always",)
    # "the first" of an ordinal comparison is no novelty
    assert not analyze("The second decade was worse than the first, she said.").novelty
    assert analyze("This is the first study to show it.").novelty
    # a compound adjective, a threshold and a side effect are not causes
    assert analyze("How much of the warming is human-caused is not known.").strength < 3
    said = "At its chosen cut-off, the model correctly flagged 87 percent of the patients."
    assert analyze(said).strength < 3
    assert analyze("Side effects were uncommon.").strength < 3
    assert analyze("Hair loss makes up a larger share of the side-effect reports.").strength < 3
    # "little, if anything" and "little evidence for" report a null result
    assert analyze("Growing up in the same household contributed little, if anything.").null_result
    assert analyze("We found little evidence for shared family environment.").null_result
    assert not analyze("There is little doubt about it.").null_result
    # advice: urging people named in a list, advising doctors to warn, asking one's vet
    urged = (
        "The authors urge water managers in Kyrgyzstan, Kazakhstan and China to factor the "
        "losses into their planning now."
    )
    assert analyze(urged).advice == 2
    warned = "The authors advise doctors to warn every patient about hair loss."
    assert analyze(warned).advice == 2 and not analyze(warned).cautionary
    asked = "Owners may want to ask their veterinarian about starting low-dose rapamycin now."
    assert analyze(asked).advice == 1 and analyze(asked).advice_to == "readers"
    assert analyze("Family doctors could already consider offering the test.").advice == 1
    easy = (
        "For students heading into an exam, the researchers suggest, two minutes in a pose "
        "is a simple, free way to walk in feeling more powerful."
    )
    assert analyze(easy).advice == 1
    # pharmacovigilance is an observational design
    paper = make_paper({"Methods": "We conducted a case/non-case study in FAERS."})
    assert "observational" in paper_facts(paper).designs
