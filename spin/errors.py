"""The project's own errors and exit codes.

Every failure the user can cause or meet (bad input, bad configuration, a
service that is down) is a :class:`SpinError`.  The CLI catches them once, at
the top, prints ``spin: error: <message>`` on one line and exits with
``error.exit_code`` (2).  Anything else is a bug and shows a traceback only
with ``--debug``.
"""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0
    FINDINGS = 1
    ERROR = 2
    INTERRUPTED = 130  # SIGINT
    TERMINATED = 143  # SIGTERM


class SpinError(Exception):
    """Base class: a clear one-line message for the user."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(SpinError):
    """Bad command-line arguments."""


class InputError(SpinError):
    """A release, paper or data file that cannot be read or makes no sense."""


class ConfigError(SpinError):
    """A bad configuration file or value."""


class DOIError(InputError):
    """A string that is not a DOI."""


class SourceError(SpinError):
    """A paper source (Crossref, Europe PMC, OpenAlex) failed."""


class NotFoundError(SourceError):
    """The source does not know this DOI (404)."""


class RateLimitError(SourceError):
    """Still rate-limited (429) after the retries."""


class NetworkError(SourceError):
    """Transport failure: connection refused, DNS, timeout, reset."""


class ResponseError(SourceError):
    """The source answered, but not with what we asked for (non-JSON, wrong shape, 5xx)."""


class OfflineError(SourceError):
    """``--offline`` and the record is not cached."""


class PDFError(InputError):
    """A PDF that cannot be read (encrypted, truncated, not a PDF, no text layer)."""
