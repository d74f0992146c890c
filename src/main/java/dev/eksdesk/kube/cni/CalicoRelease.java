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
   * SHA-256 of the manifest at {@link #MANIFEST_URL}: the blob {@code manifests/calico-vxlan.yaml}
   * at tag v3.29.3 (commit b5d7d74c111d943251b61827ea88d9e5518f823b) of projectcalico/calico,
   * 324,326 bytes. How it was taken: src/test/java/dev/eksdesk/kube/cni/CalicoManifestPin.java.
   */
  public static final Optional<String> MANIFEST_SHA256 =
      Optional.of("bcec59c903fb67d6abf2c84b7767e55290440c6c7c11a01b572971ef4eb5a7d6");

  public static final PinnedManifest MANIFEST =
      new PinnedManifest("calico-vxlan.yaml", VERSION, MANIFEST_URL, MANIFEST_SHA256);

  private CalicoRelease() {}
}
