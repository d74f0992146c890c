package dev.eksdesk.app;

import dev.eksdesk.domain.spec.ClusterSpec;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.scene.control.Dialog;

/**
 * Scale and Change node type on the cluster every screen shows, wherever they are offered (Nodes
 * &amp; Pods, the Pod IPs advice cards): the dialog opens on the spec Eksdesk keeps of it, and the
 * confirmed edit opens the Review page on its diff, as Edit does.
 */
final class ChosenClusterChanges {
  private final ChosenClusterScope scope;
  private final BiConsumer<ClusterSpec, UnaryOperator<ClusterSpec>> review;
  private final Consumer<String> tell;

  /**
   * @param review opens the Review page on the spec and its edit
   * @param tell says, on the FX thread, why no dialog opens
   */
  ChosenClusterChanges(
      ChosenClusterScope scope,
      BiConsumer<ClusterSpec, UnaryOperator<ClusterSpec>> review,
      Consumer<String> tell) {
    this.scope = scope;
    this.review = review;
    this.tell = tell;
  }

  /** Called on the FX thread; the dialog shows once the spec is read. */
  void offer(Function<ClusterSpec, Dialog<UnaryOperator<ClusterSpec>>> dialog) {
    scope.currentSpec(
        spec -> dialog.apply(spec).showAndWait().ifPresent(edit -> review.accept(spec, edit)),
        tell);
  }
}
