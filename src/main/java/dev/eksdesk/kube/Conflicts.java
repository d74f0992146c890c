package dev.eksdesk.kube;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;

/**
 * A write that races with the cluster's own controllers writing the same object (a DaemonSet's
 * status, say) is refused with 409 Conflict; as kubectl does, it is made again on the latest.
 */
public final class Conflicts {
  private static final int ATTEMPTS = 5;

  private Conflicts() {}

  /**
   * Runs the write (which reads what it changes itself) until it is not refused with a conflict, at
   * most five times; the fifth conflict is thrown.
   */
  public static void retried(Runnable write) {
    for (int attempt = 1; ; attempt++) {
      try {
        write.run();
        return;
      } catch (KubernetesClientException e) {
        if (e.getCode() != HttpURLConnection.HTTP_CONFLICT || attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
