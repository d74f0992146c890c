package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SpecFileException;
import dev.eksdesk.domain.spec.StateLocation;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.session.ClusterOperations;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What the state commands share: the cluster's name, the account, and the shared location. */
abstract class StateSubcommand implements Callable<Integer> {
  final EngineCommandContext context;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "the cluster's name")
  String name;

  @Mixin AccountOptions accountOptions = new AccountOptions();

  StateSubcommand(EngineCommandContext context) {
    this.context = context;
  }

  @Override
  public final Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<AccountSession> opened = accountOptions.open(context, null, err);
    if (opened.isEmpty()) {
      return ExitCodes.USAGE;
    }
    try (AccountSession session = opened.get()) {
      return run(new ClusterOperations(context.home(), context.catalog(), session), out, err);
    } catch (JournalLockedException | JournalUnreadableException | IOException e) {
      err.println("eksdesk: " + e.getMessage());
      return ExitCodes.FAILED;
    } catch (CloudException | IllegalStateException | IllegalArgumentException e) {
      err.println("eksdesk: " + e.getMessage());
      return ExitCodes.FAILED;
    }
  }

  abstract int run(ClusterOperations operations, PrintWriter out, PrintWriter err)
      throws JournalLockedException, JournalUnreadableException, IOException;

  /** The spec kept beside the cluster's journal on this machine, if it is readable. */
  Optional<ClusterSpec> savedSpec(ClusterOperations operations) throws IOException {
    try {
      return operations.savedSpec(name);
    } catch (SpecFileException e) {
      return Optional.empty();
    }
  }

  /**
   * The location given on the command line, else the one the saved spec names; empty (with what to
   * do on stderr) when there is neither.
   *
   * @throws IllegalArgumentException when the given one is not an S3 location
   */
  Optional<StateLocation> location(String given, ClusterOperations operations, PrintWriter err)
      throws IOException {
    if (given != null) {
      return Optional.of(StateLocation.parse(given));
    }
    Optional<StateLocation> saved = savedSpec(operations).flatMap(ClusterSpec::stateLocation);
    if (saved.isEmpty()) {
      err.println(
          "eksdesk: the journal of "
              + name
              + " is not shared from this machine (its spec names no `state: s3://…`). Name the"
              + " location with --from s3://BUCKET/PREFIX.");
    }
    return saved;
  }
}
