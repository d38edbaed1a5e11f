"""Expiring tokens over a real socket: issued at /__mock__/token, refused once expired with a 401 saying so, counted."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from contracts.mock import DEMO_TOKEN, MockApp, create_app
from contracts.mock.__main__ import main
from contracts.mock.testing import serve_in_thread, spec_problems
from contracts.mock.tokens import TokenIssuer

LIFETIME = 60
# One read per vendor that needs the token: (operation id, path).
READS = {
    "roit": ("list_requests", "/roit-data-integration/v1/requests/list"),
    "paymentworks": ("list_updates", "/api/updates/"),
    "procuros": ("ping", "/v2/ping"),
}


class Clock:
    """A clock the test moves: the mock's idea of now, without sleeping."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def _issuer(app: MockApp) -> TokenIssuer:
    assert app.tokens is not None
    return app.tokens


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def served(clock: Clock) -> Iterator[tuple[MockApp, httpx.Client]]:
    app = create_app("procuros", token_lifetime=LIFETIME)
    _issuer(app).clock = clock
    with serve_in_thread(app) as base_url, httpx.Client(base_url=base_url, timeout=10) as client:
        yield app, client


def _fresh(client: httpx.Client) -> dict[str, Any]:
    response = client.post("/__mock__/token")
    assert response.status_code == 200, response.text
    issued: dict[str, Any] = response.json()
    return issued


def _part(segment: str) -> dict[str, Any]:
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    return decoded


def _ping(client: httpx.Client, token: str) -> httpx.Response:
    return client.get("/v2/ping", headers={"Authorization": f"Bearer {token}"})


def test_issued_token_is_a_jwt_whose_exp_and_iat_give_the_lifetime(served: tuple[MockApp, httpx.Client]) -> None:
    _, client = served
    issued = _fresh(client)
    header, payload, signature = issued["access_token"].split(".")
    claims = _part(payload)
    assert _part(header) == {"alg": "HS256", "typ": "JWT"} and signature
    assert claims["exp"] - claims["iat"] == LIFETIME == issued["expires_in"]
    assert issued["expires_at"] == claims["exp"] and claims["iat"] == 1_700_000_000


def test_expired_token_gets_401_naming_when_it_expired_and_where_to_renew(
    served: tuple[MockApp, httpx.Client], clock: Clock
) -> None:
    app, client = served
    token = _fresh(client)["access_token"]
    clock.now += LIFETIME - 1
    assert _ping(client, token).status_code == 204
    clock.now += 1
    refused = _ping(client, token)
    assert refused.status_code == 401
    assert "token expired at 2023-11-14T22:14:20Z; fetch a new one from POST /__mock__/token" in refused.text
    assert spec_problems("procuros", "ping", refused) == []
    assert client.get("/__mock__/tokens").json() == {"lifetime": LIFETIME, "issued": 1, "expired_refusals": 1}
    assert app.violations == []


def test_a_client_that_renews_before_expiry_sees_one_renewal_per_window_and_no_401(
    served: tuple[MockApp, httpx.Client], clock: Clock
) -> None:
    _, client = served
    statuses, token, expires_at = [], "", 0.0
    for _ in range(3 * (LIFETIME - 5) // 5):  # a request every 5 s; renewed 5 s before expiry: three windows
        if clock.now >= expires_at - 5:
            issued = _fresh(client)
            token, expires_at = issued["access_token"], issued["expires_at"]
        statuses.append(_ping(client, token).status_code)
        clock.now += 5
    assert set(statuses) == {204}
    assert client.get("/__mock__/tokens").json() == {"lifetime": LIFETIME, "issued": 3, "expired_refusals": 0}


def test_with_expiring_tokens_the_fixed_and_forged_tokens_are_refused(served: tuple[MockApp, httpx.Client]) -> None:
    _, client = served
    assert "no token issued by this mock" in _ping(client, DEMO_TOKEN).text
    header, payload, signature = _fresh(client)["access_token"].split(".")
    forged_claims = {**_part(payload), "exp": 9_999_999_999}
    forged = base64.urlsafe_b64encode(json.dumps(forged_claims).encode()).rstrip(b"=").decode()
    assert _ping(client, f"{header}.{forged}.{signature}").status_code == 401
    assert client.get("/__mock__/tokens").json()["expired_refusals"] == 0


def test_recorded_requests_mask_issued_tokens(served: tuple[MockApp, httpx.Client]) -> None:
    _, client = served
    token = _fresh(client)["access_token"]
    assert _ping(client, token).status_code == 204
    recorded = client.get("/__mock__/requests").json()
    assert recorded[-1]["headers"]["authorization"] == "Bearer ***" and token not in json.dumps(recorded)


@pytest.mark.parametrize("vendor", READS)
def test_each_vendor_answers_an_expired_token_in_its_documented_401_shape(vendor: str, clock: Clock) -> None:
    app = create_app(vendor, token_lifetime=LIFETIME)
    _issuer(app).clock = clock
    operation_id, path = READS[vendor]
    name, _, value = app.authorization_header().partition(": ")
    with serve_in_thread(app) as base_url, httpx.Client(base_url=base_url, timeout=10) as client:
        token = _fresh(client)["access_token"]
        headers = {name: value.replace(DEMO_TOKEN, token)}
        assert client.get(path, headers=headers).status_code < 400
        clock.now += LIFETIME
        refused = client.get(path, headers=headers)
    assert refused.status_code == 401 and "token expired at" in refused.text
    assert spec_problems(vendor, operation_id, refused) == []


def test_off_by_default_the_fixed_token_works_and_no_token_is_issued() -> None:
    app = create_app("procuros")
    with serve_in_thread(app) as base_url, httpx.Client(base_url=base_url, timeout=10) as client:
        assert _ping(client, DEMO_TOKEN).status_code == 204
        refused = client.post("/__mock__/token")
        assert refused.status_code == 404 and "--token-lifetime SECONDS" in refused.text
        assert client.get("/__mock__/tokens").status_code == 404


def test_reset_zeroes_the_counts_and_keeps_issued_tokens_valid(served: tuple[MockApp, httpx.Client]) -> None:
    _, client = served
    token = _fresh(client)["access_token"]
    assert client.post("/__mock__/reset").status_code == 200
    assert client.get("/__mock__/tokens").json()["issued"] == 0
    assert _ping(client, token).status_code == 204
    assert client.get("/__mock__/token").status_code == 405


def test_serve_refuses_a_token_lifetime_below_one_second(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--token-lifetime", "0"]) == 2
    assert "token lifetime must be at least 1 second, got 0" in capsys.readouterr().err
