package dev.eksdesk.cli;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecFileException;
import dev.eksdesk.domain.spec.SpecProblem;
import dev.eksdesk.domain.spec.SpecValidator;
import dev.eksdesk.domain.spec.SpecYaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eksdesk spec init|validate FILE}. */
@Command(
    name = "spec",
    description = "Write or check a cluster spec file.",
    subcommands = {SpecCommand.Init.class, SpecCommand.Validate.class})
public final class SpecCommand {

  @Command(name = "init", description = "Write the default spec (the seed's layout) to FILE.")
  static final class Init implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    private Path file;

    @Option(names = "--name", description = "Cluster name (default ${DEFAULT-VALUE})")
    private String name = "pw-cluster";

    @Option(names = "--force", description = "Overwrite an existing file")
    private boolean force;

    @Override
    public Integer call() throws IOException {
      if (Files.exists(file) && !force) {
        spec.commandLine()
            .getErr()
            .println("eksdesk: " + file + " exists; pass --force to overwrite it");
        return ExitCodes.USAGE;
      }
      SpecYaml.save(DefaultSpecs.forName(name), file);
      spec.commandLine().getOut().println("wrote " + file);
      return ExitCodes.OK;
    }
  }

  @Command(name = "validate", description = "Print every problem in FILE, or \"valid\".")
  static final class Validate implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    private Path file;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      ClusterSpec cluster;
      try {
        cluster = SpecYaml.load(file);
      } catch (SpecFileException e) {
        e.problems().forEach(out::println);
        return ExitCodes.FAILED;
      }
      List<SpecProblem> problems = new SpecValidator(InstanceCatalog.bundled()).validate(cluster);
      problems.forEach(out::println);
      if (SpecValidator.hasErrors(problems)) {
        return ExitCodes.FAILED;
      }
      out.println("valid");
      return ExitCodes.OK;
    }
  }
}
