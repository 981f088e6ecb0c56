"""ECB+ clusters with a hand gold (the twelfth pass of tests/corpus/FINDINGS.md, "hand gold on
English clusters"): each file run alone, as an editor would run one story. A figure is found when
one agreement, conflict or revision holds its claims from two articles; a must-not pair (the
same-looking figures of two events, places, times or people) is never held by one finding.
Claims are named by the article and the character offset of the figure in its text, as the gold
was written from the texts alone."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from factcheck.models import Report
from factcheck.pipeline import run
from factcheck.settings import Settings
from tests.conftest import shared_path
from tests.corpus.by_report import (
    HandGold,
    apart_params,
    findings_at,
    found_in_two,
    hand_gold,
    holding,
)

# cluster -> figures two or more articles state: (what, [(article, offset of the figure)])
FOUND = {
    "40ecb": [
        # "a lifespan three times longer than conventional laptop batteries" / "achieves three
        # times the industry standard in battery life": factors (concept multiple)
        ("three times", [("40_7ecb", 228), ("40_10ecb", 1565)]),
    ],
    "13ecbplus": [
        # "which the city of Palmer had valued at about $380, 600" / "the value of the building at
        # $380, 600": one number qualified two ways, two intervals the proposal of one value
        # had kept apart (fifteenth pass)
        ("the building's $380,600", [("13_8ecbplus", 1901), ("13_10ecbplus", 836)]),
    ],
    "26ecbplus": [
        # "the testimony of six turncoat mobsters" / "the testimony of six former mobsters": one
        # noun counted, said once in each (the number word had been most of what they shared)
        ("six turncoat mobsters", [("26_4ecbplus", 2131), ("26_7ecbplus", 975)]),
    ],
    "8ecbplus": [
        # "Greece faces a May 19 due date on debt" in an undated copy and in an article of May
        # 5: a month's day of no year met a dated day only within a week of its publication
        ("a May 19 due date", [("8_3ecbplus", 2112), ("8_9ecbplus", 2506)]),
        # "Police said two women and one man died" / "two women and one man, between 30 and 40
        # years old": "one" that ends a list of counts
        ("one man", [("8_1ecbplus", 454), ("8_8ecbplus", 731)]),
    ],
    "37ecb": [
        # the quake's depth, "at a depth of 35 kilometers, the U.S. Geological Survey said":
        # the survey's country made it American, apart from the other outlet's Papua
        ("depth of 35 kilometers", [("37_5ecb", 1480), ("37_6ecb", 424)]),
        ("a 10-year-old girl", [("37_3ecb", 761), ("37_4ecb", 658), ("37_6ecb", 821)]),
        ("about 14,000 fled", [("37_1ecb", 752), ("37_2ecb", 982)]),
        # "seven bridges, two of which have collapsed" / "two of which collapsed"
        ("two bridges collapsed", [("37_2ecb", 1502), ("37_3ecb", 1027)]),
    ],
    "29ecbplus": [
        # one wire sentence in four outlets, "A big reason why was Quinn, who was just 10 of 22
        # for 162 yards", in a story that states 10 more often than its claims are paired each
        # with each
        ("Quinn 10 of 22", [("29_1ecbplus", 3037), ("29_5ecbplus", 3017), ("29_6ecbplus", 2867)]),
        ("a 13 - 3 halftime lead", [("29_1ecbplus", 3771), ("29_5ecbplus", 3747)]),
        # "he connected on 1 of 13 passes": a number under ten alone counts nothing, a part of
        # a figure does
        ("1 of 13 passes", [("29_1ecbplus", 1216), ("29_5ecbplus", 1211)]),
        # "to tie the game 13 - 13 heading into the fourth quarter" / "tied the game at 13 - 13
        # with a 47 - yd field goal": one score, in a story that states 13 two dozen times
        ("tied 13 - 13", [("29_1ecbplus", 1003), ("29_8ecbplus", 1636)]),
    ],
    "31ecbplus": [
        ("65 - 53 over Drake", [("31_4ecbplus", 152), ("31_5ecbplus", 125), ("31_7ecbplus", 119)]),
        (
            "McDermott's 23 points",
            [("31_2ecbplus", 2526), ("31_5ecbplus", 22), ("31_8ecbplus", 356)],
        ),
        # "Gregory Echenique had 11 points, 11 rebounds and six blocked shots", "a double -
        # double with 11 points, 11 rebounds and six swats": rebounds counted no concept, and a
        # bare 11 is as often a score
        (
            "Echenique's 11 rebounds",
            [("31_2ecbplus", 4483), ("31_4ecbplus", 2282), ("31_5ecbplus", 397)],
        ),
        # "stretched the Creighton lead to 50 - 44" / "putting the Bluejays ahead 50 - 44": the
        # second article states 50 twice ("defeated Evansville 51 - 50"), its score once
        ("a 50 - 44 lead", [("31_7ecbplus", 2105), ("31_10ecbplus", 3909)]),
    ],
    "5ecb": [
        # "their current three-game losing streak", "with the team on a three-game losing
        # streak": a game was no counted noun, and a hyphened number counts only a noun of the
        # lexicons. 5_14ecb's "The Sixers had a three-game losing streak" is left out: 5_2ecb's
        # "last in the Atlantic Division" is read as its streak's holder, which keeps the two
        # apart, and 5_2ecb's window is the more alike to 5_7ecb's, so it joins first
        ("the three-game losing streak", [("5_7ecb", 679), ("5_2ecb", 2369)]),
        # "Maurice Cheeks was fired Saturday as coach", "On Saturday, Cheeks was fired as head
        # coach": no article of the cluster is dated, so the weekday was compared with nothing
        ("fired Saturday", [("5_2ecb", 25), ("5_12ecb", 169)]),
        # "Cheeks is 122-147 in three-plus seasons as head coach in the City of Brotherly Love" /
        # "In Philadelphia, Cheeks was 122-147": one record, in sentences that read little alike
        ("Cheeks 122-147 in Philadelphia", [("5_3ecb", 2595), ("5_10ecb", 1872)]),
        # "signed free-agent forward Elton Brand to a five-year, $ 80 million contract" / "They
        # signed Elton Brand to a five-year deal worth nearly $ 80 million": a sum of one
        # significant digit, in windows 69 alike
        ("Brand's $80 million", [("5_2ecb", 1932), ("5_14ecb", 321)]),
    ],
    "7ecb": [
        # "flooring Rahman (45-7-2) once" / "Rahman fell to 45-7-2": the record's first side, a
        # bare 45, in windows 46-51 alike. 7_1ecb's "a sluggish Hasim Rahman (45-7-2, 36 KOs)"
        # agrees in a group of its own (with 7_3ecb's): 7_7ecb's, whose sentence goes on to name
        # "unbeaten Russian Alexander Povetkin" (read as its owner, Russia), reads more alike to
        # 7_11ecb's and joins it first, and Russia then keeps 7_1ecb's Germany apart
        ("Rahman 45-7-2", [("7_9ecb", 1066), ("7_11ecb", 273)]),
        ("Rahman 45-7-2, 36 KOs", [("7_1ecb", 67), ("7_3ecb", 125)]),
        # "Riddick Bowe, 43-1, 33 KO's" / "Bowe (45-1, 33 KOs)", "Gene Pukall, 14-13-2, 12 KO's" /
        # "Pukall (14-13-2, 12KOs)": a fighter's knockouts, counted (a bare 33 read nothing alike)
        ("Bowe's 33 KOs", [("7_3ecb", 1264), ("7_10ecb", 2214)]),
        ("Pukall's 12 KOs", [("7_3ecb", 1354), ("7_10ecb", 2409)]),
    ],
    "41ecb": [
        ("40 dead in the school", [("41_1ecb", 429), ("41_2ecb", 97), ("41_6ecb", 226)]),
        ("99.9 per cent sure", [("41_2ecb", 221), ("41_3ecb", 241), ("41_9ecb", 1823)]),
    ],
    "19ecbplus": [
        ("Kimani Gray, 16", [("19_1ecbplus", 118), ("19_3ecbplus", 581), ("19_8ecbplus", 49)]),
        (
            "46 arrested on Wednesday",
            [("19_1ecbplus", 1381), ("19_3ecbplus", 65), ("19_7ecbplus", 442)],
        ),
    ],
    "36ecbplus": [
        ("Jeffs, 55", [("36_2ecbplus", 166), ("36_4ecbplus", 1510), ("36_5ecbplus", 887)]),
        ("more than 400 children", [("36_3ecbplus", 1394), ("36_8ecbplus", 4966)]),
        # one wire story, "after 4.5 hours of testimony Wednesday evening" undated in one paper
        # and resolved to 2011-08-03 in another
        ("testimony Wednesday evening", [("36_3ecbplus", 4526), ("36_6ecbplus", 4530)]),
        # "All seven of those who have been prosecuted were convicted"
        ("seven convicted", [("36_3ecbplus", 4898), ("36_6ecbplus", 4902)]),
        # "Jeffs, 54" beside Mohave County's sheriff / "The 54 - year - old Jeffs" in a Texas
        # court: one man's age, whatever place each article lends it
        ("Jeffs, 54", [("36_8ecbplus", 1878), ("36_9ecbplus", 387)]),
    ],
    "16ecbplus": [
        # "He is 5 - feet - 8 inches tall", "Orozco is 5 - foot - 8, 135 pounds": the inches
        # were no part of the height
        ("Orozco's height, 5 - foot - 8", [("16_4ecbplus", 703), ("16_5ecbplus", 852)]),
    ],
    "44ecb": [
        ("$13.9 billion", [("44_1ecb", 236), ("44_3ecb", 2469), ("44_4ecb", 332)]),
    ],
    # the thirteenth pass's draw. "sentenced Saturday", "a heart attack on December 2" in
    # articles of no publication date: a day their missing date leaves unplaced gave no value
    # to compare (Claim.undated)
    "3ecb": [
        ("sentenced Saturday", [("3_1ecb", 152), ("3_3ecb", 262), ("3_4ecb", 53)]),
    ],
    # "Strong earthquake jolts southern Iran, felt in Oman": the headline's Oman, where the quake
    # was felt, placed every figure of 20_3ecbplus that its sentence places nowhere
    "20ecbplus": [
        ("killing 10 people", [("20_1ecbplus", 62), ("20_3ecbplus", 147), ("20_4ecbplus", 133)]),
        # "rocked Zarand, a town of about 15, 000 people in Kerman province ... It killed 612
        # people and injured more than 1, 400" / "hit the southern town of Zarand, killing 612
        # people and wounding around 1, 400": Kerman province against the town it holds
        ("Zarand's 612 killed", [("20_3ecbplus", 2756), ("20_4ecbplus", 2806)]),
        ("Zarand's 1,400 injured", [("20_3ecbplus", 2789), ("20_4ecbplus", 2837)]),
        # "the four hardest - hit villages were Tonban, ..." / "four villages had been destroyed":
        # an adjective hyphened as wire text spaces it, between the number and its noun
        ("four villages", [("20_6ecbplus", 324), ("20_11ecbplus", 1166)]),
    ],
    "4ecb": [
        (
            "a heart attack on December 2",
            [("4_2ecb", 1813), ("4_4ecb", 235), ("4_10ecb", 1879), ("4_14ecb", 119)],
        ),
        # "the 1960s sexual revolution" / "the sexual revolution of the nineteen sixties"
        ("the 1960s", [("4_4ecb", 69), ("4_6ecb", 3873)]),
    ],
}

# cluster -> pairs of figures alike that no finding may hold together
APART = {
    "13ecbplus": [
        # '"Dissolution of the corporation has taken four years," Robert McFarlane ... said' /
        # "made the ... list of 10 most endangered properties ... for the past four years": the
        # number word "four", the same in both windows, made them read 56 alike (55 asked)
        (("13_5ecbplus", 2441), ("13_8ecbplus", 2451)),
    ],
    "31ecbplus": [
        # "his son's 23 points and eight rebounds a game" (a season's average) / the 23 points
        # he scored in the quarterfinal
        (("31_3ecbplus", 5149), ("31_5ecbplus", 22)),
        # Creighton's 19 - 12 all-time record in quarterfinals / a 19 - 12 lead in the game
        (("31_7ecbplus", 1440), ("31_4ecbplus", 2767)),
        # Drake's "Richard Carter scored 14 points" / Creighton's "Artino ... scoring a career -
        # high 14 points", chained through "His 14 points bettered his career high" of no name
        (("31_5ecbplus", 560), ("31_4ecbplus", 2414)),
        # "the 6 - foot - 9, 260 - pound Echenique" / "The 6 - foot - 8, 225 - pound forward":
        # both read as 6 feet, the inches lost
        (("31_10ecbplus", 776), ("31_3ecbplus", 3428)),
        # the 7 of "improved the Bluejays to 25 - 7" / of "Five came in a 7 - 0 run": sides of
        # two scores, each agreeing with its own score's copies
        (("31_10ecbplus", 1739), ("31_7ecbplus", 1348)),
    ],
    "29ecbplus": [
        # "moved their record to 9 - 1 in one - possession games" / "the Colts are 8 - 1 in
        # games decided by one score or less": two records, one side alike
        (("29_10ecbplus", 1777), ("29_4ecbplus", 3399)),
        # "the Steelers losing to the Bengals 13 - 10" / the Colts "trailing 13 - 10": one
        # score of two games, the sentences naming no side alike
        (("29_3ecbplus", 3363), ("29_12ecbplus", 1278)),
    ],
    "16ecbplus": [
        # "There might have been two people killed" / victims "including two nearly killed when
        # they were shot and stabbed": the survivors counted as deaths
        (("16_5ecbplus", 2493), ("16_9ecbplus", 2008)),
        # the deputy's "two sons, ages 6 and 16" / the woman's "children - girls age 6 and 8"
        (("16_9ecbplus", 5142), ("16_5ecbplus", 1348)),
    ],
    "19ecbplus": [
        # one arrest on Monday night / 46 on Wednesday night
        (("19_9ecbplus", 459), ("19_3ecbplus", 65)),
        # "King, 39" the witness / "Elverton Thomas, 39" at the barbershop
        (("19_4ecbplus", 896), ("19_7ecbplus", 3644)),
        # "near Albany Ave., which had about 60 people inside" / the Rite Aid where "at least
        # three dozen mostly young people briefly rampaged"
        (("19_5ecbplus", 3153), ("19_7ecbplus", 7838)),
        # "Two officers suffered minor injuries" at Wednesday's protest / "Two plainclothes NYPD
        # officers shot and killed a 16 - year - old" on Saturday
        (("19_7ecbplus", 486), ("19_8ecbplus", 0)),
    ],
    "36ecbplus": [
        # Jeffs at 54 in 2010 / at 55 in 2011
        (("36_8ecbplus", 1878), ("36_2ecbplus", 166)),
        # two counts in Utah / two counts in Texas
        (("36_10ecbplus", 83), ("36_11ecbplus", 222)),
        # "convicted in Utah on two counts of being an accomplice to the rape of a 14 - year - old
        # girl" / the "14 - year - old 'spiritual wife'" of the recordings played in Texas: the
        # gazetteer knew no Utah, so the headline's Texas placed both
        (("36_10ecbplus", 134), ("36_4ecbplus", 209)),
    ],
    "5ecb": [
        # Temple's "88-72 win over No. 8 Tennessee" / the Sixers' "88-72 loss in Cleveland": one
        # score of two games, whose sentences name no side in common
        (("5_2ecb", 1318), ("5_1ecb", 1401)),
    ],
    "26ecbplus": [
        # "sanctioning the murders of six mobsters" / "the testimony of six former mobsters"
        (("26_1ecbplus", 13379), ("26_7ecbplus", 975)),
    ],
    "8ecbplus": [
        # "as many as 20, 000 people took to the streets of Athens" / "the northern city of
        # Thessaloniki, where another 20, 000 people marched" (two outlets), and Patras's "around
        # 20, 000 protesters": chained through the nation's "tens of thousands"
        (("8_5ecbplus", 990), ("8_3ecbplus", 4134)),
        (("8_5ecbplus", 990), ("8_9ecbplus", 3079)),
        (("8_6ecbplus", 3800), ("8_3ecbplus", 4134)),
        (("8_6ecbplus", 3800), ("8_9ecbplus", 3079)),
    ],
    "37ecb": [
        # "the rumor of several deaths" ruled out / the 2002 quake's "killing three people"
        (("37_5ecb", 818), ("37_6ecb", 2831)),
    ],
    "40ecb": [
        # "eight hours of battery life ... - up from five hours before" (the old model's) / "using
        # the 9400M you get five hours of battery life and four hours with the 9600M"
        (("40_4ecb", 699), ("40_6ecb", 439)),
        # the 15-inch model's "2.53GHz processor, 6MB L2" / the 17-inch's "2.66-GHz Core 2 Duo
        # processor with 6 MB of on-chip L2 cache"
        (("40_6ecb", 1898), ("40_3ecb", 1401)),
    ],
    "44ecb": [
        # EDS's $22 billion of services revenue / the merged company "worth about $22 billion"
        (("44_4ecb", 760), ("44_5ecb", 1096)),
    ],
    "41ecb": [
        # "seven members of one family" in the Beach camp / the Daya family's seven children
        (("41_4ecb", 3252), ("41_8ecb", 2407)),
        # "among 400 people who had sought shelter there after fleeing their homes in Beit
        # Lahiya" (two outlets) / the Jabaliya school's "more than 300 Palestinians" and
        # "hundreds of Palestinians"
        (("41_1ecb", 1086), ("41_7ecb", 2323)),
        (("41_8ecb", 2932), ("41_9ecb", 424)),
    ],
    "20ecbplus": [
        # "injuring dozens more" on Qeshm / Zarand's "It killed 612 people and injured more than
        # 1, 400", whose sentence before names Zarand's quake and its province
        (("20_1ecbplus", 82), ("20_3ecbplus", 2789)),
    ],
    "38ecb": [
        # "followed by a 2.0-magnitude centered quake two miles east of The Geysers" / "the
        # 4.4-magnitude temblor on Sunday at 9:27 a.m. was centered ... two miles from The
        # Geysers": two quakes' distances, whose sentences state their sizes apart ("a.m."
        # ended the second one's sentence before its distance)
        (("38_3ecb", 591), ("38_4ecb", 227)),
    ],
}


# the fourteenth pass's draw, whose gold is read from ecbplus_hand_gold/<cluster>.txt: the
# figures (by name) the tool finds, but those it finds only through a wrong agreement (two 2006
# books, the 2005 Emmy with the 2005 Tonys); every must-not pair is asserted
DRAWN = {
    "10ecbplus": [
        "redsox-offer-eight-years",
        "redsox-offer-184-million",
        "redsox-23-million-a-season",
        "nationals-160-million",
        "orioles-140-to-150-million",
        "teixeira-turns-29",
        "teixeira-28",
        "lowell-2007-world-series",
        # "$200MM", "$27.5MM": millions after a currency symbol, read as millimetres before
        "redsox-offer-200-million",
        "rodriguez-27.5-million",
        # found only through Sabathia's seven years before the number words left the windows
        "orioles-seven-years",
        # "his six big - league seasons" / "his six major - league seasons": adjectives hyphened
        # as wire text spaces them
        "six-big-league-seasons",
    ],
    "12ecbplus": [
        # "While two of them managed to escape" (ten papers): a part of a group told before
        "two-boats-escaped",
        "attack-thursday",
        "five-pirate-boats",
        "five-merchant-vessels",
        "three-boats-intercepted",
        "26-somali-pirates",
        "12-magazines",
        "about-300-rounds",
        "14-rifles-in-all",
        "31-magazines-in-all",
        "923-rounds-in-all",
        "patrol-since-september",
        "100-billion-of-trade",
    ],
    "18ecbplus": [
        "shooting-monday",
        "around-10-am",
        "three-people-shot",
        "one-killed",
        "two-wounded",
        "12-gauge-shotgun",
        "speeds-120-mph",
        "lacalamita-38",
        "riva-47",
        "steinberg-48",
        "kafoury-63",
        "hearing-april-19",
        "fired-thursday",
    ],
    "28ecb": [
        "felt-95",
        "died-thursday",
        "revealed-in-may-2005",
        "at-91-in-2005",
        "break-in-june-1972",
        "nixon-resigned-1974",
        "wife-died-in-1984",
        "early-nineteen-seventies",
        # "its 400 stories on the Watergate affair" / "almost 400 stories on Watergate": one noun
        # counted, in windows that share too few words for the index (fifteenth pass)
        "400-stories",
    ],
    "2ecb": ["on-february-22", "announced-friday", "jackman-40", "son-oscar-8", "daughter-ava-3"],
    # "faces a maximum sentence of 15 years to life" / "faces up to 15 years to life": a limit
    # and a figure bounded "up to" its number (fifteenth pass)
    "33ecb": ["kathina-10-year-old", "15-years-to-life"],
    # the fifth draw (FINDINGS.md, fifteenth pass "a fifth draw, held out"): its gold was written
    # before the tool ran on it and kept from the engineers who tuned this pass
    "42ecb": [
        "rumoured-february-11",
        "camera-3.2-megapixel",
        "processor-512-mhz",
        "memory-up-to-16gb",
        "display-480-by-360",
        "card-256mb",
        "headset-jack-3.5mm",
        "display-2.44-inch",
    ],
    "25ecbplus": [
        "thomas-ir-wednesday",
        "ivory-ir-tuesday",
        "ivory-one-day-before",
        "in-two-days",
        "wynn-signed-tuesday",
        "bell-signed-wednesday",
        "playoff-game-saturday",
        "kickoff-time",
        "ivory-716-yards",
        "thomas-793-yards-last-season",
        "thomas-269-yards",
        "thomas-201-receiving-yards",
        "win-17-14-at-atlanta",
        "saints-11-5",
        # "the NFC West - champion Seattle Seahawks (7 - 9)" / "in Seattle (7 - 9)": a team's
        # record in brackets of its own, of two one-digit sides
        "seahawks-7-9",
        # "five rushing TDs" / "five touchdowns"; "three late - season games" / "three games";
        # "missing 10 of the Saints' 16 games" / "10 total games"
        "ivory-five-touchdowns",
        "thomas-back-for-three-games",
        "thomas-missed-10-games",
        "top-two-running-backs",
        "setback-last-week",
        "second-back-on-ir",
    ],
    "45ecbplus": [
        "two-counts-first-degree-murder",
        "verdict-thursday",
        "shooting-in-2012",
        "deliberated-almost-seven-hours",
        "simpson-27",
        "simpson-26-before-trial",
        "flynn-20",
        "sentencing-november-8",
        "sentencing-at-11-am",
        "body-found-april-9",
        "trial-set-june-17",
        "arrested-june-21",
        "shot-twice-in-the-head",
    ],
    "22ecbplus": [
        "two-killed",
        "three-shot",
        "shooting-thursday-night",
        "hiller-43",
        "hiller-worked-15-years",
        "dalton-39",
        "brown-36",
        "wilson-47",
        "seven-workers-hiding",
        "about-100-in-the-plant",
        "four-in-the-break-room",
        "hid-on-second-floor",
        "victims-on-third-floor",
        "a-third-wounded",
        "shooting-september-2010",
        "hearing-tuesday",
        "two-counts-of-murder",
        "alabama-three-killed",
        "police-said-friday",
    ],
    "39ecbplus": [
        "capaldi-55",
        "hartnell-first-doctor-1963",
        "fires-of-pompeii-2008",
        "smith-doctor-since-2010",
        "smith-introduced-2009",
        "announced-sunday-august-4",
        "smith-announced-departure-in-june",
        "anniversary-special-in-november",
        "the-50th-anniversary",
        "relaunched-2005",
        "capaldi-the-12th-doctor",
        "davison-the-5th",
        "not-played-since-nine",
        # labels of a fixed series named alike: "Series 8" / "eighth series", "David Tennant
        # (10th Doctor)" / "David Tennant (No. 10)" (FC002 `series_item_similarity`)
        "series-8",
        "tennant-the-10th",
    ],
    # "the second Tuesday of every month" / "of each month", told a year apart (a timeless label)
    "27ecbplus": ["fix-it-32-bit-only", "patch-tuesday-second-tuesday"],
    # the sixteenth pass's draw (a sixth, held out until its end): the figures the tool finds at
    # its end, and "from 1995 through 1998" of the AMA board's term read as one period (the
    # seventeenth pass), no longer joining the Mandela award's "in 1998"
    "11ecbplus": [
        "election-december-15-2013",
        "two-parties",
        "campaign-start-october-5",
        "nomination-from-october-16",
        "nomination-to-november-14",
        "registration-from-october-26",
        "registration-to-november-20",
        "mp-term-five-years",
        "parliament-elected-december-2008",
    ],
    "30ecb": [
        "three-cables-cut",
        "cut-on-friday",
        "restored-by-december-31",
        "india-traffic-65-percent-down",
        "egypt-voice-52-percent",
        "saudi-voice-55-percent",
        "smw4-links-12-countries",
        "20-km-spare-cable",
        "earlier-cut-in-january",
    ],
    "32ecb": [
        "gomes-35",
        "mendes-48",
        "mother-61",
        "two-women-killed",
        "two-counts-of-murder",
        "bodies-found-tuesday",
        "arrested-tuesday-night",
        "arraignment-wednesday",
        "daughter-12",
        "second-floor-apartment",
        "released-late-2008",
        "conviction-2006",
        "knife-attack-2005",
        "sentence-2-1-2-years",
        "nine-months-served",
        # "two counts of murder and one count of kidnapping" / "two murder charges and one
        # kidnapping charge": "one" that ends a list of counts
        "one-count-of-kidnapping",
    ],
    "34ecbplus": [
        "nomination-announced-monday-july-13-2009",
        "benjamin-52",
        "ama-board-elected-1995",
        "ama-board-through-1998",
        "first-ama-trustee-under-40",
        "state-society-president-2002",
        "mandela-award-1998",
        "hurricane-georges-1998",
        "hurricane-katrina-2005",
        "macarthur-grant-2008",
        "clinic-founded-1990",
        "caring-award-2000",
        "rebuilding-third-time",
        # "who comprise a third of Bayou La Batre's population" / "make up a third of the area's
        # population": a fraction before "of", a share
        "immigrants-a-third",
        # "the first African - American woman to be elected" / "to be named to the American
        # Medical Association's Board of Trustees"; "the first African American woman to be
        # president of a State Medical Society" in two papers: records (extract/records.py)
        "first-african-american-woman-on-ama-board",
        "first-african-american-woman-state-society-president",
    ],
    "35ecb": [
        "arrested-early-tuesday",
        "stopped-about-2-30-am",
        "five-days-before-playoff",
        "playoff-sunday-at-pittsburgh",
        "fourth-season",
        "season-2008",
        "59-receptions",
        "1098-yards",
        "seven-touchdowns",
    ],
    "9ecb": [
        "rule-announced-thursday-dec-11",
        "reviews-for-35-years",
        "comments-nearly-235000",
        "takes-effect-in-30-days",
        "six-weeks-before-obama-takes-office",
        "three-groups-sued",
    ],
    # the seventeenth pass's draw (a seventh, held out until its end): the figures the tool
    # finds at its end, which the pass's work on the older golds did not move (34 of 52)
    "14ecb": [
        "more-than-50-firefighters",
        "ten-fire-engines",
        "fire-broke-out-about-9pm",
        "fire-friday-night",
        "sixty-residents-evacuated",
        "at-scene-until-monday",
        "still-burning-saturday-morning",
    ],
    "1ecb": [
        "reid-aged-33",
        "checked-in-tuesday-dec-9",
        "american-pie-1999",
        "half-hour-show",
        "a-million-guys",
    ],
    "21ecbplus": [
        "victim-aged-59",
        "driver-aged-23",
        "crash-friday-sept-13",
        "about-7-pm",
        "camry-2013-model",
        "mother-of-two",
        "two-grandchildren",
    ],
    "23ecbplus": [
        "rait-aged-36",
        "buckley-aged-32",
        "rait-fell-150m-200ft",
        "buckley-fell-2000ft",
        "rait-died-friday",
        "buckley-fell-saturday",
        "body-recovered-sunday",
        "helicopter-called-3pm",
        "three-companions",
        "two-deaths",
    ],
    "6ecbplus": [
        "ross-paid-3-million",
        "backend-5-percent",
        "release-november-22-2013",
        "gross-to-date",
        "talks-began-three-weeks-before-opening",
        # added after the draw's end column: which work of a series (FINDINGS)
        "third-film-mockingjay",
        # "appear in the second movie" / "The second film in the Hunger Games trilogy"
        "second-film-catching-fire",
        # "the third highest grossing opening weekend title" / "the third - biggest domestic debut
        # weekend": one kind ranked by one measure
        "third-biggest-opening-weekend",
    ],
    # the eighteenth pass's draw (an eighth, held out until the helpers had landed): what the
    # tool finds at its end, which the pass's work on the older golds did not move (84 of 112)
    "18ecb": [
        "suspect-aged-61",
        "victim-aged-40",
        "shooting-friday",
        "charged-saturday",
        "entered-about-4pm",
        "surrendered-just-after-6pm",
        "negotiations-two-hours",
        "about-a-dozen-at-party",
        "one-man-killed",
        "fired-thursday-dec-11",
        "aiming-at-second-floor",
        "fiji-auto-told-at-530pm",
        # "at about 4 : 20 p.m." / "at about 4:20 p.m.": a time both tell as estimated
        "hacker-looked-out-at-420pm",
    ],
    "20ecb": [
        "magnitude-5.6",
        "quake-on-sunday",
        "injured-five-or-two",
        "seven-km-east-of-dargahan",
        "tents-2000",
        # "at 17:06 hours local time (13:36 GMT)" / "at 17:06 pm (1336 GMT)": a minute off the
        # programmes' five-minute grid, placed in Tehran by one and in Hormozgan by the other
        "struck-at-1706-local-1336-gmt",
    ],
    "30ecbplus": [
        "egypt-cut-tuesday-16-august",
        "downtime-from-0830-0631gmt",
        "resolved-0940",
        "malfunctioned-since-late-2007",
        "october-outage-began-saturday-8-october",
        "repair-estimate-twelve-days",
        "some-services-restored-saturday-afternoon",
        "business-customers-restored-14-october",
        "mweb-83-percent",
        "mweb-bandwidth-last-night-10-october",
        # "from midnight to 7am", "over the next day or two", "1hr 4 mins": read as nothing before
        "p2p-from-midnight",
        "p2p-to-7am",
        "next-day-or-two",
        "total-downtime-1hr-4min",
    ],
    "37ecbplus": [
        "magnitude-6.1",
        "quake-on-tuesday",
        "depth-10km",
        "epicentre-55km-from-bireun",
        "72km-southeast-of-reuleuet",
        "320km-from-banda-aceh",
        "death-toll",
        "total-injured",
        "clinic-received-around-50",
        "around-30-seriously-injured",
        "two-trucks",
        "shaking-15-seconds-or-one-minute",
        "four-died-in-hospitals",
        "over-300-buildings-damaged",
        "mosque-six-children-killed",
        "takengon-five-injured",
        "takengon-10-houses",
        "two-missing",
        "two-homes-flattened",
        "elianita-aged-22",
        "apec-second-floor",
        "tsunami-2004",
        "tsunami-2004-killed-170000-in-aceh",
        "tsunami-2004-killed-230000-overall",
        "tsunami-2004-magnitude-9.1",
        "tsunami-2004-35000-never-recovered",
        "quake-2012-magnitude-8.6-or-8.7",
        "quake-2012-april-or-may",
        "quake-2012-431km-off-banda-aceh",
        "quake-2012-five-died",
        "quake-2012-seven-injured",
        "padang-september-2009",
        "padang-over-1000-dead",
        # "at 0737 GMT" (read as nothing before), "at 7 : 37 AM local time" of two places
        "struck-at-0737-gmt",
    ],
    "41ecbplus": [
        "bombing-thursday-10-november",
        "bombing-time-about-3pm",
        "bombs-dropped-four-or-five",
        "three-further-explosions",
        "crater-two-metres",
        "camp-population",
        "walked-at-least-seven-days",
        "camp-distance-from-border",
        "lang-12-killed",
        "guffa-killed-seven",
        "guffa-bombing-day",
        "kiir-statement-thursday",
        "boyette-15-journalists",
        "boyette-five-aid-workers",
        "fighting-since-june-or-july",
        "independence-july",
        "peace-deal-2005",
        "war-1983-2005",
        "war-dead-2-million",
        "war-since-1955",
        "two-civil-wars",
        "more-than-five-decades",
        "fire-100m-from-compound",
        "complaint-last-week",
    ],
    # the nineteenth pass's draw (a ninth, held out until the helpers had landed): what the
    # tool finds at its end (85 of 127; 81 at the start, with two must-not pairs held)
    "19ecb": [
        "victim-age-15",
        "shooting-date-sat-dec-6",
        "riots-saturday-dec-13",
        "injured-70-or-100",
        "arrested-200-then-400",
        "damaged-shops-355-or-565",
        "ethnos-poll-83.3",
        "poll-published-sunday",
        "junta-fell-1974",
        "kyriakides-age-32",
        "two-officers-arrested",
        "banks-attacked-saturday",
        "rally-monday-police-hq",
    ],
    "31ecb": [
        "hansbrough-20-points",
        "final-score-91-73",
        "ford-record-2290",
        "ford-career-ended-1978",
        "career-points-now-2301-2302",
        "needed-nine-points",
        "unc-record-10-0",
        "evansville-7-2",
        "ely-23-points",
        "lawson-16-points",
        "green-14-points",
        "hansbrough-nine-rebounds",
        "game-thursday-night",
        "record-stood-30-years",
        "sign-tyler-2291",
        "redick-acc-record-2769",
        "hansbrough-height-6-9",
    ],
    "29ecb": [
        "final-score-31-24",
        "manning-364-yards",
        "manning-three-touchdowns",
        "manning-29-of-34",
        "manning-first-17-passes",
        "colts-eighth-straight-win",
        "seventh-straight-playoff-berth",
        "colts-record-11-4",
        "jaguars-record-5-10",
        "no-5-seed",
        "ratliff-return-35-yards",
        "fourth-quarter-deficit-24-14",
        "garrard-329-yards",
        "garrard-28-of-41",
        "seventeen-unanswered-fourth",
        "vinatieri-45-yard-fg",
        "halftime-17-7",
        "wayne-41-yard-td",
        "clark-one-yard-td",
        "final-drive-7-yard-line",
        "game-thursday-night",
        "collier-shot-september",
        "finnegan-fined-25000",
        "stanley-out-6-8-months",
        "jones-six-week-suspension",
        "jones-injured-two-sundays-ago",
        "boldin-sunday-at-new-england",
        "jackson-last-two-weeks",
        "stanley-injured-sunday-seattle",
    ],
    "43ecbplus": [
        "price-334-million",
        "cash-281-million",
        "announced-wed-feb-29-2012",
        "seamicro-80-employees",
        "doe-grant-9.3-million",
        "opteron-seamicro-second-half-2012",
        "deal-closes-march",
        "power-one-quarter",
        "atom-768-cores",
        "guidance-2012-unchanged",
        "accretive-after-2012",
    ],
    "7ecbplus": [
        "stopped-in-sixth-round",
        "knockdown-fifth-round",
        "stoppage-at-2-56",
        "klitschko-age-36",
        "thompson-age-40",
        "klitschko-record-58-3",
        "klitschko-51-kos",
        "thompson-record-36-3",
        "thompson-24-kos",
        "crowd-22000",
        "steward-turned-68",
        "fight-saturday",
        "first-fight-2008",
        "five-rounds-sooner",
        "vitali-charr-sept-8",
    ],
    # the twentieth pass's draw (a tenth, held out until the helpers had landed): what the
    # tool finds at its end (48 of 79; 47 at the start, with two must-not pairs held)
    "11ecb": [
        "election-sunday-dec-14",
        "over-2000-booths",
        "125-seats",
        "polls-close-6pm",
        "turnout",
        "eligible-2-5-million",
        "288-candidates",
        "niyazov-died-2006",
        "peoples-council-2507",
        "constitution-council-september",
        "term-five-years",
    ],
    "33ecbplus": [
        "shooting-fri-oct-21-2011",
        "shooting-at-2-18-pm",
        "horton-age-34",
        "mother-of-12",
        "lopez-age-20",
        "lopez-18-at-shooting",
        "carrasquillo-age-24",
        "armstead-age-32",
        "girl-age-11",
        "video-shown-thu-apr-11",
        "trial-resumes-monday",
        "two-defendants",
    ],
    "38ecbplus": [
        "magnitude-4-6",
        "quake-at-2-09-am",
        "quake-thursday-march-14",
        "14-miles-from-healdsburg",
        "depth",
    ],
    "42ecbplus": [
        "business-registration-april-29",
        "announced-today-april-24",
        "business-price-119-99",
        "consumers-june",
        "monthly-payment-20-dollars",
    ],
    "5ecbplus": [
        "obrien-fired-monday-may-23",
        "record-43-39",
        "nearly-three-weeks-after-season",
        "cheeks-fired-march-2",
        "portland-record-162-139",
        "fourth-highest-win-total",
        "cheeks-age-48",
        "21st-head-coach",
        "played-11-seasons",
        "seven-seasons-assistant",
        "drafted-1978",
        "drafted-second-round",
        "four-time-all-star",
        "blazers-hired-june-27-2001",
        "cheeks-introduced-tuesday",
    ],
    # the twenty-first pass's draw (an eleventh, held out until the helpers had landed): what
    # the tool finds at its end (93 of 140, as at the start; seven must-not pairs held)
    "12ecb": [
        "captured-23-pirates",
        "operation-saturday",
        "12-somalis",
        "11-yemenis",
        "seven-ak47s",
        "three-other-rifles",
        "13-loaded-magazines",
        "three-outboard-motors",
        "warship-13-nautical-miles-away",
        "150-nautical-miles-off-aden",
        "dhow-10-metre",
        "pirate-boats-two",
        "tabar-last-month",
        "tabar-sinking-nov-19",
        "tabar-rescued-two-vessels",
        "supertanker-100-million",
        "1500-pirates-puntland",
        "cruise-420-passengers",
        "nearly-100-attacks-this-year",
        "somalia-no-government-since-1991",
        "stolt-valor-18-sailors",
        "go-ahead-october-23",
        "gortney-friday",
    ],
    "25ecb": [
        "placed-on-ir-wednesday",
        "miss-final-two-games",
        "injured-last-thursday",
        "chicago-loss-week-15",
        "chicago-loss-27-24",
        "missed-four-games",
        "first-injury-october-19",
        "rushing-404-yards",
        "rushing-two-touchdowns",
        "catches-52",
        "receiving-440-yards",
        "receiving-four-tds",
        "three-punt-return-tds",
        "carries-106",
        "age-23",
        "chicago-game-30-yards",
        "chicago-game-six-carries",
        "played-10-games",
        "lions-0-14",
        "bell-six-carries",
        "bell-signed-week-12",
        "draft-year-2006",
    ],
    "27ecb": [
        "patch-released-wednesday",
        "two-million-users-hacked",
        "fix-in-eight-days",
        "in-circulation-since-early-december",
        "victims-up-50-percent-daily",
        "estimate-monday",
        "233000-pages",
        "infected-sites-10000",
        "ie-market-share",
        "300-distinct-updates",
        "patch-tuesday-second-tuesday",
        "hundreds-of-millions-auto-update",
    ],
    "28ecbplus": [
        "body-found-tuesday-july-27",
        "died-saturday-july-24",
        "age-75",
        "payoffs-300000",
        "served-four-and-a-half-months",
        "key-biscayne-meeting-1972",
        "oil-field-30-million",
        "oil-field-sale-year",
        "goldwater-1964",
        "gray-four-blocks",
        "two-post-reporters",
        "mitchell-creep-1972",
    ],
    "40ecbplus": [
        "wwdc-this-year-2012",
        "announced-today-monday",
        "mbp-13-and-15-inch",
        "mbp-refresh-2-7ghz",
        "mbp-refresh-turbo-3-7ghz",
        "mbp-refresh-8gb-ram",
        "mbp-graphics-60-percent-faster",
        "mbp-13-base-price",
        "mbp-15-price-1799",
        "mbp-15-upgraded-2199",
        "no-updated-17-inch",
        "retina-battery-7h",
        "retina-standby-30-days",
        "retina-thickness-0-71",
        "retina-weight-4-5-pounds",
        "retina-2880x1800",
        "retina-16gb-ram",
        "retina-768gb-flash",
        "retina-2-7ghz",
        "retina-two-thunderbolt",
        "air-11-price-999",
        "air-13-price-1199",
        "air-1-7ghz",
        "air-512gb-option",
    ],
    # the twelfth draw (twenty-second pass)
    "2ecbplus": [
        "degeneres-second-oscar-hosting",
        "first-hosted-2007",
        "79th-academy-awards",
        "announced-friday-aug-2",
        "oscars-next-year-2014",
        "85th-academy-awards",
    ],
    "32ecbplus": [
        "john-jenkin-age-23",
        "alice-mcmeekin-age-58",
        "katie-jenkin-age-20",
        "bodies-found-saturday-8-june",
        "bodies-found-8-40am",
        "police-called-8-39am",
        "arrested-9-35am",
        "trial-october-28",
        "trial-three-days",
        "plea-hearing-september-6",
        "crown-court-hearing-wed-12-june",
    ],
    "35ecbplus": [
        "williams-arrest-sunday-feb-1",
        "williams-stop-1-30-am",
        "williams-age-32",
        "team-second-dui-arrest",
        "within-less-than-a-month",
        "jackson-arrest-jan-6",
        "jackson-arrest-five-days-before-playoff",
        "jackson-court-feb-17",
        "results-in-a-few-weeks",
        "not-submitted-as-of-tuesday-feb-3",
        "williams-11-year-veteran",
        "chargers-8-8-record",
        "blood-alcohol-0-07",
        "legal-limit-0-08",
        "results-released-wednesday-apr-1",
    ],
    "44ecbplus": [
        "eyp-350-employees",
        "eyp-13-offices",
        "announced-monday-nov-12",
        "opsware-1-6-billion",
    ],
    "9ecbplus": [
        "obama-memo-tuesday-march-3",
        "interior-160th-anniversary",
        "esa-more-than-three-decades",
        "bush-rule-december-2008",
        "consultation-more-than-two-decades",
        "consultation-regs-1986",
        "letters-1300-biologists",
        "societies-20000-scientists",
        "three-scientific-societies",
        "two-letters",
        "may-9-deadline",
        "omnibus-signed-march-11",
        "rescind-within-60-days",
        "rescission-tuesday-april-28",
    ],
    # the thirteenth draw (twenty-third pass)
    "10ecb": [
        "angels-offer-eight-years",
        "angels-offer-at-least-160m",
        "nationals-offer-eight-years",
        "nationals-offer-160m",
        "orioles-offer-seven-years",
        "orioles-offer-low-140m",
        "orioles-offer-high-150m",
        "teixeira-age-28",
        "angels-54-games",
        "angels-13-homers",
        "angels-43-rbis",
        "season-33-homers",
        "season-121-rbi",
        "hunter-90m-record",
        "moreno-met-boras-tuesday",
        "reagins-confirmed-friday",
    ],
    "21ecb": [
        "victim-age-66",
        "driver-age-36",
        "struck-wednesday-night",
        "struck-about-7-pm",
        "dragged-10-feet",
        "blood-alcohol-0-41",
        "five-times-legal-limit",
        "charged-friday",
        "third-degree-murder",
        "three-counts-vehicular-homicide",
        "court-next-monday",
        "half-liter-vodka",
        "prior-dui-from-1990",
        "prior-dui-to-1991",
        "struck-two-other-vehicles",
        "victim-identified-thursday",
        "benson-two-sons",
    ],
    "36ecb": [
        "two-leaders-arrested",
        "blackmore-20-wives",
        "oler-two-wives",
        "issue-over-20-years",
        "oler-age-44",
        "blackmore-age-52",
        "blackmore-sect-400",
        "blackmore-ousted-2003",
        "special-prosecutor-june",
        "seven-month-review",
        "rcmp-investigation-fall-2005",
        "investigation-completed-sept-2006",
        "arrested-wednesday",
        "announced-wednesday",
        "charges-filed-tuesday",
        "court-wednesday-afternoon",
        "blackmore-charge-may-1-2005",
        "oler-charge-nov-1-2004",
        "dozens-of-children",
        "two-earlier-legal-opinions",
    ],
    "6ecb": [
        "new-moon-second-book",
        "release-late-2009",
        "release-early-2010",
        "twilight-first-film",
    ],
    "8ecb": [
        "explosion-friday",
        "officials-said-saturday",
        "reward-35000",
        "victims-age-51",
        "chief-russell-age-46",
        "hakim-second-bomb-tech-killed",
        "hakim-two-children",
    ],
    # the fourteenth draw (twenty-fourth pass)
    "13ecb": [
        "fire-friday-night",
        "fire-9-40pm",
        "damage-1-million",
        "congregation-1000",
        "two-children-inside",
        "five-women-inside",
        "firefighters-40",
        "congregation-30-years",
        "candidate-since-aug-29",
        "palin-visit-saturday",
        "kroon-said-saturday",
        "damage-estimate-said-saturday",
        "services-sunday",
    ],
    "1ecbplus": [
        "rehab-90-days",
        "lohan-age-26",
        "hearing-thursday-may-2",
        "morningside-thursday",
        "betty-ford-early-friday",
        "betty-ford-1-30am",
        "previous-betty-ford-2010",
    ],
    "24ecb": [
        "four-robbers",
        "two-dressed-as-women",
        "loot-euros",
        "loot-dollars",
        "robbery-thursday",
    ],
    "3ecbplus": [
        "comeaux-age-49",
        "two-guards",
        "escape-monday-nov-30",
        "three-life-sentences",
        "two-extra-life-sentences",
        "life-conviction-1998",
        "returned-june-1999",
        "stabbing-1999",
        "stabbed-17-times",
        "imprisoned-feb-1979",
        "three-sentences",
        "ten-year-sentences",
        "returned-may-1984",
        "twenty-year-sentence",
        "parole-1991-1998",
        "height-6-feet",
        "weight-200-pounds",
        "shotgun-12-gauge",
        "two-pistols",
    ],
    "4ecbplus": [
        "williams-age-91",
        "died-thursday-june-6",
        "musicals-1940s-1950s",
    ],
    # the fifteenth draw (twenty-fifth pass)
    "14ecbplus": [
        "fire-sunday-july-21",
        "called-6am",
        "pitman-age-24",
        "half-entrance-roof",
    ],
    "16ecb": [
        "two-suspects",
        "shot-aug-2",
        "announced-saturday",
    ],
    "22ecb": [
        "smith-age-60-61",
        "two-women-killed",
        "two-counts",
        "killings-1967",
        "forty-one-years",
        "arrested-friday",
    ],
    "23ecb": [
        "two-nights",
    ],
    "26ecb": [
        "lo-presti-age-52",
        "arrested-tuesday",
        "found-dead-tuesday-night",
        "police-said-wednesday",
    ],
    "34ecb": [
        "gupta-age-39",
        "reported-tuesday",
    ],
    "39ecb": [
        "smith-age-26",
        "eleventh-doctor",
        "ten-previous-actors",
        "show-45-years",
        "debut-2010",
        "unveiled-saturday",
    ],
    "45ecb": [
        "convicted-nov-12-friday",
        "peterson-age-32",
    ],
}


# must-not pairs the tool still holds, each entered with its cause: strict, so that the day one
# is mended its entry must go. 38ecbplus: "approximately twenty - six miles from Santa Rosa" is
# said of a June 2012 quake that two sentences before named (38_11ecbplus), no "about 26 miles
# north of Santa Rosa" of this one (38_8ecbplus); a figure's time is read in its own sentence.
# The eleventh draw's seven: 25ecb's "four games" Bush missed in 2007 ("the final four games of
# the 2007 season", 25_7ecb) and this season (25_1ecb), and "two touchdowns" of two running backs
# (25_10ecb's Thomas, 25_8ecb's Bush), each told of a "he"; ECB+ articles have no date that would
# set this season apart from 2007, and the holders are pronouns. 40ecbplus, a line-up of laptops:
# one price or one chip of two models ("$1,099 for the base 13-inch version" of the MacBook Pro,
# "a higher-tier model for $1099" of the Air; "$1,199" of the 13-inch Air and of the 13-inch Pro;
# "$2,199" of the Retina model and of the upgraded 15-inch; "2.3GHz" of the 15-inch Pro and of the
# Retina; "up to 3.7GHz" of the refreshed Pro and of the Retina's i7), the model named sentences
# before or not at all. The fourteenth draw's one: 3ecbplus's "crimes he committed in three
# Texas counties" (3_6ecbplus), in a sentence of his life sentence, and "three life sentences"
# (3_9ecbplus), joined through "a life sentence for several charges"; the count's noun is not
# read apart. (Its other two are mended: 1ecbplus's "a prosecutor said Friday", a statement's
# day, against "Early Friday morning" of Lohan's arrival at Betty Ford; and 4ecbplus's "As news
# of her death spread Thursday", the news's day, against "Williams died early Thursday".)
# 27ecb's "more than half-a-dozen versions of IE" (27_7ecb), read as six since the twenty-fourth
# pass (it was "a dozen" before, twelve), and "at least six distinct versions of attack code"
# (27_8ecb): two bounds of six that overlap, of one noun "versions" of two things, told in windows
# alike; the noun's complement ("of IE", "of attack code") is not read.
HELD = {
    ("38ecbplus", "38_11ecbplus@1311", "38_8ecbplus@100"),
    ("25ecb", "25_7ecb@1853", "25_1ecb@393"),
    ("25ecb", "25_10ecb@761", "25_8ecb@484"),
    ("40ecbplus", "40_1ecbplus@572", "40_2ecbplus@454"),
    ("40ecbplus", "40_2ecbplus@528", "40_4ecbplus@1053"),
    ("40ecbplus", "40_8ecbplus@1331", "40_1ecbplus@691"),
    ("40ecbplus", "40_9ecbplus@761", "40_10ecbplus@190"),
    ("40ecbplus", "40_4ecbplus@713", "40_8ecbplus@1346"),
    ("3ecbplus", "3_6ecbplus@423", "3_9ecbplus@178"),
    ("27ecb", "27_8ecb@469", "27_7ecb@776"),
}


@cache
def _drawn(cluster: str) -> HandGold:
    return hand_gold(Path(__file__).parent / "ecbplus_hand_gold" / f"{cluster}.txt")


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    folder = shared_path("corpus", "ecbplus", "clusters")
    return {
        name: run(Settings(paths=[str(folder / f"{name}.jsonl")], format="json", jobs=1))
        for name in sorted({*FOUND, *APART, *DRAWN})
    }


@pytest.mark.parametrize(
    ("cluster", "what", "where"),
    [(cluster, what, where) for cluster, figures in FOUND.items() for what, where in figures],
)
def test_a_figure_of_several_articles_is_found_in_each(reports, cluster, what, where):
    report = reports[cluster]
    held = [findings_at(report, article, offset) for article, offset in where]
    assert all(held), f"{what}: a figure of no claim or no finding"
    assert set.intersection(*held), f"{what}: its articles' claims are in different findings"


@pytest.mark.parametrize(
    ("cluster", "one", "other"),
    [(cluster, one, other) for cluster, pairs in APART.items() for one, other in pairs],
)
def test_figures_of_two_events_are_never_held_together(reports, cluster, one, other):
    report = reports[cluster]
    assert not findings_at(report, *one) & findings_at(report, *other)


@pytest.mark.parametrize(
    ("cluster", "figure"), [(cluster, name) for cluster, names in DRAWN.items() for name in names]
)
def test_a_figure_of_the_fourth_draw_is_found(reports, cluster, figure):
    assert found_in_two(reports[cluster], _drawn(cluster).figures[figure])


@pytest.mark.parametrize(
    ("cluster", "one", "other"),
    apart_params(
        ((cluster, one, other) for cluster in DRAWN for one, other in _drawn(cluster).apart), HELD
    ),
)
def test_figures_of_two_events_of_the_fourth_draw_are_never_held_together(
    reports, cluster, one, other
):
    assert not holding(reports[cluster], one) & holding(reports[cluster], other)
