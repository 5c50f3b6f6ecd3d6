package io.github.devinapi.contract.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the embedded tenant served, in order; scenarios take a mark before they start and read what came after. */
public final class ServedLog {

    private final List<Served> served = new ArrayList<>();

    synchronized void add(Served exchange) {
        served.add(exchange);
    }

    public synchronized int mark() {
        return served.size();
    }

    public synchronized List<Served> since(int mark) {
        return List.copyOf(served.subList(mark, served.size()));
    }

    /** What was served last, if anything. */
    public synchronized java.util.Optional<Served> last() {
        return served.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(served.get(served.size() - 1));
    }

    public synchronized List<Served> all() {
        return List.copyOf(served);
    }

    public synchronized List<String> unmatched() {
        return served.stream().filter(Served::unmatched).map(Served::request).distinct().toList();
    }

    /** The problems among what was served since the mark, one message each. */
    public List<String> problemsSince(int mark) {
        return since(mark).stream().map(Served::problem).flatMap(Optional::stream).toList();
    }
}
