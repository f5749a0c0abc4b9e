/** E-mail reminders: each user's choice of what to be reminded of, and the digests sent. */
package no.samhandling.reminder;
