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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Cold start of Eksdesk against a bare JavaFX window on this machine, launch to first window and to
 * first screen (Eksdesk's window comes up empty and shows the workbench once built): each started
 * {@code RUNS} times in a fresh JVM, alternately, the median kept. The app is measured with an
 * archive of its own classes recorded by one training start too (which the installer cannot ship:
 * see docs/PERFORMANCE.md). Run under a display, e.g. (after {@code mvnl package -DskipTests} and
 * {@code mvnl test-compile}):
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
    List<Start> bare = new ArrayList<>();
    List<Start> app = new ArrayList<>();
    List<Start> appShared = new ArrayList<>();
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
    long floor = median(bare, Start::window);
    System.out.printf(
        Locale.ROOT, "%-24s %13s %13s%n", "launch to", "first window", "first screen");
    for (var row :
        List.of(
            Map.entry("bare JavaFX window", bare),
            Map.entry("Eksdesk", app),
            Map.entry("Eksdesk, class archive", appShared))) {
      long window = median(row.getValue(), Start::window);
      long screen = median(row.getValue(), Start::screen);
      System.out.printf(
          Locale.ROOT,
          "%-24s %5d ms %4.2fx %5d ms %4.2fx  %s%n",
          row.getKey(),
          window,
          window / (double) floor,
          screen,
          screen / (double) floor,
          row.getValue());
    }
  }

  /**
   * Milliseconds from starting the JVM to its first window, and to its screen, having been drawn.
   */
  record Start(long window, long screen) {
    @Override
    public String toString() {
      return window + "/" + screen;
    }
  }

  private static Start start(String mainClass, Path home, String classPath, List<String> jvmOptions)
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
    long screen = -1;
    List<String> output = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        long now = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (shown < 0 && line.contains(FirstWindowProbe.MARK)) {
          shown = now;
        }
        if (screen < 0 && line.contains(FirstWindowProbe.SCREEN_MARK)) {
          screen = now;
        }
        output.add(line);
      }
    }
    process.waitFor();
    if (shown < 0 || screen < 0) {
      throw new IllegalStateException(
          mainClass + " showed no window or screen:\n" + String.join("\n", output));
    }
    return new Start(shown, screen);
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

  private static long median(List<Start> starts, ToLongFunction<Start> time) {
    List<Long> sorted = starts.stream().map(time::applyAsLong).sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
