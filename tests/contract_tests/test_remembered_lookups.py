"""A loaded schema answers Schemathesis's per-case config lookups once per operation and phase, as Schemathesis does."""

from __future__ import annotations

import schemathesis

from contract_tests.schemathesis_config import load_config, remember_lookups
from contracts.model.vendors import VENDORS


def _schema() -> schemathesis.BaseSchema:
    config, _ = load_config()
    return schemathesis.openapi.from_path(VENDORS["procuros"].spec_path, config=config)


def test_each_lookup_is_answered_once_per_operation_and_phase_as_schemathesis_answers_it() -> None:
    remembered, fresh = _schema(), _schema()
    remember_lookups(remembered.config)
    send = remembered["/v2/transactions"]["POST"]  # the one the toml narrows: coverage positive, more statuses
    ping = remembered["/v2/ping"]["GET"]
    for operation in (send, ping):
        for phase in ("examples", "coverage", "fuzzing", "stateful", None):
            checks = remembered.config.checks_config_for(operation=operation, phase=phase)
            assert remembered.config.checks_config_for(operation=operation, phase=phase) is checks  # kept
            expected = fresh.config.checks_config_for(operation=operation, phase=phase)
            assert (
                checks.negative_data_rejection.expected_statuses == expected.negative_data_rejection.expected_statuses
            )
            generation = remembered.config.generation_for(operation=operation, phase=phase)
            assert generation.modes == fresh.config.generation_for(operation=operation, phase=phase).modes
        phases = remembered.config.phases_for(operation=operation)
        assert phases is remembered.config.phases_for(operation=operation)
        assert (
            phases.coverage.generation.modes == fresh.config.phases_for(operation=operation).coverage.generation.modes
        )
    # Two operations never share an answer: the toml's per-operation blocks stay per operation.
    assert remembered.config.generation_for(operation=send, phase="coverage").modes != (
        remembered.config.generation_for(operation=ping, phase="coverage").modes
    )
