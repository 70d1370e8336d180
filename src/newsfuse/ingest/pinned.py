"""An httpx transport that connects only to addresses the fetcher has checked.

The fetcher resolves a host once, checks every address, and pins them for the request it is
about to make; the transport then dials a pinned address instead of resolving the name
again, so a DNS answer that changes between the check and the connection (DNS rebinding)
cannot steer a request to an address that was never checked. The URL keeps its host name,
so the ``Host`` header, TLS SNI and the certificate check all use the original name.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import httpcore
import httpx
from httpcore import SOCKET_OPTION


class PinnedBackend(httpcore.NetworkBackend):
    """Dials the addresses pinned for ``(host, port)`` by :meth:`pinned` in this thread.

    A connection to a host that was not pinned is refused unless ``allow_unpinned`` (the
    fetcher's ``allow_private``, where nothing is checked and the name may be resolved as
    usual). ``network`` is the backend that really opens sockets; tests inject one.
    """

    def __init__(
        self, network: httpcore.NetworkBackend | None = None, allow_unpinned: bool = False
    ) -> None:
        self._network = network or httpcore.SyncBackend()
        self._allow_unpinned = allow_unpinned
        # Each fetch pins in its own thread and httpcore's sync pool connects in the thread
        # that sends the request, so a thread-local pin cannot leak into another fetch.
        self._pins = threading.local()

    @contextmanager
    def pinned(self, host: str, port: int, addresses: Iterable[str]) -> Iterator[None]:
        """Within the block, connections to ``host:port`` go to ``addresses`` only."""
        previous = getattr(self._pins, "target", None)
        self._pins.target = (_normal_host(host), port, tuple(addresses))
        try:
            yield
        finally:
            self._pins.target = previous

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self._addresses_for(host, port)
        failure: Exception = httpcore.ConnectError(f"no address to connect to for {host}")
        for address in addresses:
            try:
                return self._network.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                failure = error  # try the next checked address, as a resolver would
        raise failure

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("the fetcher never connects to a Unix socket")

    def sleep(self, seconds: float) -> None:
        self._network.sleep(seconds)

    def _addresses_for(self, host: str, port: int) -> tuple[str, ...]:
        target = getattr(self._pins, "target", None)
        if target is not None and target[:2] == (_normal_host(host), port):
            return tuple(target[2])
        if self._allow_unpinned:
            return (host,)
        raise httpcore.ConnectError(
            f"refused to connect to {host}:{port}: its address was not checked first"
        )


class PinnedTransport(httpx.HTTPTransport):
    """httpx's own transport (TLS, HTTP/1.1, pooling) over a :class:`PinnedBackend`."""

    def __init__(self, backend: PinnedBackend) -> None:
        # trust_env=False: no proxy from the environment, whose address nobody checked.
        super().__init__(trust_env=False)
        self.backend = backend
        # httpx does not (yet) take a network backend, so its pool is rebuilt with ours;
        # every other setting is httpx's default.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=httpx.Limits().max_connections,
            max_keepalive_connections=httpx.Limits().max_keepalive_connections,
            network_backend=backend,
        )


def _normal_host(host: str) -> str:
    """Host names as httpcore passes them: lower case, IPv6 without brackets."""
    return host.strip("[]").lower()
