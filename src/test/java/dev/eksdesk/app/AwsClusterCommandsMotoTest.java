package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.CliRun;
import dev.eksdesk.cli.kube.ClusterOpener;
import dev.eksdesk.cli.kube.KubeCommandContext;
import dev.eksdesk.cloud.aws.MotoEksCluster;
import dev.eksdesk.cloud.aws.MotoProfileHome;
import dev.eksdesk.cloud.aws.MotoServer;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eksdesk nodes NAME} without --sandbox opens the EKS cluster in the AWS account the flags
 * name. moto's clusters have no API server behind their endpoint, so a cluster Eksdesk built gets
 * as far as "cannot reach" with the reason; one it did not build is refused up front.
 */
class AwsClusterCommandsMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();
  @RegisterExtension final MotoProfileHome profileHome = new MotoProfileHome();

  private static final String CLUSTER = MotoEksCluster.NAME;

  @TempDir Path eksdeskHome;

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
  }

  @Test
  void aClusterEksdeskBuiltIsOpenedThroughEksAndItsUnreachableApiServerIsNamed() throws Exception {
    MotoEksCluster.create(MOTO).close();
    SpecYaml.save(
        DefaultSpecs.firstCluster().withName(CLUSTER).withRegion("eu-west-1"),
        eksdeskHome
            .resolve("aws")
            .resolve(MotoServer.ACCOUNT_ID)
            .resolve("eu-west-1")
            .resolve("clusters")
            .resolve(CLUSTER)
            .resolve("spec.yaml"));

    CliRun run = cli("nodes", CLUSTER);

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("Cannot reach " + CLUSTER);
  }

  @Test
  void aClusterEksdeskDidNotBuildIsRefusedWithWhereToLookInstead() throws Exception {
    MotoEksCluster.create(MOTO).close();

    CliRun run = cli("pods", CLUSTER);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "Eksdesk did not build a cluster "
                + CLUSTER
                + " in AWS account "
                + MotoServer.ACCOUNT_ID)
        .contains("Topology")
        .as("the reason alone, not buried under the usage")
        .doesNotContain("Usage:");
  }

  private CliRun cli(String... args) {
    KubeCommandContext clusters =
        new KubeCommandContext(
            ClusterOpener.NONE, new AwsClusterOpening(eksdeskHome, InstanceCatalog.bundled()));
    return CliRun.in(eksdeskHome, clusters, MotoProfileHome.onMoto(MOTO, args));
  }
}
