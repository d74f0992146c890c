package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.aws.AwsConfigLocations;
import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.ui.fx.UiExecutors;
import dev.eksdesk.ui.wizard.AccountMode;
import dev.eksdesk.ui.wizard.WizardFixtures;
import dev.eksdesk.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Open cluster looks where the status bar says the app works: the Sandbox until AWS is verified.
 */
class WizardClusterFinderTest {
  private final WizardViewModel wizard =
      new WizardViewModel(
          new WizardFixtures().services(), UiExecutors.direct(), DefaultSpecs.firstCluster());

  @Test
  void looksInTheSandboxUntilAnAwsAccountIsVerified(@TempDir Path home) {
    WizardClusterFinder finder =
        new WizardClusterFinder(
            wizard, Optional::empty, new AwsProfiles(AwsConfigLocations.resolve(Map.of(), home)));
    assertThat(finder.lookup().where()).isEqualTo("the Sandbox, eu-central-1");

    wizard.credentials().modeProperty().set(AccountMode.PROFILE);
    wizard.credentials().profileProperty().set("dev-sso");
    assertThat(finder.lookup()).isInstanceOf(SandboxClusterLookup.class);

    wizard.credentials().verify("eu-central-1");
    assertThat(finder.lookup()).isInstanceOf(AwsClusterLookup.class);
    assertThat(finder.lookup().where()).isEqualTo("AWS account 123456789012, eu-central-1");
  }
}
