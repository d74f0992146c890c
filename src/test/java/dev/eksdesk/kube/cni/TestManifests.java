package dev.eksdesk.kube.cni;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The local stand-in for Calico's manifest, from the test resources. */
final class TestManifests {
  private TestManifests() {}

  static ManifestSource calico() {
    return () -> {
      try (InputStream in = TestManifests.class.getResourceAsStream("calico-test.yaml")) {
        if (in == null) {
          throw new IOException("calico-test.yaml is missing from the test resources");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    };
  }
}
