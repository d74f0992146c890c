package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.ProfileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class CredentialsFileWriterTest {

  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  private static final AccountChoice.StaticKeys KEYS =
      new AccountChoice.StaticKeys("AKIAIOSFODNN7EXAMPLE", SECRET, Optional.empty());

  @TempDir Path home;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void captureLogs() {
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void stopCapturing() {
    root.detachAppender(logs);
  }

  @Test
  void createsAPrivateFileInAPrivateDirectory() throws Exception {
    AwsConfigLocations locations = AwsConfigLocations.resolve(Map.of(), home);

    new CredentialsFileWriter(locations).save("typed", KEYS);

    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(locations.credentialsFile())))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(".aws"))))
        .isEqualTo("rwx------");
    assertThat(new AwsProfiles(locations).list())
        .singleElement()
        .satisfies(profile -> assertThat(profile.kind()).isEqualTo(ProfileKind.STATIC));
  }

  @Test
  void keepsOtherProfilesAndCommentsAndTightensAnOpenFile() throws Exception {
    AwsConfigLocations locations = TestHome.withSampleProfiles(home);
    Files.setPosixFilePermissions(
        locations.credentialsFile(), PosixFilePermissions.fromString("rw-r--r--"));

    new CredentialsFileWriter(locations).save("typed", KEYS);

    String text = Files.readString(locations.credentialsFile());
    assertThat(text)
        .contains("# kept by every save", "AKIAEXAMPLEDEFAULT01", "static-secret-example")
        .contains(
            "[typed]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = " + SECRET);
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(locations.credentialsFile())))
        .isEqualTo("rw-------");
    var credentials =
        new CredentialsProviders(new AwsProfiles(locations))
            .providerFor(new AccountChoice.Profile("typed"))
            .resolveCredentials();
    assertThat(credentials.secretAccessKey()).isEqualTo(SECRET);
  }

  @Test
  void replacesAnExistingProfileInPlace() throws Exception {
    AwsConfigLocations locations = TestHome.withSampleProfiles(home);

    new CredentialsFileWriter(locations)
        .save(
            "default",
            new AccountChoice.StaticKeys(
                "AKIANEWDEFAULT000001", "new-secret", Optional.of("session")));

    String text = Files.readString(locations.credentialsFile());
    assertThat(text).doesNotContain("AKIAEXAMPLEDEFAULT01", "default-secret-example");
    assertThat(text.indexOf("[default]")).isLessThan(text.indexOf("[static-only]"));
    assertThat(text).containsOnlyOnce("[default]").contains("aws_session_token = session");
    assertThat(text).contains("aws_secret_access_key = static-secret-example");
  }

  @Test
  void neverLogsTheSecret() throws Exception {
    new CredentialsFileWriter(AwsConfigLocations.resolve(Map.of(), home)).save("typed", KEYS);

    assertThat(logs.list).isNotEmpty();
    assertThat(logs.list)
        .allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(SECRET));
    assertThat(KEYS.toString()).doesNotContain(SECRET).contains("AKIAIOSFODNN7EXAMPLE");
  }

  @Test
  void refusesNamesAndValuesThatWouldBreakTheFile() {
    CredentialsFileWriter writer =
        new CredentialsFileWriter(AwsConfigLocations.resolve(Map.of(), home));

    assertThatThrownBy(() -> writer.save("evil]\n[default", KEYS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                writer.save(
                    "ok", new AccountChoice.StaticKeys("AKIA", "sec\nret", Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("sec\nret");
    assertThat(home.resolve(".aws")).doesNotExist();
  }
}
