package dev.eksdesk.account;

import java.util.List;
import java.util.Objects;

/** The outcome of checking, before any change, whether the caller may perform a list of actions. */
public sealed interface PermissionCheck permits PermissionCheck.Checked, PermissionCheck.Unchecked {

  /** IAM evaluated every action; {@code denied} lists the ones not allowed, in request order. */
  record Checked(List<String> denied) implements PermissionCheck {
    public Checked {
      denied = List.copyOf(denied);
    }

    public boolean allAllowed() {
      return denied.isEmpty();
    }
  }

  /** The check itself could not run, usually because the caller may not simulate policies. */
  record Unchecked(AccountProblem reason) implements PermissionCheck {
    public Unchecked {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
