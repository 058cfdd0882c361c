package app.tillpoint.kiosk.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a pf4j plugin zip into the folder beside it that pf4j loads ({@code loyalty.zip} into {@code loyalty/}), in
 * place of pf4j's own unpacking, which writes wherever an entry's name points ({@code ../../home/till/.profile}) and
 * runs for any zip dropped into the folder. Only trusted zips are unpacked, and only inside their folder. Blocking
 * file work; any thread.
 */
public final class PluginZip {
    /** Readable by the till's users, who run the kiosk; writable by the administrators' group that owns the folder. */
    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-rw-r--");
    static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwxrwxr-x");

    private PluginZip() {
    }

    /** The folder pf4j loads {@code zip} from: beside it, named without {@code .zip}. */
    public static Path folderOf(Path zip) {
        String name = zip.getFileName().toString();
        return zip.resolveSibling(name.substring(0, name.length() - ".zip".length()));
    }

    /**
     * Unpacks {@code zip} into {@link #folderOf} it, replacing what was there, whole or not at all: into a hidden
     * folder first, which is then renamed.
     *
     * @throws IOException if an entry's name would leave the folder, or the folder cannot be written
     */
    public static Path unpack(Path zip) throws IOException {
        Path folder = folderOf(zip);
        Path temp = Files.createTempDirectory(zip.toAbsolutePath().getParent(), "." + folder.getFileName() + ".");
        try {
            try (ZipFile file = new ZipFile(zip.toFile())) {
                for (ZipEntry entry : Collections.list(file.entries())) {
                    Path target = temp.resolve(checkedName(entry));
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        try (InputStream in = file.getInputStream(entry)) {
                            Files.copy(in, target);
                        }
                    }
                }
            }
            readableByAll(temp);
            deleteTree(folder);
            Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return folder;
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    /**
     * An entry's name, if it stays inside the folder: relative, with {@code /} between parts, none of them empty,
     * {@code .} or {@code ..}.
     */
    static String checkedName(ZipEntry entry) throws IOException {
        String name = entry.getName();
        String path = entry.isDirectory() && name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || Stream.of(path.split("/", -1)).anyMatch(part -> part.isEmpty() || part.equals(".")
                || part.equals(".."))) {
            throw new IOException("it holds an entry named \"" + name + "\", which would be written outside its folder");
        }
        return path;
    }

    /** Gives the folder's files {@link #FILE_MODE} and its folders {@link #FOLDER_MODE}, where the file system has modes. */
    static void readableByAll(Path folder) throws IOException {
        if (!Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER_MODE : FILE_MODE);
            }
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
