package dev.eksdesk.kube.sandbox;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * A sandbox cluster's Kubernetes as saved: the API server's objects and each node's network.
 *
 * @param owner what the cluster's Kubernetes belongs to (the EKS cluster's id in the account), so
 *     that a cluster rebuilt under the same name does not come back with the old one's objects
 */
record SavedCluster(int format, String owner, List<SavedObject> objects, List<SavedNetwork> nodes) {
  static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  byte[] toBytes() {
    try {
      return JSON.writeValueAsBytes(this);
    } catch (JacksonException e) {
      throw new IllegalStateException("the cluster's Kubernetes state could not be written", e);
    }
  }

  /**
   * @throws IllegalArgumentException saying what is wrong, when the bytes are not a saved state
   */
  static SavedCluster parse(byte[] bytes) {
    SavedCluster saved;
    try {
      saved = JSON.readValue(bytes, SavedCluster.class);
    } catch (IOException e) {
      String why = e instanceof JacksonException json ? json.getOriginalMessage() : e.getMessage();
      throw new IllegalArgumentException("it is not a saved cluster state (" + why + ")");
    }
    if (saved.format() != FORMAT) {
      throw new IllegalArgumentException(
          "it was written in format " + saved.format() + ", this version reads " + FORMAT);
    }
    return saved;
  }
}
