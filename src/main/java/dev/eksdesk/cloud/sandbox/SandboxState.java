package dev.eksdesk.cloud.sandbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything the simulated account holds; what {@link SandboxStore} writes to disk. */
final class SandboxState {
  Map<String, SimResource> resources = new LinkedHashMap<>();
  Instant savedAt;
}
