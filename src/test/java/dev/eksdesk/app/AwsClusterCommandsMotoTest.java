package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.kube.ClusterOpener;
import dev.eksdesk.cli.kube.KubeCommandContext;
import dev.eksdesk.cli.kube.KubeCommands;
import dev.eksdesk.cloud.aws.MotoEksCluster;
import dev.eksdesk.cloud.aws.MotoProfileHome;
import dev.eksdesk.cloud.aws.MotoServer;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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

    Run run = cli("nodes", CLUSTER);

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("Cannot reach " + CLUSTER);
  }

  @Test
  void aClusterEksdeskDidNotBuildIsRefusedWithWhereToLookInstead() throws Exception {
    MotoEksCluster.create(MOTO).close();

    Run run = cli("pods", CLUSTER);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "Eksdesk did not build a cluster "
                + CLUSTER
                + " in AWS account "
                + MotoServer.ACCOUNT_ID)
        .contains("Topology");
  }

  private record Run(int code, String out, String err) {}

  private Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine root = new CommandLine(new Root());
    InstanceCatalog catalog = InstanceCatalog.bundled();
    KubeCommands.register(
        root,
        new KubeCommandContext(ClusterOpener.NONE, new AwsClusterOpening(eksdeskHome, catalog)));
    root.setOut(new PrintWriter(out, true));
    root.setErr(new PrintWriter(err, true));
    root.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("eksdesk: " + e.getMessage());
          return 1;
        });
    int code = root.execute(MotoProfileHome.onMoto(MOTO, args));
    return new Run(code, out.toString(), err.toString());
  }

  @CommandLine.Command(name = "eksdesk")
  static final class Root {}
}
