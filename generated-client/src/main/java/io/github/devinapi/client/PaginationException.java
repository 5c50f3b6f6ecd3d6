package io.github.devinapi.client;

/**
 * A paged list that does not end the way a paged list must: more pages than {@code maxPages}, or a page
 * that repeats the previous one (a server that ignores {@code skip} or {@code page}). Thrown instead of
 * looping without end.
 */
public class PaginationException extends DevinApiException {

    public PaginationException(String message, ErrorContext context) {
        super(message, context, null);
    }
}
