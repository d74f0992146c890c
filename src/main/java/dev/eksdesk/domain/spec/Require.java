package dev.eksdesk.domain.spec;

/** Field checks for the spec records, whose messages name the missing field. */
final class Require {
  private Require() {}

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new MissingFieldException(field);
    }
    return value;
  }
}
