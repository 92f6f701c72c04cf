"""Reading stays linear in the text: no blow-up on long numbers or long sentences.

Not a timing test: a watchdog only turns a hang (catastrophic backtracking,
or work that grows with mentions times values) into a failure instead of a
stuck CI run.
"""

import signal

import pytest

from tests.conftest import codes

WATCHDOG_SECONDS = 120

FACTS = """
version: 1
facts:
  - id: term
    subject: [partnership]
    type: duration
    value: up to 3 years
  - id: funding
    subject: [investment]
    type: money
    value: £1.63m
  - id: authorities
    subject: [local authorities]
    type: count
    value: 152
  - id: inspected
    subject: [inspection]
    type: date
    value: 2016-10
"""


@pytest.fixture
def watchdog():
    def expire(signum, frame):
        raise TimeoutError(f"no result after {WATCHDOG_SECONDS} s: reading is not linear")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(WATCHDOG_SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_one_megabyte_single_line_document(corpus, watchdog):
    corpus.facts(FACTS)
    chunk = ("the partnership for 5 years 1,630,000 twenty-five 2016 the investment £1.63m "
             "3.13 152 local authorities October 2016 inspection 99999999999 ")
    corpus.doc("line.txt", chunk * (1_000_000 // len(chunk)))
    result = corpus.check()
    conflicts = [c for c in codes(result) if c == ("FC001", "term")]
    assert len(conflicts) > 1000  # every "partnership ... 5 years" read, each once


def test_one_megabyte_of_digits(corpus, watchdog):
    corpus.facts(FACTS)
    corpus.doc("digits.txt", "the investment " + "9" * 1_000_000 + " partnership\n")
    result = corpus.check()
    assert result.summary()["documents"] == 1
