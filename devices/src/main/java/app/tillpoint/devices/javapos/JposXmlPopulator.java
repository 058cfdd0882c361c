package app.tillpoint.devices.javapos;

import jpos.config.simple.xml.JavaxRegPopulator;

import java.io.InputStream;

/**
 * JavaPOS's own XML populator ({@link JavaxRegPopulator}), finding its {@code jcl.dtd} and {@code jcl.xsd} wherever
 * the javapos jar is. Named to JavaPOS by {@link JposRegistry}.
 *
 * <p>The library looks for them by walking the jars named in {@code java.class.path}; under {@code java -jar} that is
 * the kiosk jar alone (the manifest's class path is not in it), so a {@code jpos.xml} with the standard DOCTYPE
 * ({@code -//JavaPOS//DTD//EN}, {@code jcl.dtd}) then looked for {@code jcl.dtd} in the working folder and read as
 * empty. Here the class loader that loaded JavaPOS answers first.
 */
public final class JposXmlPopulator extends JavaxRegPopulator {

    /** Created by the JavaPOS loader by reflection. */
    public JposXmlPopulator() {
        super(JposXmlPopulator.class.getName());
    }

    @Override
    public String getClassName() {
        return JposXmlPopulator.class.getName();
    }

    @Override
    public void load() {
        // The library keeps the last failure of any earlier load; only this load's explains what is missing now.
        lastLoadException = null;
        super.load();
    }

    @Override
    public void load(String fileName) {
        lastLoadException = null;
        super.load(fileName);
    }

    @Override
    protected InputStream findFileInClasspath(String name) {
        InputStream bundled = JavaxRegPopulator.class.getClassLoader().getResourceAsStream(name);
        return bundled != null ? bundled : super.findFileInClasspath(name);
    }
}
