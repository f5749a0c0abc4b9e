/** Bodies on three levels, their validity periods, memberships and leadership. */
package no.samhandling.body;
