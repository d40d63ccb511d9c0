"""The library API: ``check`` and ``fetch_paper``.

Pure orchestration: read the release, get the paper, align, analyse claims,
run the rules, return a :class:`~spin.model.Report`.  Nothing here prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spin import __version__
from spin.errors import InputError
from spin.model import Document, Paper, Report


@dataclass(frozen=True)
class CheckOptions:
    """Knobs of one check (from the CLI, config or the caller)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    #: per-rule severity overrides: {"H101": "info"} (codes, names or categories)
    severity: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: alignment thresholds (None: the measured defaults in spin.align)
    strong_threshold: float | None = None
    weak_threshold: float | None = None


def _settings(
    settings: Any | None,
    offline: bool,
    refresh: bool,
    cache_dir: str | Path | None,
    mailto: str | None,
) -> Any:
    from spin.sources import SourceSettings

    if settings is not None:
        return settings
    return SourceSettings.from_env(
        offline=offline, refresh=refresh, cache_dir=cache_dir, mailto=mailto
    )


def fetch_paper(
    ref: str | Path,
    *,
    offline: bool = False,
    refresh: bool = False,
    cache_dir: str | Path | None = None,
    mailto: str | None = None,
    settings: Any | None = None,
) -> Paper:
    """A paper record from a DOI (any common form) or a local file.

    Local files: a Crossref works JSON, a plain-text/Markdown abstract, or a PDF.
    Raises a :class:`~spin.errors.SpinError` subclass on any failure.
    """
    from spin import sources

    return sources.get_paper(str(ref), _settings(settings, offline, refresh, cache_dir, mailto))


def resolve_paper(
    doc: Document,
    *,
    doi: str | None = None,
    paper: str | Path | Paper | None = None,
    settings: Any,
) -> Paper:
    """The paper a release reports on: given, named by the release, or found by DOI."""
    from spin import sources

    if isinstance(paper, Paper):
        return paper
    if paper is not None:
        return sources.get_paper(str(paper), settings, doi_hint=doi or doc.doi)
    if doi:
        return sources.get_paper(doi, settings)
    if doc.paper_path:
        return sources.get_paper(doc.paper_path, settings, doi_hint=doc.doi)
    if doc.doi:
        return sources.get_paper(doc.doi, settings)
    raise InputError(
        f"{doc.path}: no DOI found in the release; give one with --doi or the paper with --paper"
    )


def analyse(doc: Document, paper: Paper, options: CheckOptions | None = None) -> Report:
    """Align, analyse and run the rules: the pure core of ``check``."""
    from spin import align as aligner
    from spin import claims
    from spin.rules import RuleContext, run_rules, select_rules
    from spin.rules.severity import apply_overrides

    opts = options or CheckOptions()
    sentence_features = tuple(
        claims.analyze(claims.without_attribution(s.text)) for s in doc.sentences
    )
    alignment = aligner.align(
        doc,
        paper,
        strong=opts.strong_threshold,
        weak=opts.weak_threshold,
        claims=[f.is_claim for f in sentence_features],
    )
    ctx = RuleContext(
        document=doc,
        paper=paper,
        alignment=alignment,
        sentence_features=sentence_features,
        statement_features=tuple(claims.analyze(s.text) for s in paper.statements),
        paper_facts=claims.paper_facts(paper),
        release_facts=claims.release_facts(doc),
    )
    rules = select_rules(opts.select, opts.ignore)
    findings = apply_overrides(run_rules(ctx, rules), opts.severity)
    return Report(
        release=doc,
        paper=paper,
        alignment=alignment,
        findings=tuple(findings),
        tool_version=__version__,
    )


def check(
    release: str | Path,
    *,
    doi: str | None = None,
    paper: str | Path | Paper | None = None,
    offline: bool = False,
    refresh: bool = False,
    cache_dir: str | Path | None = None,
    mailto: str | None = None,
    options: CheckOptions | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    settings: Any | None = None,
) -> Report:
    """Check one press release (path, URL or ``-`` for stdin) against its paper."""
    from spin.release import read_release

    src = _settings(settings, offline, refresh, cache_dir, mailto)
    doc = read_release(str(release), settings=src)
    the_paper = resolve_paper(doc, doi=doi, paper=paper, settings=src)
    opts = options or CheckOptions(select=tuple(select), ignore=tuple(ignore))
    return analyse(doc, the_paper, opts)
