package dev.eksdesk.domain.spec;

import static dev.eksdesk.domain.spec.Require.present;

/** A standalone EC2 host in a private subnet, outside the cluster. */
public record WorkerSpec(boolean enabled, String instanceType) {
  public WorkerSpec {
    present(instanceType, "instanceType");
  }
}
