package dev.eksdesk.cloud;

/**
 * The private keys kept on this machine for the key pairs a run imports. The private key is on disk
 * before AWS hears of its public half, so no crash can leave a key pair whose private key is lost;
 * key material never goes to the journal, the log or the state.
 */
public interface LocalKeys {
  /**
   * The request to send: a key pair's gets the public key of the private key on disk (written first
   * when there is none); any other request is returned as it is.
   *
   * @throws CloudException (INVALID) when the file there cannot be used, with what to do
   */
  ResourceRequest beforeCreate(ResourceRequest request);

  /**
   * Refuses a key pair whose private key is not the one on disk (missing or another key); accepts
   * any other resource.
   *
   * @throws CloudException (INVALID) naming the file, the key pair and what to do
   */
  void confirm(CloudResource resource);

  /** For plans without a key pair to import. */
  static LocalKeys none() {
    return new LocalKeys() {
      @Override
      public ResourceRequest beforeCreate(ResourceRequest request) {
        if (request instanceof ResourceRequest.KeyPair) {
          throw new IllegalStateException("this run has no private key file for a key pair");
        }
        return request;
      }

      @Override
      public void confirm(CloudResource resource) {}
    };
  }
}
