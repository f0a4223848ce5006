"""How people and leads are named in lists; plain functions, so views that show names
before the models are loaded (the first screen) name them the same way."""

from __future__ import annotations


def person_name(first_name: str | None, last_name: str | None) -> str:
    return f"{first_name or ''} {last_name or ''}".strip()


def lead_name(first_name: str, last_name: str, company: str) -> str:
    """A lead as lists name it: the person and their company, or whichever is known."""
    person = person_name(first_name, last_name)
    if person and company:
        return f"{person} ({company})"
    return person or company
