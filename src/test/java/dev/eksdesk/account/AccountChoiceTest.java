package dev.eksdesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountChoiceTest {

  @Test
  void staticKeysNeverPrintSecretOrSessionToken() {
    var keys = new AccountChoice.StaticKeys("AKIAEXAMPLE", "the-secret", Optional.of("the-token"));

    assertThat(keys.toString()).contains("AKIAEXAMPLE").doesNotContain("the-secret", "the-token");
  }

  @Test
  void blankKeysAreRefused() {
    assertThatThrownBy(() -> new AccountChoice.StaticKeys("AKIA", " ", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AccountChoice.Profile(""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
