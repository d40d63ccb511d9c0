"""Alignment of release sentences with paper statements.

Every release sentence is scored against every paper statement and keeps its
best matches with a support level (``strong``, ``weak``, ``none``).

The score (in [0, 1]) combines, with weights chosen by measurement
(docs/alignment.md, ``benchmarks/align_bench.py``):

* ``lexical``: an idf-weighted cosine over normalised terms (case and accents
  folded, stop words dropped, light stemming, numbers kept, press-release
  synonyms mapped to one term).  The idf mixes the paper's own statements
  with a background table shipped in ``spin/data/align_idf.json`` (built by
  ``scripts/build_align_idf.py`` from public sentence sets that do not overlap
  the evaluation data).
* ``bigram``: the same cosine over adjacent term pairs (word order, phrases).
* ``number``: the share of the sentence's numbers that the statement repeats.
* ``fuzzy``: rapidfuzz ``token_set_ratio`` of the normalised texts, computed
  for the whole matrix in one vectorised ``process.cdist`` call.
* ``embed`` (optional): the cosine of sentence embeddings
  (:mod:`spin.embed`): MiniLM or mpnet when the ``embed`` extra and their
  packages are installed, or the built-in static word vectors when asked for
  (``SPIN_ALIGN_EMBED_MODEL=static``); left out with ``SPIN_ALIGN_EMBED=0``.
  Each model has its own weight (``EMBED_WEIGHTS``) and support thresholds
  (``EMBED_THRESHOLDS``), chosen on train.

Heavy imports (numpy, rapidfuzz) stay inside the functions.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

from spin.model import Alignment, Document, Match, Paper, Support

__all__ = [
    "DEFAULT_PARAMS",
    "EMBED_THRESHOLDS",
    "EMBED_WEIGHTS",
    "STRONG",
    "STRONG_EMBED",
    "WEAK",
    "WEAK_EMBED",
    "Params",
    "align",
    "embed_weight",
    "normalize",
    "score_matrix",
    "terms",
    "thresholds",
    "uses_embedding",
]

#: Best-match score at or above which a sentence counts as strongly supported:
#: the lowest score that at most 5% of train release conclusions reach when
#: their own abstract conclusion is absent (benchmarks/align_bench.py).
STRONG = 0.29
#: Best-match score at or above which a sentence counts as weakly supported:
#: the largest Youden's J between train conclusions whose own abstract
#: conclusion is present and absent (docs/alignment.md).
WEAK = 0.22
#: The same two thresholds, measured the same way on train, for the score with
#: the embedding part (when :func:`uses_embedding`) of the MiniLM model.
STRONG_EMBED = 0.38
WEAK_EMBED = 0.32
#: weight of the embedding part for each model, chosen on train only
#: (``benchmarks/align_bench.py --tune``: the weight best in the most bootstrap
#: resamples of four tuning-pool groups; docs/alignment.md)
EMBED_WEIGHTS: dict[str, float] = {"static": 0.8, "minilm": 1.2, "mpnet": 1.2}
#: (strong, weak) for the score with each embedding model (spin.embed.MODELS),
#: measured the same way on train.
EMBED_THRESHOLDS: dict[str, tuple[float, float]] = {
    "minilm": (STRONG_EMBED, WEAK_EMBED),
    "mpnet": (0.39, 0.35),
    "static": (0.40, 0.385),
}
#: Factor on the score of a statement from the paper's background or introduction
#: (``Statement.is_context``): what was known before the study is rarely what a
#: release sentence reports.  Chosen on the dev split of the within-paper labels
#: (the best mean P@1 of the four aligners among 1, 0.9, 0.8, 0.7, 0.5;
#: benchmarks/align_within.py, docs/alignment.md).
CONTEXT_WEIGHT = 0.8
#: Factor on the score of a methods statement (``Statement.is_methods``) for a release
#: sentence that makes a claim: a finding is reported from the results and
#: conclusions, while its design words ("a single injection", "in mice") also match
#: the methods.  Chosen on the same dev split the same way (1, 0.9, 0.8, 0.7, 0.6).
METHODS_WEIGHT = 0.7


@dataclass(frozen=True)
class Params:
    """Knobs of the score (the defaults are the measured choice)."""

    lexical: float = 1.0
    bigram: float = 0.3
    number: float = 0.1
    fuzzy: float = 0.3
    #: weight of the sentence-embedding cosine (spin.embed); None: the weight of
    #: the model in use (``EMBED_WEIGHTS``); 0 leaves the part out.  Only used
    #: when SPIN_ALIGN_EMBED is not 0.
    embed: float | None = None
    #: rapidfuzz scorer for the fuzzy part: token_set_ratio | token_sort_ratio | ratio | WRatio
    scorer: str = "token_set_ratio"
    #: pivoted length normalisation of the statements (1: plain cosine; lower
    #: favours statements shorter than the average)
    pivot: float = 0.5
    #: weight of the background table in the idf (0: the statements alone)
    background: float = 1.0
    #: weight of the candidates' own document frequencies in the idf
    local: float = 1.0
    #: map press-release wording to the abstract's (people -> participants, ...)
    synonyms: bool = True
    #: stem terms (False: keep words as written)
    stem: bool = True
    #: cut stems to this many characters (0: no cut)
    truncate: int = 5
    #: drop press-release attribution ("according to a study in The BMJ")
    strip_attribution: bool = True
    #: add acronym terms ("Parkinson's disease" also counts as "pd")
    acronyms: bool = False
    #: a background table (documents, {term: df}) instead of the shipped one
    table: tuple[int, dict[str, int]] | None = field(default=None, compare=False, hash=False)


DEFAULT_PARAMS = Params()

# --------------------------------------------------------------------------- normalisation

_STOP_TEXT = """
    a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself nor now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves also may might must shall s t
    new study studies research researchers researcher scientists scientist team findings finding
    results result show shows showed shown suggest suggests suggested suggesting found find finds
    say says said according published journal today week university report reports reported
    data evidence
    """
STOP_WORDS = frozenset(_STOP_TEXT.split())

# Press releases say "people", abstracts "participants"; each group maps to its first term.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("participants", "people", "patients", "subjects", "individuals", "persons", "adults"),
    ("children", "kids", "child", "paediatric", "pediatric", "youngsters"),
    ("infants", "babies", "baby", "newborns", "newborn", "neonates", "neonatal", "infant"),
    ("women", "woman", "female", "females", "mothers", "maternal"),
    ("men", "man", "male", "males"),
    ("elderly", "older adults", "older people", "aged"),
    (
        "associated",
        "association",
        "associations",
        "linked",
        "link",
        "links",
        "tied",
        "correlated",
        "correlation",
        "related",
        "relationship",
    ),
    (
        "increase",
        "increases",
        "increased",
        "raise",
        "raises",
        "raised",
        "higher",
        "greater",
        "boost",
        "boosts",
        "elevated",
    ),
    (
        "decrease",
        "decreases",
        "decreased",
        "reduce",
        "reduces",
        "reduced",
        "reduction",
        "lower",
        "lowers",
        "cut",
        "cuts",
        "less",
        "fewer",
        "drop",
        "decline",
    ),
    ("death", "deaths", "die", "dying", "died", "mortality", "fatal"),
    ("heart", "cardiac", "cardiovascular", "coronary"),
    ("brain", "cerebral", "neural", "cognitive"),
    (
        "cancer",
        "cancers",
        "tumour",
        "tumours",
        "tumor",
        "tumors",
        "carcinoma",
        "malignancy",
        "malignancies",
        "oncology",
    ),
    ("kidney", "renal"),
    ("lung", "pulmonary", "respiratory"),
    ("liver", "hepatic"),
    ("pregnancy", "pregnant", "prenatal", "antenatal", "gestation", "gestational"),
    ("obesity", "obese", "overweight", "fat", "bmi"),
    ("weight", "body mass"),
    ("smoking", "smokers", "smoker", "smoke", "tobacco", "cigarette", "cigarettes"),
    ("alcohol", "drinking", "drinkers", "drink", "drinks"),
    ("exercise", "physical activity", "fitness", "sport"),
    ("diet", "dietary", "eating", "food", "foods", "nutrition", "nutritional", "intake"),
    ("drug", "drugs", "medication", "medications", "medicine", "medicines", "pharmacological"),
    (
        "treatment",
        "treatments",
        "therapy",
        "therapies",
        "therapeutic",
        "intervention",
        "interventions",
        "treat",
        "treating",
        "treated",
    ),
    ("mental", "psychiatric", "psychological"),
    ("depression", "depressive", "depressed"),
    ("doctors", "doctor", "physicians", "physician", "clinicians", "gps", "gp"),
    ("hospital", "hospitals", "hospitalisation", "hospitalization", "admission", "admissions"),
    ("blood pressure", "hypertension", "hypertensive"),
    ("mice", "mouse", "rodents", "rodent", "murine"),
    ("rats", "rat"),
    (
        "effective",
        "efficacy",
        "efficacious",
        "effectiveness",
        "works",
        "benefit",
        "benefits",
        "beneficial",
    ),
    ("risk", "risks", "odds", "hazard", "likelihood", "chance", "likely"),
    ("cause", "causes", "caused", "causing", "lead", "leads", "led", "trigger", "triggers"),
    ("prevent", "prevents", "prevented", "prevention", "protect", "protects", "protective"),
    ("improve", "improves", "improved", "improvement", "improvements", "better"),
    ("sleep", "sleeping", "insomnia"),
    ("genes", "gene", "genetic", "genetics", "genome", "genomic", "dna"),
    ("siblings", "sibling", "brothers and sisters", "brothers", "sisters"),
    ("exacerbations", "exacerbation", "attacks", "attack", "flare-ups", "flare-up", "flares"),
    (
        "adherence",
        "adhere",
        "adhered",
        "adherent",
        "keep up with",
        "stick with",
        "stuck with",
        "compliance",
    ),
    ("attenuated", "weaker", "weakened"),
    ("imprecise", "uncertain", "less certain"),
)

_ATTRIBUTION = re.compile(
    r"""
    ,?\s*(?:according\ to|suggests?|concludes?|finds?|reveals?|reports?|says?|shows?)
      \s+(?:the\ )?(?:findings|results|authors|researchers|a\ (?:new\ |small\ |large\ )?
      (?:study|analysis|review|trial|survey|paper))\b[^.;]*
    | ,?\s*(?:a\ |the\ )?(?:new\ |small\ |large\ )?(?:study|research|analysis|paper|review)
      \s+(?:published|reported|appearing|presented)\s+(?:online\s+)?in\b[^.;,]*
    | ,?\s*published\s+(?:online\s+)?in\s+(?:the\s+)?(?:journal\s+)?[A-Z][^.;,]*
    """,
    re.VERBOSE,
)

_TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)?")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z]?[A-Z]{1,5}s?\b")

# suffix, replacement; the first that applies wins (longest first)
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ational", "ate"),
    ("ization", "ize"),
    ("isation", "ize"),
    ("fulness", "ful"),
    ("iveness", "ive"),
    ("ousness", "ous"),
    ("liness", ""),
    ("iness", "y"),
    ("ations", "ate"),
    ("ation", "ate"),
    ("ities", "ity"),
    ("ments", "ment"),
    ("ness", ""),
    ("ingly", ""),
    ("edly", ""),
    ("ies", "y"),
    ("ing", ""),
    ("ied", "y"),
    ("ed", ""),
    ("ly", ""),
    ("es", ""),
    ("s", ""),
)


def stem(word: str) -> str:
    """A light suffix-stripping stemmer (numbers and short words unchanged)."""
    if len(word) <= 3 or word[0].isdigit():
        return word
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            word = word[: -len(suffix)] + repl
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


def fold(text: str) -> str:
    """Lower case, accents removed, thousands separators dropped."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return _THOUSANDS.sub("", t.lower())


def synonym_heads() -> dict[str, str]:
    """Each synonym (lower case, spaces as underscores in the heads) -> the head term of
    its group ("less" -> "decrease", "mortality" -> "death")."""
    return _synonym_table()[1]


@lru_cache(maxsize=1)
def _synonym_table() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every synonym (longest first) and the head term of each."""
    heads: dict[str, str] = {}
    for group in SYNONYMS:
        head = group[0].replace(" ", "_")
        for alt in group[1:]:
            heads.setdefault(alt, head)
    alts = sorted(heads, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, alts)) + r")\b"), heads


def _acronyms(text: str, words: list[str]) -> list[str]:
    """Acronym terms: written acronyms, and the initials of runs of 2-5 words."""
    out = ["acr_" + m.group(0).lower().rstrip("s") for m in _ACRONYM.finditer(text)]
    for n in (2, 3, 4, 5):
        for i in range(len(words) - n + 1):
            run = words[i : i + n]
            if all(w[0].isalpha() for w in run):
                out.append("acr_" + "".join(w[0] for w in run))
    return out


def terms(text: str, params: Params = DEFAULT_PARAMS) -> list[str]:
    """The normalised terms of a text, in order (what the scores compare)."""
    raw = text
    if params.strip_attribution:
        raw = _ATTRIBUTION.sub(" ", raw)
    t = fold(raw)
    if params.synonyms:
        pattern, heads = _synonym_table()
        t = pattern.sub(lambda m: heads[m.group(0)], t)
    words = [w for w in _TOKEN.findall(t) if w not in STOP_WORDS]
    out = [stem(w) if params.stem else w for w in words]
    if params.truncate:
        out = [w if w[0].isdigit() else w[: params.truncate] for w in out]
    if params.acronyms:
        out += _acronyms(raw, words)
    return out


def normalize(text: str, params: Params = DEFAULT_PARAMS) -> str:
    """The normalised text (terms joined by spaces), as the fuzzy scorer sees it."""
    return " ".join(w for w in terms(text, params) if not w.startswith("acr_"))


def numbers(text: str) -> set[str]:
    """The numbers of a text, normalised ("1,200" -> "1200", "2.50" -> "2.5")."""
    out = set()
    for n in _NUMBER.findall(_THOUSANDS.sub("", text)):
        if "." in n:
            n = n.rstrip("0").rstrip(".")
        out.add(n)
    return out


# --------------------------------------------------------------------------- background idf


@lru_cache(maxsize=4)
def _background(name: str = "align_idf.json") -> tuple[int, dict[str, int]]:
    try:
        raw = resources.files("spin.data").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return 0, {}
    data = json.loads(raw)
    return int(data["documents"]), {str(k): int(v) for k, v in data["df"].items()}


def _idf(vocab: Sequence[str], local: Iterable[list[str]], params: Params) -> list[float]:
    """Smoothed idf per vocabulary term: a weighted mean over the two tables."""
    tables: list[tuple[int, Any, float]] = []
    if params.background > 0:
        n_bg, df_bg = params.table if params.table is not None else _background()
        if n_bg:
            tables.append((n_bg, df_bg, params.background))
    if params.local > 0 or not tables:
        docs = list(local)
        df_loc: Counter[str] = Counter()
        for d in docs:
            df_loc.update(set(d))
        tables.append((len(docs), df_loc, params.local if params.local > 0 else 1.0))
    total = sum(w for _, _, w in tables)
    out = []
    for term in vocab:
        s = 0.0
        for n, df, w in tables:
            s += w * math.log((n + 1) / (df.get(term, 0) + 1))
        out.append(max(s / total, 0.0))
    return out


# --------------------------------------------------------------------------- scores


def _cosine(
    q_terms: Sequence[list[str]],
    c_terms: Sequence[list[str]],
    idf_of: Any,
    pivot: float = 1.0,
) -> Any:
    """idf-weighted cosine (sublinear tf) between two lists of term lists.

    With ``pivot`` < 1 the statements' norms are pulled towards their mean
    (pivoted length normalisation, Singhal et al. 1996).
    """
    import numpy as np

    vocab: dict[str, int] = {}
    for ts in (*q_terms, *c_terms):
        for w in ts:
            vocab.setdefault(w, len(vocab))
    if not vocab:
        return np.zeros((len(q_terms), len(c_terms)))
    weights = np.asarray(idf_of(list(vocab)), dtype=np.float64)

    def matrix(rows: Sequence[list[str]], piv: float) -> Any:
        x = np.zeros((len(rows), len(vocab)), dtype=np.float32)
        norm = np.zeros(len(rows))
        for i, ts in enumerate(rows):
            cols = [vocab[w] for w in ts]
            if not cols:
                continue
            ks, counts = np.unique(cols, return_counts=True)
            vals = (1.0 + np.log(counts)) * weights[ks]
            x[i, ks] = vals
            norm[i] = math.sqrt(float(vals @ vals))
        if piv < 1.0 and np.any(norm > 0):
            norm = (1.0 - piv) * norm[norm > 0].mean() + piv * norm
        norm[norm == 0] = 1.0
        x /= norm[:, None].astype(np.float32)
        return x

    sims = matrix(q_terms, 1.0) @ matrix(c_terms, pivot).T
    return np.clip(sims.astype(np.float64), 0.0, 1.0)


def _bigrams(ts: list[str]) -> list[str]:
    return [a + "_" + b for a, b in pairwise(ts)]


def components(
    queries: Sequence[str], candidates: Sequence[str], params: Params = DEFAULT_PARAMS
) -> dict[str, Any]:
    """Each part of the score as its own matrix (for measurement and explanation).

    ``"embed"`` is there only when :func:`uses_embedding` is true.
    """
    import numpy as np

    shape = (len(queries), len(candidates))
    out: dict[str, Any] = {}
    q_terms = [terms(t, params) for t in queries]
    c_terms = [terms(t, params) for t in candidates]

    def idf_of(vocab: Sequence[str]) -> list[float]:
        return _idf(vocab, c_terms, params)

    out["lexical"] = (
        _cosine(q_terms, c_terms, idf_of, params.pivot) if params.lexical else np.zeros(shape)
    )
    if params.bigram:
        qb = [_bigrams([w for w in ts if not w.startswith("acr_")]) for ts in q_terms]
        cb = [_bigrams([w for w in ts if not w.startswith("acr_")]) for ts in c_terms]
        bg_params = Params(background=0.0, local=1.0)

        def idf_b(vocab: Sequence[str]) -> list[float]:
            return _idf(vocab, cb, bg_params)

        out["bigram"] = _cosine(qb, cb, idf_b)
    else:
        out["bigram"] = np.zeros(shape)
    if params.number:
        qn = [numbers(t) for t in queries]
        cn = [numbers(t) for t in candidates]
        m = np.zeros(shape)
        with_numbers = [j for j, b in enumerate(cn) if b]
        for i, a in enumerate(qn):
            if a:
                for j in with_numbers:
                    m[i, j] = len(a & cn[j]) / len(a)
        out["number"] = m
    else:
        out["number"] = np.zeros(shape)
    if params.fuzzy:
        from rapidfuzz import fuzz, process

        scorer = getattr(fuzz, params.scorer)
        qs = [" ".join(w for w in ts if not w.startswith("acr_")) for ts in q_terms]
        cs = [" ".join(w for w in ts if not w.startswith("acr_")) for ts in c_terms]
        out["fuzzy"] = (
            np.asarray(
                process.cdist(qs, cs, scorer=scorer, workers=-1, dtype=np.float32), dtype=float
            )
            / 100.0
        )
    else:
        out["fuzzy"] = np.zeros(shape)
    if uses_embedding(params):  # only present when used
        from spin import embed

        out["embed"] = embed.similarity(queries, candidates)
    return out


def embed_weight(params: Params = DEFAULT_PARAMS) -> float:
    """The weight of the embedding part: ``params.embed``, or the chosen model's."""
    if params.embed is not None:
        return params.embed
    from spin import embed

    return EMBED_WEIGHTS[embed.model_key()]


def uses_embedding(params: Params = DEFAULT_PARAMS) -> bool:
    """Whether the score includes the embedding part (installed, enabled, weight > 0)."""
    if params.embed is not None and params.embed <= 0:
        return False
    from spin import embed

    return embed.enabled()


def score_matrix(
    queries: Sequence[str], candidates: Sequence[str], params: Params = DEFAULT_PARAMS
) -> Any:
    """len(queries) x len(candidates) similarity scores in [0, 1] (a numpy array)."""
    import numpy as np

    if not queries or not candidates:
        return np.zeros((len(queries), len(candidates)))
    parts = components(queries, candidates, params)
    weights = {
        "lexical": params.lexical,
        "bigram": params.bigram,
        "number": params.number,
        "fuzzy": params.fuzzy,
    }
    if "embed" in parts:
        weights["embed"] = embed_weight(params)
    total = sum(weights.values()) or 1.0
    m = sum(w * parts[k] for k, w in weights.items() if w) / total
    return np.clip(np.asarray(m, dtype=float), 0.0, 1.0)


def thresholds(params: Params = DEFAULT_PARAMS) -> tuple[float, float]:
    """The default (strong, weak) thresholds of the score as it is now computed:
    ``STRONG``/``WEAK``, or those of the embedding model in use."""
    if uses_embedding(params):
        from spin import embed

        return EMBED_THRESHOLDS[embed.model_key()]
    return STRONG, WEAK


def support_level(score: float, strong: float = STRONG, weak: float = WEAK) -> Support:
    if score >= strong:
        return "strong"
    if score >= weak:
        return "weak"
    return "none"


#: an abbreviation defined in parentheses: "fractional shortening (FS)"
_ABBR_DEFINED = re.compile(r"\(([A-Za-z][A-Za-z0-9-]{1,9})(?:\)|[;,]\s)")


def _long_form(short: str, before: str) -> str | None:
    """The words before a parenthesised abbreviation that it abbreviates (Schwartz &
    Hearst, PSB 2003): each of its letters, last to first, found in order in the words,
    the first at the start of a word."""
    words = before.split()[-min(len(short) + 5, 2 * len(short)) :]
    long = " ".join(words)
    s_i, l_i = len(short) - 1, len(long) - 1
    while s_i >= 0:
        c = short[s_i].lower()
        if not c.isalnum():
            s_i -= 1
            continue
        while l_i >= 0 and (
            long[l_i].lower() != c or (s_i == 0 and l_i > 0 and long[l_i - 1].isalnum())
        ):
            l_i -= 1
        if l_i < 0:
            return None
        l_i -= 1
        s_i -= 1
    start = long.rfind(" ", 0, l_i + 1) + 1
    found = long[start:].strip(" ,;:")
    return found if len(found) > len(short) and "(" not in found else None


def expand_abbreviations(
    texts: Sequence[str], written_in: Sequence[str] | None = None
) -> list[str]:
    """The texts with each abbreviation that one of them defines ("fractional shortening
    (FS)") written out wherever it is used alone ("FS rose by 2.8 points" -> "fractional
    shortening (FS) rose by 2.8 points"), so that a release that writes the words out
    matches the statements that use the abbreviation.  With ``written_in``, only the
    abbreviations whose words those texts write out: the others would change nothing
    but the weight of their words."""
    defined: dict[str, str] = {}
    for text in texts:
        for m in _ABBR_DEFINED.finditer(text):
            short = m.group(1)
            if sum(c.isupper() for c in short) < 2 or short in defined:
                continue
            long = _long_form(short, text[: m.start()])
            if long is not None:
                defined[short] = long
    if written_in is not None:
        # written out: all its words, or all but one of four or more ("gastrointestinal
        # symptom scale" for "Gastrointestinal Symptom Rating Scale (GSRS)")
        other = fold(" ".join(written_in)).lower()
        said = set(re.findall(r"[a-z0-9]+", other))

        def written(long: str) -> bool:
            words = re.findall(r"[a-z0-9]+", fold(long).lower())
            missing = sum(w not in said for w in words)
            return fold(long).lower() in other or (len(words) >= 4 and missing <= 1)

        defined = {k: v for k, v in defined.items() if written(v)}
    if not defined:
        return list(texts)
    use = re.compile(r"(?<![(\w-])(" + "|".join(map(re.escape, defined)) + r")(?![\w-])(?!\))")
    return [use.sub(lambda m: f"{defined[m.group(1)]} ({m.group(1)})", t) for t in texts]


def align(
    doc: Document,
    paper: Paper,
    *,
    strong: float | None = None,
    weak: float | None = None,
    top_k: int = 3,
    claims: Sequence[bool] | None = None,
) -> tuple[Alignment, ...]:
    """Best matches of every release sentence among the paper's statements.

    The default thresholds are ``STRONG``/``WEAK``, or the embedding model's
    (``EMBED_THRESHOLDS``) when the score includes the embedding part.  Scores of
    background statements are weighted by ``CONTEXT_WEIGHT``; ``claims`` (one flag
    per sentence: does it make a claim, ``spin.claims.Features.is_claim``) weights
    the methods statements of the claims by ``METHODS_WEIGHT``.
    """
    strong_t, weak_t = thresholds()
    strong_t = strong_t if strong is None else strong
    weak_t = weak_t if weak is None else weak
    # the paper's abbreviations that the release writes out ("fractional shortening" for
    # "FS"), written out in the statements too
    texts = expand_abbreviations(
        [s.text for s in paper.statements], [s.text for s in doc.sentences]
    )
    m = score_matrix([s.text for s in doc.sentences], texts)
    if texts:
        import numpy as np

        context = np.array([s.is_context for s in paper.statements])
        m = m * np.where(context, CONTEXT_WEIGHT, 1.0)
        if claims is not None:
            if len(claims) != len(doc.sentences):
                raise ValueError(f"claims: {len(claims)} flags for {len(doc.sentences)} sentences")
            methods = np.array([s.is_methods for s in paper.statements])
            claim = np.asarray(claims, dtype=bool)
            m = m * np.where(claim[:, None] & methods[None, :], METHODS_WEIGHT, 1.0)
    out = []
    for i, sent in enumerate(doc.sentences):
        matches: tuple[Match, ...] = ()
        if texts:
            order = (-m[i]).argsort(kind="stable")[:top_k]
            matches = tuple(Match(int(j), float(m[i, j])) for j in order if m[i, j] > 0)
        best = matches[0].score if matches else 0.0
        out.append(Alignment(sent.index, matches, support_level(best, strong_t, weak_t)))
    return tuple(out)
