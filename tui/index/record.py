"""An article's metadata and extraction as a compact, compressed record, and back.

Lists rather than objects keep the record small (an archive holds hundreds of thousands of
entities); zlib shrinks the JSON about fivefold.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import astuple

from tui.model import Entity, Extraction, Metadata, Quote, Speaker, Territory


def encode(meta: Metadata, extraction: Extraction) -> bytes:
    """``meta`` and ``extraction`` as compressed JSON."""
    record = {
        "meta": list(astuple(meta)),
        "quotes": [
            [q.text, q.kind, *q.span, q.paragraph, q.speaker, q.cue, q.where, q.sieve]
            for q in extraction.quotes
        ],
        "speakers": [
            [s.name, s.role, list(s.aliases), s.quotes, s.kind] for s in extraction.speakers
        ],
        "entities": [[e.text, e.label, *e.span, e.key] for e in extraction.entities],
        "territories": [
            [t.name, t.kind, t.country, t.held_by, t.extent, t.mentions, [list(s) for s in t.spans]]
            for t in extraction.territories
        ],
        "notes": list(extraction.notes),
    }
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 6)


def decode(blob: bytes) -> tuple[Metadata, Extraction]:
    """The metadata and extraction ``encode`` stored."""
    record = json.loads(zlib.decompress(blob).decode("utf-8"))
    quotes = tuple(
        Quote(text, kind, (start, end), paragraph, speaker, cue, where, sieve)
        for text, kind, start, end, paragraph, speaker, cue, where, sieve in record["quotes"]
    )
    speakers = tuple(
        Speaker(name, role, tuple(aliases), count, kind)
        for name, role, aliases, count, kind in record["speakers"]
    )
    entities = tuple(
        Entity(text, label, (start, end), key)
        for text, label, start, end, key in record["entities"]
    )
    territories = tuple(
        Territory(name, kind, country, held, extent, mentions, tuple(tuple(s) for s in spans))
        for name, kind, country, held, extent, mentions, spans in record["territories"]
    )
    extraction = Extraction(quotes, speakers, entities, territories, tuple(record["notes"]))
    return Metadata(*record["meta"]), extraction
