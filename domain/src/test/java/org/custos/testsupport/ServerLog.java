package org.custos.testsupport;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the server logs, from the loggers named, while a test in the server watches: for assertions on what a
 * refusal or a failure leaves in the log.
 */
public final class ServerLog implements AutoCloseable {

    private final List<Logger> loggers;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            records.add(logRecord);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private ServerLog(String... loggerNames) {
        handler.setLevel(Level.INFO);
        loggers = Arrays.stream(loggerNames).map(Logger::getLogger).toList();
        loggers.forEach(logger -> logger.addHandler(handler));
    }

    public static ServerLog watch(String... loggerNames) {
        return new ServerLog(loggerNames);
    }

    /**
     * Each record at INFO or above as "LEVEL message", its parameters filled in, with " [exception class]" when it
     * carries one (whose stack trace the log would print).
     */
    public List<String> lines() {
        return records.stream().filter(logRecord -> logRecord.getLevel().intValue() >= Level.INFO.intValue())
                .map(logRecord -> logRecord.getLevel() + " " + message(logRecord) + (logRecord.getThrown() == null
                        ? "" : " [" + logRecord.getThrown().getClass().getName() + "]"))
                .toList();
    }

    private static String message(LogRecord logRecord) {
        String message = logRecord.getMessage() == null ? "" : logRecord.getMessage();
        Object[] parameters = logRecord.getParameters();
        return parameters == null ? message : MessageFormat.format(message, parameters);
    }

    @Override
    public void close() {
        loggers.forEach(logger -> logger.removeHandler(handler));
    }
}
