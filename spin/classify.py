"""Sentence classifiers: claim strength, advice, certainty.

Three small linear models learned from public labelled data (see
``scripts/train_models.py`` and BENCHMARKS.md) and applied here in pure
Python: normalise and tokenise the sentence, look its features up in a
JSON table of weights, sum, softmax.  No scikit-learn at runtime, well
under a millisecond per sentence.

Every prediction carries its *cues*: the features of the sentence that
pushed hardest towards the chosen label (against the runner-up), written
as the words of the sentence itself ("may increase", "associated with"),
so a finding can say why.

Scales:

* :func:`claim_strength` -- 0 no relationship, 1 correlational,
  2 conditional causal, 3 direct causal (Sumner et al. 2014; Yu et al. 2019).
* :func:`advice` -- 0 none, 1 weak, 2 strong (Li, Wang & Yu 2021).
* :func:`certainty` -- 1 (uncertain) to 6 (certain) (Pei & Jurgens 2021).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, NamedTuple

#: bump when the features change; the model files record the version they were built with
FEATURE_VERSION = 3

MODEL_NAMES = ("strength", "advice", "certainty")


@dataclass(frozen=True)
class Prediction:
    label: int
    confidence: float
    #: the words or patterns that decided the label, most important first
    cues: tuple[str, ...] = ()


# --------------------------------------------------------------------------- features

_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u2264": "<",
        "\u2265": ">",
    }
)

# order matters: p-values and percentages before bare numbers
_TOKEN = re.compile(
    r"(?P<pval>\bp\s*(?:value\s*)?[<=>]\s*[0-9.]+(?:\s*[x×]\s*10\S*)?)"
    r"|(?P<pct>[0-9]+(?:[.,][0-9]+)?\s*(?:%|per\s?cent\b))"
    r"|(?P<num>[0-9]+(?:[.,][0-9]+)*)"
    r"|(?P<word>[a-z]+(?:'[a-z]+)?)",
    re.IGNORECASE,
)
_SUFFIXES = ("ingly", "edly", "ing", "ies", "ied", "ed", "es", "ly", "s", "e")
_KEEP = frozenset(
    [
        "is",
        "was",
        "has",
        "does",
        "less",
        "this",
        "thus",
        "as",
        "us",
        "its",
        "yes",
        "his",
        "bias",
        "gas",
        "plus",
        "versus",
        "always",
        "perhaps",
        "series",
        "analysis",
        "diabetes",
    ]
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: increases/increased/increasing/increase -> increas."""
    if word in _KEEP or len(word) <= 3:
        return word
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            base = word[: -len(suf)]
            if suf in ("ies", "ied"):
                return base + "i"
            if suf != "e" and base.endswith("e") and len(base) > 3:
                base = base[:-1]
            return base
    return word


class _Tok(NamedTuple):
    key: str  # normalised form used by the model
    surface: str  # the words as written


def tokens(text: str) -> list[_Tok]:
    """Lower-case word tokens with numbers, percentages and p-values as classes."""
    out = []
    for m in _TOKEN.finditer(text.translate(_QUOTES)):
        kind = m.lastgroup
        surface = m.group(0)
        if kind == "word":
            w = surface.lower()
            if w.endswith("n't"):
                out.append(_Tok(stem(w[:-3]) if w[:-3] not in ("ca", "won") else w[:-3], w[:-3]))
                out.append(_Tok("not", "n't"))
                continue
            if w.endswith("'s"):
                w = w[:-2]
            out.append(_Tok(stem(w), surface))
        else:
            out.append(_Tok(f"<{kind}>", surface))
    return out


_MODAL = r"(?:may|might|could|can|would|possibly|potentially|likely to|appears? to|seems? to)"
_CAUSAL_VERB = (
    r"(?:caus\w*|increas\w*|reduc\w*|decreas\w*|improv\w*|prevent\w*|lead\w*|led|"
    r"contribut\w*|promot\w*|protect\w*|enhanc\w*|lower\w*|rais\w*|rais\w*|affect\w*|"
    r"influenc\w*|result\w*|induc\w*|benefit\w*|help\w*|boost\w*|worsen\w*|trigger\w*|"
    r"driv\w*|drove|cut\w*|slow\w*|delay\w*|mitigat\w*|alleviat\w*|attenuat\w*|elevat\w*|"
    r"impair\w*|damag\w*|harm\w*|treat\w*|cure\w*|kill\w*|block\w*|stop\w*|halt\w*|"
    r"modif\w*|alter\w*|chang\w*|strengthen\w*|weaken\w*|shorten\w*|extend\w*|double\w*|"
    r"halv\w*|trigger\w*|accelerat\w*|explain\w*|play\w* a|activat\w*|inhibit\w*|"
    r"suppress\w*|stimulat\w*)"
)
_ASSOC = r"(?:associat\w*|correlat\w*|link\w*|relat\w*|tied to|connected to|predict\w*)"

#: hand-written cue features (from Yu et al. 2019/2020, Li et al. 2021, hedging lexicons);
#: each is a readable name and a pattern; the model learns its weight.  The patterns are
#: lower-case and run on the lower-cased sentence (twice as fast as re.IGNORECASE).
CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pat))
    for name, pat in (
        ("modal + causal verb", rf"\b{_MODAL}\s+(?:\w+\s+){{0,2}}?{_CAUSAL_VERB}\b"),
        ("modal + association", rf"\b{_MODAL}\s+(?:\w+\s+){{0,2}}?(?:be\s+)?{_ASSOC}\b"),
        ("causal verb", rf"\b{_CAUSAL_VERB}\b"),
        ("association", rf"\b{_ASSOC}\b"),
        (
            "associated with",
            r"\b(?:associated|correlated|linked|related|tied|connected)\s+(?:\w+\s+)?(?:with|to)\b",
        ),
        ("risk factor / predictor", r"\b(?:risk factors?|predictors?|predictive of|marker of)\b"),
        (
            "effect of",
            r"\b(?:effects? of|impacts? of|due to|because of|as a result of|results? in|leads? to|"
            r"led to|attributable to|responsible for)\b",
        ),
        (
            "negated relation",
            r"\b(?:no|not|n't|nor|neither|without|lack of|failed to)\b(?:\s+\w+){0,4}?\s+"
            r"(?:associat\w*|correlat\w*|link\w*|relat\w*|differ\w*|effect\w*|impact\w*|"
            r"predict\w*|increas\w*|reduc\w*|improv\w*|chang\w*|benefit\w*)",
        ),
        ("no significant", r"\b(?:no|not|non)[\s-]+(?:statistically\s+)?significant"),
        (
            "hedge",
            r"\b(?:suggest\w*|may|might|could|possibl\w*|potential\w*|appear\w*|seem\w*|likely|unclear|perhaps|plausibl\w*|indicat\w*|hypothes\w*)\b",
        ),
        (
            "higher/lower than",
            r"\b(?:higher|lower|greater|more|less|fewer|larger|smaller|better|worse)\b(?:\s+\w+){0,5}?\s+than\b",
        ),
        (
            "comparative risk",
            r"\b(?:higher|lower|increased|reduced|decreased|greater|elevated)\s+(?:\w+\s+)?(?:risk|odds|likelihood|incidence|rates?|prevalence|mortality)\b",
        ),
        ("more/less likely", r"\b(?:more|less)\s+likely\b"),
        ("should", r"\bshould\b"),
        ("recommend", r"\b(?:recommend\w*|advis\w*|urg\w*|encourag\w*)\b"),
        (
            "need to",
            r"\b(?:needs?|needed|necessary|essential|important|required?)\s+(?:to|for|that)\b",
        ),
        ("must", r"\bmust\b"),
        ("consider", r"\bconsider\w*\b"),
        (
            "may benefit",
            r"\b(?:may|might|could|can|would)\s+(?:\w+\s+)?(?:benefit|help|be (?:useful|helpful|"
            r"beneficial|considered|warranted|needed|necessary|important|used|offered|preferred|"
            r"an? \w+ option))\b",
        ),
        (
            "suggest that ... be",
            r"\b(?:suggest\w*|support\w*|indicat\w*)\b(?:\s+\w+){0,12}?\s+(?:should|be "
            r"(?:considered|used|offered|given|screened|monitored|evaluated|implemented|encouraged|avoided|"
            r"preferred|recommended))\b",
        ),
        (
            "warranted/caution",
            r"\b(?:warrant\w*|caution\w*|careful\w*|vigilan\w*|awareness|routine\w*|screen\w*|monitor\w*|implement\w*)\b",
        ),
        (
            "option/alternative",
            r"\b(?:option|alternative|feasible|safe and effective|effective and safe|viable|"
            r"first-line|choice)\b",
        ),
        (
            "future research",
            r"\b(?:further|future|larger|additional|more)\s+(?:\w+\s+)?(?:studies|study|research|trials?|investigation|work)\b",
        ),
        ("first person", r"\b(?:we|our)\b"),
        (
            "booster",
            r"\b(?:prove[dns]?|proof|clearly|definitely|certainly|conclusively|undoubtedly|always|will|demonstrat\w*|confirm\w*|establish\w*|show[sn]?|showed)\b",
        ),
        ("number", r"[0-9]"),
    )
)


#: advice cues (Li, Wang & Yu 2021: to whom, implied recommendation, "is warranted"); the
#: ``a:`` features, learned by the advice model only (they did not help claim strength)
ADVICE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pat))
    for name, pat in (
        (
            "addressee",
            r"\b(?:clinicians?|physicians?|doctors?|practitioners?|nurses?|health ?care "
            r"(?:providers?|professionals?|workers?)|providers?|policy ?makers?|surgeons?|"
            r"caregivers?|parents?|public health|guidelines?)\b",
        ),
        (
            "implied benefit",
            r"\b(?:is|are|was|were|be|seems?|appears?)\s+(?:\w+\s+)?(?:safe|feasible|effective|"
            r"useful|beneficial|valuable|promising|helpful|appropriate|reasonable|recommended|"
            r"preferable|acceptable|suitable|well tolerated)\b",
        ),
        (
            "useful tool",
            r"\b(?:useful|valuable|promising|effective|simple|reliable|good|novel)\s+(?:\w+\s+)?"
            r"(?:tool|option|approach|strategy|alternative|method|treatment|therapy|technique|"
            r"intervention|marker|target)\b",
        ),
        (
            "is encouraged",
            r"\b(?:is|are|be)\s+(?:\w+\s+)?(?:encouraged|needed|required|warranted|necessary|"
            r"essential|advisable|recommended|indicated|justified)\b",
        ),
        ("should be", r"\bshould\s+(?:\w+\s+)?be\b"),
        ("should not / avoid", r"\b(?:should|must)\s+not\b|\bavoid\w*\b"),
        (
            "research advice",
            r"\b(?:further|future|larger|more|additional)\s+(?:\w+\s+){0,2}(?:studies|research|"
            r"trials?|investigations?|work)\s+(?:is|are|should|will|would|could|may)\b",
        ),
        (
            "can be used",
            r"\b(?:can|could|may|might)\s+(?:\w+\s+)?be\s+(?:used|applied|considered|offered|"
            r"recommended|adopted|implemented|an?)\b",
        ),
        (
            "clinical practice",
            r"\b(?:clinical practice|in practice|practical|clinical (?:use|application|decision|"
            r"management|implication))\w*\b",
        ),
        ("imperative", r"^(?:consider|use|avoid|screen|ensure|provide|offer|treat)\b"),
    )
)
_DIRECTIVES = ("c:should", "c:must", "c:consider", "c:recommend")


_MODALS = frozenset(
    [
        "may",
        "might",
        "could",
        "can",
        "would",
        "possibl",
        "potential",
        "like",
        "appear",
        "seem",
        "suggest",
    ]
)
_NEGS = frozenset(["not", "no", "without", "nor", "neither", "lack", "never"])
_REL_CAUSAL = re.compile(
    r"^(?:caus|increas|reduc|decreas|improv|prevent|lead|led|contribut|promot|protect|enhanc|"
    r"lower|rais|affect|influenc|result|induc|benefit|help|boost|wors|trigger|driv|cut|slow|"
    r"delay|mitigat|alleviat|attenuat|elevat|impair|damag|harm|treat|cure|kill|block|stop|"
    r"modif|alter|chang|strengthen|weaken|shorten|extend|doubl|accelerat|explain|effect|"
    r"impact|outperform|superior|effective|efficac|activat|inhibit|suppress|stimulat)"
)
_REL_ASSOC = re.compile(
    r"^(?:associat|correlat|link|relat|tied|connect|predict|risk|odd|higher|lower|more|less|"
    r"greater|differ)"
)


def _relation_features(toks: Sequence[_Tok], feats: dict[str, tuple[float, str]]) -> None:
    """Each relation word with what governs it: a modal, a negation, "to", a determiner.

    ``x:C:mod`` is a causal verb under a modal ("may reduce"), ``x:A:neg`` a
    negated association ("not associated"), ``x:C:to`` a purpose clause
    ("to reduce"), which is not a claim.
    """
    keys = [t.key for t in toks]
    n = len(keys)
    for i, w in enumerate(keys):
        kind = "C" if _REL_CAUSAL.match(w) else "A" if _REL_ASSOC.match(w) else None
        if kind is None:
            continue
        lo = max(0, i - 4)
        tags = []
        first = i
        for j in range(lo, i):
            if keys[j] in _MODALS:
                first = min(first, j)
        if first < i:
            tags.append("mod")
        for j in range(lo, i):
            if keys[j] in _NEGS:
                tags.append("neg")
                first = min(first, j)
                break
        if i > 0 and keys[i - 1] == "to":
            tags.append("to")
            first = min(first, i - 1)
        if i > 0 and keys[i - 1] in ("the", "of", "a", "an", "for", "in"):
            tags.append("noun")
            first = min(first, i - 1)
        tag = "+".join(tags)
        nxt = keys[i + 1] if i + 1 < n else "$"
        surface = " ".join(t.surface for t in toks[first : i + 1])
        surface2 = " ".join(t.surface for t in toks[first : i + 2])
        feats.setdefault(f"x:{kind}:{tag}", (1.0, surface))
        feats.setdefault(f"x:{w}:{tag}", (1.0, surface))
        feats.setdefault(f"x:{tag}:{w}:{nxt}", (1.0, surface2))
        if i < n * 0.5:
            feats.setdefault(f"x:early:{kind}:{tag}", (1.0, surface))


Features = Mapping[str, tuple[float, str]]


def features(text: str) -> Features:
    """Feature name -> (value, readable surface text) for one sentence.

    Unigrams ``w:``, bigrams ``b:`` of the normalised tokens, inflected words ``u:``
    ("lowered", "increases") beside their stems, relations in context ``x:``, the
    hand-written cues ``c:`` and the advice cues ``a:`` (which only the advice model
    learns from).  Values are 1.0 (binary).  Computed once per sentence and cached (the
    three classifiers share it); the mapping is read-only.
    """
    return _features(text)


#: endings whose inflected word is a feature of its own (``u:``) besides its stem
_INFLECTED = ("ed", "es", "s", "er", "ing")


@lru_cache(maxsize=8192)
def _features(text: str) -> Features:
    toks = tokens(text)
    feats: dict[str, tuple[float, str]] = {}
    for i, t in enumerate(toks):
        feats.setdefault("w:" + t.key, (1.0, t.surface))
        if i + 1 < len(toks):
            n = toks[i + 1]
            feats.setdefault(f"b:{t.key} {n.key}", (1.0, f"{t.surface} {n.surface}"))
    if toks:
        feats.setdefault("b:^ " + toks[0].key, (1.0, toks[0].surface))
    for t in toks:
        # the inflected form beside its stem: "lowered" (a finding) is not "lower" (a
        # comparison), "increases" not "increased"
        w = t.surface.lower()
        if w.endswith(_INFLECTED) and w != t.key and not t.key.startswith("<"):
            feats.setdefault("u:" + w, (1.0, t.surface))
    _relation_features(toks, feats)
    clean = text.translate(_QUOTES).lower()
    for name, pat in CUES:
        m = pat.search(clean)
        if m:
            feats["c:" + name] = (1.0, m.group(0).strip())
    for name, pat in ADVICE_CUES:
        m = pat.search(clean)
        if m:
            feats["a:" + name] = (1.0, m.group(0).strip())
    if "a:addressee" in feats and any(d in feats for d in _DIRECTIVES):
        feats["a:addressee + directive"] = (1.0, feats["a:addressee"][1])
    return MappingProxyType(feats)


# --------------------------------------------------------------------------- models


#: function words never shown alone as cues (they still count in the model)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "and",
        "or",
        "but",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "their",
        "our",
        "we",
        "they",
        "there",
        "than",
        "which",
        "who",
        "what",
        "when",
        "also",
        "study",
        "studies",
        "findings",
        "results",
        "data",
        "patients",
        "people",
        "participants",
    ]
)


#: (class weights, feature value, surface text, feature name)
_Hit = tuple[tuple[float, ...], float, str, str]


@dataclass(frozen=True)
class LinearModel:
    """A linear model over :func:`features`: one weight vector per class.

    ``kind`` is ``"softmax"`` (classes, probabilities by softmax) or
    ``"regression"`` (one output, ``intercept + sum(weights)``, clipped).
    """

    name: str
    kind: str
    classes: tuple[int, ...]
    intercept: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    clip: tuple[float, float] | None = None
    meta: Mapping[str, Any] | None = None

    def hits(self, feats: Mapping[str, tuple[float, str]]) -> list[_Hit]:
        """The features of ``feats`` this model has weights for, in order."""
        get = self.weights.get
        return [
            (w, v, surface, f) for f, (v, surface) in feats.items() if (w := get(f)) is not None
        ]

    def _scores(self, hits: Sequence[_Hit]) -> list[float]:
        if not hits:
            return list(self.intercept)
        if all(h[1] == 1.0 for h in hits):  # binary features: column sums, no multiply
            cols = zip(*(h[0] for h in hits), strict=True)
            return [sum(c, i) for i, c in zip(self.intercept, cols, strict=True)]
        s = list(self.intercept)
        for w, v, _, _ in hits:
            for c in range(len(s)):
                s[c] += w[c] * v
        return s

    def scores(self, feats: Mapping[str, tuple[float, str]]) -> list[float]:
        return self._scores(self.hits(feats))

    def predict(self, text: str, *, n_cues: int = 3) -> Prediction:
        return self.predict_features(features(text), n_cues=n_cues)

    def predict_features(
        self, feats: Mapping[str, tuple[float, str]], *, n_cues: int = 3
    ) -> Prediction:
        return self._predict(self.hits(feats), n_cues)[0]

    def _predict(self, hits: Sequence[_Hit], n_cues: int) -> tuple[Prediction, list[float]]:
        """The prediction and the class probabilities."""
        s = self._scores(hits)
        m = max(s)
        exps = [math.exp(x - m) for x in s]
        z = sum(exps)
        order = sorted(range(len(s)), key=lambda c: -s[c])
        best = order[0]
        second = order[1] if len(order) > 1 else best
        pred = Prediction(
            self.classes[best], round(1.0 / z, 4), self._cues(hits, best, second, n_cues)
        )
        return pred, [e / z for e in exps]

    def predict_with_expectation(
        self, feats: Mapping[str, tuple[float, str]]
    ) -> tuple[Prediction, float]:
        """The prediction and the probability-weighted class value."""
        pred, probs = self._predict(self.hits(feats), 3)
        return pred, sum(c * p for c, p in zip(self.classes, probs, strict=True))

    def probabilities_of(self, feats: Mapping[str, tuple[float, str]]) -> dict[int, float]:
        s = self.scores(feats)
        m = max(s)
        exps = [math.exp(x - m) for x in s]
        z = sum(exps)
        return {c: e / z for c, e in zip(self.classes, exps, strict=True)}

    def probabilities(self, text: str) -> dict[int, float]:
        return self.probabilities_of(features(text))

    def expected_of(self, feats: Mapping[str, tuple[float, str]]) -> float:
        return sum(c * p for c, p in self.probabilities_of(feats).items())

    def value_of(self, feats: Mapping[str, tuple[float, str]]) -> tuple[float, tuple[str, ...]]:
        hits = self.hits(feats)
        y = self._scores(hits)[0]
        if self.clip:
            y = min(max(y, self.clip[0]), self.clip[1])
        return y, self._cues(hits, 0, None, 3, signed=True)

    def value(self, text: str) -> tuple[float, tuple[str, ...]]:
        return self.value_of(features(text))

    def _cues(
        self,
        hits: Sequence[_Hit],
        best: int,
        second: int | None,
        n: int,
        *,
        signed: bool = False,
    ) -> tuple[str, ...]:
        contrib: list[tuple[float, str]] = []
        other = second is not None and second != best
        for w, v, surface, f in hits:
            if f == "c:number":
                continue
            d = (w[best] - (w[second] if other else 0.0)) * v  # type: ignore[index]
            if signed:
                d = abs(d)
            if d > 0:
                contrib.append((d, surface))
        contrib.sort(key=lambda x: -x[0])
        out: list[str] = []
        for _, surface in contrib:
            s = surface.lower()
            if not set(s.split()) - _STOP:
                continue  # "the", "was in": not an explanation
            # skip a cue already covered by a longer one ("may" inside "may increase")
            if any(s in o for o in out):
                continue
            out = [o for o in out if o not in s]
            out.append(s)
            if len(out) >= n:
                break
        return tuple(out)

    # ------------------------------------------------------------ serialisation

    def to_json(self) -> dict[str, Any]:
        names = sorted(self.weights)
        return {
            "name": self.name,
            "kind": self.kind,
            "feature_version": FEATURE_VERSION,
            "classes": list(self.classes),
            "intercept": [round(x, 5) for x in self.intercept],
            "clip": list(self.clip) if self.clip else None,
            "meta": dict(self.meta or {}),
            "features": names,
            "weights": [[round(x, 4) for x in self.weights[f]] for f in names],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinearModel:
        names: Sequence[str] = data["features"]
        rows: Sequence[Sequence[float]] = data["weights"]
        clip = data.get("clip")
        return cls(
            name=str(data["name"]),
            kind=str(data["kind"]),
            classes=tuple(int(c) for c in data["classes"]),
            intercept=tuple(float(x) for x in data["intercept"]),
            weights={f: tuple(float(x) for x in r) for f, r in zip(names, rows, strict=True)},
            clip=(float(clip[0]), float(clip[1])) if clip else None,
            meta=data.get("meta") or {},
        )


def _read_model_file(name: str) -> dict[str, Any]:
    from spin.errors import ConfigError

    try:
        node = resources.files("spin") / "data" / "models" / name
        if name.endswith(".gz"):
            import gzip

            raw = gzip.decompress(node.read_bytes()).decode("utf-8")
        else:
            raw = node.read_text("utf-8")
        data: dict[str, Any] = json.loads(raw)
    except (OSError, ValueError, EOFError) as exc:
        raise ConfigError(f"classifier model {name!r} is missing or damaged: {exc}") from exc
    if data.get("feature_version") != FEATURE_VERSION:
        raise ConfigError(
            f"classifier model {name!r} was built for features v{data.get('feature_version')}, "
            f"this spin uses v{FEATURE_VERSION}: rebuild it with scripts/train_models.py"
        )
    return data


@cache
def load_model(name: str) -> LinearModel:
    """The runtime model ``name`` (``strength``, ``advice`` or ``certainty``), stored
    gzipped as ``<name>.json.gz``."""
    return LinearModel.from_json(_read_model_file(f"{name}.json.gz"))


def folds_to_json(models: Sequence[LinearModel], fold_of: Mapping[str, int]) -> dict[str, Any]:
    """The fold models and the fold map in one document, compactly: the union of the
    models' feature names once (sorted), then per model one weight row per name (null
    where that model has no such feature). Read back by :func:`load_fold_models`."""
    names = sorted({f for m in models for f in m.weights})
    folds = []
    for m in models:
        doc = m.to_json()
        rows = dict(zip(doc.pop("features"), doc.pop("weights"), strict=True))
        del doc["feature_version"]
        doc["weights"] = [rows.get(f) for f in names]
        folds.append(doc)
    return {
        "name": models[0].name if models else "",
        "feature_version": FEATURE_VERSION,
        "features": names,
        "folds": folds,
        "fold_of": dict(sorted(fold_of.items())),
    }


@cache
def load_fold_models(name: str) -> tuple[tuple[LinearModel, ...], dict[str, int]]:
    """The out-of-fold models of ``name`` and the fold of every training sentence.

    Fold ``k``'s model learned from every training sentence outside fold ``k``;
    the fold map is keyed by :func:`sentence_key`.  Models without folds
    (certainty, which has a held-out test split) return ``((), {})``.
    """
    node = resources.files("spin") / "data" / "models" / f"{name}.folds.json.gz"
    if not node.is_file():
        return (), {}
    return folds_from_json(_read_model_file(f"{name}.folds.json.gz"))


def folds_from_json(
    data: Mapping[str, Any],
) -> tuple[tuple[LinearModel, ...], dict[str, int]]:
    """The fold models and fold map of a :func:`folds_to_json` document."""
    names: Sequence[str] = data["features"]
    folds = []
    for doc in data.get("folds", ()):
        kept = [(f, r) for f, r in zip(names, doc["weights"], strict=True) if r is not None]
        doc = dict(doc, features=[f for f, _ in kept], weights=[r for _, r in kept])
        folds.append(LinearModel.from_json(doc))
    fold_of = {str(k): int(v) for k, v in (data.get("fold_of") or {}).items()}
    return tuple(folds), fold_of


def sentence_key(text: str) -> str:
    """A short stable key of a sentence (case and spacing ignored) for the fold map."""
    import hashlib

    norm = " ".join(text.translate(_QUOTES).lower().split())
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=6).hexdigest()


# --------------------------------------------------------------------------- public API


def claim_strength(text: str) -> Prediction:
    """0 no relationship, 1 correlational, 2 conditional causal, 3 direct causal."""
    return load_model("strength").predict(text)


def advice(text: str) -> Prediction:
    """0 no advice, 1 weak advice, 2 strong advice (Li et al. 2021)."""
    return load_model("advice").predict(text)


def certainty(text: str) -> float:
    """Sentence-level certainty on Pei & Jurgens' 1 (uncertain) to 6 (certain) scale."""
    return round(load_model("certainty").value(text)[0], 3)


def certainty_cues(text: str) -> tuple[float, tuple[str, ...]]:
    """:func:`certainty` and the words that moved it most (either way)."""
    y, cues = load_model("certainty").value(text)
    return round(y, 3), cues


@dataclass(frozen=True)
class Judgement:
    """All three classifiers on one sentence (see :func:`classify_all`)."""

    strength: Prediction
    advice: Prediction
    certainty: float
    certainty_cues: tuple[str, ...]
    #: probability-weighted claim strength, 0..3
    expected_strength: float


def classify_all(text: str) -> Judgement:
    """Claim strength, advice and certainty of ``text``, its features extracted once.

    The same answers as :func:`claim_strength`, :func:`advice` and
    :func:`certainty_cues` called one by one (they share the cached
    features too), in one call.
    """
    feats = features(text)
    strength, expected = load_model("strength").predict_with_expectation(feats)
    y, ccues = load_model("certainty").value_of(feats)
    return Judgement(
        strength=strength,
        advice=load_model("advice").predict_features(feats),
        certainty=round(y, 3),
        certainty_cues=ccues,
        expected_strength=expected,
    )


def expected_strength(text: str) -> float:
    """The probability-weighted claim strength (0..3): a graded version of the label."""
    return load_model("strength").expected_of(features(text))


def clear_caches() -> None:
    """Forget the cached features and stems (benchmarks; tests)."""
    _features.cache_clear()
    stem.cache_clear()


def batch(func: Any, texts: Iterable[str]) -> list[Any]:
    return [func(t) for t in texts]
