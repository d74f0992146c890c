package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceState;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds {@link CloudResource}s, dropping attributes the SDK left null. */
final class Resources {
  private Resources() {}

  static CloudResource ready(
      ResourceKind kind, String id, Map<String, String> tags, Map<String, String> attributes) {
    return of(kind, id, ResourceState.READY, "", tags, attributes);
  }

  static CloudResource of(
      ResourceKind kind,
      String id,
      ResourceState state,
      String reason,
      Map<String, String> tags,
      Map<String, String> attributes) {
    return new CloudResource(kind, id, state, reason, tags, attributes);
  }

  /** An attribute map that accepts nulls and numbers, so callers can pass SDK getters directly. */
  static Attributes attributes() {
    return new Attributes();
  }

  static final class Attributes {
    private final Map<String, String> values = new LinkedHashMap<>();

    Attributes put(String key, Object value) {
      if (value != null && !value.toString().isEmpty()) {
        values.put(key, value.toString());
      }
      return this;
    }

    Map<String, String> build() {
      return values;
    }
  }
}
