package dev.eksdesk.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cluster that refuses the user's AWS identity: the message names the access entry to add. */
class KubeFailuresTest {
  private static final String ROLE_SESSION = "arn:aws:sts::123456789012:assumed-role/Admin/jo";

  @Test
  void anUnknownIdentityIsToldTheAccessEntryToCreateForItsRole() {
    String message =
        KubeFailures.describe("shop", Optional.of(ROLE_SESSION), refusal(401, "Unauthorized"));

    assertThat(message)
        .contains("shop")
        .contains("no access entry for arn:aws:iam::123456789012:role/Admin")
        .contains(
            "aws eks create-access-entry --cluster-name shop"
                + " --principal-arn arn:aws:iam::123456789012:role/Admin")
        .contains("arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy")
        .doesNotContain("assumed-role");
  }

  @Test
  void anIdentityWithoutReadRightsIsToldThePolicyToAssociate() {
    String user = "arn:aws:iam::123456789012:user/jo";

    String message = KubeFailures.describe("shop", Optional.of(user), refusal(403, "Forbidden"));

    assertThat(message)
        .contains(user + " may not list nodes and pods")
        .contains("AmazonEKSViewPolicy")
        .contains("associate-access-policy");
  }

  @Test
  void withoutAnIdentityTheAdviceStaysGeneral() {
    assertThat(KubeFailures.describe("shop", refusal(401, "Unauthorized")))
        .contains("does not accept this AWS identity")
        .contains("access entry");
  }

  private static KubernetesClientException refusal(int code, String message) {
    return new KubernetesClientException(message, code, null);
  }
}
