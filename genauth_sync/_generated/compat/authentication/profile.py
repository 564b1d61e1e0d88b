# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official authentication methods, area ``profile``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import AuthenticationClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class ProfileMixin(_SyncCompatBase[_Typed]):
    """Official authentication methods, area ``profile``: the official answers."""

    __slots__ = ()

    def bind_email(
        self,
        pass_code: Any,
        email: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_email``: ``POST /api/v3/bind-email``, the whole answer."""
        return self._call("bind_email", (pass_code, email), {**call_options})  # type: ignore[no-any-return]

    def bind_phone(
        self,
        pass_code: Any,
        phone_number: Any,
        phone_country_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_phone``: ``POST /api/v3/bind-phone``, the whole answer."""
        return self._call("bind_phone", (pass_code, phone_number, phone_country_code), {**call_options})  # type: ignore[no-any-return]

    def delete_account(
        self,
        delete_account_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_account``: ``POST /api/v3/delete-account``, the whole answer."""
        return self._call("delete_account", (delete_account_token,), {**call_options})  # type: ignore[no-any-return]

    def get_country_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_country_list``: ``GET /api/v3/get-country-list``, the whole answer."""
        return self._call("get_country_list", (), {**call_options})  # type: ignore[no-any-return]

    def get_profile(
        self,
        with_custom_data: Any = None,
        with_identities: Any = None,
        *,
        with_department_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_profile``: ``GET /api/v3/get-profile``, the whole answer."""
        return self._call("get_profile", (with_custom_data, with_identities), {"with_department_ids": with_department_ids, **call_options})  # type: ignore[no-any-return]

    def get_security_level(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_security_level``: ``GET /api/v3/get-security-info``, the whole answer."""
        return self._call("get_security_level", (), {**call_options})  # type: ignore[no-any-return]

    def get_system_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_system_info``: ``GET /api/v3/system``, the whole answer."""
        return self._call("get_system_info", (), {**call_options})  # type: ignore[no-any-return]

    def list(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list``: ``GET /api/v3/mydevices/list``, the whole answer."""
        return self._call("list", (page, limit), {**call_options})  # type: ignore[no-any-return]

    def reset_password(
        self,
        password: Any,
        password_reset_token: Any,
        password_encrypt_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reset_password``: ``POST /api/v3/reset-password``, the whole answer."""
        return self._call("reset_password", (password, password_reset_token, password_encrypt_type), {**call_options})  # type: ignore[no-any-return]

    def revoke(
        self,
        device_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke``: ``POST /api/v3/mydevices/revoke-session``, the whole answer."""
        return self._call("revoke", (device_id,), {**call_options})  # type: ignore[no-any-return]

    def unbind(
        self,
        device_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind``: ``POST /api/v3/mydevices/unbind``, the whole answer."""
        return self._call("unbind", (device_id,), {**call_options})  # type: ignore[no-any-return]

    def unbind_email(
        self,
        pass_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind_email``: ``POST /api/v3/unbind-email``, the whole answer."""
        return self._call("unbind_email", (pass_code,), {**call_options})  # type: ignore[no-any-return]

    def unbind_phone(
        self,
        pass_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind_phone``: ``POST /api/v3/unbind-phone``, the whole answer."""
        return self._call("unbind_phone", (pass_code,), {**call_options})  # type: ignore[no-any-return]

    def update_email(
        self,
        update_email_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_email``: ``POST /api/v3/update-email``, the whole answer."""
        return self._call("update_email", (update_email_token,), {**call_options})  # type: ignore[no-any-return]

    def update_password(
        self,
        new_password: Any,
        old_password: Any = None,
        password_encrypt_type: Any = None,
        *,
        password_reset_token: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_password``: ``POST /api/v3/update-password``, the whole answer."""
        return self._call("update_password", (new_password, old_password, password_encrypt_type), {"password_reset_token": password_reset_token, **call_options})  # type: ignore[no-any-return]

    def update_phone(
        self,
        update_phone_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_phone``: ``POST /api/v3/update-phone``, the whole answer."""
        return self._call("update_phone", (update_phone_token,), {**call_options})  # type: ignore[no-any-return]

    def update_profile(
        self,
        name: Any = None,
        nickname: Any = None,
        photo: Any = None,
        external_id: Any = None,
        birthdate: Any = None,
        country: Any = None,
        province: Any = None,
        city: Any = None,
        address: Any = None,
        street_address: Any = None,
        postal_code: Any = None,
        gender: Any = None,
        username: Any = None,
        company: Any = None,
        custom_data: Any = None,
        identity_number: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_profile``: ``POST /api/v3/update-profile``, the whole answer."""
        return self._call("update_profile", (name, nickname, photo, external_id, birthdate, country, province, city, address, street_address, postal_code, gender, username, company, custom_data, identity_number), {**call_options})  # type: ignore[no-any-return]

    def verify_delete_account_request(
        self,
        verify_method: Any,
        phone_pass_code_payload: Any = None,
        email_pass_code_payload: Any = None,
        password_payload: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_delete_account_request``: ``POST /api/v3/verify-delete-account-request``, the whole answer."""
        return self._call("verify_delete_account_request", (verify_method, phone_pass_code_payload, email_pass_code_payload, password_payload), {**call_options})  # type: ignore[no-any-return]

    def verify_reset_password_request(
        self,
        verify_method: Any,
        phone_pass_code_payload: Any = None,
        email_pass_code_payload: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_reset_password_request``: ``POST /api/v3/verify-reset-password-request``, the whole answer."""
        return self._call("verify_reset_password_request", (verify_method, phone_pass_code_payload, email_pass_code_payload), {**call_options})  # type: ignore[no-any-return]

    def verify_update_email_request(
        self,
        email_pass_code_payload: Any,
        verify_method: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_update_email_request``: ``POST /api/v3/verify-update-email-request``, the whole answer."""
        return self._call("verify_update_email_request", (email_pass_code_payload, verify_method), {**call_options})  # type: ignore[no-any-return]

    def verify_update_phone_request(
        self,
        phone_pass_code_payload: Any,
        verify_method: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_update_phone_request``: ``POST /api/v3/verify-update-phone-request``, the whole answer."""
        return self._call("verify_update_phone_request", (phone_pass_code_payload, verify_method), {**call_options})  # type: ignore[no-any-return]
