package dev.eksdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * `eksdesk ... COMMAND --help` prints that command's usage, each option once, for every command
 * there is.
 */
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
      assertThat(optionLines(run.out()))
          .as("%s lists an option twice", args)
          .doesNotHaveDuplicates();
    }
  }

  /** The option list's entries: each line that starts (after its indent) with a dash. */
  private static List<String> optionLines(String usage) {
    return usage.lines().map(String::strip).filter(line -> line.startsWith("-")).toList();
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
