package org.custos.protection.spi;

import java.util.List;
import java.util.Map;

/**
 * Where the transfers outside the UK and their safeguards are registered, per purpose (UK GDPR Art 15(2), D3), when a
 * context keeps such a register: implemented as a CDI bean by that context (relationships, from its processor
 * register), which depends on protection, not the other way round. With none deployed, the access response states
 * what the purposes themselves say.
 */
public interface TransferRegister {

    /**
     * By purpose id, the countries outside the UK the data of that purpose goes to and how each is safeguarded, one
     * line each; a purpose with no transfer is absent.
     */
    Map<Long, List<String>> transfersByPurpose();
}
