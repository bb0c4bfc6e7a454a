"""Install from a package index served on the loopback interface by the test itself."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reltrans.engine.packages import fetch_index, find_package, install_from_index, list_installed
from reltrans.errors import ModelNotFoundError, NetworkError, PackageArchiveError

pytestmark = pytest.mark.network_loopback


def index_json(url: str, links: list[str], from_code: str = "fr", to_code: str = "en") -> bytes:
    return json.dumps(
        [
            {"from_code": from_code, "to_code": to_code, "package_version": "1.0", "argos_version": "1.0",
             "from_name": "French", "to_name": "English", "links": links, "type": "translate"},
            {"from_code": "en", "to_code": "es", "package_version": "1.9", "links": [f"{url}/none.argosmodel"]},
            {"type": "sbd", "from_code": "fr", "to_code": "fr", "links": []},
        ]
    ).encode()


@pytest.fixture
def served(copy_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loopback_server: Any) -> Any:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pk"))
    monkeypatch.delenv("ARGOS_PACKAGE_INDEX", raising=False)
    server = loopback_server
    server.files["/fr_en.argosmodel"] = copy_package.read_bytes()
    server.files["/bad.argosmodel"] = b"not a zip"
    server.files["/index.json"] = index_json(server.url, [f"{server.url}/missing.argosmodel", f"{server.url}/fr_en.argosmodel"])
    return server


def test_fetch_index_lists_translate_packages(served: Any) -> None:
    entries = fetch_index(served.url + "/", allow_http=True)
    assert [e.pair for e in entries] == ["fr->en", "en->es"]
    assert entries[0].links[-1].endswith("/fr_en.argosmodel")


def test_install_from_index_with_progress_and_fallback_link(served: Any) -> None:
    seen: list[tuple[int, int]] = []
    installed = install_from_index("fr", "en", index_url=served.url, allow_http=True, progress=lambda d, t: seen.append((d, t)))
    assert (installed.from_code, installed.to_code) == ("fr", "en")
    assert find_package("fr", "en") == installed
    assert "/missing.argosmodel" in served.requests  # first link 404 -> next link
    size = len(served.files["/fr_en.argosmodel"])
    assert seen and seen[-1] == (size, size)
    assert sorted(p.name for p in installed.path.parent.iterdir()) == [installed.name]


def test_env_index_is_used(served: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", served.url + "/")
    assert install_from_index("fr", "en", allow_http=True).name == "translate-fr_en-1_0"


def test_unknown_pair_lists_available(served: Any) -> None:
    with pytest.raises(ModelNotFoundError) as info:
        install_from_index("fr", "de", index_url=served.url, allow_http=True)
    assert "fr->de" in str(info.value) and "en->es, fr->en" in str(info.value)


def test_all_links_failing_is_network_error(served: Any) -> None:
    with pytest.raises(NetworkError, match="404"):
        install_from_index("en", "es", index_url=served.url, allow_http=True)
    assert list_installed() == []


def test_bad_download_is_archive_error_and_leaves_nothing(served: Any) -> None:
    served.files["/index.json"] = index_json(served.url, [f"{served.url}/bad.argosmodel"])
    with pytest.raises(PackageArchiveError):
        install_from_index("fr", "en", index_url=served.url, allow_http=True)
    root = Path(find_root())
    assert not root.exists() or list(root.iterdir()) == []


def test_download_size_cap(served: Any) -> None:
    with pytest.raises(NetworkError, match="too large"):
        install_from_index("fr", "en", index_url=served.url, allow_http=True, max_download_bytes=1000)


def test_mislabelled_package_is_rejected(served: Any) -> None:
    served.files["/index.json"] = index_json(served.url, [f"{served.url}/fr_en.argosmodel"], from_code="fr", to_code="de")
    with pytest.raises(PackageArchiveError, match="expected fr->de"):
        install_from_index("fr", "de", index_url=served.url, allow_http=True)
    assert list_installed() == []


def test_invalid_index_json(served: Any) -> None:
    served.files["/index.json"] = b"<html>"
    with pytest.raises(NetworkError, match="not valid JSON"):
        fetch_index(served.url, allow_http=True)


def test_unreachable_index_is_network_error(served: Any) -> None:
    with pytest.raises(NetworkError):
        fetch_index("http://127.0.0.1:9/index.json", timeout=2, allow_http=True)
    with pytest.raises(NetworkError, match="http/https only"):
        fetch_index("ftp://example.org/index.json")


def find_root() -> str:
    from reltrans.engine.packages import packages_dir

    return str(packages_dir())
