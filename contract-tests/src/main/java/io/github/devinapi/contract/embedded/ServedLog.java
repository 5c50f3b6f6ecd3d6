package io.github.devinapi.contract.embedded;

import io.github.devinapi.contract.validation.ExchangeFindings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the embedded tenant served, in order; scenarios take a mark before they start and read what came after.
 * Every exchange is kept as a {@link Served}, a few strings; only the last one's findings (the exchange itself,
 * bodies and all) are kept beside it, for the client side to judge: memory grows by little per exchange however
 * long the run.
 */
public final class ServedLog {

    private final List<Served> served = new ArrayList<>();
    private ExchangeFindings lastFindings;

    synchronized void add(Served exchange, ExchangeFindings findings) {
        served.add(exchange);
        lastFindings = findings;
    }

    public synchronized int mark() {
        return served.size();
    }

    public synchronized List<Served> since(int mark) {
        return List.copyOf(served.subList(mark, served.size()));
    }

    /** What was served last, if anything. */
    public synchronized Optional<Served> last() {
        return served.isEmpty() ? Optional.empty() : Optional.of(served.get(served.size() - 1));
    }

    /** What the validation of the exchange served last found, if anything was served. */
    public synchronized Optional<ExchangeFindings> lastFindings() {
        return Optional.ofNullable(lastFindings);
    }

    public synchronized List<Served> all() {
        return List.copyOf(served);
    }

    public synchronized List<String> unmatched() {
        return served.stream()
                .filter(Served::unmatched)
                .map(Served::request)
                .distinct()
                .toList();
    }

    /** The problems among what was served since the mark, one message each. */
    public List<String> problemsSince(int mark) {
        return since(mark).stream()
                .map(Served::problem)
                .flatMap(Optional::stream)
                .toList();
    }
}
