package app.tillpoint.kiosk.host;

import app.tillpoint.api.KioskContext;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginRuntimeException;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Creates each extension class once, handing it its plugin's {@link KioskContext} through its constructor; a class
 * that implements several extension points is the same instance for all of them.
 */
final class ContextExtensionFactory implements ExtensionFactory {
    private final Function<Class<?>, KioskContext> contextOf;
    private final Map<Class<?>, Object> instances = new ConcurrentHashMap<>();

    /** @param contextOf the context for an extension class: the one of the plugin that holds the class */
    ContextExtensionFactory(Function<Class<?>, KioskContext> contextOf) {
        this.contextOf = contextOf;
    }

    @Override
    public <T> T create(Class<T> extensionClass) {
        Object existing = instances.get(extensionClass);
        if (existing == null) {
            existing = instantiate(extensionClass);
            Object raced = instances.putIfAbsent(extensionClass, existing);
            existing = raced != null ? raced : existing;
        }
        return extensionClass.cast(existing);
    }

    private Object instantiate(Class<?> extensionClass) {
        try {
            Constructor<?> withContext = findConstructor(extensionClass, KioskContext.class);
            if (withContext != null) {
                return withContext.newInstance(contextOf.apply(extensionClass));
            }
            Constructor<?> plain = findConstructor(extensionClass);
            if (plain != null) {
                return plain.newInstance();
            }
            throw new PluginRuntimeException("Extension " + extensionClass.getName()
                    + " has no public constructor taking a KioskContext or nothing");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new PluginRuntimeException(cause, "Extension {} threw in its constructor: {}",
                    extensionClass.getName(), String.valueOf(cause));
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new PluginRuntimeException(e, "Extension {} cannot be created: {}", extensionClass.getName(),
                    String.valueOf(e));
        }
    }

    private static Constructor<?> findConstructor(Class<?> type, Class<?>... parameters) {
        try {
            return type.getConstructor(parameters);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
