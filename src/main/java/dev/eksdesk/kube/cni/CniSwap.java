package dev.eksdesk.kube.cni;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Replaces the AWS VPC CNI with Calico: remove aws-node, install Calico, move the API server's
 * callees to host networking, each step verified. Every step first checks whether its outcome is
 * already there, so running the swap again after a crash or a failure resumes where it stopped. The
 * nodes still have to be recycled afterwards (see {@code dev.eksdesk.kube.recycle}).
 */
public interface CniSwap extends AutoCloseable {
  Duration DEFAULT_STEP_TIMEOUT = Duration.ofMinutes(5);

  SwapPlan preflight(String vpcCidr);

  /**
   * Runs the swap on the calling thread (a background one), reporting each step.
   *
   * @return whether every step succeeded
   */
  boolean run(String vpcCidr, Consumer<SwapEvent> listener) throws InterruptedException;

  void close();
}
