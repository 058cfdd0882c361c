package app.tillpoint.kiosk.host;

import app.tillpoint.api.KioskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PluginContextTest {
    @TempDir
    Path root;

    @Test
    void everyMethodOfKioskContextIsPassedOnOrAnsweredNotLeftToItsDefault() {
        // A method added to KioskContext with a default would otherwise answer with the default, not the kiosk's.
        for (Method method : KioskContext.class.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            assertThat(Arrays.stream(PluginContext.class.getDeclaredMethods())
                    .anyMatch(m -> m.getName().equals(method.getName())
                            && Arrays.equals(m.getParameterTypes(), method.getParameterTypes())))
                    .as("PluginContext declares " + method).isTrue();
        }
    }

    @Test
    void thePluginsDataFolderIsMadeOnFirstUse() {
        PluginContext context = new PluginContext(null, root, "loyalty-prompt");

        assertThat(root.resolve("loyalty-prompt")).doesNotExist();
        assertThat(context.pluginData()).isEqualTo(root.resolve("loyalty-prompt")).isDirectory();
    }

    @Test
    void aPluginIdThatIsAPathNamesNoDataFolder() {
        for (String id : new String[] {"../elsewhere", "a/b", ".", ""}) {
            assertThatThrownBy(() -> new PluginContext(null, root, id)).as(id)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
