"""The rule registry: every rule, selection by code, name or category, and running.

Rules live one family per module (``status``, ``support``, ...); each module
exports its rules in ``RULES``.  Codes are stable once released and grouped by
family: S1xx paper status, U1xx support and contradiction, C1xx causal, K1xx
certainty, P1xx species and population, A1xx advice, N1xx numbers, H1xx hype
and novelty, O1xx omissions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spin.errors import ConfigError
from spin.model import Finding
from spin.rules import (
    advice,
    causal,
    certainty,
    contradiction,
    hype,
    numbers,
    omissions,
    species,
    status,
    support,
)
from spin.rules.base import Rule, RuleContext

FAMILIES = (
    status,
    support,
    contradiction,
    causal,
    certainty,
    species,
    advice,
    numbers,
    hype,
    omissions,
)

ALL_RULES: tuple[Rule, ...] = tuple(r for fam in FAMILIES for r in fam.RULES)

__all__ = ["ALL_RULES", "Rule", "RuleContext", "find_rule", "resolve", "run_rules", "select_rules"]


def find_rule(key: str) -> Rule | None:
    """A rule by code or name (case-insensitive)."""
    k = key.strip().lower()
    for r in ALL_RULES:
        if r.code.lower() == k or r.name == k:
            return r
    return None


def resolve(keys: Iterable[str], *, what: str = "rule") -> set[str]:
    """Codes matching each key (a code, a name, a category or ``ALL``)."""
    codes: set[str] = set()
    for key in keys:
        k = key.strip()
        if not k:
            continue
        if k.upper() == "ALL":
            codes.update(r.code for r in ALL_RULES)
            continue
        matched = [
            r.code
            for r in ALL_RULES
            if r.code.lower() == k.lower()
            or r.name == k.lower()
            or r.category == k.lower()
            or (len(k) < 4 and r.code.startswith(k.upper()))  # a family: "S", "S1"
        ]
        if not matched:
            raise ConfigError(
                f"unknown {what} {k!r}: see 'spin rules' for codes, names and categories"
            )
        codes.update(matched)
    return codes


def select_rules(select: Sequence[str] = (), ignore: Sequence[str] = ()) -> tuple[Rule, ...]:
    """The rules enabled by ``select`` (all when empty) minus ``ignore``."""
    chosen = resolve(select) if select else {r.code for r in ALL_RULES}
    chosen -= resolve(ignore)
    return tuple(r for r in ALL_RULES if r.code in chosen)


def run_rules(ctx: RuleContext, rules: Sequence[Rule] = ALL_RULES) -> list[Finding]:
    """Run ``rules`` over ``ctx``; findings ordered by release position, then code."""
    findings: list[Finding] = []
    for r in rules:
        findings.extend(r.check(r, ctx))
    findings.sort(
        key=lambda f: (
            f.release is None,
            f.release.start if f.release else 0,
            f.code,
        )
    )
    # document-level paper status first: a retraction is the first thing to see
    findings.sort(key=lambda f: 0 if f.category in ("paper_retracted", "paper_corrected") else 1)
    return findings
