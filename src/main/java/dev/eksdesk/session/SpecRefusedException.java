package dev.eksdesk.session;

import dev.eksdesk.cloud.AccountSession;
import java.util.List;

/** The account refuses the spec as it is (see {@link AccountSession#problemsWith}). */
public final class SpecRefusedException extends Exception {
  private final List<String> problems;

  public SpecRefusedException(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
