"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 08:18:14.125504
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import workbench.domain.base

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Marks the file as a Workbench database in its header (see store.db.APPLICATION_ID).
        op.execute("PRAGMA application_id = 1398229826")
    op.create_table(
        "pipeline",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pipeline")),
    )
    with op.batch_alter_table("pipeline", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pipeline_stamp"), ["stamp"], unique=False)

    op.create_table(
        "price_list",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_list")),
    )
    with op.batch_alter_table("price_list", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_price_list_stamp"), ["stamp"], unique=False)

    op.create_table(
        "product",
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("tax_rate", workbench.domain.base.ExactDecimal(length=40), nullable=False),
        sa.Column("cost", workbench.domain.base.ExactDecimal(length=40), nullable=True),
        sa.Column("cost_currency", sa.String(length=3), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_product_stamp"), ["stamp"], unique=False)

    op.create_table(
        "reason",
        sa.Column(
            "kind",
            sa.Enum(
                "won",
                "lost",
                "disqualified",
                "offer_rejected",
                name="reasonkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reason")),
    )
    with op.batch_alter_table("reason", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reason_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_reason_stamp"), ["stamp"], unique=False)

    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
    )
    op.create_table(
        "team",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("manager_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["manager_id"], ["user.id"], name=op.f("fk_team_manager_id_user"), use_alter=True
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team")),
    )
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_manager_id"), ["manager_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_team_stamp"), ["stamp"], unique=False)

    op.create_table(
        "workbench_meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_workbench_meta")),
    )
    op.create_table(
        "price_list_item",
        sa.Column("price_list_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("unit_price", workbench.domain.base.ExactDecimal(length=40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["price_list_id"],
            ["price_list.id"],
            name=op.f("fk_price_list_item_price_list_id_price_list"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_price_list_item_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_list_item")),
        sa.UniqueConstraint(
            "price_list_id", "product_id", "currency", name=op.f("uq_price_list_item_price_list_id")
        ),
    )
    with op.batch_alter_table("price_list_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_price_list_item_price_list_id"), ["price_list_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_price_list_item_product_id"), ["product_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_price_list_item_stamp"), ["stamp"], unique=False)

    op.create_table(
        "stage",
        sa.Column("pipeline_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("target_days", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["pipeline_id"], ["pipeline.id"], name=op.f("fk_stage_pipeline_id_pipeline")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage")),
    )
    with op.batch_alter_table("stage", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stage_pipeline_id"), ["pipeline_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stage_stamp"), ["stamp"], unique=False)

    op.create_table(
        "user",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "marketing",
                "sdr",
                "account_executive",
                "customer_success",
                "manager",
                "analyst",
                "technician",
                "designer",
                name="role",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("department", sa.String(length=80), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_user_team_id_team")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user")),
    )
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_stamp"), ["stamp"], unique=False)
        batch_op.create_index(batch_op.f("ix_user_team_id"), ["team_id"], unique=False)

    op.create_table(
        "account",
        sa.Column(
            "kind",
            sa.Enum("company", "person", name="accountkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("industry", sa.String(length=120), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["user.id"], name=op.f("fk_account_owner_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
    )
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_stamp"), ["stamp"], unique=False)

    op.create_table(
        "task_template",
        sa.Column("stage_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("mandatory", sa.Boolean(), nullable=False),
        sa.Column(
            "default_role",
            sa.Enum(
                "marketing",
                "sdr",
                "account_executive",
                "customer_success",
                "manager",
                "analyst",
                "technician",
                "designer",
                name="role",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("department", sa.String(length=80), nullable=False),
        sa.Column("due_days", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["stage.id"], name=op.f("fk_task_template_stage_id_stage")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_template")),
    )
    with op.batch_alter_table("task_template", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_template_stage_id"), ["stage_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_template_stamp"), ["stamp"], unique=False)

    op.create_table(
        "contact",
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("mobile", sa.String(length=32), nullable=False),
        sa.Column("decision_maker", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("source_lead_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_contact_account_id_account")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["user.id"], name=op.f("fk_contact_owner_id_user")),
        sa.ForeignKeyConstraint(
            ["source_lead_id"],
            ["lead.id"],
            name=op.f("fk_contact_source_lead_id_lead"),
            use_alter=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_phone"), ["phone"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_source_lead_id"), ["source_lead_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_stamp"), ["stamp"], unique=False)

    op.create_table(
        "lead",
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("company_key", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "referral",
                "organic",
                "paid_campaign",
                "mailing",
                "web_form",
                "cold_call",
                "cold_email",
                "purchased_list",
                "event",
                "call_in",
                "import",
                "other",
                name="leadsource",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "direction",
            sa.Enum("inbound", "outbound", name="leaddirection", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "mql",
                "sql",
                "disqualified",
                "converted",
                name="leadstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("disqualify_reason_id", sa.Uuid(), nullable=True),
        sa.Column("disqualify_note", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("received_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column(
            "first_contacted_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("opportunity_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_lead_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_lead_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["disqualify_reason_id"],
            ["reason.id"],
            name=op.f("fk_lead_disqualify_reason_id_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_lead_opportunity_id_opportunity"),
            use_alter=True,
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["user.id"], name=op.f("fk_lead_owner_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead")),
    )
    with op.batch_alter_table("lead", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lead_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lead_company_key"), ["company_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_lead_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_lead_disqualify_reason_id"), ["disqualify_reason_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_lead_email"), ["email"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_lead_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_lead_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lead_phone"), ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_lead_received_at"), ["received_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_lead_stamp"), ["stamp"], unique=False)
        batch_op.create_index(batch_op.f("ix_lead_status"), ["status"], unique=False)

    op.create_table(
        "opportunity",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("pipeline_id", sa.Uuid(), nullable=False),
        sa.Column("stage_id", sa.Uuid(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("open", "won", "lost", name="opportunitystatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("close_reason_id", sa.Uuid(), nullable=True),
        sa.Column("close_note", sa.Text(), nullable=False),
        sa.Column("competitor", sa.String(length=120), nullable=False),
        sa.Column("closed_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "stage_entered_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "last_progress_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("source_lead_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_opportunity_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["close_reason_id"], ["reason.id"], name=op.f("fk_opportunity_close_reason_id_reason")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_opportunity_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["user.id"], name=op.f("fk_opportunity_owner_id_user")
        ),
        sa.ForeignKeyConstraint(
            ["pipeline_id"], ["pipeline.id"], name=op.f("fk_opportunity_pipeline_id_pipeline")
        ),
        sa.ForeignKeyConstraint(
            ["source_lead_id"], ["lead.id"], name=op.f("fk_opportunity_source_lead_id_lead")
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["stage.id"], name=op.f("fk_opportunity_stage_id_stage")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity")),
    )
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opportunity_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            "ix_opportunity_board",
            ["stage_id", "status", "deleted", "expected_close"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_opportunity_close_reason_id"), ["close_reason_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_opportunity_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_opportunity_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_opportunity_pipeline_id"), ["pipeline_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_opportunity_source_lead_id"), ["source_lead_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_opportunity_stamp"), ["stamp"], unique=False)

    op.create_table(
        "activity",
        sa.Column(
            "kind",
            sa.Enum(
                "call",
                "meeting",
                "email",
                "visit",
                name="activitykind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "planned", "done", "cancelled", name="activitystatus", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column(
            "direction",
            sa.Enum("inbound", "outbound", name="direction", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "outcome",
            sa.Enum(
                "connected",
                "no_answer",
                "voicemail",
                "wrong_number",
                "meeting_booked",
                "not_interested",
                "call_back_later",
                name="calloutcome",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("started_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("duration_seconds", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("opportunity_id", sa.Uuid(), nullable=True),
        sa.Column("lead_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_activity_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_activity_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(["lead_id"], ["lead.id"], name=op.f("fk_activity_lead_id_lead")),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_activity_opportunity_id_opportunity"),
        ),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], name=op.f("fk_activity_user_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_lead_id"), ["lead_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_activity_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_activity_stamp"), ["stamp"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_started_at"), ["started_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_user_id"), ["user_id"], unique=False)

    op.create_table(
        "offer",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("opportunity_id", sa.Uuid(), nullable=True),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "sent",
                "accepted",
                "rejected",
                "expired",
                name="offerstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("latest_version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_offer_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_offer_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"], ["opportunity.id"], name=op.f("fk_offer_opportunity_id_opportunity")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["user.id"], name=op.f("fk_offer_owner_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offer")),
        sa.UniqueConstraint("number", name=op.f("uq_offer_number")),
    )
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offer_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_offer_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_offer_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_offer_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_offer_stamp"), ["stamp"], unique=False)

    op.create_table(
        "opportunity_event",
        sa.Column("opportunity_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "created",
                "stage_changed",
                "won",
                "lost",
                "reopened",
                "shared",
                "unshared",
                "owner_changed",
                "edited",
                "offer_sent",
                "offer_accepted",
                "offer_rejected",
                name="eventkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("from_stage_id", sa.Uuid(), nullable=True),
        sa.Column("to_stage_id", sa.Uuid(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_stage_id"], ["stage.id"], name=op.f("fk_opportunity_event_from_stage_id_stage")
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_opportunity_event_opportunity_id_opportunity"),
        ),
        sa.ForeignKeyConstraint(
            ["to_stage_id"], ["stage.id"], name=op.f("fk_opportunity_event_to_stage_id_stage")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user.id"], name=op.f("fk_opportunity_event_user_id_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity_event")),
    )
    with op.batch_alter_table("opportunity_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_opportunity_event_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_opportunity_event_stamp"), ["stamp"], unique=False)

    op.create_table(
        "opportunity_share",
        sa.Column("opportunity_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("colleague", "stand_in", name="sharerole", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_opportunity_share_opportunity_id_opportunity"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user.id"], name=op.f("fk_opportunity_share_user_id_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity_share")),
    )
    with op.batch_alter_table("opportunity_share", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_opportunity_share_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_opportunity_share_stamp"), ["stamp"], unique=False)
        batch_op.create_index(batch_op.f("ix_opportunity_share_user_id"), ["user_id"], unique=False)

    op.create_table(
        "task",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "todo",
                "call",
                "meeting",
                "email",
                "follow_up",
                name="taskkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("opportunity_id", sa.Uuid(), nullable=True),
        sa.Column("stage_id", sa.Uuid(), nullable=True),
        sa.Column("template_id", sa.Uuid(), nullable=True),
        sa.Column("lead_id", sa.Uuid(), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("assignee_id", sa.Uuid(), nullable=True),
        sa.Column("due_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("done_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("mandatory", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["user.id"], name=op.f("fk_task_assignee_id_user")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_task_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(["lead_id"], ["lead.id"], name=op.f("fk_task_lead_id_lead")),
        sa.ForeignKeyConstraint(
            ["opportunity_id"], ["opportunity.id"], name=op.f("fk_task_opportunity_id_opportunity")
        ),
        sa.ForeignKeyConstraint(["stage_id"], ["stage.id"], name=op.f("fk_task_stage_id_stage")),
        sa.ForeignKeyConstraint(
            ["template_id"], ["task_template.id"], name=op.f("fk_task_template_id_task_template")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_assignee_id"), ["assignee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_due_at"), ["due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_lead_id"), ["lead_id"], unique=False)
        batch_op.create_index("ix_task_open", ["opportunity_id", "done_at", "due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_stamp"), ["stamp"], unique=False)

    op.create_table(
        "offer_version",
        sa.Column("offer_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "sent",
                "accepted",
                "rejected",
                "expired",
                name="offerstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("price_list_id", sa.Uuid(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("delivery_terms", sa.Text(), nullable=False),
        sa.Column("payment_terms", sa.Text(), nullable=False),
        sa.Column("introduction", sa.Text(), nullable=False),
        sa.Column("closing", sa.Text(), nullable=False),
        sa.Column(
            "discount_percent", workbench.domain.base.ExactDecimal(length=40), nullable=False
        ),
        sa.Column("discount_reason", sa.Text(), nullable=False),
        sa.Column("net_total", workbench.domain.base.ExactDecimal(length=40), nullable=False),
        sa.Column("gross_total", workbench.domain.base.ExactDecimal(length=40), nullable=False),
        sa.Column("sent_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decided_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("rejection_reason_id", sa.Uuid(), nullable=True),
        sa.Column("rejection_note", sa.Text(), nullable=False),
        sa.Column("document_path", sa.String(length=500), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["offer_id"], ["offer.id"], name=op.f("fk_offer_version_offer_id_offer")
        ),
        sa.ForeignKeyConstraint(
            ["price_list_id"],
            ["price_list.id"],
            name=op.f("fk_offer_version_price_list_id_price_list"),
        ),
        sa.ForeignKeyConstraint(
            ["rejection_reason_id"],
            ["reason.id"],
            name=op.f("fk_offer_version_rejection_reason_id_reason"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offer_version")),
        sa.UniqueConstraint("offer_id", "version", name=op.f("uq_offer_version_offer_id")),
    )
    with op.batch_alter_table("offer_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offer_version_offer_id"), ["offer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_offer_version_stamp"), ["stamp"], unique=False)

    op.create_table(
        "offer_line",
        sa.Column("version_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=120), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=True),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", workbench.domain.base.ExactDecimal(length=40), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("unit_price", workbench.domain.base.ExactDecimal(length=40), nullable=False),
        sa.Column(
            "discount_percent", workbench.domain.base.ExactDecimal(length=40), nullable=False
        ),
        sa.Column("tax_rate", workbench.domain.base.ExactDecimal(length=40), nullable=False),
        sa.Column("optional", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_offer_line_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["offer_version.id"],
            name=op.f("fk_offer_line_version_id_offer_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offer_line")),
    )
    with op.batch_alter_table("offer_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offer_line_stamp"), ["stamp"], unique=False)
        batch_op.create_index(batch_op.f("ix_offer_line_version_id"), ["version_id"], unique=False)

    # ### end Alembic commands ###


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table("offer_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offer_line_version_id"))
        batch_op.drop_index(batch_op.f("ix_offer_line_stamp"))

    op.drop_table("offer_line")
    with op.batch_alter_table("offer_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offer_version_stamp"))
        batch_op.drop_index(batch_op.f("ix_offer_version_offer_id"))

    op.drop_table("offer_version")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_stamp"))
        batch_op.drop_index("ix_task_open")
        batch_op.drop_index(batch_op.f("ix_task_lead_id"))
        batch_op.drop_index(batch_op.f("ix_task_due_at"))
        batch_op.drop_index(batch_op.f("ix_task_contact_id"))
        batch_op.drop_index(batch_op.f("ix_task_assignee_id"))

    op.drop_table("task")
    with op.batch_alter_table("opportunity_share", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_share_user_id"))
        batch_op.drop_index(batch_op.f("ix_opportunity_share_stamp"))
        batch_op.drop_index(batch_op.f("ix_opportunity_share_opportunity_id"))

    op.drop_table("opportunity_share")
    with op.batch_alter_table("opportunity_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_event_stamp"))
        batch_op.drop_index(batch_op.f("ix_opportunity_event_opportunity_id"))

    op.drop_table("opportunity_event")
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offer_stamp"))
        batch_op.drop_index(batch_op.f("ix_offer_owner_id"))
        batch_op.drop_index(batch_op.f("ix_offer_opportunity_id"))
        batch_op.drop_index(batch_op.f("ix_offer_contact_id"))
        batch_op.drop_index(batch_op.f("ix_offer_account_id"))

    op.drop_table("offer")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_user_id"))
        batch_op.drop_index(batch_op.f("ix_activity_started_at"))
        batch_op.drop_index(batch_op.f("ix_activity_stamp"))
        batch_op.drop_index(batch_op.f("ix_activity_opportunity_id"))
        batch_op.drop_index(batch_op.f("ix_activity_lead_id"))
        batch_op.drop_index(batch_op.f("ix_activity_contact_id"))
        batch_op.drop_index(batch_op.f("ix_activity_account_id"))

    op.drop_table("activity")
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_stamp"))
        batch_op.drop_index(batch_op.f("ix_opportunity_source_lead_id"))
        batch_op.drop_index(batch_op.f("ix_opportunity_pipeline_id"))
        batch_op.drop_index(batch_op.f("ix_opportunity_owner_id"))
        batch_op.drop_index(batch_op.f("ix_opportunity_contact_id"))
        batch_op.drop_index(batch_op.f("ix_opportunity_close_reason_id"))
        batch_op.drop_index("ix_opportunity_board")
        batch_op.drop_index(batch_op.f("ix_opportunity_account_id"))

    op.drop_table("opportunity")
    with op.batch_alter_table("lead", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lead_status"))
        batch_op.drop_index(batch_op.f("ix_lead_stamp"))
        batch_op.drop_index(batch_op.f("ix_lead_received_at"))
        batch_op.drop_index(batch_op.f("ix_lead_phone"))
        batch_op.drop_index(batch_op.f("ix_lead_owner_id"))
        batch_op.drop_index(batch_op.f("ix_lead_opportunity_id"))
        batch_op.drop_index(batch_op.f("ix_lead_email"))
        batch_op.drop_index(batch_op.f("ix_lead_disqualify_reason_id"))
        batch_op.drop_index(batch_op.f("ix_lead_contact_id"))
        batch_op.drop_index(batch_op.f("ix_lead_company_key"))
        batch_op.drop_index(batch_op.f("ix_lead_account_id"))

    op.drop_table("lead")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_stamp"))
        batch_op.drop_index(batch_op.f("ix_contact_source_lead_id"))
        batch_op.drop_index(batch_op.f("ix_contact_phone"))
        batch_op.drop_index(batch_op.f("ix_contact_owner_id"))
        batch_op.drop_index(batch_op.f("ix_contact_email"))
        batch_op.drop_index(batch_op.f("ix_contact_account_id"))

    op.drop_table("contact")
    with op.batch_alter_table("task_template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_template_stamp"))
        batch_op.drop_index(batch_op.f("ix_task_template_stage_id"))

    op.drop_table("task_template")
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_stamp"))
        batch_op.drop_index(batch_op.f("ix_account_owner_id"))
        batch_op.drop_index(batch_op.f("ix_account_name_key"))

    op.drop_table("account")
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_team_id"))
        batch_op.drop_index(batch_op.f("ix_user_stamp"))

    op.drop_table("user")
    with op.batch_alter_table("stage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_stamp"))
        batch_op.drop_index(batch_op.f("ix_stage_pipeline_id"))

    op.drop_table("stage")
    with op.batch_alter_table("price_list_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_price_list_item_stamp"))
        batch_op.drop_index(batch_op.f("ix_price_list_item_product_id"))
        batch_op.drop_index(batch_op.f("ix_price_list_item_price_list_id"))

    op.drop_table("price_list_item")
    op.drop_table("workbench_meta")
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_stamp"))
        batch_op.drop_index(batch_op.f("ix_team_manager_id"))

    op.drop_table("team")
    op.drop_table("sync_outbox")
    with op.batch_alter_table("reason", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reason_stamp"))
        batch_op.drop_index(batch_op.f("ix_reason_kind"))

    op.drop_table("reason")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_stamp"))
        batch_op.drop_index(batch_op.f("ix_product_code"))

    op.drop_table("product")
    with op.batch_alter_table("price_list", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_price_list_stamp"))

    op.drop_table("price_list")
    with op.batch_alter_table("pipeline", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pipeline_stamp"))

    op.drop_table("pipeline")
    # ### end Alembic commands ###
