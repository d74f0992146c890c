package dev.eksdesk.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.CliRun;
import dev.eksdesk.cloud.aws.MotoProfileHome;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What the CLI says, before any AWS call, about the account and region flags it was given. */
class AccountOptionsTest {
  @RegisterExtension final MotoProfileHome profileHome = new MotoProfileHome();

  @TempDir Path home;

  @Test
  void aRegionThatDiffersFromTheSpecsIsRefusedWithBothNames() throws Exception {
    Path spec = home.resolve("demo.yaml");
    SpecYaml.save(DefaultSpecs.forName("demo"), spec);

    CliRun run =
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
    CliRun run = cli("status", "demo", "--profile", "nowhere", "--region", "eu-west-1");

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

  private CliRun cli(String... args) {
    return CliRun.in(home, args);
  }
}
