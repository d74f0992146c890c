package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the tests find moto on a machine without {@code moto_server}: the Pythons here are small
 * shell scripts that answer like Python would, so each path runs without a network.
 */
class MotoCommandTest {
  @TempDir Path bin;
  @TempDir Path target;

  @Test
  void motoServerOnThePathComesFirst() throws IOException {
    Path server = script(bin, "moto_server", "exit 0");
    script(bin, "python3", "exit 0");

    MotoCommand moto = MotoCommand.locate(bin.toString(), target);

    assertThat(moto.command()).containsExactly(server.toString());
  }

  @Test
  void aPythonThatImportsMotoRunsTheServerModule() throws IOException {
    Path python = script(bin, "python3", "exit 0");

    MotoCommand moto = MotoCommand.locate(bin.toString(), target);

    assertThat(moto.command()).containsExactly(python.toString(), "-m", "moto.server");
  }

  @Test
  void withoutMotoAVenvUnderTheBuildDirectoryGetsThePinnedVersionOnce() throws IOException {
    Path log = target.resolve("calls.log");
    script(bin, "python3", venvMaker(log, "touch \"$venv/installed\""));

    MotoCommand first = MotoCommand.locate(bin.toString(), target);
    MotoCommand second = MotoCommand.locate(bin.toString(), target);

    Path venvPython = target.resolve("moto-venv/bin/python3");
    assertThat(first.command()).containsExactly(venvPython.toString(), "-m", "moto.server");
    assertThat(second).isEqualTo(first);
    assertThat(Files.readAllLines(log))
        .containsExactly("venv", "pip install --quiet " + MotoCommand.PINNED);
  }

  @Test
  void aFailedPipInstallSaysWhatFailedAndWhatToRun() throws IOException {
    Path log = target.resolve("calls.log");
    script(
        bin, "python3", venvMaker(log, "echo 'No matching distribution found for moto'; exit 1"));

    assertThatThrownBy(() -> MotoCommand.locate(bin.toString(), target))
        .hasMessageContaining("pip could not install " + MotoCommand.PINNED)
        .hasMessageContaining("pip install '" + MotoCommand.PINNED + "'")
        .hasMessageContaining("No matching distribution found for moto");
  }

  @Test
  void aPythonWithoutVenvSaysToInstallIt() throws IOException {
    script(bin, "python3", "echo 'No module named venv'; exit 1");

    assertThatThrownBy(() -> MotoCommand.locate(bin.toString(), target))
        .hasMessageContaining("apt-get install python3-venv")
        .hasMessageContaining("No module named venv");
  }

  @Test
  void withoutPythonItSaysPython3IsNeeded() {
    assertThatThrownBy(() -> MotoCommand.locate(bin.toString(), target))
        .hasMessageContaining("neither moto_server nor python3 is on the PATH")
        .hasMessageContaining("apt-get install python3 python3-venv python3-pip")
        .hasMessageContaining("./mvnw verify");
  }

  /**
   * A python3 without moto whose {@code -m venv DIR} makes a venv python: that one imports moto
   * once its pip ran {@code pipAction}, and logs each venv and pip call.
   */
  private static String venvMaker(Path log, String pipAction) {
    return String.join(
        "\n",
        "if [ \"$1\" = -c ]; then exit 1; fi",
        "venv=\"$4\"",
        "echo venv >> '" + log + "'",
        "mkdir -p \"$venv/bin\"",
        "cat > \"$venv/bin/python3\" <<EOF",
        "#!/bin/sh",
        "venv='$venv'",
        "if [ \"\\$1\" = -c ]; then test -f \"\\$venv/installed\"; exit; fi",
        "echo \"pip \\$3 \\$4 \\$5\" >> '" + log + "'",
        pipAction.replace("$venv", "\\$venv"),
        "EOF",
        "chmod +x \"$venv/bin/python3\"");
  }

  private static Path script(Path directory, String name, String body) throws IOException {
    Path file = directory.resolve(name);
    Files.writeString(file, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}
