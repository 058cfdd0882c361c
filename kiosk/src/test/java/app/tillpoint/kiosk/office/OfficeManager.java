package app.tillpoint.kiosk.office;

import app.tillpoint.kiosk.admin.OfficeCommand;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store manager at the office's command line, for the office's tests: the owner's login file in a folder of the
 * test's, the commands run as {@code tillpoint office …} runs them, and what they said.
 */
final class OfficeManager {
    private final OfficeAdmin office;
    private final Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    OfficeManager(OfficeAdmin office, Path dir) {
        this.office = office;
        this.dir = dir;
    }

    /** The owner's login file, written at the first call. */
    Path login() throws IOException {
        Path login = dir.resolve("office.login");
        if (Files.notExists(login)) {
            Files.writeString(login, "url=" + office.url() + "\nuser=" + office.user() + "\npassword="
                    + office.password() + "\n");
        }
        return login;
    }

    /** Runs {@code office args…}; returns its exit code, what it printed in {@link #out()} and {@link #err()}. */
    int run(String... args) {
        out.reset();
        err.reset();
        return new OfficeCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Registers {@code terminal} of {@code store} with {@code office register}; its credentials as written. */
    OfficeCredentials register(String store, String terminal) throws Exception {
        Path file = dir.resolve(store + "-" + terminal + ".credentials");
        assertThat(run("register", "--office", login().toString(), "--store", store, "--terminal", terminal,
                "--credentials", file.toString())).as(err()).isZero();
        return OfficeCredentials.read(file);
    }
}
