package dev.eksdesk.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.CliRun;
import dev.eksdesk.cloud.aws.MotoEksCluster;
import dev.eksdesk.cloud.aws.MotoProfileHome;
import dev.eksdesk.cloud.aws.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    CliRun run = cli("kubeconfig", MotoEksCluster.NAME, "--kubeconfig", kubeconfig.toString());

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

    CliRun run = cli("kubeconfig", "nope", "--kubeconfig", kubeconfig.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("nope");
    assertThat(kubeconfig).doesNotExist();
  }

  @Test
  void aSandboxClusterIsNotForKubectl() {
    CliRun run = cliAsGiven("kubeconfig", MotoEksCluster.NAME, "--sandbox");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Nodes & Pods");
  }

  private CliRun cli(String... args) {
    return CliRun.in(home, MotoProfileHome.onMoto(MOTO, args));
  }

  /** Without moto's flags: --sandbox takes no AWS options. */
  private CliRun cliAsGiven(String... args) {
    return CliRun.in(home, args);
  }
}
