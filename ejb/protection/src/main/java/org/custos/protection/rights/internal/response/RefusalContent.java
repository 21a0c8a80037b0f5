package org.custos.protection.rights.internal.response;

import java.time.LocalDate;

/** A request refused as manifestly unfounded or excessive ({@code ground}), with the reasons given (D4). */
public record RefusalContent(String subjectName, String requestType, LocalDate receivedOn, LocalDate refusedOn,
        String ground, String reasons) {
}
