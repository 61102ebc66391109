package dev.flowkit.benchmarks;

/** Realistic clear payloads of about 1 KB: a data_exchange request and the next screen's data. */
final class Payloads {

  private Payloads() {}

  static String request() {
    StringBuilder data = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      data.append(i == 0 ? "" : ",").append("\"field_").append(i).append("\":\"value of the user's answer number ").append(i).append('"');
    }
    return "{\"version\":\"3.0\",\"action\":\"data_exchange\",\"screen\":\"APPOINTMENT\",\"data\":{" + data
        + "},\"flow_token\":\"bk-5f2c9a71-0c44-4e1b-9d0a-7c3e2f1a9b8c\"}";
  }

  static String reply() {
    StringBuilder slots = new StringBuilder();
    for (int i = 0; i < 22; i++) {
      slots.append(i == 0 ? "" : ",").append("{\"id\":\"slot-").append(i).append("\",\"title\":\"")
          .append(9 + i / 2).append(i % 2 == 0 ? ":00" : ":30").append("\",\"enabled\":true}");
    }
    return "{\"screen\":\"PICK_SLOT\",\"data\":{\"slots\":[" + slots + "],\"is_slot_enabled\":true}}";
  }
}
