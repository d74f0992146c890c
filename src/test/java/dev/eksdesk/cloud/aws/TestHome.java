package dev.eksdesk.cloud.aws;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A fake home directory holding copies of the test profile files in {@code .aws/}. */
final class TestHome {

  private TestHome() {}

  static AwsConfigLocations withSampleProfiles(Path home) throws IOException {
    Path aws = Files.createDirectories(home.resolve(".aws"));
    copy("profiles/config", aws.resolve("config"));
    copy("profiles/credentials", aws.resolve("credentials"));
    return AwsConfigLocations.resolve(Map.of(), home);
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in = TestHome.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing test resource " + resource);
      }
      Files.copy(in, target);
    }
  }
}
