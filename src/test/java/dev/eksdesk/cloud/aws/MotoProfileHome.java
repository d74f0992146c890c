package dev.eksdesk.cloud.aws;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A temporary home folder for each test, with a profile {@value #PROFILE} holding moto's dummy keys
 * in {@code ~/.aws/credentials}, so the CLI's own profile lookup works as on a user's machine. The
 * JVM's {@code user.home} points there during the test, and the SDK's own system properties for the
 * shared files do (the CLI reads $HOME before user.home, as the AWS CLI does, and a test cannot
 * change its environment).
 */
public final class MotoProfileHome implements BeforeEachCallback, AfterEachCallback {
  public static final String PROFILE = "moto";

  private static final List<String> PROPERTIES =
      List.of("user.home", "aws.sharedCredentialsFile", "aws.configFile");

  private final Map<String, String> saved = new HashMap<>();
  private Path home;

  /** The CLI's own flags for moto's account in eu-west-1 with this home's profile, after args. */
  public static String[] onMoto(MotoServer moto, String... args) {
    String[] account = {
      "--profile", PROFILE, "--region", "eu-west-1", "--endpoint-url", moto.endpoint().toString()
    };
    String[] all = new String[args.length + account.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(account, 0, all, args.length, account.length);
    return all;
  }

  public Path path() {
    return home;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    home = Files.createTempDirectory("eksdesk-home");
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(
        home.resolve(".aws/credentials"),
        "[" + PROFILE + "]\naws_access_key_id = testing\naws_secret_access_key = testing\n");
    PROPERTIES.forEach(name -> saved.put(name, System.getProperty(name)));
    System.setProperty("user.home", home.toString());
    System.setProperty("aws.sharedCredentialsFile", home.resolve(".aws/credentials").toString());
    System.setProperty("aws.configFile", home.resolve(".aws/config").toString());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    saved.forEach(
        (name, value) -> {
          if (value == null) {
            System.clearProperty(name);
          } else {
            System.setProperty(name, value);
          }
        });
  }
}
