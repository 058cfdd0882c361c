package app.tillpoint.kiosk.office;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeLinkTest {
    @Test
    void onlyVerifyFullCountsAsCheckingTheOffice() {
        assertThat(OfficeLink.verifiesServer("jdbc:postgresql://office.example:5432/office?sslmode=verify-full"))
                .isTrue();
        assertThat(OfficeLink.verifiesServer("jdbc:postgresql://office.example/office?sslrootcert=/etc/tillpoint/"
                + "office-ca.crt&sslmode=verify-full")).isTrue();
        assertThat(OfficeLink.verifiesServer("jdbc:postgresql://office.example/office")).isFalse();
        assertThat(OfficeLink.verifiesServer("jdbc:postgresql://office.example/office?sslmode=require")).isFalse();
        assertThat(OfficeLink.verifiesServer("jdbc:postgresql://office.example/office?sslmode=verify-ca")).isFalse();
        assertThat(OfficeLink.verifiesServer("jdbc:postgresql://office.example/office?sslmode=verify-fullish"))
                .isFalse();
    }
}
