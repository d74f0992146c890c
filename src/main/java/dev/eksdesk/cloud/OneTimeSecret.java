package dev.eksdesk.cloud;

import java.util.Objects;

/**
 * Material AWS returns once and never again (a key pair's private key). It never prints itself, so
 * it cannot leak into a log or the journal by accident.
 */
public record OneTimeSecret(String material) {
  public OneTimeSecret {
    Objects.requireNonNull(material, "material");
  }

  @Override
  public String toString() {
    return "OneTimeSecret[***]";
  }
}
