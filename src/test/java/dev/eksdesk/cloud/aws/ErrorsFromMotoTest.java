package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudFailure;
import dev.eksdesk.cloud.FailureKind;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.model.AccessKey;

/**
 * Real error answers provoked from moto with its IAM enforcement switched on: after the first two
 * requests (creating a user and its key) moto checks every request's signature and policies.
 *
 * <p>moto wraps its authentication errors in a body the SDK cannot parse (see
 * docs/AWS-EMULATOR.md), so the bad-credential cases here reach {@link AwsErrors} as a bare HTTP
 * 401 without an error code; the code-based translation is covered by {@link AwsErrorsTest}.
 */
class ErrorsFromMotoTest {

  @RegisterExtension
  static final MotoServer MOTO = new MotoServer(Map.of("INITIAL_NO_AUTH_ACTION_COUNT", "2"));

  private static AccessKey anasKey;

  @BeforeAll
  static void createUserWithoutPolicies() {
    try (AwsClients setup = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter())) {
      setup.iam().createUser(r -> r.userName("ana"));
      anasKey = setup.iam().createAccessKey(r -> r.userName("ana")).accessKey();
    }
  }

  private static CloudFailure failureOf(
      AccountChoice.StaticKeys keys, java.util.function.Consumer<AwsClients> call) {
    try (AwsClients clients =
        new AwsClients(
            MOTO.settings(
                Region.EU_WEST_1,
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(keys.accessKeyId(), keys.secretAccessKey()))),
            new ApiCallCounter())) {
      Throwable thrown = catchThrowable(() -> call.accept(clients));
      assertThat(thrown).as("the call should have failed").isNotNull();
      return new AwsErrors(keys, true).translate(thrown);
    }
  }

  @Test
  void unknownAccessKeyIsInvalidCredentials() {
    CloudFailure failure =
        failureOf(
            new AccountChoice.StaticKeys("AKIAUNKNOWNKEY000000", "whatever", Optional.empty()),
            clients -> clients.ec2().describeVpcs());

    assertThat(failure.kind()).as(failure.toString()).isEqualTo(FailureKind.CREDENTIALS_EXPIRED);
    assertThat(failure.nextAction()).contains("access keys");
  }

  @Test
  void wrongSecretIsInvalidCredentials() {
    CloudFailure failure =
        failureOf(
            new AccountChoice.StaticKeys(anasKey.accessKeyId(), "not-the-secret", Optional.empty()),
            clients -> clients.ec2().describeVpcs());

    assertThat(failure.kind()).as(failure.toString()).isEqualTo(FailureKind.CREDENTIALS_EXPIRED);
  }

  @Test
  void userWithoutPoliciesIsDeniedAndTheActionIsNamed() {
    CloudFailure failure =
        failureOf(
            new AccountChoice.StaticKeys(
                anasKey.accessKeyId(), anasKey.secretAccessKey(), Optional.empty()),
            clients -> clients.ec2().describeVpcs());

    assertThat(failure.kind()).as(failure.toString()).isEqualTo(FailureKind.ACCESS_DENIED);
    assertThat(failure.message()).contains("ec2:DescribeVpcs");
  }

  @Test
  void nothingListeningIsUnreachable() {
    try (AwsClients clients =
        new AwsClients(
            MOTO.settings(Region.EU_WEST_1).withEndpointOverride(URI.create("http://127.0.0.1:1")),
            new ApiCallCounter())) {
      Throwable thrown = catchThrowable(() -> clients.sts().getCallerIdentity());

      CloudFailure failure = new AwsErrors(new AccountChoice.Environment(), true).translate(thrown);
      assertThat(failure.kind()).as(failure.toString()).isEqualTo(FailureKind.UNKNOWN);
    }
  }
}
