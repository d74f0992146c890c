package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import java.util.function.Consumer;

/** Changing a running cluster, as the wizard's Edit asks it of the account in use. */
public interface ClusterChanges {
  /**
   * What applying the edited spec would change; reads the account (call it off the FX thread).
   *
   * @param allowReplace whether replacing a VPC, a subnet or the cluster may be planned
   * @throws PlanRefusedException naming the spec key and what to do
   * @throws IllegalStateException saying what is wrong and what to do when the account or the
   *     journal cannot be read
   */
  PlanDiff diff(ClusterSpec spec, boolean allowReplace) throws PlanRefusedException;

  /**
   * Starts applying exactly the diff that was shown; returns at once. When the cluster changed
   * since, nothing runs and {@code planChanged} gets the new diff on the FX thread.
   */
  void apply(
      ClusterSpec spec, PlanDiff shown, boolean allowReplace, Consumer<PlanDiff> planChanged);
}
