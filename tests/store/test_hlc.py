from hypothesis import given
from hypothesis import strategies as st

from workbench.store.hlc import HybridLogicalClock, format_stamp, parse_stamp


def test_stamps_increase_even_when_the_wall_clock_stands_still_or_goes_back() -> None:
    times = iter([1000, 1000, 999, 1001, 500])
    clock = HybridLogicalClock("node1", wall=lambda: next(times))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 5


def test_receiving_a_remote_stamp_moves_past_it() -> None:
    clock = HybridLogicalClock("local", wall=lambda: 10)
    remote = format_stamp(5000, 3, "remote")
    clock.receive(remote)
    assert clock.now() > remote


def test_clock_resumes_after_the_last_stamp_it_issued() -> None:
    last = format_stamp(9_999_999_999_999 - 1, 7, "n")
    clock = HybridLogicalClock("n", last=last, wall=lambda: 1)
    assert clock.now() > last


@given(
    st.integers(0, 10**13 - 1),
    st.integers(0, 0xFFFF),
    st.integers(0, 10**13 - 1),
    st.integers(0, 0xFFFF),
)
def test_string_order_is_stamp_order(m1: int, c1: int, m2: int, c2: int) -> None:
    a, b = format_stamp(m1, c1, "x"), format_stamp(m2, c2, "x")
    assert (a < b) == ((m1, c1) < (m2, c2))
    assert parse_stamp(a) == (m1, c1, "x")
