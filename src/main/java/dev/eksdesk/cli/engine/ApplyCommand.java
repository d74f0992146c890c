package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cli.SpecInput;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.session.AccountSession;
import dev.eksdesk.session.ClusterOperations;
import dev.eksdesk.session.SpecRefusedException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eksdesk apply spec.yaml --sandbox}: builds the cluster, resuming where a run stopped. */
@Command(
    name = "apply",
    description = "Build the cluster a spec describes; resumes an interrupted apply.")
public final class ApplyCommand implements Callable<Integer> {
  private final EngineCommandContext context;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SPEC", description = "the cluster spec (YAML)")
  private Path specFile;

  @Mixin private AccountOptions accountOptions = new AccountOptions();

  @Mixin private JournalChoice journalChoice = new JournalChoice();

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
          new ClusterOperations(context.home(), context.catalog(), session);
      EngineRun run = operations.apply(cluster, journalChoice::open);
      out.printf(
          "Applying %s to %s (%d steps)%n",
          cluster.name(), session.displayName(), operations.plan(cluster).size());
      return RunPrinter.run(run, session.scheduler(), out);
    } catch (JournalLockedException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.LOCKED;
    } catch (JournalUnreadableException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.JOURNAL_UNREADABLE;
    } catch (SpecRefusedException e) {
      err.println("eksdesk: " + e.getMessage() + " Nothing was created.");
      return ExitCodes.USAGE;
    }
  }
}
