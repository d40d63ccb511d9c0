"""Sentence classifiers: claim strength, advice, certainty.

INTERFACE STUB: the learned models replace the bodies; the signatures stay.
Every prediction carries the cues that decided it, so findings can explain it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Prediction:
    label: int
    confidence: float
    #: the words or patterns that decided the label, most important first
    cues: tuple[str, ...] = ()


_CAUSAL = re.compile(r"\b(causes?|caused|leads? to|reduces?|increases?|improves?|prevents?|treats?|boosts?)\b", re.I)
_COND = re.compile(r"\b(may|might|could|can)\s+(\w+\s+)?(cause|lead|reduce|increase|improve|prevent|treat|boost)", re.I)
_CORR = re.compile(r"\b(associated|linked|correlated|related|association)\b", re.I)


def claim_strength(text: str) -> Prediction:
    """0 no relationship, 1 correlational, 2 conditional causal, 3 direct causal."""
    if m := _COND.search(text):
        return Prediction(2, 0.5, (m.group(0),))
    if m := _CAUSAL.search(text):
        return Prediction(3, 0.5, (m.group(0),))
    if m := _CORR.search(text):
        return Prediction(1, 0.5, (m.group(0),))
    return Prediction(0, 0.5, ())


def advice(text: str) -> Prediction:
    """0 no advice, 1 weak advice, 2 strong advice (Li et al. 2021)."""
    if m := re.search(r"\b(should|must|recommend\w*)\b", text, re.I):
        return Prediction(2, 0.5, (m.group(0),))
    if m := re.search(r"\b(may need|consider|might benefit)\b", text, re.I):
        return Prediction(1, 0.5, (m.group(0),))
    return Prediction(0, 0.5, ())


def certainty(text: str) -> float:
    """Sentence-level certainty on Pei & Jurgens' 1 (uncertain) to 6 (certain) scale."""
    return 3.5 if re.search(r"\b(may|might|could|suggest\w*|possibl\w*)\b", text, re.I) else 5.0
