package dev.eksdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerIdentityTest {

  @Test
  void rootArnIsRecognisedInEveryPartition() {
    assertThat(
            CallerIdentity.of("123456789012", "arn:aws:iam::123456789012:root", "123456789012")
                .root())
        .isTrue();
    assertThat(CallerIdentity.of("123456789012", "arn:aws-cn:iam::123456789012:root", "x").root())
        .isTrue();
  }

  @Test
  void usersRolesAndOtherAccountsRootAreNotRoot() {
    assertThat(CallerIdentity.of("123456789012", "arn:aws:iam::123456789012:user/root", "x").root())
        .isFalse();
    assertThat(
            CallerIdentity.of(
                    "123456789012", "arn:aws:sts::123456789012:assumed-role/root/session", "x")
                .root())
        .isFalse();
    assertThat(CallerIdentity.of("123456789012", "arn:aws:iam::999999999999:root", "x").root())
        .isFalse();
  }

  @Test
  void onlyRootGetsAWarning() {
    assertThat(
            CallerIdentity.of("123456789012", "arn:aws:iam::123456789012:root", "x").rootWarning())
        .hasValueSatisfying(
            problem -> assertThat(problem.message()).contains("root", "123456789012"));
    assertThat(
            CallerIdentity.of("123456789012", "arn:aws:iam::123456789012:user/ana", "x")
                .rootWarning())
        .isEmpty();
  }
}
