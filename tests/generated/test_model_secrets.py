"""Secrets in model reprs: every generated model masks the value of its credential fields
(``'***'`` when set, ``None``/``UNSET`` as they are) and shows every other field."""

from __future__ import annotations

import re
from typing import Any

import attrs
import pytest
from _specdata import MODELS

from genauth_async import models
from tools.codegen.common import attr_name
from tools.codegen.models import is_secret

# Written independently of the generator's pattern: names that must be masked wherever they occur
# as text fields, and names that look alike but hold no secret.
MUST_MASK = {
    "password", "new_password", "old_password", "encrypted_password", "password_for_phone_pass_code",
    "bind_pwd", "pass_code", "new_email_pass_code", "old_phone_pass_code",
    "email_pass_code_for_information_completion", "access_token", "refresh_token", "id_token", "token",
    "mfa_token", "password_reset_token", "enrollment_token", "secret", "app_secret", "client_secret",
    "access_key_secret", "private_key", "aes_key", "encoding_aes_key", "encrypt_key", "apikey", "salt",
    "recovery_code", "totp", "code_verifier", "ticket", "permanent_code",
}
MUST_SHOW = {
    "show_forget_password_button", "keep_password", "auto_generate_password", "password_encrypt_type",
    "password_last_set_at", "password_security_level", "reset_password_on_next_login", "token_type",
    "token_expires_in", "access_key_id", "public_key", "only_redirect_token", "code", "key", "app_key",
    "password_payload", "pass_code_payload", "token_set", "phone_country_code", "qrcode_id",
}
SECRET = "hunter2-do-not-print"


ATTRS_MODELS = [name for name in sorted(MODELS) if attrs.has(getattr(models, name))]


def _instance(cls: type, secret_fields: set[str]) -> Any:
    """An instance with every field filled: the secret ones with SECRET, the others with a marker."""
    obj = cls.__new__(cls)
    for f in attrs.fields(cls):
        object.__setattr__(obj, f.name, SECRET if f.name in secret_fields else f"shown-{f.name}")
    return obj


def _fields(name: str) -> dict[str, dict[str, Any]]:
    return {attr_name(f["name"]): f for f in MODELS[name]["fields"]}


def test_reviewed_names_match_the_generator() -> None:
    seen_mask, seen_show = set(), set()
    for name in MODELS:
        for f in MODELS[name]["fields"]:
            if f["name"] in MUST_MASK and f["type"]["kind"] in ("str", "any"):
                assert is_secret(f), (name, f["name"])
                seen_mask.add(f["name"])
            if f["name"] in MUST_SHOW:
                assert not is_secret(f), (name, f["name"])
                seen_show.add(f["name"])
    assert seen_mask == MUST_MASK  # every reviewed name occurs in the spec
    assert seen_show == MUST_SHOW


@pytest.mark.parametrize("name", ATTRS_MODELS)
def test_model_repr_masks_secrets(name: str) -> None:
    fields = _fields(name)
    secret = {a for a, f in fields.items() if is_secret(f)}
    text = repr(_instance(getattr(models, name), secret))
    assert SECRET not in text, name
    for a in fields:
        if a in secret:
            assert f"{a}='***'" in text, (name, a)
        else:
            assert f"shown-{a}" in text, (name, a)  # nothing else is hidden


def test_examples_from_the_report() -> None:
    dto = models.AuthenticateByPasswordDto(password="hunter2", account="bob")
    assert repr(dto) == "AuthenticateByPasswordDto(password='***', account='bob', email=None, username=None, phone=None)"
    assert "hunter2" not in str(dto)
    assert dto.password == "hunter2"  # only the repr changes
    unset = models.SignInOptionsDto()
    assert "captcha_token=UNSET" in repr(unset)  # not given: shown as such
    empty = models.GetApplicationSecretDataDto(secret=None)  # type: ignore[arg-type]
    assert repr(empty) == "GetApplicationSecretDataDto(secret=None)"
    token = models.LoginTokenResponseDataDto(
        access_token="at", id_token="it", refresh_token="rt", token_type="Bearer", expire_in=3, scope="openid"
    )
    assert re.findall(r"(\w+)='\*\*\*'", repr(token)) == ["access_token", "id_token", "refresh_token"]
    assert "token_type='Bearer'" in repr(token)
