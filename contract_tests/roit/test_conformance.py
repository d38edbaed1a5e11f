"""roit: every operation honours its spec under every built-in check (examples, coverage, fuzzing)."""

from contract_tests.suite import conformance_test

test_operation_honours_its_contract = conformance_test("roit")
