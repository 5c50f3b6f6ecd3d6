package io.github.devinapi.client;

import com.google.gson.Gson;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Turns an error status of any operation into the matching exception, with a message a person can act on. */
final class ErrorResponses {

    private final Gson gson;
    private final Redactor redactor;
    private final Clock clock;

    ErrorResponses(Gson gson, Redactor redactor, Clock clock) {
        this.gson = gson;
        this.redactor = redactor;
        this.clock = clock;
    }

    /** Reads at most {@value ErrorContext#RAW_BODY_LIMIT} bytes of the body, and closes the response. */
    DevinApiException toException(Response response, int retries) {
        try (response) {
            int status = response.code();
            ResponseBody body = response.body();
            String raw = body == null ? "" : redactor.text(ResponseBodies.preview(body));
            ErrorDetail detail = ErrorDetail.parse(raw, body == null ? null : body.contentType(), gson);
            Request request = response.request();
            ErrorContext context = new ErrorContext(
                    request.method(), request.url().encodedPath(), OptionalInt.of(status), raw, retries);
            String says = detail.summary().isEmpty() ? "(no explanation in the body)" : detail.summary();
            String prefix = request.method() + " " + request.url().encodedPath() + " failed with HTTP " + status + ": "
                    + says + ".";
            String retried = retries == 0 ? "" : " Gave up after " + retries + (retries == 1 ? " retry." : " retries.");
            switch (status) {
                case 400:
                    return new BadRequestException(
                            prefix + " The server could not accept the request as sent: "
                                    + "check the arguments against the API reference." + retried,
                            context);
                case 401:
                    return new AuthenticationException(
                            prefix + " The API key was not accepted: check DEVIN_API_KEY "
                                    + "or apiKey(...); it must be a current personal API key (apk_user_...)." + retried,
                            context);
                case 403:
                    return new PermissionDeniedException(
                            prefix + " The key is valid but may not do this: the API "
                                    + "needs an enterprise admin's personal key with access to the resource." + retried,
                            context);
                case 404:
                    return new NotFoundException(
                            prefix + " Check the ids in the path, and that the key's " + "enterprise can see them."
                                    + retried,
                            context);
                case 422:
                    return new UnprocessableEntityException(
                            prefix + " Correct the values named above; " + "validationErrors() lists them." + retried,
                            context,
                            detail.validationErrors());
                case 429:
                    Duration wait = RetryAfter.of(response.headers(), clock).orElse(null);
                    return new RateLimitException(
                            prefix + " Rate limited: "
                                    + (wait == null ? "slow down" : "the server asks to wait " + seconds(wait))
                                    + " before calling again." + retried,
                            context,
                            wait);
                default:
                    if (status >= 300 && status <= 399) {
                        String location = response.header("Location");
                        return new UnexpectedStatusException(
                                prefix + " The server redirects"
                                        + (location == null ? "" : " to " + redactor.text(location))
                                        + "; the client follows no "
                                        + "redirects, so that the key goes nowhere else: set baseUrl to where the API is."
                                        + retried,
                                context);
                    }
                    if (status >= 500 && status <= 599) {
                        return new InternalServerException(
                                prefix + " The server or a gateway in front of it failed: " + "try again later."
                                        + retried,
                                context);
                    }
                    return new UnexpectedStatusException(
                            prefix + " The client does not expect this status here: "
                                    + "check baseUrl and the API reference." + retried,
                            context);
            }
        }
    }

    private static String seconds(Duration wait) {
        return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
    }
}
