package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cloud.sandbox.SandboxSession;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SpecProblem;
import dev.eksdesk.domain.spec.SpecValidator;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.SshKeyMode;
import dev.eksdesk.engine.exec.Engine;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.EngineSettings;
import dev.eksdesk.engine.exec.PrivateKeyFile;
import dev.eksdesk.engine.exec.SecretSink;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.engine.plan.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Option(names = "--sandbox", description = "Use the simulated account (the only one for now).")
  private boolean sandbox;

  @Option(
      names = "--speed",
      defaultValue = "1",
      description =
          "Sandbox time runs this many times faster, up to 1000 (default ${DEFAULT-VALUE}).")
  private double speed;

  @Option(names = "--operator-cidr", description = "Your address as a /32, for \"my-ip\".")
  private String operatorCidr;

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
    if (!sandbox) {
      err.println("eksdesk: only the sandbox can be applied to yet: add --sandbox");
      return ExitCodes.USAGE;
    }
    if (!SandboxSession.validSpeed(speed)) {
      err.println("eksdesk: --speed must be above 0 and at most " + SandboxSession.MAX_SPEED);
      return ExitCodes.USAGE;
    }
    ClusterSpec cluster = SpecYaml.load(specFile);
    List<SpecProblem> problems = new SpecValidator(context.catalog()).validate(cluster);
    problems.forEach(p -> err.println(p));
    if (SpecValidator.hasErrors(problems)) {
      return ExitCodes.FAILED;
    }
    Plan plan =
        new ClusterPlanner(context.catalog())
            .plan(cluster, operatorCidr == null ? context.operatorCidr() : operatorCidr);
    try (SandboxSession session = new SandboxSession(context.home(), context.catalog(), speed)) {
      JournalStore store = new JournalStore(context.home(), session.scheduler());
      SpecYaml.save(cluster, store.clusterDirectory(cluster.name()).resolve("spec.yaml"));
      try (ClusterJournal journal = journalChoice.open(store, cluster.name())) {
        EngineRun run =
            new Engine(session.account(), session.scheduler(), EngineSettings.defaults())
                .apply(plan, journal, cluster.tags(), secrets(cluster));
        out.printf(
            "Applying %s to the sandbox (%d steps, speed %sx)%n",
            cluster.name(), plan.size(), speed);
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

  private static SecretSink secrets(ClusterSpec cluster) {
    boolean generate = cluster.sshKey().mode() == SshKeyMode.GENERATE;
    return generate && !cluster.sshKey().privateKeyPath().isEmpty()
        ? PrivateKeyFile.at(cluster.sshKey().privateKeyPath())
        : SecretSink.discard();
  }
}
