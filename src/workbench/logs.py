"""The rotating log in the user's log folder, shared by the window and the CLI.

Unexpected errors are written here with their traceback; the person sees one line naming
this file, never the traceback itself.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from workbench.settings import log_dir

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_handler: logging.Handler | None = None
_handler_path: Path | None = None


class _FolderMakingHandler(logging.handlers.RotatingFileHandler):
    """Creates the log folder when the first record is written, so a command that logs
    nothing leaves nothing behind (a dry run promises to change nothing)."""

    def _open(self):  # type: ignore[no-untyped-def]
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()


def log_file() -> Path:
    return log_dir() / "workbench.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Attach the rotating file (once per process). A log folder that can't be written
    (full disk, no permission) must not stop the app: logging reports its own failure on
    stderr (logging.raiseExceptions) and carries on."""
    global _handler, _handler_path
    path = log_file()
    if _handler is None or _handler_path != path:  # WORKBENCH_HOME moved (tests, IT)
        if _handler is not None:
            logging.getLogger().removeHandler(_handler)
            _handler.close()
        _handler_path = path
        _handler = _FolderMakingHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True
        )
        _handler.setFormatter(logging.Formatter(_FORMAT))
        logging.getLogger().addHandler(_handler)
    logging.getLogger().setLevel(level)
    return path


def log_unexpected(exc: BaseException, context: str = "unexpected error") -> Path:
    """Write `exc` with its traceback to the log; returns the file to name to the person."""
    path = setup_logging(logging.getLogger().level or logging.INFO)
    text = getattr(exc, "__traceback_text__", None) or "".join(
        traceback.format_exception(type(exc), exc, exc.__traceback__)
    )
    logging.getLogger("workbench").error("%s:\n%s", context, text)
    return path
