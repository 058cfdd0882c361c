package app.tillpoint.kiosk.office;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster for the office's tests: the distribution's server ({@code /usr/lib/postgresql/N/bin},
 * or {@code TILLPOINT_PG_BIN}), initialised in a temp folder, listening on a free port of 127.0.0.1 with SCRAM
 * passwords, one per JVM (started by the first test that asks, stopped when the JVM ends). As root (CI) it runs as the
 * user postgres through runuser: PostgreSQL refuses to run as root. Without the binaries the tests are skipped with
 * the reason, except under CI ({@code CI} set), where they fail.
 *
 * <p>{@link #tls()} is a second cluster as a real office runs: {@code ssl=on} with a certificate for {@code localhost}
 * signed by a throw-away CA made here with openssl ({@link #ca()}), and {@code pg_hba.conf} accepting only
 * {@code hostssl} connections with SCRAM (a plain one is rejected); its URLs ask for {@code sslmode=verify-full}.
 */
final class OfficeCluster {
    static final String SUPERUSER = "postgres";
    static final String PASSWORD = "office-test-owner";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static OfficeCluster shared;
    private static OfficeCluster tls;

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgres;
    private final boolean tlsOnly;

    private OfficeCluster(Path bin, Path dir, int port, boolean asPostgres, boolean tlsOnly) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgres = asPostgres;
        this.tlsOnly = tlsOnly;
    }

    /** The JVM's cluster, started on first use. */
    static synchronized OfficeCluster shared() throws Exception {
        if (shared == null) {
            shared = started(false);
        }
        return shared;
    }

    /** The JVM's TLS-only cluster (verify-full against {@link #ca()}), started on first use. */
    static synchronized OfficeCluster tls() throws Exception {
        if (tls == null) {
            tls = started(true);
        }
        return tls;
    }

    private static OfficeCluster started(boolean tlsOnly) throws Exception {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory(tlsOnly ? "tillpoint-office-tls-" : "tillpoint-office-");
        OfficeCluster cluster = new OfficeCluster(bin, dir, freePort(), root, tlsOnly);
        cluster.init();
        cluster.start();
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::destroy, "tillpoint-office-cluster-stop"));
        return cluster;
    }

    private static Path binaries() throws IOException {
        String configured = System.getenv("TILLPOINT_PG_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured, "initdb"))) {
            return Path.of(configured);
        }
        Path installed = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(installed)) {
            try (Stream<Path> versions = Files.list(installed)) {
                var newest = versions.map(version -> version.resolve("bin"))
                        .filter(candidate -> Files.isExecutable(candidate.resolve("initdb")))
                        .max(Comparator.comparing(candidate -> versionOf(candidate.getParent())));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        String reason = "No PostgreSQL server binaries (/usr/lib/postgresql/N/bin/initdb, or TILLPOINT_PG_BIN): "
                + "apt-get install postgresql";
        if (System.getenv("CI") != null) {
            throw new IllegalStateException(reason + " (.ci/run installs it; under CI the office tests must run)");
        }
        Assumptions.abort(reason);
        throw new AssertionError("unreachable");
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void init() throws Exception {
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, PASSWORD + "\n");
        if (asPostgres) {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(dir, users.lookupPrincipalByName(SUPERUSER));
            Files.setOwner(passwordFile, users.lookupPrincipalByName(SUPERUSER));
        }
        run(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", SUPERUSER, "-A", "scram-sha-256",
                "--pwfile=" + passwordFile, "-E", "UTF8", "--no-sync", "--locale=C");
        if (tlsOnly) {
            makeCa(dir, "ca", "Tillpoint test office CA");
            makeCertificate(dir, "ca", "server", "localhost");
            if (asPostgres) {
                Files.setOwner(dir.resolve("server.key"),
                        dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SUPERUSER));
            }
            // Only TLS, only SCRAM: a connection without encryption is rejected by the server itself.
            Files.writeString(data().resolve("pg_hba.conf"), """
                    local     all all              scram-sha-256
                    hostssl   all all 127.0.0.1/32 scram-sha-256
                    hostssl   all all ::1/128      scram-sha-256
                    hostnossl all all 0.0.0.0/0    reject
                    hostnossl all all ::/0         reject
                    """);
        }
    }

    /** A throw-away CA in {@code folder}: {@code <name>.key} and {@code <name>.crt}. */
    static Path makeCa(Path folder, String name, String commonName) throws Exception {
        openssl(folder, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", name + ".key", "-out", name + ".crt", "-days", "2", "-subj", "/CN=" + commonName,
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        return folder.resolve(name + ".crt");
    }

    /** A server certificate for {@code host} signed by the CA {@code ca} of {@code folder}: {@code <name>.crt/.key}. */
    static void makeCertificate(Path folder, String ca, String name, String host) throws Exception {
        openssl(folder, "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", name + ".key", "-out", name + ".csr", "-subj", "/CN=" + host);
        Files.writeString(folder.resolve(name + ".ext"), "subjectAltName=DNS:" + host + "\nbasicConstraints=CA:FALSE\n"
                + "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n");
        openssl(folder, "x509", "-req", "-in", name + ".csr", "-CA", ca + ".crt", "-CAkey", ca + ".key",
                "-CAcreateserial", "-out", name + ".crt", "-days", "2", "-extfile", name + ".ext");
        Files.setPosixFilePermissions(folder.resolve(name + ".key"), PosixFilePermissions.fromString("rw-------"));
    }

    private static void openssl(Path folder, String... arguments) throws Exception {
        List<String> line = new ArrayList<>(List.of("openssl"));
        line.addAll(List.of(arguments));
        Process process = new ProcessBuilder(line).directory(folder.toFile()).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", line) + " failed: " + said);
        }
    }

    /** The CA that signed the TLS cluster's certificate: what a terminal's {@code sslrootcert} names. */
    Path ca() {
        return dir.resolve("ca.crt");
    }

    int port() {
        return port;
    }

    private Path data() {
        return dir.resolve("data");
    }

    /** Starts the server (again); returns once it accepts connections. */
    void start() throws Exception {
        if (Files.exists(data().resolve("postmaster.pid"))) {
            return;
        }
        String tlsOptions = tlsOnly ? " -c listen_addresses=localhost -c ssl=on -c ssl_cert_file=" + dir.resolve("server.crt")
                + " -c ssl_key_file=" + dir.resolve("server.key") : " -c listen_addresses=127.0.0.1";
        run(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + tlsOptions + " -c fsync=off"
                        + " -c max_connections=50", "start");
    }

    /** Stops the server at once, as a crash or a cut network would: open transactions are lost. */
    void stop() throws Exception {
        run(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w", "stop");
    }

    private void destroy() {
        try {
            stop();
        } catch (Exception e) {
            // The JVM is ending; the temp folder stays for a look.
        }
    }

    private void run(String... command) throws Exception {
        List<String> line = new ArrayList<>();
        if (asPostgres) {
            line.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(dir.resolve("commands.log").toFile().exists()
                        ? ProcessBuilder.Redirect.appendTo(dir.resolve("commands.log").toFile())
                        : ProcessBuilder.Redirect.to(dir.resolve("commands.log").toFile()))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", line) + " failed: "
                    + Files.readString(dir.resolve("commands.log")));
        }
    }

    String url(String database) {
        if (tlsOnly) {
            return "jdbc:postgresql://localhost:" + port + "/" + database + "?sslmode=verify-full&sslrootcert=" + ca();
        }
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A new, empty database, and its owner's login: the office's administrator. */
    OfficeAdmin newOffice() throws SQLException {
        String name = "office_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url("postgres"), SUPERUSER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new OfficeAdmin(url(name), SUPERUSER, PASSWORD);
    }
}
