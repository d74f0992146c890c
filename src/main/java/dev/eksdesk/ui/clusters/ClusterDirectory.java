package dev.eksdesk.ui.clusters;

import java.util.List;
import java.util.Optional;

/**
 * The clusters of each place the user looks in, and what the Clusters screen remembers across
 * restarts. Every method may call AWS or the disk: call them off the FX thread.
 */
public interface ClusterDirectory {
  /**
   * The EKS clusters of one account and region, built by Eksdesk or not.
   *
   * @throws ClusterListException saying why the account could not be read
   */
  List<ClusterRow> list(ClusterSource source) throws ClusterListException;

  /**
   * Clears the shared lock of a cluster whose state is in S3, whoever holds it, as {@code eksdesk
   * state unlock NAME --force} does.
   *
   * @return what was cleared, for the user ("unlocked shop (it was locked by …)")
   * @throws ClusterListException saying why it could not be cleared
   */
  String unlock(ClusterRow cluster) throws ClusterListException;

  /** What was remembered, or nothing on a first start. */
  Remembered load();

  /** Keeps it for the next start. */
  void save(Remembered remembered);

  /**
   * The places the user added (the Sandbox is always looked in) and the cluster last chosen.
   *
   * @param chosen null before any cluster was chosen
   */
  record Remembered(List<ClusterSource> sources, ChosenCluster chosen) {
    public Remembered {
      sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Optional<ChosenCluster> chosenCluster() {
      return Optional.ofNullable(chosen);
    }
  }
}
