package org.custos.complaints.api;

import java.io.Serializable;
import java.util.List;

/** The accounts named to handle a complaint (X1), as the DPM left them, with the file's version. */
public record ComplaintHandlers(long complaintId, long version, List<String> handlers) implements Serializable {
}
