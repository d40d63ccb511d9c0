"""Certainty overstatement: hedges dropped, certainty added."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spin.claims import PaperFacts, Quantity, analyze, content_words, extract_numbers
from spin.model import Finding
from spin.rules.base import Rule, RuleContext, rule
from spin.rules.common import (
    EFFECT_WORDS,
    alignment_of,
    causal_gap,
    claims,
    evidence_of,
    facts,
    finding_matches,
    first_statement,
    hedges_at,
    reports_methods,
    restates_background,
    sentence_features,
    statement_evidence,
    statement_features,
    who,
)

__all__ = ["RULES", "certainty_booster", "dropped_hedge", "plain_part"]


@rule(
    "K101",
    "dropped-hedge",
    "certainty_overstatement",
    "warning",
    "The paper hedges this finding; the release states it as fact.",
)
def dropped_hedge(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A release sentence states as fact what the paper's matching statement
    hedges ("the findings suggest that...", "may", "appears to").

    Hedges carry the authors' own judgement of how sure the finding is;
    dropping them turns a tentative conclusion into a settled one.  Sumner et
    al. (BMJ 2014) coded such changes as exaggeration; Pei & Jurgens (EMNLP
    2021) show how the certainty of a scientific finding can be measured
    sentence by sentence, in papers and in the news alike.  Hedge cues are
    drawn from BioScope (Vincze et al. 2008) and the lexicon of Islam et al.
    (LREC 2020).  Only statements of results and
    conclusions count (background and aims are hedged by nature), and only
    when the best matching statement itself is hedged and no equally close
    statement (nor the paper's title) states the finding plainly, and when the
    sentence's best match is the paper's background.  A hedged
    statement of what others have proposed ("X has been proposed to ...") is
    background, and a sentence whose figures all come from one unhedged statement
    reports that statement.  When the statement's hedge stands
    only in a trailing comment on a plain main clause ("these findings support
    a causal effect, suggesting that it acts through loading"), only a
    sentence that reports the comment is flagged.  Negated and hedged release
    sentences are never flagged, nor one that reports a null result, nor one that tells
    the methods (its best match is a methods statement and it names no effect), nor one
    that tells what participants said
    ("patients describe what helped them"), nor one whose best match hedges only in
    the modal of its advice ("services could consider offering ..."): that "could" is
    no hedge on a finding; nor one that reports only the evidence a hedged statement
    offers ("its link with the screen-time records ... was only moderate" for "Its moderate
    correlation with logged screen time suggests that the scale captures more than time
    spent on the phone").  Three more certainties the paper does not have are flagged:
    the study said to have shown how it works ("showed that the mice stay lean because
    ...", "the edit works by boosting ABA signalling") where the paper says the mechanism
    was not tested or established, a difference said to matter to patients ("a clear,
    noticeable difference to patients' everyday lives") where the paper says whether it
    is clinically meaningful is uncertain, and a limitation the paper states said not to
    hold ("the link cannot be explained by healthier men using the sauna more" where
    "residual confounding ... cannot be excluded"; "free of the reporting biases",
    "two-week periods were long enough"; "effectively rules out any extra risk" where the
    trial "was not powered to detect small increases"), though not the limitation told
    ("cannot be ruled out"), nor a condition ("if the heat lasts long enough").  The
    limitations include a sample that is not random ("the carcasses give a representative
    picture" where "Carcasses found by the public are not a random sample"), drop-outs
    ("unlikely to have skewed the results" where "One in five randomised children was not
    assessed"), recall ("free of the recall problems"), one place ("not tied to one local
    coral population" for colonies "from a single reef"), a cost ("came without any cost to
    the corals' growth" where the benefit "came with lower calcification"), intake measured
    once ("could also track how changes in people's eating habits affected their risk" where
    "changes in diet during follow-up were not captured") and an extrapolation ("applies
    just as well" where effects "were extrapolated from a trial in people with established
    disease").  So are a check the paper says it did not make ("were checked against the
    farms' own treatment records" for "not verified against farm records"), a result said to
    be what the paper says it must not be equated with ("represents carbon dioxide removed
    from the atmosphere" for "should not be equated with net removal of atmospheric carbon
    dioxide"), and what the paper says it does not establish, told as found ("The findings
    mean that wild Pacific oyster populations ... can expect similar losses" where "it does
    not establish effects on wild populations"; "That pattern shows that the residues are
    entering European honey through ..." where it "does not establish where in the supply
    chain residues entered").  A trial said to be big enough ("large enough to rule out
    meaningful differences ... in rare side effects") denies first that it "was not powered
    to compare uncommon adverse events", and an effect said to hold over a span ("held up
    through the first six months of life") that the study "did not assess ... beyond 2
    months of age".  A mechanism is also left open where the paper "cannot attribute the
    effects to blood-borne factors" and "no specific factor was identified", and told as
    shown by "showed that proteins carried in young blood reawaken ...".
    """
    for s, f in claims(ctx):
        if f.hedged or f.negated or _PARTICIPANTS_SAY.search(s.text):
            continue
        if f.null_result:
            continue  # "the difference ... shrank and was no longer statistically
            # significant": a result told as not shown drops no hedge
        if _STILL_TO_CONFIRM.search(s.text):
            continue  # "the results should be confirmed in prospective studies": a caution
        if _WHO_EXCLUDED.search(s.text):
            continue  # "People taking antidepressants were excluded": the methods
        if _SAYS_UNCERTAIN.search(s.text):
            continue  # "How well transmission in ferrets predicts transmission in people is
            # also uncertain": the sentence keeps the doubt

        rel = list(finding_matches(ctx, s.index))
        if not rel or causal_gap(ctx, s.index, f):
            continue  # a weaker causal statement is causal-overstatement (C101)
        # (not a question the background leaves open: "Whether their return caused a
        # trophic cascade ... remains debated")
        asked = _open_question_first(ctx, s.index)
        if restates_background(ctx, s.index) and not asked:
            continue  # its best match is the paper's background, even weighted down
        if not EFFECT_WORDS.search(s.text) and reports_methods(ctx, s.index) and not asked:
            continue  # "Each child served as their own control in a design known as a
            # self-controlled case series": the methods, not a finding
        if _TEAM_LOOKED.search(s.text) and not EFFECT_WORDS.search(s.text):
            continue  # "the team also looked at the roughly one in eight patients whose
            # nurses had recorded a skin type": what was analysed, not a finding
        best = statement_features(ctx, rel[0].statement)
        if not best.hedged or not _reports_hedged_part(s.text, best.text):
            continue
        if _advice_modals_only(best.text, best.hedges):
            continue  # "services could consider offering e-cigarettes": the modal of advice
            # (advice-not-in-source judges advice), not a hedge on a finding
        if any(
            not statement_features(ctx, m.statement).hedged
            and statement_features(ctx, m.statement).strength >= max(f.strength, 1)
            for m in rel[1:]
        ):
            continue
        if _title_states_it(ctx, s.text):
            continue  # the paper's own title states the finding without a hedge
        if _FIELD_VIEW.search(best.text):
            continue  # "X has been proposed to ...": the field's view, background
        if _figures_from_plain_statement(ctx, s.text):
            continue  # its figures are those of a statement that states them plainly
        if _OBSERVED.search(s.text) and _plain_result_on(ctx, s.text):
            continue  # "residents offered tai chi had fewer falls": the result, as observed
        if _tells_evidence_only(s.text, best.text):
            continue  # "its link with the screen-time records ... was only moderate" for "Its
            # moderate correlation with logged screen time suggests that the scale captures
            # more than time spent on the phone": the evidence, not the inference
        hedges = ", ".join(f"'{h}'" for h in best.hedges[:3])
        yield self.finding(
            f"{who(s, ctx)}States as fact what the paper hedges ({hedges}).",
            sentence=s,
            evidence=evidence_of(ctx, rel[:2]),
            suggestion="Keep the paper's hedge: "
            f"\u201c{ctx.paper.statements[rel[0].statement].text}\u201d",
        )
    yield from _mechanism_told(self, ctx)
    yield from _meaning_told(self, ctx)
    yield from _limitation_denied(self, ctx)
    yield from _procedure_claimed(self, ctx)
    yield from _unknown_told(self, ctx)
    yield from _equated_told(self, ctx)


#: what the researchers did: "the team also looked at"
_TEAM_LOOKED = re.compile(
    r"\b(?:the\s+)?(?:team|researchers|authors|investigators|we)\s+(?:also\s+|then\s+)?"
    r"(?:looked\s+at|examined|analy[sz]ed|studied|checked)\b",
    re.I,
)


#: what the paper warns its result is not: "these gains should not be equated with net
#: removal of atmospheric carbon dioxide"
_NOT_EQUATED = re.compile(
    r"\b(?:should|must|cannot|can\s*not|can['\u2019]t|do(?:es)?\s+not)\s+(?:not\s+)?be\s+"
    r"(?:equated|confused|conflated|mistaken)\s+(?:with|for)\s+(?P<what>[^.;]{5,100})",
    re.I,
)
#: the release's words of being that thing: "represents carbon dioxide removed"
_EQUATED = re.compile(
    r"\b(?:represents?|represented|amounts?\s+to|equates?\s+to|is\s+equivalent\s+to|"
    r"counts?\s+as|means?|is|are|was|were)\b",
    re.I,
)


def _equated_told(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The release says the result is what the paper warns it must not be equated with
    ("The carbon gained by the restored meadows therefore represents carbon dioxide removed
    from the atmosphere" for "these gains should not be equated with net removal of
    atmospheric carbon dioxide"): an unhedged, unnegated sentence that says it is, with
    two or more of the warned-against thing's words, alike by their first five letters."""
    warned = [
        (i, st, {w[:5] for w in content_words(m.group("what"))} - {"net"})
        for i, st in enumerate(ctx.paper.statements)
        if not st.is_context
        for m in _NOT_EQUATED.finditer(st.text)
    ]
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        if f.hedged or f.negated or f.cautionary or not _EQUATED.search(s.text):
            continue
        mine = {w[:5] for w in content_words(s.text)}
        for i, st, what in warned:
            if len(mine & what) >= 2:
                # (words after a negation, to the end of their clause, are what it is not:
                # "how much carbon is in the mud, not how much carbon dioxide has been
                # removed")
                plain = re.sub(
                    r"(?:\b(?:not|no|never|nor|rather\s+than|instead\s+of)\b|n['\u2019]t\b)"
                    r"[^,;.]*",
                    " ",
                    s.text,
                    flags=re.I,
                )
                if len({w[:5] for w in content_words(plain)} & what) < 2:
                    continue
                yield self.finding(
                    f"{who(s, ctx)}Says the result is what the paper says it should not be "
                    f"equated with; the paper says: \u201c{st.text}\u201d",
                    sentence=s,
                    evidence=(statement_evidence(ctx, i),),
                    suggestion="Keep the paper's warning about what the result is not.",
                )
                break


#: a sentence that says something is not settled: "... is also uncertain"
_SAYS_UNCERTAIN = re.compile(
    r"\b(?:is|are|was|were|remains?)\s+(?:\w+\s+)?(?:uncertain|unclear|unknown|not\s+known)\b", re.I
)
#: whom the study left out: "... and people taking antidepressants, were excluded"
_WHO_EXCLUDED = re.compile(
    r"\b(?:were|was)\s+(?:also\s+)?(?:excluded|not\s+eligible|ineligible)\b", re.I
)


#: a limitation the paper states: "residual confounding ... cannot be excluded", "may be
#: affected by reporting bias", "The two-week periods were short", "How the extract
#: concentrations tested relate to real exposure ... is uncertain"
_LIMITATION_STATED = re.compile(
    r"\bmay\s+have\s+(?:affected|influenced|biased|inflated|altered|distorted)\b|"
    # "Because farms were not randomly allocated, differences between farms could contribute
    # to the observed effect"
    r"\b(?:could|may|might)\s+(?:have\s+)?(?:contribute[ds]?|contributed|account(?:ed)?)\s+"
    r"(?:to|for)\s+(?:the\s+|some\s+of\s+the\s+|part\s+of\s+the\s+)?(?:observed\s+)?"
    r"(?:effect|difference|association|result|change|reduction|decline|improvement)s?\b|"
    r"\bnot\s+randomly\s+(?:allocated|assigned)\b|"
    r"\b(?:was|were)\s+not\s+(?:\w+\s+)?powered\b|\bunderpowered\b|"
    r"\bcannot be (?:excluded|ruled out)\b|\bresidual confounding\b|\bmay be (?:affected|"
    r"influenced|explained|biased)\b|\b(?:reporting|recall|selection) bias\b|"
    r"\b(?:is|are|was|were|remains?)\s+(?:\w+\s+)?(?:uncertain|unclear|unknown|short|"
    r"limited)\b|\b(?:(?:does|do|did)\s+not|cannot)\s+(?:establish|show|determine)\b|"
    # "could not be fully excluded", "could not be tested directly and, if violated, would
    # inflate heritability", "may reflect expectations", "these estimates are likely
    # optimistic"
    r"\bcould\s+not\s+be\s+(?:fully\s+|entirely\s+|completely\s+)?(?:excluded|ruled\s+out|"
    r"tested|separated)\b|\bwould\s+inflate\b|\bmay\s+(?:\w+\s+)?reflect\b|"
    # "Land surface temperature measures how hot surfaces are, not the air temperature
    # residents experience"
    r"\bmeasures?\s+[^.;]{0,40}?,\s+not\s+(?:the\s+)?\w+|"
    # "sensitivity and specificity in an asymptomatic screening population may differ"
    r"\bmay\s+differ\s+from\s+(?:these|our|the)\s+(?:estimates|results|findings)\b|"
    # "savings may be smaller in the wider population"
    r"\bmay\s+be\s+(?:smaller|larger|weaker|lower|higher|different)\s+in\s+(?:the\s+)?(?:wider|"
    r"general|broader)\b|"
    # "Accuracy may be lower in patients with reduced kidney function"
    r"\bmay\s+be\s+(?:lower|higher|weaker|poorer|worse|less\s+\w+)\s+(?:in|among|for)\s+"
    r"(?:patients|people|participants|those|women|men|children|adults)\b|"
    # "Participating hospitals volunteered, so uptake may differ elsewhere"
    r"\bmay\s+(?:\w+\s+)?(?:differ|be\s+(?:different|lower|higher))\s+elsewhere\b|"
    # "individual water intake and bottled water use were not measured"
    r"\b(?:was|were)\s+not\s+(?:\w+ly\s+)?(?:measured|recorded|assessed|available|monitored|"
    r"modell?ed)\b|"
    # "a setting in which usual diets are already partly Mediterranean, may limit
    # generalisability to other populations"
    r"\b(?:may|might|could|does|do)?\s*limits?\s+(?:the\s+|their\s+|its\s+)?"
    r"generali[sz]ability\b|"
    # "The study did not assess protection beyond 2 months of age"
    r"\bdid\s+not\s+(?:assess|measure|examine|evaluate|study|follow)\s+[^.;]{0,40}?\bbeyond\s+"
    r"(?:the\s+)?(?:first\s+)?\d|"
    # "cancers missed by MRI cannot be quantified from these data"
    r"\bcannot\s+be\s+(?:quantified|estimated|measured|determined|assessed)\b|"
    # "volunteers ... who may not represent older adults generally"
    r"\bmay\s+not\s+(?:be\s+)?(?:represent\w*|generali[sz]\w*|apply|typical|predict)\b|"
    # "these results may not translate directly to routine practice", "may not extrapolate
    # to open fields"
    r"\bmay\s+not\s+(?:\w+ly\s+)?(?:translate|extrapolate|transfer|carry\s+over)\b|"
    # "predicted uptake figures are model simulations, not forecasts"
    r"\bnot\s+forecasts\b|"
    # "Carcasses found by the public are not a random sample of the population"; "assumes
    # similar care-seeking in both arms, which we could not verify directly"
    r"\bnot\s+(?:a\s+)?(?:random|representative)\s+sample\b|"
    # "Effects in people without established cardiovascular disease were extrapolated from a
    # trial in people with established disease"
    r"\bextrapolated\s+from\b|"
    # "so changes in diet during follow-up were not captured"
    r"\b(?:was|were)\s+not\s+captured\b|"
    # one place only: "It tested one coral species from a single reef"
    r"\b(?:from|in|at)\s+(?:a\s+single|one)\s+(?:reef|site|centre|center|clinic|hospital|city|"
    r"town|farm|lake|river|region|country|population|school|hatchery|colony)\b|"
    # a cost the paper reports: "came with lower calcification at ambient temperature"
    r"\bcame\s+with\s+(?:a\s+)?(?:lower|reduced|slower|less|poorer|higher\s+(?:risk|rates?))\b|"
    r"\bat\s+the\s+(?:cost|expense)\s+of\b|"
    r"\b(?:could|can)\s*not\s+(?:be\s+)?verif(?:y|ied)\b|"
    r"\b(?:likely|probably)\s+(?:to\s+be\s+)?(?:optimistic|overestimat\w*|inflated)\b",
    re.I,
)
#: the release says that limitation does not hold: "the link cannot be explained by
#: healthier men using the sauna more", "free of the reporting biases", "two-week periods
#: were long enough", "chosen to match what gum tissue meets", "can be credited to the
#: implant"
_LIMITATION_DENIED = re.compile(
    r"\b(?:can(?:not|n?['\u2019]t)|could(?:n['\u2019]t| not)|do(?:es)?\s+not|"
    r"don['\u2019]t|doesn['\u2019]t|did\s+not)\s+(?:\w+\s+){0,2}?(?:be\s+)?"
    # (not "Flowers did not explain everything": a finding of more than one cause)
    r"explain(?:ed)?\b(?!\s+(?:everything|it\s+all|all\b|the\s+whole))|"
    r"\b(?:can|could) be (?:credited|attributed|put down) to\b|"
    # "the definition can be applied with equal confidence in high-income and low- and
    # middle-income countries"
    r"\bwith\s+equal\s+confidence\b|\bappl(?:y|ies)\s+equally\b|"
    # "the researchers found that it applies just as well to the more than nine in ten"
    r"\b(?:appl(?:y|ies)|works?|holds?)\s+just\s+as\s+well\b|"
    r"\bequally\s+(?:valid|applicable|reliable|well)\s+(?:in|to|across|for)\b|"
    # "the predicted uptake figures give a dependable forecast of how many adults would
    # actually come forward"
    r"\b(?:dependable|reliable|accurate|trustworthy)\s+(?:forecast|prediction|guide|"
    r"estimate)s?\s+of\b|"
    # "Because the satellite readings closely track the air temperatures residents
    # experience"
    # (not "closely matched" groups: how a comparison was built)
    r"\b(?:closely|accurately|faithfully)\s+(?:track|tracks|tracked|mirror|mirrors|mirrored)\b|"
    # "the team says they are unlikely to be explained by a placebo effect"
    # (not "unlikely to be explained by chance": a statistical test's verdict)
    r"\b(?:unlikely|not\s+likely)\s+to\s+(?:be\s+)?(?:explained|caused|driven)\s+by\b(?!\s+chance\b)|"
    r"\bunlikely\s+to\s+(?:reflect|be\s+due\s+to)\b|"
    # "the decline cannot be put down to changes in how sperm are measured"
    r"\b(?:cannot|can['\u2019]t|could\s*not|couldn['\u2019]t)\s+be\s+(?:put\s+down|attributed|"
    r"ascribed)\s+to\b|"
    r"\blong enough\b|\bchosen to (?:match|mirror|reflect|reproduce)\b|"
    # "the trial was large enough to rule out meaningful differences ... in rare side
    # effects" where it "was not powered to compare uncommon adverse events"
    # (not the size it could detect: "large enough to detect an effect of roughly 11 to 12
    # percent per daily cup", the paper's own power)
    r"\b(?:large|big|powered)\s+enough\s+to\s+(?:rule\s+out|compare|show\s+that|exclude|"
    r"(?:detect|spot|pick\s+up)\s+any)\b|"
    r"\breflects? real[- ]world\b|"
    # what is free of or ruled out is a bias, not an outcome ("free of infection") nor an
    # option ("when the drugs are ruled out")
    # ("free of the recall problems that affect many dementia studies")
    r"\bfree (?:of|from) (?:the\s+)?(?:[\w-]+\s+){0,2}?(?:bias\w*|confound\w*|errors?|"
    r"problems?)\b|"
    # "Because the urine collections were repeated throughout the follow-up, the team could
    # also track how changes in people's eating habits affected their risk"
    r"\b(?:could|can|were\s+able\s+to|was\s+able\s+to)\s+(?:also\s+)?(?:track|follow|capture|"
    r"monitor)\s+(?:how\s+)?changes?\b|\brepeated\s+throughout\s+(?:the\s+)?follow-?up\b|"
    # "so the results are not tied to one local coral population"
    r"\bnot\s+(?:tied|limited|restricted|confined|specific)\s+to\s+(?:one|a\s+single)\b|"
    # "The extra heat tolerance came without any cost to the corals' growth"
    r"\bwithout\s+(?:any\s+)?(?:cost|penalty|trade-?off|downside|drawback|price)s?\s+(?:to|for|in)\b|"
    r"\bat\s+no\s+(?:cost|expense)\s+to\b|"
    # "drop-outs are unlikely to have skewed the results"
    r"\b(?:unlikely|not\s+likely)\s+to\s+have\s+(?:skewed|biased|distorted|affected|"
    r"influenced|changed)\s+(?:the|these|its|our|their)\s+(?:results|findings|estimates)\b|"
    # "the carcasses give a representative picture of exposure"
    r"\brepresentative\s+(?:picture|snapshot|cross-section|view|sample|portrait)\b|"
    r"\b(?:rules?|ruled|ruling) out\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:confound\w*|bias\w*|"
    r"chance|placebo|explanations?|reverse|possibilit(?:y|ies))|\b(?:confound\w*|bias\w*|chance|placebo\w*|"
    r"explanations?)\s+(?:\w+\s+){0,3}?(?:ruled|rules?) out\b|"
    # the study's own claim to exclude something: "the team was able to rule out
    # contamination of the gravity signal", "the researchers could rule out the possibility"
    # "it effectively rules out any extra risk of these side effects" (for a trial "not
    # powered to detect small increases")
    r"\b(?:rules?|ruled|ruling)\s+out\s+(?:any|an?)\s+(?:extra|increased|added|additional|"
    r"excess|higher)\s+(?:risk|harm|danger)s?\b|"
    r"\b(?:team|researchers|authors|scientists|we|they|study|analysis)\s+(?:was\s+|were\s+)?"
    r"(?:able\s+to|could|can)\s+rule\s+out\b|"
    # "Paired genetic sequencing ... allowed the team to rule out infections picked up outside"
    r"\ballow\w*\s+(?:the\s+)?(?:team|researchers|authors|scientists|them|us)\s+to\s+rule\s+out\b|"
    # "the genetic estimate is not inflated by identical twins being treated more alike"
    r"\b(?:is|are|was|were)\s+not\s+(?:inflated|biased|distorted|overestimated|exaggerated)\s+by\b|"
    # "the households that volunteered were typical smart-meter customers, the team expects
    # similar savings in homes across the country"
    r"\b(?:expects?|expected|expecting)\s+(?:similar|the\s+same|comparable)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:in|across|for|elsewhere|nationwide)\b|"
    # "the researchers say this enrichment does not limit how well the results apply to
    # everyday emergency practice"
    r"\b(?:does|do|did)\s+not\s+(?:limit|affect|undermine|weaken|restrict|reduce)\s+(?:how\s+"
    r"(?:well|far|widely)|the\s+(?:relevance|applicability|generali[sz]ability))\b|"
    # "the reduction held up from the first month of the trial right through to the last"
    r"\bheld\s+up\s+(?:from|through|throughout|over|right\s+through)\b|"
    # "the trial was large enough to show that melatonin does not increase deaths"
    r"\b(?:large|big|powered|sized)\s+enough\s+to\s+(?:show|rule\s+out|tell|confirm)\s+"
    r"(?:that|whether)\b|"
    # "so the overall result was not being driven by small studies"
    r"\b(?:is|was|were|are)\s+not\s+(?:being\s+)?driven\s+by\b|"
    # "the findings do not rest on teenagers' own reports"
    r"\b(?:do|does|did)\s+not\s+(?:rest|rely|depend)\s+on\b|"
    # "Accuracy held up in patients with reduced kidney function"
    r"\bheld\s+up\s+(?:well\s+)?(?:in|among|for)\s+(?:patients|people|participants|those|women|men|"
    r"children|adults)\s+(?:with|who)\b|"
    # "The projections also account for expected population growth and migration"
    r"\b(?:accounts?|accounted|accounting)\s+for\s+(?:expected\s+|projected\s+|future\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:growth|migration|ageing|aging|subsidence)\b|"
    # "sarcasm and slang posed little problem for the analysis"
    r"\b(?:posed|poses|pose|caused|causes|presented|presents)\s+(?:little|no|few)\s+"
    r"(?:problems?|difficult(?:y|ies)|trouble|issues?)\b|"
    # "the unusual RSV seasons of that period did not affect the results"
    r"\b(?:did|does|do)\s+not\s+(?:affect|bias|distort|skew|alter)\s+(?:the|these|its|our|their)\s+"
    r"(?:results|findings|estimates|conclusions)\b|"
    # "the researchers could be confident that no significant cancers were missed"
    # "the team could be sure which fathers had actually taken the medicine"
    r"\b(?:could|can|were|are)\s+(?:be\s+)?(?:fully\s+)?confident\s+that\b|"
    r"\b(?:could|can|were|are)\s+(?:be\s+)?(?:fully\s+)?(?:sure|certain)\s+(?:that|which|who|"
    r"whether|of)\b|"
    # "the accuracy figures are a realistic guide to how the test would perform"
    r"\brealistic\s+(?:guide|picture|estimate|reflection|measure)\b|"
    # "the low false-alarm rate should hold up when the test is used to screen the public";
    # "the results should hold for older adults in general"
    r"\bshould\s+(?:still\s+)?(?:hold\s+up|hold\s+true|carry\s+over)\b|"
    r"\b(?:results|findings|benefits?|effects?)\s+should\s+(?:still\s+)?(?:hold|apply)\s+"
    r"(?:for|to|in)\b",
    re.I,
)
#: a risk said to be ruled out: "rules out any extra risk"
_RISK_RULED_OUT = re.compile(r"(?:rules?|ruled|ruling)\s+out\s+(?:any|an?)\s", re.I)
#: a study said to be big enough: "large enough to rule out"
_ENOUGH_TO = re.compile(r"(?:large|big|powered)\s+enough\b", re.I)
#: a limitation of power: "not powered to detect small increases", "too small to detect"
_UNDERPOWERED = re.compile(
    r"\b(?:not|under)[- ]?powered\b|\btoo\s+small\s+to\s+(?:detect|show|rule)\b|"
    r"\blacked\s+(?:the\s+)?(?:statistical\s+)?power\b",
    re.I,
)
#: a statement of confounding or bias: "residual confounding cannot be excluded"
_CONFOUNDING = re.compile(r"\bconfound\w*|\bnot\s+randomi[sz]ed\b", re.I)
#: a sample the paper says is not typical: "not a random sample", "may not represent"
_NOT_TYPICAL = re.compile(
    r"\bnot\s+(?:a\s+)?(?:random|representative)\s+sample\b|\bmay\s+not\s+(?:be\s+)?represent",
    re.I,
)
#: an effect said to last: "held up from the first month ... right through"
_HELD_THROUGH = re.compile(r"held\s+up\s+(?:from|through|throughout|over|right)", re.I)
#: a paper that doubts its effect lasts: "the effect waned", "persistence ... is uncertain"
_NOT_PERSISTING = re.compile(r"\b(?:persist\w*|wan(?:ed|ing|es)|durab\w*)\b", re.I)
#: results said to hold anywhere: "equally well", "with equal confidence", "just as well"
_SAID_GENERAL = re.compile(r"\bequal|\bjust\s+as\s+well\b|\bappl(?:y|ies)\s+equally\b", re.I)
#: a limit on where results apply: "may limit generalisability to other populations"
_GENERALITY_LIMITED = re.compile(
    r"\bgenerali[sz]\w*|\bother\s+(?:populations|settings|countries)\b|"
    r"\bmay\s+not\s+(?:apply|extend|translate|transfer)\b",
    re.I,
)
#: a span the paper did not look past: "did not assess protection beyond 2 months of age"
_NOT_BEYOND = re.compile(
    r"\b(?:beyond|past)\s+(?:the\s+)?(?:first\s+)?\d+\s*(?:days?|weeks?|months?|years?)\b|"
    r"\blong(?:er)?[- ]term\b",
    re.I,
)
#: a limitation about how real the study's exposures or doses were
_REALISM = re.compile(
    r"\breal\b|\brealistic|\bexposures?\b|\bconcentrations?\b|\bdoses?\b|\bamounts?\b",
    re.I,
)
#: words of a limitation that name what it is about, not how it is put
_LIMITATION_PLAIN = frozenset(
    ["cannot", "excluded", "ruled", "may", "affected", "uncertain", "unclear", "unknown",
     "study", "trial", "results", "findings", "limited", "short", "establish", "whether", "doe",
     "did", "analysi", "analyse",  # (as content_words cuts them: "analysis", "analyses")
     "could", "how", "only", "during"]
)  # fmt: skip


def _limitation_denied(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The release says a limitation the paper states does not hold ("Because the
    analysis accounted for physical activity, socioeconomic status ..., the link cannot be
    explained by healthier or better-off men simply using the sauna more" where "residual
    confounding by general health, fitness or socioeconomic factors cannot be excluded").
    The sentence must share a word with the limitation, other than how it is put, or
    deny confounding ("hidden differences ... can't explain these results") where the
    paper says confounding cannot be excluded."""
    stated = [
        (i, st)
        for i, st in enumerate(ctx.paper.statements)
        if not st.is_context and _LIMITATION_STATED.search(st.text)
    ]
    if not stated:
        return
    for s in ctx.document.sentences:
        m = _LIMITATION_DENIED.search(s.text)
        if m is None:
            continue
        f = sentence_features(ctx, s.index)
        # (the "could" of "the researchers could rule out" is the denial, not a hedge)
        # (nor is a model's "projections", the subject: "The projections also account for")
        # (and a hedge of another clause hedges nothing of the denial: "Accuracy held up in
        # patients with reduced kidney function, a group in whom tau blood tests had been
        # thought to be less reliable")
        hedges = [
            h
            for h in hedges_at(s.text, f.hedges, m.start())
            if h.lower() not in ("projection", "projections")
        ]
        hedged = f.hedged and (
            not f.hedges or any(h.lower() not in m.group(0).lower().split() for h in hedges)
        )
        if (
            hedged
            or f.cautionary
            or re.search(
                r"(?:\bnot|\bnever|n['\u2019]t|\bcannot|\bhard|\bdifficult|\bimpossible|"
                r"\bunable)\s+(?:\w+\s+){0,3}?(?:rul|free|long enough|large enough|big enough|"
                r"representative)",
                s.text,
                re.I,
            )
        ):
            continue  # "could not rule out", "hard to rule out", "were not long enough":
            # the limitation, told
        if re.search(r"\b(?:if|once|unless|until)\b[^,;.]*$", s.text[: m.start()], re.I):
            continue  # "if the heat lasts long enough, many of them die": a condition
        if re.search(r"\b(?:rather\s+than|instead\s+of|without)\s+$", s.text[: m.start()], re.I):
            continue  # "held population at 2020 levels rather than accounting for growth"
        if re.match(r"\s+by\s+(?:the\s+play\s+of\s+)?chance\b", s.text[m.end() :], re.I):
            continue  # "cannot be explained by chance": a significance test, not confounding
        mine = content_words(s.text) - _LIMITATION_PLAIN
        # (a choice "chosen to mirror" something denies only a limitation of how real the
        # exposures or doses were, not "may reflect chance given multiple comparisons")
        chosen = m.group(0).lower().startswith("chosen")
        # the limitation sharing most words with the sentence
        # (words alike by their first six letters count: "enrichment" for "the case set was
        # enriched")
        # (and cut at hyphens: "COVID-19" and "COVID-19-related")
        mine6 = {p[:6] for w in mine for p in w.split("-") if len(p) > 2}
        # (a risk said to be ruled out denies first a limitation of the study's power: "not
        # powered to detect small increases")
        risk = bool(_RISK_RULED_OUT.match(m.group(0)) or _ENOUGH_TO.match(m.group(0)))
        typical = m.group(0).lower().startswith("representative")
        biased = bool(re.search(r"bias|confound", m.group(0), re.I))
        held = bool(_HELD_THROUGH.match(m.group(0)))
        # (results said to hold elsewhere deny first a limit on where they apply: "to hold
        # equally well for pregnant women in other countries" for "may limit
        # generalisability to other populations")
        general = bool(_SAID_GENERAL.search(m.group(0)))
        shared = [
            (
                # ("because" lets a statement through, as a reason given, but ranks none)
                len(
                    (mine6 - {"becaus"})
                    & {
                        p[:6]
                        for w in content_words(st.text) - _LIMITATION_PLAIN
                        for p in w.split("-")
                        if len(p) > 2
                    }
                )
                + (10 if risk and _UNDERPOWERED.search(st.text) else 0)
                # (a sample said to be representative denies first that it is not one)
                + (10 if typical and _NOT_TYPICAL.search(st.text) else 0)
                # (and a bias said to be absent, a statement of confounding, on a tie)
                + (0.5 if biased and _CONFOUNDING.search(st.text) else 0)
                # (an effect said to hold over a span denies first that the study looked
                # no further: "held up through the first six months of life" for "did not
                # assess protection beyond 2 months of age")
                + (10 if held and _NOT_BEYOND.search(st.text) else 0)
                + (10 if general and _GENERALITY_LIMITED.search(st.text) else 0),
                -i,
                i,
                st,
            )
            for i, st in stated
            if not chosen or _REALISM.search(st.text)
            # (words alike by their first five letters: "child" for "children")
            if {w[:5] for w in mine if len(w) >= 5}
            & {w[:5] for w in content_words(st.text) - _LIMITATION_PLAIN if len(w) >= 5}
            or mine & (content_words(st.text) - _LIMITATION_PLAIN)
            or ("explain" in m.group(0).lower() and "confound" in st.text.lower())
            # (a risk ruled out, or a study said to be big enough, where it was not powered)
            or (risk and _UNDERPOWERED.search(st.text))
            or (general and _GENERALITY_LIMITED.search(st.text))
            # (an effect said to last, where the paper doubts that it persists: "held up ...
            # right through to the last" for "Because the effect waned, persistence beyond 16
            # weeks is uncertain")
            or (held and (_NOT_PERSISTING.search(st.text) or _NOT_BEYOND.search(st.text)))
        ]
        hit = max(shared)[2:] if shared else None
        if hit is None:
            continue
        i, st = hit
        yield self.finding(
            f"{who(s, ctx)}Says a limitation the paper states does not hold "
            f"('{m.group(0)}'); the paper says: \u201c{st.text}\u201d",
            sentence=s,
            evidence=(statement_evidence(ctx, i),),
            suggestion="Keep the limitation as the paper states it.",
        )


#: a check the paper says it went without: "identified from EHR criteria without chart
#: review", "assessed without blinding", "without independent adjudication"
_WITHOUT_CHECK = re.compile(
    r"\bwithout\s+(?:any\s+|independent\s+|formal\s+)?(?P<what>(?:[a-z-]+\s+){0,2}?"
    r"(?:review|blinding|validation|adjudication|confirmation|verification))\b",
    re.I,
)
#: a check against records the paper did not make: "not verified against farm records"
_NOT_CHECKED_AGAINST = re.compile(
    r"\b(?:not|never|without\s+being)\s+(?:independently\s+)?(?:verified|checked|validated|"
    r"confirmed|cross-checked|compared)\s+(?:against|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<what>records|registers|registries|logs|charts|data|receipts|invoices)\b",
    re.I,
)
#: the same check told as made: "were checked against the farms' own treatment records"
_CHECKED_AGAINST = re.compile(
    r"\b(?:verified|checked|validated|confirmed|cross-checked|compared)\s+(?:against|with)\s+"
    r"[^.;]{0,40}?\b(?P<what>records|registers|registries|logs|charts|data|receipts|invoices)\b",
    re.I,
)
#: a negation before the check's words: "no chart review", "not reviewed"
_CHECK_DENIED = re.compile(
    r"\b(?:no|not|never|without|n['\u2019]t|lack\w*|rather\s+than|instead\s+of)\b", re.I
)


def _procedure_claimed(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The release says the study did a check the paper says it went without ("every
    sepsis case in the study was confirmed by reviewing patients' charts" where "Sepsis was
    identified from EHR criteria without chart review, which may misclassify some cases"):
    every word of the check, in any form, in one sentence that does not deny it.  A check
    against records the paper says it did not make is one too ("Their answers were checked
    against the farms' own treatment records" for "self-reported and not verified against
    farm records")."""
    missing = [
        (m.group("what").lower().split(), i)
        for i, st in enumerate(ctx.paper.statements)
        if not st.is_context
        for m in _WITHOUT_CHECK.finditer(st.text)
    ]
    for i, st in enumerate(ctx.paper.statements):
        for m in _NOT_CHECKED_AGAINST.finditer(st.text):
            what = m.group("what").lower()
            for s in ctx.document.sentences:
                told = _CHECKED_AGAINST.search(s.text)
                if told is None or not told.group("what").lower().startswith(what[:5]):
                    continue
                if _CHECK_DENIED.search(s.text[max(0, told.start() - 30) : told.start() + 12]):
                    continue  # "were not checked against", "never cross-checked against"
                yield self.finding(
                    f"{who(s, ctx)}Says the study checked against {what} what the paper says "
                    f"it did not; the paper says: \u201c{st.text}\u201d",
                    sentence=s,
                    evidence=(statement_evidence(ctx, i),),
                    suggestion="Keep the limitation as the paper states it.",
                )
    if not missing:
        return
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        if f.cautionary or f.hedged:
            continue
        words = re.findall(r"[a-z]+", s.text.lower())
        for what, i in missing:
            at = [next((k for k, w in enumerate(words) if w.startswith(v[:5])), None) for v in what]
            if any(k is None for k in at):
                continue
            first = min(k for k in at if k is not None)
            if _CHECK_DENIED.search(" ".join(words[max(0, first - 4) : first + len(what) + 2])):
                continue  # "no chart review", "charts were not reviewed"
            st = ctx.paper.statements[i]
            yield self.finding(
                f"{who(s, ctx)}Says the study did what the paper says it did without "
                f"('{' '.join(what)}'); the paper says: \u201c{st.text}\u201d",
                sentence=s,
                evidence=(statement_evidence(ctx, i),),
                suggestion="Keep the limitation as the paper states it.",
            )
            break


#: what the paper says is not known: "whether protection lasts their full expected
#: three-year life is unknown", "it is unclear whether the benefit persists"
_WHETHER_UNKNOWN = re.compile(
    r"\bwhether\s+(?P<what>[^,;.]{5,120}?)\s+(?:is|are|was|were|remains?)\s+(?:still\s+|as\s+yet\s+)?"
    r"(?:unknown|unclear|uncertain|not\s+known)\b|"
    # "Whether their return caused a trophic cascade, in which ..., remains debated"
    r"\bwhether\s+(?P<what3>[^;.]{5,200}?),?\s+(?:remains?|is|are)\s+(?:still\s+)?"
    r"(?:debated|disputed|contested|controversial)\b|"
    r"\b(?:it\s+is|it\s+remains)\s+(?:still\s+)?(?:unknown|unclear|uncertain|not\s+known)\s+"
    r"whether\s+(?P<what2>[^,;.]{5,120})|"
    # "Our counts ... do not establish whether sites support breeding populations"
    # ("does not establish where in the supply chain residues entered")
    # (not "how much drug was released": an amount, whose words any release of the
    # amounts measured shares)
    r"\b(?:do|does|did)\s+not\s+(?:establish|show|tell\s+us)\s+(?:whether|where|how(?!\s+(?:much|"
    r"many|long|often|far)\b)|why)\s+"
    r"(?P<what4>[^,;.]{5,120})|"
    # "it does not establish effects on wild populations, later life stages or commercial
    # yield" (each item of the list on its own)
    r"\b(?:do|does|did)\s+not\s+(?:establish|show)\s+(?:any\s+)?effects?\s+(?:on|in|for)\s+"
    r"(?P<what5>[^;.]{5,160})",
    re.I,
)


def _open_question_first(ctx: RuleContext, index: int) -> bool:
    """Whether the sentence's best match is a background statement of a question left open
    ("Whether their return caused a trophic cascade ... remains debated")."""
    a = alignment_of(ctx, index)
    if a is None or not a.matches:
        return False
    return bool(_WHETHER_UNKNOWN.search(ctx.paper.statements[a.matches[0].statement].text))


_MODALS = frozenset(["would", "could", "shoul", "might", "will", "can", "may", "must"])
_NOT_MERELY = re.compile(r"\bnot\s+(?:merely|just|only|simply)\b", re.I)
_SHOWN = re.compile(
    r"\b(?:shows?|showed|shown|reveals?|revealed|demonstrates?|demonstrated|proves?|proved)\b", re.I
)


def _stems4(text: str) -> set[str]:
    return {w[:4] for w in content_words(text) if len(w) > 2}


#: a finding that suggests an inference: "Its moderate correlation with logged screen time
#: suggests that the scale captures more than time spent on the phone"
_EVIDENCE_SUGGESTS = re.compile(
    r"^(?P<evidence>[^.;]{10,160}?)\s+(?:suggests?|indicates?|implies|imply)\s+that\s+"
    r"(?P<inference>[^.;]+)",
    re.I,
)


def _tells_evidence_only(sentence: str, statement: str) -> bool:
    """Whether the sentence reports what a hedged statement offers as evidence, two of its
    words or more, and at most half the words of the inference it draws."""
    m = _EVIDENCE_SUGGESTS.search(statement)
    if m is None:
        return False
    mine = {w[:5] for w in content_words(sentence)}
    evidence = {w[:5] for w in content_words(m.group("evidence"))}
    # (the inference up to its own "but": "..., but the logs came from a small subsample")
    drawn = re.split(r",?\s+(?:but|although|though|whereas)\s+|;", m.group("inference"))[0]
    inference = {w[:5] for w in content_words(drawn)} - evidence
    return len(mine & evidence) >= 2 and 2 * len(mine & inference) <= len(inference)


#: what a finding is said to mean: "The findings mean that ...", "can expect similar losses"
_FINDINGS_MEAN = re.compile(
    r"\b(?:findings|results|study|data)\s+(?:mean|means)\s+that\b|\b(?:can|will)\s+expect\b", re.I
)
#: words that say which, not what: "such reductions"
_DETERMINERS = frozenset(["such", "these", "those", "this", "that", "their", "its"])


def _unknown_told(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The release states as found what the paper says is not known ("the nets kept their
    full strength for the entire three-year lifespan of a bed net" where "whether
    protection lasts their full expected three-year life is unknown"): a plain claim that
    shares at least three words, and half the words, of the open question."""
    # (a question the study "does not establish": words alike by five letters, so that
    # "intelligence" is not "interval")
    # (each alternative of an "or" on its own: "whether moths are drawn to the lamps or
    # their flight activity is suppressed")
    open_ = [
        (
            _stems4(m.group("what") or m.group("what2") or m.group("what3"))
            if not (m.group("what4") or m.group("what5"))
            else {w[:5] for w in content_words(part) if len(w) > 2} - _MODALS - _DETERMINERS,
            bool(m.group("what4") or m.group("what5")),
            i,
        )
        for i, st in enumerate(ctx.paper.statements)
        if not st.is_context
        for m in _WHETHER_UNKNOWN.finditer(st.text)
        for part in (
            re.split(r"\s+or\s+(?=(?:their|its|the|whether)\b)", m.group("what4"))
            if m.group("what4")
            else re.split(r",\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+", m.group("what5"))
            if m.group("what5")
            else [""]
        )
    ]

    if not open_:
        return
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        # ("not merely feeding stops: the survey shows ..." denies nothing of the claim)
        negated = f.negated and (
            not _NOT_MERELY.search(s.text) or analyze(_NOT_MERELY.sub(" ", s.text)).negated
        )
        # (or what the findings are said to mean: "The findings mean that wild Pacific
        # oyster populations ... can expect similar losses")
        if not (f.is_claim or _FINDINGS_MEAN.search(s.text)):
            continue
        if f.hedged or negated or f.cautionary or f.null_result:
            continue
        if re.search(r"\b(?:whether|unknown|unclear|uncertain|not known)\b", s.text, re.I):
            continue
        if re.search(r"\bnot\s+(?:that|whether|if)\b", s.text, re.I):
            continue  # "shows that a medicine was collected, not that it was taken"
        mine4 = _stems4(s.text)
        mine5 = {w[:5] for w in content_words(s.text) if len(w) > 2} - _MODALS
        # (two words of a short question, where the release says the study showed it:
        # "the survey shows they sustain breeding populations" for "whether sites support
        # breeding populations")
        least = 2 if _SHOWN.search(s.text) else 3
        shown = bool(_SHOWN.search(s.text))
        for what, five, i in open_:
            shared = (mine5 if five else mine4) & what
            # (a question the study does not establish, told without "showed": two thirds
            # of its words, not "alerted stays ... clinicians ... patients" for "whether the
            # alerts would change clinical care or patient outcomes")
            share = (
                3 * len(shared) >= 2 * len(what)
                if five and not shown
                else 2 * len(shared) >= len(what)
            )
            # (an item of a list of effects not established, "wild populations", is short:
            # every word of it, two at least)
            enough = (
                min(least, len(what)) if five and 2 <= len(what) <= 3 and shared == what else least
            )
            if len(shared) >= enough and share:
                st = ctx.paper.statements[i]
                yield self.finding(
                    f"{who(s, ctx)}States as found what the paper says is not known; the "
                    f"paper says: \u201c{st.text}\u201d",
                    sentence=s,
                    evidence=(statement_evidence(ctx, i),),
                    suggestion="Say that this is not yet known, as the paper does.",
                )
                break


#: the paper says how it works is not known: "the mechanism was not directly tested"
_MECHANISM_UNTESTED = re.compile(
    # ("the downstream mechanism linking microglial signalling to sleep circuits was not
    # identified")
    r"\bmechanisms?\b[^.;]{0,60}?\b(?:(?:was|were|is|are|remains?)\s+(?:not\s+(?:directly\s+)?"
    r"(?:tested|studied|examined|established|known|clear|identified|determined|investigated|"
    r"defined)|unknown|unclear|uncertain|"
    r"speculative)|(?:is|are)\s+yet\s+to\s+be)\b|"
    # "is consistent with, but does not establish, an antibody-mediated mechanism"
    r"\b(?:does|do|did)\s+not\s+establish\b[^.;]{0,40}?\bmechanism|"
    # "The stomatal and transcriptomic data suggest, but do not establish, that the effect
    # involves enhanced ABA signalling"
    r"\b(?:does|do|did)\s+not\s+establish\b,?\s*that\s+[^.;]{0,40}?\b(?:involves?|is mediated|"
    r"acts? (?:by|through|via)|works? (?:by|through|via)|(?:is|are) driven by|causes?|drives?|"
    r"explains?)\b|"
    # "The study cannot determine whether the excess reflects overdiagnosis of younger
    # children, underdiagnosis of older children, or real differences in impairment"
    r"\b(?:cannot|could\s+not|can['\u2019]t)\s+(?:determine|tell|establish|say)\s+whether\s+"
    r"[^.;]{0,40}?\b(?:reflects?|is\s+due\s+to|is\s+explained\s+by|results?\s+from)\b|"
    # "this may reflect motionless wakefulness, which the study did not measure directly"
    r"\bmay\s+(?:\w+\s+)?reflect\b[^.;]{0,60}?\bwhich\s+(?:the\s+study|we|this\s+study)\s+did\s+"
    r"not\s+(?:measure|test|examine|assess)\w*|"
    # "we did not test whether it restores female fertility, so its role in the recovery is
    # not established"
    r"\b(?:its|their)\s+role\s+in\s+[^.;]{0,60}?\b(?:is|was|remains?)\s+(?:not\s+(?:yet\s+)?"
    r"(?:established|known|clear)|unclear|unknown|uncertain)\b|"
    # "these experiments cannot attribute the effects to blood-borne factors, and no
    # specific factor was identified"
    r"\b(?:cannot|could\s+not|can['\u2019]t)\s+attribute\s+(?:the\s+|these\s+)?(?:effects?|"
    r"benefits?|changes?|improvements?)\s+to\b|"
    r"\bno\s+specific\s+(?:factor|molecule|protein|compound|gene|mediator|pathway)s?\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+identified\b",
    re.I,
)
#: the release says how it works, as shown: "showed that the mice stay lean because losing
#: the gene turns their white fat into ... brown fat"
_MECHANISM_TOLD = re.compile(
    r"\b(?:showed|shows|show|found|finds|discovered|proved|proves|revealed|reveals|"
    r"demonstrated|demonstrates|established)[,\s]+(?:that\s+)?[^.;]{0,80}?\b(?:because|by\s+"
    r"(?:turning|switching|blocking|triggering|making|boosting|reducing|damping|dampening|"
    r"suppressing|inhibiting|silencing|activating|stimulating|recruiting|releasing)|works?\s+by|"
    # "shows that these neutralising antibodies are what shielded the animals"
    r"(?:is|are|was|were)\s+what|"
    # "showed that the survivors had evolved a resistant version of the target gene that let
    # females lay eggs again"
    r"(?:that|which)\s+(?:let|lets|allowed|allows|enabled|enables)|"
    # "Our measurements show the particles are locked inside that scale ..., and that is
    # exactly why soft water falls short"
    r"(?:that|this)\s+is\s+(?:exactly|precisely)\s+why|"
    # "The extra diagnoses, the study shows, are largely the result of normal immaturity"
    r"(?:is|are|was|were)\s+(?:largely\s+|mainly\s+|mostly\s+|partly\s+)?(?:the\s+)?(?:result|"
    r"product|consequence)\s+of|"
    # "showed that proteins carried in young blood reawaken the old muscle's dormant stem
    # cells, and that this drives the repair"
    r"(?:reawaken|reactivat|rejuvenat|wake\s+up|wakes\s+up|switch\w*\s+on)\w*|"
    r"that\s+this\s+(?:drives|drove|causes|caused|explains|explained|underlies|is\s+behind))\b|"
    # told as known, with no "showed": "The drug works by dialing down mTOR activity",
    # "the benefit comes from stopping the dormant chickenpox virus"
    r"^\W*(?:the|this|that|its)\s+(?:[\w-]+\s+)?(?:drug|compound|treatment|therapy|vaccine|"
    r"supplement|intervention|medication|medicine|edit|bacterium|probiotic|pill|jab)s?\s+"
    r"(?:works?|acts?)\s+(?:by|through|via)\b|"
    r"\b(?:the|this|its|that)\s+(?:benefit|effect|protection|improvement)s?\s+(?:comes?|came|"
    r"stems?|stemmed)\s+from\b",
    re.I,
)


#: the paper doubts that the difference matters: "Whether a difference of this size on the
#: CDR-SB is clinically meaningful for patients and families remains uncertain"
_MEANING_UNCERTAIN = re.compile(
    r"\bwhether\b[^.;]{0,80}?\bclinically\s+(?:meaningful|important|relevant)\b[^.;]{0,60}?"
    r"\b(?:remains?|is)\s+(?:uncertain|unclear|unknown|debated)\b|"
    r"\bclinical\s+(?:relevance|importance|significance)\b[^.;]{0,40}?\b(?:remains?|is)\s+"
    r"(?:uncertain|unclear|unknown|debated)\b",
    re.I,
)
#: the release says it does: "large enough to make a clear, noticeable difference to
#: patients' everyday lives"
_MEANING_TOLD = re.compile(
    r"\b(?:noticeable|meaningful|real|clear|big|important|tangible|substantial)\s+"
    r"difference\s+(?:to|in)\s+(?:[\w'\u2019]+\s+){0,2}?(?:lives|daily life|everyday life)\b|"
    r"\b(?:is|was|are|were)\s+clinically\s+(?:meaningful|important|relevant)\b",
    re.I,
)


def _meaning_told(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The release says the difference matters to patients where the paper says whether
    it does is uncertain ("large enough to make a clear, noticeable difference to
    patients' everyday lives" for "Whether a difference of this size ... is clinically
    meaningful for patients and families remains uncertain")."""
    yield from _left_open_told(
        self,
        ctx,
        _MEANING_UNCERTAIN,
        _MEANING_TOLD,
        "Says the difference matters to patients ('{told}'); the paper says that is uncertain",
        "Say, as the paper does, that whether the difference matters to patients is uncertain.",
        asked_whether=True,
    )


def _mechanism_told(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The release says the study showed how it works when the paper says the mechanism
    was not tested ("The team showed that the mice stay lean because losing the gene
    turns their white fat into calorie-burning brown fat" for "possibly through ...
    browning of white adipose tissue" and "the mechanism was not directly tested")."""
    yield from _left_open_told(
        self,
        ctx,
        _MECHANISM_UNTESTED,
        _MECHANISM_TOLD,
        "Says the study showed how it works; the paper says the mechanism was not established",
        "Say that the mechanism is the authors' suggestion, not something the study tested.",
    )


def _left_open_told(
    self: Rule,
    ctx: RuleContext,
    left_open: re.Pattern[str],
    told: re.Pattern[str],
    message: str,
    suggestion: str,
    asked_whether: bool = False,
) -> Iterator[Finding]:
    """Unhedged release sentences that ``told`` matches, where the paper's first statement
    that ``left_open`` matches says the matter is not settled (quoted in the message);
    with ``asked_whether``, a sentence that asks "whether" is no claim."""
    said = first_statement(ctx, left_open)
    if said is None:
        return
    st = ctx.paper.statements[said]
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        m = told.search(s.text)
        if m is None or f.hedged or f.negated:
            continue
        if asked_whether and "whether" in s.text.lower():
            continue
        yield self.finding(
            f"{who(s, ctx)}{message.format(told=m.group(0))}: \u201c{st.text}\u201d",
            sentence=s,
            evidence=(statement_evidence(ctx, said),),
            suggestion=suggestion,
        )


#: a hedge that is the modal of a piece of advice: "could consider", "may wish to"
_ADVICE_MODAL_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:consider|wish|want|merit|be offered|be considered|offer)\b", re.I
)


def _advice_modals_only(statement: str, hedges: tuple[str, ...]) -> bool:
    """Whether every hedge of the statement is the modal of advice ("Services could
    consider offering e-cigarettes"), so that it hedges no finding."""
    if not hedges:
        return False
    for h in hedges:
        uses = list(re.finditer(rf"\b{re.escape(h)}\b", statement, re.I))
        if not uses or not all(_ADVICE_MODAL_AFTER.match(statement, m.end()) for m in uses):
            return False
    return True


#: a finding still to be confirmed: "should be confirmed in prospective studies",
#: "longer studies are needed to confirm"
_STILL_TO_CONFIRM = re.compile(
    r"\b(?:should|must|needs? to|will need to|would need to) be (?:further |independently )?"
    r"(?:confirmed|replicated|tested|studied|investigated|validated|evaluated)\b|"
    r"\b(?:are|is)(?: still| also)? (?:needed|required) to (?:confirm|test|establish|show)\b|"
    r"\b(?:studies|trials|research) (?:are|is)(?: still| also)? (?:needed|required)\b",
    re.I,
)
#: participants' own account ("Patients describe what helped them", "carers said"):
#: what people said, which the paper's hedged reading of it does not make a fact
_PARTICIPANTS_SAY = re.compile(
    r"\b(?:patients|participants|carers|caregivers|interviewees|respondents|staff|"
    r"parents|people)\s+(?:\w+\s+){0,2}?(?:said|say|says|describe[sd]?|told|tell|"
    r"reported|felt|feel|recalled|recall|explained|mentioned)\b",
    re.I,
)


#: where a statement's plain main clause ends and a hedged comment on it begins:
#: "X supports a causal effect, suggesting that it acts through loading"
_TAIL = re.compile(
    r",\s+(?:suggesting|indicating|implying|which (?:suggests|indicates|may|might|could))\b|"
    r";\s+(?:this|these|which|it)\s+(?:suggests?|indicates?|may|might|could)\b",
    re.I,
)


#: hedges that qualify what follows them ("the department could adopt SBAR", "it has
#: been suggested that ..."), unlike "the mechanism is unclear", which qualifies what
#: comes before
_FORWARD_HEDGE = re.compile(
    r"^(?:may|might|could|suggest|propos|seem|appear|possibl|perhaps|consistent with)"
)


def _first_forward_hedge(statement: str) -> int | None:
    """Where the statement's first forward hedge ("may", "suggest", ...) starts."""
    at = [
        m.start()
        for h in analyze(statement).hedges
        if _FORWARD_HEDGE.match(h)
        and (m := re.search(rf"\b{re.escape(h)}\b", statement, re.I)) is not None
    ]
    return min(at) if at else None


def plain_part(sentence: str, statement: str) -> str | None:
    """What a statement says before its first forward hedge, when the sentence shares
    words with that part only ("With the observed gaps in communication, the
    department could adopt SBAR" for a sentence about the gaps); else None."""
    at = _first_forward_hedge(statement)
    if not at:
        return None
    head = statement[:at]
    before = content_words(head)
    after = content_words(statement[at:]) - before
    mine = content_words(sentence)
    return head if mine & before and not mine & after else None


#: a hedge that reports what others have proposed: the background of a paper, even in
#: an abstract without headings ("Oligomers ... have been proposed to play a key role")
_FIELD_VIEW = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+)?been\s+(?:widely\s+|previously\s+|long\s+)?(?:proposed|"
    r"suggested|hypothesi[sz]ed|postulated|speculated|thought|believed)\b|"
    r"\b(?:is|are)\s+(?:widely\s+|generally\s+)?(?:thought|believed|proposed)\s+to\b",
    re.I,
)


def _figures(sentence: str) -> list[Quantity]:
    """The sentence's figures: shares, changes, ratios, measures and multipliers, and
    counts and plain numbers that are no small whole number ("just over 900 falls",
    "3.4 falls per resident per year")."""
    return [
        q
        for q in extract_numbers(sentence)
        if (
            q.kind in ("percent", "ratio", "measure", "multiplier")
            or (q.kind in ("number", "count") and (q.value >= 20 or q.value != int(q.value)))
        )
        # (not where something is: "absorbs starlight in a band near 1.4 micrometres")
        and not _WHERE_IN_SPECTRUM.search(sentence, 0, q.start)
    ]


#: a place in a spectrum, not a result: "in a band near 1.4 micrometres"
_WHERE_IN_SPECTRUM = re.compile(
    r"\b(?:band|line|wavelength|peak|feature)s?\s+(?:near|around|at|of)\s+(?:about\s+)?$", re.I
)


def _all_given(figures: list[Quantity], theirs: Iterable[Quantity]) -> bool:
    """Whether every one of ``figures`` is one of ``theirs``."""
    from spin.rules.numbers import supports

    given = list(theirs)
    return all(any(supports(q, pq) for pq in given) for q in figures)


def _figures_from(sentence: str, text: str) -> bool:
    """Whether the sentence gives figures and every one of them is one of ``text``'s."""
    figures = _figures(sentence)
    return bool(figures) and _all_given(figures, extract_numbers(text))


#: a comparison told as what was observed, in the past tense: "had fewer falls", "were
#: less likely to", "showed lower scores"
_OBSERVED = re.compile(
    r"\b(?:had|were|was|showed|reported|experienced|scored|fell)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fewer|more|less|lower|higher|greater|smaller|better|worse)\b",
    re.I,
)


def _plain_result_on(ctx: RuleContext, text: str) -> bool:
    """Whether an unhedged results statement with figures reports on what the sentence
    names (a word in common besides the words of comparison)."""
    mine = content_words(text) - {"fewer", "more", "less", "lower", "higher", "greater"}
    for i, st in enumerate(ctx.paper.statements):
        if "result" not in st.section.lower():
            continue
        sf = statement_features(ctx, i)
        if not sf.hedged and not sf.null_result and sf.numbers and mine & content_words(st.text):
            return True
    return False


def _figures_from_plain_statement(ctx: RuleContext, text: str) -> bool:
    """Whether the sentence's figures all stand in one unhedged statement of the paper
    ("filter migration occurred in between 3% and 8%"): it reports that statement,
    whatever a hedged one on the same topic says.  A single figure counts only when no
    hedged statement gives it too."""
    figures = _figures(text)
    if not figures:
        return False
    plain = [
        i
        for i in range(len(ctx.paper.statements))
        if not (sf := statement_features(ctx, i)).hedged and _all_given(figures, sf.numbers)
    ]
    if len(figures) >= 2:
        # (or each from a finding stated plainly: "16 percent versus 33 percent, and ...
        # nearly 3 degrees hotter" from two results statements, not the hedged conclusion)
        unhedged = [
            q
            for i, st in enumerate(ctx.paper.statements)
            if not st.is_context and not (sf := statement_features(ctx, i)).hedged
            for q in sf.numbers
        ]
        given = sum(_all_given([q], unhedged) for q in figures)
        # (a worded figure the sentence works out itself may stand beside them: "about half
        # the tree cover ..., 16 percent versus 33 percent")
        return bool(plain) or (given >= 2 and given >= len(figures) - 1)
    if figures[0].kind in ("number", "count"):
        return False  # "a study of 62,497 cases": the sample, not the finding's figure
    # one figure ("roughly doubled in brightness" for "increased 2.1-fold"): only when no
    # hedged statement gives it too
    return bool(plain) and not any(
        (sf := statement_features(ctx, i)).hedged and _all_given(figures, sf.numbers)
        for i in range(len(ctx.paper.statements))
    )


def _title_states_it(ctx: RuleContext, text: str) -> bool:
    """Whether the paper's title states, unhedged, a finding the sentence restates (a
    relation, and three or more content words in common: "Growth hormone secretagogue
    increases muscle strength ..." for "compound helped dogs regain leg strength")."""
    title = ctx.paper.title
    if not title:
        return False
    tf = analyze(title)
    if tf.hedged or tf.negated or tf.strength < 1:
        return False
    return len(content_words(title) & content_words(text)) >= 3


def _hedged_scope(statement: str) -> str:
    """What a statement's hedges qualify: the words from its first forward hedge to the
    end of that clause, or the whole statement when its hedges qualify what comes before
    them ("unclear")."""
    at = _first_forward_hedge(statement)
    if at is None:
        return statement
    # to the end of its clause: "a possible period-by-treatment interaction (p=0.09); in
    # an analysis restricted to the first period, the difference was -19 points"
    # ...; and a limitation after ", but" is its own clause ("may act as a mild stressor
    # ..., but no mammalian models were studied")
    # ..., and a new clause with its own verb after ", and" ("may confound this
    # association, and absence reasons were recorded by parents")
    end = re.search(
        r";\s|\.\s|,\s+but\s+(?:no|not|the|this|these|our|it|they)\b|"
        r",\s+and\s+(?:[\w-]+\s+){1,3}?(?:were|was|is|are|did|had)\s+(?!not\b)",
        statement[at:],
    )
    scope = statement[at : at + end.start()] if end else statement[at:]
    if _OPENING_CLAUSE.match(statement) and ", " in scope:
        # "Because hearing aid users may be healthier ..., healthier-user bias cannot be
        # excluded, and dementia ascertainment relied on health records": the hedge
        # qualifies the opening clause only
        scope = scope[: scope.index(", ")]
    return scope


#: a statement that opens with a subordinate clause: "Because ...,", "Although ...,"
_OPENING_CLAUSE = re.compile(r"\s*(?:because|since|although|though|whereas|while)\b", re.I)


def _reports_hedged_part(sentence: str, statement: str) -> bool:
    """Whether a release sentence reports the hedged part of a paper statement.

    A sentence that shares words only with what the statement says before its first
    forward hedge ("may", "could", "it has been suggested that") reports the plain
    part, and one that shares no word with what the hedge qualifies reports another
    finding on the same topic.  When the statement's hedges all stand in a trailing
    comment on a plain main clause ("..., suggesting that ..."), a sentence whose figures
    are all the main clause's, and that shares more words with it than with the comment,
    reports the main clause; only a sentence that reports the comment drops a hedge:
    two of the comment's own content words, or two of its words of which one is its own
    ("one-fifth less fibril" for "21% lower, suggesting a modest reduction in fibril
    mass"; synonyms count as one word)."""
    mine = content_words(sentence)
    if plain_part(sentence, statement) is not None:
        return False
    shared = mine & content_words(_hedged_scope(statement))
    if not shared:
        # no word of what the hedge qualifies: a sentence on the same topic (as an
        # embedding ranks it), not a report of the hedged finding
        return False
    m = _TAIL.search(statement)
    if m is None:
        # one word in common is another result that names the same thing ("The effect
        # depended on a gene called skn-1" beside "may act as a mild stressor that
        # activates SKN-1-dependent detoxification"), not a report of the hedged finding
        return len(shared) >= 2
    head, tail = statement[: m.start()], statement[m.start() :]
    if analyze(head).hedged:
        return True
    # the comment's own words (not those it repeats from the main clause), synonyms
    # as one ("one-fifth less fibril" reports "a modest reduction in fibril mass")
    said = _heads(tail) - {"suggesting", "indicating", "implying"}
    own = said - _heads(head)
    mine_heads = _heads(sentence)
    if _figures_from(sentence, head) and len(mine_heads & _heads(head)) > len(mine_heads & own):
        return False  # "almost half had fewer seizures": the main clause, with its figures
    return len(mine_heads & own) >= 2 or (len(mine_heads & said) >= 2 and bool(mine_heads & own))


def _heads(text: str) -> frozenset[str]:
    """The content words of ``text`` and its words of change ("less", "more"), each
    synonym replaced by the head of its group (align.SYNONYMS: "less" and "reduction"
    are both "decrease")."""
    from spin.align import synonym_heads

    heads = synonym_heads()
    words = content_words(text) | {w for w in re.findall(r"[a-z]+", text.lower()) if w in heads}
    return frozenset(heads.get(w, w) for w in words)


_WILL = re.compile(
    r"\bwill\s+(?:\w+\s+)?(?:help|reduce|prevent|cure|treat|improve|save|transform|"
    r"revolutioni[sz]e|change|end|eliminate|protect|lower|boost|stop|reverse|lead to|"
    r"make|allow|enable|benefit|give|offer|bring|provide|become)\b",
    re.I,
)
_NEG_BEFORE = re.compile(
    # (three words apart: "was not large enough to prove"; not "not only")
    r"(?:\b(?:not|no|never|cannot|nor|rather than|instead of|short of)|n['\u2019]t)\s+"
    r"(?!only\b)(?:\w+\s+){0,3}$|"
    # "Nor did the study find a clear link"
    r"\bnor\s+(?:did|does|do|was|were|is|are|has|have|could|can)\s+(?:\w+\s+){0,5}$|"
    # "it would be a mistake to read it as proof that ...", "wrong to take this as proof"
    r"\b(?:mistake|wrong|premature|misleading|error)\s+to\s+(?:\w+\s+){1,4}?as\s+$|"
    # "Nobody should read this as proof that", "should not be taken as proof"
    r"\b(?:nobody|no\s+one|no-one)\s+should\s+(?:\w+\s+){1,3}?as\s+$",
    re.I,
)
#: a prediction asked or hoped for, not made: "whether the levy will lead to ...", "the
#: team hopes the work will help doctors ..."
_WHETHER_BEFORE = re.compile(
    r"\b(?:whether|if|hopes?|hoped|hoping|aims?|wants?)\s+(?:[\w'-]+\s+){0,5}$|"
    # "our data cannot tell anyone that taking supplements will prevent this cancer"
    r"\b(?:cannot|can['\u2019]t|could\s*not|do\s+not|does\s+not|don['\u2019]t)\s+(?:tell|show|say|"
    r"prove)\s+(?:\w+\s+)?that\s+(?:[\w'-]+\s+){0,5}$",
    re.I,
)
#: after "confirmed" / "proven": a laboratory method or the experts who checked, so a
#: measurement checked, not a finding boosted ("each confirmed by two different sequencing
#: methods")
_BY_METHOD = re.compile(
    r"^\w*\s+(?:by|using|with|through|via|on)\s+(?:[\w-]+\s+){0,4}?(?:sequencing|assays?|"
    r"tests?|testing|pcr|biops(?:y|ies)|imaging|scans?|mri|ct|x-rays?|microscopy|staining|"
    r"histology|cultures?|blotting|spectrometry|methods?|techniques?|measurements?|"
    r"experiments?|analys[ie]s|genotyping|antibod(?:y|ies)|"
    # or by people who check: "as confirmed by two specialist musculoskeletal radiologists"
    r"radiologists?|pathologists?|experts?|specialists?|reviewers?|adjudicators?|assessors?|"
    r"panels?|committees?|consensus)\b",
    re.I,
)


#: the subject of a booster phrase ("the study establishes"): not the word that boosts
_NEUTRAL_SUBJECTS = frozenset(["results", "findings", "study", "the"])


#: what a booster may stress without boosting a finding: "clearly room to do better"
_ROOM_TO_IMPROVE = re.compile(
    r"\s+(?:(?:a|some|more)\s+)?(?:room|scope|need|work|more to do|further to go|a long way)\b",
    re.I,
)


#: the paper's own word for what a booster says: "confirming" the advantage the paper
#: says it is "corroborating"
#: what people always do, not a finding always true: "always ask", "always say"
_HABIT = re.compile(
    r"\s+(?:ask|asks|asked|say|says|said|tell|tells|want|wants|wonder|wonders)\b", re.I
)
_SAME_AS = {"confirm": ("corroborat", "confirm", "verif", "validat", "replicat")}


def _paper_agrees(booster: str, pf: PaperFacts) -> bool:
    """Whether the paper says the same with another word ("corroborating" for
    "confirming")."""
    stems = next((v for k, v in _SAME_AS.items() if booster.lower().startswith(k)), ())
    return any(w.startswith(stems) for w in pf.vocabulary) if stems else False


@rule(
    "K102",
    "certainty-booster",
    "certainty_overstatement",
    "warning",
    "Certainty words ('proves', 'confirms', 'will cure') the paper does not use.",
)
def certainty_booster(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """A release sentence adds certainty the paper does not claim: "proves",
    "confirms", "definitely", "conclusively", or a confident prediction such as
    "will cure" or "will help millions".

    A single study rarely proves anything, and a prediction stated with "will"
    presents a hope as a fact.  A speaker's emphasis ("clearly", "certainly", "clear
    evidence") in a quote,
    on a finding the paper states without a hedge, is reported at info.  A word the
    paper uses only denied ("do not establish clinical efficacy or long-term safety")
    does not back the release's use of it ("The findings establish that the edit is
    safe").  Boosters follow
    Hyland (2005) and the booster lexicon of Islam et al. (LREC 2020); press releases
    that add them were coded as exaggerated by Sumner et al. (BMJ 2014).  A booster the paper
    itself uses is not flagged (nor "confirms" where the paper says
    "corroborates"), nor a negated one ("does not prove"), nor one
    that says how a measurement was checked ("each confirmed by two sequencing
    methods").
    """
    pf = facts(ctx)
    paper_boosters = {b for i in range(len(ctx.paper.statements))
                      for b in statement_features(ctx, i).boosters}  # fmt: skip
    if ctx.paper.title:
        paper_boosters.update(analyze(ctx.paper.title).boosters)
    for s in ctx.document.sentences:
        f = sentence_features(ctx, s.index)
        found: list[str] = []
        for b in f.boosters:
            key = next((w for w in b.split() if w not in _NEUTRAL_SUBJECTS), b.split()[0])
            # ("clearly benefit" where the paper counts a "clear individual benefit")
            plain = key[:-2] if key.endswith("ly") and len(key) > 5 else key
            if (
                b in paper_boosters
                or key in pf.vocabulary
                or plain in pf.vocabulary
                or _paper_agrees(b, pf)
            ) and not _only_denied(ctx, key):
                continue
            pos = s.text.lower().find(b)
            if pos >= 0 and (
                _NEG_BEFORE.search(s.text[:pos]) or _WHETHER_BEFORE.search(s.text[:pos])
            ):
                continue  # ("cannot tell anyone that taking supplements will prevent")
            if pos >= 0 and _BEFORE_TAKEN_AS.search(s.text[:pos]):
                continue  # "confirmed before anyone treats them as settled": not yet so
            if pos >= 0 and _BY_METHOD.match(s.text[pos + len(b) - 1 :]):
                continue  # "confirmed by Sanger sequencing": how a measurement was checked
            if pos >= 0 and _ROOM_TO_IMPROVE.match(s.text, pos + len(b)):
                continue  # "there is clearly room to do better": a shortfall, not a finding
            if b == "always" and pos >= 0 and _HABIT.match(s.text, pos + len(b)):
                continue  # "Farmers always ask whether they'll lose money": a habit
            found.append(b)
        for m in _WILL.finditer(s.text):
            before = s.text[: m.start()]
            if _WHETHER_BEFORE.search(before):
                continue  # "we can't tell whether the levy will lead to less obesity"
            if not _NEG_BEFORE.search(before) and "will" not in pf.vocabulary:
                found.append(m.group(0).lower())
        found = list(dict.fromkeys(found))
        if not found or not (f.is_claim or s.quote or s.headline or any(" " in w for w in found)):
            continue
        if ((f.cautionary or f.advice) and not f.is_claim) or (
            _STILL_TO_CONFIRM.search(s.text) and all(w.startswith("confirm") for w in found)
        ):
            # "changes should always be made with a doctor": advice, not a finding;
            # "longer studies are needed to confirm": research still to be done
            continue
        words = ", ".join(f"'{w}'" for w in found)
        yield self.finding(
            f"{who(s, ctx)}Adds certainty the paper does not claim ({words}).",
            sentence=s,
            evidence=ctx.evidence_for(s.index, limit=1),
            # a speaker's "clearly" on a finding the paper states without a hedge ("The
            # dogs clearly picked up something ...": "trained dogs distinguished breath
            # samples ... with moderately high accuracy") is emphasis, not a new claim
            severity="info" if s.quote and _mild_on_plain(ctx, s.index, found) else None,
            suggestion="Report what the study found, not that it proves or will do more: "
            "say 'suggests', 'found' or 'could'.",
        )


def _only_denied(ctx: RuleContext, word: str) -> bool:
    """Whether the paper uses the word only denied: "do not establish clinical efficacy
    or long-term safety" backs no "The findings establish that the edit is safe"."""
    texts = [ctx.paper.title or "", *(st.text for st in ctx.paper.statements)]
    found = [
        (t, m.start()) for t in texts for m in re.finditer(rf"\b{re.escape(word)}\w*", t, re.I)
    ]
    return bool(found) and all(
        re.search(r"\b(?:not|never|no|cannot|n't|nor)\s+(?:\w+\s+)?$", t[max(0, i - 30) : i], re.I)
        for t, i in found
    )


#: a booster for what a finding is not yet: "before anyone treats them as settled"
_BEFORE_TAKEN_AS = re.compile(
    r"\b(?:before|until)\s+(?:anyone|we|they|people|doctors|clinicians|it|this|these|they|"
    r"the\s+\w+)\s+(?:can\s+|could\s+|should\s+)?(?:treats?|regards?|considers?|calls?|"
    r"declares?|sees?|takes?|accepts?)\s+(?:them|it|this|these|the\s+\w+)\s+as\s+$",
    re.I,
)


#: boosters of emphasis, not of proof
_MILD_BOOSTERS = frozenset(
    [
        "clearly",
        "obviously",
        "certainly",
        "really",
        "definitely",
        "clear evidence",
        "clear association",
        "clear link",
    ]
)


def _mild_on_plain(ctx: RuleContext, index: int, found: list[str]) -> bool:
    """Whether every booster is one of emphasis and the sentence's finding, if the
    aligner finds one, is one the paper states without a hedge."""
    if not all(w in _MILD_BOOSTERS for w in found):
        return False
    rel = finding_matches(ctx, index)
    # (with no finding matched, whether it is supported at all is unsupported-claim's
    # question, not this one's)
    if not rel:
        return True
    theirs = statement_features(ctx, rel[0].statement)
    if not theirs.hedged:
        return True
    # the release keeps the statement's hedges for its hedged part: "clearly did better
    # ..., and that pattern is consistent with a trophic cascade" for "grew taller ..., a
    # pattern consistent with a trophic cascade"
    mine = sentence_features(ctx, index).hedges
    return bool(theirs.hedges) and set(theirs.hedges) <= set(mine)


RULES: tuple[Rule, ...] = (dropped_hedge, certainty_booster)
