package io.github.devinapi.scenarios.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.UnprocessableEntityException;
import io.github.devinapi.client.model.OrganizationResponse;
import io.github.devinapi.client.model.PaginatedResponseOrganizationResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.validation.Expectation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** listOrganizations: the enterprise's organizations, one page or all of them. */
@ContractScenarios
@DisplayName("listOrganizations")
class ListOrganizationsTest {

    @Test
    @DisplayName("the first page, at the spec's default size")
    void firstPage(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();

        // when
        PaginatedResponseOrganizationResponse page =
                devin.execute(devin.organizations().listOrganizations(null, null));

        // then
        assertThat(scenario.lastExchange().request().rawPath()).isEqualTo("/v2/enterprise/organizations");
        assertThat(scenario.lastExchange().request().rawQuery())
                .as("defaults are left to the server")
                .isNull();
        assertThat(page.getItems()).allSatisfy(ListOrganizationsTest::hasItsRequiredFields);
        scenario.onMockOnly(() -> {
            assertThat(page.getSkip()).isZero();
            assertThat(page.getTotal()).isEqualTo(3);
            assertThat(page.getItems())
                    .extracting(OrganizationResponse::getOrgName)
                    .containsExactly("Reference Test Org", "Reference Platform", "Reference Sandbox");
        });
    }

    @Test
    @DisplayName("pages through them two at a time, as one stream")
    void pagesThroughThem(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();

        // when: at most five, so that a large enterprise costs three requests
        List<OrganizationResponse> organizations = devin.paginate(
                        devin.organizations().listOrganizations(null, 2))
                .limit(5)
                .toList();

        // then
        assertThat(scenario.lastExchange().request().rawQuery()).startsWith("limit=2");
        assertThat(organizations).allSatisfy(ListOrganizationsTest::hasItsRequiredFields);
        scenario.onMockOnly(() -> {
            assertThat(scenario.lastExchange().request().rawQuery()).isEqualTo("limit=2&skip=2");
            assertThat(organizations)
                    .extracting(OrganizationResponse::getOrgId)
                    .containsExactly("org-test-0001", "org-ref-0002", "org-ref-0003");
        });
    }

    /** What the spec requires of each organization; its values are the tenant's. */
    private static void hasItsRequiredFields(OrganizationResponse organization) {
        assertThat(organization.getOrgId()).isNotBlank();
        assertThat(organization.getOrgName()).isNotNull();
    }

    @ParameterizedTest(name = "skip={0}, limit={1}")
    @CsvSource({"-1, , skip, greater_than_equal", ", 0, limit, greater_than_equal", ", 201, limit, less_than_equal"})
    @DisplayName("refuses a page outside the spec's bounds")
    void refusesPageBoundsOutsideTheSpec(
            Integer skip, Integer limit, String parameter, String type, Scenario scenario) {
        // given
        DevinClient devin = scenario.devin(Expectation.conforming().sendingInvalidRequest());

        // when
        UnprocessableEntityException refused = catchThrowableOfType(
                UnprocessableEntityException.class,
                () -> devin.execute(devin.organizations().listOrganizations(skip, limit)));

        // then
        assertThat(scenario.lastExchange().request().rawQuery())
                .isEqualTo(parameter + "=" + (skip != null ? skip : limit));
        assertThat(refused.validationErrors()).isNotEmpty();
        scenario.refusal().pointsAt("query", parameter).says(type);
    }
}
