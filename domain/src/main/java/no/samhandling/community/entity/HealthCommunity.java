package no.samhandling.community.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.samhandling.persistence.VersionedEntity;

import java.time.LocalDate;

/**
 * A health community (helsefellesskap): the outermost scope of all data. Every body, meeting, case, agreement and
 * dispute belongs to exactly one; a partner can be party to several (Ahus is a partner in two).
 */
@Entity
@Table(name = "health_community")
public class HealthCommunity extends VersionedEntity {

    @Column(nullable = false, unique = true, updatable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "formalised_on")
    private LocalDate formalisedOn;

    protected HealthCommunity() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LocalDate getFormalisedOn() {
        return formalisedOn;
    }
}
