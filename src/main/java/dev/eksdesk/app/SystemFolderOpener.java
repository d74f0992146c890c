package dev.eksdesk.app;

import dev.eksdesk.ui.shell.FolderOpener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a folder with the desktop's own command (xdg-open, open, explorer) on a thread of its own:
 * no AWT in a JavaFX app, and the FX thread neither creates the folder nor starts the process.
 */
final class SystemFolderOpener implements FolderOpener {
  private static final Logger LOG = LoggerFactory.getLogger(SystemFolderOpener.class);

  @Override
  public void open(Path folder) {
    Thread opening = new Thread(() -> openNow(folder), "eksdesk-open-folder");
    opening.setDaemon(true);
    opening.start();
  }

  private static void openNow(Path folder) {
    try {
      Files.createDirectories(folder);
      new ProcessBuilder(command(), folder.toString()).inheritIO().start();
    } catch (IOException e) {
      LOG.warn("could not open the folder {}", folder, e);
    }
  }

  private static String command() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    return os.contains("win") ? "explorer" : os.contains("mac") ? "open" : "xdg-open";
  }
}
