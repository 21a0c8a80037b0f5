package org.custos.web.grants;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.RecordTypes;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccessGrantForm;
import org.custos.security.api.AccessGrantView;
import org.custos.security.api.AccessGrants;
import org.custos.security.api.AccountDirectory;
import org.custos.security.api.AccountName;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.LocalDateConverter;

/**
 * The DPM's need-to-know grants (X1): the grants in force, break-glass accesses flagged, revoking one, and
 * granting an account access to one record or a group of records for a reason until a date.
 */
@Named
@ViewScoped
public class AccessGrantListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccessGrants grants;

    @EJB
    AccountDirectory accounts;

    private List<AccessGrantView> inForce = List.of();
    private List<AccountName> grantees = List.of();

    private String account;
    private String recordType;
    private String recordId;
    private String groupKey;
    private Long subjectId;
    private String reason;
    private LocalDate validUntil;

    @PostConstruct
    void load() {
        inForce = FacadeCall.attempt(grants::inForce).orElse(List.of());
        grantees = FacadeCall.attempt(() -> accounts.holdingAny(Role.workingOnRecords())).orElse(List.of());
    }

    public void grant() {
        FacadeCall.attempt(() -> grants.grant(new AccessGrantForm(account, recordType, recordId, groupKey, subjectId,
                reason, validUntil))).ifPresent(granted -> {
                    FacadeCall.info(granted.account() + " may see " + scopeOf(granted) + " until "
                            + LocalDateConverter.shown(granted.validUntil()) + ".");
                    account = null;
                    recordType = null;
                    recordId = null;
                    groupKey = null;
                    subjectId = null;
                    reason = null;
                    validUntil = null;
                    load();
                });
    }

    /** Ends the grant; when someone changed it meanwhile, says so and shows the grants as they are now. */
    public void revoke(AccessGrantView grant) {
        FacadeCall.attempt(() -> grants.revoke(grant.id(), grant.version())).ifPresent(revoked ->
                FacadeCall.info("The grant to " + revoked.account() + " for " + scopeOf(revoked) + " was revoked."));
        load();
    }

    /** "Complaint file, reference 42" or "Complaint file, group handlers/7". */
    public String scopeOf(AccessGrantView grant) {
        return grant.recordId() != null ? RecordTypes.named(grant.recordType(), grant.recordId())
                : RecordTypes.label(grant.recordType()) + ", group " + grant.groupKey();
    }

    public List<AccessGrantView> getInForce() {
        return inForce;
    }

    public List<AccountName> getGrantees() {
        return grantees;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public String getGroupKey() {
        return groupKey;
    }

    public void setGroupKey(String groupKey) {
        this.groupKey = groupKey;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
