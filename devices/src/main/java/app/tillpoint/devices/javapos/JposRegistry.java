package app.tillpoint.devices.javapos;

import jpos.loader.JposServiceLoader;
import jpos.loader.JposServiceManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points the JavaPOS loader (javapos-config-loader, inside {@code org.javapos:javapos}) at a {@code jpos.xml}.
 *
 * <p>The loader reads its settings once per JVM, when {@link JposServiceLoader} is first used, from system properties
 * (or a {@code jpos/res/jpos.properties} resource): {@code jpos.config.regPopulatorClass} must name the XML populator
 * ({@code jpos.config.simple.xml.JavaxRegPopulator}; the default reads serialized entries, not XML), and
 * {@code jpos.config.populatorFile} the file. Without a file it reads {@code jpos.xml} from the working folder. It
 * parses with the JDK's own XML parser: nothing else is needed on the class path.
 */
public final class JposRegistry {
    static final String POPULATOR_CLASS = "jpos.config.regPopulatorClass";
    static final String POPULATOR_FILE = "jpos.config.populatorFile";
    static final String XML_POPULATOR = "jpos.config.simple.xml.JavaxRegPopulator";
    private static final Logger LOG = LoggerFactory.getLogger(JposRegistry.class);

    private JposRegistry() {
    }

    /**
     * Makes sure {@code logicalName} can be opened: uses {@code jposXml} when given, reloading the loader's registry if
     * it was read from elsewhere or before the entry existed.
     *
     * @return a problem fit for the cashier, or null when the entry is known
     */
    public static synchronized String prepare(String jposXml, String logicalName) {
        if (jposXml != null && !jposXml.isBlank()) {
            Path file = Path.of(jposXml).toAbsolutePath();
            if (!Files.isRegularFile(file)) {
                return "jpos.xml not found: " + file;
            }
            boolean changed = !file.toString().equals(System.getProperty(POPULATOR_FILE))
                || !XML_POPULATOR.equals(System.getProperty(POPULATOR_CLASS));
            // Process-wide by JavaPOS's design: the loader has no other way to be told where its file is.
            System.setProperty(POPULATOR_CLASS, XML_POPULATOR);
            System.setProperty(POPULATOR_FILE, file.toString());
            JposServiceManager manager = JposServiceLoader.getManager();
            if (changed || manager.getEntryRegistry().getJposEntry(logicalName) == null) {
                manager.reloadEntryRegistry();
            }
        }
        JposServiceManager manager = JposServiceLoader.getManager();
        if (manager.getEntryRegistry().getJposEntry(logicalName) == null) {
            LOG.warn("JavaPOS: no entry \"{}\" in {}", logicalName, System.getProperty(POPULATOR_FILE, "jpos.xml"));
            return "\"" + logicalName + "\" is not in jpos.xml";
        }
        return null;
    }
}
