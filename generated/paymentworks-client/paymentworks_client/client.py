# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
import os
import ssl
from typing import TYPE_CHECKING, Any, Self

import httpx
from attrs import define, evolve, field

from ._retries import (
    DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES,
)
from ._retries import (
    DEFAULT_TIMEOUT as DEFAULT_TIMEOUT,
)
from ._retries import (
    MAX_WAIT as MAX_WAIT,
)
from ._retries import (
    TRANSPORT_ARGS as TRANSPORT_ARGS,
)
from ._retries import (
    OperationRetry as OperationRetry,
)
from ._retries import (
    logger as logger,
)
from ._retries import (
    retry_for as retry_for,
)
from ._retries import (
    retrying_transport as retrying_transport,
)
from ._tokens import RenewingToken, TokenAuth, as_renewing

if TYPE_CHECKING:
    from .api import (
        AsyncNewVendorRequestsResource,
        AsyncUpdatesResource,
        NewVendorRequestsResource,
        UpdatesResource,
    )


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take (default DEFAULT_TIMEOUT: 30 s, 5 s to
        connect; None waits forever). API functions will raise httpx.TimeoutException if this is exceeded.

        ``max_retries``: How often a failed request is retried (default DEFAULT_MAX_RETRIES) under the operation's
        policy from the spec; 0 turns retries off. Any ``transport`` in ``httpx_args`` is wrapped, not replaced.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=retrying_transport(self._httpx_args, self._verify_ssl, self.max_retries, asynchronous=False),
                **{key: value for key, value in self._httpx_args.items() if key not in TRANSPORT_ARGS},
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=retrying_transport(self._httpx_args, self._verify_ssl, self.max_retries, asynchronous=True),
                **{key: value for key, value in self._httpx_args.items() if key not in TRANSPORT_ARGS},
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take (default DEFAULT_TIMEOUT: 30 s, 5 s to
        connect; None waits forever). API functions will raise httpx.TimeoutException if this is exceeded.

        ``max_retries``: How often a failed request is retried (default DEFAULT_MAX_RETRIES) under the operation's
        policy from the spec; 0 turns retries off. Any ``transport`` in ``httpx_args`` is wrapped, not replaced.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
        token: The token to use for authentication (or token_provider, a function returning it)
        prefix: The prefix to use for the Authorization header (from the spec's security scheme)
        auth_header_name: The name of the Authorization header
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    token: str = ""
    prefix: str = "Token"
    auth_header_name: str = "Authorization"
    # A callable returning the token (a str, or a Token with its expiry; a JWT's `exp` is read): renewed shortly
    # before it expires and once after a 401, one renewal at a time for every sync and async caller of this client.
    token_provider: RenewingToken | None = field(default=None, kw_only=True, converter=as_renewing)
    updates: "UpdatesResource" = field(init=False, repr=False)
    new_vendor_requests: "NewVendorRequestsResource" = field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # The resources call the operation modules, which import this module: bind them once it is loaded.
        from . import api

        self.updates = api.UpdatesResource(self)
        self.new_vendor_requests = api.NewVendorRequestsResource(self)

    def _auth(self) -> dict[str, Any]:
        """httpx's `auth` for a renewing token; a fixed token travels as a default header instead."""
        if self.token_provider is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            return {}
        return {"auth": TokenAuth(self.token_provider, self.prefix, self.auth_header_name)}

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    @classmethod
    def from_env(cls, **kwargs: Any) -> Self:
        """A client from PAYMENTWORKS_BASE_URL (default: the spec's staging server) and PAYMENTWORKS_TOKEN.

        With `token_provider=` among kwargs, PAYMENTWORKS_TOKEN is not needed: the provider supplies the token.
        """
        token = os.environ.get("PAYMENTWORKS_TOKEN", "")
        if not token and kwargs.get("token_provider") is None:
            raise ValueError(
                "PAYMENTWORKS_TOKEN is not set: export the API token in it (never put it in code), "
                "or pass token_provider="
            )
        base_url = os.environ.get("PAYMENTWORKS_BASE_URL") or "https://sandbox.paymentworks.com"
        return cls(base_url=base_url, token=token, **kwargs)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            auth = self._auth()
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=retrying_transport(self._httpx_args, self._verify_ssl, self.max_retries, asynchronous=False),
                **auth,
                **{key: value for key, value in self._httpx_args.items() if key not in TRANSPORT_ARGS},
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            auth = self._auth()
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=retrying_transport(self._httpx_args, self._verify_ssl, self.max_retries, asynchronous=True),
                **auth,
                **{key: value for key, value in self._httpx_args.items() if key not in TRANSPORT_ARGS},
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


class AsyncClient:
    """The async twin of AuthenticatedClient: the same resources, each method awaited (`await client.updates...`).

    Built like AuthenticatedClient (`AsyncClient(base_url=..., token=... or token_provider=..., ...)`,
    `AsyncClient.from_env()`), or around one (`AsyncClient(client=...)`, sharing its token state and settings).
    """

    updates: "AsyncUpdatesResource"
    new_vendor_requests: "AsyncNewVendorRequestsResource"

    def __init__(self, *, client: AuthenticatedClient | None = None, **kwargs: Any) -> None:
        if client is not None and kwargs:
            raise TypeError("AsyncClient: pass either client= or AuthenticatedClient's arguments, not both")
        self.client = client if client is not None else AuthenticatedClient(**kwargs)
        from . import api

        self.updates = api.AsyncUpdatesResource(self.client)
        self.new_vendor_requests = api.AsyncNewVendorRequestsResource(self.client)

    @classmethod
    def from_env(cls, **kwargs: Any) -> Self:
        """An AsyncClient around AuthenticatedClient.from_env(**kwargs)."""
        return cls(client=AuthenticatedClient.from_env(**kwargs))

    async def __aenter__(self) -> Self:
        """Open the underlying httpx.AsyncClient; leaving the block closes it."""
        await self.client.__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Close the underlying httpx.AsyncClient."""
        await self.client.__aexit__(*args, **kwargs)
