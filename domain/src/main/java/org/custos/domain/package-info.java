/**
 * The shared kernel of Custos: JPA entities (one sub-package per context, tables prefixed by context),
 * the value types every context uses ({@code shared}), and the schema that Flyway owns.
 * <p>
 * May use: Jakarta Persistence, Bean Validation, Flyway, Apache Tika core (to tell a document's type). Must not
 * use any context module or the web module.
 * Entities reference another context's entities by id, never by association.
 */
package org.custos.domain;
