"""A tiny PDF writer for tests: text in the standard Type1 fonts, nothing else.

Enough to build article-like PDFs with one or two columns, headings, running
headers and footers, page numbers, line numbers, a reference list, metadata,
compressed streams and deliberately broken files, so the PDF tests run anywhere
without fixtures from outside the repository.

    doc = PDFDoc()
    page = doc.page()
    page.text(72, 720, "Hello", size=12, bold=True)
    page.paragraph(72, 700, 468, "A long paragraph ...")
    data = doc.build(info={"Title": "x"})
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

# average advance width of Helvetica in thousandths of the font size (for wrapping)
_AVG_WIDTH = 0.52


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def wrap(text: str, width: float, size: float) -> list[str]:
    """Greedy word wrap for a column ``width`` points wide."""
    max_chars = max(10, int(width / (size * _AVG_WIDTH)))
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if len(candidate) > max_chars and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


@dataclass
class Page:
    width: float = 612
    height: float = 792
    ops: list[str] = field(default_factory=list)

    def text(self, x: float, y: float, s: str, size: float = 10, bold: bool = False) -> None:
        font = "F2" if bold else "F1"
        self.ops.append(f"BT /{font} {size:g} Tf {x:.2f} {y:.2f} Td ({_escape(s)}) Tj ET")

    def lines(
        self, x: float, y: float, lines: list[str], size: float = 10, leading: float = 12
    ) -> float:
        """Write ``lines`` downwards from ``y``; return the y below the last line."""
        for ln in lines:
            self.text(x, y, ln, size)
            y -= leading
        return y

    def paragraph(
        self, x: float, y: float, width: float, text: str, size: float = 10, leading: float = 12
    ) -> float:
        return self.lines(x, y, wrap(text, width, size), size, leading) - leading * 0.6

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self.ops.append(f"{x:g} {y:g} {w:g} {h:g} re f")


@dataclass
class PDFDoc:
    pages: list[Page] = field(default_factory=list)

    def page(self, width: float = 612, height: float = 792) -> Page:
        p = Page(width, height)
        self.pages.append(p)
        return p

    def build(
        self,
        info: dict[str, str] | None = None,
        *,
        compress: bool = False,
        extra_stream: bytes | None = None,
        encrypt_with_password: bool = False,
    ) -> bytes:
        """The PDF file.  ``extra_stream``: raw content appended to page 1's
        content as a separate Flate stream (for decompression-bomb tests);
        ``encrypt_with_password``: an /Encrypt dictionary whose user password is
        not empty, so a reader must ask for it."""
        objects: list[bytes] = []

        def add(body: bytes) -> int:
            objects.append(body)
            return len(objects)

        font1 = add(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
        )
        font2 = add(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
            b"/Encoding /WinAnsiEncoding >>"
        )
        pages_id = len(objects) + 1
        objects.append(b"")  # placeholder for /Pages
        kids: list[int] = []
        for i, page in enumerate(self.pages):
            content = "\n".join(page.ops).encode("latin-1")
            streams: list[int] = []
            if compress:
                data = zlib.compress(content)
                streams.append(
                    add(
                        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                        + data
                        + b"\nendstream"
                    )
                )
            else:
                streams.append(
                    add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
                )
            if i == 0 and extra_stream is not None:
                streams.append(
                    add(
                        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(extra_stream)
                        + extra_stream
                        + b"\nendstream"
                    )
                )
            contents = (
                b"%d 0 R" % streams[0]
                if len(streams) == 1
                else b"[" + b" ".join(b"%d 0 R" % s for s in streams) + b"]"
            )
            kids.append(
                add(
                    b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %g %g] "
                    % (pages_id, page.width, page.height)
                    + b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> " % (font1, font2)
                    + b"/Contents "
                    + contents
                    + b" >>"
                )
            )
        objects[pages_id - 1] = (
            b"<< /Type /Pages /Kids ["
            + b" ".join(b"%d 0 R" % k for k in kids)
            + b"] /Count %d >>" % len(kids)
        )
        catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
        info_id = None
        if info:
            entries = b" ".join(
                b"/" + k.encode("ascii") + b" (" + _escape(v).encode("latin-1") + b")"
                for k, v in info.items()
            )
            info_id = add(b"<< " + entries + b" >>")
        encrypt_id = None
        if encrypt_with_password:
            encrypt_id = add(
                b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 "
                b"/O <" + b"6b" * 32 + b"> /U <" + b"3c" * 32 + b"> >>"
            )

        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets: list[int] = []
        for n, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
        if info_id:
            trailer += b" /Info %d 0 R" % info_id
        if encrypt_id:
            trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (encrypt_id, b"ab" * 16, b"ab" * 16)
        out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
        return bytes(out)
