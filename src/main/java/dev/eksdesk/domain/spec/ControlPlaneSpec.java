package dev.eksdesk.domain.spec;

import static dev.eksdesk.domain.spec.Require.present;

import java.util.List;

/**
 * The EKS control plane.
 *
 * @param publicAccessCidrs who may reach the public API endpoint; AWS's default is 0.0.0.0/0,
 *     Eksdesk's is the operator's own address
 */
public record ControlPlaneSpec(
    String kubernetesVersion, List<String> publicAccessCidrs, boolean auditLogging) {
  public ControlPlaneSpec {
    present(kubernetesVersion, "kubernetesVersion");
    publicAccessCidrs = List.copyOf(present(publicAccessCidrs, "publicAccessCidrs"));
  }

  public ControlPlaneSpec withKubernetesVersion(String newVersion) {
    return new ControlPlaneSpec(newVersion, publicAccessCidrs, auditLogging);
  }

  public ControlPlaneSpec withPublicAccessCidrs(List<String> newCidrs) {
    return new ControlPlaneSpec(kubernetesVersion, newCidrs, auditLogging);
  }
}
