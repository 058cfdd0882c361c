package app.tillpoint.devices.javapos;

import jpos.config.JposEntry;
import jpos.config.JposRegPopulator;
import jpos.loader.JposServiceLoader;
import jpos.loader.JposServiceManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXParseException;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;

/**
 * Points the JavaPOS loader (javapos-config-loader, inside {@code org.javapos:javapos}) at a {@code jpos.xml}, and
 * says in plain words why a device cannot be found in it.
 *
 * <p>The loader reads its settings once per JVM, when {@link JposServiceLoader} is first used, from system properties
 * (or a {@code jpos/res/jpos.properties} resource): {@code jpos.loader.serviceManagerClass} names the manager that
 * creates services ({@link VendorServiceManager}, which finds the vendor's jars), {@code jpos.config.regPopulatorClass}
 * the XML populator ({@link JposXmlPopulator}, which finds JavaPOS's DTD wherever its jar is), and
 * {@code jpos.config.populatorFile} the file. The file is the configured one, else a {@code jpos.xml} in the vendor
 * folders, else whatever the JavaPOS properties say ({@code jpos.xml} in the working folder by default).
 */
public final class JposRegistry {
    static final String MANAGER_CLASS = "jpos.loader.serviceManagerClass";
    static final String OLD_MANAGER_CLASS = "jpos.config.serviceManagerClass";
    static final String POPULATOR_CLASS = "jpos.config.regPopulatorClass";
    static final String POPULATOR_FILE = "jpos.config.populatorFile";
    private static final Logger LOG = LoggerFactory.getLogger(JposRegistry.class);
    private static long loadedModified;
    private static boolean warnedManager;

    private JposRegistry() {
    }

    /**
     * Makes sure {@code logicalName} can be opened as a device of {@code category}: loads {@code jposXml} (or the
     * vendor folders' {@code jpos.xml}) when it was not loaded yet, has changed, or lacks the entry.
     *
     * @param category the JavaPOS device category the driver opens, e.g. {@code CashDrawer}, {@code MSR}
     * @return a problem fit for the cashier (file not found, DTD not found, entry rejected and why, wrong category),
     * or null when the entry is there
     */
    public static synchronized String prepare(String jposXml, String logicalName, String category) {
        Path file = jposXml != null && !jposXml.isBlank() ? Path.of(jposXml).toAbsolutePath()
            : VendorJars.jposXml().orElse(null);
        if (file != null && !Files.isRegularFile(file)) {
            return "jpos.xml not found: " + file;
        }
        boolean changed = false;
        long modified = file == null ? -1 : modified(file);
        if (file != null) {
            changed = !file.toString().equals(System.getProperty(POPULATOR_FILE))
                || !JposXmlPopulator.class.getName().equals(System.getProperty(POPULATOR_CLASS))
                || modified != loadedModified;
            // Process-wide by JavaPOS's design: the loader has no other way to be told where its file is. Set before
            // the loader first starts, so that its first reading is already this file's.
            System.setProperty(POPULATOR_CLASS, JposXmlPopulator.class.getName());
            System.setProperty(POPULATOR_FILE, file.toString());
        }
        JposServiceManager manager = useOurManager();
        if (file != null && (changed || manager.getEntryRegistry().getJposEntry(logicalName) == null)) {
            manager.reloadEntryRegistry();
            loadedModified = modified;
        }
        String where = file != null ? file.toString() : System.getProperty(POPULATOR_FILE, "jpos.xml");
        JposEntry entry = manager.getEntryRegistry().getJposEntry(logicalName);
        if (entry == null) {
            String problem = notLoaded(manager.getEntryRegistry().getRegPopulator(), logicalName, where);
            LOG.warn("JavaPOS: {}; entries loaded: {}", problem, logicalNames(manager));
            return problem;
        }
        Object found = entry.getPropertyValue(JposEntry.DEVICE_CATEGORY_PROP_NAME);
        if (!category.equalsIgnoreCase(Objects.toString(found, ""))) {
            return "\"" + logicalName + "\" is a " + found + " in " + where + ", not a " + category;
        }
        return null;
    }

    /** Why {@code logicalName} is not in the registry, from what the populator met while loading. */
    private static String notLoaded(JposRegPopulator populator, String logicalName, String where) {
        Exception failure = populator == null ? null : populator.getLastLoadException();
        String entry = "\"" + logicalName + "\"";
        if (failure == null) {
            return entry + " is not in " + where;
        }
        if (failure instanceof SAXParseException parse) {
            // The loader drops an entry that breaks its schema and carries on; this is the reason it gives.
            return entry + " not loaded from " + where + ": line " + parse.getLineNumber() + ": " + parse.getMessage();
        }
        String message = String.valueOf(failure.getMessage());
        if ((failure instanceof FileNotFoundException || failure instanceof NoSuchFileException)
            && message.contains(".dtd")) {
            return where + " not read: its DTD was not found (" + message + ")";
        }
        if (failure instanceof IOException) {
            return where + " not read: " + message;
        }
        return entry + " not loaded from " + where + ": " + JposFailure.describe(failure);
    }

    /**
     * Names our manager to JavaPOS before the loader first starts, unless the store named its own. A loader that
     * started without it cannot be changed: then the vendor folders are not used, and the log says so.
     */
    private static JposServiceManager useOurManager() {
        if (System.getProperty(MANAGER_CLASS) == null && System.getProperty(OLD_MANAGER_CLASS) == null) {
            System.setProperty(MANAGER_CLASS, VendorServiceManager.class.getName());
        }
        JposServiceManager manager = JposServiceLoader.getManager();
        if (!(manager instanceof VendorServiceManager) && !warnedManager) {
            warnedManager = true;
            LOG.warn("JavaPOS uses the service manager {}: the vendor folders {} are not searched",
                manager.getClass().getName(), VendorJars.folders());
        }
        return manager;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    private static List<String> logicalNames(JposServiceManager manager) {
        List<String> names = new ArrayList<>();
        Enumeration<?> entries = manager.getEntryRegistry().getEntries();
        while (entries.hasMoreElements()) {
            names.add(((JposEntry) entries.nextElement()).getLogicalName());
        }
        return names;
    }
}
