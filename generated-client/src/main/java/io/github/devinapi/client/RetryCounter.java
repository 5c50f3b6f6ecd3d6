package io.github.devinapi.client;

import java.util.concurrent.atomic.AtomicInteger;

/** Tagged on a request to learn how often it was retried, for the exception or result of the call. */
final class RetryCounter {

    private final AtomicInteger retries = new AtomicInteger();

    void retried() {
        retries.incrementAndGet();
    }

    int retries() {
        return retries.get();
    }
}
