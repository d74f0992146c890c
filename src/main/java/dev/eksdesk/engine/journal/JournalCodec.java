package dev.eksdesk.engine.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/** JSON for the journal: readable by a person, strict on unknown fields. */
final class JournalCodec {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private JournalCodec() {}

  static byte[] write(JournalState state) {
    try {
      return MAPPER.writeValueAsBytes(state);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JournalState read(byte[] json) throws JsonProcessingException {
    try {
      return MAPPER.readValue(json, JournalState.class);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
