package app.tillpoint.devices.javapos;

import jpos.JposConst;
import jpos.JposException;
import jpos.config.JposEntry;
import jpos.loader.JposServiceConnection;
import jpos.loader.simple.SimpleServiceManager;
import jpos.util.JposProperties;

/**
 * JavaPOS's own service manager, but creating each service through {@link VendorJars#classLoader()}: the library's
 * connection loads the entry's {@code factoryClass} with {@code Class.forName} from its own class loader, which never
 * sees a jar added after start. Named to JavaPOS by {@link JposRegistry} ({@code jpos.loader.serviceManagerClass});
 * the registry, populators and profiles stay the library's.
 */
public final class VendorServiceManager extends SimpleServiceManager {

    /** Created by the JavaPOS loader by reflection, once per process. */
    public VendorServiceManager(JposProperties properties) {
        super(properties);
    }

    @Override
    public JposServiceConnection createConnection(String logicalName) throws JposException {
        JposEntry entry = getEntryRegistry().getJposEntry(logicalName);
        if (entry == null) {
            throw new JposException(JposConst.JPOS_E_NOEXIST, "\"" + logicalName + "\" is not in jpos.xml");
        }
        return new VendorServiceConnection(logicalName, entry, VendorJars.classLoader());
    }
}
