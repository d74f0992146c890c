package dev.eksdesk.cloud.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the simulated account holds; what {@link SandboxStore} writes to disk. */
final class SandboxState {
  Map<String, SimResource> resources = new LinkedHashMap<>();
  List<SimUpdate> updates = new ArrayList<>();
  Instant savedAt;
}
