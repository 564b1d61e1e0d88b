# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official authentication methods, protocol helpers: the official answers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import AuthenticationClient as _Typed
from genauth_sync._subscribe import deliver as _deliver

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class ProtocolHelpersMixin(_SyncCompatBase[_Typed]):
    """Official authentication methods, protocol helpers: the official answers."""

    __slots__ = ()

    def build_authorize_url(
        self,
        redirect_uri: Any = None,
        response_type: Any = None,
        response_mode: Any = None,
        state: Any = None,
        nonce: Any = None,
        scope: Any = None,
        code_challenge_method: Any = None,
        code_challenge: Any = None,
        service: Any = None,
        *,
        tenant_id: Any = None,
        forced: Any = None,
    ) -> str:
        """Official ``build_authorize_url``, answering the official shape (``str``)."""
        return self._call_direct("build_authorize_url", (redirect_uri, response_type, response_mode, state, nonce, scope, code_challenge_method, code_challenge, service), {"tenant_id": tenant_id, "forced": forced})  # type: ignore[no-any-return]

    def build_logout_url(
        self,
        redirect_uri: Any = None,
        id_token: Any = None,
        state: Any = None,
    ) -> str:
        """Official ``build_logout_url``, answering the official shape (``str``)."""
        return self._call_direct("build_logout_url", (redirect_uri, id_token, state), {})  # type: ignore[no-any-return]

    def generate_code_challenge(
        self,
        length: Any = 43,
    ) -> str:
        """Official ``generate_code_challenge``, answering the official shape (``str``)."""
        return self._call_direct("generate_code_challenge", (length,), {})  # type: ignore[no-any-return]

    def generate_code_challenge_digest(
        self,
        code_challenge: Any,
        method: Any = None,
    ) -> str:
        """Official ``generate_code_challenge_digest``, answering the official shape (``str``)."""
        return self._call_direct("generate_code_challenge_digest", (code_challenge, method), {})  # type: ignore[no-any-return]

    def get_access_token_by_client_credentials(
        self,
        scope: Any,
        access_key: Any,
        access_secret: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_access_token_by_client_credentials``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_access_token_by_client_credentials", (scope, access_key, access_secret), {**call_options})  # type: ignore[no-any-return]

    def get_access_token_by_code(
        self,
        code: Any,
        code_verifier: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_access_token_by_code``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_access_token_by_code", (code, code_verifier), {**call_options})  # type: ignore[no-any-return]

    def get_new_access_token_by_refresh_token(
        self,
        refresh_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_new_access_token_by_refresh_token``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_new_access_token_by_refresh_token", (refresh_token,), {**call_options})  # type: ignore[no-any-return]

    def get_user_info_by_access_token(
        self,
        access_token: Any,
        *,
        method: Any = None,
        token_place: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_info_by_access_token``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_info_by_access_token", (access_token,), {"method": method, "token_place": token_place, **call_options})  # type: ignore[no-any-return]

    def introspect_token(
        self,
        token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``introspect_token``, answering the official shape (``dict[str, Any]``)."""
        return self._call("introspect_token", (token,), {**call_options})  # type: ignore[no-any-return]

    def introspect_token_offline(
        self,
        token: Any,
        server_jwks: Any = None,
        *,
        leeway: Any = 30.0,
        issuer: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``introspect_token_offline``, answering the official shape (``dict[str, Any]``)."""
        return self._call("introspect_token_offline", (token, server_jwks), {"leeway": leeway, "issuer": issuer, **call_options})  # type: ignore[no-any-return]

    def put_event(
        self,
        event_code: Any,
        data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``put_event``, answering the official shape (``dict[str, Any]``)."""
        return self._call("put_event", (event_code, data), {**call_options})  # type: ignore[no-any-return]

    def revoke_token(
        self,
        token: Any,
        **call_options: Unpack[CallOptions],
    ) -> bool:
        """Official ``revoke_token``, answering the official shape (``bool``)."""
        return self._call("revoke_token", (token,), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_account_password(
        self,
        account: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_account_password``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_account_password", (account, password, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_ad(
        self,
        sAMAccountName: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_ad``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_ad", (sAMAccountName, password, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_email_passcode(
        self,
        email: Any,
        pass_code: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_email_passcode``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_email_passcode", (email, pass_code, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_email_password(
        self,
        email: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_email_password``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_email_password", (email, password, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_ldap(
        self,
        sAMAccountName: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_ldap``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_ldap", (sAMAccountName, password, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_phone_passcode(
        self,
        phone: Any,
        pass_code: Any,
        phone_country_code: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_phone_passcode``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_phone_passcode", (phone, pass_code, phone_country_code, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_phone_password(
        self,
        phone: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_phone_password``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_phone_password", (phone, password, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_username_password(
        self,
        username: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_username_password``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_username_password", (username, password, options), {**call_options})  # type: ignore[no-any-return]

    def sign_up_by_email_passcode(
        self,
        email: Any,
        pass_code: Any,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up_by_email_passcode``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_up_by_email_passcode", (email, pass_code, profile, options), {**call_options})  # type: ignore[no-any-return]

    def sign_up_by_email_password(
        self,
        email: Any,
        password: Any,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up_by_email_password``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_up_by_email_password", (email, password, profile, options), {**call_options})  # type: ignore[no-any-return]

    def sign_up_by_phone_passcode(
        self,
        phone: Any,
        pass_code: Any,
        phone_country_code: Any = None,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up_by_phone_passcode``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_up_by_phone_passcode", (phone, pass_code, phone_country_code, profile, options), {**call_options})  # type: ignore[no-any-return]

    def sign_up_by_username_password(
        self,
        username: Any,
        password: Any,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up_by_username_password``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_up_by_username_password", (username, password, profile, options), {**call_options})  # type: ignore[no-any-return]

    def sub_event(
        self,
        event_code: Any,
        callback: Any = None,
        *,
        max_reconnects: Any = None,
    ) -> Iterator[str] | None:
        """Official ``sub_event``: with ``callback``, blocks and calls it for each message."""
        return _deliver(self._call_iter("sub_event", (event_code, None), {"max_reconnects": max_reconnects}), callback)

    def validate_ticket_v1(
        self,
        ticket: Any,
        service: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``validate_ticket_v1``, answering the official shape (``dict[str, Any]``)."""
        return self._call("validate_ticket_v1", (ticket, service), {**call_options})  # type: ignore[no-any-return]
