"""The bad-input table (RELIABILITY.md): every row through ``spin.cli.main``.

Each row builds its inputs in a temporary directory (the working directory of
the test, so messages name files as the user typed them), runs the command,
and checks the exact one-line message on standard error, exit status 2, no
traceback and nothing on standard output.  Rows that need a paper service run
against the fake server on 127.0.0.1 (retry sleeps recorded, never waited).
A few rows also run as a real ``python -m spin`` subprocess.

The tests run as root in CI containers, where ``chmod 000`` does not stop a
read: the permission row simulates the failure with a monkeypatched read, and
the real-``chmod`` variant is skipped when running as root (it runs otherwise).
"""

from __future__ import annotations

import ast
import json
import os
import socket
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fakeserver import FakeServer, Reply, crossref_path
from pdfgen import PDFDoc

from spin.cli import main

ROOT = Path(__file__).resolve().parent.parent
PAPERS = Path(__file__).parent / "fixtures" / "papers"
DOI = "10.5555/spin.missing"

RELEASE = (
    "Exercise eases knee pain, study finds\n\n"
    "Adults with knee pain who exercised three times a week had less pain after 12 weeks, "
    "the researchers said.\n"
)
ABSTRACT = (
    "Exercise and knee pain: a randomised trial\n\n"
    "In a randomised trial of 40 adults with knee osteoarthritis, exercise three times a "
    "week reduced pain after 12 weeks compared with usual care.\n"
)
NOT_A_DOI = "(a DOI looks like 10.1176/appi.ajp.2018.18020138)"
UNREACHABLE = "after 3 attempts; check the network, or use --offline with a cached record"


@dataclass
class Env:
    """What a row's setup sees: the working directory and the fake server."""

    tmp: Path
    srv: FakeServer
    port: int = 0  # a port nobody listens on
    sleeps: list[float] = field(default_factory=list)

    def write(self, name: str, data: bytes | str) -> str:
        p = self.tmp / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            p.write_text(data, encoding="utf-8")
        else:
            p.write_bytes(data)
        return name


@dataclass
class Row:
    id: str
    setup: Callable[[Env], list[str]]
    message: str  # exact; {port} and {srv} are filled in


def _release(env: Env) -> str:
    return env.write("release.txt", RELEASE)


def _abstract(env: Env) -> str:
    return env.write("abstract.txt", ABSTRACT)


def check_file(name: str, data: bytes | str) -> Callable[[Env], list[str]]:
    def setup(env: Env) -> list[str]:
        return ["check", env.write(name, data), "--paper", _abstract(env)]

    return setup


def check_doi(doi: str, *replies: Reply) -> Callable[[Env], list[str]]:
    """``spin check release.txt --doi DOI`` with Crossref answering ``replies``."""

    def setup(env: Env) -> list[str]:
        if replies:
            env.srv.add(crossref_path(doi), *replies)
        return ["check", _release(env), "--doi", doi]

    return setup


def check_paper(name: str, data: bytes | str) -> Callable[[Env], list[str]]:
    def setup(env: Env) -> list[str]:
        return ["check", _release(env), "--paper", env.write(name, data)]

    return setup


def _big(env: Env) -> list[str]:
    with (env.tmp / "big.txt").open("wb") as fh:  # 50 MiB, sparse: nothing to read
        fh.truncate(50 * 1024 * 1024)
    return ["check", "big.txt", "--paper", _abstract(env)]


def _dir_release(env: Env) -> list[str]:
    (env.tmp / "drafts").mkdir()
    return ["check", "drafts", "--paper", _abstract(env)]


def _dir_paper(env: Env) -> list[str]:
    (env.tmp / "paperdir").mkdir()
    return ["check", _release(env), "--paper", "paperdir"]


def _refused(env: Env) -> list[str]:
    os.environ["SPIN_CROSSREF_URL"] = f"http://127.0.0.1:{env.port}/crossref"
    return ["check", _release(env), "--doi", DOI]


def _output_missing_dir(env: Env) -> list[str]:
    return ["check", _release(env), "--paper", _abstract(env), "-o", "nowhere/report.json"]


def _output_is_dir(env: Env) -> list[str]:
    (env.tmp / "reports").mkdir()
    return ["check", _release(env), "--paper", _abstract(env), "-o", "reports"]


def _pdf(text: str = "Exercise reduced knee pain in 40 adults.", **kw: Any) -> bytes:
    doc = PDFDoc()
    doc.page().paragraph(72, 700, 468, text)
    return doc.build(**kw)


def _truncated_pdf() -> bytes:
    data = _pdf("Exercise reduced knee pain in 40 adults. " * 20)
    return data[: len(data) // 2]


def _pdf_bomb() -> bytes:
    # 130 MiB of spaces in ~130 KB: beyond the default 128 MiB per-stream bound
    return _pdf(extra_stream=zlib.compress(b" " * (130 * 2**20), 9))


def _crossref_record(abstract: str) -> str:
    return json.dumps(
        {
            "status": "ok",
            "message-type": "work",
            "message": {
                "DOI": "10.5555/spin.hostile",
                "type": "journal-article",
                "title": ["A hostile abstract"],
                "abstract": abstract,
            },
        }
    )


ROWS = [
    # ---------------------------------------------------------------- release files
    Row("empty release", check_file("r.txt", b""), "r.txt: the release is empty"),
    Row("whitespace only", check_file("r.txt", " \n\t\n  \r\n"), "r.txt: the release is empty"),
    Row(
        "binary file",
        check_file("r.txt", bytes(range(256)) * 16),
        "r.txt: looks like a binary file, not a press release (text, Markdown or HTML)",
    ),
    Row(
        "PDF given as the release",
        check_file("r.txt", _pdf()),
        "r.txt: is a PDF; spin reads releases as text, Markdown or HTML "
        "(give the paper's PDF with --paper)",
    ),
    Row(
        "directory with no releases",
        _dir_release,
        "drafts: no release files (.md, .markdown, .txt, .html, .htm) found",
    ),
    Row(
        "missing release",
        lambda env: ["check", "nothere.txt", "--paper", _abstract(env)],
        "nothere.txt: no such file",
    ),
    Row(
        "no sentences",
        check_file("r.txt", "• Home\n• News\n• Login\n© 2024 All rights reserved\n"),
        "r.txt: no sentences found in the release",
    ),
    Row(
        "50 MB release",
        _big,
        "big.txt: the release is 52.4 MB; spin reads releases of at most 10 MB",
    ),
    Row(
        "unterminated front matter",
        check_file("r.md", "---\ndoi: 10.5555/x\n\nText.\n"),
        "r.md: line 1: front matter starts with --- but never ends",
    ),
    # ---------------------------------------------------------------- DOIs
    Row(
        "invalid DOI: words",
        check_doi("not a doi"),
        f"release.txt: not a DOI: 'not a doi' {NOT_A_DOI}",
    ),
    Row(
        "invalid DOI: prefix only",
        check_doi("10.5555"),
        f"release.txt: not a DOI: '10.5555' {NOT_A_DOI}",
    ),
    Row("invalid DOI: empty", check_doi("doi:"), f"release.txt: not a DOI: 'doi:' {NOT_A_DOI}"),
    Row(
        "invalid DOI: control character",
        check_doi("10.5555/a\x1b[2Jb"),
        "release.txt: 10.5555/a\\x1b[2Jb: no such file (and not a DOI)",
    ),
    Row(
        "DOI that does not exist",
        check_doi(DOI, Reply.not_found()),
        f"release.txt: doi:{DOI} is not in Crossref, Europe PMC or OpenAlex; check the DOI, "
        "or give the paper as a file (Crossref JSON, abstract text or PDF)",
    ),
    # ---------------------------------------------------------------- Crossref answers
    Row(
        "Crossref 400",
        check_doi(DOI, Reply(400, b'{"status": "failed"}', {"Content-Type": "application/json"})),
        f"release.txt: Crossref answered 400 for doi:{DOI}; check the DOI and the service URL",
    ),
    Row(
        "Crossref 429",
        check_doi(DOI, Reply(429, headers={"Retry-After": "5"})),
        f"release.txt: Crossref is still rate-limiting requests for doi:{DOI} (429) after 3 "
        "attempts; wait a minute and retry, and set SPIN_MAILTO or --mailto (polite pool)",
    ),
    Row(
        "Crossref 500",
        check_doi(DOI, Reply(500)),
        f"release.txt: Crossref answered 500 for doi:{DOI} after 3 attempts; the service is "
        "having trouble, try again later",
    ),
    Row(
        "Crossref 503",
        check_doi(DOI, Reply(503, headers={"Retry-After": "1"})),
        f"release.txt: Crossref answered 503 for doi:{DOI} after 3 attempts; the service is "
        "having trouble, try again later",
    ),
    Row(
        "timeout",
        check_doi(DOI, Reply(fault="hang")),
        f"release.txt: Crossref unreachable for doi:{DOI} (timed out after 0.5 s, {{srv}}) "
        + UNREACHABLE,
    ),
    Row(
        "refused connection",
        _refused,
        f"release.txt: Crossref unreachable for doi:{DOI} (cannot connect, 127.0.0.1:{{port}}) "
        + UNREACHABLE,
    ),
    Row(
        "connection reset",
        check_doi(DOI, Reply(fault="reset")),
        f"release.txt: Crossref unreachable for doi:{DOI} (the connection was reset, {{srv}}) "
        + UNREACHABLE,
    ),
    Row(
        "truncated body",
        check_doi(DOI, Reply.json({"status": "ok", "message": {"DOI": DOI}}, fault="truncate")),
        f"release.txt: Crossref unreachable for doi:{DOI} (the connection was closed "
        f"mid-answer, {{srv}}) " + UNREACHABLE,
    ),
    Row(
        "non-JSON body",
        check_doi(DOI, Reply.text("<html>Maintenance</html>", content_type="text/html")),
        f"release.txt: Crossref sent a non-JSON answer for doi:{DOI} (200); check "
        "SPIN_CROSSREF_URL or try again later",
    ),
    Row(
        "invalid JSON body",
        check_doi(DOI, Reply(200, b'{"status": "ok", "mess', {"Content-Type": "application/json"})),
        f"release.txt: Crossref sent an unreadable answer for doi:{DOI}; check "
        "SPIN_CROSSREF_URL or try again",
    ),
    Row(
        "JSON of the wrong shape",
        check_doi(DOI, Reply.json({"status": "ok", "message": ["not", "a", "work"]})),
        f"release.txt: Crossref answered for doi:{DOI} with JSON that is not a work record "
        "(an object with keys message, status); check SPIN_CROSSREF_URL",
    ),
    Row(
        "huge answer",
        check_doi(DOI, Reply.endless(total=64 * 2**20)),
        f"release.txt: Crossref answer for doi:{DOI} is larger than 10485760 bytes; refusing it",
    ),
    # ---------------------------------------------------------------- paper files
    Row(
        "missing paper file",
        lambda env: ["check", _release(env), "--paper", "papers/nothere.json"],
        "release.txt: papers/nothere.json: no such file (and not a DOI)",
    ),
    Row(
        "directory as the paper",
        _dir_paper,
        "release.txt: paperdir: is a directory, not a paper file",
    ),
    Row(
        "binary paper file",
        check_paper("paper.txt", bytes(range(256)) * 16),
        "release.txt: paper.txt: not a text file (binary content)",
    ),
    Row(
        "encrypted PDF",
        check_paper("paper.pdf", _pdf(encrypt_with_password=True)),
        "release.txt: paper.pdf: the PDF is encrypted and needs a password; save an "
        "unprotected copy",
    ),
    Row(
        "truncated PDF",
        check_paper("paper.pdf", _truncated_pdf()),
        "release.txt: paper.pdf: cannot read the PDF; it is damaged or truncated (Unexpected EOF)",
    ),
    Row(
        "fake PDF (HTML login page)",
        check_paper("paper.pdf", b"<!DOCTYPE html><html><body>Sign in</body></html>"),
        "release.txt: paper.pdf: not a PDF (it is an HTML page, perhaps a paywall or login "
        "page saved by mistake; a PDF starts with %PDF-)",
    ),
    Row(
        "PDF decompression bomb",
        check_paper("paper.pdf", _pdf_bomb()),
        "release.txt: paper.pdf: a compressed stream expands beyond 128 MB (a decompression bomb?)",
    ),
    # ---------------------------------------------------------------- options and output
    Row(
        "unknown --format",
        lambda env: ["check", _release(env), "--paper", _abstract(env), "--format", "xml"],
        "--format: must be one of terminal, json, sarif, github, markdown, not 'xml'",
    ),
    Row(
        "unknown --format (spin paper)",
        lambda env: ["paper", "10.5555/x", "--format", "xml"],
        "argument --format: invalid choice: 'xml' (choose from 'terminal', 'json') "
        "(see 'spin paper --help')",
    ),
    Row(
        "--output in a missing directory",
        _output_missing_dir,
        "--output nowhere/report.json: directory nowhere does not exist",
    ),
    Row("--output is a directory", _output_is_dir, "--output reports: is a directory"),
]


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Env]:
    from spin.sources import SourceSettings

    monkeypatch.chdir(tmp_path)
    with FakeServer() as srv, socket.socket() as s:
        s.bind(("127.0.0.1", 0))  # reserved, never listening: connections are refused
        e = Env(tmp=tmp_path, srv=srv, port=s.getsockname()[1])
        monkeypatch.setenv("SPIN_CROSSREF_URL", f"{srv.url}/crossref")
        monkeypatch.setenv("SPIN_EUROPEPMC_URL", f"{srv.url}/europepmc")
        monkeypatch.setenv("SPIN_OPENALEX_URL", f"{srv.url}/openalex")
        original = SourceSettings.from_env.__func__  # type: ignore[attr-defined]

        def from_env(cls: type[SourceSettings], **kw: Any) -> SourceSettings:
            base: SourceSettings = original(cls, **kw)
            return base.with_(sleep=e.sleeps.append, timeout=0.5)

        monkeypatch.setattr(SourceSettings, "from_env", classmethod(from_env))
        yield e


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_bad_input_table(row: Row, env: Env, capsys: pytest.CaptureFixture[str]) -> None:
    argv = row.setup(env)
    code = main(argv)
    out, err = capsys.readouterr()
    host = env.srv.url.removeprefix("http://")
    expected = row.message.replace("{srv}", host).replace("{port}", str(env.port))
    assert err == f"spin: error: {expected}\n"
    assert code == 2
    assert out == ""
    assert "Traceback" not in err


def test_table_rows_are_documented() -> None:
    """Every row of the test table appears in RELIABILITY.md."""
    doc = (ROOT / "RELIABILITY.md").read_text(encoding="utf-8")
    missing = [r.id for r in ROWS if f"| {r.id} |" not in doc]
    assert missing == []


def test_large_release_is_refused_without_reading_it(
    env: Env, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    reads: list[str] = []
    real = Path.read_bytes

    def spy(self: Path) -> bytes:
        reads.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    assert main(_big(env)) == 2
    assert "big.txt" not in reads
    assert "at most 10 MB" in capsys.readouterr().err


def test_unreadable_release_simulated(
    env: Env, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Root reads everything, so the permission failure is simulated at the read."""
    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    argv = check_file("locked.txt", RELEASE)(env)
    assert main(argv) == 2
    assert capsys.readouterr().err == (
        "spin: error: locked.txt: cannot read the file (permission denied)\n"
    )


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: chmod 000 does not stop root from reading (simulated above)",
)
def test_unreadable_release_real_permissions(
    env: Env, capsys: pytest.CaptureFixture[str]
) -> None:  # pragma: no cover - CI runs as root
    argv = check_file("locked.txt", RELEASE)(env)
    (env.tmp / "locked.txt").chmod(0)
    try:
        assert main(argv) == 2
    finally:
        (env.tmp / "locked.txt").chmod(0o644)
    assert capsys.readouterr().err == (
        "spin: error: locked.txt: cannot read the file (permission denied)\n"
    )


def test_retries_behind_the_table_rows(env: Env, capsys: pytest.CaptureFixture[str]) -> None:
    """The 429 row honours Retry-After on each of its 3 attempts (sleeps recorded)."""
    assert main(check_doi(DOI, Reply(429, headers={"Retry-After": "5"}))(env)) == 2
    capsys.readouterr()
    assert env.srv.count(crossref_path(DOI)) == 3
    assert env.sleeps == [5.0, 5.0]


# --------------------------------------------------------------------------- read, not refused


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_latin1_and_windows_1252_are_read(
    env: Env, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    text = (
        "Café owners’ study: coffee linked to longer life\n\n"
        "Researchers in Zürich found that drinking coffee was associated with a 12 % lower "
        "risk of death – but they said the study was observational.\n"
    )
    env.write("release.txt", text.encode(encoding, errors="replace"))
    code = main(["check", "release.txt", "--paper", _abstract(env), "--format", "json"])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    data = json.loads(out)
    assert "Zürich" in json.dumps(data, ensure_ascii=False)


def test_hostile_html_is_read_without_scripts(env: Env) -> None:
    """Megabytes of markup and script: only the article is read, quickly enough."""
    from spin.release import read_release

    article = "<article><h1>Coffee linked to longer life</h1>" + "".join(
        f"<p>Researchers followed {1000 + i} adults for ten years and found an association "
        "with lower mortality.</p>"
        for i in range(5)
    )
    script = "<script>document.write('Coffee cures cancer, scientists say.');" + "x=1;" * 200_000
    junk = "<div class='menu'><span>Home</span></div>" * 40_000
    nested = "<div>" * 5_000 + "deep" + "</div>" * 5_000
    page = (
        f"<html><head>{script}</script></head><body>{junk}{article}</article>{nested}</body></html>"
    )
    assert len(page) > 2_000_000
    env.write("page.html", page)
    doc = read_release("page.html")
    texts = [s.text for s in doc.sentences]
    assert "Coffee linked to longer life" in texts
    assert not any("cures cancer" in t or "document.write" in t for t in texts)
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    "abstract",
    [
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;'
        '&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        "<jats:p>Exercise reduced knee pain in 40 adults. &lol3;</jats:p>",
        '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<jats:p>Exercise reduced knee pain in 40 adults. &xxe;</jats:p>",
        '<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]>'
        "<jats:p>Exercise reduced knee pain in 40 adults.</jats:p>",
    ],
    ids=["billion-laughs", "external-entity", "external-dtd"],
)
def test_hostile_jats_is_never_expanded(
    env: Env, capsys: pytest.CaptureFixture[str], abstract: str
) -> None:
    env.write("paper.json", _crossref_record(abstract))
    assert main(["paper", "paper.json", "--format", "json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    texts = " ".join(s["text"] for s in data["statements"])
    assert "Exercise reduced knee pain in 40 adults." in texts
    assert "lollol" not in out  # no expansion
    assert "root:" not in out  # /etc/passwd never read
    assert env.srv.count() == 0  # no DTD fetched


# --------------------------------------------------------------------------- subprocess


def _spin(args: list[str], cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "spin", *args],
        cwd=cwd,
        env=env,
        input=stdin.decode("latin-1"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "files", "stdin", "message"),
    [
        (["check", "nothere.txt", "--doi", "10.5555/x"], {}, b"", "nothere.txt: no such file"),
        (
            ["check", "r.txt", "--doi", "10.5555/x"],
            {"r.txt": bytes(range(256)) * 16},
            b"",
            "r.txt: looks like a binary file, not a press release (text, Markdown or HTML)",
        ),
        (["check", "-", "--doi", "10.5555/x"], {}, b"", "<stdin>: the release is empty"),
        (
            ["check", "-", "--doi", "10.5555/x", "-f", "yaml"],
            {},
            RELEASE.encode(),
            "--format: must be one of terminal, json, sarif, github, markdown, not 'yaml'",
        ),
    ],
    ids=["missing", "binary", "empty-stdin", "unknown-format"],
)
def test_subprocess_rows(
    tmp_path: Path, args: list[str], files: dict[str, bytes], stdin: bytes, message: str
) -> None:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    res = _spin([*args, "--no-config"], tmp_path, stdin)
    assert res.returncode == 2
    assert res.stderr == f"spin: error: {message}\n"
    assert res.stdout == ""


def test_subprocess_debug_shows_the_traceback(tmp_path: Path) -> None:
    res = _spin(["--debug", "check", "nothere.txt", "--doi", "10.5555/x"], tmp_path)
    assert res.returncode != 0
    assert "Traceback" in res.stderr and "InputError: nothere.txt: no such file" in res.stderr


# --------------------------------------------------------------------------- the package source


def _package_calls() -> Iterator[tuple[str, ast.Call]]:
    for path in sorted((ROOT / "spin").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                yield str(path.relative_to(ROOT)), node


def test_no_eval_exec_shell_or_unsafe_loaders() -> None:
    """No eval, exec, shell, os.system/popen, pickle or unsafe YAML in the package."""
    bad: list[str] = []
    for where, call in _package_calls():
        f = call.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
        owner = f.value.id if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) else ""
        if name in ("eval", "exec", "compile") and not owner:
            bad.append(f"{where}:{call.lineno}: {name}()")
        if (owner == "os" and name in ("system", "popen")) or owner.startswith("subprocess"):
            bad.append(f"{where}:{call.lineno}: {owner}.{name}()")
        if owner in ("pickle", "marshal", "shelve"):
            bad.append(f"{where}:{call.lineno}: {owner}.{name}()")
        if owner == "yaml" and name in ("load", "load_all", "unsafe_load", "full_load"):
            bad.append(f"{where}:{call.lineno}: yaml.{name}()")
        for kw in call.keywords:
            if kw.arg == "shell" and not (
                isinstance(kw.value, ast.Constant) and kw.value.value is False
            ):
                bad.append(f"{where}:{call.lineno}: shell=")
    assert bad == []


def test_xml_is_parsed_only_with_defusedxml() -> None:
    """No module of the package imports the standard XML parsers or lxml directly."""
    unsafe = ("xml.etree", "xml.dom", "xml.sax", "xml.parsers", "lxml")
    found: list[str] = []
    for path in sorted((ROOT / "spin").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            found += [f"{path.name}: {n}" for n in names if n.startswith(unsafe)]
    assert found == []
