"""Dates and times in the CLDR's interval forms (config/lib/dates.py), in each language."""

import datetime

import pytest

from config.lib.dates import date_interval, time_interval, time_zone_name

JUNE_12, JUNE_14 = datetime.date(2024, 6, 12), datetime.date(2024, 6, 14)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "12–14 June 2024"),
        ("zh-hans", "2024年6月12日\u2009–\u200914日"),
        ("ar", "12–14 يونيو 2024"),
        ("fr", "12–14 juin 2024"),
        ("es", "12–14 de junio de 2024"),
        ("ru", "12—14 июня 2024\u202fг."),
    ],
)
def test_days_of_one_month_share_the_month_and_year(lang, expected):
    assert date_interval(JUNE_12, JUNE_14, lang) == expected


@pytest.mark.parametrize(
    ("lang", "start", "expected"),
    [
        ("en", datetime.date(2024, 5, 30), "30 May\u2009–\u200914 June 2024"),
        ("en", datetime.date(2023, 12, 30), "30 December 2023\u2009–\u200914 June 2024"),
        ("zh-hans", datetime.date(2024, 5, 30), "2024年5月30日\u2009–\u20096月14日"),
        ("ar", datetime.date(2024, 5, 30), "30 مايو – 14 يونيو 2024"),
    ],
)
def test_days_across_months_and_years_write_what_differs(lang, start, expected):
    assert date_interval(start, JUNE_14, lang) == expected


def test_one_day_is_the_long_date():
    assert date_interval(JUNE_12, JUNE_12, "en") == "12 June 2024"
    assert date_interval(JUNE_12, JUNE_12, "zh-hans") == "2024年6月12日"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "10:00–13:00"), ("zh-hans", "10:00–13:00"), ("fr", "10:00\u2009–\u200913:00")],
)
def test_a_slot_is_two_times_on_a_24_hour_clock(lang, expected):
    assert time_interval(datetime.time(10), datetime.time(13), lang) == expected


def test_the_time_zone_is_named_in_the_language_for_the_season():
    assert time_zone_name("Europe/Vienna", JUNE_12, "en") == "Central European Summer Time"
    winter = datetime.date(2024, 12, 2)
    assert time_zone_name("Europe/Vienna", winter, "en") == "Central European Standard Time"
    assert time_zone_name("Europe/Vienna", JUNE_12, "zh-hans") == "中欧夏令时间"
