package dev.eksdesk.cli.engine;

import dev.eksdesk.cloud.AwsAccounts;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.engine.journal.EksdeskHome;
import dev.eksdesk.session.SandboxAccountSession;
import dev.eksdesk.session.WorkloadMovers;
import java.nio.file.Path;

/**
 * What the engine commands share: the data folder, the instance catalog, how to reach a cluster's
 * Kubernetes when a node group's pods must move, and AWS (its accounts and kubeconfig). Commands
 * made by picocli's no-argument constructors use {@link #fromEnvironment()}; tests pass their own.
 *
 * @param operatorCidr the operator's address used for "my-ip" when none is given on the command
 *     line (the sandbox does not care which)
 */
public record EngineCommandContext(
    Path home,
    InstanceCatalog catalog,
    String operatorCidr,
    WorkloadMovers movers,
    AwsAccounts aws) {
  public static final String SANDBOX_OPERATOR = SandboxAccountSession.OPERATOR_CIDR;

  public EngineCommandContext(Path home, InstanceCatalog catalog, String operatorCidr) {
    this(home, catalog, operatorCidr, WorkloadMovers.NONE, AwsAccounts.NONE);
  }

  public EngineCommandContext withMovers(WorkloadMovers workloads) {
    return new EngineCommandContext(home, catalog, operatorCidr, workloads, aws);
  }

  /** AWS as the commands reach it (the composition root gives the SDK's). */
  public EngineCommandContext withAws(AwsAccounts accounts) {
    return new EngineCommandContext(home, catalog, operatorCidr, movers, accounts);
  }

  public static EngineCommandContext fromEnvironment() {
    return new EngineCommandContext(
        EksdeskHome.resolve(), InstanceCatalog.bundled(), SANDBOX_OPERATOR);
  }
}
