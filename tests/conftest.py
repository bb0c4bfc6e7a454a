"""Shared fixtures: the tiny copy model, an isolated Argos packages dir, and a socket guard.

Every test runs under ``no_network``: any socket connection raises, so a test (or the code
under test) that touches the network fails loudly. Tests marked
``@pytest.mark.network_loopback`` may connect to 127.0.0.1 / ::1 only.
"""
from __future__ import annotations

import http.server
import ipaddress
import socket
import threading
from pathlib import Path
from typing import Any, Iterator

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "network_loopback: the test may open connections to 127.0.0.1 only")


class NetworkBlocked(ConnectionError):
    """Raised by the socket guard (an OSError, like a refused connection, so the code under
    test reports it the way it reports real network failures)."""


def _host_of(address: Any) -> str | None:
    if isinstance(address, tuple) and address:
        return str(address[0])
    return None  # AF_UNIX paths and the like


def _is_loopback(host: str | None) -> bool:
    if host is None:
        return True  # unix sockets never leave the machine
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Block every connection; loopback only for tests marked ``network_loopback``."""
    allow_loopback = request.node.get_closest_marker("network_loopback") is not None

    def check(host: str | None) -> None:
        if not (allow_loopback and _is_loopback(host)):
            raise NetworkBlocked(f"network access blocked in tests: {host}")

    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> Any:
        check(_host_of(address))
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        check(_host_of(address))
        return real_connect_ex(self, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
        check(_host_of(address))
        return _real_create_connection(address, *args, **kwargs)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        check(None if host is None else str(host))
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield


_real_create_connection = socket.create_connection


@pytest.fixture(scope="session")
def copy_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny copy-model ``.argosmodel`` (fr->en), built once per session."""
    from reltrans.engine.toymodel import build_copy_package

    return build_copy_package(tmp_path_factory.mktemp("copy-model"))


@pytest.fixture
def argos_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, copy_package: Path) -> Path:
    """A fresh ``ARGOS_PACKAGES_DIR`` with the copy package installed; returns the dir."""
    packages = tmp_path / "argos-packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages))
    monkeypatch.delenv("ARGOS_PACKAGE_INDEX", raising=False)
    from reltrans.engine.packages import install_archive

    install_archive(copy_package)
    return packages


class LoopbackServer:
    """A bounded HTTP server on 127.0.0.1 serving ``files`` (path -> bytes); 404 otherwise."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.requests: list[str] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                server.requests.append(self.path)
                body = server.files.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def loopback_server() -> Iterator[LoopbackServer]:
    """An HTTP server on 127.0.0.1 (use with ``@pytest.mark.network_loopback``); stops itself."""
    server = LoopbackServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see (or write) the user's models, translation memory or settings."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(home / "argos-packages"))
    monkeypatch.delenv("RELTRANS_TM", raising=False)
    monkeypatch.delenv("ARGOS_PACKAGE_INDEX", raising=False)


# The bundled glossary and its matchers, shared by the glossary test modules (built once).
@pytest.fixture(scope="session")
def bundled():  # type: ignore[no-untyped-def]
    from reltrans.glossary import load_glossaries

    return load_glossaries()


@pytest.fixture(scope="session")
def fr(bundled):  # type: ignore[no-untyped-def]
    from reltrans.glossary import build_matcher

    return build_matcher(bundled, "fr")


@pytest.fixture(scope="session")
def en(bundled):  # type: ignore[no-untyped-def]
    from reltrans.glossary import build_matcher

    return build_matcher(bundled, "en")


@pytest.fixture(scope="session")
def concepts_over(bundled):  # type: ignore[no-untyped-def]
    """``concepts_over(sentence, word)``: the ids of the bundled concepts matched over ``word``
    when ``sentence`` is its own document (forbidden matches left out), as translate matches it."""
    from reltrans.glossary import build_matcher

    def over(sentence: str, word: str) -> list[str]:
        matcher = build_matcher(bundled, "fr", document_text=sentence)
        start = sentence.index(word)
        end = start + len(word)
        return [m.concept_id for m in matcher.find(sentence) if m.status != "forbidden" and m.start < end and start < m.end]

    return over
