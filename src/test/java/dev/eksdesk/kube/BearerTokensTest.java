package dev.eksdesk.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NodeListBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An EKS token lasts 15 minutes: the client must ask for the current one on every request. */
class BearerTokensTest {
  private final KubernetesMockServer server = new KubernetesMockServer(false);

  @BeforeEach
  void start() {
    server.init();
    server
        .expect()
        .get()
        .withPath("/api/v1/nodes")
        .andReturn(200, new NodeListBuilder().build())
        .always();
  }

  @AfterEach
  void stop() {
    server.destroy();
  }

  @Test
  void everyRequestCarriesTheTokenCurrentWhenItIsSent() throws Exception {
    AtomicInteger renewals = new AtomicInteger();
    KubeEndpoint endpoint =
        new KubeEndpoint(server.url("/"), () -> "token-" + renewals.incrementAndGet(), null);

    try (KubernetesClient client = KubeClients.connect(endpoint)) {
      client.nodes().list();
      client.nodes().list();
    }

    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization"))
        .isEqualTo("Bearer token-1");
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization"))
        .isEqualTo("Bearer token-2");
  }

  @Test
  void theTokenStaysOutOfTheEndpointsText() {
    KubeEndpoint endpoint = new KubeEndpoint("https://eks.example", () -> "secret", null);

    assertThat(endpoint.toString()).doesNotContain("secret").contains("***");
  }
}
