package io.github.devinapi.contract.validation;

import io.github.devinapi.contract.model.ContractOperation;
import java.util.List;
import java.util.Optional;

/**
 * What one validation of an exchange found, before any scenario's intent is weighed in.
 *
 * @param operation the operation of the contract the request was sent to, if any
 * @param request how the request, as the client sent it, breaks the contract
 * @param response how the response, as the server answered, breaks the contract
 */
public record ExchangeFindings(
        Exchange exchange, Optional<ContractOperation> operation, List<Violation> request, List<Violation> response) {

    public ExchangeFindings {
        request = List.copyOf(request);
        response = List.copyOf(response);
    }
}
