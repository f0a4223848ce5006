import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.domain.folding import fold, sql_fold


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("muller", "Müller"),
        ("MULLER", "Müller"),
        ("müller", "Müller"),
        ("MÜLLER", "müller"),
        ("garcia", "García"),
        ("strasse", "Straße"),
        ("STRASSE", "STRASSE"),
        ("soren", "Søren"),
        ("lukasz", "Łukasz"),
        ("francois", "François"),
        ("dvorak", "Dvořák"),
        ("aero", "Ærø"),
        ("oeuvre", "Œuvre"),
        ("thorunn", "Þórunn"),
        ("dorde", "Đorđe"),
        ("istanbul", "İstanbul"),
        ("ffi", "ﬃ"),  # a ligature is its letters
    ],
)
def test_a_name_is_found_by_its_plain_spelling(typed: str, stored: str) -> None:
    assert fold(typed) == fold(stored)


def test_folding_keeps_what_is_not_a_letter() -> None:
    assert fold("100% Solar_Bau \x1f A&B") == "100% solar_bau \x1f a&b"


def test_sql_fold_leaves_null_alone() -> None:
    assert sql_fold(None) is None
    assert sql_fold("Ørsted") == "orsted"


@given(st.text())
def test_folding_twice_changes_nothing(text: str) -> None:
    # The stored text is folded once and the typed term may be folded again.
    assert fold(fold(text)) == fold(text)
