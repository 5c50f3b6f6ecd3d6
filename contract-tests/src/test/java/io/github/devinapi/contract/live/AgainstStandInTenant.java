package io.github.devinapi.contract.live;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.contract.junit.ContractRunExtension;
import io.github.devinapi.contract.run.ContractRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A stand-in tenant on a free port that serves the test organization, and a live run's scenarios against it:
 * each test stubs what the tenant answers and sees what the run makes of it.
 */
@ExtendWith(ContractRunExtension.class)
abstract class AgainstStandInTenant {

    @RegisterExtension
    static WireMockExtension tenant = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    final LiveFixture live;

    AgainstStandInTenant(ContractRun run) {
        this.live = new LiveFixture(run.validator(), tenant.baseUrl());
    }

    @BeforeEach
    void serveTheTestOrganization() {
        LiveFixture.serveTestOrg(tenant);
    }

    @AfterEach
    void close() {
        live.close();
    }
}
