package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cli.Json;
import dev.eksdesk.cli.OutputFormat;
import dev.eksdesk.cli.SpecInput;
import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.diff.DiffText;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.engine.plan.StepTimings;
import dev.eksdesk.session.ClusterOperations;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eksdesk plan spec.yaml}: offline, every step, its dependencies and the expected duration;
 * against an account ({@code --sandbox}, {@code --profile/--region/--endpoint-url}), the diff apply
 * would make, Terraform-style, or as JSON.
 */
@Command(
    name = "plan",
    description =
        "Show every resource a spec creates, in order, with ETAs; with an account, what apply"
            + " would change there.")
public final class PlanCommand implements Callable<Integer> {
  private final EngineCommandContext context;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SPEC", description = "the cluster spec (YAML)")
  private Path specFile;

  @Option(names = "--operator-cidr", description = "Your address as a /32, for \"my-ip\".")
  private String operatorCidr;

  @Option(
      names = "--allow-replace",
      description = "Plan replacing a VPC, a subnet or the cluster instead of refusing.")
  private boolean allowReplace;

  @Option(names = "--output", description = "text or json (default ${DEFAULT-VALUE})")
  private OutputFormat output = OutputFormat.text;

  @Mixin private AccountOptions accountOptions = new AccountOptions();

  public PlanCommand() {
    this(EngineCommandContext.fromEnvironment());
  }

  public PlanCommand(EngineCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Optional<ClusterSpec> loaded = SpecInput.loadValid(specFile, context.catalog(), err);
    if (loaded.isEmpty()) {
      return ExitCodes.FAILED;
    }
    ClusterSpec cluster = loaded.get();
    if (!accountOptions.given()) {
      String operator = operatorCidr == null ? context.operatorCidr() : operatorCidr;
      out.print(
          new ClusterPlanner(context.catalog())
              .plan(cluster, operator)
              .describe(StepTimings.aws()));
      return ExitCodes.OK;
    }
    Optional<AccountSession> opened = accountOptions.open(context, cluster.region(), err);
    if (opened.isEmpty()) {
      return ExitCodes.USAGE;
    }
    try (AccountSession session = opened.get()) {
      PlanDiff diff =
          new ClusterOperations(context.home(), context.catalog(), session)
              .diff(cluster, allowReplace);
      out.print(
          output == OutputFormat.json
              ? Json.write(DiffJson.of(diff)) + "\n"
              : DiffText.render(diff, session.displayName()));
      return ExitCodes.OK;
    } catch (PlanRefusedException e) {
      e.problems().forEach(p -> err.println("eksdesk: " + p));
      err.println("eksdesk: nothing was changed.");
      return ExitCodes.USAGE;
    } catch (JournalUnreadableException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.JOURNAL_UNREADABLE;
    }
  }
}
