package org.custos.testsupport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.custos.domain.shared.Role;

/**
 * Calls facades as a user holding one role, inside an Arquillian deployment made by
 * {@link ContextDeployment}:
 * <pre>{@code
 * String name = Callers.as(Role.HR, () -> facade.something(id));
 * assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, () -> facade.something(id)));
 * }</pre>
 * The caller principal is {@link #principal(Role)}, for example {@code hr-tester}, and it holds exactly
 * that one role. Exceptions thrown by the work reach the test unchanged.
 */
public final class Callers {

    private static final Map<Role, Class<? extends Caller>> BEANS = Map.of(
            Role.ADMIN, AdminCaller.class,
            Role.DPM, DpmCaller.class,
            Role.HR, HrCaller.class,
            Role.HIRING_MANAGER, HiringManagerCaller.class,
            Role.FINANCE, FinanceCaller.class,
            Role.STAFF, StaffCaller.class);

    private Callers() {
    }

    /** Some work that returns nothing. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    /** Runs the work as the given role and returns its result, or throws what it threw. */
    @SuppressWarnings("unchecked")
    public static <T> T as(Role role, Callable<T> work) throws Exception {
        Outcome outcome = bean(role).call(work);
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return (T) outcome.value();
    }

    /** Runs the work as the given role, or throws what it threw. */
    public static void as(Role role, Task work) throws Exception {
        as(role, () -> {
            work.run();
            return null;
        });
    }

    /** The caller principal name the work runs as: {@code admin-tester}, {@code hiring-manager-tester} ... */
    public static String principal(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-tester";
    }

    /** The classes a deployment needs for this helper. */
    public static List<Class<?>> classes() {
        return List.of(Callers.class, Task.class, Outcome.class, Caller.class,
                AdminCaller.class, DpmCaller.class, HrCaller.class, HiringManagerCaller.class, FinanceCaller.class,
                StaffCaller.class);
    }

    /** The bean (EJB name = simple class name) that runs as the role. */
    static Class<? extends Caller> beanClass(Role role) {
        return BEANS.get(role);
    }

    /** The name of the EJB module that holds these beans when a test deploys them into an EAR. */
    public static final String EAR_MODULE = "custos-probe";

    /** In a context's test WAR the beans are in the test's own module; in an EAR, in {@link #EAR_MODULE}. */
    private static Caller bean(Role role) throws NamingException {
        String name = beanClass(role).getSimpleName();
        try {
            return InitialContext.doLookup("java:module/" + name);
        } catch (NamingException notInThisModule) {
            return InitialContext.doLookup("java:app/" + EAR_MODULE + "/" + name);
        }
    }
}
