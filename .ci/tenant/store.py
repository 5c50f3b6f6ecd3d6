"""The tenant's in-memory state: seeded the same way at every start, changed only by the API.

Handlers are `async def` and never await while they change the state, so each call runs to the end
on the event loop before the next starts: a call that checks everything before changing anything is
atomic without locks.
"""

from datetime import datetime, timezone


class TenantError(Exception):
    """A refusal the API answers as {"detail": ...} with the given status."""

    def __init__(self, status, detail):
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _at(text):
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


# The user the API key belongs to: an enterprise admin, added to the organizations it creates.
KEY_OWNER = "user-ref-0001"
DEFAULT_ORG_ROLE = "member"

ROLES = [
    {"role_id": "enterprise_admin", "role_name": "Enterprise Admin", "role_type": "enterprise"},
    {"role_id": "enterprise_member", "role_name": "Enterprise Member", "role_type": "enterprise"},
    {"role_id": "admin", "role_name": "Admin", "role_type": "organization"},
    {"role_id": "member", "role_name": "Member", "role_type": "organization"},
]

SEED_USERS = [
    ("user-ref-0001", "Ada Admin", "ada.admin@ref-tenant.example", "enterprise_admin", "2025-01-06T09:00:00", "2025-06-02T08:15:00", 42, "saml-ada", 7, 31),
    ("user-ref-0002", "Ben Builder", "ben.builder@ref-tenant.example", "enterprise_member", "2025-01-07T09:00:00", "2025-06-01T16:40:00", 17, None, 2, 12),
    ("user-ref-0003", "Cleo Coder", "cleo.coder@ref-tenant.example", "enterprise_member", "2025-01-08T09:00:00", None, None, None, 0, 0),
    ("user-ref-0004", "Dan Deployer", "dan.deployer@ref-tenant.example", "enterprise_member", "2025-02-03T09:00:00", "2025-05-20T11:05:00", 3, None, 0, 1),
    ("user-ref-0005", "Eve Evaluator", "eve.evaluator@ref-tenant.example", "enterprise_member", "2025-02-04T09:00:00", None, 0, None, 0, 0),
]

SEED_ORGS = [
    ("org-ref-0001", "Reference Test Org", "2025-01-06T10:00:00", 1000, 50),
    ("org-ref-0002", "Reference Platform", "2025-01-06T11:00:00", 5000, None),
    ("org-ref-0003", "Reference Sandbox", "2025-03-01T12:00:00", None, None),
]

SEED_MEMBERSHIPS = [
    ("org-ref-0001", "user-ref-0001", "admin"),
    ("org-ref-0001", "user-ref-0002", "member"),
    ("org-ref-0001", "user-ref-0003", "member"),
    ("org-ref-0002", "user-ref-0001", "admin"),
    ("org-ref-0002", "user-ref-0003", "admin"),
    ("org-ref-0002", "user-ref-0004", "member"),
    ("org-ref-0003", "user-ref-0002", "admin"),
]

SEED_GROUPS = ["ref-contractors", "ref-engineering", "ref-operations"]

SEED_ORG_GROUPS = [
    ("org-ref-0001", "ref-engineering", "member"),
    ("org-ref-0002", "ref-engineering", "admin"),
    ("org-ref-0002", "ref-operations", "member"),
]


class Store:
    def __init__(self):
        self.users = {}
        for user_id, name, email, role, created, last_login, logins, saml_id, searches, sessions in SEED_USERS:
            self.users[user_id] = {
                "user_id": user_id,
                "name": name,
                "email": email,
                "enterprise_role": role,
                "created_at": _at(created),
                "last_login": _at(last_login) if last_login else None,
                "login_count": logins,
                "saml_id": saml_id,
                "searches_created_count": searches,
                "sessions_created_count": sessions,
            }
        self.orgs = {}
        for org_id, name, created, cycle_limit, session_limit in SEED_ORGS:
            self.orgs[org_id] = {
                "org_id": org_id,
                "org_name": name,
                "created_at": _at(created),
                "max_cycle_acu_limit": cycle_limit,
                "max_session_acu_limit": session_limit,
            }
        self.memberships = {(org_id, user_id): role for org_id, user_id, role in SEED_MEMBERSHIPS}
        self.groups = set(SEED_GROUPS)
        self.org_groups = {(org_id, group): role for org_id, group, role in SEED_ORG_GROUPS}
        self.roles = [dict(role) for role in ROLES]
        self.created_orgs = 0

    # Look-ups that refuse unknown ids

    def org(self, org_id):
        if org_id not in self.orgs:
            raise TenantError(404, f"Organization {org_id} not found")
        return self.orgs[org_id]

    def user(self, user_id):
        if user_id not in self.users:
            raise TenantError(404, f"User {user_id} not found")
        return self.users[user_id]

    def group(self, group_name):
        if group_name not in self.groups:
            raise TenantError(404, f"Group {group_name} not found")
        return group_name

    def org_role(self, role_id):
        if not any(role["role_id"] == role_id and role["role_type"] == "organization" for role in self.roles):
            raise TenantError(400, f"Unknown organization role {role_id}")
        return role_id

    def role_name(self, role_id):
        return next((role["role_name"] for role in self.roles if role["role_id"] == role_id), None)

    # Organizations

    def org_list(self):
        return [self.org_view(org_id) for org_id in sorted(self.orgs)]

    def org_view(self, org_id):
        org = self.org(org_id)
        roles = [role for (member_org, _), role in self.memberships.items() if member_org == org_id]
        return dict(
            org,
            org_admin_count=roles.count("admin"),
            org_member_count=len(roles),
            org_user_count=len(roles),
        )

    def create_org(self, display_name, acu_limit, add_creator_as_member):
        self.created_orgs += 1
        org_id = f"org-new-{self.created_orgs:04d}"
        while org_id in self.orgs:
            self.created_orgs += 1
            org_id = f"org-new-{self.created_orgs:04d}"
        self.orgs[org_id] = {
            "org_id": org_id,
            "org_name": display_name,
            "created_at": datetime.now(timezone.utc).replace(microsecond=0),
            "max_cycle_acu_limit": acu_limit,
            "max_session_acu_limit": None,
        }
        if add_creator_as_member:
            self.memberships[(org_id, KEY_OWNER)] = "admin"
        return org_id

    def update_org(self, org_id, display_name, max_acu_limit):
        org = self.org(org_id)
        if display_name is not None:
            org["org_name"] = display_name
        if max_acu_limit is not None:
            org["max_cycle_acu_limit"] = max_acu_limit

    def delete_org(self, org_id):
        self.org(org_id)
        del self.orgs[org_id]
        self.memberships = {key: role for key, role in self.memberships.items() if key[0] != org_id}
        self.org_groups = {key: role for key, role in self.org_groups.items() if key[0] != org_id}

    # Memberships

    def membership_view(self, org_id, user_id):
        user, org = self.users[user_id], self.orgs[org_id]
        role = self.memberships[(org_id, user_id)]
        return {
            "email": user["email"],
            "name": user["name"],
            "org_id": org_id,
            "org_name": org["org_name"],
            "org_role": role,
            "user_id": user_id,
            "enterprise_role": user["enterprise_role"],
            "org_role_name": self.role_name(role),
        }

    def org_members(self, org_id):
        self.org(org_id)
        users = sorted(user for member_org, user in self.memberships if member_org == org_id)
        return [self.membership_view(org_id, user) for user in users]

    def user_orgs(self, user_id):
        self.user(user_id)
        orgs = sorted(org for org, member in self.memberships if member == user_id)
        return [self.membership_view(org, user_id) for org in orgs]

    def bulk_add(self, path_org_id, user_ids, org_ids, org_role, group_names):
        """Adds every user (and group) to every organization in org_ids, or changes nothing.

        Returns the (org_id, user_id) pairs that were not memberships before.
        """
        self.org(path_org_id)
        unknown_orgs = sorted({org for org in org_ids if org not in self.orgs})
        if unknown_orgs:
            raise TenantError(404, "Organizations not found: " + ", ".join(unknown_orgs))
        unknown_users = sorted({user for user in user_ids if user not in self.users})
        if unknown_users:
            raise TenantError(404, "Users not found: " + ", ".join(unknown_users))
        unknown_groups = sorted({group for group in group_names or [] if group not in self.groups})
        if unknown_groups:
            raise TenantError(404, "Groups not found: " + ", ".join(unknown_groups))
        if org_role is not None:
            self.org_role(org_role)

        added = []
        for org_id in dict.fromkeys(org_ids):
            for user_id in dict.fromkeys(user_ids):
                key = (org_id, user_id)
                if key not in self.memberships:
                    added.append(key)
                    self.memberships[key] = org_role or DEFAULT_ORG_ROLE
                elif org_role is not None:
                    self.memberships[key] = org_role
            for group in dict.fromkeys(group_names or []):
                key = (org_id, group)
                if key not in self.org_groups or org_role is not None:
                    self.org_groups[key] = org_role or DEFAULT_ORG_ROLE
        return added

    def remove_member(self, org_id, user_id):
        self.org(org_id)
        self.user(user_id)
        if (org_id, user_id) not in self.memberships:
            raise TenantError(404, f"User {user_id} is not a member of organization {org_id}")
        del self.memberships[(org_id, user_id)]

    # Groups

    def org_group_view(self, org_id, group_name):
        return {"group_name": group_name, "org_id": org_id, "role": self.org_groups[(org_id, group_name)]}

    def org_group_list(self, org_id):
        self.org(org_id)
        groups = sorted(group for group_org, group in self.org_groups if group_org == org_id)
        return [self.org_group_view(org_id, group) for group in groups]

    def add_org_group(self, org_id, group_name, role):
        self.org(org_id)
        self.group(group_name)
        self.org_role(role)
        self.org_groups[(org_id, group_name)] = role
        return self.org_group_view(org_id, group_name)

    def remove_org_group(self, org_id, group_name):
        self.org(org_id)
        if (org_id, group_name) not in self.org_groups:
            raise TenantError(404, f"Group {group_name} is not in organization {org_id}")
        del self.org_groups[(org_id, group_name)]

    def group_view(self, group_name):
        self.group(group_name)
        roles = {org: role for (org, group), role in sorted(self.org_groups.items()) if group == group_name}
        return {"group_name": group_name, "org_count": len(roles), "role_by_org_id": roles}

    def group_list(self):
        return [self.group_view(group) for group in sorted(self.groups)]

    # Members

    def member_list(self, email=None):
        users = [self.users[user_id] for user_id in sorted(self.users)]
        if email is not None:
            users = [user for user in users if user["email"].lower() == email.lower()]
        return users

    # Observability

    def dump(self):
        """The whole state, in a stable order, as JSON-ready values."""

        def plain(record):
            return {key: value.isoformat() if isinstance(value, datetime) else value for key, value in record.items()}

        return {
            "organizations": [plain(self.orgs[org_id]) for org_id in sorted(self.orgs)],
            "users": [plain(self.users[user_id]) for user_id in sorted(self.users)],
            "memberships": [
                {"org_id": org_id, "user_id": user_id, "org_role": role}
                for (org_id, user_id), role in sorted(self.memberships.items())
            ],
            "groups": sorted(self.groups),
            "org_groups": [
                {"org_id": org_id, "group_name": group, "role": role}
                for (org_id, group), role in sorted(self.org_groups.items())
            ],
            "roles": sorted(self.roles, key=lambda role: role["role_id"]),
        }
