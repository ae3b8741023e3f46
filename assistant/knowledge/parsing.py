"""Turn a Markdown, HTML or plain-text document into a title and anchored sections.

Sections follow the document's own headings so that a citation can point at the part that
answers ("/kb/cancellation-policy#late-cancellations"). Long sections are cut at paragraph
boundaries into chunks of about ``MAX_CHUNK_CHARS``; every piece keeps its heading's anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from django.utils.text import slugify

MAX_CHUNK_CHARS = 900
SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
}


@dataclass(frozen=True)
class Section:
    heading: str
    anchor: str
    text: str


@dataclass(frozen=True)
class ParsedDocument:
    title: str
    sections: list[Section]


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_MD_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> text
    (re.compile(r"(\*\*|__|`)"), ""),  # bold, code
    (re.compile(r"(?<!\w)[*_](\S[^*_]*?)[*_](?!\w)"), r"\1"),  # emphasis
]


def _clean_md(line: str) -> str:
    for pattern, replacement in _MD_INLINE:
        line = pattern.sub(replacement, line)
    return line


def _split(text: str) -> list[str]:
    """Paragraph-aligned pieces of at most about MAX_CHUNK_CHARS."""
    pieces: list[str] = []
    current = ""
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        if current and len(current) + len(paragraph) > MAX_CHUNK_CHARS:
            pieces.append(current)
            current = paragraph
        else:
            current = f"{current}\n\n{paragraph}" if current else paragraph
    if current:
        pieces.append(current)
    return pieces


def _sections(title: str, blocks: list[tuple[str, list[str]]]) -> list[Section]:
    sections = []
    seen: dict[str, int] = {}
    for heading, lines in blocks:
        body = "\n".join(lines).strip()
        if not body:
            continue
        anchor = slugify(heading or title)[:180] or "top"
        if anchor in seen:
            seen[anchor] += 1
            anchor = f"{anchor}-{seen[anchor]}"
        else:
            seen[anchor] = 0
        sections.extend(Section(heading or title, anchor, piece) for piece in _split(body))
    return sections


def parse_markdown(source: str, fallback_title: str) -> ParsedDocument:
    title = ""
    blocks: list[tuple[str, list[str]]] = [("", [])]
    for raw in source.splitlines():
        match = _MD_HEADING.match(raw)
        if match:
            level, text = len(match.group(1)), _clean_md(match.group(2))
            if level == 1 and not title:
                title = text
                continue
            blocks.append((text, []))
        else:
            blocks[-1][1].append(_clean_md(raw))
    title = title or fallback_title
    return ParsedDocument(title, _sections(title, blocks))


class _HTMLText(HTMLParser):
    _SKIP = {"script", "style", "nav", "footer", "head"}
    _HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
    _BLOCKS = {"p", "li", "div", "br", "tr", "section", "article", "ul", "ol", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.blocks: list[tuple[str, list[str]]] = [("", [])]
        self._skip = 0
        self._in_title = False
        self._heading: list[str] | None = None
        self._heading_level = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._HEADINGS:
            self._heading, self._heading_level = [], int(tag[1])
        elif tag in self._BLOCKS:
            self.blocks[-1][1].append("\n\n" if tag == "p" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self._HEADINGS and self._heading is not None:
            text = " ".join("".join(self._heading).split())
            if self._heading_level == 1 and not self.title:
                self.title = text
            else:
                self.blocks.append((text, []))
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title = self.title or data.strip()
        elif self._heading is not None:
            self._heading.append(data)
        else:
            self.blocks[-1][1].append(data)


def parse_html(source: str, fallback_title: str) -> ParsedDocument:
    parser = _HTMLText()
    parser.feed(source)
    title = parser.title or fallback_title
    blocks = [
        (heading, [re.sub(r"[ \t]+", " ", "".join(parts))]) for heading, parts in parser.blocks
    ]
    return ParsedDocument(title, _sections(title, blocks))


def parse_text(source: str, fallback_title: str) -> ParsedDocument:
    lines = source.strip().splitlines()
    title = lines[0].strip() if lines else fallback_title
    return ParsedDocument(title, _sections(title, [("", lines[1:])]))


def parse_file(path: Path, source: str) -> ParsedDocument:
    kind = SUFFIXES[path.suffix.lower()]
    fallback = path.stem.replace("-", " ").replace("_", " ").capitalize()
    if kind == "markdown":
        return parse_markdown(source, fallback)
    if kind == "html":
        return parse_html(source, fallback)
    return parse_text(source, fallback)
