package org.custos.protection.rights.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.custos.domain.protection.RecipientNotice;
import org.custos.domain.shared.LetterKind;
import org.custos.domain.shared.Role;
import org.custos.protection.rights.api.PackFile;
import org.custos.protection.rights.api.RecipientView;
import org.custos.protection.rights.api.RequestLetters;
import org.custos.protection.rights.api.RequestView;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultRequestLetters implements RequestLetters {

    private static final String RECORD = "RightsRequest";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RequestRecords records;

    @Inject
    Letters letters;

    @Override
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public PackFile letter(long requestId, LetterKind kind, PackFile.Format format) {
        RequestView request = records.view(records.find(requestId));
        Letters.Written letter = switch (kind) {
            case ACKNOWLEDGEMENT -> letters.write(kind, request, request.subjectName(), values -> values,
                    body -> { });
            case EXTENSION_NOTICE -> {
                if (!request.extended()) {
                    throw new RequestRefused("The request has not been extended: record the extension first.");
                }
                yield letters.write(kind, request, request.subjectName(), values -> values.extension(request),
                        body -> { });
            }
            default -> throw new RequestRefused("That letter is kept with the request: download it there.");
        };
        String name = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + requestId;
        return file(request, name, letter, format);
    }

    @Override
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public PackFile recipientLetter(long requestId, long recipientId, PackFile.Format format) {
        RequestView request = records.view(records.find(requestId));
        RecipientNotice notice = em.find(RecipientNotice.class, recipientId);
        if (notice == null || notice.requestId() != requestId) {
            throw new AccessRefused("There is no such recipient of this request.");
        }
        RecipientView recipient = new RecipientView(notice.id(), notice.version(), notice.recipient(),
                notice.disclosed(), notice.disclosedOn(), notice.toldOn());
        Letters.Written letter = letters.write(LetterKind.RECIPIENT_NOTICE, request, recipient.recipient(),
                values -> values.recipient(request, recipient), body -> { });
        return file(request, "recipient-notice-" + requestId + "-" + recipientId, letter, format);
    }

    private static PackFile file(RequestView request, String name, Letters.Written letter, PackFile.Format format) {
        byte[] content = switch (format) {
            case PDF -> letter.pdf();
            case DOCX -> letter.docx();
            case JSON -> throw new RequestRefused("A letter is a PDF or a Word document (DOCX).");
        };
        return format.file(request.id(), request.subjectId(), name, content);
    }
}
