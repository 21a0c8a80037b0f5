package org.custos.protection.rights.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.domain.protection.Purpose;
import org.custos.domain.protection.ReviewItem;
import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.LetterKind;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.ReviewDecision;
import org.custos.domain.shared.SubjectCategory;
import org.custos.domain.subject.DataSubject;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.calendar.api.PeriodText;
import org.custos.protection.holds.api.DisclosureLog;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.internal.response.PackContent;
import org.custos.protection.rights.internal.response.PackField;
import org.custos.protection.rights.internal.response.PackItem;
import org.custos.protection.rights.internal.response.PackSection;
import org.custos.protection.rights.internal.response.PurposeLine;
import org.custos.protection.rights.internal.response.RecordTypes;
import org.custos.protection.rights.internal.response.ResponseJson;
import org.custos.protection.rights.internal.response.ResponseLetter;
import org.custos.protection.rights.internal.response.SupplementaryInformation;
import org.custos.protection.rights.internal.response.WithheldItem;
import org.custos.protection.spi.HolderRegistry;
import org.custos.protection.rights.api.ItemField;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.spi.TransferRegister;

/**
 * Puts a response together from the DPM's decisions (D3): the disclosed and redacted items by context, the
 * withheld ones counted with their ground, and the supplementary information taken from the records and the
 * purposes: the purposes of the contexts that hold data about the person or that the person's categories belong
 * to, and those the records name; the categories of data; the recipients in the disclosure log; the sources the
 * records name; the retention rules of those contexts; the automated decisions those purposes state, and their
 * transfers: those the {@link TransferRegister} holds when a context keeps one, and those the purposes state.
 * Nothing of it is typed twice.
 */
@Dependent
class PackAssembler {

    /** The files of a response: the machine-readable copy, and the letter as PDF and DOCX from its template. */
    record Pack(String json, byte[] pdf, byte[] docx, long templateId) {
    }

    /** What a redaction's note says when the DPM recorded no reason. */
    static final String REDACTED = "other people's information removed";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    HolderRegistry holders;

    @Inject
    Letters letters;

    @Inject
    DisclosureLog disclosures;

    @Inject
    Instance<TransferRegister> transferRegister;

    Pack assemble(RightsRequest request, RequestView view, List<ReviewItem> items) {
        Map<String, List<PackItem>> byContext = new LinkedHashMap<>();
        List<WithheldItem> withheld = new ArrayList<>();
        for (ReviewItem item : items) {
            if (item.decision() == ReviewDecision.WITHHOLD) {
                withheld.add(new WithheldItem(DataContext.labelOf(item.context()), item.recordType(),
                        item.exemptionGround()));
            } else if (item.decision() != ReviewDecision.OUT_OF_SCOPE) {
                byContext.computeIfAbsent(DataContext.labelOf(item.context()), context -> new ArrayList<>())
                        .add(packItem(item));
            }
        }
        Set<String> contexts = items.stream().map(ReviewItem::context).collect(Collectors.toCollection(TreeSet::new));
        DataSubject subject = em.find(DataSubject.class, request.subjectId());
        if (subject != null) {
            subject.categories().stream().map(category -> category.context().key()).forEach(contexts::add);
        }
        PackContent content = new PackContent(view.subjectName(), request.type().label(), request.receivedOn(),
                view.clock().due(), calendar.today(), byContext.entrySet().stream()
                        .map(entry -> new PackSection(entry.getKey(), entry.getValue())).toList(),
                withheld, information(subject, contexts, items));
        Letters.Written letter = letters.write(LetterKind.ACCESS_RESPONSE, view, view.subjectName(),
                values -> values.response(ResponseLetter.holdsData(content)),
                body -> ResponseLetter.body(content, body));
        return new Pack(new String(ResponseJson.of(content), StandardCharsets.UTF_8), letter.pdf(), letter.docx(),
                letter.templateId());
    }

    /**
     * An item as disclosed: what it is to the person (its {@link SubjectDataSection#ABOUT} field, or else the
     * context's records), its other fields, and a redaction's reason.
     */
    private static PackItem packItem(ReviewItem item) {
        boolean redacted = item.decision() == ReviewDecision.REDACT;
        List<ItemField> fields = ItemFields.fields(redacted ? item.redactedContent() : item.content());
        String about = fields.stream().filter(field -> field.label().equals(SubjectDataSection.ABOUT))
                .map(ItemField::value).findFirst()
                .orElse("Other records: " + DataContext.labelOf(item.context()));
        String reason = !redacted ? null : item.exemptionGround() == null ? REDACTED : item.exemptionGround();
        return new PackItem(about, item.recordType(), item.recordId(), fields.stream()
                .filter(field -> !field.label().equals(SubjectDataSection.ABOUT))
                .map(f -> new PackField(f.label(), f.value())).toList(), reason);
    }

    private SupplementaryInformation information(DataSubject subject, Set<String> contexts, List<ReviewItem> items) {
        Set<String> named = items.stream().flatMap(item -> ItemFields.fields(item.content()).stream())
                .filter(field -> field.label().equals(SubjectDataSection.PURPOSE)).map(ItemField::value)
                .collect(Collectors.toSet());
        List<Purpose> served = em.createQuery("select p from Purpose p where p.context in :contexts"
                + " or p.name in :named order by p.name", Purpose.class).setParameter("contexts", contexts)
                .setParameter("named", named.isEmpty() ? Set.of("") : named).getResultList();
        List<PurposeLine> purposes = served.stream()
                .map(p -> new PurposeLine(p.name(), p.lawfulBasis().label(), p.description())).toList();
        List<String> categories = new ArrayList<>(subject == null ? List.of() : subject.categories().stream()
                .map(SubjectCategory::label).sorted().toList());
        items.stream().map(item -> DataContext.labelOf(item.context()) + ": " + RecordTypes.words(item.recordType()))
                .distinct().forEach(categories::add);
        List<String> sources = new ArrayList<>(List.of("You"));
        items.stream().flatMap(item -> ItemFields.fields(item.content()).stream())
                .filter(field -> field.label().equals(SubjectDataSection.SOURCE)).map(ItemField::value).distinct()
                .forEach(sources::add);
        List<String> retention = holders.retentionRules().stream()
                .filter(rule -> contexts.contains(rule.context().key()))
                .map(rule -> rule.label() + ": " + PeriodText.of(calendar.retentionPeriod(rule))).toList();
        List<String> recipients = new ArrayList<>(subject == null ? List.of() : disclosures.of(subject.id()).stream()
                .map(d -> d.recipient() + ": " + d.disclosed() + ", shared on "
                        + OrganisationTime.DAY.format(d.disclosedOn())).toList());
        Collections.reverse(recipients); // the log lists the newest first, the letter the oldest
        return new SupplementaryInformation(purposes, categories, recipients, sources,
                transfers(served), retention, stated(served, Purpose::automatedDecisions));
    }

    /**
     * The purposes' transfers and safeguards: those the register of transfers holds for each, when a context keeps
     * one, then what the purpose itself states (transfers not through that register).
     */
    private String transfers(List<Purpose> served) {
        Map<Long, List<String>> registered = transferRegister.isResolvable()
                ? transferRegister.get().transfersByPurpose() : Map.of();
        return stated(served, p -> {
            List<String> lines = new ArrayList<>(registered.getOrDefault(p.id(), List.of()));
            if (p.transfers() != null) {
                lines.add(p.transfers());
            }
            return lines.isEmpty() ? null : String.join("; ", lines);
        });
    }

    /** What the purposes state on one point, each under its name; null when none states anything. */
    private static String stated(List<Purpose> purposes, Function<Purpose, String> point) {
        String text = purposes.stream().filter(p -> point.apply(p) != null)
                .map(p -> p.name() + ": " + point.apply(p)).collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text;
    }
}
