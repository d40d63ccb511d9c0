"""Papers given as local files: JSON records and text/Markdown abstracts.

- JSON: a Crossref works answer (``{"message": {...}}``) or the bare message; also
  a Europe PMC search answer or result, or an OpenAlex work.  Built like a fetched
  record, with every field recorded as coming from "local".
- Text and Markdown: the abstract.  ``#`` headings become sections; an optional
  title (a first ``# Heading`` that is not a section label, or a short first line
  without final punctuation, or a ``Title:`` line) and an optional ``DOI:`` line at
  the top.  Inline labels ("BACKGROUND: ...") split a plain abstract into sections.

Nothing here touches the network.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spin.errors import InputError
from spin.model import Paper, Section

if TYPE_CHECKING:  # pragma: no cover
    from spin.sources import SourceSettings

SOURCE = "local"
MAX_FILE_BYTES = 20 * 1024 * 1024
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_META_LINE = re.compile(r"^\s*(title|doi)\s*:\s*(.+?)\s*$", re.IGNORECASE)


def load_local(
    path: Path, settings: SourceSettings | None = None, *, doi_hint: str | None = None
) -> Paper:
    """A Paper from a local JSON record or text/Markdown abstract; InputError when unusable."""
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a paper file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: {size} bytes is too large for a paper record")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    text = _decode(raw, path)
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    hint = _norm(doi_hint)
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("{", "[")):
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise InputError(f"{path}: not valid JSON ({exc})") from None
        paper = paper_from_json(data, str(path), doi_hint=hint)
    else:
        paper = paper_from_text(text, str(path), doi_hint=hint)
    if hint and paper.doi and paper.doi != hint:
        from dataclasses import replace

        paper = replace(
            paper,
            warnings=(
                *paper.warnings,
                f"the paper file is doi:{paper.doi} but the release names doi:{hint}",
            ),
        )
    return paper


def _norm(doi: str | None) -> str | None:
    if not doi:
        return None
    from spin.doi import is_doi, normalize_doi

    return normalize_doi(doi) if is_doi(doi) else None


def _decode(raw: bytes, path: Path) -> str:
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: not a text file (binary content)")
    for enc in (
        ("utf-8-sig", "utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",)
    ):
        try:
            return raw.decode(enc).lstrip("\ufeff")
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
    except Exception:  # pragma: no cover - charset_normalizer is a dependency
        best = None
    if best is None:
        raise InputError(f"{path}: cannot decode the text (not UTF-8)")
    return str(best)


def crossref_message(data: Any, name: str) -> dict[str, Any]:
    """The work object of a Crossref works JSON (wrapped or bare); InputError otherwise."""
    if isinstance(data, dict) and isinstance(data.get("message"), dict):
        data = data["message"]
    if (
        isinstance(data, dict)
        and ("DOI" in data or "title" in data)
        and ("abstract_inverted_index" not in data and "resultList" not in data)
    ):
        return data
    raise InputError(
        f'{name}: not a Crossref work record (expected {{"message": {{...}}}} or a work '
        'object with "DOI" or "title")'
    )


def paper_from_json(data: Any, name: str, *, doi_hint: str | None = None) -> Paper:
    """A Paper from a JSON record: Crossref work, Europe PMC search/result, OpenAlex work."""
    from spin.sources.record import build_paper

    record: dict[str, Any]
    if isinstance(data, dict) and isinstance(data.get("resultList"), dict):
        results = data["resultList"].get("result") or []
        wanted = [r for r in results if isinstance(r, dict)]
        if doi_hint:
            wanted = [r for r in wanted if str(r.get("doi", "")).lower() == doi_hint] or wanted
        if not wanted:
            raise InputError(f"{name}: the Europe PMC search answer has no result")
        record = {"europepmc": wanted[0]}
    elif isinstance(data, dict) and (
        "abstract_inverted_index" in data
        or str(data.get("id", "")).startswith("https://openalex.org/")
    ):
        record = {"openalex": data}
    elif isinstance(data, dict) and "pmid" in data and "abstractText" in data:
        record = {"europepmc": data}
    else:
        record = {"crossref": crossref_message(data, name)}
    return build_paper(
        doi_hint, record, rename={"crossref": SOURCE, "europepmc": SOURCE, "openalex": SOURCE}
    )


def _strip_md(text: str) -> str:
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)  # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.M)
    return text


def paper_from_text(text: str, name: str, *, doi_hint: str | None = None) -> Paper:
    """A Paper from a plain-text or Markdown abstract."""
    from spin.sources import statements_from_sections
    from spin.sources.jats import DEFAULT_HEADING, KNOWN_LABELS, heading, split_inline_labels

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("---\n"):  # front matter: keep its title/doi lines, drop the rest
        end = text.find("\n---", 4)
        if end != -1:
            front = text[4:end]
            after = text[end + 4 :]
            rest = after.split("\n", 1)[1] if "\n" in after else ""
            meta = [ln for ln in front.split("\n") if _META_LINE.match(ln)]
            text = "\n".join(meta) + "\n\n" + rest
    lines = text.split("\n")
    title: str | None = None
    doi: str | None = None
    # metadata lines at the top ("Title: ...", "DOI: ...")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines):
        m = _META_LINE.match(lines[i])
        if not m:
            break
        key, val = m.group(1).lower(), m.group(2).strip().strip("\"'")
        if key == "title":
            title = _strip_md(val).strip()
        else:
            doi = _norm(val)
            if doi is None:
                raise InputError(f"{name}: the DOI line does not hold a DOI: {val!r}")
        i += 1
    body = lines[i:]
    headings = [(k, _HEADING.match(ln)) for k, ln in enumerate(body)]
    heads = [(k, m) for k, m in headings if m]
    first = next((k for k, ln in enumerate(body) if ln.strip()), None)
    labels = set(KNOWN_LABELS)
    if title is None and first is not None:
        m = _HEADING.match(body[first])
        if (
            m
            and m.group(2).strip().lower().rstrip(":") not in labels
            and (len(m.group(1)) == 1 or len(heads) > 1)
        ):
            title = _strip_md(m.group(2)).strip()
            body = body[first + 1 :]
        elif not heads:
            para_end = first
            while para_end < len(body) and body[para_end].strip():
                para_end += 1
            line = body[first].strip()
            rest = "\n".join(body[para_end:]).strip()
            if (
                para_end == first + 1
                and rest
                and len(line) <= 250
                and not line.endswith((".", "!", "?", ":"))
                and line.lower() not in labels
            ):
                title = _strip_md(line)
                body = body[para_end:]
    # metadata lines right after a title ("# Title", then "DOI: ...")
    k = 0
    while k < len(body) and (not body[k].strip() or _META_LINE.match(body[k])):
        m = _META_LINE.match(body[k])
        if m:
            key, val = m.group(1).lower(), m.group(2).strip().strip("\"'")
            if key == "title" and title is None:
                title = _strip_md(val).strip()
            elif key == "doi" and doi is None:
                doi = _norm(val)
                if doi is None:
                    raise InputError(f"{name}: the DOI line does not hold a DOI: {val!r}")
        k += 1
    body = body[k:]
    sections: list[Section] = []
    current = DEFAULT_HEADING
    buf: list[str] = []

    def flush() -> None:
        chunk = _strip_md("\n".join(buf)).strip()
        buf.clear()
        if not chunk:
            return
        paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", chunk)]
        joined = "\n\n".join(p for p in paras if p)
        if current == DEFAULT_HEADING:
            sections.extend(split_inline_labels(joined))
        else:
            sections.append(Section(current, joined))

    for ln in body:
        m = _HEADING.match(ln)
        if m:
            flush()
            current = heading(_strip_md(m.group(2))) or DEFAULT_HEADING
            continue
        buf.append(ln)
    flush()
    if not sections:
        raise InputError(f"{name}: no abstract text found (only headings or metadata)")
    from spin.model import Paper as _Paper

    paper_doi = doi or doi_hint
    return _Paper(
        doi=paper_doi,
        title=title,
        abstract=tuple(sections),
        statements=statements_from_sections(sections, SOURCE),
        sources=(SOURCE,),
        provenance={
            "abstract": SOURCE,
            **({"title": SOURCE} if title else {}),
            **({"doi": SOURCE} if doi else {}),
        },
        url=f"https://doi.org/{paper_doi}" if paper_doi else None,
    )
