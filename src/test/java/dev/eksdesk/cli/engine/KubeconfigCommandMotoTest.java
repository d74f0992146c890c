package dev.eksdesk.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.aws.MotoEksCluster;
import dev.eksdesk.cloud.aws.MotoProfileHome;
import dev.eksdesk.cloud.aws.MotoServer;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** {@code eksdesk kubeconfig} against moto, with a profile in a temporary home. */
class KubeconfigCommandMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @RegisterExtension final MotoProfileHome profileHome = new MotoProfileHome();
  private Path home;

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
    home = profileHome.path();
  }

  @Test
  void writesTheClustersEntryAsTheCurrentContextReadableByTheUserOnly() throws Exception {
    String arn;
    try (MotoEksCluster cluster = MotoEksCluster.create(MOTO)) {
      arn = cluster.describe().arn();
    }
    Path kubeconfig = home.resolve("kube/config");

    Run run = cli("kubeconfig", MotoEksCluster.NAME, "--kubeconfig", kubeconfig.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains(arn).contains(kubeconfig.toString());
    String written = Files.readString(kubeconfig);
    assertThat(written)
        .contains("current-context: " + arn)
        .contains("eks")
        .contains("get-token")
        .contains(MotoEksCluster.NAME)
        .contains("moto");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kubeconfig)))
        .isEqualTo("rw-------");
  }

  @Test
  void aClusterThatIsNotThereWritesNothingAndSaysSo() {
    Path kubeconfig = home.resolve("kube/config");

    Run run = cli("kubeconfig", "nope", "--kubeconfig", kubeconfig.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("nope");
    assertThat(kubeconfig).doesNotExist();
  }

  @Test
  void aSandboxClusterIsNotForKubectl() {
    Run run = cliAsGiven("kubeconfig", MotoEksCluster.NAME, "--sandbox");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Nodes & Pods");
  }

  private record Run(int code, String out, String err) {}

  private Run cli(String... args) {
    return cliAsGiven(MotoProfileHome.onMoto(MOTO, args));
  }

  /** Without moto's flags: --sandbox takes no AWS options. */
  private Run cliAsGiven(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine root = new CommandLine(new Root());
    EngineCommands.register(
        root,
        new EngineCommandContext(
            home, InstanceCatalog.bundled(), EngineCommandContext.SANDBOX_OPERATOR));
    root.setOut(new PrintWriter(out, true));
    root.setErr(new PrintWriter(err, true));
    int code = root.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @CommandLine.Command(name = "eksdesk")
  static final class Root {}
}
