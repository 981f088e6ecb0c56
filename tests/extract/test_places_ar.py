"""Arabic places: "كلم" is a kilometre; "في العاصمة" alone is the capital of the one country
its sentence names, but an adjective after it other than a demonym names another city
("العاصمة المقدسة" is Mecca, "العاصمة المؤقتة عدن" Aden)."""

from __future__ import annotations

from factcheck.align.compare import places_differ
from factcheck.extract.context import lead_places
from factcheck.models import LEARNED
from tests.extract.by_text import claims_of_the_day


def test_the_holy_capital_is_mecca_not_riyadh():
    # SaudiNewsNet snn-2015-08-10-0864: read as the capital of the country of "مكة المكرمة",
    # the heritage quarter's area was Riyadh's, apart from the same figure of five outlets
    claims = claims_of_the_day(
        "استعرض صاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة "
        "مكة المكرمة في ديوان الإمارة بالعاصمة المقدسة أمس مشروع الحي التراثي الذي سيقام على "
        "أرض البوابة غربي مكة المكرمة.  وبحسب العرض فإن المشروع يقع على بعد 20 كلم من العاصمة "
        "المقدسة، و55 كلم من جدة، فيما تبلغ المساحة الإجمالية للحي التراثي أكثر من 693 ألف "
        "متر مربع، وستراعى فيه المحافظة على تراث مكة المكرمة."
    )
    assert (claims["20 كلم"].unit, claims["20 كلم"].location) == ("km", "saudi/mecca")
    assert claims["أكثر من 693 ألف متر مربع"].location != "saudi/riyadh"


def test_a_temporary_capital_is_the_city_it_names():
    # made up on SaudiNewsNet snn-2015-08-10-1467's "في العاصمة المؤقتة عدن", whose two
    # sentences in the corpus hold no figure: read as the capital of Yemen, it was Sanaa
    claims = claims_of_the_day("استلمت قوات الأمن 12 موقعا في العاصمة المؤقتة عدن.")
    assert claims["12"].location == "yemen/aden"


def test_the_floods_are_no_seoul():
    # SaudiNewsNet snn-2015-08-09-0338 (and -0675, -1068; "بتكلفة إجمالية قدرها 542.963,440"
    # there): "السيول" is floods; read as سيول with the article, it made 43 figures of the week
    # Seoul's and split one sum's agreement of seven outlets in two
    claims = claims_of_the_day(
        "وأوضحت الوزارة، أن المشروعات الجديدة تم تنفيذها وفق رؤية واضحة للأولويات واحتياجات "
        "المدينة المنورة وللمناطق الأكثر عرضة لمخاطر الأمطار والسيول بتكلفة 542.963 مليون ريال."
    )
    assert claims["542.963 مليون ريال"].location == "saudi/medina"


def test_a_place_after_a_place_noun_with_a_preposition_is_where_the_figure_holds():
    # SaudiNewsNet (the Abha mosque bombing, 2015-08-07): "في مدينة أبها" is as much "in Abha"
    # as "في أبها"; the noun between them left Abha a weak mention, which a demonym's country
    # (السعودية) or a learned name outweighed
    claims = claims_of_the_day(
        "مسجد لقوات الطوارئ في مدينة أبها السعودية، مما أسفر عن «استشهاد» 17 من رجال الأمن وإصابة "
        "العشرات."
    )
    assert claims["العشرات"].location == "saudi/abha"


def test_a_name_learned_inside_a_known_place_is_of_its_country():
    # SaudiNewsNet snn-2015-08-07-1081: "في جزيرة سترة بالبحرين" left the learned name without
    # its country, and the sentence's other country (Iran, where the explosives came from) took
    # it; snn-2015-08-07-0866: the Kuwait mosque bombing's toll "في منطقة الصوابر بالكويت"
    sitra = claims_of_the_day(
        "ورأينا في 27 يوليو استشهاد اثنين من رجال الأمن وإصابة خمسة آخرين في جزيرة سترة بالبحرين "
        "بتفجير استخدم فيه النوع نفسه من المتفجرات الذي حاول الإرهابيون تهريبه من إيران."
    )
    assert sitra["خمسة آخرين"].location == "bahrain/~ستره"
    sawaber = claims_of_the_day(
        "وتعرض مسجد الإمام الصادق الكائن في منطقة الصوابر بالكويت العاصمة إلى تفجير إرهابي في 26 "
        "يونيو الماضي خلال صلاة الجمعة في شهر رمضان المبارك مما أدى إلى استشهاد 26 شخصا وإصابة "
        "227."
    )
    assert sawaber["26 شخصا"].location == "kuwait/~صوابر"


def test_a_news_agencys_demonym_is_no_owner_of_the_figure():
    # SaudiNewsNet snn-2015-08-08-0078: "لوكالة الصحافة الفرنسية" (AFP) made Kabul's toll
    # France's, apart from every other outlet's Afghan toll (87 figures of the week so owned)
    claims = claims_of_the_day(
        "وقال سيد ظافر هاشمي لوكالة الصحافة الفرنسية، إن «عدد الذين قتلوا في الاعتداء صباح الجمعة "
        "في كابل ارتفع إلى 15 قتيلاً وأكثر من 240 جريحًا بينهم 47 امرأة و33 طفلاً». وكانت حصيلة "
        "سابقة تفيد عن ثمانية قتلى وأكثر من مائة جريح جراء هذا الاعتداء الذي لم تعلن أي جهة "
        "مسؤوليتها عنه."
    )
    assert (claims["15 قتيلاً"].subject, claims["15 قتيلاً"].location) == (
        "deaths",
        "afghanistan/kabul",
    )
    # "وكانت حصيلة سابقة": the figure an earlier toll gave, which the 15 replaced
    assert claims["ثمانية قتلى"].cue == "old:previous"


def test_a_state_is_a_place_within_its_country():
    # SaudiNewsNet snn-2015-08-09-0932: Kansas was learned after "بولاية", a name of no country,
    # apart from every American place; the gazetteer's state lies in the US
    claims = claims_of_the_day(
        "ويدرس الطالب المبتعث السعودي (23 عاما) الهندسة الكهربائية في جامعة ويتشيتا بولاية "
        "كانساس الأمريكية."
    )
    assert claims["23 عاما"].location == "us/kansas"


def test_a_name_learned_inside_a_city_is_a_part_of_that_city():
    # SaudiNewsNet snn-2015-08-07-0178: the district learned "في حي سكني في كابل" held only its
    # country, apart from every figure of Kabul ("128 جريحا" of the police chief's count in the
    # same article); it lies in Kabul, comparable with it as part and whole ("سكني" names no
    # district: a residential one of Kabul is Kabul's)
    claims = claims_of_the_day(
        "أسفر هجوم بشاحنة مفخخة في حي سكني في كابل عن سقوط ثمانية قتلى على الأقل وأكثر من مائة "
        "جريح صباح اليوم (الجمعة)، في أول عملية كبيرة في العاصمة الأفغانية منذ تعيين خلف للملا "
        "محمد عمر على رأس حركة طالبان."
    )
    district = claims["وأكثر من مائة جريح"].location
    assert district is not None and district.startswith("afghanistan/kabul")
    assert not places_differ(district, "afghanistan/kabul")
    assert places_differ(district, "afghanistan/~قندوز")


def test_a_demonym_inside_a_currency_names_no_owner():
    # SaudiNewsNet snn-2015-08-10-0312: "دولار أمريكي" made China's trade the United States',
    # kept apart from the same 13.63 trillion yuan of 10-0175, whose sentence gives "دولار"
    claims = claims_of_the_day(
        "وحددت بكين هدف النمو الاقتصادي هذا العام عند نحو 7 في المائة، لكن بيانات معاكسة أظهرت "
        "انكماش التجارة الخارجية للصين بأكثر من 7 في المائة لتصل إلى 13.63 تريليون يوان (2.23 "
        "تريليون دولار أمريكي) في الأشهر السبعة الأولى من العام الحالي قد تعوق هذا الهدف."
    )
    assert claims["لتصل إلى 13.63 تريليون يوان"].subject == "china/*"
    assert claims["2.23 تريليون دولار أمريكي"].unit == "USD"


def test_no_place_is_learned_from_a_word_that_names_none():
    # SaudiNewsNet snn-2015-08-08-1003 (cut short): "في 17 مدينة حول المملكة" learned "~حول",
    # apart from the kingdom the other outlets' 133 self-service machines stood in
    claims = claims_of_the_day(
        "وأوضح المتحدث الرسمي باسم الخطوط السعودية أن “السعودية” وفرت 133 جهازاً جديدا للخدمة "
        "الذاتية في 62 موقعاً في 17 مدينة حول المملكة."
    )
    assert not any(LEARNED in (claim.location or "") for claim in claims.values())
    # snn-2015-08-07-0248: the eurozone is a place of the gazetteer, none of its members
    claims = claims_of_the_day(
        "بينما انخفض المؤشر يورو ستوكس 50 للأسهم القيادية في منطقة اليورو 0.2 في المائة."
    )
    assert claims["0.2 في المائة"].location == "eurozone"
    # ANS ans-stance-train-0538: "ولاية أميركية" is a state of the US, no place "~اميركيه"
    claims = claims_of_the_day("ولاية أميركية تحتل المرتبة العاشرة اقتصاديا")
    assert claims["المرتبة العاشرة"].location == "us"


def test_a_name_that_opens_with_a_common_word_is_learned_whole():
    # SaudiNewsNet snn-2015-08-07-0115 (cut short): "مدينة سان مورتيز" was "~سان", San
    # Francisco's too
    places = lead_places(
        "أقيم المعسكر على مرحلتين الأولى في مدينة سان مورتيز والثانية في لوزان", "ar"
    )
    assert "~سان مورتيز" in places
