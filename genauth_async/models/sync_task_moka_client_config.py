# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskMokaClientConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["SyncTaskMokaClientConfig"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskMokaClientConfig:
    """Wire model ``SyncTaskMokaClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_name: ``userName``, str, required
        ent_code: ``entCode``, str, required
        api_code_employee: ``apiCode_employee``, str, required
        api_code_department: ``apiCode_department``, str, required
        private_key: ``privateKey``, str, required
    """

    user_name: str = _attrs.field(metadata={"wire": "userName"})
    ent_code: str = _attrs.field(metadata={"wire": "entCode"})
    api_code_employee: str = _attrs.field(metadata={"wire": "apiCode_employee"})
    api_code_department: str = _attrs.field(metadata={"wire": "apiCode_department"})
    private_key: str = _attrs.field(repr=_masked, metadata={"wire": "privateKey"})
