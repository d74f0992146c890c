package dev.eksdesk.ui.nodes;

import java.util.regex.Pattern;

/**
 * EKS node names without their DNS suffix ("ip-10-0-16-4.eu-central-1.compute.internal" becomes
 * "ip-10-0-16-4"), for the narrow progress panel; the full name stays in the tooltip.
 */
final class NodeNames {
  private static final Pattern SUFFIX = Pattern.compile("\\.[a-z0-9-]+\\.compute\\.internal");

  private NodeNames() {}

  /** Shortens every node name inside a sentence. */
  static String shortenAll(String text) {
    return text == null ? "" : SUFFIX.matcher(text).replaceAll("");
  }
}
