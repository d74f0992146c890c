package dev.eksdesk.domain.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecYamlTest {

  @Test
  void theDefaultSpecSurvivesARoundTripThroughAFile(@TempDir Path dir) throws Exception {
    ClusterSpec spec = DefaultSpecs.firstCluster();
    Path file = dir.resolve("nested/cluster.yaml");
    SpecYaml.save(spec, file);
    assertThat(SpecYaml.load(file)).isEqualTo(spec);
    assertThat(Files.readString(file)).contains("natMode: single").contains("cni: vpc-cni");
  }

  @Test
  void nodeLabelsAndTaintsAreWrittenOnlyWhenThereAreSome() throws Exception {
    ClusterSpec plain = DefaultSpecs.firstCluster();
    assertThat(SpecYaml.write(plain)).doesNotContain("labels").doesNotContain("taints");
    ClusterSpec labelled =
        plain.withNodeGroup(
            plain
                .nodeGroup()
                .withLabelsAndTaints(
                    java.util.Map.of("team", "data", "example.com/tier", "batch"),
                    java.util.List.of("dedicated=gpu:NoSchedule")));

    String yaml = SpecYaml.write(labelled);

    assertThat(yaml)
        .contains("labels:")
        .contains("team: data")
        .contains("dedicated=gpu:NoSchedule");
    assertThat(SpecYaml.read(yaml, "c.yaml")).isEqualTo(labelled);
  }

  @Test
  void aTypoInAKeyNamesThePathTheLineAndTheRightKey() {
    String yaml = SpecYaml.write(DefaultSpecs.firstCluster()).replace("natMode:", "natMod:");
    int line = lineOf(yaml, "natMod:");
    SpecFileException e =
        catchThrowableOfType(() -> SpecYaml.read(yaml, "c.yaml"), SpecFileException.class);
    SpecProblem problem = e.problems().get(0);
    assertThat(problem.path()).isEqualTo("network");
    assertThat(problem.message())
        .contains("unknown key 'natMod'")
        .contains("did you mean 'natMode'?");
    assertThat(problem.line()).isEqualTo(line);
    assertThat(e.getMessage()).contains("c.yaml").contains("line " + line);
  }

  @Test
  void aBadEnumValueListsTheAllowedOnes() {
    String yaml =
        SpecYaml.write(DefaultSpecs.firstCluster()).replace("natMode: single", "natMode: two");
    SpecFileException e =
        catchThrowableOfType(() -> SpecYaml.read(yaml, "c.yaml"), SpecFileException.class);
    assertThat(e.problems().get(0).path()).isEqualTo("network.natMode");
    assertThat(e.problems().get(0).message()).contains("'two'").contains("none, single, per-zone");
  }

  @Test
  void aMissingFieldIsNamedWithItsPath() {
    String yaml =
        SpecYaml.write(DefaultSpecs.firstCluster())
            .replaceAll("(?m)^\\s+instanceType: t3.micro\\n(?=\\s+desiredSize)", "");
    SpecFileException e =
        catchThrowableOfType(() -> SpecYaml.read(yaml, "c.yaml"), SpecFileException.class);
    assertThat(e.problems().get(0).path()).isEqualTo("nodeGroup.instanceType");
    assertThat(e.problems().get(0).message()).contains("required");
  }

  @Test
  void aWrongTypeSaysWhatWasExpected() {
    String yaml =
        SpecYaml.write(DefaultSpecs.firstCluster()).replace("desiredSize: 2", "desiredSize: two");
    SpecFileException e =
        catchThrowableOfType(() -> SpecYaml.read(yaml, "c.yaml"), SpecFileException.class);
    assertThat(e.problems().get(0).path()).isEqualTo("nodeGroup.desiredSize");
  }

  @Test
  void brokenYamlAndEmptyFilesAreReportedNotThrownRaw(@TempDir Path dir) {
    SpecFileException broken =
        catchThrowableOfType(
            () -> SpecYaml.read("name: [unclosed", "c.yaml"), SpecFileException.class);
    assertThat(broken.problems()).hasSize(1);
    SpecFileException empty =
        catchThrowableOfType(() -> SpecYaml.read("", "c.yaml"), SpecFileException.class);
    assertThat(empty.problems().get(0).message()).contains("empty");
    SpecFileException missing =
        catchThrowableOfType(
            () -> SpecYaml.load(dir.resolve("nope.yaml")), SpecFileException.class);
    assertThat(missing.problems().get(0).message()).contains("no such file");
  }

  @Test
  void aFileThatIsNotASpecSaysSoInPlainWordsWithItsLine() {
    SpecFileException prose =
        catchThrowableOfType(
            () -> SpecYaml.read("Shopping list: milk, eggs\n", "notes.yaml"),
            SpecFileException.class);
    SpecFileException list =
        catchThrowableOfType(
            () -> SpecYaml.read("- milk\n- eggs\n", "notes.yaml"), SpecFileException.class);
    SpecFileException text =
        catchThrowableOfType(
            () -> SpecYaml.read("just some notes\n", "notes.yaml"), SpecFileException.class);
    SpecFileException unbalanced =
        catchThrowableOfType(
            () -> SpecYaml.read("name: shop\nzones: [a, b\nregion: x\n", "notes.yaml"),
            SpecFileException.class);
    SpecFileException braces =
        catchThrowableOfType(
            () -> SpecYaml.read("{{{ not yaml", "notes.yaml"), SpecFileException.class);

    assertThat(prose.problems().get(0).message()).contains("unknown key 'Shopping list'");
    assertThat(list.problems().get(0).message()).startsWith("this is not a cluster spec");
    assertThat(text.problems().get(0).message()).startsWith("this is not a cluster spec");
    assertThat(unbalanced.problems().get(0).message())
        .startsWith("not valid YAML: expected ',' or ']'");
    assertThat(unbalanced.problems().get(0).line()).isEqualTo(3);
    assertThat(braces.problems().get(0).message())
        .startsWith("not valid YAML")
        .doesNotContain("org.yaml");
  }

  @Test
  void aBinaryFileIsNotTextAndNamesTheLineOfItsFirstBadByte(@TempDir Path dir) throws Exception {
    Path image = dir.resolve("diagram.png");
    Files.write(image, new byte[] {'#', ' ', 'x', '\n', (byte) 0x89, 'P', 'N', 'G', 0, 0});

    SpecFileException e = catchThrowableOfType(() -> SpecYaml.load(image), SpecFileException.class);

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message()).startsWith("not valid YAML: this is not text");
    assertThat(e.problems().get(0).line()).isEqualTo(2);
    assertThat(e.getMessage()).startsWith(image.toString());
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in text");
  }
}
