package dev.eksdesk.app;

import dev.eksdesk.account.AccountVerifier;
import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.cloud.sandbox.SandboxAccount;
import dev.eksdesk.ui.topology.ClusterFinder;
import dev.eksdesk.ui.topology.ClusterLookup;
import dev.eksdesk.ui.wizard.AccountMode;
import dev.eksdesk.ui.wizard.AccountSelection;
import dev.eksdesk.ui.wizard.WizardViewModel;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Looks where the wizard points, as the status bar says: the AWS account the Credentials page
 * verified, otherwise the Sandbox.
 */
final class WizardClusterFinder implements ClusterFinder {
  private final WizardViewModel wizard;
  private final Supplier<Optional<SandboxAccount>> sandbox;
  private final AwsProfiles profiles;

  WizardClusterFinder(
      WizardViewModel wizard, Supplier<Optional<SandboxAccount>> sandbox, AwsProfiles profiles) {
    this.wizard = wizard;
    this.sandbox = sandbox;
    this.profiles = profiles;
  }

  @Override
  public ClusterLookup lookup() {
    AccountSelection selection = wizard.accountSelection();
    AccountVerifier.Verification identity = wizard.credentials().identityProperty().get();
    return identity == null || selection.mode() == AccountMode.SANDBOX
        ? new SandboxClusterLookup(sandbox, selection.region())
        : new AwsClusterLookup(selection, identity.account(), profiles);
  }
}
