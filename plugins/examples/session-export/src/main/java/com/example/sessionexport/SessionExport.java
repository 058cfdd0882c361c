package com.example.sessionexport;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.SessionListener;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionSummary;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Writes each closed session to {@code session-<id>.json} in the export folder ({@link ExportSettings}, in the
 * plugin's data folder), for the store's ERP to pick up. The host calls it on a thread of its own after the closing is
 * stored. A failure (the ERP's share offline) is audited and thrown, so that the host delivers the closing again
 * after a pause, until it is written: no closed session is ever missed. Writing the same session again replaces its
 * file with the same content, so a closing delivered twice (after a crash) does no harm.
 */
@Extension
public class SessionExport implements SessionListener {
    private static final Logger log = LoggerFactory.getLogger(SessionExport.class);

    private final KioskContext context;
    /** Where version 1.0 kept its settings, for {@link ExportSettings#migrate}. */
    private final Optional<Path> pluginFolder;

    public SessionExport(KioskContext context) {
        this.context = context;
        this.pluginFolder = ExportSettings.pluginFolder(SessionExport.class);
    }

    @Override
    public void closed(Session session) {
        try {
            Path file = export(session);
            context.audit().record("session-export.written", "Session " + session.id() + " exported to " + file);
        } catch (IOException | RuntimeException e) {
            log.warn("Session {} could not be exported yet: {}", session.id(), e.toString());
            context.audit().record("session-export.failed", "Session " + session.id() + " was not exported: " + e);
            // Thrown on: the host delivers this closing again after a pause.
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private Path export(Session session) throws IOException {
        Path data = context.pluginData();
        if (ExportSettings.migrate(pluginFolder, data)) {
            context.audit().record("session-export.settings-moved", ExportSettings.FILE + " moved to " + data);
        }
        Path folder = ExportSettings.read(data).outputFolder();
        Closing closing = context.sessions().closing(session.id())
                .orElseThrow(() -> new IllegalStateException("the session has no closing stored"));
        SessionSummary summary = context.sessions().summary(session.id());
        String json = SessionJson.of(context.terminal().name(), session, closing, summary);

        Files.createDirectories(folder);
        Path file = folder.resolve("session-" + session.id() + ".json");
        // Written aside, then moved: the ERP never reads half a file.
        Path partial = Files.createTempFile(folder, "session-" + session.id() + "-", ".json.part");
        try {
            Files.writeString(partial, json, StandardCharsets.UTF_8);
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }
}
