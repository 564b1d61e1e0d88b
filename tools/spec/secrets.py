"""Which model fields hold a secret: one rule, written into the spec as data (``secret_fields``).

The generator masks exactly the fields this rule selects (``repr`` shows ``'***'``), and the tests
walk every model with it; nothing else decides. The rule, read in order:

1. Only text-like values can be secrets (``kinds``): flags such as ``keep_password`` (bool),
   ``password_encrypt_type`` (enum) and nested payload models (``password_payload``) stay visible.
2. A name is read up to its first ``_for_`` (``qualifier``): ``password_for_phone_pass_code`` is a
   password, ``email_pass_code_for_information_completion`` a pass code.
3. The name is a secret when it is one of ``nouns`` or ends in ``_`` + one of them: the secret is
   what the field *is* (its last words), not what it is about, so ``access_token``,
   ``bind_credentials``, ``encoding_aes_key``, ``sender_pass`` and ``email_code`` are secrets while
   ``token_type``, ``password_last_set_at``, ``ticket_url``, ``public_key`` and ``access_key_id``
   are not. ``code`` alone is not a noun here: most ``code`` fields are identifiers (of a role,
   namespace, resource, group, tenant, ``organization_code``, ``postal_code``); only
   ``<verification kind>_code`` names are.
4. A field named ``code`` is a secret in an authentication context: a model whose name fully
   matches one of ``auth_code.models`` (an OAuth authorization code, a social or mini-program
   login ``code``, an e-mail/SMS verification code).
5. ``not_secret`` lists names that match but hold no secret (``only_redirect_token`` is a flag).

A captcha answer (``captcha_code``) is deliberately visible: it proves nothing once used. Names of
the spec were reviewed against this rule; tests/generated/test_model_secrets.py keeps an
independent list of the names that must and must not be masked.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SECRET_FIELDS"]

SECRET_FIELDS: dict[str, Any] = {
    "kinds": ["any", "str", "union"],
    "qualifier": "_for_",
    "nouns": sorted([
        # passwords and pass codes
        "password", "pwd", "pass", "passcode", "pass_code",
        # bearer values
        "token", "ticket", "secret", "credential", "credentials", "signature",
        # key material
        "private_key", "aes_key", "encrypt_key", "apikey", "api_key", "salt",
        # one-time codes
        "otp", "totp", "code_verifier", "recovery_code", "permanent_code", "auth_code",
        "authorization_code", "email_code", "phone_code", "sms_code", "verify_code", "verification_code",
    ]),
    "auth_code": {
        "field": "code",
        "models": [
            r"AuthenticateBy\w+Dto",  # the identity provider's OAuth code, exchanged for its tokens
            r"SignInBy\w+",  # the social / mini-program login code of sign_in_by_mobile
            r"BindBy\w*CodeInputApi",  # an e-mail or SMS verification code
            r"Decrypt\w*MiniProgram\w*Dto",  # the wx.login / tt.login code
            r"Get\w*MiniProgramPhoneDto",  # the getPhoneNumber code
            r"WechatMobileAuthByCode\w*",  # the WeChat mobile login code
            r"TokenEndPointParams",  # the OAuth / OIDC authorization code
            r"VerifyInviteCodeDto",  # the invitee's e-mail or SMS verification code
            r"PolicyInviteeJoinedDto",  # the same, when joining through an invitation policy
        ],
    },
    "not_secret": ["only_redirect_token"],
}
