package app.tillpoint.kiosk.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle of texts, the shell's and each bundled plugin's, is complete in every language the till speaks: the
 * same keys as the English base, the same arguments in each pattern, and patterns a {@link MessageFormat} reads.
 */
class TranslationsTest {
    /** The languages besides the English base: Hindi and Tamil. */
    static final List<String> LANGUAGES = List.of("hi", "ta");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)(,[^}]*)?}");

    /** The English bases: {@code Texts.properties} under plugin-api's, the kiosk's and the bundled plugins' main resources. */
    static List<Path> bases() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> bases = new ArrayList<>();
        for (Path resources : List.of(root.resolve("plugin-api/src/main/resources"), root.resolve("kiosk/src/main/resources"),
                root.resolve("plugins"))) {
            try (Stream<Path> files = Files.walk(resources)) {
                files.filter(f -> f.getFileName().toString().equals("Texts.properties"))
                        .filter(f -> f.toString().contains("src" + java.io.File.separator + "main"))
                        .filter(f -> !f.toString().contains("examples")).forEach(bases::add);
            }
        }
        return bases;
    }

    static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    static Path translation(Path base, String language) {
        return base.resolveSibling("Texts_" + language + ".properties");
    }

    @Test
    void findsTheShellsAndEveryBundledPluginsBundle() throws IOException {
        assertThat(bases()).extracting(p -> p.getParent().getFileName().toString())
                .contains("ui", "badgelogin", "cashcounting", "continueselling", "selling", "sessionclosing",
                        "sessionopening");
    }

    @Test
    void everyKeyIsTranslatedIntoEveryLanguageAndNothingElse() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : bases()) {
            Set<String> keys = read(base).stringPropertyNames();
            for (String language : LANGUAGES) {
                Path file = translation(base, language);
                if (!Files.exists(file)) {
                    problems.add(file + " is missing");
                    continue;
                }
                Set<String> translated = read(file).stringPropertyNames();
                Set<String> missing = new TreeSet<>(keys);
                missing.removeAll(translated);
                Set<String> extra = new TreeSet<>(translated);
                extra.removeAll(keys);
                if (!missing.isEmpty()) {
                    problems.add(file + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(file + " has keys the English base has not: " + extra);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTranslationTakesTheSameArgumentsAsTheEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : bases()) {
            Properties english = read(base);
            for (String language : LANGUAGES) {
                Path file = translation(base, language);
                if (!Files.exists(file)) {
                    continue;
                }
                Properties translated = read(file);
                for (String key : english.stringPropertyNames()) {
                    String pattern = translated.getProperty(key);
                    if (pattern != null && !arguments(pattern).equals(arguments(english.getProperty(key)))) {
                        problems.add(file.getFileName() + " " + key + ": " + arguments(pattern) + " but English has "
                                + arguments(english.getProperty(key)));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPatternWithArgumentsIsAMessageFormatWithItsApostrophesDoubled() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : bases()) {
            List<Path> files = new ArrayList<>(List.of(base));
            LANGUAGES.stream().map(l -> translation(base, l)).filter(Files::exists).forEach(files::add);
            for (Path file : files) {
                Properties texts = read(file);
                for (String key : texts.stringPropertyNames()) {
                    String pattern = texts.getProperty(key);
                    if (arguments(pattern).isEmpty()) {
                        continue;
                    }
                    try {
                        new MessageFormat(pattern);
                    } catch (IllegalArgumentException e) {
                        problems.add(file.getFileName() + " " + key + ": " + e.getMessage());
                    }
                    if (pattern.replace("''", "").contains("'")) {
                        problems.add(file.getFileName() + " " + key + ": a single apostrophe (write '')");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aTranslationIsNotTheEnglishLeftInPlace() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : bases()) {
            Properties english = read(base);
            for (String language : LANGUAGES) {
                Path file = translation(base, language);
                if (!Files.exists(file)) {
                    continue;
                }
                Properties translated = read(file);
                for (String key : english.stringPropertyNames()) {
                    String text = translated.getProperty(key);
                    // A text of words (not only arguments, signs or a name like "PIN") must be in the language.
                    if (text != null && text.equals(english.getProperty(key)) && words(text)) {
                        problems.add(file.getFileName() + " " + key + ": still English");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean words(String text) {
        return ARGUMENT.matcher(text).replaceAll("").matches(".*\\b[A-Za-z]{3,}\\b.*\\b[A-Za-z]{3,}\\b.*");
    }

    /** The arguments of a pattern, each with its format: {0}, {1,number,integer}. */
    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            String format = matcher.group(2) == null ? "" : matcher.group(2);
            found.add(matcher.group(1) + (format.startsWith(",choice") ? ",choice" : format));
        }
        return found;
    }
}
