package dev.eksdesk.domain.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import org.junit.jupiter.api.Test;

class ChangeCostTest {
  private final CostEstimator costs =
      new CostEstimator(InstanceCatalog.bundled(), PriceBook.bundled());
  private final ClusterSpec before = DefaultSpecs.firstCluster();

  @Test
  void aThirdNodeCostsMoreAndMakesRoomForMorePods() {
    ClusterSpec after = before.withNodeGroup(before.nodeGroup().withSizes(3, 1, 4));

    assertThat(ChangeCost.line(costs, before, after))
        .matches(
            "Cost: \\+\\$[1-9][0-9.]* per month\\. Room for \\d+ of your pods at desired size"
                + " \\(was \\d+\\)\\.");
  }

  @Test
  void aChangeThatCostsNothingSaysSoInsteadOfPlusZero() {
    ClusterSpec renamedTagsOnly = before.withName("same-size");

    assertThat(ChangeCost.line(costs, before, renamedTagsOnly))
        .startsWith("Cost: no change per month. Room for ")
        .endsWith("at desired size (unchanged).")
        .doesNotContain("$0.00");
  }

  @Test
  void fewerNodesShowAMinusSign() {
    ClusterSpec smaller = before.withNodeGroup(before.nodeGroup().withSizes(1, 1, 2));

    assertThat(ChangeCost.monthlyDelta(costs, before, smaller))
        .matches("-\\$[1-9][0-9.]* per month");
  }
}
