/** Domain failures shared by every feature: rule violations, stale versions, forbidden and missing records. */
package no.samhandling.rules;
