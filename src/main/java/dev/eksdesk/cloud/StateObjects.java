package dev.eksdesk.cloud;

import java.util.List;
import java.util.Optional;

/**
 * The port to object storage with conditional writes (S3): where a team's journals and their locks
 * live. Implemented in {@code cloud.aws}; every write names the version it replaces, so a write
 * over someone else's is refused rather than lost.
 */
public interface StateObjects {
  /** The object and its version tag, or empty when there is none. */
  Optional<StoredObject> get(String bucket, String key);

  /**
   * Writes the object only if there is none yet ({@code If-None-Match: *}).
   *
   * @return the new object's version tag
   * @throws ObjectChangedException when the object exists
   */
  String create(String bucket, String key, byte[] body) throws ObjectChangedException;

  /**
   * Writes the object only if its version tag is still {@code etag} ({@code If-Match}).
   *
   * @return the new version tag
   * @throws ObjectChangedException when someone wrote (or deleted) it since
   */
  String replace(String bucket, String key, byte[] body, String etag) throws ObjectChangedException;

  /** Deletes the object; an absent object is not an error. */
  void delete(String bucket, String key);

  /**
   * Creates the bucket in this account's region, versioned, encrypted by default and with public
   * access blocked.
   *
   * @return false when the caller already owns a bucket of that name (nothing changed)
   */
  boolean createBucket(String bucket);

  /**
   * What the bucket lacks of versioning, default encryption and blocked public access, in words;
   * empty when it has all three.
   */
  List<String> bucketShortfalls(String bucket);

  /** An object as read: its bytes and version tag. */
  record StoredObject(byte[] body, String etag) {}

  /** A conditional write lost: the object is not what the writer last read. */
  final class ObjectChangedException extends Exception {
    public ObjectChangedException(String key) {
      super(key + " changed since it was read");
    }
  }
}
