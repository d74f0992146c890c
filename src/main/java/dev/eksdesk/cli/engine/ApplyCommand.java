package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cli.SpecInput;
import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.diff.DiffText;
import dev.eksdesk.engine.diff.PlanChangedException;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.session.ClusterOperations;
import dev.eksdesk.session.SpecRefusedException;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eksdesk apply spec.yaml --sandbox}: shows the diff, then makes the account match the spec
 * (creating, updating, replacing, deleting), resuming where a run stopped. It asks before changing
 * or deleting what exists, unless {@code --yes}; what only adds (a first apply, a resume) goes
 * ahead.
 */
@Command(
    name = "apply",
    description =
        "Make the cluster match its spec: shows the changes, asks before changing or deleting what"
            + " exists (unless --yes); resumes an interrupted apply.")
public final class ApplyCommand implements Callable<Integer> {
  private final EngineCommandContext context;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SPEC", description = "the cluster spec (YAML)")
  private Path specFile;

  @Mixin private AccountOptions accountOptions = new AccountOptions();

  @Mixin private JournalChoice journalChoice = new JournalChoice();

  @Option(
      names = "--yes",
      description = "Apply changes and deletions of what exists without asking (scripts, CI).")
  private boolean yes;

  @Option(
      names = "--allow-replace",
      description = "Replace a VPC, a subnet or the cluster when the spec asks for it.")
  private boolean allowReplace;

  public ApplyCommand() {
    this(EngineCommandContext.fromEnvironment());
  }

  public ApplyCommand(EngineCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Optional<ClusterSpec> loaded =
        SpecInput.loadValid(specFile, context.catalog(), spec.commandLine().getErr());
    if (loaded.isEmpty()) {
      return ExitCodes.FAILED;
    }
    ClusterSpec cluster = loaded.get();
    Optional<AccountSession> opened = accountOptions.open(context, cluster.region(), err);
    if (opened.isEmpty()) {
      return ExitCodes.USAGE;
    }
    try (AccountSession session = opened.get()) {
      ClusterOperations operations =
          new ClusterOperations(context.home(), context.catalog(), session)
              .movingWorkloadsWith(context.movers().in(session));
      if (!operations.hasJournal(cluster)) {
        List<CloudResource> tagged = operations.tagged(cluster.name());
        if (!tagged.isEmpty()) {
          err.println(LostCluster.foundByTags(cluster.name(), tagged));
        }
      }
      PlanDiff diff = operations.diff(cluster, allowReplace);
      err.print(DiffText.render(diff, session.displayName()));
      err.flush();
      if (!diff.onlyAdds() && !yes && !confirmed(cluster.name(), err)) {
        return ExitCodes.FAILED;
      }
      EngineRun run = operations.apply(cluster, journalChoice::open, diff, allowReplace);
      err.printf(
          "Applying %s to %s (%d steps)%n",
          cluster.name(), session.displayName(), operations.plan(cluster).size());
      return RunPrinter.run(run, session.scheduler(), StepSymbols.of(diff), out, err);
    } catch (JournalLockedException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.LOCKED;
    } catch (JournalUnreadableException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.JOURNAL_UNREADABLE;
    } catch (SpecRefusedException e) {
      err.println("eksdesk: " + e.getMessage() + " Nothing was created.");
      return ExitCodes.USAGE;
    } catch (PlanRefusedException e) {
      e.problems().forEach(p -> err.println("eksdesk: " + p));
      err.println("eksdesk: nothing was changed.");
      return ExitCodes.USAGE;
    } catch (PlanChangedException e) {
      err.println("eksdesk: " + e.getMessage());
      err.print(DiffText.render(e.now(), "the account"));
      return ExitCodes.FAILED;
    }
  }

  /** Asks on the terminal; without one (a script), refuses rather than guess. */
  static boolean confirmed(String cluster, PrintWriter err) {
    Console console = System.console();
    if (console == null) {
      err.println(
          "eksdesk: this apply changes or deletes what exists (see the plan above) and there is no"
              + " terminal to ask. Run it in a terminal to confirm, or pass --yes. Nothing was"
              + " changed.");
      return false;
    }
    String answer = console.readLine("Apply these changes to %s? Only 'yes' goes ahead: ", cluster);
    if (!"yes".equals(answer == null ? "" : answer.trim())) {
      err.println("eksdesk: apply cancelled; nothing was changed.");
      return false;
    }
    return true;
  }
}
