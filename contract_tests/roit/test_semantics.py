"""roit: every listing walked keeps the paging contract; Authorization is as specified and no looser;
an unknown id is answered as not found; a write moves the record's clock."""

from contract_tests.promise_suite import promise_tests
from contract_tests.semantic_suite import semantic_tests

test_listing_walk_keeps_the_paging_contract, test_auth_is_as_specified_and_no_looser = semantic_tests("roit")
test_an_unknown_id_is_answered_as_not_found, test_a_write_moves_the_record_clock = promise_tests("roit")
