/**
 * A miniature Custos (domain, security, protection with two sub-areas and its SPI, recruitment, web) with exactly
 * one deliberate violation per architecture rule, each in a class named for what it does wrong; every other class
 * here obeys every rule, so a rule that fires proves it bites, and the violator it names proves it bites in the
 * right place.
 */
package org.custos.archfixtures.bad;
