"""Date expressions in sentences, and the facts-file date notation."""

from __future__ import annotations

import datetime as dt
import math
import time

import pytest

from checker.values.context import Context
from checker.values.dates.expressions import find
from checker.values.dates.notation import parse_notation

INF = math.inf
D2017 = dt.date(2017, 6, 30)  # the minister's letter
D2017S = dt.date(2017, 9, 14)  # the DfE press release


def o(s: str) -> float:
    return float(dt.date.fromisoformat(s).toordinal())


def dates_in(sentence: str, doc: dt.date | None = None):
    return find(sentence, 0, len(sentence), Context(doc_date=doc))


def only(sentence: str, doc: dt.date | None = None):
    found = dates_in(sentence, doc)
    assert len(found) == 1, [(v.text, v.label) for v in found]
    return found[0]


# (sentence, text as written, label, low, high, doc date)
CASES = [
    # months and days with their year
    ("The inspection in October 2016 found failings.", "October 2016", "2016-10",
     "2016-10-01", "2016-10-31", None),
    ("It was inspected in September 2016.", "September 2016", "2016-09",
     "2016-09-01", "2016-09-30", None),
    ("A REPORT OF OCTOBER 2016 WAS PUBLISHED.", "OCTOBER 2016", "2016-10",
     "2016-10-01", "2016-10-31", None),
    ("Published Oct 2016 by the DfE.", "Oct 2016", "2016-10", "2016-10-01", "2016-10-31", None),
    ("Published Sept. 2016 by the DfE.", "Sept. 2016", "2016-09",
     "2016-09-01", "2016-09-30", None),
    ("It won't be ready until October, 2018.", "October, 2018", "2018-10",
     "2018-10-01", "2018-10-31", None),
    ("The letter is dated 30 June 2017.", "30 June 2017", "2017-06-30",
     "2017-06-30", "2017-06-30", None),
    ("The letter is dated June 30, 2017.", "June 30, 2017", "2017-06-30",
     "2017-06-30", "2017-06-30", None),
    ("The letter is dated 30th June 2017.", "30th June 2017", "2017-06-30",
     "2017-06-30", "2017-06-30", None),
    ("It was signed on the 30th of June 2017.", "the 30th of June 2017", "2017-06-30",
     "2017-06-30", "2017-06-30", None),
    ("Press release date 2017-09-14 A lack of leadership.", "2017-09-14", "2017-09-14",
     "2017-09-14", "2017-09-14", None),
    ("Received on 14/09/2017 by post.", "14/09/2017", "2017-09-14",
     "2017-09-14", "2017-09-14", None),
    ("Received on 4/9/2017 by post.", "4/9/2017", "2017-09-04",
     "2017-09-04", "2017-09-04", None),
    ("March 2018 brought progress.", "March 2018", "2018-03", "2018-03-01", "2018-03-31", None),
    ("Since the last inspection in December 2018 it improved.", "December 2018", "2018-12",
     "2018-12-01", "2018-12-31", None),
    ("Numbers for 29 February 2016 were high.", "29 February 2016", "2016-02-29",
     "2016-02-29", "2016-02-29", None),
    # years
    ("In 2016 it was judged inadequate.", "2016", "2016", "2016-01-01", "2016-12-31", None),
    ("2.4 In 2017 Leeds was approached by the DfE.", "2017", "2017",
     "2017-01-01", "2017-12-31", None),
    ("It was judged inadequate by OfSTED in 2016.", "2016", "2016",
     "2016-01-01", "2016-12-31", None),
    ("Reports of the 1990s were lost.", "the 1990s", "1990..1999",
     "1990-01-01", "1999-12-31", None),
    # ranges
    ("From 2017 to August 2019, 120 out of the 152 councils.", "From 2017 to August 2019",
     "2017..2019-08", "2017-01-01", "2019-08-31", None),
    ("It grew between 2015 and 2017 in Leeds.", "between 2015 and 2017", "2015..2017",
     "2015-01-01", "2017-12-31", None),
    ("Figures for 2015-2017 are shown.", "2015-2017", "2015..2017",
     "2015-01-01", "2017-12-31", None),
    ("Figures for 2015 - 2017 are shown.", "2015 - 2017", "2015..2017",
     "2015-01-01", "2017-12-31", None),
    ("The budget for 2015-16 was cut.", "2015-16", "2015..2016",
     "2015-01-01", "2016-12-31", None),
    ("The budget for 2015/16 was cut.", "2015/16", "2015..2016",
     "2015-01-01", "2016-12-31", None),
    ("The budget for 1999-00 was cut.", "1999-00", "1999..2000",
     "1999-01-01", "2000-12-31", None),
    ("It ran from July to September 2017 only.", "from July to September 2017",
     "2017-07..2017-09", "2017-07-01", "2017-09-30", None),
    ("It ran from November to February 2018 only.", "from November to February 2018",
     "2017-11..2018-02", "2017-11-01", "2018-02-28", None),
    ("It ran from early 2015 until mid-2016.", "from early 2015 until mid-2016",
     "2015-01..2016-08", "2015-01-01", "2016-08-31", None),
    ("An ISO month 2017-09 is read.", "2017-09", "2017-09", "2017-09-01", "2017-09-30", None),
    # modifiers
    ("Something we began to establish in early 2017.", "early 2017",
     "start of 2017 (2017-01..2017-04)", "2017-01-01", "2017-04-30", None),
    ("Expected by mid-2017 at the latest.", "by mid-2017",
     "by mid 2017 (2017-05..2017-08)", -INF, "2017-08-31", None),
    ("Work slowed in mid 2017 as staff left.", "mid 2017",
     "mid 2017 (2017-05..2017-08)", "2017-05-01", "2017-08-31", None),
    ("Leaders changed in late 2016 again.", "late 2016",
     "end of 2016 (2016-09..2016-12)", "2016-09-01", "2016-12-31", None),
    ("Brazil was parachuted in at the end of 2016 after Ofsted.", "the end of 2016",
     "end of 2016 (2016-09..2016-12)", "2016-09-01", "2016-12-31", None),
    ("Plans were made at the beginning of 2017.", "the beginning of 2017",
     "start of 2017 (2017-01..2017-04)", "2017-01-01", "2017-04-30", None),
    ("Figures for the first half of 2017 rose.", "the first half of 2017",
     "first half of 2017 (2017-01..2017-06)", "2017-01-01", "2017-06-30", None),
    ("Staff left at the end of September 2017.", "the end of September 2017",
     "end of 2017-09 (2017-09-21..2017-09-30)", "2017-09-21", "2017-09-30", None),
    ("The team arrived in autumn 2016.", "autumn 2016", "2016-autumn",
     "2016-09-01", "2016-11-30", None),
    ("The team arrived in spring 2017.", "spring 2017", "2017-spring",
     "2017-03-01", "2017-05-31", None),
    ("The team arrived in the summer of 2017.", "the summer of 2017", "2017-summer",
     "2017-06-01", "2017-08-31", None),
    ("Pressure peaked in winter 2016.", "winter 2016", "2016-winter",
     "2016-12-01", "2017-02-28", None),
    ("Pressure peaked in early winter 2016.", "early winter 2016",
     "start of 2016-winter (2016-12)", "2016-12-01", "2016-12-31", None),
    ("Spending rose in Q3 2017 sharply.", "Q3 2017", "2017-Q3", "2017-07-01", "2017-09-30", None),
    ("Spending rose in the third quarter of 2017.", "the third quarter of 2017", "2017-Q3",
     "2017-07-01", "2017-09-30", None),
    ("Spending fell in the last quarter of 2016.", "the last quarter of 2016", "2016-Q4",
     "2016-10-01", "2016-12-31", None),
    # open intervals
    ("£30m in extra funding for the city since 2015.", "since 2015", "since 2015",
     "2015-01-01", INF, None),
    ("Funding since 2015 has grown.", "since 2015", "since 2015",
     "2015-01-01", "2017-09-14", D2017S),
    ("Problems were identified from July 2015, the report said.", "from July 2015",
     "from 2015-07", "2015-07-01", INF, None),
    ("Since March 2018, there has been steady progress.", "Since March 2018",
     "since 2018-03", "2018-03-01", INF, None),
    ("It was built before 2016 by the council.", "before 2016", "before 2016",
     -INF, "2015-12-31", None),
    ("It was built prior to 2016 by the council.", "prior to 2016", "before 2016",
     -INF, "2015-12-31", None),
    ("Numbers rose after June 2017 in Leeds.", "after June 2017", "after 2017-06",
     "2017-07-01", INF, None),
    ("All councils must comply by 2019.", "by 2019", "by 2019", -INF, "2019-12-31", None),
    # no year: partial without a document date
    ("In November, the Secretary of State issued a direction.", "November",
     "November (year not stated)", -INF, INF, None),
    ("The report was completed in March, it states.", "March",
     "March (year not stated)", -INF, INF, None),
    ("The vote is in May this time.", "May", "May (year not stated)", -INF, INF, None),
    ("Her term ends at the end of September and more.", "the end of September",
     "end of September (year not stated)", -INF, INF, None),
    ("The letter of 30 June was clear.", "30 June", "30 June (year not stated)", -INF, INF, None),
    # no year: resolved against the document date
    ("In November, the Secretary of State issued a direction.", "November", "2016-11",
     "2016-11-01", "2016-11-30", D2017),
    ("She submitted her report to the Secretary of State in April.", "April", "2017-04",
     "2017-04-01", "2017-04-30", D2017),
    ("Her term as Commissioner ends at the end of September and the direction stays.",
     "the end of September", "end of 2017-09 (2017-09-21..2017-09-30)",
     "2017-09-21", "2017-09-30", D2017),
    ("I would expect him to take up the role from the start of October.",
     "from the start of October", "from start of 2017-10 (2017-10-01..2017-10-10)",
     "2017-10-01", INF, D2017),
    ("It will not be ready until October.", "October", "2017-10",
     "2017-10-01", "2017-10-31", D2017),
    ("The team has been in place since early summer, headed by Steve Walker.",
     "since early summer", "since start of 2017-summer (2017-06)",
     "2017-06-01", "2017-09-14", D2017S),
    ("Ofsted gave a damning verdict in November that the council failed.", "November",
     "2016-11", "2016-11-01", "2016-11-30", D2017S),
    ("The letter of 30 June was clear.", "30 June", "2017-06-30",
     "2017-06-30", "2017-06-30", D2017S),
    # relative to the document date
    ("The director resigned last December.", "last December", "2016-12",
     "2016-12-01", "2016-12-31", D2017S),
    ("The director resigned last December.", "last December", "2016-12",
     "2016-12-01", "2016-12-31", dt.date(2017, 12, 20)),
    ("She was appointed last year to review services.", "last year", "2016",
     "2016-01-01", "2016-12-31", D2017S),
    ("It recommended earlier this year that Leeds lead.", "earlier this year",
     "2017-01-01..2017-09-14", "2017-01-01", "2017-09-14", D2017S),
    ("It was due to be implemented this month, but slipped.", "this month", "2017-09",
     "2017-09-01", "2017-09-30", D2017S),
    ("The plan starts next month for all staff.", "next month", "2017-10",
     "2017-10-01", "2017-10-31", D2017S),
    ("The plan started last month for all staff.", "last month", "2017-08",
     "2017-08-01", "2017-08-31", D2017S),
    ("The new system arrives next year.", "next year", "2018", "2018-01-01", "2018-12-31", D2017S),
    ("The new system arrives this year.", "this year", "2017", "2017-01-01", "2017-12-31", D2017S),
    ("Services were reviewed last summer in full.", "last summer", "2017-summer",
     "2017-06-01", "2017-08-31", D2017S),
    ("Savings are due by the end of next year.", "by the end of next year",
     "by end of 2018 (2018-09..2018-12)", -INF, "2018-12-31", D2017S),
    ("The review began in November last year.", "November last year", "2016-11",
     "2016-11-01", "2016-11-30", D2017S),
    ("The review began in March this year.", "March this year", "2017-03",
     "2017-03-01", "2017-03-31", D2017S),
    ("The review began in November last year.", "November last year",
     "November (year not stated)", -INF, INF, None),
    ("The review ends next December for good.", "next December", "2017-12",
     "2017-12-01", "2017-12-31", D2017S),
    ("More will follow later this year, we hope.", "later this year",
     "2017-09-14..2017-12-31", "2017-09-14", "2017-12-31", D2017S),
    ("Pressure will peak this winter as usual.", "this winter", "2017-winter",
     "2017-12-01", "2018-02-28", D2017S),
    ("Pressure peaked this winter as usual.", "this winter", "2016-winter",
     "2016-12-01", "2017-02-28", dt.date(2017, 1, 20)),
    # more forms
    ("Staff were told on June 30th about it.", "June 30th", "30 June (year not stated)",
     -INF, INF, None),
    ("Staff were told on June 30, in writing.", "June 30", "30 June (year not stated)", -INF, INF, None),
    ("In May 20 people attended.", "May", "May (year not stated)", -INF, INF, None),
    ("It ran from 5 June to 30 June 2017 only.", "from 5 June to 30 June 2017",
     "2017-06-05..2017-06-30", "2017-06-05", "2017-06-30", None),
    ("It has run since 2015 until 2017 in Leeds.", "since 2015 until 2017", "2015..2017",
     "2015-01-01", "2017-12-31", None),
    ("Targets for end-2016 were missed.", "end-2016", "end of 2016 (2016-09..2016-12)",
     "2016-09-01", "2016-12-31", None),
    ("Targets for the middle of 2017 were missed.", "the middle of 2017",
     "mid 2017 (2017-05..2017-08)", "2017-05-01", "2017-08-31", None),
    ("Targets for the second half of 2016 were missed.", "the second half of 2016",
     "second half of 2016 (2016-07..2016-12)", "2016-07-01", "2016-12-31", None),
    ("Targets for mid-September 2017 were missed.", "mid-September 2017",
     "mid 2017-09 (2017-09-11..2017-09-20)", "2017-09-11", "2017-09-20", None),
    ("Targets for the end of February 2016 were missed.", "the end of February 2016",
     "end of 2016-02 (2016-02-20..2016-02-29)", "2016-02-20", "2016-02-29", None),
    ("The plan for 2019-20 was agreed.", "2019-20", "2019..2020",
     "2019-01-01", "2020-12-31", None),
    ("Reports of the 2010s were kept.", "the 2010s", "2010..2019", "2010-01-01", "2019-12-31", None),
    ("It happened in Sept last time.", "Sept", "September (year not stated)", -INF, INF, None),
    ("Staff left on 30 September as agreed.", "30 September", "2016-09-30",
     "2016-09-30", "2016-09-30", D2017),
    ("Staff will leave on 30 September as planned.", "30 September", "2017-09-30",
     "2017-09-30", "2017-09-30", D2017),
    ("Staff stay until 30 September as planned.", "30 September", "2017-09-30",
     "2017-09-30", "2017-09-30", D2017),
    ("On 5 March the council will march.", "5 March", "2018-03-05",
     "2018-03-05", "2018-03-05", D2017),
    # a date standing first goes the way of the clause it opens ("In November, Ofsted will
    # release its annual report": https://careappointments.com/care-news/england/85143/):
    # forward, comma or not
    ("On 5 March, the council will march.", "5 March", "2018-03-05",
     "2018-03-05", "2018-03-05", D2017),
    ("Between May and June 2017 it rose.", "Between May and June 2017", "2017-05..2017-06",
     "2017-05-01", "2017-06-30", None),
    ("It ran 1 January 2017 - 31 March 2017 in full.", "1 January 2017 - 31 March 2017",
     "2017-01-01..2017-03-31", "2017-01-01", "2017-03-31", None),
    ("It ran December 2016 - March 2017 in full.", "December 2016 - March 2017",
     "2016-12..2017-03", "2016-12-01", "2017-03-31", None),
    ("Since 1 April 2017 the council has improved.", "Since 1 April 2017", "since 2017-04-01",
     "2017-04-01", "2017-06-30", D2017),
    ("In June Leeds entered a partnership.", "June", "June (year not stated)", -INF, INF, None),
    ("October was a busy month.", "October", "October (year not stated)", -INF, INF, None),
    ("IN NOVEMBER THE SECRETARY ACTED.", "NOVEMBER", "November (year not stated)", -INF, INF, None),
    # days of one month, and a yearless range resolved on the document date
    ("Inspectors visited on 20 and 21 February 2024 to examine it.", "20 and 21 February 2024",
     "2024-02-20..2024-02-21", "2024-02-20", "2024-02-21", None),
    ("The visit conducted on 21 - 22 February 2024.", "21 - 22 February 2024",
     "2024-02-21..2024-02-22", "2024-02-21", "2024-02-22", None),
    ("It took place on 18th and 19th of February 2025.", "18th and 19th of February 2025",
     "2025-02-18..2025-02-19", "2025-02-18", "2025-02-19", None),
    ("Spending was incurred between 1 April and 31 December, for the projects.",
     "between 1 April and 31 December", "2018-04-01..2018-12-31", "2018-04-01", "2018-12-31",
     dt.date(2019, 3, 19)),
    # financial years and their quarters (April to March)
    ("Q3 2017/18 Budget Monitoring Reports", "Q3 2017/18", "2017-10..2017-12",
     "2017-10-01", "2017-12-31", None),
    ("Revenue Monitoring 2018/19 Quarter 3 was noted.", "2018/19 Quarter 3", "2018-10..2018-12",
     "2018-10-01", "2018-12-31", None),
    ("74 2018/19 Second Quarter Financial Monitoring Report", "2018/19 Second Quarter",
     "2018-07..2018-09", "2018-07-01", "2018-09-30", None),
    ("Outturn during the third quarter of 2018/19 for the services.", "the third quarter of 2018/19",
     "2018-10..2018-12", "2018-10-01", "2018-12-31", None),
    ("Where we were in 2004/5, which was poor.", "2004/5", "2004..2005", "2004-01-01", "2005-12-31", None),
    ("The 2023- 24 budget was set.", "2023- 24", "2023..2024", "2023-01-01", "2024-12-31", None),
    ("In the first 3 months of 2025, 64 deaths were recorded.", "the first 3 months of 2025",
     "2025-01..2025-03", "2025-01-01", "2025-03-31", None),
    # a year shared by two months; a month that is also a word, in a range
    ("May - July 2018", "May - July 2018", "2018-05..2018-07", "2018-05-01", "2018-07-31", None),
    ("Consultation completed February/March 2016.", "February/March 2016", "2016-02..2016-03",
     "2016-02-01", "2016-03-31", None),
    # written the way PDFs and editors leave them
    ("It was met for the first time since June2016, reflecting effort.", "since June2016",
     "since 2016-06", "2016-06-01", INF, None),
    ("There were 1,020 received in November [2015], the highest ever.", "November [2015]", "2015-11",
     "2015-11-01", "2015-11-30", None),
    ("Based on data available as at 11 th January 2018", "11 th January 2018", "2018-01-11",
     "2018-01-11", "2018-01-11", None),
    # "from" naming a source is no open interval
    ("Families benefit from last year's 27% rise in homes.", "last year", "2016",
     "2016-01-01", "2016-12-31", D2017S),
    ("Update from the chairs from April Board Committee meetings.", "April", "2017-04",
     "2017-04-01", "2017-04-30", D2017S),
    # relative spans of time before the document date (issue #4)
    ("A great deal has changed in the six months since Eleanor completed her report.",
     "the six months since", "2017-03", "2017-03-01", "2017-03-31", D2017S),
    ("The council was inspected two years ago.", "two years ago", "2015-09",
     "2015-09-01", "2015-09-30", D2017S),
]


@pytest.mark.parametrize("sentence, text, label, low, high, doc", CASES)
def test_finds_a_date(sentence, text, label, low, high, doc):
    v = only(sentence, doc)
    assert (v.kind, v.text, v.label) == ("date", text, label)
    assert v.low == (low if isinstance(low, float) else o(low))
    assert v.high == (high if isinstance(high, float) else o(high))
    assert sentence[v.start:v.end] == text


NOT_DATES = [
    "under section 497A(4B) of the Education Act 1996 the direction was issued.",
    "the Children Act 1989 applies.",
    "the Children and Families Act 2014 applies.",
    "Covid-19 changed everything.",
    "Sanctuary Buildings 20 Great Smith Street Westminster London SW1P 3BT",
    "tel: 0370 000 2288 www.education.gov.uk/help/contactus",
    "tel: 0113 222 2016 for help.",
    "It has invested £30m in services.",
    "It costs £2,000 a year.",
    "It costs £2016 a year.",
    "79% of staff agreed.",
    "79 per cent of staff agreed.",
    "2016 per cent of nothing is odd.",
    "120 out of the 152 local authorities.",
    "See paragraph 3.13 for detail.",
    "See paras 3.12 to 3.14 for detail.",
    "There were 20 of them.",
    "There were 152 of them.",
    "It cost 1,630,000 pounds.",
    "It cost 1,630,2016 pounds.",
    "A total of 2150 children.",
    "A total of 1850 children.",
    "Version 3.2017 is out.",
    "the council may decide to act.",
    "May the council decide soon?",
    "Theresa May visited Leeds.",
    "They will march on the town hall.",
    "They March on the town hall.",
    "It was a fall in numbers.",
    "Winter pressures were high.",
    "The Jan report was late.",
    "Theresa May visited Leeds.",
    "Prime Minister May visited Leeds.",
    "June Smith said the council failed.",
    "Over the last year services improved.",  # rolling, even with a document date below
    "In the next month services improve.",
    "It rose 2017/2015 oddly.",
    "ISBN 978-1-2016 is a book.",
    "a spring in her step",
    "the summer school",
    "It happened on 12:30.",
    "Room 2017 is upstairs.",
    "The mayor spoke.",
    "A care order is made under section 31 of the 1989 Act which places a child in care.",
    "in accordance with regulation 19 and 35 of the 2012 regulations",
    "PATIENT RIGHTS ACT (SCOTLAND) 2011 ACCESS POLICY",
    "It is a pleasure to be addressing you virtually today at the Housing 2020 Festival.",
    "1916.",
    "Trust Board Meeting TB2017.66 was held.",
    "See paragraphs 4.4 - 4.6 of the report.",
    "It was held (7.55 - 8.00 pm) in the chamber.",
    "Children aged 16 and 17 years old were seen.",
    "The council was inspected more than three years ago.",
    "It has grown over the past eighteen months.",
]


@pytest.mark.parametrize("sentence", [
    "The director resigned last December.",
    "She was appointed last year.",
    "It recommended earlier this year that Leeds lead.",
    "It was due this month.",
])
def test_relative_words_need_the_document_date(sentence):
    assert dates_in(sentence) == []
    assert len(dates_in(sentence, D2017S)) == 1


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_a_date(sentence):
    assert [(v.text, v.label) for v in dates_in(sentence)] == []
    assert [(v.text, v.label) for v in dates_in(sentence, D2017S)] == []


def test_paragraph_number_is_not_a_date_but_the_year_is():
    found = dates_in("2.4 In 2017 Leeds was approached by the Department.")
    assert [v.text for v in found] == ["2017"]


def test_several_dates_sorted_absolute_and_non_overlapping():
    text = "Heading.\nIn June 2017 Leeds entered a partnership; Ofsted re-inspected in June 2019."
    start = text.index("In")
    found = find(text, start, len(text), Context())
    assert [(v.text, v.label) for v in found] == [("June 2017", "2017-06"), ("June 2019", "2019-06")]
    for v in found:
        assert text[v.start:v.end] == v.text
    assert found[0].end <= found[1].start


def test_only_the_given_span_is_searched():
    text = "In 2015 it began. In 2016 it grew. In 2017 it ended."
    s = text.index("In 2016")
    e = text.index(" In 2017")
    assert [v.text for v in find(text, s, e, Context())] == ["2016"]


def test_two_dates_joined_by_and_are_two_values():
    found = dates_in("It was inspected in 2015 and 2017.")
    assert [v.label for v in found] == ["2015", "2017"]


def test_a_month_takes_the_year_it_shares():
    found = dates_in("It was undertaken in November and December 2016 in line with the LDS.")
    assert [(v.text, v.label) for v in found] == [("November", "2016-11"), ("December 2016", "2016-12")]
    found = dates_in("The visit was in June and July.", D2017S)
    assert [(v.text, v.label) for v in found] == [("June", "2017-06"), ("July", "2017-07")]


def test_yearless_values_keep_month_and_day():
    v = only("The letter of 30 June was clear.")
    assert (v.month, v.day, v.precision) == (6, 30, "day")
    v = only("In November, the Secretary of State acted.")
    assert (v.month, v.day, v.precision) == (11, None, "month")


def test_resolved_values_drop_month():
    v = only("In November, the Secretary of State acted.", D2017)
    assert (v.month, v.day, v.precision) == (None, None, "month")


def test_precisions():
    assert only("in 2016.").precision == "year"
    assert only("in autumn 2016.").precision == "season"
    assert only("in Q3 2016.").precision == "quarter"
    assert only("in October 2016.").precision == "month"
    assert only("on 5 October 2016.").precision == "day"
    assert only("since March 2018.").precision == "month"


def test_seasons_without_a_year_need_a_document_date():
    assert dates_in("It has been in place since early summer.") == []


@pytest.mark.slow
def test_long_input_finishes():
    start = time.perf_counter()
    for text in ("2016 12 October 1 " * 60000, "9" * 1000000, "May " * 250000,
                 "the end of " * 100000, "from 2016 to " * 80000,
                 "20 and 21 two years ago 2018/19 Quarter 3 Housing 2020 Festival "
                 "In November and May - June2016 [2015] six months since " * 8500):
        find(text, 0, len(text), Context(doc_date=D2017))
    assert time.perf_counter() - start < 60  # generous: only catastrophic backtracking fails


# ---- the facts-file notation
GOOD_NOTATION = [
    ("2016", "2016", "year", "2016-01-01", "2016-12-31"),
    ("2016-10", "2016-10", "month", "2016-10-01", "2016-10-31"),
    ("2016-02", "2016-02", "month", "2016-02-01", "2016-02-29"),
    ("2017-09-14", "2017-09-14", "day", "2017-09-14", "2017-09-14"),
    ("2017..2019-08", "2017..2019-08", "month", "2017-01-01", "2019-08-31"),
    ("2015..2016", "2015..2016", "year", "2015-01-01", "2016-12-31"),
    ("2017-06-30..2017-09", "2017-06-30..2017-09", "day", "2017-06-30", "2017-09-30"),
    (" 2016 ", "2016", "year", "2016-01-01", "2016-12-31"),
    (2016, "2016", "year", "2016-01-01", "2016-12-31"),
    (dt.date(2017, 9, 14), "2017-09-14", "day", "2017-09-14", "2017-09-14"),
]


@pytest.mark.parametrize("s, label, precision, low, high", GOOD_NOTATION)
def test_parse_notation(s, label, precision, low, high):
    v = parse_notation(s)
    assert (v.kind, v.label, v.precision, v.low, v.high) == ("date", label, precision, o(low), o(high))


BAD_NOTATION = [
    ("2016-13", "month 13"),
    ("2016-00", "month 0"),
    ("2017-02-29", "28 days"),
    ("2017-06-31", "30 days"),
    ("October 2016", "is not a date"),
    ("16", "is not a date"),
    ("2016/10", "is not a date"),
    ("2016-1", "is not a date"),
    ("", "is not a date"),
    ("2019..2017", "comes after"),
    ("2017-05..2017-04", "comes after"),
    ("2017..", "is not a date range"),
    ("2015..2016..2017", "is not a date range"),
    ("2016..2017-13", "month 13"),
]


@pytest.mark.parametrize("s, message", BAD_NOTATION)
def test_parse_notation_rejects(s, message):
    with pytest.raises(ValueError, match=message) as err:
        parse_notation(s)
    assert "YYYY" in str(err.value) or "comes after" in str(err.value)


@pytest.mark.parametrize("sentence,doc,expected", [
    ("Costs for the first nine months of 2019/20 are known.", None,
     [("the first nine months of 2019/20", "2019-04..2019-12")]),
    ("Jenrick yesterday (16 July 2020) confirmed allocations.", dt.date(2020, 7, 17),
     [("yesterday", "2020-07-16"), ("16 July 2020", "2020-07-16")]),
    ("Please read our most recent Ofsted report from Oct 2019:", None, [("Oct 2019", "2019-10")]),
    ("Works will be complete by Friday, June 16, the council said.", dt.date(2017, 6, 6),
     [("by Friday, June 16", "by 2017-06-16")]),
    ("The council closed the A41 near Newport on July 24 for essential works.", dt.date(2023, 8, 9),
     [("July 24", "2023-07-24")]),
    ("A wider investment for 2025-26-£300 million more.", None, [("2025-26", "2025..2026")]),
    ("R (G) v Barnet LBC [2003] 3 WLR 1194.", None, []),
    ("The retailer is shutting its Ipswich site on May 20.", dt.date(2025, 5, 16),
     [("May 20", "2025-05-20")]),
    ("The retailer closed its Ipswich site on May 20.", dt.date(2025, 5, 16), [("May 20", "2024-05-20")]),
])
def test_held_out_date_forms(sentence, doc, expected):
    assert [(v.text, v.label) for v in dates_in(sentence, doc)] == expected


def test_the_may_deadline_is_a_month_but_the_may_government_is_not():
    assert [(v.text, v.label) for v in dates_in(
        "They missed the May deadline again.", dt.date(2017, 6, 6))] == [("May", "2017-05")]
    assert dates_in("Policy under the May government changed.", dt.date(2017, 6, 6)) == []
