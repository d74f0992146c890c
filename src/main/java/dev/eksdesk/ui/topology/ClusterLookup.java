package dev.eksdesk.ui.topology;

import dev.eksdesk.topology.Topology;
import java.util.List;

/**
 * One account and region to find clusters in. {@link #clusters} and {@link #draw} call the cloud,
 * so the view model calls them off the FX thread.
 */
public interface ClusterLookup {

  /** The account and region in words, e.g. "AWS account 123456789012, eu-west-1". */
  String where();

  /** The clusters there, in the account's order. */
  List<FoundCluster> clusters() throws ClusterLookupException;

  /** One of them as the account holds it now: network, node groups, instances. */
  Topology draw(String cluster) throws ClusterLookupException;
}
