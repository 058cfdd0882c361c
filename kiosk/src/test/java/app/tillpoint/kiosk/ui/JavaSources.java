package app.tillpoint.kiosk.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The project's own Java sources, as the rules that read code see them ({@link LookLiteralsTest} and others). */
final class JavaSources {
    private JavaSources() {
    }

    /**
     * The main sources (not tests, not the example plugins) below each of {@code folders}, relative to the project's
     * top, that {@code keep} accepts.
     */
    static List<Path> mainSources(List<String> folders, Predicate<Path> keep) throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> sources = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> f.toString().contains("src" + File.separator + "main"))
                        .filter(f -> !f.toString().contains("examples"))
                        .filter(keep).forEach(sources::add);
            }
        }
        return sources;
    }

    /** The code with its comments blanked out (strings kept), line breaks kept so that line numbers stay. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                out.append(source, i, Math.min(end + 1, source.length()));
                i = end + 1;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
