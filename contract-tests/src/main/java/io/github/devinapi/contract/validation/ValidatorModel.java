package io.github.devinapi.contract.validation;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Translates exchanges into the validator's request and response types. */
final class ValidatorModel {

    private ValidatorModel() {}

    static SimpleRequest request(Exchange.Request request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.rawPath());
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            builder.withHeader(header.getKey(), header.getValue());
        }
        if (request.rawQuery() != null && !request.rawQuery().isEmpty()) {
            for (String pair : request.rawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                builder.withQueryParam(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        if (request.body() != null && !request.body().isEmpty()) {
            builder.withBody(request.body());
        }
        return builder.build();
    }

    static SimpleResponse response(Exchange.Response response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.status());
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            builder.withHeader(header.getKey(), header.getValue());
        }
        if (response.body() != null && !response.body().isEmpty()) {
            builder.withBody(response.body());
        }
        return builder.build();
    }

    static Request.Method method(String method) {
        return Request.Method.valueOf(method);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
