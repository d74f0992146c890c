package dev.eksdesk.kube.sandbox;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.kube.recycle.NodeReplacer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The sandbox's Auto Scaling group: terminate, then boot a like instance after a delay. */
final class SandboxNodeReplacer implements NodeReplacer {
  private final SandboxKube sandbox;
  private final Duration bootDelay;

  SandboxNodeReplacer(SandboxKube sandbox, Duration bootDelay) {
    this.sandbox = sandbox;
    this.bootDelay = bootDelay;
  }

  @Override
  public void terminateAndReplace(String instanceId) {
    NodeRegistration old =
        sandbox
            .registrationOf(instanceId)
            .orElseThrow(() -> new IllegalArgumentException("no sandbox instance " + instanceId));
    sandbox.terminate(instanceId);
    CniMode mode = sandbox.runsCalico() ? CniMode.CALICO_OVERLAY : old.cniMode();
    int maxPods =
        mode == old.cniMode() ? old.maxPods() : PodCapacity.maxPods(old.instanceType(), mode);
    CompletableFuture.runAsync(
        () ->
            sandbox.registerNode(
                old.nodeGroup(), old.instanceType(), old.zone(), old.subnet(), mode, maxPods),
        CompletableFuture.delayedExecutor(bootDelay.toMillis(), TimeUnit.MILLISECONDS));
  }
}
