package app.tillpoint.devices.javapos;

import app.tillpoint.api.device.CashDrawer.OpenState;
import app.tillpoint.api.device.DeviceStatus.State;
import app.tillpoint.devices.CashDrawerConfig;
import app.tillpoint.devices.JavaPosConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static app.tillpoint.devices.javapos.JavaPosDevicesTest.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A vendor's JavaPOS package as a store installs it: jars and jpos.xml in the vendor folders, none of it on the class
 * path; and the faults a store meets: a jar left out, a class that is not there, a jpos.xml the loader cannot read.
 */
class JavaPosVendorTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static AcmeVendor acme;
    @TempDir
    Path dir;

    @BeforeAll
    static void compileTheVendorsPackage(@TempDir Path work) throws Exception {
        acme = AcmeVendor.compile(work);
    }

    @AfterEach
    void noVendorFolders() {
        VendorJars.use(List.of());
    }

    private static JavaPosDrawer drawer(String logicalName, String jposXml) {
        return new JavaPosDrawer(CashDrawerConfig.javapos(new JavaPosConfig(logicalName, null, jposXml, 500)));
    }

    @Test
    void aVendorsJarsAndJposXmlInTheVendorFolderAreUsedWithoutTheClassPath() throws Exception {
        Path data = dir.resolve("data/jpos");
        acme.serviceJar(data);
        acme.baseJar(data);
        AcmeVendor.jposXml(data);
        VendorJars.use(List.of(data, dir.resolve("install/lib/vendor")));
        assertThatThrownBy(() -> Class.forName(AcmeVendor.FACTORY)).as("not on the class path")
            .isInstanceOf(ClassNotFoundException.class);

        try (JavaPosDrawer drawer = drawer("AcmeDrawer", null)) {
            assertThat(await(drawer::status, s -> s.state() == State.READY, WAIT)).as("%s", drawer.status()).isTrue();
            drawer.open();
            assertThat(drawer.openState()).isEqualTo(OpenState.UNKNOWN);
        }
        assertThat(VendorJars.jars()).containsExactly(data.resolve("acme-base.jar"), data.resolve("acme-jpos.jar"));
    }

    @Test
    void theInstallFolderServesToo() throws Exception {
        Path install = dir.resolve("install/lib/vendor");
        acme.serviceJar(install);
        acme.baseJar(install);
        Path jposXml = AcmeVendor.jposXml(dir.resolve("config"));
        VendorJars.use(List.of(dir.resolve("data/jpos"), install));

        try (JavaPosDrawer drawer = drawer("AcmeDrawer", jposXml.toString())) {
            assertThat(await(drawer::status, s -> s.state() == State.READY, WAIT)).as("%s", drawer.status()).isTrue();
        }
    }

    @Test
    void aMissingVendorJarIsNamedAndTheDrawerConnectsOnceItIsInstalled() throws Exception {
        Path data = dir.resolve("jpos");
        acme.serviceJar(data);
        AcmeVendor.jposXml(data);
        VendorJars.use(List.of(data));

        try (JavaPosDrawer drawer = drawer("AcmeDrawer", null)) {
            assertThat(await(drawer::status, s -> s.state() == State.ERROR, WAIT)).as("%s", drawer.status()).isTrue();
            assertThat(drawer.status().describe()).isEqualTo("Cash drawer: error (AcmeDrawer: class com.acme.jpos.AcmeApi"
                + " missing (NoClassDefFoundError: a vendor jar is not installed, or the service needs a newer JavaPOS"
                + " than this kiosk's))");

            acme.baseJar(data);
            assertThat(await(drawer::status, s -> s.state() == State.READY, Duration.ofSeconds(15)))
                .as("retried after the jar came: %s", drawer.status()).isTrue();
            drawer.open();
        }
    }

    @Test
    void aServiceClassThatIsNotThereIsNamed() throws Exception {
        Path data = dir.resolve("jpos");
        acme.serviceJar(data);
        acme.baseJar(data);
        Path jposXml = write(data.resolve("jpos.xml"), Files.readString(AcmeVendor.jposXml(dir.resolve("orig")))
            .replace("serviceClass=\"" + AcmeVendor.SERVICE, "serviceClass=\"com.acme.jpos.AcmeDrawerService2"));
        VendorJars.use(List.of(data));

        try (JavaPosDrawer drawer = drawer("AcmeDrawer", jposXml.toString())) {
            assertThat(await(drawer::status, s -> s.detail().contains("not found"), WAIT)).as("%s", drawer.status())
                .isTrue();
            assertThat(drawer.status().describe())
                .isEqualTo("Cash drawer: not connected (AcmeDrawer: class com.acme.jpos.AcmeDrawerService2 not found)");
        }
    }

    @Test
    void aFactoryClassThatIsNotThereIsNamed() throws Exception {
        Path jposXml = write(dir.resolve("jpos.xml"), Files.readString(AcmeVendor.jposXml(dir.resolve("orig")))
            .replace(AcmeVendor.FACTORY, "com.acme.jpos.AcmeFactory"));
        VendorJars.use(List.of(dir.resolve("empty")));

        try (JavaPosDrawer drawer = drawer("AcmeDrawer", jposXml.toString())) {
            assertThat(await(drawer::status, s -> s.detail().contains("not found"), WAIT)).as("%s", drawer.status())
                .isTrue();
            assertThat(drawer.status().describe())
                .isEqualTo("Cash drawer: not connected (AcmeDrawer: class com.acme.jpos.AcmeFactory not found)");
        }
    }

    @Test
    void aDtdThatCannotBeFoundIsNamed() throws Exception {
        Path jposXml = write(dir.resolve("jpos.xml"), Files.readString(AcmeVendor.jposXml(dir.resolve("orig")))
            .replace("PUBLIC \"-//JavaPOS//DTD//EN\" \"jcl.dtd\"", "PUBLIC \"-//Acme//DTD JCL//EN\" \"acme-jcl.dtd\""));

        try (JavaPosDrawer drawer = drawer("AcmeDrawer", jposXml.toString())) {
            assertThat(await(drawer::status, s -> s.detail().contains("DTD"), WAIT)).as("%s", drawer.status()).isTrue();
            assertThat(drawer.status().detail()).startsWith(jposXml + " not read: its DTD was not found (")
                .contains("acme-jcl.dtd");
        }
    }

    @Test
    void anEntryTheLoaderRejectsIsNamedWithItsReason() throws Exception {
        Path jposXml = write(dir.resolve("jpos.xml"), Files.readString(AcmeVendor.jposXml(dir.resolve("orig")))
            .replace("<jpos category=\"CashDrawer\" version=\"1.15\"/>", "<jpos category=\"CashDrawer\"/>"));

        try (JavaPosDrawer drawer = drawer("AcmeDrawer", jposXml.toString())) {
            assertThat(await(drawer::status, s -> s.detail().contains("not loaded"), WAIT)).as("%s", drawer.status())
                .isTrue();
            assertThat(drawer.status().detail()).isEqualTo("\"AcmeDrawer\" not loaded from " + jposXml + ": line 8: "
                + "cvc-complex-type.4: Attribute 'version' must appear on element 'jpos'.");
        }
    }

    @Test
    void anEditedJposXmlIsReadAgainWhileTheDrawerRetries() throws Exception {
        acme.serviceJar(dir.resolve("jpos"));
        acme.baseJar(dir.resolve("jpos"));
        VendorJars.use(List.of(dir.resolve("jpos")));
        String vendors = Files.readString(AcmeVendor.jposXml(dir.resolve("orig")));
        Path jposXml = write(dir.resolve("jpos.xml"), vendors.replace("AcmeDrawer", "AcmeDrawer2"));

        try (JavaPosDrawer drawer = drawer("AcmeDrawer", jposXml.toString())) {
            assertThat(await(drawer::status, s -> s.detail().contains("is not in"), WAIT)).isTrue();
            write(jposXml, vendors);
            assertThat(await(drawer::status, s -> s.state() == State.READY, Duration.ofSeconds(15)))
                .as("%s", drawer.status()).isTrue();
        }
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
