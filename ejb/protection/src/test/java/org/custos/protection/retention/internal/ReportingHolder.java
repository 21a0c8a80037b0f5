package org.custos.protection.retention.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.custos.domain.shared.DataContext;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.HeldData;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.RetentionRule;
import org.custos.protection.spi.SubjectDataSection;

/**
 * A holder standing in for a record context the protection module does not deploy (complaints), whose due records a
 * test sets: the register and security holders of this module have none. It is a bean only in the deployment of
 * {@link RetentionRunIT} ({@link ReportingHolderSwitch}); elsewhere it does not exist, and there too it holds nothing
 * and reports nothing until a test tells it what.
 */
@ApplicationScoped
public class ReportingHolder implements PersonalDataHolder {

    private volatile List<RetentionItem> due = List.of();
    private volatile String failure;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile CountDownLatch asked = new CountDownLatch(0);

    /** From now on reports these items due, and stops failing or waiting. */
    public void reports(List<RetentionItem> items) {
        due = List.copyOf(items);
        failure = null;
        gate = new CountDownLatch(0);
    }

    /** From now on fails when asked, with this message. */
    public void failsWith(String message) {
        failure = message;
    }

    /** From now on waits when asked until {@link #open} (a run that goes on while a test does something). */
    public void waitsWhenAsked() {
        gate = new CountDownLatch(1);
        asked = new CountDownLatch(1);
    }

    /** Waits until a run has asked this holder (and waits itself). */
    public boolean awaitAsked() throws InterruptedException {
        return asked.await(30, TimeUnit.SECONDS);
    }

    public void open() {
        gate.countDown();
    }

    @Override
    public DataContext context() {
        return DataContext.COMPLAINTS;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of();
    }

    @Override
    public HeldData heldData() {
        return new HeldData(List.of(), Set.of(), "select id as subject_id from core_data_subject where 1 = 0");
    }

    @Override
    public SubjectDataSection export(long subjectId) {
        return new SubjectDataSection(context().key(), List.of());
    }

    @Override
    public ErasureOutcome erase(long subjectId) {
        return new ErasureOutcome(context().key(), 0, List.of());
    }

    @Override
    public List<CorrectableField> correctable(long subjectId) {
        return List.of();
    }

    @Override
    public RectificationOutcome rectify(long subjectId, List<Correction> corrections) {
        return new RectificationOutcome(0, Map.of());
    }

    @Override
    public void restrict(long subjectId, boolean restricted) {
    }

    @Override
    public List<RetentionItem> dueForReview(LocalDate asOf) {
        asked.countDown();
        try {
            if (!gate.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the run go on.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return due;
    }
}
