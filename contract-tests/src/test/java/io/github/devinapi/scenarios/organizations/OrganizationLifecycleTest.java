package io.github.devinapi.scenarios.organizations;

import static io.github.devinapi.contract.scenario.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.EnterpriseOrgCreate;
import io.github.devinapi.client.model.OrganizationResponse;
import io.github.devinapi.client.model.OrganizationUpdate;
import io.github.devinapi.client.model.SuccessResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.scenarios.OptIns;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An organization from creation to deletion: createOrganization, getOrganization, updateOrganization,
 * listOrganizations and deleteOrganization. On a live tenant only with {@value OptIns#CREATE_ORGANIZATIONS};
 * the organization is named contract-run-..., and deleted whatever happens.
 */
@ContractScenarios
@DisplayName("Organization lifecycle")
class OrganizationLifecycleTest {

    @Test
    @DisplayName("created, read, renamed, listed under its new name, deleted, and gone")
    void createReadRenameListDelete(Scenario scenario) {
        // given
        scenario.requireOptIn(OptIns.CREATE_ORGANIZATIONS);
        DevinClient devin = scenario.devin();
        String name = scenario.ids().created("org");
        String renamed = scenario.ids().created("org-renamed");

        // when: created
        OrganizationResponse created =
                devin.execute(devin.organizations().createOrganization(new EnterpriseOrgCreate().displayName(name)));
        String org = created.getOrgId();
        scenario.adopt(org);
        try {
            // then
            assertThat(tree(scenario.lastExchange().request().body()))
                    .isEqualTo(Json.of(Map.of("display_name", name, "add_creator_as_member", true)));
            assertThat(created.getOrgName()).isEqualTo(name);

            // when: read
            OrganizationResponse read = devin.execute(devin.organizations().getOrganization(org));
            assertThat(read.getOrgId()).isEqualTo(org);
            assertThat(read.getOrgName()).isEqualTo(name);

            // when: renamed
            SuccessResponse updated = devin.execute(
                    devin.organizations().updateOrganization(org, new OrganizationUpdate().displayName(renamed)));
            assertThat(scenario.lastExchange().request().method()).isEqualTo("PATCH");
            assertThat(tree(scenario.lastExchange().request().body()))
                    .isEqualTo(Json.of(Map.of("display_name", renamed)));
            assertThat(updated.getStatus()).isEqualTo("success");

            // then: listed under the new name
            assertThat(find(devin, org, 200))
                    .as("organization %s in listOrganizations after renaming it", org)
                    .hasValueSatisfying(
                            listed -> assertThat(listed.getOrgName()).isEqualTo(renamed));
        } finally {
            SuccessResponse deleted = devin.execute(devin.organizations().deleteOrganization(org));
            assertThat(scenario.lastExchange().request().rawPath()).isEqualTo("/v2/enterprise/organizations/" + org);
            assertThat(deleted.getStatus()).isEqualTo("success");
        }

        // then: gone
        assertThat(find(devin, org, 150))
                .as("organization %s in listOrganizations after deleting it", org)
                .isEmpty();
    }

    /**
     * The organization as listOrganizations shows it. Each look asks for its own page size: on the embedded
     * tenant each state of the list is a recording of its own.
     */
    private static Optional<OrganizationResponse> find(DevinClient devin, String org, int pageSize) {
        return devin.paginate(devin.organizations().listOrganizations(null, pageSize))
                .filter(organization -> org.equals(organization.getOrgId()))
                .findFirst();
    }
}
