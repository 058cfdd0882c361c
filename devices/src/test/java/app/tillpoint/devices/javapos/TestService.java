package app.tillpoint.devices.javapos;

import jpos.JposConst;
import jpos.JposException;
import jpos.events.DataEvent;
import jpos.events.ErrorEvent;
import jpos.services.EventCallbacks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The common part of the test service objects named in the test {@code jpos.xml}. A JavaPOS service interface has up
 * to a hundred methods; {@link TestServiceFactory} wraps a subclass in a proxy that calls the subclass's public method
 * of the same name and parameters, and answers every other property with its type's zero value. Records the calls
 * that matter in {@link #calls()}.
 */
public abstract class TestService implements InvocationHandler {
    private final List<String> calls = new CopyOnWriteArrayList<>();
    protected volatile EventCallbacks callbacks;
    protected volatile boolean claimed;
    protected volatile boolean enabled;
    protected volatile boolean dataEventEnabled;
    private volatile int state = JposConst.JPOS_S_CLOSED;

    /** The calls that set the device's life, in order: open, claim, enable, disable, release, close. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    protected void record(String call) {
        calls.add(call);
    }

    public void open(String logicalName, EventCallbacks callbacks) {
        this.callbacks = callbacks;
        state = JposConst.JPOS_S_IDLE;
        record("open");
    }

    public void claim(int timeout) {
        claimed = true;
        record("claim");
    }

    public void release() {
        claimed = false;
        record("release");
    }

    public void close() {
        state = JposConst.JPOS_S_CLOSED;
        claimed = false;
        enabled = false;
        record("close");
    }

    public void setDeviceEnabled(boolean enabled) throws JposException {
        if (!claimed) {
            throw new JposException(JposConst.JPOS_E_NOTCLAIMED, "Not claimed");
        }
        this.enabled = enabled;
        record(enabled ? "enable" : "disable");
    }

    public boolean getDeviceEnabled() {
        return enabled;
    }

    public boolean getClaimed() {
        return claimed;
    }

    public int getState() {
        return state;
    }

    public int getDeviceServiceVersion() {
        return 1_015_000;
    }

    public void setDataEventEnabled(boolean dataEventEnabled) {
        this.dataEventEnabled = dataEventEnabled;
    }

    public boolean getDataEventEnabled() {
        return dataEventEnabled;
    }

    public void deleteInstance() {
        record("deleteInstance");
    }

    /** Fires a data event as a device does: only when enabled, and data events are off until enabled again. */
    protected boolean fireData() {
        if (!enabled || !dataEventEnabled) {
            return false;
        }
        dataEventEnabled = false;
        callbacks.fireDataEvent(new DataEvent(callbacks.getEventSource(), 0));
        return true;
    }

    /** Fires an input error event, as a device does on a bad read. */
    public void fireError(int code) {
        callbacks.fireErrorEvent(new ErrorEvent(callbacks.getEventSource(), code, 0, JposConst.JPOS_EL_INPUT,
            JposConst.JPOS_ER_CLEAR));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Method own;
        try {
            own = getClass().getMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return zero(method.getReturnType());
        }
        try {
            return own.invoke(this, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object zero(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == String.class) {
            return "";
        }
        if (type == byte[].class) {
            return new byte[0];
        }
        return null;
    }
}
