package dev.eksdesk.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerIdentityTest {

  @Test
  void rootArnIsRecognisedInEveryPartition() {
    assertThat(new CallerIdentity("123456789012", "arn:aws:iam::123456789012:root").isRoot())
        .isTrue();
    assertThat(new CallerIdentity("123456789012", "arn:aws-cn:iam::123456789012:root").isRoot())
        .isTrue();
  }

  @Test
  void usersRolesAndOtherAccountsRootAreNotRoot() {
    assertThat(new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/root").isRoot())
        .isFalse();
    assertThat(
            new CallerIdentity(
                    "123456789012", "arn:aws:sts::123456789012:assumed-role/root/session")
                .isRoot())
        .isFalse();
    assertThat(new CallerIdentity("123456789012", "arn:aws:iam::999999999999:root").isRoot())
        .isFalse();
  }
}
