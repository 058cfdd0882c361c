package app.tillpoint.kiosk;

import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The slips the demo terminal's simulated printer printed into the data folder's {@code printed/}, one {@code .txt}
 * and one {@code .png} per job, named so that they sort in the order they were printed.
 */
final class PrintedSlips {
    private final Path folder;

    PrintedSlips(Path dataDir) {
        this.folder = dataDir.resolve("printed");
    }

    /** The text of the last printed slip that holds {@code marker}, waiting up to 20 s for it to come out. */
    String waitFor(String marker) {
        String[] found = new String[1];
        Pause.pause(new Condition("a printed slip with \"" + marker + "\" in " + folder) {
            @Override
            public boolean test() {
                found[0] = last(marker).map(PrintedSlips::read).orElse(null);
                return found[0] != null;
            }
        }, Timeout.timeout(20_000));
        return found[0];
    }

    /** The text file of the last printed slip that holds {@code marker}, if one was printed yet. */
    Optional<Path> last(String marker) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            return texts.stream().filter(f -> read(f).contains(marker)).reduce((first, second) -> second);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many printed slips hold {@code marker} so far. */
    long count(String marker) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).filter(f -> read(f).contains(marker)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the last slip with {@code marker} as {@code target/receipts/<name>.png} and {@code .txt}. */
    void keep(String name, String marker) throws IOException {
        Path text = last(marker).orElseThrow();
        Path picture = text.resolveSibling(text.getFileName().toString().replace(".txt", ".png"));
        Path kept = Files.createDirectories(Path.of("target", "receipts"));
        Files.copy(text, kept.resolve(name + ".txt"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(picture, kept.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
