package io.github.devinapi.client;

import io.github.devinapi.client.model.EnterpriseBulkOrgMembersUpdate;
import io.github.devinapi.client.model.SuccessResponse;
import java.io.PrintStream;
import java.util.List;

/** The README's usage example, between the snippet markers; compiled and run by UsageSampleTest. */
final class UsageSample {

    private UsageSample() {}

    static void addMember(String apiKey, String baseUrl, PrintStream out, PrintStream err) {
        // snippet:start
        try (DevinClient devin =
                DevinClient.builder().apiKey(apiKey).baseUrl(baseUrl).build()) { // or DevinClient.fromEnv()
            var members = new EnterpriseBulkOrgMembersUpdate()
                    .orgIds(List.of("org-1"))
                    .userIds(List.of("user-1"));
            SuccessResponse added = devin.execute(devin.organizations().addOrganizationMembers("org-1", members));
            out.println(added.getStatus());
        } catch (UnprocessableEntityException e) {
            e.validationErrors().forEach(error -> err.println(error.getLoc() + ": " + error.getMsg()));
        } catch (DevinApiException e) {
            err.println(e.getMessage());
        }
        // snippet:end
    }
}
