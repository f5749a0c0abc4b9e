package no.samhandling.agreement.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.agreement.boundary.PublicAgreement;
import no.samhandling.agreement.boundary.PublishedAgreement;

/** The public page of the published agreement (R-AGR-4), readable without login. */
@Named
@RequestScoped
public class PublicAgreementView {

    @Inject
    PublishedAgreement published;

    private String community;
    private PublicAgreement agreement;

    @PostConstruct
    void load() {
        agreement = published.current(null).orElse(null);
    }

    /** Called by the view parameter: a named community's agreement instead of the only one. */
    public void select() {
        if (community != null && !community.isBlank()) {
            agreement = published.current(community).orElse(null);
        }
    }

    public PublicAgreement getAgreement() { return agreement; }
    public String getCommunity() { return community; }
    public void setCommunity(String value) { this.community = value; }
}
