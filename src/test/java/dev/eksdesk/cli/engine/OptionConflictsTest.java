package dev.eksdesk.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Options that contradict each other or lie outside their range stop a command before it acts. */
class OptionConflictsTest {
  @TempDir Path home;

  private record Run(int code, String out, String err) {}

  @Test
  void aSpeedOutsideItsRangeIsRefusedSayingTheRange() throws Exception {
    for (String speed : new String[] {"1e-300", "0.5", "5000", "NaN"}) {
      Run run = cli("apply", spec().toString(), "--sandbox", "--speed", speed);

      assertThat(run.code()).as(speed).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).as(speed).contains("--speed must be from 1 to 1000");
    }
    Run words = cli("apply", spec().toString(), "--sandbox", "--speed", "fast");
    assertThat(words.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(words.err()).contains("'fast' is not a number").doesNotContain("double");
    assertThat(home.resolve("sandbox")).doesNotExist();
  }

  @Test
  void optionsThatWouldBeIgnoredAreRefused() throws Exception {
    Run profile = cli("apply", spec().toString(), "--sandbox", "--profile", "prod");
    Run endpoint = cli("destroy", "demo", "--sandbox", "--endpoint-url", "http://localhost:5000");
    Run speedOnAws = cli("apply", spec().toString(), "--speed", "10", "--profile", "prod");

    assertThat(profile.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(profile.err()).contains("--sandbox is the simulated account and takes no --profile");
    assertThat(endpoint.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(endpoint.err()).contains("--endpoint-url");
    assertThat(speedOnAws.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(speedOnAws.err()).contains("--speed applies to the sandbox only");
  }

  @Test
  void rebuildingAndRestoringAJournalAreOneOrTheOther() throws Exception {
    Run both = cli("apply", spec().toString(), "--sandbox", "--rebuild", "--restore-backup");

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
