package io.github.devinapi.scenarios.roles;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.RoleResponse;
import java.util.List;

/** Roles as the tenant names them: scenarios ask listRoles rather than guess a tenant's role ids. */
public final class Roles {

    public static final String ORGANIZATION = "organization";
    public static final String ENTERPRISE = "enterprise";

    private Roles() {}

    /** The ids of the roles of this type ("organization", "enterprise"), in the order listRoles gives them. */
    public static List<String> ofType(DevinClient devin, String type) {
        return devin.execute(devin.roles().listRoles()).stream()
                .filter(role -> type.equals(role.getRoleType()))
                .map(RoleResponse::getRoleId)
                .toList();
    }

    /** The first role of this type; fails, naming the type, on a tenant that has none. */
    public static String firstOfType(DevinClient devin, String type) {
        return ofType(devin, type).stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("listRoles names no role of type '" + type + "'"));
    }
}
