package dev.eksdesk.kube.recycle;

/**
 * The cloud side of node recycling. On AWS: TerminateInstanceInAutoScalingGroup with
 * ShouldDecrementDesiredCapacity=false, so the group launches a replacement from its current launch
 * template. In the sandbox: the node goes and a new one registers after a boot delay.
 */
public interface NodeReplacer {
  /**
   * Terminates the instance and makes sure a replacement is on its way; returns without waiting for
   * the replacement (the recycler watches for it to join).
   */
  void terminateAndReplace(String instanceId);
}
