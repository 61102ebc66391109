package dev.flowkit.mock;

import dev.flowkit.mock.state.StateStore;

/** Opens a running mock's state store to tests in other packages (the store is not public API). */
public final class MockState {

  private MockState() {}

  public static StateStore of(MockWhatsApp whatsapp) {
    return whatsapp.store();
  }
}
