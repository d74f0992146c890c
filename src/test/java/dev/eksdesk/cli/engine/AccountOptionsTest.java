package dev.eksdesk.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.aws.MotoProfileHome;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the CLI says, before any AWS call, about the account and region flags it was given. */
class AccountOptionsTest {
  @RegisterExtension final MotoProfileHome profileHome = new MotoProfileHome();

  @TempDir Path home;

  @Test
  void aRegionThatDiffersFromTheSpecsIsRefusedWithBothNames() throws Exception {
    Path spec = home.resolve("demo.yaml");
    SpecYaml.save(DefaultSpecs.forName("demo"), spec);

    Run run =
        cli(
            "apply",
            spec.toString(),
            "--profile",
            MotoProfileHome.PROFILE,
            "--region",
            "us-east-1");

    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("--region us-east-1 differs from the spec's region " + DefaultSpecs.REGION)
        .doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingProfileIsNamedWithTheFilesLookedIn() {
    Run run = cli("status", "demo", "--profile", "nowhere", "--region", "eu-west-1");

    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "profile nowhere not found in "
                + profileHome.path().resolve(".aws/config")
                + " or "
                + profileHome.path().resolve(".aws/credentials"))
        .doesNotContain("ProfileFile")
        .doesNotContain("Verify");
    assertThat(run.out()).isEmpty();
  }

  private record Run(int code, String out, String err) {}

  private Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine root = new CommandLine(new Root());
    EngineCommands.register(
        root,
        new EngineCommandContext(
            home, InstanceCatalog.bundled(), EngineCommandContext.SANDBOX_OPERATOR));
    root.setOut(new PrintWriter(out, true));
    root.setErr(new PrintWriter(err, true));
    return new Run(root.execute(args), out.toString(), err.toString());
  }

  @CommandLine.Command(name = "eksdesk")
  static final class Root {}
}
