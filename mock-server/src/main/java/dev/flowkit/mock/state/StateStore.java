package dev.flowkit.mock.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one place the platform state changes. A {@link #write} runs on a private copy under one lock; when it returns
 * normally the copy is saved (with a data directory: written, fsynced and atomically moved into place) and only then
 * becomes the state readers see, so a reply is never sent for a change that a kill could lose, and a write that
 * throws changes nothing. Reads take no lock and see a committed state that never changes. Thread-safe.
 *
 * <p>The store also keeps the seed: the state {@link #reset()} returns to. It holds the tenants made at start and
 * those made later through {@link #createTenant}, so a reset forgets flows, messages and keys, never tenants.
 */
public final class StateStore {

  private final Object writeLock = new Object();
  private final List<CommitListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Ids ids = new Ids();
  private final Clock clock;
  private final @Nullable Snapshots snapshots;
  private volatile PlatformState state;
  private PlatformState seed;

  private StateStore(Clock clock, @Nullable Snapshots snapshots, PlatformState seed, PlatformState state) {
    this.clock = clock;
    this.snapshots = snapshots;
    this.seed = seed;
    this.state = state;
  }

  /**
   * Opens a store. With a data directory holding a snapshot, the snapshot's state and seed are loaded and
   * {@code tenants} is ignored (the ids printed at the first start stay valid); otherwise the seed is made from
   * {@code tenants} (the first is the default tenant) and saved.
   *
   * @throws UncheckedIOException if the data directory cannot be read or written
   * @throws IllegalStateException if the snapshot there is not one this version wrote
   */
  public static StateStore open(@Nullable Path dataDir, Clock clock, List<TenantSpec> tenants) {
    Snapshots snapshots = dataDir == null ? null : new Snapshots(dataDir);
    if (snapshots != null) {
      Optional<Snapshots.Loaded> loaded = snapshots.load();
      if (loaded.isPresent()) {
        return new StateStore(clock, snapshots, loaded.get().seed(), loaded.get().state());
      }
    }
    PlatformState seed = PlatformState.empty();
    Ids ids = new Ids();
    for (TenantSpec spec : tenants) {
      Tenant.create(seed, ids, spec);
    }
    StateStore store = new StateStore(clock, snapshots, seed, seed.copy());
    store.save(store.seed, store.state);
    return store;
  }

  /**
   * Something told of every committed change, in commit order, e.g. webhook delivery noticing a sent message or a
   * flow's new status. It runs inside the store's write lock, after the change is saved: it must be quick (hand
   * work to another thread) and must not write to the store.
   */
  @FunctionalInterface
  public interface CommitListener {

    /** {@code after} replaced {@code before}; neither changes again. */
    void committed(PlatformState before, PlatformState after);
  }

  /** Adds a listener for every later commit (including resets and new tenants). */
  public void addListener(CommitListener listener) {
    listeners.add(listener);
  }

  /** The clock every time in the state comes from. */
  public Clock clock() {
    return clock;
  }

  /** The id and secret generator. */
  public Ids ids() {
    return ids;
  }

  /** Applies {@code query} to the committed state (which it must not change). */
  public <T> T read(Function<PlatformState, T> query) {
    return query.apply(state);
  }

  /**
   * Applies {@code change} to a copy of the state and commits the copy when it returns; persisted before this
   * method returns. An exception from {@code change} leaves the state as it was and propagates.
   */
  public <T> T write(Function<PlatformState, T> change) {
    synchronized (writeLock) {
      PlatformState next = state.copy();
      T result = change.apply(next);
      save(seed, next);
      commit(next);
      return result;
    }
  }

  /** {@link #write} for changes that answer nothing. */
  public void update(Consumer<PlatformState> change) {
    write(s -> {
      change.accept(s);
      return null;
    });
  }

  /** Creates a tenant in the state and in the seed, so that a reset keeps it. */
  public Tenant createTenant(TenantSpec spec) {
    synchronized (writeLock) {
      PlatformState next = state.copy();
      Tenant tenant = Tenant.create(next, ids, spec);
      PlatformState nextSeed = seed.copy();
      nextSeed.businesses().put(tenant.business().id(), tenant.business());
      nextSeed.wabas().put(tenant.waba().id(), tenant.waba());
      nextSeed.phoneNumbers().put(tenant.phoneNumber().id(), tenant.phoneNumber());
      nextSeed.apps().put(tenant.app().id(), tenant.app());
      nextSeed.tokens().put(tenant.token().token(), tenant.token());
      save(nextSeed, next);
      seed = nextSeed;
      commit(next);
      return tenant;
    }
  }

  /** Returns the state to the seed: every tenant stays, everything the routes made is gone. */
  public void reset() {
    synchronized (writeLock) {
      PlatformState next = seed.copy();
      save(seed, next);
      commit(next);
    }
  }

  /** The tenants of the committed state, in creation order: one per access token. */
  public List<Tenant> tenants() {
    PlatformState s = state;
    List<Tenant> tenants = new ArrayList<>();
    for (AccessToken token : s.tokens().values()) {
      App app = s.apps().get(token.appId());
      if (app == null) {
        continue;
      }
      Business business = s.businesses().get(app.businessId());
      Optional<Waba> waba = s.wabas().values().stream().filter(w -> w.businessId().equals(app.businessId()))
          .findFirst();
      Optional<PhoneNumber> phone = waba.flatMap(w -> s.phoneNumbersOf(w.id()).stream().findFirst());
      if (business != null && phone.isPresent()) {
        tenants.add(new Tenant(business, waba.get(), phone.get(), app, token));
      }
    }
    return tenants;
  }

  private void commit(PlatformState next) {
    PlatformState before = state;
    state = next;
    for (CommitListener listener : listeners) {
      listener.committed(before, next);
    }
  }

  private void save(PlatformState nextSeed, PlatformState next) {
    if (snapshots != null) {
      try {
        snapshots.save(nextSeed, next);
      } catch (IOException e) {
        throw new UncheckedIOException("could not save the mock platform's state", e);
      }
    }
  }
}
