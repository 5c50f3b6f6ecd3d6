package io.github.devinapi.client;

import io.github.devinapi.client.model.ConsumptionResponse;
import io.github.devinapi.client.model.EnterpriseBulkOrgMembersUpdate;
import io.github.devinapi.client.model.EnterpriseMemberInviteRequest;
import io.github.devinapi.client.model.EnterpriseMemberInviteResponse;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.util.List;

/** The README's "Common admin tasks", each between its snippet markers; compiled and run by AdminTasksTest. */
final class AdminTasks {

    private AdminTasks() {}

    static void addMembers(DevinClient devin) {
        // snippet:add-members
        var members = new EnterpriseBulkOrgMembersUpdate()
                .orgIds(List.of("org-1"))
                .userIds(List.of("user-1", "user-2"))
                .orgRole("member");
        devin.execute(devin.organizations().addOrganizationMembers("org-1", members)); // all or none
        // snippet:end
    }

    static void listMembers(DevinClient devin, PrintStream out) {
        // snippet:list-members
        // Every member as one stream; pages of 100 are fetched as the stream reaches them.
        devin.paginate(devin.organizations().listOrganizationMembers("org-1", null, 100))
                .forEach(member -> out.println(member.getEmail() + " " + member.getOrgRole()));
        // Or page by page, with the total.
        devin.pages(devin.organizations().listOrganizationMembers("org-1", null, 100))
                .forEach(page -> out.println(page.getItems().size() + " of " + page.getTotal()));
        // snippet:end
    }

    static void removeMember(DevinClient devin) {
        // snippet:remove-member
        devin.execute(devin.organizations().removeOrganizationMember("org-1", "user-2"));
        // snippet:end
    }

    static void inviteUsers(DevinClient devin, PrintStream out) {
        // snippet:invite-users
        var invite = new EnterpriseMemberInviteRequest().emails(List.of("ada@example.com", "alan@example.com"));
        EnterpriseMemberInviteResponse invited = devin.execute(devin.members().inviteMembers(invite));
        out.println(invited.getInvitedCount() + " invited: "
                + invited.getInviteeUserIdToEmail().values());
        // snippet:end
    }

    static void readConsumption(DevinClient devin, PrintStream out) {
        // snippet:read-consumption
        OffsetDateTime march = OffsetDateTime.parse("2026-03-01T00:00:00Z");
        ConsumptionResponse usage = devin.execute(
                devin.consumption().getConsumptionDaily(march, march.plusMonths(1), null, null, List.of("org-1")));
        out.println(usage.getTotalAcus() + " ACUs");
        usage.getConsumptionByDate().forEach((day, acus) -> out.println(day + ": " + acus));
        // snippet:end
    }
}
