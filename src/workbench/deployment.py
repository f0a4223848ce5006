"""Settings IT ships with an installer: company details, logo, currency, the pipeline
templates a new database starts with, and the sync server (which the sign-in also reads
from the file as installed now: services/sync/preset.py).

The first `deployment.json` found wins:

1. the file named by the WORKBENCH_DEPLOYMENT environment variable (to try a file out);
2. beside the installed program (next to the `workbench` executable);
3. the machine-wide file: /etc/sales-workbench/ on Linux,
   %ProgramData%\\Sales Workbench\\ on Windows,
   /Library/Application Support/Sales Workbench/ on macOS;
4. the file baked into the bundle at build time (`packaging/build.py deb --deployment FILE`).

It is applied only when a new database is created (services.setup.ensure_defaults): a
user's existing data and choices are never overwritten. A bad file is refused with a
message that names the file and the setting, before anything is written.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from workbench.errors import ValidationError, WorkbenchError
from workbench.services.company import KEYS as COMPANY_KEYS
from workbench.services.company import CompanyProfile, clean_company

FILE_NAME = "deployment.json"
ENV_VAR = "WORKBENCH_DEPLOYMENT"
SYNC_SERVER_KEY = "sync.server_url"
SYNC_LOCK_KEY = "sync.lock_server"

_TOP_LEVEL = ("company", "default_currency", "pipeline_templates", "sync")
# "logo" in the file (a path relative to the file), logo_path in the profile.
_COMPANY_FIELDS = {"logo" if f.name == "logo_path" else f.name for f in fields(CompanyProfile)}
_COMPANY_FIELDS.discard("default_currency")  # a top-level setting in the file


class DeploymentError(WorkbenchError):
    """The deployment file can't be used; nothing has been written."""


_Fail = Callable[[str, str], DeploymentError]


@dataclass(frozen=True)
class Deployment:
    source: Path
    meta: dict[str, str]  # Meta key -> value, only for what the file sets
    pipeline_templates: tuple[str, ...] | None  # template names in order; None: all

    def choose_templates(self, available: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        """The templates the file names, in its order (the first becomes the default)."""
        if self.pipeline_templates is None:
            return list(available)
        by_name = {t["name"].casefold(): t for t in available}
        unknown = [n for n in self.pipeline_templates if n.casefold() not in by_name]
        if unknown:
            names = ", ".join(f"“{t['name']}”" for t in available)
            raise DeploymentError(
                f"{self.source}: pipeline_templates: no template called "
                f"{', '.join(f'“{n}”' for n in unknown)}. Available: {names}."
            )
        return [by_name[n.casefold()] for n in self.pipeline_templates]


def program_dir() -> Path | None:
    """The folder of the installed executable; None when running from a source checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def bundle_dir() -> Path | None:
    """Where the bundler unpacked its data (the build-time baked-in file lives there)."""
    folder = getattr(sys, "_MEIPASS", None)
    return Path(folder) if folder else None


def system_dir() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Sales Workbench"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Sales Workbench")
    return Path("/etc/sales-workbench")


def candidate_paths() -> list[Path]:
    paths = []
    if os.environ.get(ENV_VAR):
        paths.append(Path(os.environ[ENV_VAR]).expanduser())
    if (program := program_dir()) is not None:
        paths.append(program / FILE_NAME)
    paths.append(system_dir() / FILE_NAME)
    if (bundle := bundle_dir()) is not None:
        paths.append(bundle / FILE_NAME)
    return paths


def find_deployment_file() -> Path | None:
    env = os.environ.get(ENV_VAR)
    if env and not Path(env).expanduser().is_file():
        raise DeploymentError(f"{ENV_VAR} names {env}, which is not a file.")
    return next((p for p in candidate_paths() if p.is_file()), None)


def load_deployment(path: Path | None = None) -> Deployment | None:
    """The deployment settings in `path` (or the first file found); None if there is none.
    Raises DeploymentError with a readable message for a bad file."""
    source = path if path is not None else find_deployment_file()
    if source is None:
        return None
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DeploymentError(f"Can't read the deployment settings {source}: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DeploymentError(
            f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    return parse_deployment(data, source)


def parse_deployment(data: object, source: Path) -> Deployment:
    def fail(where: str, problem: str) -> DeploymentError:
        return DeploymentError(f"{source}: {where}: {problem}")

    if not isinstance(data, dict):
        raise DeploymentError(f"{source}: the file must hold one JSON object {{...}}.")
    _check_keys(data, _TOP_LEVEL, "settings", fail)

    company = data.get("company", {})
    if not isinstance(company, dict):
        raise fail("company", "must be an object with name, address, email, … ")
    _check_keys(company, sorted(_COMPANY_FIELDS), "company", fail)
    given: dict[str, str] = {}
    for key, value in company.items():
        given["logo_path" if key == "logo" else key] = _text(value, f"company.{key}", fail)
    if given.get("logo_path"):
        # A relative logo sits beside the deployment file (so IT can ship both together).
        given["logo_path"] = str((source.parent / given["logo_path"]).resolve())
    if "default_currency" in data:
        given["default_currency"] = _text(data["default_currency"], "default_currency", fail)
    try:
        cleaned = clean_company(CompanyProfile(**given))
    except ValidationError as exc:
        where = "default_currency" if exc.field == "default_currency" else f"company.{exc.field}"
        raise fail(where.replace("logo_path", "logo"), str(exc)) from None
    meta = {COMPANY_KEYS[name]: str(getattr(cleaned, name)) for name in given}

    templates = data.get("pipeline_templates")
    if templates is not None:
        if (
            not isinstance(templates, list)
            or not templates
            or not all(isinstance(t, str) and t.strip() for t in templates)
        ):
            raise fail("pipeline_templates", "must be a non-empty list of template names.")
        templates = tuple(t.strip() for t in templates)
        if len({t.casefold() for t in templates}) != len(templates):
            raise fail("pipeline_templates", "names a template twice.")

    sync = data.get("sync", {})
    if not isinstance(sync, dict):
        raise fail("sync", 'must be an object such as {"server_url": "https://…"}.')
    _check_keys(sync, ("server_url", "lock_server"), "sync", fail)
    if "server_url" in sync:
        url = _text(sync["server_url"], "sync.server_url", fail)
        parts = urlsplit(url)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise fail("sync.server_url", f"“{url}” is not an http(s) address.")
        meta[SYNC_SERVER_KEY] = url
    if "lock_server" in sync:
        if not isinstance(sync["lock_server"], bool):
            raise fail("sync.lock_server", "must be true or false.")
        if sync["lock_server"] and "server_url" not in sync:
            raise fail("sync.lock_server", "locks the address in sync.server_url; set that too.")
        if sync["lock_server"]:
            meta[SYNC_LOCK_KEY] = "1"

    return Deployment(source=source, meta=meta, pipeline_templates=templates)


def _check_keys(obj: dict[str, Any], allowed: Sequence[str], where: str, fail: _Fail) -> None:
    # "_comment" and other keys starting with "_" are notes for people.
    unknown = sorted(k for k in obj if k not in allowed and not str(k).startswith("_"))
    if unknown:
        raise fail(where, f"unknown {', '.join(unknown)} (known: {', '.join(allowed)}).")


def _text(value: object, where: str, fail: _Fail) -> str:
    # Multi-line fields (address, bank) may be written as a list of lines.
    if isinstance(value, list) and all(isinstance(line, str) for line in value):
        return "\n".join(value)
    if not isinstance(value, str):
        raise fail(where, "must be text.")
    return value
