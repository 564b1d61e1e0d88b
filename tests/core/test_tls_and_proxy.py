"""Issue 16, point 7: ``verify=`` (True / False / CA bundle path / SSLContext) and ``trust_env=``.

The emulator serves HTTPS with a certificate signed by a throwaway CA made here, which no system
trust store knows: the default must refuse it with a clear TLS error, and each way of trusting
that CA must work, on the async clients and on the sync facade alike.
"""

from __future__ import annotations

import datetime
import ipaddress
import ssl
import warnings
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

import genauth_async
import genauth_sync
from genauth_async import _transport
from genauth_async.errors import ConnectError, ValidationError
from genauth_async.testing import Emulator
from tests.support.fake_server import FakeServer, ok


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A CA (its PEM is the bundle a user would pass) and a server certificate it signed for 127.0.0.1."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "genauth-async test CA")])
    ca_cert = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                     content_commitment=False, key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("private-ca")
    paths = {"ca": folder / "ca.pem", "cert": folder / "server.pem", "key": folder / "server.key"}
    paths["ca"].write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    paths["cert"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths["key"].write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    return paths


def _server_context(pki: dict[str, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pki["cert"], pki["key"])
    return context


@pytest.fixture
async def https_emu(pki: dict[str, Path]) -> AsyncIterator[Emulator]:
    async with Emulator(ssl_context=_server_context(pki)) as emulator:
        assert emulator.url.startswith("https://127.0.0.1:")
        yield emulator


@pytest.fixture
def fresh_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    """The insecure-TLS warning is once per process; let this test see it."""
    monkeypatch.setattr(_transport, "_warned_unverified", False)


async def _works(emu: Emulator, **kwargs: Any) -> None:
    async with genauth_async.ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url,
                                              **kwargs) as client:
        app = await client.create_application(app_name="TLS", app_identifier=f"tls-{len(kwargs)}-{id(kwargs)}")
        assert (await client.get_application(app.app_id)).app_name == "TLS"


async def test_default_refuses_an_unknown_ca_with_a_clear_error(https_emu: Emulator, sleeps: list[float]) -> None:
    async with genauth_async.ManagementClient(https_emu.access_key_id, https_emu.access_key_secret,
                                              host=https_emu.url) as client:
        with pytest.raises(ConnectError) as info:
            await client.get_management_token()
    text = str(info.value)
    assert text.startswith("TLS error: the server's certificate was not accepted")
    assert "certificate verify failed" in text and "verify=" in text  # the cause and the fix
    assert info.value.request_sent is False
    assert sleeps == []  # not retried: a certificate does not heal


async def test_verify_with_a_ca_bundle_path(https_emu: Emulator, pki: dict[str, Path]) -> None:
    await _works(https_emu, verify=str(pki["ca"]))
    await _works(https_emu, verify=pki["ca"])  # any os.PathLike


@pytest.fixture
def ca_dir(pki: dict[str, Path], tmp_path: Path) -> Path:
    """A capath directory: OpenSSL looks CAs up there by subject hash (what c_rehash names them)."""
    import subprocess

    try:
        digest = subprocess.run(["openssl", "x509", "-hash", "-noout", "-in", str(pki["ca"])],
                                capture_output=True, text=True, check=True, timeout=30).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("the openssl command is not available to name the hashed CA file")
    (tmp_path / f"{digest}.0").write_bytes(pki["ca"].read_bytes())
    return tmp_path


async def test_verify_with_a_directory_of_hashed_cas(https_emu: Emulator, ca_dir: Path) -> None:
    await _works(https_emu, verify=str(ca_dir))


async def test_verify_with_an_ssl_context(https_emu: Emulator, pki: dict[str, Path]) -> None:
    context = ssl.create_default_context(cafile=str(pki["ca"]))
    await _works(https_emu, verify=context)
    async with genauth_async.AuthenticationClient("app-1", https_emu.url, verify=context) as auth:
        connector = auth._transport.get_session().connector
        assert connector is not None and connector._ssl is context  # type: ignore[attr-defined]


async def test_verify_false_warns_and_works(https_emu: Emulator, fresh_warning: None) -> None:
    with pytest.warns(_transport.InsecureTLSWarning, match="verify=False"):
        client = genauth_async.ManagementClient(https_emu.access_key_id, https_emu.access_key_secret,
                                                host=https_emu.url, verify=False)
    async with client:
        assert (await client.get_management_token()).access_token


async def test_use_unverified_ssl_is_the_official_alias(https_emu: Emulator, fresh_warning: None,
                                                        pki: dict[str, Path]) -> None:
    with pytest.warns(_transport.InsecureTLSWarning):
        client = genauth_async.ManagementClient(https_emu.access_key_id, https_emu.access_key_secret,
                                                https_emu.url, 10.0, None, True)
    async with client:
        assert (await client.get_management_token()).access_token
    with pytest.raises(ValidationError, match="conflicts"):
        genauth_async.ManagementClient("ak", "sk", use_unverified_ssl=True, verify=str(pki["ca"]))


def test_bad_verify_values_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no such CA bundle"):
        genauth_async.AuthenticationClient("app-1", "https://127.0.0.1:9", verify=str(tmp_path / "missing.pem"))
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate")
    with pytest.raises(ValidationError, match="not a readable CA bundle"):
        genauth_async.AuthenticationClient("app-1", "https://127.0.0.1:9", verify=garbage)
    with pytest.raises(ValidationError, match="verify must be"):
        genauth_async.AuthenticationClient("app-1", "https://127.0.0.1:9", verify=1)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="verify"):
        genauth_sync.AuthenticationClient("app-1", "https://127.0.0.1:9", verify="")


async def test_verify_and_trust_env_refused_with_a_session_of_your_own(pki: dict[str, Path]) -> None:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        with pytest.raises(ValidationError, match="session you pass in") as info:
            genauth_async.ManagementClient("ak", "sk", session=session, verify=str(pki["ca"]))
        assert info.value.param == "verify"
        with pytest.raises(ValidationError, match="session you pass in"):
            genauth_async.AuthenticationClient("app-1", "https://127.0.0.1:9", session=session, trust_env=True)
        genauth_async.ManagementClient("ak", "sk", session=session)  # the defaults are fine


@pytest.fixture
def https_emu_thread(pki: dict[str, Path]) -> Iterator[Any]:
    with Emulator.start_in_thread(ssl_context=_server_context(pki)) as emulator:
        yield emulator


def test_sync_facade_verify(https_emu_thread: Any, pki: dict[str, Path], fresh_warning: None) -> None:
    emu = https_emu_thread
    with genauth_sync.ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url,
                                       verify=str(pki["ca"])) as client:
        app = client.create_application(app_name="Sync TLS", app_identifier="sync-tls")
        assert client.get_application(app.app_id).app_name == "Sync TLS"
    context = ssl.create_default_context(cafile=str(pki["ca"]))
    with genauth_sync.ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url,
                                       verify=context) as client:
        assert client.get_management_token().access_token
    with genauth_sync.ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
        with pytest.raises(ConnectError, match="TLS error"):
            client.get_management_token()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        insecure = genauth_sync.ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url,
                                                 verify=False)
    # Warned at construction, in the caller's thread, pointing at this file.
    assert [(w.category, Path(w.filename).name) for w in caught] == [
        (_transport.InsecureTLSWarning, "test_tls_and_proxy.py")
    ]
    with insecure:
        assert insecure.get_management_token().access_token


# -- trust_env: HTTP_PROXY / NO_PROXY ----------------------------------------------------------------


@pytest.fixture
def proxy() -> Iterator[FakeServer]:
    """A forward proxy stand-in on 127.0.0.1: the fake server records the absolute request target
    (``Recorded.url``) and answers itself."""
    with FakeServer(fallback=lambda _rec: ok({"via": "proxy"})) as server:
        yield server


def _through(proxy: FakeServer) -> list[str]:
    return [f"{r.method} {r.url}" for r in proxy.requests]


def _proxy_env(monkeypatch: pytest.MonkeyPatch, proxy_url: str, no_proxy: str) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy",
                 "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    monkeypatch.setenv("HTTPS_PROXY", proxy_url)
    monkeypatch.setenv("NO_PROXY", no_proxy)


async def test_trust_env_routes_through_the_proxy(proxy: FakeServer, monkeypatch: pytest.MonkeyPatch,
                                                  sleeps: list[float]) -> None:
    _proxy_env(monkeypatch, proxy.url, "")
    target = "http://localhost:1"  # nothing listens there: only the proxy can answer
    async with genauth_async.AuthenticationClient("app-1", target, trust_env=True) as client:
        assert await client.request("GET", "/api/v3/get-profile") == {"via": "proxy"}
    assert _through(proxy) == ["GET http://localhost:1/api/v3/get-profile"]
    async with genauth_async.AuthenticationClient("app-1", target, max_retries=0) as client:
        with pytest.raises(ConnectError):  # trust_env defaults to False: the environment is ignored
            await client.request("GET", "/api/v3/get-profile")
    assert len(proxy.requests) == 1


async def test_trust_env_honours_no_proxy(proxy: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    _proxy_env(monkeypatch, proxy.url, "localhost")
    async with Emulator() as emu:
        direct = emu.url.replace("127.0.0.1", "localhost")
        async with genauth_async.ManagementClient(emu.access_key_id, emu.access_key_secret, host=direct,
                                                  trust_env=True) as client:
            assert (await client.get_management_token()).access_token
    assert proxy.requests == []


@pytest.fixture(scope="module")
def docs_page() -> str:
    return (Path(__file__).resolve().parents[2] / "docs" / "tls-and-timeouts.md").read_text(encoding="utf-8")


async def test_private_ca_example_in_the_docs_runs(https_emu: Emulator, pki: dict[str, Path], docs_page: str) -> None:
    """The docs page's private-CA snippet, run as printed against the HTTPS emulator."""
    import re

    page = docs_page
    snippet = next(block for block in re.findall(r"```python\n(.*?)```", page, re.S) if "verify=" in block)
    code = snippet.replace("https://genauth.internal.example", https_emu.url).replace(
        "/etc/ssl/private-ca.pem", str(pki["ca"])
    )
    assert code != snippet
    scope: dict[str, Any] = {"key_id": https_emu.access_key_id, "key_secret": https_emu.access_key_secret}
    exec(compile(code, "docs/tls-and-timeouts.md", "exec"), scope)  # noqa: S102 - our own docs
    async with scope["client"] as client:
        assert (await client.get_management_token()).access_token
