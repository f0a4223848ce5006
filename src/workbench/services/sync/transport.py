"""Talking to the team's server over HTTP (httpx), with every failure turned into a
SyncError that says what happened and whether trying again later can help."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from workbench.errors import WorkbenchError
from workbench.sync.protocol import PROTOCOL_VERSION
from workbench.texts import fill, translate

# httpx is imported when a server is first called: with `rich` installed it takes 0.3 s,
# which a start that never syncs (or syncs later) should not pay.
if TYPE_CHECKING:
    import httpx

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0


class SyncError(WorkbenchError):
    """A sync that could not finish; `transient` ones are retried with back-off."""

    exit_code = 5
    transient = False


class Offline(SyncError):
    transient = True


class ServerTrouble(SyncError):
    transient = True


class SignInNeeded(SyncError):
    pass


class UpdateRequired(SyncError):
    pass


class Refused(SyncError):
    pass


class ResyncRequired(SyncError):
    """The laptop's cursor is older than what the server still keeps."""


def new_client() -> httpx.Client:
    """A connection pool with the sync's timeouts."""
    import httpx

    return httpx.Client(timeout=httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT))


class HttpTransport:
    """One server, one token. `client` may be any httpx.Client (the tests pass the
    server's in-process ASGI client; the app a real connection pool)."""

    def __init__(
        self,
        server: str,
        schema: str,
        token: str | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        self.server = server.rstrip("/")
        self.schema = schema
        self.token = token
        self.client = client or new_client()

    def close(self) -> None:
        self.client.close()

    def _versions(self) -> dict[str, Any]:
        return {"protocol": PROTOCOL_VERSION, "schema": self.schema}

    def login(self, user: str, password: str, device_name: str, node: str) -> dict[str, Any]:
        body = {
            **self._versions(),
            "user": user,
            "password": password,
            "device_name": device_name,
            "node": node,
        }
        return self._call("POST", "/v1/login", json_body=body, auth=False)

    def logout(self) -> None:
        self._call("POST", "/v1/logout", json_body={})

    def push(self, changes: list[dict[str, Any]]) -> dict[str, Any]:
        return self._call("POST", "/v1/push", json_body={**self._versions(), "changes": changes})

    def pull(self, cursor: int, limit: int, count: bool) -> dict[str, Any]:
        params = {**self._versions(), "cursor": cursor, "limit": limit, "count": count}
        return self._call("GET", "/v1/pull", params=params)

    def wait(self, cursor: int, timeout: float) -> dict[str, Any]:
        params = {**self._versions(), "cursor": cursor, "timeout": timeout}
        return self._call("GET", "/v1/wait", params=params, read_timeout=timeout + 15)

    def _call(
        self,
        method: str,
        path: str,
        *,
        json_body: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        auth: bool = True,
        read_timeout: float | None = None,
    ) -> dict[str, Any]:
        headers = {}
        if auth:
            if not self.token:
                raise SignInNeeded(
                    translate("Sync", "This laptop is not signed in to a team server.")
                )
            headers["Authorization"] = f"Bearer {self.token}"
        import httpx

        try:
            response = self.client.request(
                method,
                self.server + path,
                content=json.dumps(json_body) if json_body is not None else None,
                params=params,
                headers={**headers, "Content-Type": "application/json"},
                timeout=(
                    httpx.Timeout(read_timeout, connect=CONNECT_TIMEOUT)
                    if read_timeout is not None
                    else httpx.USE_CLIENT_DEFAULT
                ),
            )
        except httpx.TimeoutException:
            late = translate("Sync", "The team's server at %1 did not answer in time.")
            raise Offline(fill(late, self.server)) from None
        except httpx.HTTPError as exc:
            away = translate("Sync", "The team's server at %1 can't be reached (%2).")
            raise Offline(fill(away, self.server, exc)) from None
        return _answer(self.server, response)


def _answer(server: str, response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    message = str(body.get("message") or body.get("detail") or response.reason_phrase)
    status = response.status_code
    if status < 400:
        return body
    if status == 401:
        refused = translate("Sync", "The team's server at %1 refused the sign-in: %2")
        raise SignInNeeded(fill(refused, server, message))
    if status == 410:
        raise ResyncRequired(message)
    if status in (409, 426):
        raise UpdateRequired(message)
    if status == 429 or status >= 500:
        trouble = translate("Sync", "The team's server at %1 had a problem (%2): %3")
        raise ServerTrouble(fill(trouble, server, status, message))
    refused_request = translate("Sync", "The team's server refused the request (%1): %2")
    raise Refused(fill(refused_request, status, message))
