package app.tillpoint.plugins.receipts;

import app.tillpoint.api.device.PrintJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static app.tillpoint.api.testing.TestTerminal.EN_IN;
import static app.tillpoint.api.testing.TestTerminal.KOLKATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobFileTest {
    @TempDir
    Path dir;

    @Test
    void aJobReadsBackAsItWasWritten() throws Exception {
        PrintJob receipt = new Slips(Shift.STORE, "T01", EN_IN, KOLKATA).receipt(Shift.order(), false);
        PrintJob kicking = PrintJob.builder().text("a\tb").cut(false).kickDrawer().build();

        JobFile.write(dir.resolve("1.job"), receipt);
        JobFile.write(dir.resolve("2.job"), kicking);

        assertThat(JobFile.read(dir.resolve("1.job"))).isEqualTo(receipt);
        assertThat(JobFile.read(dir.resolve("1.job")).lines()).last()
                .isEqualTo(new PrintJob.Barcode("TP101-6C69B7"));
        assertThat(JobFile.read(dir.resolve("2.job"))).isEqualTo(PrintJob.builder().text("a b").cut(false)
                .kickDrawer().build());
        assertThat(dir.resolve("1.job.tmp")).doesNotExist();
    }

    @Test
    void aBarcodeKeepsEveryCharacterItMayHold() throws Exception {
        PrintJob job = PrintJob.builder().barcode(" A{b}~ \\x ").barcode("TP7-ABCDEF").build();

        JobFile.write(dir.resolve("b.job"), job);

        assertThat(JobFile.read(dir.resolve("b.job"))).isEqualTo(job);
    }

    @Test
    void aBarcodeThatCannotBePrintedMakesTheFileNoJob() throws Exception {
        Files.writeString(dir.resolve("long.job"), "tillpoint-print-job 1\ncut true kick false\nB " + "9".repeat(33)
                + "\n");
        Files.writeString(dir.resolve("empty.job"), "tillpoint-print-job 1\ncut true kick false\nB \n");

        assertThatThrownBy(() -> JobFile.read(dir.resolve("long.job"))).isInstanceOf(IOException.class)
                .hasMessageContaining("a barcode that cannot be printed");
        assertThatThrownBy(() -> JobFile.read(dir.resolve("empty.job"))).isInstanceOf(IOException.class)
                .hasMessageContaining("a barcode that cannot be printed");
    }

    @Test
    void aFileThatIsNoJobIsRefused() throws Exception {
        Files.writeString(dir.resolve("bad.job"), "tillpoint-print-job 1\ncut true kick false\nX what\n");
        Files.writeString(dir.resolve("other.job"), "hello\n");

        assertThatThrownBy(() -> JobFile.read(dir.resolve("bad.job"))).isInstanceOf(IOException.class)
                .hasMessageContaining("X what");
        assertThatThrownBy(() -> JobFile.read(dir.resolve("other.job"))).isInstanceOf(IOException.class)
                .hasMessageContaining("is not a print job");
    }
}
