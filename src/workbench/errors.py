"""Typed errors whose messages a user can read and act on.

Services and the store raise these; the UI shows `str(error)` as it is, the CLI prints it
and exits non-zero. Anything else reaching the top is a bug and is logged with a traceback.
"""

from __future__ import annotations

from collections.abc import Sequence


class WorkbenchError(Exception):
    """Base of all errors meant for the user."""

    #: what the CLI exits with (documented in `workbench --help`)
    exit_code = 2


class DatabaseRefused(WorkbenchError):
    """The file is not a Workbench database, is damaged, or is from a newer version.
    It has not been modified."""


class DatabaseDamaged(DatabaseRefused):
    """The file's pages or schema are broken. Nothing is written to it again; the way out
    is a backup."""

    exit_code = 3

    def __init__(self, message: str, summary: str = "") -> None:
        super().__init__(message)
        #: the message without the advice on restoring, for a window that offers it
        self.summary = summary or message


class NewerVersion(DatabaseRefused):
    """The file was written by a newer version of the app."""


class StorageError(WorkbenchError):
    """The disk or the operating system stopped a write: full, read-only, no permission,
    or another program holding the lock. Nothing was changed; the person can fix it."""

    exit_code = 4


class DiskFull(StorageError):
    pass


class ReadOnlyStorage(StorageError):
    pass


class PermissionDenied(StorageError):
    pass


class DatabaseLocked(StorageError):
    pass


class DatabaseChecking(WorkbenchError):
    """A large file's integrity check is still running; writes wait for it."""


class MigrationFailed(WorkbenchError):
    """Upgrading the database failed; the original file is unchanged."""


class ValidationError(WorkbenchError):
    """Input that cannot be stored. `field` names the offending field, if there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(WorkbenchError):
    pass


class MandatoryTasksOpen(WorkbenchError):
    """A move out of a stage while its mandatory checklist items are not done."""

    def __init__(self, stage_name: str, tasks: Sequence[tuple[object, str]]) -> None:
        self.stage_name = stage_name
        self.tasks = list(tasks)  # (task id, title)
        titles = "; ".join(f"“{title}”" for _, title in self.tasks)
        noun = "task is" if len(self.tasks) == 1 else "tasks are"
        super().__init__(
            f"Can't leave “{stage_name}”: {len(self.tasks)} mandatory {noun} still open: {titles}."
        )


class HardDeleteRefused(WorkbenchError):
    """Synced rows are tombstoned, never deleted: a hard delete would not reach other devices."""
