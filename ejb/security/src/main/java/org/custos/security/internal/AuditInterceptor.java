package org.custos.security.internal;

import jakarta.annotation.Priority;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;
import java.util.Objects;
import java.util.stream.Stream;
import org.custos.domain.shared.Page;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.Audited;
import org.custos.security.api.AuditedRecord;
import org.custos.security.api.ForPurpose;
import org.custos.security.api.RecordId;
import org.custos.security.api.SubjectId;

/**
 * Writes the audit entry for every {@link Audited} facade call, whatever its outcome (X2). A refusal or failure is
 * written at once; a success once its transaction has committed ({@link AuditAfterCommit}). One call leaves one
 * entry: an audited call made inside another, for the same caller and in its transaction, adds what it did to the
 * outer call's entry instead of writing its own ({@link AuditedCalls}). The entry of a search
 * or list names every person it showed: the subjects of its {@link AuditedRecord} rows. A refused call is logged
 * in one line: the facade method and the kind of refusal, never its message, which may name a person.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    private static final Logger LOG = Logger.getLogger(AuditInterceptor.class.getName());

    @Inject
    AuditAppender appender;

    @Inject
    AuditAfterCommit afterCommit;

    @Inject
    Principal caller;

    @Inject
    AuditedCalls calls;

    @AroundInvoke
    Object audit(InvocationContext call) throws Exception {
        Method method = call.getMethod();
        Audited audited = method.isAnnotationPresent(Audited.class) ? method.getAnnotation(Audited.class)
                : method.getDeclaringClass().getAnnotation(Audited.class);
        Long subjectId = argument(call, SubjectId.class) instanceof Number n ? n.longValue() : null;
        Object recordArgument = argument(call, RecordId.class);
        String recordId = recordArgument == null ? null : recordArgument.toString();
        Long purposeId = purpose(call.getParameters());
        AuditedCalls.Call own = calls.start(caller.getName());
        try {
            return audited(call, method, audited, subjectId, recordId, purposeId, own);
        } finally {
            if (own != null) {
                calls.end(own);
            }
        }
    }

    /**
     * Proceeds and writes the entry; {@code own} is null when the call is made inside another audited call of the
     * same caller and transaction, which then writes the one entry, with what this call did ({@link AuditedCalls}).
     */
    private Object audited(InvocationContext call, Method method, Audited audited, Long subjectId, String recordId,
            Long purposeId, AuditedCalls.Call own) throws Exception {
        Object result;
        try {
            result = call.proceed();
        } catch (AccessRefused | EJBAccessException refused) {
            write(own, entry(audited, subjectId, recordId, purposeId, AuditOutcome.DENIED, refused.getMessage(),
                    List.of()), false);
            logRefusal(method, refused);
            throw refused;
        } catch (Exception failure) {
            write(own, entry(audited, subjectId, recordId, purposeId, AuditOutcome.FAILED,
                    failure.getClass().getSimpleName(), List.of()), false);
            if (isRefusal(failure)) {
                logRefusal(method, failure);
            }
            throw failure;
        }
        String detail = null;
        if (result instanceof AuditedRecord record) {
            subjectId = record.auditSubjectId() != null ? record.auditSubjectId() : subjectId;
            recordId = record.auditRecordId() != null ? record.auditRecordId() : recordId;
            detail = record.auditDetail();
        } else if (result instanceof Page<?> page) {
            detail = page.rows().size() + " of " + page.total() + " shown";
        }
        write(own, entry(audited, subjectId, recordId, purposeId, AuditOutcome.SUCCESS, detail,
                shownSubjects(result, subjectId)), true);
        return result;
    }

    /**
     * The call's entry: written (a success once its transaction ends) when the call writes its own, with what the
     * calls inside it did; else added to the entry of the call it was made in.
     */
    private void write(AuditedCalls.Call own, EntryDraft entry, boolean success) {
        if (own == null) {
            calls.inner(entry.action(), entry.recordType(), entry.recordId(), entry.subjectId(), entry.outcome(),
                    entry.detail(), entry.shownSubjectIds());
            return;
        }
        Long subject = own.subject(entry.subjectId());
        EntryDraft whole = new EntryDraft(entry.actor(), entry.action(), subject, entry.recordType(),
                entry.recordId(), entry.purposeId(), entry.outcome(), own.detail(entry.detail()),
                own.shown(entry.shownSubjectIds(), subject));
        if (success) {
            afterCommit.append(whole);
        } else {
            appender.append(whole);
        }
    }

    /** A refusal is an application exception (a broken rule, invalid arguments): the container does not log it. */
    private static boolean isRefusal(Exception failure) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (type.isAnnotationPresent(ApplicationException.class)) {
                return true;
            }
        }
        return false;
    }

    private static void logRefusal(Method method, Exception refusal) {
        LOG.info(() -> "Refused " + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ": "
                + refusal.getClass().getSimpleName());
    }

    private EntryDraft entry(Audited audited, Long subjectId, String recordId, Long purposeId, AuditOutcome outcome,
            String detail, List<Long> shownSubjectIds) {
        return new EntryDraft(caller.getName(), audited.value(), subjectId, audited.record(), recordId, purposeId,
                outcome, detail, shownSubjectIds);
    }

    /**
     * The people a result shows besides the entry's subject: the subjects of the rows of a page or list, and
     * those a single record names ({@link AuditedRecord#auditShownSubjectIds()}).
     */
    private static List<Long> shownSubjects(Object result, Long subjectId) {
        Collection<?> rows = result instanceof Page<?> page ? page.rows()
                : result instanceof Collection<?> list ? list : List.of();
        Stream<Long> ofRows = rows.stream().filter(AuditedRecord.class::isInstance)
                .map(row -> ((AuditedRecord) row).auditSubjectId());
        Stream<Long> named = result instanceof AuditedRecord record ? record.auditShownSubjectIds().stream()
                : Stream.empty();
        return Stream.concat(ofRows, named).filter(Objects::nonNull).filter(id -> !id.equals(subjectId)).distinct()
                .sorted().toList();
    }

    /** The purpose an argument names, if one does: none chosen yet is none (no arguments: null array on some containers). */
    private static Long purpose(Object[] arguments) {
        return arguments == null ? null : Arrays.stream(arguments).filter(ForPurpose.class::isInstance)
                .map(ForPurpose.class::cast).findFirst().map(ForPurpose::purposeId).orElse(null);
    }

    /** The argument marked on the implementation's method or on the facade interface's (they are not inherited). */
    private static Object argument(InvocationContext call, Class<? extends Annotation> marker) {
        Method method = call.getMethod();
        List<Method> declarations = new ArrayList<>(List.of(method));
        for (Class<?> facade : method.getDeclaringClass().getInterfaces()) {
            try {
                declarations.add(facade.getMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException notThisInterface) {
                // another interface of the bean
            }
        }
        for (Method declaration : declarations) {
            Annotation[][] annotations = declaration.getParameterAnnotations();
            for (int i = 0; i < annotations.length; i++) {
                for (Annotation annotation : annotations[i]) {
                    if (annotation.annotationType() == marker) {
                        return call.getParameters()[i];
                    }
                }
            }
        }
        return null;
    }
}
