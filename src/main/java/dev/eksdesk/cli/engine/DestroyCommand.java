package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cloud.sandbox.SandboxSession;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.engine.exec.Engine;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.EngineSettings;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.engine.plan.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Option(names = "--sandbox", description = "Use the simulated account (the only one for now).")
  private boolean sandbox;

  @Option(names = "--speed", defaultValue = "1", description = "Sandbox speed factor.")
  private double speed;

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
    if (!sandbox) {
      err.println("eksdesk: only the sandbox can be destroyed yet: add --sandbox");
      return ExitCodes.USAGE;
    }
    if (!SandboxSession.validSpeed(speed)) {
      err.println("eksdesk: --speed must be above 0 and at most " + SandboxSession.MAX_SPEED);
      return ExitCodes.USAGE;
    }
    try (SandboxSession session = new SandboxSession(context.home(), context.catalog(), speed)) {
      JournalStore store = new JournalStore(context.home(), session.scheduler());
      Path specCopy = store.clusterDirectory(name).resolve("spec.yaml");
      if (!Files.exists(specCopy)) {
        err.println("eksdesk: no cluster " + name + " was applied from " + context.home());
        return ExitCodes.USAGE;
      }
      ClusterSpec cluster = SpecYaml.load(specCopy);
      Plan plan = new ClusterPlanner(context.catalog()).plan(cluster, context.operatorCidr());
      try (ClusterJournal journal = journalChoice.open(store, name)) {
        EngineRun run =
            new Engine(session.account(), session.scheduler(), EngineSettings.defaults())
                .destroy(plan, journal);
        out.printf("Destroying %s in the sandbox (speed %sx)%n", name, speed);
        return RunPrinter.run(run, session.scheduler(), out);
      }
    } catch (JournalLockedException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.LOCKED;
    } catch (JournalUnreadableException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.JOURNAL_UNREADABLE;
    }
  }
}
