package dev.eksdesk.domain.cost;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * List prices per region, shipped with the app. A region not in the book is priced as us-east-1,
 * and {@link #isExact} says so, so the UI can mark the figure as approximate.
 */
public final class PriceBook {
  static final String FALLBACK_REGION = "us-east-1";

  private final String source;
  private final Map<String, RegionPrices> regions;

  public PriceBook(String source, Map<String, RegionPrices> regions) {
    this.source = source;
    this.regions = Map.copyOf(regions);
    if (!this.regions.containsKey(FALLBACK_REGION)) {
      throw new IllegalArgumentException("a price book needs " + FALLBACK_REGION);
    }
  }

  public static PriceBook bundled() {
    ObjectMapper mapper =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = PriceBook.class.getResourceAsStream("price-book.yaml")) {
      if (in == null) {
        throw new IllegalStateException("the bundled price book is missing from the build");
      }
      File file = mapper.readValue(in, File.class);
      return new PriceBook(file.source(), file.regions());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record File(String source, String asOf, Map<String, RegionPrices> regions) {}

  public RegionPrices forRegion(String region) {
    return regions.getOrDefault(region, regions.get(FALLBACK_REGION));
  }

  public boolean isExact(String region) {
    return regions.containsKey(region);
  }

  public String source() {
    return source;
  }
}
