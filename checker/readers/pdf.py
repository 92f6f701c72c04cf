"""Placeholder: the pdf reader is being written."""

from checker.document import Document, ReadError

EXTENSIONS: tuple[str, ...] = ()


def read(data: bytes, shown: str) -> Document:
    raise ReadError("this format is not supported yet")
