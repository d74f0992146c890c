package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.domain.spec.StateLocation;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.engine.journal.SharedState;
import dev.eksdesk.session.ClusterOperations;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eksdesk state pull NAME}: copies the shared journal onto this machine (the previous local
 * copy becomes the backup).
 */
@Command(
    name = "pull",
    description = "Copy the cluster's shared journal from S3 onto this machine.")
public final class StatePullCommand extends StateSubcommand {
  @Option(
      names = "--from",
      paramLabel = "s3://BUCKET/PREFIX",
      description = "the shared location (default: the one the cluster's saved spec names)")
  private String from;

  public StatePullCommand() {
    this(EngineCommandContext.fromEnvironment());
  }

  public StatePullCommand(EngineCommandContext context) {
    super(context);
  }

  @Override
  int run(ClusterOperations operations, PrintWriter out, PrintWriter err)
      throws JournalLockedException, JournalUnreadableException, IOException {
    Optional<StateLocation> location = location(from, operations, err);
    if (location.isEmpty()) {
      return ExitCodes.USAGE;
    }
    SharedState shared = operations.sharedState(location.get());
    Optional<SharedState.Fetched> fetched = shared.fetch(name);
    if (fetched.isEmpty()) {
      err.println(
          "eksdesk: "
              + location.get()
              + " holds no journal of "
              + name
              + "; check the name and the location (eksdesk state show "
              + name
              + ")");
      return ExitCodes.FAILED;
    }
    operations.journals().copyIn(fetched.get().state());
    out.println(
        "pulled "
            + name
            + " (serial "
            + fetched.get().state().serial()
            + ") from "
            + location.get()
            + " to "
            + operations.journals().journalFile(name));
    return ExitCodes.OK;
  }
}
