/** What every feature stands on: schema migration, clock, JPA producers. */
package no.samhandling.platform;
