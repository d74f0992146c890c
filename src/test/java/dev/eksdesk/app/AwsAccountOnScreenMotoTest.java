package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.MetricQuery;
import dev.eksdesk.cloud.MetricSeries;
import dev.eksdesk.cloud.MetricsInventory;
import dev.eksdesk.cloud.MetricsSource;
import dev.eksdesk.cloud.MetricsWindow;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.cloud.aws.ApiCallCounter;
import dev.eksdesk.cloud.aws.AwsConfigLocations;
import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.cloud.aws.MotoEksCluster;
import dev.eksdesk.cloud.aws.MotoServer;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.session.ClusterOperations;
import dev.eksdesk.ui.wizard.AccountMode;
import dev.eksdesk.ui.wizard.AccountSelection;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once the user's AWS account is the one in use, the screens that watch clusters read it: its
 * clusters become runtimes reached through EKS, the dashboards read its CloudWatch. Against moto.
 */
class AwsAccountOnScreenMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();

  private static final String CLUSTER = MotoEksCluster.NAME;

  @TempDir Path home;
  private SessionProvisioning provisioning;
  private final ClusterRuntimes runtimes = new ClusterRuntimes();
  private AwsClusterLifecycle clusters;
  private final ClusterSpec spec =
      DefaultSpecs.firstCluster().withName(CLUSTER).withRegion("eu-west-1");

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
    provisioning =
        new SessionProvisioning(
            home, CATALOG, new AwsProfiles(AwsConfigLocations.resolve(Map.of(), home)));
    clusters = new AwsClusterLifecycle(home, provisioning::awsSession, CATALOG, runtimes);
  }

  @AfterEach
  void tearDown() {
    provisioning.close();
  }

  @Test
  void aClusterThatIsActiveBecomesARuntimeReachedThroughEks() throws Exception {
    String endpoint;
    try (MotoEksCluster cluster = MotoEksCluster.create(MOTO)) {
      endpoint = cluster.describe().endpoint();
    }
    provisioning.use(keysFor(MOTO));

    clusters.ready(spec);

    ClusterRuntime runtime = runtimes.current().orElseThrow();
    assertThat(runtime.name()).isEqualTo(CLUSTER);
    assertThat(runtime.endpoint().apiServerUrl()).isEqualTo(endpoint);
    assertThat(runtime.endpoint().bearerTokens().current()).startsWith("k8s-aws-v1.");
    assertThat(runtime.recycleOptions().replacementTimeout())
        .isGreaterThanOrEqualTo(java.time.Duration.ofMinutes(5));

    // a busy cluster asks for its addresses many times a second; EC2 is asked once in 15 s
    assertThat(runtime.availableAddressesBySubnet()).containsKey("10.0.0.0/20");
    runtime.availableAddressesBySubnet();
    assertThat(provisioning.awsSession().orElseThrow().clients().counter().snapshot())
        .containsEntry(new ApiCallCounter.Operation("Ec2", "DescribeSubnets"), 1L);

    clusters.gone(spec);
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
    MotoEksCluster.create(MOTO).close();
    AtomicInteger changes = new AtomicInteger();
    provisioning.addAccountListener(changes::incrementAndGet);
    MetricsSource sandbox = new NothingInTheSandbox();
    AccountMetrics metrics = new AccountMetrics(provisioning, sandbox);

    assertThat(metrics.inventory(CLUSTER).controlPlane()).isEmpty();

    provisioning.use(keysFor(MOTO));
    assertThat(metrics.inventory(CLUSTER).controlPlane())
        .hasValueSatisfying(plane -> assertThat(plane.name()).isEqualTo(CLUSTER));

    provisioning.use(AccountSelection.sandbox("eu-central-1"));
    assertThat(metrics.inventory(CLUSTER).controlPlane()).isEmpty();
    assertThat(changes).hasValue(2);
  }

  @Test
  void anUnfinishedRunIsOfferedForTheAccountInUseOnly() throws Exception {
    provisioning.use(keysFor(MOTO));
    leaveUnfinished(provisioning.awsSession().orElseThrow(), spec);

    assertThat(provisioning.unfinished()).extracting(ClusterSpec::name).containsExactly(CLUSTER);

    provisioning.use(AccountSelection.sandbox("eu-west-1"));
    assertThat(provisioning.unfinished()).isEmpty();
  }

  /** A journal with the VPC made and nothing else, as a run stopped by a closed laptop leaves. */
  private void leaveUnfinished(AccountSession account, ClusterSpec cluster) throws Exception {
    ClusterOperations operations = new ClusterOperations(home, CATALOG, account);
    try (ClusterJournal journal = operations.journals().open(cluster.name())) {
      journal.recordPresent(
          "vpc",
          new CloudResource(
              ResourceKind.VPC, "vpc-0abc", ResourceState.READY, "", Map.of(), Map.of()),
          1);
    }
    SpecYaml.save(
        cluster, operations.journals().clusterDirectory(cluster.name()).resolve("spec.yaml"));
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
