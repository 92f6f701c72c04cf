"""The value a sentence states for its subject, on real sentences (each cites its source).

Every case runs the whole pipeline: a document holding the sentence, dated
as the page was, and one fact whose subject is the one a curator would
write; the assertion is on the value read for that mention (its label), or
on nothing read where the sentence states no value for the subject.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from checker import api

RATINGS = ("outstanding", "good", "requires improvement", "inadequate")  # CQC
OFSTED = ("outstanding", "good", "requires improvement to be good", "inadequate")  # children's services


def read_all(tmp_path, text: str, subjects: dict[str, str], kind: str | dict[str, str],
             doc_date: str = "2020-01-01", choices: tuple[str, ...] = RATINGS) -> dict[str, str | None]:
    """fact id -> the label of the value read at its first mention in ``text`` (None: nothing);
    ``subjects`` maps each fact's id to its subject, ``kind`` is every fact's type or each one's."""
    kinds = kind if isinstance(kind, dict) else dict.fromkeys(subjects, kind)
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docs" / "page.txt").write_text(text + "\n", encoding="utf-8")
    facts = ["version: 1", "documents:", "  - match: docs/page.txt", "    id: page", f"    date: {doc_date}",
             "facts:"]
    for fact, subject in subjects.items():
        facts += [f"  - id: {fact}", f"    subject: [{json.dumps(subject)}]", f"    type: {kinds[fact]}"]
        if kinds[fact] == "rating":
            facts.append(f"    choices: [{', '.join(json.dumps(c) for c in choices)}]")
    (tmp_path / "facts.yaml").write_text("\n".join(facts) + "\n", encoding="utf-8")
    result = api.check([str(tmp_path / "docs")], tmp_path / "facts.yaml", jobs=1, root=tmp_path)
    found: dict[str, str | None] = {}
    for mention in (m for d in result.documents for m in d.mentions if m.role == "subject"):
        found.setdefault(mention.fact, mention.reading.value.label if mention.reading else None)
    assert set(found) == set(subjects), f"not every subject was found: {found}"
    return found


def read(tmp_path, sentence: str, subject: str, kind: str, doc_date: str = "2020-01-01",
         choices: tuple[str, ...] = RATINGS) -> str | None:
    """The label of the value read for ``subject`` in ``sentence`` (None: nothing read)."""
    return read_all(tmp_path, sentence, {"fact": subject}, kind, doc_date, choices)["fact"]


CASES = [
    # -- change constructions: the current value, never the change or the previous one
    ("The Quarterly Labour Force Survey found that the number of employed persons decreased by 660,000 in "
     "the third quarter of 2021 to 14.3 million, while the number of unemployed persons decreased by 183,000 "
     "to 7.6 million compared to the second quarter of 2021.", "unemployed persons", "count", "2021-11-30",
     "7.6 million"),  # https://ewn.co.za/2021/11/30/sa-unemployment-rate-increases-to-34-9-in-q3
    ("The number of citizens grew from 3.23 million to 3.52 million, while the number of permanent residents "
     "held steady at around half a million.", "number of citizens", "count", "2021-06-17", "3.52 million"),
    # https://ifonlysingaporeans.blogspot.com/2021/06/census-2020-singapore-population-growth.html
    ("The estimate to complete these projects has already increased by $900 million, from $27.97 billion to "
     "$28.87 billion.", "estimate to complete", "money", "2015-05-07", "$28.87bn"),
    # http://www.watoday.com.au/nsw/auditorgeneral-grant-hehir-highlights-states-900-million-in-construction-cost-blowouts-20150507-ggw9tp.html
    ("The overall cost of the project has risen from an estimated €800 million in 2014, to €983 million in "
     "2017, to €1.4 billion as of December 2019.", "overall cost", "money", "2023-12-12", "€1.4bn"),
    # https://www.thejournal.ie/chi-e40m-6247329-Dec2023/  (a chain: the last "to" is now)
    ("The variance from the minimum General Fund reserve was estimated at only $0.2 million when we adjourned "
     "last year, but has since grown to $133.8 million.", "variance", "money", "2020-03-19", "$133.8m"),
    # https://summerlandadvocate.com/story/2020/03/19/opinion/work-on-flooding-projects-not-complete/758.html
    ("Prior to the pandemic the average extension to pay was approximately one month, but now the average is "
     "approximately three months.", "average extension to pay", "duration", "2021-01-29", "about 3 months"),
    # https://www.royalgazette.com/court/news/article/20210129/courts-likely-to-offer-more-community-service-instead-of-fines/
    ("The overall rating for maternity at Good Hope Hospital went down from good to requires improvement, the "
     "safe domain remains requires improvement, and the rating for well-led went down from good to "
     "inadequate.", "rating for well-led", "rating", "2023-06-07", "inadequate"),
    # https://asopctrack.com/?p=41834
    ("Reading Borough Council's children's services - rated inadequate in 2016 - now \"require improvement to "
     "be good\", Ofsted said.", "children's services", "rating", "2019-10-29", "requires improvement to be good"),
    # https://feeds.bbci.co.uk/news/uk-england-berkshire-50210073
    ("Real median household income fell by 2.3% from $76,330 in 2021 to $74,580 in 2022.",
     "Real median household income", "money", "2023-09-12", "$74,580"),
    # https://census.gov/newsroom/press-releases/2023/income-poverty-health-insurance-coverage.html
    ("Full-time employment decreased 53,000 to 8,105,300 and part-time employment increased 43,200 to "
     "3,841,900.", "part-time employment", "count", "2016-10-20", "3,841,900"),
    # https://documents.pub/document/62020-labour-force-australia-sep-2016-september-2016-represents-a-growth-rate.html
    ("Brenda Bailey said Tuesday that the forecasted deficit for 2024-2025 has grown by $429 million from the "
     "$8.9 billion estimated in the last fiscal update in September, mainly due to lower revenues.",
     "forecasted deficit", "money", "2024-12-18", None),
    # https://theturtleislandnews.com/index.php/2024/12/18/b-c-s-projected-deficit-grows-again-to-9-4-billion-in-latest-fiscal-update/
    ("Average full-time earnings increased by $27 (1.7 per cent) over the previous six months and by $48 over "
     "the year (3.0 per cent).", "Average full-time earnings", "money", "2019-08-14", None),
    # https://www.marketscreener.com/news/ABS-Australian-Bureau-of-Statistics-Growth-in-average-wages-increases-Media-Release--29068267/
    ("An average Council Tax rise of 3.5% is estimated as a result of a Local Government Association survey "
     "of 140 councils.", "average Council Tax rise", "percent", "2009-01-19", "3.5%"),
    # http://www.dailymail.co.uk/news/article-1154157/ (the subject names the change: the change is its value)
    # -- a "by" is a change only where the clause speaks of one
    ("The figures from the Local Government Association are based on information provided by 52 local "
     "authorities.", "local authorities", "count", "2009-02-24", "52"),
    # http://www.dailymail.co.uk/news/article-1154157/Council-tax-bills-soar-30-times-rate-inflation.html
    # -- comparisons and lists
    ("There were no changes to the number of seats held by New Zealand First and ACT, at nine and one "
     "respectively.", "ACT", "count", "2017-10-07", "1"),
    # https://www.rnz.co.nz/news/political/341053/national-drops-2-seats-greens-labour-pick-up-2
    ("Universities rely on overseas students’ tuition fees to subsidize both domestic courses and research, "
     "which currently face annual funding deficits of £1.7bn and £5.3bn, respectively.", "research", "money",
     "2025-02-16", "£5.3bn"),  # https://post-truth.eu/2025/02/16/english-universities-face-crisis-as-overseas-student-numbers-decline
    ("Western Australia recorded the lowest through the year wage growth of 1.3 per cent and Victoria, "
     "Queensland and Tasmania the highest of 2.2 per cent.", "Queensland", "percent", "2017-11-15", "2.2%"),
    # http://www.abs.gov.au/AUSSTATS/abs@.nsf/Previousproducts/6345.0Media%20Release1Sep%202017
    ("The Trust was rated good for effective, caring and responsive, and requires improvement for safe and "
     "well-led, resulting in an overall rating of requires improvement.", "responsive", "rating", "2018-10-05",
     "good"),  # https://shsc-jobs.com/our-care-quality-commission-rating
    ("Beneath that umbrella rating, it is rated Good for being caring and effective, and Requires Improvement "
     "for the well-led, responsive and safe categories.", "effective", "rating", "2021-12-10", "good"),
    # https://www.tewv.nhs.uk/news/care-quality-commission-report/
    ("The most common judgment was “adequate”, awarded to 33 councils for safeguarding services and to 39 for "
     "their looked-after children services.", "safeguarding services", "count", "2010-09-01", "33"),
    # https://careappointments.com/care-news/england/85143/ofsted-brands-one-in-four-councils-inadequate-on-safeguarding/
    ("Forecast planned savings for 2017/18 total £83m against £95m agreed savings and £104m target "
     "(paragraph 43 of the submitted report).", "agreed savings", "money", "2017-09-26", "£95m"),
    # https://mycouncil.surreycc.gov.uk/ieDecisionDetails.aspx?Id=3130
    ("A survey, by the Chartered Institute of Public Finance says the overall increase for an average band D "
     "property will be 6.4%, compared to inflation which is running at 2.7%.", "inflation", "percent",
     "2001-03-16", "2.7%"),  # https://bbctodays.pages.dev/2/hi/uk_news/politics/1223852.stm
    ("The projected overspend in Adult Wellbeing has reduced from £4.3m in August to £3.4m, although there are "
     "additional net pressures in other Directorates of £0.3m.", "additional net pressures", "money",
     "2013-10-22", "£0.3m"),  # http://councillors.herefordshire.gov.uk/ieDecisionDetails.aspx?ID=2578
    # -- a value belongs to its own noun, its own conjunct, its possessor
    ("She was fined £200 for each offence and ordered to pay £1,000 towards prosecution costs and £34 victim "
     "surcharge.", "prosecution costs", "money", "2020-10-30", "£1,000"),
    # https://magistrates.blogspot.com/2020/10
    ("This overhang increases the threshold for a majority, and as National and ACT combined have 59 seats, "
     "New Zealand First’s eight seats are necessary to form a government.", "New Zealand First", "count",
     "2023-11-03", "8"),  # https://www.kiwikidsnews.co.nz/nz-election-results-in/
    ("Of these, 13,519 purchases were made by “non-household entities”, an increase of 15.1% on the 11,749 "
     "purchases made by them in 2021.", "non-household entities", "count", "2023-03-15", "13,519"),
    # https://www.independent.ie/news/residential-property-prices-rise-by-61-over-year-to-january/42387291.html
    ("Cafcass Cymru worked with a total of 7,430 children over the last year, and 82 per cent of those were "
     "aged ten or under.", "aged ten or under", "count", "2015-12-22", None),
    # http://www.marilynstowe.co.uk/2015/12/22/wales-leads-the-way-in-reducing-care-case-times/
    ("The care home, run by Barchester Healthcare, provides personal and nursing care for up to 55 people, "
     "including those aged over-65, people with dementia, and adults aged under-65 with mental health needs "
     "and associated challenges.", "adults", "count", "2022-05-19", None),
    # https://www.worksopguardian.co.uk/health/worksop-care-home-requires-improvement-after-safeguarding-concerns-sparks-inspection-visit-3697472
    ("The earliest the new Council would be formed is April 2020 with elections to the new Council in May "
     "2020.", "elections to the new Council", "date", "2017-09-01", "2020-05"),
    # https://www.onecouncil.org.uk/what-next/
]


@pytest.mark.parametrize("sentence, subject, kind, doc_date, expected", CASES,
                         ids=[f"{c[2]}:{c[1]}" for c in CASES])
def test_the_subjects_own_value_is_read(tmp_path, sentence, subject, kind, doc_date, expected):
    assert dt.date.fromisoformat(doc_date)
    choices = OFSTED if "to be good" in sentence else RATINGS
    assert read(tmp_path, sentence, subject, kind, doc_date, choices) == expected


def test_a_value_far_from_every_subject_is_not_searched_for(tmp_path):
    """Work per mention is bounded: a subject among thousands of values looks at its neighbours."""
    sentence = "The review found " + ", ".join(f"{n} cases" for n in range(1, 3000)) + " in total."
    assert read(tmp_path, sentence, "review", "count") == "1"


DATES = [
    # -- weekdays, counted from the day of publication
    ("She was sexually assaulted as she made her way home from school on Thursday and strangled then left in "
     "a brook in Exmouth, Devon, a court heard.", "sexually assaulted", "2018-10-08", "2018-10-04"),
    # https://metro.co.uk/2018/10/08/boy-appears-in-court-over-rape-of-girl-10-then-strangling-her-and-leaving-her-in-a-brook-8016876/
    ("He was remanded in youth custody after a request from prosecutors and will appear before Plymouth Youth "
     "Court on Thursday.", "Plymouth Youth Court", "2018-10-08", "2018-10-11"),  # the same page
    ("However, the man was only arrested last Saturday at a bus park in the capital city – Georgetown – after "
     "being on the run for one week.", "arrested", "2024-10-30", "2024-10-26"),
    # https://www.inewsguyana.com/berbice-man-remanded-for-raping-9-y-o-girl/
    ("Mr Baird will reveal a deficit of $826 million for 2012-13, up from a predicted $321 million, in his "
     "second budget next Tuesday.", "second budget", "2012-06-07", "2012-06-12"),
    # http://www.afr.com/news/politics/national/axe-hangs-over-10000-nsw-public-servants-20120607-j2lro
    ("Governor Hochul announced on Thursday, April 7 that Legislators came to a conceptual agreement on the "
     "state budget.", "conceptual agreement", "2022-04-09", "2022-04-07"),
    # https://www.wivb.com/news/new-york/new-york-state-budget-passed/ (the weekday settles the year)
    ("The route officially begins operation on Monday and, according to city officials, will take passengers "
     "to Queen’s University.", "begins operation", "2018-05-04", "2018-05-07"),
    # https://globalnews.ca/news/4187050/kingston-montreal-street-bus/
    ("The annual report was one of 35 released by the state government on Friday afternoon, immediately "
     "before the Lions and Broncos grand final weekend.", "annual report", "2023-10-02", "2023-09-29"),
    # https://www.brisbanetimes.com.au/national/queensland/queensland-health-sees-sickest-first-but-is-still-not-meeting-targets-20231002-p5e92i.html
    ("Judge Jackson clarified in the proceedings that her sentencing decisions were not connected to or "
     "impacted by the sentence Manafort received in a separate case for which Manafort was sentenced last "
     "week.", "separate case", "2019-03-15", "2019-03-04..2019-03-10"),
    # http://indotri.com/former-trump-advisor-paul-manafort-receives-second-sentence-in-u-s-federal-court
    # -- dates without a year: forward when the clause looks forward, an infinitive of an event
    #    before the date, or a timetable told without a past tense
    ("Couzens has been remanded in custody to appear at the Old Bailey on 16 March.", "Old Bailey",
     "2021-03-13", "2021-03-16"),
    # https://www.theguardian.com/uk-news/2021/mar/13/sarah-everard-met-officer-appears-court-murder-wayne-couzens
    ("The man was granted conditional bail to front Tamworth Local Court in June.", "Tamworth Local Court",
     "2023-05-26", "2023-06"),
    # https://www.northerndailyleader.com.au/story/8211265/police-bust-drug-house-on-edge-of-tamworth-seizing-cash-and-goods/
    ("May 16 to June 24: The council receives representations on the proposals.", "representations",
     "2011-02-28", "2011-05-16..2011-06-24"),
    # http://onnyactiongroup.blogspot.com/2011/02/6-weeks-of-consultation-starts-now.html
    ("Secretary of State Peter Hain has warned he needs an answer from the parties in a fortnight if the 26 "
     "March deadline for devolution is to be met.", "deadline for devolution", "2007-03-09", "2007-03-26"),
    # http://wind-sand-and-stars.blogspot.com/2007/03/results-of-ni-assembly-election-sorted.html
    ("In November, Ofsted will release its annual report with further analysis of its inspections.",
     "annual report", "2010-09-01", "2010-11"),
    # https://careappointments.com/care-news/england/85143/ofsted-brands-one-in-four-councils-inadequate-on-safeguarding/
    # -- a year inside a name is no date for the subject
    ("More findings from the Census of Population 2020 will be released tomorrow.", "More findings",
     "2021-06-17", "2021-06-18"),
    # https://ifonlysingaporeans.blogspot.com/2021/06/census-2020-singapore-population-growth.html
]


@pytest.mark.parametrize("sentence, subject, doc_date, expected", DATES, ids=[c[1] for c in DATES])
def test_the_date_a_reader_would_read(tmp_path, sentence, subject, doc_date, expected):
    assert read(tmp_path, sentence, subject, "date", doc_date) == expected


TRAPS = [
    ("An estimated 25.9 million or 7.9% of people did not have health insurance at any point during 2022, "
     "according to the 2023 Current Population Survey Annual Social and Economic Supplement (CPS ASEC).",
     "Current Population Survey", "date", "2023-09-12"),
    # https://census.gov/newsroom/press-releases/2023/income-poverty-health-insurance-coverage.html
    ("“We are also increasing the frequency of service on our east end express route, route 601 and 602,” "
     "DaCosta adds.", "east end express route", "count", "2018-05-04"),
    # https://globalnews.ca/news/4187050/kingston-montreal-street-bus/ (a list of route numbers)
    ("The overall figure is down from 7.7% in the year to December 2022 and from the “high values” of 15.1% "
     "in the 12 months to February and March last year.", "overall figure", "percent", "2023-03-15"),
    # https://www.independent.ie/news/residential-property-prices-rise-by-61-over-year-to-january/42387291.html
]


@pytest.mark.parametrize("sentence, subject, kind, doc_date", TRAPS, ids=[c[1] for c in TRAPS])
def test_no_value_is_read_where_the_sentence_states_none(tmp_path, sentence, subject, kind, doc_date):
    assert read(tmp_path, sentence, subject, kind, doc_date) is None


def test_when_the_grammar_cannot_choose_the_mention_is_left_unread(tmp_path):
    """Two dates compete for "report" (the meeting's and the forecast's) and nothing in the
    sentence gives either to the report: it is listed as unread (FC902), never a conflict."""
    sentence = ("Members of the Corporate Resources Committee – who met yesterday, 22 February – were "
                "presented with a report showing an improved forecast year-end position to 31 March 2023.")
    # https://www.highland.gov.uk/news/article/15147/202223_year-end_overspend_position_projected_to_improve_by_more_than_56m
    assert read(tmp_path, sentence, "report", "date", "2023-02-23") is None
    result = api.check([str(tmp_path / "docs")], tmp_path / "facts.yaml", jobs=1, root=tmp_path)
    (mention,) = [m for d in result.documents for m in d.mentions if m.role == "subject"]
    assert mention.unread == "22 February or 31 March 2023"
    report = api.report(result, api.load_facts(tmp_path / "facts.yaml"), tmp_path, show_unread=True)
    assert [(f.code, f.found) for f in report.findings] == [("FC902", "22 February or 31 March 2023")]


MORE = [
    # -- reading on into the next sentence: when it points back, in the same paragraph
    ("Charnwood Care Home, run by Divine Rock Care Limited, provides personal and nursing care to people, "
     "including some living with dementia. The service can support up to 88 people.", "Charnwood Care Home",
     "count", "2024-10-01", "up to 88"),  # https://westbridgfordwire.com/cqc-rates-nottingham-care-home-as-inadequate/
    ("Malcolm Turnbull's Coalition Government is facing a desperate fight to hang on to a majority in "
     "Parliament. On the count so far it has won at least 70 seats, six fewer than the 76 needed to command a "
     "majority in the Lower House.", "Coalition Government", "count", "2016-07-03", "at least 70"),
    # https://www.abc.net.au/news/2016-07-03/election-results-what-just-happened/7553916
    ("Charnwood Care Home, run by Divine Rock Care Limited, provides personal and nursing care to people, "
     "including some living with dementia.\n\nThe service can support up to 88 people.", "Charnwood Care Home",
     "count", "2024-10-01", None),  # the same sentences as two paragraphs: a new paragraph is not read on
    # -- notations
    ("NINE councils across the region are to get £21m from the Government to fund a new wave of house "
     "building.", "councils", "count", "2009-09-10", "9"),
    # http://www.ypn.co.uk/news/new-wave-of-house-building-signalled-1993126
    ("The total national elective waiting list also reached 4.1m, higher than at any point since August "
     "2007.", "national elective waiting list", "count", "2018-05-10", "4.1 million"),
    # https://www.hsj.co.uk/quality-and-performance/year-plus-waiters-rise-75-per-cent-/7022542.article
    ("This was the sixth time the service had been inspected and had failed to achieve a good rating and "
     "people had been exposed to poor care.", "service had been inspected", "count", "2019-07-01", "6"),
    # https://cqc.org.uk/location/1-136281834/reports
    ("It is supposed to take 2 months at most to get a decision.", "get a decision", "duration", "2016-08-25",
     "up to 2 months"),  # http://persqm.co.uk/one-month-at-a-time/
    ("Spending £4.5 million to start building 40 new council houses.", "new council houses", "count",
     "2020-01-10", "40"),  # https://www.nwleics.gov.uk/pages/budget2020
    ("The £2million development is being built in Green Lane on the site of the former Hillsprings Clinic.",
     "development", "money", "2014-11-26", "£2m"),
    # http://www.expressandstar.com/news/2014/11/26/artist-impression-released-of-new-council-homes-planned-for-town/
    ("Figures on Thursday show the unemployment rate fell to 3.6 per cent in September, a decrease of 0.1 "
     "percentage points from August, according to the Australian Bureau of Statistics.", "unemployment rate",
     "percent", "2023-10-19", "3.6%"),  # percentage points are a difference
    # https://thewest.com.au/business/economy/unemployment-rate-falls-to-36pc-in-september-as-people-leave-the-labour-force-c-12252811
    # -- dates: a purpose is no future, "due to" is, the year of the document or of the narrative
    ("A call for volunteers brought some 170 people to the Boatwright Sports Complex on Saturday to plant 56 "
     "trees.", "call for volunteers", "date", "2014-02-19", "2014-02-15"),
    # http://www.eastbaytimes.com/2014/02/19/community-tree-planting-in-concord/
    ("Councillors have 21 days to discuss the implications of the section 114 notice and this is due to be "
     "addressed at a meeting of full council on 22 February.", "meeting of full council", "date", "2018-02-02",
     "2018-02-22"),
    # https://www.lgcplus.com/politics-and-policy/finance/updated-immediate-spending-controls-imposed-on-northants/7023114.article
    ("The notice has been served in light of the severe financial challenge facing the authority and the "
     "significant risk that the Conservative-controlled authority will not be in a position to deliver a "
     "balanced budget by the end of the year.", "balanced budget", "date", "2018-02-02",
     "by end of 2018 (2018-09..2018-12)"),  # the same page
    ("In October 2016, Premier Alden McLaughlin said that work would be completed by the end of that year.",
     "work would be completed", "date", "2018-01-17", "by end of 2016 (2016-09..2016-12)"),
    # https://www.caymancompass.com/2018/01/17/south-sound-boardwalk-construction-to-begin-next-month-says-government/
    ("Of the 71 safeguarding and looked-after children’s services inspected between June 2009 and June this "
     "year, 18 received Ofsted’s lowest mark for the overall effectiveness of safeguarding.",
     "services inspected", "date", "2010-09-01", "2009-06..2010-06"),
    # https://careappointments.com/care-news/england/85143/ofsted-brands-one-in-four-councils-inadequate-on-safeguarding/
    ("Former Kilkenny hurler DJ Carey faces a sentencing hearing on October 29th after admitting defrauding a "
     "number of people out of money while pretending he had cancer.", "sentencing hearing", "date",
     "2025-10-04", "2025-10-29"),
    # https://irishtimes-irishtimes-prod.web.arc-cdn.net/crime-law/courts/2025/10/04/new-legal-term-a-womans-double-murder-trial-dj-careys-fraud-sentence-and-conor-mcgregors-application
    # -- traps: an age, a grade denied
    ("The watchdog said more social workers were needed to help children and young people, and called for "
     "greater support for people aged over 21 who leave care, and better monitoring of children who are "
     "absent from school.", "more social workers", "count", "2022-09-06", None),
    # https://thewriterstown.com/news/uk-england-nottinghamshire-62793255
    ("We feel it is important to note that a school that is judged to be Requires Improvement is not a "
     "failing school and would have been classed as ‘satisfactory’ under the previous framework.",
     "failing school", "rating", "2023-01-15", None),
    # https://sturminstermarshallschool.org.uk/About-Us/Ofsted-Report/
]


@pytest.mark.parametrize("text, subject, kind, doc_date, expected", MORE, ids=[f"{c[2]}:{c[1]}" for c in MORE])
def test_more_classes(tmp_path, text, subject, kind, doc_date, expected):
    assert read(tmp_path, text, subject, kind, doc_date) == expected


def test_a_value_two_subjects_read_belongs_to_the_more_specific(tmp_path):
    sentence = ("The draft budget includes an extra £610m for health and social services, £186m to improve rail "
                "services, including the core valleys lines, and £81m to build more social housing for rent.")
    # https://www.cambrian-news.co.uk/news/politics/welsh-government-unveils-extra-ps15bn-for-public-services-in-new-budget-747166
    found = read_all(tmp_path, sentence, {"budget": "draft budget", "health": "health and social services"},
                     "money", "2024-12-10")
    assert found == {"budget": None, "health": "£610m"}


def test_reading_on_stops_at_a_new_subject(tmp_path):
    """When the next sentence names another fact's subject before the value, the value is that
    subject's: the care home's mention reads nothing there."""
    text = ("Charnwood Care Home, run by Divine Rock Care Limited, provides personal and nursing care to "
            "people, including some living with dementia. The service can support up to 88 people.")
    # https://westbridgfordwire.com/cqc-rates-nottingham-care-home-as-inadequate/
    found = read_all(tmp_path, text, {"home": "Charnwood Care Home", "service": "service"}, "count",
                     "2024-10-01")
    assert found == {"home": None, "service": "up to 88"}
