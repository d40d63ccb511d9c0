"""Reports built directly from spin.model objects, for the renderer tests.

They exercise every part of the terminal and JSON reports (headline, quotes
with speakers, strong/weak/no support, sentence and document-level findings,
evidence, suggestions, retraction notices) without the rest of the pipeline.
All text is invented; the DOI is under the 10.5555 test prefix.
"""

from __future__ import annotations

from dataclasses import replace

from spin.model import (
    Alignment,
    Author,
    Document,
    Evidence,
    Finding,
    Location,
    Match,
    Paper,
    Report,
    Sentence,
    Statement,
    StatusNotice,
)

RELEASE_TEXT = (
    "Green tea cures memory loss, landmark study proves\n"
    "\n"
    "Drinking green tea prevents dementia in older adults, according to a new study.\n"
    "Researchers followed 1,200 people aged 65 and over for eight years.\n"
    '"This is a breakthrough for everyone worried about their memory," said Dr. Ada Byron.\n'
    "Everyone should drink four cups a day to protect their brain.\n"
)


def _sentences(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        out.append(
            Sentence(
                index=len(out),
                text=line,
                start=start,
                end=start + len(line),
                line=i + 1,
                column=1,
                end_line=i + 1,
                end_column=len(line),
                headline=i == 0,
                quote=line.startswith('"'),
                speaker="Dr. Ada Byron" if line.startswith('"') else None,
            )
        )
    return tuple(out)


def paper(**changes: object) -> Paper:
    base = Paper(
        doi="10.5555/spin.sample.2024",
        title="Green tea consumption and incident dementia in a community cohort",
        authors=(Author("Rivera M"), Author("Okafor J"), Author("Lindqvist E"), Author("Tan W")),
        journal="Journal of Invented Results",
        volume="12",
        issue="3",
        pages="101-110",
        published="2024-03-05",
        statements=(
            Statement("Background", "Tea drinking has been linked with cognition in some studies."),
            Statement(
                "Methods",
                "We followed 1,200 adults aged 65 years or older for a median of 8 years.",
            ),
            Statement(
                "Results",
                "Drinking three or more cups of green tea a day was associated with a lower "
                "incidence of dementia (hazard ratio 0.82, 95% CI 0.70-0.96).",
            ),
            Statement(
                "Conclusions",
                "Green tea consumption may be associated with a lower risk of dementia; "
                "residual confounding cannot be excluded.",
            ),
        ),
        sources=("local",),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def document() -> Document:
    sents = _sentences(RELEASE_TEXT)
    return Document(
        path="release.txt",
        text=RELEASE_TEXT,
        sentences=sents,
        title=sents[0].text,
        doi="10.5555/spin.sample.2024",
    )


def alignment() -> tuple[Alignment, ...]:
    return (
        Alignment(0, (Match(3, 0.4512), Match(2, 0.41)), "weak"),
        Alignment(1, (Match(2, 0.6523), Match(3, 0.6)), "strong"),
        Alignment(2, (Match(1, 0.8812),), "strong"),
        Alignment(3, (Match(0, 0.2),), "none"),
        Alignment(4, (), "none"),
    )


def findings(doc: Document, p: Paper) -> tuple[Finding, ...]:
    s = doc.sentences
    conc = p.statements[3]
    res = p.statements[2]
    return (
        Finding(
            code="C101",
            name="causal-overstatement",
            category="causal_overstatement",
            severity="error",
            message="The release states cause (“cures”) where the paper reports an "
            "association in an observational cohort.",
            release=Location.of(s[0]),
            evidence=(Evidence(conc.text, conc.section, 0.4512, "local"),),
            suggestion="Say “is linked with” rather than “cures”.",
            sentence=0,
        ),
        Finding(
            code="N101",
            name="novelty-claim",
            category="novelty_claim",
            severity="info",
            message="“landmark” presents the study as a breakthrough; the paper does not.",
            release=Location.of(s[0]),
            sentence=0,
        ),
        Finding(
            code="C101",
            name="causal-overstatement",
            category="causal_overstatement",
            severity="warning",
            message="“prevents” is causal; the paper reports an association.",
            release=Location.of(s[1]),
            evidence=(Evidence(res.text, res.section, 0.6523, "local"),),
            suggestion="Say “was associated with a lower risk of”.",
            sentence=1,
        ),
        Finding(
            code="H101",
            name="hype",
            category="hype",
            severity="warning",
            message="“breakthrough” is promotional wording.",
            release=Location.of(s[3]),
            suggestion=None,
            sentence=3,
            speaker="Dr. Ada Byron",
        ),
        Finding(
            code="A101",
            name="advice-not-in-source",
            category="advice_not_in_source",
            severity="error",
            message="The release gives advice (“should drink four cups a day”) the paper "
            "never gives.",
            release=Location.of(s[4]),
            evidence=(Evidence(conc.text, conc.section, 0.12, "local"),),
            suggestion="Drop the advice or attribute it to someone who gives it.",
            sentence=4,
        ),
        Finding(
            code="O101",
            name="omitted-limitation",
            category="omitted_limitation",
            severity="warning",
            message="The paper says residual confounding cannot be excluded; the release "
            "never says so.",
            evidence=(Evidence(conc.text, conc.section, 1.0, "local"),),
            suggestion="Add that the study was observational and cannot show cause.",
        ),
    )


def sample_report(**paper_changes: object) -> Report:
    """The sample report (``paper_changes`` alter the paper, e.g. status)."""
    doc = document()
    p = paper(**paper_changes)
    return Report(
        release=doc,
        paper=p,
        alignment=alignment(),
        findings=findings(doc, p),
        tool_version="9.9.9",
    )


def retracted_report() -> Report:
    doc = document()
    p = paper(
        status="retracted",
        notices=(
            StatusNotice(
                "retraction", "publisher", "2024-09-01", "10.5555/spin.sample.2024.retraction"
            ),
        ),
        warnings=("no abstract found at Crossref; statements come from Europe PMC",),
        sources=("crossref", "europepmc"),
    )
    status = Finding(
        code="S101",
        name="paper-retracted",
        category="paper_retracted",
        severity="error",
        message="The paper doi:10.5555/spin.sample.2024 has been retracted.",
        evidence=(
            Evidence("retraction dated 2024-09-01 (source: publisher)", "status", 1.0, "publisher"),
        ),
        suggestion="Do not publish this release.",
    )
    return Report(
        release=doc,
        paper=p,
        alignment=alignment(),
        findings=(status, *findings(doc, p)),
        tool_version="9.9.9",
    )


def clean_report() -> Report:
    doc = document()
    p = paper()
    return Report(
        release=doc,
        paper=p,
        alignment=tuple(replace(a, support="strong") for a in alignment()),
        findings=(),
        tool_version="9.9.9",
    )


def empty_report() -> Report:
    """A release with no sentences against a paper with nothing but a DOI."""
    return Report(
        release=Document(path="-", text="", sentences=()),
        paper=Paper(doi=None),
        alignment=(),
        findings=(),
        tool_version="9.9.9",
    )
