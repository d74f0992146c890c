package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cli.SpecInput;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.engine.plan.StepTimings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eksdesk plan spec.yaml}: every step, its dependencies and the expected duration. */
@Command(name = "plan", description = "Show every resource a spec creates, in order, with ETAs.")
public final class PlanCommand implements Callable<Integer> {
  private final EngineCommandContext context;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SPEC", description = "the cluster spec (YAML)")
  private Path specFile;

  @Option(names = "--operator-cidr", description = "Your address as a /32, for \"my-ip\".")
  private String operatorCidr;

  public PlanCommand() {
    this(EngineCommandContext.fromEnvironment());
  }

  public PlanCommand(EngineCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Optional<ClusterSpec> loaded =
        SpecInput.loadValid(specFile, context.catalog(), spec.commandLine().getErr());
    if (loaded.isEmpty()) {
      return ExitCodes.FAILED;
    }
    ClusterSpec cluster = loaded.get();
    String operator = operatorCidr == null ? context.operatorCidr() : operatorCidr;
    spec.commandLine()
        .getOut()
        .print(
            new ClusterPlanner(context.catalog())
                .plan(cluster, operator)
                .describe(StepTimings.aws()));
    return ExitCodes.OK;
  }
}
