# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``ListSyncJobLogsParams`` endpoint parameters (ListSyncJobLogsParamsAction, ListSyncJobLogsParamsObjectType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["ListSyncJobLogsParamsAction", "ListSyncJobLogsParamsObjectType"]


class ListSyncJobLogsParamsAction(WireEnum):
    """Enum of ``ListSyncJobLogsParams.action`` (unknown wire values are kept, not rejected)."""

    CREATEUSER = "CreateUser"
    UPDATEUSER = "UpdateUser"
    DELETEUSER = "DeleteUser"
    UPDATEUSERIDENTIFIER = "UpdateUserIdentifier"
    CHANGEUSERDEPARTMENT = "ChangeUserDepartment"
    CREATEDEPARTMENT = "CreateDepartment"
    UPDATEDEPARTMENT = "UpdateDepartment"
    DELETEDEPARTMENT = "DeleteDepartment"
    MOVEDEPARTMENT = "MoveDepartment"
    UPDATEDEPARTMENTLEADER = "UpdateDepartmentLeader"
    CREATEGROUP = "CreateGroup"
    UPDATEGROUP = "UpdateGroup"
    DELETEGROUP = "DeleteGroup"
    UPDATELESS = "Updateless"


class ListSyncJobLogsParamsObjectType(WireEnum):
    """Enum of ``ListSyncJobLogsParams.objectType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "DEPARTMENT"
    USER = "USER"
