package org.custos.protection.processing.api;

import jakarta.ejb.Local;

/**
 * The record of processing activities (UK GDPR Art 30), the first document the ICO asks for, assembled from what
 * Custos holds every time it is read, never typed twice: the DPM reads it, and downloads it in the ICO template's
 * layout (XLSX) or as a PDF to send.
 */
@Local
public interface ProcessingRecord {

    RecordOfProcessing record();

    /** The record as a workbook in the layout of the ICO's documentation template for controllers. */
    byte[] xlsx();

    /** The record as a PDF: the contact block, then each activity with every column of the template. */
    byte[] pdf();
}
