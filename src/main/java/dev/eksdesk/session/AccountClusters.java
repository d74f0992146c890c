package dev.eksdesk.session;

import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.TagQuery;
import dev.eksdesk.cluster.ClusterKey;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SpecFileException;
import dev.eksdesk.engine.journal.JournalStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;

/** Every EKS cluster of one opened account, with whether Eksdesk built it. */
public final class AccountClusters {
  /** The Sandbox tags its node instances with the cluster's name under this key alone. */
  private static final String NODE_CLUSTER_TAG = "eks:cluster-name";

  private final ClusterOperations operations;

  public AccountClusters(Path home, InstanceCatalog catalog, AccountSession session) {
    this.operations = new ClusterOperations(home, catalog, session);
  }

  /**
   * @param clusters the EKS clusters the account lists
   * @param account the account's id, or {@code sandbox}
   * @param region the region asked; empty for the Sandbox, which takes each cluster's from its spec
   * @param nodes how many node group instances a cluster has
   */
  public List<ListedCluster> list(
      List<CloudResource> clusters, String account, String region, ToIntFunction<String> nodes) {
    JournalStore journals = operations.journals();
    return clusters.stream()
        .filter(c -> c.kind() == ResourceKind.EKS_CLUSTER && !c.state().gone())
        .map(
            c ->
                ListedCluster.of(
                    c,
                    account,
                    region.isEmpty() ? specRegion(c.id()) : region,
                    journals.exists(c.id()),
                    nodes.applyAsInt(c.id())))
        .toList();
  }

  /** The Sandbox's clusters, read from its inventory. */
  public static List<ListedCluster> inSandbox(
      Path home, InstanceCatalog catalog, SandboxAccountSession sandbox) {
    List<CloudResource> everything = sandbox.account().inventory(TagQuery.all());
    return new AccountClusters(home, catalog, sandbox)
        .list(
            everything,
            ClusterKey.SANDBOX_ACCOUNT,
            "",
            name ->
                (int)
                    everything.stream()
                        .filter(r -> r.kind() == ResourceKind.INSTANCE && !r.state().gone())
                        .filter(r -> name.equals(r.tag(NODE_CLUSTER_TAG)))
                        .filter(r -> !r.tag(ListedCluster.NODE_GROUP_TAG).isEmpty())
                        .count());
  }

  private String specRegion(String cluster) {
    try {
      return operations.savedSpec(cluster).map(ClusterSpec::region).orElse("");
    } catch (SpecFileException | IOException e) {
      return "";
    }
  }
}
