"""The contract engine: the spec compiled into one model, the stateful mock, the live-target runner, reporting and
semantics. Usable without pytest; the suite (contract_tests/) and the scripts build on it."""
