package org.custos.domain.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.custos.domain.shared.LetterKind;

/**
 * One version of the template of a kind of letter: its title and body (Mustache text with placeholders), who saved
 * it and when. Versions are never changed: each save is a new one, numbered on from the newest, which letters use.
 */
@Entity
@Table(name = "prot_letter_template")
@SequenceGenerator(name = "prot_letter_template_seq", sequenceName = "prot_letter_template_seq", allocationSize = 50)
public class LetterTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_letter_template_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LetterKind kind;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    protected LetterTemplate() {
    }

    public LetterTemplate(LetterKind kind, int number, String title, String body, String savedBy,
            LocalDateTime savedAt) {
        this.kind = kind;
        this.number = number;
        this.title = title;
        this.body = body;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public Long id() {
        return id;
    }

    public LetterKind kind() {
        return kind;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String savedBy() {
        return savedBy;
    }

    public LocalDateTime savedAt() {
        return savedAt;
    }
}
