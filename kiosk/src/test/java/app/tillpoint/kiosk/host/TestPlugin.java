package app.tillpoint.kiosk.host;

import app.tillpoint.kiosk.trust.PluginTrust;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds a real pf4j plugin folder (plugin.properties, compiled classes, extension index) from Java sources, for
 * tests of the plugin host: the same layout as the bundled plugins, compiled with javac at test time. It is trusted
 * where it is built, as an administrator's {@code tillpoint plugins trust} would, unless {@link #untrusted()}.
 */
public final class TestPlugin {
    private final String id;
    private String version = "1.0.0";
    private String requires = ">=1.0.0 & <2.0.0";
    private String dependencies = "";
    private boolean trusted = true;
    private final Map<String, String> sources = new LinkedHashMap<>();

    private TestPlugin(String id) {
        this.id = id;
    }

    public static TestPlugin builder(String id) {
        return new TestPlugin(id);
    }

    public TestPlugin version(String pluginVersion) {
        this.version = pluginVersion;
        return this;
    }

    public TestPlugin requires(String range) {
        this.requires = range;
        return this;
    }

    public TestPlugin dependsOn(String pluginId) {
        this.dependencies = pluginId;
        return this;
    }

    /** Leaves the plugin out of its folder's list of trusted plugins, as one dropped in by hand. */
    public TestPlugin untrusted() {
        this.trusted = false;
        return this;
    }

    /** A class of the plugin, in package {@code test.<id>}; {@code body} is everything after the package line. */
    public TestPlugin source(String simpleName, String body) {
        sources.put(simpleName, "package " + pkg() + ";\n" + body);
        return this;
    }

    /** A dashboard action with {@code id} whose label is {@code label}; the simplest working extension. */
    public TestPlugin dashboardAction(String simpleName, String actionId, String label) {
        return source(simpleName, """
                import app.tillpoint.api.*;
                import java.util.Optional;
                @org.pf4j.Extension
                public class %s implements DashboardAction {
                    public %s(KioskContext context) { }
                    public String id() { return "%s"; }
                    public String label() { return "%s"; }
                    public boolean offeredFor(Optional<app.tillpoint.api.session.Session> open) { return true; }
                    public void perform() { }
                }
                """.formatted(simpleName, simpleName, actionId, label));
    }

    /** Writes the plugin into {@code root/<id>}, trusts it there unless {@link #untrusted()}, and returns that folder. */
    public Path build(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve(id));
        Path src = Files.createDirectories(dir.resolve("src-test"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String pluginClass = "TestPluginMain";
        sources.putIfAbsent(pluginClass, "package " + pkg() + ";\npublic class " + pluginClass
                + " extends org.pf4j.Plugin { }\n");
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "-processor", "org.pf4j.processor.ExtensionAnnotationProcessor",
                "-Xlint:none"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey() + ".java");
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int result = javac.run(null, null, errors, args.toArray(String[]::new));
        if (result != 0) {
            throw new IllegalStateException("Test plugin " + id + " does not compile:\n" + errors);
        }
        Files.writeString(dir.resolve("plugin.properties"), """
                plugin.id=%s
                plugin.class=%s.%s
                plugin.version=%s
                plugin.requires=%s
                plugin.dependencies=%s
                plugin.provider=Tillpoint tests
                """.formatted(id, pkg(), pluginClass, version, requires, dependencies), StandardCharsets.UTF_8);
        if (trusted) {
            PluginTrust.trust(root, dir);
        }
        return dir;
    }

    /** A pf4j zip of the plugin folder {@code plugin} (as {@link #build} made it): its plugin.properties and classes. */
    public static Path zip(Path plugin, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             Stream<Path> files = Files.walk(plugin)) {
            for (Path path : (Iterable<Path>) files::iterator) {
                String name = plugin.relativize(path).toString().replace('\\', '/');
                if (Files.isRegularFile(path) && !name.startsWith("src-test/")) {
                    out.putNextEntry(new ZipEntry(name));
                    Files.copy(path, out);
                    out.closeEntry();
                }
            }
        }
        return zip;
    }

    private String pkg() {
        return "test." + id.replace('-', '_');
    }
}
