# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``metadata``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.metadata import (
    _EP_CAPTURE,
    _EP_COPY_OPERATE,
    _EP_CREATE_FIELD,
    _EP_CREATE_MODEL,
    _EP_CREATE_OPERATE,
    _EP_CREATE_ROW,
    _EP_CREATE_ROW_RELATION,
    _EP_EXECUTE_OPERATE,
    _EP_EXPORT_MEATDATA,
    _EP_EXPORT_MODEL,
    _EP_GET_IMPORT_TEMPLATE,
    _EP_GET_MODEL,
    _EP_GET_RELATION_INFO,
    _EP_GET_RELATION_VALUE,
    _EP_GET_ROW,
    _EP_GET_ROW_BATCH,
    _EP_GET_ROW_BY_VALUE,
    _EP_IMPORT_METADATA,
    _EP_IMPORT_MODEL,
    _EP_LIST_FIELD,
    _EP_LIST_MODEL,
    _EP_LIST_OPERATE,
    _EP_LIST_OPERATE_ALL,
    _EP_LIST_ROW,
    _EP_REMOTE_FIELD,
    _EP_REMOVE_MODEL,
    _EP_REMOVE_OPERATE,
    _EP_REMOVE_RELATION_VALUE,
    _EP_REMOVE_ROW,
    _EP_UPDATE_FIELD,
    _EP_UPDATE_MODEL,
    _EP_UPDATE_OPERATE,
    _EP_UPDATE_ROW,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class MetadataMixin(_CompatBase[_Typed]):
    """Official management methods, area ``metadata``: the official answers."""

    __slots__ = ()

    async def capture(
        self,
        data: Any,
        model_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``capture``: ``POST /api/v3/metadata/ueba/capture``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CAPTURE, (data, model_id), None, _request_options(call_options),
        )

    async def copy_operate(
        self,
        custom_config: Any,
        model_id: Any,
        id: Any,
        *,
        field_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``copy_operate``: ``POST /api/v3/metadata/copy-operate``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_COPY_OPERATE, (custom_config, model_id, id, field_id), None, _request_options(call_options),
        )

    async def create_field(
        self,
        user_visible: Any,
        relation_optional_range: Any,
        relation_show_key: Any,
        relation_multiple: Any,
        relation_type: Any,
        for_login: Any,
        fuzzy_search: Any,
        drop_down: Any,
        format: Any,
        regexp: Any,
        min: Any,
        max: Any,
        max_length: Any,
        unique: Any,
        require: Any,
        default: Any,
        help: Any,
        editable: Any,
        show: Any,
        type: Any,
        key: Any,
        name: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_field``: ``POST /api/v3/metadata/create-field``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_FIELD, (user_visible, relation_optional_range, relation_show_key, relation_multiple, relation_type, for_login, fuzzy_search, drop_down, format, regexp, min, max, max_length, unique, require, default, help, editable, show, type, key, name, model_id), None, _request_options(call_options),
        )

    async def create_model(
        self,
        parent_key: Any,
        enable: Any,
        type: Any,
        description: Any,
        name: Any,
        data_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_model``: ``POST /api/v3/metadata/create-model``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_MODEL, (parent_key, enable, type, description, name, data_type), None, _request_options(call_options),
        )

    async def create_operate(
        self,
        show: Any,
        icon: Any,
        config: Any,
        operate_name: Any,
        operate_key: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_operate``: ``POST /api/v3/metadata/create-operate``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_OPERATE, (show, icon, config, operate_name, operate_key, model_id), None, _request_options(call_options),
        )

    async def create_row(
        self,
        data: Any,
        model_id: Any,
        row_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_row``: ``POST /api/v3/metadata/create-row``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_ROW, (data, model_id, row_id), None, _request_options(call_options),
        )

    async def create_row_relation(
        self,
        value_list: Any,
        row_id: Any,
        field_id: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_row_relation``: ``POST /api/v3/metadata/create-row-relation``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_ROW_RELATION, (value_list, row_id, field_id, model_id), None, _request_options(call_options),
        )

    async def execute_operate(
        self,
        custom_config: Any,
        model_id: Any,
        id: Any,
        *,
        field_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``execute_operate``: ``POST /api/v3/metadata/execute-operate``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_EXECUTE_OPERATE, (custom_config, model_id, id, field_id), None, _request_options(call_options),
        )

    async def export_meatdata(
        self,
        id_list: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``export_meatdata``: ``POST /api/v3/metadata/export``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_EXPORT_MEATDATA, (id_list, model_id), None, _request_options(call_options),
        )

    async def export_model(
        self,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``export_model``: ``POST /api/v3/metadata/export/model``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_EXPORT_MODEL, (model_id,), None, _request_options(call_options),
        )

    async def get_import_template(
        self,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_import_template``: ``GET /api/v3/metadata/get-import-template``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_IMPORT_TEMPLATE, (model_id,), None, _request_options(call_options),
        )

    async def get_model(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_model``: ``GET /api/v3/metadata/get-model``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_MODEL, (id,), None, _request_options(call_options),
        )

    async def get_relation_info(
        self,
        id_list: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_relation_info``: ``POST /api/v3/metadata/get-relation-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_RELATION_INFO, (id_list, model_id), None, _request_options(call_options),
        )

    async def get_relation_value(
        self,
        model_id: Any,
        field_id: Any,
        row_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_relation_value``: ``GET /api/v3/metadata/get-row-relation``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_RELATION_VALUE, (model_id, field_id, row_id, page, limit), None, _request_options(call_options),
        )

    async def get_row(
        self,
        model_id: Any,
        row_id: Any,
        show_field_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_row``: ``GET /api/v3/metadata/get-row``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ROW, (model_id, row_id, show_field_id), None, _request_options(call_options),
        )

    async def get_row_batch(
        self,
        row_ids: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_row_batch``: ``POST /api/v3/metadata/get-row-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ROW_BATCH, (row_ids, model_id), None, _request_options(call_options),
        )

    async def get_row_by_value(
        self,
        model_id: Any,
        key: Any,
        value: Any,
        show_field_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_row_by_value``: ``GET /api/v3/metadata/get-row-by-value``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ROW_BY_VALUE, (model_id, key, value, show_field_id), None, _request_options(call_options),
        )

    async def import_metadata(
        self,
        file: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_metadata``: ``POST /api/v3/metadata/import``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_IMPORT_METADATA, (file, model_id), None, _request_options(call_options),
        )

    async def import_model(
        self,
        file: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_model``: ``POST /api/v3/metadata/import/model``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_IMPORT_MODEL, (file,), None, _request_options(call_options),
        )

    async def list_field(
        self,
        model_id: Any,
        *,
        from_: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_field``: ``GET /api/v3/metadata/list-field``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_FIELD, (model_id, from_), None, _request_options(call_options),
        )

    async def list_model(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_model``: ``GET /api/v3/metadata/list-model``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_MODEL, (), None, _request_options(call_options),
        )

    async def list_operate(
        self,
        model_id: Any,
        keywords: Any = None,
        page: Any = None,
        limit: Any = None,
        *,
        field_id: Any = None,
        show_created: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_operate``: ``GET /api/v3/metadata/list-operate``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_OPERATE, (model_id, keywords, page, limit, field_id, show_created), None, _request_options(call_options),
        )

    async def list_operate_all(
        self,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_operate_all``: ``GET /api/v3/metadata/all-operate``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_OPERATE_ALL, (model_id,), None, _request_options(call_options),
        )

    async def list_row(
        self,
        model_id: Any,
        keywords: Any = None,
        conjunction: Any = None,
        conditions: Any = None,
        sort: Any = None,
        page: Any = None,
        limit: Any = None,
        fetch_all: Any = None,
        with_path: Any = None,
        show_field_id: Any = None,
        preview_relation: Any = None,
        get_relation_field_detail: Any = None,
        scope: Any = None,
        filter_relation: Any = None,
        expand: Any = None,
        *,
        get_nest_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_row``: ``POST /api/v3/metadata/filter``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_ROW, (model_id, keywords, conjunction, conditions, sort, page, limit, fetch_all, with_path, show_field_id, preview_relation, get_relation_field_detail, scope, filter_relation, expand, get_nest_data), None, _request_options(call_options),
        )

    async def remote_field(
        self,
        model_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remote_field``: ``POST /api/v3/metadata/remove-field``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REMOTE_FIELD, (model_id, id), None, _request_options(call_options),
        )

    async def remove_model(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_model``: ``POST /api/v3/metadata/remove-model``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REMOVE_MODEL, (id,), None, _request_options(call_options),
        )

    async def remove_operate(
        self,
        custom_config: Any,
        model_id: Any,
        id: Any,
        *,
        field_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_operate``: ``POST /api/v3/metadata/remove-operate``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REMOVE_OPERATE, (custom_config, model_id, id, field_id), None, _request_options(call_options),
        )

    async def remove_relation_value(
        self,
        value: Any,
        field_ids: Any,
        row_id: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_relation_value``: ``POST /api/v3/metadata/remove-row-relation``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REMOVE_RELATION_VALUE, (value, field_ids, row_id, model_id), None, _request_options(call_options),
        )

    async def remove_row(
        self,
        row_id_list: Any,
        model_id: Any,
        recursive: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_row``: ``POST /api/v3/metadata/remove-row``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REMOVE_ROW, (row_id_list, model_id, recursive), None, _request_options(call_options),
        )

    async def update_field(
        self,
        user_visible: Any,
        relation_optional_range: Any,
        relation_show_key: Any,
        for_login: Any,
        fuzzy_search: Any,
        drop_down: Any,
        format: Any,
        regexp: Any,
        min: Any,
        max: Any,
        max_length: Any,
        unique: Any,
        require: Any,
        default: Any,
        help: Any,
        editable: Any,
        show: Any,
        name: Any,
        model_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_field``: ``POST /api/v3/metadata/update-field``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_FIELD, (user_visible, relation_optional_range, relation_show_key, for_login, fuzzy_search, drop_down, format, regexp, min, max, max_length, unique, require, default, help, editable, show, name, model_id, id), None, _request_options(call_options),
        )

    async def update_model(
        self,
        config: Any,
        field_order: Any,
        type: Any,
        parent_key: Any,
        enable: Any,
        description: Any,
        name: Any,
        id: Any,
        *,
        show_field_key: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_model``: ``POST /api/v3/metadata/update-model``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_MODEL, (config, field_order, type, parent_key, enable, description, name, id, show_field_key), None, _request_options(call_options),
        )

    async def update_operate(
        self,
        icon: Any,
        config: Any,
        operate_name: Any,
        operate_key: Any,
        show: Any,
        model_id: Any,
        id: Any,
        *,
        field_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_operate``: ``POST /api/v3/metadata/update-operate``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_OPERATE, (icon, config, operate_name, operate_key, show, model_id, id, field_id), None, _request_options(call_options),
        )

    async def update_row(
        self,
        data: Any,
        row_id: Any,
        model_id: Any,
        show_field_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_row``: ``POST /api/v3/metadata/update-row``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_ROW, (data, row_id, model_id, show_field_id), None, _request_options(call_options),
        )
