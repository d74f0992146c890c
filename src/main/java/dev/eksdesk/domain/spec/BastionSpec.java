package dev.eksdesk.domain.spec;

import static dev.eksdesk.domain.spec.Require.present;

/** A jump host in a public subnet; SSH reaches it only from {@code sshIngressCidr}. */
public record BastionSpec(boolean enabled, String instanceType, String sshIngressCidr) {
  public BastionSpec {
    present(instanceType, "instanceType");
    present(sshIngressCidr, "sshIngressCidr");
  }

  public BastionSpec withEnabled(boolean nowEnabled) {
    return new BastionSpec(nowEnabled, instanceType, sshIngressCidr);
  }

  public BastionSpec withSshIngressCidr(String newCidr) {
    return new BastionSpec(enabled, instanceType, newCidr);
  }
}
