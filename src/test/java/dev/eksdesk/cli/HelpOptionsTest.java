package dev.eksdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `eksdesk ... COMMAND --help` prints that command's usage, for every command there is. */
class HelpOptionsTest {
  @Test
  void everyCommandAnswersHelp() {
    List<List<String>> paths = new ArrayList<>();
    PrintWriter discard = new PrintWriter(new StringWriter());
    collect(EksdeskCli.commandLine(discard, discard), List.of(), paths);
    assertThat(paths).hasSizeGreaterThanOrEqualTo(17);

    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.code()).as("%s: %s", args, run.err()).isZero();
      assertThat(run.out()).startsWith("Usage: eksdesk " + String.join(" ", path));
    }
  }

  private static void collect(CommandLine line, List<String> path, List<List<String>> paths) {
    line.getSubcommands()
        .forEach(
            (name, sub) -> {
              List<String> subPath = new ArrayList<>(path);
              subPath.add(name);
              paths.add(subPath);
              collect(sub, subPath, paths);
            });
  }
}
