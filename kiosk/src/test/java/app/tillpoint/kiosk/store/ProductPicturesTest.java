package app.tillpoint.kiosk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The terminal's side of the office's pictures: a picture is written beside its place and moved over it; what is
 * refused (a name leaving {@code images/}, a folder inside it that links elsewhere, bytes that are no picture, too
 * many of them, or not those of the office's digest) is never written.
 */
class ProductPicturesTest {
    private static final byte[] PNG = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
            64);

    @TempDir
    Path dir;

    @Test
    void aPictureIsStagedBesideItsPlaceThenMovedOverIt() throws IOException {
        ProductPictures pictures = new ProductPictures(dir.resolve("images"));
        Files.createDirectories(dir.resolve("images"));
        Files.writeString(dir.resolve("images/chai.png"), "the old picture");
        assertThat(pictures.has("chai.png", ProductPictures.digest(PNG))).isFalse();

        ProductPictures.Staged staged = pictures.stage("chai.png", ProductPictures.digest(PNG), PNG);
        assertThat(staged.temporary().getParent()).isEqualTo(dir.resolve("images"));
        assertThat(dir.resolve("images/chai.png")).hasContent("the old picture");
        pictures.place(staged);

        assertThat(dir.resolve("images/chai.png")).hasBinaryContent(PNG);
        assertThat(pictures.has("chai.png", ProductPictures.digest(PNG))).isTrue();
        assertThat(files()).containsExactly(dir.resolve("images/chai.png"));
    }

    @Test
    void whatIsRefusedIsNeverWritten() throws IOException {
        ProductPictures pictures = new ProductPictures(dir.resolve("images"));
        String digest = ProductPictures.digest(PNG);
        assertThatThrownBy(() -> pictures.stage("../x.png", digest, PNG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no /, \\, : or .. to leave it");
        assertThatThrownBy(() -> pictures.stage("/tmp/x.png", digest, PNG))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] text = "<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> pictures.stage("x.png", ProductPictures.digest(text), text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a PNG, JPEG or GIF file");
        byte[] large = Arrays.copyOf(PNG, ProductPictures.MAX_BYTES + 1);
        assertThatThrownBy(() -> pictures.stage("x.png", ProductPictures.digest(large), large))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 524288");
        assertThatThrownBy(() -> pictures.stage("x.png", ProductPictures.digest(text), PNG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SHA-256 differs");
        assertThat(dir.resolve("x.png")).doesNotExist();
        assertThat(files()).isEmpty();
    }

    @Test
    void aFolderInsideThatLinksElsewhereIsNoPlaceToWrite() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(dir.resolve("images"));
        Files.createSymbolicLink(dir.resolve("images/drinks"), outside);
        ProductPictures pictures = new ProductPictures(dir.resolve("images"));

        assertThatThrownBy(() -> pictures.stage("drinks/lassi.png", ProductPictures.digest(PNG), PNG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        try (Stream<Path> written = Files.list(outside)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void theManagersFolderGivesOnlyPicturesInsideIt() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("manager/images"));
        Files.write(folder.resolve("chai.png"), PNG);
        Files.write(dir.resolve("manager/secret.png"), PNG);
        assertThat(ProductPictures.read(folder, "chai.png")).isEqualTo(PNG);
        assertThatThrownBy(() -> ProductPictures.read(folder, "../secret.png"))
                .isInstanceOf(IllegalArgumentException.class);
        Files.createSymbolicLink(folder.resolve("link.png"), dir.resolve("manager/secret.png"));
        assertThatThrownBy(() -> ProductPictures.read(folder, "link.png"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leads out of");
    }

    private List<Path> files() throws IOException {
        if (!Files.exists(dir.resolve("images"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir.resolve("images"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
