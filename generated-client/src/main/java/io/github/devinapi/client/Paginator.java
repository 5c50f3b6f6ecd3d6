package io.github.devinapi.client;

import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.Invocation;

/**
 * Turns the call of a paged operation into lazy streams of its pages or items. Each page is fetched by the
 * same {@link CallExecutor} as {@link DevinClient#execute}, so it is retried, fails and is redacted alike.
 */
final class Paginator {

    private static final int CHARACTERISTICS = Spliterator.ORDERED | Spliterator.NONNULL;

    private final CallExecutor executor;
    private final PagedOperations operations;
    private final int maxPages;

    Paginator(CallExecutor executor, PagedOperations operations, int maxPages) {
        this.executor = executor;
        this.operations = operations;
        this.maxPages = maxPages;
    }

    /** Checks the call at once; fetches nothing until the stream is consumed. */
    <P extends Page<?>> Stream<P> pages(Call<P> call) {
        Request first = executor.requestOf(call);
        String operation =
                Operation.of(first).orElse(first.method() + " " + first.url().encodedPath());
        String named = operation + " (" + first.tag(Invocation.class).method().getName() + ")";
        PagedOperations.Style style = operations
                .of(operation)
                .orElseThrow(() -> new IllegalArgumentException(
                        named + " is not paged: the spec gives it no skip/limit or page/per_page parameters. "
                                + "execute(call) returns its whole answer."));
        return StreamSupport.stream(
                () -> Spliterators.spliteratorUnknownSize(
                        new PageIterator<P>(executor, first, style, named, maxPages), CHARACTERISTICS),
                CHARACTERISTICS,
                false);
    }

    /** Checks the call at once; each iteration starts again at the call's first page. */
    <T> Iterable<T> iterable(Call<? extends Page<T>> call) {
        pages(call);
        return () -> items(call).iterator();
    }

    <T> Stream<T> items(Call<? extends Page<T>> call) {
        return pages(call).flatMap(page -> {
            List<T> items = page.getItems();
            return items == null ? Stream.empty() : items.stream();
        });
    }
}
