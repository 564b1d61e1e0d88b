# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``profile`` (sync facade)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import AuthenticationClient as _AsyncAuthenticationClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CountryDetailInfo, DeleteAccountByEmailPassCodeDto, DeleteAccountByPasswordDto,
        DeleteAccountByPhonePassCodeDto, GetSecurityInfoDto, IsSuccessDto,
        ResetPasswordByEmailPassCodeDto, ResetPasswordByPhonePassCodeDto,
        ResetPasswordDtoPasswordEncryptType, ResetPasswordVerify, SystemInfoResp,
        TerminalSessionDto, UpdateEmailByEmailPassCodeDto, UpdatePasswordDtoPasswordEncryptType,
        UpdatePhoneByPhonePassCodeDto, UpdateUserProfileDtoGender, UserDto,
        VerifyDeleteAccountRequestDataDto, VerifyDeleteAccountRequestDtoVerifyMethod,
        VerifyResetPasswordRequestDtoVerifyMethod, VerifyUpdateEmailRequestData,
        VerifyUpdateEmailRequestDtoVerifyMethod, VerifyUpdatePhoneRequestData,
        VerifyUpdatePhoneRequestDtoVerifyMethod,
    )


class ProfileMixin(_SyncClient["_AsyncAuthenticationClient"]):
    """Authentication API, area ``profile``: 22 endpoints."""

    def bind_email(
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
        self._run_method(
            "bind_email",
            (
                pass_code,
                email,
            ),
            call_options,
        )

    def bind_phone(
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
        self._run_method(
            "bind_phone",
            (
                pass_code,
                phone_number,
                phone_country_code,
            ),
            call_options,
        )

    def delete_account(
        self,
        delete_account_token: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-account`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteAccount``; area ``profile``.

        Parameters (name: wire name, location):
            delete_account_token: ``deleteAccountToken``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_account",
            (delete_account_token,),
            call_options,
        )

    def get_country_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[CountryDetailInfo]:
        """``GET /api/v3/get-country-list`` -> ``list[CountryDetailInfo]``.

        Official python name, Node ``getCountryList``; area ``profile``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_country_list",
            (),
            call_options,
        )

    def get_profile(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_profile",
            (
                with_custom_data,
                with_identities,
            ),
            {
                "with_department_ids": with_department_ids,
                **call_options,
            },
        )

    def get_security_level(
        self,
        **call_options: Unpack[CallOptions],
    ) -> GetSecurityInfoDto:
        """``GET /api/v3/get-security-info`` -> ``GetSecurityInfoDto``.

        Official python name, Node ``getSecurityLevel``; area ``profile``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_security_level",
            (),
            call_options,
        )

    def get_system_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> SystemInfoResp:
        """``GET /api/v3/system`` -> ``SystemInfoResp``.

        Official python name, Node ``getSystemInfo``; area ``profile``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_system_info",
            (),
            call_options,
        )

    def list(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list",
            (
                page,
                limit,
            ),
            call_options,
        )

    def reset_password(
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
        return self._run_method(  # type: ignore[no-any-return]
            "reset_password",
            (
                password,
                password_reset_token,
                password_encrypt_type,
            ),
            call_options,
        )

    def revoke(
        self,
        device_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/mydevices/revoke-session`` -> ``None``.

        Official python name, Node ``revoke``; area ``profile``.

        Parameters (name: wire name, location):
            device_id: ``deviceId``, json, required
        """
        self._run_method(
            "revoke",
            (device_id,),
            call_options,
        )

    def unbind(
        self,
        device_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/mydevices/unbind`` -> ``None``.

        Official python name, Node ``unbind``; area ``profile``.

        Parameters (name: wire name, location):
            device_id: ``deviceId``, json, required
        """
        self._run_method(
            "unbind",
            (device_id,),
            call_options,
        )

    def unbind_email(
        self,
        pass_code: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/unbind-email`` -> ``None``.

        Official python name, Node ``unbindEmail``; area ``profile``.

        Parameters (name: wire name, location):
            pass_code: ``passCode``, json, required
        """
        self._run_method(
            "unbind_email",
            (pass_code,),
            call_options,
        )

    def unbind_phone(
        self,
        pass_code: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/unbind-phone`` -> ``None``.

        Official python name, Node ``unbindPhone``; area ``profile``.

        Parameters (name: wire name, location):
            pass_code: ``passCode``, json, required
        """
        self._run_method(
            "unbind_phone",
            (pass_code,),
            call_options,
        )

    def update_email(
        self,
        update_email_token: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-email`` -> ``IsSuccessDto``.

        Official python name, Node ``updateEmail``; area ``profile``.

        Parameters (name: wire name, location):
            update_email_token: ``updateEmailToken``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_email",
            (update_email_token,),
            call_options,
        )

    def update_password(
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
        self._run_method(
            "update_password",
            (
                new_password,
                old_password,
                password_encrypt_type,
            ),
            {
                "password_reset_token": password_reset_token,
                **call_options,
            },
        )

    def update_phone(
        self,
        update_phone_token: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-phone`` -> ``IsSuccessDto``.

        Official python name, Node ``updatePhone``; area ``profile``.

        Parameters (name: wire name, location):
            update_phone_token: ``updatePhoneToken``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_phone",
            (update_phone_token,),
            call_options,
        )

    def update_profile(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_profile",
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
            call_options,
        )

    def verify_delete_account_request(
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
        return self._run_method(  # type: ignore[no-any-return]
            "verify_delete_account_request",
            (
                verify_method,
                phone_pass_code_payload,
                email_pass_code_payload,
                password_payload,
            ),
            call_options,
        )

    def verify_reset_password_request(
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
        return self._run_method(  # type: ignore[no-any-return]
            "verify_reset_password_request",
            (
                verify_method,
                phone_pass_code_payload,
                email_pass_code_payload,
            ),
            call_options,
        )

    def verify_update_email_request(
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
        return self._run_method(  # type: ignore[no-any-return]
            "verify_update_email_request",
            (
                email_pass_code_payload,
                verify_method,
            ),
            call_options,
        )

    def verify_update_phone_request(
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
        return self._run_method(  # type: ignore[no-any-return]
            "verify_update_phone_request",
            (
                phone_pass_code_payload,
                verify_method,
            ),
            call_options,
        )
