package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.PermissionCheck;
import dev.eksdesk.cloud.CallerIdentity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.model.Credentials;

/** The wizard's Verify and permission preflight against moto's STS and IAM. */
class VerifyMotoTest {

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir Path home;
  private AwsClients admin;

  @BeforeEach
  void adminClients() throws Exception {
    MOTO.reset();
    admin = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter());
  }

  @AfterEach
  void close() {
    admin.close();
  }

  private CallerIdentity verifyAs(AccountChoice choice) {
    var providers =
        new CredentialsProviders(
            new AwsProfiles(AwsConfigLocations.resolve(java.util.Map.of(), home)));
    try (AwsClients clients =
        new AwsClients(
            MOTO.settings(Region.EU_WEST_1, providers.providerFor(choice)), new ApiCallCounter())) {
      return new CallerIdentityVerifier(clients.sts()).verify();
    }
  }

  @Test
  void unknownKeysGetMotosDefaultIdentity() {
    CallerIdentity identity = new CallerIdentityVerifier(admin.sts()).verify();

    assertThat(identity.account()).isEqualTo(MotoServer.ACCOUNT_ID);
    assertThat(identity.isRoot()).isFalse();
  }

  @Test
  void savedProfileOfAnIamUserVerifiesAsThatUser() throws Exception {
    admin.iam().createUser(r -> r.userName("ana"));
    AccessKey key = admin.iam().createAccessKey(r -> r.userName("ana")).accessKey();
    var typed =
        new AccountChoice.StaticKeys(key.accessKeyId(), key.secretAccessKey(), Optional.empty());
    new CredentialsFileWriter(AwsConfigLocations.resolve(java.util.Map.of(), home))
        .save("ana", typed);

    CallerIdentity identity = verifyAs(new AccountChoice.Profile("ana"));

    assertThat(identity.arn()).isEqualTo("arn:aws:iam::123456789012:user/ana");
    assertThat(identity.isRoot()).isFalse();
  }

  @Test
  void assumedRoleSessionVerifiesAsItsRole() {
    admin
        .iam()
        .createRole(
            r -> r.roleName("Deployer").path("/eksdesk/").assumeRolePolicyDocument(TRUST_ANYONE));
    Credentials session =
        admin
            .sts()
            .assumeRole(
                r ->
                    r.roleArn("arn:aws:iam::123456789012:role/eksdesk/Deployer")
                        .roleSessionName("ana"))
            .credentials();

    CallerIdentity identity =
        verifyAs(
            new AccountChoice.StaticKeys(
                session.accessKeyId(),
                session.secretAccessKey(),
                Optional.of(session.sessionToken())));

    assertThat(identity.arn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/Deployer/ana");
  }

  /** moto 5.2 does not implement SimulatePrincipalPolicy: the preflight must degrade, not fail. */
  @Test
  void preflightReportsCouldNotCheckWhenSimulationIsUnavailable() {
    admin.iam().createUser(r -> r.userName("ana"));
    CallerIdentity ana = new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/ana");

    PermissionCheck check =
        new PermissionPreflight(admin.iam(), new AwsErrors(new AccountChoice.Profile("ana"), true))
            .check(ana, List.of("ec2:CreateVpc", "eks:CreateCluster"));

    assertThat(check).isInstanceOf(PermissionCheck.Unchecked.class);
    assertThat(((PermissionCheck.Unchecked) check).reason().message())
        .startsWith("Could not check permissions.")
        .contains("does not implement");
  }

  private static final String TRUST_ANYONE =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\"}]}";
}
