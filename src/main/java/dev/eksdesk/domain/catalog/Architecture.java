package dev.eksdesk.domain.catalog;

/** CPU architecture, which decides the AMI type a node group can use. */
public enum Architecture {
  X86_64,
  ARM64;

  public static Architecture parse(String text) {
    return switch (text.trim()) {
      case "x86_64" -> X86_64;
      case "arm64" -> ARM64;
      default -> throw new IllegalArgumentException("unknown architecture '" + text + "'");
    };
  }
}
