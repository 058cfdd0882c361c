package app.tillpoint.kiosk.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The terminal's configuration file cannot be used. The message names the file and, one line per problem, the field
 * (as a JSON path such as {@code policy.maxWrongPins}) and what is wrong. The file is never changed.
 */
public class ConfigException extends Exception {

    private final Path file;
    private final List<String> problems;

    public ConfigException(Path file, List<String> problems, Throwable cause) {
        super(message(file, problems), cause);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public ConfigException(Path file, String problem, Throwable cause) {
        this(file, List.of(problem), cause);
    }

    /** The configuration file. */
    public Path file() {
        return file;
    }

    /** Each problem as "field: what is wrong". */
    public List<String> problems() {
        return problems;
    }

    private static String message(Path file, List<String> problems) {
        StringBuilder message = new StringBuilder("The configuration file ").append(file)
                .append(" cannot be used; nothing was changed. ")
                .append(problems.size() == 1 ? "Problem:" : problems.size() + " problems:");
        problems.forEach(problem -> message.append('\n').append("  - ").append(problem));
        return message.toString();
    }
}
