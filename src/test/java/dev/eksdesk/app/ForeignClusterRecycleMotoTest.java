package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.aws.ApiCallCounter;
import dev.eksdesk.cloud.aws.AwsClients;
import dev.eksdesk.cloud.aws.AwsConfigLocations;
import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.cloud.aws.MotoForeignCluster;
import dev.eksdesk.cloud.aws.MotoNodeGroup;
import dev.eksdesk.cloud.aws.MotoServer;
import dev.eksdesk.cluster.ClusterKey;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.ui.wizard.AccountMode;
import dev.eksdesk.ui.wizard.AccountSelection;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/**
 * A node of a cluster Eksdesk did not build (made here by plain SDK calls, as eksctl or Terraform
 * would) is recycled as one of Eksdesk's own: its node group's Auto Scaling group terminates it
 * and, keeping its size, launches the replacement. Against moto.
 */
class ForeignClusterRecycleMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();

  @TempDir Path home;
  private SessionProvisioning provisioning;
  private AwsClients setup;
  private final ClusterRuntimes runtimes = new ClusterRuntimes();

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
    setup = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter());
    provisioning =
        new SessionProvisioning(
            home, CATALOG, new AwsProfiles(AwsConfigLocations.resolve(Map.of(), home)));
  }

  @AfterEach
  void tearDown() {
    provisioning.close();
    setup.close();
  }

  @Test
  void aNodeIsReplacedThroughItsNodeGroupsAutoScalingGroup() throws Exception {
    MotoForeignCluster shop = MotoForeignCluster.build(setup, "shop");
    String group = MotoNodeGroup.run(setup, "shop", shop.privateSubnet(), 2);
    List<String> before = MotoNodeGroup.instances(setup, group);
    provisioning.use(
        new AccountSelection(
            AccountMode.KEYS, "", "testing", "testing", "eu-west-1", MOTO.endpoint().toString()));
    new AwsClusterLifecycle(home, provisioning::awsSession, CATALOG, runtimes)
        .startForeign("shop", "eu-west-1");
    String account = provisioning.awsSession().orElseThrow().identity().account();
    ClusterRuntime shopRuntime =
        runtimes.find(new ClusterKey(account, "eu-west-1", "shop")).orElseThrow();

    shopRuntime.nodeReplacer().terminateAndReplace(before.get(0));

    assertThat(state(before.get(0)))
        .isIn(InstanceStateName.SHUTTING_DOWN, InstanceStateName.TERMINATED);
    assertThat(MotoNodeGroup.describe(setup, group).desiredCapacity()).isEqualTo(2);
    assertThat(MotoNodeGroup.instances(setup, group))
        .hasSize(2)
        .contains(before.get(1))
        .doesNotContain(before.get(0));
  }

  private InstanceStateName state(String instanceId) {
    return setup
        .ec2()
        .describeInstances(r -> r.instanceIds(instanceId))
        .reservations()
        .get(0)
        .instances()
        .get(0)
        .state()
        .name();
  }
}
