package org.custos.security.internal;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Logger;
import org.custos.domain.crypto.AlteredValue;
import org.custos.security.api.Audited;
import org.custos.security.api.RecordAltered;

/**
 * Turns encrypted data that does not decrypt where it is stored (X3) into a plain refusal, {@link RecordAltered},
 * on every facade call (the {@link Audited} binding marks them all), inside the audit interceptor, which records it.
 * The log gets one line naming the table, column and row, for whoever restores it; never a value or a stack trace.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 5)
public class AlteredRecords {

    private static final Logger LOG = Logger.getLogger(AlteredRecords.class.getName());

    @AroundInvoke
    Object refuseAltered(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof AlteredValue altered) {
                    LOG.warning(altered.getMessage());
                    throw new RecordAltered();
                }
            }
            throw failure;
        }
    }
}
