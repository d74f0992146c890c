package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.AccountVerifier.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard's Verify as the app runs it: a profile, an endpoint override, identity and
 * permissions.
 */
class AwsAccountVerifierMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();
  @TempDir Path home;

  @Test
  void aProfileVerifiesAgainstTheEmulatorAndSaysWhetherPermissionsWereChecked() throws Exception {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(
        home.resolve(".aws/credentials"),
        "[moto]\naws_access_key_id = AKIAMOTOTEST00000001\naws_secret_access_key = moto-secret\n");
    AwsAccountVerifier verifier =
        new AwsAccountVerifier(new AwsProfiles(AwsConfigLocations.resolve(Map.of(), home)));

    Verification result =
        verifier.verify(new AccountChoice.Profile("moto"), "eu-west-1", MOTO.endpoint().toString());

    assertThat(result.ok()).as(result.message()).isTrue();
    assertThat(result.account()).isEqualTo(MotoServer.ACCOUNT_ID);
    // moto does not simulate policies, so the preflight says it could not check, and why
    assertThat(result.message()).startsWith("Permissions were not checked");
    assertThat(verifier.profiles()).containsExactly("moto");
  }

  @Test
  void aMissingProfileIsAClearFailure() {
    AwsAccountVerifier verifier =
        new AwsAccountVerifier(new AwsProfiles(AwsConfigLocations.resolve(Map.of(), home)));

    Verification result =
        verifier.verify(
            new AccountChoice.Profile("absent"), "eu-west-1", MOTO.endpoint().toString());

    assertThat(result.ok()).isFalse();
    assertThat(result.message()).contains("absent");
  }
}
