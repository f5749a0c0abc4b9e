package no.samhandling.partner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.partner.boundary.PartnerChanges;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;

/** One partner: its facts, and the form for contact and archive settings. */
@Named
@ViewScoped
public class PartnerView implements Serializable {

    @Inject
    PartnerService partnerService;

    private Long id;
    private PartnerSummary partner;
    private String organisationNumber;
    private String email;
    private String phone;
    private String postalAddress;
    private String archiveSystem;
    private String archiveAccount;
    private boolean archiveEnabled;

    @ShowsRuleViolations
    public void load() {
        partner = partnerService.get(id);
        organisationNumber = partner.organisationNumber();
        email = partner.email();
        phone = partner.phone();
        postalAddress = partner.postalAddress();
        archiveSystem = partner.archiveSystem();
        archiveAccount = partner.archiveAccount();
        archiveEnabled = partner.archiveEnabled();
    }

    @ShowsRuleViolations
    public String save() {
        partner = partnerService.update(id, new PartnerChanges(partner.version(), organisationNumber, email, phone,
                postalAddress, archiveSystem, archiveAccount, archiveEnabled));
        Pages.flashInfo("partner.edit.saved", partner.name());
        return "/app/partner?faces-redirect=true&includeViewParams=true";
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PartnerSummary getPartner() { return partner; }
    public String getOrganisationNumber() { return organisationNumber; }
    public void setOrganisationNumber(String value) { this.organisationNumber = value; }
    public String getEmail() { return email; }
    public void setEmail(String value) { this.email = value; }
    public String getPhone() { return phone; }
    public void setPhone(String value) { this.phone = value; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String value) { this.postalAddress = value; }
    public String getArchiveSystem() { return archiveSystem; }
    public void setArchiveSystem(String value) { this.archiveSystem = value; }
    public String getArchiveAccount() { return archiveAccount; }
    public void setArchiveAccount(String value) { this.archiveAccount = value; }
    public boolean isArchiveEnabled() { return archiveEnabled; }
    public void setArchiveEnabled(boolean value) { this.archiveEnabled = value; }
}
