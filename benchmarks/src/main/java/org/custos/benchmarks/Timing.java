package org.custos.benchmarks;

import java.util.Arrays;

/** Response times of one figure, in milliseconds: median and 95th percentile (nearest rank). */
record Timing(String figure, double p50, double p95, long count, long errors) {

    /** Runs the read {@link Size#WARM_UP_RUNS} times unmeasured, then {@code runs} times, each with its own index. */
    static Timing of(String figure, int runs, Read read) throws Exception {
        for (int run = 0; run < Size.WARM_UP_RUNS; run++) {
            read.run(runs + run);
        }
        double[] millis = new double[runs];
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            read.run(run);
            millis[run] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return new Timing(figure, percentile(millis, 0.50), percentile(millis, 0.95), runs, 0);
    }

    private static double percentile(double[] sorted, double fraction) {
        return sorted[Math.max(0, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    /** One run of a read; the index varies its parameters. */
    @FunctionalInterface
    interface Read {
        void run(int index) throws Exception;
    }
}
