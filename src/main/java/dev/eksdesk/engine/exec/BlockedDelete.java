package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.Blocker;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.ResourceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A delete that AWS refuses because something still uses the resource: each refusal names what
 * blocks it, and when only things outside the cluster block it and they stay the same for {@link
 * EngineSettings#blockedDeadline()}, waiting stops (they will not go away by themselves). What is
 * the cluster's own (swept ENIs, EKS's interfaces) is waited for up to the dependency deadline.
 */
final class BlockedDelete {
  private final RunContext run;
  private final ResourceKind kind;
  private Set<String> lastSeen;
  private Instant sameSince;

  BlockedDelete(RunContext run, ResourceKind kind) {
    this.run = run;
    this.kind = kind;
  }

  Progress onRefused(CloudException refusal, String resourceId, Retrying retrying) {
    List<Blocker> blockers = blockers(resourceId);
    if (blockers.isEmpty()) {
      return retrying.onFailure(refusal);
    }
    String named = BlockerWords.list(blockers, run.cluster());
    boolean foreignOnly = blockers.stream().noneMatch(b -> BlockerWords.ownedBy(b, run.cluster()));
    Set<String> ids = blockers.stream().map(Blocker::id).collect(Collectors.toSet());
    if (!ids.equals(lastSeen)) {
      lastSeen = ids;
      sameSince = run.now();
    }
    Duration same = Duration.between(sameSince, run.now());
    if (foreignOnly && same.compareTo(run.settings().blockedDeadline()) >= 0) {
      return retrying.failed(
          FailureKind.DEPENDENCY_VIOLATION,
          kind.displayName()
              + " "
              + resourceId
              + " cannot be deleted: for "
              + Durations.words(same)
              + " it has been used by what Eksdesk did not make: "
              + named);
    }
    return retrying.onFailure(refusal, refusal.getMessage() + "; in use by " + named);
  }

  /** Best effort: when the account will not say, the refusal is retried as it is. */
  private List<Blocker> blockers(String resourceId) {
    try {
      return run.cloud().blockers(kind, resourceId);
    } catch (CloudException e) {
      return List.of();
    }
  }
}
