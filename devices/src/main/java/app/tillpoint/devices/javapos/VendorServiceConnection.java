package app.tillpoint.devices.javapos;

import jpos.JposConst;
import jpos.JposException;
import jpos.config.JposEntry;
import jpos.loader.JposServiceConnection;
import jpos.loader.JposServiceInstance;
import jpos.loader.JposServiceInstanceFactory;

/**
 * One JavaPOS device's link to its service: creates the entry's service instance factory from {@code loader}, then
 * the service. Used by the JavaPOS control on the thread that opens it.
 */
final class VendorServiceConnection implements JposServiceConnection {
    private final String logicalName;
    private final JposEntry entry;
    private final ClassLoader loader;
    private JposServiceInstance service;

    VendorServiceConnection(String logicalName, JposEntry entry, ClassLoader loader) {
        this.logicalName = logicalName;
        this.entry = entry;
        this.loader = loader;
    }

    @Override
    public JposServiceInstance getService() {
        return service;
    }

    @Override
    public String getLogicalName() {
        return logicalName;
    }

    /**
     * Creates the service. A class that cannot be found is named in the exception; an error while linking a vendor's
     * class ({@code NoClassDefFoundError}) is left to pass, as the library does, for the driver to report.
     */
    @Override
    public void connect() throws JposException {
        Object factoryClass = entry.getPropertyValue(JposEntry.SI_FACTORY_CLASS_PROP_NAME);
        if (!(factoryClass instanceof String name) || name.isBlank()) {
            throw new JposException(JposConst.JPOS_E_NOSERVICE, "\"" + logicalName + "\" has no factoryClass in jpos.xml");
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // Some vendors' factories find their service class through the context class loader.
        thread.setContextClassLoader(loader);
        try {
            JposServiceInstanceFactory factory = Class.forName(name, true, loader)
                .asSubclass(JposServiceInstanceFactory.class).getConstructor().newInstance();
            JposServiceInstance made = factory.createInstance(logicalName, entry);
            if (made == null) {
                throw new JposException(JposConst.JPOS_E_NOSERVICE, name + " made no service for \"" + logicalName + "\"");
            }
            service = made;
        } catch (ClassNotFoundException e) {
            throw new JposException(JposConst.JPOS_E_NOSERVICE, "service factory class " + name + " not found", e);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new JposException(JposConst.JPOS_E_NOSERVICE, "service factory " + name + " could not be made", e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Override
    public void disconnect() throws JposException {
        JposServiceInstance made = service;
        service = null;
        if (made != null) {
            made.deleteInstance();
        }
    }
}
