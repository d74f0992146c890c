package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.kube.ClusterOpener;
import dev.eksdesk.cli.kube.KubeCommandContext;
import dev.eksdesk.cli.kube.KubeCommands;
import dev.eksdesk.cloud.aws.ApiCallCounter;
import dev.eksdesk.cloud.aws.AwsClients;
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
import software.amazon.awssdk.regions.Region;

/**
 * {@code eksdesk nodes NAME} without --sandbox opens the EKS cluster in the AWS account the flags
 * name. moto's clusters have no API server behind their endpoint, so a cluster Eksdesk built gets
 * as far as "cannot reach" with the reason; one it did not build is refused up front.
 */
class AwsClusterCommandsMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();
  @RegisterExtension final MotoProfileHome profileHome = new MotoProfileHome();

  @TempDir Path eksdeskHome;

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
  }

  @Test
  void aClusterEksdeskBuiltIsOpenedThroughEksAndItsUnreachableApiServerIsNamed() throws Exception {
    createEksCluster("shop");
    SpecYaml.save(
        DefaultSpecs.firstCluster().withName("shop").withRegion("eu-west-1"),
        eksdeskHome
            .resolve("aws")
            .resolve(MotoServer.ACCOUNT_ID)
            .resolve("clusters")
            .resolve("shop")
            .resolve("spec.yaml"));

    Run run = cli("nodes", "shop");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("Cannot reach shop");
  }

  @Test
  void aClusterEksdeskDidNotBuildIsRefusedWithWhereToLookInstead() {
    createEksCluster("shop");

    Run run = cli("pods", "shop");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("Eksdesk did not build a cluster shop in AWS account " + MotoServer.ACCOUNT_ID)
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
    String[] withAccount = new String[args.length + 6];
    System.arraycopy(
        new String[] {
          "--profile",
          MotoProfileHome.PROFILE,
          "--region",
          "eu-west-1",
          "--endpoint-url",
          MOTO.endpoint().toString()
        },
        0,
        withAccount,
        args.length,
        6);
    System.arraycopy(args, 0, withAccount, 0, args.length);
    int code = root.execute(withAccount);
    return new Run(code, out.toString(), err.toString());
  }

  private static void createEksCluster(String name) {
    try (AwsClients aws = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter())) {
      String vpc = aws.ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
      String subnet =
          aws.ec2().createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.0.0/20")).subnet().subnetId();
      String role =
          aws.iam()
              .createRole(r -> r.roleName(name + "-role").assumeRolePolicyDocument("{}"))
              .role()
              .arn();
      aws.eks()
          .createCluster(
              r -> r.name(name).roleArn(role).resourcesVpcConfig(v -> v.subnetIds(subnet)));
    }
  }

  @CommandLine.Command(name = "eksdesk")
  static final class Root {}
}
