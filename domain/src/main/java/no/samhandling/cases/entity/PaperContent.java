package no.samhandling.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one case paper, apart from its description so that lists never load them. Written once. */
@Entity
@Table(name = "case_paper_content")
public class PaperContent {

    @Id
    @Column(name = "paper_id")
    private Long paperId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected PaperContent() {
    }

    public PaperContent(long paperId, byte[] content) {
        this.paperId = paperId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
