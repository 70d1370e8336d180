"""Which IP addresses the fetcher may connect to: public unicast addresses only.

An IPv6 address that carries an IPv4 address inside it (IPv4-mapped, 6to4, Teredo) is judged
by that IPv4 address too, since a relay or the host's own stack may deliver it there.
"""

from __future__ import annotations

import ipaddress

from newsfuse.errors import BlockedURLError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Ranges the standard library (depending on the Python release) may call global but that
# must never be fetched from: the deprecated 6to4 relay anycast (RFC 7526), which hands
# packets to whichever relay is nearest, and IPv6 site-local addresses (RFC 3879).
_REFUSED_NETWORKS: tuple[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str], ...] = (
    (ipaddress.ip_network("192.88.99.0/24"), "6to4 relay anycast"),
    (ipaddress.ip_network("fec0::/10"), "site-local"),
)
_TEREDO = ipaddress.ip_network("2001::/32")
_SIXTOFOUR = ipaddress.ip_network("2002::/16")


def check_address(address: str, url: str) -> None:
    """Refuse an IP address that is not a public unicast address.

    Example:
        >>> check_address("93.184.216.34", "http://example.com/")
        >>> check_address("10.0.0.7", "http://intranet/")
        Traceback (most recent call last):
        ...
        newsfuse.errors.BlockedURLError: http://intranet/: refused, its host resolves to \
the private address 10.0.0.7 (use --allow-private to allow it)
        >>> check_address("2002:7f00:1::", "http://sneaky/")
        Traceback (most recent call last):
        ...
        newsfuse.errors.BlockedURLError: http://sneaky/: refused, its host resolves to \
the loopback address 127.0.0.1 (inside the 6to4 address 2002:7f00:1::) (use --allow-private \
to allow it)
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for inner, wrapper in _embedded_ipv4(ip):
        kind = refused_kind(inner)
        if kind:
            _refuse(url, f"the {kind} address {inner} (inside the {wrapper} address {ip})")
    kind = refused_kind(ip)
    if kind:
        _refuse(url, f"the {kind} address {ip}")


def refused_kind(ip: IPAddress) -> str:
    """Why ``ip`` may not be fetched from ("loopback", "private", ...), or "" if it may.

    Example:
        >>> refused_kind(ipaddress.ip_address("192.88.99.1"))
        '6to4 relay anycast'
        >>> refused_kind(ipaddress.ip_address("1.1.1.1"))
        ''
    """
    named = next((kind for net, kind in _REFUSED_NETWORKS if ip in net), "")
    checks = (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified),
        ("reserved", ip.is_reserved),
        (named, bool(named)),
        ("private", ip.is_private or not ip.is_global),
    )
    return next((kind for kind, matched in checks if matched), "")


def _embedded_ipv4(ip: IPAddress) -> list[tuple[ipaddress.IPv4Address, str]]:
    """The IPv4 addresses a 6to4 or Teredo address carries, each with the tunnel's name."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return []
    if ip in _SIXTOFOUR and ip.sixtofour is not None:
        return [(ip.sixtofour, "6to4")]
    if ip in _TEREDO and ip.teredo is not None:
        server, client = ip.teredo
        return [(server, "Teredo"), (client, "Teredo")]
    return []


def _refuse(url: str, what: str) -> None:
    raise BlockedURLError(
        f"refused, its host resolves to {what} (use --allow-private to allow it)", url
    )
