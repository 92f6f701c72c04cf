"""The fast case folding used by trigger patterns matches what re.IGNORECASE does."""

import re
import string

from checker.values.numbers import case_fold

BMP = "".join(map(chr, range(0x10000)))


def test_ascii_letters_fold_exactly_as_re_does():
    for ch in string.ascii_letters:
        assert case_fold(ch) == sorted(set(re.compile(re.escape(ch), re.I).findall(BMP)) | {ch})
