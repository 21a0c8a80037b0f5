package org.custos.domain.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import org.custos.testsupport.UnboundCiphertext;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final byte[] OLD = KeyRing.newKey();
    private static final byte[] NEW = KeyRing.newKey();
    private static final Binding NOTE_42 = EncryptedColumns.SENSITIVE_RECORD_CONTENT.at(42);

    private final KeyRing before = new KeyRing("k1", Map.of("k1", OLD));
    private final KeyRing after = new KeyRing("k2", Map.of("k1", OLD, "k2", NEW));

    @Test
    void valuesComeBackAsTheyWentInButAreNotStoredAsText_X3() {
        String sealed = before.encrypt("Asthma, uses an inhaler", NOTE_42);
        assertTrue(sealed.startsWith("k1+row:"), sealed);
        assertFalse(new String(Base64.getDecoder().decode(sealed.substring(7))).contains("Asthma"));
        assertEquals("Asthma, uses an inhaler", before.decrypt(sealed, NOTE_42));
    }

    @Test
    void aCiphertextDecryptsOnlyInItsOwnTableColumnAndRow_X3() {
        String sealed = before.encrypt("Asthma, uses an inhaler", NOTE_42);

        for (Binding elsewhere : new Binding[] {EncryptedColumns.SENSITIVE_RECORD_CONTENT.at(43),
                EncryptedColumns.SENSITIVE_RECORD_DOCUMENT_NAME.at(42), EncryptedColumns.REVIEW_ITEM_CONTENT.at(42),
                new Binding("prot_correction", "content", 42)}) {
            AlteredValue refused = assertThrows(AlteredValue.class, () -> before.decrypt(sealed, elsewhere));
            assertEquals("The value in " + elsewhere + " does not decrypt there: it was changed, or copied from "
                    + "another row or column, outside Custos", refused.getMessage());
            assertFalse(refused.getMessage().contains("Asthma"));
        }
        assertEquals("Asthma, uses an inhaler", before.decrypt(sealed, NOTE_42));
    }

    @Test
    void bytesComeBackAsTheyWentInAndRotateLikeText_X3() {
        Binding letter = EncryptedColumns.SENSITIVE_DOCUMENT_CONTENT.at(42);
        byte[] document = {0x25, 0x50, 0x44, 0x46, (byte) 0xff, 0x00, (byte) 0x80};
        String sealed = before.encrypt(document, letter);
        assertArrayEquals(document, before.decryptBytes(sealed, letter));
        String rotated = after.reencrypt(sealed, letter);
        assertTrue(after.isCurrent(rotated));
        assertArrayEquals(document, after.decryptBytes(rotated, letter));
        assertThrows(AlteredValue.class, () -> after.decryptBytes(rotated, NOTE_42), "rotated and still bound");
        assertEquals("health note", after.decrypt(after.reencrypt(before.encrypt("health note", NOTE_42), NOTE_42),
                NOTE_42));
    }

    @Test
    void theSameTextEncryptsDifferentlyEachTime_X3() {
        assertNotEquals(before.encrypt("same", NOTE_42), before.encrypt("same", NOTE_42));
    }

    @Test
    void oldCiphertextStillDecryptsAfterANewKeyBecomesCurrent_X3() {
        String old = before.encrypt("unspent conviction declared", NOTE_42);
        assertFalse(after.isCurrent(old));
        assertEquals("unspent conviction declared", after.decrypt(old, NOTE_42));
        assertTrue(after.isCurrent(after.encrypt("x", NOTE_42)));
        assertEquals("k2+row:", after.currentPrefix());
    }

    /** Values stored before the binding, with the key id alone as associated data (ADR 0009). */
    @Test
    void aValueStoredBeforeTheBindingStillDecryptsUntilRotationRebindsIt_X3() {
        String unbound = UnboundCiphertext.of("k1", OLD, "declared conviction");
        assertFalse(before.isCurrent(unbound), "rotation picks it up even under the current key");
        assertEquals("declared conviction", before.decrypt(unbound, NOTE_42));

        String rebound = before.reencrypt(unbound, NOTE_42);
        assertTrue(before.isCurrent(rebound));
        assertEquals("declared conviction", before.decrypt(rebound, NOTE_42));
        assertThrows(AlteredValue.class, () -> before.decrypt(rebound, EncryptedColumns.SENSITIVE_RECORD_CONTENT
                .at(43)));
    }

    @Test
    void alteredCiphertextOrAMissingKeyIsRefused_X3() {
        String sealed = before.encrypt("health note", NOTE_42);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(7));
        bytes[bytes.length - 1] ^= 1;
        String altered = "k1+row:" + Base64.getEncoder().encodeToString(bytes);
        assertThrows(AlteredValue.class, () -> before.decrypt(altered, NOTE_42));
        assertThrows(IllegalStateException.class, () -> before.decrypt(after.encrypt("new", NOTE_42), NOTE_42));
        assertThrows(AlteredValue.class, () -> after.decrypt("k2" + sealed.substring(2), NOTE_42),
                "the key id is bound to the ciphertext");
        assertThrows(AlteredValue.class, () -> after.decrypt(sealed.replace("+row", ""), NOTE_42),
                "a bound value cannot pass for one stored before the binding");
        for (String notCiphertext : new String[] {"Jane Smith sick note.pdf", "Note to HR: asthma", "k1+row:***", "k1:"}) {
            assertThrows(AlteredValue.class, () -> before.decrypt(notCiphertext, NOTE_42), notCiphertext);
        }
    }

    @Test
    void keysMustBeAes256AndTheCurrentOneMustExist_X3() {
        assertThrows(IllegalArgumentException.class, () -> new KeyRing("k1", Map.of("k1", new byte[16])));
        assertThrows(IllegalArgumentException.class, () -> new KeyRing("k9", Map.of("k1", OLD)));
        assertThrows(IllegalArgumentException.class, () -> new KeyRing("bad id", Map.of("bad id", OLD)));
    }
}
