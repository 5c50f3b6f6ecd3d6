package io.github.devinapi.scenarios.members;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.EnterpriseUserResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** getMember: one member of the enterprise by user id. */
@ContractScenarios
@DisplayName("getMember")
class GetMemberTest {

    @Test
    @DisplayName("a test user")
    void aTestUser(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();
        String user = scenario.ids().user(1);

        // when
        EnterpriseUserResponse member = devin.execute(devin.members().getMember(user));

        // then
        assertThat(scenario.lastExchange().request().rawPath()).isEqualTo("/v2/enterprise/members/" + user);
        assertThat(member.getUserId()).isNotBlank();
        assertThat(member.getEmail()).isNotBlank();
        assertThat(member.getEnterpriseRole()).isNotBlank();
        scenario.onMockOnly(() -> {
            assertThat(member.getUserId()).isEqualTo(user);
            assertThat(member.getName()).isEqualTo("Dan Deployer");
            assertThat(member.getEnterpriseRole()).isEqualTo("enterprise_member");
        });
    }
}
