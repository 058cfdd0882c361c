package app.tillpoint.devices.serial;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineAssemblerTest {

    private static List<LineAssembler.Line> feed(LineAssembler lines, String text, long now) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return lines.accept(bytes, bytes.length, now);
    }

    @Test
    void joinsALineSplitAcrossReads() {
        LineAssembler lines = new LineAssembler("any", 500);
        assertThat(feed(lines, "1234", 0)).isEmpty();
        assertThat(feed(lines, "5678\r\n", 100)).containsExactly(new LineAssembler.Complete("12345678"));
    }

    @Test
    void cutsSeveralLinesAndIgnoresTheOtherTerminatorByte() {
        LineAssembler lines = new LineAssembler("CR", 500);
        assertThat(feed(lines, "1111\r\n2222\r", 0))
            .containsExactly(new LineAssembler.Complete("1111"), new LineAssembler.Complete("2222"));
    }

    @Test
    void rejectsGarbage() {
        LineAssembler lines = new LineAssembler("LF", 500);
        assertThat(feed(lines, "12\u00ff\u000134\n", 0)).containsExactly(new LineAssembler.Garbage(6));
    }

    @Test
    void dropsAnUnfinishedLineAfterItsTimeOut() {
        LineAssembler lines = new LineAssembler("any", 500);
        feed(lines, "1234", 0);
        assertThat(lines.expire(400)).isEmpty();
        assertThat(lines.expire(600)).containsExactly(new LineAssembler.TimedOut(4));
        assertThat(feed(lines, "99999\r", 700)).containsExactly(new LineAssembler.Complete("99999"));
    }
}
