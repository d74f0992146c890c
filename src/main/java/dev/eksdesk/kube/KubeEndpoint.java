package dev.eksdesk.kube;

import java.util.Objects;

/**
 * Where a Kubernetes API server is and how to authenticate to it, in plain Java so that callers
 * outside {@code dev.eksdesk.kube} never see fabric8 types.
 *
 * @param apiServerUrl for example {@code https://ABC.gr7.eu-central-1.eks.amazonaws.com}
 * @param bearerTokens where each request's bearer token comes from (an EKS token lasts 15 minutes,
 *     so a watch that runs for hours needs fresh ones), or null when the server needs none (the
 *     sandbox)
 * @param caCertificatePem the cluster's CA bundle, or null to use the system trust store
 */
public record KubeEndpoint(
    String apiServerUrl, BearerTokens bearerTokens, String caCertificatePem) {

  /** A source of bearer tokens, asked before every request; it caches and renews them itself. */
  @FunctionalInterface
  public interface BearerTokens {
    String current();
  }

  public KubeEndpoint {
    Objects.requireNonNull(apiServerUrl, "apiServerUrl");
  }

  /** An endpoint without credentials, such as the in-process sandbox on loopback. */
  public static KubeEndpoint anonymous(String apiServerUrl) {
    return new KubeEndpoint(apiServerUrl, null, null);
  }

  @Override
  public String toString() {
    // The token is a credential: keep it out of logs.
    return "KubeEndpoint[" + apiServerUrl + (bearerTokens == null ? "" : ", token=***") + "]";
  }
}
