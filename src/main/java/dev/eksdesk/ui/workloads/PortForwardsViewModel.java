package dev.eksdesk.ui.workloads;

import dev.eksdesk.kube.KubeGateway;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.PortForward;
import dev.eksdesk.kube.PortForwardException;
import dev.eksdesk.kube.WorkloadKind;
import dev.eksdesk.kube.WorkloadRow;
import dev.eksdesk.ui.fx.UiExecutors;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Port forwards from this machine to pods and Services of the cluster shown: started off the FX
 * thread, listed while active, each stopped on request, all stopped when the cluster changes or the
 * screen closes. Ports are typed by the user; an empty local port means any free one.
 */
public final class PortForwardsViewModel implements AutoCloseable {
  private final UiExecutors executors;
  private final Supplier<KubeGateway> gateway;
  private final ObservableList<ActiveForward> active = FXCollections.observableArrayList();
  private final StringProperty remotePort = new SimpleStringProperty("");
  private final StringProperty localPort = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  /**
   * @param gateway the connection to the cluster shown, null while there is none
   */
  public PortForwardsViewModel(UiExecutors executors, Supplier<KubeGateway> gateway) {
    this.executors = executors;
    this.gateway = gateway;
  }

  /** Suggests the remote port: a Service's first port. */
  public void suggestFor(WorkloadRow row) {
    if (row != null && row.kind() == WorkloadKind.SERVICE && !row.ports().isEmpty()) {
      remotePort.set(String.valueOf(row.ports().get(0)));
    }
  }

  /** Forwards to a pod's port; on the FX thread, the work happens in the background. */
  public void forwardToPod(PodRow pod) {
    start((kube, remote, local) -> kube.forwardToPod(pod.namespace(), pod.name(), remote, local));
  }

  /** Forwards to a Service's port through one of its ready pods. */
  public void forwardToService(WorkloadRow service) {
    start(
        (kube, remote, local) ->
            kube.forwardToService(service.namespace(), service.name(), remote, local));
  }

  @FunctionalInterface
  private interface Opening {
    PortForward open(KubeGateway kube, int remotePort, int localPort);
  }

  private void start(Opening opening) {
    KubeGateway kube = gateway.get();
    if (kube == null) {
      message.set("Not connected to the cluster yet: try again in a moment.");
      return;
    }
    int remote;
    int local;
    try {
      remote = port(remotePort.get(), false);
      local = port(localPort.get(), true);
    } catch (IllegalArgumentException e) {
      message.set(e.getMessage());
      return;
    }
    message.set("Starting…");
    executors
        .background()
        .execute(
            () -> {
              try {
                PortForward forward = opening.open(kube, remote, local);
                executors
                    .fx()
                    .execute(
                        () -> {
                          ActiveForward started = new ActiveForward(forward);
                          active.add(started);
                          message.set(
                              "Forwarding " + started.describe() + ": open " + started.url());
                        });
              } catch (PortForwardException e) {
                executors.fx().execute(() -> message.set(e.getMessage()));
              } catch (RuntimeException e) {
                executors
                    .fx()
                    .execute(
                        () -> message.set("The port forward did not start: " + e.getMessage()));
              }
            });
  }

  private static int port(String text, boolean emptyMeansFree) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.isEmpty() && emptyMeansFree) {
      return 0;
    }
    try {
      int port = Integer.parseInt(trimmed);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(
        (emptyMeansFree ? "Local port" : "Port")
            + " \""
            + trimmed
            + "\" is not a port: type a number from 1 to 65535"
            + (emptyMeansFree ? ", or leave it empty for a free one." : "."));
  }

  /** Stops one forward; its local port is free again. */
  public void stop(ActiveForward forward) {
    active.remove(forward);
    executors.background().execute(forward.forward()::close);
    message.set("Stopped " + forward.describe() + ".");
  }

  /** Stops every forward (another cluster is shown, or the screen closes). */
  public void stopAll() {
    List<ActiveForward> all = List.copyOf(active);
    active.clear();
    all.forEach(f -> f.forward().close());
  }

  public ObservableList<ActiveForward> active() {
    return active;
  }

  public StringProperty remotePortProperty() {
    return remotePort;
  }

  public StringProperty localPortProperty() {
    return localPort;
  }

  /** What the last start or stop did, or why it could not. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  @Override
  public void close() {
    stopAll();
  }
}
