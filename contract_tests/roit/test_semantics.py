"""roit: every listing walked keeps the paging contract; Authorization is as specified and no looser."""

from contract_tests.semantic_suite import semantic_tests

test_listing_walk_keeps_the_paging_contract, test_auth_is_as_specified_and_no_looser = semantic_tests("roit")
