package org.custos.domain.recruitment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.custos.domain.shared.SearchText;

/** A recruitment exercise (C1): it opens and closes, and names the hiring managers who may see its applicants. */
@Entity
@Table(name = "rec_campaign")
@SequenceGenerator(name = "rec_seq", sequenceName = "rec_seq", allocationSize = 50)
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String title;

    @Column(name = "job_role", nullable = false)
    private String jobRole;

    /** Title and role folded for searching ({@link SearchText}). */
    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rec_campaign_manager", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "account")
    private Set<String> hiringManagers = new TreeSet<>();

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Campaign() {
    }

    public Campaign(String createdBy, LocalDateTime createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(String title, String jobRole, LocalDate opensOn, LocalDate closesOn,
            Set<String> hiringManagers) {
        this.title = title;
        this.jobRole = jobRole;
        this.searchText = searchText(title, jobRole);
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.hiringManagers.clear();
        this.hiringManagers.addAll(hiringManagers);
    }

    /** The title and role as they are kept and searched ({@link SearchText#folded}). */
    public static String searchText(String title, String jobRole) {
        return SearchText.folded(title + " " + jobRole);
    }

    /** Closes the campaign on {@code day}, earlier than planned. */
    public void closeOn(LocalDate day) {
        this.closesOn = day;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String jobRole() {
        return jobRole;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public Set<String> hiringManagers() {
        return Set.copyOf(hiringManagers);
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
