from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from workbench.domain.business_days import (
    WEEKDAYS,
    ResponseFlag,
    add_business_days,
    business_days_elapsed,
    format_working_days,
    latest_start,
    parse_working_days,
    response_flag,
)

moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
)
day_sets = st.frozensets(st.integers(0, 6), min_size=1, max_size=7)


def test_friday_afternoon_lead_turns_amber_on_monday_afternoon() -> None:
    friday = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
    assert response_flag(friday, None, friday + timedelta(days=2)) is ResponseFlag.NONE
    monday = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
    assert response_flag(friday, None, monday - timedelta(seconds=1)) is ResponseFlag.NONE
    assert response_flag(friday, None, monday) is ResponseFlag.AMBER
    assert response_flag(friday, None, monday + timedelta(days=1)) is ResponseFlag.RED
    assert response_flag(friday, monday, monday + timedelta(days=9)) is ResponseFlag.NONE


def test_weekend_lead_counts_from_monday_morning() -> None:
    saturday = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
    assert add_business_days(saturday, 1) == datetime(2026, 12, 1, 0, 0, tzinfo=UTC)


def test_working_days_setting_text() -> None:
    assert parse_working_days("0,1,2,3,4") == WEEKDAYS
    assert parse_working_days(" 6; 0 ,x") == frozenset({0, 6})
    assert parse_working_days("") == WEEKDAYS
    assert format_working_days({4, 0, 2}) == "0,2,4"


@given(moments, st.integers(0, 30), day_sets)
def test_result_is_on_a_working_day_and_not_earlier(start, n, days) -> None:  # type: ignore[no-untyped-def]
    end = add_business_days(start, n, days)
    assert end.weekday() in days
    assert end >= start
    # never more than n + 1 weeks for n business days
    assert end - start <= timedelta(weeks=n + 1)


@given(moments, st.integers(0, 20), day_sets)
def test_elapsed_inverts_add(start, n, days) -> None:  # type: ignore[no-untyped-def]
    if start.weekday() in days:
        assert business_days_elapsed(start, add_business_days(start, n, days), days) == n


@given(moments, st.integers(0, 10), st.integers(0, 10))
def test_adding_is_monotonic_and_additive(start, a, b) -> None:  # type: ignore[no-untyped-def]
    assert add_business_days(start, a) <= add_business_days(start, a + b)
    assert add_business_days(add_business_days(start, a), b) == add_business_days(start, a + b)


@given(moments, st.integers(0, 5))
def test_all_days_working_is_calendar_days(start, n) -> None:  # type: ignore[no-untyped-def]
    assert add_business_days(start, n, frozenset(range(7))) == start + timedelta(days=n)


@given(moments, st.integers(1, 3), day_sets)
def test_latest_start_is_the_exact_cutoff(end, n, days) -> None:  # type: ignore[no-untyped-def]
    cutoff = latest_start(end, n, days)
    assert add_business_days(cutoff, n, days) <= end
    assert add_business_days(cutoff + timedelta(microseconds=1), n, days) > end


@given(moments, moments)
def test_flag_only_gets_worse_with_time(received, later) -> None:  # type: ignore[no-untyped-def]
    order = [ResponseFlag.NONE, ResponseFlag.AMBER, ResponseFlag.RED]
    now = max(received, later)
    a = response_flag(received, None, now)
    b = response_flag(received, None, now + timedelta(hours=13))
    assert order.index(a) <= order.index(b)
