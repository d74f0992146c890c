package dev.eksdesk.topology;

/**
 * The names of details more than one builder writes, so the side panel reads the same everywhere.
 */
public final class Details {
  public static final String ID = "ID";
  public static final String CIDR = "CIDR";
  public static final String ZONE = "Zone";
  public static final String STEP = "Plan step";
  public static final String PLAN = "What it is";
  public static final String PRIVATE_IP = "Private IP";
  public static final String PUBLIC_IP = "Public IP";
  public static final String INSTANCE_TYPE = "Instance type";
  public static final String TAG_PREFIX = "Tag ";

  private Details() {}
}
