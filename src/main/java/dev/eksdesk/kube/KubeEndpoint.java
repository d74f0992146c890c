package dev.eksdesk.kube;

import java.util.Objects;

/**
 * Where a Kubernetes API server is and how to authenticate to it, in plain Java so that callers
 * outside {@code dev.eksdesk.kube} never see fabric8 types.
 *
 * @param apiServerUrl for example {@code https://ABC.gr7.eu-central-1.eks.amazonaws.com}
 * @param bearerToken an EKS token, or null when the server needs none (the sandbox)
 * @param caCertificatePem the cluster's CA bundle, or null to use the system trust store
 */
public record KubeEndpoint(String apiServerUrl, String bearerToken, String caCertificatePem) {

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
    return "KubeEndpoint[" + apiServerUrl + (bearerToken == null ? "" : ", token=***") + "]";
  }
}
