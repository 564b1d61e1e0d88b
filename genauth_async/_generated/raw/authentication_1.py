# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Part of the types of ``with_raw_response`` (genauth_async); see tools/codegen/raw.py."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async._raw_response import RawResponse
    from genauth_async.types import JsonValue
    from genauth_async.models import (
        AccessibleAppsDto, AlipayAuthInfoDataDto, AppQrCodeLoginDtoAction, ApprovalDetailDto,
        AuthenticationCredentialDto, AuthenticationOptionsDto, AuthorizedResourcePagingDto,
        BatchCreateApprovalReqObjectType, ChangePushCodeStatusDtoAction,
        ChangeQrCodeStatusDtoAction, CheckPushCodeStatusDataDto, CheckQRCodeStatusDataDto,
        CheckResourcePermissionDataDto, CountryDetailInfo, CreateApprovalDto,
        CreateApprovalReqObjectType, DeleteAccountByEmailPassCodeDto, DeleteAccountByPasswordDto,
        DeleteAccountByPhonePassCodeDto, EnablePermissionApplyApplicationList,
        EnablePermissionApplyRolePageList, EnrollFactorDtoFactorType,
        EnrollFactorEnrollmentDataDto, ExtIdpInfoDto, ExtraParams, FactorDto, FactorProfile,
        FactorToEnrollDto, GeneFastpassQRCodeInfoDto, GenePushCodeDataDto, GeneQRCodeDataDto,
        GenerateBindExtIdpLinkDataDto, GenerateInvitationLinkDto, GenerateInviteeTokenDto,
        GenerateQrcodeDtoType, GetAuthorizedResourcesParamsResourceType, GetCaptchaCodeDataDto,
        GetDepartmentListParamsOrderBy, GetDepartmentListParamsSortBy,
        GetFastpassQRCodeRelationAppsDto, GetPushCodeRelationAppsDataDto, GetSecurityInfoDto,
        GetUserAuthResourceListDataDto, GetUserAuthResourcePermissionListDataDto,
        GetUserAuthResourceStructDataDto, GetUserSelectLoginPublicAccountsDataDto,
        GetWechatAccessTokenDataDto, GroupDto, IdentityDto, InitiatedApprovalPageList,
        InitiatedListParamsObjectType, InviteeContextDto, InviteeProfileDto, IsSuccessDto,
        ListWebAuthnAuthenticatorDeviceDataDto, LoggedInAppsDto, LoginHistoryPaginatedRespDto,
        LoginTokenResponseDataDto, MfaTokenIntrospectResponse, OtpVerityRespDto,
        PolicyInviteJoinedOptionsDto, PolicyInviteeJoinedDtoReceiverType, PreCheckCodeDataDto,
        PreCheckCodeDtoCodeType, PreCheckEmailCodeDto, PreCheckSmsCodeDto,
        RegistrationCredentialDto, RegistrationOptionsDto, ResetPasswordByEmailPassCodeDto,
        ResetPasswordByPhonePassCodeDto, ResetPasswordDtoPasswordEncryptType, ResetPasswordVerify,
        RoleDto, SendEmailDtoChannel, SendEnrollFactorRequestDataDto,
        SendEnrollFactorRequestDtoFactorType, SendSmsDtoChannel, SignInByAdPayloadDto,
        SignInByAlipayPayloadDto, SignInByAmazonPayloadDto, SignInByApplePayloadDto,
        SignInByBaiduPayloadDto, SignInByDingTalkPayloadDto,
        SignInByDouyinMiniProgramCodeAndPhonePayloadDto, SignInByDouyinMiniProgramCodePayloadDto,
        SignInByDouyinPayloadDto, SignInByFacebookPayloadDto, SignInByGiteePayloadDto,
        SignInByGithubPayloadDto, SignInByGitlabPayloadDto, SignInByGooglePayloadDto,
        SignInByHuaweiPayloadDto, SignInByKuaishouPayloadDto, SignInByLarkBlockPayloadDto,
        SignInByLarkInternalPayloadDto, SignInByLarkPublicPayloadDto, SignInByLdapPayloadDto,
        SignInByLinePayloadDto, SignInByLinkedInPayloadDto, SignInByMobileOptionsDto,
        SignInByOPPOPayloadDto, SignInByPassCodePayloadDto, SignInByPasswordPayloadDto,
        SignInByPushOptionsDto, SignInByQQPayloadDto, SignInBySlackPayloadDto,
        SignInBySwitchOptionsDto, SignInByWebAuthnOptionsDto,
        SignInByWechatMiniProgramCodeAndPhonePayloadDto, SignInByWechatMiniProgramCodePayloadDto,
        SignInByWechatMiniProgramPhonePayloadDto, SignInByWechatPayloadDto,
        SignInByWechatworkAgencyPayloadDto, SignInByWechatworkDto, SignInByWeiboPayloadDto,
        SignInByXiaomiPayloadDto, SignInByYidunPayloadDto, SignInFastpassOptionsDto,
        SignInOptionsDto, SignUpByPassCodeDto, SignUpByPasswordDto, SignUpDtoConnection,
        SignUpOptionsDto, SignUpProfileDto, SigninByCredentialsDtoConnection,
        SigninByMobileDtoConnection, SystemInfoResp, TerminalSessionDto,
        UniversalInvitationJoinRespDto, UniversalInvitationPublicConfigDto,
        UniversalInviteeProfileDto, UpdateEmailByEmailPassCodeDto,
        UpdatePasswordDtoPasswordEncryptType, UpdatePhoneByPhonePassCodeDto,
        UpdateUserProfileDtoGender, UserDepartmentPagingDto, UserDto, UserTenantListDto,
        ValidatePasswordDtoPasswordEncryptType, ValidatePasswordResultDto,
        VerifyAuthenticationResultDto, VerifyDeleteAccountRequestDataDto,
        VerifyDeleteAccountRequestDtoVerifyMethod, VerifyInviteCodeDtoReceiverType,
        VerifyRegistrationDtoAuthenticatorCode, VerifyRegistrationResultDto,
        VerifyResetPasswordRequestDtoVerifyMethod, VerifyUpdateEmailRequestData,
        VerifyUpdateEmailRequestDtoVerifyMethod, VerifyUpdatePhoneRequestData,
        VerifyUpdatePhoneRequestDtoVerifyMethod, WechatLoginTokenRespDto,
    )

__all__ = ["_AuthenticationWithRawResponse1"]


class _AuthenticationWithRawResponse1:
    """Some of the methods ``with_raw_response`` declares (in parts, to keep files small)."""

    __slots__ = ()

    if TYPE_CHECKING:

        async def auth_by_code_identity(
            self,
            code: str,
            app_id: str | None = None,
            conn_id: str | None = None,
            options: SignInOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[LoginTokenResponseDataDto]: ...

        async def batch_create_approval(
            self,
            object_type: BatchCreateApprovalReqObjectType | str,
            object_ids: List[str],
            extra_params: ExtraParams | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def bind_by_account(
            self,
            key: str,
            action: str,
            password: str,
            account: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[WechatLoginTokenRespDto]: ...

        async def bind_by_account_id(
            self,
            key: str,
            action: str,
            account_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[WechatLoginTokenRespDto]: ...

        async def bind_by_email_code(
            self,
            key: str,
            action: str,
            code: str,
            email: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[WechatLoginTokenRespDto]: ...

        async def bind_by_phone_code(
            self,
            key: str,
            action: str,
            code: str,
            phone: str,
            phone_country_code: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[WechatLoginTokenRespDto]: ...

        async def bind_email(
            self,
            pass_code: str,
            email: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def bind_phone(
            self,
            pass_code: str,
            phone_number: str,
            phone_country_code: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def change_push_code_status(
            self,
            action: ChangePushCodeStatusDtoAction | str,
            push_code_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def change_qr_code_status(
            self,
            action: ChangeQrCodeStatusDtoAction | str,
            qrcode_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def check_permission_by_array_resource(
            self,
            resources: List[str],
            action: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckResourcePermissionDataDto]: ...

        async def check_permission_by_string_resource(
            self,
            resources: List[str],
            action: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckResourcePermissionDataDto]: ...

        async def check_permission_by_tree_resource(
            self,
            resources: List[str],
            action: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckResourcePermissionDataDto]: ...

        async def check_push_code_status(
            self,
            push_code_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckPushCodeStatusDataDto]: ...

        async def check_qr_code_status(
            self,
            qrcode_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckQRCodeStatusDataDto]: ...

        async def check_valid_credentials_by_cred_ids(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[JsonValue]]: ...

        async def clear_my_all_universal_invitation_links(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def create_approval(
            self,
            object_type: CreateApprovalReqObjectType | str,
            object_id: str,
            extra_params: ExtraParams | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CreateApprovalDto]: ...

        async def decrypt_douyin_mini_program_data(
            self,
            code: str,
            iv: str,
            encrypted_data: str,
            ext_idp_connidentifier: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def decrypt_wechat_mini_program_data(
            self,
            code: str,
            iv: str,
            encrypted_data: str,
            ext_idp_connidentifier: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def delete_account(
            self,
            delete_account_token: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def delete_web_authn_admin_credential(
            self,
            credential_id: str,
            user_id: str,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def delete_web_authn_credential(
            self,
            credential_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def enroll_factor(
            self,
            enrollment_data: EnrollFactorEnrollmentDataDto | Mapping[str, Any],
            enrollment_token: str,
            factor_type: EnrollFactorDtoFactorType | str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def exchange_token_set_with_qr_code_ticket(
            self,
            ticket: str,
            client_id: str | None = None,
            client_secret: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[LoginTokenResponseDataDto]: ...

        async def gene_captcha_code_and_token(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetCaptchaCodeDataDto]: ...

        async def gene_catcha_code_and_token(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetCaptchaCodeDataDto]: ...

        async def gene_fastpass_qrcode_info(
            self,
            options: SignInFastpassOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GeneFastpassQRCodeInfoDto]: ...

        async def gene_qr_code(
            self,
            type: GenerateQrcodeDtoType | str,
            ext_idp_conn_id: str | None = None,
            custom_data: Any = None,
            context: Any = None,
            auto_merge_qr_code: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GeneQRCodeDataDto]: ...

        async def generate_invite_token(
            self,
            signature: str,
            identifier: str,
            with_invitee_info: bool | None = None,
            with_invitation_settings: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GenerateInviteeTokenDto]: ...

        async def generate_link_ext_idp_url(
            self,
            ext_idp_conn_identifier: str,
            app_id: str,
            id_token: str,
            *,
            need_url_redirect: str | None = None,
            only_redirect_token: str | None = None,
            need_form_post: str | None = None,
            target_url: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GenerateBindExtIdpLinkDataDto]: ...

        async def generate_universal_invitation_by_member(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GenerateInvitationLinkDto]: ...

        async def get_accessible_apps(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[AccessibleAppsDto]]: ...

        async def get_alipay_auth_info(
            self,
            ext_idp_connidentifier: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[AlipayAuthInfoDataDto]: ...

        async def get_app_login_qr_code_status(
            self,
            qrcode_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckQRCodeStatusDataDto]: ...

        async def get_application_enabled_ext_idps(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[ExtIdpInfoDto]]: ...

        async def get_authorized_resources(
            self,
            namespace: str | None = None,
            resource_type: GetAuthorizedResourcesParamsResourceType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[AuthorizedResourcePagingDto]: ...

        async def get_country_list(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[CountryDetailInfo]]: ...

        async def get_department_list(
            self,
            page: int | None = None,
            limit: int | None = None,
            with_custom_data: bool | None = None,
            sort_by: GetDepartmentListParamsSortBy | str | None = None,
            order_by: GetDepartmentListParamsOrderBy | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserDepartmentPagingDto]: ...

        async def get_detail(
            self,
            number: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ApprovalDetailDto]: ...

        async def get_enable_permission_apply_application_list(
            self,
            app_name: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[EnablePermissionApplyApplicationList]: ...

        async def get_enable_permission_apply_role_list(
            self,
            app_id: str,
            page: int | None = None,
            limit: int | None = None,
            keyword: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[EnablePermissionApplyRolePageList]: ...

        async def get_factor(
            self,
            factor_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[FactorDto]: ...

        async def get_fastpass_params(
            self,
            qrcode_id: str,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetFastpassQRCodeRelationAppsDto]: ...

        async def get_group_list(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[GroupDto]]: ...

        async def get_identities(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[IdentityDto]]: ...

        async def get_invite_code_context(
            self,
            token: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[InviteeContextDto]: ...

        async def get_logged_in_apps(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[LoggedInAppsDto]]: ...

        async def get_login_history(
            self,
            app_id: str | None = None,
            client_ip: str | None = None,
            success: bool | None = None,
            start: int | None = None,
            end: int | None = None,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[LoginHistoryPaginatedRespDto]: ...

        async def get_profile(
            self,
            with_custom_data: bool | None = None,
            with_identities: bool | None = None,
            *,
            with_department_ids: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserDto]: ...

        async def get_push_login_relation_apps(
            self,
            app_id: str,
            push_code_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetPushCodeRelationAppsDataDto]: ...

        async def get_qr_code_status(
            self,
            qrcode_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckQRCodeStatusDataDto]: ...

        async def get_qr_code_status_v2(
            self,
            qrcode_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckQRCodeStatusDataDto]: ...

        async def get_role_list(
            self,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[RoleDto]]: ...

        async def get_security_level(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetSecurityInfoDto]: ...

        async def get_system_info(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[SystemInfoResp]: ...

        async def get_tenant_list(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[UserTenantListDto]]: ...

        async def get_universal_invitation_public_config(
            self,
            identifier: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UniversalInvitationPublicConfigDto]: ...

        async def get_user_auth_resource_permission_list(
            self,
            resources: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetUserAuthResourcePermissionListDataDto]: ...

        async def get_user_auth_resource_struct(
            self,
            resource: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetUserAuthResourceStructDataDto]: ...

        async def get_user_authorized_resources_list(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetUserAuthResourceListDataDto]: ...

        async def get_wechat_mp_access_token(
            self,
            app_id: str,
            app_secret: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetWechatAccessTokenDataDto]: ...

        async def get_wechat_mp_access_token_info(
            self,
            app_id: str,
            app_secret: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetWechatAccessTokenDataDto]: ...

        async def init_authentication_options(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[AuthenticationOptionsDto]: ...

        async def init_register_options(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RegistrationOptionsDto]: ...

        async def initiated_list(
            self,
            page_no: int | None = None,
            page_size: int | None = None,
            object_type: InitiatedListParamsObjectType | str | None = None,
            keyword: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[InitiatedApprovalPageList]: ...

        async def list(
            self,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[TerminalSessionDto]]: ...

        async def list_credentials_by_page(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ListWebAuthnAuthenticatorDeviceDataDto]: ...

        async def list_enrolled_factors(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[FactorDto]]: ...

        async def list_factors_to_enroll(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[FactorToEnrollDto]]: ...

        async def list_public_accounts_for_switch_logged_in(
            self,
            with_origin_user: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[GetUserSelectLoginPublicAccountsDataDto]]: ...

        async def list_subject_auth(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def list_web_authn_credentials(
            self,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def list_web_authn_person_credentials(
            self,
            user_id: str,
            page: int | None = None,
            limit: int | None = None,
            app_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def mfa_otp_verify(
            self,
            totp: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[OtpVerityRespDto]: ...

        async def pre_check_code(
            self,
            code_type: PreCheckCodeDtoCodeType | str,
            sms_code_payload: PreCheckSmsCodeDto | Mapping[str, Any] | None = None,
            email_code_payload: PreCheckEmailCodeDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PreCheckCodeDataDto]: ...

        async def qr_code_app_login(
            self,
            action: AppQrCodeLoginDtoAction | str,
            qrcode_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[LoginTokenResponseDataDto]: ...

        async def register_new_user(
            self,
            key: str,
            action: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[WechatLoginTokenRespDto]: ...

        async def remove_all_credentials(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def remove_credential(
            self,
            credential_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def reset_factor(
            self,
            factor_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def reset_password(
            self,
            password: str,
            password_reset_token: str,
            password_encrypt_type: ResetPasswordDtoPasswordEncryptType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def revoke(
            self,
            device_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def select_account(
            self,
            key: str,
            action: str,
            account: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[WechatLoginTokenRespDto]: ...

        async def send_email(
            self,
            channel: SendEmailDtoChannel | str,
            email: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def send_enroll_factor_request(
            self,
            profile: FactorProfile | Mapping[str, Any],
            factor_type: SendEnrollFactorRequestDtoFactorType | str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[SendEnrollFactorRequestDataDto]: ...

        async def send_sms(
            self,
            channel: SendSmsDtoChannel | str,
            phone_number: str,
            phone_country_code: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def set_push_code_status(
            self,
            push_code_id: str,
            action: ChangePushCodeStatusDtoAction | str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def set_qr_code_status(
            self,
            qrcode_id: str,
            action: ChangeQrCodeStatusDtoAction | str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def sign_in_by_credentials(
            self,
            connection: SigninByCredentialsDtoConnection | str,
            password_payload: SignInByPasswordPayloadDto | Mapping[str, Any] | None = None,
            pass_code_payload: SignInByPassCodePayloadDto | Mapping[str, Any] | None = None,
            ad_payload: SignInByAdPayloadDto | Mapping[str, Any] | None = None,
            ldap_payload: SignInByLdapPayloadDto | Mapping[str, Any] | None = None,
            options: SignInOptionsDto | Mapping[str, Any] | None = None,
            client_id: str | None = None,
            client_secret: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[LoginTokenResponseDataDto]: ...

        async def sign_in_by_mobile(
            self,
            ext_idp_connidentifier: str,
            connection: SigninByMobileDtoConnection | str,
            wechat_payload: SignInByWechatPayloadDto | Mapping[str, Any] | None = None,
            apple_payload: SignInByApplePayloadDto | Mapping[str, Any] | None = None,
            alipay_payload: SignInByAlipayPayloadDto | Mapping[str, Any] | None = None,
            wechatwork_payload: SignInByWechatworkDto | Mapping[str, Any] | None = None,
            wechatwork_agency_payload: SignInByWechatworkAgencyPayloadDto | Mapping[str, Any] | None = None,
            lark_public_payload: SignInByLarkPublicPayloadDto | Mapping[str, Any] | None = None,
            lark_internal_payload: SignInByLarkInternalPayloadDto | Mapping[str, Any] | None = None,
            lark_block_payload: SignInByLarkBlockPayloadDto | Mapping[str, Any] | None = None,
            yidun_payload: SignInByYidunPayloadDto | Mapping[str, Any] | None = None,
            wechat_mini_program_code_payload: SignInByWechatMiniProgramCodePayloadDto | Mapping[str, Any] | None = None,
            wechat_mini_program_phone_payload: SignInByWechatMiniProgramPhonePayloadDto | Mapping[str, Any] | None = None,
            wechat_mini_program_code_and_phone_payload: SignInByWechatMiniProgramCodeAndPhonePayloadDto | Mapping[str, Any] | None = None,
            google_payload: SignInByGooglePayloadDto | Mapping[str, Any] | None = None,
            facebook_payload: SignInByFacebookPayloadDto | Mapping[str, Any] | None = None,
            qq_payload: SignInByQQPayloadDto | Mapping[str, Any] | None = None,
            weibo_payload: SignInByWeiboPayloadDto | Mapping[str, Any] | None = None,
            baidu_payload: SignInByBaiduPayloadDto | Mapping[str, Any] | None = None,
            linked_in_payload: SignInByLinkedInPayloadDto | Mapping[str, Any] | None = None,
            ding_talk_payload: SignInByDingTalkPayloadDto | Mapping[str, Any] | None = None,
            github_payload: SignInByGithubPayloadDto | Mapping[str, Any] | None = None,
            gitee_payload: SignInByGiteePayloadDto | Mapping[str, Any] | None = None,
            gitlab_payload: SignInByGitlabPayloadDto | Mapping[str, Any] | None = None,
            douyin_payload: SignInByDouyinPayloadDto | Mapping[str, Any] | None = None,
            kuaishou_payload: SignInByKuaishouPayloadDto | Mapping[str, Any] | None = None,
            xiaomi_payload: SignInByXiaomiPayloadDto | Mapping[str, Any] | None = None,
            line_payload: SignInByLinePayloadDto | Mapping[str, Any] | None = None,
            slack_payload: SignInBySlackPayloadDto | Mapping[str, Any] | None = None,
            oppo_payload: SignInByOPPOPayloadDto | Mapping[str, Any] | None = None,
            huawei_payload: SignInByHuaweiPayloadDto | Mapping[str, Any] | None = None,
            amazon_payload: SignInByAmazonPayloadDto | Mapping[str, Any] | None = None,
            options: SignInByMobileOptionsDto | Mapping[str, Any] | None = None,
            client_id: str | None = None,
            client_secret: str | None = None,
            *,
            douyin_mini_program_code_payload: SignInByDouyinMiniProgramCodePayloadDto | Mapping[str, Any] | None = None,
            douyin_mini_program_code_and_phone_payload: SignInByDouyinMiniProgramCodeAndPhonePayloadDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[LoginTokenResponseDataDto]: ...

        async def sign_in_by_push(
            self,
            account: str,
            options: SignInByPushOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GenePushCodeDataDto]: ...

        async def sign_up(
            self,
            connection: SignUpDtoConnection | str,
            password_payload: SignUpByPasswordDto | Mapping[str, Any] | None = None,
            pass_code_payload: SignUpByPassCodeDto | Mapping[str, Any] | None = None,
            profile: SignUpProfileDto | Mapping[str, Any] | None = None,
            options: SignUpOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserDto]: ...

        async def signup_by_policy(
            self,
            token: str,
            code: str | None = None,
            receiver_type: PolicyInviteeJoinedDtoReceiverType | str | None = None,
            profile: InviteeProfileDto | Mapping[str, Any] | None = None,
            options: PolicyInviteJoinedOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def signup_by_universal(
            self,
            email_code: str,
            identifier: str,
            profile: UniversalInviteeProfileDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UniversalInvitationJoinRespDto]: ...

        async def switch_login_by_user(
            self,
            target_user_id: str,
            options: SignInBySwitchOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[LoginTokenResponseDataDto]: ...

        async def unbind(
            self,
            device_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def unbind_email(
            self,
            pass_code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def unbind_phone(
            self,
            pass_code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def unlink_ext_idp(
            self,
            ext_idp_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def update_email(
            self,
            update_email_token: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def update_password(
            self,
            new_password: str,
            old_password: str | None = None,
            password_encrypt_type: UpdatePasswordDtoPasswordEncryptType | str | None = None,
            *,
            password_reset_token: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def update_phone(
            self,
            update_phone_token: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

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
        ) -> RawResponse[UserDto]: ...

        async def update_web_authn_admin_credential(
            self,
            credential_id: str,
            name: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def update_web_authn_credential(
            self,
            credential_id: str,
            name: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def validate_password(
            self,
            phone: str | None = None,
            email: str | None = None,
            username: str | None = None,
            phone_country_code: str | None = None,
            password: str | None = None,
            password_encrypt_type: ValidatePasswordDtoPasswordEncryptType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ValidatePasswordResultDto]: ...

        async def verify_authentication(
            self,
            ticket: str,
            authentication_credential: AuthenticationCredentialDto | Mapping[str, Any],
            options: SignInByWebAuthnOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[VerifyAuthenticationResultDto]: ...

        async def verify_delete_account_request(
            self,
            verify_method: VerifyDeleteAccountRequestDtoVerifyMethod | str,
            phone_pass_code_payload: DeleteAccountByPhonePassCodeDto | Mapping[str, Any] | None = None,
            email_pass_code_payload: DeleteAccountByEmailPassCodeDto | Mapping[str, Any] | None = None,
            password_payload: DeleteAccountByPasswordDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[VerifyDeleteAccountRequestDataDto]: ...

        async def verify_invite_code(
            self,
            receiver_type: VerifyInviteCodeDtoReceiverType | str,
            code: str,
            token: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def verify_mfa_token(
            self,
            token: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[MfaTokenIntrospectResponse]: ...

        async def verify_register(
            self,
            ticket: str,
            registration_credential: RegistrationCredentialDto | Mapping[str, Any],
            authenticator_code: VerifyRegistrationDtoAuthenticatorCode | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[VerifyRegistrationResultDto]: ...

        async def verify_reset_password_request(
            self,
            verify_method: VerifyResetPasswordRequestDtoVerifyMethod | str,
            phone_pass_code_payload: ResetPasswordByPhonePassCodeDto | Mapping[str, Any] | None = None,
            email_pass_code_payload: ResetPasswordByEmailPassCodeDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ResetPasswordVerify]: ...

        async def verify_update_email_request(
            self,
            email_pass_code_payload: UpdateEmailByEmailPassCodeDto | Mapping[str, Any],
            verify_method: VerifyUpdateEmailRequestDtoVerifyMethod | str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[VerifyUpdateEmailRequestData]: ...

        async def verify_update_phone_request(
            self,
            phone_pass_code_payload: UpdatePhoneByPhonePassCodeDto | Mapping[str, Any],
            verify_method: VerifyUpdatePhoneRequestDtoVerifyMethod | str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[VerifyUpdatePhoneRequestData]: ...

        async def web_authn_admin_initialize(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def web_authn_admin_register_finalize(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def web_authn_login_finalize(
            self,
            ticket: str,
            credential: AuthenticationCredentialDto | Mapping[str, Any],
            options: SignInByWebAuthnOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def web_authn_login_initalize(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def web_authn_login_initialize(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def web_authn_mfa_bind_initialize(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def web_authn_mfa_verify_initalize(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def web_authn_mfa_verify_initialize(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def web_authn_register_finalize(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def web_authn_register_initalize(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        async def web_authn_register_initialize(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...
