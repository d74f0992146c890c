package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperatorAddressLookupTest {

  @Test
  void anEndpointOnThisMachineSeesTheOperatorAsThisMachine() {
    for (String endpoint :
        new String[] {"http://127.0.0.1:5000", "http://localhost:4566", "http://[::1]:5000"}) {
      assertThat(OperatorAddressLookup.operatorCidr(Optional.of(URI.create(endpoint))))
          .as(endpoint)
          .isEqualTo("127.0.0.1/32");
    }
  }

  @Test
  void onlyLoopbackHostsAreThisMachine() {
    assertThat(OperatorAddressLookup.isLoopback("127.0.0.1")).isTrue();
    assertThat(OperatorAddressLookup.isLoopback("10.1.2.3")).isFalse();
    assertThat(OperatorAddressLookup.isLoopback("no-such-host.invalid")).isFalse();
  }
}
