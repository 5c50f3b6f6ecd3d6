package io.github.devinapi.client;

import java.util.List;

/**
 * One page of a paged list. The build makes the generated page models ({@code PaginatedResponse...} of the
 * operations with {@code skip}/{@code limit} or {@code page}/{@code per_page}) implement it, so that
 * {@link DevinClient#paginate(retrofit2.Call)} can go through every page of any of them.
 *
 * @param <T> the type of the items
 */
public interface Page<T> {

    /** The items of this page, in the server's order. */
    List<T> getItems();

    /** Whether the server says more pages follow; null when it does not say. */
    Boolean getHasMore();
}
