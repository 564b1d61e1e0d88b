# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``profile``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CountryDetailInfo, DeleteAccountByEmailPassCodeDto, DeleteAccountByPasswordDto,
        DeleteAccountByPhonePassCodeDto, GetSecurityInfoDto, IsSuccessDto, PubEventRespDataDto,
        ResetPasswordByEmailPassCodeDto, ResetPasswordByPhonePassCodeDto,
        ResetPasswordDtoPasswordEncryptType, ResetPasswordVerify, SystemInfoResp,
        TerminalSessionDto, UpdateEmailByEmailPassCodeDto, UpdatePasswordDtoPasswordEncryptType,
        UpdatePhoneByPhonePassCodeDto, UpdateUserProfileDtoGender, UserDto,
        VerifyDeleteAccountRequestDataDto, VerifyDeleteAccountRequestDtoVerifyMethod,
        VerifyResetPasswordRequestDtoVerifyMethod, VerifyUpdateEmailRequestData,
        VerifyUpdateEmailRequestDtoVerifyMethod, VerifyUpdatePhoneRequestData,
        VerifyUpdatePhoneRequestDtoVerifyMethod,
    )

_EP_BIND_EMAIL = Endpoint(
    "bind_email",
    "POST",
    "/api/v3/bind-email",
    (
        Param("pass_code", "passCode", "json", True, "str"),
        Param("email", "email", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_BIND_PHONE = Endpoint(
    "bind_phone",
    "POST",
    "/api/v3/bind-phone",
    (
        Param("pass_code", "passCode", "json", True, "str"),
        Param("phone_number", "phoneNumber", "json", True, "str"),
        Param("phone_country_code", "phoneCountryCode", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_ACCOUNT = Endpoint(
    "delete_account",
    "POST",
    "/api/v3/delete-account",
    (
        Param("delete_account_token", "deleteAccountToken", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_COUNTRY_LIST = Endpoint(
    "get_country_list",
    "GET",
    "/api/v3/get-country-list",
    (),
    idempotent=True,
)

_EP_GET_PROFILE = Endpoint(
    "get_profile",
    "GET",
    "/api/v3/get-profile",
    (
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("with_identities", "withIdentities", "query", False, "bool"),
        Param("with_department_ids", "withDepartmentIds", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_SECURITY_LEVEL = Endpoint(
    "get_security_level",
    "GET",
    "/api/v3/get-security-info",
    (),
    idempotent=True,
)

_EP_GET_SYSTEM_INFO = Endpoint(
    "get_system_info",
    "GET",
    "/api/v3/system",
    (),
    idempotent=True,
)

_EP_LIST = Endpoint(
    "list",
    "GET",
    "/api/v3/mydevices/list",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_PUT_EVENT = Endpoint(
    "put_event",
    "POST",
    "/api/v3/pub-userEvent",
    (
        Param("event_code", "eventType", "json", True, "str"),
        Param("data", "eventData", "json", True, "any"),
    ),
    idempotent=False,
)

_EP_RESET_PASSWORD = Endpoint(
    "reset_password",
    "POST",
    "/api/v3/reset-password",
    (
        Param("password", "password", "json", True, "str"),
        Param("password_reset_token", "passwordResetToken", "json", True, "str"),
        Param("password_encrypt_type", "passwordEncryptType", "json", False, "str", "any", ("sm2", "rsa", "none")),
    ),
    idempotent=False,
)

_EP_REVOKE = Endpoint(
    "revoke",
    "POST",
    "/api/v3/mydevices/revoke-session",
    (
        Param("device_id", "deviceId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UNBIND = Endpoint(
    "unbind",
    "POST",
    "/api/v3/mydevices/unbind",
    (
        Param("device_id", "deviceId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UNBIND_EMAIL = Endpoint(
    "unbind_email",
    "POST",
    "/api/v3/unbind-email",
    (
        Param("pass_code", "passCode", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UNBIND_PHONE = Endpoint(
    "unbind_phone",
    "POST",
    "/api/v3/unbind-phone",
    (
        Param("pass_code", "passCode", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_EMAIL = Endpoint(
    "update_email",
    "POST",
    "/api/v3/update-email",
    (
        Param("update_email_token", "updateEmailToken", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_PASSWORD = Endpoint(
    "update_password",
    "POST",
    "/api/v3/update-password",
    (
        Param("new_password", "newPassword", "json", True, "str"),
        Param("old_password", "oldPassword", "json", False, "str"),
        Param("password_encrypt_type", "passwordEncryptType", "json", False, "str", "any", ("sm2", "rsa", "none")),
        Param("password_reset_token", "passwordResetToken", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_PHONE = Endpoint(
    "update_phone",
    "POST",
    "/api/v3/update-phone",
    (
        Param("update_phone_token", "updatePhoneToken", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_PROFILE = Endpoint(
    "update_profile",
    "POST",
    "/api/v3/update-profile",
    (
        Param("name", "name", "json", False, "str"),
        Param("nickname", "nickname", "json", False, "str"),
        Param("photo", "photo", "json", False, "str"),
        Param("external_id", "externalId", "json", False, "str"),
        Param("birthdate", "birthdate", "json", False, "str"),
        Param("country", "country", "json", False, "str"),
        Param("province", "province", "json", False, "str"),
        Param("city", "city", "json", False, "str"),
        Param("address", "address", "json", False, "str"),
        Param("street_address", "streetAddress", "json", False, "str"),
        Param("postal_code", "postalCode", "json", False, "str"),
        Param("gender", "gender", "json", False, "str", "any", ("M", "F", "U")),
        Param("username", "username", "json", False, "str"),
        Param("company", "company", "json", False, "str"),
        Param("custom_data", "customData", "json", False, "any"),
        Param("identity_number", "identityNumber", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_VERIFY_DELETE_ACCOUNT_REQUEST = Endpoint(
    "verify_delete_account_request",
    "POST",
    "/api/v3/verify-delete-account-request",
    (
        Param("verify_method", "verifyMethod", "json", True, "str", "any", ("PHONE_PASSCODE", "EMAIL_PASSCODE", "PASSWORD")),
        Param("phone_pass_code_payload", "phonePassCodePayload", "json", False, "dict"),
        Param("email_pass_code_payload", "emailPassCodePayload", "json", False, "dict"),
        Param("password_payload", "passwordPayload", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_VERIFY_RESET_PASSWORD_REQUEST = Endpoint(
    "verify_reset_password_request",
    "POST",
    "/api/v3/verify-reset-password-request",
    (
        Param("verify_method", "verifyMethod", "json", True, "str", "any", ("EMAIL_PASSCODE", "PHONE_PASSCODE")),
        Param("phone_pass_code_payload", "phonePassCodePayload", "json", False, "dict"),
        Param("email_pass_code_payload", "emailPassCodePayload", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_VERIFY_UPDATE_EMAIL_REQUEST = Endpoint(
    "verify_update_email_request",
    "POST",
    "/api/v3/verify-update-email-request",
    (
        Param("email_pass_code_payload", "emailPassCodePayload", "json", True, "dict"),
        Param("verify_method", "verifyMethod", "json", True, "str", "any", ("EMAIL_PASSCODE",)),
    ),
    idempotent=False,
)

_EP_VERIFY_UPDATE_PHONE_REQUEST = Endpoint(
    "verify_update_phone_request",
    "POST",
    "/api/v3/verify-update-phone-request",
    (
        Param("phone_pass_code_payload", "phonePassCodePayload", "json", True, "dict"),
        Param("verify_method", "verifyMethod", "json", True, "str", "any", ("PHONE_PASSCODE",)),
    ),
    idempotent=False,
)


class ProfileMixin(_Caller):
    """Authentication API, area ``profile``: 22 endpoints."""

    __slots__ = ()

    async def bind_email(
        self,
        pass_code: str,
        email: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/bind-email`` -> ``None``.

        Official python name, Node ``bindEmail``; area ``profile``.

        Parameters (name: wire name, location):
            pass_code: ``passCode``, json, required
            email: ``email``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_BIND_EMAIL,
            (
                pass_code,
                email,
            ),
            None,
            _request_options(call_options),
        )

    async def bind_phone(
        self,
        pass_code: str,
        phone_number: str,
        phone_country_code: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/bind-phone`` -> ``None``.

        Official python name, Node ``bindPhone``; area ``profile``.

        Parameters (name: wire name, location):
            pass_code: ``passCode``, json, required
            phone_number: ``phoneNumber``, json, required
            phone_country_code: ``phoneCountryCode``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_BIND_PHONE,
            (
                pass_code,
                phone_number,
                phone_country_code,
            ),
            None,
            _request_options(call_options),
        )

    async def delete_account(
        self,
        delete_account_token: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-account`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteAccount``; area ``profile``.

        Parameters (name: wire name, location):
            delete_account_token: ``deleteAccountToken``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_ACCOUNT,
            (delete_account_token,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def get_country_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[CountryDetailInfo]:
        """``GET /api/v3/get-country-list`` -> ``list[CountryDetailInfo]``.

        Official python name, Node ``getCountryList``; area ``profile``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_COUNTRY_LIST,
            (),
            "list[CountryDetailInfo]",
            _request_options(call_options),
        )

    async def get_profile(
        self,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        *,
        with_department_ids: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDto:
        """``GET /api/v3/get-profile`` -> ``UserDto``.

        Official python name, Node ``getProfile``; area ``profile``.

        Parameters (name: wire name, location):
            with_custom_data: ``withCustomData``, query
            with_identities: ``withIdentities``, query
            with_department_ids: ``withDepartmentIds``, query, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PROFILE,
            (
                with_custom_data,
                with_identities,
                with_department_ids,
            ),
            "UserDto",
            _request_options(call_options),
        )

    async def get_security_level(
        self,
        **call_options: Unpack[CallOptions],
    ) -> GetSecurityInfoDto:
        """``GET /api/v3/get-security-info`` -> ``GetSecurityInfoDto``.

        Official python name, Node ``getSecurityLevel``; area ``profile``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_SECURITY_LEVEL,
            (),
            "GetSecurityInfoDto",
            _request_options(call_options),
        )

    async def get_system_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> SystemInfoResp:
        """``GET /api/v3/system`` -> ``SystemInfoResp``.

        Official python name, Node ``getSystemInfo``; area ``profile``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_SYSTEM_INFO,
            (),
            "SystemInfoResp",
            _request_options(call_options),
        )

    async def list(
        self,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[TerminalSessionDto]:
        """``GET /api/v3/mydevices/list`` -> ``list[TerminalSessionDto]``.

        Official python name, Node ``list``; area ``profile``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST,
            (
                page,
                limit,
            ),
            "list[TerminalSessionDto]",
            _request_options(call_options),
        )

    async def put_event(
        self,
        event_code: str,
        data: Any,
        **call_options: Unpack[CallOptions],
    ) -> PubEventRespDataDto:
        """``POST /api/v3/pub-userEvent`` -> ``PubEventRespDataDto``.

        Official python name; area ``profile``.

        Parameters (name: wire name, location):
            event_code: ``eventType``, json, required
            data: ``eventData``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_PUT_EVENT,
            (
                event_code,
                data,
            ),
            "PubEventRespDataDto",
            _request_options(call_options),
        )

    async def reset_password(
        self,
        password: str,
        password_reset_token: str,
        password_encrypt_type: ResetPasswordDtoPasswordEncryptType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/reset-password`` -> ``IsSuccessDto``.

        Official python name, Node ``resetPassword``; area ``profile``.

        Parameters (name: wire name, location):
            password: ``password``, json, required
            password_reset_token: ``passwordResetToken``, json, required
            password_encrypt_type: ``passwordEncryptType``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_RESET_PASSWORD,
            (
                password,
                password_reset_token,
                password_encrypt_type,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def revoke(
        self,
        device_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/mydevices/revoke-session`` -> ``None``.

        Official python name, Node ``revoke``; area ``profile``.

        Parameters (name: wire name, location):
            device_id: ``deviceId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REVOKE,
            (device_id,),
            None,
            _request_options(call_options),
        )

    async def unbind(
        self,
        device_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/mydevices/unbind`` -> ``None``.

        Official python name, Node ``unbind``; area ``profile``.

        Parameters (name: wire name, location):
            device_id: ``deviceId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UNBIND,
            (device_id,),
            None,
            _request_options(call_options),
        )

    async def unbind_email(
        self,
        pass_code: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/unbind-email`` -> ``None``.

        Official python name, Node ``unbindEmail``; area ``profile``.

        Parameters (name: wire name, location):
            pass_code: ``passCode``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UNBIND_EMAIL,
            (pass_code,),
            None,
            _request_options(call_options),
        )

    async def unbind_phone(
        self,
        pass_code: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/unbind-phone`` -> ``None``.

        Official python name, Node ``unbindPhone``; area ``profile``.

        Parameters (name: wire name, location):
            pass_code: ``passCode``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UNBIND_PHONE,
            (pass_code,),
            None,
            _request_options(call_options),
        )

    async def update_email(
        self,
        update_email_token: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-email`` -> ``IsSuccessDto``.

        Official python name, Node ``updateEmail``; area ``profile``.

        Parameters (name: wire name, location):
            update_email_token: ``updateEmailToken``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_EMAIL,
            (update_email_token,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_password(
        self,
        new_password: str,
        old_password: str | None = None,
        password_encrypt_type: UpdatePasswordDtoPasswordEncryptType | str | None = None,
        *,
        password_reset_token: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/update-password`` -> ``None``.

        Official python name, Node ``updatePassword``; area ``profile``.

        Parameters (name: wire name, location):
            new_password: ``newPassword``, json, required
            old_password: ``oldPassword``, json
            password_encrypt_type: ``passwordEncryptType``, json
            password_reset_token: ``passwordResetToken``, json, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PASSWORD,
            (
                new_password,
                old_password,
                password_encrypt_type,
                password_reset_token,
            ),
            None,
            _request_options(call_options),
        )

    async def update_phone(
        self,
        update_phone_token: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-phone`` -> ``IsSuccessDto``.

        Official python name, Node ``updatePhone``; area ``profile``.

        Parameters (name: wire name, location):
            update_phone_token: ``updatePhoneToken``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PHONE,
            (update_phone_token,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_profile(
        self,
        name: str | None = None,
        nickname: str | None = None,
        photo: str | None = None,
        external_id: str | None = None,
        birthdate: str | None = None,
        country: str | None = None,
        province: str | None = None,
        city: str | None = None,
        address: str | None = None,
        street_address: str | None = None,
        postal_code: str | None = None,
        gender: UpdateUserProfileDtoGender | str | None = None,
        username: str | None = None,
        company: str | None = None,
        custom_data: Any = None,
        identity_number: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDto:
        """``POST /api/v3/update-profile`` -> ``UserDto``.

        Official python name, Node ``updateProfile``; area ``profile``.

        Parameters (name: wire name, location):
            name: ``name``, json
            nickname: ``nickname``, json
            photo: ``photo``, json
            external_id: ``externalId``, json
            birthdate: ``birthdate``, json
            country: ``country``, json
            province: ``province``, json
            city: ``city``, json
            address: ``address``, json
            street_address: ``streetAddress``, json
            postal_code: ``postalCode``, json
            gender: ``gender``, json
            username: ``username``, json
            company: ``company``, json
            custom_data: ``customData``, json
            identity_number: ``identityNumber``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PROFILE,
            (
                name,
                nickname,
                photo,
                external_id,
                birthdate,
                country,
                province,
                city,
                address,
                street_address,
                postal_code,
                gender,
                username,
                company,
                custom_data,
                identity_number,
            ),
            "UserDto",
            _request_options(call_options),
        )

    async def verify_delete_account_request(
        self,
        verify_method: VerifyDeleteAccountRequestDtoVerifyMethod | str,
        phone_pass_code_payload: DeleteAccountByPhonePassCodeDto | Mapping[str, Any] | None = None,
        email_pass_code_payload: DeleteAccountByEmailPassCodeDto | Mapping[str, Any] | None = None,
        password_payload: DeleteAccountByPasswordDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> VerifyDeleteAccountRequestDataDto:
        """``POST /api/v3/verify-delete-account-request`` -> ``VerifyDeleteAccountRequestDataDto``.

        Official python name, Node ``verifyDeleteAccountRequest``; area ``profile``.

        Parameters (name: wire name, location):
            verify_method: ``verifyMethod``, json, required
            phone_pass_code_payload: ``phonePassCodePayload``, json
            email_pass_code_payload: ``emailPassCodePayload``, json
            password_payload: ``passwordPayload``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_VERIFY_DELETE_ACCOUNT_REQUEST,
            (
                verify_method,
                phone_pass_code_payload,
                email_pass_code_payload,
                password_payload,
            ),
            "VerifyDeleteAccountRequestDataDto",
            _request_options(call_options),
        )

    async def verify_reset_password_request(
        self,
        verify_method: VerifyResetPasswordRequestDtoVerifyMethod | str,
        phone_pass_code_payload: ResetPasswordByPhonePassCodeDto | Mapping[str, Any] | None = None,
        email_pass_code_payload: ResetPasswordByEmailPassCodeDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ResetPasswordVerify:
        """``POST /api/v3/verify-reset-password-request`` -> ``ResetPasswordVerify``.

        Official python name, Node ``verifyResetPasswordRequest``; area ``profile``.

        Parameters (name: wire name, location):
            verify_method: ``verifyMethod``, json, required
            phone_pass_code_payload: ``phonePassCodePayload``, json
            email_pass_code_payload: ``emailPassCodePayload``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_VERIFY_RESET_PASSWORD_REQUEST,
            (
                verify_method,
                phone_pass_code_payload,
                email_pass_code_payload,
            ),
            "ResetPasswordVerify",
            _request_options(call_options),
        )

    async def verify_update_email_request(
        self,
        email_pass_code_payload: UpdateEmailByEmailPassCodeDto | Mapping[str, Any],
        verify_method: VerifyUpdateEmailRequestDtoVerifyMethod | str,
        **call_options: Unpack[CallOptions],
    ) -> VerifyUpdateEmailRequestData:
        """``POST /api/v3/verify-update-email-request`` -> ``VerifyUpdateEmailRequestData``.

        Official python name, Node ``verifyUpdateEmailRequest``; area ``profile``.

        Parameters (name: wire name, location):
            email_pass_code_payload: ``emailPassCodePayload``, json, required
            verify_method: ``verifyMethod``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_VERIFY_UPDATE_EMAIL_REQUEST,
            (
                email_pass_code_payload,
                verify_method,
            ),
            "VerifyUpdateEmailRequestData",
            _request_options(call_options),
        )

    async def verify_update_phone_request(
        self,
        phone_pass_code_payload: UpdatePhoneByPhonePassCodeDto | Mapping[str, Any],
        verify_method: VerifyUpdatePhoneRequestDtoVerifyMethod | str,
        **call_options: Unpack[CallOptions],
    ) -> VerifyUpdatePhoneRequestData:
        """``POST /api/v3/verify-update-phone-request`` -> ``VerifyUpdatePhoneRequestData``.

        Official python name, Node ``verifyUpdatePhoneRequest``; area ``profile``.

        Parameters (name: wire name, location):
            phone_pass_code_payload: ``phonePassCodePayload``, json, required
            verify_method: ``verifyMethod``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_VERIFY_UPDATE_PHONE_REQUEST,
            (
                phone_pass_code_payload,
                verify_method,
            ),
            "VerifyUpdatePhoneRequestData",
            _request_options(call_options),
        )
