package com.acme.jpos;

import jpos.JposConst;
import jpos.JposException;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;

/** The vendor's cash drawer service: opens when kicked and closes at once, as a drawer pushed shut. */
public final class AcmeDrawerService implements InvocationHandler, AcmeApi {
    private int state = JposConst.JPOS_S_CLOSED;
    private boolean claimed;
    private boolean enabled;

    @Override
    public String model() {
        return "CD-1";
    }

    @Override
    public synchronized Object invoke(Object proxy, Method method, Object[] args) throws JposException {
        switch (method.getName()) {
            case "open": state = JposConst.JPOS_S_IDLE; return null;
            case "close": state = JposConst.JPOS_S_CLOSED; claimed = false; enabled = false; return null;
            case "claim": claimed = true; return null;
            case "release": claimed = false; enabled = false; return null;
            case "setDeviceEnabled": enabled = (Boolean) args[0]; return null;
            case "getDeviceEnabled": return enabled;
            case "getClaimed": return claimed;
            case "getState": return state;
            case "getDeviceServiceVersion": return 1_015_000;
            case "getPhysicalDeviceName": return "Acme " + model();
            case "getCapStatus": return false;
            case "openDrawer":
                if (!enabled) {
                    throw new JposException(JposConst.JPOS_E_DISABLED, "Acme: not enabled");
                }
                return null;
            case "toString": return "Acme " + model();
            case "hashCode": return System.identityHashCode(proxy);
            case "equals": return proxy == args[0];
            default: return zero(method.getReturnType());
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
        return null;
    }
}
