package dev.eksdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.spec.MalformedSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * validate, plan and estimate refuse every malformed spec the same way: exit code 1, nothing on
 * stdout, the key or line on stderr, no Java wording.
 */
class MalformedSpecCommandsTest {
  @TempDir Path dir;

  static List<MalformedSpecs.Case> cases() {
    return MalformedSpecs.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyCommandRefusesItNamingTheKey(MalformedSpecs.Case bad) throws Exception {
    Path file = dir.resolve("cluster.yaml");
    Files.writeString(file, bad.yaml());

    for (List<String> command :
        List.of(
            List.of("spec", "validate", file.toString()),
            List.of("plan", file.toString()),
            List.of("estimate", file.toString()))) {
      CliRun run = CliRun.of(command.toArray(String[]::new));

      assertThat(run.code()).as(command + "\n" + run.err()).isEqualTo(ExitCodes.FAILED);
      assertThat(run.out()).as(command.toString()).isEmpty();
      assertThat(run.err()).as(command.toString()).contains("error: " + bad.key());
      for (String word : MalformedSpecs.JAVA_WORDING) {
        assertThat(run.err()).as(command.toString()).doesNotContainIgnoringCase(word);
      }
    }
  }

  @Test
  void specInitRefusesAnInvalidNameAndWritesNothing() {
    Path file = dir.resolve("cluster.yaml");

    CliRun spaced = CliRun.of("spec", "init", file.toString(), "--name", "bad name");
    CliRun tooLong = CliRun.of("spec", "init", file.toString(), "--name", "c".repeat(60));

    assertThat(spaced.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(spaced.err()).contains("nothing was written").contains("error: name");
    assertThat(tooLong.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(tooLong.err()).contains("IAM role").contains("at most 37 characters");
    assertThat(file).doesNotExist();
  }
}
