package io.github.devinapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devinapi.client.model.SuccessResponse;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import retrofit2.Call;

/**
 * A server closes a keep-alive connection once it has been idle for a while (uvicorn and Node after 5 s). A POST
 * sent on such a connection fails and cannot be retried, so the client must have closed it first.
 */
@Timeout(20)
class IdleConnectionTest {

    private final IdleClosingServer server = new IdleClosingServer(Duration.ofMillis(600));

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void an_idle_connection_is_closed_before_the_server_closes_it_and_the_next_post_goes_out_on_a_new_one()
            throws Exception {
        try (DevinClient client =
                clientOf(server).idleConnectionTimeout(Duration.ofMillis(100)).build()) {
            Call<SuccessResponse> next = nextPostOnceTheFirstConnectionEnded(client);

            SuccessResponse answer = client.execute(next);

            assertThat(server.closedByClients()).isEqualTo(1);
            assertThat(answer.getStatus()).isEqualTo("success");
            assertThat(server.connections()).isEqualTo(2);
        }
    }

    @Test
    void a_client_that_keeps_idle_connections_longer_than_the_server_fails_that_post() throws Exception {
        try (DevinClient client =
                clientOf(server).idleConnectionTimeout(Duration.ofMinutes(5)).build()) {
            Call<SuccessResponse> next = nextPostOnceTheFirstConnectionEnded(client);

            assertThat(server.closedByClients()).isZero();
            assertThatThrownBy(() -> client.execute(next))
                    .isInstanceOf(DevinConnectionException.class)
                    .hasMessageContaining("may or may not have been processed")
                    .hasMessageContaining("closes idle connections sooner than idleConnectionTimeout(...)");
        }
    }

    /** Sends a POST, waits until its connection has ended (closed by either side), and gives the next POST. */
    private Call<SuccessResponse> nextPostOnceTheFirstConnectionEnded(DevinClient client) throws InterruptedException {
        ProbeApi api = client.api(ProbeApi.class);
        client.execute(api.create());
        server.awaitClosed();
        return api.create();
    }

    @Test
    void by_default_a_connection_idle_for_the_servers_common_5_seconds_is_not_reused() {
        assertThat(DevinClientBuilder.DEFAULT_IDLE_CONNECTION_TIMEOUT).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void an_idle_connection_timeout_of_zero_is_refused() {
        assertThatThrownBy(() ->
                        clientOf(null).idleConnectionTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("idleConnectionTimeout must be positive, was PT0S");
    }

    private static DevinClientBuilder clientOf(IdleClosingServer server) {
        return DevinClient.builder()
                .apiKey(TestClients.API_KEY)
                .baseUrl(server != null ? server.baseUrl() : DevinClient.DEFAULT_BASE_URL)
                .timeout(Duration.ofSeconds(5));
    }
}
