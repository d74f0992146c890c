package dev.eksdesk.cli;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SpecFileException;
import dev.eksdesk.domain.spec.SpecProblem;
import dev.eksdesk.domain.spec.SpecValidator;
import dev.eksdesk.domain.spec.SpecYaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A spec file as every command takes it: read, then validated, each problem printed to stderr with
 * its key and line; commands act only on a spec without errors.
 */
public final class SpecInput {
  private SpecInput() {}

  /** The spec, or empty when it cannot be read or has errors (all of them printed). */
  public static Optional<ClusterSpec> loadValid(Path file, InstanceCatalog catalog, PrintWriter err)
      throws IOException {
    ClusterSpec spec;
    try {
      spec = SpecYaml.load(file);
    } catch (SpecFileException e) {
      err.println("eksdesk: " + file + " is not a valid cluster spec:");
      e.problems().forEach(err::println);
      return Optional.empty();
    }
    List<SpecProblem> problems = new SpecValidator(catalog).validate(spec);
    problems.forEach(err::println);
    return SpecValidator.hasErrors(problems) ? Optional.empty() : Optional.of(spec);
  }
}
