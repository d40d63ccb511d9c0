"""Build reports from plain text through the production path (``spin.api.analyse``).

``make_report(release_text, paper)`` splits the release into sentences with
exact spans, builds a :class:`~spin.model.Paper` from an abstract (a string, a
mapping of section heading to text, or a list of ``(heading, text)`` pairs) and
runs the real alignment, claim features and rules.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from spin.api import CheckOptions, analyse
from spin.model import Document, Paper, Report, Section, Sentence, Statement
from spin.text import LineIndex, split_spans

PaperText = str | Mapping[str, str] | Sequence[tuple[str, str]]

_QUOTE = re.compile(r"[“\"]([^”\"]{8,})[”\"]")
_SPEAKER = re.compile(
    r"(?:said|says|notes|noted|added|explained|cautions|warned)\s+(?P<a>(?:[A-Z][\w.'-]*\s?){1,4})"
    r"|(?P<b>(?:[A-Z][\w.'-]*\s){1,3})(?:said|says|notes|noted|added|explained|cautions|warned)"
)


def make_document(text: str, *, path: str = "release.txt", doi: str | None = None) -> Document:
    """A release Document: one sentence per span; the first line is the headline
    when it has no final punctuation; quotes are marked with a naive speaker."""
    index = LineIndex(text)
    sentences = []
    first_line_end = text.find("\n") if "\n" in text else len(text)
    for i, (s, e) in enumerate(split_spans(text)):
        line, col = index.position(s)
        end_line, end_col = index.position(e - 1)
        chunk = text[s:e]
        headline = i == 0 and e <= first_line_end and chunk[-1] not in '.!?"”'
        quote = bool(_QUOTE.search(chunk))
        speaker = None
        if quote:
            m = _SPEAKER.search(chunk)
            if m:
                speaker = (m.group("a") or m.group("b") or "").strip().rstrip(".,") or None
        sentences.append(
            Sentence(i, chunk, s, e, line, col, end_line, end_col, headline, quote, speaker)
        )
    title = sentences[0].text if sentences and sentences[0].headline else None
    return Document(path=path, text=text, sentences=tuple(sentences), title=title, doi=doi)


def make_paper(
    paper_text: PaperText,
    *,
    doi: str = "10.5555/spin.test",
    title: str | None = None,
    **fields: Any,
) -> Paper:
    """A Paper whose statements are the sentences of the given abstract."""
    if isinstance(paper_text, str):
        sections: list[tuple[str, str]] = [("abstract", paper_text)]
    elif isinstance(paper_text, Mapping):
        sections = list(paper_text.items())
    else:
        sections = list(paper_text)
    abstract = tuple(Section(h, t) for h, t in sections)
    statements = tuple(
        Statement(h, t[s:e], None, "crossref") for h, t in sections for s, e in split_spans(t)
    )
    return Paper(
        doi=doi,
        title=title,
        abstract=abstract,
        statements=statements,
        sources=("crossref",),
        **fields,
    )


def make_report(
    release_text: str,
    paper_text: PaperText | Paper,
    *,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    title: str | None = None,
) -> Report:
    """Run the real analysis on a release text and a paper (text or Paper)."""
    doc = make_document(release_text)
    paper = paper_text if isinstance(paper_text, Paper) else make_paper(paper_text, title=title)
    return analyse(doc, paper, CheckOptions(select=tuple(select), ignore=tuple(ignore)))


def categories(report: Report) -> set[str]:
    return {f.category for f in report.findings}


def benchmark_module(name: str) -> Any:
    """Import a script of benchmarks/ (``align_bench``, ``align_within``) for its helpers."""
    where = str(Path(__file__).resolve().parent.parent / "benchmarks")
    sys.path.insert(0, where)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(where)
