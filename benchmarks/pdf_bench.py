"""PDF reading speed: pages per second on the four real articles in ../shared/fixtures/pdf.

    python benchmarks/pdf_bench.py [--repeat 3] [--dir ../shared/fixtures/pdf]

For each file: pdfminer layout time (``spin.pdftext.extract_layout``), the
cleaning and sectioning time (``build_article``), pages per second for the whole
parse (median of ``--repeat`` runs), and a second ``load_pdf`` through the cache
(the parse skipped).  Prints a Markdown table for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=ROOT.parent / "shared" / "fixtures" / "pdf")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    import pdfminer

    from spin.pdftext import build_article, extract_layout
    from spin.sources.pdf import _quiet_pdfminer, load_pdf

    files = sorted(args.dir.glob("*.pdf"))
    if not files:
        print(f"no PDFs in {args.dir}", file=sys.stderr)
        return 2
    rows = []
    total_pages = 0
    total_time = 0.0
    for path in files:
        layout_times, build_times = [], []
        pages = 0
        statements = 0
        for _ in range(max(1, args.repeat)):
            with _quiet_pdfminer():
                t0 = time.perf_counter()
                layout = extract_layout(path)
                t1 = time.perf_counter()
                article = build_article(layout)
                t2 = time.perf_counter()
            layout_times.append(t1 - t0)
            build_times.append(t2 - t1)
            pages = article.pages
        with tempfile.TemporaryDirectory() as tmp:
            settings = SimpleNamespace(cache_dir=Path(tmp), refresh=False, offline=True)
            paper = load_pdf(path, settings)
            statements = len(paper.statements)
            t3 = time.perf_counter()
            load_pdf(path, settings)
            cached = time.perf_counter() - t3
        lay = statistics.median(layout_times)
        bld = statistics.median(build_times)
        total_pages += pages
        total_time += lay + bld
        rows.append(
            (
                path.name,
                pages,
                lay,
                bld,
                pages / (lay + bld),
                cached,
                len(article.sections),
                statements,
            )
        )

    print(
        f"Run {dt.date.today().isoformat()}, pdfminer.six {pdfminer.__version__}, "
        f"Python {platform.python_version()}, {platform.machine()}, "
        f"median of {args.repeat} runs\n"
    )
    print(
        "| file | pages | layout (s) | clean+sections (s) | pages/s | cached load (s) "
        "| sections | statements |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, pages, lay, bld, pps, cached, nsec, nst in rows:
        print(
            f"| {name} | {pages} | {lay:.2f} | {bld:.3f} | {pps:.1f} | {cached:.3f} "
            f"| {nsec} | {nst} |"
        )
    print(f"| **all** | {total_pages} | | | **{total_pages / total_time:.1f}** | | | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
