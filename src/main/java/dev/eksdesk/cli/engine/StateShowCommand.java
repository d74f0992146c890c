package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.domain.spec.StateLocation;
import dev.eksdesk.engine.journal.JournalState;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.engine.journal.SharedState;
import dev.eksdesk.session.ClusterOperations;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eksdesk state show NAME}: where the journal lives and who holds its lock. */
@Command(
    name = "show",
    description = "Where the cluster's journal lives (this machine or S3) and who holds its lock.")
public final class StateShowCommand extends StateSubcommand {
  @Option(names = "--from", paramLabel = "s3://BUCKET/PREFIX", description = "the shared location")
  private String from;

  public StateShowCommand() {
    this(EngineCommandContext.fromEnvironment());
  }

  public StateShowCommand(EngineCommandContext context) {
    super(context);
  }

  @Override
  int run(ClusterOperations operations, PrintWriter out, PrintWriter err)
      throws JournalUnreadableException, IOException {
    Optional<StateLocation> location =
        from != null
            ? Optional.of(StateLocation.parse(from))
            : savedSpec(operations).flatMap(spec -> spec.stateLocation());
    if (location.isEmpty()) {
      Optional<JournalState> local = operations.journals().read(name);
      if (local.isEmpty()) {
        err.println(
            "eksdesk: no journal of "
                + name
                + " on this machine; if a team shares it, name its location with --from"
                + " s3://BUCKET/PREFIX");
        return ExitCodes.FAILED;
      }
      out.println(
          "state: local "
              + operations.journals().journalFile(name)
              + " (serial "
              + local.get().serial()
              + ")");
      return ExitCodes.OK;
    }
    SharedState shared = operations.sharedState(location.get());
    Optional<SharedState.Fetched> journal = shared.fetch(name);
    out.println(
        "state: "
            + location.get()
            + journal
                .map(j -> " (serial " + j.state().serial() + ")")
                .orElse(" (no journal there yet)"));
    out.println(shared.lockedBy(name).orElse("not locked"));
    return ExitCodes.OK;
  }
}
