package io.github.devinapi.contract.live;

/** The most requests a live run may send, retries included: a runaway scenario cannot flood a tenant. */
final class RequestBudget {

    private final int max;
    private int sent;

    RequestBudget(int max) {
        this.max = max;
    }

    /** Counts one request about to be sent; fails, without counting it, once the budget is spent. */
    synchronized void spend(String request) {
        if (sent >= max) {
            throw new AssertionError("The live run's request budget is spent: " + max + " requests were sent, and "
                    + request + " would be one more. Raise -D" + LiveConfiguration.MAX_REQUESTS_PROPERTY
                    + " if the suite really needs more.");
        }
        sent++;
    }

    synchronized int sent() {
        return sent;
    }

    int max() {
        return max;
    }
}
