"""spin: check a science press release against the paper it reports on.

The library API returns the same records that ``spin check --format json``
writes::

    import spin
    report = spin.check("release.md")          # a spin.model.Report
    report.to_dict()                            # the JSON contract
    paper = spin.fetch_paper("10.1176/appi.ajp.2018.18020138")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "check", "fetch_paper"]

if TYPE_CHECKING:  # pragma: no cover
    from spin.api import check, fetch_paper


def __getattr__(name: str) -> Any:
    # Lazy: `import spin` (and `spin --help`) must not import habanero, rich, numpy...
    if name in ("check", "fetch_paper"):
        from spin import api

        return getattr(api, name)
    raise AttributeError(f"module 'spin' has no attribute {name!r}")
