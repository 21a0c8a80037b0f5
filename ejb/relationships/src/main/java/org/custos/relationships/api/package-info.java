/**
 * The relationships context's API (K1, R4; issue 16): the organisations we deal with as clients, customers or
 * suppliers ({@link org.custos.relationships.api.Organisations}), their contacts (people in the register, S1, found or
 * registered through the register's api, with their role and work details there) and the records of services
 * provided, kept past the relationship's end without the contact's details. A contact is changed or ended under
 * optimistic locking; their marketing basis (consent or the soft opt-in, L2) is recorded on the contact, and the
 * marketing list of a kind of contact ({@link org.custos.relationships.api.MarketingContact}) never holds anyone who
 * asked not to be contacted (S3) or has no basis in force. A person's contact roles are read for their register page
 * ({@link org.custos.relationships.api.ContactRole}).
 * <p>
 * The processor register (X4, {@link org.custos.relationships.api.Processors}): an organisation as our processor, its
 * sub-processors, the evidence of its seven conditions, and its agreement's versions, which only the DPM approves
 * before they are signed; a sub-processor can be removed and a condition's evidence withdrawn (an approval not yet
 * signed that relied on it goes back to the DPM), and a version coming into force replaces the one in force; the
 * register's categories of the people whose data a processor receives, part of its record with a note on anyone
 * else, which a breach's data map counts (X5, ADR 0012). Protection's disclosure log names the organisations of this register and sends nothing to a processor
 * without an agreement the DPM approved (D5, X4; this context implements its port). International transfers
 * ({@link org.custos.relationships.api.Transfers}): per organisation and country outside the UK, the safeguard (UK
 * options first) and its transfer risk assessment, the transfers without one, the UK adequacy list the DPM keeps,
 * and each purpose's transfers through its processors.
 * <p>
 * Who works here: an office manager keeps the register of organisations; Custos has no such role yet, and an office
 * manager of a small organisation is HR-like staff, so HR and the DPM (who will keep the processor register) may use
 * it.
 * <p>
 * May use: the domain's shared value types, the security and protection contexts' {@code api}, Jakarta EE APIs;
 * never entities or {@code internal} packages.
 */
package org.custos.relationships.api;
