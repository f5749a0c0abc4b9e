package no.samhandling.partner.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.partner.boundary.RegionService;
import no.samhandling.partner.boundary.RegionSummary;
import no.samhandling.partner.entity.PartnerKind;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The secretariat renames regions and moves municipalities between them. */
@Named
@ViewScoped
public class RegionsView implements Serializable {

    @Inject
    RegionService regionService;

    @Inject
    PartnerService partnerService;

    private List<RegionSummary> regions;
    private List<PartnerSummary> municipalities;
    private final Map<Long, String> names = new HashMap<>();
    private Long municipalityId;
    private Long regionId;

    @PostConstruct
    void load() {
        regions = regionService.list();
        regions.forEach(r -> names.put(r.id(), r.name()));
        municipalities = partnerService.list().stream().filter(p -> p.kind() == PartnerKind.MUNICIPALITY).toList();
    }

    @ShowsRuleViolations
    public String rename(RegionSummary region) {
        RegionSummary renamed = regionService.rename(region.id(), region.version(), names.get(region.id()));
        Pages.flashInfo("regions.renamed", renamed.name());
        return "/app/admin/regions?faces-redirect=true";
    }

    @ShowsRuleViolations
    public String move() {
        regionService.move(municipalityId, regionId);
        Pages.flashInfo("regions.moved");
        return "/app/admin/regions?faces-redirect=true";
    }

    public List<RegionSummary> getRegions() { return regions; }
    public List<PartnerSummary> getMunicipalities() { return municipalities; }
    public Map<Long, String> getNames() { return names; }
    public Long getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(Long value) { this.municipalityId = value; }
    public Long getRegionId() { return regionId; }
    public void setRegionId(Long value) { this.regionId = value; }
}
