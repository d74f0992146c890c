package dev.eksdesk.ui.topology;

import dev.eksdesk.topology.Box;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.topology.TopologyLayout;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;

/**
 * The live topology diagram: draws a {@link Topology} with its layout, lets the person select,
 * zoom, pan and fit. Styled from {@code topology.css} (state and kind style classes on every
 * element, pod mark colours as CSS properties).
 */
public class TopologyDiagram extends Control {
  public static final double MIN_SCALE = 0.05;
  public static final double MAX_SCALE = 4;
  private static final double FIT_MARGIN = 24;
  private static final StyleablePropertyFactory<TopologyDiagram> CSS =
      new StyleablePropertyFactory<>(Control.getClassCssMetaData());

  private final ObjectProperty<Topology> topology = new SimpleObjectProperty<>(this, "topology");
  private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
  private final ReadOnlyObjectWrapper<TopologyLayout> diagramLayout =
      new ReadOnlyObjectWrapper<>(this, "diagramLayout");
  private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
  private final DoubleProperty offsetX = new SimpleDoubleProperty(this, "offsetX");
  private final DoubleProperty offsetY = new SimpleDoubleProperty(this, "offsetY");
  private boolean followingFit = true;

  private final StyleableProperty<Color> podRunning =
      CSS.createStyleableColorProperty(
          this, "podRunning", "-eks-pod-running", d -> d.podRunning, Color.web("#1f883d"));
  private final StyleableProperty<Color> podStarting =
      CSS.createStyleableColorProperty(
          this, "podStarting", "-eks-pod-starting", d -> d.podStarting, Color.web("#bf8700"));
  private final StyleableProperty<Color> podFailed =
      CSS.createStyleableColorProperty(
          this, "podFailed", "-eks-pod-failed", d -> d.podFailed, Color.web("#cf222e"));
  private final StyleableProperty<Color> podCompleted =
      CSS.createStyleableColorProperty(
          this, "podCompleted", "-eks-pod-completed", d -> d.podCompleted, Color.web("#8c959f"));
  private final StyleableProperty<Color> podSlot =
      CSS.createStyleableColorProperty(
          this, "podSlot", "-eks-pod-slot", d -> d.podSlot, Color.web("#eaeef2"));

  public TopologyDiagram() {
    getStyleClass().add("topology-diagram");
    setFocusTraversable(true);
  }

  public ObjectProperty<Topology> topologyProperty() {
    return topology;
  }

  public void setTopology(Topology value) {
    topology.set(value);
  }

  public Topology getTopology() {
    return topology.get();
  }

  public ObjectProperty<Selection> selectionProperty() {
    return selection;
  }

  /** The layout of the topology on screen; null until the first pulse after a topology is set. */
  public ReadOnlyObjectProperty<TopologyLayout> diagramLayoutProperty() {
    return diagramLayout.getReadOnlyProperty();
  }

  public TopologyLayout getDiagramLayout() {
    return diagramLayout.get();
  }

  void setDiagramLayout(TopologyLayout layout) {
    diagramLayout.set(layout);
  }

  /** Screen pixels per diagram unit. */
  public DoubleProperty scaleProperty() {
    return scale;
  }

  public double getScale() {
    return scale.get();
  }

  /** Where the diagram's origin is on screen. */
  public DoubleProperty offsetXProperty() {
    return offsetX;
  }

  public DoubleProperty offsetYProperty() {
    return offsetY;
  }

  /** Zooms by {@code factor}, keeping the diagram point under ({@code x}, {@code y}) in place. */
  public void zoomAt(double factor, double x, double y) {
    double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale.get() * factor));
    double applied = next / scale.get();
    offsetX.set(x - (x - offsetX.get()) * applied);
    offsetY.set(y - (y - offsetY.get()) * applied);
    scale.set(next);
    followingFit = false;
  }

  public void zoomIn() {
    zoomAt(1.25, getWidth() / 2, getHeight() / 2);
  }

  public void zoomOut() {
    zoomAt(0.8, getWidth() / 2, getHeight() / 2);
  }

  public void panBy(double dx, double dy) {
    offsetX.set(offsetX.get() + dx);
    offsetY.set(offsetY.get() + dy);
    followingFit = false;
  }

  /** Shows the whole diagram, and keeps doing so as it grows until the person zooms or pans. */
  public void fit() {
    followingFit = true;
    applyFit();
  }

  boolean isFollowingFit() {
    return followingFit;
  }

  void applyFit() {
    TopologyLayout layout = getDiagramLayout();
    if (layout == null || getWidth() <= 0 || getHeight() <= 0) {
      return;
    }
    Box bounds = layout.bounds();
    double fitted =
        Math.min(
            (getWidth() - 2 * FIT_MARGIN) / Math.max(1, bounds.width()),
            (getHeight() - 2 * FIT_MARGIN) / Math.max(1, bounds.height()));
    double next = Math.max(MIN_SCALE, Math.min(1.5, fitted));
    scale.set(next);
    offsetX.set((getWidth() - bounds.width() * next) / 2 - bounds.x() * next);
    offsetY.set((getHeight() - bounds.height() * next) / 2 - bounds.y() * next);
  }

  PodPalette podPalette() {
    return new PodPalette(
        podRunning.getValue(),
        podStarting.getValue(),
        podFailed.getValue(),
        podCompleted.getValue(),
        podSlot.getValue());
  }

  @Override
  protected Skin<?> createDefaultSkin() {
    return new TopologyDiagramSkin(this);
  }

  @Override
  public String getUserAgentStylesheet() {
    return TopologyDiagram.class.getResource("topology.css").toExternalForm();
  }

  public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
    return CSS.getCssMetaData();
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
    return getClassCssMetaData();
  }
}
