# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SystemInfoResp``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .systme_info_rsa_config import SystmeInfoRSAConfig
from .systme_info_sm2_config import SystmeInfoSM2Config
from .systme_info_version import SystmeInfoVersion

__all__ = ["SystemInfoResp"]


@_attrs.define(kw_only=True, slots=True)
class SystemInfoResp(WireBacked):
    """Wire model ``SystemInfoResp`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        rsa: ``rsa``, SystmeInfoRSAConfig, required
        sm2: ``sm2``, SystmeInfoSM2Config, required
        version: ``version``, SystmeInfoVersion, required
        public_ips: ``publicIps``, list[str], required
    """

    rsa: SystmeInfoRSAConfig = _attrs.field(metadata={"wire": "rsa"})
    sm2: SystmeInfoSM2Config = _attrs.field(metadata={"wire": "sm2"})
    version: SystmeInfoVersion = _attrs.field(metadata={"wire": "version"})
    public_ips: List[str] = _attrs.field(metadata={"wire": "publicIps"})
