package dev.eksdesk.engine.diff;

import dev.eksdesk.cloud.ResourceRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request as the journal keeps it and the diff compares it: one entry per record component, in
 * declaration order, lists joined with commas ({@code subnetIds=subnet-1,subnet-2}).
 */
public final class RequestAttributes {
  private RequestAttributes() {}

  public static Map<String, String> of(ResourceRequest request) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (RecordComponent component : request.getClass().getRecordComponents()) {
      attributes.put(component.getName(), text(value(request, component)));
    }
    return attributes;
  }

  private static Object value(ResourceRequest request, RecordComponent component) {
    try {
      return component.getAccessor().invoke(request);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of " + request, e);
    }
  }

  private static String text(Object value) {
    if (value instanceof List<?> list) {
      return String.join(",", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }
}
