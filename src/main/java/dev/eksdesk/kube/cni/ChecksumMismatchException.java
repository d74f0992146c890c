package dev.eksdesk.kube.cni;

import java.io.IOException;

/** The downloaded bytes are not the pinned ones, or no checksum is pinned: nothing is applied. */
public final class ChecksumMismatchException extends IOException {
  private static final long serialVersionUID = 1L;

  public ChecksumMismatchException(String message) {
    super(message);
  }
}
