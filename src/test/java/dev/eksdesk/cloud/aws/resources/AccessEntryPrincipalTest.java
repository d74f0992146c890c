package dev.eksdesk.cloud.aws.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

class AccessEntryPrincipalTest {
  private static final String SSO_ROLE =
      "arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/eu-west-1/"
          + "AWSReservedSSO_Admin_0123456789abcdef";

  private final IamWithRoles iam =
      new IamWithRoles(Map.of("AWSReservedSSO_Admin_0123456789abcdef", SSO_ROLE));
  private final AccessEntryPrincipal principals = new AccessEntryPrincipal(iam);

  @Test
  void anSsoSessionIsItsRoleWithThePathIamGives() {
    assertThat(
            principals.of(
                "arn:aws:sts::123456789012:assumed-role/"
                    + "AWSReservedSSO_Admin_0123456789abcdef/ana@example.com"))
        .isEqualTo(SSO_ROLE);
    assertThat(iam.asked).containsExactly("AWSReservedSSO_Admin_0123456789abcdef");
  }

  @Test
  void usersAndRolesAreTheirOwnPrincipalWithoutAskingIam() {
    assertThat(principals.of("arn:aws:iam::123456789012:user/ana"))
        .isEqualTo("arn:aws:iam::123456789012:user/ana");
    assertThat(principals.of("arn:aws:iam::123456789012:role/deployer"))
        .isEqualTo("arn:aws:iam::123456789012:role/deployer");
    assertThat(iam.asked).isEmpty();
  }

  @Test
  void aSessionOfARoleIamDoesNotKnowIsRefusedByIam() {
    assertThatThrownBy(
            () -> principals.of("arn:aws-cn:sts::123456789012:assumed-role/gone/session"))
        .isInstanceOf(NoSuchEntityException.class);
    assertThat(iam.asked).containsExactly("gone");
  }
}
