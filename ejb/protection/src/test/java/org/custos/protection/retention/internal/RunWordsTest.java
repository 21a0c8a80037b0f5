package org.custos.protection.retention.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBException;
import org.custos.domain.protection.RetentionRun;
import org.junit.jupiter.api.Test;

/** A run and its contexts in the DPM's words, never a state's code (R6). */
class RunWordsTest {

    @Test
    void aRunningRunWhoseLeaseRanOutIsSaidToHaveStopped_R6() {
        assertEquals("Running", RunWords.run(RetentionRun.State.RUNNING, true));
        assertEquals("Stopped: the server running it stopped before it finished; the next run starts over",
                RunWords.run(RetentionRun.State.RUNNING, false));
        assertEquals("Finished", RunWords.run(RetentionRun.State.FINISHED, false));
    }

    @Test
    void aContextSaysWhatItFoundOrWhyNot_R6() {
        assertEquals("Waiting to be asked", RunWords.context(0, 0, false, null, true));
        assertEquals("Not asked: the run stopped first", RunWords.context(0, 0, false, null, false));
        assertEquals("Nothing due", RunWords.context(0, 0, true, null, true));
        assertEquals("1 record due, none new in the queue", RunWords.context(1, 0, true, null, false));
        assertEquals("12 records due, 2 new in the queue", RunWords.context(12, 2, true, null, false));
        assertEquals("Could not be asked: no database", RunWords.context(0, 0, true, "no database", false));
    }

    @Test
    void aFailureIsToldByItsInnermostMessage_R6() {
        assertEquals("the table is missing", RunWords.failure(new EJBException("Transaction aborted",
                new IllegalStateException("the table is missing"))));
        assertEquals("an unexpected error (NullPointerException), see the server's log",
                RunWords.failure(new NullPointerException()));
    }

    @Test
    void theNightlyRunIsNamedInWords_R6() {
        assertEquals("the nightly timer", RunWords.startedBy("nightly"));
        assertEquals("dpm-jones", RunWords.startedBy("dpm-jones"));
    }
}
