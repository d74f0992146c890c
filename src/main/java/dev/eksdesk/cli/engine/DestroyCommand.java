package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.session.ClusterOperations;
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

  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description =
          "The spec the cluster was applied from, when its folder under EKSDESK_HOME is gone.")
  private Path specFile;

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
      Optional<ClusterSpec> cluster =
          specFile != null ? Optional.of(SpecYaml.load(specFile)) : operations.savedSpec(name);
      if (cluster.isPresent() && !cluster.get().name().equals(name)) {
        err.println(
            "eksdesk: " + specFile + " is the spec of " + cluster.get().name() + ", not " + name);
        return ExitCodes.USAGE;
      }
      boolean journaled = operations.hasJournal(name);
      List<CloudResource> tagged = journaled ? List.of() : operations.tagged(name);
      if (cluster.isEmpty()) {
        err.println(
            "eksdesk: no cluster "
                + name
                + " was applied to "
                + session.displayName()
                + " from "
                + context.home()
                + (tagged.isEmpty()
                    ? ", and nothing there is tagged for it."
                    : ", but "
                        + tagged.size()
                        + " resources there are tagged for it ("
                        + LostCluster.kinds(tagged)
                        + "). To delete them, give the spec it was applied from: eksdesk destroy "
                        + name
                        + " --spec FILE"
                        + (accountOptions.sandbox() ? " --sandbox" : "")
                        + "."));
        return ExitCodes.USAGE;
      }
      if (!journaled && !tagged.isEmpty()) {
        err.println(LostCluster.foundByTags(name, tagged));
      }
      EngineRun run = operations.destroy(cluster.get(), journalChoice::open);
      err.printf("Destroying %s in %s%n", name, session.displayName());
      return RunPrinter.run(run, session.scheduler(), StepSymbols.destroy(), out, err);
    } catch (JournalLockedException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.LOCKED;
    } catch (JournalUnreadableException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.JOURNAL_UNREADABLE;
    }
  }
}
