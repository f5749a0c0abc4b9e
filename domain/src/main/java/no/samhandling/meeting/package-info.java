/** Meetings of the bodies: time, place, agenda, attendance, notice and minutes. */
package no.samhandling.meeting;
