"""Classes of sentences found in sample I (``tests/eval/sample-i``), scored blind once on
arrival and development data since: each fix is tested on the real sentences that showed the
class, each with its source, and on constructed cases that show where the fix stops
(``tests/reading_classes.py`` runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests

READ = [
    # -- South Asian scales: "1.2 lakh"
    ("Cervical cancer remains the second most common cancer among women in India, with over 1.2 lakh new "
     "cases and nearly 80,000 deaths annually.", "new cases", "count", "2026-02-27", "over 1.2 lakh", ()),
    # https://www.deccanherald.com/india/pm-modi-to-launch-nationwide-hpv-vaccination-drive-from-ajmer-on-february-28-3914459
    # -- "three tax years"
    ("The IRS complied with the 2020 Treasury Directive for three tax years but ceased monitoring it at the "
     "end of Fiscal Year 2023.", "2020 Treasury Directive", "duration", "2024-06-20", "3 years", ()),
    # https://www.taxnotes.com/research/federal/other-documents/treasury-reports/irs-drops-goal-auditing-8-percent-wealthy-tigta-says/7kdkf
]

NOTHING = [
    # -- ages in a list; a count of a noun of its own after the subject ("from seven ... regions",
    # "he and four others")
    ("Currently, bowel cancer screening is provided free to people aged 50, 55 and 65.",
     "bowel cancer screening", "count", "2012-05-13"),
    # https://www.drguy.com.au/federal-government-increases-bowel-screen-funding/
    ("This included men and women aged between 18 and 69 from seven different global regions.",
     "men and women", "count", "2024-03-01"),
    # https://www.foodsafetynews.com/2024/03/charity-finds-unsafe-food-given-to-asylum-seekers/
    ("Last month, a 27-year-old man from Eritrea died after he and four others jumped overboard as their "
     "boat started to sink.", "man from Eritrea", "count", "2021-09-26"),
    # https://thenationalnews.com/world/uk-news/2021/09/26/number-of-migrants-crossing-english-channel-nearly-doubles-2020-figure
    # -- "exceeded by 13.5%" is a change; "Non-Major ..." is another name
    ("The Major applications threshold was exceeded by 13.5%, whilst the Non-Major applications threshold "
     "was exceeded by 3.1%.", "Major applications threshold", "percent", "2020-07-01"),
    # https://westminster.moderngov.co.uk/mgAi.aspx?ID=14326
]

BOUNDARIES = [
    # "will exceed £300 million" is a bound, not a change
    ("The amount needed to fund the PPF compensation levy will exceed £300 million.", "PPF compensation levy",
     "money", "2020-01-01", "over £300m", ()),
    # a count after "from" that counts the subject's own noun is kept
    ("The scheme recruited volunteers from 12 towns.", "towns", "count", "2020-01-01", "12", ()),
    # "two lakh" in words
    ("The drive reached two lakh households.", "households", "count", "2020-01-01", "200,000", ()),
]

test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none, \
    test_where_each_fix_stops = reading_tests(READ, NOTHING, BOUNDARIES)
