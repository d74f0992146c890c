package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.ResourceTags;
import dev.eksdesk.engine.plan.Plan;
import java.util.List;

/**
 * Deletes what belongs to the cluster by its tags but to no step of the plan: ENIs the VPC CNI left
 * behind, security groups of load balancers, resources of an older plan. Tags are the proof of
 * ownership; nothing untagged is touched.
 */
final class StraySweeper {
  private final RunContext run;
  private final Plan plan;

  StraySweeper(RunContext run, Plan plan) {
    this.run = run;
    this.plan = plan;
  }

  /** One pass; what is still in use is left for the next pass. Returns how many were deleted. */
  int sweep() {
    int deleted = 0;
    for (CloudResource stray : strays()) {
      try {
        run.cloud().delete(stray.kind(), stray.id());
        deleted++;
      } catch (CloudException e) {
        if (e.kind() != FailureKind.NOT_FOUND
            && e.kind() != FailureKind.DEPENDENCY_VIOLATION
            && e.kind() != FailureKind.THROTTLED) {
          throw e;
        }
      }
    }
    return deleted;
  }

  /** A sweep between retries: if the account refuses (throttling), the next retry sweeps again. */
  void sweepQuietly() {
    try {
      sweep();
    } catch (CloudException e) {
      // best effort: the blocked delete is retried, and sweeps again, until its deadline
    }
  }

  /** The sweep as a destroy step of its own, retried like any other. */
  StepWork asStep(RunContext run) {
    Retrying retrying = new Retrying(run, Operation.DESTROY);
    return () -> {
      try {
        return new Progress.Done("", sweep() > 0);
      } catch (CloudException e) {
        return retrying.onFailure(e);
      }
    };
  }

  List<CloudResource> strays() {
    return run.cloud().inventory(ResourceTags.ownedBy(run.cluster())).stream()
        .filter(r -> plan.find(r.tag(ResourceTags.STEP)).isEmpty() || !ownTag(r))
        .toList();
  }

  private boolean ownTag(CloudResource resource) {
    return run.cluster().equals(resource.tag(ResourceTags.CLUSTER));
  }
}
