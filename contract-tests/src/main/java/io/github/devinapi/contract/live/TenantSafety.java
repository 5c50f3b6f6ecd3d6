package io.github.devinapi.contract.live;

import static org.junit.jupiter.api.Assumptions.abort;

import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.model.OperationCatalog;
import io.github.devinapi.contract.validation.Exchange;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a live run may send, decided from the request alone, never from what the server is trusted to
 * refuse. Reads (GET, HEAD, OPTIONS) are always sent. Any other request, with credentials or without,
 * valid or not:
 * <ul>
 *   <li>read-only: only if it addresses a resource by id in its path and every id it carries
 *       ({@link RequestIds}) is one of this run's absent ids, so that even a server that accepts it changes
 *       nothing that exists;</li>
 *   <li>with writes allowed: only if every id it carries is a configured test id, an absent id, or something
 *       this run created or named ({@code contract-run-<run>-...}); a request that names no id is sent only if
 *       it creates (POST or PUT to a collection) in a scenario opted in to creating, never one that could act
 *       on everything (such as revoking every key).</li>
 * </ul>
 * A request refused here is not sent: its scenario is skipped, with the reason.
 */
final class TenantSafety {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final OperationCatalog operations;
    private final LiveConfiguration configuration;
    private final AbsentIds absent;
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private volatile boolean creationsAllowed;

    TenantSafety(OperationCatalog operations, LiveConfiguration configuration, AbsentIds absent) {
        this.operations = operations;
        this.configuration = configuration;
        this.absent = absent;
    }

    /** An id one of this run's scenarios made (an organization it created): the run's writes may address it. */
    void adopt(String id) {
        created.add(id);
    }

    /** Whether a write may carry {@code id}: a configured test id, an absent id, or something this run made or named. */
    boolean mayWrite(String id) {
        return configuration.isTestId(id)
                || absent.isAbsent(id)
                || created.contains(id)
                || id.startsWith(absent.created(""));
    }

    /** A POST or PUT to a collection, which makes something new. */
    private static boolean isCreation(Exchange.Request request) {
        return request.method().equals("POST") || request.method().equals("PUT");
    }

    static boolean isWrite(Exchange.Request request) {
        return !READS.contains(request.method());
    }

    /** The current scenario opted in to creating (see {@link LiveTarget#requireOptIn}); reset when it ends. */
    void allowCreations(boolean allowed) {
        creationsAllowed = allowed;
    }

    /**
     * Whether a write could change what the test organization holds: unless every id it carries is one of this
     * run's absent ids (an invalid body sent to an organization that exists nowhere), it could.
     */
    boolean mayChangeTestOrganization(Exchange.Request request) {
        Optional<ContractOperation> operation = operations.find(request.method(), request.rawPath());
        if (operation.isEmpty()) {
            return true;
        }
        List<String> ids = RequestIds.of(operation.get(), request).all();
        return ids.isEmpty() || ids.stream().anyMatch(id -> !absent.isAbsent(id));
    }

    void admit(Exchange.Request request) {
        if (!isWrite(request)) {
            return;
        }
        Optional<ContractOperation> operation = operations.find(request.method(), request.rawPath());
        if (operation.isEmpty()) {
            abort(request.line()
                    + " is to no operation of the spec: a live run sends nothing but reads whose ids it cannot check");
        }
        RequestIds ids = RequestIds.of(operation.get(), request);
        if (configuration.allowWrites()) {
            List<String> foreign =
                    ids.all().stream().filter(id -> !mayWrite(id)).toList();
            if (!foreign.isEmpty()) {
                abort(request.line() + " would send ids that are not the configured test ids ("
                        + String.join(", ", foreign)
                        + "): a live run writes only to " + LiveConfiguration.ORG_ID + ", " + LiveConfiguration.USER_IDS
                        + ", "
                        + LiveConfiguration.GROUP + " and what it created");
            }
            if (ids.path().isEmpty() && isCreation(request) && !creationsAllowed) {
                abort(
                        request.line() + " creates something: a live run creates only in a scenario opted in to it "
                                + "(scenario.requireOptIn(\"DEVIN_LIVE_CREATE_...\")), which names it for the run and deletes it");
            }
            if (ids.all().isEmpty() && !isCreation(request)) {
                abort(request.line()
                        + " names nothing it acts on (it could act on everything): a live run never sends it");
            }
            return;
        }
        if (ids.path().isEmpty()) {
            abort(request.line()
                    + " would change the tenant if the server accepted it, and names no resource that could "
                    + "be one that does not exist: requests that are not reads run only with "
                    + LiveConfiguration.ALLOW_WRITES + "=true");
        }
        List<String> existing =
                ids.all().stream().filter(id -> !absent.isAbsent(id)).toList();
        if (!existing.isEmpty()) {
            abort(request.line() + " would change the tenant if the server accepted it (it names "
                    + String.join(", ", existing)
                    + "): a read-only run sends requests that are not reads only to ids that exist nowhere, from "
                    + "scenario.ids().absent(), and scenarios that write run only with "
                    + LiveConfiguration.ALLOW_WRITES + "=true");
        }
    }
}
