package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.CloudResource;
import java.time.Duration;
import java.util.List;

/**
 * How a run ended.
 *
 * @param changed steps that created or deleted something in this run
 * @param unchanged steps whose work was already done (found by journal or tag)
 * @param leftovers after a destroy: everything still tagged for the cluster, as the account lists
 *     it
 * @param message one line for a person: "Cluster x is ready ...", "Nothing left that costs money."
 */
public record RunSummary(
    Operation operation,
    RunOutcome outcome,
    int changed,
    int unchanged,
    List<String> failed,
    List<String> skipped,
    Duration elapsed,
    List<CloudResource> leftovers,
    String message) {

  public RunSummary {
    failed = List.copyOf(failed);
    skipped = List.copyOf(skipped);
    leftovers = List.copyOf(leftovers);
  }
}
