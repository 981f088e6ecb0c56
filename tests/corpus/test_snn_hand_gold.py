"""SaudiNewsNet story groups with a hand gold (the thirteenth pass of tests/corpus/FINDINGS.md,
"a third draw of unseen Arabic groups"; tests/corpus/snn_hand_gold): each group run alone, as an
editor would run one story, from its articles in ../shared/corpus/saudinewsnet/articles. A
figure is found when one agreement, conflict or revision holds its claims from two of its
articles; a must-not pair (the same-looking figures of two events, people, times or quantities)
is never held by one finding. The gold names claims by article and character offset, as it was
written from the texts alone; this test asserts the figures the tool finds (a part of the gold)
and every must-not pair."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from factcheck.models import Report
from tests.corpus.by_report import (
    HandGold,
    apart_params,
    found_in_two,
    hand_gold,
    holding,
    run_alone,
    snn_lines,
)

GOLD = Path(__file__).parent / "snn_hand_gold"
_PREFIX = "snn-2015-08-"

# group -> the gold's figures (F lines, by name) the tool finds
FOUND = {
    "dumat-fire": [
        "three-fire-teams",
        "four-support-units",
        "eight-teams-of-the-earlier-fire",
        # "مساء أمس" of the 8th's paper and "مساء الجمعة" of the 10th's
        "the-fire-friday-evening",
    ],
    "egypt-fayoum": ["three-injured", "the-attack-saturday"],
    "egypt-arish": ["three-injured"],
    "gold-weekly": [
        "lowest-in-five-and-a-half-years",
        "spot-1092.10",
        "futures-1091.60",
        "palladium-598.50",
        "on-24-july",
        "friday-7-august",
        # "ارتفعت الفضة واحدا بالمئة": the accusative "one" was no number word
        "silver-up-1-percent",
        # "ويتجه إلى تكبد خسائر للأسبوع السابع على التوالي" (07-0292): the week of a streak is
        # a rank, compared in windows alike (the platinum's fifth week stays apart)
        "seventh-week-of-losses",
        "platinum-fifth-week",
        "palladium-second-week",
        # "بحلول الساعة 0647 بتوقيت جرينتش" (07-0292): a time of day is a moment
        "at-0647-gmt",
    ],
    # "في غرة شهر ذي القعدة القادم": the first of the month, a day (it was the whole month)
    "hajj-etrack": ["opens-on-1-dhu-al-qadah", "for-this-years-hajj"],
    # "قالت الشرطة السويدية إنّ شخصين قتلا": the dual's clause makes its two dead (they were
    # people, like the two suspects of "يشتبهون في شخصين")
    # "والجريح في ال35 من العمر": a bare number between "في" and "من العمر" is an age, as
    # the other paper's "يبلغ من العمر 35 سنة"
    # "نحو الساعة (11:00 بتوقيت غرينتش)" (10-0105) and "حوالي الساعة 1100 بتوقيت جرينتش"
    "ikea-sweden": ["two-dead", "the-attack-monday", "the-injured-man-35", "call-at-11-gmt"],
    # "للأشهر (محرم وربيع الأول)" (10-1162): each month of a list after the plural of "month"
    "jouf-deposits": [
        "more-than-3.9-million-riyals",
        "5864-students",
        "school-year-1435-1436",
        "for-muharram",
        "and-rabi-al-awwal",
    ],
    "libya-talks": ["talks-monday-10-august", "about-30-representatives"],
    "pepe": ["out-three-weeks", "benzema-out-a-month", "the-statement-friday"],
    # "احراز هدف المباراة الوحيد في الدقيقة 57" (08-0253): the minute of a game is a rank
    "psg-lille": [
        "with-ten-men",
        "sent-off-in-the-28th-minute",
        "first-3-points",
        "goal-in-the-57th-minute",
        # "بفوز صعب على مضيفه ليل بهدف وحيد" (08-0253): 1-0, as 09-0181's "1 - صفر"
        "won-by-one-goal",
    ],
    # "يستغرق دقيقتين ونصف على مرحلتين": a dual of minutes with its half, two and a half minutes
    # "(سنة وسبعة أشهر)": a year and seven months, 19 months (it was seven)
    "tabuk-surgery": [
        "balloon-two-and-a-half-minutes",
        "operation-10-to-15-minutes",
        "aged-a-year-and-seven-months",
        # "يستغرق دقيقتين ونصف على مرحلتين" (10-1122): a dual of stages is two of them
        "in-two-stages",
        # "لطفلة لم تبلغ عامها الثاني" (10-1122): a small ordinal year after a verb of reaching
        "not-yet-two",
    ],
    "taif-brother": ["reported-monday", "the-killer-in-his-third-decade"],
    "tasi-aug9": [
        "index-up-0.51-percent",
        "turnover-3-billion-riyals",
        "113-companies-up",
        "least-top-fall-1.28",
        "other-sectors-up-to-1.28",
        "the-session-sunday",
        # "اليوم 44.53 نقطة" (09-0541): an adverb of time labels no number
        "index-up-44.53-points",
    ],
    # the fourteenth pass's draw (its gold written before the tool ran on it)
    "asir-discharged": ["19-cases-discharged", "five-cases-remain"],
    "f16-incirlik": [
        "six-f16s",
        "300-american-troops",
        "announced-sunday",
        "agreement-in-july",
        "coalition-began-a-year-ago",
        "suruc-32-dead",
    ],
    "gaza-blast": ["four-dead", "about-30-injured", "the-blast-thursday"],
    "mali-hotel": [
        "12-dead",
        "five-soldiers-dead",
        "five-attackers-dead",
        "two-soldiers-wounded",
        "two-attackers-dead-first-toll",
        "seven-suspects-arrested",
        "eight-dead-earlier",
        "three-soldiers-earlier",
        "attack-friday",
        "toll-saturday",
        # "عند الساعة 7,00 ... من صباح الجمعة" (08-1012) and "نحو الساعة السابعة" (10-0114)
        "attack-at-seven",
        # "التي تبعد 620 كلم من باماكو" / "باماكو، التي تبعد أكثر من 620 كلم": one number, a bound
        # in one paper, which the proposal of one value kept apart (fifteenth pass)
        "bamako-620-km",
        # "الثالث من نوعه": which of its kind
        "the-third-attack-in-a-week",
        # "وأجنبيان": two foreigners, a dual
        "two-foreigners-dead",
    ],
    "manutd-spurs": [
        "won-1-0",
        "the-game-saturday",
        "fourth-last-season",
        "lost-2-1-to-swansea-last-season",
        "leicester-4-2",
        "palace-3-1",
        # "أحرزه كايل ووكر ... في مرمى فريقه في الدقيقة 22" (09-0176): a game's minute
        "own-goal-22nd-minute",
        # "في المباراتين التاليتين" (08-0862): a definite dual before a dual of order
        "no-win-in-the-next-two-games",
        # a round-up's "1/ صفر" (09-0176) and "2/ 2": each side read where it stands in its
        # sentence, not where its digit first appears (Palace's "3/ 1")
        "villa-1-0",
        "everton-2-2",
        # "بحصد النقاط الثلاث": a definite number after its definite noun
        "the-three-points",
    ],
    "pellegrini": [
        "until-june-2017",
        "first-two-years",
        "league-title-2014",
        "the-statement-friday",
        # 'وأشرف بيليجريني "61 عاما"' (08-0980): an age in quotes
        "aged-61",
    ],
    "riyadh-jobs": [
        "413-jobs",
        "241-for-men",
        "172-for-women",
        "165-at-zaid-al-hussein",
        "13-customer-service-monday",
        "33-at-rama-aluminium",
        "15-at-al-mishari-hospital",
        "13-at-jazeera-agencies-wednesday",
        "90-at-iwan",
        "4-designers",
        "50-at-tanagum-thursday",
        "30-guards-at-al-rashed",
        "starts-monday-10-august",
        "interviews-tuesday",
        "interviews-wednesday",
        "interviews-thursday",
    ],
    "taif-sewage": [
        "cost-167-million",
        "capacity-80-thousand-cubic-metres",
        "from-67-thousand",
        "to-147-thousand",
        "trial-run-august-2014",
        "over-9000-connections-a-year",
        "pipeline-500-km",
        "since-2011",
        "over-36-thousand-homes",
        "four-stages",
    ],
    # the fifth draw (FINDINGS.md, fifteenth pass "a fifth draw, held out")
    "kabul-attacks": [
        "total-51-dead",
        "hundreds-injured",
        "since-thursday-evening",
        "camp-attack-friday",
        "eight-civilians",
        "academy-27-dead",
        "academy-20-first-reported",
        "academy-blast-friday-evening",
        "truck-15-dead",
        "truck-night-thursday-friday",
        "truck-over-240-injured",
        "academy-less-than-24-hours-after",
        "omar-death-announced-last-week",
        "un-1592-killed",
        "un-3329-injured",
        "un-from-1-january",
        "un-to-30-june",
        "omar-died-april-2013",
        "concealed-two-years",
        "talks-early-july",
    ],
    "isis-qaryatain": [
        "about-230-abducted",
        "at-least-60-christians",
        "170-sunnis",
        "town-taken-wednesday",
        "observatory-said-friday",
        "18-thousand-sunnis",
        "2000-christians",
        "protests-mid-march-2011",
        "300-christians-left",
        "palmyra-taken-21-may",
        "three-masked-men",
        "priest-abducted-in-may",
    ],
    "berkshire-deal": [
        "deal-37.2-billion",
        "stocks-opened-monday-10-aug",
        "dow-at-17466.31",
        "sp500-up-11.82",
        "sp500-at-2089.39",
        "nasdaq-at-5082.34",
        # "وصعد مؤشر داو جونز الصناعي 92.93 نقطة ... ومؤشر ناسداك المجمع 38.80 نقطة": a number
        # with a fraction is no label after a definite word; each index holds its own figures
        "dow-up-92.93",
        "nasdaq-up-38.80",
    ],
    "tourism-855": [
        "total-855-events",
        "1433-139-events",
        "1434-209-events",
        "1435-247-events",
        "1436-260-events-to-ramadan",
        "makkah-99",
        "taif-42",
        "baha-33",
        "najran-31",
        "riyadh-96",
        "northern-borders-34",
        "eastern-123",
        "hail-23",
        "jouf-41",
        "jazan-45",
        "qassim-173",
        "tabuk-43",
        "asir-38",
        "madinah-34",
        "over-four-years",
    ],
    "buraidah-dates": [
        "1554-cars",
        "209020-boxes",
        "627006-tons",
        "sukkari-204732-boxes",
        "sukkari-614196-tons",
        "13-violations",
        "arrivals-yesterday-9-aug",
    ],
    "ukraine-shelling": [
        "heaviest-in-six-months",
        "400-separatists",
        "50-km-north-of-mariupol",
        "last-24-hours",
        "debaltseve-battle-february",
    ],
    "volleyball-kuwait": [
        "13th-arab-championship",
        "second-round",
        "first-set-26-24",
        "third-set-25-22",
        "plays-egypt-today-saturday",
        "egypt-lost-0-3",
        # "ثالث مواجهاته", "خسر لقاءه الأول": the ordinals of a team's matches
        "third-match",
        "egypt-lost-first-match",
    ],
    "ehalati-84": [
        "84-lives-saved",
        "week-17-to-23-shawwal",
        "4490-transferred",
        "2835-cases-needing-transfer",
        "accepted-63.1-percent",
        "1183-under-escalation",
        "escalation-26.3-percent",
        "299-treated-in-place",
        "in-place-6.7-percent",
        "177-waiting",
        "waiting-3.9-percent",
        "life-saving-1.87-percent",
        "1061-emergency",
        "emergency-23.63-percent",
        "1129-inpatient",
        "inpatient-25.15-percent",
        "2216-outpatient",
        "outpatient-49.35-percent",
    ],
    # the sixteenth pass's draw (a sixth, held out until its end): what the tool finds at its end
    "asir-bomber": [
        "blast-thursday-21-10-1436",
        "15-killed",
        "33-injured",
        "bomber-born-1415",
        "six-trainees",
        "four-bangladeshi-workers",
        # "(5) منهم من رجال الأمن" / "خمسة منهم من رجال الأمن": a part of the dead, by its noun
        "five-security-men",
    ],
    "barcelona-sevilla": [
        "match-today-tuesday",
        "sextuple-dream",
        "treble-last-season",
        "repeat-2009",
        "fifth-super-cup-title",
        "signing-ban-until-january",
        "sevilla-europa-league-second-season",
        "spain-sixth-time",
        "in-last-seven-seasons",
        "spain-12th-title",
        "of-40-editions",
        "spain-22-teams",
        "england-15-teams",
        "italy-13-teams",
        "germany-8-teams",
        "sevilla-lost-to-real-last-year-2014",
        # "(صفر-2)": zero glued to the other side by a hyphen
        "real-won-2-0",
        "sevilla-fourth-appearance",
        "sevilla-hopes-second-title",
        "sevilla-won-2006",
        "sevilla-beat-barca-3-0",
        "third-all-spanish-final",
        "milan-7-appearances",
        "liverpool-5-appearances",
        "bayern-porto-real-sevilla-4",
        "barca-unbeaten-since-2010",
        # "كما أنها التاسعة التي يوجد فيها برشلونة": a record of a pronoun (ar/ranks.yaml `record`)
        "barca-ninth-appearance",
        "lost-2010-first-leg-1-3",
        "won-2010-second-leg-4-0",
        "maldini-four-titles",
        "alves-maldini-5-appearances",
        "monaco-from-1998",
        "monaco-until-2012",
        "prague-2013",
        "cardiff-2014",
        "neymar-out-two-weeks",
        "neymar-23",
        "bilbao-14-and-17-august",
        "sevilla-nine-new-players",
        "europa-final-lost-2-3",
    ],
    "elections-343": [
        "total-343-districts",
        "284-councils",
        "10-districts-per-amanah",
        "50-districts-for-five",
        "five-amanahs",
        "16-districts-taif-ahsa",
        # "( 8 ) دوائر": a number set in brackets before its noun
        "8-districts-taif-ahsa",
        "66-districts-seven-amanahs",
        "seven-amanahs",
        "277-municipalities",
        "voter-registration-from-sat-7-11-1436",
        "voter-registration-to-mon-1-12-1436",
        "voter-registration-21-days",
        "five-hours-daily",
        "from-5-pm",
        # "وحتى العاشرة مساء": an hour in words after a preposition, a part of the day after it
        "to-10-pm",
        "candidates-from-15-11-1436",
        "candidates-17-days",
        "makkah-voters-from-sun-1-11-1436",
        "makkah-voters-to-tue-24-11-1436",
        "makkah-voters-21-days",
        "makkah-candidates-from-sun-8-11-1436",
        "makkah-candidates-to-thu-26-11-1436",
        "makkah-candidates-17-days",
    ],
    "em-outflows": [
        # "رابع عملية تخارج أسبوعية على التوالي": which of a streak
        "fourth-weekly-outflow",
        "em-outflow-2.8bn",
        "em-outflow-last-week",
        "report-friday",
        "europe-inflow-3.3bn",
        "week-ending-5-august",
        "europe-twelfth-week",
        # "في موجة التدفق الثانية والعشرين" / "في موجة التدفق الـ 22": which wave of a series
        "japan-22nd-wave",
        "europe-ytd-83.5bn",
        "em-17bn",
        "em-in-four-weeks",
        "em-ytd-29.4bn",
        "weakest-in-ten-years",
        "china-16.5bn",
        "brent-down-30-percent",
        "brent-over-three-months",
        "brent-below-50",
        "brent-first-time-since-january",
        "us-outflow-4.3bn",
        "us-ytd-113.3bn",
        "japan-inflow-2.6bn",
        "japan-in-24-weeks",
        "em-more-than-half-of-ytd",
        "china-more-than-half",
    ],
    "germany-greek-gains": [
        "study-published-monday",
        "gains-100bn-euros",
        "gains-109bn-dollars",
        "savings-since-2010",
        "over-3-percent-of-gdp",
        "germany-bailout-share-90bn",
    ],
    "madinah-projects": [
        "total-665.9m-riyals",
        "flood-projects-542.9m",
        "aqiq-intersection-67.9m",
        "nayef-culvert-69.97m",
        "turki-plan-37.8m",
        "dhabua-barriers-253.8m",
        "baqi-channels-45.5m",
        "uthman-bridge-21.2m",
        "abyar-culvert-23.2m",
        "culverts-over-82.3-percent",
        "culverts-19.46m",
        "other-projects-4.195m",
        "parks-750000-m2",
        "rehab-parks-19.999m",
        "duaitha-park-50000-m2",
        "turki-park-12000-m2",
        "shibiya-5210-m2",
        "abu-markha-5184-m2",
        "difa-3408-m2",
        "youth-parks-19.985m",
        "parks-85-percent",
        "pitches-8504-m2",
        "pitches-29.999m",
        "18-pitches-built",
        "pitches-average-10000-m2",
        "pitches-28m",
        "10-new-pitches",
        "18-more-in-governorates",
        "92000-m2",
        "over-19m",
    ],
    "stem-cell-donors": [
        # "الأول من نوعه عربيًا": which of its kind, the first too
        "first-arab-registry",
        "over-10000-donors",
        "qatif-campaign-1194",
        "four-transplants",
        "registry-launched-2011",
        "60-registries-worldwide",
        "over-16-million-donors-worldwide",
    ],
    "super-cup-values": [
        "total-value-20m-gbp",
        "total-value-116m-riyals",
        "hilal-12.06m",
        "nassr-8.17m",
        "hilal-lead-over-three-million",
        "eduardo-3.85m",
        "mierzejewski-3.50m",
        "mierzejewski-was-over-four-million",
        "shamrani-1.05m",
        "zori-700k",
        "hazazi-700k",
        "hazazi-deal-near-50m-riyals",
        "shabab-got-28m",
        "almeida-1.75m",
        "zori-fourth",
        "kwak-630k",
        "qahtani-560k",
        "qahtani-best-august-2010",
        "qahtani-best-2.45m",
        "sahlawi-560k",
        "shehri-ghaleb-420k",
        "shehri-deal-near-50m-riyals",
        "raheb-350k",
        "shehri-ghaleb-fourth",
        "raheb-fifth",
        "fraidi-280k",
    ],
    # the seventeenth pass's draw (a seventh, held out until the helpers had landed): what the
    # tool finds at its end
    "cabinet-asir": [
        "session-held-yesterday",
        "camp-david-14-may-2015",
        "shura-decision-15-8-1436",
        "signed-riyadh-17-5-1436",
        "signed-berlin-26-5-1436",
        "shura-decision-5-3-1427",
        "unesco-31st-session",
        "unesco-paris-17-8-1422",
        "bawardi-renewed-three-years",
        "gaca-members-three-years",
        "saudia-renewed-three-years",
        "saudia-members-three-years",
    ],
    "china-ppi": [
        "ppi-july",
        "lowest-since-late-2009",
        "falling-more-than-three-years",
        "exports-fell-8-3",
        "biggest-drop-in-four-months",
        "nbs-data-sunday",
        "ppi-down-5-4",
        "ppi-expected-5",
        "worst-since-october-2009",
        "fortieth-monthly-decline",
        "cpi-1-6",
        "june-cpi-1-4",
        "trade-13-63-trn-yuan",
        "trade-first-seven-months",
        # the eighteenth pass: a floor and the value whose decimals it drops
        "trade-fell-7-3",
    ],
    "ipa-admissions": [
        "first-batch",
        "training-year-1436-1437",
        "starts-8-11-1436",
        "documents-tuesday-26-11",
        "confirm-by-tuesday-26-10",
        "second-batch",
        "second-batch-wednesday-27-10",
        "third-batch",
        "third-batch-monday-2-11",
    ],
    "jazan-centres": [
        "men-centres-raised-to-42",
        "women-centres-27",
        "total-centres-69",
        "one-third-appointed",
        "jazan-council-14-elected",
        "jazan-council-7-appointed",
        "jazan-council-was-12",
        "category-b-15-members",
        "category-c-12-members",
        "categories-d-e-9-members",
        # the eighteenth pass: the end of a period dates no statement opened after it
        "voter-age-was-21",
        "voter-age-now-18",
        "jazan-council-21-members",
        # a share's word before a fraction ("إلى نسبة الثلثين بالانتخاب")
        "two-thirds-elected",
    ],
    "nasr-hilal-supercup": [
        "match-tomorrow-wednesday",
        "nasr-three-friendlies",
        "hilal-four-friendlies",
        "nasr-lost-konyaspor-0-4",
        "nasr-beat-sadd-2-1",
        "nasr-beat-shaab-3-1",
        "hilal-lost-gaziantep-0-1",
        "hilal-beat-akhisar-2-0",
        "hilal-beat-ain-2-1",
        "hilal-lost-udinese-0-1",
        "meetings-156",
        "hilal-won-60",
        "nasr-won-51",
        "draws-42",
        "nasr-goals-196",
        "hilal-goals-219",
        "foreign-ref-matches-25",
        "foreign-ref-hilal-won-14",
        "foreign-ref-nasr-won-seven",
        "foreign-ref-draws-five",
    ],
    "perseids": [
        "best-year-2015",
        "peak-before-dawn-wednesday-12-august",
        "shower-may-extend-two-more-days",
        "dawn-of-13-august",
        "and-14-august",
        "50-to-100-meteors-per-hour",
    ],
    "sun-work-ban": [
        "fine-at-least-3000-riyals",
        "fine-at-most-10000-riyals",
        "closure-up-to-30-days",
        "ban-from-12-noon",
        "ban-until-3-pm",
        "ban-period-from-15-june",
        "ban-period-to-15-september-2015",
    ],
    "wheat-farmers": [
        "payments-start-sunday-24-10-1436",
        "first-payment-batch",
        "season-1436-1437",
        "tender-495-thousand-tons",
    ],
    # the eighteenth pass's draw (an eighth, held out until the helpers had landed): what the
    # tool finds at its end (61 of 73; 56 at the start and once the helpers had landed)
    "abha-airport": [
        "passengers-98278-last-week",
        "the-last-week",
        "increase-272",
        "last-week-of-ramadan",
        "ramadan-week-80958",
        "traffic-rise-next-month",
        "qatar-airways-starts-next-month",
    ],
    "albania-relief": [
        "plane-arrived-day",
        "cargo-180-tonnes",
        "food-baskets-3800",
        "tents-900",
        "blankets-4000",
        "mattresses-1200",
        "floods-early-this-year-last-winter",
        "support-since-early-nineties",
    ],
    "croatian-hostage": [
        "video-wednesday",
        "kidnapped-22-july-end-of-july",
        "deadline-48-hours",
        "hostage-aged-31",
        "first-foreigner-kidnapped",
        "first-kidnapping-of-croat",
        "group-emerged-2011",
        "croatian-government-since-wednesday",
        "minister-to-cairo-thursday",
        "working-since-start-of-year",
    ],
    "makkah-acceleration": [
        "thirteen-students-passed",
        "school-year-1435-1436",
        "three-students-moved",
        "from-fourth-grade",
        "to-sixth-grade",
        "ten-students-moved",
        "from-first-intermediate",
        "to-third-intermediate",
        "report-after-one-month",
    ],
    "olympic-squad": [
        "riyadh-camp-17-20-august",
        "slovakia-camp-21-august-14-september",
        "squad-34-players",
        "departs-21-august",
        "travels-with-30-players",
        "rio-2016",
        "under-23",
    ],
    "sfda-food-steps": [
        "eight-steps",
        "cooking-not-below-75c",
        "fridge-5c",
        "freezer-minus-18c",
        "hot-food-65c",
        "chilled-4c",
        "within-two-hours",
        "depth-5cm",
        "room-25c",
        "sixth-national-week",
        "campaign-ends-thursday-after-tomorrow",
    ],
    "zaatari-milk": [
        "eleventh-phase",
        "programme-began-mid-last-year",
        "phase-692-disbursements",
        "during-last-month",
        "planned-20000-packs",
        "cumulative-8538",
    ],
    "zain-roaming": [
        "data-500mb",
        "valid-seven-days",
        "data-offer-99-riyals",
        "passport-40-destinations",
        "passport-rate-1.25-riyals",
        "passport-fee-10-riyals-week",
        "passport-fee-30-riyals-month",
        "receive-calls-one-riyal-daily",
        "uae-99-riyals",
        "uae-two-days",
        "uae-199-riyals-week",
    ],
    # the nineteenth pass's draw (a ninth, held out until the helpers had landed): what the
    # tool finds at its end (54 of 60; 51 at the start)
    "juventus-lazio-supercup": [
        "match-day-saturday-8-aug",
        "cup-final-2-1",
        "cup-final-in-may",
        "cl-final-lost-1-3",
        "lazio-third-place",
        "fifth-straight-title",
        "lost-dortmund-0-2",
        "dortmund-last-month",
        "marseille-last-saturday",
        "cl-playoff-this-month",
        "chiellini-first-two-matches",
        "league-starts-23-aug",
        "out-up-to-two-months",
    ],
    "socgen-oil-forecast": [
        "forecast-years-2015-2016",
        "brent-2015-57.3",
        "wti-2015-51.7",
        "cut-2016-by-5-dollars",
        "brent-2016-60",
        "wti-2016-55",
        "iran-exports-next-year",
        "futures-fell-friday-7-aug",
        "weekly-losses-since-start-of-year",
    ],
    "saudi-2050-exhibition": [
        "visitors-over-11000",
        "abha-festival-36",
        "horizon-year-2050",
        "three-extra-exhibits-each",
        "total-12-exhibits",
        "daily-about-1200-visitors",
        "visit-about-20-minutes",
        "families-over-half-hour",
        "one-week-after-opening",
    ],
    "reading-train": [
        "first-station-closed-thu-6-aug",
        "second-station-opens-sun-9-aug",
        "first-station-five-days",
        "over-1200-children",
        "average-250-a-day",
        "ages-5-to-15",
        "first-station",
        "second-station",
    ],
    "jouf-airport": [
        "first-flight-arrived-7-aug",
        "fourth-international-airline",
        "two-flights-weekly",
        "h1-passengers-24636",
        "h1-flights-212",
        "first-half-of-year",
        "first-international-flight",
    ],
    "oily-fish-allergy": [
        "children-aged-8-at-start",
        "follow-up-at-16",
        "questionnaire-98-foods",
        "study-about-1590-children",
        "risk-cut-by-about-half",
    ],
    "stolen-car-22-years": [
        "stolen-22-years-ago",
        "police-call-two-weeks-ago",
        "corolla-model-1988",
        "theft-reported-1993",
        "found-last-year",
    ],
    "awali-fire": [
        "fire-day-9-aug",
        "fire-area-1200-m",
        "complex-about-4000-m",
        "four-floors",
    ],
    # the twentieth pass's draw (a tenth, held out until the helpers had landed): what the
    # tool finds at its end (61 of 68; 57 at the start)
    "mission-impossible-box-office": [
        "mi-29-4-million",
        "fantastic-four-26-2-million",
        "gift-12-million",
        "vacation-9-1-million",
        "ant-man-7-8-million",
        "past-three-days",
        "second-week",
        "fantastic-four-second-place",
        "gift-third-place",
        "vacation-from-second",
        "vacation-to-fourth",
        "ant-man-from-third",
        "ant-man-to-fifth",
    ],
    "stradivarius-violin": [
        "missing-over-35-years",
        "nearly-three-centuries",
        "stolen-1980",
        "about-400-left",
        "surfaced-end-of-june",
        "tottenberg-died-2012",
        "tottenberg-age-101",
        "returned-thursday",
        "ames-19th-century",
    ],
    "germany-refugees-presenter": [
        "record-450000-this-year",
        "this-year-2015",
        "200000-in-2014",
        "year-2014",
        "comment-wednesday-night",
        "over-20000-comments",
        "500000-fled-nazis",
        "over-80-countries",
        "about-13-million",
        "1-8-million-ethnic-germans",
        "since-1990",
    ],
    "chung-fifa-bid": [
        "announce-in-paris-17-aug",
        "georgia-on-12th",
        "fifa-vp-1994-2011",
        "fifa-founded-1904",
        "election-26-feb",
        "press-conference-thursday",
        "wuhan-today-friday",
        "99-percent",
    ],
    "jordan-table-tennis": [
        "under-18",
        "final-3-2-qatar",
        "under-15",
        "saudi-third-place",
        "sweden-first",
        "jordan-second",
        "singles-start-today-monday",
        "three-medals",
    ],
    "radf-park-million": [
        "over-a-million-visitors",
        "in-two-weeks",
        "visitors-71-percent",
        "fountain-13000-m2",
        "two-million-expected",
    ],
    "backpack-car": [
        "saito-age-26",
        "carries-up-to-120-kg",
        "speed-10-kmh",
        "range-12-km",
        "charge-3-hours",
        "weight-2-to-3-kg",
        "first-car-in-a-bag",
    ],
    "samsung-charging-monitor": [
        "resolution-1920x1080",
        "first-model-23-6-inch",
        "second-model-27-inch",
        "two-versions",
    ],
}

# must-not pairs the tool still holds, each entered with its cause: strict, so that the day one
# is mended its entry must go (the seventh draw's two were mended in the eighteenth pass)
HELD: set[tuple[str, str, str]] = set()


@cache
def _gold(group: str) -> HandGold:
    return hand_gold(GOLD / f"{group}.txt")


GROUPS = sorted(path.stem for path in GOLD.glob("*.txt"))


@cache
def _lines() -> dict[str, str]:
    """The records of the groups' articles, by id."""
    return snn_lines(_PREFIX + article for group in GROUPS for article in _gold(group).articles)


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, Report]:
    folder = tmp_path_factory.mktemp("snn_hand_gold")
    done: dict[str, Report] = {}
    for group in GROUPS:
        lines = [_lines()[_PREFIX + article] for article in _gold(group).articles]
        done[group] = run_alone(lines, folder / f"{group}.jsonl")
    return done


@pytest.mark.parametrize(
    ("group", "figure"), [(group, figure) for group, names in FOUND.items() for figure in names]
)
def test_a_figure_of_several_articles_is_found(reports, group, figure):
    assert found_in_two(reports[group], _gold(group).figures[figure], _PREFIX)


@pytest.mark.parametrize(
    ("group", "one", "other"),
    apart_params(
        ((group, one, other) for group in GROUPS for one, other in _gold(group).apart), HELD
    ),
)
def test_figures_of_two_events_are_never_held_together(reports, group, one, other):
    report = reports[group]
    assert not holding(report, one, _PREFIX) & holding(report, other, _PREFIX)
