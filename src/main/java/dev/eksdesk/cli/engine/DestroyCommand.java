package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.session.AccountSession;
import dev.eksdesk.session.ClusterOperations;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eksdesk destroy name --sandbox}: deletes everything, then lists what is left. */
@Command(
    name = "destroy",
    description =
        "Delete a cluster and everything tagged for it; ends with what is left, if anything.")
public final class DestroyCommand implements Callable<Integer> {
  private final EngineCommandContext context;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "the cluster's name")
  private String name;

  @Mixin private AccountOptions accountOptions = new AccountOptions();

  @Mixin private JournalChoice journalChoice = new JournalChoice();

  public DestroyCommand() {
    this(EngineCommandContext.fromEnvironment());
  }

  public DestroyCommand(EngineCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Optional<AccountSession> opened = accountOptions.open(context, null, err);
    if (opened.isEmpty()) {
      return ExitCodes.USAGE;
    }
    try (AccountSession session = opened.get()) {
      ClusterOperations operations =
          new ClusterOperations(context.home(), context.catalog(), session);
      Optional<ClusterSpec> cluster = operations.savedSpec(name);
      if (cluster.isEmpty()) {
        err.println(
            "eksdesk: no cluster "
                + name
                + " was applied to "
                + session.displayName()
                + " from "
                + context.home());
        return ExitCodes.USAGE;
      }
      EngineRun run = operations.destroy(cluster.get(), journalChoice::open);
      err.printf("Destroying %s in %s%n", name, session.displayName());
      return RunPrinter.run(run, session.scheduler(), out, err);
    } catch (JournalLockedException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.LOCKED;
    } catch (JournalUnreadableException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.JOURNAL_UNREADABLE;
    }
  }
}
