"""Request and response bodies, modelled on the schemas of spec/v2-openapi.yaml.

Class names are the spec's schema names: FastAPI turns a pydantic model's name into its component
name, and a generic model PaginatedResponse[X] into PaginatedResponse_X_, as upstream's spec has it.
Fields are strict (StrictStr, StrictInt, StrictBool): the spec is pydantic 2 output, and pydantic 2
does not coerce 1 to "1" or "1" to 1. Pydantic 1 would, unless told not to.
"""

from datetime import datetime
from typing import Any, Dict, Generic, List, Optional, TypeVar

from pydantic import BaseModel, Field, StrictBool, StrictInt, StrictStr, validator
from pydantic.errors import DictError
from pydantic.generics import GenericModel

Item = TypeVar("Item")


class PaginatedResponse(GenericModel, Generic[Item]):
    items: List[Item]
    total: StrictInt
    skip: StrictInt
    limit: StrictInt
    has_more: StrictBool
    next_cursor: Optional[StrictInt] = None


class SuccessResponse(BaseModel):
    status: StrictStr = "success"


# Organizations


class OrganizationResponse(BaseModel):
    org_id: StrictStr
    org_name: StrictStr
    created_at: Optional[datetime] = Field(...)
    max_cycle_acu_limit: Optional[StrictInt] = None
    max_session_acu_limit: Optional[StrictInt] = None
    org_admin_count: StrictInt = 0
    org_member_count: StrictInt = 0
    org_user_count: StrictInt = 0


class EnterpriseOrgCreate(BaseModel):
    display_name: StrictStr
    acu_limit: Optional[StrictInt] = None
    add_creator_as_member: StrictBool = True


class OrganizationUpdate(BaseModel):
    display_name: Optional[StrictStr] = None
    max_acu_limit: Optional[StrictInt] = None


# Memberships


class UserOrgResponse(BaseModel):
    email: StrictStr
    name: StrictStr
    org_id: StrictStr
    org_name: StrictStr
    org_role: StrictStr
    user_id: StrictStr
    enterprise_role: Optional[StrictStr] = None
    org_role_name: Optional[StrictStr] = None


class EnterpriseBulkOrgMembersUpdate(BaseModel):
    user_ids: List[StrictStr]
    org_ids: List[StrictStr]
    org_role: Optional[StrictStr] = None
    group_names: Optional[List[StrictStr]] = None


# Enterprise members


class EnterpriseUserResponse(BaseModel):
    user_id: StrictStr
    email: StrictStr
    name: StrictStr
    enterprise_role: StrictStr
    created_at: datetime
    last_login: Optional[datetime] = None
    login_count: Optional[StrictInt] = None
    saml_id: Optional[StrictStr] = None
    searches_created_count: StrictInt = 0
    sessions_created_count: StrictInt = 0


# Roles and groups


class RoleResponse(BaseModel):
    role_id: StrictStr
    role_name: StrictStr
    role_type: StrictStr


class EnterpriseGroupResponse(BaseModel):
    group_name: StrictStr
    org_count: StrictInt
    role_by_org_id: Dict[StrictStr, StrictStr]


class OrganizationGroupResponse(BaseModel):
    group_name: StrictStr
    org_id: StrictStr
    role: StrictStr


class OrgGroup(BaseModel):
    group_name: StrictStr
    role: StrictStr


class OrgGroupsConfig(BaseModel):
    groups: Dict[str, Any]

    @validator("groups", pre=True)
    def groups_is_an_object(cls, value):
        # Pydantic 1 would turn [] into {}; pydantic 2 (and the spec's type: object) would not.
        if not isinstance(value, dict):
            raise DictError()
        return value
