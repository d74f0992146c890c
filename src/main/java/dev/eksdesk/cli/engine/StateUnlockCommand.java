package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.domain.spec.StateLocation;
import dev.eksdesk.engine.journal.Unlocking;
import dev.eksdesk.session.ClusterOperations;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eksdesk state unlock NAME}: clears a stale lock (its holder stopped sending heartbeats);
 * one that is still alive only with {@code --force}.
 */
@Command(
    name = "unlock",
    description =
        "Clear the cluster's shared lock left by an Eksdesk that stopped (a lock still alive only"
            + " with --force).")
public final class StateUnlockCommand extends StateSubcommand {
  @Option(names = "--force", description = "Clear it even though its holder may still be running.")
  private boolean force;

  @Option(names = "--from", paramLabel = "s3://BUCKET/PREFIX", description = "the shared location")
  private String from;

  public StateUnlockCommand() {
    this(EngineCommandContext.fromEnvironment());
  }

  public StateUnlockCommand(EngineCommandContext context) {
    super(context);
  }

  @Override
  int run(ClusterOperations operations, PrintWriter out, PrintWriter err) throws IOException {
    Optional<StateLocation> location = location(from, operations, err);
    if (location.isEmpty()) {
      return ExitCodes.USAGE;
    }
    Unlocking unlocking = operations.sharedState(location.get()).unlock(name, force);
    if (!unlocking.free()) {
      err.println("eksdesk: " + unlocking.sentence());
      return ExitCodes.FAILED;
    }
    out.println(unlocking.sentence());
    return ExitCodes.OK;
  }
}
