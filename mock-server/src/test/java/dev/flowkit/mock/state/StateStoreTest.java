package dev.flowkit.mock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

class StateStoreTest {

  @TempDir
  Path dir;

  static FlowRecord flow(String id, String waba) {
    Instant now = Instant.parse("2026-05-04T12:30:00Z");
    return new FlowRecord(id, waba, "lead form", List.of("SURVEY"), "DRAFT", "{\"version\":\"7.3\"}", "7.3", null,
        JsonNodeFactory.instance.arrayNode(), null, null, null, null, now, now, null);
  }

  static Map<String, FlowRecord> flows(StateStore store) {
    return store.read(PlatformState::flows);
  }

  @Test
  void state_survives_a_restart_with_the_same_ids_and_token() {
    StateStore first = StateStore.open(dir, Clock.systemUTC(), List.of(TenantSpec.named("Acme")));
    Tenant tenant = first.tenants().get(0);
    first.update(s -> s.flows().put("771000000000001", flow("771000000000001", tenant.waba().id())));

    StateStore second = StateStore.open(dir, Clock.systemUTC(), List.of(TenantSpec.named("ignored")));

    assertThat(second.tenants()).containsExactly(tenant);
    FlowRecord reloaded = second.read(s -> s.flows().get("771000000000001"));
    FlowRecord written = first.read(s -> s.flows().get("771000000000001"));
    assertThat(reloaded).isEqualTo(written).isNotNull();
  }

  @Test
  void a_write_that_throws_changes_nothing() {
    StateStore store = StateStore.open(null, Clock.systemUTC(), List.of(TenantSpec.named("Acme")));
    String waba = store.tenants().get(0).waba().id();

    try {
      store.update(s -> {
        s.flows().put("1", flow("1", waba));
        throw new IllegalArgumentException("refused");
      });
    } catch (IllegalArgumentException expected) {
      // the route's error
    }

    assertThat(flows(store)).isEmpty();
  }

  @Test
  void reset_returns_to_the_seed_keeping_created_tenants() {
    StateStore store = StateStore.open(dir, Clock.systemUTC(), List.of(TenantSpec.named("Acme")));
    Tenant created = store.createTenant(new TenantSpec("Beta", "00ff", "EAAbeta", "http://127.0.0.1:1/hook"));
    store.update(s -> s.flows().put("1", flow("1", created.waba().id())));

    store.reset();

    assertThat(flows(store)).isEmpty();
    assertThat(store.tenants()).hasSize(2).contains(created);
    assertThat(StateStore.open(dir, Clock.systemUTC(), List.of()).tenants()).contains(created);
  }

  @Test
  void a_kill_between_writes_leaves_a_loadable_file_and_no_temp_is_read() throws Exception {
    StateStore store = StateStore.open(dir, Clock.systemUTC(), List.of(TenantSpec.named("Acme")));
    String waba = store.tenants().get(0).waba().id();
    for (int i = 0; i < 20; i++) {
      String id = "77100000000000" + (i % 10);
      store.update(s -> s.flows().put(id, flow(id, waba)));
    }
    // What a kill in the middle of a save leaves behind: a half-written temporary file beside the snapshot.
    Files.writeString(dir.resolve(Snapshots.FILE_NAME + ".tmp"), "{\"format\":1,\"se");

    StateStore reopened = StateStore.open(dir, Clock.systemUTC(), List.of());

    assertThat(flows(reopened)).hasSize(10);
  }

  @Test
  void a_foreign_file_is_refused_clearly() throws Exception {
    Files.writeString(dir.resolve(Snapshots.FILE_NAME), "{\"format\":99}");

    assertThatIllegalStateException().isThrownBy(() -> StateStore.open(dir, Clock.systemUTC(), List.of()))
        .withMessageContaining("is not a FlowKit state file");
  }

  @Test
  void listeners_see_every_commit_in_order_with_the_states_before_and_after() {
    StateStore store = StateStore.open(null, Clock.systemUTC(), List.of(TenantSpec.named("Acme")));
    String waba = store.tenants().get(0).waba().id();
    List<Integer> flowCounts = new java.util.ArrayList<>();
    store.addListener((before, after) -> flowCounts.add(before.flows().size() * 10 + after.flows().size()));

    store.update(s -> s.flows().put("1", flow("1", waba)));
    store.update(s -> s.flows().put("2", flow("2", waba)));
    store.reset();

    assertThat(flowCounts).containsExactly(1, 12, 20);
  }

  @Test
  void ids_have_metas_lengths_and_shapes() {
    Ids ids = new Ids();
    assertThat(ids.objectId(PlatformState.empty())).matches("[1-9][0-9]{14}");
    assertThat(ids.wamid()).startsWith("wamid.").hasSize(54);
    assertThat(ids.accessToken()).matches("EAA[A-Za-z0-9]{60}");
    assertThat(ids.appSecret()).matches("[0-9a-f]{32}");
  }
}
