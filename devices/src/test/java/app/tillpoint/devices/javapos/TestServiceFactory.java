package app.tillpoint.devices.javapos;

import jpos.JposConst;
import jpos.JposException;
import jpos.config.JposEntry;
import jpos.loader.JposServiceInstance;
import jpos.loader.JposServiceInstanceFactory;
import jpos.services.CashDrawerService115;
import jpos.services.MSRService115;
import jpos.services.POSPrinterService115;
import jpos.services.ScannerService115;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service instance factory named in the test {@code jpos.xml}: makes the entry's {@code serviceClass} and keeps
 * the latest one of each logical name, so a test can reach the service behind the driver it opened.
 */
public final class TestServiceFactory implements JposServiceInstanceFactory {
    // The loader creates factories by reflection; a test has no other way to reach the services they make.
    private static final Map<String, TestService> LATEST = new ConcurrentHashMap<>();

    /** The service last made for {@code logicalName}, or null. */
    public static <T extends TestService> T latest(String logicalName, Class<T> type) {
        return type.cast(LATEST.get(logicalName));
    }

    @Override
    public JposServiceInstance createInstance(String logicalName, JposEntry entry) throws JposException {
        String className = (String) entry.getPropertyValue(JposEntry.SERVICE_CLASS_PROP_NAME);
        TestService service;
        try {
            service = Class.forName(className).asSubclass(TestService.class).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new JposException(JposConst.JPOS_E_NOSERVICE, "No test service " + className, e);
        }
        Class<?> api = switch (service.getClass().getSimpleName()) {
            case "TestDrawerService" -> CashDrawerService115.class;
            case "TestMsrService" -> MSRService115.class;
            case "TestPrinterService" -> POSPrinterService115.class;
            default -> ScannerService115.class;
        };
        service.configure(entry);
        LATEST.put(logicalName, service);
        return (JposServiceInstance) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {api, JposServiceInstance.class}, service);
    }
}
