package io.github.devinapi.contract.targets;

import io.github.devinapi.contract.recorded.ScenarioLibrary;
import io.github.devinapi.contract.report.ContractReport;
import io.github.devinapi.contract.tenant.EmbeddedTenant;
import io.github.devinapi.contract.validation.ContractValidator;
import java.util.Optional;

/**
 * The embedded tenant as a target. The run's one ({@link #start()}) serves every recorded scenario,
 * is started once per JVM and stopped when it exits; the suite's own tests wrap tenants of their own.
 */
public final class MockTarget implements Target {

    /** Obviously fake: the embedded tenant accepts any well-formed bearer token. */
    private static final String FAKE_TOKEN = "apk_user_fake-key-for-the-embedded-tenant";

    private final EmbeddedTenant tenant;

    public MockTarget(EmbeddedTenant tenant) {
        this.tenant = tenant;
    }

    static MockTarget start() {
        EmbeddedTenant tenant = EmbeddedTenant.start(ContractValidator.shared(), ScenarioLibrary.configured());
        ContractReport.global().beforeWrite(report -> {
            tenant.unusedRecordings().forEach(report::unusedRecording);
            tenant.served().unmatched().forEach(report::unmatchedRequest);
        });
        Runtime.getRuntime().addShutdownHook(new Thread(tenant::close, "embedded-tenant-stop"));
        return new MockTarget(tenant);
    }

    @Override
    public String name() {
        return "mock";
    }

    @Override
    public String baseUrl() {
        return tenant.baseUrl();
    }

    @Override
    public String bearerToken() {
        return FAKE_TOKEN;
    }

    @Override
    public TestIds ids() {
        return TestIds.fake();
    }

    @Override
    public Optional<EmbeddedTenant> tenant() {
        return Optional.of(tenant);
    }
}
