"""Citations of quotes: the text a user pastes into a story, a paper or a fact-check.

Pure formatting: the interface only chooses a style and copies the result. Each style follows
its guide for a news article and for words quoted in it:

- plain: the quote in typographic marks, speaker and role, then title, source, date, paragraph.
- markdown: a blockquote with the same attribution.
- apa: APA 7, a secondary source ("as cited in"), newspaper article reference.
- mla: MLA 9, "qtd. in", Works Cited entry for a newspaper article.
- chicago: Chicago 18 notes and bibliography, news article, "quoted in".
- bibtex: biblatex ``@article`` with ``entrysubtype = {newspaper}``.
- csl-json: a CSL-JSON ``article-newspaper`` item.

Fields an article lacks are left out the way each guide says (APA writes "n.d." for no date;
the others omit what is unknown), never as "None" or stray punctuation. A citation is text to
paste and to show: an article's control characters come out as visible symbols.

A web page (fetched by quotelens) carries its URL and the day it was read: MLA gives that
access date always ("Accessed 2 Dec. 2026."); APA ("Retrieved ..., from URL") and Chicago
("accessed ...") only for a page with no publication date, as their guides ask; BibTeX writes
it as ``urldate`` and CSL-JSON as ``accessed``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from tui.model import Article, Quote, Speaker
from tui.textsafe import printable

STYLES = ("plain", "markdown", "apa", "mla", "chicago", "bibtex", "csl-json")
_SPACES = re.compile(r"\s+")
_CREDENTIAL = re.compile(
    r"[A-Z]{2,6}(?:-[A-Z]{2,6})?(?:\s\d+)?|Ph\.?D\.?|(?:[A-Z]\.){2,4}|[A-Z][a-z]?[A-Z]{1,3}"
)
_MINOR_WORDS = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via with from into "
    "onto over than".split()
)
_MLA_MONTHS = (
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)


@dataclass(frozen=True, slots=True)
class Source:
    """What a citation needs to know of the article and the quote."""

    words: str
    speaker: str | None
    role: str | None
    title: str
    publisher: str | None
    author: str | None
    day: date | None
    url: str | None
    paragraph: int | None
    accessed: str | None = None  # ISO day a web page was fetched


def quote_words(quote: Quote) -> str:
    """The quoted words on one line, without the comma that closed them before a cue."""
    return _SPACES.sub(" ", quote.text).strip().rstrip(",")


def cite(
    article: Article, quote: Quote, speakers: tuple[Speaker, ...], style: str = "plain"
) -> str:
    """The citation of ``quote`` from ``article`` in ``style`` (one of ``STYLES``)."""
    return cite_source(source_of(article, quote, speakers), style)


def cite_source(source: Source, style: str = "plain") -> str:
    """The citation of ``source`` in ``style`` (one of ``STYLES``), control characters shown
    as visible symbols."""
    if style not in STYLES:
        raise ValueError(f"unknown citation style: {style}")
    return printable(_FORMATS[style](source))


def source_of(article: Article, quote: Quote, speakers: tuple[Speaker, ...]) -> Source:
    """What a citation of ``quote`` needs from the article and its speakers."""
    meta = article.meta
    speaker = next((found for found in speakers if found.name == quote.speaker), None)
    try:
        day = date.fromisoformat(meta.date) if meta.date else None
    except ValueError:
        day = None
    return Source(
        words=quote_words(quote),
        speaker=quote.speaker,
        role=speaker.role if speaker else None,
        title=_SPACES.sub(" ", meta.title).strip(),
        publisher=meta.source,
        author=meta.author,
        day=day,
        url=meta.url,
        paragraph=quote.paragraph,
        accessed=_day(meta.fetched)[1] if meta.fetched else None,
    )


def _day(value: str | None) -> tuple[date | None, str | None]:
    """The day an ISO date or time names, and its ISO form; (None, None) if it names none."""
    try:
        day = date.fromisoformat((value or "")[:10])
    except ValueError:
        return None, None
    return day, day.isoformat()


def _accessed(source: Source) -> date | None:
    return _day(source.accessed)[0] if source.accessed else None


# -- helpers ---------------------------------------------------------------------------------


def title_case(title: str) -> str:
    """Headline-style capitalisation (MLA and Chicago): major words capitalised; articles,
    short prepositions and conjunctions lower case unless first or last."""
    words = title.split(" ")
    result = []
    for index, word in enumerate(words):
        bare = word.lower().strip("\"'“”‘’()")
        if 0 < index < len(words) - 1 and bare in _MINOR_WORDS:
            result.append(word.lower())
        else:
            result.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(result)


def _surname(name: str) -> str:
    return name.split()[-1] if " " in name else name


def _inverted(name: str) -> str:
    """Doe, Jane."""
    parts = name.split()
    return f"{parts[-1]}, {' '.join(parts[:-1])}" if len(parts) > 1 else name


def names_of(author: str) -> list[str]:
    """The people a byline names: "Jane Doe, John Roe and Ann Poe" -> three names (a name
    with a comma inside, such as "Doe, Jane", is not split)."""
    parts = [part.strip() for part in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", author)]
    # Degrees after a name (MD, PhD, RN) are left out of citations, as the guides ask.
    parts = [part for part in parts if part and not _CREDENTIAL.fullmatch(part)]
    if not parts:
        return [author.strip()]
    if len(parts) == 1 or all(" " in part for part in parts):
        return parts
    return [author.strip()]


def _apa_authors(author: str) -> str:
    """APA 7: Doe, J., Roe, J., & Poe, A."""
    names = [_apa_author(name) for name in names_of(author)]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def _apa_cited(author: str) -> str:
    """APA 7 in text: Doe; Doe & Roe; Doe et al."""
    surnames = [_surname(name) for name in names_of(author)]
    if len(surnames) == 1:
        return surnames[0]
    return " & ".join(surnames) if len(surnames) == 2 else f"{surnames[0]} et al."


def _mla_cited(author: str) -> str:
    """MLA 9 in text: Doe; Doe and Roe; Doe et al."""
    surnames = [_surname(name) for name in names_of(author)]
    if len(surnames) == 1:
        return surnames[0]
    return " and ".join(surnames) if len(surnames) == 2 else f"{surnames[0]} et al."


def _mla_authors(author: str) -> str:
    """MLA 9 Works Cited: Doe, Jane; Doe, Jane, and John Roe; Doe, Jane, et al."""
    names = names_of(author)
    if len(names) == 1:
        return _inverted(names[0])
    if len(names) == 2:
        return f"{_inverted(names[0])}, and {names[1]}"
    return f"{_inverted(names[0])}, et al"


def _chicago_authors(author: str, inverted: bool) -> str:
    """Chicago 18: Jane Doe, John Roe, and Ann Poe (the first inverted in the bibliography)."""
    names = names_of(author)
    if inverted:
        names = [_inverted(names[0]), *names[1:]]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]}{',' if inverted else ''} and {names[1]}"
    return ", ".join(names[:-1]) + ", and " + names[-1]


def _apa_author(name: str) -> str:
    """Doe, J."""
    parts = name.split()
    if len(parts) == 1:
        return name
    initials = " ".join(f"{part[0]}." for part in parts[:-1])
    return f"{parts[-1]}, {initials}"


def _speaker_phrase(source: Source) -> str:
    if not source.speaker:
        return "unattributed"
    return f"{source.speaker}, {source.role}" if source.role else source.speaker


def _end(text: str) -> str:
    """``text`` closed by a period, unless it already ends a sentence."""
    return text if text.endswith((".", "?", "!")) else text + "."


# -- the styles --------------------------------------------------------------------------------


def _plain(source: Source) -> str:
    """“Words.” — Speaker, role. “Title,” Source, 28 February 2025, paragraph 6."""
    where = [f"“{source.title}”"]
    if source.publisher:
        where.append(source.publisher)
    if source.day:
        where.append(f"{source.day.day} {source.day:%B %Y}")
    if source.paragraph:
        where.append(f"paragraph {source.paragraph}")
    if source.url:
        where.append(source.url)
    accessed = _accessed(source)
    if accessed:
        where.append(f"accessed {accessed.day} {accessed:%B %Y}")
    return f"“{source.words}” — {_speaker_phrase(source)}. {', '.join(where)}."


def _markdown(source: Source) -> str:
    """A blockquote, then the attribution with the publication in italics."""
    where = [f"“{source.title}”"]
    if source.publisher:
        where.append(f"*{source.publisher}*")
    if source.day:
        where.append(f"{source.day.day} {source.day:%B %Y}")
    if source.paragraph:
        where.append(f"¶{source.paragraph}")
    title = where[0] if not source.url else f"[{source.title}]({source.url})"
    where[0] = title
    accessed = _accessed(source)
    if accessed:
        where.append(f"accessed {accessed.day} {accessed:%B %Y}")
    return f"> {source.words}\n>\n> — {_speaker_phrase(source)}, quoted in {', '.join(where)}"


def _apa(source: Source) -> str:
    """In text: (Peskov, as cited in AFP, 2025). Reference: Author. (2025, February 28). Title.
    Publication. URL. With no byline, the agency is the group author and is not repeated as the
    publisher; with no date, "n.d."."""
    group = source.author is None
    author = _apa_authors(source.author) if source.author else source.publisher
    year = str(source.day.year) if source.day else "n.d."
    cited = author if group else _apa_cited(source.author or "")
    in_text_author = f"{_surname(source.speaker)}, as cited in " if source.speaker else ""
    if cited:
        in_text = f"({in_text_author}{cited}, {year})"
    else:
        in_text = f"({in_text_author}“{source.title},” {year})"
    when = f"({source.day.year}, {source.day:%B} {source.day.day})" if source.day else "(n.d.)"
    parts = []
    if author:
        parts.append(_end(author))
        parts.append(_end(when))
        parts.append(_end(source.title))
    else:
        parts.append(_end(source.title))
        parts.append(_end(when))
    if source.publisher and not group:
        parts.append(_end(source.publisher))
    accessed = _accessed(source)
    if source.url and accessed and not source.day:
        # APA 7: an undated page may change, so the reference says when it was read.
        parts.append(f"Retrieved {accessed:%B} {accessed.day}, {accessed.year}, from {source.url}")
    elif source.url:
        parts.append(source.url)
    return f"“{source.words}” {in_text}.\n\n{' '.join(parts)}"


def _mla(source: Source) -> str:
    """In text: (qtd. in Doe), or the shortened title when there is no author. Works Cited:
    Doe, Jane. "Title." Publication, 28 Feb. 2025, URL."""
    title = title_case(source.title)
    if source.author:
        reference = f"({'qtd. in ' if source.speaker else ''}{_mla_cited(source.author)})"
    else:
        short = " ".join(title.split()[:4])
        reference = f"({'qtd. in ' if source.speaker else ''}“{short}”)"
    lead = f"{source.speaker} said, " if source.speaker else ""
    entry = []
    if source.author:
        entry.append(_end(_mla_authors(source.author)))
    entry.append(f"“{_end(title)}”")
    container = []
    if source.publisher:
        container.append(source.publisher)
    if source.day:
        container.append(f"{source.day.day} {_MLA_MONTHS[source.day.month - 1]} {source.day.year}")
    if source.url:
        container.append(source.url.removeprefix("https://").removeprefix("http://"))
    if container:
        entry.append(_end(", ".join(container)))
    accessed = _accessed(source)
    if accessed:
        month = _MLA_MONTHS[accessed.month - 1]
        entry.append(f"Accessed {accessed.day} {month} {accessed.year}.")
    return f"{lead}“{source.words}” {reference}.\n\n{' '.join(entry)}"


def _chicago(source: Source) -> str:
    """The quote with its note mark; the note: ¹ Speaker, quoted in Jane Doe, “Title,”
    Publication, February 28, 2025, URL.; the bibliography entry: Doe, Jane. “Title.”
    Publication, February 28, 2025. URL. An unsigned news article is listed under the
    publication."""
    title = title_case(source.title)
    when = f"{source.day:%B} {source.day.day}, {source.day.year}" if source.day else None
    note = []
    speaker = f"{source.speaker}, quoted in " if source.speaker else ""
    lead = f"{_chicago_authors(source.author, False)}, " if source.author else ""
    note.append(f"¹ {speaker}{lead}“{title},”")
    # Chicago asks for the day a page was read only when it shows no date of its own.
    accessed = _accessed(source) if not source.day else None
    read_on = f"{accessed:%B} {accessed.day}, {accessed.year}" if accessed else None
    details = [
        part
        for part in (source.publisher, when, read_on and f"accessed {read_on}", source.url)
        if part
    ]
    note_text = " ".join(note) + (" " + ", ".join(details) if details else "")
    note_text = _end(note_text.rstrip(","))
    bibliography = []
    if source.author:
        bibliography.append(_end(_chicago_authors(source.author, True)))
        bibliography.append(f"“{_end(title)}”")
        tail = ", ".join(part for part in (source.publisher, when) if part)
    else:
        if source.publisher:
            bibliography.append(_end(source.publisher))
        bibliography.append(f"“{_end(title)}”")
        tail = when or ""
    if tail:
        bibliography.append(_end(tail))
    if read_on:
        bibliography.append(f"Accessed {read_on}.")
    if source.url:
        bibliography.append(_end(source.url))
    return f"“{source.words}”¹\n\n{note_text}\n\n{' '.join(bibliography)}"


def _bibtex_escape(text: str) -> str:
    return re.sub(r"([{}%&$#_\\])", r"\\\1", text)


def citation_key(source: Source) -> str:
    """A BibTeX key and CSL id: publication or author, year, first word of the title."""
    lead = (
        _surname(names_of(source.author)[0]) if source.author else (source.publisher or "article")
    )
    words = re.findall(r"[A-Za-z]+", source.title)
    first = next((word for word in words if word.lower() not in _MINOR_WORDS), "quote")
    year = str(source.day.year) if source.day else "nd"
    return re.sub(r"[^a-z0-9]", "", f"{lead}{year}{first}".lower())


def _bibtex(source: Source) -> str:
    """A biblatex entry for a newspaper article, the quote and speaker in the note."""
    fields = []
    if source.author:
        fields.append(("author", " and ".join(_bibtex_escape(n) for n in names_of(source.author))))
    fields.append(("title", "{" + _bibtex_escape(source.title) + "}"))
    if source.publisher:
        fields.append(("journaltitle", _bibtex_escape(source.publisher)))
    fields.append(("entrysubtype", "newspaper"))
    if source.day:
        fields.append(("date", source.day.isoformat()))
    if source.url:
        fields.append(("url", source.url))
    if source.accessed:
        fields.append(("urldate", source.accessed))
    speaker = _bibtex_escape(f"{_speaker_phrase(source)}: ") if source.speaker else ""
    fields.append(("note", f"Quoting {speaker}\\enquote{{{_bibtex_escape(source.words)}}}"))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@article{{{citation_key(source)},\n{body}\n}}"


def _csl_json(source: Source) -> str:
    """A CSL-JSON item of type ``article-newspaper``."""
    item: dict[str, object] = {
        "id": citation_key(source),
        "type": "article-newspaper",
        "title": source.title,
    }
    if source.author:
        item["author"] = [_csl_name(name) for name in names_of(source.author)]
    if source.publisher:
        item["container-title"] = source.publisher
    if source.day:
        item["issued"] = {"date-parts": [[source.day.year, source.day.month, source.day.day]]}
    if source.url:
        item["URL"] = source.url
    accessed = _accessed(source)
    if accessed:
        item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
    speaker = f"{_speaker_phrase(source)}: " if source.speaker else ""
    item["note"] = f"Quoting {speaker}“{source.words}”"
    if source.paragraph:
        item["locator"] = str(source.paragraph)
        item["label"] = "paragraph"
    return json.dumps([item], ensure_ascii=False, indent=2)


def _csl_name(name: str) -> dict[str, str]:
    parts = name.split()
    if len(parts) > 1:
        return {"family": parts[-1], "given": " ".join(parts[:-1])}
    return {"literal": name}


_FORMATS = {
    "plain": _plain,
    "markdown": _markdown,
    "apa": _apa,
    "mla": _mla,
    "chicago": _chicago,
    "bibtex": _bibtex,
    "csl-json": _csl_json,
}
