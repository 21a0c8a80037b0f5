package org.custos.protection.notices.api;

/** A notice version's PDF, to download or hand out. */
public record NoticeFile(String fileName, String mediaType, byte[] content) {
}
