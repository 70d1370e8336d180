"""Test doubles for the network under the fetcher: a local listener that counts the
connections it accepts, and a network backend that never leaves the machine."""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpcore

PAGE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 46\r\nConnection: close\r\n"
    b"\r\n<html><body><p>served locally</p></body></html>"
)


@dataclass
class Listener:
    """A TCP listener on 127.0.0.1: every accepted connection is counted and the request it
    sent kept."""

    port: int
    accepted: int = 0
    received: list[bytes] = field(default_factory=list)


@contextmanager
def listener(reply: bytes = PAGE) -> Iterator[Listener]:
    """Listen until the block ends; each connection gets ``reply`` (a raw HTTP response)."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.1)
    found = Listener(server.getsockname()[1])
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            found.accepted += 1
            with connection:
                connection.settimeout(2)
                found.received.append(_read_request(connection))
                connection.sendall(reply)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield found
    finally:
        stop.set()
        thread.join(timeout=5)
        server.close()


def _read_request(connection: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        try:
            chunk = connection.recv(4096)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
    return data


class LocalOnlyNetwork(httpcore.NetworkBackend):
    """Opens real sockets to loopback only; a public address is either mapped to a local
    stand-in port (``stand_ins``) or fails to connect, so no test reaches the internet.
    Every dial is recorded in ``dialed`` and every TLS server name in ``tls_names``."""

    def __init__(self, stand_ins: dict[str, int] | None = None, tls: bool = False) -> None:
        self.stand_ins = stand_ins or {}
        self.tls = tls
        self.dialed: list[tuple[str, int]] = []
        self.tls_names: list[str | None] = []

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        self.dialed.append((host, port))
        if self.tls:
            return _RecordingTLSStream(self)
        if host in self.stand_ins:
            return httpcore.SyncBackend().connect_tcp("127.0.0.1", self.stand_ins[host], timeout)
        if _is_loopback(host):  # a fetcher bug would land here, and the listener count it
            return httpcore.SyncBackend().connect_tcp(host, port, timeout)
        raise httpcore.ConnectError(f"{host}: no network in tests")


class _RecordingTLSStream(httpcore.NetworkStream):
    def __init__(self, network: LocalOnlyNetwork) -> None:
        self.network = network

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        self.network.tls_names.append(server_hostname)
        raise httpcore.ConnectError("TLS is not spoken in tests")

    def close(self) -> None:
        pass


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
