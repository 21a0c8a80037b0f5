/**
 * The API other systems call (JAX-RS at {@code /custos/api/v1}, described by MicroProfile OpenAPI at
 * {@code /openapi}): the website's form sends rights requests, complaints and consents in, and the organisation's
 * calendar reads the open deadlines, each client system with its own intake token, rate-limited. Every answer that
 * is not a success is a problem document (RFC 9457); no answer reads personal data back. The resources call the
 * contexts' facades only, as the client, so the facades' checks and the audit trail apply as they do to a user.
 */
package org.custos.api;
