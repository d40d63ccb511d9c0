"""Tally the planted distortions of the releases written blind to spin.

For every spun release listed in ``tests/test_rules.py`` (``WITHIN`` entries under
``spun/`` and every ``-spun`` entry of ``BLIND``), the planted items (a) to (d) are read
from its answer key (``tests/fixtures/spun/keys/``) or, for the first-round releases that
have none, from the tables of ``tests/fixtures/spun/README.md``.  Each item is located
in the release, spin checks the release against its paper, and the item is counted by
the strongest finding on its sentence: warning or error, info, or missed.  Two first-round
items are background written in on purpose, not distortions, and are left out.

    python benchmarks/blind_tally.py [--rows]   # SPIN_ALIGN_EMBED=0 for the default aligner
    python benchmarks/blind_tally.py --rows --topic gwas-chronotype   # one new round's first run

``--topic`` (repeatable) tallies only the named topics' spun releases, listed in the tests
or not: that is how a new round's first run is counted before its releases join the tests.

The counts are not held out: these releases shaped the rules.  Each round's first run,
recorded in tests/fixtures/spun/README.md, is the honest measurement.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

FIXTURES = ROOT / "tests" / "fixtures"
SPUN = FIXTURES / "spun"
SHARED = ROOT.parent / "shared" / "fixtures"
RANK = {"info": 1, "warning": 2, "error": 3}
#: background written into two first-round releases on purpose (see the spun README)
NOT_DISTORTIONS = {("proteomics-spun.md", "d"), ("open-access-spun.md", "d")}


def _norm(text: str) -> str:
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("*", "")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().strip('"').strip()


def _releases() -> list[tuple[Path, Path | None]]:
    spec = importlib.util.spec_from_file_location("test_rules", ROOT / "tests" / "test_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["test_rules"] = module
    spec.loader.exec_module(module)
    jobs: list[tuple[Path, Path | None]] = []
    for rel, record, *_ in module.WITHIN:
        if rel.startswith("spun/") and "-spun" in rel:
            jobs.append((FIXTURES / rel, SHARED / record))
    for name, *_ in module.BLIND:
        if "-spun" in name:
            jobs.append((SPUN / name, None))
    return jobs


def _planted(name: str, body: str) -> dict[str, str]:
    """Letter -> the planted sentence as the key quotes it."""
    topic = name.rsplit("-", 1)[0]
    found: dict[str, str] = {}
    for key in (SPUN / "keys" / f"{topic}.key.md", SPUN / "keys" / f"{name[:-3]}.key.md"):
        if not key.exists():
            continue
        for line in key.read_text(encoding="utf-8").splitlines():
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            letter = next(
                (m.group(1) for c in cells if (m := re.match(r"^\(?([a-d])\)?(?:\s|$)", c))), None
            )
            if letter is None or letter in found:
                continue
            for cell in cells:
                quote = _norm(re.sub(r"^\(?[a-d]\)?\s+", "", cell).replace('\\"', '"')).strip('"')
                if len(quote) > 25 and quote[:40] in body:
                    found[letter] = quote
                    break
    if found:
        return found
    readme = (SPUN / "README.md").read_text(encoding="utf-8")
    taking = False
    for line in readme.splitlines():
        if line.startswith("| `"):
            taking = line.startswith(f"| `{name}`")
        if not taking:
            continue
        for m in re.finditer(r"\(([a-d])\)\s*[\"\u201c]([^\"\u201d]{20,})[\"\u201d]", line):
            quote = _norm(m.group(2))
            if quote[:40] in body:
                found.setdefault(m.group(1), quote)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", action="store_true", help="print every planted item")
    parser.add_argument(
        "--topic", action="append", default=[], help="only this topic's spun release (repeatable)"
    )
    args = parser.parse_args(argv)

    from spin.api import analyse
    from spin.release import read_release
    from spin.sources import SourceSettings, get_paper

    totals: Counter[str] = Counter()
    releases = 0
    jobs = _releases()
    if args.topic:
        jobs = [(j, r) for j, r in jobs if j.name.rsplit("-", 1)[0] in args.topic]
        listed = {j.name.rsplit("-", 1)[0] for j, _ in jobs}
        for topic in args.topic:
            if topic not in listed:
                found = sorted(SPUN.glob(f"{topic}-spun.*"))
                if not found:
                    parser.error(f"no spun release for topic {topic!r} in {SPUN}")
                jobs.append((found[0], None))
    for path, record in jobs:
        releases += 1
        doc = read_release(str(path))
        body = _norm(doc.text)
        topic = path.name.rsplit("-", 1)[0]
        paper_path = record or doc.paper_path or SPUN / f"{topic}.paper.md"
        paper = get_paper(str(paper_path), SourceSettings.from_env(offline=True))
        report = analyse(doc, paper)
        for letter, quote in sorted(_planted(path.name, body).items()):
            if (path.name, letter) in NOT_DISTORTIONS:
                continue
            where = [
                s.index
                for s in doc.sentences
                if _norm(s.text)[:40] in quote or quote[:40] in _norm(s.text)
            ]
            rank = max(
                (RANK[f.severity] for f in report.findings if f.sentence in where), default=0
            )
            status = "warning or error" if rank >= 2 else "info" if rank == 1 else "missed"
            totals[status] += 1
            if args.rows:
                codes = sorted(
                    {
                        f.code
                        for f in report.findings
                        if f.sentence in where and RANK[f.severity] == rank
                    }
                )
                print(f"{path.name}\t({letter})\t{status}\t{','.join(codes)}\t{quote[:70]}")
    n = sum(totals.values())
    print(
        f"{n} planted distortions in {releases} spun releases: "
        f"{totals['warning or error']} at warning or error, {totals['info']} at info, "
        f"{totals['missed']} missed"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
