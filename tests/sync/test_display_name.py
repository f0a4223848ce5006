"""Signed in to a team server, the person is still shown by the name in their profile;
the server's account name stays the account."""

from __future__ import annotations

from workbench.domain.people import User
from workbench.services import profile
from workbench.services.setup import current_user_id


def test_the_profile_name_survives_sign_in_and_pulls(laptop, team) -> None:  # type: ignore[no-untyped-def]
    anna, mia = laptop("anna"), laptop("mia")
    profile.save_profile(anna.db, profile.Profile(name="Anna Weber"))
    anna.login()
    anna.sync()
    assert anna.db.get_meta("sync.user_name") == "anna"  # the account
    me = current_user_id(anna.db)
    assert me == team.ids["anna"]
    with anna.db.read() as s:
        user = s.get(User, me)
        assert user is not None and user.name == "Anna Weber"
    assert profile.get_profile(anna.db).name == "Anna Weber"
    # Another laptop's pull of the team's people doesn't rename her on her own laptop.
    mia.login()
    mia.sync()
    anna.sync()
    with anna.db.read() as s:
        user = s.get(User, me)
        assert user is not None and user.name == "Anna Weber"
