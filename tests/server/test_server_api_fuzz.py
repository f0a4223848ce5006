"""Generated requests, valid and invalid, against the API as its OpenAPI description states it:
the server never answers with a 500 and its answers match the description."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from workbench.server import auth, db
from workbench.server.app import create_app
from workbench.sync.protocol import PROTOCOL_VERSION

from .conftest import PASSWORD


@pytest.fixture
def signed_in(tmp_path: Path) -> Iterator[tuple[Any, str]]:
    engine = db.make_server_engine(f"sqlite:///{tmp_path / 'server.sqlite'}")
    db.migrate(engine)
    auth.create_team(engine, "North")
    auth.create_user(engine, "Ann Berg", PASSWORD, "North", "salesperson")
    token = auth.sign_in(engine, "Ann Berg", PASSWORD, "", "n1", db.expected_app_schema()).token
    yield create_app(engine), token
    engine.dispose()


@pytest.mark.parametrize("mode", list(GenerationMode))
def test_generated_requests_get_no_server_error(
    signed_in: tuple[Any, str], mode: GenerationMode
) -> None:
    app, token = signed_in
    api = schemathesis.openapi.from_asgi("/openapi.json", app)
    requests = st.one_of([op.ok().as_strategy(mode) for op in api.get_all_operations()])
    headers = {"Authorization": f"Bearer {token}"}

    @given(requests)
    @settings(
        max_examples=150, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
    )
    def check(case: Any) -> None:
        # Logging out would end the token the other examples use.
        sent = {} if case.path == "/v1/logout" else headers
        if mode is GenerationMode.POSITIVE:
            # Random versions stop nearly every request at the version check; the right ones
            # let the generated bodies reach the routes behind it.
            for part in (case.body, case.query):
                if isinstance(part, dict) and "schema" in part:
                    part.update(protocol=PROTOCOL_VERSION, schema=db.expected_app_schema())
        if case.path == "/v1/wait":
            # A valid long poll holds its answer for up to the timeout it is given (25 s by
            # default), longer than the client's read timeout; an instant one tests the same.
            query = case.query if isinstance(case.query, dict) else {}
            if isinstance(query.get("timeout", 0), (int, float)):
                query["timeout"] = 0
            case.query = query
        case.call_and_validate(
            headers=sent, checks=[not_a_server_error, response_schema_conformance]
        )

    check()
