package dev.eksdesk.engine.diff;

import dev.eksdesk.cloud.UpdateOperation;

/**
 * What a change of one request attribute means for the resource.
 *
 * @param operation the in-place update that changes it (UPDATE only)
 * @param observedAs the attribute under which the account reports it, to see drift; empty when the
 *     account does not report it (the journal's inputs are then the truth)
 */
public record AttributeRule(Effect effect, UpdateOperation operation, String observedAs) {
  public enum Effect {
    /** Changed in place by {@link #operation}. */
    UPDATE,
    /** Only a new resource can have the new value. */
    REPLACE,
    /** Not compared (chosen by the service, or cosmetic). */
    IGNORE
  }

  static AttributeRule update(UpdateOperation operation, String observedAs) {
    return new AttributeRule(Effect.UPDATE, operation, observedAs);
  }

  static AttributeRule replace() {
    return new AttributeRule(Effect.REPLACE, null, "");
  }

  static AttributeRule replaceObserved(String observedAs) {
    return new AttributeRule(Effect.REPLACE, null, observedAs);
  }

  static AttributeRule ignore() {
    return new AttributeRule(Effect.IGNORE, null, "");
  }
}
