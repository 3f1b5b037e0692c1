"""Web pages written for the tests: an article page assembled from the parts a test is about.

The words are the tests' own (a made-up council story), never copied from the corpus.
"""

from __future__ import annotations

PARAGRAPHS = (
    "MAPLETON — The town council voted on Tuesday to close the old river bridge to heavy "
    "lorries after engineers found cracks in two of its supports during a routine inspection.",
    "“We cannot wait for the bridge to fail before we act,” said Council Leader Rosa Imhof, "
    "who proposed the closure at an evening session attended by more than a hundred residents.",
    "Local hauliers warned that the detour would add half an hour to every delivery and asked "
    "the council to pay for a temporary crossing while the repairs are carried out.",
    "“A detour is a nuisance; a collapse is a catastrophe,” Imhof said after the vote, adding "
    "that the council would publish the engineers' full report within a fortnight.",
    "Repairs are expected to begin in the spring and to last about eight months, according to "
    "the council's transport department, which will review the restriction every quarter.",
)


def article_page(
    head: str = "",
    header: str = "<h1>Council closes old bridge to lorries</h1>",
    before: str = "",
    after: str = "",
    paragraphs: tuple[str, ...] = PARAGRAPHS,
    title: str = "Council closes old bridge to lorries | Mapleton Gazette",
) -> str:
    """A news article page: ``head`` in the head, ``header`` and ``before`` above the body
    paragraphs, ``after`` below them, inside the site's navigation and footer."""
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
{head}
<script>var tracker = "should never show";</script>
<style>.ad {{ display: none }}</style>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article>
{header}
{before}
{body}
{after}
</article></main>
<footer>Copyright Mapleton Gazette. <a href="/privacy">Privacy</a></footer>
</body></html>
"""
