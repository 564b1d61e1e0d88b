"""Secrets in model reprs: every generated model masks the value of its credential fields
(``'***'`` when set, ``None``/``UNSET`` as they are) and shows every other field. What is a secret
is decided by one rule, the spec's ``secret_fields`` (tools/spec/secrets.py explains it)."""

from __future__ import annotations

import re
from typing import Any

import attrs
import pytest
from _specdata import MODELS, SPEC

from genauth_async import models
from tools.codegen.common import attr_name
from tools.codegen.models import is_secret

RULE = SPEC["secret_fields"]

# Written independently of the rule: names that must be masked wherever they occur as text fields,
# and names that look alike but hold no secret.
MUST_MASK = {
    "password", "new_password", "old_password", "encrypted_password", "password_for_phone_pass_code",
    "bind_pwd", "pass_code", "new_email_pass_code", "old_phone_pass_code",
    "email_pass_code_for_information_completion", "access_token", "refresh_token", "id_token", "token",
    "mfa_token", "password_reset_token", "enrollment_token", "secret", "app_secret", "client_secret",
    "access_key_secret", "private_key", "aes_key", "encoding_aes_key", "encrypt_key", "apikey", "salt",
    "recovery_code", "totp", "code_verifier", "ticket", "permanent_code",
    # issue 16: the LDAP bind password, an e-mail verification code, SMTP passwords, link signatures
    "bind_credentials", "email_code", "sender_pass", "signature",
}
MUST_SHOW = {
    "show_forget_password_button", "keep_password", "auto_generate_password", "password_encrypt_type",
    "password_last_set_at", "password_security_level", "reset_password_on_next_login", "token_type",
    "token_expires_in", "access_key_id", "public_key", "only_redirect_token", "key", "app_key",
    "password_payload", "pass_code_payload", "token_set", "phone_country_code", "qrcode_id",
    "app_name", "status_code", "api_code", "namespace_code", "role_code", "organization_code",
    "resource_code", "app_code", "ent_code", "postal_code", "captcha_code", "ticket_url", "token_endpoint",
}
# ``code`` is an authorization or verification code in these models, and an identifier elsewhere.
AUTH_CODE_MODELS = {
    "TokenEndPointParams", "AuthenticateByGoogleDto", "AuthenticateByWechatDto", "SignInByWechatPayloadDto",
    "SignInByGithubPayloadDto", "SignInByDingTalkPayloadDto", "BindByEmailCodeInputApi",
    "BindByPhoneCodeInputApi", "DecryptWechatMiniProgramDataDto", "GetWechatMiniProgramPhoneDto",
    "WechatMobileAuthByCodeInput", "VerifyInviteCodeDto", "PolicyInviteeJoinedDto",
}
IDENTIFIER_CODE_MODELS = {
    "NamespaceDto", "RoleDto", "CreateRoleDto", "ResourceDto", "CreateResourceDto", "CommonResourceDto",
    "GroupDto", "TenantDto", "DepartmentDto", "PostDto", "OpenEventDto", "GoodsPackageDto",
    "UpdateNamespaceDto", "AssignRoleDto",
}
# Words that name a secret: a text field containing one of them is masked unless its name is one of
# these, which describe a secret without holding it.
SECRET_WORDS = {"password", "pwd", "passcode", "secret", "token", "credential", "credentials", "otp", "totp",
                "salt", "private"}
DESCRIBES_A_SECRET = {
    "password_last_set_at", "token_type", "token_endpoint", "only_redirect_token",
    "credential_id",  # a WebAuthn credential's public id
    "exchange_token_ctx",  # free-form context handed to the pipeline during a token exchange
    "with_user_password_expire_time", "totp_status",  # a flag, a status
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


def test_reviewed_names_match_the_rule() -> None:
    seen_mask, seen_show = set(), set()
    for name in MODELS:
        for f in MODELS[name]["fields"]:
            if f["name"] in MUST_MASK and f["type"]["kind"] in ("str", "any"):
                assert is_secret(name, f, RULE), (name, f["name"])
                seen_mask.add(f["name"])
            if f["name"] in MUST_SHOW:
                assert not is_secret(name, f, RULE), (name, f["name"])
                seen_show.add(f["name"])
    assert seen_mask == MUST_MASK  # every reviewed name occurs in the spec
    assert seen_show == MUST_SHOW


def test_code_is_a_secret_only_in_an_auth_context() -> None:
    for name in AUTH_CODE_MODELS | IDENTIFIER_CODE_MODELS:
        code = next(f for f in MODELS[name]["fields"] if f["name"] == "code")
        assert is_secret(name, code, RULE) == (name in AUTH_CODE_MODELS), name
    masked = sorted(n for n in MODELS for f in MODELS[n]["fields"] if f["name"] == "code" and is_secret(n, f, RULE))
    assert AUTH_CODE_MODELS <= set(masked)
    # Every masked ``code`` sits in a model about signing in, binding, decrypting or verifying.
    assert all(re.match(r"(AuthenticateBy|SignInBy|BindBy|Decrypt|Get\w*MiniProgramPhone|WechatMobileAuthByCode|"
                        r"TokenEndPoint|VerifyInviteCode|PolicyInviteeJoined)", n) for n in masked), masked


def test_every_text_field_named_like_a_secret_is_masked() -> None:
    """A second, cruder net under the rule: a new spec field such as ``db_password`` or
    ``client_credentials`` cannot slip through unmasked without someone deciding it."""
    missed = set()
    for name in MODELS:
        for f in MODELS[name]["fields"]:
            if f["type"]["kind"] not in RULE["kinds"] or f["name"] in DESCRIBES_A_SECRET:
                continue
            if SECRET_WORDS & set(f["name"].split("_")) and not is_secret(name, f, RULE):
                missed.add((name, f["name"]))
    assert not missed


def test_the_rule_is_data_in_the_spec() -> None:
    from tools.spec.secrets import SECRET_FIELDS

    assert RULE == SECRET_FIELDS  # the committed spec carries the rule the extractor writes
    assert not is_secret("AuthenticateByPasswordDto", {"name": "password", "type": {"kind": "str"}}, None)


@pytest.mark.parametrize("name", ATTRS_MODELS)
def test_model_repr_masks_secrets(name: str) -> None:
    fields = _fields(name)
    secret = {a for a, f in fields.items() if is_secret(name, f, RULE)}
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


def test_examples_from_issue_16() -> None:
    for cls, field in (("SyncTaskLdapClientConfig", "bind_credentials"), ("TokenEndPointParams", "code"),
                       ("UniversalInvitationUserJoinDto", "email_code")):
        obj = _instance(getattr(models, cls), {field})
        assert f"{field}='***'" in repr(obj) and SECRET not in repr(obj), cls
    role = models.CreateRoleDto(code="admin", name="Admin")
    assert "code='admin'" in repr(role)  # a role's code is an identifier: shown
