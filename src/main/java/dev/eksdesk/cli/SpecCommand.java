package dev.eksdesk.cli;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
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
      PrintWriter err = spec.commandLine().getErr();
      if (Files.exists(file) && !force) {
        err.println("eksdesk: " + file + " exists; pass --force to overwrite it");
        return ExitCodes.USAGE;
      }
      ClusterSpec cluster = DefaultSpecs.forName(name);
      List<SpecProblem> problems = new SpecValidator(InstanceCatalog.bundled()).validate(cluster);
      if (SpecValidator.hasErrors(problems)) {
        err.println("eksdesk: nothing was written: a spec for --name '" + name + "' is not valid:");
        problems.stream().filter(SpecProblem::isError).forEach(err::println);
        return ExitCodes.USAGE;
      }
      SpecYaml.save(cluster, file);
      spec.commandLine().getOut().println("wrote " + file);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "validate",
      description = "Print every problem in FILE (to stderr), or \"valid\".")
  static final class Validate implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    private Path file;

    @Override
    public Integer call() throws IOException {
      if (SpecInput.loadValid(file, InstanceCatalog.bundled(), spec.commandLine().getErr())
          .isEmpty()) {
        return ExitCodes.FAILED;
      }
      spec.commandLine().getOut().println("valid");
      return ExitCodes.OK;
    }
  }
}
