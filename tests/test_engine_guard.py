"""The autouse socket guard of conftest, and proof that translating never uses the network."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest

from reltrans.engine.packages import find_package
from reltrans.engine.translator import DecodeOptions, Engine


def test_guard_blocks_non_loopback_connect() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(OSError, match="network access blocked"):
            sock.connect(("192.0.2.1", 80))
        with pytest.raises(OSError, match="network access blocked"):
            sock.connect_ex(("192.0.2.1", 80))
    finally:
        sock.close()
    with pytest.raises(OSError, match="network access blocked"):
        socket.create_connection(("192.0.2.1", 443), timeout=1)
    with pytest.raises(OSError, match="network access blocked"):
        socket.getaddrinfo("example.org", 443)


def test_guard_blocks_loopback_without_marker() -> None:
    with pytest.raises(OSError, match="network access blocked"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


@pytest.mark.network_loopback
def test_marker_allows_loopback_only() -> None:
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    with pytest.raises(OSError, match="network access blocked"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)


@pytest.mark.model
def test_load_and_translate_under_the_guard(argos_dir: Path) -> None:
    engine = Engine.load(find_package("fr", "en"), DecodeOptions())
    text = "L'ONUDC lutte contre le trafic illicite de migrants."
    assert engine.translate([text]) == [text]
