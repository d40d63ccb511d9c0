"""The ``spin`` command line: parse arguments, call the API, map errors to exit codes.

Each subcommand lives in ``spin/commands/<name>.py`` with ``add_arguments``
and ``run``; this module only wires them up and catches errors once, at the
top.  Heavy libraries are imported inside the commands, so ``spin --help``
stays fast.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from collections.abc import Sequence
from types import FrameType

from spin import __version__
from spin.errors import ExitCode, SpinError

COMMANDS = ("check", "paper", "rules", "explain", "eval", "config")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as spin errors (one line, exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        from spin.errors import UsageError

        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = _Parser(
        prog="spin",
        description="Check a science press release against the paper it reports on.",
        epilog="Run 'spin COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"spin {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show a traceback on errors (for bug reports)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        module = importlib.import_module(f"spin.commands.{name}")
        p = sub.add_parser(name, help=module.HELP, description=module.__doc__)
        p.add_argument(
            "--debug",
            action="store_true",
            default=argparse.SUPPRESS,
            help="show a traceback on errors",
        )
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


class Terminated(BaseException):
    """Raised in the main thread when spin receives SIGTERM."""


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise Terminated()


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    with contextlib.suppress(ValueError):  # not in the main thread (tests)
        signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        parser = build_parser()
        if not args_list:
            parser.print_help()
            return int(ExitCode.ERROR)
        args = parser.parse_args(args_list)
        debug = bool(getattr(args, "debug", False))
        if not hasattr(args, "_run"):
            parser.print_help()
            return int(ExitCode.ERROR)
        return int(args._run(args))
    except SpinError as exc:
        if debug:
            raise
        _error(str(exc))
        return int(exc.exit_code)
    except KeyboardInterrupt:
        # output files are written atomically: nothing partial is left behind
        _error("interrupted; nothing was written")
        return int(ExitCode.INTERRUPTED)
    except Terminated:
        _error("terminated; nothing was written")
        return int(ExitCode.TERMINATED)
    except BrokenPipeError:
        # output piped into e.g. `head`: not an error of ours
        with contextlib.suppress(OSError):
            sys.stdout = open(__import__("os").devnull, "w")  # noqa: SIM115
        return int(ExitCode.OK)


def _error(message: str) -> None:
    first = " ".join(message.split("\n")[0].split()) or "unknown error"
    print(f"spin: error: {printable(first)}", file=sys.stderr)


def printable(text: str) -> str:
    """``text`` with control characters (from file names, DOIs, server answers)
    escaped, so an error line cannot move the cursor or recolour the terminal."""
    return "".join(ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1] for ch in text)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
