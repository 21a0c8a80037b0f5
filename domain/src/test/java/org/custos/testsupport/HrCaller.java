package org.custos.testsupport;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.custos.domain.shared.Role;

/** Calls as {@link Role#HR}; see {@link Callers}. */
@Stateless
@RunAs(Role.Names.HR)
public class HrCaller extends RunAsCaller {
}
