package dev.eksdesk.kube.cni;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

/** One idempotent step of the swap: it can tell whether its outcome is already there. */
interface Step {
  SwapStep id();

  boolean isDone();

  /** Makes the change; returns what it did, in words. */
  List<String> perform() throws Exception;

  /** Waits until the cluster shows the change took effect. */
  void awaitEffect(Duration timeout) throws TimeoutException, InterruptedException;

  /** What the user can do when this step fails. */
  String whatToDo();
}
