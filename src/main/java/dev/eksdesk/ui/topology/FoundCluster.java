package dev.eksdesk.ui.topology;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.topology.ElementState;

/** An EKS cluster in the account, as the Open cluster list shows it. */
public record FoundCluster(String name, String kubernetesVersion, ElementState state) {

  /** From an EKS cluster the account lists; its id is its name. */
  public static FoundCluster of(CloudResource cluster) {
    return new FoundCluster(
        cluster.id(), cluster.attribute("version"), ElementState.of(cluster.state()));
  }

  /** "Kubernetes 1.31 · Ready", for the second line of the list. */
  public String description() {
    return kubernetesVersion.isEmpty()
        ? state.displayName()
        : "Kubernetes " + kubernetesVersion + " · " + state.displayName();
  }
}
