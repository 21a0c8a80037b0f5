package org.custos.protection.retention.api;

/** How many items wait for a decision in one context and rule: the group a reviewer filters the queue by. */
public record RuleGroup(String context, String contextLabel, String rule, String recordGroup, long waiting) {
}
