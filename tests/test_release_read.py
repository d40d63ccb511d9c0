"""Reading releases: formats, encodings, front matter, HTML, URLs, stdin and errors."""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from spin.errors import InputError, NetworkError, OfflineError, SpinError
from spin.release import MAX_BYTES, read_release, read_text

RELEASES = Path(__file__).resolve().parent / "fixtures" / "releases"

BODY = (
    "Coffee linked to lower liver fibrosis\n\n"
    "Adults who drank coffee had less liver fibrosis in an observational study of 4,212 adults.\n\n"
    "Journal reference: doi:10.5555/jhe.2024.0042\n"
)


# --------------------------------------------------------------------------- HTML


def test_html_page_only_article_and_doi_from_link() -> None:
    doc = read_release(str(RELEASES / "coffee-article.html"))
    assert doc.media_type == "html"
    assert doc.title == "Daily coffee linked to lower liver fibrosis in adults"
    texts = [s.text for s in doc.sentences]
    assert texts[0] == doc.title and doc.sentences[0].headline
    joined = "\n".join(texts)
    for junk in (
        "cookies",
        "Accept all",
        "Log in",
        "About us",
        "Related news",
        "Green tea",
        "Sleep loss",
        "chocolate",
        "Privacy policy",
        "All rights reserved",
        "gtag",
        "dataLayer",
        "press@northfield",
        "Tweet",
        "By Priya Raman",
    ):
        assert junk not in joined and junk not in doc.text, junk
    assert (
        "The researchers analysed questionnaire data and liver scans collected between "
        "2015 and 2019." in texts
    )
    # the paper's DOI only appears as the href of the journal-reference link
    assert doc.doi == "10.5555/jhe.2024.0042"
    assert "10.5555/hep.2019.0117" in doc.other_dois  # earlier work
    assert "10.5555/other.2023.9999" in doc.other_dois  # sidebar
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
    quotes = [s for s in doc.sentences if s.quote]
    assert [s.speaker for s in quotes] == ["Helen Okafor", "Helen Okafor"]


def test_html_title_fallbacks() -> None:
    html = (
        "<html><head><title>Mice sleep more after exercise - Example News</title></head>"
        "<body><article><p>Mice that ran on a wheel slept 20% longer than sedentary mice, "
        "a study of 48 animals found.</p><p>The effect lasted two weeks after the running "
        "stopped, the researchers report.</p></article></body></html>"
    )
    doc = read_text(html, media_type="html")
    assert doc.title == "Mice sleep more after exercise"
    assert doc.sentences[0].text == "Mice sleep more after exercise"
    assert doc.sentences[0].headline


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    p = tmp_path / "release.page"
    p.write_text((RELEASES / "coffee-article.html").read_text(encoding="utf-8"), encoding="utf-8")
    assert read_release(str(p)).media_type == "html"
    q = tmp_path / "release"
    q.write_text(BODY, encoding="utf-8")
    assert read_release(str(q)).media_type == "text"


# --------------------------------------------------------------------------- Markdown


def test_markdown_front_matter_and_markup() -> None:
    doc = read_release(str(RELEASES / "release.md"))
    assert doc.media_type == "markdown"
    assert doc.doi == "10.5555/sleep.2024.0150"
    assert doc.paper_path == str((RELEASES / ".." / "papers" / "sleep-paper.json").resolve())
    assert doc.title == "Sleep app reduces insomnia symptoms in small trial"
    texts = [s.text for s in doc.sentences]
    assert texts[0] == "Sleep app reduces insomnia symptoms in small trial"
    assert doc.sentences[0].headline
    assert texts[1] == (
        "Boston, MA — A smartphone app that delivers cognitive behavioural therapy reduced "
        "insomnia symptoms in a randomized pilot trial of 60 adults."
    )
    assert "Insomnia severity fell by 4.1 points on average after six weeks." in texts
    assert "Participants used the app for 12 minutes a day on average." in texts
    assert texts[-1] == "Earlier work had suggested similar benefits (Lee et al., 2020)."
    assert doc.other_dois == ("10.5555/old.2020.0001",)
    assert not any("title:" in t or "---" in t for t in texts)
    # spans point into the file; the text is the span with markup removed
    for s in doc.sentences:
        raw = doc.text[s.start : s.end]
        assert raw.strip() == raw
        for word in s.text.replace("(", " ").replace(")", " ").split():
            assert word.strip(".,") in raw
    head = doc.sentences[0]
    assert doc.text[head.start : head.end] == head.text
    assert head.line == 7 and head.column == 3


def test_markdown_bad_front_matter_names_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.md"
    p.write_text("---\ndoi: 10.5555/x\npaper: [unclosed\n---\n\n# Title\n\nSome text here.\n")
    with pytest.raises(InputError, match=r"bad\.md: line \d+: bad front matter"):
        read_release(str(p))


def test_markdown_front_matter_not_a_mapping(tmp_path: Path) -> None:
    p = tmp_path / "list.md"
    p.write_text("---\n- a\n- b\n---\n\nThe drug worked in mice, a small study found.\n")
    with pytest.raises(InputError, match="front matter must be a mapping"):
        read_release(str(p))


def test_markdown_front_matter_bad_doi(tmp_path: Path) -> None:
    p = tmp_path / "doi.md"
    p.write_text("---\ndoi: not-a-doi\n---\n\nThe drug worked in mice, a small study found.\n")
    with pytest.raises(InputError, match=r"doi\.md: front matter doi: not a DOI"):
        read_release(str(p))


def test_markdown_front_matter_unterminated(tmp_path: Path) -> None:
    p = tmp_path / "open.md"
    p.write_text("---\ndoi: 10.5555/x\n\nThe drug worked in mice, a small study found.\n")
    with pytest.raises(InputError, match="never ends"):
        read_release(str(p))


# --------------------------------------------------------------------------- encodings


def test_windows_1252_is_read() -> None:
    doc = read_release(str(RELEASES / "latin1-cp1252.txt"))
    assert doc.sentences[0].text == "Café study finds naïve mice prefer crème brûlée"
    quote = next(s for s in doc.sentences if s.quote)
    assert quote.text == "“The preference was strong,” said Dr. Renée Müller."
    assert quote.speaker == "Renée Müller"
    assert doc.doi == "10.5555/rb.2021.0099"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "latin-1", "cp1252"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = (
        "Études show café drinkers sleep less\n\nIn a study of 300 adults in Zürich, café "
        "drinkers slept 20 minutes less per night.\n"
    )
    p = tmp_path / "r.txt"
    p.write_bytes(text.encode(encoding))
    doc = read_release(str(p))
    assert doc.text == text
    assert doc.sentences[1].text.startswith("In a study of 300 adults in Zürich, café")


def test_crlf_newlines_are_read_as_newlines(tmp_path: Path) -> None:
    p = tmp_path / "r.txt"
    p.write_bytes(BODY.replace("\n", "\r\n").encode())
    doc = read_release(str(p))
    assert "\r" not in doc.text
    assert doc.sentences[1].line == 3


# --------------------------------------------------------------------------- errors


def test_missing_file() -> None:
    with pytest.raises(InputError) as exc:
        read_release("/nonexistent/release.txt")
    assert str(exc.value) == "/nonexistent/release.txt: no such file"


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        read_release(str(tmp_path))
    assert str(exc.value) == f"{tmp_path}: is a directory, not a release file"


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root can read any file"
)
def test_unreadable(tmp_path: Path) -> None:
    p = tmp_path / "r.txt"
    p.write_text(BODY)
    p.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_release(str(p))


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_empty(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as exc:
        read_release(str(p))
    assert str(exc.value) == f"{p}: the release is empty"


def test_binary(tmp_path: Path) -> None:
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError) as exc:
        read_release(str(p))
    assert str(exc.value) == (
        f"{p}: looks like a binary file, not a press release (text, Markdown or HTML)"
    )


def test_pdf_given_as_release(tmp_path: Path) -> None:
    p = tmp_path / "paper.pdf"
    p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with pytest.raises(InputError, match=r"is a PDF; .* --paper"):
        read_release(str(p))


def test_too_large(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match=r"big\.txt: the release is 10\.5 MB; .* at most 10 MB"):
        read_release(str(p))


def test_no_sentences(tmp_path: Path) -> None:
    p = tmp_path / "menu.txt"
    p.write_text("• Home\n• News\n• Login\n© 2024 All rights reserved\n")
    with pytest.raises(InputError) as exc:
        read_release(str(p))
    assert str(exc.value) == f"{p}: no sentences found in the release"


def test_errors_are_spin_errors_with_exit_code_2(tmp_path: Path) -> None:
    with pytest.raises(SpinError) as exc:
        read_release(str(tmp_path / "nope.md"))
    assert int(exc.value.exit_code) == 2


# --------------------------------------------------------------------------- stdin


def test_stdin_text() -> None:
    doc = read_release("-", stdin=io.TextIOWrapper(io.BytesIO(BODY.encode()), encoding="utf-8"))
    assert doc.path == "<stdin>"
    assert doc.doi == "10.5555/jhe.2024.0042"
    assert doc.sentences[0].headline


def test_stdin_plain_string_stream_and_html_sniffing() -> None:
    html = (RELEASES / "coffee-article.html").read_text(encoding="utf-8")
    doc = read_release("-", stdin=io.StringIO(html))
    assert doc.media_type == "html"
    assert doc.doi == "10.5555/jhe.2024.0042"


def test_stdin_empty() -> None:
    with pytest.raises(InputError, match="<stdin>: the release is empty"):
        read_release("-", stdin=io.StringIO(""))


# --------------------------------------------------------------------------- URLs


class _Handler(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[int, str, bytes]]] = {}

    def do_GET(self) -> None:
        status, ctype, body = self.pages.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        if status in (301, 302):
            self.send_header("Location", body.decode())
            body = b""
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    html = (RELEASES / "coffee-article.html").read_bytes()
    _Handler.pages = {
        "/article": (200, "text/html; charset=utf-8", html),
        "/plain": (
            200,
            "text/plain; charset=windows-1252",
            "Café study: mice prefer dessert\n\nMice preferred the dessert in 78% of "
            "trials, a study found. doi:10.5555/rb.2021.0099\n".encode("cp1252"),
        ),
        "/moved": (302, "text/html", b"/article"),
        "/loop": (302, "text/html", b"/loop"),
        "/pdf": (200, "application/pdf", b"%PDF-1.4\n"),
    }
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_html(server: str) -> None:
    doc = read_release(f"{server}/article")
    assert doc.path == f"{server}/article"
    assert doc.media_type == "html"
    assert doc.doi == "10.5555/jhe.2024.0042"
    assert doc.sentences[0].text == "Daily coffee linked to lower liver fibrosis in adults"


def test_url_plain_text_with_declared_charset(server: str) -> None:
    doc = read_release(f"{server}/plain")
    assert doc.media_type == "text"
    assert doc.sentences[0].text == "Café study: mice prefer dessert"


def test_url_redirect_followed(server: str) -> None:
    assert read_release(f"{server}/moved").doi == "10.5555/jhe.2024.0042"


def test_url_redirect_loop(server: str) -> None:
    with pytest.raises(NetworkError, match="redirect"):
        read_release(f"{server}/loop")


def test_url_404(server: str) -> None:
    with pytest.raises(InputError, match="HTTP 404"):
        read_release(f"{server}/missing")


def test_url_pdf(server: str) -> None:
    with pytest.raises(InputError, match="is a PDF"):
        read_release(f"{server}/pdf")


def test_url_size_cap(server: str) -> None:
    class Tiny:
        timeout = 5.0
        max_redirects = 3
        max_response_bytes = 100
        offline = False

    with pytest.raises(InputError, match="larger than"):
        read_release(f"{server}/article", settings=Tiny())


def test_url_connection_refused() -> None:
    with pytest.raises(NetworkError, match="cannot fetch the release"):
        read_release("http://127.0.0.1:9/release")


def test_url_offline() -> None:
    class Offline:
        offline = True

    with pytest.raises(OfflineError, match="offline"):
        read_release("http://127.0.0.1:9/release", settings=Offline())


_PIECES = [
    "Mice given the drug lived 20% longer (p < 0.05).",
    "Smith et al. found a link.",
    '"We were surprised," said Dr. Jane Smith.',
    "Share on Facebook",
    "• Home",
    "August 29, 2018",
    "# Drug extends life of mice",
    "- pain fell by 20% in the treated group",
    "*Fig.* 2 shows the [dose](https://example.org) vs. response curve.",
    "###",
    "DOI: 10.5555/prop.2024.1",
]


@hyp_settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12),
    st.lists(st.sampled_from(["\n", "\n\n", " "]), min_size=12, max_size=12),
    st.sampled_from(["text", "markdown"]),
)
def test_document_spans_property(pieces: list[str], seps: list[str], media: str) -> None:
    text = "".join(p + s for p, s in zip(pieces, seps, strict=False))
    try:
        doc = read_text(text, media_type=media)
    except InputError:
        return  # only boilerplate: refused with a clear message
    prev = 0
    for s in doc.sentences:
        assert prev <= s.start < s.end <= len(doc.text)
        raw = doc.text[s.start : s.end]
        if media == "text":
            assert raw == s.text
        else:
            assert s.text and set(s.text.split()) <= set(
                raw.replace("[", " ").replace("]", " ").replace("*", " ").split()
            ) | {w for w in s.text.split() if w.startswith(("(", ")"))}
        before = doc.text[: s.start]
        assert (s.line, s.column) == (before.count("\n") + 1, s.start - before.rfind("\n"))
        last = doc.text[: s.end - 1]
        assert (s.end_line, s.end_column) == (
            last.count("\n") + 1,
            s.end - 1 - last.rfind("\n"),
        )
        prev = s.end
    # the headline's sentences ("How many samples? New workflow helps") open the release
    # and share its one line
    heads = [s for s in doc.sentences if s.headline]
    assert [s.index for s in heads] == list(range(len(heads)))
    assert len({s.line for s in heads}) <= 1


def test_a_headline_in_two_sentences_is_all_headline() -> None:
    doc = read_text(
        "# How many samples does a study need? New workflow helps answer it\n\n"
        "Researchers built a workflow. It estimates sample sizes.\n",
        media_type="markdown",
    )
    assert [s.headline for s in doc.sentences] == [True, True, False, False]
    assert doc.title == "How many samples does a study need?"
