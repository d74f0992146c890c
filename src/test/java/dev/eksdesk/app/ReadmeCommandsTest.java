package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of the README's {@code sh} blocks, in order, as a new user types them: each one a
 * process of its own (so output lost at exit would show), against the Sandbox in an empty
 * EKSDESK_HOME and with no AWS configuration. Each must exit 0 and print something on stdout.
 */
class ReadmeCommandsTest {
  private static final String JAR = "java -jar target/eksdesk.jar ";
  private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
  // a cap against a hung command, not a speed target: a recycle waits on real disruption budgets
  private static final long TIMEOUT_SECONDS = 420;

  @TempDir Path workDirectory;
  @TempDir Path home;

  @Test
  void everyReadmeCommandSucceedsAndPrintsItsResult() throws Exception {
    List<List<String>> commands = cliCommands(Path.of("README.md"));
    assertThat(commands).as("CLI commands in README.md").hasSizeGreaterThanOrEqualTo(10);

    for (List<String> arguments : commands) {
      Result result = run(arguments);
      assertThat(result.exitCode())
          .as("exit code of `eksdesk %s`; stderr:%n%s", String.join(" ", arguments), result.err())
          .isZero();
      assertThat(result.out())
          .as("stdout of `eksdesk %s`; stderr:%n%s", String.join(" ", arguments), result.err())
          .isNotBlank();
    }
  }

  /**
   * The arguments of each {@code java -jar target/eksdesk.jar} line; {@code ./mvnw} lines are the
   * build that runs this test. Any other line fails the test, so a new kind of command gets run.
   */
  private static List<List<String>> cliCommands(Path readme) throws IOException {
    List<List<String>> commands = new ArrayList<>();
    Matcher blocks = SH_BLOCK.matcher(Files.readString(readme, StandardCharsets.UTF_8));
    while (blocks.find()) {
      for (String line : blocks.group(1).split("\n")) {
        String command = line.replaceFirst("#.*", "").strip();
        if (command.isEmpty() || command.startsWith("./mvnw ")) {
          continue;
        }
        assertThat(command).as("a README command this test can run").startsWith(JAR);
        commands.add(List.of(command.substring(JAR.length()).strip().split("\\s+")));
      }
    }
    return commands;
  }

  private record Result(int exitCode, String out, String err) {}

  private Result run(List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.home=" + home); // no ~/.aws, no ~/.kube of the machine's
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(arguments);
    Path out = Files.createTempFile(workDirectory, "out-", ".txt");
    Path err = Files.createTempFile(workDirectory, "err-", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDirectory.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("AWS_"));
    environment.put("HOME", home.toString());
    environment.put("EKSDESK_HOME", home.resolve(".eksdesk").toString());
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError(
          "`eksdesk " + String.join(" ", arguments) + "` ran past " + TIMEOUT_SECONDS + " s");
    }
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
