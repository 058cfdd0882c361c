package app.tillpoint.kiosk.office;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficeCredentialsTest {
    @TempDir
    Path dir;

    @Test
    void writtenForTheKiosksGroupOnlyAndReadBack() throws Exception {
        OfficeCredentials credentials = new OfficeCredentials("S1", "T01", "tp:S1/T01", "secret");
        Path file = dir.resolve("office.credentials");
        credentials.write(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        assertThat(OfficeCredentials.read(file)).isEqualTo(credentials);
        assertThat(credentials.toString()).doesNotContain("secret");
        assertThatThrownBy(() -> credentials.write(file)).isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void aFileEveryUserMayReadIsRefused() throws Exception {
        Path file = dir.resolve("office.credentials");
        new OfficeCredentials("S1", "T01", "tp:S1/T01", "secret").write(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> OfficeCredentials.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("may be read by every user").hasMessageContaining("chmod 640");
    }

    @Test
    void aDamagedFileIsSaid() throws Exception {
        Path file = dir.resolve("office.credentials");
        Files.writeString(file, "store=S1\nterminal=T 01\nuser=x\npassword=y\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        assertThatThrownBy(() -> OfficeCredentials.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("damaged").hasMessageContaining("terminal id");
    }
}
