package app.tillpoint.devices.javapos;

import jpos.JposConst;
import jpos.JposException;
import jpos.config.JposEntry;
import jpos.events.DataEvent;
import jpos.events.ErrorEvent;
import jpos.events.StatusUpdateEvent;
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
 *
 * <p>Like a real service it refuses what JavaPOS forbids: arguments out of range, {@code PowerNotify} set while
 * enabled or without power reporting. It models the hardware's power ({@link #power(int)}): reported as a
 * {@code StatusUpdateEvent} when power notification is on. Its {@code jpos.xml} entry can set
 * {@code capPowerReporting} and the starting {@code powerState} (Integer props).
 */
public abstract class TestService implements InvocationHandler {
    private final List<String> calls = new CopyOnWriteArrayList<>();
    protected volatile EventCallbacks callbacks;
    protected volatile boolean claimed;
    protected volatile boolean enabled;
    protected volatile boolean dataEventEnabled;
    private volatile int state = JposConst.JPOS_S_CLOSED;
    private volatile int capPowerReporting = JposConst.JPOS_PR_STANDARD;
    private volatile int powerNotify = JposConst.JPOS_PN_DISABLED;
    protected volatile int powerState = JposConst.JPOS_PS_ONLINE;

    /** Reads the entry's props, as a vendor's service reads its settings from jpos.xml. */
    protected void configure(JposEntry entry) {
        if (entry.getPropertyValue("capPowerReporting") instanceof Integer cap) {
            capPowerReporting = cap;
        }
        if (entry.getPropertyValue("powerState") instanceof Integer power) {
            powerState = power;
        }
    }

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

    public void claim(int timeout) throws JposException {
        if (timeout < JposConst.JPOS_FOREVER) {
            throw new JposException(JposConst.JPOS_E_ILLEGAL, "Claim timeout " + timeout + " out of range");
        }
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

    public int getCapPowerReporting() {
        return capPowerReporting;
    }

    public void setPowerNotify(int notify) throws JposException {
        if (enabled) {
            throw new JposException(JposConst.JPOS_E_ILLEGAL, "PowerNotify can only be set while disabled");
        }
        if (notify != JposConst.JPOS_PN_DISABLED && notify != JposConst.JPOS_PN_ENABLED) {
            throw new JposException(JposConst.JPOS_E_ILLEGAL, "PowerNotify " + notify + " out of range");
        }
        if (notify == JposConst.JPOS_PN_ENABLED && capPowerReporting == JposConst.JPOS_PR_NONE) {
            throw new JposException(JposConst.JPOS_E_ILLEGAL, "No power reporting");
        }
        powerNotify = notify;
    }

    public int getPowerNotify() {
        return powerNotify;
    }

    /** Known only while power notification is on and the device enabled, as JavaPOS says. */
    public int getPowerState() {
        return powerNotify == JposConst.JPOS_PN_ENABLED && enabled ? powerState : JposConst.JPOS_PS_UNKNOWN;
    }

    /**
     * The hardware's power changes (a switch, a cable, the printer that carries the drawer); reported to the control
     * when power notification is on and the device enabled.
     *
     * @param powerState {@code JPOS_PS_ONLINE}, {@code JPOS_PS_OFF}, {@code JPOS_PS_OFFLINE} or {@code JPOS_PS_OFF_OFFLINE}
     */
    public void power(int powerState) {
        this.powerState = powerState;
        if (enabled && powerNotify == JposConst.JPOS_PN_ENABLED) {
            // The power status codes of StatusUpdateEvent have the values of the power states.
            callbacks.fireStatusUpdateEvent(new StatusUpdateEvent(callbacks.getEventSource(), powerState));
        }
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
