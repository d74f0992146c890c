package dev.eksdesk.kube;

import java.util.Objects;

/**
 * One object of a cluster that the screens show, by kind and name.
 *
 * @param namespace null for a node
 */
public record ObjectRef(Kind kind, String namespace, String name) {
  /** The kinds that the tables list. */
  public enum Kind {
    POD("Pod"),
    NODE("Node");

    private final String apiName;

    Kind(String apiName) {
      this.apiName = apiName;
    }

    public String apiName() {
      return apiName;
    }
  }

  public ObjectRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  public static ObjectRef pod(String namespace, String name) {
    return new ObjectRef(Kind.POD, Objects.requireNonNull(namespace, "namespace"), name);
  }

  public static ObjectRef node(String name) {
    return new ObjectRef(Kind.NODE, null, name);
  }

  /** As kubectl names it: {@code pod/kube-system/coredns-…}, {@code node/ip-10-0-1-5…}. */
  @Override
  public String toString() {
    return kind.apiName().toLowerCase(java.util.Locale.ROOT)
        + "/"
        + (namespace == null ? "" : namespace + "/")
        + name;
  }
}
