"""Writing the files a user asks for (exported offers, calendars ...) so that they are never
left half-written."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.texts import QT_TRANSLATE_NOOP, fill, translate

_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Files", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Files", "the disk quota is used up"),
    errno.EFBIG: QT_TRANSLATE_NOOP("Files", "the file is larger than this disk or account allows"),
    errno.EACCES: QT_TRANSLATE_NOOP("Files", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Files", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("Files", "the disk is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Files", "that is a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Files", "the file name is too long"),
}


def _reason(exc: OSError, folder: Path) -> str:
    if exc.errno == errno.ENOENT or exc.errno == errno.ENOTDIR:
        return fill(translate("Files", "the folder %1 does not exist"), folder)
    code = exc.errno or 0
    if code in _REASONS:
        return translate("Files", _REASONS[code])
    return (exc.strerror or str(exc)).lower()


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all.

    The data goes to a temporary file in the same folder, is flushed to the disk and then
    renamed over `path`, so a failure (disk full, no permission, a crash) leaves an existing
    file as it was and no partial or temporary file behind. A new file gets the mode the
    user's umask gives new files (not the owner-only mode of temporary files); a replaced
    file keeps its mode. Raises WorkbenchError with a message saying why it failed.
    """
    path = Path(path)
    folder = path.parent
    try:
        mode: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = None
    tmp = folder / f".{path.name}.{secrets.token_hex(4)}.part"
    fd = -1
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
        # O_EXCL: never write through a file or link someone else put there; 0o666 lets the
        # umask decide the mode, as for any new file the user's programs create.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(tmp, flags, 0o666)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        os.close(fd)
        fd = -1
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        _discard(fd, tmp)
        text = (
            translate("Files", "Can't write %1: %2. It was left as it was.")
            if mode is not None
            else translate("Files", "Can't write %1: %2.")
        )
        raise WorkbenchError(fill(text, path, _reason(exc, folder))) from None
    except BaseException:
        _discard(fd, tmp)
        raise
    _sync_folder(folder)


def _discard(fd: int, tmp: Path) -> None:
    with contextlib.suppress(OSError):
        if fd >= 0:
            os.close(fd)
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system can open a folder for this."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
