package dev.eksdesk.app;

import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceTags;
import dev.eksdesk.cloud.TagQuery;
import dev.eksdesk.cloud.sandbox.SandboxAccount;
import dev.eksdesk.topology.InventoryTopology;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.ui.topology.ClusterLookup;
import dev.eksdesk.ui.topology.ClusterLookupException;
import dev.eksdesk.ui.topology.FoundCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The clusters of the Sandbox, drawn from its inventory by the tags that say what they own. */
final class SandboxClusterLookup implements ClusterLookup {
  /**
   * The Sandbox tags its node group instances with this alone, where AWS adds the {@code
   * kubernetes.io/cluster} tag that {@link ResourceTags#ownedBy} matches.
   */
  private static final String NODE_CLUSTER_TAG = "eks:cluster-name";

  private final Supplier<Optional<SandboxAccount>> account;
  private final String region;

  /**
   * @param account the Sandbox the app works on; empty while it works on AWS
   * @param region the wizard's: the Sandbox keeps no region of its own
   */
  SandboxClusterLookup(Supplier<Optional<SandboxAccount>> account, String region) {
    this.account = account;
    this.region = region;
  }

  @Override
  public String where() {
    return "the Sandbox, " + region;
  }

  @Override
  public List<FoundCluster> clusters() throws ClusterLookupException {
    return inventory(TagQuery.all()).stream()
        .filter(r -> r.kind() == ResourceKind.EKS_CLUSTER)
        .map(FoundCluster::of)
        .toList();
  }

  @Override
  public Topology draw(String cluster) throws ClusterLookupException {
    List<CloudResource> resources = inventory(ofCluster(cluster));
    if (resources.stream()
        .noneMatch(r -> r.kind() == ResourceKind.EKS_CLUSTER && r.id().equals(cluster))) {
      throw ClusterLookupException.gone(cluster, where());
    }
    return InventoryTopology.build(cluster, region, resources);
  }

  private static TagQuery ofCluster(String cluster) {
    List<TagQuery.Match> matches = new ArrayList<>(ResourceTags.ownedBy(cluster).anyOf());
    matches.add(TagQuery.Match.value(NODE_CLUSTER_TAG, cluster));
    return TagQuery.anyOf(matches);
  }

  private List<CloudResource> inventory(TagQuery query) throws ClusterLookupException {
    SandboxAccount sandbox =
        account
            .get()
            .orElseThrow(
                () ->
                    new ClusterLookupException(
                        "The Sandbox is closed: the last cluster was created on AWS.",
                        "Verify that AWS account on the Credentials page to list its clusters."));
    try {
      return sandbox.inventory(query);
    } catch (CloudException e) {
      throw new ClusterLookupException(e.getMessage(), "Try again in a moment.");
    }
  }
}
