package org.custos.protection.notices.api;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.NoticeMethod;

/** A new issued version sent to everyone who was given an older version of the same notice (N2): how and the day. */
public record NoticeSendForm(
        @NotNull(message = "Choose the version they had.") Long fromVersionId,
        @NotNull(message = "Choose the new version to send.") Long toVersionId,
        @NotNull(message = "Choose how it is sent.") NoticeMethod method,
        @NotNull(message = "Enter the day it is sent.") LocalDate givenOn) implements Serializable {
}
