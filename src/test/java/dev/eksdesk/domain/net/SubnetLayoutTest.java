package dev.eksdesk.domain.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubnetLayoutTest {

  @Test
  void publicBlocksFirstThenAlignedPrivateBlocks() {
    var planned =
        SubnetLayout.plan(
            Ipv4Cidr.parse("10.0.0.0/16"), List.of("eu-central-1a", "eu-central-1b"), 24, 20);
    assertThat(planned)
        .extracting(p -> p.zone() + " " + (p.isPublic() ? "public" : "private") + " " + p.block())
        .containsExactly(
            "eu-central-1a public 10.0.0.0/24",
            "eu-central-1b public 10.0.1.0/24",
            "eu-central-1a private 10.0.16.0/20",
            "eu-central-1b private 10.0.32.0/20");
  }

  @Test
  void refusesALayoutThatDoesNotFit() {
    assertThatThrownBy(
            () -> SubnetLayout.plan(Ipv4Cidr.parse("10.0.0.0/24"), List.of("a", "b", "c"), 26, 25))
        .hasMessageContaining("do not fit in 10.0.0.0/24");
  }
}
