"""Refusals the server explains: each becomes an HTTP status and a `Problem` body, or a CLI
message and exit code."""

from __future__ import annotations

from collections.abc import Mapping


class ServerError(Exception):
    """A refusal with a plain-language message, shown to the person as it is."""

    status: int = 400
    error: str = "bad_request"

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        error: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
        if error is not None:
            self.error = error
        self.headers: dict[str, str] = dict(headers or {})


class NotFound(ServerError):
    status = 404
    error = "not_found"


class Conflict(ServerError):
    status = 409
    error = "conflict"


class InvalidInput(ServerError):
    status = 422
    error = "invalid_input"


class AuthError(ServerError):
    """Sign-in or token refused; `status` is 401, 403 or 429."""

    status = 401
    error = "not_signed_in"


class Throttled(AuthError):
    status = 429
    error = "too_many_attempts"

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message, headers={"Retry-After": str(retry_after)})
        self.retry_after = retry_after


class VersionMismatch(ServerError):
    """426 update_required (the laptop is older) or 409 server_outdated (it is newer)."""

    status = 426
    error = "update_required"
