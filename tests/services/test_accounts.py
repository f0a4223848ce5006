import pytest

from workbench.domain.enums import AccountKind
from workbench.errors import NotFound, ValidationError
from workbench.services import accounts as svc
from workbench.store.db import Database


def test_create_edit_search_and_delete_an_account(db: Database) -> None:
    aid = svc.create_account(
        db,
        svc.AccountInput(
            name="  Nordwind Logistik GmbH ", city="Hamburg", phone="+49 40 1234567", country="de"
        ),
    )
    row = svc.list_accounts(db, "nordwind")[0]
    assert (row.name, row.city, row.phone, row.country) == (
        "Nordwind Logistik GmbH",
        "Hamburg",
        "+49401234567",
        "DE",
    )
    data = svc.get_account(db, aid)
    data.city = "Bremen"
    svc.update_account(db, aid, data)
    assert svc.list_accounts(db, "Bremen")[0].id == aid
    svc.delete_account(db, aid)
    assert svc.list_accounts(db, "nordwind") == []
    with pytest.raises(NotFound):
        svc.get_account(db, aid)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (svc.AccountInput(name=""), "name"),
        (svc.AccountInput(name="X", email="not-an-email"), "email"),
        (svc.AccountInput(name="X", phone="123"), "phone"),
        (svc.AccountInput(name="X", country="Atlantis"), "country"),
    ],
)
def test_bad_account_input_is_refused_with_the_field_named(
    db: Database, data: svc.AccountInput, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        svc.create_account(db, data)
    assert info.value.field == field
    assert svc.count_accounts(db) == 0


def test_a_failed_edit_changes_nothing(db: Database) -> None:
    aid = svc.create_account(db, svc.AccountInput(name="Keep", email="keep@example.com"))
    with pytest.raises(ValidationError):
        svc.update_account(db, aid, svc.AccountInput(name="Keep", email="broken@"))
    assert svc.get_account(db, aid).email == "keep@example.com"


def test_contacts_belong_to_accounts_and_are_counted(db: Database) -> None:
    aid = svc.create_account(db, svc.AccountInput(name="Polar Optics Oy", kind=AccountKind.COMPANY))
    svc.create_contact(
        db,
        svc.ContactInput(
            first_name="Aino",
            last_name="Virtanen",
            account_id=aid,
            email="Aino.Virtanen@Polar.example",
        ),
    )
    svc.create_contact(db, svc.ContactInput(last_name="Nieminen", account_id=aid))
    assert svc.list_accounts(db)[0].contact_count == 2
    rows = svc.list_contacts(db, "polar")
    assert [r.full_name for r in rows] == ["Nieminen", "Aino Virtanen"]
    assert rows[1].email == "aino.virtanen@polar.example"
    assert svc.count_contacts(db, account_id=aid) == 2


def test_a_contact_needs_a_name_and_a_live_account(db: Database) -> None:
    with pytest.raises(ValidationError):
        svc.create_contact(db, svc.ContactInput(first_name=" ", last_name=""))
    aid = svc.create_account(db, svc.AccountInput(name="Gone"))
    svc.delete_account(db, aid)
    with pytest.raises(NotFound):
        svc.create_contact(db, svc.ContactInput(last_name="Late", account_id=aid))
    assert svc.count_contacts(db) == 0


def test_merging_into_a_contact_fills_gaps_and_overwrites_nothing(db: Database) -> None:
    cid = svc.create_contact(
        db, svc.ContactInput(first_name="Ida", last_name="Berg", email="ida@berg.example")
    )
    filled = svc.merge_into_contact(
        db,
        cid,
        svc.ContactInput(
            first_name="Ida Maria",
            last_name="Berg",
            email="ida@berg.example",
            phone="+46 8 1234567",
            title="Buyer",
            notes="Met at the fair",
        ),
    )
    assert set(filled) == {"phone", "title", "notes"}
    merged = svc.get_contact(db, cid)
    assert (merged.first_name, merged.phone, merged.title) == ("Ida", "+4681234567", "Buyer")
    assert svc.count_contacts(db) == 1


def test_search_text_is_matched_literally(db: Database) -> None:
    svc.create_account(db, svc.AccountInput(name="100% Solar AG"))
    svc.create_account(db, svc.AccountInput(name="Nord_Bau GmbH"))
    svc.create_account(db, svc.AccountInput(name="Nordbau GmbH"))
    assert [r.name for r in svc.list_accounts(db, "100%")] == ["100% Solar AG"]
    assert [r.name for r in svc.list_accounts(db, "nord_")] == ["Nord_Bau GmbH"]
    assert svc.count_accounts(db, "%") == 1


def test_a_contact_of_a_deleted_account_is_edited_without_it(db: Database) -> None:
    aid = svc.create_account(db, svc.AccountInput(name="Closed Down GmbH"))
    cid = svc.create_contact(db, svc.ContactInput(last_name="Left", account_id=aid))
    svc.delete_account(db, aid)
    assert svc.list_contacts(db, "Left")[0].account_name == ""
    data = svc.get_contact(db, cid)
    assert data.account_id is None
    data.title = "Buyer"
    svc.update_contact(db, cid, data)  # saving is not refused over the vanished account
    assert svc.get_contact(db, cid).title == "Buyer"
