package dev.eksdesk.app;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.RunOutcome;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.ui.provisioning.ProvisioningException;
import dev.eksdesk.ui.provisioning.ProvisioningService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sandbox provisioning that also tells the cluster lifecycle: a successful apply brings the
 * cluster's Kubernetes up, a destroy takes it down before the engine starts deleting.
 */
final class SandboxClusterProvisioning implements ProvisioningService {
  private static final Logger LOG = LoggerFactory.getLogger(SandboxClusterProvisioning.class);

  private final ProvisioningService provisioning;
  private final SandboxClusterLifecycle lifecycle;

  SandboxClusterProvisioning(ProvisioningService provisioning, SandboxClusterLifecycle lifecycle) {
    this.provisioning = provisioning;
    this.lifecycle = lifecycle;
  }

  @Override
  public Plan plan(ClusterSpec spec) {
    return provisioning.plan(spec);
  }

  @Override
  public EngineRun apply(ClusterSpec spec, double speed) throws ProvisioningException {
    EngineRun run = provisioning.apply(spec, speed);
    // thenAcceptAsync: the completion runs on an engine thread, which must not wait for Kubernetes.
    run.completion()
        .thenAcceptAsync(
            summary -> {
              if (summary.outcome() == RunOutcome.SUCCEEDED) {
                lifecycle.ready(spec);
              }
            })
        .exceptionally(
            e -> {
              LOG.warn(
                  "the sandbox cluster {} is ready but its Kubernetes did not start",
                  spec.name(),
                  e);
              return null;
            });
    return run;
  }

  @Override
  public EngineRun destroy(ClusterSpec spec, double speed) throws ProvisioningException {
    lifecycle.gone(spec.name());
    return provisioning.destroy(spec, speed);
  }

  @Override
  public List<ClusterSpec> unfinished() {
    return provisioning.unfinished();
  }

  @Override
  public String accountName() {
    return provisioning.accountName();
  }
}
