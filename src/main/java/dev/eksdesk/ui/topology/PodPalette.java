package dev.eksdesk.ui.topology;

import dev.eksdesk.topology.PodStatus;
import javafx.scene.paint.Color;

/** The pod mark colours, read from the diagram's CSS. */
record PodPalette(Color running, Color starting, Color failed, Color completed, Color emptySlot) {

  Color of(PodStatus status) {
    return switch (status) {
      case RUNNING -> running;
      case STARTING -> starting;
      case FAILED -> failed;
      case COMPLETED -> completed;
    };
  }
}
