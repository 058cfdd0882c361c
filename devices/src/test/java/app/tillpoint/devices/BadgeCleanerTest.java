package app.tillpoint.devices;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadgeCleanerTest {
    private final BadgeCleaner plain = new BadgeCleaner("", "", 4);

    @Test
    void keepsAPlainCode() {
        assertThat(plain.clean("12345678")).contains("12345678");
    }

    @Test
    void stripsTrack2Sentinels() {
        assertThat(plain.clean(";12345678?")).contains("12345678");
    }

    @Test
    void stripsTrack1Sentinels() {
        assertThat(plain.clean("%B4000^SMITH/ANA?")).contains("B4000^SMITH/ANA");
    }

    @Test
    void prefersTrack2WhenBothTracksAreThere() {
        assertThat(plain.clean("%B4000^SMITH/ANA?;4000123?")).contains("4000123");
    }

    @Test
    void stripsTheConfiguredPrefixAndSuffix() {
        BadgeCleaner cleaner = new BadgeCleaner("ID:", "#", 4);
        assertThat(cleaner.clean("ID:98765#")).contains("98765");
        assertThat(cleaner.clean("ID:;98765?#")).contains("98765");
        assertThat(new BadgeCleaner("EMP-", "", 4).clean(";EMP-12345?")).contains("12345");
    }

    @Test
    void refusesControlCharactersAndShortCodes() {
        assertThat(plain.clean("12\u000734")).isEmpty();
        assertThat(plain.clean("123")).isEmpty();
        assertThat(plain.clean(";?")).isEmpty();
    }
}
