package dev.flowkit.cucumber.internal;

import io.cucumber.core.backend.CucumberBackendException;
import io.cucumber.core.backend.ObjectFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Cucumber's object factory for FlowKit's steps: builds each glue class once per scenario through its public
 * constructor, handing it the scenario's one instance of each parameter type (built the same way), so thin step
 * classes share one {@link dev.flowkit.cucumber.FlowScenario}. Everything is dropped when the scenario ends.
 *
 * <p>Registered through {@code ServiceLoader}. A project that also has another DI module on its class path picks
 * one with Cucumber's {@code cucumber.object-factory} property.
 */
public final class ScenarioObjectFactory implements ObjectFactory {

  private final Set<Class<?>> glue = new HashSet<>();
  private final Map<Class<?>, Object> instances = new HashMap<>();
  private final Set<Class<?>> building = new HashSet<>();

  /** Called by Cucumber's service loader. */
  public ScenarioObjectFactory() {}

  @Override
  public void start() {
    instances.clear();
  }

  @Override
  public void stop() {
    instances.clear();
  }

  @Override
  public boolean addClass(Class<?> glueClass) {
    glue.add(glueClass);
    return true;
  }

  @Override
  public <T> T getInstance(Class<T> type) {
    Object existing = instances.get(type);
    if (existing != null) {
      return type.cast(existing);
    }
    if (!building.add(type)) {
      throw new CucumberBackendException("constructor parameters go round in a circle at " + type.getName());
    }
    try {
      T created = create(type);
      instances.put(type, created);
      return created;
    } finally {
      building.remove(type);
    }
  }

  private <T> T create(Class<T> type) {
    Constructor<?>[] constructors = type.getConstructors();
    if (constructors.length != 1) {
      throw new CucumberBackendException(type.getName() + " needs exactly one public constructor to be built per "
          + "scenario; it has " + constructors.length);
    }
    Constructor<?> constructor = constructors[0];
    Class<?>[] parameterTypes = constructor.getParameterTypes();
    Object[] arguments = new Object[parameterTypes.length];
    for (int i = 0; i < parameterTypes.length; i++) {
      arguments[i] = getInstance(parameterTypes[i]);
    }
    try {
      return type.cast(constructor.newInstance(arguments));
    } catch (InvocationTargetException e) {
      throw new CucumberBackendException("could not build " + type.getName() + ": " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new CucumberBackendException("could not build " + type.getName(), e);
    }
  }

  @Override
  public String toString() {
    return "ScenarioObjectFactory[" + glue.size() + " glue classes]";
  }
}
