package dev.eksdesk.ui.topology;

import dev.eksdesk.topology.InventoryTopology;
import dev.eksdesk.topology.Topology;
import java.util.List;

/** An account whose answers the test sets: the clusters, or a failure. */
final class FakeClusterLookup implements ClusterLookup {
  private final String where;
  private List<FoundCluster> clusters = List.of();
  private ClusterLookupException failure;

  FakeClusterLookup(String where) {
    this.where = where;
  }

  FakeClusterLookup holding(FoundCluster... found) {
    clusters = List.of(found);
    failure = null;
    return this;
  }

  FakeClusterLookup failing(ClusterLookupException e) {
    failure = e;
    return this;
  }

  @Override
  public String where() {
    return where;
  }

  @Override
  public List<FoundCluster> clusters() throws ClusterLookupException {
    if (failure != null) {
      throw failure;
    }
    return clusters;
  }

  /** Just the region box of the cluster, named after it. */
  @Override
  public Topology draw(String cluster) throws ClusterLookupException {
    if (failure != null) {
      throw failure;
    }
    if (clusters.stream().noneMatch(c -> c.name().equals(cluster))) {
      throw ClusterLookupException.gone(cluster, where);
    }
    return InventoryTopology.build(cluster, "eu-west-1", List.of());
  }
}
