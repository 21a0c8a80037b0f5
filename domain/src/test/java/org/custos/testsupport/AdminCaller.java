package org.custos.testsupport;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.custos.domain.shared.Role;

/** Calls as {@link Role#ADMIN}; see {@link Callers}. */
@Stateless
@RunAs(Role.Names.ADMIN)
public class AdminCaller extends RunAsCaller {
}
