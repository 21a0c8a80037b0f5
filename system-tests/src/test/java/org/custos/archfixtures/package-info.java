/**
 * Fixtures for the architecture tests ({@code org.custos.architecture.ArchitectureTest}): class trees that mirror
 * the Custos layout under another root package. Test code only; never deployed, never read by the rules' run
 * against the production classes.
 */
package org.custos.archfixtures;
