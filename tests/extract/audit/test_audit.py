"""Precision and recall of extraction on the hand-labelled audit sample of real news (README.md)."""

from __future__ import annotations

import pytest

from tests.extract.audit.score import LANGUAGES, extract, load, score

GOAL = 0.9  # issue 4: both precision and recall on unseen news
# The measured figures (README.md), held so that no change loses ground. The labels call an
# ordinal or a clock time no claim; a game's minute ("في الدقيقة 76", #40) and a time of day
# ("بحلول الساعة 0632 بتوقيت جرينتش", #129) are claims since the hand golds of unseen groups
# counted them figures two papers state (ar precision 0.958 -> 0.953); likewise the English
# times of day ("at about 12 : 00 GMT", #156; "Shortly after 3 : 30 Tuesday morning", #203:
# six in all, en precision 0.948 -> 0.932); and labels, a calibre, a page and a car's model
# year ("a loaded. 38 - caliber revolver", #114; "page 20", #175; "a 2008 GMC Sierra", #130),
# since the fourth draw's gold counted them figures two papers state (en precision 0.933 ->
# 0.925); and four ordinals that name a thing ("a fifth - floor apartment", #23; "the first
# coach since the 1970 merger", #28; "first - degree murder", #111; "cast as the 12th Doctor",
# #204), since the fifth draw's gold counted such labels figures (en precision 0.925 -> 0.915);
# and a decade in words, "during the early nineteen seventies" (#118), which the labels lack
# though they hold "the 1950s" (en precision 0.915 -> 0.912); and which time of a deed ("the
# third time", #31; "المرة الثالثة", ar #1), a label since the sixth draw's Arabic groups
# counted "للمرة الخامسة" a figure papers state (en precision 0.912 -> 0.910, ar 0.953 ->
# 0.951); and records, the first of a kind to do something ("for the first time in post -
# Soviet Turkmenistan's history", #37, #121; "Becomes The First Indian movie to be featured",
# #181), labels since the sixth draw's gold counted such firsts figures papers state (en
# precision 0.911 -> 0.903, after two labels the sample had missed were added: README.md); and
# which of its kind, "ويعد السجل السعودي الأول من نوعه عربيًا" (ar #81), a label since the sixth
# draw's gold counted it a figure three papers state (ar precision 0.951 -> 0.949); and
# which of a streak, "this win, their eighth straight" (#34), a label since the ninth draw's
# gold counted "seventh straight playoff berth" a figure four papers state (en precision
# 0.903 -> 0.900); and an Arabic first named by its noun and adjective with no determiner,
# "بافتتاح أول مشروع قومي عملاق" (ar #41), "أول زيارة لسموه" (#118), labels since the ninth
# draw's gold counted "أول رحلة دولية" a figure seven papers state (ar precision 0.949 -> 0.947);
# and the two minutes of a rank word's dual, "في الدقيقتين 43 و57" (#192), ranks as the single
# minute is (#40), since the eleventh draw's gold counted them figures five papers state (ar
# precision 0.947 -> 0.942).
FLOOR = {"en": (0.900, 0.967), "ar": (0.942, 0.957)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_ground_lost(language: str) -> None:
    result = score(language)
    precision, recall = FLOOR[language]
    assert result.precision >= precision and result.recall >= recall, result.errors


@pytest.mark.parametrize("language", LANGUAGES)
def test_goal(language: str) -> None:
    result = score(language)
    assert result.precision >= GOAL and result.recall >= GOAL, result.errors


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_its_span(language: str) -> None:
    for number, item in enumerate(load(language)):
        for claim in extract(item, language, number):
            assert claim.text == item["sentence"][claim.start : claim.end]


@pytest.mark.parametrize("language", LANGUAGES)
def test_gold_spans_are_in_their_sentence(language: str) -> None:
    for item in load(language):
        for gold in item.get("claims") or []:
            assert gold["text"] in item["sentence"]
