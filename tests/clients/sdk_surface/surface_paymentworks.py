"""A consumer of paymentworks_client's resource surface: every resource and method, sync and async (mypy --strict)."""

from __future__ import annotations

from paymentworks_client import AsyncClient, AuthenticatedClient
from paymentworks_client.models import (
    ListUpdatesStatus,
    MarkNewVendorRequestProcessedRequest,
    MarkUpdateProcessedRequest,
    NewVendorRequest,
    NewVendorRequestDetails,
    NewVendorRequestPage,
    Tag,
    TagPage,
    Update,
    UpdatePage,
)


def use_sync(
    client: AuthenticatedClient, done: MarkUpdateProcessedRequest, nvr: MarkNewVendorRequestProcessedRequest
) -> None:
    """Every method of every resource, once."""
    page: UpdatePage = client.updates.list(status=ListUpdatesStatus.APPROVED, timeout=5.0, max_retries=0)
    updates: list[Update] = list(client.updates.iter(per_page=20, max_pages=2))
    pages: list[UpdatePage] = list(client.updates.iter_pages())
    one: Update = client.updates.get(page.results[0].id if page.results else 1)
    marked: Update = client.updates.mark_processed(one.id, body=done)
    requests: NewVendorRequestPage = client.new_vendor_requests.list()
    each: list[NewVendorRequest] = list(client.new_vendor_requests.iter())
    request_pages: list[NewVendorRequestPage] = list(client.new_vendor_requests.iter_pages(max_pages=1))
    processed: NewVendorRequest = client.new_vendor_requests.mark_processed(1, body=nvr)
    details: NewVendorRequestDetails = client.new_vendor_requests.get_details(1)
    tags: TagPage = client.new_vendor_requests.list_tags(1)
    every_tag: list[Tag] = list(client.new_vendor_requests.iter_tags(1))
    tag_pages: list[TagPage] = list(client.new_vendor_requests.iter_tags_pages(1))
    print(updates, pages, marked, requests, each, request_pages, processed, details, tags, every_tag, tag_pages)


async def use_async(
    client: AsyncClient, done: MarkUpdateProcessedRequest, nvr: MarkNewVendorRequestProcessedRequest
) -> None:
    """Every method of every resource, awaited."""
    page: UpdatePage = await client.updates.list(timeout=5.0)
    updates: list[Update] = [update async for update in client.updates.iter()]
    pages: list[UpdatePage] = [p async for p in client.updates.iter_pages()]
    one: Update = await client.updates.get(1)
    marked: Update = await client.updates.mark_processed(one.id, body=done, max_retries=1)
    requests: NewVendorRequestPage = await client.new_vendor_requests.list()
    each: list[NewVendorRequest] = [r async for r in client.new_vendor_requests.iter()]
    request_pages: list[NewVendorRequestPage] = [p async for p in client.new_vendor_requests.iter_pages()]
    processed: NewVendorRequest = await client.new_vendor_requests.mark_processed(1, body=nvr)
    details: NewVendorRequestDetails = await client.new_vendor_requests.get_details(1)
    tags: TagPage = await client.new_vendor_requests.list_tags(1)
    every_tag: list[Tag] = [t async for t in client.new_vendor_requests.iter_tags(1)]
    tag_pages: list[TagPage] = [p async for p in client.new_vendor_requests.iter_tags_pages(1)]
    print(page, updates, pages, marked, requests, each, request_pages, processed, details, tags, every_tag, tag_pages)
