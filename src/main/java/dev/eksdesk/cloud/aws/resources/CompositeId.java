package dev.eksdesk.cloud.aws.resources;

/** The {@code parent|key} ids of sub-resources, as documented on each request record. */
record CompositeId(String parent, String key) {
  static CompositeId parse(String id, String separator) {
    int at = id.indexOf(separator);
    if (at <= 0 || at == id.length() - separator.length()) {
      throw new IllegalArgumentException("not a composite id (parent" + separator + "key): " + id);
    }
    return new CompositeId(id.substring(0, at), id.substring(at + separator.length()));
  }

  static String of(String parent, String separator, String key) {
    return parent + separator + key;
  }
}
