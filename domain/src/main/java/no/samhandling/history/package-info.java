/** The history of the registers: who changed what and when (Hibernate Envers revisions). */
package no.samhandling.history;
