package app.tillpoint.kiosk.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No colour, font or FlatLaf style key is written into the code of the kiosk's screens, a bundled plugin or
 * plugin-api's widgets: each screen names what a component means through {@code api.ui.Style}, and the theme's
 * properties ({@code TillpointLaf.properties} and its dark and high-contrast colours) decide how it looks.
 *
 * <p>Findings, named by file and line: {@code new Color(}, {@code Color.decode(}, a named colour such as
 * {@code Color.RED}, {@code new Font(}, {@code deriveFont(}, {@code setFont(}, FlatLaf's {@code "FlatLaf.styleClass"}
 * or {@code "FlatLaf.style"} written out (use {@code Style.classes}), and FlatLaf's own colour keys
 * ({@code "Actions.Red"}). Comments are left alone.
 */
class LookLiteralsTest {
    private static final Pattern LOOK = Pattern.compile("new\\s+Color\\s*\\(|Color\\.decode\\s*\\(|\\bColor\\.(?!BLACK\\b)"
            + "[A-Za-z_]+\\b(?!\\s*\\()|new\\s+Font\\s*\\(|\\.deriveFont\\s*\\(|\\bsetFont\\s*\\(|\"FlatLaf\\.style(Class)?\""
            + "|\"Actions\\.\\w+\"");

    @Test
    void noScreenWritesAColourOrAFont() throws IOException {
        List<String> findings = new ArrayList<>();
        List<Path> sources = JavaSources.mainSources(List.of("kiosk/src/main/java/app/tillpoint/kiosk/ui", "plugins",
                // Style.java: where the style-class key is written once, for all the others.
                "plugin-api/src/main/java/app/tillpoint/api/ui"), f -> !f.getFileName().toString().equals("Style.java"));
        assertThat(sources).hasSizeGreaterThan(40);
        for (Path file : sources) {
            findings.addAll(findings(file, Files.readString(file, StandardCharsets.UTF_8)));
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void theRuleFindsColoursAndFontsAndLeavesStyleClassesAlone() {
        String code = """
                class A {
                    private static final Color DIM = new Color(0, 0, 0, 110);
                    void a() {
                        // a comment may say new Color(1, 2, 3)
                        label.setForeground(Color.decode("#b3261e"));
                        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
                        title.putClientProperty("FlatLaf.styleClass", "h2");
                        Color red = UIManager.getColor("Actions.Red");
                        Style.classes(message, Style.DANGER);
                        g.setColor(Style.color(Style.MUTED));
                        label.setForeground(Color.RED);
                        big = label.getFont().deriveFont(20f);
                    }
                }
                """;
        assertThat(findings(Path.of("A.java"), code)).containsExactly("A.java:2 new Color(",
                "A.java:5 Color.decode(", "A.java:6 setFont(", "A.java:6 new Font(", "A.java:7 \"FlatLaf.styleClass\"",
                "A.java:8 \"Actions.Red\"", "A.java:11 Color.RED", "A.java:12 .deriveFont(");
    }

    static List<String> findings(Path file, String source) {
        String code = JavaSources.withoutComments(source);
        List<String> found = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher look = LOOK.matcher(lines[i]);
            while (look.find()) {
                found.add(file.getFileName() + ":" + (i + 1) + " " + look.group().replaceAll("\\s+", " ").strip());
            }
        }
        return found;
    }
}
