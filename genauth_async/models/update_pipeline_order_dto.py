# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdatePipelineOrderDto`` and its enum (UpdatePipelineOrderDtoScene)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["UpdatePipelineOrderDto", "UpdatePipelineOrderDtoScene"]


@_attrs.define(kw_only=True, slots=True)
class UpdatePipelineOrderDto:
    """Wire model ``UpdatePipelineOrderDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        order: ``order``, list[str], required
        scene: ``scene``, UpdatePipelineOrderDtoScene, required
    """

    order: List[str] = _attrs.field(metadata={"wire": "order"})
    scene: UpdatePipelineOrderDtoScene = _attrs.field(metadata={"wire": "scene"})


class UpdatePipelineOrderDtoScene(WireEnum):
    """Enum of ``UpdatePipelineOrderDto.scene`` (unknown wire values are kept, not rejected)."""

    PRE_REGISTER = "PRE_REGISTER"
    POST_REGISTER = "POST_REGISTER"
    PRE_AUTHENTICATION = "PRE_AUTHENTICATION"
    POST_AUTHENTICATION = "POST_AUTHENTICATION"
    PRE_OIDC_ID_TOKEN_ISSUED = "PRE_OIDC_ID_TOKEN_ISSUED"
    PRE_OIDC_ACCESS_TOKEN_ISSUED = "PRE_OIDC_ACCESS_TOKEN_ISSUED"
    PRE_COMPLETE_USER_INFO = "PRE_COMPLETE_USER_INFO"
    PRE_MFA_VERIFY = "PRE_MFA_VERIFY"
    POST_MFA_VERIFY = "POST_MFA_VERIFY"
