/**
 * The recruitment context's API (C1, C2, R1, R2, L2, N2): campaigns, applications and their workflow,
 * assessments, pre-employment checks, final offers and the talent pool; the {@link
 * org.custos.recruitment.api.ApplicantHired} event for the staff context, and the port {@link
 * org.custos.recruitment.api.HireHandover} through which the final offer's bank details and emergency contacts move
 * to the staff file, and the port {@link org.custos.recruitment.api.HiredApplications} through which the hired
 * application follows the staff file's erasure (ADR 0010).
 * <p>
 * May use: the domain's shared value types, the security and protection contexts' {@code api}, Jakarta EE APIs;
 * never entities or {@code internal} packages.
 */
package org.custos.recruitment.api;
