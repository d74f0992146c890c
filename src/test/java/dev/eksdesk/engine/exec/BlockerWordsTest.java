package dev.eksdesk.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.Blocker;
import dev.eksdesk.cloud.ResourceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A destroy blocked by a load balancer's ENI names the load balancer as EC2 describes its ENIs:
 * "ELB app/NAME/ID" for an application or network one, "ELB NAME" for a classic one.
 */
class BlockerWordsTest {
  @Test
  void anElbv2LoadBalancersEniNamesTheLoadBalancer() {
    assertThat(BlockerWords.describe(eni("ELB app/k8s-default-web-1a2b/50dc6c495c0c9188"), "shop"))
        .isEqualTo(
            "ENI eni-1 (\"ELB app/k8s-default-web-1a2b/50dc6c495c0c9188\","
                + " ELB k8s-default-web-1a2b, in subnet subnet-1, holds security group sg-1)");
  }

  @Test
  void aClassicLoadBalancersEniNamesTheLoadBalancer() {
    assertThat(BlockerWords.describe(eni("ELB a1b2c3d4e5f6"), "shop"))
        .isEqualTo(
            "ENI eni-1 (\"ELB a1b2c3d4e5f6\", ELB a1b2c3d4e5f6, in subnet subnet-1, holds"
                + " security group sg-1)");
  }

  private static Blocker eni(String description) {
    return new Blocker(
        ResourceKind.NETWORK_INTERFACE,
        "eni-1",
        description,
        "amazon-elb",
        true,
        "interface",
        "",
        "subnet-1",
        List.of("sg-1"),
        Map.of());
  }
}
