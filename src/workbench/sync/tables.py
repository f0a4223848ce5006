"""How the synced tables divide between the team and its people (docs/sync.md)."""

from __future__ import annotations

#: The team's settings: changed by a manager or an admin, synced to everyone.
TEAM_SETTINGS = frozenset(
    {
        "pipeline",
        "stage",
        "task_template",
        "reason",
        "product",
        "price_list",
        "price_list_item",
        "team_setting",
        "exchange_rate",
    }
)
#: A person's own rows that only a manager or an administrator sets (a rep's quota):
#: seen by the person and the team's managers, like their other personal rows.
MANAGER_SET = frozenset({"quota"})
#: People and teams are made by the server's admin commands.
SERVER_MANAGED = frozenset({"team", "user"})
#: Seen by everyone in the company: the settings, people, and the customers.
COMPANY_TABLES = TEAM_SETTINGS | SERVER_MANAGED | {"account", "contact"}
