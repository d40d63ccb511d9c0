"""Reports built from spin.model objects for the CI-mode renderer tests.

They carry what CI output must get right: every severity, a sentence that spans
two lines, a document-level finding, a quote with a speaker, and text full of
characters that need escaping (``%``, ``:``, ``,``, newlines, ``|``, ``<``).
All text is invented; DOIs are under the 10.5555 test prefix.
"""

from __future__ import annotations

from pathlib import Path

from spin.model import (
    Document,
    Evidence,
    Finding,
    Location,
    Paper,
    Report,
    Sentence,
    Statement,
)
from spin.text import LineIndex, split_spans

GOLDEN_CI = Path(__file__).resolve().parent / "golden" / "ci"

RELEASE = (
    "# Walnuts halve heart attacks: 50% fewer, say scientists\n"
    "\n"
    "Eating walnuts every day cuts the risk of a heart attack by 50%, a study of\n"
    "40 mice has shown.\n"
    "\n"
    '"This is a game-changer, truly | unprecedented <b>news</b>," said Prof. Lin Ode.\n'
    "\n"
    "Everyone should eat a handful a day.\n"
)


def sentences(text: str) -> tuple[Sentence, ...]:
    idx = LineIndex(text)
    out: list[Sentence] = []
    for i, (s, e) in enumerate(split_spans(text)):
        line, col = idx.position(s)
        end_line, end_col = idx.position(e - 1)
        body = text[s:e]
        quote = body.startswith('"')
        out.append(
            Sentence(
                i,
                body,
                s,
                e,
                line,
                col,
                end_line,
                end_col,
                headline=i == 0,
                quote=quote,
                speaker="Prof. Lin Ode" if quote else None,
            )
        )
    return tuple(out)


def paper(doi: str = "10.5555/ci.walnut.2025", status: str = "ok") -> Paper:
    return Paper(
        doi=doi,
        title="Dietary walnut supplementation and atherosclerosis in ApoE-/- mice",
        journal="Journal of Invented Results",
        published="2025-01-15",
        status=status,  # type: ignore[arg-type]
        statements=(
            Statement(
                "Methods", "Forty ApoE-/- mice were fed a walnut-enriched diet for 12 weeks."
            ),
            Statement("Results", "Plaque area was 18% smaller in walnut-fed mice (p = 0.04)."),
        ),
        sources=("local",),
    )


def findings(sents: tuple[Sentence, ...]) -> tuple[Finding, ...]:
    head, claim, quote, advice = sents[-4:]
    ev = Evidence(
        "Plaque area was 18% smaller in walnut-fed mice (p = 0.04).", "Results", 0.5123, "local"
    )
    return (
        Finding(
            "S102",
            "paper-corrected",
            "paper_corrected",
            "warning",
            "The paper doi:10.5555/ci.walnut.2025 has a correction, check it.",
            suggestion="Read the notice.",
        ),
        Finding(
            "X901",
            "number-mismatch",
            "number_mismatch",
            "error",
            "50% (release) vs 18% (paper): the numbers differ, for the same quantity.",
            release=Location.of(head),
            evidence=(ev,),
            sentence=0,
        ),
        Finding(
            "X902",
            "species-extrapolation",
            "species_extrapolation",
            "error",
            "A result in mice is presented as about people.\nSee Methods: mice.",
            release=Location.of(claim),
            evidence=(ev,),
            suggestion="Say “in mice” in the first sentence.",
            sentence=1,
        ),
        Finding(
            "X903",
            "hype",
            "hype",
            "info",
            "“game-changer”, “unprecedented”: promotional wording.",
            release=Location.of(quote),
            sentence=2,
            speaker="Prof. Lin Ode",
        ),
        Finding(
            "X904",
            "advice-not-in-source",
            "advice_not_in_source",
            "warning",
            "Advice (“should eat”) the paper never gives.",
            release=Location.of(advice),
            sentence=3,
            suggestion="Drop the advice.",
        ),
    )


def document(path: str = "drafts/walnut.md", text: str = RELEASE) -> Document:
    sents = sentences(text)
    return Document(
        path=path,
        text=text,
        sentences=sents,
        title=sents[0].text,
        doi="10.5555/ci.walnut.2025",
        media_type="markdown",
    )


def report(path: str = "drafts/walnut.md", **paper_kw: str) -> Report:
    doc = document(path)
    return Report(
        release=doc,
        paper=paper(**paper_kw),
        alignment=(),
        findings=findings(doc.sentences),
        tool_version="0.0.0+golden",
    )


def clean_report(path: str = "drafts/clean.txt") -> Report:
    text = "Walnut-fed mice had 18% smaller plaques, a study in mice found.\n"
    doc = Document(path=path, text=text, sentences=sentences(text), media_type="text")
    return Report(
        release=doc, paper=paper(), alignment=(), findings=(), tool_version="0.0.0+golden"
    )


def check_golden(name: str, text: str) -> None:
    """Compare with tests/golden/ci/<name>; SPIN_UPDATE_GOLDEN=1 rewrites it."""
    import difflib
    import os

    path = GOLDEN_CI / name
    if os.environ.get("SPIN_UPDATE_GOLDEN", "") not in ("", "0"):
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        return
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(True), text.splitlines(True), f"golden/ci/{name}", "actual"
            )
        )
        raise AssertionError(f"output differs from golden/ci/{name}:\n{diff}")
