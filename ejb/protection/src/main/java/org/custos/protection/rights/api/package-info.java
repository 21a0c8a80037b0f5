/**
 * Rights requests (D1-D7): logging with the day received, identity (nothing disclosed or acted on before it is
 * confirmed), the clock with its stops and extension (D2), refusal with its letter (D4), the response compiled from
 * every context and reviewed before it is sent (D3), erasure, restriction, objection and rectification through the SPI with the recipients to tell (D5, D6, D7);
 * erasure also removes the copies of the person kept in their requests (D5, R6). The open requests' deadlines go to
 * the daily reminders through the port {@link org.custos.protection.rights.api.OpenRequestDeadlines}.
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}; the {@code api} of
 * {@code purposes} and {@code holds} for the views it returns, and of {@code register} for the person a request is
 * about.
 */
package org.custos.protection.rights.api;
