package io.github.devinapi.contract.recorder;

import io.github.devinapi.contract.validation.Exchange;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One exchange WireMock's recorder turned into a stub mapping, not yet scrubbed.
 *
 * @param stub the stub mapping as the recorder writes it
 * @param exchange the exchange as the scenario sent and received it (with the proxy's token, never the key)
 */
record Captured(ObjectNode stub, Exchange exchange) {
}
