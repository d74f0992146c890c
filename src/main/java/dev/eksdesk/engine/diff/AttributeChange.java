package dev.eksdesk.engine.diff;

/**
 * One attribute's change: {@code name} is the request attribute ({@code desiredSize}) or {@code
 * tags.<key>}; {@code from} is empty when unknown or absent, {@code to} is {@link
 * #KNOWN_AFTER_APPLY} when it depends on a resource apply has yet to create.
 */
public record AttributeChange(String name, String from, String to, boolean forcesReplacement) {
  public static final String KNOWN_AFTER_APPLY = "(known after apply)";
}
