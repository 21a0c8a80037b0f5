package org.custos.web.processing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.custos.protection.processing.api.ProcessingRecord;
import org.custos.protection.processing.api.RecordOfProcessing;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The record of processing activities (Art 30): a row per purpose as Custos assembles it from the records, what each
 * lacks, and the downloads the DPM sends the ICO (XLSX in the ICO template's layout, PDF).
 */
@Named
@ViewScoped
public class ProcessingRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    ProcessingRecord processing;

    private RecordOfProcessing record;

    public Optional<RecordOfProcessing> getRecord() {
        if (record == null) {
            record = FacadeCall.attemptToShow(processing::record).orElse(null);
        }
        return Optional.ofNullable(record);
    }

    /** When it was made and how many activities are incomplete, in a sentence. */
    public String getSummary() {
        return getRecord().map(made -> "Made on " + made.madeAt() + ". " + (made.incomplete() == 0
                ? "Every activity is complete."
                : made.incomplete() + (made.incomplete() == 1 ? " activity is" : " activities are")
                        + " incomplete.")).orElse("");
    }

    public StreamedContent getXlsx() {
        return FacadeCall.attempt(processing::xlsx).map(xlsx -> download(xlsx, "record-of-processing.xlsx", XLSX))
                .orElse(null);
    }

    public StreamedContent getPdf() {
        return FacadeCall.attempt(processing::pdf).map(pdf -> download(pdf, "record-of-processing.pdf",
                "application/pdf")).orElse(null);
    }

    private static StreamedContent download(byte[] content, String name, String type) {
        return DefaultStreamedContent.builder().name(name).contentType(type)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }
}
