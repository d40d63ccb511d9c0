"""The rule object and the context rules run in.

A rule is a small declared value: code, kebab-case name, category (one of
``spin.model.CATEGORIES``), default severity, a one-line summary and a
rationale citing the study it rests on.  Its ``check`` function takes a
:class:`RuleContext` and yields :class:`~spin.model.Finding` objects; it never
prints.  The rule's documentation (``doc``) is reused by ``spin rules``,
``spin explain``, SARIF ``rules[]`` and the docs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spin.model import (
    Alignment,
    Document,
    Evidence,
    Finding,
    Location,
    Paper,
    Sentence,
    Severity,
)

if TYPE_CHECKING:  # pragma: no cover
    pass


@dataclass(frozen=True)
class RuleContext:
    """Everything a rule may look at.  Plain data; rules must not mutate it."""

    document: Document
    paper: Paper
    alignment: tuple[Alignment, ...]
    #: per release sentence, claim features (spin.claims), same order as sentences
    sentence_features: tuple[Any, ...] = ()
    #: per paper statement, claim features
    statement_features: tuple[Any, ...] = ()
    #: paper-level facts (spin.claims.PaperFacts)
    paper_facts: Any = None
    #: release-level facts (spin.claims.ReleaseFacts or None)
    release_facts: Any = None
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def evidence_for(self, sentence_index: int, limit: int = 2) -> tuple[Evidence, ...]:
        """The aligned paper statements of a release sentence, as evidence."""
        out: list[Evidence] = []
        for a in self.alignment:
            if a.sentence != sentence_index:
                continue
            for m in a.matches[:limit]:
                st = self.paper.statements[m.statement]
                out.append(Evidence(st.text, st.section, m.score, st.source))
        return tuple(out)


CheckFn = Callable[["Rule", RuleContext], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    severity: Severity
    summary: str
    doc: str
    check: CheckFn = field(compare=False, repr=False)

    def finding(
        self,
        message: str,
        *,
        sentence: Sentence | None = None,
        evidence: Sequence[Evidence] = (),
        suggestion: str | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """Build a finding of this rule (located at ``sentence`` when given)."""
        return Finding(
            code=self.code,
            name=self.name,
            category=self.category,
            severity=severity or self.severity,
            message=message,
            release=Location.of(sentence) if sentence is not None else None,
            evidence=tuple(evidence),
            suggestion=suggestion,
            sentence=sentence.index if sentence is not None else None,
            speaker=sentence.speaker if sentence is not None and sentence.quote else None,
        )


def rule(
    code: str, name: str, category: str, severity: Severity, summary: str
) -> Callable[[CheckFn], Rule]:
    """Decorator: declare a rule whose documentation is the function's docstring."""

    def wrap(fn: CheckFn) -> Rule:
        doc = (fn.__doc__ or summary).strip()
        return Rule(code, name, category, severity, summary, _dedent(doc), fn)

    return wrap


def _dedent(text: str) -> str:
    import textwrap

    first, _, rest = text.partition("\n")
    return (first.strip() + "\n" + textwrap.dedent(rest)).strip()
