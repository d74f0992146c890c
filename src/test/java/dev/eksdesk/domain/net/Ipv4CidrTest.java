package dev.eksdesk.domain.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ipv4CidrTest {

  @Test
  void parsesAndPrintsABlock() {
    Ipv4Cidr block = Ipv4Cidr.parse(" 10.0.16.0/20 ");
    assertThat(block.toString()).isEqualTo("10.0.16.0/20");
    assertThat(block.size()).isEqualTo(4096);
    assertThat(Ipv4Cidr.formatAddress(block.lastAddress())).isEqualTo("10.0.31.255");
  }

  @Test
  void awsKeepsFiveAddressesOfEverySubnet() {
    assertThat(Ipv4Cidr.parse("10.0.0.0/28").usableInAwsSubnet()).isEqualTo(11);
    assertThat(Ipv4Cidr.parse("10.0.0.0/24").usableInAwsSubnet()).isEqualTo(251);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "10.0.0.0|has no prefix length",
        "10.0.0/16|four numbers",
        "10.0.0.256/24|larger than 255",
        "10.0.x.0/24|'x' is not a number",
        "10.0.0.0/33|from 0 to 32",
        "10.0.0.0/abc|must be a number",
        "10.0.1.7/16|did you mean 10.0.0.0/16?",
      })
  void malformedBlocksSayWhatIsWrong(String text, String expected) {
    assertThatThrownBy(() -> Ipv4Cidr.parse(text))
        .isInstanceOf(CidrFormatException.class)
        .hasMessageContaining(expected);
  }

  @Test
  void emptyInputAsksForABlock() {
    assertThatThrownBy(() -> Ipv4Cidr.parse("  ")).hasMessageContaining("is required");
  }

  @Test
  void containmentAndOverlap() {
    Ipv4Cidr vpc = Ipv4Cidr.parse("10.0.0.0/16");
    Ipv4Cidr inside = Ipv4Cidr.parse("10.0.255.0/24");
    Ipv4Cidr outside = Ipv4Cidr.parse("10.1.0.0/24");
    Ipv4Cidr straddling = Ipv4Cidr.parse("10.0.0.0/15");
    assertThat(vpc.contains(inside)).isTrue();
    assertThat(vpc.contains(outside)).isFalse();
    assertThat(vpc.overlaps(straddling)).isTrue();
    assertThat(vpc.contains(straddling)).isFalse();
    assertThat(inside.overlaps(outside)).isFalse();
    assertThat(Ipv4Cidr.parse("10.0.0.0/25").overlaps(Ipv4Cidr.parse("10.0.0.128/25"))).isFalse();
  }

  @Test
  void splitsIntoConsecutiveBlocks() {
    assertThat(Ipv4Cidr.parse("10.0.0.0/16").split(18, 3))
        .extracting(Ipv4Cidr::toString)
        .containsExactly("10.0.0.0/18", "10.0.64.0/18", "10.0.128.0/18");
    assertThatThrownBy(() -> Ipv4Cidr.parse("10.0.0.0/24").split(25, 3))
        .hasMessageContaining("do not fit");
  }
}
