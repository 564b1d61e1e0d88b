# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``metadata``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.types import JsonValue
    from genauth_async.models import (
        Condition, CreateFunctionModelDtoDataType, CreateFunctionModelDtoType,
        CreateFunctionModelFieldDtoType, DropDownItemDto, Expand, FunctionModelDto,
        FunctionModelFieldDto, FunctionModelValueListDto, GetAllRowByScrollidDto, OperateModelDto,
        RelationOptionalRange, RelationValueListDto, RowDto, ScopeDto, UpdateFunctionModelDtoType,
    )

_EP_CAPTURE = Endpoint(
    "capture",
    "POST",
    "/api/v3/metadata/ueba/capture",
    (
        Param("data", "data", "json", True, "any"),
        Param("model_id", "modelId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_COPY_OPERATE = Endpoint(
    "copy_operate",
    "POST",
    "/api/v3/metadata/copy-operate",
    (
        Param("custom_config", "customConfig", "json", True, "any"),
        Param("model_id", "modelId", "json", True, "str"),
        Param("id", "id", "json", True, "str"),
        Param("field_id", "fieldId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_COPY_ROW_RELATION = Endpoint(
    "copy_row_relation",
    "POST",
    "/api/v3/metadata/copy-row-relation",
    (
        Param("relation_row_id", "relationRowId", "json", True, "str"),
        Param("row_id", "rowId", "json", True, "str"),
        Param("model_id", "modelId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_FIELD = Endpoint(
    "create_field",
    "POST",
    "/api/v3/metadata/create-field",
    (
        Param("user_visible", "userVisible", "json", True, "bool"),
        Param("relation_optional_range", "relationOptionalRange", "json", True, "dict"),
        Param("relation_show_key", "relationShowKey", "json", True, "str"),
        Param("relation_multiple", "relationMultiple", "json", True, "bool"),
        Param("relation_type", "relationType", "json", True, "str"),
        Param("for_login", "forLogin", "json", True, "bool"),
        Param("fuzzy_search", "fuzzySearch", "json", True, "bool"),
        Param("drop_down", "dropDown", "json", True, "dict"),
        Param("format", "format", "json", True, "int"),
        Param("regexp", "regexp", "json", True, "str"),
        Param("min", "min", "json", True, "int"),
        Param("max", "max", "json", True, "int"),
        Param("max_length", "maxLength", "json", True, "int"),
        Param("unique", "unique", "json", True, "bool"),
        Param("require", "require", "json", True, "bool"),
        Param("default", "default", "json", True, "any"),
        Param("help", "help", "json", True, "str"),
        Param("editable", "editable", "json", True, "bool"),
        Param("show", "show", "json", True, "bool"),
        Param("type", "type", "json", True, "str", "any", ("Text", "Textarea", "Number", "Boolean", "Date", "Enum", "Relation", "ReverseRelation", "Array")),
        Param("key", "key", "json", True, "str"),
        Param("name", "name", "json", True, "str"),
        Param("model_id", "modelId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_MODEL = Endpoint(
    "create_model",
    "POST",
    "/api/v3/metadata/create-model",
    (
        Param("parent_key", "parentKey", "json", True, "str"),
        Param("enable", "enable", "json", True, "bool"),
        Param("type", "type", "json", True, "str", "any", ("ueba", "user", "post", "group", "department", "organization", "device", "device_rely", "custom")),
        Param("description", "description", "json", True, "str"),
        Param("name", "name", "json", True, "str"),
        Param("data_type", "dataType", "json", False, "str", "any", ("list", "tree")),
    ),
    idempotent=False,
)

_EP_CREATE_OPERATE = Endpoint(
    "create_operate",
    "POST",
    "/api/v3/metadata/create-operate",
    (
        Param("show", "show", "json", True, "bool"),
        Param("icon", "icon", "json", True, "str"),
        Param("config", "config", "json", True, "any"),
        Param("operate_name", "operateName", "json", True, "str"),
        Param("operate_key", "operateKey", "json", True, "str"),
        Param("model_id", "modelId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_ROW = Endpoint(
    "create_row",
    "POST",
    "/api/v3/metadata/create-row",
    (
        Param("data", "data", "json", True, "any"),
        Param("model_id", "modelId", "json", True, "str"),
        Param("row_id", "rowId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_ROW_RELATION = Endpoint(
    "create_row_relation",
    "POST",
    "/api/v3/metadata/create-row-relation",
    (
        Param("value_list", "valueList", "json", True, "list", "str"),
        Param("row_id", "rowId", "json", True, "str"),
        Param("field_id", "fieldId", "json", True, "str"),
        Param("model_id", "modelId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_EXECUTE_OPERATE = Endpoint(
    "execute_operate",
    "POST",
    "/api/v3/metadata/execute-operate",
    (
        Param("custom_config", "customConfig", "json", True, "any"),
        Param("model_id", "modelId", "json", True, "str"),
        Param("id", "id", "json", True, "str"),
        Param("field_id", "fieldId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_EXPORT_MEATDATA = Endpoint(
    "export_meatdata",
    "POST",
    "/api/v3/metadata/export",
    (
        Param("id_list", "idList", "json", True, "list", "str"),
        Param("model_id", "modelId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_EXPORT_MODEL = Endpoint(
    "export_model",
    "POST",
    "/api/v3/metadata/export/model",
    (
        Param("model_id", "modelId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_ALL_METADATA = Endpoint(
    "get_all_metadata",
    "POST",
    "/api/v3/metadata/get-all-metadata",
    (
        Param("model_id", "modelId", "json", True, "str"),
        Param("conjunction", "conjunction", "json", False, "str"),
        Param("conditions", "conditions", "json", False, "list", "dict"),
    ),
    idempotent=False,
)

_EP_GET_ALL_METADATA_ROW = Endpoint(
    "get_all_metadata_row",
    "POST",
    "/api/v3/metadata/get-all-row-by-scrollid",
    (
        Param("size", "size", "json", True, "int"),
        Param("model_id", "modelId", "json", True, "str"),
        Param("scroll_id", "scrollId", "json", False, "str"),
        Param("id", "id", "json", False, "str"),
        Param("query", "query", "json", False, "any"),
        Param("get_relation_details", "getRelationDetails", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_GET_IMPORT_TEMPLATE = Endpoint(
    "get_import_template",
    "GET",
    "/api/v3/metadata/get-import-template",
    (
        Param("model_id", "modelId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_METADATA_GROUP_LIST = Endpoint(
    "get_metadata_group_list",
    "POST",
    "/api/v3/metadata/group",
    (
        Param("group_id", "groupId", "json", True, "str"),
        Param("keyword", "keyword", "json", False, "str"),
        Param("sort", "sort", "json", False, "list"),
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
        Param("get_nest_data", "getNestData", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_GET_MODEL = Endpoint(
    "get_model",
    "GET",
    "/api/v3/metadata/get-model",
    (
        Param("id", "id", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_RELATION_DETAILS = Endpoint(
    "get_relation_details",
    "GET",
    "/api/v3/metadata/get-row-relation-details",
    (),
    idempotent=True,
)

_EP_GET_RELATION_INFO = Endpoint(
    "get_relation_info",
    "POST",
    "/api/v3/metadata/get-relation-info",
    (
        Param("id_list", "idList", "json", True, "list", "str"),
        Param("model_id", "modelId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_RELATION_VALUE = Endpoint(
    "get_relation_value",
    "GET",
    "/api/v3/metadata/get-row-relation",
    (
        Param("model_id", "modelId", "query", True, "str"),
        Param("field_id", "fieldId", "query", True, "str"),
        Param("row_id", "rowId", "query", True, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_GET_ROW = Endpoint(
    "get_row",
    "GET",
    "/api/v3/metadata/get-row",
    (
        Param("model_id", "modelId", "query", True, "str"),
        Param("row_id", "rowId", "query", True, "str"),
        Param("show_field_id", "showFieldId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_ROW_BATCH = Endpoint(
    "get_row_batch",
    "POST",
    "/api/v3/metadata/get-row-batch",
    (
        Param("row_ids", "rowIds", "json", True, "list", "str"),
        Param("model_id", "modelId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_ROW_BY_VALUE = Endpoint(
    "get_row_by_value",
    "GET",
    "/api/v3/metadata/get-row-by-value",
    (
        Param("model_id", "modelId", "query", True, "str"),
        Param("key", "key", "query", True, "str"),
        Param("value", "value", "query", True, "str"),
        Param("show_field_id", "showFieldId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_IMPORT_METADATA = Endpoint(
    "import_metadata",
    "POST",
    "/api/v3/metadata/import",
    (
        Param("file", "file", "json", True, "str"),
        Param("model_id", "modelId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_IMPORT_MODEL = Endpoint(
    "import_model",
    "POST",
    "/api/v3/metadata/import/model",
    (
        Param("file", "file", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_LIST_FIELD = Endpoint(
    "list_field",
    "GET",
    "/api/v3/metadata/list-field",
    (
        Param("model_id", "modelId", "query", True, "str"),
        Param("from_", "from", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_MODEL = Endpoint(
    "list_model",
    "GET",
    "/api/v3/metadata/list-model",
    (),
    idempotent=True, data_key="list",
)

_EP_LIST_OPERATE = Endpoint(
    "list_operate",
    "GET",
    "/api/v3/metadata/list-operate",
    (
        Param("model_id", "modelId", "query", True, "str"),
        Param("keywords", "keywords", "query", False, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("field_id", "fieldId", "query", False, "str"),
        Param("show_created", "showCreated", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_OPERATE_ALL = Endpoint(
    "list_operate_all",
    "GET",
    "/api/v3/metadata/all-operate",
    (
        Param("model_id", "modelId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_LIST_ROW = Endpoint(
    "list_row",
    "POST",
    "/api/v3/metadata/filter",
    (
        Param("model_id", "modelId", "json", True, "str"),
        Param("keywords", "keywords", "json", False, "str"),
        Param("conjunction", "conjunction", "json", False, "str"),
        Param("conditions", "conditions", "json", False, "list", "dict"),
        Param("sort", "sort", "json", False, "list"),
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
        Param("fetch_all", "fetchAll", "json", False, "bool"),
        Param("with_path", "withPath", "json", False, "bool"),
        Param("show_field_id", "showFieldId", "json", False, "bool"),
        Param("preview_relation", "previewRelation", "json", False, "bool"),
        Param("get_relation_field_detail", "getRelationFieldDetail", "json", False, "bool"),
        Param("scope", "scope", "json", False, "dict"),
        Param("filter_relation", "filterRelation", "json", False, "dict"),
        Param("expand", "expand", "json", False, "list", "dict"),
        Param("get_nest_data", "getNestData", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_RELATION_SEARCH = Endpoint(
    "relation_search",
    "POST",
    "/api/v3/metadata/relation-search",
    (
        Param("field_id", "fieldId", "json", True, "str"),
        Param("model_id", "modelId", "json", True, "str"),
        Param("keywords", "keywords", "json", False, "str"),
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
        Param("show_field_id", "showFieldId", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_REMOTE_FIELD = Endpoint(
    "remote_field",
    "POST",
    "/api/v3/metadata/remove-field",
    (
        Param("model_id", "modelId", "json", True, "str"),
        Param("id", "id", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_REMOVE_MODEL = Endpoint(
    "remove_model",
    "POST",
    "/api/v3/metadata/remove-model",
    (
        Param("id", "id", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_REMOVE_OPERATE = Endpoint(
    "remove_operate",
    "POST",
    "/api/v3/metadata/remove-operate",
    (
        Param("custom_config", "customConfig", "json", True, "any"),
        Param("model_id", "modelId", "json", True, "str"),
        Param("id", "id", "json", True, "str"),
        Param("field_id", "fieldId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_REMOVE_RELATION_VALUE = Endpoint(
    "remove_relation_value",
    "POST",
    "/api/v3/metadata/remove-row-relation",
    (
        Param("value", "value", "json", True, "str"),
        Param("field_ids", "fieldIds", "json", True, "list", "str"),
        Param("row_id", "rowId", "json", True, "str"),
        Param("model_id", "modelId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_REMOVE_ROW = Endpoint(
    "remove_row",
    "POST",
    "/api/v3/metadata/remove-row",
    (
        Param("row_id_list", "rowIdList", "json", True, "list", "str"),
        Param("model_id", "modelId", "json", True, "str"),
        Param("recursive", "recursive", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_UPDATE_FIELD = Endpoint(
    "update_field",
    "POST",
    "/api/v3/metadata/update-field",
    (
        Param("user_visible", "userVisible", "json", True, "bool"),
        Param("relation_optional_range", "relationOptionalRange", "json", True, "dict"),
        Param("relation_show_key", "relationShowKey", "json", True, "str"),
        Param("for_login", "forLogin", "json", True, "bool"),
        Param("fuzzy_search", "fuzzySearch", "json", True, "bool"),
        Param("drop_down", "dropDown", "json", True, "list", "str"),
        Param("format", "format", "json", True, "int"),
        Param("regexp", "regexp", "json", True, "str"),
        Param("min", "min", "json", True, "int"),
        Param("max", "max", "json", True, "int"),
        Param("max_length", "maxLength", "json", True, "int"),
        Param("unique", "unique", "json", True, "bool"),
        Param("require", "require", "json", True, "bool"),
        Param("default", "default", "json", True, "any"),
        Param("help", "help", "json", True, "str"),
        Param("editable", "editable", "json", True, "bool"),
        Param("show", "show", "json", True, "bool"),
        Param("name", "name", "json", True, "str"),
        Param("model_id", "modelId", "json", True, "str"),
        Param("id", "id", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_MODEL = Endpoint(
    "update_model",
    "POST",
    "/api/v3/metadata/update-model",
    (
        Param("config", "config", "json", True, "any"),
        Param("field_order", "fieldOrder", "json", True, "str"),
        Param("type", "type", "json", True, "str", "any", ("ueba", "user", "post", "group", "department", "organization", "device", "device_rely", "custom")),
        Param("parent_key", "parentKey", "json", True, "str"),
        Param("enable", "enable", "json", True, "bool"),
        Param("description", "description", "json", True, "str"),
        Param("name", "name", "json", True, "str"),
        Param("id", "id", "json", True, "str"),
        Param("show_field_key", "showFieldKey", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_OPERATE = Endpoint(
    "update_operate",
    "POST",
    "/api/v3/metadata/update-operate",
    (
        Param("icon", "icon", "json", True, "str"),
        Param("config", "config", "json", True, "any"),
        Param("operate_name", "operateName", "json", True, "str"),
        Param("operate_key", "operateKey", "json", True, "str"),
        Param("show", "show", "json", True, "bool"),
        Param("model_id", "modelId", "json", True, "str"),
        Param("id", "id", "json", True, "str"),
        Param("field_id", "fieldId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_ROW = Endpoint(
    "update_row",
    "POST",
    "/api/v3/metadata/update-row",
    (
        Param("data", "data", "json", True, "any"),
        Param("row_id", "rowId", "json", True, "str"),
        Param("model_id", "modelId", "json", True, "str"),
        Param("show_field_id", "showFieldId", "json", False, "bool"),
    ),
    idempotent=False,
)


class MetadataMixin(_Caller):
    """Management API, area ``metadata``: 39 endpoints."""

    __slots__ = ()

    async def capture(
        self,
        data: Any,
        model_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/metadata/ueba/capture`` -> ``JsonValue``.

        Official python name, Node ``capture``; area ``metadata``.

        Parameters (name: wire name, location):
            data: ``data``, json, required
            model_id: ``modelId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CAPTURE,
            (
                data,
                model_id,
            ),
            "Any",
            _request_options(call_options),
        )

    async def copy_operate(
        self,
        custom_config: Any,
        model_id: str,
        id: str,
        *,
        field_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/copy-operate`` -> ``None``.

        Official python name, Node ``copyOperate``; area ``metadata``.

        Parameters (name: wire name, location):
            custom_config: ``customConfig``, json, required
            model_id: ``modelId``, json, required
            id: ``id``, json, required
            field_id: ``fieldId``, json, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_COPY_OPERATE,
            (
                custom_config,
                model_id,
                id,
                field_id,
            ),
            None,
            _request_options(call_options),
        )

    async def copy_row_relation(
        self,
        relation_row_id: str,
        row_id: str,
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> RelationValueListDto:
        """``POST /api/v3/metadata/copy-row-relation`` -> ``RelationValueListDto``.

        Node-only endpoint, Node ``copyRowRelation``; area ``metadata``.

        Parameters (name: wire name, location):
            relation_row_id: ``relationRowId``, json, required
            row_id: ``rowId``, json, required
            model_id: ``modelId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_COPY_ROW_RELATION,
            (
                relation_row_id,
                row_id,
                model_id,
            ),
            "RelationValueListDto",
            _request_options(call_options),
        )

    async def create_field(
        self,
        user_visible: bool,
        relation_optional_range: Condition | Mapping[str, Any],
        relation_show_key: str,
        relation_multiple: bool,
        relation_type: str,
        for_login: bool,
        fuzzy_search: bool,
        drop_down: DropDownItemDto | Mapping[str, Any],
        format: int,
        regexp: str,
        min: int,
        max: int,
        max_length: int,
        unique: bool,
        require: bool,
        default: Any,
        help: str,
        editable: bool,
        show: bool,
        type: CreateFunctionModelFieldDtoType | str,
        key: str,
        name: str,
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> FunctionModelFieldDto:
        """``POST /api/v3/metadata/create-field`` -> ``FunctionModelFieldDto``.

        Official python name, Node ``createField``; area ``metadata``.

        Parameters (name: wire name, location):
            user_visible: ``userVisible``, json, required
            relation_optional_range: ``relationOptionalRange``, json, required
            relation_show_key: ``relationShowKey``, json, required
            relation_multiple: ``relationMultiple``, json, required
            relation_type: ``relationType``, json, required
            for_login: ``forLogin``, json, required
            fuzzy_search: ``fuzzySearch``, json, required
            drop_down: ``dropDown``, json, required
            format: ``format``, json, required
            regexp: ``regexp``, json, required
            min: ``min``, json, required
            max: ``max``, json, required
            max_length: ``maxLength``, json, required
            unique: ``unique``, json, required
            require: ``require``, json, required
            default: ``default``, json, required
            help: ``help``, json, required
            editable: ``editable``, json, required
            show: ``show``, json, required
            type: ``type``, json, required
            key: ``key``, json, required
            name: ``name``, json, required
            model_id: ``modelId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_FIELD,
            (
                user_visible,
                relation_optional_range,
                relation_show_key,
                relation_multiple,
                relation_type,
                for_login,
                fuzzy_search,
                drop_down,
                format,
                regexp,
                min,
                max,
                max_length,
                unique,
                require,
                default,
                help,
                editable,
                show,
                type,
                key,
                name,
                model_id,
            ),
            "FunctionModelFieldDto",
            _request_options(call_options),
        )

    async def create_model(
        self,
        parent_key: str,
        enable: bool,
        type: CreateFunctionModelDtoType | str,
        description: str,
        name: str,
        data_type: CreateFunctionModelDtoDataType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> FunctionModelDto:
        """``POST /api/v3/metadata/create-model`` -> ``FunctionModelDto``.

        Official python name, Node ``createModel``; area ``metadata``.

        Parameters (name: wire name, location):
            parent_key: ``parentKey``, json, required
            enable: ``enable``, json, required
            type: ``type``, json, required
            description: ``description``, json, required
            name: ``name``, json, required
            data_type: ``dataType``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_MODEL,
            (
                parent_key,
                enable,
                type,
                description,
                name,
                data_type,
            ),
            "FunctionModelDto",
            _request_options(call_options),
        )

    async def create_operate(
        self,
        show: bool,
        icon: str,
        config: Any,
        operate_name: str,
        operate_key: str,
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/create-operate`` -> ``None``.

        Official python name, Node ``createOperate``; area ``metadata``.

        Parameters (name: wire name, location):
            show: ``show``, json, required
            icon: ``icon``, json, required
            config: ``config``, json, required
            operate_name: ``operateName``, json, required
            operate_key: ``operateKey``, json, required
            model_id: ``modelId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_OPERATE,
            (
                show,
                icon,
                config,
                operate_name,
                operate_key,
                model_id,
            ),
            None,
            _request_options(call_options),
        )

    async def create_row(
        self,
        data: Any,
        model_id: str,
        row_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RowDto:
        """``POST /api/v3/metadata/create-row`` -> ``RowDto``.

        Official python name, Node ``createRow``; area ``metadata``.

        Parameters (name: wire name, location):
            data: ``data``, json, required
            model_id: ``modelId``, json, required
            row_id: ``rowId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_ROW,
            (
                data,
                model_id,
                row_id,
            ),
            "RowDto",
            _request_options(call_options),
        )

    async def create_row_relation(
        self,
        value_list: List[str],
        row_id: str,
        field_id: str,
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/create-row-relation`` -> ``None``.

        Official python name, Node ``createRowRelation``; area ``metadata``.

        Parameters (name: wire name, location):
            value_list: ``valueList``, json, required
            row_id: ``rowId``, json, required
            field_id: ``fieldId``, json, required
            model_id: ``modelId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_ROW_RELATION,
            (
                value_list,
                row_id,
                field_id,
                model_id,
            ),
            None,
            _request_options(call_options),
        )

    async def execute_operate(
        self,
        custom_config: Any,
        model_id: str,
        id: str,
        *,
        field_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/execute-operate`` -> ``None``.

        Official python name, Node ``executeOperate``; area ``metadata``.

        Parameters (name: wire name, location):
            custom_config: ``customConfig``, json, required
            model_id: ``modelId``, json, required
            id: ``id``, json, required
            field_id: ``fieldId``, json, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_EXECUTE_OPERATE,
            (
                custom_config,
                model_id,
                id,
                field_id,
            ),
            None,
            _request_options(call_options),
        )

    async def export_meatdata(
        self,
        id_list: List[str],
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/export`` -> ``None``.

        Official python name, Node ``exportMetadata``; area ``metadata``.

        Parameters (name: wire name, location):
            id_list: ``idList``, json, required
            model_id: ``modelId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_EXPORT_MEATDATA,
            (
                id_list,
                model_id,
            ),
            None,
            _request_options(call_options),
        )

    async def export_metadata(
        self,
        id_list: List[str],
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/export`` -> ``None``.

        Alias of ``export_meatdata`` under the Node SDK's name ``exportMetadata`` (same endpoint).

        Parameters (name: wire name, location):
            id_list: ``idList``, json, required
            model_id: ``modelId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_EXPORT_MEATDATA,
            (
                id_list,
                model_id,
            ),
            None,
            _request_options(call_options),
        )

    async def export_model(
        self,
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/export/model`` -> ``None``.

        Official python name, Node ``exportModel``; area ``metadata``.

        Parameters (name: wire name, location):
            model_id: ``modelId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_EXPORT_MODEL,
            (model_id,),
            None,
            _request_options(call_options),
        )

    async def get_all_metadata(
        self,
        model_id: str,
        conjunction: str | None = None,
        conditions: List[Condition | Mapping[str, Any]] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> FunctionModelValueListDto:
        """``POST /api/v3/metadata/get-all-metadata`` -> ``FunctionModelValueListDto``.

        Node-only endpoint, Node ``getAllMetadata``; area ``metadata``.

        Parameters (name: wire name, location):
            model_id: ``modelId``, json, required
            conjunction: ``conjunction``, json
            conditions: ``conditions``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ALL_METADATA,
            (
                model_id,
                conjunction,
                conditions,
            ),
            "FunctionModelValueListDto",
            _request_options(call_options),
        )

    async def get_all_metadata_row(
        self,
        size: int,
        model_id: str,
        scroll_id: str | None = None,
        id: str | None = None,
        query: Any = None,
        get_relation_details: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetAllRowByScrollidDto:
        """``POST /api/v3/metadata/get-all-row-by-scrollid`` -> ``GetAllRowByScrollidDto``.

        Node-only endpoint, Node ``getAllMetadataRow``; area ``metadata``.

        Parameters (name: wire name, location):
            size: ``size``, json, required
            model_id: ``modelId``, json, required
            scroll_id: ``scrollId``, json
            id: ``id``, json
            query: ``query``, json
            get_relation_details: ``getRelationDetails``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ALL_METADATA_ROW,
            (
                size,
                model_id,
                scroll_id,
                id,
                query,
                get_relation_details,
            ),
            "GetAllRowByScrollidDto",
            _request_options(call_options),
        )

    async def get_import_template(
        self,
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> RowDto:
        """``GET /api/v3/metadata/get-import-template`` -> ``RowDto``.

        Official python name, Node ``getImportTemplate``; area ``metadata``.

        Parameters (name: wire name, location):
            model_id: ``modelId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_IMPORT_TEMPLATE,
            (model_id,),
            "RowDto",
            _request_options(call_options),
        )

    async def get_metadata_group_list(
        self,
        group_id: str,
        keyword: str | None = None,
        sort: List[Any] | None = None,
        page: int | None = None,
        limit: int | None = None,
        get_nest_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> FunctionModelValueListDto:
        """``POST /api/v3/metadata/group`` -> ``FunctionModelValueListDto``.

        Node-only endpoint, Node ``getMetadataGroupList``; area ``metadata``.

        Parameters (name: wire name, location):
            group_id: ``groupId``, json, required
            keyword: ``keyword``, json
            sort: ``sort``, json
            page: ``page``, json
            limit: ``limit``, json
            get_nest_data: ``getNestData``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_METADATA_GROUP_LIST,
            (
                group_id,
                keyword,
                sort,
                page,
                limit,
                get_nest_data,
            ),
            "FunctionModelValueListDto",
            _request_options(call_options),
        )

    def iter_get_metadata_group_list(
        self,
        group_id: str,
        keyword: str | None = None,
        sort: List[Any] | None = None,
        limit: int | None = None,
        get_nest_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[JsonValue]:
        """Every item of ``get_metadata_group_list``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_metadata_group_list(
                page=page,
                group_id=group_id,
                keyword=keyword,
                sort=sort,
                limit=limit,
                get_nest_data=get_nest_data,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def get_model(
        self,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> FunctionModelDto:
        """``GET /api/v3/metadata/get-model`` -> ``FunctionModelDto``.

        Official python name, Node ``getModel``; area ``metadata``.

        Parameters (name: wire name, location):
            id: ``id``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_MODEL,
            (id,),
            "FunctionModelDto",
            _request_options(call_options),
        )

    async def get_relation_details(
        self,
        **call_options: Unpack[CallOptions],
    ) -> RelationValueListDto:
        """``GET /api/v3/metadata/get-row-relation-details`` -> ``RelationValueListDto``.

        Node-only endpoint, Node ``getRelationDetails``; area ``metadata``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_RELATION_DETAILS,
            (),
            "RelationValueListDto",
            _request_options(call_options),
        )

    async def get_relation_info(
        self,
        id_list: List[str],
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/get-relation-info`` -> ``None``.

        Official python name, Node ``getRelationInfo``; area ``metadata``.

        Parameters (name: wire name, location):
            id_list: ``idList``, json, required
            model_id: ``modelId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_RELATION_INFO,
            (
                id_list,
                model_id,
            ),
            None,
            _request_options(call_options),
        )

    async def get_relation_value(
        self,
        model_id: str,
        field_id: str,
        row_id: str,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RelationValueListDto:
        """``GET /api/v3/metadata/get-row-relation`` -> ``RelationValueListDto``.

        Official python name, Node ``getRelationValue``; area ``metadata``.

        Parameters (name: wire name, location):
            model_id: ``modelId``, query, required
            field_id: ``fieldId``, query, required
            row_id: ``rowId``, query, required
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_RELATION_VALUE,
            (
                model_id,
                field_id,
                row_id,
                page,
                limit,
            ),
            "RelationValueListDto",
            _request_options(call_options),
        )

    def iter_get_relation_value(
        self,
        model_id: str,
        field_id: str,
        row_id: str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[str]:
        """Every item of ``get_relation_value``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_relation_value(
                page=page,
                model_id=model_id,
                field_id=field_id,
                row_id=row_id,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def get_row(
        self,
        model_id: str,
        row_id: str,
        show_field_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RowDto:
        """``GET /api/v3/metadata/get-row`` -> ``RowDto``.

        Official python name, Node ``getRow``; area ``metadata``.

        Parameters (name: wire name, location):
            model_id: ``modelId``, query, required
            row_id: ``rowId``, query, required
            show_field_id: ``showFieldId``, query

        Correction: the official Python signature requires 'show_field_id' but the API and Node treat 'showFieldId' as optional; it keeps its position with the default None and is not sent when omitted
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ROW,
            (
                model_id,
                row_id,
                show_field_id,
            ),
            "RowDto",
            _request_options(call_options),
        )

    async def get_row_batch(
        self,
        row_ids: List[str],
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> List[RowDto]:
        """``POST /api/v3/metadata/get-row-batch`` -> ``list[RowDto]``.

        Official python name, Node ``getRowBatch``; area ``metadata``.

        Parameters (name: wire name, location):
            row_ids: ``rowIds``, json, required
            model_id: ``modelId``, json, required

        Correction: official Python and Node both post to /get-row-batch (no /api/v3 prefix); the sibling row endpoints live under /api/v3/metadata/, so the path is /api/v3/metadata/get-row-batch
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ROW_BATCH,
            (
                row_ids,
                model_id,
            ),
            "list[RowDto]",
            _request_options(call_options),
        )

    async def get_row_by_value(
        self,
        model_id: str,
        key: str,
        value: str,
        show_field_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RowDto:
        """``GET /api/v3/metadata/get-row-by-value`` -> ``RowDto``.

        Official python name, Node ``getRowByValue``; area ``metadata``.

        Parameters (name: wire name, location):
            model_id: ``modelId``, query, required
            key: ``key``, query, required
            value: ``value``, query, required
            show_field_id: ``showFieldId``, query

        Correction: the official Python signature requires 'show_field_id' but the API and Node treat 'showFieldId' as optional; it keeps its position with the default None and is not sent when omitted
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ROW_BY_VALUE,
            (
                model_id,
                key,
                value,
                show_field_id,
            ),
            "RowDto",
            _request_options(call_options),
        )

    async def import_metadata(
        self,
        file: str,
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/import`` -> ``None``.

        Official python name, Node ``importMetadata``; area ``metadata``.

        Parameters (name: wire name, location):
            file: ``file``, json, required
            model_id: ``modelId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_IMPORT_METADATA,
            (
                file,
                model_id,
            ),
            None,
            _request_options(call_options),
        )

    async def import_model(
        self,
        file: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/import/model`` -> ``None``.

        Official python name, Node ``importModel``; area ``metadata``.

        Parameters (name: wire name, location):
            file: ``file``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_IMPORT_MODEL,
            (file,),
            None,
            _request_options(call_options),
        )

    async def list_field(
        self,
        model_id: str,
        *,
        from_: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[FunctionModelFieldDto]:
        """``GET /api/v3/metadata/list-field`` -> ``list[FunctionModelFieldDto]``.

        Official python name, Node ``listField``; area ``metadata``.

        Parameters (name: wire name, location):
            model_id: ``modelId``, query, required
            from_: ``from``, query, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_FIELD,
            (
                model_id,
                from_,
            ),
            "list[FunctionModelFieldDto]",
            _request_options(call_options),
        )

    async def list_model(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[FunctionModelDto]:
        """``GET /api/v3/metadata/list-model`` -> ``list[FunctionModelDto]``.

        Official python name, Node ``listModel``; area ``metadata``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_MODEL,
            (),
            "list[FunctionModelDto]",
            _request_options(call_options),
        )

    async def list_operate(
        self,
        model_id: str,
        keywords: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        *,
        field_id: str | None = None,
        show_created: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> OperateModelDto:
        """``GET /api/v3/metadata/list-operate`` -> ``OperateModelDto``.

        Official python name, Node ``listOperate``; area ``metadata``.

        Parameters (name: wire name, location):
            model_id: ``modelId``, query, required
            keywords: ``keywords``, query
            page: ``page``, query
            limit: ``limit``, query
            field_id: ``fieldId``, query, keyword-only (Node SDK field)
            show_created: ``showCreated``, query, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_OPERATE,
            (
                model_id,
                keywords,
                page,
                limit,
                field_id,
                show_created,
            ),
            "OperateModelDto",
            _request_options(call_options),
        )

    async def list_operate_all(
        self,
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> OperateModelDto:
        """``GET /api/v3/metadata/all-operate`` -> ``OperateModelDto``.

        Official python name, Node ``listOperateAll``; area ``metadata``.

        Parameters (name: wire name, location):
            model_id: ``modelId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_OPERATE_ALL,
            (model_id,),
            "OperateModelDto",
            _request_options(call_options),
        )

    async def list_row(
        self,
        model_id: str,
        keywords: str | None = None,
        conjunction: str | None = None,
        conditions: List[Condition | Mapping[str, Any]] | None = None,
        sort: List[Any] | None = None,
        page: int | None = None,
        limit: int | None = None,
        fetch_all: bool | None = None,
        with_path: bool | None = None,
        show_field_id: bool | None = None,
        preview_relation: bool | None = None,
        get_relation_field_detail: bool | None = None,
        scope: ScopeDto | Mapping[str, Any] | None = None,
        filter_relation: ScopeDto | Mapping[str, Any] | None = None,
        expand: List[Expand | Mapping[str, Any]] | None = None,
        *,
        get_nest_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> FunctionModelValueListDto:
        """``POST /api/v3/metadata/filter`` -> ``FunctionModelValueListDto``.

        Official python name, Node ``listRow``; area ``metadata``.

        Parameters (name: wire name, location):
            model_id: ``modelId``, json, required
            keywords: ``keywords``, json
            conjunction: ``conjunction``, json
            conditions: ``conditions``, json
            sort: ``sort``, json
            page: ``page``, json
            limit: ``limit``, json
            fetch_all: ``fetchAll``, json
            with_path: ``withPath``, json
            show_field_id: ``showFieldId``, json
            preview_relation: ``previewRelation``, json
            get_relation_field_detail: ``getRelationFieldDetail``, json
            scope: ``scope``, json
            filter_relation: ``filterRelation``, json
            expand: ``expand``, json
            get_nest_data: ``getNestData``, json, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_ROW,
            (
                model_id,
                keywords,
                conjunction,
                conditions,
                sort,
                page,
                limit,
                fetch_all,
                with_path,
                show_field_id,
                preview_relation,
                get_relation_field_detail,
                scope,
                filter_relation,
                expand,
                get_nest_data,
            ),
            "FunctionModelValueListDto",
            _request_options(call_options),
        )

    def iter_list_row(
        self,
        model_id: str,
        keywords: str | None = None,
        conjunction: str | None = None,
        conditions: List[Condition | Mapping[str, Any]] | None = None,
        sort: List[Any] | None = None,
        limit: int | None = None,
        fetch_all: bool | None = None,
        with_path: bool | None = None,
        show_field_id: bool | None = None,
        preview_relation: bool | None = None,
        get_relation_field_detail: bool | None = None,
        scope: ScopeDto | Mapping[str, Any] | None = None,
        filter_relation: ScopeDto | Mapping[str, Any] | None = None,
        expand: List[Expand | Mapping[str, Any]] | None = None,
        *,
        get_nest_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[JsonValue]:
        """Every item of ``list_row``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_row(
                page=page,
                model_id=model_id,
                keywords=keywords,
                conjunction=conjunction,
                conditions=conditions,
                sort=sort,
                limit=limit,
                fetch_all=fetch_all,
                with_path=with_path,
                show_field_id=show_field_id,
                preview_relation=preview_relation,
                get_relation_field_detail=get_relation_field_detail,
                scope=scope,
                filter_relation=filter_relation,
                expand=expand,
                get_nest_data=get_nest_data,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def relation_search(
        self,
        field_id: str,
        model_id: str,
        keywords: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        show_field_id: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RelationValueListDto:
        """``POST /api/v3/metadata/relation-search`` -> ``RelationValueListDto``.

        Node-only endpoint, Node ``relationSearch``; area ``metadata``.

        Parameters (name: wire name, location):
            field_id: ``fieldId``, json, required
            model_id: ``modelId``, json, required
            keywords: ``keywords``, json
            page: ``page``, json
            limit: ``limit``, json
            show_field_id: ``showFieldId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_RELATION_SEARCH,
            (
                field_id,
                model_id,
                keywords,
                page,
                limit,
                show_field_id,
            ),
            "RelationValueListDto",
            _request_options(call_options),
        )

    def iter_relation_search(
        self,
        field_id: str,
        model_id: str,
        keywords: str | None = None,
        limit: int | None = None,
        show_field_id: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[str]:
        """Every item of ``relation_search``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.relation_search(
                page=page,
                field_id=field_id,
                model_id=model_id,
                keywords=keywords,
                limit=limit,
                show_field_id=show_field_id,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def remote_field(
        self,
        model_id: str,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/remove-field`` -> ``None``.

        Official python name, Node ``remoteField``; area ``metadata``.

        Parameters (name: wire name, location):
            model_id: ``modelId``, json, required
            id: ``id``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOTE_FIELD,
            (
                model_id,
                id,
            ),
            None,
            _request_options(call_options),
        )

    async def remove_field(
        self,
        model_id: str,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/remove-field`` -> ``None``.

        Correctly spelled alias of ``remote_field`` (same endpoint).

        Parameters (name: wire name, location):
            model_id: ``modelId``, json, required
            id: ``id``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOTE_FIELD,
            (
                model_id,
                id,
            ),
            None,
            _request_options(call_options),
        )

    async def remove_model(
        self,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/remove-model`` -> ``None``.

        Official python name, Node ``removeModel``; area ``metadata``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE_MODEL,
            (id,),
            None,
            _request_options(call_options),
        )

    async def remove_operate(
        self,
        custom_config: Any,
        model_id: str,
        id: str,
        *,
        field_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/remove-operate`` -> ``None``.

        Official python name, Node ``removeOperate``; area ``metadata``.

        Parameters (name: wire name, location):
            custom_config: ``customConfig``, json, required
            model_id: ``modelId``, json, required
            id: ``id``, json, required
            field_id: ``fieldId``, json, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE_OPERATE,
            (
                custom_config,
                model_id,
                id,
                field_id,
            ),
            None,
            _request_options(call_options),
        )

    async def remove_relation_value(
        self,
        value: str,
        field_ids: List[str],
        row_id: str,
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/remove-row-relation`` -> ``None``.

        Official python name, Node ``removeRelationValue``; area ``metadata``.

        Parameters (name: wire name, location):
            value: ``value``, json, required
            field_ids: ``fieldIds``, json, required
            row_id: ``rowId``, json, required
            model_id: ``modelId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE_RELATION_VALUE,
            (
                value,
                field_ids,
                row_id,
                model_id,
            ),
            None,
            _request_options(call_options),
        )

    async def remove_row(
        self,
        row_id_list: List[str],
        model_id: str,
        recursive: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/remove-row`` -> ``None``.

        Official python name, Node ``removeRow``; area ``metadata``.

        Parameters (name: wire name, location):
            row_id_list: ``rowIdList``, json, required
            model_id: ``modelId``, json, required
            recursive: ``recursive``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE_ROW,
            (
                row_id_list,
                model_id,
                recursive,
            ),
            None,
            _request_options(call_options),
        )

    async def update_field(
        self,
        user_visible: bool,
        relation_optional_range: RelationOptionalRange | Mapping[str, Any],
        relation_show_key: str,
        for_login: bool,
        fuzzy_search: bool,
        drop_down: List[str],
        format: int,
        regexp: str,
        min: int,
        max: int,
        max_length: int,
        unique: bool,
        require: bool,
        default: Any,
        help: str,
        editable: bool,
        show: bool,
        name: str,
        model_id: str,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> FunctionModelFieldDto:
        """``POST /api/v3/metadata/update-field`` -> ``FunctionModelFieldDto``.

        Official python name, Node ``updateField``; area ``metadata``.

        Parameters (name: wire name, location):
            user_visible: ``userVisible``, json, required
            relation_optional_range: ``relationOptionalRange``, json, required
            relation_show_key: ``relationShowKey``, json, required
            for_login: ``forLogin``, json, required
            fuzzy_search: ``fuzzySearch``, json, required
            drop_down: ``dropDown``, json, required
            format: ``format``, json, required
            regexp: ``regexp``, json, required
            min: ``min``, json, required
            max: ``max``, json, required
            max_length: ``maxLength``, json, required
            unique: ``unique``, json, required
            require: ``require``, json, required
            default: ``default``, json, required
            help: ``help``, json, required
            editable: ``editable``, json, required
            show: ``show``, json, required
            name: ``name``, json, required
            model_id: ``modelId``, json, required
            id: ``id``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_FIELD,
            (
                user_visible,
                relation_optional_range,
                relation_show_key,
                for_login,
                fuzzy_search,
                drop_down,
                format,
                regexp,
                min,
                max,
                max_length,
                unique,
                require,
                default,
                help,
                editable,
                show,
                name,
                model_id,
                id,
            ),
            "FunctionModelFieldDto",
            _request_options(call_options),
        )

    async def update_model(
        self,
        config: Any,
        field_order: str,
        type: UpdateFunctionModelDtoType | str,
        parent_key: str,
        enable: bool,
        description: str,
        name: str,
        id: str,
        *,
        show_field_key: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> FunctionModelDto:
        """``POST /api/v3/metadata/update-model`` -> ``FunctionModelDto``.

        Official python name, Node ``updateModel``; area ``metadata``.

        Parameters (name: wire name, location):
            config: ``config``, json, required
            field_order: ``fieldOrder``, json, required
            type: ``type``, json, required
            parent_key: ``parentKey``, json, required
            enable: ``enable``, json, required
            description: ``description``, json, required
            name: ``name``, json, required
            id: ``id``, json, required
            show_field_key: ``showFieldKey``, json, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_MODEL,
            (
                config,
                field_order,
                type,
                parent_key,
                enable,
                description,
                name,
                id,
                show_field_key,
            ),
            "FunctionModelDto",
            _request_options(call_options),
        )

    async def update_operate(
        self,
        icon: str,
        config: Any,
        operate_name: str,
        operate_key: str,
        show: bool,
        model_id: str,
        id: str,
        *,
        field_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/update-operate`` -> ``None``.

        Official python name, Node ``updateOperate``; area ``metadata``.

        Parameters (name: wire name, location):
            icon: ``icon``, json, required
            config: ``config``, json, required
            operate_name: ``operateName``, json, required
            operate_key: ``operateKey``, json, required
            show: ``show``, json, required
            model_id: ``modelId``, json, required
            id: ``id``, json, required
            field_id: ``fieldId``, json, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_OPERATE,
            (
                icon,
                config,
                operate_name,
                operate_key,
                show,
                model_id,
                id,
                field_id,
            ),
            None,
            _request_options(call_options),
        )

    async def update_row(
        self,
        data: Any,
        row_id: str,
        model_id: str,
        show_field_id: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RowDto:
        """``POST /api/v3/metadata/update-row`` -> ``RowDto``.

        Official python name, Node ``updateRow``; area ``metadata``.

        Parameters (name: wire name, location):
            data: ``data``, json, required
            row_id: ``rowId``, json, required
            model_id: ``modelId``, json, required
            show_field_id: ``showFieldId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_ROW,
            (
                data,
                row_id,
                model_id,
                show_field_id,
            ),
            "RowDto",
            _request_options(call_options),
        )
