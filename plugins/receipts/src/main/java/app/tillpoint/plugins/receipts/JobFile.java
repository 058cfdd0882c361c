package app.tillpoint.plugins.receipts;

import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrintJob.Align;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A print job as a small text file, so that a job waiting for the printer survives a restart: a first line that names
 * the format, the cut and the kick, then one line per line of the job ({@code T} text, {@code A} amount, {@code R}
 * rule, {@code B} barcode with its data). Written to a temporary file and moved into
 * place, so a job is either whole or absent after a power cut.
 */
final class JobFile {
    private static final String FORMAT = "tillpoint-print-job 1";

    private JobFile() {
    }

    static void write(Path file, PrintJob job) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(FORMAT);
        lines.add("cut " + job.cut() + " kick " + job.kickDrawer());
        for (PrintJob.Line line : job.lines()) {
            if (line instanceof PrintJob.Text text) {
                lines.add("T " + text.align() + " " + bit(text.emphasis()) + " " + flat(text.text()));
            } else if (line instanceof PrintJob.Amount amount) {
                lines.add("A " + bit(amount.emphasis()) + " " + flat(amount.label()) + "\t" + flat(amount.amount()));
            } else if (line instanceof PrintJob.Barcode barcode) {
                lines.add("B " + barcode.data());
            } else {
                lines.add("R");
            }
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, lines, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static PrintJob read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(FORMAT)) {
            throw new IOException(file + " is not a print job");
        }
        String[] flags = lines.get(1).split(" ");
        PrintJob.Builder job = PrintJob.builder().cut(Boolean.parseBoolean(flags[1]));
        if (flags.length > 3 && Boolean.parseBoolean(flags[3])) {
            job.kickDrawer();
        }
        for (String line : lines.subList(2, lines.size())) {
            if (line.startsWith("T ")) {
                String[] parts = line.split(" ", 4);
                job.text(parts.length > 3 ? parts[3] : "", Align.valueOf(parts[1]), parts[2].equals("1"));
            } else if (line.startsWith("A ")) {
                String[] parts = line.substring(4).split("\t", 2);
                job.amount(parts[0], parts.length > 1 ? parts[1] : "", line.charAt(2) == '1');
            } else if (line.equals("R")) {
                job.rule();
            } else if (line.startsWith("B ")) {
                barcode(job, line.substring(2), file);
            } else {
                throw new IOException(file + " holds a line that is not part of a print job: " + line);
            }
        }
        return job.build();
    }

    /** A barcode's data as written; one that a {@link PrintJob.Barcode} refuses makes the file no job. */
    private static void barcode(PrintJob.Builder job, String data, Path file) throws IOException {
        try {
            job.barcode(data);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " holds a barcode that cannot be printed: " + data, e);
        }
    }

    private static String bit(boolean flag) {
        return flag ? "1" : "0";
    }

    /** One line of the file: a line break or tab in a text is printed as a space anyway. */
    private static String flat(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
