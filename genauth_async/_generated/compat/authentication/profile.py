# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official authentication methods, area ``profile``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import AuthenticationClient as _Typed
from genauth_async._generated.authentication.profile import (
    _EP_BIND_EMAIL,
    _EP_BIND_PHONE,
    _EP_DELETE_ACCOUNT,
    _EP_GET_COUNTRY_LIST,
    _EP_GET_PROFILE,
    _EP_GET_SECURITY_LEVEL,
    _EP_GET_SYSTEM_INFO,
    _EP_LIST,
    _EP_RESET_PASSWORD,
    _EP_REVOKE,
    _EP_UNBIND,
    _EP_UNBIND_EMAIL,
    _EP_UNBIND_PHONE,
    _EP_UPDATE_EMAIL,
    _EP_UPDATE_PASSWORD,
    _EP_UPDATE_PHONE,
    _EP_UPDATE_PROFILE,
    _EP_VERIFY_DELETE_ACCOUNT_REQUEST,
    _EP_VERIFY_RESET_PASSWORD_REQUEST,
    _EP_VERIFY_UPDATE_EMAIL_REQUEST,
    _EP_VERIFY_UPDATE_PHONE_REQUEST,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class ProfileMixin(_CompatBase[_Typed]):
    """Official authentication methods, area ``profile``: the official answers."""

    __slots__ = ()

    async def bind_email(
        self,
        pass_code: Any,
        email: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_email``: ``POST /api/v3/bind-email``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_BIND_EMAIL, (pass_code, email), None, _request_options(call_options),
        )

    async def bind_phone(
        self,
        pass_code: Any,
        phone_number: Any,
        phone_country_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_phone``: ``POST /api/v3/bind-phone``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_BIND_PHONE, (pass_code, phone_number, phone_country_code), None, _request_options(call_options),
        )

    async def delete_account(
        self,
        delete_account_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_account``: ``POST /api/v3/delete-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_ACCOUNT, (delete_account_token,), None, _request_options(call_options),
        )

    async def get_country_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_country_list``: ``GET /api/v3/get-country-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_COUNTRY_LIST, (), None, _request_options(call_options),
        )

    async def get_profile(
        self,
        with_custom_data: Any = None,
        with_identities: Any = None,
        *,
        with_department_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_profile``: ``GET /api/v3/get-profile``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_PROFILE, (with_custom_data, with_identities, with_department_ids), None, _request_options(call_options),
        )

    async def get_security_level(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_security_level``: ``GET /api/v3/get-security-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_SECURITY_LEVEL, (), None, _request_options(call_options),
        )

    async def get_system_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_system_info``: ``GET /api/v3/system``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_SYSTEM_INFO, (), None, _request_options(call_options),
        )

    async def list(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list``: ``GET /api/v3/mydevices/list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST, (page, limit), None, _request_options(call_options),
        )

    async def reset_password(
        self,
        password: Any,
        password_reset_token: Any,
        password_encrypt_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reset_password``: ``POST /api/v3/reset-password``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_RESET_PASSWORD, (password, password_reset_token, password_encrypt_type), None, _request_options(call_options),
        )

    async def revoke(
        self,
        device_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke``: ``POST /api/v3/mydevices/revoke-session``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REVOKE, (device_id,), None, _request_options(call_options),
        )

    async def unbind(
        self,
        device_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind``: ``POST /api/v3/mydevices/unbind``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UNBIND, (device_id,), None, _request_options(call_options),
        )

    async def unbind_email(
        self,
        pass_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind_email``: ``POST /api/v3/unbind-email``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UNBIND_EMAIL, (pass_code,), None, _request_options(call_options),
        )

    async def unbind_phone(
        self,
        pass_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind_phone``: ``POST /api/v3/unbind-phone``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UNBIND_PHONE, (pass_code,), None, _request_options(call_options),
        )

    async def update_email(
        self,
        update_email_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_email``: ``POST /api/v3/update-email``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_EMAIL, (update_email_token,), None, _request_options(call_options),
        )

    async def update_password(
        self,
        new_password: Any,
        old_password: Any = None,
        password_encrypt_type: Any = None,
        *,
        password_reset_token: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_password``: ``POST /api/v3/update-password``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PASSWORD, (new_password, old_password, password_encrypt_type, password_reset_token), None, _request_options(call_options),
        )

    async def update_phone(
        self,
        update_phone_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_phone``: ``POST /api/v3/update-phone``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PHONE, (update_phone_token,), None, _request_options(call_options),
        )

    async def update_profile(
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
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PROFILE, (name, nickname, photo, external_id, birthdate, country, province, city, address, street_address, postal_code, gender, username, company, custom_data, identity_number), None, _request_options(call_options),
        )

    async def verify_delete_account_request(
        self,
        verify_method: Any,
        phone_pass_code_payload: Any = None,
        email_pass_code_payload: Any = None,
        password_payload: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_delete_account_request``: ``POST /api/v3/verify-delete-account-request``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_VERIFY_DELETE_ACCOUNT_REQUEST, (verify_method, phone_pass_code_payload, email_pass_code_payload, password_payload), None, _request_options(call_options),
        )

    async def verify_reset_password_request(
        self,
        verify_method: Any,
        phone_pass_code_payload: Any = None,
        email_pass_code_payload: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_reset_password_request``: ``POST /api/v3/verify-reset-password-request``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_VERIFY_RESET_PASSWORD_REQUEST, (verify_method, phone_pass_code_payload, email_pass_code_payload), None, _request_options(call_options),
        )

    async def verify_update_email_request(
        self,
        email_pass_code_payload: Any,
        verify_method: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_update_email_request``: ``POST /api/v3/verify-update-email-request``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_VERIFY_UPDATE_EMAIL_REQUEST, (email_pass_code_payload, verify_method), None, _request_options(call_options),
        )

    async def verify_update_phone_request(
        self,
        phone_pass_code_payload: Any,
        verify_method: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_update_phone_request``: ``POST /api/v3/verify-update-phone-request``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_VERIFY_UPDATE_PHONE_REQUEST, (phone_pass_code_payload, verify_method), None, _request_options(call_options),
        )
