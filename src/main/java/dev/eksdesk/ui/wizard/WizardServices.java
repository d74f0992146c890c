package dev.eksdesk.ui.wizard;

import dev.eksdesk.account.AccountVerifier;
import dev.eksdesk.account.CredentialsStore;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.plan.Plan;

/**
 * What the wizard needs from the rest of the app, handed in by the composition root.
 *
 * @param planPreview the engine's plan of a spec, for the review page
 * @param launcher starts provisioning once the user presses Create
 * @param changes plans and applies the changes to a running cluster the user edits
 */
public record WizardServices(
    InstanceCatalog catalog,
    CostEstimator costs,
    AccountVerifier verifier,
    CredentialsStore credentialsStore,
    PlanPreview planPreview,
    Launcher launcher,
    ClusterChanges changes) {

  /** The engine's plan of a spec. */
  @FunctionalInterface
  public interface PlanPreview {
    Plan plan(ClusterSpec spec);
  }

  /** Starts building the cluster; returns at once, the work goes on in the background. */
  @FunctionalInterface
  public interface Launcher {
    void create(ClusterSpec spec, AccountSelection account);
  }
}
