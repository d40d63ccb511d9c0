"""Score spin's judgement on a public labelled dataset.

DATASET is one of: exaggeration (insciout_test.jsonl), causal (Yu et al. 2019
pubmed_causal_language_use.csv, or Yu et al. 2020 annotated_pubmed.csv /
annotated_eureka.csv; the label encoding is detected from the file name and
header, or given with --encoding), advice (Li et al. 2021 annotations_*.csv),
certainty (Pei & Jurgens 2021 sentence-level-certainty.jsonl, scored on its
test split) and alignment (insciout_test.jsonl, precision at 1).  Sentences the
runtime model learned from are scored out-of-fold.  See BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

HELP = "score spin on a labelled dataset"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "dataset", choices=("exaggeration", "causal", "advice", "certainty", "alignment")
    )
    p.add_argument("path", help="the dataset file, as published")
    p.add_argument(
        "--predictions",
        metavar="FILE",
        help="write one JSON object per input row, in input order: "
        '{"id": ..., "prediction": ...} (labels as the file writes them)',
    )
    p.add_argument("--format", choices=("terminal", "json"), default="terminal")
    p.add_argument(
        "--encoding",
        choices=("yu2019", "yu2020"),
        default=None,
        help="causal only: the file's label codes when the name does not tell "
        "(yu2019: 1 direct causal, 3 correlational; yu2020: the reverse)",
    )


def run(args: argparse.Namespace) -> int:
    from spin.commands.common import write_output
    from spin.errors import UsageError
    from spin.eval import evaluate

    if args.encoding and args.dataset != "causal":
        raise UsageError("--encoding applies to the causal dataset only")
    result = evaluate(args.dataset, args.path, encoding=args.encoding)
    if args.predictions:
        lines = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in result.predictions)
        write_output(lines, args.predictions)
    if args.format == "json":
        write_output(json.dumps(_clean(result.to_dict()), indent=2, ensure_ascii=False), None)
    else:
        _terminal(result)
    return 0


def _clean(obj: Any) -> Any:
    """NaN is not JSON: write null."""
    if isinstance(obj, float):
        return None if math.isnan(obj) else round(obj, 4)
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_clean(v) for v in obj]
    return obj


def _f(x: Any) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def _terminal(r: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    enc = f" ({r.encoding} labels)" if r.encoding else ""
    console.print(f"[bold]spin eval {r.dataset}[/bold] {r.path}{enc}")
    d, b = r.details, r.baseline
    if r.metric == "macro_f1":
        t = Table(show_header=True, header_style="bold")
        t.add_column("")
        t.add_column("spin", justify="right")
        t.add_column(f"majority ({b['label']})", justify="right")
        t.add_row("macro-F1", _f(d["macro_f1"]), _f(b["macro_f1"]))
        t.add_row("accuracy", _f(d["accuracy"]), _f(b["accuracy"]))
        t.add_row("rows", str(d["n"]), str(d["n"]))
        console.print(t)
        names = d.get("label_names", {})
        pc = Table(title="per class", show_header=True, header_style="bold")
        for col in ("label", "precision", "recall", "F1", "support"):
            pc.add_column(col, justify="left" if col == "label" else "right")
        for lab in d["labels"]:
            c = d["per_class"][lab]
            name = f"{lab} {names[lab]}" if lab in names else lab
            pc.add_row(name, _f(c["precision"]), _f(c["recall"]), _f(c["f1"]), str(c["support"]))
        console.print(pc)
        cm = Table(
            title="confusion (rows gold, columns predicted)", show_header=True, header_style="bold"
        )
        cm.add_column("gold \\ pred")
        for lab in d["labels"]:
            cm.add_column(lab, justify="right")
        for lab, row in zip(d["labels"], d["confusion"], strict=True):
            cm.add_row(lab, *[str(x) for x in row])
        console.print(cm)
    elif r.metric == "pearson_r":
        t = Table(show_header=True, header_style="bold")
        t.add_column("")
        t.add_column("spin", justify="right")
        t.add_column(f"mean ({b['prediction']:.2f})", justify="right")
        t.add_row("Pearson r", _f(d["pearson_r"]), "n/a (constant)")
        t.add_row("MAE", _f(d["mae"]), _f(b["mae"]))
        t.add_row("RMSE", _f(d["rmse"]), _f(b["rmse"]))
        t.add_row("rows", str(d["n"]), str(d["n"]))
        console.print(t)
    else:
        t = Table(show_header=True, header_style="bold")
        t.add_column("")
        t.add_column("spin", justify="right")
        t.add_column("random", justify="right")
        t.add_row("precision at 1", _f(d["precision_at_1"]), _f(b["random_precision_at_1"]))
        t.add_row("rows", str(d["n"]), str(d["n"]))
        console.print(t)
    for note in r.notes:
        console.print(f"[dim]{note}[/dim]")
