"""Classes of sentences found in sample L (``tests/eval/sample-l``), scored blind once on
arrival and development data since: each fix is tested on the real sentences that showed the
class, each with its source, and on constructed cases that show where the fix stops
(``tests/reading_classes.py`` runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests

READ = [
    # -- what was planned or proposed, then changed: "original", "proposed", "supposed to last"
    ("The programme’s original £2.3 billion budget was expanded to a total £2.6 billion to allow for "
     "additional work to be carried out.", "budget", "money", "2022-04-12", "£2.6bn", ()),
    # https://conservativepost.co.uk/over-314000-homes-better-protected-due-to-flood-protection-work/
    ("Tordoff said he would like assurances the project would not exceed budget, noting a proposed "
     "$1-million arena retrofit ended up costing $2.5 million.", "arena retrofit", "money", "2003-02-17",
     "$2.5m", ()),
    # https://nnsl-archive.blackpress.ca/nnsl/2003-02/feb17_03pool.html
    ("It's a job not to snicker at Fisheries and Oceans calling a one-year moratorium on cod fishing in "
     "the northern Gulf of St. Lawrence, when the northern cod moratorium that was supposed to last 2 years "
     "has stretched to three decades with no end in sight.", "northern cod moratorium", "duration",
     "2022-07-06", "3 decades", ()),
    # https://www.sea-nl.ca/post/1-year-moratorium-called-on-northern-gulf-cod-30-years-after-2-year-shut-down-of-northern-cod
    # -- "down from an apparent peak of 19.1%": what it was
    ("Membership numbers also suffered during Covid, with 14.4% of the national population currently "
     "holding public library membership, down from an apparent peak of 19.1% in 2019.",
     "public library membership", "percent", "2023-09-01", "14.4%", ()),
    # https://www.annswift.ie/post/analysing-ireland-s-public-library-data
    # -- "expand ... by 12 beds" is a change; "from 20 beds (...) to 32" states 32 now
    ("In the budget, the government announced there would be providing enough funds to expand the "
     "treatment centre by 12 beds. This will take the centre from 20 beds (most of which are dedicated to "
     "those battling methamphetamine addictions) to 32.", "treatment centre", "count", "2021-04-07", "32",
     ()),
    # https://www.discoverestevan.com/articles/addictions-centre-expansion-included-in-budget
    # -- a relative clause after two subjects joined by "and" is an aside for both
    ("While Severn Trent Water held on to its 4-start rating, United Utilities and Northumbrian Water, who "
     "were also 4-star rated in the 2021 survey, saw their rating drop to 3 stars following the latest "
     "assessment.", "United Utilities", "rating", "2023-09-01", "3 stars",
     ("1 star", "2 stars", "3 stars", "4 stars")),
    # https://www.djsresearch.co.uk/UtilitiesMarketResearchInsightsAndFindings/article/Just-one-water-company-in-England-has-maintained-its-4-star-rating-in-the-latest-EPA-report-05451
    # -- a part said "of which" is not the whole's
    ("The funding boost includes roughly $900 million for a three-year, post-secondary education "
     "sustainability fund, $200 million of which will be reserved for institutions with the greatest needs, "
     "according to a news release.", "sustainability fund", "money", "2024-02-26", "about $900m", ()),
    # https://webjosh.com/article/ontario-boosts-college-and-university-funding-by-more-than-1-2b-extends-freeze-on-tuition-fees-1708979083-22278
    # -- "one in seven", "one-in-five": a share
    ("In the year ending September 2024, ONS estimated that just one in seven fraud offences and one in "
     "fifteen computer misuse offences were reported to Action Fraud or the police.", "fraud offences",
     "percent", "2025-04-03", "14.3%", ()),
    # https://osr.statisticsauthority.gov.uk/publication/review-of-fraud-and-computer-misuse-statistics-for-england-and-wales/pages/4
    ("Data suggests one-in-five New Zealanders experience mental health and addiction challenges at any "
     "given time.", "mental health and addiction challenges", "percent", "2019-05-30", "20%", ()),
    # https://budget.govt.nz/budget/2019/speech/budget-priorities.htm
    # -- a decimal comma before "million"
    ("last month, the Minister of Higher Education, Science and Innovation, Dr Blade Nzimande, announced "
     "at the opening of the 2024 funding rollout that in this current financial year, NSFAS is funding 1,6 "
     "million students.", "NSFAS", "count", "2023-12-10", "1.6 million", ()),
    # https://insideeducationfoundation.co.za/nsfas-2024-rollout-open-but-questions-linger-over-budget-cuts
    # -- "half a decade"
    ("In the northeastern US scallop fishery, for example, areas that have been closed for half a decade "
     "were re-opened this summer for huge catches; the fishery’s managers are now considering re-opening "
     "the areas every 3-4 years.", "areas that have been closed", "duration", "1999-11-01", "5 years", ()),
    # https://octogroup.org/news/re-opening-closed-areas-new-tool-balancing-consumption-conservation/
    # -- a date an event is shifted to lies ahead
    ("Good news for Cape Town, Day Zero has been shifted to 9 July, the city's deputy mayor Ian Neilson "
     "confirmed today, 20 February.", "Day Zero", "date", "2018-02-20", "2018-07-09", ()),
    # https://www.bizcommunity.com/Article/196/604/173833.html
    # -- what was said after the date ("... said that raising the cap will mean") is no tense of it
    ("Speaking at Peking University on the 10th of November, Prime Minister David Cameron said that "
     "raising the tuition fee cap for home students will mean that “foreign students will still pay a "
     "significant amount of money”.", "Peking University", "date", "2010-11-18", "2010-11-10", ()),
    # http://felixonline.co.uk/articles/2010-11-18-do-overseas-students-welcome-higher-tuition-fees-for-home-students/
    # (the quotation shortened)
    # -- "as part of the Budget on 8 July": the subject is the whole, and the date its own
    ("The CNP said, although national parks are legally required to set a balanced budget, there is deep "
     "concern that future reductions over the next five years to the Department for Environment, Food and "
     "Rural Affairs’ unprotected budget could mean further cuts might be on the way as part of the Budget "
     "on 8 July.", "the Budget", "date", "2015-07-06", "2015-07-08", ()),
    # https://www.grough.co.uk/magazine/2015/07/06/campaigners-fear-further-cuts-to-national-parks-as-chancellor-prepares-budget
    # -- "with" opens a phrase of its own: the value before it is the clause's
    ("If ratepayers back the project, construction could begin in May 2004 with an opening anticipated in "
     "June 2005.", "opening", "date", "2003-02-17", "2005-06", ()),
    # https://nnsl-archive.blackpress.ca/nnsl/2003-02/feb17_03pool.html
    ("On 19th January 2018 at Craigavon County Court, Elizabeth McMaster of Edinburgh Street, Belfast was "
     "sentenced (following appeal) to a 3 month custodial sentence, suspended for 3 years together with "
     "being disqualified from keeping any animals for a period of 10 years.",
     "disqualified from keeping any animals", "duration", "2018-01-31", "10 years", ()),
    # https://g17.lisburncastlereagh.gov.uk/news/suspended-custodial-sentence-and-10-year-ban-for-animal-owner
    # -- a change-named subject states the value after "of": "last year's increase of 2.3 percent"
    ("The University of Saskatchewan increased tuition in 2018 by 4.8% for arts and science students – more "
     "than double last year’s increase of 2.3 percent.", "last year’s increase", "percent", "2019-10-15",
     "2.3%", ()),
    # https://www.eaie.org/resource/international-student-fees-short-term-profits-long-term-sustainability.html
    # -- a bracket after a place set beside the subject
    ("Four out of the six reports released today had high levels of overall compliance with regulations "
     "Creagh Suite, Ballinasloe (100%), St Patrick’s University Hospital, Dublin 8 (97%), Lois Bridges, "
     "Sutton; (97% compliance) and Blackwater House in Monaghan (90% - with one high-risk non-compliance for "
     "premises).", "St Patrick’s University Hospital", "percent", "2023-09-13", "97%", ()),
    # https://www.mhcirl.ie/news/mental-health-commission-publishes-six-inspection-reports-approved-centres
    # -- a fronted phrase's values are its own where the subject's clause states one
    ("While this was a slight fall on 2016 (0.2%), the proportion of 18-year-olds in the UK population who "
     "gained a place was a record 32.6%.", "proportion of 18-year-olds", "percent", "2018-08-14", "32.6%",
     ()),
    # https://www.universitiesuk.ac.uk/blog/Pages/University-admissions-and-clearing-what-to-expect-this-year.aspx
    # -- "respectively" after the noun the values are shares of
    ("Leisure centres are more ethnically diverse than the population as a whole, with Asian and Black users "
     "accounting for 13 per cent and 8 per cent of members respectively (8 per cent and 3 per cent of the "
     "overall UK population).", "Black users", "percent", "2017-11-01", "8%", ()),
    # http://dhub.adaptice.co.uk/moving-communities-active-trends-2017/
    # -- a later clause that revises the estimate: "has since reduced its estimate to £3.5bn"
    ("Meanwhile, fraud losses were estimated at £4.9bn at the end of March – although PwC, the accountancy "
     "firm hired by the government, has since reduced its estimate to £3.5bn.", "fraud losses", "money",
     "2022-02-18", "£3.5bn", ()),
    # https://www.cripps.co.uk/thinking/all-things-bils-directors-disqualification-recent-cases-and-recommendations/
]

NOTHING = [
    # -- a spread, "ranged from just a week in some areas to more than 26 weeks in others"
    ("The average waiting time between referral and assessment by local Child and Adolescent Mental Health "
     "Services (CAMHS) ranged from just a week in some areas to more than 26 weeks in others.",
     "average waiting time", "duration", "2016-01-01"),
    # https://www.nspcc.org.uk/what-we-do/news-opinion/postcode-lottery-of-waiting-times-in-local-mental-health-services/
    # (the sentence cut before its second mention, "with an average waiting time of nearly 2 months")
    # -- a scale, not a grade: "ranked from zero to five", "given a rating from 1 to 5"
    ("Under the FSA’s scheme, businesses are ranked from zero to five, with those scoring below three "
     "described as in need of improvement.", "businesses", "rating", "2024-06-01",
     ("five", "four", "three", "two", "one", "zero")),
    # https://www.desiblitz.com/content/asian-food-stores-caught-faking-hygiene-ratings
    ("Following an inspection by a food safety officer, a food business is given a rating from 1 to 5 "
     "based on how safe and hygienic its practices are.", "food business", "rating", "2019-01-01",
     ("0", "1", "2", "3", "4", "5")),
    # https://www.allsaintscommunityproject.org.uk/magpie-centre-cafe-receives-5-star-hygiene-rating-medway-council/
    # -- ages in a range: "from 5 – 12 years of age"
    ("This playground is open during daylight hours and is designed for children from 5 – 12 years of age",
     "children", "count", "2022-01-01"),
    # https://lakesofparkwayhoa.org/playground/
    # -- a street number
    ("If you have been a victim of fraud, please call the CAFC toll free at 1-888-495-8501 or, if you "
     "live in Regina, report it to us by coming into the front desk of our Headquarters office, located at "
     "1717 Osler Street.", "CAFC", "count", "2016-03-01"),
    # https://www.reginapolice.ca/2016/03/01/march-is-fraud-prevention-month/ (a broken link cut)
    # -- a change, and a part of it said "of which"
    ("Between 2012 and 2024, the mental health budget has grown by €601 million of which €352 million "
     "relates to development funding for priority service enhancements (see appendices 1 and 2).",
     "mental health budget", "money", "2025-04-09"),
    # https://www.drugsandalcohol.ie/42999
]

BOUNDARIES = [
    # a rating changed "from ... to ..." is a change, not a scale
    ("Standard and Poor's has improved the city's credit score from AA to AA+.", "credit score", "rating",
     "2020-01-01", "aa+", ("aaa", "aa+", "aa", "aa-", "a+", "a")),
    # after "of which", the part is the subject's when the subject follows it
    ("The budget is £5m, of which £2m is for roads.", "roads", "money", "2020-01-01", "£2m", ()),
    # "ranked 51 out of 131 trusts" is a rank, not a share
    ("Its cancer performance sees it ranked 51 out of 131 trusts in England.", "cancer performance",
     "percent", "2020-01-01", None, ()),
    # a count after a change verb with words between them is still a change
    ("The council cut staff by 120 this year.", "staff", "count", "2020-01-01", None, ()),
    # a value the revised estimate does not reach stays the first one
    ("Losses were estimated at £4.9bn, although the firm has since revised its estimate.", "Losses", "money",
     "2020-01-01", "£4.9bn", ()),
    # a street number before a capitalised street name only
    ("The library lent 1717 books last year.", "books", "count", "2020-01-01", "1,717", ()),
]

test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none, \
    test_where_each_fix_stops = reading_tests(READ, NOTHING, BOUNDARIES)
