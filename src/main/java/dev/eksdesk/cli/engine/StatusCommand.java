package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cli.Json;
import dev.eksdesk.cli.OutputFormat;
import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.cloud.AwsSession;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.engine.journal.JournalState;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.engine.journal.PendingOperation;
import dev.eksdesk.session.ClusterOperations;
import dev.eksdesk.session.SandboxAccountSession;
import java.io.PrintWriter;
import java.io.StringWriter;
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
 * {@code eksdesk status name}: what the journal knows, resource by resource; for a cluster of the
 * AWS account that Eksdesk did not build, what the account shows of it. Reads only.
 */
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
  /** One step's resource; {@code note} says why a SKIPPED step was skipped, else empty. */
  public record Resource(String step, String kind, String id, String state, String note) {}

  public StatusCommand() {
    this(EngineCommandContext.fromEnvironment());
  }

  public StatusCommand(EngineCommandContext context) {
    this.context = context;
  }

  /**
   * Without {@code --sandbox}, AWS is asked first; a cluster it does not have (or an AWS that
   * cannot be reached) is looked for in the Sandbox, as the README's first session builds one
   * there.
   */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (accountOptions.sandbox()) {
        Optional<AccountSession> sandbox = accountOptions.open(context, null, err);
        if (sandbox.isEmpty()) {
          return ExitCodes.USAGE;
        }
        Optional<JournalState> journal = read(sandbox.get());
        if (journal.isEmpty()) {
          err.println("eksdesk: no cluster " + name + " in the Sandbox");
          return ExitCodes.USAGE;
        }
        return print(journal.get());
      }
      StringWriter awsProblem = new StringWriter();
      Optional<AwsSession> aws =
          accountOptions.openAws(context.aws(), null, new PrintWriter(awsProblem, true));
      if (aws.isPresent()) {
        Optional<Status> onAws = readAws(aws.get());
        if (onAws.isPresent()) {
          return print(onAws.get());
        }
      }
      Optional<JournalState> inSandbox =
          read(new SandboxAccountSession(context.home(), context.catalog(), 1));
      if (inSandbox.isPresent()) {
        String why =
            aws.isPresent()
                ? "AWS has no cluster of that name"
                : "AWS was not asked: " + awsProblem.toString().strip().replace("eksdesk: ", "");
        err.println(
            "eksdesk: "
                + name
                + " is the Sandbox's ("
                + why
                + "); add --sandbox to go straight to it");
        return print(inSandbox.get());
      }
      err.print(awsProblem);
      err.println(
          aws.isPresent()
              ? "eksdesk: no cluster " + name + " on AWS nor in the Sandbox: check the name"
              : "eksdesk: no cluster " + name + " in the Sandbox either: check the name");
      return ExitCodes.USAGE;
    } catch (JournalUnreadableException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.JOURNAL_UNREADABLE;
    }
  }

  private Optional<JournalState> read(AccountSession opened) throws JournalUnreadableException {
    try (AccountSession session = opened) {
      return journal(session);
    }
  }

  private Optional<JournalState> journal(AccountSession session) throws JournalUnreadableException {
    return new ClusterOperations(context.home(), context.catalog(), session).journals().read(name);
  }

  /**
   * The journal's view when Eksdesk built it; otherwise, for a cluster Eksdesk did not build, what
   * the account itself shows of it: serial 0, no steps.
   */
  private Optional<Status> readAws(AwsSession opened) throws JournalUnreadableException {
    try (AwsSession aws = opened) {
      Optional<JournalState> journal = journal(aws);
      if (journal.isPresent()) {
        return journal.map(StatusCommand::status);
      }
      List<Resource> resources =
          aws.inspector().discover(name).resources().stream()
              .map(r -> new Resource("", r.kind().name(), r.id(), r.state().name(), ""))
              .toList();
      return Optional.of(new Status(name, 0, "", resources, List.of()));
    } catch (CloudException e) {
      return Optional.empty();
    }
  }

  private int print(JournalState journal) {
    return print(status(journal));
  }

  private int print(Status status) {
    PrintWriter out = spec.commandLine().getOut();
    if (output == OutputFormat.json) {
      out.println(Json.write(status));
    } else {
      out.println(
          status.serial() == 0 && status.updatedAt().isEmpty()
              ? "Cluster " + name + " (not built by Eksdesk: read from the account)"
              : "Cluster %s (journal serial %d, %s)"
                  .formatted(name, status.serial(), status.updatedAt()));
      status
          .resources()
          .forEach(
              r ->
                  out.printf(
                      "  %-8s %-24s %-45s %s%s%n",
                      r.state(),
                      r.kind(),
                      r.id(),
                      r.step(),
                      r.note().isEmpty() ? "" : " (" + r.note() + ")"));
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
                        pendingSteps.contains(r.stepId()) ? "PENDING" : r.status().name(),
                        r.skippedReason().orElse("")))
            .sorted(java.util.Comparator.comparing(Resource::step))
            .toList();
    List<String> pending =
        state.pending().stream().map(p -> p.action() + " " + p.stepId()).toList();
    return new Status(
        state.cluster(), state.serial(), state.updatedAt().toString(), resources, pending);
  }
}
