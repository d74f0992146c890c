package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.MetricQuery;
import dev.eksdesk.cloud.MetricSeries;
import dev.eksdesk.cloud.MetricsInventory;
import dev.eksdesk.cloud.MetricsSource;
import dev.eksdesk.cloud.MetricsWindow;
import dev.eksdesk.cloud.aws.ApiCallCounter;
import dev.eksdesk.cloud.aws.AwsClients;
import dev.eksdesk.cloud.aws.AwsConfigLocations;
import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.cloud.aws.MotoServer;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.ui.cluster.ClusterRuntime;
import dev.eksdesk.ui.cluster.ClusterRuntimes;
import dev.eksdesk.ui.wizard.AccountMode;
import dev.eksdesk.ui.wizard.AccountSelection;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;

/**
 * Once the user's AWS account is the one in use, the screens that watch clusters read it: its
 * clusters become runtimes reached through EKS, the dashboards read its CloudWatch. Against moto.
 */
class AwsAccountOnScreenMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();

  @TempDir Path home;
  private SessionProvisioning provisioning;
  private final ClusterRuntimes runtimes = new ClusterRuntimes();
  private AwsClusterLifecycle clusters;
  private final ClusterSpec spec =
      DefaultSpecs.firstCluster().withName("shop").withRegion("eu-west-1");

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
    provisioning =
        new SessionProvisioning(
            home, CATALOG, new AwsProfiles(AwsConfigLocations.resolve(java.util.Map.of(), home)));
    clusters = new AwsClusterLifecycle(home, provisioning::awsSession, CATALOG, runtimes);
  }

  @AfterEach
  void tearDown() {
    provisioning.close();
  }

  @Test
  void aClusterThatIsActiveBecomesARuntimeReachedThroughEks() throws Exception {
    String endpoint = createEksCluster("shop");
    provisioning.use(keysFor(MOTO));

    clusters.ready(spec);

    ClusterRuntime runtime = runtimes.current().orElseThrow();
    assertThat(runtime.name()).isEqualTo("shop");
    assertThat(runtime.endpoint().apiServerUrl()).isEqualTo(endpoint);
    assertThat(runtime.endpoint().bearerTokens().current()).startsWith("k8s-aws-v1.");
    assertThat(runtime.recycleOptions().replacementTimeout())
        .isGreaterThanOrEqualTo(java.time.Duration.ofMinutes(5));

    clusters.gone("shop");
    assertThat(runtimes.current()).isEmpty();
  }

  @Test
  void aClusterThatIsNotThereIsNotPublishedAndSaysSo() {
    provisioning.use(keysFor(MOTO));

    CloudException e = catchThrowableOfType(CloudException.class, () -> clusters.ready(spec));

    assertThat(e.kind()).isEqualTo(FailureKind.NOT_FOUND);
    assertThat(runtimes.all()).isEmpty();
  }

  @Test
  void onTheSandboxNothingIsPublishedForAws() {
    clusters.ready(spec);

    assertThat(runtimes.all()).isEmpty();
  }

  @Test
  void theDashboardsReadTheAccountInUseAndHearWhenItChanges() throws Exception {
    createEksCluster("shop");
    AtomicInteger changes = new AtomicInteger();
    provisioning.addAccountListener(changes::incrementAndGet);
    MetricsSource sandbox = new NothingInTheSandbox();
    AccountMetrics metrics = new AccountMetrics(provisioning, sandbox);

    assertThat(metrics.inventory("shop").controlPlane()).isEmpty();

    provisioning.use(keysFor(MOTO));
    assertThat(metrics.inventory("shop").controlPlane())
        .hasValueSatisfying(plane -> assertThat(plane.name()).isEqualTo("shop"));

    provisioning.use(AccountSelection.sandbox("eu-central-1"));
    assertThat(metrics.inventory("shop").controlPlane()).isEmpty();
    assertThat(changes).hasValue(2);
  }

  @Test
  void choosingTheSandboxAgainInAnotherRegionIsNotAnotherAccount() {
    AtomicInteger changes = new AtomicInteger();
    provisioning.addAccountListener(changes::incrementAndGet);

    provisioning.use(AccountSelection.sandbox("us-east-1"));

    assertThat(changes).hasValue(0);
  }

  private static AccountSelection keysFor(MotoServer moto) {
    return new AccountSelection(
        AccountMode.KEYS, "", "testing", "testing", "eu-west-1", moto.endpoint().toString());
  }

  /** A cluster made with plain SDK calls; returns its API server's address. */
  private static String createEksCluster(String name) {
    try (AwsClients aws = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter())) {
      String vpc = aws.ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
      String subnet =
          aws.ec2().createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.0.0/20")).subnet().subnetId();
      String role =
          aws.iam()
              .createRole(r -> r.roleName(name + "-role").assumeRolePolicyDocument("{}"))
              .role()
              .arn();
      return aws.eks()
          .createCluster(
              r -> r.name(name).roleArn(role).resourcesVpcConfig(v -> v.subnetIds(subnet)))
          .cluster()
          .endpoint();
    }
  }

  /** The sandbox's CloudWatch, as far as this test cares: it knows no cluster. */
  private static final class NothingInTheSandbox implements MetricsSource {
    @Override
    public MetricsInventory inventory(String clusterName) {
      return MetricsInventory.empty(clusterName, Instant.EPOCH);
    }

    @Override
    public List<MetricSeries> fetch(List<MetricQuery> queries, MetricsWindow window) {
      return List.of();
    }
  }
}
