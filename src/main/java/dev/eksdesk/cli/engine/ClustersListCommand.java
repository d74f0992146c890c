package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cli.Json;
import dev.eksdesk.cli.OutputFormat;
import dev.eksdesk.cloud.AwsSession;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.ClusterInventory;
import dev.eksdesk.session.AccountClusters;
import dev.eksdesk.session.ListedCluster;
import dev.eksdesk.session.SandboxAccountSession;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eksdesk clusters list}: with {@code --sandbox} the Sandbox's clusters, otherwise those of
 * the AWS account the flags name and then the Sandbox's. An account that cannot be read says why on
 * stderr and makes the exit code 1; the other's rows still print.
 */
@Command(name = "list", description = "Every EKS cluster of the account, built by Eksdesk or not.")
public final class ClustersListCommand implements Callable<Integer> {
  private final EngineCommandContext context;

  @Spec private CommandSpec spec;

  @Option(names = "--output", description = "text or json (default ${DEFAULT-VALUE})")
  private OutputFormat output = OutputFormat.text;

  @Mixin private AccountOptions accountOptions = new AccountOptions();

  public ClustersListCommand() {
    this(EngineCommandContext.fromEnvironment());
  }

  public ClustersListCommand(EngineCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<ListedCluster> rows = new ArrayList<>();
    boolean allRead = true;
    if (!accountOptions.sandbox()) {
      allRead = readAws(rows, err);
    }
    try (SandboxAccountSession sandbox =
        new SandboxAccountSession(context.home(), context.catalog(), 1)) {
      rows.addAll(AccountClusters.inSandbox(context.home(), context.catalog(), sandbox));
    }
    print(rows);
    return allRead ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private boolean readAws(List<ListedCluster> rows, PrintWriter err) {
    Optional<AwsSession> opened = accountOptions.openAws(context.aws(), null, err);
    if (opened.isEmpty()) {
      err.println("eksdesk: the AWS account's clusters are not listed; the Sandbox's follow");
      return false;
    }
    try (AwsSession aws = opened.get()) {
      ClusterInventory inspector = aws.inspector();
      rows.addAll(
          new AccountClusters(context.home(), context.catalog(), aws)
              .list(
                  inspector.clusters(),
                  aws.identity().account(),
                  aws.region().orElse(""),
                  name -> nodes(inspector, name)));
      return true;
    } catch (CloudException e) {
      err.println("eksdesk: " + e.getMessage());
      return false;
    }
  }

  /** A cluster deleted between the list and this read has no nodes left to count. */
  private static int nodes(ClusterInventory inspector, String cluster) {
    try {
      return inspector.nodeCount(cluster);
    } catch (CloudException e) {
      return 0;
    }
  }

  private void print(List<ListedCluster> rows) {
    PrintWriter out = spec.commandLine().getOut();
    if (output == OutputFormat.json) {
      out.println(Json.write(rows));
      return;
    }
    if (rows.isEmpty()) {
      out.println("No clusters.");
      return;
    }
    String format = "%-24s %-14s %-14s %-8s %-9s %-8s %s%n";
    out.printf(format, "NAME", "ACCOUNT", "REGION", "VERSION", "STATUS", "EKSDESK", "NODES");
    rows.forEach(
        r ->
            out.printf(
                format,
                r.name(),
                r.account(),
                r.region(),
                r.version(),
                r.status(),
                r.builtByEksdesk() ? "yes" : "no",
                r.nodes()));
  }
}
