"""Deployment settings: found where IT puts them, checked, and applied to new databases only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from workbench.deployment import (
    ENV_VAR,
    DeploymentError,
    candidate_paths,
    find_deployment_file,
    load_deployment,
)
from workbench.domain.models import Pipeline
from workbench.services.company import get_company
from workbench.services.setup import open_workbench, pipeline_templates

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8cfc0f01f0005000201a5f0d1b80000000049454e44ae426082"
)


def write(folder: Path, data: Any) -> Path:
    path = folder / "deployment.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def deployment_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "it"
    folder.mkdir()
    (folder / "logo.png").write_bytes(PNG_1PX)
    path = write(
        folder,
        {
            "_comment": "Rolled out by IT",
            "company": {
                "name": "Nordlicht Maschinenbau GmbH",
                "address": ["Hafenstraße 12", "20457 Hamburg"],
                "email": "Vertrieb@Nordlicht.example",
                "phone": "+49 40 1234567",
                "website": "https://nordlicht.example",
                "vat_id": "DE123456789",
                "bank": "Hanse Bank\nIBAN DE02 1203 0000 0000 2020 51",
                "logo": "logo.png",
                "color": "0A5C8F",
            },
            "default_currency": "chf",
            "pipeline_templates": ["Short process", "field b2b"],
            "sync": {"server_url": "https://sync.nordlicht.example:8443"},
        },
    )
    monkeypatch.setenv(ENV_VAR, str(path))
    return path


def test_a_new_database_takes_company_currency_templates_and_sync(
    deployment_file: Path, tmp_path: Path
) -> None:
    db = open_workbench(tmp_path / "new.sqlite").db
    try:
        company = get_company(db)
        assert company.name == "Nordlicht Maschinenbau GmbH"
        assert company.address_lines == ["Hafenstraße 12", "20457 Hamburg"]
        assert company.email == "vertrieb@nordlicht.example"
        assert company.logo_path == str(deployment_file.parent / "logo.png")
        assert company.color == "#0a5c8f"
        assert company.default_currency == "CHF"
        assert db.get_meta("sync.server_url") == "https://sync.nordlicht.example:8443"
        with db.read() as s:
            pipelines = s.scalars(select(Pipeline).order_by(Pipeline.position)).all()
            assert [(p.name, p.is_default) for p in pipelines] == [
                ("Short process", True),
                ("Field B2B", False),
            ]
    finally:
        db.close()


def test_an_existing_database_is_left_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    open_workbench(path).db.close()
    monkeypatch.setenv(
        ENV_VAR,
        str(
            write(
                tmp_path,
                {"company": {"name": "Late GmbH"}, "pipeline_templates": ["Short process"]},
            )
        ),
    )
    db = open_workbench(path).db
    try:
        assert db.get_meta("company.name") is None
        with db.read() as s:
            assert len(s.scalars(select(Pipeline)).all()) == len(pipeline_templates())
    finally:
        db.close()


def test_a_partial_file_sets_only_what_it_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(write(tmp_path, {"company": {"name": "Solo AG"}})))
    db = open_workbench(tmp_path / "new.sqlite").db
    try:
        assert db.get_meta("company.name") == "Solo AG"
        for key in ("company.email", "company.color", "default_currency", "sync.server_url"):
            assert db.get_meta(key) is None
        with db.read() as s:
            assert len(s.scalars(select(Pipeline)).all()) == len(pipeline_templates())
    finally:
        db.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON (line 1"),
        ("[1, 2]", "one JSON object"),
        ({"compnay": {}}, "settings: unknown compnay"),
        ({"company": {"nme": "x"}}, "company: unknown nme"),
        ({"company": "Acme"}, "company: must be an object"),
        ({"company": {"name": 3}}, "company.name: must be text"),
        ({"company": {"email": "not-an-address"}}, "company.email:"),
        ({"company": {"color": "blueish"}}, "company.color:"),
        ({"company": {"logo": "missing.png"}}, "company.logo:"),
        ({"default_currency": "EURO"}, "default_currency:"),
        ({"pipeline_templates": []}, "pipeline_templates: must be a non-empty list"),
        ({"pipeline_templates": ["Short process", "short process"]}, "names a template twice"),
        ({"sync": {"server_url": "ftp://x"}}, "sync.server_url:"),
        ({"sync": {"server": "https://x"}}, "sync: unknown server"),
        ({"sync": {"server_url": "https://x", "lock_server": "yes"}}, "must be true or false"),
        ({"sync": {"lock_server": True}}, "sync.lock_server: locks the address"),
    ],
)
def test_a_bad_file_gets_a_clear_message(tmp_path: Path, content: Any, message: str) -> None:
    path = write(tmp_path, content)
    with pytest.raises(DeploymentError) as err:
        load_deployment(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_an_unknown_template_is_refused_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(
        ENV_VAR,
        str(write(tmp_path, {"company": {"name": "X"}, "pipeline_templates": ["Nope"]})),
    )
    path = tmp_path / "new.sqlite"
    with pytest.raises(DeploymentError, match=r"no template called “Nope”\. Available: "):
        open_workbench(path)
    # Fixing the file and opening again gives the full set-up.
    monkeypatch.setenv(ENV_VAR, str(write(tmp_path, {"pipeline_templates": ["Short process"]})))
    db = open_workbench(path).db
    try:
        with db.read() as s:
            assert [p.name for p in s.scalars(select(Pipeline)).all()] == ["Short process"]
    finally:
        db.close()


def test_the_cli_reports_a_bad_file_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbench.cli import main

    monkeypatch.setenv(ENV_VAR, str(write(tmp_path, "{")))
    code = main(["--db", str(tmp_path / "y.sqlite"), "demo", "--deals", "0"])
    assert code == 2
    err = capsys.readouterr().err
    assert "is not valid JSON" in err
    assert "Traceback" not in err


def test_lookup_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", str(tmp_path / "app" / "workbench"))
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path / "app" / "_internal"), raising=False)
    monkeypatch.setattr("workbench.deployment.system_dir", lambda: tmp_path / "etc")
    paths = candidate_paths()
    assert paths == [
        tmp_path / "app" / "deployment.json",
        tmp_path / "etc" / "deployment.json",
        tmp_path / "app" / "_internal" / "deployment.json",
    ]
    assert find_deployment_file() is None
    for folder in (paths[2].parent, paths[1].parent, paths[0].parent):
        folder.mkdir(parents=True, exist_ok=True)
        write(folder, {})
        assert find_deployment_file() == folder / "deployment.json"
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "missing.json"))
    with pytest.raises(DeploymentError, match="not a file"):
        find_deployment_file()


def test_the_sign_in_takes_its_address_from_the_file_installed_now(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.services.sync.engine import SyncEngine
    from workbench.services.sync.preset import ServerPreset, server_preset
    from workbench.services.sync.transport import SignInNeeded

    db = open_workbench(tmp_path / "made-before.sqlite").db
    try:
        assert server_preset(db) is None
        file = {"sync": {"server_url": "https://sync.nordlicht.example", "lock_server": True}}
        monkeypatch.setenv(ENV_VAR, str(write(tmp_path, file)))
        assert server_preset(db) == ServerPreset("https://sync.nordlicht.example", True)
        # Locked: no other server, before anything goes on the network.
        with pytest.raises(SignInNeeded, match="set this laptop's team server to https://sync"):
            SyncEngine(db).login("https://elsewhere.example", "anna", "secret")
    finally:
        db.close()
    monkeypatch.setenv(
        ENV_VAR, str(write(tmp_path, {"sync": {"server_url": "https://sync.example"}}))
    )
    db = open_workbench(tmp_path / "new.sqlite").db
    try:
        monkeypatch.delenv(ENV_VAR)
        # The file is gone now: the address it gave the new database stays.
        assert server_preset(db) == ServerPreset("https://sync.example", False)
    finally:
        db.close()
