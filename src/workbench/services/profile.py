"""The person at the keyboard: the name, e-mail, phone, signature and photo that stand
for them as owner in every list, as "Your contact" and signatory on offers and in
e-mails. Asked for once at first start, editable later; never the computer's account.

Name, e-mail and phone live on the person's own user record, so every query that names
an owner names them; signature, photo and whether the person was asked yet live in this
database's meta, which stays on this laptop.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.domain.meta import DISPLAY_NAME_KEY, Meta
from workbench.domain.people import User
from workbench.errors import ValidationError
from workbench.services import validation
from workbench.services.setup import current_user_id, given_name, phone_region
from workbench.store.db import Database

ASKED_KEY = "profile.asked"  # "1" once the person saved or skipped the first-start dialog
SIGNATURE_KEY = "profile.signature"
PHOTO_KEY = "profile.photo_path"
PHOTO_TYPES = (".png", ".jpg", ".jpeg", ".gif")


@dataclass(frozen=True)
class Profile:
    name: str = ""
    email: str = ""
    phone: str = ""
    signature: str = ""
    photo_path: str = ""

    @property
    def closing(self) -> str:
        """How the person signs a letter or an e-mail: their signature text, else their
        name; "" while they have given neither."""
        return self.signature.strip() or self.name


def get_profile(db: Database) -> Profile:
    me = current_user_id(db)
    with db.read() as s:
        user = s.get(User, me)
        name = user.name if user is not None else ""
        email = user.email if user is not None else ""
        phone = user.phone if user is not None else ""
    return Profile(
        name=given_name(db, name),
        email=email,
        phone=phone,
        signature=db.get_meta(SIGNATURE_KEY) or "",
        photo_path=db.get_meta(PHOTO_KEY) or "",
    )


def needs_profile(db: Database) -> bool:
    """True until the person has saved their profile or chosen to skip it."""
    return db.get_meta(ASKED_KEY) != "1"


def save_profile(db: Database, profile: Profile) -> Profile:
    """Check the whole profile, then store it in one transaction; the cleaned profile
    (the phone in E.164) is returned. Raises ValidationError naming the field."""
    cleaned = Profile(
        name=validation.text(profile.name, "name", "Your name", required=True, max_len=120),
        email=validation.email(profile.email),
        phone=validation.phone(profile.phone, phone_region(db)),
        signature=validation.text(profile.signature, "signature", "Signature", max_len=2000),
        photo_path=_photo(profile.photo_path),
    )
    me = current_user_id(db)
    with db.unit_of_work() as uow:
        s = uow.session
        user = validation.live(s.get(User, me), "user")
        user.name, user.email, user.phone = cleaned.name, cleaned.email, cleaned.phone
        for key, value in (
            (DISPLAY_NAME_KEY, cleaned.name),
            (SIGNATURE_KEY, cleaned.signature),
            (PHOTO_KEY, cleaned.photo_path),
            (ASKED_KEY, "1"),
        ):
            s.merge(Meta(key=key, value=value))
    return cleaned


def skip_profile(db: Database) -> None:
    """The person closed the first-start dialog without filling it: don't ask again (the
    Settings menu still opens it). Lists say "Me" and offers name the company instead."""
    db.set_meta(ASKED_KEY, "1")


def _photo(path: str) -> str:
    cleaned = (path or "").strip()
    if not cleaned:
        return ""
    file = Path(cleaned).expanduser()
    if file.suffix.lower() not in PHOTO_TYPES or not file.is_file():
        raise ValidationError(
            f"“{cleaned}” is not a picture this app can read; choose a PNG, JPEG or GIF "
            "file, or leave the photo empty.",
            "photo_path",
        )
    return str(file)
