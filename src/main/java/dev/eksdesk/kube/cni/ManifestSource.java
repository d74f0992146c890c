package dev.eksdesk.kube.cni;

import java.io.IOException;

/** Where a manifest's text comes from: a checked download, or a local file. */
@FunctionalInterface
public interface ManifestSource {
  String read() throws IOException;
}
