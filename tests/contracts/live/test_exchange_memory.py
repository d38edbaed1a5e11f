"""Hypothesis examples against a target whose state moves on replay deterministically through ExchangeMemory."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import requests
from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Flaky

from contract_tests.hypothesis_profiles import current_example
from contracts.live.memory import ExchangeMemory, request_key


class _MovingTarget:
    """A target that never resets: every answer is the number of requests it has served so far."""

    def __init__(self) -> None:
        self.sent = 0

    def send(self, request: requests.PreparedRequest) -> requests.Response:
        self.sent += 1
        answer = requests.Response()
        answer.status_code = 200
        answer._content = str(self.sent).encode()  # what the target's counter says now
        answer.request = request
        return answer


def _send_through(memory: ExchangeMemory | None, target: _MovingTarget) -> Callable[[str], requests.Response]:
    def send(url: str) -> requests.Response:
        request = requests.Request("GET", url, headers={"Authorization": "t"}).prepare()
        recalled = memory.recall(request) if memory else None
        if recalled is not None:
            return recalled
        answer = target.send(request)
        if memory:
            memory.remember(request, answer)
        return answer

    return send


def _workflow(send: Callable[[str], requests.Response]) -> Callable[[], None]:
    # Like a state machine: how many steps it can draw depends on what the listing answered.
    @settings(max_examples=60, derandomize=True, database=None, phases=[Phase.generate, Phase.shrink])
    @given(data=st.data())
    def workflow(data: st.DataObject) -> None:
        records = 1 + int(send(f"http://target/list?shelf={data.draw(st.integers(0, 9))}").content) % 3
        for _ in range(records):
            record = data.draw(st.integers(0, 3))
            served = int(send(f"http://target/get/{record}").content)
            assert record < 3 or served % 5, "record 3 answered a multiple of 5"

    return workflow


def test_without_memory_a_failure_on_a_moving_target_cannot_be_replayed() -> None:
    with pytest.raises(Flaky):
        _workflow(_send_through(None, _MovingTarget()))()


def test_with_memory_the_failure_replays_and_shrinks_deterministically_and_new_histories_reach_the_target() -> None:
    verdicts = []
    for _ in range(2):
        memory, target = ExchangeMemory(current_example), _MovingTarget()
        with pytest.raises(AssertionError, match="record 3 answered a multiple of 5") as failure:
            _workflow(_send_through(memory, target))()
        assert target.sent > 10 and memory.replayed > 0
        verdicts.append((str(failure.value).splitlines()[0], target.sent, memory.replayed))
    assert verdicts[0] == verdicts[1]  # the same run, the same verdict, the same requests


def test_outside_a_hypothesis_example_every_request_reaches_the_target() -> None:
    memory, target = ExchangeMemory(current_example), _MovingTarget()
    send = _send_through(memory, target)
    assert [send("http://target/list").content for _ in range(3)] == [b"1", b"2", b"3"]
    assert target.sent == 3 and memory.replayed == 0


def test_the_key_tells_credentials_and_bodies_apart_but_not_the_case_id() -> None:
    def key(headers: dict[str, str], body: str = "") -> str:
        return request_key(requests.Request("POST", "http://t/x", headers=headers, data=body or None).prepare())

    assert key({"Authorization": "a"}) != key({"Authorization": "b"})
    assert key({"Authorization": "a"}, "1") != key({"Authorization": "a"}, "2")
    assert key({"X-Schemathesis-TestCaseId": "1"}) == key({"X-Schemathesis-TestCaseId": "2"})
