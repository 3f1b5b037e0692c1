"""Measure who-said-what against the PolNeAR gold annotations.

    python -m tui.evaluate ../shared/corpus/polnear [--misses N] [--split train|dev]
    python -m tui.evaluate --ggt ../shared/corpus/ggt [--misses N]

Prints direct-quote precision, recall and F1, speaker accuracy, and each attribution pass's
coverage (the share of scored quotes it decided) and precision (the share of those it got
right), then lists misses to read. ``--ggt`` scores a folder in the Gender Gap Tracker's gold
format by the scorer in ``../shared/eval`` (see ``tui.evaluate_ggt``).

How it counts:
- Gold direct quotes are the attributions whose content opens with a quotation mark.
- Recall: a gold direct quote is found when a quote we extract overlaps its content.
- Precision: a direct quote we extract is right when it overlaps the content of any gold
  attribution (the gold marks mixed quotes, ``said that "..."``, as indirect).
- Speaker accuracy: over found gold direct quotes that have a source, the share whose speaker
  we name is the gold source. A gold ``he`` or ``she`` stands for the gold source naming one
  person of that gender (where a title or given name shows it) that the text named last before
  it, as a source or as the subject opening a sentence ("Kasich took a different tack. ...
  he said"); groups (``X and Y``), organisations, places, demonyms and capitalised common
  nouns are passed over. When no gold source fits, it stands for the nearest full name before
  it whose given name shows that gender. A definite description (``the Florida senator``)
  stands for the nearest earlier gold source naming one person, or matches our speaker's role.
  An indefinite description (``one Clinton aide``) stands for no one named and matches our
  speaker's role. Two names agree when one's surname is among the other's words.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from tui.extract import extract
from tui.extract.lexicon import (
    FEMALE_NAMES,
    MALE_NAMES,
    NOT_NAMES,
    ORGANISATION_HEADS,
    ROLE_NOUNS,
    TITLES,
)
from tui.extract.passes import PASS_NAMES
from tui.extract.people import is_demonym, is_role_word
from tui.extract.places import is_place
from tui.ingest import read_article
from tui.textsafe import one_line

_PRONOUNS = {"he", "she", "him", "her", "his", "i", "we", "they", "it", "who", "you", "me"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_DROP = {"the", "a", "an", "of", "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "'s", "’s"}


_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor"}


def _bare(word: str) -> str:
    """A word without a possessive ending or trailing marks: "Obama's" and "Obama." are
    "obama", but "Burns" stays "burns"."""
    return word.removesuffix("'s").removesuffix("’s").rstrip(".'’")


def _words(name: str) -> list[str]:
    name = re.sub(r"\([^)]*\)|,\s*[RDI]-[A-Z][\w.]*,?", " ", name)
    words = [_bare(word.lower()) for word in _WORD.findall(name)]
    return [_ABBREVIATIONS.get(word, word) for word in words if word and word not in _DROP]


def is_named(source: str) -> bool:
    """Whether a gold source names someone, rather than standing for them (he, the Florida
    senator)."""
    if _is_description(source):
        return False
    cleaned = re.sub(r"\([^)]*\)", " ", source)
    for word in _WORD.findall(cleaned):
        lowered = word.lower().rstrip(".")
        if not word[:1].isupper() or lowered in _PRONOUNS:
            continue
        if lowered in NOT_NAMES or is_role_word(word):
            continue
        return True
    return False


def same_speaker(ours: str | None, role: str | None, gold: str, resolved: str | None) -> bool:
    """Whether our speaker (name and role) is the one the gold source names or stands for."""
    if not ours:
        return False
    mine = _words(ours)
    for candidate in (gold, resolved):
        theirs = _words(candidate or "")
        if mine and theirs and (mine[-1] in theirs or theirs[-1] in mine):
            return True
    if not is_named(gold) and role:
        head = [word for word in _words(gold) if word in ROLE_NOUNS]
        return bool(head) and head[-1] in _words(role)
    return False


def load_gold(corpus: Path) -> dict[str, list[dict]]:
    """The gold attributions (as the JSON lines give them), by article path."""
    by_file: dict[str, list[dict]] = defaultdict(list)
    with (corpus / "gold_attributions.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            by_file[str(corpus / row["compartment"] / "text" / row["file"])].append(row)
    return by_file


_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) (?:[A-Z]\. )?[A-Z][\w'’-]+")
_GROUP = re.compile(r"[A-Z][\w'’.-]*\s+(?:and|&)\s+(?:[a-z]+\s+)?[A-Z]")
_PARTS = re.compile(r",|\s(?:—|--|–|-)\s|—")
_PREPOSITIONS = {
    *"to of for with at in from by on about toward towards against among like than over".split(),
    *"under behind between".split(),
}
_DETERMINERS = {
    "the",
    "a",
    "an",
    "another",
    "one",
    "some",
    "his",
    "her",
    "its",
    "their",
    "this",
    "that",
}
_INDEFINITE = {"a", "an", "another", "one", "some"}
_GIVEN = {**{name: "male" for name in MALE_NAMES}, **{name: "female" for name in FEMALE_NAMES}}


def _is_description(source: str) -> bool:
    """Whether a gold source describes someone rather than naming them: it opens with a
    determiner and ends in a lower-case word (``the Florida senator``, ``one Clinton aide``)."""
    words = _WORD.findall(re.sub(r"\([^)]*\)", " ", source).split(",")[0])
    return len(words) >= 2 and words[0].lower() in _DETERMINERS and not words[-1][:1].isupper()


def _name_run(source: str) -> list[str]:
    """The words of the name in a gold source: the last run of capitalised words in the first
    part (between commas or dashes) that has one, leaving out possessives and the objects of
    prepositions (``Laurence H. Tribe`` in ``Another critic, Laurence H. Tribe,``; ``Hope
    Hicks`` in ``Trump campaign spokeswoman Hope Hicks``; ``Meenakshi Ganguly`` in ``Meenakshi
    Ganguly of Human Rights Watch``; nothing in ``people close to Clinton``)."""
    for part in _PARTS.split(re.sub(r"\([^)]*\)", " ", source)):
        runs: list[list[str]] = [[]]
        in_object = False  # within the capitalised words after a preposition
        for word in _WORD.findall(part):
            lowered = word.lower().rstrip(".")
            capitalised = word[:1].isupper() and lowered not in _PRONOUNS
            if capitalised and not is_role_word(word):
                if not runs[-1] and in_object:
                    runs[-1].append("")  # marks the run as a preposition's object
                runs[-1].append(word)
                if word.endswith(("'s", "’s")):
                    # A possessive qualifies the name after it: "North Carolina's Ada Fisher".
                    runs[-1] = []
            elif runs[-1]:
                runs.append([])
            if not capitalised:
                in_object = lowered in _PREPOSITIONS
        named = [run for run in runs if run and run[0]]
        if named:
            return named[-1]
    return []


def _gender_in_text(word: str, text: str) -> str | None:
    """The gender the given names and titles written before a surname show, when nearly all
    of them agree (Hillary and Bill Clinton share a surname but not a gender)."""
    before = re.findall(rf"\b([A-Z][a-z]+\.?) (?:[A-Z]\. )?{re.escape(word)}\b", text)
    votes = Counter(_GIVEN.get(found.lower()) or TITLES.get(found.lower()) for found in before)
    votes.pop(None, None)
    ranked = votes.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]):
        return ranked[0][0]
    return None


def _common_noun(word: str, text: str) -> bool:
    """Whether the text writes ``word`` in lower case and capitalises it only where a
    sentence starts (``Delegates``, or ``Analysts`` beside "analyst"): a common noun."""
    lowered = word.lower()
    if not re.search(rf"\b(?:{re.escape(lowered)}|{re.escape(lowered.removesuffix('s'))})\b", text):
        return False
    for found in re.finditer(rf"\b{re.escape(word)}\b", text):
        before = text[max(0, found.start() - 3) : found.start()].rstrip(" \"“‘'")
        if before and before[-1] not in ".!?\n:":
            return False
    return True


def _person(source: str, text: str) -> tuple[bool, str | None]:
    """Whether a gold source may name one person, and the gender its title or given names
    show (None when they do not). Groups (``X and Y``), descriptions, organisations, places,
    demonyms, acronyms, ``the`` + name and words the text also writes in lower case
    (``Delegates``) are not."""
    head = re.sub(r"\([^)]*\)", " ", source).strip()
    first = _PARTS.split(head)[0]
    if _GROUP.search(first) or _is_description(source) or source.isupper():
        return False, None
    words = [word for word in first.split() if word.lower() not in ("himself", "herself")]
    if words[0].lower() == "the" or not words[-1][:1].isupper():
        return False, None  # "the Guardian", "Sanders aides"
    run = _name_run(source)
    if not run:
        return False, None
    last = run[-1].lower().rstrip(".")
    if len(run) == 1 and last.removesuffix("s") in ROLE_NOUNS:
        return False, None  # "Analysts"
    if (
        last in ORGANISATION_HEADS
        or last in NOT_NAMES
        or run[-1].isupper()
        or is_demonym(run[-1])
        or is_place(" ".join(run))
        or _common_noun(run[-1], text)
    ):
        return False, None
    written = _WORD.findall(head)
    before_name = written[: written.index(run[0])] if run[0] in written else written
    # Only a title before the name shows a gender: "Billie Jean King" is no king.
    titles = [TITLES.get(word.lower()) for word in before_name if word.lower() in TITLES]
    if gender := next((found for found in titles if found), None):
        return True, gender
    if len(run) >= 2:
        return True, _GIVEN.get(run[0].lower()) or _gender_in_text(run[-1], text)
    if last in _GIVEN:
        return True, _GIVEN[last]
    mentions = re.findall(rf"(\b\w+\W+)?{re.escape(run[0])}\b", text)
    if mentions and all(before.strip().lower() == "the" for before in mentions):
        return False, None  # "The Guardian"
    return True, _gender_in_text(run[0], text)


_ABBREVIATED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St|Jr|Sr)\.\s$")


def _subject_mentions(surname: str, text: str, end: int) -> list[int]:
    """Where ``surname`` opens a sentence before ``end``, perhaps after a title or given names
    ("Kasich took", "Sen. Ted Cruz said"), and is no modifier ("The Trump campaign")."""
    found = []
    first = len(text) - len(text.lstrip())
    pattern = rf"(?:[A-Z][\w.'’-]*\s+){{0,3}}{re.escape(surname)}\b(?!['’]s)"
    for match in re.finditer(pattern, text[:end]):
        before = text[max(0, match.start() - 8) : match.start()]  # enough for "Mrs. "
        opens = (
            match.start() == first
            or before.endswith("\n")
            or (
                before[-2:-1] in (".", "!", "?")
                and before[-1].isspace()
                and not _ABBREVIATED.search(before)
            )
        )
        if not opens or match.group().split()[0].lower() in NOT_NAMES:
            continue
        after = re.match(r"\s+(\w+)", text[match.end() : match.end() + 30])
        if after and after.group(1).lower() in ORGANISATION_HEADS:
            continue  # "Trump campaign officials"
        found.append(match.start())
    return found


def _resolve(rows: list[dict], row: dict, text: str) -> str | None:
    """The named source that a pronoun or a description stands for.

    ``he`` or ``she``: of the gold sources that name one person of that gender (where the names
    show it), the one named last before the pronoun, as a source or as the subject opening a
    sentence ("Kasich took a different tack ... he said"); failing that, the nearest full name
    of that gender in the text. A definite description: the nearest earlier gold source naming
    one person.
    """
    source = row["source"]
    if not source:
        return None
    written = source["text"].strip()
    if is_named(written):
        return written
    first = written.split()[0].lower() if written.split() else ""
    if first in _INDEFINITE:
        return None
    wanted = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}.get(
        written.lower()
    )
    start = source["spans"][0][0]
    if wanted is None:
        earlier = sorted(
            (other["source"] for other in rows if other["source"]),
            key=lambda found: found["spans"][0][0],
            reverse=True,
        )
        for candidate in earlier:
            if candidate["spans"][0][0] < start and _person(candidate["text"], text)[0]:
                return candidate["text"]
        return None
    end = start
    if row.get("content"):
        end = min(end, *(span[0] for span in row["content"]["spans"]))
    return _antecedent(rows, text, end, wanted)


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'(]?[A-Z])|\n")
_GENDERED_HEADS = {
    **dict.fromkeys("man men father husband son boy brother grandfather spokesman".split(), "male"),
    **dict.fromkeys(
        "woman mother wife daughter girl sister grandmother spokeswoman".split(), "female"
    ),
}


def _sentences(text: str, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text`` up to ``end``, last first; a full stop after an initial or an
    abbreviated title ("John F. Kerry", "Sen. Cruz") ends none."""
    bounds = [0]
    for match in _SENTENCE_END.finditer(text, 0, end):
        before = text[max(0, match.start() - 5) : match.start() + 1]
        if re.search(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St|Jr|Sr|Ft))\.$", before):
            continue
        bounds.append(match.end())
    bounds.append(end)
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 2, -1, -1)]


def _governed(text: str, start: int) -> str | None:
    """The lower-case word before a name, past its titles and any names joined to it by "and"
    or "or" ("for" in "for Vermont Sen. Bernie Sanders", "under" in "under Presidents Reagan
    and George W. Bush", "like" in "Like Allen, they ..."); None where the name opens its
    sentence or clause, or is its topic ("As for Trump, he said"; "For Major, a retiree,
    ...")."""
    if text[max(0, start - 8) : start].endswith(("As for ", "For ")):
        return None
    for word in reversed(re.findall(r"[\w'’.-]+|[,;:“”\"(]", text[max(0, start - 120) : start])):
        if word.lower() in _PREPOSITIONS:
            return word.lower()
        abbreviated = _ABBREVIATED.search(word + " ") or re.fullmatch(r"[A-Z]\.", word)
        if word.endswith((".", "!", "?")) and not abbreviated:
            return None  # the end of the sentence before ("in April. Mr. Obama said")
        if word[:1].isupper() or word in ("and", "or"):
            continue
        if not word[:1].isalpha():
            return None  # punctuation
        return word.lower()
    return None


_QUOTATION = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_KIN_APPOSITION = re.compile(
    r"\b(wife|husband|mother|father|daughter|son|sister|brother|widow|grandmother|grandfather)"
    r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)


def _given_genders(word: str, text: str) -> set[str]:
    """The genders the given names and titles written before ``word`` show."""
    before = re.findall(rf"\b([A-Z][a-z]+\.?) (?:[A-Z]\. )?{re.escape(word)}\b", text)
    return {
        gender
        for found in before
        if (gender := _GIVEN.get(found.lower()) or TITLES.get(found.lower()))
    }


class _Mention:
    """A person named before a pronoun: where, as the gold or the text writes them, the
    gender the names show (None: unknown), and how strongly they draw the pronoun (0: a gold
    source, someone the annotators saw speak; 1: a name opening its sentence; 2: any other)."""

    def __init__(self, at: int, written: str, gender: str | None, rank: int) -> None:
        self.at, self.written, self.gender, self.rank = at, written, gender, rank


def _mentions(rows: list[dict], text: str, end: int) -> list[_Mention]:
    """The people named before ``end`` outside quotations and not as the object of a
    preposition: each gold source that may name one person, a definite description standing for
    an earlier one, or one that describes a person by a gendered noun ("the woman"); each full
    name whose given name or title shows a gender; later bare mentions of a surname whose
    gender the text shows; and sentences a gold source's surname opens."""
    quoted = [
        tuple(span) for row in rows if row.get("content") for span in row["content"]["spans"]
    ] + [match.span() for match in _QUOTATION.finditer(text, 0, end)]
    found: list[_Mention] = []
    surnames: dict[str, tuple[str, str | None]] = {}
    for row in rows:
        written = row["source"]["text"].strip() if row["source"] else ""
        if not written:
            continue
        begin = row["source"]["spans"][0][0]
        person, gender = _person(written, text)
        if person:
            surname = _bare(_name_run(written)[-1])
            # A source the gold names only later may still open a sentence before.
            for at in _subject_mentions(surname, text, end):
                given = re.match(r"[A-Z][a-z]+", text[at:])
                shown = _GIVEN.get(given.group().lower()) if given else None
                found.append(_Mention(at, written, shown or gender, 1))
            surnames.setdefault(surname, (written, gender))
            if begin < end:
                found.append(_Mention(begin, written, gender, 0))
        elif (
            begin < end
            and _is_description(written)
            and written.split()[0].lower() not in _INDEFINITE
        ):
            head = _words(_PARTS.split(written)[0])[-1:]
            if head and head[0] in _GENDERED_HEADS:
                found.append(_Mention(begin, written, _GENDERED_HEADS[head[0]], 0))
            elif meant := _resolve(rows, row, text):
                found.append(_Mention(begin, meant, _person(meant, text)[1], 0))
    # Every capitalised word may open a full name: "Senator John Holt" holds "John Holt".
    starts = (word.start() for word in re.finditer(r"\b[A-Z][a-z]+\s", text[:end]))
    for match in filter(None, (_FULL_NAME.match(text, at, end) for at in starts)):
        title = re.search(
            r"\b([A-Z][a-z]+)\.?\s+$", text[max(0, match.start() - 8) : match.start()]
        )
        gender = _GIVEN.get(match.group(1).lower()) or TITLES.get(
            title.group(1).lower() if title else ""
        )
        after = re.match(r"\s+(\w+)", text[match.end() : match.end() + 30])
        if gender:
            surnames.setdefault(_bare(match.group().split()[-1]), (match.group(), gender))
        if (
            gender
            and not _overlaps(match.span(), quoted)
            and _governed(text, match.start()) not in _PREPOSITIONS | _INDEFINITE | {"the"}
            and not (after and after.group(1).lower() in ORGANISATION_HEADS)
        ):
            found.append(_Mention(match.start(), match.group(), gender, 2))
    for match in _KIN_APPOSITION.finditer(text, 0, end):
        # "Trump's wife, Melania, spoke": the noun shows the gender of the name it introduces.
        if not _overlaps(match.span(), quoted):
            found.append(
                _Mention(match.start(2), match.group(2), _GENDERED_HEADS[match.group(1)], 2)
            )
    for surname, (written, gender) in surnames.items():
        shown = _gender_in_text(surname, text)
        if gender and shown and gender != shown:
            continue  # this surname names someone else more often
        if not shown and _given_genders(surname, text) <= {gender}:
            shown = gender  # no other given name stands before it
        for match in re.finditer(rf"\b{re.escape(surname)}\b", text[:end]):
            after = re.match(r"\s+(\w+)", text[match.end() : match.end() + 30])
            if after and after.group(1).lower() in ORGANISATION_HEADS:
                continue  # "the Trump campaign"
            before = re.search(
                r"\b([A-Z][\w'’-]*)\s+$", text[max(0, match.start() - 30) : match.start()]
            )
            if before and before.group(1).lower() in _GIVEN:
                continue  # a word of a full name, which the names above read whole
            governed = _governed(text, match.start())
            if not _overlaps(match.span(), quoted) and governed not in _PREPOSITIONS | {"the"}:
                found.append(_Mention(match.start(), written, shown, 2))
    return found


_OPENING = re.compile(
    r"\W*(?:(?:But|And|Yet|So|Then)\s+)?(?:(?P<pronoun>[Hh]e|[Ss]he)\b"
    r"|(?P<article>The|the|One|one|An?|Another)((?:\s+[\w.-]+){1,4}))"
)
_APPOSITIVE_NAME = re.compile(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]+)+),")


def _opening(text: str, begin: int, stop: int, wanted: str) -> tuple[str, str | None] | None:
    """How a sentence opens when its subject is not a name: ("anaphor", None) for a ``he`` or
    ``she`` of the wanted gender or a definite description of a person ("The Wisconsin
    Republican"), which stand for whom the sentences before give; ("new", the name in its
    apposition, else the description) for an indefinite description ("One voter, Ana Ruiz,")
    that brings in someone new."""
    opener = _OPENING.match(text, begin, stop)
    if not opener:
        return None
    if opener.group("pronoun"):
        pronoun = opener.group("pronoun").lower()
        return ("anaphor", None) if (pronoun == "she") == (wanted == "female") else None
    written = opener.group(3).split()
    words = [word.lower().rstrip(".,") for word in written]
    heads = [index for index, word in enumerate(words) if word in ROLE_NOUNS]
    if not heads or _GENDERED_HEADS.get(words[heads[0]], wanted) != wanted:
        return None
    following = written[heads[0] + 1 : heads[0] + 2]
    if following and following[0][:1].isupper() and not written[heads[0]].endswith(","):
        return None  # a title before a name: "The latest is Rep. Joe Wilson"
    if opener.group("article").lower() == "the":
        return "anaphor", None
    named = _APPOSITIVE_NAME.match(text, opener.end(), stop)
    described = " ".join(opener.group(3).split()[: heads[0] + 1])
    return "new", named.group(1) if named else f"{opener.group('article')} {described}"


def _antecedent(rows: list[dict], text: str, end: int, wanted: str) -> str | None:
    """The person a ``he`` or ``she`` before ``end`` stands for: going back sentence by
    sentence, the first sentence naming someone who may be of that gender gives the gold
    source it names last, else the name opening it, else the name nearest the pronoun
    (preferring names whose gender the text shows); names inside quotations or after a
    preposition are not candidates. A sentence whose subject is a pronoun or description rather
    than a name is read by how it opens (see ``_opening``)."""
    found = _mentions(rows, text, end)
    for begin, stop in _sentences(text, end):
        here = [
            mention
            for mention in found
            if begin <= mention.at < stop and mention.gender in (wanted, None)
        ]
        for mention in here:
            if mention.rank == 2 and _governed(text, mention.at) is None:
                mention.rank = 1 if not text[begin : mention.at].count(",") else 2
        opening = None
        if not any(mention.rank < 2 for mention in here):
            opening = _opening(text, begin, stop, wanted)
        if opening and opening[0] == "anaphor":
            return _antecedent(rows, text, begin, wanted)
        if opening and not here:
            return opening[1]  # someone new, whom no name in the sentence may be
        if here:
            best = min(here, key=lambda found: (found.rank, found.gender is None, -found.at))
            return best.written
    return None


def _name_coverage(
    corpus: Path, gold_by_file: dict[str, list[dict]], split: str | None
) -> tuple[int, int]:
    """How many distinct gold sources that plainly name a person have that person among the
    article's person entities (compared by surname)."""
    covered = total = 0
    for path_text, rows in sorted(gold_by_file.items()):
        path = Path(path_text)
        if split and path.parent.parent.name != split:
            continue
        people = {
            word
            for entity in extract(read_article(path)).entities
            if entity.label == "person"
            for word in _words(entity.key)
        }
        surnames = {
            surname
            for row in rows
            if row["source"] and (surname := _person_surname(row["source"]["text"]))
        }
        total += len(surnames)
        covered += len(surnames & people)
    return covered, total


def _person_surname(source: str) -> str | None:
    """The surname in a gold source that plainly names a person: a run of name words before
    any comma that opens with a given name (``Peskov`` in ``Kremlin spokesman Dmitry
    Peskov``); None for organisations, descriptions and bare surnames."""
    head = re.sub(r"\([^)]*\)", " ", source).split(",")[0]
    runs: list[list[str]] = [[]]
    for word in head.split():
        bare = word.strip(".'’\"").removesuffix("'s").removesuffix("’s")
        if bare[:1].isupper() and bare.lower() not in NOT_NAMES and not is_role_word(bare):
            runs[-1].append(bare)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        if len(run) >= 2 and run[0].lower() in MALE_NAMES | FEMALE_NAMES:
            surname = run[-1].lower()
            return None if surname in ORGANISATION_HEADS else surname
    return None


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def evaluate(corpus: Path, split: str | None = None, misses: int = 0) -> dict[str, float]:
    """Score the extraction over the corpus and print the figures and some misses."""
    gold_by_file = load_gold(corpus)
    found = gold_total = true_positive = predicted = 0
    speaker_right = speaker_total = 0
    missed: list[str] = []
    wrong: list[str] = []
    spurious: list[str] = []
    passes = PassTally()
    for path_text in sorted(gold_by_file):
        path = Path(path_text)
        if split and path.parent.parent.name != split:
            continue
        rows = gold_by_file[path_text]
        article = read_article(path)
        extraction = extract(article)
        all_contents = [
            tuple(span) for row in rows if row["content"] for span in row["content"]["spans"]
        ]
        quotes = [quote for quote in extraction.quotes if quote.kind == "direct"]
        speech = list(extraction.quotes)
        roles = {speaker.name: speaker.role for speaker in extraction.speakers}
        for quote in quotes:
            predicted += 1
            if _overlaps(quote.span, all_contents):
                true_positive += 1
            elif len(spurious) < misses:
                spurious.append(f"{path.name}: “{one_line(quote.text)[:90]}” ({quote.speaker})")
        for row in rows:
            if not row["content_is_direct_quote"] or not row["content"]:
                continue
            gold_total += 1
            spans = [tuple(span) for span in row["content"]["spans"]]
            matching = [quote for quote in speech if _overlaps(quote.span, spans)]
            snippet = one_line(row["content"]["text"])[:90]
            if not matching:
                if len(missed) < misses:
                    missed.append(f"{path.name}: {snippet}")
                continue
            found += 1
            if not row["source"]:
                continue
            resolved = _resolve(rows, row, article.text)
            speaker_total += 1
            gold = row["source"]["text"]
            right = any(
                same_speaker(quote.speaker, roles.get(quote.speaker), gold, resolved)
                for quote in matching
            )
            passes.add(matching[0].sieve, right)
            if right:
                speaker_right += 1
            elif len(wrong) < misses:
                ours = matching[0].speaker
                gold_text = row["source"]["text"]
                wrong.append(
                    f"{path.name}: {snippet}\n    gold {resolved!r} ({gold_text}), ours {ours!r}"
                    f" [{matching[0].sieve}]"
                )
    covered, named_sources = _name_coverage(corpus, gold_by_file, split)
    precision = true_positive / predicted if predicted else 0.0
    recall = found / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = speaker_right / speaker_total if speaker_total else 0.0
    print(f"gold direct quotes {gold_total}, found {found}")
    print(f"our direct quotes {predicted}, in the gold {true_positive}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"speaker accuracy {accuracy:.3f} ({speaker_right}/{speaker_total})")
    coverage = covered / named_sources if named_sources else 0.0
    print(
        f"gold speakers' names covered by person entities {coverage:.3f} "
        f"({covered}/{named_sources})"
    )
    print(passes.table())
    for title, lines in (
        ("missed", missed),
        ("not in the gold", spurious),
        ("wrong speaker", wrong),
    ):
        if lines:
            print(f"\n== {title}")
            print("\n".join(lines))
    return {"precision": precision, "recall": recall, "f1": f1, "speaker_accuracy": accuracy}


class PassTally:
    """How many scored quotes each attribution pass decided, and how many of them rightly."""

    def __init__(self) -> None:
        self.decided: Counter[str] = Counter()
        self.right: Counter[str] = Counter()

    def add(self, sieve: str, right: bool) -> None:
        """Count one scored quote decided by ``sieve``."""
        self.decided[sieve] += 1
        self.right[sieve] += right

    def table(self) -> str:
        """Each pass, in the order they run: coverage, precision, and the counts."""
        total = sum(self.decided.values())
        lines = ["pass                 coverage  precision  (right/decided)"]
        for name in (*PASS_NAMES, *sorted(set(self.decided) - set(PASS_NAMES))):
            decided = self.decided[name]
            if not decided:
                continue
            lines.append(
                f"{name or '(none)':<20} {decided / total:8.3f}  {self.right[name] / decided:9.3f}"
                f"  ({self.right[name]}/{decided})"
            )
        return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation from the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m tui.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "corpus", type=Path, help="the polnear folder (with gold_attributions.jsonl)"
    )
    parser.add_argument(
        "--ggt", action="store_true", help="the folder holds gold.jsonl and text/ (GGT format)"
    )
    parser.add_argument("--split", choices=("train", "dev"), help="only this part of the corpus")
    parser.add_argument(
        "--misses", type=int, default=20, help="how many misses of each kind to list"
    )
    options = parser.parse_args(argv)
    if options.ggt:
        from tui.evaluate_ggt import evaluate_ggt

        return evaluate_ggt(options.corpus, options.misses)
    if not (options.corpus / "gold_attributions.jsonl").is_file():
        print(f"{options.corpus}: no gold_attributions.jsonl here", file=sys.stderr)
        return 2
    evaluate(options.corpus, options.split, options.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
