package dev.eksdesk.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.CliRun;
import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options that contradict each other or lie outside their range stop a command before it acts. */
class OptionConflictsTest {
  @TempDir Path home;

  @Test
  void aSpeedOutsideItsRangeIsRefusedSayingTheRange() throws Exception {
    for (String speed : new String[] {"1e-300", "0.5", "5000", "NaN"}) {
      CliRun run = cli("apply", spec().toString(), "--sandbox", "--speed", speed);

      assertThat(run.code()).as(speed).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).as(speed).contains("--speed must be from 1 to 1000");
    }
    CliRun words = cli("apply", spec().toString(), "--sandbox", "--speed", "fast");
    assertThat(words.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(words.err()).contains("'fast' is not a number").doesNotContain("double");
    assertThat(home.resolve("sandbox")).doesNotExist();
  }

  @Test
  void optionsThatWouldBeIgnoredAreRefused() throws Exception {
    CliRun profile = cli("apply", spec().toString(), "--sandbox", "--profile", "prod");
    CliRun endpoint =
        cli("destroy", "demo", "--sandbox", "--endpoint-url", "http://localhost:5000");
    CliRun speedOnAws = cli("apply", spec().toString(), "--speed", "10", "--profile", "prod");

    assertThat(profile.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(profile.err()).contains("--sandbox is the simulated account and takes no --profile");
    assertThat(endpoint.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(endpoint.err()).contains("--endpoint-url");
    assertThat(speedOnAws.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(speedOnAws.err()).contains("--speed applies to the sandbox only");
  }

  @Test
  void rebuildingAndRestoringAJournalAreOneOrTheOther() throws Exception {
    CliRun both = cli("apply", spec().toString(), "--sandbox", "--rebuild", "--restore-backup");

    assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(both.err()).contains("--restore-backup").contains("mutually exclusive");
    assertThat(home.resolve("sandbox")).doesNotExist();
  }

  private Path spec() throws Exception {
    Path file = home.resolve("demo.yaml");
    if (!Files.exists(file)) {
      SpecYaml.save(DefaultSpecs.forName("demo"), file);
    }
    return file;
  }

  private CliRun cli(String... args) {
    return CliRun.in(home, args);
  }
}
