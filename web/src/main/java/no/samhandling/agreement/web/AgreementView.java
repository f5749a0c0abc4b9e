package no.samhandling.agreement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.agreement.boundary.AgreementService;
import no.samhandling.agreement.boundary.AgreementVersionSummary;
import no.samhandling.agreement.boundary.SignatureLine;
import no.samhandling.agreement.entity.SignatoryRole;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The agreement in force: its signatures per party (R-AGR-3), and recording one. */
@Named
@ViewScoped
public class AgreementView implements Serializable {

    @Inject
    AgreementService agreements;

    @Inject
    PartnerService partnerService;

    private AgreementVersionSummary version;
    private List<SignatureLine> signatures;
    private List<PartnerSummary> signable;
    private Long partnerId;
    private LocalDate signedOn;
    private SignatoryRole signatoryRole;

    @PostConstruct
    void load() {
        version = agreements.summary(agreements.currentVersionId());
        signatures = agreements.signatures(version.id());
        Set<Long> unsigned = signatures.stream().filter(s -> !s.signed()).map(SignatureLine::partnerId)
                .collect(Collectors.toSet());
        signable = partnerService.list().stream().filter(p -> p.mayChange() && unsigned.contains(p.id())).toList();
    }

    @ShowsRuleViolations
    public String sign() {
        SignatureLine line = agreements.recordSignature(version.id(), partnerId, signedOn, signatoryRole);
        Pages.flashInfo("agreement.signature.recorded", line.partnerName());
        return "/app/agreement?faces-redirect=true";
    }

    public SignatoryRole[] getRoles() {
        return SignatoryRole.values();
    }

    public AgreementVersionSummary getVersion() { return version; }
    public List<SignatureLine> getSignatures() { return signatures; }
    public List<PartnerSummary> getSignable() { return signable; }
    public Long getPartnerId() { return partnerId; }
    public void setPartnerId(Long value) { this.partnerId = value; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate value) { this.signedOn = value; }
    public SignatoryRole getSignatoryRole() { return signatoryRole; }
    public void setSignatoryRole(SignatoryRole value) { this.signatoryRole = value; }
}
