package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.engine.EngineCommandContext;
import dev.eksdesk.cli.engine.EngineCommands;
import dev.eksdesk.cli.kube.KubeCommandContext;
import dev.eksdesk.cli.kube.KubeCommands;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.SshKeyMode;
import dev.eksdesk.domain.spec.SshKeySpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** nodes, pods, cni swap and nodes recycle on a cluster the CLI built in the persistent sandbox. */
class SandboxClusterCommandsTest {
  @TempDir Path home;

  private record Run(int code, String out, String err) {}

  @Test
  void listSwapAndRecycleASandboxCluster() throws Exception {
    Run applied = cli("apply", spec().toString(), "--sandbox", "--speed", "1000");
    assertThat(applied.code()).as(applied.out() + applied.err()).isZero();

    Run nodes = cli("nodes", "demo", "--sandbox", "--output", "json");
    assertThat(nodes.code()).as(nodes.err()).isZero();
    assertThat(nodes.out())
        .contains("\"instanceType\" : \"t3.micro\"")
        .contains("\"maxPods\" : 4")
        .contains("\"cni\" : \"AWS VPC CNI\"");

    Run pods = cli("pods", "demo", "--sandbox", "--output", "json");
    assertThat(pods.code()).as(pods.err()).isZero();
    assertThat(pods.out())
        .contains("\"name\" : \"metrics-server-")
        .contains("\"phase\" : \"Running\"")
        .contains("\"ip\" : \"10.0.")
        .contains("\"node\" : \"ip-10-0-");

    Run swap = cli("cni", "swap", "demo", "--sandbox", "--to", "calico");
    assertThat(swap.out())
        .contains("Calico's pool 192.168.0.0/16 is outside the VPC 10.0.0.0/16")
        .contains("+ Remove the VPC CNI's aws-node DaemonSet")
        .contains("+ Install Calico");

    Run recycle = cli("nodes", "recycle", "demo", "--sandbox", "--drain-timeout", "1");
    assertThat(recycle.code()).as(recycle.out() + recycle.err()).isZero();
    assertThat(recycle.out()).contains("[2/2]").contains("Done: COMPLETED, 2 nodes replaced");
  }

  @Test
  void withoutSandboxTheAwsAccountIsOpenedAndUnknownNamesExitWithTwo() {
    Run aws = cli("nodes", "demo", "--region", "eu-west-1", "--profile", "nobody-has-this-profile");
    assertThat(aws.code()).isEqualTo(2);
    assertThat(aws.err()).contains("nobody-has-this-profile");
    assertThat(cli("pods", "nobody", "--sandbox").code()).isEqualTo(2);
  }

  private Path spec() throws Exception {
    ClusterSpec spec =
        DefaultSpecs.forName("demo")
            .withSshKey(
                new SshKeySpec(
                    SshKeyMode.GENERATE,
                    "demo-key",
                    home.resolve("demo-key.pem").toString(),
                    true));
    Path file = home.resolve("demo.yaml");
    SpecYaml.save(spec, file);
    return file;
  }

  private Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine root = new CommandLine(new Root());
    InstanceCatalog catalog = InstanceCatalog.bundled();
    EngineCommands.register(
        root, new EngineCommandContext(home, catalog, EngineCommandContext.SANDBOX_OPERATOR));
    KubeCommands.register(root, new KubeCommandContext(new SandboxClusterOpener(home, catalog)));
    root.setOut(new PrintWriter(out, true));
    root.setErr(new PrintWriter(err, true));
    root.setCaseInsensitiveEnumValuesAllowed(true);
    int code = root.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @CommandLine.Command(name = "eksdesk")
  static final class Root {}
}
