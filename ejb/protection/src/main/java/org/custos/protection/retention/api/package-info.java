/**
 * The retention engine (R1-R7, issue 18): the schedule of every rule every deployed context declares, its versions
 * and its export as the retention policy; runs that ask every holder what is due and fill the review queue, one at
 * a time however many servers share the database; the queue where a reviewer destroys, summarises, anonymises or
 * extends each item, holds (legal, and open rights requests, complaints and breaches) keeping what they cover; the
 * evidence of every decision, kept without the destroyed data; and a simulator of what would fall due. The record
 * of processing reads the records kept past their date through the port
 * {@link org.custos.protection.retention.api.RecordsPastTheirDate}, the sysadmin's monitoring the queue's size through
 * {@link org.custos.protection.retention.api.RetentionQueueSize}.
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}.
 */
package org.custos.protection.retention.api;
