"""Whole-process wall time of `spin check` on the bundled examples (median of N runs).

Usage: python benchmarks/check_wall.py [--runs 7]

Each run is a fresh `python -m spin check EXAMPLE --offline --fail-on never` process,
so the numbers include interpreter start-up, imports, model loading, reading, alignment,
rules and rendering.  `spin --help` is timed the same way, as the floor.  The machine is
shared and noisy: compare the ratios measured in one run, not numbers across runs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CASES: list[tuple[str, list[str]]] = [
    ("spin --help", ["--help"]),
    (
        "check exaggerated-cocoa-cohort.md",
        ["check", "examples/exaggerated-cocoa-cohort.md", "--offline", "--fail-on", "never"],
    ),
    (
        "check faithful-walking-trial.md",
        ["check", "examples/faithful-walking-trial.md", "--offline", "--fail-on", "never"],
    ),
    (
        "check pilot-sleep-app.html",
        [
            "check",
            "examples/pilot-sleep-app.html",
            "--paper",
            "examples/papers/sleep-app-pilot.md",
            "--offline",
            "--fail-on",
            "never",
        ],
    ),
    (
        "check cocoa --format json",
        ["check", "examples/exaggerated-cocoa-cohort.md", "--offline", "-f", "json"],
    ),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    print("| command | median (s) | min (s) | max (s) | runs |")
    print("|---|---:|---:|---:|---:|")
    for label, argv in CASES:
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "spin", *argv],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
            times.append(time.perf_counter() - t0)
        print(
            f"| `{label}` | {statistics.median(times):.2f} | {min(times):.2f} | "
            f"{max(times):.2f} | {args.runs} |"
        )


if __name__ == "__main__":
    main()
