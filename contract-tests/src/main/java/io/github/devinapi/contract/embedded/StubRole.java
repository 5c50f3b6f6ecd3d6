package io.github.devinapi.contract.embedded;

import io.github.devinapi.contract.recordings.Recording;
import io.github.devinapi.contract.validation.Expectation;

/** Why the embedded tenant has a stub: it serves a recording, guards authentication, or falls back on the spec. */
sealed interface StubRole {

    /** Serves one recorded exchange. */
    record Recorded(Recording recording, Expectation expectation) implements StubRole {}

    /** Answers 401 to a request without a well-formed bearer token, before any recording is considered. */
    record AuthGuard() implements StubRole {}

    /** Answers what no recording covers: 422 for an invalid request, else reports it as unmatched. */
    record SpecFallback() implements StubRole {}
}
