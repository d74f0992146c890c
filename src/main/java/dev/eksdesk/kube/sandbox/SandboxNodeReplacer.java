package dev.eksdesk.kube.sandbox;

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
    CompletableFuture.runAsync(
        () -> sandbox.registerReplacement(old, SandboxKube.newInstanceId()),
        CompletableFuture.delayedExecutor(bootDelay.toMillis(), TimeUnit.MILLISECONDS));
  }
}
