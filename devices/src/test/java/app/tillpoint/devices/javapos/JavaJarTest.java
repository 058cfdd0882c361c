package app.tillpoint.devices.javapos;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.devices.Devices;
import jpos.JposConst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JavaPOS under {@code java -jar}, in a child JVM: the class path is one jar whose manifest names the rest, as the
 * kiosk's is, and the working folder holds nothing. There JavaPOS's loader once found neither {@code jcl.dtd} (it
 * looks through the jars of {@code java.class.path}) nor a vendor's jars.
 */
class JavaJarTest {
    @TempDir
    Path dir;

    @Test
    void aVendorsDrawerWithTheStandardDoctypeConnectsUnderJavaJarInAnEmptyWorkingFolder() throws Exception {
        Path vendor = dir.resolve("data/jpos");
        AcmeVendor acme = AcmeVendor.compile(dir.resolve("work"));
        acme.serviceJar(vendor);
        acme.baseJar(vendor);
        AcmeVendor.jposXml(vendor);
        Path launcher = launcherJar(dir.resolve("app/launcher.jar"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar", launcher.toString(), vendor.toString(), "AcmeDrawer")
            .directory(elsewhere.toFile()).redirectErrorStream(true).start();
        child.getOutputStream().close();
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            child.destroyForcibly();
        }

        assertThat(output).as(output).contains("class path: " + launcher + System.lineSeparator())
            .contains("status: Cash drawer: ready");
        assertThat(elsewhere).isEmptyDirectory();
    }

    /** A jar with only a manifest: the probe as its main class, and the code it needs on its Class-Path. */
    private static Path launcherJar(Path jar) throws Exception {
        Files.createDirectories(jar.getParent());
        List<String> classPath = new ArrayList<>();
        for (Class<?> type : List.of(JposProbe.class, Devices.class, DeviceStatus.class, JposConst.class,
            Logger.class, Class.forName("org.slf4j.jul.JULServiceProvider"))) {
            Path location = AcmeVendor.location(type);
            // Class-Path entries are relative URLs; a folder's ends with a slash.
            String entry = jar.getParent().relativize(location).toString().replace('\\', '/');
            classPath.add(Files.isDirectory(location) ? entry + "/" : entry);
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, JposProbe.class.getName());
        main.put(Attributes.Name.CLASS_PATH, String.join(" ", classPath.stream().distinct().toList()));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
        return jar;
    }
}
