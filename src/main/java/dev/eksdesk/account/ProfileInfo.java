package dev.eksdesk.account;

import java.util.Objects;
import java.util.Optional;

/** A named profile as listed in the wizard; carries no secret. */
public record ProfileInfo(String name, Optional<String> region, ProfileKind kind) {
  public ProfileInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(kind, "kind");
  }
}
