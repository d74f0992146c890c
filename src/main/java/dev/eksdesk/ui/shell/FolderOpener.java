package dev.eksdesk.ui.shell;

import java.nio.file.Path;

/** Shows a folder in the system's file manager, off the FX thread. */
@FunctionalInterface
public interface FolderOpener {
  void open(Path folder);
}
