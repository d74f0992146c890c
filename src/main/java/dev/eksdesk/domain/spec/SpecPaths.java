package dev.eksdesk.domain.spec;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Field paths as messages write them: "network.subnets[2].cidr", or "(top)" for the document. */
final class SpecPaths {
  static final String TOP = "(top)";

  private SpecPaths() {}

  static String of(JsonPointer pointer) {
    StringBuilder path = new StringBuilder();
    for (JsonPointer p = pointer; !p.matches(); p = p.tail()) {
      if (p.mayMatchElement()) {
        path.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        key(path, p.getMatchingProperty());
      }
    }
    return path.isEmpty() ? TOP : path.toString();
  }

  static String of(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        key(path, ref.getFieldName());
      }
    }
    return path.isEmpty() ? TOP : path.toString();
  }

  /** A field below a path ("nodeGroup" + "name"), or the field alone at the top. */
  static String child(String path, String field) {
    return path.equals(TOP) ? field : path + "." + field;
  }

  private static void key(StringBuilder path, String name) {
    if (!path.isEmpty()) {
      path.append('.');
    }
    path.append(name);
  }
}
