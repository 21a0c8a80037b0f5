package org.custos.testsupport;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.custos.domain.shared.Role;

/** Calls as {@link Role#HIRING_MANAGER}; see {@link Callers}. */
@Stateless
@RunAs(Role.Names.HIRING_MANAGER)
public class HiringManagerCaller extends RunAsCaller {
}
