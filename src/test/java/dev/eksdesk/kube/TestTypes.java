package dev.eksdesk.kube;

import dev.eksdesk.domain.catalog.Architecture;
import dev.eksdesk.domain.catalog.InstanceType;
import java.util.Map;

/** Instance types as the catalog describes them, without depending on its bundled file. */
public final class TestTypes {
  public static final InstanceType T3_MICRO =
      new InstanceType(
          "t3.micro", 2, 1024, 2, 2, true, Architecture.X86_64, Map.of("eu-central-1", 0.012));

  private TestTypes() {}
}
