"""Imported by the fork server that ``quotelens index`` forks its workers from, to load the
names model there, once: every worker then starts with it, spending no second of its own on
loading it, and reads its weights from the same memory. Side by side, two workers with their
own copies took 3-4% more processor time an article than two sharing one (crowding each other
out of the processor's cache). Not for the reader: its fork server outlives the indexing and
would hold the model for the whole session."""

import contextlib

from tui.extract import ner

# The fork server must start whatever the model does: a worker that finds no model tries
# again itself, and fails as it always did.
with contextlib.suppress(Exception):
    ner.load()
