package dev.eksdesk.domain.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every malformed spec is refused by reading or validating, naming its key, in plain words. */
class MalformedSpecTest {
  @TempDir Path home;

  static List<MalformedSpecs.Case> cases() {
    return MalformedSpecs.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRefusedNamingItsKeyWithoutJavaWording(MalformedSpecs.Case bad) {
    List<SpecProblem> errors = refusals(bad.yaml());

    assertThat(errors).as("refused").isNotEmpty();
    assertThat(errors).anySatisfy(e -> assertThat(e.path()).isEqualTo(bad.key()));
    for (SpecProblem error : errors) {
      for (String word : MalformedSpecs.JAVA_WORDING) {
        assertThat(error.toString()).doesNotContainIgnoringCase(word);
      }
    }
  }

  private List<SpecProblem> refusals(String yaml) {
    try {
      ClusterSpec spec = SpecYaml.read(yaml, "c.yaml");
      return new SpecValidator(InstanceCatalog.bundled(), home)
          .validate(spec).stream().filter(SpecProblem::isError).toList();
    } catch (SpecFileException e) {
      return e.problems();
    }
  }
}
