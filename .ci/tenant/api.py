"""The reference tenant: the membership operations of spec/v2-openapi.yaml, served by FastAPI.

Handler names are upstream's: FastAPI makes the operationId from the function name and the path, so
they come out as in the spec. Validation (422) and routing (404, 405) are FastAPI's own; only
authentication is adjusted (see Bearer).
"""

import json
import secrets
from typing import List, Optional

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.security.utils import get_authorization_scheme_param

from models import (
    EnterpriseBulkOrgMembersUpdate,
    EnterpriseGroupResponse,
    EnterpriseOrgCreate,
    EnterpriseUserResponse,
    OrganizationGroupResponse,
    OrganizationResponse,
    OrganizationUpdate,
    OrgGroup,
    OrgGroupsConfig,
    PaginatedResponse,
    RoleResponse,
    SuccessResponse,
    UserOrgResponse,
)
from store import Store, TenantError

MODES = ("reference", "accept-everything", "overlapping-pages", "hides-added-member")


class Bearer(HTTPBearer):
    """FastAPI's HTTPBearer, answering as newer FastAPI does: 401 with WWW-Authenticate, not 403.

    FastAPI 0.92 answers 403 "Not authenticated" to a request without a bearer token; since 0.1xx it
    is 401 with `WWW-Authenticate: Bearer`. A token that is not the tenant's key is 401 too.
    """

    def __init__(self, api_key):
        super().__init__(scheme_name="bearerAuth", description="Personal API Key (apk_user_*) for Enterprise Admins only")
        self._key = api_key.encode("utf-8")

    async def __call__(self, request: Request) -> HTTPAuthorizationCredentials:
        scheme, token = get_authorization_scheme_param(request.headers.get("Authorization"))
        if scheme.lower() != "bearer" or not token:
            raise HTTPException(401, "Not authenticated", headers={"WWW-Authenticate": "Bearer"})
        if not secrets.compare_digest(token.encode("utf-8"), self._key):
            raise HTTPException(401, "Invalid API key", headers={"WWW-Authenticate": "Bearer"})
        return HTTPAuthorizationCredentials(scheme=scheme, credentials=token)


Skip = Query(0, ge=0)
Limit = Query(100, ge=1, le=200)


def create_app(mode, api_key):
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; one of {', '.join(MODES)}")
    store = Store()
    if mode == "accept-everything":
        return _accept_everything(store)

    overlapping = mode == "overlapping-pages"
    # hides-added-member: memberships made by a bulk add, which no list shows (they are real otherwise).
    hidden = set()

    def page(items, skip, limit):
        """A skip/limit page; in overlapping-pages mode every page after the first starts one item early."""
        start = max(skip - 1, 0) if overlapping else skip
        chosen = items[start:start + limit]
        has_more = skip + limit < len(items) if overlapping else skip + len(chosen) < len(items)
        return {
            "items": chosen,
            "total": len(items),
            "skip": skip,
            "limit": limit,
            "has_more": has_more,
            "next_cursor": skip + limit if has_more else None,
        }

    def visible(memberships):
        return [m for m in memberships if (m["org_id"], m["user_id"]) not in hidden]

    app = FastAPI(title="Devin API v2", version="2.0.0", description="Reference tenant of the Devin v2 Enterprise API")

    @app.exception_handler(TenantError)
    async def tenant_error(request: Request, error: TenantError):
        return JSONResponse({"detail": error.detail}, status_code=error.status)

    api = APIRouter(dependencies=[Depends(Bearer(api_key))])

    # Organizations

    @api.get("/v2/enterprise/organizations", tags=["organizations"],
             response_model=PaginatedResponse[OrganizationResponse])
    async def enterprise_organizations_endpoint(skip: int = Skip, limit: int = Limit):
        return page(store.org_list(), skip, limit)

    @api.post("/v2/enterprise/organizations", tags=["organizations"], response_model=OrganizationResponse)
    async def create_enterprise_organization_endpoint(body: EnterpriseOrgCreate):
        org_id = store.create_org(body.display_name, body.acu_limit, body.add_creator_as_member)
        return store.org_view(org_id)

    @api.get("/v2/enterprise/organizations/{org_id}", tags=["organizations"], response_model=OrganizationResponse)
    async def enterprise_organization_details_endpoint(org_id: str):
        return store.org_view(org_id)

    @api.patch("/v2/enterprise/organizations/{org_id}", tags=["organizations"], response_model=SuccessResponse)
    async def update_organization_endpoint(org_id: str, body: OrganizationUpdate):
        store.update_org(org_id, body.display_name, body.max_acu_limit)
        return SuccessResponse()

    @api.delete("/v2/enterprise/organizations/{org_id}", tags=["organizations"], response_model=SuccessResponse)
    async def delete_enterprise_organization_endpoint(org_id: str):
        store.delete_org(org_id)
        hidden.difference_update({key for key in hidden if key[0] == org_id})
        return SuccessResponse()

    @api.get("/v2/enterprise/organizations/{org_id}/members", tags=["organizations"],
             response_model=PaginatedResponse[UserOrgResponse])
    async def enterprise_organization_members_endpoint(org_id: str, skip: int = Skip, limit: int = Limit):
        return page(visible(store.org_members(org_id)), skip, limit)

    @api.post("/v2/enterprise/organizations/{org_id}/members", tags=["organizations"], response_model=SuccessResponse)
    async def enterprise_organizations_member_addition_endpoint(org_id: str, body: EnterpriseBulkOrgMembersUpdate):
        """Bulk add users to an organization"""
        added = store.bulk_add(org_id, body.user_ids, body.org_ids, body.org_role, body.group_names)
        if mode == "hides-added-member":
            hidden.update(added)
        return SuccessResponse()

    @api.delete("/v2/enterprise/organizations/{org_id}/members/{user_id}", tags=["organizations"],
                response_model=SuccessResponse)
    async def enterprise_organizations_member_removal_endpoint(org_id: str, user_id: str):
        store.remove_member(org_id, user_id)
        hidden.discard((org_id, user_id))
        return SuccessResponse()

    @api.get("/v2/enterprise/organizations/{org_id}/groups", tags=["organizations"],
             response_model=PaginatedResponse[OrganizationGroupResponse])
    async def enterprise_organization_groups_endpoint(org_id: str, skip: int = Skip, limit: int = Limit):
        return page(store.org_group_list(org_id), skip, limit)

    @api.post("/v2/enterprise/organizations/{org_id}/groups", tags=["organizations"],
              response_model=OrganizationGroupResponse)
    async def enterprise_organization_groups_addition_endpoint(org_id: str, body: OrgGroup):
        return store.add_org_group(org_id, body.group_name, body.role)

    @api.delete("/v2/enterprise/organizations/{org_id}/groups/{group_name}", tags=["organizations"],
                response_model=SuccessResponse)
    async def enterprise_organization_group_removal_endpoint(org_id: str, group_name: str):
        store.remove_org_group(org_id, group_name)
        return SuccessResponse()

    # Enterprise members

    @api.get("/v2/enterprise/members", tags=["members"], response_model=PaginatedResponse[EnterpriseUserResponse])
    async def enterprise_members_endpoint(skip: int = Skip, limit: int = Limit, email: Optional[str] = Query(None)):
        return page(store.member_list(email), skip, limit)

    @api.get("/v2/enterprise/members/{user_id}", tags=["members"], response_model=EnterpriseUserResponse)
    async def enterprise_member_details_endpoint(user_id: str):
        return store.user(user_id)

    @api.get("/v2/enterprise/members/{user_id}/organizations", tags=["members"],
             response_model=PaginatedResponse[UserOrgResponse])
    async def enterprise_user_organizations_endpoint(user_id: str, skip: int = Skip, limit: int = Limit):
        return page(visible(store.user_orgs(user_id)), skip, limit)

    # Roles and groups

    @api.get("/v2/enterprise/roles", tags=["roles"], response_model=List[RoleResponse])
    async def enterprise_roles_endpoint():
        return store.roles

    @api.get("/v2/enterprise/groups", tags=["groups"], response_model=PaginatedResponse[EnterpriseGroupResponse])
    async def enterprise_groups_endpoint(skip: int = Skip, limit: int = Limit):
        return page(store.group_list(), skip, limit)

    @api.get("/v2/enterprise/groups/{group_name}", tags=["groups"], response_model=EnterpriseGroupResponse)
    async def enterprise_group_details_endpoint(group_name: str):
        return store.group_view(group_name)

    # A feature this enterprise does not have

    @api.get("/v2/enterprise/org-group-limits", tags=["org-group-limits"], response_model=OrgGroupsConfig)
    async def get_org_groups_config():
        raise TenantError(403, "Org group limits are not enabled for this enterprise")

    @api.put("/v2/enterprise/org-group-limits", tags=["org-group-limits"], response_model=OrgGroupsConfig)
    async def update_org_groups_config(body: OrgGroupsConfig):
        raise TenantError(403, "Org group limits are not enabled for this enterprise")

    app.include_router(api)
    _observability(app, store, mode)
    return app


def _observability(app, store, mode):
    """Routes for CI, outside the spec's paths and its openapi.json; no credentials needed."""

    @app.get("/__tenant/health", include_in_schema=False)
    async def health():
        return {"status": "ok", "mode": mode}

    @app.get("/__tenant/state", include_in_schema=False)
    async def state():
        return Response(json.dumps(store.dump(), indent=2, sort_keys=True) + "\n", media_type="application/json")


def _accept_everything(store):
    """Answers every request 200 with a plausible body and changes nothing."""
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    _observability(app, store, "accept-everything")

    empty_page = {"items": [], "total": 0, "skip": 0, "limit": 100, "has_more": False, "next_cursor": None}

    @app.api_route("/{path:path}", methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
    async def anything(request: Request, path: str):
        if request.method in ("GET", "HEAD"):
            return JSONResponse(empty_page)
        return JSONResponse({"status": "success"})

    return app
