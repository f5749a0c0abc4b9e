package no.samhandling.partner.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;

import java.io.Serializable;
import java.util.List;

/** The partner register of the user's health community. */
@Named
@ViewScoped
public class PartnersView implements Serializable {

    @Inject
    PartnerService partnerService;

    private List<PartnerSummary> partners;
    private List<PartnerSummary> filtered;

    @PostConstruct
    void load() {
        partners = partnerService.list();
    }

    public List<PartnerSummary> getPartners() {
        return partners;
    }

    public List<PartnerSummary> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<PartnerSummary> filtered) {
        this.filtered = filtered;
    }
}
