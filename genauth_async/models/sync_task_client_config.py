# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskClientConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .sync_task_active_directory_client_config import SyncTaskActiveDirectoryClientConfig
from .sync_task_dingtalk_client_config import SyncTaskDingtalkClientConfig
from .sync_task_fxiaoke_client_config import SyncTaskFxiaokeClientConfig
from .sync_task_italent_client_config import SyncTaskItalentClientConfig
from .sync_task_kayang_client_config import SyncTaskKayangClientConfig
from .sync_task_lark_client_config import SyncTaskLarkClientConfig
from .sync_task_ldap_client_config import SyncTaskLdapClientConfig
from .sync_task_maycur_client_config import SyncTaskMaycurClientConfig
from .sync_task_moka_client_config import SyncTaskMokaClientConfig
from .sync_task_scim_client_config import SyncTaskScimClientConfig
from .sync_task_wechatwork_client_config import SyncTaskWechatworkClientConfig
from .sync_task_xiaoshouyi_client_config import SyncTaskXiaoshouyiClientConfig

__all__ = ["SyncTaskClientConfig"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskClientConfig:
    """Wire model ``SyncTaskClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        lark_config: ``larkConfig``, SyncTaskLarkClientConfig, optional
        lark_international_config: ``larkInternationalConfig``, SyncTaskLarkClientConfig, optional
        wechatwork_config: ``wechatworkConfig``, SyncTaskWechatworkClientConfig, optional
        dingtalk_config: ``dingtalkConfig``, SyncTaskDingtalkClientConfig, optional
        moka_config: ``mokaConfig``, SyncTaskMokaClientConfig, optional
        scim_config: ``scimConfig``, SyncTaskScimClientConfig, optional
        active_directory_config: ``activeDirectoryConfig``, SyncTaskActiveDirectoryClientConfig, optional
        ldap_config: ``ldapConfig``, SyncTaskLdapClientConfig, optional
        italent_config: ``italentConfig``, SyncTaskItalentClientConfig, optional
        maycur_config: ``maycurConfig``, SyncTaskMaycurClientConfig, optional
        fxiaoke_config: ``fxiaokeConfig``, SyncTaskFxiaokeClientConfig, optional
        xiaoshouyi_config: ``xiaoshouyiConfig``, SyncTaskXiaoshouyiClientConfig, optional
        kayang_config: ``kayangConfig``, SyncTaskKayangClientConfig, optional
    """

    lark_config: SyncTaskLarkClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "larkConfig"})
    lark_international_config: SyncTaskLarkClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "larkInternationalConfig"})
    wechatwork_config: SyncTaskWechatworkClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatworkConfig"})
    dingtalk_config: SyncTaskDingtalkClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "dingtalkConfig"})
    moka_config: SyncTaskMokaClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mokaConfig"})
    scim_config: SyncTaskScimClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scimConfig"})
    active_directory_config: SyncTaskActiveDirectoryClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "activeDirectoryConfig"})
    ldap_config: SyncTaskLdapClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ldapConfig"})
    italent_config: SyncTaskItalentClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "italentConfig"})
    maycur_config: SyncTaskMaycurClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "maycurConfig"})
    fxiaoke_config: SyncTaskFxiaokeClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fxiaokeConfig"})
    xiaoshouyi_config: SyncTaskXiaoshouyiClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "xiaoshouyiConfig"})
    kayang_config: SyncTaskKayangClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "kayangConfig"})
