"""What the reader needs to know of each of the six languages of a provisional agenda.

Month and language names come from CLDR (Babel); the few phrases the United Nations layout
prints (the headings, “continued”, the joint-meeting sentence, the times of the programme)
are in the small tables below, one entry per language, keyed by the site's language codes.
"""

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale

LANGUAGE_CODES = ("ar", "zh-hans", "en", "fr", "ru", "es")
BABEL_LOCALES = {"ar": "ar", "zh-hans": "zh_Hans", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}

# Arabic sub-items are lettered in the order of the abjad: (أ), (ب), (ج), (د), (هـ), (و) ...
ARABIC_LETTERS = {
    "أ": "a",
    "ا": "a",
    "ب": "b",
    "ج": "c",
    "د": "d",
    "هـ": "e",
    "ه": "e",
    "و": "f",
    "ز": "g",
    "ح": "h",
    "ط": "i",
    "ي": "j",
    "ك": "k",
    "ل": "l",
}
ARABIC_LETTER = "|".join(sorted(map(re.escape, ARABIC_LETTERS), key=len, reverse=True))
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


@dataclass(frozen=True)
class Phrases:
    """The words of one language's provisional agenda that CLDR does not know."""

    provisional_agenda: tuple
    titles: tuple
    annotations: tuple
    documentation: tuple
    annex: tuple
    organization_of_work: tuple
    continued: str  # a regular expression
    joint: str  # a regular expression found in every joint-meeting sentence
    resources: str  # a regular expression opening the note on the meeting services
    distribution: dict
    time: str  # a regular expression of one time of day, with groups h, m and mer
    morning: tuple = ()
    afternoon: tuple = ()
    meridiem_before: bool = False  # 上午 10 时: the marker stands before the hour
    joins_without_space: bool = False  # Chinese lines join without a space
    agenda_item: str = ""  # "agenda item" as the joint-meeting sentence opens


GENERAL = {"general": "general", "limited": "limited", "restricted": "restricted"}

PHRASES = {
    "zh-hans": Phrases(
        provisional_agenda=("临时议程",),
        titles=("临时议程说明", "临时议程和说明", "临时议程及说明"),
        annotations=("说明", "临时议程说明"),
        documentation=("文件",),
        annex=("附件",),
        organization_of_work=("拟议工作安排", "工作安排"),
        continued=r"\s*[（(]\s*续\s*[）)]",
        joint=r"联席会议",
        resources=r"^本次会议可供使用的资源",
        distribution=GENERAL,
        time=r"(?P<mer>上午|下午|中午|晚上)?\s*(?P<h>\d{1,2})\s*时(?:\s*(?P<m>\d{1,2})\s*分)?",
        morning=("上午",),
        afternoon=("下午", "晚上"),
        meridiem_before=True,
        joins_without_space=True,
        agenda_item="议程项目",
    ),
    "en": Phrases(
        provisional_agenda=("Provisional agenda",),
        titles=("Provisional agenda and annotations", "Annotated provisional agenda"),
        annotations=("Annotations",),
        documentation=("Documentation",),
        annex=("Annex",),
        organization_of_work=("Proposed organization of work",),
        continued=r"\s*\(continued\)",
        joint=r"joint meeting",
        resources=r"^The resources available",
        distribution=GENERAL,
        time=r"(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<mer>a\.m\.|p\.m\.|noon)?",
        morning=("a.m.",),
        afternoon=("p.m.",),
        agenda_item="agenda item",
    ),
    "fr": Phrases(
        provisional_agenda=("Ordre du jour provisoire",),
        titles=("Ordre du jour provisoire et annotations", "Ordre du jour provisoire annoté"),
        annotations=("Annotations",),
        documentation=("Documentation",),
        annex=("Annexe",),
        organization_of_work=(
            "Projet d’organisation des travaux",
            "Projet d'organisation des travaux",
        ),
        continued=r"\s*\(suite\)",
        joint=r"(?:séances?|réunions?) (?:communes?|conjointes?)",
        resources=r"^Les ressources disponibles",
        distribution={"générale": "general", "limitée": "limited", "restreinte": "restricted"},
        time=r"(?P<h>\d{1,2})\s*(?:h(?:eures?)?)\s*(?P<m>\d{2})?(?P<mer>)",
        agenda_item="point",
    ),
    "es": Phrases(
        provisional_agenda=("Programa provisional",),
        titles=("Programa provisional y anotaciones", "Programa provisional anotado"),
        annotations=("Anotaciones",),
        documentation=("Documentación",),
        annex=("Anexo",),
        organization_of_work=("Propuesta de organización de los trabajos",),
        continued=r"\s*\(continuación\)",
        joint=r"(?:sesiones|reuniones) conjuntas",
        resources=r"^Los recursos disponibles",
        distribution={"general": "general", "limitada": "limited", "reservada": "restricted"},
        time=r"(?P<h>\d{1,2})[.:](?P<m>\d{2})(?P<mer>)",
        agenda_item="tema",
    ),
    "ru": Phrases(
        provisional_agenda=("Предварительная повестка дня",),
        titles=(
            "Предварительная повестка дня и аннотации",
            "Предварительная повестка дня с аннотациями",
        ),
        annotations=("Аннотации",),
        documentation=("Документация",),
        annex=("Приложение",),
        organization_of_work=("Предлагаемая организация работы",),
        continued=r"\s*\(продолжение\)",
        joint=r"совместн",
        resources=r"^Имеющиеся ресурсы",
        distribution={"general": "general", "limited": "limited", "restricted": "restricted"},
        time=r"(?P<h>\d{1,2})\s*(?:ч\.|[.:])\s*(?P<m>\d{2})(?:\s*м\.)?(?P<mer>)",
        agenda_item="пункт",
    ),
    "ar": Phrases(
        provisional_agenda=("جدول الأعمال المؤقت",),
        titles=("جدول الأعمال المؤقت وشروحه",),
        annotations=("الشروح",),
        documentation=("الوثائق",),
        annex=("المرفق",),
        organization_of_work=("تنظيم الأعمال المقترح",),
        continued=r"\s*\(تابع\)",
        joint=r"جلسات مشتركة|اجتماعات مشتركة",
        resources=r"^ستتيح الموارد المتاحة",
        distribution={"general": "general", "limited": "limited", "restricted": "restricted"},
        time=r"(?P<h>\d{1,2})[/:.](?P<m>\d{2})(?P<mer>)",
        agenda_item="البند",
    ),
}

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)


def phrases(language):
    return PHRASES[language]


# The months as United Nations Arabic documents print them (“حزيران/يونيه”): the Levantine
# names and the spellings يونيه and يوليه, which CLDR does not have.
UN_MONTHS = {
    "ar": {
        "كانون الثاني": 1,
        "شباط": 2,
        "آذار": 3,
        "نيسان": 4,
        "أيار": 5,
        "مايه": 5,
        "حزيران": 6,
        "يونيه": 6,
        "تموز": 7,
        "يوليه": 7,
        "آب": 8,
        "أيلول": 9,
        "تشرين الأول": 10,
        "تشرين الثاني": 11,
        "كانون الأول": 12,
    }
}


@cache
def month_names(language):
    """{lower-case month name: month number} from CLDR: the wide and abbreviated names, in
    the format (июня) and stand-alone (июнь) forms, of ``language`` and of English (the
    masthead's date is in English in every language version)."""
    names = {}
    for code in {BABEL_LOCALES[language], "en"}:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    name = name.lower().rstrip(".")
                    if len(name) > 2 and not name[0].isdigit():
                        names[name] = number
    return names | UN_MONTHS.get(language, {})


@cache
def month_pattern(language):
    names = sorted(month_names(language), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)", re.IGNORECASE)


@cache
def language_names(language):
    """{lower-case language name: site language code}: the six languages' names in English
    (“Chinese”, as the masthead prints them) and in ``language`` (CLDR)."""
    names = {}
    for code in {BABEL_LOCALES[language], "en"}:
        locale = Locale.parse(code)
        for site_code, babel_code in BABEL_LOCALES.items():
            names[locale.languages[babel_code.split("_")[0]].lower()] = site_code
    return names


CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(text):
    """``十八`` → 18, ``三`` → 3, ``二十一`` → 21 (1 to 99); None for anything else."""
    if not text or any(char not in CHINESE_DIGITS and char != "十" for char in text):
        return None
    if "十" not in text:
        return CHINESE_DIGITS.get(text) if len(text) == 1 else None
    tens, _ten, units = text.partition("十")
    value = (CHINESE_DIGITS.get(tens, 0) if tens else 1) * 10
    return value + (CHINESE_DIGITS.get(units, 0) if units else 0)


@cache
def english_city(city, language):
    """The English name of a city CLDR knows as a time zone's exemplar city (“Vienne”,
    “Вена”, “فيينا” → “Vienna”), or None."""
    folded = city.casefold()
    for zone, data in Locale.parse(BABEL_LOCALES[language]).time_zones.items():
        if str(data.get("city", "")).casefold() == folded:
            return zone.rsplit("/", 1)[-1].replace("_", " ")
    return None
