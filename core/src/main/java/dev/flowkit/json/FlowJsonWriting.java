package dev.flowkit.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * A flow handed to Jackson's own writer, so that writing text goes through Jackson's recycled buffers rather
 * than a {@link java.io.StringWriter}; the flow streams itself into the generator.
 */
final class FlowJsonWriting extends JacksonSerializable.Base {

  private final FlowJson flow;

  FlowJsonWriting(FlowJson flow) {
    this.flow = flow;
  }

  @Override
  public void serialize(JsonGenerator g, SerializationContext context) {
    FlowJsonCodec.writeFlow(g, flow);
  }

  @Override
  public void serializeWithType(JsonGenerator g, SerializationContext context, TypeSerializer typeSerializer) {
    serialize(g, context);
  }
}
