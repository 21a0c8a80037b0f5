package org.custos.web.notices;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.NoticeItem;
import org.custos.domain.shared.NoticeItemAnswer;
import org.custos.protection.notices.api.ItemAnswer;
import org.custos.protection.notices.api.NoticeVersionForm;
import org.custos.protection.notices.api.NoticeVersionView;
import org.custos.protection.notices.api.Notices;
import org.custos.protection.purposes.api.PurposeView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.web.shell.DocumentRules;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * One version of a privacy notice (N1): a draft is written here (rich text or a PDF, the purposes, the checklist of
 * what it states, a row per item: present and where, or not applicable and why), then approved and issued by the
 * DPM; an approved, issued or withdrawn version is shown read-only.
 */
@Named
@ViewScoped
public class NoticeVersionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Notices notices;

    @EJB
    Purposes purposes;

    private Long id;
    private NoticeVersionView version;
    private List<PurposeView> purposeChoices;

    private String text;
    private Long[] purposeIds = new Long[0];
    private List<Row> rows = new ArrayList<>();
    private transient UploadedFile upload;

    static String pageOf(long versionId) {
        return "/notices/version.xhtml?faces-redirect=true&id=" + versionId;
    }

    /** Loads the version named by the {@code id} view parameter. */
    public void load() {
        if (id != null && version == null) {
            FacadeCall.attemptToShow(() -> notices.versionInFull(id)).ifPresent(this::fill);
            purposeChoices = FacadeCall.attemptToShow(purposes::purposes).orElse(List.of());
        }
    }

    private void fill(NoticeVersionView view) {
        version = view;
        text = view.text();
        purposeIds = view.purposeIds().stream().sorted().toArray(Long[]::new);
        Map<NoticeItem, ItemAnswer> answers = new EnumMap<>(NoticeItem.class);
        view.items().forEach(answer -> answers.put(answer.item(), answer));
        rows = new ArrayList<>();
        for (NoticeItem item : NoticeItem.values()) {
            ItemAnswer answer = answers.get(item);
            rows.add(new Row(item, answer == null ? null : answer.answer(), answer == null ? null : answer.detail()));
        }
    }

    public String save() {
        return changed(FacadeCall.attempt(() -> notices.save(id, version.version(), form())), "The draft is saved.");
    }

    private NoticeVersionForm form() {
        return new NoticeVersionForm(text, Set.copyOf(Arrays.asList(purposeIds)),
                rows.stream().map(row -> new ItemAnswer(row.item, row.answer, row.detail)).toList());
    }

    /** Stores the PDF; sent with the whole page (a file cannot go by Ajax), the checklist saved first. */
    public String attach() {
        if (DocumentRules.chosen(upload) == null) {
            FacadeCall.error("Choose a PDF.");
            return null;
        }
        Optional<NoticeVersionView> saved = FacadeCall.attempt(() -> notices.save(id, version.version(),
                new NoticeVersionForm(null, Set.copyOf(Arrays.asList(purposeIds)), form().items())));
        return changed(saved.flatMap(after -> FacadeCall.attempt(() -> notices.upload(id, after.version(),
                DocumentRules.chosen(upload)))), "The PDF is stored.");
    }

    public String removeDocument() {
        return changed(FacadeCall.attempt(() -> notices.removeDocument(id, version.version())),
                "The PDF is removed.");
    }

    /** Saves what is on the page, then approves it (N1: form and content). */
    public String approve() {
        return changed(FacadeCall.attempt(() -> notices.save(id, version.version(), form()))
                .flatMap(saved -> FacadeCall.attempt(() -> notices.approve(id, saved.version()))),
                "You approved the form and content of this version.");
    }

    public String issue() {
        return changed(FacadeCall.attempt(() -> notices.issue(id, version.version())),
                "The version is issued; the version issued before it is withdrawn.");
    }

    public String newDraft() {
        return FacadeCall.attempt(() -> notices.newDraft(version.summary().noticeId())).map(draft -> {
            FacadeCall.info("Version " + draft.summary().number() + " is a new draft, copied from the version "
                    + "before.");
            return pageOf(draft.id());
        }).orElse(null);
    }

    private static String changed(Optional<NoticeVersionView> result, String message) {
        return result.map(saved -> {
            FacadeCall.info(message);
            return pageOf(saved.id());
        }).orElse(null);
    }

    public StreamedContent getPdf() {
        return FacadeCall.attempt(() -> notices.document(id)).map(file -> DefaultStreamedContent.builder()
                .name(file.fileName()).contentType(file.mediaType())
                .stream(() -> new ByteArrayInputStream(file.content())).build()).orElse(null);
    }

    /** The names of the purposes the version covers, for the read-only view. */
    public String getPurposeNames() {
        Set<Long> chosen = Set.of(purposeIds);
        return purposeChoices.stream().filter(purpose -> chosen.contains(purpose.id()))
                .map(purpose -> purpose.definition().name()).collect(Collectors.joining(", "));
    }

    public NoticeItemAnswer[] getAnswers() {
        return NoticeItemAnswer.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NoticeVersionView getVersion() {
        return version;
    }

    public List<PurposeView> getPurposeChoices() {
        return purposeChoices;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long[] getPurposeIds() {
        return purposeIds;
    }

    public void setPurposeIds(Long[] purposeIds) {
        this.purposeIds = purposeIds == null ? new Long[0] : purposeIds;
    }

    public List<Row> getRows() {
        return rows;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    /** One row of the checklist as the page edits it. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final NoticeItem item;
        private NoticeItemAnswer answer;
        private String detail;

        Row(NoticeItem item, NoticeItemAnswer answer, String detail) {
            this.item = item;
            this.answer = answer;
            this.detail = detail;
        }

        public NoticeItem getItem() {
            return item;
        }

        public NoticeItemAnswer getAnswer() {
            return answer;
        }

        public void setAnswer(NoticeItemAnswer answer) {
            this.answer = answer;
        }

        public String getDetail() {
            return detail;
        }

        public void setDetail(String detail) {
            this.detail = detail;
        }
    }
}
