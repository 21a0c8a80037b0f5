package org.custos.protection.notices.api;

import java.io.Serializable;

/** A notice version's PDF, to download or hand out, under {@code fileName}: its name with the extension of a PDF. */
public record NoticeFile(String fileName, String mediaType, byte[] content) implements Serializable {
}
