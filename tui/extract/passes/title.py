"""Pass: a quotation that names a work or a thing is no speech.

Convention: a title-cased quotation after a preposition, a noun for a work or an
organisation's possessive is a title (``on NBC's "Meet the Press"``, ``her memoir, "Tough
Choices"``); quoted words after a common noun and a participle of naming name a thing
(``items labeled "classified"``, ``a group known as "the Squad"``). Either is a term.
"""

from __future__ import annotations

from tui.extract.lexicon import PRONOUNS
from tui.extract.passes.base import Pass, QuoteView, Speech
from tui.extract.people import verb_like
from tui.extract.phrases import WORD
from tui.extract.places import is_place
from tui.extract.resolve import Resolver
from tui.extract.tokens import Tokens

# Participles that name a thing after its noun ("items labeled", "a class called").
_NAMING_VERBS = frozenset("called labeled labelled dubbed named titled known branded".split())


# Words after which a quotation in title case is the name of a work ("on "Meet the Press"",
# "her memoir, "Tough Choices"", "chants of "Feel the Bern!"", "a scene from "Hamlet."").
_BEFORE_A_TITLE = frozenset(
    """
    on in of with during for from book books memoir novel film movie show series program
    programme podcast play musical song album documentary episode column essay report
    newsletter magazine
    """.split()
)


# Words a title leaves in lower case: "Meet the Press", "Collapse: How Societies Choose to
# Fail or Succeed".
_TITLE_SMALL_WORDS = frozenset("a an the of and or for to in on at by with from as vs nor".split())


_TITLE_MOST_WORDS = 12


def names_a_thing(tokens: Tokens, first: int) -> bool:
    """Whether the words before a quote name a thing by it: "items labeled", "a class called",
    "a group known as" - a participle after a common noun, not "Trump called it"."""
    if first < 2:
        return False
    verb = tokens.lowers[first - 1]
    if verb == "as" and first >= 3 and tokens.lowers[first - 2] == "known":
        verb, first = "known", first - 1
    if verb not in _NAMING_VERBS:
        return False
    noun = tokens.texts[first - 2]
    return (
        noun[:1].isalpha()
        and not noun[:1].isupper()
        and noun.lower() not in PRONOUNS
        and not verb_like(tokens[first - 2])
    )


def names_a_work(tokens: Tokens, first: int, quotation: str) -> bool:
    """Whether a quotation is a title the words before it place there: capitalised as titles
    are, after a preposition, a noun for a work or an organisation's possessive ("on NBC's
    "Meet the Press"", "in "The Revenant"", "the reality show "Cake Boss"")."""
    words = WORD.findall(quotation)
    if (
        not words
        or len(words) > _TITLE_MOST_WORDS
        or not words[0][0].isupper()
        or not all(
            word[0].isupper() or word[0].isdigit() or word.lower() in _TITLE_SMALL_WORDS
            for word in words[1:]
        )
    ):
        return False
    if all(is_place(word) for word in words if word[0].isupper()):
        return False  # places quoted in a sentence: jobs "from Buffalo to Albany."
    index = first - 1
    if index > 0 and tokens.texts[index] == ",":
        index -= 1  # "her memoir, "Tough Choices""
    if index < 0 or index in tokens.quoted:
        return False
    before = tokens.texts[index]
    return tokens.lowers[index] in _BEFORE_A_TITLE or (
        before[:1].isupper() and before.endswith(("'s", "’s"))
    )


class NamesAWork(Pass):
    """A title or a name quoted in the writer's sentence: a term, with no speaker."""

    name = "work or name"

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        if (view.kind == "partial" and names_a_thing(view.tokens, view.first)) or names_a_work(
            view.tokens, view.first, view.quotation
        ):
            return Speech(None, None, None, "term")
        return None
