package dev.eksdesk.kube.cni;

import java.net.URI;
import java.util.Optional;

/**
 * The Calico release Eksdesk installs: the manifest-based install with VXLAN encapsulation, which
 * needs no IP-in-IP (protocol 4) rule in the node security group.
 */
public final class CalicoRelease {
  public static final String VERSION = "v3.29.3";

  public static final URI MANIFEST_URL =
      URI.create(
          "https://raw.githubusercontent.com/projectcalico/calico/"
              + VERSION
              + "/manifests/calico-vxlan.yaml");

  /**
   * SHA-256 of the manifest at {@link #MANIFEST_URL}. Not pinned yet: it has to be taken from a
   * verified download, and until then the swap refuses to install Calico on a real cluster.
   */
  public static final Optional<String> MANIFEST_SHA256 = Optional.empty();

  public static final PinnedManifest MANIFEST =
      new PinnedManifest("calico-vxlan.yaml", VERSION, MANIFEST_URL, MANIFEST_SHA256);

  private CalicoRelease() {}
}
