package io.github.devinapi.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The pages of one paged list, each fetched only when asked for. The list ends on {@code has_more=false},
 * on a page shorter than the page size, or on an empty page; a page that repeats the previous one, or more
 * than {@code maxPages} pages, is a {@link PaginationException} rather than an endless loop.
 */
final class PageIterator<P extends Page<?>> implements Iterator<P> {

    private final CallExecutor executor;
    private final PagedOperations.Style style;
    private final String operation;
    private final int maxPages;
    private final int askedSize;
    private Request next;
    private int start;
    private int pageSize;
    private int fetched;
    private List<?> previousItems = List.of();
    private P buffered;

    /** {@code first} is the caller's own request: its start and size parameters are where and how much. */
    PageIterator(CallExecutor executor, Request first, PagedOperations.Style style, String operation, int maxPages) {
        this.executor = executor;
        this.style = style;
        this.operation = operation;
        this.maxPages = maxPages;
        this.next = first;
        this.start = intParameter(first, style.startParameter(), style.firstStart());
        this.askedSize = intParameter(first, style.sizeParameter(), style.defaultSize());
    }

    @Override
    public boolean hasNext() {
        if (buffered == null && next != null) {
            buffered = fetch();
        }
        return buffered != null;
    }

    @Override
    public P next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more pages of " + operation);
        }
        P page = buffered;
        buffered = null;
        return page;
    }

    /** The next page, or null when the list turns out to have ended (an empty page after the first). */
    private P fetch() {
        if (fetched == maxPages) {
            throw failure("still had more after " + maxPages + " pages (maxPages): stopped, so that a list that "
                    + "never ends cannot loop forever. Narrow the query or raise DevinClientBuilder.maxPages(...)");
        }
        P page = executor.execute(next);
        fetched++;
        List<?> items = page.getItems() == null ? List.of() : page.getItems();
        if (!items.isEmpty() && items.equals(previousItems)) {
            throw failure("answered " + style.startParameter() + "=" + start + " with the same " + items.size()
                    + " item(s) as the page before: the server seems to ignore " + style.startParameter()
                    + "; stopped instead of looping");
        }
        // Without a size from the caller or the spec, the first page shows what the server chose.
        if (fetched == 1) {
            pageSize = askedSize > 0 ? askedSize : items.size();
        }
        boolean last = Boolean.FALSE.equals(page.getHasMore()) || items.isEmpty() || items.size() < pageSize;
        previousItems = items;
        if (last) {
            next = null;
        } else {
            start = style.pageNumbers() ? start + 1 : start + items.size();
            next = withStart(next, start);
        }
        return items.isEmpty() && fetched > 1 ? null : page;
    }

    private PaginationException failure(String problem) {
        ErrorContext context = new ErrorContext(next.method(), next.url().encodedPath(), OptionalInt.of(200), "", 0);
        return new PaginationException(operation + " " + problem + ".", context);
    }

    private Request withStart(Request request, int value) {
        HttpUrl url = request.url()
                .newBuilder()
                .setQueryParameter(style.startParameter(), String.valueOf(value))
                .build();
        return request.newBuilder().url(url).build();
    }

    private static int intParameter(Request request, String name, int fallback) {
        HttpUrl url = request.url();
        String value = url.queryParameter(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer to page through the list, was " + value);
        }
    }
}
