"""Issue 19 point 5 against the emulator: the sign-in shortcuts answer the token model, the user
publishes an event and gets ``PubEventRespDataDto``, and ``verify_mfa_token`` gets the raw
introspection object as ``MfaTokenIntrospectResponse`` (the emulator's own tokens count as MFA tokens)."""

from __future__ import annotations

from typing import Any

from genauth_async.models import LoginTokenResponseDataDto, MfaTokenIntrospectResponse, PubEventRespDataDto
from tests.protocols.conftest import PASSWORD, AsyncAuth, SyncAuth, auth_kwargs, new_app, new_user


async def test_sign_in_publish_and_mfa_introspection(emu: Any) -> None:
    app = new_app(emu)
    user = new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        login = await client.sign_in_by_account_password("alice", PASSWORD)
        assert isinstance(login, LoginTokenResponseDataDto) and login.access_token
        client.set_access_token(login.access_token)
        published = await client.put_event("app.profile.viewed", {"n": 1})
        assert isinstance(published, PubEventRespDataDto) and published.success is True
        mfa = await client.verify_mfa_token(login.access_token)
        unknown = await client.verify_mfa_token("not-a-token")
    assert isinstance(mfa, MfaTokenIntrospectResponse)
    assert (mfa.active, mfa.user_id, mfa.user_pool_id) == (True, user["userId"], emu.user_pool_id)
    assert mfa.exp is not None and mfa.iat is not None and mfa.exp > mfa.iat
    assert unknown == MfaTokenIntrospectResponse(active=False)


def test_sync_mfa_introspection_of_an_unknown_token(emu_thread: Any) -> None:
    app = new_app(emu_thread)
    with SyncAuth(**auth_kwargs(emu_thread, app)) as client:
        result = client.verify_mfa_token("not-a-token")
    assert isinstance(result, MfaTokenIntrospectResponse) and result.active is False
