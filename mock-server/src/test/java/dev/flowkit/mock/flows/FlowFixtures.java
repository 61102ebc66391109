package dev.flowkit.mock.flows;

/** Flow JSON texts the Flows API tests upload. */
final class FlowFixtures {

  /** A valid one-screen flow without endpoint. */
  static final String STATIC_FLOW = """
      {
        "version": "7.3",
        "screens": [
          {
            "id": "WELCOME",
            "title": "Welcome",
            "terminal": true,
            "success": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                { "type": "TextBody", "text": "Hello" },
                { "type": "Footer", "label": "Done", "on-click-action": { "name": "complete", "payload": {} } }
              ]
            }
          }
        ]
      }
      """;

  /** A valid one-screen endpoint flow (data API 3.0): the static flow with a data API version and routing model. */
  static final String ENDPOINT_FLOW = STATIC_FLOW.replace("\"version\": \"7.3\",",
      "\"version\": \"7.3\", \"data_api_version\": \"3.0\", \"routing_model\": { \"WELCOME\": [] },");

  /** The static flow in a frozen version (5.0): valid JSON, but not publishable. */
  static final String FROZEN_FLOW = STATIC_FLOW.replace("\"7.3\"", "\"5.0\"");

  /** A flow whose one component has an unknown type: a validation error. */
  static final String INVALID_FLOW = STATIC_FLOW.replace("\"TextBody\"", "\"TextBodyy\"");

  private FlowFixtures() {}
}
