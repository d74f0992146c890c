package dev.eksdesk.ui.clusters;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the Clusters screen: a cluster, or an account that could not be read (then {@code
 * problem} says why and the cluster's fields are empty).
 *
 * @param account the AWS account id, or {@code sandbox}
 * @param status creating, active, updating, failed or deleting
 * @param builtByEksdesk whether it carries Eksdesk's tags or Eksdesk keeps a journal of it
 * @param monthlyUsd the estimate for its saved spec; null where Eksdesk keeps no spec of it
 * @param lastRun the last run's outcome ("done", "stopped before it was done"); empty when none
 * @param lastRunAt when the last run last wrote its journal; null when none
 * @param state where its journal lives ("state: local", "state: s3://…, locked by …"); empty where
 *     Eksdesk keeps none
 * @param lock whether another Eksdesk holds the shared lock of that journal
 * @param notManaged why Edit and Destroy are not offered; empty when they are
 * @param problem why the account could not be read; empty for a cluster
 */
public record ClusterRow(
    ClusterSource source,
    String name,
    String account,
    String region,
    String version,
    String status,
    boolean builtByEksdesk,
    int nodes,
    Double monthlyUsd,
    String lastRun,
    Instant lastRunAt,
    String state,
    StateLock lock,
    String notManaged,
    String problem) {

  /** An account that refused or could not be reached, on a row of its own. */
  public static ClusterRow unreadable(ClusterSource source, String problem) {
    return new ClusterRow(
        source,
        "",
        "",
        source.region(),
        "",
        "",
        false,
        0,
        null,
        "",
        null,
        "",
        StateLock.NONE,
        "",
        problem);
  }

  public boolean isProblem() {
    return !problem.isEmpty();
  }

  /** Why Edit and Destroy are disabled for this row, when they are. */
  public Optional<String> whyNotManaged() {
    if (isProblem()) {
      return Optional.of(problem);
    }
    return notManaged.isEmpty() ? Optional.empty() : Optional.of(notManaged);
  }

  /** Whether another Eksdesk holds the shared lock of its state in S3 (Unlock is offered). */
  public boolean lockHeld() {
    return lock != StateLock.NONE;
  }

  /** Whether that lock's holder stopped sending heartbeats (SharedState's lease ran out). */
  public boolean lockStale() {
    return lock == StateLock.STALE;
  }

  public ChosenCluster chosen() {
    return new ChosenCluster(source, name, account, region);
  }
}
