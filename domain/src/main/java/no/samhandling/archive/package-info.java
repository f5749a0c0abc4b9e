/** Notifications to the partners' archive systems (§9): the outbox, its relay and the message format. */
package no.samhandling.archive;
