"""A place finer than the hand gazetteer reads (a learned name, a place of the generated
gazetteer) and its region (align/compare._finer_in): apart from a bare country, one place with
it where a headline or the country's own sentence tells more (rule FC002
`location_differs_blocks`), on SaudiNewsNet articles run alone."""

from __future__ import annotations

from pathlib import Path

from tests.corpus.by_report import ecb_cluster, held_together, run_alone, snn_lines


def _report(ids: list[str], folder: Path):
    lines = snn_lines(ids)
    return run_alone([lines[article] for article in ids], folder / "story.jsonl")


def test_a_country_whose_sentence_names_the_learned_town_is_that_town(tmp_path: Path):
    # "توفيت مساء أمس الخميس فتاة سعودية تبلغ من العمر 14 عاما في النمسا كانت في رحلة سياحية مع
    # أسرتها بمدينة زيلامسي النمساوية" (snn-2015-08-07-0072, placed in Austria, the nearer) /
    # "توفت فتاة سعودية (14 عاماً) في إحدى مدن الألعاب بمدينة زيلامسي النمساوية"
    # (snn-2015-08-07-0993, "~زيلامسي", a learned name): one girl's age
    report = _report(["snn-2015-08-07-0072", "snn-2015-08-07-0993"], tmp_path)
    assert held_together(report, ("snn-2015-08-07-0072", 75), ("snn-2015-08-07-0993", 18))


def test_a_learned_town_of_a_country_is_not_in_another_articles_headline_state(
    tmp_path: Path,
):
    # "اشتباكات مماثلة حول مقر المخابرات في منطقة صينة، مما أسفر عن مصرع 16 متمردا" in Taiz
    # (snn-2015-08-07-1033, "yemen/~صينه") is not the coalition's "مقتل 16 منهم بجبهة حلحلان"
    # (snn-2015-08-11-0949), which only its headline places, "بمأرب": a learned name of a known
    # country lies in none of its states but the one its own text names
    report = _report(["snn-2015-08-07-1033", "snn-2015-08-11-0949"], tmp_path)
    assert not held_together(report, ("snn-2015-08-07-1033", 299), ("snn-2015-08-11-0949", 498))


def test_two_figures_of_one_sentence_keep_the_places_nearer_each(tmp_path: Path):
    # "أكدت مساء أمس الأربعاء سفارة خادم الحرمين الشريفين لدى الأردن بأنه لا صحة لما يتم تداوله
    # ... عن مقتل مواطن سعودي ثلاثيني في منطقة إربد شمال الأردن يوم أمس الأول"
    # (snn-2015-08-07-0841): the embassy's denial and the death it denies, one day read two
    # ways; the sentence names Irbid and Jordan for both, so it tells nothing of either's place
    report = _report(["snn-2015-08-07-0841"], tmp_path)
    assert not held_together(report, ("snn-2015-08-07-0841", 10), ("snn-2015-08-07-0841", 194))


def test_one_specific_value_of_a_learned_town_and_its_bare_country(tmp_path: Path):
    # "ويعتبر البغلي صاحب ال79 عاماً أحد أكبر المستثمرين الخليجيين بمدينة براهوفا"
    # (snn-2015-08-10-0944, "romania/~براهوفا") / "وخرج البغلي الذي يبلغ من العمر 79 مساء
    # الأربعاء الماضي" (snn-2015-08-10-1246, Romania): one man's age, a value of two digits
    report = _report(["snn-2015-08-10-0944", "snn-2015-08-10-1246"], tmp_path)
    assert held_together(report, ("snn-2015-08-10-0944", 420), ("snn-2015-08-10-1246", 142))


def test_one_specific_value_of_two_finer_places_is_two_values(tmp_path: Path):
    # "سقطوا خلال 48 ساعة بفعل الألغام" in Abyan (snn-2015-08-08-0067) and an ultimatum of "48
    # ساعة" to the Houthis of Dhamar "في اقليم آزال" (snn-2015-08-09-0937): two states' hours
    report = _report(["snn-2015-08-08-0067", "snn-2015-08-09-0937"], tmp_path)
    assert not held_together(report, ("snn-2015-08-08-0067", 924), ("snn-2015-08-09-0937", 829))


def test_a_town_of_sinai_is_within_sinai(tmp_path: Path):
    # "تمكنت من تفجير 7 عبوات ناسفة جنوب الشيخ زويد" (snn-2015-08-10-0380) / "فجرت قوات الأمن
    # سبع عبوات ناسفة" in a story of Arish, North Sinai (snn-2015-08-10-1068): one sweep's seven
    # bombs; Sheikh Zuweid and Arish are towns of Sinai (common/places.yaml), not places apart
    report = _report(["snn-2015-08-10-0380", "snn-2015-08-10-1068"], tmp_path)
    assert held_together(report, ("snn-2015-08-10-0380", 460), ("snn-2015-08-10-1068", 389))


def test_one_specific_value_of_a_learned_name_of_no_known_place_and_a_country():
    # "A 4.2 magnitude earthquake shook a remote area of eastern Sonoma County" (ECB+ 38_2ecb,
    # "~sonoma", a name no known place holds) / "The 4.2-magnitude earthquake was recorded ...
    # according to the US Geological Survey" (38_3ecb, the teller's country): one quake; not the
    # aftershock's "two miles east of The Geysers" (38_3ecb) and the quake's "about two miles
    # from The Geysers" (38_1ecb), a value merely alike
    report = ecb_cluster("38ecb")
    assert held_together(report, ("38_2ecb", 2), ("38_3ecb", 165))
    assert not held_together(report, ("38_3ecb", 591), ("38_1ecb", 269))


def test_a_learned_name_spelt_with_one_letter_otherwise_is_one_place():
    # "roughly 55 kilometers from the town of Bireuen" (ECB+ 37_7ecbplus) / "55 kilometres
    # south of Bireun" (37_11ecbplus): one epicentre
    report = ecb_cluster("37ecbplus")
    assert held_together(report, ("37_7ecbplus", 312), ("37_11ecbplus", 407))
