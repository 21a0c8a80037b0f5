package org.custos.protection.rights.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.RequestChannel;
import org.junit.jupiter.api.Test;

class WithdrawalChannelTest {

    @Test
    void aRequestByEmailPhoneOrInPersonIsAWithdrawalTheSameWay_L2() {
        assertEquals(ConsentMethod.EMAIL, WithdrawalChannel.methodOf(RequestChannel.EMAIL));
        assertEquals(ConsentMethod.PHONE, WithdrawalChannel.methodOf(RequestChannel.PHONE));
        assertEquals(ConsentMethod.IN_PERSON, WithdrawalChannel.methodOf(RequestChannel.IN_PERSON));
    }

    @Test
    void aLetterOrARepresentativesRequestIsAWithdrawalByLetter_L2_D1() {
        assertEquals(ConsentMethod.LETTER, WithdrawalChannel.methodOf(RequestChannel.LETTER));
        assertEquals(ConsentMethod.LETTER, WithdrawalChannel.methodOf(RequestChannel.REPRESENTATIVE));
    }

    @Test
    void everyChannelHasAWay_L2() {
        for (RequestChannel channel : RequestChannel.values()) {
            assertEquals(true, WithdrawalChannel.methodOf(channel) != null, channel.name());
        }
    }
}
