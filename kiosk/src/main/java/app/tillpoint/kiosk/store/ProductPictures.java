package app.tillpoint.kiosk.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Products' pictures as files (issue 17): what a picture may be (a PNG, JPEG or GIF by its first bytes, at most
 * {@value #MAX_BYTES} bytes, named as {@link CatalogImport} allows), read from the manager's folder for the office's
 * catalog, and written by the terminal's pull into its data folder's {@code images/}: checked, then written to a
 * temporary file beside its place and moved over it, so a tile never reads half a picture, and never outside that
 * folder. A picture is known by its SHA-256: one already there with the same digest is not written again.
 */
public final class ProductPictures {
    /** The largest picture, in bytes: a tile is at most a few hundred pixels across. */
    public static final int MAX_BYTES = 512 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ProductPictures.class);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};
    private static final String TEMPORARY = ".pull-";

    private final Path folder;

    /** @param folder the terminal's {@code images/} folder (it may not exist yet) */
    public ProductPictures(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
    }

    /**
     * A picture written beside its place, not yet in it ({@link #place}).
     *
     * @param name      its name in {@code images/}
     * @param temporary the file it was written to, in the same folder as its place
     */
    public record Staged(String name, Path temporary) {
    }

    /** What is wrong with {@code bytes} as a picture: too large, empty, or not a PNG, JPEG or GIF. */
    public static Optional<String> problemIn(byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.of("is empty");
        }
        if (bytes.length > MAX_BYTES) {
            return Optional.of("is " + bytes.length + " bytes; at most " + MAX_BYTES + " (512 KB)");
        }
        if (!startsWith(bytes, PNG) && !startsWith(bytes, JPEG) && !startsWith(bytes, GIF87)
                && !startsWith(bytes, GIF89)) {
            return Optional.of("is not a PNG, JPEG or GIF file");
        }
        return Optional.empty();
    }

    /** The SHA-256 of {@code bytes}, in lower-case hex, as the office's {@code image_sha256} is written. */
    public static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /**
     * The picture {@code name} from the manager's folder {@code from}, for the office's catalog.
     *
     * @throws IllegalArgumentException saying what is wrong with the name or the file: the name climbs out of the
     *                                  folder, there is no such file, it is too large or no picture
     */
    public static byte[] read(Path from, String name) throws IOException {
        Path file = inside(from.toAbsolutePath().normalize(), name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("image \"" + name + "\": there is no such file in " + from);
        }
        if (!file.toRealPath().startsWith(from.toRealPath())) {
            throw new IllegalArgumentException("image \"" + name + "\" leads out of " + from);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        Optional<String> problem = problemIn(bytes);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("image \"" + name + "\" " + (bytes.length > MAX_BYTES
                    ? "is larger than " + MAX_BYTES + " bytes (512 KB)" : problem.get()));
        }
        return bytes;
    }

    /** Whether {@code name} is in the folder already with the digest {@code sha256}: then it is not written again. */
    public boolean has(String name, String sha256) {
        Path file = inside(folder, name);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            return Files.size(file) <= MAX_BYTES && digest(Files.readAllBytes(file)).equals(sha256);
        } catch (IOException e) {
            return false; // unreadable: written again
        }
    }

    /**
     * Checks {@code bytes} as the picture {@code name} of digest {@code sha256} and writes it to a temporary file
     * beside its place; nothing is written when it is refused.
     *
     * @throws IllegalArgumentException the name leaves the folder, the bytes are no picture, too large, or not
     *                                  those of the digest
     */
    public Staged stage(String name, String sha256, byte[] bytes) throws IOException {
        Path target = inside(folder, name);
        Optional<String> problem = problemIn(bytes);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("image \"" + name + "\" " + problem.get());
        }
        if (!digest(bytes).equals(sha256)) {
            throw new IllegalArgumentException("image \"" + name + "\" is not the picture the office described (its "
                    + "SHA-256 differs)");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        // A folder inside images/ that is a link to elsewhere is no place to write.
        if (!parent.toRealPath().startsWith(folder.toRealPath())) {
            throw new IllegalArgumentException("image \"" + name + "\" would be written outside " + folder);
        }
        Path temporary = Files.createTempFile(parent, TEMPORARY, ".tmp");
        try {
            Files.write(temporary, bytes);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new Staged(name, temporary);
    }

    /** Moves a staged picture over its place, in one step where the file system can. */
    public void place(Staged staged) throws IOException {
        Path target = inside(folder, staged.name());
        try {
            Files.move(staged.temporary(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged.temporary(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes staged pictures that were not placed (a refused or repeated pull); one that will not go is logged. */
    public static void discard(List<Staged> staged) {
        for (Staged picture : staged) {
            try {
                Files.deleteIfExists(picture.temporary());
            } catch (IOException e) {
                log.warn("A picture's temporary file {} could not be deleted", picture.temporary(), e);
            }
        }
    }

    /** {@code name} resolved in {@code folder}, refused when its form is wrong or it leaves the folder. */
    private static Path inside(Path folder, String name) {
        Optional<String> problem = CatalogImport.problemInImage(name);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("image \"" + name + "\" " + problem.get());
        }
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder) || file.equals(folder)) {
            throw new IllegalArgumentException("image \"" + name + "\" leads out of " + folder);
        }
        return file;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
