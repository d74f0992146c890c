package dev.eksdesk.app.startup;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Cold start, launch to first window, of Eksdesk against a bare JavaFX window on this machine: each
 * started {@code RUNS} times in a fresh JVM, alternately, the median kept. The app is measured as
 * the installer ships it too, with a class-data archive recorded by one training start (as
 * installer/build-linux.sh does). Run under a display, e.g. (after {@code mvnl package -DskipTests}
 * and {@code mvnl test-compile}):
 *
 * <pre>
 * xvfb-run -a java -cp "target/eksdesk.jar:target/lib/*:target/test-classes" \
 *     dev.eksdesk.app.startup.ColdStartMeasure 7
 * </pre>
 */
public final class ColdStartMeasure {
  private static final String APP = "dev.eksdesk.app.Main";

  private ColdStartMeasure() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Path home = Files.createTempDirectory("eksdesk-cold-start");
    Path archive = home.resolve("eksdesk.jsa");
    String classPath = jarsOnly(home);
    start(
        APP, home, classPath, List.of("-XX:ArchiveClassesAtExit=" + archive)); // the training start
    List<Long> bare = new ArrayList<>();
    List<Long> app = new ArrayList<>();
    List<Long> appShared = new ArrayList<>();
    start(
        BareWindow.class.getName(),
        home,
        classPath,
        List.of()); // warms the disk cache for all three
    start(APP, home, classPath, List.of());
    for (int i = 0; i < runs; i++) {
      bare.add(start(BareWindow.class.getName(), home, classPath, List.of()));
      app.add(start(APP, home, classPath, List.of()));
      appShared.add(start(APP, home, classPath, List.of("-XX:SharedArchiveFile=" + archive)));
    }
    long floor = median(bare);
    System.out.printf(
        Locale.ROOT,
        "bare JavaFX window      %5d ms  %s%n"
            + "Eksdesk                 %5d ms  %s  %.2fx%n"
            + "Eksdesk, class archive  %5d ms  %s  %.2fx%n",
        floor,
        bare,
        median(app),
        app,
        median(app) / (double) floor,
        median(appShared),
        appShared,
        median(appShared) / (double) floor);
  }

  /** Milliseconds from starting the JVM to its first window having been drawn. */
  private static long start(String mainClass, Path home, String classPath, List<String> jvmOptions)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-Duser.home=" + home);
    command.add("-cp");
    command.add(classPath);
    command.add(FirstWindowProbe.class.getName());
    command.add(mainClass);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("EKSDESK_HOME", home.resolve("eksdesk").toString());
    long started = System.nanoTime();
    Process process = builder.start();
    long shown = -1;
    List<String> output = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (shown < 0 && line.contains(FirstWindowProbe.MARK)) {
          shown = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        }
        output.add(line);
      }
    }
    process.waitFor();
    if (shown < 0) {
      throw new IllegalStateException(
          mainClass + " showed no window:\n" + String.join("\n", output));
    }
    return shown;
  }

  /**
   * This class path with the probe's classes in a jar instead of their directory: a class-data
   * archive takes jars only.
   */
  private static String jarsOnly(Path home) throws IOException {
    Path probe = home.resolve("probe.jar");
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(probe))) {
      for (Class<?> type : List.of(FirstWindowProbe.class, BareWindow.class)) {
        String entry = type.getName().replace('.', '/') + ".class";
        jar.putNextEntry(new JarEntry(entry));
        try (InputStream bytes = type.getClassLoader().getResourceAsStream(entry)) {
          bytes.transferTo(jar);
        }
        jar.closeEntry();
      }
    }
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        entries.add(entry);
      }
    }
    entries.add(probe.toString());
    return String.join(File.pathSeparator, entries);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
