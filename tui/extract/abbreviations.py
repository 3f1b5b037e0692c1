"""Abbreviations and the long forms an article spells them out in.

A news story names an organisation in full once and by its initials after ("the Korean Central
News Agency (KCNA) said ... KCNA reported"): both are one organisation, and one speaker. The
long form is the run of capitalised words (with ``of``, ``and``, ``the``, ``for`` between them)
whose initials are the abbreviation's letters, written anywhere in the same article as an
organisation's name (by its head word: ``Agency``, ``Committee``), or spelled out before the
abbreviation in brackets.
"""

from __future__ import annotations

import re

from tui.extract.people import is_organisation
from tui.extract.places import is_place

_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|the|for|on|&)\s+)*[A-Z][\w'’-]*)+")
_LINKS = frozenset({"of", "and", "the", "for", "on", "&"})


def long_forms(texts: list[str]) -> dict[str, str]:
    """Each abbreviation of ``texts`` that the same texts spell out, with its long form
    (``{"KCNA": "Korean Central News Agency"}``); places are the gazetteer's (US, UK)."""
    acronyms = {match.group() for text in texts for match in _ACRONYM.finditer(text)}
    if not acronyms:
        return {}
    found: dict[str, str] = {}
    for text in texts:
        for match in _RUN.finditer(text):
            words = [
                word.rstrip("'’s") if word.endswith(("'s", "’s")) else word
                for word in match.group().split()
            ]
            for first in range(len(words)):
                if words[first].lower() in _LINKS or words[first] == "The":
                    continue
                initials = ""
                for last in range(first, len(words)):
                    word = words[last]
                    if word.lower() in _LINKS:
                        continue
                    initials += word[0]
                    if len(initials) > 6:
                        break
                    if initials in acronyms and last > first and initials not in found:
                        name = " ".join(words[first : last + 1])
                        spelled = text.startswith(
                            f" ({initials})", match.start() + len(match.group())
                        )
                        if (spelled and last == len(words) - 1) or (
                            is_organisation(words[first : last + 1]) and not is_place(name)
                        ):
                            found[initials] = name
    return found


# An abbreviation in brackets after the words that spell it: "reactive oxygen species (ROS)".
_BRACKETED = re.compile(r"\s\(([A-Z]{2,6})s?\)")
_WORD = re.compile(r"[\w'’-]+")


def common_terms(texts: list[str]) -> set[str]:
    """The abbreviations ``texts`` spell out in lower-case words before them in brackets:
    terms, not names ("reactive oxygen species (ROS)", "open educational resources (OER)"
    written so), whatever their capitals suggest."""
    terms: set[str] = set()
    for text in texts:
        for match in _BRACKETED.finditer(text):
            acronym = match.group(1)
            # The words right before the bracket (at most eight, as an abbreviation's spelling
            # runs), read back from it: a bracket search, then a short look-back, keeps this
            # linear in the text's length.
            before = text[max(0, match.start() - 160) : match.start()].split()[-8:]
            run: list[str] = []
            for word in reversed(before):
                if not _WORD.fullmatch(word):
                    break
                run.insert(0, word)
            words = [word for word in run if word.lower() not in _LINKS]
            spelled = words[-len(acronym) :]
            if (
                len(spelled) == len(acronym)
                and "".join(word[0] for word in spelled).upper() == acronym
                and all(word[0].islower() for word in spelled)
            ):
                terms.add(acronym)
    return terms
