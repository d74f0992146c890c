package dev.eksdesk.kube.cni;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A manifest fetched at run time, pinned to a version and to the SHA-256 of its bytes.
 *
 * @param sha256 lowercase hex; empty when nobody has pinned the checksum yet, in which case the
 *     download is refused rather than applied unchecked
 */
public record PinnedManifest(String name, String version, URI url, Optional<String> sha256) {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  public PinnedManifest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(url, "url");
    sha256.ifPresent(
        hex -> {
          if (!SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException(name + ": not a SHA-256 in lowercase hex: " + hex);
          }
        });
  }
}
