"""Plain-data records that flow through the pipeline.

Every stage of spin takes and returns these frozen dataclasses: the release
reader produces a :class:`Document`, the paper sources a :class:`Paper`, the
aligner :class:`Alignment` rows, the rules :class:`Finding` objects, and
``spin.check`` a :class:`Report`.  ``Report.to_dict()`` is exactly what
``--format json`` writes (the contract in DESIGN.md, schema in
``spin/schema/report-1.0.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1.0"

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}

PaperStatus = Literal["ok", "retracted", "withdrawn", "corrected", "expression_of_concern"]

#: The category names are the contract of the JSON output (DESIGN.md).
CATEGORIES: tuple[str, ...] = (
    "causal_overstatement",
    "certainty_overstatement",
    "species_extrapolation",
    "population_generalization",
    "advice_not_in_source",
    "number_mismatch",
    "unsupported_number",
    "unsupported_claim",
    "contradicted_claim",
    "hype",
    "novelty_claim",
    "omitted_limitation",
    "omitted_sample_size",
    "omitted_study_design",
    "paper_retracted",
    "paper_corrected",
)


# --------------------------------------------------------------------------- release


@dataclass(frozen=True)
class Sentence:
    """One sentence of the release, with its exact place in the text as read.

    ``start``/``end`` are character offsets into ``Document.text``; ``line``,
    ``column``, ``end_line`` and ``end_column`` are 1-based (the end column is
    inclusive of the last character, as editors and SARIF count it).
    """

    index: int
    text: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    headline: bool = False
    quote: bool = False
    speaker: str | None = None


@dataclass(frozen=True)
class Document:
    """A press release as read: its text, where it came from, its sentences."""

    path: str
    text: str
    sentences: tuple[Sentence, ...]
    title: str | None = None
    doi: str | None = None
    #: a paper file named by the release (front matter ``paper:``), resolved
    paper_path: str | None = None
    media_type: str = "text"  # text | markdown | html
    #: DOIs seen in the release other than ``doi`` (references to other work)
    other_dois: tuple[str, ...] = ()


# --------------------------------------------------------------------------- paper


@dataclass(frozen=True)
class Section:
    """A headed part of the abstract or full text."""

    heading: str
    text: str
    page: int | None = None


#: headings of the sections that tell what was known before the study
_CONTEXT_SECTION = re.compile(r"^(?:background|introduction|context|importance|rationale)", re.I)
#: headings of the sections that tell how the study was done
_METHODS_SECTION = re.compile(
    r"^(?:methods?|materials|design|setting|participants|patients|measures|main outcome|"
    r"interventions?|exposures?|study selection|data sources)",
    re.I,
)


def is_context_section(heading: str) -> bool:
    """Background or introduction: what was known before the study."""
    return bool(_CONTEXT_SECTION.match(heading.strip()))


def is_methods_section(heading: str) -> bool:
    """Methods, design, setting, participants, measures: how the study was done."""
    return bool(_METHODS_SECTION.match(heading.strip()))


@dataclass(frozen=True)
class Statement:
    """One sentence of the paper, the unit release sentences are aligned with."""

    section: str
    text: str
    page: int | None = None
    source: str = "crossref"

    @property
    def is_context(self) -> bool:
        """From the background or introduction: what was known before the study,
        not what the paper itself did or found."""
        return is_context_section(self.section)

    @property
    def is_methods(self) -> bool:
        """From the methods (design, setting, participants, measures): how the study
        was done, not what it found."""
        return is_methods_section(self.section)


@dataclass(frozen=True)
class StatusNotice:
    """An editorial notice attached to the paper (from Crossref ``updated-by``,
    Europe PMC or OpenAlex)."""

    kind: str  # retraction | withdrawal | correction | expression_of_concern
    source: str  # publisher | retraction-watch | europepmc | openalex | title
    date: str | None = None
    doi: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class Author:
    name: str
    orcid: str | None = None


@dataclass(frozen=True)
class Paper:
    """A paper record: metadata, editorial status, abstract and statements."""

    doi: str | None
    title: str | None = None
    authors: tuple[Author, ...] = ()
    journal: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    published: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    type: str | None = None
    license: str | None = None
    funders: tuple[str, ...] = ()
    url: str | None = None
    status: PaperStatus = "ok"
    notices: tuple[StatusNotice, ...] = ()
    abstract: tuple[Section, ...] = ()
    #: full text sections (PDF), empty when only the abstract is known
    sections: tuple[Section, ...] = ()
    statements: tuple[Statement, ...] = ()
    #: sources in the order they contributed, e.g. ("crossref", "europepmc")
    sources: tuple[str, ...] = ()
    #: which source gave which field: {"title": "crossref", "abstract": "openalex"}
    provenance: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: non-fatal problems met while building the record (shown to the user)
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The ``paper`` object of the report contract."""
        return {
            "doi": self.doi,
            "title": self.title,
            "journal": self.journal,
            "published": self.published,
            "status": self.status,
            "sources": list(self.sources),
            "statements": [
                {"section": s.section, "text": s.text, "page": s.page} for s in self.statements
            ],
        }

    def to_record(self) -> dict[str, Any]:
        """Everything spin knows about the paper (``spin paper --format json``)."""
        data = self.to_dict()
        data.update(
            {
                "authors": [{"name": a.name, "orcid": a.orcid} for a in self.authors],
                "volume": self.volume,
                "issue": self.issue,
                "pages": self.pages,
                "type": self.type,
                "license": self.license,
                "funders": list(self.funders),
                "url": self.url,
                "notices": [
                    {
                        "type": n.kind,
                        "source": n.source,
                        "date": n.date,
                        "doi": n.doi,
                        "label": n.label,
                    }
                    for n in self.notices
                ],
                "abstract": [{"section": s.heading, "text": s.text} for s in self.abstract],
                "provenance": dict(self.provenance),
                "warnings": list(self.warnings),
            }
        )
        return data


# --------------------------------------------------------------------------- alignment


@dataclass(frozen=True)
class Match:
    statement: int  # index into Paper.statements
    score: float  # 0..1


Support = Literal["strong", "weak", "none"]


@dataclass(frozen=True)
class Alignment:
    sentence: int  # index into Document.sentences
    matches: tuple[Match, ...]
    support: Support

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None


# --------------------------------------------------------------------------- findings


@dataclass(frozen=True)
class Location:
    text: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int

    @classmethod
    def of(cls, sentence: Sentence) -> Location:
        return cls(
            text=sentence.text,
            line=sentence.line,
            column=sentence.column,
            end_line=sentence.end_line,
            end_column=sentence.end_column,
            start=sentence.start,
            end=sentence.end,
        )


@dataclass(frozen=True)
class Evidence:
    text: str
    section: str
    score: float
    source: str


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    category: str
    severity: Severity
    message: str
    release: Location | None = None
    evidence: tuple[Evidence, ...] = ()
    suggestion: str | None = None
    #: index of the release sentence, None for document-level findings
    sentence: int | None = None
    #: who said it, when the flagged sentence is a quote
    speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        rel: dict[str, Any] | None = None
        if self.release is not None:
            r = self.release
            rel = {
                "text": r.text,
                "line": r.line,
                "column": r.column,
                "end_line": r.end_line,
                "end_column": r.end_column,
                "start": r.start,
                "end": r.end,
            }
        data: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "release": rel,
            "evidence": [
                {
                    "text": e.text,
                    "section": e.section,
                    "score": round(e.score, 4),
                    "source": e.source,
                }
                for e in self.evidence
            ],
            "suggestion": self.suggestion,
        }
        if self.speaker is not None:
            data["speaker"] = self.speaker
        return data


@dataclass(frozen=True)
class Report:
    release: Document
    paper: Paper
    alignment: tuple[Alignment, ...]
    findings: tuple[Finding, ...]
    tool_version: str = ""

    def summary(self) -> dict[str, int]:
        counts: dict[str, int] = {s: 0 for s in SEVERITIES}
        for f in self.findings:
            counts[f.severity] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        """The report contract of DESIGN.md, as ``--format json`` writes it."""
        doc = self.release
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "spin", "version": self.tool_version},
            "release": {"path": doc.path, "title": doc.title, "sentences": len(doc.sentences)},
            "paper": self.paper.to_dict(),
            "summary": self.summary(),
            "findings": [f.to_dict() for f in self.findings],
            "alignment": [
                {
                    "sentence": a.sentence,
                    "text": doc.sentences[a.sentence].text,
                    "support": a.support,
                    "matches": [
                        {"statement": m.statement, "score": round(m.score, 4)} for m in a.matches
                    ],
                }
                for a in self.alignment
            ],
        }
