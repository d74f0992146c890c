package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.UpgradeInsights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;

/**
 * moto does not implement EKS's ListInsights: the upgrade preflight is told "insights not available
 * here", with what the endpoint answered, instead of failing.
 */
class EksUpgradeInsightsMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @Test
  void anEndpointWithoutInsightsSaysTheyAreNotAvailableHere() {
    try (AwsClients clients =
        new AwsClients(MOTO.settings(Region.EU_CENTRAL_1), new ApiCallCounter())) {
      UpgradeInsights insights =
          new AwsCloudAccount(clients, new AccountChoice.Environment())
              .upgradeInsights("demo", "1.34");

      assertThat(insights.available()).isFalse();
      assertThat(insights.insights()).isEmpty();
      assertThat(insights.unavailable()).startsWith("insights not available here (ListInsights");
    }
  }
}
