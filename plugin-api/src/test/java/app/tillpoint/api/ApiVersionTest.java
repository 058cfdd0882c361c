package app.tillpoint.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiVersionTest {

    @Test
    void theApiVersionIsTheMavenVersionOfPluginApi() {
        // Set by this module's surefire configuration from ${project.version}.
        assertThat(ApiVersion.CURRENT).isEqualTo(System.getProperty("tillpoint.api.mavenVersion"));
    }
}
