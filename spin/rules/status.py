"""Paper status: retractions, withdrawals, corrections, expressions of concern."""

from __future__ import annotations

from collections.abc import Iterator

from spin.model import Evidence, Finding
from spin.rules.base import Rule, RuleContext, rule

__all__ = ["RULES", "paper_corrected", "paper_retracted"]


def _notice_text(kind: str, source: str, date: str | None, doi: str | None) -> str:
    parts = [kind.replace("_", " ")]
    if date:
        parts.append(f"dated {date}")
    if doi:
        parts.append(f"notice doi:{doi}")
    parts.append(f"(source: {source})")
    return " ".join(parts)


@rule("S101", "paper-retracted", "paper_retracted", "error", "The paper is retracted or withdrawn.")
def paper_retracted(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The paper the release reports on has been retracted or withdrawn.

    A retracted paper's findings are no longer stood behind by its journal
    (or its authors): a release that reports them as news misleads, whatever
    its wording.  Detected from Crossref ``updated-by`` entries of type
    ``retraction`` or ``withdrawal`` (publisher or Retraction Watch), Europe
    PMC's "Retracted Publication" publication type, OpenAlex ``is_retracted``
    and a ``RETRACTED:`` title prefix.  Most retractions are for misconduct
    (Fang, Steen & Casadevall, PNAS 2012), and retracted papers go on being
    cited as if valid (Budd, Sievert & Schultz, JAMA 1998).
    """
    paper = ctx.paper
    if paper.status not in ("retracted", "withdrawn"):
        return
    notices = [n for n in paper.notices if n.kind in ("retraction", "withdrawal")]
    evidence = tuple(
        Evidence(_notice_text(n.kind, n.source, n.date, n.doi), "status", 1.0, n.source)
        for n in notices
    )
    word = "retracted" if paper.status == "retracted" else "withdrawn"
    yield self.finding(
        f"The paper doi:{paper.doi} has been {word}; its findings should not be reported "
        "as established.",
        evidence=evidence,
        suggestion="Do not publish this release, or say prominently that the paper was "
        f"{word} and why.",
    )


@rule(
    "S102",
    "paper-corrected",
    "paper_corrected",
    "warning",
    "The paper has a correction or an expression of concern.",
)
def paper_corrected(self: Rule, ctx: RuleContext) -> Iterator[Finding]:
    """The paper carries a correction, erratum or expression of concern.

    Corrections can change the very numbers a release reports; an expression
    of concern means the journal doubts the work.  Check the notice before
    repeating the paper's claims.  Detected from Crossref ``updated-by``
    entries (``correction``, ``erratum``, ``expression_of_concern``).  Journals
    issue expressions of concern when the reliability of a paper is in doubt
    and an investigation is pending (COPE retraction guidelines, 2019).
    """
    paper = ctx.paper
    notices = [n for n in paper.notices if n.kind in ("correction", "expression_of_concern")]
    if paper.status in ("retracted", "withdrawn") or not notices:
        return
    concern = any(n.kind == "expression_of_concern" for n in notices)
    evidence = tuple(
        Evidence(_notice_text(n.kind, n.source, n.date, n.doi), "status", 1.0, n.source)
        for n in notices
    )
    what = "an expression of concern" if concern else "a correction"
    yield self.finding(
        f"The paper doi:{paper.doi} has {what}; check that the release reports the "
        "corrected findings.",
        evidence=evidence,
        severity="error" if concern else None,
        suggestion="Read the notice and mention it in the release if it touches what "
        "the release reports.",
    )


RULES: tuple[Rule, ...] = (paper_retracted, paper_corrected)
