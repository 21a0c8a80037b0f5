package org.custos.domain.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final byte[] OLD = KeyRing.newKey();
    private static final byte[] NEW = KeyRing.newKey();

    private final KeyRing before = new KeyRing("k1", Map.of("k1", OLD));
    private final KeyRing after = new KeyRing("k2", Map.of("k1", OLD, "k2", NEW));

    @Test
    void valuesComeBackAsTheyWentInButAreNotStoredAsText_X3() {
        String sealed = before.encrypt("Asthma, uses an inhaler");
        assertTrue(sealed.startsWith("k1:"));
        assertFalse(new String(Base64.getDecoder().decode(sealed.substring(3))).contains("Asthma"));
        assertEquals("Asthma, uses an inhaler", before.decrypt(sealed));
    }

    @Test
    void bytesComeBackAsTheyWentInAndRotateLikeText_X3() {
        byte[] document = {0x25, 0x50, 0x44, 0x46, (byte) 0xff, 0x00, (byte) 0x80};
        String sealed = before.encrypt(document);
        assertTrue(sealed.startsWith("k1:"));
        assertArrayEquals(document, before.decryptBytes(sealed));
        String rotated = after.reencrypt(sealed);
        assertTrue(after.isCurrent(rotated));
        assertArrayEquals(document, after.decryptBytes(rotated));
        assertEquals("health note", after.decrypt(after.reencrypt(before.encrypt("health note"))));
    }

    @Test
    void theSameTextEncryptsDifferentlyEachTime_X3() {
        assertNotEquals(before.encrypt("same"), before.encrypt("same"));
    }

    @Test
    void oldCiphertextStillDecryptsAfterANewKeyBecomesCurrent_X3() {
        String old = before.encrypt("unspent conviction declared");
        assertFalse(after.isCurrent(old));
        assertEquals("unspent conviction declared", after.decrypt(old));
        assertTrue(after.isCurrent(after.encrypt("x")));
    }

    @Test
    void alteredCiphertextOrAMissingKeyIsRefused_X3() {
        String sealed = before.encrypt("health note");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String altered = "k1:" + Base64.getEncoder().encodeToString(bytes);
        assertThrows(IllegalStateException.class, () -> before.decrypt(altered));
        assertThrows(IllegalStateException.class, () -> before.decrypt(after.encrypt("new")));
        assertThrows(IllegalStateException.class, () -> after.decrypt("k2" + sealed.substring(2)),
                "the key id is bound to the ciphertext");
    }

    @Test
    void keysMustBeAes256AndTheCurrentOneMustExist_X3() {
        assertThrows(IllegalArgumentException.class, () -> new KeyRing("k1", Map.of("k1", new byte[16])));
        assertThrows(IllegalArgumentException.class, () -> new KeyRing("k9", Map.of("k1", OLD)));
        assertThrows(IllegalArgumentException.class, () -> new KeyRing("bad id", Map.of("bad id", OLD)));
    }
}
