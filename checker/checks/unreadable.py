"""FC900 unreadable: a document could not be read.

What it does
    Reports a file that is binary, empty, undecodable or cannot be opened,
    with a one-line reason. The run goes on with the other documents.

Why it matters
    A document that was not read was not checked: silence about it must
    never be mistaken for agreement.

Example
    Fails:  an image renamed ``notes.txt``; an empty file.
    Passes: any text file in UTF-8, UTF-16 (with BOM) or Windows-1252.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.compiled import CompiledFacts
from checker.results import DocumentResult, Problem

CODE = "FC900"
NAME = "unreadable"
SUMMARY = "a document could not be read (the run goes on with the others)"
SCOPE = "document"
STATE = None
WHOLE_DOCUMENT = False


def check(doc: DocumentResult, facts: CompiledFacts) -> Iterator[Problem]:
    if doc.unreadable and doc.first_line is not None:
        yield Problem("", doc.first_line, f"could not read {doc.path}: {doc.unreadable}")
