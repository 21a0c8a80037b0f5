package org.custos.security.api;

import java.io.Serializable;

/**
 * A new secret for an authenticator app: the key to type in ({@code secret}, base32), and the same as an
 * {@code otpauth://} address and a QR code image ({@code qrCode}, a {@code data:} URI of a PNG).
 */
public record SecondFactorSetup(String secret, String uri, String qrCode) implements Serializable {
}
