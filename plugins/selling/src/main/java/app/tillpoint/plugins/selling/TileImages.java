package app.tillpoint.plugins.selling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.swing.SwingUtilities;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The product tiles' pictures: each file read, decoded and scaled to the tile's picture box once, on a thread of its
 * own ({@value #THREAD}, never the plugin's lane, whose sales must not wait behind a picture), and kept in a small cache
 * of the pictures shown last, bounded by their pixels ({@link #MAX_CACHED_PIXELS}). A tile asks with {@link #show},
 * shows its colour and name at once and its picture when {@code ready} is called, on the event thread. A file that
 * is missing, unreadable, larger than {@link #MAX_FILE_BYTES}, more than {@link #MAX_PIXELS} pixels or not a picture
 * is logged once and never asked again in this run: its tile stays plain.
 *
 * <p>{@link #show} and the cache are the event thread's; only {@link #decode} runs on the decoder's thread.
 */
final class TileImages implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TileImages.class);
    static final String THREAD = "tillpoint-tile-images";
    /** The largest picture file read: a tile's picture is small, so a larger file is a mistake of the catalog. */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** The most pixels a picture may have (4096 × 4096): more would take the register's memory to decode. */
    static final long MAX_PIXELS = 4096L * 4096;
    /** The pixels the cache keeps: 4 MB, 655 pictures of 40 × 40, 163 at 2× scale. */
    static final long MAX_CACHED_PIXELS = 1L << 20;

    private final int box;
    private final ExecutorService decoder;
    private final LinkedHashMap<Path, BufferedImage> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedPixels;
    private final Map<Path, List<Consumer<BufferedImage>>> waiting = new HashMap<>();
    private final Set<Path> refused = new HashSet<>();

    /** @param box the picture's largest side, in pixels: a picture is scaled to fit a square of it */
    TileImages(int box) {
        this.box = box;
        this.decoder = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, THREAD);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The side of the square a picture fits in, in pixels. */
    int box() {
        return box;
    }

    /**
     * Hands {@code ready} the picture of {@code file} scaled to the box: at once if it is cached, else later on the
     * event thread once decoded; never, if the file has none to give. Event thread.
     */
    void show(Path file, Consumer<BufferedImage> ready) {
        if (file == null || refused.contains(file)) {
            return;
        }
        BufferedImage cached = cache.get(file);
        if (cached != null) {
            ready.accept(cached);
            return;
        }
        List<Consumer<BufferedImage>> queue = waiting.get(file);
        if (queue != null) {
            queue.add(ready);
            return;
        }
        queue = new ArrayList<>();
        queue.add(ready);
        waiting.put(file, queue);
        decoder.execute(() -> {
            BufferedImage picture = null;
            String why = null;
            try {
                picture = decode(file, box);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                why = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            BufferedImage decoded = picture;
            String problem = why;
            SwingUtilities.invokeLater(() -> decoded(file, decoded, problem));
        });
    }

    /** Whether the picture of {@code file} is in the cache now. Event thread. */
    boolean isCached(Path file) {
        return cache.containsKey(file);
    }

    /** The pixels the cache holds now. Event thread. */
    long cachedPixels() {
        return cachedPixels;
    }

    private void decoded(Path file, BufferedImage picture, String problem) {
        List<Consumer<BufferedImage>> queue = waiting.remove(file);
        if (picture == null) {
            refused.add(file);
            LOG.warn("The picture {} is not shown on its tile: {}", file, problem);
            return;
        }
        cache.put(file, picture);
        cachedPixels += (long) picture.getWidth() * picture.getHeight();
        for (Iterator<Map.Entry<Path, BufferedImage>> oldest = cache.entrySet().iterator();
             cachedPixels > MAX_CACHED_PIXELS && oldest.hasNext(); ) {
            BufferedImage dropped = oldest.next().getValue();
            if (dropped != picture) {
                cachedPixels -= (long) dropped.getWidth() * dropped.getHeight();
                oldest.remove();
            }
        }
        for (Consumer<BufferedImage> ready : queue) {
            ready.accept(picture);
        }
    }

    /**
     * The picture in {@code file} scaled to fit a square of {@code box} pixels, its proportions kept. The file's size
     * and the picture's pixels are checked before its pixels are read; a large picture is read subsampled.
     *
     * @throws IOException naming what is wrong: missing, unreadable, too large, not a picture, corrupt
     */
    static BufferedImage decode(Path file, int box) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("there is no such file");
        }
        long bytes = Files.size(file);
        if (bytes > MAX_FILE_BYTES) {
            throw new IOException("the file is " + bytes + " bytes; at most " + MAX_FILE_BYTES);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("not a PNG, JPEG or GIF picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    throw new IOException("the picture is " + width + " × " + height + " pixels; at most "
                            + MAX_PIXELS + " pixels");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // Every n-th pixel of a large picture: no more than twice the box is decoded, then scaled smoothly.
                int step = Math.max(1, Math.max(width, height) / (2 * box));
                param.setSourceSubsampling(step, step, 0, 0);
                return scaled(reader.read(0, param), box);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage source, int box) {
        double factor = Math.min(1.0, Math.min((double) box / source.getWidth(), (double) box / source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return picture;
    }

    /** Stops the decoder's thread; pictures asked for after this are never shown. */
    @Override
    public void close() {
        decoder.shutdownNow();
    }
}
