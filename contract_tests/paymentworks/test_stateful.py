"""paymentworks: workflows chained over the spec's links keep their contract from step to step."""

from contract_tests.suite import stateful_test

TestWorkflows = stateful_test("paymentworks")
