"""Writing files atomically: readers see the old file or the whole new one.

One implementation for every file spin writes (reports and ``--output``, the
paper cache, the PDF text cache): a temporary file in the target's directory,
flushed and fsynced, then ``os.replace``.  The temporary file is removed on any
exception, KeyboardInterrupt and SystemExit included, so an interrupted run
leaves neither a half-written file nor a stray temporary one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, creating missing parent directories.

    The temporary file is ``.<name>.<random>.tmp`` next to ``path`` (a hidden
    name, so nothing that lists the directory mistakes it for a finished file).
    """
    target = Path(path)
    directory = target.parent
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        # mkstemp creates 0600; give the file the mode a plain open() would
        # (an existing file keeps its own mode)
        os.chmod(tmp, _mode_for(target))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` atomically as UTF-8, newlines as given."""
    atomic_write_bytes(path, text.encode("utf-8"))
