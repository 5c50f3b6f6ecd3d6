package io.github.devinapi.contract.tenant;

import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import io.github.devinapi.contract.recorded.Recording;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Expectation;
import java.util.Map;
import java.util.UUID;

/**
 * The embedded tenant's listener, as EmbeddedTenant wires it, for the benchmarks to call without a server.
 * In this package because the listener is package-private to the suite.
 */
public final class TenantListeners {

    private TenantListeners() {
    }

    /** The listener for a tenant whose stub {@code stubId} serves {@code recording}, logging into {@code log}. */
    public static ServeEventListener recorded(ContractValidator validator, UUID stubId, Recording recording,
            Expectation expectation, ServedLog log) {
        return new ContractServeListener(validator, Map.of(stubId, new StubRole.Recorded(recording, expectation)), log,
                new SynthesisedAnswers(validator.spec().document().root()));
    }
}
