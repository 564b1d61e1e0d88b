# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetUserBaseFieldDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .custom_field_i18n import CustomFieldI18n

__all__ = ["SetUserBaseFieldDto"]


@_attrs.define(kw_only=True, slots=True)
class SetUserBaseFieldDto:
    """Wire model ``SetUserBaseFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        label: ``label``, str, optional
        description: ``description``, str, optional
        user_editable: ``userEditable``, bool, optional
        visible_in_admin_console: ``visibleInAdminConsole``, bool, optional
        visible_in_user_center: ``visibleInUserCenter``, bool, optional
        i18n: ``i18n``, CustomFieldI18n, optional
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    label: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "label"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    user_editable: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userEditable"})
    visible_in_admin_console: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "visibleInAdminConsole"})
    visible_in_user_center: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "visibleInUserCenter"})
    i18n: CustomFieldI18n | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})
