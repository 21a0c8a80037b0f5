package org.custos.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The resident memory (RSS) of the Payara Server process, as Linux counts it ({@code VmRSS} of
 * {@code /proc/<pid>/status}): once, or its peak while a run goes on, sampled every second.
 */
final class ServerMemory implements AutoCloseable {

    private static final String SERVER_MAIN = "com.sun.enterprise.glassfish.bootstrap.ASMain";

    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    private ServerMemory() {
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(megabytes(), Math::max);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "server memory");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling; {@link #close()} stops it. */
    static ServerMemory sampled() {
        return new ServerMemory();
    }

    long peakMegabytes() {
        return peak.get();
    }

    @Override
    public void close() {
        sampler.interrupt();
    }

    /** The server's RSS now, in MB. */
    static long megabytes() {
        long pid = ProcessHandle.allProcesses().filter(process -> process.info().commandLine()
                .filter(command -> command.contains(SERVER_MAIN)).isPresent()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No Payara Server process")).pid();
        try {
            String line = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(each -> each.startsWith("VmRSS:")).findFirst().orElseThrow();
            return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
