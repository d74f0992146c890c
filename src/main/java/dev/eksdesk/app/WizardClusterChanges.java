package dev.eksdesk.app;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import dev.eksdesk.ui.provisioning.ProvisioningException;
import dev.eksdesk.ui.provisioning.ProvisioningService;
import dev.eksdesk.ui.provisioning.ProvisioningViewModel;
import dev.eksdesk.ui.wizard.ClusterChanges;
import java.util.function.Consumer;

/**
 * The wizard's Edit on the account in use: the diff from the provisioning service, the apply as a
 * run on the provisioning screen (so its steps, the topology and the cluster's screens follow it).
 */
final class WizardClusterChanges implements ClusterChanges {
  private final ProvisioningService service;
  private final ProvisioningViewModel runs;

  WizardClusterChanges(ProvisioningService service, ProvisioningViewModel runs) {
    this.service = service;
    this.runs = runs;
  }

  @Override
  public PlanDiff diff(ClusterSpec spec, boolean allowReplace) throws PlanRefusedException {
    try {
      return service.diff(spec, allowReplace);
    } catch (ProvisioningException e) {
      throw new IllegalStateException(e.getMessage() + " " + e.nextAction(), e);
    }
  }

  @Override
  public void apply(
      ClusterSpec spec, PlanDiff shown, boolean allowReplace, Consumer<PlanDiff> planChanged) {
    runs.change(spec, shown, allowReplace, planChanged);
  }
}
