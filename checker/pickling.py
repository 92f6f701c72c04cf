"""Fast pickling for the small frozen records a run makes by the million.

A frozen dataclass with ``slots=True`` unpickles through dataclasses' generic
``__setstate__``, which calls ``fields()`` for every object: a warm cache of
1.5 million mentions, locations and values took 9 s to load. Pickled as a
call of the class with its field values, it loads several times faster.
"""

from __future__ import annotations

from dataclasses import fields


def positional_pickle(cls):
    """Class decorator: pickle instances as ``cls(*field_values)``."""
    names = tuple(f.name for f in fields(cls))

    def __reduce__(self):
        return cls, tuple(getattr(self, name) for name in names)

    cls.__reduce__ = __reduce__
    return cls
