package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.custos.protection.notices.api.NoticeVersionSummary;
import org.custos.protection.notices.api.Notices;

/**
 * The versions of the privacy notices ever issued, for the forms that record what a person was told (a consent, L2)
 * to offer, and for the pages that show a record naming one.
 */
@Named
@RequestScoped
public class IssuedNotices {

    @EJB
    Notices notices;

    private List<NoticeVersionSummary> versions;

    public List<NoticeVersionSummary> getVersions() {
        if (versions == null) {
            versions = FacadeCall.attemptToShow(notices::issuedVersions).orElse(List.of());
        }
        return versions;
    }

    /** "Staff, version 3, issued 1 March 2026"; for a record from before the notices were kept, says so. */
    public String of(Long versionId) {
        if (versionId == null) {
            return "Not recorded (before the notices were kept in Custos)";
        }
        return getVersions().stream().filter(version -> version.id() == versionId).findFirst()
                .map(NoticeVersionSummary::choice).orElse("Version " + versionId);
    }
}
