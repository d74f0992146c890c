package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.StateLocation;
import dev.eksdesk.engine.journal.JournalState;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.engine.journal.SharedState;
import dev.eksdesk.session.ClusterOperations;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eksdesk state push NAME --to s3://…}: shares this machine's journal; the spec kept beside
 * it then names the location, so the cluster's next runs use (and lock) the shared journal.
 */
@Command(
    name = "push",
    description =
        "Share the cluster's journal from this machine in S3; its runs then use the shared one.")
public final class StatePushCommand extends StateSubcommand {
  @Option(
      names = "--to",
      required = true,
      paramLabel = "s3://BUCKET/PREFIX",
      description = "where to share it (the bucket must exist, or add --create-bucket)")
  private String to;

  @Option(
      names = "--create-bucket",
      description =
          "Create the bucket if it does not exist: versioned, encrypted by default, public access"
              + " blocked.")
  private boolean createBucket;

  public StatePushCommand() {
    this(EngineCommandContext.fromEnvironment());
  }

  public StatePushCommand(EngineCommandContext context) {
    super(context);
  }

  @Override
  int run(ClusterOperations operations, PrintWriter out, PrintWriter err)
      throws JournalUnreadableException, IOException {
    StateLocation location = StateLocation.parse(to);
    Optional<JournalState> local = operations.journals().read(name);
    if (local.isEmpty()) {
      err.println(
          "eksdesk: no journal of "
              + name
              + " on this machine ("
              + operations.journals().journalFile(name)
              + "); apply it first, or use the account options it was applied with");
      return ExitCodes.FAILED;
    }
    SharedState shared = operations.sharedState(location);
    if (createBucket && shared.createBucket()) {
      err.println(
          "created bucket "
              + location.bucket()
              + " (versioned, encrypted by default, public access blocked)");
    }
    List<String> shortfalls = shared.bucketShortfalls();
    if (!shortfalls.isEmpty()) {
      err.println(
          "eksdesk: warning: bucket "
              + location.bucket()
              + ": "
              + String.join(", ", shortfalls)
              + ". A team's state is safest in a bucket with versioning, default encryption and"
              + " public access blocked (--create-bucket makes a new one so).");
    }
    if (!shared.upload(local.get())) {
      err.println(
          "eksdesk: "
              + location
              + " already holds a journal of "
              + name
              + "; nothing was written over it. Take it with `eksdesk state pull "
              + name
              + " --from "
              + location
              + "`, or push to another prefix.");
      return ExitCodes.FAILED;
    }
    Optional<ClusterSpec> saved = savedSpec(operations);
    if (saved.isPresent()) {
      SpecYaml.save(
          saved.get().withState(location.toString()),
          operations.journals().clusterDirectory(name).resolve("spec.yaml"));
    }
    out.println(
        "pushed "
            + name
            + " (serial "
            + local.get().serial()
            + ", "
            + local.get().steps().size()
            + " steps) to "
            + location);
    return ExitCodes.OK;
  }
}
