package io.github.devinapi.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

    private final Redactor redactor = new Redactor("the-client-key-123");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "key the-client-key-123 rejected                  | key [redacted] rejected",
                "Authorization: Bearer abc.def                    | Authorization: Bearer [redacted]",
                "{\"api_key\": \"v1\", \"name\": \"n\"}           | {\"api_key\": \"[redacted]\", \"name\": \"n\"}",
                "{\"refresh_token\":\"v\\\"2\",\"password\":\"p\"} | {\"refresh_token\":\"[redacted]\",\"password\":\"[redacted]\"}",
                "GET https://h/x?apiKey=v3&page=2                 | GET https://h/x?apiKey=[redacted]&page=2",
                "another apk_service_0123456789abcdef here        | another [redacted] here",
                "nothing secret: user_ids, org-1                   | nothing secret: user_ids, org-1"
            })
    void redacts_secrets_in_text(String text, String redacted) {
        assertThat(redactor.text(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Authorization       | Bearer x     | [redacted]",
                "proxy-authorization | Basic y      | [redacted]",
                "Cookie              | a=b          | [redacted]",
                "Set-Cookie          | a=b          | [redacted]",
                "X-Api-Key           | k            | [redacted]",
                "X-Session-Token     | t            | [redacted]",
                "Content-Type        | application/json | application/json"
            })
    void redacts_sensitive_headers(String name, String value, String shown) {
        assertThat(redactor.header(name, value)).isEqualTo(shown);
    }
}
