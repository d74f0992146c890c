package dev.eksdesk.app;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.diff.PlanChangedException;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.RunOutcome;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.ui.provisioning.ProvisioningException;
import dev.eksdesk.ui.provisioning.ProvisioningService;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisioning that also tells the clusters' lifecycles: a successful apply makes the cluster
 * reachable from the screens that watch it, a destroy takes it away before the engine starts
 * deleting.
 */
final class LiveClusterProvisioning implements ProvisioningService {
  private static final Logger LOG = LoggerFactory.getLogger(LiveClusterProvisioning.class);

  private final ProvisioningService provisioning;
  private final List<ClusterLifecycle> lifecycles;

  LiveClusterProvisioning(ProvisioningService provisioning, List<ClusterLifecycle> lifecycles) {
    this.provisioning = provisioning;
    this.lifecycles = List.copyOf(lifecycles);
  }

  @Override
  public Plan plan(ClusterSpec spec) {
    return provisioning.plan(spec);
  }

  @Override
  public EngineRun apply(ClusterSpec spec, double speed) throws ProvisioningException {
    return connectedWhenReady(spec, provisioning.apply(spec, speed));
  }

  /** After a change the screens connect again: nodes may have come or gone. */
  @Override
  public EngineRun change(ClusterSpec spec, PlanDiff shown, boolean allowReplace, double speed)
      throws ProvisioningException, PlanRefusedException, PlanChangedException {
    return connectedWhenReady(spec, provisioning.change(spec, shown, allowReplace, speed));
  }

  @Override
  public PlanDiff diff(ClusterSpec spec, boolean allowReplace)
      throws ProvisioningException, PlanRefusedException {
    return provisioning.diff(spec, allowReplace);
  }

  @Override
  public Optional<ClusterSpec> currentSpec(String cluster) throws ProvisioningException {
    return provisioning.currentSpec(cluster);
  }

  private EngineRun connectedWhenReady(ClusterSpec spec, EngineRun run) {
    // thenAcceptAsync: the completion runs on an engine thread, which must not wait for Kubernetes.
    run.completion()
        .thenAcceptAsync(
            summary -> {
              if (summary.outcome() == RunOutcome.SUCCEEDED) {
                lifecycles.forEach(lifecycle -> lifecycle.ready(spec));
              }
            })
        .exceptionally(
            e -> {
              LOG.warn("the cluster {} is ready but could not be connected to", spec.name(), e);
              return null;
            });
    return run;
  }

  @Override
  public EngineRun destroy(ClusterSpec spec, double speed) throws ProvisioningException {
    lifecycles.forEach(lifecycle -> lifecycle.gone(spec));
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
