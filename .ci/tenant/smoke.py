#!/usr/bin/python3
"""Smoke check of the reference tenant: /usr/bin/python3 .ci/tenant/smoke.py [--save-openapi FILE]

Starts the tenant once per mode with start.sh (a fresh random key each time), exercises every
operation it serves and each mode's misbehaviour, stops it with stop.sh, and checks that the key
appears neither in the request log nor in the server's output. Prints one line per check; exits 1
if any failed. Standard library only.
"""

import argparse
import http.client
import json
import os
import secrets
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# The properties of the spec's schemas (spec/v2-openapi.yaml) that the tenant answers with.
PAGE = {"items", "total", "skip", "limit", "has_more", "next_cursor"}
SCHEMAS = {
    "OrganizationResponse": {"org_id", "org_name", "created_at", "max_cycle_acu_limit", "max_session_acu_limit",
                             "org_admin_count", "org_member_count", "org_user_count"},
    "UserOrgResponse": {"email", "name", "org_id", "org_name", "org_role", "user_id", "enterprise_role",
                        "org_role_name"},
    "EnterpriseUserResponse": {"user_id", "email", "name", "enterprise_role", "created_at", "last_login",
                               "login_count", "saml_id", "searches_created_count", "sessions_created_count"},
    "EnterpriseGroupResponse": {"group_name", "org_count", "role_by_org_id"},
    "OrganizationGroupResponse": {"group_name", "org_id", "role"},
    "RoleResponse": {"role_id", "role_name", "role_type"},
    "SuccessResponse": {"status"},
}

ORGS = "/v2/enterprise/organizations"
ORG = ORGS + "/org-ref-0001"
MEMBERS = ORG + "/members"
MISSING_USER_IDS = {"detail": [{"loc": ["body", "user_ids"], "msg": "field required", "type": "value_error.missing"}]}


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = []
        self.section = ""

    def begin(self, section):
        self.section = section
        print(f"== {section}")

    def check(self, name, condition, detail=""):
        if condition:
            self.passed += 1
            print(f"  ok    {name}")
        else:
            self.failed.append(f"{self.section}: {name}")
            print(f"  FAIL  {name}" + (f": {detail}" if detail else ""))
        return condition


class Tenant:
    """One running tenant: started by start.sh into its own directory, stopped by stop.sh."""

    def __init__(self, mode, key, workdir):
        self.key = key
        self.dir = os.path.join(workdir, mode)
        env = dict(os.environ, TENANT_API_KEY=key)
        started = subprocess.run([os.path.join(HERE, "start.sh"), "--mode", mode, "--dir", self.dir],
                                 env=env, capture_output=True, text=True, timeout=60)
        self.start_output = started.stdout + started.stderr
        if started.returncode != 0:
            raise RuntimeError(f"start.sh --mode {mode} failed:\n{self.start_output}")
        fields = dict(part.split("=", 1) for part in started.stdout.split())
        self.port = int(fields["port"])
        self.pid = int(fields["pid"])
        self.requests_sent = 0

    def stop(self):
        subprocess.run([os.path.join(HERE, "stop.sh"), self.dir], check=True, timeout=30)

    def call(self, method, path, body=None, key="valid", raw=None, authorization=None):
        """One request; key is 'valid', None (no Authorization header) or a key to send instead."""
        headers = {}
        if authorization is not None:
            headers["Authorization"] = authorization
        elif key is not None:
            headers["Authorization"] = "Bearer " + (self.key if key == "valid" else key)
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
        if raw is not None:
            data = raw.encode("utf-8")
        if data is not None:
            headers["Content-Type"] = "application/json"
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request(method, path, body=data, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8")
        finally:
            connection.close()
        if not path.startswith("/__tenant/"):
            self.requests_sent += 1
        try:
            parsed = json.loads(text) if text else None
        except ValueError:
            parsed = text
        return response.status, {name.lower(): value for name, value in response.getheaders()}, parsed

    def state(self):
        return self.call("GET", "/__tenant/state", key=None)[2]

    def request_log(self):
        with open(os.path.join(self.dir, "requests.jsonl"), encoding="utf-8") as file:
            return [json.loads(line) for line in file]

    def outputs(self):
        """Everything the tenant wrote, and what start.sh printed."""
        texts = [self.start_output]
        for name in sorted(os.listdir(self.dir)):
            with open(os.path.join(self.dir, name), encoding="utf-8", errors="replace") as file:
                texts.append(file.read())
        return "\n".join(texts)


def ids(page):
    return [item.get("org_id", "") + "/" + item.get("user_id", item.get("group_name", "")) for item in page["items"]]


def conforms(body, schema):
    """The body has exactly the spec schema's properties (FastAPI always writes every field)."""
    return isinstance(body, dict) and set(body) == SCHEMAS[schema]


def page_conforms(body, schema):
    return (isinstance(body, dict) and set(body) == PAGE and isinstance(body["items"], list)
            and all(conforms(item, schema) for item in body["items"]))


def validation_error(body, loc, error_type, msg=None):
    """A FastAPI 422 body whose single error has this loc and pydantic 1 type (and message)."""
    if not isinstance(body, dict) or not isinstance(body.get("detail"), list) or len(body["detail"]) != 1:
        return False
    error = body["detail"][0]
    return error.get("loc") == loc and error.get("type") == error_type and (msg is None or error.get("msg") == msg)


def check_reference(t, c, save_openapi):
    seed = t.state()

    c.begin("reference: authentication")
    status, headers, body = t.call("GET", ORGS, key=None)
    c.check("no Authorization header -> 401 Not authenticated, WWW-Authenticate: Bearer",
            status == 401 and body == {"detail": "Not authenticated"} and headers.get("www-authenticate") == "Bearer",
            f"{status} {body} {headers.get('www-authenticate')}")
    for authorization in ("Basic dXNlcjpwYXNz", "Bearer", "Bearer "):
        status, headers, body = t.call("GET", ORGS, authorization=authorization)
        c.check(f"Authorization '{authorization}' -> 401 Not authenticated",
                status == 401 and body == {"detail": "Not authenticated"} and headers.get("www-authenticate") == "Bearer",
                f"{status} {body}")
    status, headers, body = t.call("GET", ORGS, key="apk_user_not-the-key")
    c.check("wrong key -> 401 Invalid API key", status == 401 and body == {"detail": "Invalid API key"}, f"{status} {body}")
    status, _, body = t.call("POST", MEMBERS, {"user_ids": ["user-ref-0004"], "org_ids": ["org-ref-0001"]}, key=None)
    c.check("bulk add without a bearer -> 401, and nothing added", status == 401 and t.state() == seed, f"{status} {body}")
    status, _, body = t.call("POST", MEMBERS, {"org_ids": 1}, key=None)
    c.check("an invalid bulk add without a bearer -> 401 (credentials are checked before the body)",
            status == 401 and body == {"detail": "Not authenticated"}, f"{status} {body}")

    c.begin("reference: organizations")
    status, _, body = t.call("GET", ORGS)
    c.check("list -> 200 PaginatedResponse_OrganizationResponse_, 3 organizations",
            status == 200 and page_conforms(body, "OrganizationResponse") and body["total"] == 3
            and [o["org_id"] for o in body["items"]] == ["org-ref-0001", "org-ref-0002", "org-ref-0003"]
            and body["skip"] == 0 and body["limit"] == 100 and body["has_more"] is False and body["next_cursor"] is None,
            f"{status} {body}")
    first = t.call("GET", ORGS + "?limit=2")[2]
    second = t.call("GET", ORGS + "?skip=2&limit=2")[2]
    c.check("skip/limit pages: [2 items, has_more, next_cursor 2] then [1 item, no more], no overlap",
            len(first["items"]) == 2 and first["has_more"] is True and first["next_cursor"] == 2
            and len(second["items"]) == 1 and second["has_more"] is False and second["skip"] == 2
            and not set(ids(first)) & set(ids(second)) and first["total"] == second["total"] == 3,
            f"{first} {second}")
    past = t.call("GET", ORGS + "?skip=10")[2]
    c.check("skip past the end -> empty page", past["items"] == [] and past["has_more"] is False and past["total"] == 3)
    for query, loc, error_type in (("skip=-1", ["query", "skip"], "value_error.number.not_ge"),
                                   ("limit=0", ["query", "limit"], "value_error.number.not_ge"),
                                   ("limit=201", ["query", "limit"], "value_error.number.not_le"),
                                   ("limit=abc", ["query", "limit"], "type_error.integer")):
        status, _, body = t.call("GET", ORGS + "?" + query)
        c.check(f"{query} -> 422 {error_type}", status == 422 and validation_error(body, loc, error_type), f"{status} {body}")
    status, _, body = t.call("GET", ORG)
    c.check("get org-ref-0001 -> 200 OrganizationResponse",
            status == 200 and conforms(body, "OrganizationResponse") and body["org_member_count"] == 3
            and body["org_admin_count"] == 1 and body["created_at"] == "2025-01-06T10:00:00+00:00", f"{status} {body}")
    status, _, body = t.call("GET", ORGS + "/org-ref-9999")
    c.check("get an unknown organization -> 404 with a string detail",
            status == 404 and isinstance(body.get("detail"), str), f"{status} {body}")

    status, _, created = t.call("POST", ORGS, {"display_name": "Smoke Org", "acu_limit": 10, "add_creator_as_member": True})
    c.check("create -> 200 OrganizationResponse, the key's owner its admin",
            status == 200 and conforms(created, "OrganizationResponse") and created["org_name"] == "Smoke Org"
            and created["max_cycle_acu_limit"] == 10 and created["org_admin_count"] == 1, f"{status} {created}")
    new = ORGS + "/" + created["org_id"]
    status, _, body = t.call("PATCH", new, {"display_name": "Smoke Org Renamed", "max_acu_limit": 20})
    got = t.call("GET", new)[2]
    c.check("update -> 200 SuccessResponse, and the change shows",
            status == 200 and body == {"status": "success"} and got["org_name"] == "Smoke Org Renamed"
            and got["max_cycle_acu_limit"] == 20, f"{status} {body} {got}")
    status, _, body = t.call("PATCH", new, {"display_name": 7})
    c.check("update with display_name 7 -> 422 type_error.str (strict, no coercion)",
            status == 422 and validation_error(body, ["body", "display_name"], "type_error.str", "str type expected"),
            f"{status} {body}")
    status, _, body = t.call("DELETE", new)
    c.check("delete -> 200 SuccessResponse, then 404",
            status == 200 and body == {"status": "success"} and t.call("GET", new)[0] == 404, f"{status} {body}")
    status, _, body = t.call("POST", ORGS, {"acu_limit": 1})
    c.check("create without display_name -> 422 value_error.missing",
            status == 422 and validation_error(body, ["body", "display_name"], "value_error.missing", "field required"),
            f"{status} {body}")
    status, _, body = t.call("POST", ORGS, {"display_name": "x", "add_creator_as_member": "yes"})
    c.check("create with add_creator_as_member 'yes' -> 422 value_error.strictbool",
            status == 422 and validation_error(body, ["body", "add_creator_as_member"], "value_error.strictbool"),
            f"{status} {body}")
    c.check("state restored after create/update/delete", t.state() == seed)

    c.begin("reference: organization members")
    status, _, body = t.call("GET", MEMBERS)
    c.check("list -> 200 PaginatedResponse_UserOrgResponse_, 3 members",
            status == 200 and page_conforms(body, "UserOrgResponse")
            and [m["user_id"] for m in body["items"]] == ["user-ref-0001", "user-ref-0002", "user-ref-0003"],
            f"{status} {body}")
    status, _, body = t.call("GET", MEMBERS + "?skip=1&limit=1")
    c.check("skip=1&limit=1 -> user-ref-0002, has_more",
            status == 200 and [m["user_id"] for m in body["items"]] == ["user-ref-0002"] and body["has_more"] is True,
            f"{status} {body}")
    c.check("members of an unknown organization -> 404", t.call("GET", ORGS + "/org-ref-9999/members")[0] == 404)

    status, _, body = t.call("POST", MEMBERS, {"org_ids": ["org-ref-0001"]})
    c.check("bulk add without user_ids -> 422, pydantic 1's words exactly", status == 422 and body == MISSING_USER_IDS,
            f"{status} {body}")
    status, _, body = t.call("POST", MEMBERS, {"user_ids": [1], "org_ids": ["org-ref-0001"]})
    c.check("bulk add with user_ids [1] -> 422 at [body, user_ids, 0], type_error.str (not coerced to '1')",
            status == 422 and validation_error(body, ["body", "user_ids", 0], "type_error.str", "str type expected"),
            f"{status} {body}")
    status, _, body = t.call("POST", MEMBERS, {"user_ids": "user-ref-0004", "org_ids": ["org-ref-0001"]})
    c.check("bulk add with user_ids a string -> 422 type_error.list",
            status == 422 and validation_error(body, ["body", "user_ids"], "type_error.list"), f"{status} {body}")
    status, _, body = t.call("POST", MEMBERS, raw='{"user_ids": [')
    c.check("bulk add with a broken JSON body -> 422 value_error.jsondecode",
            status == 422 and body["detail"][0]["type"] == "value_error.jsondecode" and body["detail"][0]["loc"][0] == "body",
            f"{status} {body}")
    c.check("no invalid bulk add changed anything", t.state() == seed)

    for name, path, request in (
            ("an unknown user", MEMBERS, {"user_ids": ["user-ref-0004", "user-ref-9999"], "org_ids": ["org-ref-0001"]}),
            ("an unknown organization in org_ids", MEMBERS,
             {"user_ids": ["user-ref-0004"], "org_ids": ["org-ref-0001", "org-ref-9999"]}),
            ("an unknown group", MEMBERS,
             {"user_ids": ["user-ref-0004"], "org_ids": ["org-ref-0001"], "group_names": ["ref-nobody"]}),
            ("an unknown organization in the path", ORGS + "/org-ref-9999/members",
             {"user_ids": ["user-ref-0004"], "org_ids": ["org-ref-0001"]})):
        status, _, body = t.call("POST", path, request)
        c.check(f"bulk add with {name} -> 404, and nobody added (all or nothing)",
                status == 404 and isinstance(body.get("detail"), str) and t.state() == seed, f"{status} {body}")
    status, _, body = t.call("POST", MEMBERS, {"user_ids": ["user-ref-0004"], "org_ids": ["org-ref-0001"], "org_role": "owner"})
    c.check("bulk add with an unknown org_role -> 400, nothing added", status == 400 and t.state() == seed, f"{status} {body}")
    status, _, body = t.call("POST", MEMBERS, {"user_ids": [], "org_ids": []})
    c.check("bulk add with empty lists -> 200 success, nothing changed",
            status == 200 and body == {"status": "success"} and t.state() == seed, f"{status} {body}")

    status, _, body = t.call("POST", MEMBERS, {"user_ids": ["user-ref-0004", "user-ref-0005"], "org_ids": ["org-ref-0001"],
                                               "org_role": None, "group_names": None})
    listed = {m["user_id"]: m["org_role"] for m in t.call("GET", MEMBERS)[2]["items"]}
    c.check("bulk add of user-ref-0004, -0005 (explicit nulls) -> 200 success; both listed as member",
            status == 200 and body == {"status": "success"} and listed.get("user-ref-0004") == "member"
            and listed.get("user-ref-0005") == "member" and len(listed) == 5, f"{status} {body} {listed}")
    status, _, body = t.call("POST", MEMBERS, {"user_ids": ["user-ref-0002", "user-ref-0004"], "org_ids": ["org-ref-0001"],
                                               "org_role": "admin"})
    listed = {m["user_id"]: m["org_role"] for m in t.call("GET", MEMBERS)[2]["items"]}
    c.check("bulk add of existing members with org_role admin -> their role updated",
            status == 200 and listed["user-ref-0002"] == "admin" and listed["user-ref-0004"] == "admin", f"{listed}")
    orgs_of = t.call("GET", "/v2/enterprise/members/user-ref-0004/organizations")[2]
    c.check("the added user's organizations include org-ref-0001",
            "org-ref-0001" in [o["org_id"] for o in orgs_of["items"]], f"{orgs_of}")
    t.call("POST", MEMBERS, {"user_ids": ["user-ref-0002"], "org_ids": ["org-ref-0001"], "org_role": "member"})
    for user in ("user-ref-0004", "user-ref-0005"):
        status, _, body = t.call("DELETE", f"{MEMBERS}/{user}")
        c.check(f"remove {user} -> 200 SuccessResponse", status == 200 and body == {"status": "success"}, f"{status} {body}")
    status, _, body = t.call("DELETE", f"{MEMBERS}/user-ref-0005")
    c.check("remove a user who is not a member -> 404", status == 404, f"{status} {body}")
    c.check("state restored after add, role update and removal (state dumps equal)", t.state() == seed)

    status, _, body = t.call("POST", MEMBERS, {"user_ids": ["user-ref-0005"], "org_ids": ["org-ref-0001", "org-ref-0003"],
                                               "group_names": ["ref-contractors"], "org_role": "admin"})
    state = t.state()
    c.check("bulk add to two organizations with a group -> memberships and group in both",
            status == 200 and {"org_id": "org-ref-0003", "user_id": "user-ref-0005", "org_role": "admin"} in state["memberships"]
            and {"org_id": "org-ref-0001", "group_name": "ref-contractors", "role": "admin"} in state["org_groups"],
            f"{status} {body}")
    for path in (f"{MEMBERS}/user-ref-0005", f"{ORGS}/org-ref-0003/members/user-ref-0005",
                 f"{ORG}/groups/ref-contractors", f"{ORGS}/org-ref-0003/groups/ref-contractors"):
        t.call("DELETE", path)
    c.check("state restored after removing them again", t.state() == seed)

    c.begin("reference: organization groups")
    status, _, body = t.call("GET", ORG + "/groups")
    c.check("list -> 200 PaginatedResponse_OrganizationGroupResponse_",
            status == 200 and page_conforms(body, "OrganizationGroupResponse")
            and [g["group_name"] for g in body["items"]] == ["ref-engineering"], f"{status} {body}")
    status, _, body = t.call("POST", ORG + "/groups", {"group_name": "ref-contractors", "role": "member"})
    c.check("add -> 200 OrganizationGroupResponse",
            status == 200 and body == {"group_name": "ref-contractors", "org_id": "org-ref-0001", "role": "member"},
            f"{status} {body}")
    listed = t.call("GET", ORG + "/groups?limit=1")[2]
    c.check("list with limit=1 -> 1 of 2, has_more", listed["total"] == 2 and len(listed["items"]) == 1 and listed["has_more"])
    status, _, body = t.call("POST", ORG + "/groups", {"group_name": "ref-contractors"})
    c.check("add without role -> 422 value_error.missing",
            status == 422 and validation_error(body, ["body", "role"], "value_error.missing"), f"{status} {body}")
    status, _, body = t.call("POST", ORG + "/groups", {"group_name": "ref-nobody", "role": "member"})
    c.check("add an unknown group -> 404", status == 404, f"{status} {body}")
    status, _, body = t.call("DELETE", ORG + "/groups/ref-contractors")
    c.check("remove -> 200 SuccessResponse", status == 200 and body == {"status": "success"}, f"{status} {body}")
    c.check("remove again -> 404", t.call("DELETE", ORG + "/groups/ref-contractors")[0] == 404)
    c.check("state restored", t.state() == seed)

    c.begin("reference: enterprise members, roles, groups")
    status, _, body = t.call("GET", "/v2/enterprise/members")
    c.check("members -> 200 PaginatedResponse_EnterpriseUserResponse_, 5 users",
            status == 200 and page_conforms(body, "EnterpriseUserResponse") and body["total"] == 5, f"{status} {body}")
    status, _, body = t.call("GET", "/v2/enterprise/members?limit=2&skip=4")
    c.check("members skip=4&limit=2 -> the last one", [u["user_id"] for u in body["items"]] == ["user-ref-0005"]
            and body["has_more"] is False, f"{body}")
    status, _, body = t.call("GET", "/v2/enterprise/members?email=Cleo.Coder%40ref-tenant.example")
    c.check("members?email= -> just that user", status == 200 and [u["user_id"] for u in body["items"]] == ["user-ref-0003"],
            f"{status} {body}")
    status, _, body = t.call("GET", "/v2/enterprise/members?email=nobody%40example.com")
    c.check("members?email= of nobody -> empty page", status == 200 and body["items"] == [] and body["total"] == 0)
    status, _, body = t.call("GET", "/v2/enterprise/members/user-ref-0001")
    c.check("member details -> 200 EnterpriseUserResponse",
            status == 200 and conforms(body, "EnterpriseUserResponse") and body["enterprise_role"] == "enterprise_admin",
            f"{status} {body}")
    c.check("unknown member -> 404", t.call("GET", "/v2/enterprise/members/user-ref-9999")[0] == 404)
    status, _, body = t.call("GET", "/v2/enterprise/members/user-ref-0001/organizations?limit=1")
    c.check("a member's organizations, paged -> 1 of 2", status == 200 and page_conforms(body, "UserOrgResponse")
            and body["total"] == 2 and body["has_more"] is True, f"{status} {body}")
    c.check("organizations of an unknown member -> 404",
            t.call("GET", "/v2/enterprise/members/user-ref-9999/organizations")[0] == 404)
    status, _, body = t.call("GET", "/v2/enterprise/roles")
    c.check("roles -> 200 list of RoleResponse", status == 200 and isinstance(body, list) and len(body) == 4
            and all(conforms(role, "RoleResponse") for role in body), f"{status} {body}")
    status, _, body = t.call("GET", "/v2/enterprise/groups")
    c.check("enterprise groups -> 200 PaginatedResponse_EnterpriseGroupResponse_",
            status == 200 and page_conforms(body, "EnterpriseGroupResponse") and body["total"] == 3, f"{status} {body}")
    status, _, body = t.call("GET", "/v2/enterprise/groups/ref-engineering")
    c.check("enterprise group details -> 200, role per organization",
            status == 200 and body == {"group_name": "ref-engineering", "org_count": 2,
                                       "role_by_org_id": {"org-ref-0001": "member", "org-ref-0002": "admin"}},
            f"{status} {body}")
    c.check("unknown enterprise group -> 404", t.call("GET", "/v2/enterprise/groups/ref-nobody")[0] == 404)

    c.begin("reference: feature-gated, unknown paths, wrong methods")
    status, _, body = t.call("GET", "/v2/enterprise/org-group-limits")
    c.check("GET org-group-limits -> 403 with a string detail",
            status == 403 and isinstance(body.get("detail"), str), f"{status} {body}")
    status, _, body = t.call("PUT", "/v2/enterprise/org-group-limits", {"groups": {}})
    c.check("PUT org-group-limits -> 403", status == 403, f"{status} {body}")
    status, _, body = t.call("PUT", "/v2/enterprise/org-group-limits", {"groups": []})
    c.check("PUT org-group-limits with an invalid body -> 422 first", status == 422, f"{status} {body}")
    status, _, body = t.call("GET", "/v2/enterprise/no-such-thing")
    c.check("unknown path -> 404 Not Found", status == 404 and body == {"detail": "Not Found"}, f"{status} {body}")
    status, _, body = t.call("PUT", ORGS)
    c.check("wrong method -> 405 Method Not Allowed", status == 405 and body == {"detail": "Method Not Allowed"},
            f"{status} {body}")

    c.begin("reference: observability")
    c.check("state unchanged by the whole run", t.state() == seed)
    status, _, spec = t.call("GET", "/openapi.json", key=None)
    c.check("/openapi.json serves the operations (and not /__tenant/*)",
            status == 200 and len(spec["paths"]) == 13 and not any(p.startswith("/__tenant") for p in spec["paths"]),
            f"{status} {sorted(spec['paths']) if isinstance(spec, dict) else spec}")
    if save_openapi:
        with open(save_openapi, "w", encoding="utf-8") as file:
            json.dump(spec, file, indent=2)
            file.write("\n")
        print(f"  (saved the tenant's openapi.json to {save_openapi})")
    log = t.request_log()
    c.check(f"request log: one line per request ({t.requests_sent})", len(log) == t.requests_sent, f"{len(log)} lines")
    c.check("request log lines carry method, path, query, content type, body, credentials, status",
            all({"method", "path", "raw_path", "query", "content_type", "body", "credentials", "status"} == set(line) - {"seq"}
                for line in log))
    writes = [line for line in log if line["method"] == "POST" and line["path"] == MEMBERS and line["status"] == 200]
    c.check("request log shows the bulk adds and their bodies",
            any("user-ref-0005" in line["body"] for line in writes) and all(line["credentials"] == "valid" for line in writes))
    c.check("request log knows the unauthenticated and wrong-key requests",
            {"none", "malformed", "wrong-key", "valid"} <= {line["credentials"] for line in log})


def check_accept_everything(t, c, seed):
    c.begin("accept-everything")
    before = t.state()
    c.check("state is the seed", before == seed)
    answers = [
        t.call("POST", MEMBERS, {"user_ids": ["user-ref-0004"], "org_ids": ["org-ref-0001"]}),
        t.call("POST", MEMBERS, {"user_ids": ["user-ref-0004"], "org_ids": ["org-ref-0001"]}, key=None),
        t.call("DELETE", MEMBERS + "/user-ref-0001", key="wrong"),
        t.call("DELETE", ORG),
        t.call("PATCH", ORG, raw="not json at all"),
        t.call("PUT", "/v2/enterprise/anything/at/all", {"x": 1}),
        t.call("OPTIONS", ORGS),
    ]
    c.check("every request (any path, method, body, credentials) -> 2xx JSON",
            all(200 <= status < 300 and isinstance(body, dict) for status, _, body in answers), f"{answers}")
    status, _, body = t.call("GET", ORGS, key=None)
    c.check("a GET without credentials -> 200 with a page-shaped body", status == 200 and set(body) == PAGE, f"{body}")
    c.check("nothing was applied (state is the seed)", t.state() == seed)
    log = t.request_log()
    c.check(f"every request logged ({t.requests_sent})", len(log) == t.requests_sent, f"{len(log)} lines")
    c.check("the log shows the writes to org-ref-0001",
            sum(1 for line in log if line["method"] != "GET" and "org-ref-0001" in line["path"] + line["body"]) == 5)


def check_overlapping_pages(t, c):
    c.begin("overlapping-pages")
    first = t.call("GET", ORGS + "?limit=2")[2]
    second = t.call("GET", ORGS + "?skip=2&limit=2")[2]
    c.check("page 1 as usual", ids(first) == ["org-ref-0001/", "org-ref-0002/"] and first["has_more"] is True, f"{first}")
    c.check("page 2 repeats the last item of page 1", set(ids(first)) & set(ids(second)) == {"org-ref-0002/"}, f"{second}")
    c.check("total, skip, limit and has_more claimed as usual",
            second["total"] == 3 and second["skip"] == 2 and second["limit"] == 2 and second["has_more"] is False, f"{second}")
    first = t.call("GET", MEMBERS + "?limit=2")[2]
    second = t.call("GET", MEMBERS + "?skip=2&limit=2")[2]
    c.check("organization members overlap too", bool(set(ids(first)) & set(ids(second))), f"{first} {second}")


def check_hides_added_member(t, c, seed):
    c.begin("hides-added-member")
    status, _, body = t.call("POST", MEMBERS, {"user_ids": ["user-ref-0004"], "org_ids": ["org-ref-0001"]})
    c.check("bulk add -> 200 success", status == 200 and body == {"status": "success"}, f"{status} {body}")
    listed = [m["user_id"] for m in t.call("GET", MEMBERS)[2]["items"]]
    c.check("the member list does not show the added user", "user-ref-0004" not in listed and len(listed) == 3, f"{listed}")
    c.check("the state has the membership",
            {"org_id": "org-ref-0001", "user_id": "user-ref-0004", "org_role": "member"} in t.state()["memberships"])
    status, _, body = t.call("DELETE", MEMBERS + "/user-ref-0004")
    c.check("removing it -> 200, state is the seed again", status == 200 and t.state() == seed, f"{status} {body}")


def check_missing_key(c, workdir):
    c.begin("start.sh without TENANT_API_KEY")
    env = {name: value for name, value in os.environ.items() if name != "TENANT_API_KEY"}
    started = subprocess.run([os.path.join(HERE, "start.sh"), "--dir", os.path.join(workdir, "no-key")],
                             env=env, capture_output=True, text=True, timeout=60)
    c.check("exits non-zero, naming the variable, with the server log tail",
            started.returncode != 0 and "TENANT_API_KEY is not set" in started.stderr and "server log" in started.stderr,
            started.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save-openapi", help="write the tenant's /openapi.json to this file")
    parser.add_argument("--keep", action="store_true", help="keep the tenants' directories (logs) and print where")
    options = parser.parse_args()

    c = Checks()
    workdir = tempfile.mkdtemp(prefix="tenant-smoke.")
    tenants = []
    seed = None
    try:
        for mode in ("reference", "accept-everything", "overlapping-pages", "hides-added-member"):
            key = "apk_user_" + secrets.token_hex(16)
            t = Tenant(mode, key, workdir)
            tenants.append(t)
            try:
                if mode == "reference":
                    seed = t.state()
                    check_reference(t, c, options.save_openapi)
                elif mode == "accept-everything":
                    check_accept_everything(t, c, seed)
                elif mode == "overlapping-pages":
                    check_overlapping_pages(t, c)
                else:
                    check_hides_added_member(t, c, seed)
            finally:
                t.stop()
            c.begin(f"{mode}: the key")
            c.check("appears in no request log, server log or start.sh output", t.key not in t.outputs())
            c.check("stop.sh stopped the server", not os.path.exists(f"/proc/{t.pid}/cmdline")
                    or b"tenant.py" not in open(f"/proc/{t.pid}/cmdline", "rb").read())
        check_missing_key(c, workdir)
    finally:
        for t in tenants:
            if os.path.exists(os.path.join(t.dir, "pid")):
                t.stop()
    if options.keep:
        print(f"tenant directories kept in {workdir}")
    else:
        subprocess.run(["rm", "-rf", workdir], check=False)

    print(f"\n{c.passed} passed, {len(c.failed)} failed")
    for failure in c.failed:
        print(f"  FAIL {failure}")
    sys.exit(1 if c.failed else 0)


if __name__ == "__main__":
    main()
