package dev.eksdesk.domain.spec;

/**
 * Something wrong with a spec, located by its field path (e.g. "network.subnets[2].cidr").
 *
 * @param line the line in the YAML file, or 0 where not known
 */
public record SpecProblem(Severity severity, String path, String message, int line) {
  public enum Severity {
    /** The cluster cannot be built like this. */
    ERROR,
    /** It can be built, but probably not as meant (cost, exposure, capacity). */
    WARNING
  }

  public static SpecProblem error(String path, String message) {
    return new SpecProblem(Severity.ERROR, path, message, 0);
  }

  public static SpecProblem warning(String path, String message) {
    return new SpecProblem(Severity.WARNING, path, message, 0);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    String where = line > 0 ? " (line " + line + ")" : "";
    return severity.name().toLowerCase(java.util.Locale.ROOT)
        + ": "
        + path
        + where
        + ": "
        + message;
  }
}
