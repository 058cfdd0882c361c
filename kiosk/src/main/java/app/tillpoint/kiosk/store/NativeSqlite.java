package app.tillpoint.kiosk.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where sqlite-jdbc's native library is loaded from. Left to itself, sqlite-jdbc extracts it into the temp folder at
 * every start and deletes it only at a clean exit, so each kiosk killed or cut off by a power failure leaves 1 MB in
 * {@code /tmp}. The installed kiosk loads it from its image ({@code -Dorg.sqlite.lib.path}); {@code java -jar} uses
 * this: the library is extracted once per sqlite-jdbc version into the data folder and loaded from there.
 */
public final class NativeSqlite {
    private static final Logger LOG = LoggerFactory.getLogger(NativeSqlite.class);
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private NativeSqlite() {
    }

    /**
     * Points sqlite-jdbc at its library in {@code <dataDir>/native/sqlite-<version>/}, extracting it there first if
     * needed. Does nothing if a location was given already (the installed kiosk), or the library cannot be placed
     * there (a folder the user may not write): then sqlite-jdbc does as it always did. Call before the first database.
     */
    public static void loadFrom(Path dataDir) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        Path folder = dataDir.resolve("native").resolve("sqlite-" + SQLiteJDBCLoader.getVersion());
        Path library = folder.resolve(name);
        try (InputStream in = NativeSqlite.class.getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            if (!Files.isRegularFile(library)) {
                Files.createDirectories(folder);
                Path temporary = Files.createTempFile(folder, name, ".part");
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                move(temporary, library);
            }
            System.setProperty(PATH_PROPERTY, folder.toString());
            System.setProperty(NAME_PROPERTY, name);
        } catch (IOException | RuntimeException e) {
            LOG.info("sqlite's native library stays where sqlite-jdbc puts it: {} cannot hold it ({})", folder,
                    e.toString());
        }
    }

    /** Moves the whole file into place, or leaves the one another process put there first. */
    private static void move(Path temporary, Path library) throws IOException {
        try {
            Files.move(temporary, library, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(temporary, library);
            } catch (FileAlreadyExistsException taken) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
