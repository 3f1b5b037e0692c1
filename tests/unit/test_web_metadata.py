"""What a web page declares about its article, read from each way pages declare it."""

from __future__ import annotations

import json

from lxml import html

from tests.pages import article_page
from tui.ingest.web.metadata import read_metadata


def meta_of(page: str):
    return read_metadata(html.document_fromstring(page), page)


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_json_ld_news_article_in_a_graph_with_author_objects() -> None:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Mapleton Gazette"},
            {
                "@type": "NewsArticle",
                "headline": "Council closes old bridge to lorries",
                "author": [
                    {"@type": "Person", "name": "Ada Brennan"},
                    {"@type": "Person", "name": "Tom Okafor"},
                ],
                "datePublished": "2024-03-05T18:30:00+01:00",
                "articleSection": ["Local"],
            },
        ],
    }
    meta = meta_of(article_page(head=ld(data), header=""))
    assert meta.title == "Council closes old bridge to lorries"
    assert meta.author == "Ada Brennan and Tom Okafor"
    assert meta.date == "2024-03-05"
    assert meta.site == "Mapleton Gazette"
    assert meta.section == "Local"
    assert meta.kind == "article"


def test_json_ld_as_a_list_with_a_plain_author_string() -> None:
    data = [
        {"@type": "BreadcrumbList", "itemListElement": []},
        {"@type": "ReportageNewsArticle", "headline": "Bridge shut", "author": "Lena Voss"},
    ]
    meta = meta_of(article_page(head=ld(data), header=""))
    assert meta.author == "Lena Voss"
    assert meta.title == "Bridge shut"


def test_open_graph_and_article_tags() -> None:
    head = """
    <meta property="og:title" content="Council closes old bridge to lorries">
    <meta property="og:site_name" content="The Mapleton Gazette">
    <meta property="og:url" content="https://gazette.example/local/bridge">
    <meta property="og:type" content="article">
    <meta property="article:published_time" content="2024-03-05T09:00:00-05:00">
    <meta property="article:section" content="Transport">
    """
    meta = meta_of(article_page(head=head, header=""))
    assert meta.title == "Council closes old bridge to lorries"
    assert meta.site == "The Mapleton Gazette"
    assert meta.url == "https://gazette.example/local/bridge"
    assert meta.date == "2024-03-05"
    assert meta.section == "Transport"


def test_meta_author_and_canonical_link() -> None:
    head = """<meta name="author" content="Priya Raman">
    <link rel="canonical" href="https://gazette.example/a/1">"""
    meta = meta_of(article_page(head=head))
    assert meta.author == "Priya Raman"
    assert meta.url == "https://gazette.example/a/1"


def test_the_title_loses_the_site_name_and_keeps_the_h1() -> None:
    meta = meta_of(article_page(header="", title="Lorries barred from bridge | Mapleton Gazette"))
    assert meta.title == "Lorries barred from bridge"
    page = article_page(
        head='<meta property="og:site_name" content="Mapleton Gazette">',
        header="<h1>Lorries barred from the old bridge</h1>",
        title="Mapleton Gazette - Lorries barred",
    )
    assert meta_of(page).title == "Lorries barred from the old bridge"


def test_time_element_and_visible_byline() -> None:
    header = """<h1>Council closes old bridge to lorries</h1>
    <p class="meta">By <a href="/staff/ada-brennan">Ada Brennan</a> and Tom Okafor</p>
    <time datetime="2023-11-20T08:00:00">20 November 2023</time>"""
    meta = meta_of(article_page(header=header))
    assert meta.author == "Ada Brennan and Tom Okafor"
    assert meta.date == "2023-11-20"


def test_a_written_by_label_with_the_name_in_the_next_element() -> None:
    header = """<h1>Council closes old bridge to lorries</h1>
    <div><span>Written by</span> <span>Marta Lindqvist</span></div>"""
    assert meta_of(article_page(header=header)).author == "Marta Lindqvist"


def test_a_person_in_the_byline_beats_the_publisher_as_author() -> None:
    data = {
        "@type": "NewsArticle",
        "headline": "Council closes old bridge to lorries",
        "author": {"@type": "Organization", "name": "Mapleton Gazette"},
        "publisher": {"@type": "Organization", "name": "Mapleton Gazette"},
    }
    header = '<h1>Council closes old bridge to lorries</h1><a rel="author">Ada Brennan</a>'
    assert meta_of(article_page(head=ld(data), header=header)).author == "Ada Brennan"
    assert meta_of(article_page(head=ld(data), header="")).author == "Mapleton Gazette"


def test_an_updated_date_gives_way_to_the_declared_publication_date() -> None:
    head = '<meta property="article:published_time" content="2022-01-10T10:00:00+00:00">'
    header = "<h1>Council closes old bridge to lorries</h1><p>Updated March 3, 2024</p>"
    assert meta_of(article_page(head=head, header=header)).date == "2022-01-10"
    shown = "<h1>Council closes old bridge to lorries</h1><p>March 3, 2024</p>"
    assert meta_of(article_page(head=head, header=shown)).date == "2024-03-03"


def test_a_utc_time_takes_the_day_the_page_shows_in_its_own_zone() -> None:
    head = '<meta property="article:published_time" content="2025-12-19T02:41:00+00:00">'
    header = """<h1>Council closes old bridge to lorries</h1>
    <div class="stamp"><time datetime="2025-12-18T21:41:00-05:00">9:41 pm</time></div>"""
    assert meta_of(article_page(head=head, header=header)).date == "2025-12-18"


def test_a_shown_date_a_day_off_the_declared_time_gives_way_to_it() -> None:
    # Text alone says nothing of its zone (a script may have written it in the reader's).
    head = '<meta property="article:published_time" content="2021-12-10T02:17:00+00:00">'
    header = "<h1>Council closes old bridge to lorries</h1><p>December 9, 2021</p>"
    assert meta_of(article_page(head=head, header=header)).date == "2021-12-10"


def test_the_day_an_address_files_the_article_under_comes_first() -> None:
    head = """<link rel="canonical" href="https://gazette.example/2025/12/18/bridge-shut/">
    <meta property="article:published_time" content="2025-12-19T02:41:00+00:00">"""
    header = "<h1>Council closes old bridge to lorries</h1><p>December 19, 2025</p>"
    assert meta_of(article_page(head=head, header=header)).date == "2025-12-18"


def test_a_shown_date_that_is_the_declared_modification_is_the_update() -> None:
    head = """<meta property="article:published_time" content="2022-05-10T17:00:00+00:00">
    <meta property="article:modified_time" content="2024-01-01T09:00:00+00:00">"""
    header = "<h1>Council closes old bridge to lorries</h1><p>January 1, 2024</p>"
    assert meta_of(article_page(head=head, header=header)).date == "2022-05-10"


def test_a_page_showing_only_its_update_gives_it_over_json_ld_publication() -> None:
    data = {
        "@type": "Article",
        "headline": "Council closes old bridge to lorries",
        "datePublished": "2015-04-06T13:52:00-04:00",
    }
    header = "<h1>Council closes old bridge to lorries</h1><p>Updated September 28, 2025</p>"
    assert meta_of(article_page(head=ld(data), header=header)).date == "2025-09-28"


def test_the_publication_beside_an_update_is_the_date() -> None:
    header = """<p>December 22, 2022</p><p>Updated: January 2, 2026</p>
    <h1>Council closes old bridge to lorries</h1>"""
    assert meta_of(article_page(header=header)).date == "2022-12-22"


def test_a_time_by_the_headline_is_read_from_its_datetime() -> None:
    header = """<h1>Council closes old bridge to lorries</h1>
    <div class="meta"><time datetime="2017-03-01T12:00:00Z">03/01/2017</time></div>"""
    assert meta_of(article_page(header=header)).date == "2017-03-01"


def test_a_dated_list_of_changes_beside_the_headline_is_not_its_date() -> None:
    head = '<meta property="article:published_time" content="2021-01-18T19:55+01:00">'
    header = """<h1>Council closes old bridge to lorries</h1>
    <ul><li>2021-08-09 Added the engineers' report on the supports</li></ul>"""
    assert meta_of(article_page(head=head, header=header)).date == "2021-01-18"


def test_a_headline_set_as_a_legend_carries_the_date_below_it() -> None:
    header = """<h1><a href="/">Rosa's Notebook</a></h1>
    <fieldset><legend>Council closes old bridge to lorries</legend> 20 December 2025"""
    page = article_page(header=header, title="Council closes old bridge to lorries")
    assert meta_of(page).date == "2025-12-20"


def test_a_labelled_month_is_read_as_its_first_day() -> None:
    after = "<div><b>Last Updated: </b>June 2022</div>"
    assert meta_of(article_page(after=after)).date == "2022-06-01"


def test_microdata_deck_caption_and_double_escaped_entities() -> None:
    head = '<meta property="og:title" content="Tolls &amp;amp; tariffs on the bridge">'
    header = """<h1 itemprop="headline">Tolls &amp; tariffs on the bridge</h1>
    <p class="article-standfirst">Hauliers say the detour adds half an hour to each trip</p>
    <span itemprop="author" itemscope><span itemprop="name">Noor Haddad</span></span>
    <figure><img src="b.jpg">
    <figcaption>The bridge at dawn. Photo: J. Smith</figcaption></figure>"""
    meta = meta_of(article_page(head=head, header=header))
    assert meta.title == "Tolls & tariffs on the bridge"
    assert meta.subtitle == "Hauliers say the detour adds half an hour to each trip"
    assert meta.author == "Noor Haddad"
    assert meta.caption == "The bridge at dawn. Photo: J. Smith"


def test_a_listing_declares_itself() -> None:
    page = article_page(head=ld({"@type": "CollectionPage", "name": "News"}), header="")
    assert meta_of(page).kind == "listing"


def test_broken_json_ld_is_ignored() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    assert meta_of(article_page(head=head)).title == "Council closes old bridge to lorries"


def test_co_authors_linked_side_by_side_are_all_authors() -> None:
    header = """<h1>Council closes old bridge to lorries</h1>
    <div class="credits"><p><a href="/author/rui-okafor">Rui Okafor</a><span>, </span>
    <a href="/author/heba-lind">Heba Lind</a> &amp;
    <a href="/author/sam-ito">Sam Ito</a></p></div>"""
    assert meta_of(article_page(header=header)).author == "Rui Okafor, Heba Lind and Sam Ito"


def test_a_heading_that_names_the_blog_is_not_the_headline() -> None:
    head = '<meta property="og:title" content="Lorries barred from the old bridge">'
    header = "<h1>Our Blog</h1><h1>Lorries barred from the old bridge</h1>"
    page = article_page(head=head, header=header, title="Lorries barred | Our Blog")
    assert meta_of(page).title == "Lorries barred from the old bridge"
    dated = "<h1>Dec 18 2025 Lorries barred from the old bridge at last</h1>"
    page = article_page(head=head.replace("bridge", "bridge at last"), header=dated)
    assert meta_of(page).title == "Lorries barred from the old bridge at last"


def test_credentials_stay_with_the_name_after_an_article_written_by_label() -> None:
    header = """<h1>Council closes old bridge to lorries</h1>
    <h2>Article written by:</h2><div><img alt=""><p>Marta Lindqvist, MD, PhD</p></div>"""
    assert meta_of(article_page(header=header)).author == "Marta Lindqvist, MD, PhD"
    sentence = """<h1>Council closes old bridge to lorries</h1>
    <p>This post was written by Noor Haddad, RN, a nurse at the county hospital.</p>"""
    assert meta_of(article_page(header=sentence)).author == "Noor Haddad, RN"


def test_a_name_written_surname_first_is_read_in_reading_order() -> None:
    page = article_page(head='<meta name="author" content="Okafor, Grace">')
    assert meta_of(page).author == "Grace Okafor"
    both = article_page(head='<meta name="author" content="Okafor, Grace; Brandt, Peter J.">')
    assert meta_of(both).author == "Grace Okafor and Peter J. Brandt"


def test_two_outlets_after_a_comma_are_not_one_inverted_name() -> None:
    page = article_page(head='<meta name="author" content="Harbour Post, Wire Desk">')
    assert meta_of(page).author == "Harbour Post and Wire Desk"
