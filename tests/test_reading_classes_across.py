"""Classes met in the residual misses of more than one earlier sample (``tests/eval/sample-*``,
development data), fixed together: each tested on the real sentences that showed it, with their
sources, and on constructed cases that show where the fix stops (``tests/reading_classes.py``
runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests

READ = [
    # -- how long something is not done is stated, not denied: "not allowed to ... for three years"
    ("However, the Magistrate granted a Restraining Order and the perpetrator is not allowed to have any "
     "direct contact with Aisha or to enter her street for three years.", "Restraining Order", "duration",
     "2022-11-29", "3 years", ()),
    # http://centreforwomensjustice.org.uk/case-studies/2022/11/29/restraining-order
    ("For the first six weeks you’re not allowed to leave the base at all.", "leave the base", "duration",
     "2022-06-01", "6 weeks", ()),
    # https://beforeyousignup.info/joining/army-foundation-college/
    ("The sound of the church bell had not been heard for over twenty-five years owing to the need for "
     "restoration.", "church bell", "duration", "2006-05-01", "over 25 years", ()),
    # https://www.mcdparish.com/the-restoration-of-the-church-bell/
    ("The police have told me that they do not intend to prosecute but a weights and measures officer has "
     "served me with a closure notice specifying that I must not sell alcohol for two weeks.",
     "closure notice", "duration", "2019-06-01", "2 weeks", ()),
    # https://www.popall.co.uk/qanda/dispute-on-notice
    # -- dotted initials before a word that goes on with a name do not end the sentence
    ("The average wait time for wounded veterans to see their disability-compensation claims completed by "
     "the U.S. Department of Veterans Affairs has now grown to 262 days — or nearly nine months — according "
     "to a federal website and three watchdog groups.", "average wait time", "duration", "2012-12-04",
     "262 days", ()),
    # http://usnews.nbcnews.com/_news/2012/12/04/15652938-disability-compensation-claims-for-veterans-lag-as-va-backlog-worsens
    # -- a clause of its own ("since ...") opens between a value and the subject after it
    ("This made it the third-highest September borrowing since monthly records began in January 1993.",
     "monthly records", "date", "2024-10-22", "1993-01", ()),
    # https://www.investmentweek.co.uk/news/4371659/uk-finances-near-breaking-point-ahead-budget-public-borrowing-gbp-5bn-obr-forecasts
]

BOUNDARIES = [
    # a rating or an amount after a negation is still denied
    ("The home is not rated good for safety.", "home", "rating", "2020-01-01", None, ()),
    ("The council's budget for the scheme was not £5m.", "budget", "money", "2020-01-01", None, ()),
]

test_the_value_a_careful_reader_reads, _, test_where_each_fix_stops = reading_tests(READ, (), BOUNDARIES)
