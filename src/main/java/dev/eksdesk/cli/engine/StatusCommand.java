package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cli.Json;
import dev.eksdesk.cli.OutputFormat;
import dev.eksdesk.engine.journal.JournalState;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.engine.journal.PendingOperation;
import dev.eksdesk.session.AccountSession;
import dev.eksdesk.session.ClusterOperations;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eksdesk status name}: what the journal knows, resource by resource. Reads only. */
@Command(name = "status", description = "Every resource of a cluster with its id, kind and state.")
public final class StatusCommand implements Callable<Integer> {
  private final EngineCommandContext context;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "the cluster's name")
  private String name;

  @Option(names = "--output", description = "text or json (default ${DEFAULT-VALUE})")
  private OutputFormat output = OutputFormat.text;

  @Mixin private AccountOptions accountOptions = new AccountOptions();

  /** The JSON shape. */
  public record Status(
      String cluster,
      long serial,
      String updatedAt,
      List<Resource> resources,
      List<String> pending) {}

  /**
   * @param state CREATED, DELETED, or PENDING while a call's outcome is not known
   */
  public record Resource(String step, String kind, String id, String state) {}

  public StatusCommand() {
    this(EngineCommandContext.fromEnvironment());
  }

  public StatusCommand(EngineCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    Optional<JournalState> journal;
    Optional<AccountSession> opened =
        accountOptions.open(context, null, spec.commandLine().getErr());
    if (opened.isEmpty()) {
      return ExitCodes.USAGE;
    }
    try (AccountSession session = opened.get()) {
      journal =
          new ClusterOperations(context.home(), context.catalog(), session).journals().read(name);
    } catch (JournalUnreadableException e) {
      spec.commandLine().getErr().println("eksdesk: " + e.getMessage());
      return EngineExitCodes.JOURNAL_UNREADABLE;
    }
    if (journal.isEmpty()) {
      spec.commandLine().getErr().println("eksdesk: no journal for cluster " + name);
      return ExitCodes.USAGE;
    }
    Status status = status(journal.get());
    if (output == OutputFormat.json) {
      out.println(Json.write(status));
    } else {
      out.printf("Cluster %s (journal serial %d, %s)%n", name, status.serial(), status.updatedAt());
      status
          .resources()
          .forEach(
              r -> out.printf("  %-8s %-24s %-45s %s%n", r.state(), r.kind(), r.id(), r.step()));
      status.pending().forEach(p -> out.println("  interrupted: " + p + " (apply resolves it)"));
    }
    return ExitCodes.OK;
  }

  private static Status status(JournalState state) {
    List<String> pendingSteps = state.pending().stream().map(PendingOperation::stepId).toList();
    List<Resource> resources =
        state.steps().values().stream()
            .map(
                r ->
                    new Resource(
                        r.stepId(),
                        r.kind().name(),
                        r.resourceId(),
                        pendingSteps.contains(r.stepId()) ? "PENDING" : r.status().name()))
            .sorted(java.util.Comparator.comparing(Resource::step))
            .toList();
    List<String> pending =
        state.pending().stream().map(p -> p.action() + " " + p.stepId()).toList();
    return new Status(
        state.cluster(), state.serial(), state.updatedAt().toString(), resources, pending);
  }
}
