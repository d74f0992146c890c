package dev.eksdesk.ui.wizard;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user which spec file to load, or where to save one: the desktop's file dialog in the
 * app, a fixed answer in tests. Called on the FX thread; it only picks a path, reading and writing
 * are the view model's, off the FX thread.
 */
public interface SpecFilePicker {

  /** The file to load, or empty when the user cancelled. */
  Optional<Path> fileToLoad(Window owner);

  /** Where to save, or empty when the user cancelled. */
  Optional<Path> fileToSave(Window owner, String suggestedName);

  /** The platform's open and save dialogs, filtered to YAML files. */
  static SpecFilePicker fileDialog() {
    return new SpecFilePicker() {
      @Override
      public Optional<Path> fileToLoad(Window owner) {
        return path(chooser().showOpenDialog(owner));
      }

      @Override
      public Optional<Path> fileToSave(Window owner, String suggestedName) {
        FileChooser chooser = chooser();
        chooser.setInitialFileName(suggestedName);
        return path(chooser.showSaveDialog(owner));
      }

      private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Cluster spec");
        chooser
            .getExtensionFilters()
            .add(new FileChooser.ExtensionFilter("Cluster spec (YAML)", "*.yaml", "*.yml"));
        return chooser;
      }

      private Optional<Path> path(File file) {
        return Optional.ofNullable(file).map(File::toPath);
      }
    };
  }
}
