package io.github.devinapi.contract.recorder;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.devinapi.contract.validation.Exchange;

/**
 * One exchange WireMock's recorder turned into a stub mapping, not yet scrubbed.
 *
 * @param stub the stub mapping as the recorder writes it
 * @param exchange the exchange as the scenario sent and received it (with the proxy's token, never the key)
 */
record Captured(ObjectNode stub, Exchange exchange) {}
