package app.tillpoint.devices.javapos;

import jpos.JposConst;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The simulated vendor package of {@code src/test/resources/vendor-simulator}, built for a test: its sources compiled
 * against the javapos jar, packed as the vendor ships them, into a folder of the test's choosing.
 */
final class AcmeVendor {
    static final String FACTORY = "com.acme.jpos.AcmeServiceFactory";
    static final String SERVICE = "com.acme.jpos.AcmeDrawerService";
    private final Path classes;

    private AcmeVendor(Path classes) {
        this.classes = classes;
    }

    /** Compiles the vendor's sources into {@code work}. */
    static AcmeVendor compile(Path work) throws Exception {
        Path sources = source("vendor-simulator");
        Path classes = Files.createDirectories(work.resolve("acme-classes"));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
            "-cp", location(JposConst.class).toString()));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = javac.run(null, errors, errors, args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("The vendor simulator did not compile: " + errors.toString(StandardCharsets.UTF_8));
        }
        return new AcmeVendor(classes);
    }

    /** The vendor's service jar (factory and service) in {@code folder}. */
    Path serviceJar(Path folder) throws IOException {
        return jar(folder.resolve("acme-jpos.jar"), "AcmeServiceFactory", "AcmeDrawerService");
    }

    /** The vendor's base library jar in {@code folder}, which the service needs. */
    Path baseJar(Path folder) throws IOException {
        return jar(folder.resolve("acme-base.jar"), "AcmeApi");
    }

    /** The vendor's jpos.xml, with the standard DOCTYPE, in {@code folder}. */
    static Path jposXml(Path folder) throws Exception {
        Files.createDirectories(folder);
        return Files.copy(source("vendor-simulator/jpos.xml"), folder.resolve("jpos.xml"));
    }

    /** Where the code of {@code type} was loaded from: a jar or a classes folder. */
    static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private Path jar(Path jar, String... classNames) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        // Written to a temp name first: a folder being watched never sees half a jar.
        Path partial = jar.resolveSibling(jar.getFileName() + ".part");
        try (OutputStream file = Files.newOutputStream(partial); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String name : classNames) {
                String entry = "com/acme/jpos/" + name + ".class";
                out.putNextEntry(new JarEntry(entry));
                out.write(Files.readAllBytes(classes.resolve(entry)));
                out.closeEntry();
            }
        }
        return Files.move(partial, jar);
    }

    private static Path source(String name) throws URISyntaxException {
        return Path.of(AcmeVendor.class.getResource("/" + name).toURI());
    }
}
