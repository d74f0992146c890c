package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.CloudAccount;
import dev.eksdesk.cloud.Scheduler;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.plan.Step;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

/** What every step of one run shares. */
record RunContext(
    String cluster,
    CloudAccount cloud,
    ClusterJournal journal,
    Scheduler scheduler,
    EngineSettings settings,
    CallerIdentity caller,
    Map<String, String> userTags,
    Random random) {

  Instant now() {
    return scheduler.instant();
  }

  Map<String, String> tagsFor(Step step) {
    return step.allTags(cluster, userTags);
  }
}
