"""The rule catalogue as Markdown (docs/rules.md is generated from it).

Regenerate with ``python -m spin.rules.catalog > docs/rules.md``; a test checks
that the file is in sync with the rules' docstrings.
"""

from __future__ import annotations

from spin.model import CATEGORIES

INTRO = """\
# spin rules

Every rule has a stable code, a kebab-case name, a category (the contract of the
JSON output), a default severity and a rationale citing the study it rests on.
Select or ignore rules by code, name or category: `spin check --select C101`,
`--ignore hype`, `--select causal_overstatement`.  `spin rules` lists them and
`spin explain CODE|NAME` prints one page below.

Codes are grouped by family: S1xx paper status, U1xx support and contradiction,
C1xx causal language, K1xx certainty, P1xx species and population, A1xx advice,
N1xx numbers, H1xx hype and novelty, O1xx omissions.

The claim features the rules read (claim strength, hedges and boosters,
negation, who the finding is about, advice, numbers, hype and novelty words)
come from `spin.claims`; the word lists are in `spin/data/lexicons`, each with
its source (see `SOURCES.md` there).  Negated and hedged release claims are
never overstatements; quotes are claims, and findings on them name the
speaker.

This file is generated: `python -m spin.rules.catalog > docs/rules.md`.
"""


def markdown() -> str:
    """The catalogue: a summary table, then one section per rule."""
    from spin.rules import ALL_RULES

    lines = [INTRO, "| code | name | category | severity | summary |", "|---|---|---|---|---|"]
    order = {c: i for i, c in enumerate(CATEGORIES)}
    rules = sorted(ALL_RULES, key=lambda r: (order.get(r.category, 99), r.code))
    for r in rules:
        lines.append(f"| {r.code} | `{r.name}` | `{r.category}` | {r.severity} | {r.summary} |")
    for r in rules:
        lines += ["", f"## {r.code} {r.name}", "", f"*{r.category}, {r.severity}*", "", r.doc]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(markdown(), end="")
