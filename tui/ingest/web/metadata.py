"""What a web page declares about its article: headline, deck, authors, date, site, URL.

Pages say it several ways at once, and each way fails on some sites: JSON-LD (schema.org
``NewsArticle`` and kin), Open Graph and ``article:*`` properties, ``<meta name=...>`` tags,
microdata (``itemprop``), ``<time datetime>``, the visible ``<h1>`` and byline, and ``<title>``.
Each is read into candidates; :func:`read_metadata` then chooses, preferring what the article
itself declares (JSON-LD of an article type) over what the page as a whole says, and the headline
the reader sees (``<h1>``) when a declared title confirms it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from urllib.parse import urlsplit

from lxml import html as lxml_html

from tui.extract.lexicon import FEMALE_NAMES, MALE_NAMES
from tui.ingest.dates import DATE_PATTERN, MONTHS, parse_date

# schema.org types of a single piece of writing (their subtypes end the same way).
_ARTICLE_TYPE = re.compile(
    r"(?:Article|BlogPosting|Posting|Report|NewsArticle|Review|Recipe|HowTo|Story)$"
)
# Types that say the page lists or introduces other pages rather than holding one article.
LISTING_TYPES = frozenset({"CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage"})
_SPACE = re.compile(r"\s+")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# "Headline | Site", "Headline - Site", "Site: Headline"...: the separators sites put in titles.
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—•·»:~]|-{1,2}|::)\s+")
_BY = re.compile(r"^\s*(?:written\s+|posted\s+|reviewed\s+)?by[:\s]+", re.IGNORECASE)
# Words that close a byline's names: "Jane Doe | Updated 2 hours ago", "Jane Doe, Reuters".
_BYLINE_END = re.compile(
    r"\s*(?:[|•·]|\b(?:updated|published|posted|on|at)\b|\d{1,2}[:/]\d|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$",
    re.IGNORECASE | re.DOTALL,
)
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "article_date_original",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "date",
    "article:published",
    "cxenseparse:recs:publishtime",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")
_AUTHOR_META = (
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "twitter:creator",
)
_DECK_CLASS = re.compile(
    r"(?:^|[-_\s])(?:standfirst|dek|deck|subtitle|sub-?title|subhead(?:line|ing)?|strapline|"
    r"summary|excerpt|lede|intro|description|teaser)(?:$|[-_\s])",
    re.IGNORECASE,
)
_BYLINE_CLASS = re.compile(r"byline|author|writer|contributor", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What a page says about its article, each field chosen from the page's declarations."""

    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    date: str | None = None
    modified: str | None = None
    site: str | None = None
    url: str | None = None
    section: str | None = None
    caption: str | None = None
    kind: str | None = None  # the declared kind of page: "article", "listing" or None
    saved_from: str | None = None  # the address a browser noted when it saved the page


@dataclass(slots=True)
class _Declarations:
    """Every candidate the page offers, by where it came from."""

    ld_article: dict = field(default_factory=dict)
    ld_types: set[str] = field(default_factory=set)
    ld_site: str | None = None
    ld_page_date: str | None = None
    meta: dict[str, list[str]] = field(default_factory=dict)


def clean(text: str | None) -> str:
    """``text`` on one line, without runs of white space."""
    return _SPACE.sub(" ", text or "").strip()


def _declared(text: str) -> str:
    """A value from a tag's attribute or JSON: some sites escape its entities twice
    (``&amp;amp;``), so one more round of unescaping gives the text they meant."""
    text = clean(text)
    return clean(unescape(text)) if "&" in text else text


def _visible_text(element: lxml_html.HtmlElement) -> str:
    """The words ``element`` shows, with a space between the text of its children."""
    return clean(" ".join(element.itertext()))


def read_metadata(tree: lxml_html.HtmlElement, raw: str = "") -> PageMeta:
    """Choose the page's metadata from everything it declares."""
    found = _Declarations()
    _read_json_ld(tree, found)
    _read_meta_tags(tree, found)
    article = found.ld_article
    meta = found.meta
    site = _first(
        _meta(meta, "og:site_name"),
        _name_of(article.get("publisher")),
        found.ld_site,
        _meta(meta, "application-name"),
    )
    url = _first(
        _canonical(tree),
        _meta(meta, "og:url"),
        _text_of(article.get("url")) if isinstance(article.get("url"), str) else None,
    )
    title = _choose_title(tree, article, meta, site, url)
    return PageMeta(
        title=title,
        subtitle=_choose_deck(tree, article, meta, title),
        author=_choose_author(tree, article, meta, site),
        date=_choose_date(tree, article, meta, found, title, url or _saved_from(raw)),
        modified=_iso(_first(_text_of(article.get("dateModified")), _meta(meta, *_MODIFIED_META))),
        site=site or _site_from_title(tree, title) or _host(url),
        url=url if url and url.startswith(("http://", "https://")) else None,
        section=_first(_section_of(article.get("articleSection")), _meta(meta, "article:section")),
        caption=_choose_caption(tree, article),
        kind=_kind(found, meta),
        saved_from=_saved_from(raw),
    )


# -- reading the declarations -----------------------------------------------------------------


def _read_json_ld(tree: lxml_html.HtmlElement, found: _Declarations) -> None:
    """The page's JSON-LD objects: the article (the first of an article type, or the one the
    page calls its main entity), the site's name and any web page's date."""
    articles: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        for item in _ld_objects(_load_json(script.text or "")):
            types = _types(item)
            found.ld_types.update(types)
            if any(_ARTICLE_TYPE.search(kind) for kind in types) and (
                item.get("headline") or item.get("name") or item.get("author")
            ):
                articles.append(item)
            elif "WebSite" in types and not found.ld_site:
                found.ld_site = clean(_text_of(item.get("name"))) or None
            elif "WebPage" in types and not found.ld_page_date:
                found.ld_page_date = _text_of(item.get("datePublished"))
    if articles:
        # The fullest declaration: some pages repeat a thin one for a related story.
        found.ld_article = max(articles, key=lambda item: len(item))


def _load_json(text: str) -> object:
    text = text.strip()
    text = re.sub(r"^(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>$", "", text).strip()
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:  # control characters in strings, a common publishing fault
        return json.loads(text, strict=False)
    except ValueError:
        return None


def _ld_objects(data: object, depth: int = 0) -> Iterator[dict]:
    """Every object of a JSON-LD document: lists, ``@graph`` and ``mainEntity`` opened."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _ld_objects(data["@graph"], depth + 1)
        if "@type" in data:
            yield data
        for key in ("mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), dict | list):
                yield from _ld_objects(data[key], depth + 1)


def _types(item: dict) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(value).rsplit("/", 1)[-1] for value in kinds if value}


def _text_of(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return _declared(str(value)) if isinstance(value, str | int | float) and str(value) else None


def _name_of(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return clean(_text_of(value.get("name"))) or None
    return clean(value) if isinstance(value, str) else None


def _read_meta_tags(tree: lxml_html.HtmlElement, found: _Declarations) -> None:
    """``<meta>`` by name or property, and microdata (``itemprop``) with their values."""
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        value = element.get("content")
        if key and value and value.strip():
            found.meta.setdefault(key.strip().lower(), []).append(_declared(value))
    for element in tree.xpath("//*[@itemprop]"):
        if element.tag == "meta":
            continue
        key = element.get("itemprop", "").strip().lower()
        value = element.get("datetime") or element.get("content")
        if key == "author" and not value:
            names = element.xpath(".//*[@itemprop='name']")
            value = (names[0].get("content") or names[0].text_content()) if names else None
            value = value or element.text_content()
        if key in ("headline", "datepublished", "author", "name") and value is None:
            value = element.text_content()
        if value and clean(value):
            found.meta.setdefault(f"itemprop:{key}", []).append(clean(value))


def _meta(meta: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in meta.get(key, ()):
            if value:
                return value
    return None


def _first(*values: str | None) -> str | None:
    return next((clean(value) for value in values if value and clean(value)), None)


def _canonical(tree: lxml_html.HtmlElement) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href").strip()
    return None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


# -- choosing ------------------------------------------------------------------------------------


def _headings(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The page's ``<h1>`` elements, those inside an ``<article>`` or ``<main>`` first, less
    those in the site's navigation and footer."""
    inside = tree.xpath("//article//h1|//main//h1|//*[@itemprop='headline']")
    others = tree.xpath("//h1")
    seen: list[lxml_html.HtmlElement] = []
    for element in [*inside, *others]:
        if element in seen or element.xpath("ancestor::nav|ancestor::footer|ancestor::aside"):
            continue
        if _visible_text(element):
            seen.append(element)
    return seen


def _norm(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def _choose_title(
    tree: lxml_html.HtmlElement,
    article: dict,
    meta: dict[str, list[str]],
    site: str | None,
    url: str | None,
) -> str | None:
    """The article's headline as the page shows it: the ``<h1>`` a declared title confirms,
    else the first ``<h1>`` that is not the site's name; else the declared headline (JSON-LD,
    then Open Graph, Twitter, ``<title>``) without the site's name."""
    declared = [
        _text_of(article.get("headline")),
        _text_of(article.get("name")),
        _meta(meta, "og:title"),
        _meta(meta, "twitter:title"),
        _meta(meta, "itemprop:headline"),
        _meta(meta, "dc.title", "parsely-title", "sailthru.title", "citation_title"),
        clean(tree.findtext(".//title")),
    ]
    declared = [value for value in declared if value]
    stripped = [_strip_site(value, site, url) for value in declared]
    keys = {_norm(value) for value in (*declared, *stripped)}
    site_keys = {_norm(name) for name in (site, _host(url)) if name}
    headings = [
        _headline_of(_visible_text(element), site, url)
        for element in _headings(tree)
        if not _links_home(element)
    ]
    headings = [heading for heading in headings if _norm(heading) not in site_keys]
    # A heading that is the site's or a section's name, as the <title> writes it after the
    # headline, or that shares no word with any declared title, is not the headline.
    tails = {_norm(part) for value in declared for part in _TITLE_SEPARATOR.split(value)[1:]}
    declared_words = set(" ".join(_norm(value) for value in declared).split())
    headings = [
        heading
        for heading in headings
        if _norm(heading) not in tails
        and (not declared_words or set(_norm(heading).split()) & declared_words)
    ]
    for heading in headings:
        key = _norm(heading)
        if key and any(other == key or (len(key) > 15 and other.startswith(key)) for other in keys):
            return heading
        # A heading that holds a declared title and a date ("Dec 18 2025 Title"): the title.
        for value in stripped:
            if len(_norm(value)) > 15 and _norm(value) in key:
                rest = key.replace(_norm(value), " ")
                if parse_date(rest) or re.search(r"\b\d{4}\s+\d{1,2}\s+\d{1,2}\b", rest):
                    return value
    for heading in headings:
        if len(heading) <= 300:
            return heading
    return stripped[0] if stripped else None


def _links_home(element: lxml_html.HtmlElement) -> bool:
    """A heading that links to the site's front page: the site's name, as logos are."""
    return any(
        urlsplit(link.get("href", "")).path in ("", "/")
        and not link.get("href", "").startswith("#")
        for link in element.iter("a")
    )


def _headline_of(heading: str, site: str | None, url: str | None) -> str:
    """A shown headline without the labels some sites set after a bar ("| Opinion") or the
    site's name after a dash: a bar never divides a headline's own words."""
    names = [name for name in (site, _host(url)) if name]
    for name in names:
        for separator in (" - ", " – ", " — ", " | "):
            if heading.lower().endswith((separator + name).lower()):
                heading = heading[: -len(separator + name)].strip()
    bar = heading.find(" | ")
    if bar > 0 and len(heading[:bar].split()) >= 3:
        return heading[:bar].strip()
    return heading


def _strip_site(title: str, site: str | None, url: str | None) -> str:
    """``title`` without the site's name (and section) that pages add before or after it."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    names = {_norm(name) for name in (site, _host(url)) if name}
    host = _norm((_host(url) or "").split(".")[0]) if url else ""

    def is_site(part: str) -> bool:
        key = _norm(part)
        squeezed = key.replace(" ", "")
        return bool(key) and (
            key in names
            or any(squeezed == name.replace(" ", "") for name in names)
            or (bool(host) and squeezed == host.replace(" ", ""))
        )

    while len(parts) > 1 and is_site(parts[-1]):
        parts.pop()
    while len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
    if len(parts) > 1 and not names:
        # No name to match: the longest part is the headline, the short ones the site's.
        longest = max(parts, key=len)
        if len(longest) > 2 * max(len(part) for part in parts if part is not longest):
            return longest
    if len(parts) > 1:
        # A section between the headline and the site: "Headline | World News | Site".
        kept = _TITLE_SEPARATOR.search(title)
        return title[: kept.start()] if kept and len(parts[0]) > 20 else " | ".join(parts)
    return parts[0]


def _site_from_title(tree: lxml_html.HtmlElement, title: str | None) -> str | None:
    """The name a page's ``<title>`` adds to its headline, when no tag names the site."""
    full = clean(tree.findtext(".//title"))
    if not full or not title or full == title or title not in full:
        return None
    remainder = full.replace(title, "", 1).strip(" |–—-:·•»~")
    rest = [part for part in _TITLE_SEPARATOR.split(remainder) if part.strip(" |–—-:·")]
    return clean(rest[-1]) if rest and len(rest[-1]) <= 60 else None


def _choose_deck(
    tree: lxml_html.HtmlElement, article: dict, meta: dict[str, list[str]], title: str | None
) -> str | None:
    """The deck: a visible standfirst beside the headline, else the declared alternative
    headline. A page's description is a deck only when the page shows it too."""
    for element in tree.xpath("//article//*|//main//*|//header//*|//body//*")[:4000]:
        if element.tag not in ("p", "h2", "div", "span"):
            continue
        if _DECK_CLASS.search(" ".join((element.get("class") or "", element.get("id") or ""))):
            text = clean(element.text_content())
            if 20 <= len(text) <= 400 and text != title:
                return text
    alternative = _text_of(article.get("alternativeHeadline"))
    if alternative and alternative != title:
        return alternative
    description = _first(_text_of(article.get("description")), _meta(meta, "og:description"))
    if description and len(description) >= 20 and description != title:
        body_text = clean(" ".join(tree.xpath("//p//text()")))[:20000]
        if description.rstrip(".… ") in body_text and not body_text.startswith(
            description.rstrip(".… ")[:40]
        ):
            return description
    return None


def _people(value: object) -> list[tuple[str, bool]]:
    """Names from a JSON-LD author (a string, a Person or Organization, or a list of them),
    each with whether it names an organisation."""
    if isinstance(value, list):
        return [name for item in value for name in _people(item)]
    if isinstance(value, dict):
        group = bool(_types(value) & {"Organization", "NewsMediaOrganization", "Corporation"})
        name = value.get("name")
        if isinstance(name, list):
            name = name[0] if name else None
        if isinstance(name, str) and clean(name):
            return [(_declared(name), group)]
        given, family = value.get("givenName"), value.get("familyName")
        return [(clean(f"{given or ''} {family or ''}"), group)] if given or family else []
    if isinstance(value, str) and clean(value):
        return [(_declared(value), False)]
    return []


# Degrees and titles written after a name: MD, PhD, RN, MBA, E-RYT...
_CREDENTIAL = re.compile(
    r"[A-Z]{2,6}(?:-[A-Z]{2,6})?(?:\s\d+)?|Ph\.?D\.?|Jr\.?|Sr\.?|(?:[A-Z]\.){2,4}|[A-Z][a-z]?[A-Z]{1,3}"
)
_NAME_WORD = r"[A-ZÀ-Þ][\w.'’-]*"
_PARTICLE = r"(?:van|von|de|der|den|da|di|del|della|la|le|du|dos|bin|al|el|y)"
# "Doe, Jane" or "van Mead, Nick A.": one surname, a comma, a given name and initials.
_INVERTED_NAME = re.compile(
    rf"(?P<surname>(?:{_PARTICLE}\s+)?{_NAME_WORD}),\s+(?P<given>{_NAME_WORD}(?:\s+[A-Z]\.)*)"
)
# A person's name as bylines write it: capitalised words, with particles ("Nick van Mead").
_PERSON = re.compile(
    rf"^{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE})){{1,4}}(?:,\s+[A-Z][\w.-]*(?:\s\d+)?)*$"
)
# "By", "Written by:", "Words by", "Author:": the labels that open a byline.
_BY_LABEL = re.compile(
    r"^(?:(?:(?:article|post|story)\s+)?(?:written|posted|reviewed|words|story|text|reporting)"
    r"\s+by|by|authors?)"
    r"\b\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "This post was written by Jane Doe, head of ...": a byline inside a sentence.
_WRITTEN_BY = re.compile(r"\b(?:written|posted|reported|authored)\s+by\s+(?P<rest>\S.*)$")
_AUTHOR_PAGE = re.compile(
    r"/(?:authors?|writers?|contributors?|staff|people|profiles?|producers?|reporters?|"
    r"journalists?|columnists?|team)/[^/?#]+",
    re.IGNORECASE,
)
# Where a byline never is: the site's navigation, footer, asides and scripts.
_OUTSIDE = (
    "ancestor::script or ancestor::style or ancestor::noscript or ancestor::nav or "
    "ancestor::footer or ancestor::aside or ancestor::template"
)


def _split_names(text: str) -> list[str]:
    """The names of a byline: "Jane Doe, John Roe and Ann Poe" -> three names; a credential
    after a comma stays with its name ("Vanessa Mendez, MD"); a name written surname first, as
    catalogues and some CMSs do ("Doe, Jane"), is put back in reading order."""
    text = _BYLINE_END.sub("", _BY.sub("", text)).strip(" ,|-–—:")
    names: list[str] = []
    for author in re.split(r"\s*(?:;|\band\b|&|\+)\s*", text):
        inverted = _INVERTED_NAME.fullmatch(clean(author))
        if (
            inverted
            and _is_given_name(inverted["given"])
            and not _is_given_name(inverted["surname"])
        ):
            names.append(f"{inverted['given']} {inverted['surname']}")
            continue
        for part in re.split(r"\s*,\s*", author):
            part = clean(part)
            if names and _CREDENTIAL.fullmatch(part):
                names[-1] = f"{names[-1]}, {part}"
            elif part:
                names.append(part)
    return names


def _is_given_name(word: str) -> bool:
    """A word that opens people's names (the extraction's list of given names)."""
    first = word.split()[0].lower()
    return first in FEMALE_NAMES or first in MALE_NAMES


def _join_names(names: list[str]) -> str:
    """Names as a byline writes them: "Jane Doe", "Jane Doe and John Roe", "A, B and C"."""
    if len(names) <= 2:
        return " and ".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _plausible_name(name: str, site: str | None) -> bool:
    """A byline name, not an address, an e-mail, a handle, a label or the site itself."""
    if not name or len(name) > 80 or "://" in name or name.startswith(("@", "www.")):
        return False
    if "@" in name or not re.search(r"[^\W\d_]", name):
        return False
    if re.fullmatch(r"(?:written|posted|reviewed)?\s*by:?|authors?:?", name, re.IGNORECASE):
        return False
    return not (site and _norm(name) == _norm(site) and len(name.split()) > 3)


def _choose_author(
    tree: lxml_html.HtmlElement, article: dict, meta: dict[str, list[str]], site: str | None
) -> str | None:
    """The authors, joined as a byline writes them. A person the article's JSON-LD names comes
    first, then the author meta tags and microdata, then the visible byline; an organisation
    (or the site itself) as author is kept only when no person is named anywhere."""
    publisher = _norm(site or "")
    declared = _people(article.get("author")) or _people(article.get("creator"))
    candidates: list[list[str]] = [
        [name for name, group in declared if not group and _norm(name) != publisher],
        [value for key in _AUTHOR_META for value in meta.get(key, ())],
        meta.get("itemprop:author", []),
        _byline(tree),
        [name for name, _ in declared],
    ]
    fallback: list[str] = []
    for names in candidates:
        kept: list[str] = []
        for name in names:
            for part in _split_names(name):
                if _plausible_name(part, site) and part not in kept:
                    kept.append(part)
        if not kept:
            continue
        if any(_PERSON.match(name) and _norm(name) != publisher for name in kept):
            return _join_names(kept[:6])
        fallback = fallback or kept
    return _join_names(fallback[:6]) if fallback else None


def _names_after(texts: list[str]) -> list[str]:
    """The names that follow a byline's label, one text each, up to the first text that is
    neither a name nor the comma or "and" between names."""
    names: list[str] = []
    for text in texts:
        line = clean(text)
        if re.fullmatch(r"[,&;]|and", line, re.IGNORECASE):
            continue
        parts = _split_names(line)
        if not parts or not all(_PERSON.match(part) for part in parts):
            break
        names.extend(parts)
    return names


def _author_links(tree: lxml_html.HtmlElement) -> list[str]:
    """The names of the first group of links to author pages: the first such link, and those
    beside it (under the same block, two levels up)."""
    links = [
        link
        for link in tree.xpath(f"//a[@href][not({_OUTSIDE})]")[:3000]
        if _AUTHOR_PAGE.search(link.get("href", "")) and _PERSON.match(_visible_text(link))
    ]
    if not links:
        return []
    block = links[0].getparent()
    block = block.getparent() if block is not None and block.getparent() is not None else block
    names: list[str] = []
    for link in links:
        if block is not None and block in link.iterancestors():
            name = _visible_text(link)
            if name not in names:
                names.append(name)
    return names[:6] or [_visible_text(links[0])]


def _byline(tree: lxml_html.HtmlElement) -> list[str]:
    """Names from the visible byline, the first the page shows: ``rel="author"`` links, a
    line opening "By" or "Written by" (the names in it or just after it), links to author
    pages, or an element whose class names it a byline or author."""
    links = [_visible_text(link) for link in tree.xpath(f"//a[@rel='author'][not({_OUTSIDE})]")]
    if any(links):
        return [link for link in links if link]
    texts = tree.xpath(f"//body//text()[normalize-space()][not({_OUTSIDE})]")[:5000]
    for number, node in enumerate(texts):
        line = clean(node)
        match = _BY_LABEL.match(line) if len(line) <= 120 else None
        if match is None and len(line) <= 300:
            match = _WRITTEN_BY.search(line)
        if match is None:
            continue
        rest = match.group("rest")
        names = [name for name in _split_names(rest) if _PERSON.match(name)] if rest else []
        if not rest:
            names = _names_after(texts[number + 1 : number + 12])
        if names:
            # Co-authors linked beside the first name ("By A, B and C", each a link).
            linked = _author_links(tree)
            return linked if set(names) < set(linked) else names
    linked = _author_links(tree)
    if linked:
        return linked
    for element in tree.xpath(f"//*[@class or @id][not({_OUTSIDE})]")[:6000]:
        if element.tag in ("body", "html", "article", "main", "section", "img"):
            continue
        marker = " ".join((element.get("class") or "", element.get("id") or ""))
        if not _BYLINE_CLASS.search(marker):
            continue
        text = _visible_text(element)
        if not text or len(text) > 120:
            continue
        names = [name for name in _split_names(text) if _PERSON.match(name)]
        if names:
            return names
    return []


def _iso(value: str | None) -> str | None:
    """The ISO day a date value names, as written (no time-zone shift)."""
    if not value:
        return None
    match = _ISO.search(value)
    if match:
        return f"{match.group(1)}-{match.group(2)}-{match.group(3)}"
    return parse_date(value)


def _choose_date(
    tree: lxml_html.HtmlElement,
    article: dict,
    meta: dict[str, list[str]],
    found: _Declarations,
    title: str | None,
    url: str | None,
) -> str | None:
    """The publication day: the one the address files the article under (``/2025/12/18/``),
    else the one the page shows beside its headline (the date a reader sees and cites), else
    the article's JSON-LD, the ``article:`` and other date meta tags and microdata, a
    ``<time>`` in the article, the web page's JSON-LD, a date the text labels as the
    article's, and htmldate's reading.

    A shown date is the update's when the page labels it so ("Updated March 3") or when it is
    the day the page's ``article:modified_time`` declares; the ``article:published_time``
    beside it then names the publication. Without that tag, a page showing only its update
    gives the update: its JSON-LD ``datePublished`` is often the address's first creation,
    years before the article the page now holds. A shown date in words a day off the declared
    time is that moment in some other zone, so the declared day, as written, is taken; a
    ``<time>`` written with the page's own offset keeps its day."""
    filed = _filed_day(url)
    if filed:
        return filed
    times = _times(tree)
    shown = _shown_dates(tree, title)
    published = next((date for date in shown if not date.updated), None)
    updates = [date.day for date in shown if date.updated]
    tagged = _meta(meta, *_DATE_META)
    tagged_day = _iso(tagged)
    modified = _iso(_meta(meta, *_MODIFIED_META))
    if published:
        if tagged_day and published.day == modified and tagged_day != modified:
            return tagged_day
        if tagged_day and not published.zoned and _days_apart(tagged_day, published.day) == 1:
            return tagged_day
        return published.day
    if updates:
        return tagged_day or updates[0]
    declared = [
        _text_of(article.get("datePublished")),
        _text_of(article.get("dateCreated")),
        tagged,
        _meta(meta, "itemprop:datepublished", "itemprop:datecreated"),
    ]
    for value in declared:
        day = _iso(value)
        if day:
            return day
    for value in (*times, found.ld_page_date, _text_of(article.get("dateModified"))):
        day = _iso(value)
        if day:
            return day
    return _labelled_date(tree) or _found_by_htmldate(tree)


_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_FILED = re.compile(r"/((?:19|20)\d\d)/(\d\d?)/(\d\d?)/")


def _filed_day(url: str | None) -> str | None:
    """The day an address files its article under (``/2025/12/18/slug``), as blogs and news
    sites write it when they publish."""
    from datetime import date as calendar_day

    match = _FILED.search(urlsplit(url).path) if url else None
    if match is None:
        return None
    try:
        return calendar_day(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        return None


def _days_apart(first: str, second: str) -> int | None:
    from datetime import date as calendar_day

    try:
        return abs((calendar_day.fromisoformat(first) - calendar_day.fromisoformat(second)).days)
    except ValueError:
        return None


# "Published:", "Last updated", "Date": a label the page sets before its article's date.
_DATE_LABEL = re.compile(
    r"^(?:(?:first\s+|originally\s+)?published(?:\s+on)?|posted(?:\s+on)?|"
    r"(?:last\s+)?(?:updated|modified|reviewed)(?:\s+on)?|date)\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"^(?P<month>{_MONTH_NAME})\.?,?\s+(?P<year>(?:19|20)\d\d)$", re.I)


def _labelled_date(tree: lxml_html.HtmlElement) -> str | None:
    """The first date the article's text labels as its own ("Last updated: June 2022"), a
    month alone read as its first day."""
    scope = tree.xpath("//main|//article") or [tree]
    texts = scope[0].xpath(f".//text()[normalize-space()][not({_OUTSIDE})]")[:5000]
    for number, node in enumerate(texts):
        line = clean(node)
        match = _DATE_LABEL.match(line) if len(line) <= _BYLINE_TEXT else None
        if match is None:
            continue
        rest = match.group("rest") or (clean(texts[number + 1]) if number + 1 < len(texts) else "")
        day = parse_date(rest) if len(rest) <= _BYLINE_TEXT else None
        month = _MONTH_YEAR.match(rest)
        if day:
            return day
        if month:
            return f"{month.group('year')}-{MONTHS[month.group('month').lower()]:02d}-01"
    return None


def _found_by_htmldate(tree: lxml_html.HtmlElement) -> str | None:
    """htmldate's reading of the page (URL, headers, text patterns): the last resort."""
    from htmldate import find_date

    try:
        return find_date(tree, original_date=True, extensive_search=True)
    except Exception:  # a heuristic over any markup: its failure means no date, not no article
        return None


# How far past a headline a byline's date may stand, in characters of text.
_NEAR_HEADLINE = 400
_BYLINE_TEXT = 100


_UPDATED = re.compile(r"\b(?:updated|modified|revised|edited)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Shown:
    """A date the page shows by its headline: the day, whether the page labels it as an
    update's, and whether it is a ``<time>`` declaring its moment in the page's own zone."""

    day: str
    updated: bool
    zoned: bool


def _shown_dates(tree: lxml_html.HtmlElement, title: str | None) -> list[_Shown]:
    """The dates standing in short lines of their own just after the headline, then those
    just before it (where pages put the date above), nearest first: the byline's dates, each
    labelled an update's or not ("Updated on", "Last modified")."""
    heading = _headline_element(tree, title)
    if heading is None:
        return []
    after = heading.xpath(f"following::text()[normalize-space()][not({_OUTSIDE})]")[:60]
    before = heading.xpath(f"preceding::text()[normalize-space()][not({_OUTSIDE})]")[-6:]
    found: list[_Shown] = []
    seen = 0
    lines = [clean(node) for node in after]
    for number, line in enumerate(lines):
        seen += len(line)
        if seen > _NEAR_HEADLINE:
            break
        label = line if number == 0 else f"{lines[number - 1][:30]} {line}"
        found.extend(_dateline(after[number], line, label))
    lines = [clean(node) for node in before]
    for number in range(len(lines) - 1, -1, -1):
        line = lines[number]
        label = line if number == 0 else f"{lines[number - 1][:30]} {line}"
        found.extend(_dateline(before[number], line, label))
    return found


def _headline_element(
    tree: lxml_html.HtmlElement, title: str | None
) -> lxml_html.HtmlElement | None:
    """The element that shows the headline: an ``<h1>`` holding it, else a lesser heading
    (or a ``<legend>``, as old blogs set it) that is exactly the headline."""
    key = _norm(title or "")
    if not key:
        return None
    for element in _headings(tree):
        if key in _norm(_visible_text(element)):
            return element
    for element in tree.xpath(f"//h2[not({_OUTSIDE})]|//h3[not({_OUTSIDE})]|//legend")[:200]:
        if _norm(_visible_text(element)) == key:
            return element
    return None


# A date that opens a line and is followed by a sentence: an entry of a list of posts or of
# changes ("2021-08-09 Added a section on ..."), not a byline's date.
_DATE_THEN_WORDS = re.compile(rf"^\W*{DATE_PATTERN}\W+(?:[^\W\d_]+\W+){{2,}}[^\W\d_]+", re.I)


def _dateline(node: str, line: str, label: str) -> list[_Shown]:
    """The date a short line near the headline shows, if it shows one: a ``<time>``'s
    declared moment, or the date written in it; not a dated entry of a list."""
    updated = bool(_UPDATED.search(label))
    parent = getattr(node, "getparent", lambda: None)()
    declared = parent.get("datetime") if parent is not None and parent.tag == "time" else None
    if declared and _iso(declared):
        return [_Shown(_iso(declared), updated, bool(_ZONED.search(declared)))]
    if len(line) > _BYLINE_TEXT or _DATE_THEN_WORDS.match(line):
        return []
    day = parse_date(line)
    return [_Shown(day, updated, False)] if day else []


# A moment written with its zone's offset from UTC (not UTC itself): "T21:41:00-05:00".
_ZONED = re.compile(r"T\d{2}:\d{2}.*[+-](?!00:?00)\d{2}:?\d{2}$")


def _times(tree: lxml_html.HtmlElement) -> list[str]:
    """``<time>`` elements' dates, those marked as the publication's (or in an article) first."""
    marked, inside, others = [], [], []
    for element in tree.iter("time"):
        value = element.get("datetime") or element.text_content()
        marker = " ".join((element.get("class") or "", element.get("itemprop") or ""))
        if element.get("pubdate") is not None or re.search(r"publish|posted|created", marker, re.I):
            marked.append(value)
        elif element.xpath("ancestor::article|ancestor::main|ancestor::header"):
            inside.append(value)
        else:
            others.append(value)
    return [*marked, *inside, *others]


def _section_of(value: object) -> str | None:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str) and item.strip()), None)
    return clean(value) if isinstance(value, str) and clean(value) else None


def _choose_caption(tree: lxml_html.HtmlElement, article: dict) -> str | None:
    """The lead image's caption: the first ``<figcaption>`` of the article, else the caption
    its JSON-LD image declares."""
    for element in tree.xpath("//article//figcaption|//main//figcaption|//figcaption")[:1]:
        text = clean(element.text_content())
        if text:
            return text
    image = article.get("image")
    if isinstance(image, list):
        image = image[0] if image else None
    if isinstance(image, dict):
        return _text_of(image.get("caption")) or None
    return None


def _kind(found: _Declarations, meta: dict[str, list[str]]) -> str | None:
    if found.ld_article or _meta(meta, "og:type") == "article":
        return "article"
    if found.ld_types & LISTING_TYPES or _meta(meta, "og:type") == "website":
        return "listing"
    return None


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)


def _saved_from(raw: str) -> str | None:
    """The address a browser writes at the top of a page it saved (``saved from url=``)."""
    match = _SAVED_FROM.search(raw[:2000])
    return match.group(1) if match else None
