package no.samhandling.partner.boundary;

import no.samhandling.partner.entity.Region;

import java.util.List;

/** A municipal region and the municipalities in it. */
public record RegionSummary(long id, long version, String name, List<String> municipalities) implements java.io.Serializable {

    static RegionSummary of(Region region, List<String> municipalities) {
        return new RegionSummary(region.getId(), region.getVersion(), region.getName(), municipalities);
    }
}
