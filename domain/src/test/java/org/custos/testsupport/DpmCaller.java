package org.custos.testsupport;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.custos.domain.shared.Role;

/** Calls as {@link Role#DPM}; see {@link Callers}. */
@Stateless
@RunAs(Role.Names.DPM)
public class DpmCaller extends RunAsCaller {
}
