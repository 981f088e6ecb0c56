"""The generated gazetteer of the world's places (lexicons/*/places_world.json, written by
tools/build_gazetteer.py): a city lies in its province and its country, and a generated name
counts only where the reader reads a place."""

import pytest

from factcheck.align.compare import places_differ
from factcheck.extract.context import lead_places
from factcheck.lang.lexicon import load
from factcheck.lang.normalize import fold_word
from factcheck.resources import LEXICONS
from tests.extract.by_text import claims_by_text
from tools import build_gazetteer


def test_a_city_lies_in_its_province_and_country():
    # ECB+ 20_1ecb: "Bandar Abbas" was learned ("iran/~bandar abbas"), apart from the "Iran" of
    # the other outlets' seven dead
    claims = claims_by_text(
        "1 struck southern Iran in September near the port city of Bandar Abbas, on the mainland "
        "near Qeshm island, killing at least seven people and injuring 40, 15 of them on Qeshm.",
        "en",
    )
    dead = claims["at least seven people"].location
    assert dead == "iran/hormozgan/bandar_abbas"
    assert not places_differ(dead, "iran/hormozgan")
    assert places_differ(dead, "iran/tehran")
    # ...and, as a learned name, apart from a bare "Iran" but for the gate's one statement:
    # the SaudiNewsNet week's Baquba bomb (snn-2015-08-11-0776, "iraq/diyala/baqubah") is not
    # the other blast "شرقي المدينة" its headline places in Iraq
    assert places_differ(dead, "iran")
    assert not places_differ(dead, "iran", learned_within=True)


def test_a_town_of_a_province_the_hand_gazetteer_types_a_city():
    # ECB+ 37_2ecbplus: "the town of Bireun" was learned in Indonesia only, apart from Aceh
    claims = claims_by_text(
        "The epicenter was situated 55 kilometers (34 miles) west of the town of Bireun on the "
        "western tip of Sumatra Island.",
        "en",
    )
    assert claims["55 kilometers"].location == "indonesia/aceh/bireun"
    assert not places_differ(claims["55 kilometers"].location, "indonesia/aceh")


def test_a_city_before_an_apposition_that_says_it_is_one():
    # ECB+ 37_6ecb's headline: Manokwari in West Papua, which the news call Papua
    places = lead_places(
        "A series of powerful earthquakes rocked Manokwari, the capital of West Papua, on Sunday,"
        " killing four people, injuring dozens and destroying hundreds of buildings.",
        "en",
    )
    assert "indonesia/papua/manokwari" in places


def test_an_arabic_city_after_a_noun_of_place():
    # SaudiNewsNet snn-2015-08-11-0051: "بمدينة بعقوبة" was learned ("iraq/~بعقوبه"), never
    # one with the English "Baquba" of the same bomb
    claims = claims_by_text(
        "قالت مصادر أمنية وطبية إن 24 شخصا على الأقل قتلوا وأصيب 55 اخرون اليوم الاثنين عندما "
        "انفجرت سيارة ملغومة في سوق بمدينة بعقوبة بشرق العراق.",
        "ar",
    )
    assert claims["24 شخصا على الأقل"].location == "iraq/diyala/baqubah"


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        # ECB+ 31_2ecbplus: a team, no city
        (
            "Wichita State survived a close game against Missouri State Friday evening, and "
            "Illinois State broke away late from Northern Iowa to advance as the six - seed.",
            "en",
            set(),
        ),
        # ECB+ 1_2ecbplus: Newport Beach, which the gazetteer lacks, is no Newport of Wales
        (
            "Mark Jay Heller told a judge that Lohan was settling in at Morningside Recovery, a "
            "treatment facility in Newport Beach.",
            "en",
            set(),
        ),
        # ECB+ 32_1ecb: an office and a court named after a county (learned), no English city
        (
            "Gary Gomes, 35, was arrested yesterday and will be arraigned today in New Bedford "
            "District Court on two counts of murder and one count of kidnapping in connection "
            "with the homicides, according to the Bristol District Attorney's Office.",
            "en",
            {"~bristol"},
        ),
        # ECB+ 4_7ecb: a hospital named after a person; the city after "in" (a lead's places
        # are its cities and districts, no state)
        (
            "Her breakdown in 1972 after divorcing third husband Harry Lear led to four months' "
            "treatment in Florida's Jackson Memorial Hospital and 20 months in Patton State "
            "Hospital in San Bernardino, California.",
            "en",
            {"us/california/san_bernardino"},
        ),
        # SaudiNewsNet snn-2015-08-10-1256: "بمدية" is "with a knife", not Médéa in Algeria
        (
            "قالت الشرطة السويدية إن شخصين قتلا وأصيب ثالث بجروح بالغة اليوم الاثنين في هجوم "
            "بمدية بأحد متاجر إيكيا في مدينة فيستيراس الواقعة على بعد نحو ساعة غربي العاصمة "
            "ستوكهولم.",
            "ar",
            {"sweden/stockholm", "~فيستيراس"},
        ),
    ],
)
def test_a_generated_name_is_a_place_only_where_a_place_is_read(text, language, places):
    assert lead_places(text, language) == places


def test_words_and_people_are_no_generated_names():
    names = {
        language: {
            fold_word(name)
            for surfaces in load(language, "places_world").values()
            for name in ([surfaces] if isinstance(surfaces, str) else surfaces)
        }
        for language in ("en", "ar")
    }
    words = ["Mobile", "Reading", "Split", "Nice", "Orange", "Of", "Sale", "Bath"]
    people = ["Jackson", "Lincoln", "Victoria", "Florence", "Austin"]
    assert not {fold_word(name) for name in words + people} & names["en"]
    assert not {fold_word(name) for name in ["صور", "حماة", "أمل", "ميدان", "دوري"]} & names["ar"]
    # ...while the cities the news name are there, in both languages
    assert {"manokwari", "bandar abbas", "baqubah"} <= names["en"]
    assert {fold_word("بندر عباس"), fold_word("مانوكواري")} <= names["ar"]


@pytest.mark.parametrize("language", ["common", "en", "ar"])
def test_the_files_are_what_the_generator_writes(language, tmp_path):
    # tools/build_gazetteer.py cannot run here (its sources are downloads): its writer, given
    # what the committed file loads to, must give the file back byte for byte, so a hand edit
    # or a file converted some other way is caught before the next generation undoes it
    written = tmp_path / "places_world.json"
    build_gazetteer._dump(written, load(language, "places_world"))
    assert written.read_bytes() == (LEXICONS / language / "places_world.json").read_bytes()
