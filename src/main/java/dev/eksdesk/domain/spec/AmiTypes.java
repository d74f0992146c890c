package dev.eksdesk.domain.spec;

import dev.eksdesk.domain.catalog.Architecture;
import java.util.List;
import java.util.Map;

/** The EKS-optimised AMI types a managed node group accepts, by CPU architecture. */
public final class AmiTypes {
  public static final String DEFAULT_X86 = "AL2023_x86_64_STANDARD";
  public static final String DEFAULT_ARM = "AL2023_ARM_64_STANDARD";

  private static final Map<String, Architecture> ARCHITECTURE =
      Map.of(
          "AL2023_x86_64_STANDARD", Architecture.X86_64,
          "AL2023_ARM_64_STANDARD", Architecture.ARM64,
          "BOTTLEROCKET_x86_64", Architecture.X86_64,
          "BOTTLEROCKET_ARM_64", Architecture.ARM64);

  private AmiTypes() {}

  public static List<String> all() {
    return ARCHITECTURE.keySet().stream().sorted().toList();
  }

  public static boolean isKnown(String amiType) {
    return ARCHITECTURE.containsKey(amiType);
  }

  public static Architecture architecture(String amiType) {
    return ARCHITECTURE.get(amiType);
  }

  /**
   * The AMI type of the same family built for {@code architecture} (Bottlerocket stays
   * Bottlerocket); the default for it when the family has none or {@code amiType} is unknown.
   */
  public static String counterpart(String amiType, Architecture architecture) {
    if (amiType == null) {
      return defaultFor(architecture);
    }
    String other =
        architecture == Architecture.ARM64
            ? amiType.replace("x86_64", "ARM_64")
            : amiType.replace("ARM_64", "x86_64");
    return architecture(other) == architecture ? other : defaultFor(architecture);
  }

  public static String defaultFor(Architecture architecture) {
    return architecture == Architecture.ARM64 ? DEFAULT_ARM : DEFAULT_X86;
  }
}
