package dev.eksdesk.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Builds fabric8 clients; internal to {@code dev.eksdesk.kube} and its subpackages. */
public final class KubeClients {
  private KubeClients() {}

  public static KubernetesClient connect(KubeEndpoint endpoint) {
    ConfigBuilder config =
        new ConfigBuilder(Config.empty())
            .withMasterUrl(endpoint.apiServerUrl())
            .withNamespace("default");
    if (endpoint.bearerTokens() != null) {
      config.withOauthTokenProvider(endpoint.bearerTokens()::current);
    }
    if (endpoint.caCertificatePem() != null) {
      config.withCaCertData(
          Base64.getEncoder()
              .encodeToString(endpoint.caCertificatePem().getBytes(StandardCharsets.UTF_8)));
    }
    return new KubernetesClientBuilder().withConfig(config.build()).build();
  }

  /**
   * A client to the same server that does not retry on its own. fabric8 retries HTTP 429 with
   * backoff for about 20 s, but a 429 from the eviction API means "a disruption budget says no",
   * which the drain wants to hear at once.
   */
  public static KubernetesClient withoutRetries(KubernetesClient client) {
    Config config =
        new ConfigBuilder(client.getConfiguration()).withRequestRetryBackoffLimit(0).build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }
}
