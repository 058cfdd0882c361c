package app.tillpoint.kiosk.host;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;

/**
 * What a plugin is handed instead of a host's object: a view through one plugin-api interface and nothing else. The
 * view's class is a proxy class that implements only that interface, so a cast to the store's or the host's class
 * fails and no method beyond the interface's can be called, not even through the view's handler; the object itself
 * is a private field of that handler. (Reflection into private fields is beyond this wall: README, "Trust model".)
 */
final class Narrow {
    private Narrow() {
    }

    /** {@code target} seen as a {@code type} only. */
    static <T> T to(Class<T> type, T target) {
        Objects.requireNonNull(target, type.getSimpleName());
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new View(type, target)));
    }

    private static final class View implements InvocationHandler {
        private final Class<?> type;
        private final Object target;

        View(Class<?> type, Object target) {
            this.type = type;
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    // Two views of the same object are equal: a plugin may compare what it was handed twice.
                    case "equals" -> args[0] != null && Proxy.isProxyClass(args[0].getClass())
                            && Proxy.getInvocationHandler(args[0]) instanceof View other && other.target == target;
                    case "hashCode" -> System.identityHashCode(target);
                    default -> type.getSimpleName() + " (the kiosk's)";
                };
            }
            if (!method.getDeclaringClass().isAssignableFrom(type)) {
                // A caller of the handler itself (Proxy.getInvocationHandler) with a method of the object's class.
                throw new IllegalArgumentException(method + " is not a method of " + type.getName());
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
