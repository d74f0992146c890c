package dev.eksdesk.account;

import java.util.Objects;

/** Something the user should know about their account choice, and what to do about it. */
public record AccountProblem(String message, String nextAction) {
  public AccountProblem {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(nextAction, "nextAction");
  }
}
