package org.custos.protection.rights.internal;

import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.RequestChannel;

/**
 * How a consent withdrawn through a rights request was withdrawn (L2, D7), from how the request came: by email, by
 * phone, by letter and in person are the same ways, the website's form a withdrawal by form; a request through a representative comes with their written
 * authority (D1), so it is a withdrawal by letter.
 */
final class WithdrawalChannel {

    private WithdrawalChannel() {
    }

    static ConsentMethod methodOf(RequestChannel channel) {
        return switch (channel) {
            case EMAIL -> ConsentMethod.EMAIL;
            case PHONE -> ConsentMethod.PHONE;
            case IN_PERSON -> ConsentMethod.IN_PERSON;
            case LETTER, REPRESENTATIVE -> ConsentMethod.LETTER;
            case WEB_FORM -> ConsentMethod.FORM;
        };
    }
}
