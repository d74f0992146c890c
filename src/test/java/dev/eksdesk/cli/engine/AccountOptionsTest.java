package dev.eksdesk.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.CliRun;
import dev.eksdesk.cloud.aws.MotoProfileHome;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

  @Test
  void anOfflineCommandUsesAwsOnlyWhenAProfileAnEndpointOrKeysAreGiven() {
    Map<String, String> noKeys = Map.of("AWS_PROFILE", "work");
    Map<String, String> keys = Map.of("AWS_ACCESS_KEY_ID", "AKIAEXAMPLE");

    assertThat(parsed().namesAws(noKeys)).isFalse();
    assertThat(parsed("--region", "eu-west-1").namesAws(noKeys)).isFalse();
    assertThat(parsed().namesAws(keys)).isTrue();
    assertThat(parsed("--profile", "work").namesAws(noKeys)).isTrue();
    assertThat(parsed("--endpoint-url", "http://127.0.0.1:5000").namesAws(noKeys)).isTrue();
    assertThat(parsed("--sandbox").namesAws(keys)).isFalse();
    assertThat(parsed("--region", "eu-west-1").regionFlag()).hasValue("eu-west-1");
  }

  private static AccountOptions parsed(String... args) {
    Holder holder = new Holder();
    new CommandLine(holder).parseArgs(args);
    return holder.options;
  }

  @Command(name = "holder")
  static final class Holder {
    @Mixin AccountOptions options = new AccountOptions();
  }

  private CliRun cli(String... args) {
    return CliRun.in(home, args);
  }
}
