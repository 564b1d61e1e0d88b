# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``metadata`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.types import JsonValue
    from genauth_async.models import (
        Condition, CreateFunctionModelDtoDataType, CreateFunctionModelDtoType,
        CreateFunctionModelFieldDtoType, DropDownItemDto, Expand, FunctionModelDto,
        FunctionModelFieldDto, FunctionModelValueListDto, GetAllRowByScrollidDto, OperateModelDto,
        RelationOptionalRange, RelationValueListDto, RowDto, ScopeDto, UpdateFunctionModelDtoType,
    )


class MetadataMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``metadata``: 39 endpoints."""

    def capture(
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
        return self._run_method(  # type: ignore[no-any-return]
            "capture",
            (
                data,
                model_id,
            ),
            call_options,
        )

    def copy_operate(
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
        self._run_method(
            "copy_operate",
            (
                custom_config,
                model_id,
                id,
            ),
            {
                "field_id": field_id,
                **call_options,
            },
        )

    def copy_row_relation(
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
        return self._run_method(  # type: ignore[no-any-return]
            "copy_row_relation",
            (
                relation_row_id,
                row_id,
                model_id,
            ),
            call_options,
        )

    def create_field(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_field",
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
            call_options,
        )

    def create_model(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_model",
            (
                parent_key,
                enable,
                type,
                description,
                name,
                data_type,
            ),
            call_options,
        )

    def create_operate(
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
        self._run_method(
            "create_operate",
            (
                show,
                icon,
                config,
                operate_name,
                operate_key,
                model_id,
            ),
            call_options,
        )

    def create_row(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_row",
            (
                data,
                model_id,
                row_id,
            ),
            call_options,
        )

    def create_row_relation(
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
        self._run_method(
            "create_row_relation",
            (
                value_list,
                row_id,
                field_id,
                model_id,
            ),
            call_options,
        )

    def execute_operate(
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
        self._run_method(
            "execute_operate",
            (
                custom_config,
                model_id,
                id,
            ),
            {
                "field_id": field_id,
                **call_options,
            },
        )

    def export_meatdata(
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
        self._run_method(
            "export_meatdata",
            (
                id_list,
                model_id,
            ),
            call_options,
        )

    def export_metadata(
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
        self._run_method(
            "export_metadata",
            (
                id_list,
                model_id,
            ),
            call_options,
        )

    def export_model(
        self,
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/export/model`` -> ``None``.

        Official python name, Node ``exportModel``; area ``metadata``.

        Parameters (name: wire name, location):
            model_id: ``modelId``, json, required
        """
        self._run_method(
            "export_model",
            (model_id,),
            call_options,
        )

    def get_all_metadata(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_all_metadata",
            (
                model_id,
                conjunction,
                conditions,
            ),
            call_options,
        )

    def get_all_metadata_row(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_all_metadata_row",
            (
                size,
                model_id,
                scroll_id,
                id,
                query,
                get_relation_details,
            ),
            call_options,
        )

    def get_import_template(
        self,
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> RowDto:
        """``GET /api/v3/metadata/get-import-template`` -> ``RowDto``.

        Official python name, Node ``getImportTemplate``; area ``metadata``.

        Parameters (name: wire name, location):
            model_id: ``modelId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_import_template",
            (model_id,),
            call_options,
        )

    def get_metadata_group_list(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_metadata_group_list",
            (
                group_id,
                keyword,
                sort,
                page,
                limit,
                get_nest_data,
            ),
            call_options,
        )

    def iter_get_metadata_group_list(
        self,
        group_id: str,
        keyword: str | None = None,
        sort: List[Any] | None = None,
        limit: int | None = None,
        get_nest_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[JsonValue]:
        """Every item of ``get_metadata_group_list``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_get_metadata_group_list",
            (
                group_id,
                keyword,
                sort,
                limit,
                get_nest_data,
            ),
            call_options,
        )

    def get_model(
        self,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> FunctionModelDto:
        """``GET /api/v3/metadata/get-model`` -> ``FunctionModelDto``.

        Official python name, Node ``getModel``; area ``metadata``.

        Parameters (name: wire name, location):
            id: ``id``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_model",
            (id,),
            call_options,
        )

    def get_relation_details(
        self,
        **call_options: Unpack[CallOptions],
    ) -> RelationValueListDto:
        """``GET /api/v3/metadata/get-row-relation-details`` -> ``RelationValueListDto``.

        Node-only endpoint, Node ``getRelationDetails``; area ``metadata``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_relation_details",
            (),
            call_options,
        )

    def get_relation_info(
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
        self._run_method(
            "get_relation_info",
            (
                id_list,
                model_id,
            ),
            call_options,
        )

    def get_relation_value(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_relation_value",
            (
                model_id,
                field_id,
                row_id,
                page,
                limit,
            ),
            call_options,
        )

    def iter_get_relation_value(
        self,
        model_id: str,
        field_id: str,
        row_id: str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[str]:
        """Every item of ``get_relation_value``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_get_relation_value",
            (
                model_id,
                field_id,
                row_id,
                limit,
            ),
            call_options,
        )

    def get_row(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_row",
            (
                model_id,
                row_id,
                show_field_id,
            ),
            call_options,
        )

    def get_row_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_row_batch",
            (
                row_ids,
                model_id,
            ),
            call_options,
        )

    def get_row_by_value(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_row_by_value",
            (
                model_id,
                key,
                value,
                show_field_id,
            ),
            call_options,
        )

    def import_metadata(
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
        self._run_method(
            "import_metadata",
            (
                file,
                model_id,
            ),
            call_options,
        )

    def import_model(
        self,
        file: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/import/model`` -> ``None``.

        Official python name, Node ``importModel``; area ``metadata``.

        Parameters (name: wire name, location):
            file: ``file``, json, required
        """
        self._run_method(
            "import_model",
            (file,),
            call_options,
        )

    def list_field(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_field",
            (model_id,),
            {
                "from_": from_,
                **call_options,
            },
        )

    def list_model(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[FunctionModelDto]:
        """``GET /api/v3/metadata/list-model`` -> ``list[FunctionModelDto]``.

        Official python name, Node ``listModel``; area ``metadata``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_model",
            (),
            call_options,
        )

    def list_operate(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_operate",
            (
                model_id,
                keywords,
                page,
                limit,
            ),
            {
                "field_id": field_id,
                "show_created": show_created,
                **call_options,
            },
        )

    def list_operate_all(
        self,
        model_id: str,
        **call_options: Unpack[CallOptions],
    ) -> OperateModelDto:
        """``GET /api/v3/metadata/all-operate`` -> ``OperateModelDto``.

        Official python name, Node ``listOperateAll``; area ``metadata``.

        Parameters (name: wire name, location):
            model_id: ``modelId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_operate_all",
            (model_id,),
            call_options,
        )

    def list_row(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_row",
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
            ),
            {
                "get_nest_data": get_nest_data,
                **call_options,
            },
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
    ) -> Iterator[JsonValue]:
        """Every item of ``list_row``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_row",
            (
                model_id,
                keywords,
                conjunction,
                conditions,
                sort,
                limit,
                fetch_all,
                with_path,
                show_field_id,
                preview_relation,
                get_relation_field_detail,
                scope,
                filter_relation,
                expand,
            ),
            {
                "get_nest_data": get_nest_data,
                **call_options,
            },
        )

    def relation_search(
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
        return self._run_method(  # type: ignore[no-any-return]
            "relation_search",
            (
                field_id,
                model_id,
                keywords,
                page,
                limit,
                show_field_id,
            ),
            call_options,
        )

    def iter_relation_search(
        self,
        field_id: str,
        model_id: str,
        keywords: str | None = None,
        limit: int | None = None,
        show_field_id: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[str]:
        """Every item of ``relation_search``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_relation_search",
            (
                field_id,
                model_id,
                keywords,
                limit,
                show_field_id,
            ),
            call_options,
        )

    def remote_field(
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
        self._run_method(
            "remote_field",
            (
                model_id,
                id,
            ),
            call_options,
        )

    def remove_field(
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
        self._run_method(
            "remove_field",
            (
                model_id,
                id,
            ),
            call_options,
        )

    def remove_model(
        self,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/metadata/remove-model`` -> ``None``.

        Official python name, Node ``removeModel``; area ``metadata``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
        """
        self._run_method(
            "remove_model",
            (id,),
            call_options,
        )

    def remove_operate(
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
        self._run_method(
            "remove_operate",
            (
                custom_config,
                model_id,
                id,
            ),
            {
                "field_id": field_id,
                **call_options,
            },
        )

    def remove_relation_value(
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
        self._run_method(
            "remove_relation_value",
            (
                value,
                field_ids,
                row_id,
                model_id,
            ),
            call_options,
        )

    def remove_row(
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
        self._run_method(
            "remove_row",
            (
                row_id_list,
                model_id,
                recursive,
            ),
            call_options,
        )

    def update_field(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_field",
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
            call_options,
        )

    def update_model(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_model",
            (
                config,
                field_order,
                type,
                parent_key,
                enable,
                description,
                name,
                id,
            ),
            {
                "show_field_key": show_field_key,
                **call_options,
            },
        )

    def update_operate(
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
        self._run_method(
            "update_operate",
            (
                icon,
                config,
                operate_name,
                operate_key,
                show,
                model_id,
                id,
            ),
            {
                "field_id": field_id,
                **call_options,
            },
        )

    def update_row(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_row",
            (
                data,
                row_id,
                model_id,
                show_field_id,
            ),
            call_options,
        )
