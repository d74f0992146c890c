package dev.eksdesk.cloud.aws;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A temporary home folder for each test, with a profile {@value #PROFILE} holding moto's dummy keys
 * in {@code ~/.aws/credentials}, so the CLI's own profile lookup works as on a user's machine. The
 * JVM's {@code user.home} points there during the test.
 */
public final class MotoProfileHome implements BeforeEachCallback, AfterEachCallback {
  public static final String PROFILE = "moto";

  private String realHome;
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
    realHome = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setProperty("user.home", realHome);
  }
}
