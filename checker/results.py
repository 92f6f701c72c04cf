"""What the engine learns about one document, and what checks receive.

Checks never see a document or re-scan it: they get its mentions, each
with the value read for it, and the sentences whose numbers the arithmetic
check needs. Everything here is frozen and picklable, so documents can be
read in worker processes and their results sent back.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass

from checker.finding import Location
from checker.pickling import positional_pickle
from checker.suppression import Directive
from checker.values.model import Value


@positional_pickle
@dataclass(frozen=True, slots=True)
class Reading:
    """A value read in a document, with where it stands."""

    value: Value
    where: Location
    words: str  # the value as written in the original
    dated: bool = False  # resolved against a document date taken from the file's properties
    reached: bool = False  # read in the next sentence, which points back to the mention


@positional_pickle
@dataclass(frozen=True, slots=True)
class Mention:
    """A phrase of a fact found in a document."""

    fact: str  # fact id
    role: str  # subject | value | accept | reject | variant (see checker.scan)
    where: Location
    words: str  # the phrase as written in the original
    excerpt: str  # the sentence it stands in
    start: int  # span in the reading text
    end: int
    before: str = ""  # a little reading text either side, for adjacency tests
    after: str = ""
    reading: Reading | None = None  # the value this mention states, if any
    odd: str = ""  # variant: the word that differs from the name
    expected: str = ""  # variant: the word the name has there
    unread: str = ""  # no value read, yet this value-like token sits in its clause


@positional_pickle
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with the values read in it (for checks across values)."""

    text: str
    start: int  # of ``text`` in the reading text
    excerpt: str
    readings: tuple[Reading, ...]


@dataclass(frozen=True, slots=True)
class DocumentResult:
    path: str
    id: str  # from ``documents:``, else the file's short name
    kind: str = ""
    authority: str = "secondary"
    date: datetime.date | None = None
    first_line: Location | None = None
    mentions: tuple[Mention, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    unreadable: str = ""  # why the document could not be read; "" when it was
    directives: tuple[Directive, ...] = ()  # inline suppressions
    mentioned: tuple[str, ...] = ()  # ids of the facts mentioned, kept when mentions are dropped
    coverage: tuple[int, int, int] = (0, 0, 0)  # typed mentions (found, with a value read, unread)
    date_from_file: bool = False  # the document's date was read from the file's properties

    def slim(self, keep: frozenset[str]) -> DocumentResult:
        """The result with only the mentions a run still needs once the document is checked:
        those of ``keep`` facts (the corpus checks' open facts) that state a value, and the
        unread ones (``--show-unread``). A statement's or a name's mentions are not kept: on
        a dense corpus they are most of the mentions, and no corpus check reads them."""
        mentions = tuple(m for m in self.mentions
                         if (m.reading is not None and m.fact in keep) or m.unread)
        return dataclasses.replace(self, mentions=mentions, sentences=())


@dataclass(frozen=True, slots=True)
class Problem:
    """What a check yields; the engine makes it a Finding with code and severity."""

    fact: str
    where: Location
    message: str
    expected: str = ""
    found: str = ""
    excerpt: str = ""
    severity: str = ""  # when the check knows better than the rule and the fact ("warning")
