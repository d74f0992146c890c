package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.ResourceTags;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.StepRecord;
import dev.eksdesk.engine.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An id is trusted only with its tags: before a step adopts or deletes what an id points at, the
 * resource must carry {@code eksdesk:cluster} = this cluster and {@code eksdesk:step} = this step.
 * Sub-resources carry no tags; theirs must name a parent the step was built on (a composite id
 * {@code parent|key}, or the parent among its attributes), the parent having passed this check.
 */
final class Ownership {
  private Ownership() {}

  /**
   * Empty when {@code resource} is the step's; otherwise the failure that reports it, untouched.
   *
   * @param parents ids of the resources the step's request refers to (its parents)
   */
  static Optional<Progress.Failed> refusal(
      String cluster,
      String stepId,
      CloudResource resource,
      List<String> parents,
      Operation operation) {
    if (belongs(cluster, stepId, resource, parents)) {
      return Optional.empty();
    }
    String again = operation == Operation.APPLY ? "apply" : "destroy";
    return Optional.of(
        new Progress.Failed(
            FailureKind.INVALID,
            resource.kind().displayName()
                + " "
                + resource.id()
                + " is not "
                + cluster
                + "'s "
                + stepId
                + " ("
                + owner(resource)
                + "); Eksdesk left it untouched",
            "Run "
                + again
                + " again with --rebuild: the journal is set aside and "
                + cluster
                + "'s resources are found again by their tags."));
  }

  /**
   * Before a delete: the resource the id points at, and for a sub-resource each parent it names (as
   * the journal knows them), must be the cluster's. Gone counts as nobody's concern: the delete
   * then finds nothing to do.
   */
  static Optional<Progress.Failed> beforeDelete(RunContext run, Step step, String id) {
    Optional<CloudResource> described = run.cloud().describe(step.kind(), id);
    if (step.kind().taggable()) {
      return described.flatMap(
          r -> refusal(run.cluster(), step.id(), r, List.of(), Operation.DESTROY));
    }
    List<String> parents = new ArrayList<>();
    for (String parentStep : step.dependsOn()) {
      Optional<StepRecord> parent =
          run.journal().step(parentStep).filter(r -> r.status() == StepRecord.StepStatus.CREATED);
      if (parent.isEmpty() || !parent.get().kind().taggable()) {
        continue;
      }
      parents.add(parent.get().resourceId());
      Optional<Progress.Failed> foreignParent =
          run.cloud()
              .describe(parent.get().kind(), parent.get().resourceId())
              .flatMap(r -> refusal(run.cluster(), parentStep, r, List.of(), Operation.DESTROY));
      if (foreignParent.isPresent()) {
        return foreignParent;
      }
    }
    return described.flatMap(r -> refusal(run.cluster(), step.id(), r, parents, Operation.DESTROY));
  }

  private static boolean belongs(
      String cluster, String stepId, CloudResource resource, List<String> parents) {
    if (resource.kind().taggable()) {
      // A replaced resource waits for deletion under <step>@replaced but keeps its step's tag.
      String taggedStep = stepId.replace(ClusterJournal.REPLACED_SUFFIX, "");
      return cluster.equals(resource.tag(ResourceTags.CLUSTER))
          && taggedStep.equals(resource.tag(ResourceTags.STEP));
    }
    return parents.isEmpty()
        || parents.stream()
            .anyMatch(
                parent ->
                    resource.id().startsWith(parent + "|")
                        || resource.id().startsWith(parent + "/")
                        || resource.attributes().containsValue(parent));
  }

  private static String owner(CloudResource resource) {
    if (!resource.kind().taggable()) {
      return "it belongs to none of the resources this step is built on";
    }
    String cluster = resource.tag(ResourceTags.CLUSTER);
    return cluster.isEmpty()
        ? "it carries no " + ResourceTags.CLUSTER + " tag"
        : "it carries "
            + ResourceTags.CLUSTER
            + "="
            + cluster
            + ", "
            + ResourceTags.STEP
            + "="
            + resource.tag(ResourceTags.STEP);
  }
}
