package dev.eksdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cost chart's category names fit their narrow columns at 1024x700 on two lines. */
class CostCategoryLabelTest {
  @Test
  void aLongNameBreaksAtTheSpaceNearestItsMiddle() {
    assertThat(CostPanelView.twoLines("EKS control plane")).isEqualTo("EKS control\nplane");
    assertThat(CostPanelView.twoLines("EC2 instances")).isEqualTo("EC2\ninstances");
  }

  @Test
  void aSingleWordStaysAsItIs() {
    assertThat(CostPanelView.twoLines("NAT")).isEqualTo("NAT");
  }
}
