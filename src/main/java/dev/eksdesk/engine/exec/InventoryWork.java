package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceTags;
import java.util.List;
import java.util.function.Consumer;

/** A destroy's pseudo-steps that list the cluster's tagged resources and act on the list. */
final class InventoryWork implements StepWork {
  private final RunContext run;
  private final Consumer<List<CloudResource>> action;
  private final Retrying retrying;

  private InventoryWork(RunContext run, Consumer<List<CloudResource>> action) {
    this.run = run;
    this.action = action;
    this.retrying = new Retrying(run, Operation.DESTROY);
  }

  /** "discover": puts every resource tagged with a step of this cluster into the journal. */
  static InventoryWork discover(RunContext run, java.util.function.Predicate<String> isStep) {
    return new InventoryWork(
        run,
        found ->
            found.stream()
                .filter(r -> run.cluster().equals(r.tag(ResourceTags.CLUSTER)))
                .filter(r -> isStep.test(r.tag(ResourceTags.STEP)))
                .filter(r -> !r.state().gone())
                .filter(r -> !run.journal().isReplaced(r.id())) // deleted as <step>@replaced
                .forEach(
                    r -> {
                      String step = r.tag(ResourceTags.STEP);
                      boolean known =
                          run.journal()
                              .step(step)
                              .filter(s -> s.resourceId().equals(r.id()))
                              .filter(
                                  s ->
                                      s.status()
                                          == dev.eksdesk.engine.journal.StepRecord.StepStatus
                                              .CREATED)
                              .isPresent();
                      if (!known) {
                        run.journal().recordPresent(step, r, 0);
                      }
                    }));
  }

  /** "verify": what is left after a destroy. */
  static InventoryWork verify(RunContext run, Consumer<List<CloudResource>> leftovers) {
    return new InventoryWork(run, leftovers);
  }

  @Override
  public Progress next() {
    try {
      action.accept(run.cloud().inventory(ResourceTags.ownedBy(run.cluster())));
      return new Progress.Done("", false);
    } catch (CloudException e) {
      return retrying.onFailure(e);
    }
  }
}
