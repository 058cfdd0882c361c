package app.tillpoint.plugins.selling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TileImagesTest {
    @TempDir
    Path folder;
    private final TileImages images = new TileImages(40);

    @AfterEach
    void stop() {
        images.close();
    }

    /** A picture of {@code width} × {@code height} written as a PNG. */
    static Path png(Path file, int width, int height) throws IOException {
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    /** The first bytes of a PNG whose header says {@code width} × {@code height}, with no pixels after it. */
    static Path pngHeaderOnly(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(chunk);
        header.write("IHDR".getBytes(StandardCharsets.US_ASCII));
        header.writeInt(width);
        header.writeInt(height);
        header.write(new byte[] {8, 2, 0, 0, 0});
        out.writeInt(13);
        out.write(chunk.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(chunk.toByteArray());
        out.writeInt((int) crc.getValue());
        Files.write(file, bytes.toByteArray());
        return file;
    }

    @Test
    void aPictureIsScaledToFitTheBoxItsProportionsKept() throws IOException {
        BufferedImage wide = TileImages.decode(png(folder.resolve("wide.png"), 400, 200), 40);
        assertThat(wide.getWidth()).isEqualTo(40);
        assertThat(wide.getHeight()).isEqualTo(20);
        BufferedImage small = TileImages.decode(png(folder.resolve("small.png"), 16, 24), 40);
        assertThat(small.getWidth()).isEqualTo(16); // never made larger than it is
        assertThat(small.getHeight()).isEqualTo(24);
    }

    @Test
    void aLargePictureIsReadSubsampledAndStillFits() throws IOException {
        BufferedImage picture = TileImages.decode(png(folder.resolve("photo.png"), 3000, 2000), 40);
        assertThat(picture.getWidth()).isEqualTo(40);
        assertThat(picture.getHeight()).isEqualTo(27);
    }

    @Test
    void missingCorruptHugeAndNonPictureFilesAreRefusedWithTheirReason() throws IOException {
        assertThatThrownBy(() -> TileImages.decode(folder.resolve("gone.png"), 40))
                .isInstanceOf(IOException.class).hasMessage("there is no such file");
        Path text = Files.writeString(folder.resolve("menu.png"), "not a picture at all");
        assertThatThrownBy(() -> TileImages.decode(text, 40))
                .isInstanceOf(IOException.class).hasMessage("not a PNG, JPEG or GIF picture");
        Path cut = png(folder.resolve("cut.png"), 200, 200);
        try (RandomAccessFile file = new RandomAccessFile(cut.toFile(), "rw")) {
            file.setLength(file.length() / 2); // a copy cut off half way
        }
        assertThatThrownBy(() -> TileImages.decode(cut, 40)).isInstanceOf(IOException.class);
        // A header that promises 20,000 × 20,000 pixels: refused before a byte of them is decoded.
        Path bomb = pngHeaderOnly(folder.resolve("bomb.png"), 20_000, 20_000);
        assertThatThrownBy(() -> TileImages.decode(bomb, 40))
                .isInstanceOf(IOException.class).hasMessageContaining("20000 × 20000 pixels");
        Path large = folder.resolve("large.png");
        try (RandomAccessFile file = new RandomAccessFile(png(large, 10, 10).toFile(), "rw")) {
            file.setLength(TileImages.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> TileImages.decode(large, 40))
                .isInstanceOf(IOException.class).hasMessageContaining("bytes; at most");
        assertThatThrownBy(() -> TileImages.decode(folder, 40)).isInstanceOf(IOException.class);
    }

    @Test
    void aPictureIsDecodedOnceOffTheEventThreadAndHandedOverOnIt() throws Exception {
        Path chai = png(folder.resolve("chai.png"), 96, 96);
        List<String> threads = new ArrayList<>();
        CountDownLatch both = new CountDownLatch(2);
        onEventThread(() -> {
            images.show(chai, picture -> {
                threads.add(Thread.currentThread().getName() + " " + SwingUtilities.isEventDispatchThread());
                both.countDown();
            });
            images.show(chai, picture -> both.countDown()); // asked again while it is decoded: one decode for both
            assertThat(images.isCached(chai)).isFalse();
        });
        assertThat(both.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(threads).singleElement().asString().endsWith(" true");
        Files.delete(chai);
        List<BufferedImage> again = new ArrayList<>();
        onEventThread(() -> images.show(chai, again::add)); // from the cache: at once, the file no longer read
        assertThat(again).singleElement().extracting(BufferedImage::getWidth).isEqualTo(40);
    }

    @Test
    void aFileThatCannotBeShownIsNeverHandedOverNorAskedAgain() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.png"), "garbage");
        List<BufferedImage> shown = new ArrayList<>();
        onEventThread(() -> images.show(bad, shown::add));
        Path good = png(folder.resolve("good.png"), 10, 10);
        CountDownLatch after = new CountDownLatch(1);
        onEventThread(() -> images.show(good, picture -> after.countDown()));
        assertThat(after.await(10, TimeUnit.SECONDS)).isTrue(); // one thread, in order: bad.png was done before
        png(bad, 10, 10); // a good picture now, but this run keeps the tile plain
        onEventThread(() -> images.show(bad, shown::add));
        CountDownLatch later = new CountDownLatch(1);
        onEventThread(() -> images.show(png(folder.resolve("late.png"), 10, 10), picture -> later.countDown()));
        assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(shown).isEmpty();
        onEventThread(() -> images.show(null, shown::add));
        assertThat(shown).isEmpty();
    }

    @Test
    void theCacheKeepsTheLastPicturesWithinItsPixels() throws Exception {
        try (TileImages large = new TileImages(512)) {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                files.add(png(folder.resolve("p" + i + ".png"), 512, 512)); // 262,144 pixels: four fill the cache
            }
            CountDownLatch all = new CountDownLatch(files.size());
            onEventThread(() -> files.forEach(file -> large.show(file, picture -> all.countDown())));
            assertThat(all.await(20, TimeUnit.SECONDS)).isTrue();
            onEventThread(() -> {
                assertThat(large.cachedPixels()).isLessThanOrEqualTo(TileImages.MAX_CACHED_PIXELS);
                assertThat(large.isCached(files.get(0))).isFalse();
                assertThat(large.isCached(files.get(1))).isFalse();
                assertThat(large.isCached(files.get(5))).isTrue();
            });
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void onEventThread(Work work) throws InterruptedException, InvocationTargetException {
        List<Throwable> failures = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                work.run();
            } catch (Exception | AssertionError e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.get(0));
        }
    }
}
